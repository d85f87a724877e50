package docs

import (
	"strconv"
	"strings"
	"time"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// sym is a document number with what follows it: a Party symbol
// (35-CT/TW), a state symbol (30/2020/NĐ-CP, 759/QĐ-TTg, 4912/UBND-NC) or
// a year (195/2008).
type sym struct {
	num    string // the number as written
	year   string // the year of a state symbol or of "195/2008"
	sym    string // normalized number and symbol, "" when the text gives none
	code   string // type abbreviation as written (CT, QĐi, NĐ)
	typ    int    // types index from the abbreviation, -1 if none
	issuer string // issuer code(s) as written (TW, BNV-VPCP, QH13)
	party  bool   // Party shape NUMBER-TYPE/ISSUER
	end    int    // token after the number and symbol
}

func yearish(s string) bool {
	if len(s) != 4 || !allDigits(s) {
		return false
	}
	y, _ := strconv.Atoi(s)
	return y >= 1930 && y <= 2100
}

// pickKey chooses among the types sharing an abbreviation (by its key,
// token.Fold of it; a word token's Key is that already): the first row for
// a Party symbol, the last for a state symbol (TT: Thông tri / Thông tư).
func (p *parser) pickKey(key string, party bool) int {
	ix := p.d.codes[key]
	if len(ix) == 0 {
		return -1
	}
	if party {
		return ix[0]
	}
	return ix[len(ix)-1]
}

// issuerIndex resolves an issuer code (QH13 and UBTVQH15 drop their legislature number).
func (p *parser) issuerIndex(code string) int {
	return p.issuerIndexKey(token.Fold(code))
}

// issuerIndexKey is issuerIndex of a code's key (token.Fold of it).
func (p *parser) issuerIndexKey(k string) int {
	if i, ok := p.d.issuerCode[k]; ok {
		return i
	}
	k = strings.TrimRight(k, "0123456789")
	if i, ok := p.d.issuerCode[k]; ok && k != "" {
		return i
	}
	return -1
}

// symbolAt reads the number at token j and the symbol after it. strict
// (no type word before) demands a symbol whose type or issuer is known.
func (p *parser) symbolAt(j int, strict bool) (sym, bool) {
	s := sym{num: p.str(j), typ: -1, end: j + 1}
	if len(s.num) > 5 {
		return s, false
	}
	k := j + 1
	if !p.same(k) {
		return s, !strict
	}
	sep := p.key(k)
	// dates, ranges, scores, phone numbers: 25-7-2020, 2020-2025, 3-1, 25/10
	if (sep == "-" || sep == "/" || sep == "." || sep == ",") && p.same(k+1) && p.kind(k+1) == token.Number {
		if !(sep == "/" && yearish(p.str(k+1))) {
			if sep == "," {
				return s, !strict // a list: "18, 19-NQ/TW"
			}
			return s, false
		}
	}
	// Party: NUMBER-TYPE/ISSUER, the dash may be missing ("19 KL/TW")
	c := k
	if sep == "-" && p.same(c+1) {
		c++
	}
	if p.kind(c) == token.Word && p.same(c) && len(p.d.codes[p.key(c)]) > 0 &&
		p.key(c+1) == "/" && p.same(c+1) && p.same(c+2) && p.kind(c+2) == token.Word && codeLike(p.str(c+2)) {
		s.code, s.issuer, s.party, s.end = p.str(c), p.str(c+2), true, c+3
		s.typ = p.pickKey(p.key(c), true)
		s.sym = s.num + "-" + s.code + "/" + s.issuer
		if p.key(c+3) == "/" && p.same(c+3) && p.same(c+4) && p.kind(c+4) == token.Number && yearish(p.str(c+4)) {
			// a year after the issuer part: "Thông báo Kết luận số 20-TB/KL/2022"
			s.sym += "/" + p.str(c+4)
			s.end = c + 5
		}
		return s, true
	}
	if sep != "/" || !p.same(k+1) {
		return s, !strict
	}
	// State: NUMBER/[YEAR/]GROUP(-GROUP)*
	g := k + 1
	if p.kind(g) == token.Number {
		if !yearish(p.str(g)) {
			return s, false
		}
		s.year = p.str(g)
		if p.key(g+1) == "/" && p.same(g+1) && p.same(g+2) && p.kind(g+2) == token.Word {
			g += 2
		} else {
			s.end = g + 1
			return s, !strict
		}
	}
	if p.kind(g) != token.Word || !codeLike(p.str(g)) {
		if s.year != "" {
			s.end = g - 1
			return s, !strict
		}
		return s, !strict
	}
	groups := []string{p.str(g)}
	e := g + 1
	for p.key(e) == "-" && p.same(e) && p.same(e+1) && p.kind(e+1) == token.Word && codeLike(p.str(e+1)) {
		groups = append(groups, p.str(e+1))
		e += 2
	}
	known := false
	g0 := p.key(g) // token.Fold(groups[0]): a word's key is its fold
	if t := p.pickKey(g0, false); t >= 0 && len(groups) > 1 {
		s.typ, s.code, s.issuer = t, groups[0], strings.Join(groups[1:], "-")
		known = true
	} else {
		s.issuer = strings.Join(groups, "-")
		if ii := p.issuerIndexKey(g0); ii >= 0 {
			known = true
			c := strings.TrimRight(g0, "0123456789")
			if c != "qh" && c != "ubtvqh" {
				s.typ = p.d.cvType // a công văn: issuer and unit, no type letters
			}
		}
	}
	if strict && !known {
		return s, false
	}
	s.sym = s.num + "/"
	if s.year != "" {
		s.sym += s.year + "/"
	}
	s.sym += strings.Join(groups, "-")
	s.end = e
	return s, true
}

// listEnd reports whether token n may follow a bare number in a list of numbers.
func (p *parser) listEnd(n int) bool {
	if n >= len(p.toks) || p.toks[n].LineBefore {
		return true
	}
	if p.kind(n) == token.Punct {
		return p.key(n) != "-" && p.key(n) != "/"
	}
	return p.isKey(n, kVa2) || p.isKey(n, kCua3) || p.isKey(n, kNgay2) || p.isKey(n, kVe2)
}

// numbered reads a numbered citation: a type word (head; -1 when none was
// written) then, at token k, a number with or without a symbol, possibly a
// list of numbers sharing the type, then the date, issuer and term.
func (p *parser) numbered(start, k, head int) ([]Citation, int) {
	s, ok := p.symbolAt(k, head < 0)
	reg := false // a registry number: no quantity ("số 38121000171 cấp ngày ...": issued, not "3 cấp")
	if !ok && head >= 0 && p.d.regNumber[head] && (p.isKey(k-1, kSo1) || p.key(k-1) == ":" && p.isKey(k-2, kSo1)) {
		// a certificate's registry number after "số": "Giấy chứng nhận đăng
		// ký doanh nghiệp số 0106389481" (a tax code, not a count)
		if n := p.str(k); len(n) > 5 && len(n) <= 15 && allDigits(n) && (!p.same(k+1) || p.kind(k+1) != token.Number) {
			s, ok, reg = sym{num: n, typ: -1, end: k + 1}, true, true
		}
	}
	if !ok {
		return nil, start
	}
	if head >= 0 && p.d.types[head].Mode == "generic" && s.sym == "" && !p.genericNumber(k, s) {
		return nil, start
	}
	if head >= 0 && p.d.types[head].Mode == "treaty" && s.sym == "" && !p.isKey(k-1, kSo1) {
		return nil, start // "vốn cho Hiệp định 2": a part of a program, not a treaty's number
	}
	if s.sym == "" && s.end+1 < len(p.toks) && p.key(s.end) == "," && !p.toks[s.end].SpaceBefore &&
		p.kind(s.end+1) == token.Number && !p.toks[s.end+1].SpaceBefore {
		return nil, start // "khớp lệnh 74,8 triệu": a decimal number, no document's
	}
	if s.sym == "" && !reg && p.same(s.end) && p.classAt(cUnit, s.end) >= 0 &&
		!(p.dateAfter(s.end) && (p.isKey(s.end, kNgay2) || len(s.num) >= 2 || p.isKey(k-1, kSo1))) {
		return nil, start // "Kế hoạch 5 năm", "Chỉ thị 3 điểm", "kế hoạch 5 năm 2021"; not "Nghị định số 10 năm 2022"
	}
	if s.sym == "" && s.year == "" && head >= 0 && !p.isKey(k-1, kSo1) && !p.isKey(k-2, kSo1) && yearish(s.num) {
		return nil, start // "kế hoạch 2015": a year, not a number
	}
	if s.sym == "" && head >= 0 && (p.d.types[head].Mode == "org" || p.d.types[head].Mode == "bare") {
		return nil, start // "điều lệ 70"
	}
	items := []sym{s}
	e := s.end
	if head >= 0 {
		for (p.key(e) == "," || p.isKey(e, kVa2)) && p.same(e) && p.same(e+1) && p.kind(e+1) == token.Number {
			s2, ok := p.symbolAt(e+1, false)
			if !ok || (s2.sym == "" && !p.listEnd(s2.end)) || (s2.sym == "" && s.sym != "") {
				break
			}
			items = append(items, s2)
			e = s2.end
		}
	}
	// "các Nghị quyết số 18, 19-NQ/TW": the last symbol is shared by the bare numbers before it
	if last := items[len(items)-1]; last.party && len(items) > 1 {
		for x := range items[:len(items)-1] {
			if items[x].sym == "" {
				items[x].code, items[x].issuer, items[x].party, items[x].typ = last.code, last.issuer, true, last.typ
				items[x].sym = items[x].num + "-" + last.code + "/" + last.issuer
			}
		}
	}
	tr := p.trailers(e)
	if tr.date == "" && len(items) == 1 && head >= 0 {
		tr.date = p.leadDate(start) // "Ngày 22/2, Thủ tướng đã có Công điện số 18/CĐ-TTg"
	}
	var out []Citation
	for x, it := range items {
		doc := p.resolve(head, it, tr)
		from, to := start, it.end
		if x > 0 {
			from = k
			for from < len(p.toks) && p.toks[from].Start < p.toks[it.end-1].Start && p.str(from) != it.num {
				from++
			}
		}
		if it.sym == "" && tr.yearEnd > 0 && x == len(items)-1 {
			to = tr.yearEnd // "Nghị định số 10 năm 2022": the year is part of a short citation
		}
		if it.sym == "" && tr.issEnd > 0 && x == len(items)-1 {
			to = tr.issEnd // "Chỉ thị 05 của Bộ Chính trị": the issuer is part of a short citation
		}
		c := p.cite(from, to, doc, "n|"+p.d.typeKey(doc.Type)+"|"+normNum(it.num))
		c.bare = head < 0
		out = append(out, c)
	}
	end := tr.end
	if end < e {
		end = e
	}
	return out, end
}

// leadDate is the day of a dateline lead whose subject issues the
// document cited at token i: "Ngày 22/2, Thủ tướng Chính phủ đã có Công
// điện số 18/CĐ-TTg", "Ngày 5/3/2024, Bộ Y tế ban hành Quyết định số 12".
// A verb of issuing (class issueverb) ends right before the type word,
// and the sentence opens with "Ngày D/M[/YYYY],"; a day without a year
// takes the article's year (the year before when the day falls more than
// two days after the article's date). "" if none.
func (p *parser) leadDate(i int) string {
	if i < 1 || !p.d.issueLast.HasToken(&p.toks[i-1]) {
		return ""
	}
	v := -1
	for j := i - 1; j >= i-3 && j >= 0; j-- {
		if p.classAt(cIssueverb, j) == i {
			v = j
			break
		}
	}
	if v < 0 {
		return ""
	}
	// "ngày D/M[/YYYY]," opening the sentence or a clause after a comma,
	// the nearest before the verb
	s := -1
	for j := v - 4; j >= 0 && j >= v-40; j-- {
		if p.isKey(j, kNgay2) && (p.sentenceStart(j) || p.key(j-1) == ",") && p.kind(j+1) == token.Number &&
			p.kind(j+3) == token.Number && (p.key(j+2) == "/" || p.key(j+2) == "-" || p.key(j+2) == ".") &&
			p.same(j+1) && p.same(j+2) && p.same(j+3) {
			s = j
			break
		}
		if p.sentenceStart(j) {
			break
		}
	}
	if s < 0 {
		return ""
	}
	d, _ := strconv.Atoi(p.key(s + 1))
	m, _ := strconv.Atoi(p.key(s + 3))
	y, end := 0, s+4
	if p.key(end) == p.key(s+2) && p.kind(end+1) == token.Number && len(p.key(end+1)) == 4 && p.same(end+1) {
		y, _ = strconv.Atoi(p.key(end + 1))
		end += 2
	}
	if p.key(end) != "," || end >= v {
		return ""
	}
	if y == 0 {
		if p.artDate.IsZero() {
			return ""
		}
		y = p.artDate.Year()
		if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).After(p.artDate.AddDate(0, 0, 2)) {
			y--
		}
	}
	if d < 1 || d > 31 || m < 1 || m > 12 || y < 1900 || y > 2100 {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return ""
	}
	return t.Format("2006-01-02")
}

