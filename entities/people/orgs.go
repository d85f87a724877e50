package people

import (
	"hash/maphash"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/vnpol/vnpol/entities/places"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// lookupPlace resolves a province name through package places.
func lookupPlace(s string, date time.Time) (places.Unit, bool) {
	if s == "" || len(s) > 64 {
		return places.Unit{}, false
	}
	return places.Lookup(s, date)
}

// placeCache remembers, across texts, whether a string names a province
// (whether places.Lookup finds it, which does not depend on the date): the
// same names come back in article after article. It is a direct-mapped
// table of placeCacheSize slots indexed by a hash of the string; a slot
// holds the last string that fell into it, so the table never grows and a
// read takes no lock.
var (
	placeCache     [placeCacheSize]atomic.Pointer[placeEntry]
	placeCacheSeed = maphash.MakeSeed()
)

const placeCacheSize = 1 << 13

type placeEntry struct {
	s  string
	ok bool
}

// placeName reports whether lookupPlace finds s (at any date).
func placeName(s string) bool {
	return placeNameAt(s, maphash.String(placeCacheSeed, s))
}

// placeNameAt is placeName with the hash that picks the slot of s given
// (any hash of s: a slot holds its string).
func placeNameAt(s string, h uint64) bool {
	slot := &placeCache[h&(placeCacheSize-1)]
	if e := slot.Load(); e != nil && e.s == s {
		return e.ok
	}
	_, ok := lookupPlace(s, time.Time{})
	slot.Store(&placeEntry{strings.Clone(s), ok})
	return ok
}

// isPlace reports whether s (text of the article) names a province.
func (p *parser) isPlace(s string) bool { return placeName(s) }

// isPlaceSpan is isPlace of the text of tokens [i, k), remembered per
// token for spans of up to eight tokens.
func (p *parser) isPlaceSpan(i, k int) bool {
	s := p.text[p.toks[i].Start:p.toks[k-1].End]
	n := k - i
	if n < 1 || n > 8 {
		return placeName(s)
	}
	if p.placeKnown == nil {
		p.placeKnown = grow(&p.sc.placeKnown, len(p.toks))
		p.placeIs = grow(&p.sc.placeIs, len(p.toks))
	}
	bit := uint8(1) << (n - 1)
	if p.placeKnown[i]&bit != 0 {
		return p.placeIs[i]&bit != 0
	}
	// the slot is picked by the tokens' key hashes, not by hashing s again
	h := uint64(len(s))
	for _, t := range p.toks[i:k] {
		h = (h ^ uint64(t.Hash)) * 0x9E3779B97F4A7C15
	}
	v := placeNameAt(s, h^h>>29)
	p.placeKnown[i] |= bit
	if v {
		p.placeIs[i] |= bit
	}
	return v
}

// commonOrgans are the canonical names of data/commonorgans.txt: organs
// named by a common noun, which only a capital makes Vietnam's ("Chính
// phủ", not "chính phủ Anh").
var commonOrgans = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, c := range lines("commonorgans.txt") {
		m[c[0]] = true
	}
	return m
})

