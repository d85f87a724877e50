// Package docs recognizes citations of Party and state documents
// (35-CT/TW, 30/2020/NĐ-CP, "Nghị quyết Trung ương 4 (khóa XII)") and
// resolves them to type, number, symbol, issuer, date, term and plenum.
//
// The recognizer works on tokens (package token), in the spirit of
// eyecite: knowledge lives in data/*.tsv (types with their symbol codes,
// issuers with their codes and prose names, Party terms, ordinals, word
// classes); a cheap prefilter (a type word from the lexicon, or a number
// token followed by "-" or "/") selects the places worth parsing; small
// anchored parsers over tokens then read the citation and what follows it
// (date of issue, "của" + issuer, khóa, plenum).
//
// Overlap rule: scanning left to right, at each token the longest citation
// that starts there wins and the scan resumes after it (the rule of package
// lexicon). See README.md.
package docs

import (
	"time"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Citation is one mention of a document.
type Citation struct {
	Span schema.Span
	// Document holds the resolved fields; its Text is the citation as written
	// (text[Span.Start:Span.End]) and Mentions holds just Span.
	Document schema.Document
	// key identifies the document for merging (see Documents).
	key string
	// bare is set when no type word was written (the type comes from the symbol code).
	bare bool
	// shortAbbrev is set for an abbreviated head and a number alone ("NĐ 168",
	// "CT 128"): no "số", symbol or trailer.
	shortAbbrev bool
}

// Find returns every citation in text (tokens from token.Tokenize(text)),
// left to right; date is the article's date (zero if unknown), used to
// infer the term of Party documents.
func Find(text string, toks []token.Token, date time.Time) []Citation {
	p := &parser{text: text, toks: toks, d: data(), artDate: date}
	var out []Citation
	for i := 0; i < len(toks); {
		if i = p.d.candidate(toks, i); i >= len(toks) {
			break
		}
		cs, next := p.at(i)
		if len(cs) == 0 || next <= i {
			i++
			continue
		}
		if out == nil {
			out = make([]Citation, 0, max(4, len(cs))) // most texts cite a few: fewer regrowths
		}
		out = append(out, cs...)
		i = next
	}
	return dropLoneAbbrev(out)
}

// dropLoneAbbrev drops an abbreviated head and a number alone ("CT 128",
// "NĐ 3061", "HD 599") unless the text cites the same type and number in
// another form ("Nghị định 168/2024/NĐ-CP ... NĐ 168"): alone, such a pair is
// mostly a model, a device or a boat's registration ("máy chụp CT 128 lát
// cắt", "tàu NĐ 3061", "tai nghe Sennheiser HD 599").
func dropLoneAbbrev(cs []Citation) []Citation {
	n := 0
	for i := range cs {
		if cs[i].shortAbbrev {
			n++
		}
	}
	if n == 0 {
		return cs
	}
	out := make([]Citation, 0, len(cs))
	for i := range cs {
		if cs[i].shortAbbrev && !citedElsewhere(cs, i) {
			continue
		}
		out = append(out, cs[i])
	}
	return out
}

// citedElsewhere reports whether a citation other than cs[i], not itself an
// abbreviation alone, has cs[i]'s type code and number.
func citedElsewhere(cs []Citation, i int) bool {
	d := &cs[i].Document
	for j := range cs {
		e := &cs[j].Document
		if j != i && !cs[j].shortAbbrev && e.TypeCode == d.TypeCode && normNum(e.Number) == normNum(d.Number) {
			return true
		}
	}
	return false
}

type parser struct {
	text    string
	toks    []token.Token
	d       *tables
	artDate time.Time
}

func (p *parser) key(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].Key
}

// same reports whether token i exists and is on the same line as token i-1.
func (p *parser) same(i int) bool { return i > 0 && i < len(p.toks) && !p.toks[i].LineBefore }

func (p *parser) kind(i int) token.Kind {
	if i < 0 || i >= len(p.toks) {
		return token.Punct
	}
	return p.toks[i].Kind
}

func (p *parser) str(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].Text(p.text)
}

// span returns the span of tokens [i, j).
func (p *parser) span(i, j int) schema.Span {
	return schema.Span{Start: p.toks[i].Start, End: p.toks[j-1].End}
}

