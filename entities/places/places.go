// Package places recognizes Vietnam's provinces and centrally-run cities,
// resolved as of the article's date: the 63 units of the 2004 code list
// before 1 July 2025, the 34 units of the 2025 list from then on.
//
// Knowledge lives in embedded data files (data/): the two code lists and
// the 63→34 merger table, aliases, historical provinces, regions and other
// blocking phrases, place markers and family names.
//
// Recognition runs one left-to-right pass over the tokens with longest
// match (package lexicon). The rules:
//
//   - A place marker (tỉnh, thành phố, TP., Thủ đô) followed by a name always
//     yields the province, whatever the case, and the match (Span, Text)
//     includes the marker: "TP. Sóc Trăng", "tỉnh Bạc Liêu". A provincial
//     city named like its province ("TP. Sóc Trăng" in 2020) counts as the
//     province, as the answer keys do.
//   - A bare name needs every word capitalized ("Hòa Bình", not "hòa bình"),
//     and must not close a capitalized run that holds a family name
//     ("Nguyễn Thái Bình", "Nguyễn Văn Long An" are people).
//   - Some forms (bare "Hồ Chí Minh", "HCM") are a province only after a
//     marker: bare, they name the person.
//   - A sub-provincial marker (huyện, xã, phường, sông, đường...) before a
//     name makes it a district, commune, river or street: no province.
//   - Regions ("Đồng bằng sông Cửu Long"), rivers and fixed phrases
//     ("tư tưởng Hồ Chí Minh", "Thái Bình Dương") are matched as wholes and
//     hide the place names inside them.
//   - Unaccented text ("Soc Trang") is matched through token.ASCII keys, for
//     multi-word names only and only when the text tokens carry no diacritics.
//   - Names inside organization names count ("Tỉnh ủy Sóc Trăng").
//   - Historical provinces (Hà Tây, Minh Hải...) are returned by Find with
//     Unit.Historical set and no code; Provinces leaves them out, since the
//     record lists units that stood at the article's date.
package places

import (
	"strings"
	"time"
	"unicode"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Unit is one provincial unit of one code scheme.
type Unit struct {
	Name   string // canonical name without tỉnh/thành phố: "Sóc Trăng", "Hồ Chí Minh"
	Code   string // official two-digit code in Scheme
	Scheme string // "2004" or "2025"
	City   bool   // centrally-run city (thành phố trực thuộc trung ương)
	// Successor is, for a 2004 unit, the 2025 unit it became part of.
	Successor, SuccessorCode string
	Historical               bool // a pre-1997 province (Hà Tây, Minh Hải...): no code
}

// Match is one mention of a province in the text.
type Match struct {
	Span schema.Span
	Text string // text[Span.Start:Span.End], the name as written with any prefix (TP., tỉnh)
	Unit Unit
}

// MergerDate is the day the 34-unit list took effect.
var MergerDate = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

// resolve returns the unit a 2004 code stands for as of date.
func (t *tables) resolve(code string, date time.Time) Unit {
	u := t.u2004[code]
	name, city := u.name, u.city
	if r, ok := t.renames[code]; ok && !date.IsZero() && !date.Before(r.from) {
		name, city = r.name, r.city
	}
	s := t.u2025[u.succ]
	if date.IsZero() || date.Before(MergerDate) {
		return Unit{Name: name, Code: code, Scheme: "2004", City: city, Successor: s.name, SuccessorCode: s.code}
	}
	return Unit{Name: s.name, Code: s.code, Scheme: "2025", City: s.city}
}

// unitOf is the unit of an entry as of date: resolve(e.code, date) for a
// unit, through what build resolved once.
func (t *tables) unitOf(e *entry, date time.Time) Unit {
	if e.kind == kHist {
		return Unit{Name: e.name, Historical: true}
	}
	if date.IsZero() {
		return e.pre
	}
	if date.Before(MergerDate) {
		if e.hasRen && !date.Before(e.renFrom) {
			return e.renamed
		}
		return e.pre
	}
	return e.post
}

// asciiWindow is how many tokens on each side of an unaccented match must
// be unaccented too.
const asciiWindow = 6

// nameAt returns the longest name, alias or blocking phrase at token i:
// the accented lexicon first, then the unaccented fallback.
func (t *tables) nameAt(text string, toks []token.Token, i int) (lexicon.Match[*entry], bool) {
	if i >= len(toks) {
		return lexicon.Match[*entry]{}, false
	}
	tk := &toks[i]
	if t.namesFirst.HasToken(tk) && t.namesGate.may(toks, i) { // in line: At is not
		if m, ok := t.names.At(toks, i); ok {
			return m, true
		}
	}
	if !t.asciiFirst.HasToken(tk) || !t.asciiGate.may(toks, i) || !isASCII(text[tk.Start:tk.End]) {
		return lexicon.Match[*entry]{}, false
	}
	m, ok := t.ascii.At(toks, i)
	if !ok {
		return m, false
	}
	// Many Vietnamese syllables carry no mark ("Quang", "Long", "An"), so
	// the fallback holds only where the nearby words carry none either.
	lo, hi := max(m.First-asciiWindow, 0), min(m.Last+asciiWindow, len(toks))
	for j := lo; j < hi; j++ {
		if toks[j].Kind == token.Word && !isASCII(text[toks[j].Start:toks[j].End]) {
			return m, false
		}
	}
	return m, true
}

// dashJoined is the end of the names joined by a dash after token i, the
// end of a river's or a road's name after its marker ("sông Hồng - Thái
// Bình", "cao tốc Nội Bài – Lào Cai": one river system, one road, no
// province); i when none follows.
func (t *tables) dashJoined(text string, toks []token.Token, i int) int {
	for n := 0; n < 3 && i+1 < len(toks) && (toks[i].Key == "-" || toks[i].Key == "–") && !toks[i+1].LineBefore; n++ {
		nm, ok := t.nameAt(text, toks, i+1)
		if !ok || nm.Value.kind == kBlock || !allUpper(toks, nm.First, nm.Last) {
			break
		}
		i = nm.Last
	}
	return i
}

// listJoined is the end of a list of names after token i that a marker of
// plants opened ("nhà máy thủy điện Hòa Bình, Sơn La và Tuyên Quang": three
// plants, no province): each item after "," or "và" on the same line is a
// run of at most three capitalized words; i when none follows.
func listJoined(toks []token.Token, i int) int {
	for n := 0; n < 10 && i+1 < len(toks) && listSep(toks[i].Key) && toks[i].Key != ";" && !toks[i+1].LineBefore && toks[i+1].Upper; n++ {
		j := i + 1
		for j < len(toks) && j < i+4 && toks[j].Kind == token.Word && toks[j].Upper && !toks[j].LineBefore {
			j++
		}
		i = j
	}
	return i
}

// allUpper reports whether every word token of [first, last) is capitalized.
func allUpper(toks []token.Token, first, last int) bool {
	for j := first; j < last; j++ {
		if toks[j].Kind == token.Word && !toks[j].Upper {
			return false
		}
	}
	return true
}

// acronym reports whether a word is written all in capitals with two or more letters.
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' || unicode.ToUpper(r) != r { // as strings.ToUpper(string(r)) != string(r), without the strings
			return false
		}
		n++
	}
	return n > 1
}

