// Package token splits normalized Vietnamese text into tokens that keep
// their byte offsets, and folds each token to a matching key.
//
// The traps this package handles:
//
//   - Tone-mark placement. "Hòa" and "Hoà", "Ủy" and "Uỷ", "khóa" and "khoá"
//     are the same syllable written under the old and the new placement rule;
//     NFC keeps them distinct. A token's Key strips the five tone marks and
//     appends the tone as a digit (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng), so
//     both placements give "hoa2", "uy3", "khoa1". Vowel-quality marks
//     (ă â ê ô ơ ư) and đ are kept: "tinh" (tinh gọn) and "tỉnh" (province)
//     stay apart.
//   - Case. Keys are lower-case; Token.Upper keeps whether the token began
//     with a capital, which name and organ recognizers use as a weak hint.
//   - Offsets. Every token carries [Start, End) byte offsets into the text,
//     so text[t.Start:t.End] is the token as written.
//
// Words are maximal runs of letters, combining marks and digits; every other
// non-space rune (punctuation, symbols) is a token of its own. Underscores
// are punctuation.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Kind is the class of a token.
type Kind uint8

const (
	// Word is a run of letters (and digits) with at least one letter.
	Word Kind = iota
	// Number is a run of digits only.
	Number
	// Punct is a single punctuation or symbol rune.
	Punct
)

// Token is one token of a text.
type Token struct {
	Start, End int
	// Key is the folded form used for matching (see the package doc).
	Key  string
	Kind Kind
	// Upper reports whether the token starts with an upper-case letter.
	Upper bool
	// LineBefore reports whether a line break separates the token from the previous one.
	LineBefore bool
	// SpaceBefore reports whether white space separates the token from the previous one.
	SpaceBefore bool
}

// Text returns the token as written in src.
func (t Token) Text(src string) string { return src[t.Start:t.End] }

// Tokenize splits text into tokens.
//
// The keys of the words are folded into one buffer per call and sliced out
// of it, so a call allocates the token slice and a few key buffers rather
// than one string per word.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1) // about 5.6 bytes a token in news text
	var keys keyBuf
	keys.b = make([]byte, 0, len(text)/2+16)
	line, space := false, false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\r':
				line, space = true, true
				i++
				continue
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				space = true
				i++
				continue
			case asciiWord[c]:
				j, key, letters := keys.word(text, i)
				k := Number
				if letters {
					k = Word
				}
				toks = append(toks, Token{Start: i, End: j, Key: key, Kind: k,
					Upper: 'A' <= c && c <= 'Z', LineBefore: line, SpaceBefore: space})
				line, space = false, false
				i = j
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			line, space = true, true
			i += n
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff':
			space = true
			i += n
		case isWordRune(r):
			j, key, letters := keys.word(text, i)
			k := Number
			if letters {
				k = Word
			}
			toks = append(toks, Token{Start: i, End: j, Key: key, Kind: k,
				Upper: unicode.IsUpper(r), LineBefore: line, SpaceBefore: space})
			line, space = false, false
			i = j
		default:
			key := text[i : i+n]
			if f, ok := punctFold[r]; ok {
				key = f
			}
			toks = append(toks, Token{Start: i, End: i + n, Key: key, Kind: Punct,
				LineBefore: line, SpaceBefore: space})
			line, space = false, false
			i += n
		}
	}
	return toks
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// keyBuf holds the folded keys of one Tokenize call. Bytes once written
// are never written again (append only writes past len, and a grown
// buffer is a new array), so the keys can be strings over it.
type keyBuf struct{ b []byte }

// word scans the word starting at text[i] and returns its end, its key and
// whether it holds a letter (not only digits).
func (kb *keyBuf) word(text string, i int) (end int, key string, letters bool) {
	j := i
	ascii, lower := true, true
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			if c > '9' {
				letters = true
				if c <= 'Z' {
					lower = false
				}
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isWordRune(r) {
			break
		}
		ascii = false
		if !unicode.IsDigit(r) {
			letters = true
		}
		j += n
	}
	w := text[i:j]
	if ascii && lower {
		return j, w, letters
	}
	start := len(kb.b)
	b, ok := foldAppend(kb.b, w)
	if !ok {
		kb.b = b[:start]
		return j, foldSlow(w), letters
	}
	kb.b = b
	return j, unsafe.String(unsafe.SliceData(b[start:]), len(b)-start), letters
}