// organizations lists the organs the text names: the central organs of
// data/organs.tsv (a common noun among them only with a capital, see
// commonOrgans) and the place-bound bodies (Tỉnh ủy X, UBND tỉnh X).
func (p *parser) organizations() []schema.Organization {
	out := p.sc.orgOut[:0]    // in a pooled buffer: copied at its length at the end
	idx := &p.sc.orgIdx       // orgKey of the canonical names -> index into out
	byCanon := &p.sc.orgCanon // the canonical names read -> index into out
	// the mentions, in order, with the index of their organization: they
	// go to one array at the end
	ment := p.sc.orgMent[:0]
	add := func(name, canon string, sp schema.Span) int {
		if i, ok := byCanon.get(canon); ok {
			ment = append(ment, orgMention{i, sp})
			return i
		}
		k, known := p.d.orgKeys[canon]
		if !known {
			k = cachedOrgKey(canon)
		}
		i, ok := idx.get(k)
		byCanon.put(canon, len(out))
		if ok {
			byCanon.put(canon, i)
			ment = append(ment, orgMention{i, sp})
			return i
		}
		idx.put(k, len(out))
		ment = append(ment, orgMention{len(out), sp})
		out = append(out, schema.Organization{Name: name, Canonical: canon})
		return len(out) - 1
	}
	// addBytes is add(name, string(canon), sp), making the string only
	// when canon is new
	addBytes := func(name string, canon []byte, sp schema.Span) {
		if i, ok := byCanon.get(unsafe.String(unsafe.SliceData(canon), len(canon))); ok { // (a lookup: not kept)
			ment = append(ment, orgMention{i, sp})
			return
		}
		add(name, string(canon), sp)
	}
	defer func() { p.sc.orgMent = ment[:0] }()
	// the organs of data/organs.tsv met: their index is kept by the
	// organ's line, which spares the lookup of its canonical name
	organAt := grow(&p.sc.organAt, len(p.d.organCanon))
	organs := p.sets[setOrgans*p.setW : (setOrgans+1)*p.setW]
	for i := 0; i < len(p.toks); i++ {
		// p.nextIn(setOrgans, i, len(p.toks)), its first word in line
		if x := organs[i>>6] >> (i & 63); x != 0 {
			i += bits.TrailingZeros64(x)
		} else if i = p.nextInWords(setOrgans, i, len(p.toks)); i >= len(p.toks) {
			break
		}
		if p.excl[i] {
			continue
		}
		if p.mask[i]&bOrgans != 0 {
			if m, ok := atOrgan(p, i); ok && (p.toks[i].Upper || !commonOrgans()[p.d.organCanon[m.Value]]) {
				sp := schema.Span{Start: m.Start, End: m.End}
				if j := organAt[m.Value]; j > 0 {
					ment = append(ment, orgMention{int(j - 1), sp})
				} else {
					organAt[m.Value] = int32(add(p.text[m.Start:m.End], p.d.organCanon[m.Value], sp) + 1)
				}
				i = m.Last - 1
				continue
			}
		}
		// place-bound party committees and people's councils/committees
		if orgKind(p.oh[i]&3) != orgPlace || !p.toks[i].Upper {
			continue
		}
		m, _ := p.orgHeadAt(i)
		if adminUnits[string(p.appendKeys(m.First, m.Last))] {
			continue
		}
		j := m.Last
		if m2, ok := p.orgHeadAt(j); ok && m2.Value == orgPlace && (!p.toks[j].Upper || m2.Last > j+1 && adminUnits[string(p.appendKeys(m2.First, m2.Last))]) {
			j = m2.Last // UBND tỉnh
			if p.nameAt[j-1] > 0 && j-1 > m2.First {
				j-- // "HĐND tỉnh Đoàn Văn Phi": not "Tỉnh đoàn"
			}
		}
		if p.pun(j, '.') && !p.toks[j].SpaceBefore {
			j++
		}
		if !p.upper(j) || p.toks[j].LineBefore {
			continue // (not a place on the next line: "Thành ủy\nHà Nội")
		}
		e := p.placeRun(j)
		for k := j; k < e; k++ {
			if p.nameAt[k] > 0 && p.names[p.nameAt[k]-1].person != nil {
				e = k // "Bí thư Tỉnh ủy Thái Thanh Quý": the person after a head with no place
				break
			}
		}
		n := p.placeLen(j, e)
		if n == 0 {
			continue
		}
		end := p.toks[j+n-1].End
		head := p.text[m.Start:m.End]
		placeName := p.text[p.toks[j].Start:end]
		// the canonical name, built in a buffer: a string is made only for
		// a name not seen before
		cb := p.canonBuf[:0]
		switch hk := p.appendKeys(m.First, m.Last); {
		case string(hk) == "ubnd":
			cb = append(append(cb, "Ủy ban nhân dân "...), p.text[p.toks[m.Last].Start:end]...)
		case string(hk) == "hđnd":
			cb = append(append(cb, "Hội đồng nhân dân "...), p.text[p.toks[m.Last].Start:end]...)
		default:
			cb = append(append(append(cb, head...), ' '), placeName...)
		}
		p.canonBuf = cb
		addBytes(p.text[m.Start:end], cb, schema.Span{Start: m.Start, End: end})
		i = j + n - 1
	}
	if len(out) == 0 {
		return nil
	}
	res := make([]schema.Organization, len(out))
	copy(res, out)
	clear(out) // the buffer keeps no strings of the text
	p.sc.orgOut = out[:0]
	out = res
	// one array holds the mentions of every organization, in order
	ends := grow(&p.sc.orgEnds, len(out))
	for _, m := range ment {
		ends[m.org]++
	}
	for i := 1; i < len(ends); i++ {
		ends[i] += ends[i-1]
	}
	all := make([]schema.Span, len(ment))
	for i := range out {
		a := 0
		if i > 0 {
			a = ends[i-1]
		}
		out[i].Mentions = all[a:a:ends[i]]
	}
	for _, m := range ment {
		out[m.org].Mentions = append(out[m.org].Mentions, m.sp)
	}
	return out
}