// personBefore reports whether token i closes a person's name: it follows
// a lower-case address word ("chị Huế"), or it follows, on the same line
// and with no punctuation between, a run of up to three capitalized words
// (not acronyms) that holds a family name ("Nguyễn Hòa Bình").
func (t *tables) personBefore(text string, toks []token.Token, i int) bool {
	if i > 0 && !toks[i].LineBefore && !toks[i-1].Upper {
		if mk, ok := t.markers.At(toks, i-1); ok && mk.Value.kind == kPerson && mk.Last == i {
			return true
		}
	}
	for j, n := i-1, 0; j >= 0 && n < 3; j, n = j-1, n+1 {
		tk := toks[j]
		if toks[j+1].LineBefore || tk.Kind != token.Word || !tk.Upper || acronym(text[tk.Start:tk.End]) {
			return false
		}
		if org, ok := t.surname[tk.Key]; ok && (!org || n > 0) {
			return true
		}
	}
	return false
}

// nameAfter reports whether the name ending before token i runs on into a
// longer proper name: a capitalized word (not an acronym, not a family name
// opening a person's name) follows on the same line with no punctuation
// between ("Công ty Sài Gòn Đại Ninh", "Hà Nam Khánh Giao").
func (t *tables) nameAfter(text string, toks []token.Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	tk := toks[i]
	if tk.LineBefore || tk.Kind != token.Word || !tk.Upper || acronym(text[tk.Start:tk.End]) {
		return false
	}
	if _, ok := t.surname[tk.Key]; ok {
		return false
	}
	if t.suffixAt(toks, i) {
		return false
	}
	if nm, ok := t.nameAt(text, toks, i); ok && nm.Value.kind != kBlock {
		return false
	}
	return true
}

// listSep reports whether a token key joins the items of a list.
func listSep(k string) bool { return k == "," || k == ";" || k == keyVa }

var keyVa = token.Fold("và") // (keys are folded: "và" is no key)

// suffixAt reports whether token i is a place suffix ("City").
func (t *tables) suffixAt(toks []token.Token, i int) bool {
	if i >= len(toks) || toks[i].LineBefore {
		return false
	}
	mk, ok := t.markers.At(toks, i)
	return ok && mk.Value.kind == kSuffix
}

