package docs

import (
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// congressNameless reads a congress resolution cited without its number
// after "Nghị quyết" (token i the head, j the token after it):
// "Nghị quyết Đại hội Đảng", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh
// Quảng Bình", "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025".
// A national one needs "Đảng" (or "Đảng Cộng sản Việt Nam", "toàn quốc");
// a local one needs "Đảng bộ" and a level word (data/words.tsv class
// "level") or a capitalized place name. Generic plurals are refused:
// "Nghị quyết Đại hội Đảng các cấp", "các nghị quyết đại hội".
func (p *parser) congressNameless(start, i, j int) (Citation, int, bool) {
	if !p.same(j) || !p.isKey(j, kDai5) || !p.isKey(j+1, kHoi5) || !p.same(j+1) ||
		!(p.toks[i].Upper || p.toks[j].Upper) || p.classBefore(cGeneric, start) {
		return Citation{}, start, false
	}
	e := j + 2
	if p.isKey(e, kDai5) && p.isKey(e+1, kBieu3) && p.same(e) && p.same(e+1) {
		e += 2
	}
	if !p.isKey(e, kDang3) || !p.same(e) {
		return Citation{}, start, false
	}
	e++
	level, name := "nat", ""
	if p.isKey(e, kBo5) && p.same(e) {
		e++
		nameStart := e
		if le := p.classAt(cLevel, e); le > 0 && p.same(e) {
			level = "loc:" + p.nameKey(e, le)
			e = le
		} else {
			level = "loc:"
		}
		ns := e
		for n := 0; n < 6 && p.same(e) && p.kind(e) == token.Word && p.toks[e].Upper; n++ {
			e++
		}
		if e == nameStart {
			return Citation{}, start, false // "Đảng bộ các cấp", "Đảng bộ và"
		}
		name = p.nameKey(ns, e)
	} else {
		if p.isKey(e, kCong5) && p.isKey(e+1, kSan3) && p.isKey(e+2, kViet5) && p.isKey(e+3, kNam) && p.same(e+3) {
			e += 4
		} else if p.isKey(e, kToan2) && p.isKey(e+1, kQuoc1) && p.same(e) && p.same(e+1) {
			e += 2
		}
	}
	if p.classAt(cGeneric, e) >= 0 || p.isKey(e, kCap1) {
		return Citation{}, start, false
	}
	// "nhiệm kỳ 2020-2025" names which congress
	if p.isKey(e, kNhiem5) && p.isKey(e+1, kKy2) && p.same(e) && p.same(e+1) && p.same(e+2) && yearish(p.key(e+2)) {
		e += 3
		if p.key(e) == "-" && p.same(e) && p.same(e+1) && yearish(p.key(e+1)) {
			e += 2
		}
	}
	doc := schema.Document{Type: "Nghị quyết", TypeCode: "NQ", Issuer: "Đại hội đại biểu toàn quốc"}
	if level != "nat" {
		doc.Issuer = "Đại hội Đảng bộ"
	}
	return p.cite(start, e, doc, "c|"+level+"|"+name+"|0"), e, true
}

// articleBefore reports whether "Điều N" (an article of the law that
// follows), "dự thảo" or "dự án" stands just before token i: then a
// lower-case name after "Luật" is a law's name ("Điều 14 Luật thuế TNCN").
func (p *parser) articleBefore(i int) bool {
	if i >= 2 && p.kind(i-1) == token.Number && p.isKey(i-2, kDieu2) && p.same(i-1) && p.same(i) {
		return true
	}
	return i >= 2 && p.isKey(i-2, kDu5) && (p.isKey(i-1, kThao3) || p.isKey(i-1, kAn1)) && p.same(i-1) && p.same(i)
}

// titleStart reports whether token i follows a bracket or colon that opens
// a headline or label ("[Kharkov] Chiến lược giúp Nga", "Tin: Đề án ..."):
// a capitalized head there is a headline word, not a title.
func (p *parser) titleStart(i int) bool {
	switch p.key(i - 1) {
	case "]", "[", ":", "|":
		return true
	}
	return false
}

// codeBefore reports whether the number at token i continues a longer code
// ("QCVN 8-2: 2011/BYT", "1-2/2011/BYT"): a bare symbol there is not a
// citation. "Số: 24-BS/UBKTTU" (a header) is.
func (p *parser) codeBefore(i int) bool {
	if i == 0 || !p.same(i) {
		return false
	}
	switch {
	case p.kind(i-1) == token.Number:
		return true
	case p.key(i-1) == ":" || p.key(i-1) == "-" || p.key(i-1) == "/":
		return !p.isKey(i-2, kSo1)
	}
	return false
}

// parallelAfter reads the second half of a law name built of two parallel
// phrases joined by a comma, at token j (the comma): "Khám bệnh, chữa
// bệnh", "Phòng cháy, chữa cháy", "Phòng, chống mua bán người". The second
// half starts with "chống" or ends with the word that ends the first
// (two words on). It returns the token after it, or j.
func (p *parser) parallelAfter(j int) int {
	if p.key(j) != "," || !p.same(j+1) || p.kind(j+1) != token.Word || p.toks[j+1].Upper {
		return j
	}
	if p.isKey(j+1, kChong1) {
		return j + 2
	}
	if p.same(j+2) && p.kind(j+2) == token.Word && p.key(j+2) == p.key(j-1) {
		return j + 3
	}
	// "cứu nạn, cứu hộ": the first word repeats
	if p.same(j+2) && p.kind(j+2) == token.Word && p.key(j+1) == p.key(j-2) && p.kind(j-2) == token.Word && !p.toks[j+2].Upper {
		return j + 3
	}
	return j
}
