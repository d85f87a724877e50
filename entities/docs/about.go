package docs

import (
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// This file reads numberless documents named by what they are about:
// "Nghị quyết của Quốc hội về <subject>", "Nghị quyết bầu <office>",
// amending acts ("Luật sửa đổi, bổ sung một số điều của Luật ..."), known
// document names written in lower case (word class "known"), and the
// continuation of a law name after "và" ("Luật Tiêu chuẩn và quy chuẩn kỹ thuật").

// subjectEnd reads the subject after "về" at token j ("về thí điểm bổ sung
// một số cơ chế, chính sách đặc thù phát triển tỉnh Nghệ An") and returns
// the token after it, or j when there is no subject of at least two words.
// The subject runs to punctuation (a comma only when a lower-case word
// goes on), the end of the line or a stop word other than "và" and "của".
func (p *parser) subjectEnd(j int) int {
	if !p.isKey(j, kVe2) || !p.same(j+1) {
		return j
	}
	x, words := j+1, 0
	for n := 0; n < 40 && p.same(x); n++ {
		if e := p.horizon(x); e > x {
			x = e // the horizon ends the title
			words++
			break
		}
		if p.key(x) == "-" && p.kind(x-1) == token.Number && p.same(x+1) && p.kind(x+1) == token.Number {
			x++ // "giai đoạn 2030 - 2050"
			continue
		}
		if p.kind(x) == token.Punct {
			if (p.key(x) == "," || p.key(x) == "-") && words > 0 && p.same(x+1) && p.kind(x+1) == token.Word &&
				!p.toks[x+1].Upper && p.classAt(cStop, x+1) < 0 && p.classAt(cAndstop, x+1) < 0 {
				x++
				continue
			}
			break
		}
		if e := p.classAt(cStop, x); e > 0 && !p.isKey(x, kVa2) && !p.isKey(x, kCua3) {
			break
		}
		if p.isKey(x, kVa2) && (!p.same(x+1) || p.kind(x+1) != token.Word || p.classAt(cStop, x+1) >= 0) {
			break
		}
		x++
		words++
	}
	for x > j+1 && (p.isKey(x-1, kVa2) || p.isKey(x-1, kCua3)) {
		x--
		words--
	}
	if words < 2 {
		return j
	}
	return x
}

// aboutIssuer reads "Nghị quyết của Quốc hội về <subject>" after the head
// (token k is "của"): a numberless resolution or directive named by its
// issuer and subject; also a regulation (class abouttyped: "Quy định của
// Bộ Chính trị về luân chuyển cán bộ"), which is not cited by a bare title. The head is capitalized (a lower-case one is mostly
// generic: "các chỉ thị, nghị quyết của Trung ương về ..."), and not after
// a plural or indefinite word ("các Nghị quyết của Quốc hội về ...").
func (p *parser) aboutIssuer(start, i, k, ti int) ([]Citation, int) {
	if !p.d.aboutTyped[ti] || !p.isKey(k, kCua3) || !p.same(k) ||
		!p.toks[i].Upper || p.classBefore(cGeneric, i) || p.isKey(i-1, kMot5) || p.draftedBefore(i) {
		return nil, i // (drafted: "làm cơ sở để ban hành Nghị quyết của ... về ...")
	}
	name, code, _, e, ok := p.issuerPhrase(k + 1)
	if !ok {
		return nil, i
	}
	end := p.subjectEnd(e)
	if end == e {
		return nil, i
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code, Issuer: name, IssuerCode: code}
	return []Citation{p.cite(start, end, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, end))}, end
}