// orgMention is a mention of organization org (an index into the output).
type orgMention struct {
	org int
	sp  schema.Span
}

// adminUnits are the place heads that name a territory, not an organ:
// "TP. Sóc Trăng" is a city, "Tỉnh ủy Sóc Trăng" an organization.
var adminUnits = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"tỉnh", "thành phố", "TP", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"} {
		m[token.FoldPhrase(w)] = true
	}
	return m
}()

// cachedOrgKey is orgKey(s), remembered across texts in a direct-mapped
// table (the same place-bound bodies come back in article after article).
func cachedOrgKey(s string) string {
	slot := &orgKeyCache[maphash.String(placeCacheSeed, s)&(orgKeyCacheSize-1)]
	if e := slot.Load(); e != nil && e[0] == s {
		return e[1]
	}
	k := orgKey(s)
	slot.Store(&[2]string{strings.Clone(s), k}) // s may be built in a buffer: not kept
	return k
}

var orgKeyCache [orgKeyCacheSize]atomic.Pointer[[2]string]

const orgKeyCacheSize = 1 << 12

// orgKey folds an organ name; Roman numerals I-XX read as Arabic.
func orgKey(s string) string {
	a := token.ASCII(s)
	if singleSpaced(a) && !hasRoman(a) {
		return a // what the general path gives
	}
	f := strings.Fields(a)
	for i, w := range f {
		if v, ok := roman[w]; ok {
			f[i] = v
		}
	}
	return strings.Join(f, " ")
}

// hasRoman reports whether a space-separated word of s is in roman.
func hasRoman(s string) bool {
	for len(s) > 0 {
		w := s
		if i := strings.IndexByte(s, ' '); i >= 0 {
			w, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		if romanLetters(w) {
			if _, ok := roman[w]; ok {
				return true
			}
		}
	}
	return false
}

// romanLetters reports whether w is made of the letters of the keys of
// roman (i, v, x) only.
func romanLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != 'i' && c != 'v' && c != 'x' {
			return false
		}
	}
	return true
}

var roman = map[string]string{"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7",
	"viii": "8", "ix": "9", "x": "10", "xi": "11", "xii": "12", "xiii": "13", "xiv": "14", "xv": "15",
	"xvi": "16", "xvii": "17", "xviii": "18", "xix": "19", "xx": "20"}

// The fixed phrases phraseAt and endsWith look for, folded once.
var (
	kwBanCanSuDang = phraseKeys("ban cán sự đảng")
	kwChiBo        = phraseKeys("chi bộ")
	kwCungDu       = phraseKeys("cùng dự")
	kwDangDoan     = phraseKeys("đảng đoàn")
	kwDangUy       = phraseKeys("đảng ủy")
	kwDenDu        = phraseKeys("đến dự")
	kwDu           = phraseKeys("dự")
	kwCo           = phraseKeys("có")
	kwThamDu       = phraseKeys("tham dự")
	kwTinh         = phraseKeys("tỉnh")
	kwTinhUy       = phraseKeys("tỉnh ủy")
	kwBan          = token.FoldPhrase("ban")
	kwVanPhong     = token.FoldPhrase("văn phòng")
	kwVu           = token.FoldPhrase("vụ")
	kwToiDu        = phraseKeys("tới dự")
)

// phraseKeys returns the token keys of a phrase.
func phraseKeys(phrase string) []string { return strings.Fields(token.FoldPhrase(phrase)) }

// phraseAt reports whether the tokens from k on spell the phrase (keys from phraseKeys).
func (p *parser) phraseAt(k int, ks []string) bool {
	for i, w := range ks {
		if k+i >= len(p.toks) || p.toks[k+i].Key != w {
			return false
		}
	}
	return true
}

// adminAbbrAt reports whether token k is an abbreviated unit word glued to a
// place name by a dot: "Q.Tân Bình", "H.Đức Hòa", "TX.Sơn Tây".
func (p *parser) adminAbbrAt(k int) bool {
	if !p.word(k) || !p.pun(k+1, '.') || !p.d.abbrev[p.key(k)] { // (the map last: most words have no '.' after them)
		return false
	}
	return !p.toks[k+1].SpaceBefore && p.upper(k+2)
}

