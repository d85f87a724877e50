package eval

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var roman = map[string]string{"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
	"x": "10", "xi": "11", "xii": "12", "xiii": "13", "xiv": "14", "xv": "15", "xvi": "16",
	"xvii": "17", "xviii": "18", "xix": "19", "xx": "20"}

// fold lower-cases, strips diacritics (đ -> d) and folds every run of
// characters other than ASCII letters and digits to one space; with roman,
// tokens that are Roman numerals I..XX become Arabic. v is a JSON value,
// taken as Python's str(v); nil folds to "".
func fold(v any, romanNumerals bool) string {
	if v == nil {
		return ""
	}
	s := norm.NFD.String(pyStr(v))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case 'đ':
			r = 'd'
		case 'Đ':
			r = 'D'
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else {
			space = true
		}
	}
	out := b.String()
	if romanNumerals {
		toks := strings.Fields(out)
		for i, t := range toks {
			if a, ok := roman[t]; ok {
				toks[i] = a
			}
		}
		out = strings.Join(toks, " ")
	}
	return out
}

// tokens is fold(v).split().
func tokens(v any) []string { return strings.Fields(fold(v, false)) }

// place is a place name folded without its tinh/thanh pho/TP. prefix; an
// object gives its province, name or text.
func place(v any) string {
	if o := asObject(v); o != nil {
		v = or(o.get("province"), o.get("name"), o.get("text"), "")
	}
	s := fold(v, false)
	for _, p := range []string{"tinh ", "thanh pho ", "tp ", "t p "} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

// textOf is the Python script's text_of: the first truthy of the given
// keys, "text" and "name" of an object; a non-object value itself.
func textOf(x any, keys ...string) any {
	if o := asObject(x); o != nil {
		for _, k := range append(keys, "text", "name") {
			if v := o.get(k); truthy(v) {
				return v
			}
		}
		return ""
	}
	return or(x, "")
}

// tokenF1 is the F1 of the two texts' folded token multisets.
func tokenF1(a, b any) float64 {
	ta, tb := tokens(a), tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	pool := map[string]int{}
	for _, t := range tb {
		pool[t]++
	}
	common := 0
	for _, t := range ta {
		if pool[t] > 0 {
			common++
			pool[t]--
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(ta)), float64(common)/float64(len(tb))
	return 2 * p * r / (p + r)
}

// num is a number as written without leading zeros (the script's
// re.match(r"0*(\d+)")), or the folded text when it starts with no digit.
func num(v any) string {
	if v == nil {
		return ""
	}
	s := pyStrip(pyStr(v))
	end := 0
	for i, r := range s {
		if !unicode.IsDigit(r) {
			break
		}
		end = i + len(string(r))
	}
	if end == 0 {
		return fold(s, false)
	}
	d := s[:end]
	for len(d) > 1 && d[0] == '0' {
		d = d[1:]
	}
	return d
}

// titleFold folds a title with Roman numerals read as Arabic, without a
// leading "đồng chí" and without term qualifiers (khóa N, nhiệm kỳ N N).
func titleFold(v any) string {
	toks := strings.Fields(fold(v, true))
	if len(toks) > 2 && toks[0] == "dong" && toks[1] == "chi" {
		toks = toks[2:]
	}
	out := toks[:0:0]
	for i := 0; i < len(toks); {
		n := 0
		if toks[i] == "khoa" {
			n = 1
		} else if toks[i] == "nhiem" && i+1 < len(toks) && toks[i+1] == "ky" {
			n = 2
		}
		if n > 0 && i+n < len(toks) && isDigits(toks[i+n]) {
			i += n + 1
			if i < len(toks) && isDigits(toks[i]) {
				i++
			}
			continue
		}
		out = append(out, toks[i])
		i++
	}
	return strings.Join(out, " ")
}

func isDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// titleForms is the set of folded forms a predicted title matches by.
func titleForms(t any) map[string]bool {
	o := asObject(t)
	if o == nil {
		return map[string]bool{titleFold(t): true}
	}
	forms := map[string]bool{}
	if v := o.get("text"); truthy(v) {
		forms[titleFold(v)] = true
	}
	if v := o.get("role"); truthy(v) {
		forms[titleFold(pyStr(v)+" "+pyStr(or(o.get("organization"), "")))] = true
	}
	delete(forms, "")
	return forms
}

// kindOK: both meeting kinds non-empty after folding and one inside the other.
func kindOK(g, p any) bool {
	a, b := fold(g, false), fold(p, false)
	return a != "" && b != "" && (a == b || strings.Contains(b, a) || strings.Contains(a, b))
}

// readBody is the article body as the script reads it: universal newlines,
// the 4-line "source:" header skipped, HTML entities and literal \r\n, \n
// escapes undone.
func readBody(data []byte) string {
	text := strings.ToValidUTF8(string(data), "\uFFFD")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")
	if strings.HasPrefix(lines[0], "source:") {
		if len(lines) > 4 {
			text = strings.Join(lines[4:], "\n")
		} else {
			text = ""
		}
	}
	if strings.Contains(text, "&") {
		text = unescape(text)
	}
	text = strings.ReplaceAll(text, `\r\n`, "\n")
	return strings.ReplaceAll(text, `\n`, "\n")
}

var charref = regexp.MustCompile(`&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)`)

// invalidCharrefs is Python's html._invalid_charrefs.
var invalidCharrefs = map[int]string{
	0x00: "\ufffd", 0x0d: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a", 0x83: "\u0192",
	0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030",
	0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8d: "\x8d", 0x8e: "\u017d", 0x8f: "\x8f",
	0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
	0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203a",
	0x9c: "\u0153", 0x9d: "\x9d", 0x9e: "\u017e", 0x9f: "\u0178",
}

func invalidCodepoint(n int) bool {
	switch {
	case n >= 0x1 && n <= 0x8, n == 0xb, n >= 0xe && n <= 0x1f, n >= 0x7f && n <= 0x9f, n >= 0xfdd0 && n <= 0xfdef:
		return true
	}
	return n&0xfffe == 0xfffe && n <= 0x10ffff
}

// unescape is Python's html.unescape: numeric references by its rules,
// named ones through Go's table of HTML5 entities (the same list).
func unescape(s string) string {
	return charref.ReplaceAllStringFunc(s, func(m string) string {
		ref := m[1:]
		if ref[0] != '#' {
			return html.UnescapeString(m)
		}
		d := strings.TrimSuffix(ref[1:], ";")
		base := 10
		if d[0] == 'x' || d[0] == 'X' {
			d, base = d[1:], 16
		}
		n64, err := strconv.ParseInt(d, base, 64)
		n := int(n64)
		if err != nil || n64 > 0x10ffff {
			return "\ufffd"
		}
		if r, ok := invalidCharrefs[n]; ok {
			return r
		}
		if n >= 0xd800 && n <= 0xdfff {
			return "\ufffd"
		}
		if invalidCodepoint(n) {
			return ""
		}
		return string(rune(n))
	})
}