// punctFold maps typographic variants to one key: dashes to "-", quotes to
// '"' and "'", so that matching treats them alike while the text keeps them.
var punctFold = map[rune]string{
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'\u201c': `"`, '\u201d': `"`, '\u201e': `"`, '\u00ab': `"`, '\u00bb': `"`,
	'\u2018': "'", '\u2019': "'", '\u201a': "'",
	'\uff0c': ",", '\uff1a': ":", '\uff1b': ";",
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tone marks as combining characters, and the digit each folds to.
var toneDigit = map[rune]byte{'\u0301': '1', '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5'}

// Fold returns the matching key of a word: lower case, tone mark moved out
// of the word as a trailing digit (see the package doc). ASCII words only
// get lower-cased.
func Fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			if 'A' <= w[i] && w[i] <= 'Z' {
				return strings.ToLower(w)
			}
		}
		return w
	}
	var buf [64]byte
	b, ok := foldAppend(buf[:0], w)
	if !ok {
		return foldSlow(w) // decomposed input
	}
	return string(b)
}

// foldAppend appends the key of w to b through the table of precomposed
// letters; ok is false for words with combining marks (decomposed input),
// which fold through foldSlow.
func foldAppend(b []byte, w string) (_ []byte, ok bool) {
	var tone byte
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case r >= foldLo && r < foldHi && foldTab[r-foldLo].base != 0:
			e := foldTab[r-foldLo]
			b = utf8.AppendRune(b, e.base)
			if e.tone != 0 {
				tone = e.tone
			}
		case unicode.Is(unicode.Mn, r):
			return b, false
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	if tone != 0 {
		b = append(b, tone)
	}
	return b, true
}

// foldSlow folds through NFD, for words with combining marks.
func foldSlow(w string) string {
	d := norm.NFD.String(strings.ToLower(w))
	var b strings.Builder
	b.Grow(len(d) + 1)
	var tone byte
	for _, r := range d {
		if t, ok := toneDigit[r]; ok {
			tone = t
			continue
		}
		b.WriteRune(r)
	}
	out := norm.NFC.String(b.String())
	if tone != 0 {
		out += string(tone)
	}
	return out
}

// foldTab maps each precomposed Latin letter in [foldLo, foldHi) to its
// lower-case form without tone mark, and the tone digit it carried.
const foldLo, foldHi = 0xC0, 0x1F00

type foldEntry struct {
	base rune
	tone byte
}

var foldTab = func() []foldEntry {
	t := make([]foldEntry, foldHi-foldLo)
	for r := rune(foldLo); r < foldHi; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		d := norm.NFD.String(strings.ToLower(string(r)))
		var tone byte
		var rest []rune
		for _, c := range d {
			if tt, ok := toneDigit[c]; ok {
				tone = tt
				continue
			}
			rest = append(rest, c)
		}
		base := []rune(norm.NFC.String(string(rest)))
		if len(base) != 1 {
			continue
		}
		t[r-foldLo] = foldEntry{base: base[0], tone: tone}
	}
	return t
}()

// FoldPhrase folds every token of a phrase and joins the keys with single
// spaces: the key a lexicon uses for the phrase.
func FoldPhrase(s string) string {
	toks := Tokenize(s)
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	return strings.Join(keys, " ")
}

// ASCII strips every diacritic and maps đ to d, lower-casing: "Sóc Trăng"
// becomes "soc trang". A fallback key for unaccented text.
func ASCII(s string) string {
	var buf [128]byte
	b, ok := AppendASCII(buf[:0], s)
	if !ok { // combining marks, other scripts, bad UTF-8
		return asciiSlow(s)
	}
	return string(b)
}

// AppendASCII appends ASCII(s) to dst without allocating when every rune
// of s is ASCII or a precomposed letter with a plain ASCII fold (all of
// Vietnamese); otherwise it returns dst unchanged and ok false, and the
// caller uses ASCII.
func AppendASCII(dst []byte, s string) (_ []byte, ok bool) {
	n := len(dst)
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case r >= foldLo && r < foldHi && asciiTab[r-foldLo] != "":
			dst = append(dst, asciiTab[r-foldLo]...)
		default:
			return dst[:n], false
		}
	}
	return dst, true
}

// asciiTab is asciiSlow of each precomposed letter in [foldLo, foldHi)
// whose form is plain ASCII, so that ASCII can work rune by rune.
var asciiTab = func() []string {
	t := make([]string, foldHi-foldLo)
	for r := rune(foldLo); r < foldHi; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		a := asciiSlow(string(r))
		ok := a != ""
		for i := 0; i < len(a); i++ {
			ok = ok && a[i] < utf8.RuneSelf
		}
		if ok {
			t[r-foldLo] = a
		}
	}
	return t
}()

// asciiSlow is ASCII through NFD, for any input.
func asciiSlow(s string) string {
	d := norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