// cite builds a citation over tokens [i, j).
func (p *parser) cite(i, j int, doc schema.Document, key string) Citation {
	sp := p.span(i, j)
	doc.Text = p.text[sp.Start:sp.End]
	doc.Mentions = []schema.Span{sp}
	return Citation{Span: sp, Document: doc, key: key}
}

// classAt returns the end of a phrase of the word class starting at token i, or -1.
func (p *parser) classAt(class wordClass, i int) int {
	lx := p.d.classLex[class]
	if lx == nil || i < 0 || i >= len(p.toks) || !lx.FirstKeys().HasToken(&p.toks[i]) {
		return -1
	}
	if m, ok := lx.At(p.toks, i); ok {
		return m.Last
	}
	return -1
}

// classBefore reports whether a phrase of the class (one or two words) ends just before token i.
func (p *parser) classBefore(class wordClass, i int) bool {
	set := p.d.classSet[class]
	if i-1 >= 0 && set[p.key(i-1)] {
		return true
	}
	if i-2 < 0 || p.toks[i-1].LineBefore {
		return false
	}
	var buf [64]byte // the two words' phrase, looked up without a string
	b := append(append(append(buf[:0], p.key(i-2)...), ' '), p.key(i-1)...)
	return set[string(b)]
}

// headEndsAt reports whether a type word of one or two words ends right
// before token i on its line ("nghị định" before "quy định").
func (p *parser) headEndsAt(i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if !p.d.headStarts.HasToken(&p.toks[j]) || p.toks[j+1].LineBefore {
			continue
		}
		if m, ok := p.d.heads.At(p.toks, j); ok && m.Last == i {
			return true
		}
	}
	return false
}

// quotedTitle reads a title in quotation marks that opens with a
// capitalized type word: the whole quotation is the document's name, of
// that type, whatever type words it holds ("phê duyệt \"Kế hoạch sắp xếp
// lại và Đề án cơ cấu lại Tổng công ty X đến năm 2025\""). The type word
// follows the opening mark without a space; the closing mark comes on the
// same line within 60 tokens, two words at least after the type word.
func (p *parser) quotedTitle(start, i, k, ti int) ([]Citation, int) {
	if start != i || i < 2 || p.key(i-1) != `"` || !p.same(i) || !p.same(i-1) || p.toks[i].SpaceBefore || !p.toks[i].Upper ||
		!p.toks[i-1].SpaceBefore || p.kind(i-2) != token.Word || p.isKey(i-2, kVe2) {
		// (a quotation after a colon or opening its sentence is speech:
		// "nhận xét: \"Quyết định thật ...\""; after "về" it is the subject
		// of a document named before it)
		return nil, i
	}
	if p.classAt(cNotname, k) >= 0 {
		return nil, i // "“Luật pháp là tối thượng ...”": a common noun opens the quotation
	}
	for e := k; e < len(p.toks) && e < i+60 && p.same(e); e++ {
		if p.key(e) == "." || p.key(e) == "?" || p.key(e) == "!" {
			return nil, i // a sentence inside: speech
		}
		if p.key(e) != `"` {
			continue
		}
		if e-k < 2 {
			return nil, i
		}
		doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
		return []Citation{p.cite(i, e, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, e))}, e + 1
	}
	return nil, i
}

