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
	if !p.same(j) || !p.is(j, "Đại") || !p.is(j+1, "hội") || !p.same(j+1) ||
		!(p.toks[i].Upper || p.toks[j].Upper) || p.classBefore("generic", start) {
		return Citation{}, start, false
	}
	e := j + 2
	if p.is(e, "đại") && p.is(e+1, "biểu") && p.same(e) && p.same(e+1) {
		e += 2
	}
	if !p.is(e, "Đảng") || !p.same(e) {
		return Citation{}, start, false
	}
	e++
	level, name := "nat", ""
	if p.is(e, "bộ") && p.same(e) {
		e++
		nameStart := e
		if le := p.classAt("level", e); le > 0 && p.same(e) {
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
		if p.is(e, "Cộng") && p.is(e+1, "sản") && p.is(e+2, "Việt") && p.is(e+3, "Nam") && p.same(e+3) {
			e += 4
		} else if p.is(e, "toàn") && p.is(e+1, "quốc") && p.same(e) && p.same(e+1) {
			e += 2
		}
	}
	if p.classAt("generic", e) >= 0 || p.is(e, "cấp") {
		return Citation{}, start, false
	}
	// "nhiệm kỳ 2020-2025" names which congress
	if p.is(e, "nhiệm") && p.is(e+1, "kỳ") && p.same(e) && p.same(e+1) && p.same(e+2) && yearish(p.key(e+2)) {
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