// next returns the first token from i on that may open a name or a
// marker: every one opens with a word, whose key opens a phrase (starts)
// and whose gate (startGate, the union of the names', the unaccented
// names' and the markers' gates) says one may start there. Find did
// nothing more at the tokens that fail the gate than step past them:
// nameAt and the marker test ask their own gate first.
//
// It tests eight tokens a step: in a loop of one a step, the loop itself
// cost more than the one-bit test.
func (t *tables) next(toks []token.Token, i int) int {
	if i >= len(toks) {
		return len(toks)
	}
	f, g := &t.starts, &t.startGate
	rest := toks[i:]
	for len(rest) >= 8 {
		// each test in line, the gate's (gate.may) too: a hit the gate
		// turns away costs its tests only
		if tk := &rest[0]; f.HasToken(tk) && tk.Kind == token.Word && (g.single.HasToken(tk) || !rest[1].LineBefore && (rest[0].Hash == 0 || rest[1].Hash == 0 || g.pairs.Has(rest[0].Hash, rest[1].Hash))) {
			return len(toks) - len(rest) + 0
		}
		if tk := &rest[1]; f.HasToken(tk) && tk.Kind == token.Word && (g.single.HasToken(tk) || !rest[2].LineBefore && (rest[1].Hash == 0 || rest[2].Hash == 0 || g.pairs.Has(rest[1].Hash, rest[2].Hash))) {
			return len(toks) - len(rest) + 1
		}
		if tk := &rest[2]; f.HasToken(tk) && tk.Kind == token.Word && (g.single.HasToken(tk) || !rest[3].LineBefore && (rest[2].Hash == 0 || rest[3].Hash == 0 || g.pairs.Has(rest[2].Hash, rest[3].Hash))) {
			return len(toks) - len(rest) + 2
		}
		if tk := &rest[3]; f.HasToken(tk) && tk.Kind == token.Word && (g.single.HasToken(tk) || !rest[4].LineBefore && (rest[3].Hash == 0 || rest[4].Hash == 0 || g.pairs.Has(rest[3].Hash, rest[4].Hash))) {
			return len(toks) - len(rest) + 3
		}
		if tk := &rest[4]; f.HasToken(tk) && tk.Kind == token.Word && (g.single.HasToken(tk) || !rest[5].LineBefore && (rest[4].Hash == 0 || rest[5].Hash == 0 || g.pairs.Has(rest[4].Hash, rest[5].Hash))) {
			return len(toks) - len(rest) + 4
		}
		if tk := &rest[5]; f.HasToken(tk) && tk.Kind == token.Word && (g.single.HasToken(tk) || !rest[6].LineBefore && (rest[5].Hash == 0 || rest[6].Hash == 0 || g.pairs.Has(rest[5].Hash, rest[6].Hash))) {
			return len(toks) - len(rest) + 5
		}
		if tk := &rest[6]; f.HasToken(tk) && tk.Kind == token.Word && (g.single.HasToken(tk) || !rest[7].LineBefore && (rest[6].Hash == 0 || rest[7].Hash == 0 || g.pairs.Has(rest[6].Hash, rest[7].Hash))) {
			return len(toks) - len(rest) + 6
		}
		if tk := &rest[7]; f.HasToken(tk) && tk.Kind == token.Word && (g.single.HasToken(tk) || len(rest) > 8 && !rest[8].LineBefore && (rest[7].Hash == 0 || rest[8].Hash == 0 || g.pairs.Has(rest[7].Hash, rest[8].Hash))) {
			return len(toks) - len(rest) + 7
		}
		rest = rest[8:]
	}
	for k := range rest {
		if tk := &rest[k]; f.HasToken(tk) && tk.Kind == token.Word && g.may(rest, k) {
			return len(toks) - len(rest) + k
		}
	}
	return len(toks)
}

// Find returns the province mentions in text (tokens from token.Tokenize(text)),
// resolved as of date (the zero time means unknown: resolve as before the merger).
// Regions, rivers and people named after places are not returned.
func Find(text string, toks []token.Token, date time.Time) []Match {
	return AppendFind(nil, text, toks, date)
}