// personnel reads a resolution named by a personnel act on an office:
// "Nghị quyết bầu Ủy viên Ủy ban Thường vụ Quốc hội, Tổng Thư ký Quốc hội
// khóa XV", "Nghị quyết về việc miễn nhiệm ...". The verb is of word class
// "personnel"; the office is capitalized; the title runs to punctuation
// (a comma only before another capitalized office), the end of the line or
// a stop word ("đối với").
func (p *parser) personnel(start, i, k, ti int) ([]Citation, int) {
	if !p.d.titled[ti] || !p.toks[i].Upper ||
		p.classBefore(cGeneric, i) || !p.same(k) {
		return nil, i
	}
	j := k
	if p.isKey(j, kVe2) && p.isKey(j+1, kViec5) && p.same(j+1) {
		j += 2
	}
	v := p.classAt(cPersonnel, j)
	// "Nghị quyết phê chuẩn đề nghị của Thủ tướng Chính phủ về việc bổ
	// nhiệm Phó Thủ tướng ...": the proposer, then the act on the office
	if v > 0 && p.isKey(v, kDe2) && p.isKey(v+1, kNghi5) && p.isKey(v+2, kCua3) && p.same(v+2) {
		if _, _, _, e, ok := p.issuerPhrase(v + 3); ok && p.isKey(e, kVe2) && p.same(e) {
			y := e + 1
			if p.isKey(y, kViec5) && p.same(y) {
				y++
			}
			if w := p.classAt(cPersonnel, y); w > 0 {
				y = w
				if p.classAt(cRank, y) >= 0 {
					// a person follows, not the office: the title ends at the act
					doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
					return []Citation{p.cite(start, y, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, y))}, y
				}
			}
			v = y
		}
	}
	if v > 0 && p.isKey(v, kChuc1) && p.isKey(v+1, kVu5) && p.same(v+1) {
		v += 2 // "Nghị quyết phê chuẩn miễn nhiệm chức vụ Bộ trưởng ..."
	}
	if v < 0 || !p.same(v) || p.kind(v) != token.Word || !p.toks[v].Upper || p.classAt(cRank, v) >= 0 {
		return nil, i
	}
	x := v
	for n := 0; n < 25 && p.same(x); n++ {
		if p.kind(x) == token.Punct {
			if (p.key(x) == "," && p.same(x+1) && p.kind(x+1) == token.Word && p.toks[x+1].Upper) ||
				(p.key(x) == "-" && p.kind(x-1) == token.Number && p.same(x+1) && p.kind(x+1) == token.Number) {
				x++
				continue
			}
			break
		}
		if p.classAt(cStop, x) >= 0 {
			// "và" between capitals inside an office ("Hội đồng Quốc phòng và An ninh")
			if p.isKey(x, kVa2) && (p.toks[x-1].Upper || (x-2 >= v && p.toks[x-2].Upper)) && p.same(x+1) && p.kind(x+1) == token.Word && p.toks[x+1].Upper {
				x++
				continue
			}
			break
		}
		x++
	}
	if x-v < 2 {
		return nil, i
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
	return []Citation{p.cite(start, x, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, x))}, x
}

