package docs

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/vnpol/vnpol/entities/token"
)

// trail is what follows a citation: date of issue, issuer, term, plenum.
type trail struct {
	date       string // ISO
	year       int    // "năm 2017" alone
	issuer     string
	issuerCode string
	party      bool
	issEnd     int // token after "của <issuer>" when it directly follows the number (or its year, yearEnd); 0 otherwise
	yearEnd    int // token after "năm <year>" when it directly follows the number ("Nghị định số 10 năm 2022"); 0 otherwise
	// another issuer joined to the first by "và" or a comma, with another
	// code ("của Bộ Tài chính và Bộ GD&ĐT"): the issuer's partner when the
	// document is joint (resolve); join is the conjunction as written
	issuer2, issuer2Code, join string
	term                       string
	plenum                     int
	end                        int
}

func parseISO(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

// trailers reads, from token e, the phrases that qualify a citation:
// [,] ngày DATE | năm YEAR | của ISSUER [khóa T] | của Hội nghị lần thứ N ... | (khóa T) | khóa T.
func (p *parser) trailers(e int) trail {
	tr := trail{end: e}
	k := e
loop:
	for steps := 0; steps < 8 && k < len(p.toks) && p.same(k); steps++ {
		switch {
		case p.key(k) == ",":
			if p.same(k+1) && (p.isKey(k+1, kNgay2) || p.isKey(k+1, kCua3)) {
				k++
				continue
			}
			break loop
		case p.isKey(k, kNgay2):
			d, end, ok := p.date(k + 1)
			if !ok {
				break loop
			}
			tr.date, k = d, end
		case p.isKey(k, kNawm) && p.same(k+1) && yearish(p.key(k+1)):
			tr.year, _ = strconv.Atoi(p.key(k + 1))
			if k == e {
				tr.yearEnd = k + 2
			}
			k += 2
		case p.isKey(k, kCua3):
			if pl, end, ok := p.plenumPhrase(k+1, true); ok {
				tr.plenum, k = pl, end
				tr.issuer, tr.issuerCode, tr.party = "Ban Chấp hành Trung ương", "TW", true
				if terms, end2, ok := p.termPhrase(k); ok {
					tr.term, k = terms[0], end2
				}
				continue
			}
			name, code, party, end, ok := p.issuerPhrase(k + 1)
			if !ok && p.isKey(k+1, kLien) {
				// "của liên Bộ Tài chính và Bộ GD&ĐT": the ministries jointly
				name, code, party, end, ok = p.issuerPhrase(k + 2)
			}
			if !ok {
				break loop
			}
			if k == e || (tr.yearEnd > 0 && k == tr.yearEnd) {
				tr.issEnd = end // "Chỉ thị 05 của Bộ Chính trị", "Nghị định số 10 năm 2022 của Chính phủ"
			}
			tr.issuer, tr.issuerCode, tr.party, k = name, code, party, end
			if (p.isKey(k, kVa2) || p.key(k) == ",") && p.same(k) && p.same(k+1) {
				if m2, ok2 := p.d.issuerNames.At(p.toks, k+1); ok2 && p.d.issuers[m2.Value].Code != code {
					tr.issuer2, tr.issuer2Code, tr.join = p.d.issuers[m2.Value].Name, p.d.issuers[m2.Value].Code, " và "
					if p.key(k) == "," {
						tr.join = ", "
					}
				}
			}
			if terms, end2, ok := p.termPhrase(k); ok {
				tr.term, k = terms[0], end2
			} else if code == "TW" && p.kind(k) == token.Number && p.same(k) {
				// "Ban Chấp hành Trung ương 12": the term in Arabic numerals
				if n, _ := strconv.Atoi(p.key(k)); n >= 1 && n <= 20 {
					tr.term, k = roman(n), k+1
				}
			}
		case p.key(k) == "(":
			if terms, end, ok := p.termPhrase(k); ok {
				tr.term, k = terms[0], end
				continue
			}
			if pl, end, ok := p.plenumPhrase(k+1, true); ok {
				j := end
				var term string
				if terms, end2, ok := p.termPhrase(j); ok {
					term, j = terms[0], end2
				}
				if p.key(j) == ")" {
					tr.plenum, tr.term, k = pl, term, j+1
					tr.issuer, tr.issuerCode, tr.party = "Ban Chấp hành Trung ương", "TW", true
					continue
				}
			}
			break loop
		default:
			if terms, end, ok := p.termPhrase(k); ok {
				tr.term, k = terms[0], end
				continue
			}
			break loop
		}
		tr.end = k
	}
	if k > tr.end {
		tr.end = k
	}
	return tr
}

// date reads a date at token k: 25-10-2017, 25/10/2017, 25 tháng 10 năm 2017, 25-10/2017.
func (p *parser) date(k int) (string, int, bool) {
	if !p.same(k) || p.kind(k) != token.Number {
		return "", k, false
	}
	d, _ := strconv.Atoi(p.key(k))
	var m, y, end int
	switch {
	case (p.key(k+1) == "-" || p.key(k+1) == "/" || p.key(k+1) == ".") && p.kind(k+2) == token.Number &&
		(p.key(k+3) == "-" || p.key(k+3) == "/" || p.key(k+3) == ".") && p.kind(k+4) == token.Number:
		m, _ = strconv.Atoi(p.key(k + 2))
		y, _ = strconv.Atoi(p.key(k + 4))
		end = k + 5
	case p.isKey(k+1, kThang1) && p.kind(k+2) == token.Number && p.isKey(k+3, kNawm) && p.kind(k+4) == token.Number:
		m, _ = strconv.Atoi(p.key(k + 2))
		y, _ = strconv.Atoi(p.key(k + 4))
		end = k + 5
	default:
		return "", k, false
	}
	for j := k + 1; j < end; j++ {
		if !p.same(j) {
			return "", k, false
		}
	}
	if len(p.key(end-1)) != 4 || d < 1 || d > 31 || m < 1 || m > 12 || y < 1900 || y > 2100 {
		return "", k, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "", k, false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), end, true
}

// issuerPhrase reads an issuer named in prose at token k ("Bộ Chính trị",
// "Ban Chấp hành Trung ương Đảng", "Bộ Chính trị, Ban Bí thư").
func (p *parser) issuerPhrase(k int) (name, code string, party bool, end int, ok bool) {
	if !p.same(k) {
		return "", "", false, k, false
	}
	m, found := p.d.issuerNames.At(p.toks, k)
	if !found {
		return "", "", false, k, false
	}
	ii := p.d.issuers[m.Value]
	names := []string{ii.Name}
	end = m.Last
	for (p.key(end) == "," || p.isKey(end, kVa2)) && p.same(end) && p.same(end+1) {
		m2, ok2 := p.d.issuerNames.At(p.toks, end+1)
		if !ok2 || p.d.issuers[m2.Value].Code != ii.Code || m2.Last-m2.First < 2 {
			break
		}
		names = append(names, p.d.issuers[m2.Value].Name)
		end = m2.Last
	}
	return strings.Join(names, ", "), ii.Code, ii.Family == "party", end, true
}

// termPhrase reads "khóa XII", "(khóa XII)", "khóa XI, XII", "khoá 13" at token k.
func (p *parser) termPhrase(k int) ([]string, int, bool) {
	j := k
	paren := false
	if p.key(j) == "(" && p.same(j+1) {
		paren = true
		j++
	}
	if !(p.isKey(j, kKhoa1) || p.isKey(j, kKhoa1)) || !p.same(j+1) {
		return nil, k, false
	}
	j++
	var terms []string
	for {
		t := p.termValue(j)
		if t == "" {
			break
		}
		terms = append(terms, t)
		j++
		if (p.key(j) == "," || p.isKey(j, kVa2)) && p.same(j) && p.same(j+1) && p.termValue(j+1) != "" {
			j++
			continue
		}
		// the term word repeated: "khóa XI, khóa XII", "khóa XI và khóa XII"
		if (p.key(j) == "," || p.isKey(j, kVa2)) && p.same(j) && p.isKey(j+1, kKhoa1) && p.same(j+1) && p.same(j+2) && p.termValue(j+2) != "" {
			j += 2
			continue
		}
		break
	}
	if len(terms) == 0 {
		return nil, k, false
	}
	if paren {
		if p.key(j) != ")" {
			return nil, k, false
		}
		j++
	}
	return terms, j, true
}

// termValue reads one term at token j: a Roman numeral or a number 1..30.
func (p *parser) termValue(j int) string {
	if j >= len(p.toks) {
		return ""
	}
	if v := parseRoman(p.str(j)); v > 0 && v <= 30 {
		return roman(v)
	}
	if p.kind(j) == token.Number {
		if n, _ := strconv.Atoi(p.key(j)); n >= 1 && n <= 30 {
			return roman(n)
		}
	}
	return ""
}

// ord reads an ordinal at token j: 6, VI, sáu, mười một. It returns the value and the next token.
func (p *parser) ord(j int) (int, int) {
	if !p.same(j) {
		return 0, j
	}
	if p.kind(j) == token.Number {
		if n, _ := strconv.Atoi(p.key(j)); n >= 1 && n <= 50 && len(p.key(j)) <= 2 {
			return n, j + 1
		}
		return 0, j
	}
	if v := parseRoman(p.str(j)); v > 0 && v <= 50 {
		return v, j + 1
	}
	if m, ok := p.d.ords.At(p.toks, j); ok {
		return m.Value, m.Last
	}
	return 0, j
}

// plenumPhrase reads a plenum at token k: "Trung ương 4", "TW 4", "TW4", "T.Ư 4",
// "Hội nghị Trung ương 4", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng".
// needHoiNghi demands the leading "Hội nghị" (after "của").
func (p *parser) plenumPhrase(k int, needHoiNghi bool) (int, int, bool) {
	j := k
	if !p.same(j) {
		return 0, k, false
	}
	if p.isKey(j, kHoi5) && p.isKey(j+1, kNghi5) && p.same(j+1) {
		j += 2
	} else if needHoiNghi {
		return 0, k, false
	}
	if p.isKey(j, kLan2) && p.isKey(j+1, kThu1) && p.same(j+1) {
		v, e := p.ord(j + 2)
		if v == 0 {
			return 0, k, false
		}
		if m, ok := p.d.issuerNames.At(p.toks, e); ok && p.same(e) && p.d.issuers[m.Value].Name == "Ban Chấp hành Trung ương" && m.Last-m.First > 1 {
			e = m.Last
		}
		return v, e, true
	}
	switch {
	case p.isKey(j, kTrung) && p.isKey(j+1, kUong) && p.same(j+1):
		j += 2
	case (p.isKey(j, kTw) || p.key(j) == kTu) && p.toks[j].Upper && codeLike(p.str(j)):
		j++
	case p.isKey(j, kT) && p.key(j+1) == "." && p.isKey(j+2, kU) && p.same(j+1) && p.same(j+2):
		j += 3
	case strings.HasPrefix(p.key(j), "tw") && allDigits(p.key(j)[2:]) && codeLike(p.str(j)):
		n, _ := strconv.Atoi(p.key(j)[2:])
		if n >= 1 && n <= 30 {
			return n, j + 1, true
		}
		return 0, k, false
	default:
		return 0, k, false
	}
	if p.kind(j) != token.Number || !p.same(j) {
		return 0, k, false
	}
	n, _ := strconv.Atoi(p.key(j))
	if n < 1 || n > 30 || len(p.key(j)) > 2 {
		return 0, k, false
	}
	return n, j + 1, true
}
