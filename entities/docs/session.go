package docs

import (
	"strconv"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

var (
	kPhien1 = token.Fold("phiên")
	kHop5   = token.Fold("họp")
	kThuong = token.Fold("thường")
)

// sessionResolution reads the resolution of a regular session named by
// the session after a capitalized "Nghị quyết" (token i the head, k the
// token after it): "Nghị quyết phiên họp Chính phủ thường kỳ tháng
// 2/2019", "Nghị quyết phiên họp thường kỳ tháng 5 của Chính phủ". The
// body, a known issuer after "phiên họp" or "của" + one after the month,
// is its issuer; the month, with its year when written, names which
// session. Without a month or a known body ("các nghị quyết phiên họp") it
// is none.
func (p *parser) sessionResolution(start, i, k int) (Citation, int, bool) {
	if !p.toks[i].Upper || !p.isKey(k, kPhien1) || !p.isKey(k+1, kHop5) || !p.same(k) || !p.same(k+1) {
		return Citation{}, start, false
	}
	j := k + 2
	issuer, code, _, e, ok := p.issuerPhrase(j)
	if ok {
		j = e
	}
	if p.isKey(j, kThuong) && p.isKey(j+1, kKy2) && p.same(j) && p.same(j+1) {
		j += 2
	}
	if !p.isKey(j, kThang1) || !p.same(j) || !p.same(j+1) || p.kind(j+1) != token.Number {
		return Citation{}, start, false
	}
	month, _ := strconv.Atoi(p.key(j + 1))
	if month < 1 || month > 12 {
		return Citation{}, start, false
	}
	j += 2
	year := ""
	if (p.key(j) == "/" || p.key(j) == "-") && p.same(j) && p.same(j+1) && yearish(p.key(j+1)) {
		year, j = p.key(j+1), j+2
	} else if p.isKey(j, kNawm) && p.same(j) && p.same(j+1) && yearish(p.key(j+1)) {
		year, j = p.key(j+1), j+2
	}
	if !ok && p.isKey(j, kCua3) && p.same(j) {
		// "... tháng 5 của Chính phủ"
		if issuer, code, _, e, ok = p.issuerPhrase(j + 1); ok {
			j = e
		}
	}
	if !ok {
		return Citation{}, start, false // the body holding the session is not named
	}
	doc := schema.Document{Type: "Nghị quyết", TypeCode: "NQ", Issuer: issuer, IssuerCode: code}
	return p.cite(start, j, doc, "s|"+code+"|"+strconv.Itoa(month)+"|"+year), j, true
}
