package docs

import (
	"strconv"
	"strings"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// plenum reads a plenum resolution after "Nghị quyết" (token k):
// "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Hội nghị Trung ương 11 khóa XIII",
// "Nghị quyết Trung ương 4 khóa XI, XII" (two documents).
func (p *parser) plenum(start, k int) ([]Citation, int) {
	v, j, ok := p.plenumPhrase(k, false)
	if !ok {
		return nil, start
	}
	terms, e, ok := p.termPhrase(j)
	if !ok && p.key(j) == "," && p.same(j) && p.isKey(j+1, kKhoa1) {
		terms, e, ok = p.termPhrase(j + 1) // "Nghị quyết Trung ương 4, khóa XII"
	}
	inferred := false
	if !ok {
		// "của Ban Chấp hành Trung ương Đảng khóa XII"
		if p.isKey(j, kCua3) {
			if _, code, _, end, ok2 := p.issuerPhrase(j + 1); ok2 && code == "TW" {
				if t2, e2, ok3 := p.termPhrase(end); ok3 {
					terms, e, ok = t2, e2, true
				}
			}
		}
	}
	if !ok {
		e = j
		if !p.artDate.IsZero() {
			if t := p.d.termOf(p.artDate); t != "" {
				terms, inferred = []string{t}, true
			}
		}
		if len(terms) == 0 {
			terms = []string{""}
		}
	}
	var out []Citation
	for _, t := range terms {
		doc := schema.Document{Type: "Nghị quyết", TypeCode: "NQ", Issuer: "Ban Chấp hành Trung ương",
			IssuerCode: "TW", Plenum: v, Term: t, TermInferred: inferred}
		out = append(out, p.cite(start, e, doc, "p|"+strconv.Itoa(v)+"|"+t))
	}
	return out, e
}

// plenumConclusion reads a conclusion named by the plenum that drew it,
// after a capitalized "Kết luận" (token i the head, k the token after it):
// "Kết luận của Hội nghị Trung ương 12", "Kết luận của Hội nghị lần thứ 8
// Ban Chấp hành Trung ương". "của" and "Hội nghị" are required (a bare
// "Kết luận Trung ương" is not written); the term is kept only when written.
func (p *parser) plenumConclusion(start, i, k, ti int) (Citation, int, bool) {
	if p.d.types[ti].Code != "KL" || !p.toks[i].Upper || !p.isKey(k, kCua3) || !p.same(k) || !p.same(k+1) {
		return Citation{}, i, false
	}
	v, j, ok := p.plenumPhrase(k+1, true)
	if !ok || v <= 0 {
		return Citation{}, i, false
	}
	terms, e, ok := p.termPhrase(j)
	term := ""
	if ok && len(terms) == 1 {
		term = terms[0]
	} else {
		e = j
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code, Issuer: "Ban Chấp hành Trung ương",
		IssuerCode: "TW", Plenum: v, Term: term}
	return p.cite(start, e, doc, "kp|"+strconv.Itoa(v)+"|"+term), e, true
}

// congressPhrase reads a congress at token j: "Đại hội XII", "Đại hội lần thứ XII",
// "Đại hội Đảng toàn quốc lần thứ 12", "Đại hội đại biểu toàn quốc lần thứ XIII",
// "Đại hội Đảng bộ tỉnh lần thứ 16", "Đảng bộ tỉnh lần thứ 16". It returns a key
// ("nat" or "loc:<level word>"), the congress number and the next token.
func (p *parser) congressPhrase(j int) (string, int, int, bool) {
	if !p.same(j) {
		return "", 0, j, false
	}
	var between []int
	switch {
	case p.isKey(j, kDai5) && p.isKey(j+1, kHoi5) && p.same(j+1):
		j += 2
	case p.isKey(j, kDang3) && p.isKey(j+1, kBo5) && p.same(j+1):
	default:
		return "", 0, j, false
	}
	n := 0
	for steps := 0; steps < 9 && p.same(j); steps++ {
		if v := parseRoman(p.str(j)); v > 0 && v <= 50 {
			n, j = v, j+1
			break
		}
		if p.isKey(j, kLan2) && p.isKey(j+1, kThu1) && p.same(j+1) {
			n, j = p.ord(j + 2)
			break
		}
		if p.kind(j) != token.Word {
			break
		}
		between = append(between, j)
		j++
	}
	if n == 0 {
		return "", 0, j, false
	}
	// the number before the body: "Đại hội XI Đảng bộ tỉnh", "Đại hội lần
	// thứ XI của Đảng bộ tỉnh Thanh Hóa": a local congress, its level word
	// and the place's capitalized name kept in the span
	if len(between) == 0 {
		d := j
		if p.isKey(d, kCua3) && p.same(d) {
			d++
		}
		if p.isKey(d, kDang3) && p.isKey(d+1, kBo5) && p.same(d) && p.same(d+1) {
			if e := p.classAt(cLevel, d+2); e > d+2 && p.same(d+2) {
				level := p.toks[d+2].Key
				for x := 0; x < 4 && p.same(e) && p.kind(e) == token.Word && p.toks[e].Upper; x++ {
					e++
				}
				return "loc:" + level, n, e, true
			}
		}
	}
	for x, t := range between {
		if p.toks[t].Key == kBo5 && x > 0 && p.toks[between[x-1]].Key == kDang3 {
			level := ""
			if x+1 < len(between) {
				level = p.toks[between[x+1]].Key
			}
			return "loc:" + level, n, j, true
		}
	}
	for _, t := range between {
		if !nationalWords[p.toks[t].Key] {
			return "", 0, j, false
		}
	}
	return "nat", n, j, true
}

// congress reads a congress resolution after "Nghị quyết" (token k):
// "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết của Đại hội Đảng toàn quốc lần thứ XII",
// "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 16", "Nghị quyết XII của Đảng".
func (p *parser) congress(start, k int) (Citation, int, bool) {
	j := k
	if p.isKey(j, kCua3) && p.same(j+1) {
		j++
	}
	level, n, e, ok := p.congressPhrase(j)
	if !ok {
		if k >= 2 {
			if c, end, ok := p.congressNameless(start, k-2, j); ok {
				return c, end, true
			}
		}
		v := parseRoman(p.str(j))
		if j != k || v == 0 || !p.isKey(j+1, kCua3) || !p.isKey(j+2, kDang3) || !p.same(j+1) || !p.same(j+2) {
			return Citation{}, start, false
		}
		level, n, e = "nat", v, j+1
	}
	issuer := "Đại hội đại biểu toàn quốc"
	if level == "nat" {
		if p.isKey(e, kCua3) && p.isKey(e+1, kDang3) && p.same(e) && p.same(e+1) {
			e += 2
		}
	} else {
		issuer = "Đại hội Đảng bộ"
	}
	doc := schema.Document{Type: "Nghị quyết", TypeCode: "NQ", Issuer: issuer}
	return p.cite(start, e, doc, "c|"+level+"|"+strconv.Itoa(n)), e, true
}

// nameKey folds the name tokens [i, j) for merging.
func (p *parser) nameKey(i, j int) string {
	var b strings.Builder
	for x := i; x < j && x < len(p.toks); x++ {
		if p.kind(x) == token.Punct {
			continue
		}
		b.WriteString(p.toks[x].Key)
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

// yearAfter consumes "2013" or "năm 2013" at token j.
func (p *parser) yearAfter(j int) (int, int) {
	if p.same(j) && yearish(p.key(j)) {
		y, _ := strconv.Atoi(p.key(j))
		return y, j + 1
	}
	if p.isKey(j, kNawm) && p.same(j) && p.same(j+1) && yearish(p.key(j+1)) {
		y, _ := strconv.Atoi(p.key(j + 1))
		return y, j + 2
	}
	return 0, j
}

// law reads a named law: "Luật Đất đai 2013", "luật Báo chí", "Luật Cán bộ, công chức",
// "Bộ luật Hình sự", "Luật BHYT".
func (p *parser) law(start, i, k, ti int) ([]Citation, int) {
	if (p.classBefore(cNotbefore, i) && !(p.toks[i].Upper && p.issuerBefore(i))) || !p.same(k) {
		return nil, i
	}
	// "Trọng Luật", "Văn Luật": a capitalized word before a capitalized
	// "Luật" inside a sentence makes it a personal name
	if p.toks[i].Upper && start == i && !p.sentenceStart(i) && p.toks[i-1].Upper && p.kind(i-1) == token.Word &&
		!(p.classBefore(cLawlead, i) && (p.sentenceStart(i-1) || p.sentenceStart(i-2))) &&
		!(p.sentenceStart(i-1) && p.classAt(cLaw, k) > 0) && !p.issuerBefore(i) {
		return nil, i
	}
	j := k
	listed := false
	if e := p.classAt(cLaw, j); e > 0 {
		j, listed = e, true
	} else if e := p.lowerLawYear(i, k); e > k {
		j = e
	} else {
		// a law is named with a capital ("Luật Doanh nghiệp"); a lower-case
		// "luật" needs a known law name ("luật Báo chí") or a year (lowerLawYear)
		if !p.toks[i].Upper || p.kind(j) != token.Word || !(p.toks[j].Upper || p.articleBefore(i)) ||
			p.classAt(cNotname, j) >= 0 || p.classAt(cStop, j) >= 0 {
			return nil, i
		}
		if strings.ContainsAny(p.str(j), "0123456789") {
			return nil, i // "Luật A00" (an admission code), not a law
		}
		for n := 0; n < 10 && p.same(j) && p.kind(j) == token.Word && p.classAt(cStop, j) < 0; n++ {
			j++
			if e := p.parallelAfter(j); e > j {
				j = e
			}
		}
	}
	if e := p.andAfter(j); e > j {
		j = e
	}
	nameEnd := j
	if p.ellipsis(j) || (!listed && p.lineCut(j)) {
		return nil, i // a headline cut short ("dự án Luật Quy ..."), a dek cut at its line's end
	}
	if p.key(j) == "(" && p.isKey(j+1, kSua3) && p.isKey(j+2, kDoi3) && p.key(j+3) == ")" && p.same(j+3) {
		j += 4
	}
	key := "t|" + p.d.typeKey(p.d.types[ti].Name) + "|" + p.nameKey(k, nameEnd)
	// "Luật Đất đai số 31/2024/QH15": the name then the number and symbol
	if nameEnd > k && j == nameEnd && p.isKey(j, kSo1) && p.same(j) && p.same(j+1) && p.kind(j+1) == token.Number {
		if cs, end := p.numbered(start, j+1, ti); len(cs) == 1 && cs[0].Document.Symbol != "" {
			cs[0].key = key
			return cs, end
		}
	}
	y, j2 := p.yearAfter(j)
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code, Year: y}
	out := []Citation{p.cite(start, j2, doc, key)}
	if p.isKey(i-1, kCac1) && j2 == nameEnd {
		return p.lawList(out, j2, ti)
	}
	return out, j2
}

// lawList reads the further names of a list sharing one "Luật" after "các"
// ("các Luật Đất đai, Nhà ở, Kinh doanh bất động sản"), at token j (after
// the first name): each capitalized name after a comma or "và" is a law of
// its own, cited by its name alone.
func (p *parser) lawList(out []Citation, j, ti int) ([]Citation, int) {
	for n := 0; n < 12 && (p.key(j) == "," || p.isKey(j, kVa2)) && p.same(j) && p.same(j+1); n++ {
		x := j + 1
		if p.key(j) == "," && p.isKey(x, kVa2) && p.same(x+1) {
			x++
		}
		if p.kind(x) != token.Word || !p.toks[x].Upper {
			break
		}
		if _, ok := p.d.heads.At(p.toks, x); ok && p.classAt(cLawsubject, x) < 0 {
			break
		}
		if _, ok := p.d.issuerNames.At(p.toks, x); ok {
			break
		}
		e := x
		if le := p.classAt(cLaw, x); le > 0 {
			e = le
		} else {
			for c := 0; c < 8 && p.same(e) && p.kind(e) == token.Word && p.classAt(cStop, e) < 0 && (c == 0 || !p.toks[e].Upper); c++ {
				e++
			}
		}
		if e == x {
			break
		}
		doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
		out = append(out, p.cite(x, e, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(x, e)))
		j = e
	}
	return out, j
}

// org reads a charter named by its body: "Điều lệ Đảng", "điều lệ Đảng", "Điều lệ Hội".
func (p *parser) org(start, i, k, ti int) ([]Citation, int) {
	if p.classBefore(cNotbefore, i) || !p.same(k) || p.kind(k) != token.Word || !p.toks[k].Upper {
		return nil, i
	}
	j := k + 1
	if p.isKey(k, kDang3) {
		if p.isKey(j, kCong5) && p.isKey(j+1, kSan3) && p.isKey(j+2, kViet5) && p.isKey(j+3, kNam) && p.same(j+3) {
			j += 4
		}
	} else {
		for n := 0; n < 5 && p.same(j) && p.kind(j) == token.Word && p.toks[j].Upper; n++ {
			j++
		}
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
	return []Citation{p.cite(start, j, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, j))}, j
}

// genericAfter reports whether token j starts ", nghị quyết" or "và chỉ thị" without a
// number: then the named document before it is part of a generic list
// ("cụ thể hóa Cương lĩnh, nghị quyết").
func (p *parser) genericAfter(j int) bool {
	if !(p.key(j) == "," || p.isKey(j, kVa2)) || !p.same(j+1) {
		return false
	}
	m, ok := p.d.heads.At(p.toks, j+1)
	if !ok || p.d.types[m.Value].Mode != "number" {
		return false
	}
	e := m.Last
	return !(p.same(e) && (p.kind(e) == token.Number || p.isKey(e, kSo1)))
}

// bare reads a document named by its type alone: "Hiến pháp", "Hiến pháp 2013", "Cương lĩnh 2011".
func (p *parser) bare(start, i, k, ti int) ([]Citation, int) {
	if !p.toks[i].Upper || p.classBefore(cNotbefore, i) {
		return nil, i // "Tòa án Hiến pháp": a court
	}
	y, j := p.yearAfter(k)
	if p.genericAfter(j) {
		return nil, i
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code, Year: y}
	return []Citation{p.cite(start, j, doc, "t|"+p.d.typeKey(doc.Type)+"|")}, j
}

// sentenceStart reports whether token i begins a sentence or line.
func (p *parser) sentenceStart(i int) bool {
	if i == 0 || p.toks[i].LineBefore {
		return true
	}
	switch p.key(i - 1) {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

// capName reads a titled document: "Đề án tổ chức lại hệ thống thanh tra",
// "Chiến lược phát triển kinh tế - xã hội 10 năm 2011-2020", `Đề án "..."`.
// The head must be capitalized inside a sentence; a title after "về" is the
// subject of another document, not a citation.
func (p *parser) capName(start, i, k, ti int) ([]Citation, int) {
	prev := i - 1
	if p.key(prev) == `"` {
		prev--
	}
	quoted := p.key(k) == `"` && p.same(k)
	// a lower-case head names a document only with a time horizon closing
	// its title (class horizonlower: "đề án phát triển thanh toán không
	// dùng tiền mặt giai đoạn 2016-2020"); alone it speaks of a project
	lower := !p.toks[i].Upper
	if lower && (!p.d.horizonLower[ti] || quoted) {
		return nil, i
	}
	if (!lower && p.sentenceStart(i) && !quoted) || p.isKey(prev, kVe2) || p.draftedBefore(i) || !p.same(k) || p.classAt(cNotname, k) >= 0 ||
		p.classBefore(cGeneric, i) || p.classBefore(cNotcap, i) || p.titleStart(i) {
		return nil, i
	}
	j := k
	if p.key(j) == `"` {
		for e := j + 1; e < len(p.toks) && e < j+60 && p.same(e); e++ {
			if p.key(e) == `"` {
				if e-j < 2 {
					return nil, i
				}
				doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
				return []Citation{p.cite(start, e+1, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(j, e+1))}, e + 1
			}
		}
		return nil, i
	}
	n, keyEnd := 0, -1
	for ; n < 15 && p.same(j); n++ {
		if e := p.horizon(j); e > j && n > 0 {
			keyEnd, j = j, e // the horizon ends the title; the name is merged without it
			break
		}
		if p.kind(j) == token.Punct {
			if p.key(j) == "-" && p.same(j+1) && p.kind(j+1) != token.Punct && n > 0 {
				j++
				continue
			}
			if e := p.coordAfter(j, k); e > j {
				j = e // "Đề án sắp xếp, tinh gọn bộ máy": one object of two verbs
				continue
			}
			break
		}
		if p.classAt(cStop, j) >= 0 && !p.inCompound(j) {
			if e := p.coordAfter(j, k); e > j {
				j = e
				continue
			}
			// "Chiến lược quốc gia về người cao tuổi": after a word of class
			// "aboutname" the subject is part of the title
			if p.isKey(j, kVe2) && j > k && p.classBefore(cAboutname, j) {
				if e := p.subjectEnd(j); e > j {
					j = e
				}
			}
			break
		}
		j++
	}
	if n < 2 || p.ellipsis(j) || (lower && (keyEnd < 0 || n < 3)) {
		return nil, i
	}
	if keyEnd < 0 {
		keyEnd = j
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
	return []Citation{p.cite(start, j, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, keyEnd))}, j
}

// report reads "Báo cáo chính trị" when it names a congress document:
// "Dự thảo Báo cáo chính trị", "Báo cáo chính trị tại Đại hội Đảng toàn quốc lần thứ 12".
func (p *parser) report(start, i, k, ti int) ([]Citation, int) {
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
	if (p.isKey(k, kTai5) || p.isKey(k, kCua3)) && p.same(k+1) {
		if level, n, e, ok := p.congressPhrase(k + 1); ok {
			return []Citation{p.cite(start, e, doc, "r|"+level+"|"+strconv.Itoa(n))}, e
		}
	}
	if start < i {
		return []Citation{p.cite(start, k, doc, "r|draft")}, k
	}
	return nil, i
}

// titled reads a numberless resolution or directive named by its title and
// issuer: "Nghị quyết lãnh đạo nhiệm vụ năm 2024 của Quân ủy Trung ương".
// Only the types of word class "titled"; the head is capitalized inside a
// sentence, not after a plural word (các nghị quyết), and the title (2 to
// 10 words, no stop word) is followed at once by "của" and a known issuer.
func (p *parser) titled(start, i, k, ti int) ([]Citation, int) {
	if !p.d.titled[ti] || !p.toks[i].Upper ||
		p.sentenceStart(i) || p.classBefore(cGeneric, i) || p.draftedBefore(i) {
		return nil, i
	}
	j := k
	n := 0
	for ; n < 10 && p.same(j) && (p.kind(j) == token.Word || p.kind(j) == token.Number); n++ {
		if p.classAt(cStop, j) >= 0 {
			break
		}
		j++
	}
	if n < 2 || !p.isKey(j, kCua3) || !p.same(j) {
		return nil, i
	}
	name, code, _, end, ok := p.issuerPhrase(j + 1)
	if !ok {
		return nil, i
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code, Issuer: name, IssuerCode: code}
	return []Citation{p.cite(start, end, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, end))}, end
}

// inCompound reports whether the stop word at token j is a syllable of a
// noun of class "compound" ("cảng hàng không", "không gian", "thiết bị"),
// which goes on with the title rather than ending it.
func (p *parser) inCompound(j int) bool {
	if p.classAt(cCompound, j) > j+1 {
		return true
	}
	return p.same(j) && p.classAt(cCompound, j-1) > j
}

// coordAfter continues a title at "và" or a comma (token j; the title began at token
// k) when "và" joins two parts of one object, not a second document or a
// clause: the words just before and just after it are of one coordination
// class (word class "andnoun": "tổ chức và hoạt động", "giáo dục và đào
// tạo"; "andverb": "xây dựng và phát triển", "quản lý và sử dụng"), and the
// title goes on after the second part: not with a stop word ("và tổ chức
// thực hiện" is a clause) unless one of class "andgo" ("giáo dục và đào
// tạo đến năm 2030"). It returns the token after the second part, or j.
func (p *parser) coordAfter(j, k int) int {
	if !(p.isKey(j, kVa2) || p.key(j) == ",") || j <= k || !p.same(j+1) || p.kind(j+1) != token.Word {
		return j
	}
	for _, class := range [...]wordClass{cAndnoun, cAndverb} {
		if !p.classBefore(class, j) {
			continue
		}
		e := p.classAt(class, j+1)
		if e < 0 || (p.same(e) && p.kind(e) == token.Word && p.classAt(cStop, e) >= 0 && p.classAt(cAndgo, e) < 0) {
			continue
		}
		return e
	}
	return j
}

// draftedBefore reports whether the titled document at token i is being
// drafted, not cited: a word of class drafting ends just before it
// ("xây dựng Đề án"), a verb of issuing after a word of purpose or future
// does ("để ban hành Nghị quyết"), or a drafting word heads a coordination of verbs (class andverb)
// that does ("nghiên cứu xây dựng, hoàn thiện Đề án", "xây dựng và hoàn
// thiện Đề án"); a verb alone ("khẩn trương hoàn thiện Đề án") cites it.
func (p *parser) draftedBefore(i int) bool {
	if p.classBefore(cDrafting, i) {
		return true
	}
	// a verb of issuing after a word of purpose or future (class
	// toissue): "làm cơ sở để ban hành Nghị quyết ...", "sẽ ban hành Đề án"
	for j := i - 1; j >= i-3 && j >= 1 && p.d.issueLast.HasToken(&p.toks[i-1]); j-- {
		if p.classAt(cIssueverb, j) == i && p.classBefore(cToissue, j) {
			return true
		}
	}
	for j := i - 1; j >= i-3 && j >= 1; j-- { // the verb before: one to three words
		if p.classAt(cAndverb, j) == i && p.same(j) && (p.key(j-1) == "," || p.isKey(j-1, kVa2)) && p.classBefore(cDrafting, j-1) {
			return true
		}
	}
	return false
}

// ellipsis reports whether token j starts "..." or "…" closed at once by a
// quote or bracket: a headline cut short (`[... dự án Luật Quy ...](`), not
// the "etc." of a list (`Luật an toàn thông tin mạng … Công tác`).
func (p *parser) ellipsis(j int) bool {
	e, ok := p.dotsEnd(j)
	if !ok || !p.same(e) {
		return false
	}
	switch p.key(e) {
	case `"`, "”", "]", ")", "'", "’":
		return true
	}
	return false
}

// lineCut reports whether token j starts "..." or "…" that ends its line:
// a dek cut short ("dự án Luật Phòng, chống mua bán ...\n") when the name
// before it is no listed title. (A complete title may end a paragraph
// with one: "Chiến lược ... đến năm 2030…".)
func (p *parser) lineCut(j int) bool {
	e, ok := p.dotsEnd(j)
	return ok && !p.same(e)
}

// dotsEnd reads an ellipsis glued to what precedes it at token j ("…" or
// three full stops) and returns the token after it.
func (p *parser) dotsEnd(j int) (int, bool) {
	if !p.same(j) {
		return 0, false
	}
	if p.key(j) == "…" {
		return j + 1, true
	}
	e := j
	for e < j+3 && p.key(e) == "." {
		e++
	}
	return e, e == j+3
}

// issuerBefore reports whether a known issuer name ends just before token i
// ("trình Quốc hội Luật Địa chất", "Chính phủ Luật ..."): then a capital
// before "Luật" ends that name, not a personal name.
func (p *parser) issuerBefore(i int) bool {
	for x := i - 1; x >= 0 && x >= i-4; x-- {
		if m, ok := p.d.issuerNames.At(p.toks, x); ok && m.Last == i {
			return true
		}
		if !p.same(x) {
			break
		}
	}
	return false
}

// lowerLawYear reads the name of a law cited with a lower-case "luật"
// (token i) and its year: "luật Ngân sách năm 2002", "luật Xây dựng
// 2003". The name (from token k) opens with a capital and runs over at
// most five words, no stop word; the year follows it at once, as the
// citation of a law in force in that year. It returns the end of the
// name, or k.
func (p *parser) lowerLawYear(i, k int) int {
	if p.toks[i].Upper || !p.same(k) || p.kind(k) != token.Word || !p.toks[k].Upper ||
		p.classAt(cNotname, k) >= 0 || p.classAt(cStop, k) >= 0 {
		return k
	}
	j := k
	for n := 0; n < 5 && p.same(j) && p.kind(j) == token.Word && p.classAt(cStop, j) < 0 && !p.isKey(j, kNawm); n++ {
		j++
	}
	if y, _ := p.yearAfter(j); y == 0 {
		return k
	}
	return j
}

// treaty reads a treaty named by its title: "Hiệp định Thương mại tự do
// Việt Nam – Liên minh Kinh tế Á – Âu", "Hiệp định Đối tác Toàn diện và
// Tiến bộ xuyên Thái Bình Dương (CPTPP)", "hiệp định Genève". The title
// is a capitalized name that may hold lower-case words ("tự do",
// "xuyên") and dashes between the parties; "và" goes on only before a
// capital. It ends at its last capitalized word, or at an acronym in
// brackets that closes it (then the lower-case words before belong to
// it: "Hiệp định Đối tác kinh tế toàn diện (CEPA)"). A title with no
// capitalized word names a kind of treaty ("Hiệp định thương mại tự do
// (FTA)"). A lower-case head needs a capital right after it; a plural or
// a count before the head ("các Hiệp định", "16 Hiệp định") makes it
// generic.
func (p *parser) treaty(start, i, k, ti int) ([]Citation, int) {
	// (a stop word after the head ends it, but "của" before a capitalized
	// body: "Công ước của Liên Hợp Quốc về Luật Biển năm 1982")
	ofBody := p.isKey(k, kCua3) && p.same(k+1) && p.kind(k+1) == token.Word && p.toks[k+1].Upper && p.toks[i].Upper
	if !p.same(k) || p.kind(k) != token.Word || p.classBefore(cGeneric, i) || (p.classAt(cStop, k) >= 0 && !ofBody) ||
		(!p.toks[i].Upper && !p.toks[k].Upper) || p.kind(i-1) == token.Number {
		return nil, i // "các Hiệp định ...", "16 Hiệp định thương mại tự do (FTA)": generic
	}
	last, lower := -1, 0
	j := k
	for n := 0; n < 24 && j < len(p.toks) && p.same(j); n++ {
		if p.kind(j) == token.Punct {
			if p.key(j) == "-" && p.same(j+1) && p.kind(j+1) == token.Word {
				j++
				continue
			}
			break
		}
		if p.kind(j) != token.Word {
			break
		}
		if e := p.classAt(cTreatyword, j); e > j {
			if p.toks[j].Upper {
				last, lower = e-1, 0
			} else if lower += e - j; lower > 8 {
				break
			}
			j = e
			continue
		}
		if p.classAt(cStop, j) >= 0 && !(p.isKey(j, kVa2) && p.same(j+1) && p.toks[j+1].Upper) {
			break
		}
		if p.toks[j].Upper {
			last, lower = j, 0
		} else if lower++; lower > 8 {
			break
		}
		j++
	}
	end := last + 1
	if e := p.lowerTail(k, last, j); e > end {
		end = e
	}
	if p.key(j) == "(" && p.same(j+1) && p.kind(j+1) == token.Word && codeLike(p.str(j+1)) && p.key(j+2) == ")" && j > k {
		end = j // the acronym closes the title
	}
	if last < 0 || end <= k {
		return nil, i // no capitalized word: a kind of treaty, not a title
	}
	y, e := p.yearAfter(end)
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code, Year: y}
	return []Citation{p.cite(start, e, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, end))}, e
}

// quotedName reads a document named by a title in quotation marks right
// after its type word (class quotedname): `Chỉ thị "Nhật - Pháp bắn nhau và
// hành động của chúng ta"`, `đề án "Tăng cường quản lý ..."`, with `của` and
// a known issuer when one follows. The opening mark stands apart from the
// head and is glued to a capitalized word; the closing mark comes on the same
// line within 60 tokens, after three words at least, with no full stop,
// question or exclamation mark before it (a sentence inside is speech). A
// lower-case verb head ("quyết định", "thông báo") is the verb; after "về" the
// title is another document's subject; after "các" the mention is generic.
func (p *parser) quotedName(start, i, k, ti int) ([]Citation, int) {
	if !p.same(k) || !p.toks[k].SpaceBefore || !p.same(k+1) ||
		p.kind(k+1) != token.Word || !p.toks[k+1].Upper || p.insideQuote(i) {
		return nil, i
	}
	if !p.toks[i].Upper && p.d.lowerFlag[ti] == lowerVerb {
		return nil, i
	}
	if p.isKey(i-1, kVe2) || p.classBefore(cGeneric, i) || p.classBefore(cNotcap, i) || p.titleStart(i) {
		return nil, i
	}
	words := 0
	for e := k + 1; e < len(p.toks) && e < k+60 && p.same(e); e++ {
		switch p.key(e) {
		case ".", "?", "!":
			return nil, i
		case `"`:
			if words < 3 {
				return nil, i
			}
			doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
			key := "t|" + p.d.typeKey(doc.Type) + "|" + p.nameKey(k, e+1)
			end := e + 1
			if p.isKey(end, kCua3) && p.same(end) && p.same(end+1) {
				// (only a whole issuer: "của Tỉnh ủy Khánh Hòa" names a body the
				// list does not hold whole)
				if name, code, _, ie, ok := p.issuerPhrase(end + 1); ok && !(p.same(ie) && p.kind(ie) == token.Word && p.toks[ie].Upper) {
					doc.Issuer, doc.IssuerCode, end = name, code, ie
				}
			}
			return []Citation{p.cite(start, end, doc, key)}, end
		}
		if p.kind(e) == token.Word {
			words++
		}
	}
	return nil, i
}

// insideQuote reports whether an odd number of quotation marks precede token
// i on its line: i is inside a quotation.
func (p *parser) insideQuote(i int) bool {
	n := 0
	for j := i - 1; j >= 0; j-- {
		if p.key(j) == `"` {
			n++
		}
		if p.toks[j].LineBefore {
			break
		}
	}
	return n%2 == 1
}

// lowerTail returns the end of a treaty title whose last capitalized token
// (last) opens a Vietnamese word written with one capital, the rest of the
// title in lower case: "Hiệp định Thương mại song phương", "Hiệp định Miễn
// thị thực song phương", "về Kiểm soát thuốc lá". The capital stands alone
// (after a lower-case or function word, not inside a name: "Việt Nam", "Á -
// Âu"); the lower-case words after it (j: where the title's scan stopped)
// run to punctuation, a stop word or the line's end, six at most. It
// returns -1 otherwise (a foreign name: "Hiệp định Paris vô cùng gian nan").
func (p *parser) lowerTail(k, last, j int) int {
	if last < k || last+1 >= j || last+7 < j || !p.splitWord(last) {
		return -1
	}
	if b := last - 1; b >= k && (p.kind(b) == token.Word && p.toks[b].Upper || p.key(b) == "-") {
		return -1
	}
	for x := last + 1; x < j; x++ {
		if p.kind(x) != token.Word || p.toks[x].Upper || p.classAt(cTreatyword, x) >= 0 {
			return -1
		}
	}
	if p.same(j) && p.kind(j) != token.Punct && p.classAt(cStop, j) < 0 {
		return -1 // the scan stopped for another reason: too many lower-case words
	}
	return j
}

// splitWord reports whether the capitalized token i may be the first
// syllable of a Vietnamese word: capitalized but not all capitals (a code
// such as "CPTPP"), one Vietnamese syllable once its marks are stripped
// ("Thương", "Kiểm"), not a foreign name ("Paris", "Genève", "David").
func (p *parser) splitWord(i int) bool {
	w := p.str(i)
	if len(w) < 2 || codeLike(w) {
		return false
	}
	return token.VietSyllable(token.ASCII(w))
}

// yearTitle reads a document named by a lower-case subject that its year or
// period closes (class yeartitled: "Kế hoạch đầu tư công năm 2025 quận Đống
// Đa", "Kế hoạch phát triển giường bệnh của các cơ sở y tế trên địa bàn tỉnh
// Bắc Giang giai đoạn 2025 - 2030", "Kế hoạch hành động Việt Nam – Mỹ năm
// 2023"). The head is capitalized inside a sentence, not after "các", "về"
// or a drafting verb; the subject (two words or more, up to 25 tokens on the
// line) holds no punctuation but a dash or a coordination (coordAfter), no
// number and no stop word but those of class titleinner ("của", "trên" ...);
// "năm YYYY[-YYYY]" or a time horizon ends it, and a place after it (a level
// word and a capitalized name: "quận Đống Đa") is kept.
func (p *parser) yearTitle(start, i, k, ti int) ([]Citation, int) {
	if !p.d.yearTitled[ti] || !p.toks[i].Upper || p.sentenceStart(i) || p.titleStart(i) || !p.same(k) ||
		p.kind(k) != token.Word || p.toks[k].Upper || p.classAt(cStop, k) >= 0 || p.classAt(cNotname, k) >= 0 ||
		p.isKey(i-1, kVe2) || p.classBefore(cGeneric, i) || p.draftedBefore(i) {
		return nil, i
	}
	end := -1
	for j, n := k, 0; n < 25 && p.same(j); n++ {
		if n >= 2 {
			if e := p.horizon(j); e > j {
				end = e
				break
			}
			if p.isKey(j, kNawm) && p.same(j+1) && yearish(p.key(j+1)) {
				end = j + 2
				if p.key(end) == "-" && p.same(end) && p.same(end+1) && yearish(p.key(end+1)) {
					end += 2
				}
				break
			}
		}
		switch {
		case p.kind(j) == token.Punct:
			if (p.key(j) == "-" || p.key(j) == "–") && p.same(j+1) && p.kind(j+1) == token.Word && n > 0 {
				j++
				continue
			}
			if e := p.coordAfter(j, k); e > j {
				j = e
				continue
			}
			return nil, i
		case p.kind(j) != token.Word:
			return nil, i
		case p.classAt(cStop, j) >= 0 && p.classAt(cTitleinner, j) < 0:
			if e := p.coordAfter(j, k); e > j {
				j = e
				continue
			}
			return nil, i
		}
		j++
	}
	if end < 0 {
		return nil, i
	}
	keyEnd := end
	if e := p.classAt(cLevel, end); e > end && p.same(end) && p.same(e) && p.kind(e) == token.Word && p.toks[e].Upper {
		for x := 0; x < 4 && p.same(e) && p.kind(e) == token.Word && p.toks[e].Upper; x++ {
			e++
		}
		end = e
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
	return []Citation{p.cite(start, end, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, keyEnd))}, end
}