// at tries every recognizer at token i and returns the citations found and
// the token to resume at.
func (p *parser) at(i int) ([]Citation, int) {
	t := &p.toks[i]
	if t.Kind == token.Number {
		if s, ok := p.symbolAt(i, true); ok && s.sym != "" && s.typ >= 0 && !p.codeBefore(i) {
			return p.bareSymbol(i, s)
		}
		return nil, i
	}
	if !p.d.headStarts.HasToken(t) { // a one-bit test spares the call at most tokens
		return nil, i
	}
	m, ok := p.d.heads.At(p.toks, i)
	if !ok {
		return nil, i
	}
	ti := p.d.types[m.Value]
	if lf := p.d.lowerFlag[m.Value]; lf != 0 && !t.Upper {
		if lf == lowerPlan && p.kind(m.Last) != token.Number {
			return nil, i // "công tác quy hoạch": a plan is cited by its capitalized title only
		}
		if lf == lowerVerb && i > 0 && !t.LineBefore && p.toks[i-1].Kind == token.Word && p.headEndsAt(i) {
			return nil, i // "nghị định quy định 5 chế độ": the document noun's verb
		}
	}
	start := i
	if i >= 2 && p.isKey(i-2, kDu5) && p.isKey(i-1, kThao3) && !p.toks[i-1].LineBefore && !p.toks[i].LineBefore {
		start = i - 2
	}
	if cs, end := p.known(start, i, m.Value); len(cs) > 0 {
		return cs, end
	}
	// abbreviated heads (NQ, CT, KL...) only directly before a number
	abbrev := m.Last-m.First == 1 && len(t.Key) <= 4 && codeLike(t.Text(p.text))
	k := m.Last
	if p.isKey(k, kSo1) && p.same(k) {
		k++
		if p.key(k) == ":" && p.same(k) {
			k++
		}
	}
	if ti.Mode == "law" && p.classBefore(cNotbefore, i) && !(t.Upper && p.issuerBefore(i)) {
		return nil, i // pháp luật, kỷ luật, quy luật
	}
	if ti.Mode == "standard" {
		return p.standard(start, i, k, m.Value)
	}
	if p.kind(k) == token.Number && p.same(k) && !(ti.Mode == "bare" && yearish(p.key(k))) && !(k == m.Last && p.d.lowerFlag[m.Value] == lowerPlan) {
		// (a plan, "Quy hoạch", is named by its title, never by a number: "kết cấu quy hoạch 1 trệt 3 lầu")
		if cs, end := p.numbered(start, k, m.Value); len(cs) > 0 {
			if abbrev && k == m.Last && len(cs) == 1 && cs[0].Span.End == p.toks[k].End {
				cs[0].shortAbbrev = true // "NĐ 168": checked against the text's other citations (Find)
			}
			return cs, end
		}
		if ti.Mode != "law" && ti.Mode != "bare" && ti.Mode != "cap" {
			return nil, i
		}
	}
	if abbrev || k != m.Last {
		return nil, i
	}
	if t.Upper && !t.SpaceBefore && i >= 2 && p.toks[i-1].Kind == token.Punct && p.toks[i-1].Key == `"` {
		if cs, end := p.quotedTitle(start, i, k, m.Value); len(cs) > 0 {
			return cs, end
		}
	}
	if p.d.quotedName[m.Value] && p.key(k) == `"` {
		if cs, end := p.quotedName(start, i, k, m.Value); len(cs) > 0 {
			return cs, end
		}
	}
	if ti.Mode == "number" || ti.Mode == "law" {
		if cs, end := p.amend(start, i, k, m.Value); len(cs) > 0 {
			return cs, end
		}
	}
	switch ti.Mode {
	case "number":
		if ti.Code == "NQ" {
			if cs, end := p.plenum(start, k); len(cs) > 0 {
				return cs, end
			}
			if c, end, ok := p.congress(start, k); ok {
				return []Citation{c}, end
			}
			if c, end, ok := p.sessionResolution(start, i, k); ok {
				return []Citation{c}, end
			}
		}
		if p.isKey(k, kCua3) && p.d.types[m.Value].Code == "KL" {
			if c, end, ok := p.plenumConclusion(start, i, k, m.Value); ok {
				return []Citation{c}, end
			}
		}
		if cs, end := p.aboutIssuer(start, i, k, m.Value); len(cs) > 0 {
			return cs, end
		}
		if cs, end := p.personnel(start, i, k, m.Value); len(cs) > 0 {
			return cs, end
		}
		if cs, end := p.titled(start, i, k, m.Value); len(cs) > 0 {
			return cs, end
		}
		return p.yearTitle(start, i, k, m.Value)
	case "law":
		return p.law(start, i, k, m.Value)
	case "org":
		return p.org(start, i, k, m.Value)
	case "bare":
		return p.bare(start, i, k, m.Value)
	case "cap":
		return p.capName(start, i, k, m.Value)
	case "report":
		return p.report(start, i, k, m.Value)
	case "treaty":
		return p.treaty(start, i, k, m.Value)
	}
	return nil, i
}