// adminHeadAt reports whether token k starts a place written with its unit
// word (tỉnh Y, thành phố Y, TP. Y, TP.HCM).
func (p *parser) adminHeadAt(k int) bool {
	m, ok := p.orgHeadAt(k)
	if !ok || m.Value != orgPlace || !adminUnits[string(p.appendKeys(m.First, m.Last))] {
		return false
	}
	j := m.Last
	if p.pun(j, '.') {
		j++
	}
	return p.upper(j) && p.nameAt[j] == 0
}

// placeUnitAt reports whether token k is the unit word of a place (tỉnh,
// thành phố, huyện, TP), with or without the place's name after it.
func (p *parser) placeUnitAt(k int) bool {
	m, ok := p.orgHeadAt(k)
	return ok && m.Value == orgPlace && adminUnits[string(p.appendKeys(m.First, m.Last))]
}

// bracketAt reads a bracket at k that belongs to the organization before it:
// an abbreviation restating it ("Quốc hội (ĐBQH)", cut reports true: the
// title text leaves it out) or a parent organization ("(Bộ Công an)"). It
// returns the token after the closing bracket, or k.
func (p *parser) bracketAt(k int) (int, bool) {
	if !p.pun(k, '(') {
		return k, false
	}
	j := k + 1
	if p.word(j) && p.allCaps(j) && p.pun(j+1, ')') {
		return j + 2, true
	}
	m, ok := p.orgHeadAt(j)
	if !ok || !p.toks[j].Upper {
		return k, false
	}
	for e := m.Last; e < len(p.toks) && e < j+10; {
		if p.pun(e, ')') {
			return e + 1, false
		}
		if p.toks[e].LineBefore {
			break
		}
		if h, ok := p.orgHeadAt(e); ok {
			e = h.Last
			continue
		}
		if p.pun(e, '&') || p.word(e) && p.allCaps(e) && p.nameAt[e] == 0 {
			// an abbreviated name: "(Bộ LĐ-TB&XH)", "(Sở GD&ĐT)"
			e++
			continue
		}
		if !p.orgWordAt(e) && !p.pun(e, '-') {
			// a lower-case word of the name inside the bracket: "(Bộ Tài
			// chính)" (not a closed-class word or a predicate)
			if !p.word(e) || p.toks[e].Upper || p.nameAt[e] > 0 {
				break
			}
			if _, ok := atBool(p, bOrgStop, p.d.orgStop, e); ok {
				break
			}
			if _, ok := atBool(p, bVerbs, p.d.verbs, e); ok {
				break
			}
		}
		e++
	}
	return k, false
}

// lowerTail reads the lower-case words continuing an organization name after
// its head noun ("Ban Thời sự", "Cục Bổ trợ tư pháp", "Hội đồng quản trị",
// "Phòng Quản lý hoạt động xây dựng"). The words must not be closed-class
// words or predicates (data/orgstop.txt, data/verbs.txt), and the run must
// end at a real boundary: punctuation, a line end, a capitalized word, a
// place unit, "của", a closed-class word or a predicate. It returns the token
// after the run, or k.
func (p *parser) lowerTail(k int) int {
	j := k
	cac := -1 // "các" inside the run ("Ban quản lý các dự án"), if read
	and := -1 // "và" inside the run ("Trung tâm Dự báo khí tượng và thủy văn trung ương"), if read
	for j < len(p.toks) && (j-k < 8 || cac >= 0 && j-k < 9) {
		t := &p.toks[j]
		if t.Kind != token.Word || t.Upper || t.LineBefore || p.excl[j] || p.nameAt[j] > 0 || p.cutWordAt(j) {
			break
		}
		if t.Key == "va2" && and < 0 && cac < 0 && j > k && p.word(j+1) && !p.toks[j+1].Upper && !p.toks[j+1].LineBefore && !p.roleAt(j+1) && !p.endsLowerName(j+1) {
			if _, ok := p.orgHeadAt(j + 1); !ok {
				and = j
				j++
				continue
			}
		}
		if _, ok := atBool(p, bOrgStop, p.d.orgStop, j); ok {
			if t.Key == "cac1" && (j > k || p.word(k-1) && !p.toks[k-1].Upper) && cac < 0 && p.word(j+1) && !p.toks[j+1].Upper && !p.toks[j+1].LineBefore {
				if _, stop := atBool(p, bOrgStop, p.d.orgStop, j+1); !stop {
					cac = j
					j++
					continue
				}
			}
			break
		}
		if m, ok := atBool(p, bVerbs, p.d.verbs, j); ok && m.Last > j {
			break
		}
		if _, ok := p.orgHeadAt(j); ok {
			break
		}
		if _, ok := atBool(p, bOrgLower, p.d.orgLower, j); ok {
			break
		}
		if p.roleAt(j) || p.formerRoleAt(j) || p.key(j) == "cua3" || p.termCountAt(j) {
			break
		}
		j++
	}
	if and >= 0 && (j-and > 5 || !p.andEndsAt(j)) {
		// "và" joins two fields of the name only when the run after it
		// is short and ends at punctuation, a capital or a line end (or
		// a known word of names right before one): not "Trung tâm Kiểm
		// soát bệnh tật và cán bộ y tế đã ..."
		j = and
	}
	if j == k {
		return k
	}
	if j-k > 5 && !p.nameGoesOnAt(j) && !p.endsLowerName(j) {
		// a run of more than five words must end at a boundary
		return k
	}
	if p.hardEndAt(j) {
		return j
	}
	if cac >= 0 {
		// a run through "các" ends only at punctuation, a capital or a
		// further word of the name
		if _, ok := atBool(p, bOrgLower, p.d.orgLower, j); ok {
			return j
		}
		if m, ok := p.orgHeadAt(j); ok && m.Value == orgPlace && p.upper(m.Last) && !p.toks[m.Last].LineBefore {
			// "các công trình giao thông tỉnh Bắc Giang": a place closes
			// the name
			return j
		}
		return cac
	}
	if p.endsLowerName(j) {
		return j
	}
	if _, ok := p.orgHeadAt(j); ok {
		return j
	}
	if _, ok := atBool(p, bOrgLower, p.d.orgLower, j); ok {
		return j
	}
	return k
}