// jointCode reports whether a symbol's issuer part names both codes:
// "BTC-BGDĐT" for Bộ Tài chính and Bộ Giáo dục và Đào tạo (not
// "BGDĐT-KHTC", a ministry and its department).
func jointCode(sym, a, b string) bool {
	hasA, hasB := false, false
	for part := range strings.SplitSeq(sym, "-") {
		hasA = hasA || strings.EqualFold(part, a)
		hasB = hasB || strings.EqualFold(part, b)
	}
	return hasA && hasB
}

func (p *parser) bareSymbol(i int, s sym) ([]Citation, int) {
	return p.numbered(i, i, -1)
}

func normNum(n string) string {
	t := strings.TrimLeft(n, "0")
	if t == "" {
		return "0"
	}
	return t
}

// resolve fills a document from the type word, the number and symbol, and the trailers.
func (p *parser) resolve(head int, s sym, tr trail) schema.Document {
	var doc schema.Document
	ti := -1
	if head >= 0 {
		ti = head
		if p.d.types[head].Mode == "generic" {
			ti = s.typ
			if ti < 0 {
				ti = p.d.cvType
			}
		}
	} else {
		ti = s.typ
	}
	if ti >= 0 {
		doc.Type = p.d.types[ti].Name
		doc.TypeCode = p.d.types[ti].Code
	}
	if s.code != "" {
		doc.TypeCode = s.code
	}
	doc.Number = s.num
	doc.Symbol = s.sym
	if s.year != "" {
		doc.Year, _ = strconv.Atoi(s.year)
	}
	party := s.party
	switch {
	case tr.issuer != "":
		doc.Issuer, doc.IssuerCode = tr.issuer, tr.issuerCode
		if s.issuer != "" {
			doc.IssuerCode = s.issuer
		}
		if tr.issuer2 != "" && (jointCode(s.issuer, tr.issuerCode, tr.issuer2Code) || strings.Contains(doc.Type, "liên tịch")) {
			// a joint document (40/2015/TTLT-BTC-BGDĐT, "Thông tư liên tịch"):
			// "của Bộ Tài chính và Bộ GD&ĐT" names both issuers
			doc.Issuer += tr.join + tr.issuer2
		}
		party = party || tr.party
	case s.issuer != "":
		doc.IssuerCode = s.issuer
		first := strings.SplitN(s.issuer, "-", 2)[0]
		if ii := p.issuerIndex(first); ii >= 0 {
			doc.Issuer = p.d.issuers[ii].Name
			if strings.EqualFold(first, "TW") && ti >= 0 && p.d.types[ti].TWIssuer != "" {
				doc.Issuer = p.d.types[ti].TWIssuer
			}
			party = party || p.d.issuers[ii].Family == "party"
		}
	}
	if tr.date != "" {
		doc.Date = tr.date
		if doc.Year == 0 {
			doc.Year, _ = strconv.Atoi(tr.date[:4])
		}
	} else if tr.year > 0 && doc.Year == 0 {
		doc.Year = tr.year
	}
	doc.Plenum = tr.plenum
	if tr.term != "" {
		doc.Term = tr.term
	} else if party && tr.date != "" && centralCode(doc.IssuerCode) {
		// the Central Committee's term: not for a provincial or lower
		// committee's document (747-QĐ/TU), whose terms are its own
		if d, err := parseISO(tr.date); err == nil {
			if t := p.d.termOf(d); t != "" {
				doc.Term, doc.TermInferred = t, true
			}
		}
	}
	return doc
}

