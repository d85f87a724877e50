package docs

import (
	"strconv"
	"strings"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Documents merges citations into one entry per distinct document, in order
// of first mention, with every mention.
//
// Two citations are one document when they share a key: type + number
// (leading zeros ignored) for numbered ones, unless both name issuers and
// these differ (18-NQ/TW and 18/NQ-CP); plenum + term for plenum
// resolutions; level + number for congress resolutions; type + name for
// named ones (Hiến pháp, Luật Đất đai), and year when the text gives
// more than one for the name (Luật Đất đai 2013, 2024). A citation written without a type
// word (a bare symbol) joins the document with the same symbol. The entry
// keeps the first mention's fields, fills the ones it lacks from later
// mentions, and takes as Text the first mention that gives a symbol (else
// the first mention).
func Documents(cs []Citation) []schema.Document {
	var out []schema.Document
	idx := map[string]int{}
	// a plenum resolution without a written term joins one of the same
	// plenum whose term the text states ("Nghị quyết Trung ương 4" after
	// "Nghị quyết Trung ương 4 (khóa XII)")
	explicit := map[int]string{}
	for _, c := range cs {
		if c.Document.Plenum > 0 && c.Document.TypeCode == "NQ" && c.Document.Number == "" && c.Document.Term != "" && !c.Document.TermInferred {
			if _, ok := explicit[c.Document.Plenum]; !ok {
				explicit[c.Document.Plenum] = c.Document.Term
			}
		}
	}
	// a congress resolution cited without its number ("Nghị quyết Đại hội
	// Đảng") joins the only numbered one of the same level in the text
	numbered := map[string]string{}
	for _, c := range cs {
		if lv, _, n, ok := congressKey(c.key); ok && n != "0" {
			if old, seen := numbered[lv]; seen && old != c.key {
				numbered[lv] = ""
			} else {
				numbered[lv] = c.key
			}
		}
	}
	// a named document written with a year ("Luật Đất đai năm 2013") is one
	// document per year; a mention without the year joins the first year
	// the text gives for that name ("Luật đất đai" after "Luật Đất đai năm
	// 2024 ... so với Luật Đất đai năm 2013")
	var years map[string]int
	for _, c := range cs {
		if c.Document.Year > 0 && strings.HasPrefix(c.key, "t|") {
			if years == nil {
				years = map[string]int{}
			}
			if _, ok := years[c.key]; !ok {
				years[c.key] = c.Document.Year
			}
		}
	}
	var named []string // keys of named documents, in order of first mention
	for _, c := range cs {
		k := c.key
		if y, ok := years[k]; ok {
			if c.Document.Year > 0 {
				y = c.Document.Year
			}
			k += "|" + strconv.Itoa(y)
		}
		if lv, _, n, ok := congressKey(k); ok && n == "0" && numbered[lv] != "" {
			k = numbered[lv]
		}
		if d := c.Document; d.Plenum > 0 && d.TypeCode == "NQ" && d.Number == "" && (d.Term == "" || d.TermInferred) {
			if t, ok := explicit[d.Plenum]; ok {
				c.Document.Term, c.Document.TermInferred = t, false
				k = "p|" + strconv.Itoa(d.Plenum) + "|" + t
			}
		}
		if k == "" {
			k = "x|" + token.FoldPhrase(c.Document.Text)
		}
		j, ok := idx[k]
		if ok && conflict(out[j], c.Document) {
			k += "|" + issuerFamily(c.Document.IssuerCode)
			j, ok = idx[k]
		}
		if !ok && strings.HasPrefix(k, "t|") && c.Document.Number == "" {
			// "Luật Quy hoạch đô thị và nông thôn" after "Luật Quy hoạch đô
			// thị và quy hoạch nông thôn": one draft cited in two wordings
			for _, nk := range named {
				if x := idx[nk]; sameName(nk, k) && out[x].Number == "" {
					j, ok = x, true
					break
				}
			}
		}
		if !ok && c.bare && c.Document.Symbol != "" {
			for x := range out {
				if strings.EqualFold(out[x].Symbol, c.Document.Symbol) {
					j, ok = x, true
					break
				}
			}
		}
		if !ok {
			d := c.Document
			d.Mentions = []schema.Span{c.Span}
			if strings.HasPrefix(k, "t|") {
				named = append(named, k)
			}
			idx[k] = len(out)
			out = append(out, d)
			continue
		}
		merge(&out[j], c)
	}
	return out
}

func issuerFamily(code string) string {
	code = strings.SplitN(code, "-", 2)[0]
	return strings.TrimRight(strings.ToUpper(code), "0123456789")
}

func conflict(a, b schema.Document) bool {
	return a.IssuerCode != "" && b.IssuerCode != "" && issuerFamily(a.IssuerCode) != issuerFamily(b.IssuerCode)
}

func merge(d *schema.Document, c Citation) {
	d.Mentions = append(d.Mentions, c.Span)
	o := c.Document
	if d.Number == "" && o.Number != "" {
		d.Number = o.Number
	}
	if d.Symbol == "" && o.Symbol != "" {
		d.Symbol, d.Text = o.Symbol, o.Text
		if d.TypeCode == "" || o.TypeCode != "" {
			d.TypeCode = o.TypeCode
		}
	}
	if d.Issuer == "" {
		d.Issuer, d.IssuerCode = o.Issuer, o.IssuerCode
	} else if d.IssuerCode == "" {
		d.IssuerCode = o.IssuerCode
	}
	if d.Date == "" && o.Date != "" {
		d.Date = o.Date
	}
	if d.Year == 0 {
		d.Year = o.Year
	}
	if (d.Term == "" || d.TermInferred) && o.Term != "" && !o.TermInferred {
		d.Term, d.TermInferred = o.Term, false
	} else if d.Term == "" && o.Term != "" {
		d.Term, d.TermInferred = o.Term, o.TermInferred
	}
	if d.Plenum == 0 {
		d.Plenum = o.Plenum
	}
}

// congressKey splits a congress key: "c|nat|13" (numbered) or
// "c|loc:tinh|quang binh|0" (cited without its number).
func congressKey(k string) (level, name, n string, ok bool) {
	f := strings.Split(k, "|")
	switch {
	case len(f) == 3 && f[0] == "c":
		return f[1], "", f[2], true
	case len(f) == 4 && f[0] == "c":
		return f[1], f[2], f[3], true
	}
	return "", "", "", false
}

// sameName reports whether two keys of named documents ("t|type|name")
// name one document in two wordings: same type, no year in either key,
// the shorter name has five words or more and is a subsequence of the
// longer, and the names' word F1 is at least 0.8. "Luật Quy hoạch đô thị
// và nông thôn" is "Luật Quy hoạch đô thị và quy hoạch nông thôn";
// "Luật Đầu tư" is not "Luật Đầu tư công", nor "Luật Quy hoạch đô thị"
// "Luật Quy hoạch đô thị và nông thôn".
func sameName(a, b string) bool {
	fa, fb := strings.Split(a, "|"), strings.Split(b, "|")
	if len(fa) != 3 || len(fb) != 3 || fa[0] != "t" || fb[0] != "t" || fa[1] != fb[1] || fa[2] == fb[2] {
		return false
	}
	wa, wb := strings.Fields(fa[2]), strings.Fields(fb[2])
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) < 5 {
		return false
	}
	x := 0
	for _, w := range wb {
		if x < len(wa) && wa[x] == w {
			x++
		}
	}
	if x < len(wa) {
		return false
	}
	return 2*float64(len(wa))/float64(len(wa)+len(wb)) >= 0.8
}