// termCountAt reports whether word j counts the terms of a post: a numeral
// of data/counts.txt before a term qualifier ("Ủy viên Trung ương ba khóa
// 9-11").
func (p *parser) termCountAt(j int) bool {
	return p.word(j) && p.d.counts[p.key(j)] && p.skipQualifier(j+1) > j+1
}

// hardEndAt reports whether a lower-case run ends for sure before token j:
// the text or the line ends, punctuation or a capitalized word follows.
func (p *parser) hardEndAt(j int) bool {
	return j >= len(p.toks) || p.toks[j].Kind != token.Word || p.toks[j].LineBefore || p.toks[j].Upper
}

// nameGoesOnAt reports whether a lower-case run of an organization name
// may stop before token j: at a hard end (hardEndAt), or where known words
// of names go on (a head noun, a word of data/orglower.txt).
func (p *parser) nameGoesOnAt(j int) bool {
	if p.hardEndAt(j) {
		return true
	}
	if _, ok := p.orgHeadAt(j); ok {
		return true
	}
	_, ok := atBool(p, bOrgLower, p.d.orgLower, j)
	return ok
}

// andEndsAt reports whether a run after "và" inside a lower-case tail ends
// for sure before token j: at a hard end, or at a known word of names
// (data/orglower.txt) that a hard end follows.
func (p *parser) andEndsAt(j int) bool {
	if p.hardEndAt(j) {
		return true
	}
	m, ok := atBool(p, bOrgLower, p.d.orgLower, j)
	return ok && p.hardEndAt(m.Last)
}

// endsLowerName reports a lower-case word at j that no organization's
// lower-case words run through: a stop word (data/orgstop.txt), a verb, a
// role, or "của" (lowerTail, lowerToHead).
func (p *parser) endsLowerName(j int) bool {
	if _, ok := atBool(p, bOrgStop, p.d.orgStop, j); ok {
		return true
	}
	if p.termCountAt(j) {
		return true
	}
	if _, ok := atBool(p, bVerbs, p.d.verbs, j); ok {
		return true
	}
	return p.roleAt(j) || p.key(j) == "cua3"
}

// cutWordAt reports whether word j is a lone consonant letter before a
// full stop ("Viện Kiểm s."): a word cut off by a truncated dek, not part
// of a name (a syllable of one letter is a vowel: "ở", "y").
func (p *parser) cutWordAt(j int) bool {
	k := p.toks[j].Key
	return len(k) == 1 && k[0] >= 'a' && k[0] <= 'z' && !strings.ContainsRune("aeiouy", rune(k[0])) && p.pun(j+1, '.') && !p.toks[j+1].SpaceBefore
}