// genericNumber reports whether "văn bản" + a number without a symbol
// (number at token k) cites a document: "văn bản 168 của công ty",
// "văn bản số 2379 ngày 19/5". The number is no year and no quantity
// ("văn bản 2 trang", "văn bản 2016"); a trailer follows it: "của",
// "ngày", "gửi", "về", or, after "số" or for a number of two digits or
// more, the end of a clause.
func (p *parser) genericNumber(k int, s sym) bool {
	if s.year != "" || yearish(s.num) || !allDigits(s.num) || s.end != k+1 {
		return false
	}
	n := s.end
	if p.isKey(n, kCua3) || p.isKey(n, kNgay2) || p.isKey(n, kGui3) || p.isKey(n, kVe2) {
		return p.same(n)
	}
	if !p.isKey(k-1, kSo1) && len(s.num) < 2 {
		return false
	}
	if n >= len(p.toks) || p.toks[n].LineBefore {
		return true
	}
	switch p.key(n) {
	case ",", ".", ";", ")":
		return true
	}
	return false
}

// dateAfter reports whether token j starts "ngày" + a date of issue
// ("Văn bản số 2379 ngày 19/5"), not a count of days ("5 ngày"), or the
// year or month of issue: "năm" + a year ("Nghị định số 10 năm 2022", not
// "Kế hoạch 5 năm"), "tháng" + month and year ("Quyết định 2282 tháng
// 8-2024", not "Chỉ thị 3 tháng").
func (p *parser) dateAfter(j int) bool {
	if p.isKey(j, kNawm) && p.same(j+1) && p.kind(j+1) == token.Number {
		return yearish(p.str(j+1)) && !(p.same(j+2) && (p.key(j+2) == "-" || p.key(j+2) == "–")) // not a range ("5 năm 2021-2025")
	}
	if p.isKey(j, kThang1) && p.same(j+1) && p.kind(j+1) == token.Number && p.same(j+2) && p.same(j+3) {
		switch p.key(j + 2) {
		case "/", "-":
			return p.kind(j+3) == token.Number && yearish(p.str(j+3))
		}
		return false
	}
	if !p.isKey(j, kNgay2) || !p.same(j+1) || p.kind(j+1) != token.Number || !p.same(j+2) {
		return false
	}
	switch p.key(j + 2) {
	case "/", "-", ".":
		return p.same(j+3) && p.kind(j+3) == token.Number
	}
	return p.isKey(j+2, kThang1)
}

// centralCode reports an issuer code of the Party's centre: TW and the
// central organs' codes that end in TW (BTCTW, UBKTTW), or none written.
func centralCode(code string) bool {
	first := strings.ToUpper(strings.SplitN(code, "-", 2)[0])
	return first == "" || strings.HasSuffix(first, "TW")
}
