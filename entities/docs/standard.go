package docs

import (
	"strconv"
	"strings"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// standard reads a national standard or technical regulation cited by its
// code (types.tsv mode standard): "QCVN 8-2:2011/BYT", "QCVN 8-2: 2011/BYT",
// "TCVN 5945:2005", "QCVN 08-MT:2015/BTNMT". Its number is the part before
// the colon (hyphenated parts kept: "8-2", "08-MT"), then the year and the
// issuing body's code; the symbol is written whole and without spaces, the
// code first, as the issuer publishes it. head is the code token (QCVN),
// k the token after it.
func (p *parser) standard(start, i, k, head int) ([]Citation, int) {
	ti := p.d.types[head]
	if p.kind(k) != token.Number || !p.same(k) || !p.toks[k].SpaceBefore {
		return nil, i
	}
	var num strings.Builder
	num.WriteString(p.tokText(k))
	j := k + 1
	// hyphenated parts, written without spaces ("8-2", "08-MT", "01-1"), or
	// with spaces when a part number and the year's colon follow ("TCVN
	// 11892 - 1:2017")
	for p.key(j) == "-" && p.same(j+1) {
		tight := !p.toks[j].SpaceBefore && !p.toks[j+1].SpaceBefore &&
			(p.kind(j+1) == token.Number || p.kind(j+1) == token.Word && p.toks[j+1].Upper)
		spaced := p.kind(j+1) == token.Number && p.key(j+2) == ":" && !p.toks[j+2].SpaceBefore
		if !tight && !spaced {
			break
		}
		num.WriteString("-" + p.tokText(j+1))
		j += 2
	}
	doc := schema.Document{Type: ti.Name, TypeCode: ti.Code, Number: num.String()}
	sym := ti.Code + " " + doc.Number
	end := j
	// ":" and a year, a space allowed after the colon
	if p.key(j) == ":" && !p.toks[j].SpaceBefore && p.kind(j+1) == token.Number && yearish(p.key(j+1)) && p.same(j+1) {
		doc.Year, _ = strconv.Atoi(p.key(j + 1))
		sym += ":" + p.key(j+1)
		end = j + 2
		// "/" and the issuer's code
		if p.key(end) == "/" && !p.toks[end].SpaceBefore && end+1 < len(p.toks) && !p.toks[end+1].SpaceBefore && p.toks[end+1].Upper {
			if idx, ok := p.d.issuerCode[p.key(end+1)]; ok {
				doc.Issuer, doc.IssuerCode = p.d.issuers[idx].Name, p.d.issuers[idx].Code
				sym += "/" + p.d.issuers[idx].Code
				end += 2
			}
		}
	}
	doc.Symbol = sym
	return []Citation{p.cite(i, end, doc, "s|"+token.Fold(sym))}, end
}

// tokText is the text of token i as written.
func (p *parser) tokText(i int) string { return p.text[p.toks[i].Start:p.toks[i].End] }