// amend reads an amending act: "Luật sửa đổi, bổ sung một số điều của Luật
// Tiêu chuẩn và quy chuẩn kỹ thuật", "Nghị quyết sửa đổi, bổ sung Nghị
// quyết số 119 của Quốc hội về ...". The act amended must itself be a
// citation; a numbered one is also returned as a document of its own. A
// bill being drafted ("xây dựng dự án Luật sửa đổi, bổ sung ... của Luật
// X") is not cited: the acts it amends are returned alone.
func (p *parser) amend(start, i, k, ti int) ([]Citation, int) {
	if !p.toks[i].Upper || !p.isKey(k, kSua3) || !p.isKey(k+1, kDoi3) || !p.same(k+1) || p.classBefore(cGeneric, i) {
		return nil, i
	}
	j := k + 2
	if p.key(j) == "," && p.same(j) {
		j++
	}
	if p.isKey(j, kBo3) && p.isKey(j+1, kSung) && p.same(j+1) {
		j += 2
	}
	if p.isKey(j, kMot5) && p.isKey(j+1, kSo1) && p.isKey(j+2, kDieu2) && p.same(j+2) {
		j += 3
		if p.isKey(j, kCua3) {
			j++
		}
	}
	m, ok := p.d.heads.At(p.toks, j)
	if !ok || !p.same(j) || !p.toks[j].Upper {
		return nil, i
	}
	inner, e := p.at(j)
	if len(inner) == 0 || e <= j {
		return nil, i
	}
	_ = m
	// "... của Luật Cán bộ, công chức và Luật Viên chức": more acts amended
	// by the same act, each with the head of the first
	for n := 0; n < 8 && (p.key(e) == "," || p.isKey(e, kVa2)) && p.same(e) && p.same(e+1) && p.toks[e+1].Upper; n++ {
		m2, ok := p.d.heads.At(p.toks, e+1)
		if !ok || m2.Value != m.Value || p.isKey(m2.Last, kSua3) {
			break // not a law, or another amending act ("Luật A, Luật sửa đổi ...")
		}
		more, e2 := p.at(e + 1)
		if len(more) == 0 || e2 <= e+1 {
			break
		}
		inner = append(inner, more...)
		e = e2
	}
	if x := p.subjectEnd(e); x > e {
		e = x
	}
	if p.draftedBefore(i) || (p.isKey(i-1, kAn1) && p.isKey(i-2, kDu5) && p.draftedBefore(i-2)) {
		// "xây dựng dự án Luật sửa đổi, bổ sung một số điều của Luật X": an
		// amending bill being drafted is not cited; the acts it amends are
		return inner, e
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
	out := []Citation{p.cite(start, e, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(k, e))}
	for _, c := range inner {
		if c.Document.Number != "" {
			out = append(out, c)
		}
	}
	return out, e
}

// known reads a document name of word class "known" at token i, in any
// case ("cương lĩnh xây dựng đất nước thời kỳ quá độ lên chủ nghĩa xã hội").
func (p *parser) known(start, i, ti int) ([]Citation, int) {
	e := p.classAt(cKnown, i)
	if e < 0 && p.toks[i].Upper {
		e = p.classAt(cKnowncap, i) // a name that is a citation only with a capital ("Quy định những điều ...")
	}
	if e < 0 {
		return nil, i
	}
	doc := schema.Document{Type: p.d.types[ti].Name, TypeCode: p.d.types[ti].Code}
	return []Citation{p.cite(start, e, doc, "t|"+p.d.typeKey(doc.Type)+"|"+p.nameKey(i, e))}, e
}

// andAfter continues a law name at "và" (token j): "Luật Tiêu chuẩn và quy
// chuẩn kỹ thuật", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ". The
// words after "và" (1 to 4, the first in lower case) must form a noun phrase that ends the name:
// not a type word (a new document), not a determiner or person (class
// "andstop": "và các văn bản", "và vợ hoặc chồng"), not a stop word, and
// followed by punctuation, the end of the line, a stop word or a year.
func (p *parser) andAfter(j int) int {
	if !p.isKey(j, kVa2) || !p.same(j+1) || p.kind(j+1) != token.Word {
		return j
	}
	x := j + 1
	if _, ok := p.d.heads.At(p.toks, x); ok && p.classAt(cLawsubject, x) < 0 {
		return j
	}
	if p.classAt(cAndstop, x) >= 0 || p.classAt(cStop, x) >= 0 || p.classAt(cNotname, x) >= 0 {
		return j
	}
	if p.toks[x].Upper {
		return j // a new name ("Luật Doanh nghiệp và Luật Chứng khoán", "các Luật ... và Nhà ở")
	}
	n := 0
	for ; n < 5 && p.same(x) && p.kind(x) == token.Word && p.classAt(cStop, x) < 0; n++ {
		x++
		if e := p.parallelAfter(x); e > x {
			x = e
		}
	}
	if n > 4 {
		return j
	}
	if p.same(x) && p.kind(x) == token.Word && p.classAt(cStop, x) < 0 {
		return j
	}
	if p.same(x) && p.kind(x) == token.Number && !yearish(p.key(x)) {
		return j
	}
	return x
}

// horizon reads the time horizon that ends many titles, at token j: "đến
// năm 2030", ", tầm nhìn đến năm 2045", "đến năm 2025, tầm nhìn đến năm
// 2030", and the period before it: "thời kỳ 2021-2030", "giai đoạn
// 2021 - 2025, tầm nhìn đến năm 2030". It returns the token after it, or j.
func (p *parser) horizon(j int) int {
	x := j
	if (p.isKey(x, kThoi2) && p.isKey(x+1, kKy2) || p.isKey(x, kGiai3) && p.isKey(x+1, kDoan6)) &&
		p.same(x+1) && p.same(x+2) && yearish(p.key(x+2)) && p.key(x+3) == "-" && p.same(x+3) && p.same(x+4) && yearish(p.key(x+4)) {
		if e := p.horizon(x + 5); e > x+5 {
			return e // "thời kỳ 2021-2030, tầm nhìn đến năm 2050"
		}
		return x + 5
	}
	// "tầm nhìn" or "định hướng" before the last horizon: ", tầm nhìn đến
	// năm 2045", ", định hướng đến năm 2035"
	view := func(x int) bool {
		return (p.isKey(x, kTam2) && p.isKey(x+1, kNhin2) || p.isKey(x, kDinh6) && p.isKey(x+1, kHuong3)) && p.same(x+1)
	}
	if p.key(x) == "," && view(x+1) && p.same(x+1) {
		x++
	}
	if view(x) {
		x += 2
	}
	if !p.same(x) || !p.isKey(x, kDen1) || !p.same(x+1) {
		return j
	}
	y := x + 1 // "đến năm 2030", or "đến 2030" after a view word
	if p.isKey(y, kNawm) {
		y++
	} else if x == j {
		return j
	}
	if !p.same(y) || !yearish(p.key(y)) {
		return j
	}
	if e := p.horizon(y + 1); e > y+1 {
		return e // "đến năm 2025, tầm nhìn đến năm 2030"
	}
	return y + 1
}