// AppendFind is Find appending to dst, so that a caller running text
// after text can reuse one slice (clear it before reuse: its matches hold
// strings of the last text).
func AppendFind(dst []Match, text string, toks []token.Token, date time.Time) []Match {
	t := load()
	out := dst
	lastEnd := -1 // token index after the last match
	// inList reports whether tokens [first, last) stand in a list of
	// provinces: a separator joins them to a province before or after.
	inList := func(first, last int) bool {
		if first >= 2 && lastEnd == first-1 && listSep(toks[first-1].Key) {
			return true
		}
		if last+1 < len(toks) && listSep(toks[last].Key) && !toks[last+1].LineBefore {
			nm, ok := t.nameAt(text, toks, last+1)
			return ok && nm.Value.kind == kUnit && !nm.Value.needPrefix && allUpper(toks, nm.First, nm.Last)
		}
		return false
	}
	emit := func(first, last int, e *entry) {
		lastEnd = last
		s, en := toks[first].Start, toks[last-1].End
		if s < 0 || en > len(text) || s > en {
			return
		}
		if cap(out) == 0 {
			out = make([]Match, 0, 8) // spares the regrowths from 1 of the first mentions
		}
		out = append(out, Match{Span: schema.Span{Start: s, End: en}, Text: text[s:en], Unit: t.unitOf(e, date)})
	}
	for i := t.next(toks, 0); i < len(toks); i = t.next(toks, i) {
		nm, ok := t.nameAt(text, toks, i)
		// a place marker (the filter and gate in line: At is not)
		if t.placeMarkers.HasToken(&toks[i]) && t.markerGate.may(toks, i) {
			if mk, mok := t.markers.At(toks, i); mok && (mk.Value.kind == kPrefix || mk.Value.kind == kSub) &&
				mk.Last < len(toks) && !toks[mk.Last].LineBefore &&
				!(ok && nm.Last > mk.Last) { // an alias that opens like a marker ("TT. Huế") wins
				if nm, ok := t.nameAt(text, toks, mk.Last); ok && nm.Value.kind != kBlock {
					if mk.Value.kind == kPrefix {
						emit(i, nm.Last, nm.Value)
						i = nm.Last
						continue
					}
					i = t.dashJoined(text, toks, nm.Last)
					if mk.Value.list {
						i = listJoined(toks, i)
					}
					continue
				}
				if mk.Value.kind == kSub {
					// "cao tốc Nội Bài – Lào Cai": a road or river named by
					// capitalized words that are no province's name
					j := mk.Last
					for n := 0; n < 4 && j < len(toks) && toks[j].Kind == token.Word && toks[j].Upper && !toks[j].LineBefore; n++ {
						j++
					}
					if j > mk.Last {
						if mk.Value.list {
							i = listJoined(toks, j) // "thủy điện Huội Quảng, Sơn La"
							continue
						}
						if e := t.dashJoined(text, toks, j); e > j {
							i = e
							continue
						}
					}
				}
			}
		}
		if !ok {
			i++
			continue
		}
		e := nm.Value
		needs := e.needPrefix && !t.suffixAt(toks, nm.Last) && !inList(i, nm.Last)
		if e.kind != kBlock && !needs && allUpper(toks, nm.First, nm.Last) && !t.personBefore(text, toks, i) &&
			!t.nameAfter(text, toks, nm.Last) {
			emit(nm.First, nm.Last, e)
		}
		i = nm.Last
		if e.kind == kBlock && t.placeMarkers.HasToken(&toks[nm.First]) {
			if mk, mok := t.markers.At(toks, nm.First); mok && mk.Value.kind == kSub {
				i = t.dashJoined(text, toks, i) // "sông Hồng - Thái Bình": one river system
			}
		}
	}
	return out
}

// Lookup resolves one name or alias ("TP. Hồ Chí Minh", "Đác Lắc", "Soc Trang") as of date.
func Lookup(name string, date time.Time) (Unit, bool) {
	t := load()
	var buf [16]token.Token // a name is a few tokens: no allocation
	toks := token.AppendTokens(buf[:0], strings.TrimSpace(name))
	if len(toks) == 0 {
		return Unit{}, false
	}
	i := 0
	if mk, ok := t.markers.At(toks, 0); ok && mk.Value.kind == kPrefix && mk.Last < len(toks) {
		i = mk.Last
	}
	nm, ok := t.nameAt(name, toks, i)
	if !ok || nm.Last != len(toks) || nm.Value.kind == kBlock {
		return Unit{}, false
	}
	return t.unitOf(nm.Value, date), true
}

// Provinces merges matches into the record's list: one entry per unit, in
// order of first mention, with all mentions. Historical provinces are left
// out: the record lists units that stood at the article's date.
func Provinces(ms []Match) []schema.Province {
	out := []schema.Province{}
	for _, m := range ms {
		if m.Unit.Historical || m.Unit.Code == "" {
			continue
		}
		// an article names a few provinces: a linear search beats a map
		i := 0
		for i < len(out) && (out[i].Code != m.Unit.Code || out[i].Scheme != m.Unit.Scheme) {
			i++
		}
		if i == len(out) {
			out = append(out, schema.Province{Name: m.Unit.Name, Code: m.Unit.Code, Scheme: m.Unit.Scheme,
				Successor: m.Unit.Successor, SuccessorCode: m.Unit.SuccessorCode})
		}
		out[i].Mentions = append(out[i].Mentions, m.Span)
	}
	return out
}
