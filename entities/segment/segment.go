// Package segment splits normalized text into paragraphs and sentences,
// keeping byte offsets.
//
// The trap: a full stop does not always end a Vietnamese sentence.
// Abbreviations ("TP. Sóc Trăng", "TS. Nguyễn", "PGS.TS.", "Q. 1", "ThS."),
// initials in bylines ("T.S"), numbered items ("1.", "1.1.") and decimals
// ("2.5") keep the sentence open. Scraped text also drops the space after a
// full stop ("tới dự.Báo cáo"), which still ends a sentence when a capital
// follows.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnpol/vnpol/schema"
)

// Paragraphs returns the spans of the non-empty lines of text, trimmed of
// surrounding white space.
func Paragraphs(text string) []schema.Span {
	return AppendParagraphs(nil, text)
}

// AppendParagraphs is Paragraphs appending to dst, so that a caller can
// reuse one slice.
func AppendParagraphs(dst []schema.Span, text string) []schema.Span {
	for start := 0; start <= len(text); {
		s, e, next := line(text, start)
		if s < e {
			dst = append(dst, schema.Span{Start: s, End: e})
		}
		start = next
	}
	return dst
}

// line returns the trimmed span of the line at text[start:] and where the
// next line starts.
func line(text string, start int) (s, e, next int) {
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += start
	}
	s, e = trim(text, start, end)
	return s, e, end + 1
}

// trim narrows text[s:e] to drop the white space around it (and U+FEFF,
// U+200B). Most spans start and end with a byte that is no white space
// nor part of a rune that may be (spaceEdge): they are returned as they
// are, in line, and only the others are looked at rune by rune.
func trim(text string, s, e int) (int, int) {
	if s < e && !spaceEdge[text[s]] && !spaceEdge[text[e-1]] {
		return s, e
	}
	return trimRunes(text, s, e)
}

// spaceEdge marks the bytes a span that starts or ends with them may have
// to lose: ASCII white space, and every byte of a multi-byte rune (the
// white space runes past ASCII, U+FEFF and U+200B are multi-byte).
var spaceEdge = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c == ' ' || '\t' <= c && c <= '\r' || c >= utf8.RuneSelf
	}
	return t
}()

func trimRunes(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf { // ASCII: unicode.IsSpace's six
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			s++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		s += n
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		e -= n
	}
	return s, e
}

// isAbbrev reports whether a word is an abbreviation that does not end a
// sentence when a full stop follows it, compared case-sensitively with
// the word before the stop ("TP.HCM" is none).
func isAbbrev(w string) bool {
	switch w {
	case "TP", "Tp", "tp", "TS", "ThS", "PGS", "GS", "BS",
		"KS", "CN", "NCS", "Q", "H", "TX", "TT", "P",
		"X", "Th", "Ths", "St", "Mr", "Mrs", "Dr", "TSKH",
		"PGS.TS", "GS.TS", "v.v", "vv", "Tr", "tr", "Nxb", "NXB":
		return true
	}
	return false
}

// Sentences returns the sentence spans of text. Sentences never cross a
// line break.
func Sentences(text string) []schema.Span {
	return AppendSentences(nil, text)
}

// AppendSentences is Sentences appending to dst, so that a caller can
// reuse one slice.
func AppendSentences(dst []schema.Span, text string) []schema.Span {
	var sc stopScan // one for the whole text: its cursors run across lines
	sc.init(0)
	for start := 0; start <= len(text); {
		s, e, next := line(text, start)
		if s < e {
			dst = appendSentences(dst, text, s, e, &sc)
		}
		start = next
	}
	return dst
}

func appendSentences(out []schema.Span, text string, start, end int, sc *stopScan) []schema.Span {
	s := start
	for i := start; i < end; {
		// the stops are ASCII, or "…" (E2 80 A6), and no byte of a
		// multi-byte rune is ASCII: find the next candidate byte
		i = sc.next(text, i, end)
		if i >= end {
			break
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		}
		j := i + n
		// absorb runs of terminal punctuation and closing quotes/brackets
		for j < end {
			if c := text[j]; c < utf8.RuneSelf { // ASCII: the rune is the byte
				if c == '.' || c == '!' || c == '?' || c == '"' || c == ')' {
					j++
					continue
				}
				break
			}
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 == '”' || r2 == '’' || r2 == '…' {
				j += n2
				continue
			}
			break
		}
		if isBoundary(text, start, i, j, end, r) {
			a, b := trim(text, s, j)
			if a < b {
				out = appendSpan(out, text, a, b)
			}
			s = j
		}
		i = j
	}
	if a, b := trim(text, s, end); a < b {
		out = appendSpan(out, text, a, b)
	}
	return out
}

// appendSpan appends the span [a, b) to out, giving an empty out room for
// the sentences of a text of 128 bytes a sentence, so that it seldom
// regrows (news runs at 140 bytes a sentence).
func appendSpan(out []schema.Span, text string, a, b int) []schema.Span {
	if cap(out) == 0 {
		out = make([]schema.Span, 0, len(text)/128+4)
	}
	return append(out, schema.Span{Start: a, End: b})
}

// The stops are '.', '!', '?' and "…", which is looked for whole (its lead
// byte E2 also opens the quotes and dashes, which are frequent).

// stopScan finds the next stop with one cursor per stop (strings.IndexByte
// or strings.Index, vectorized; the stops are rare, so each cursor moves
// by long jumps) instead of testing every byte. A cursor holds the first
// stop of its kind at or past where it last looked, anywhere in the text:
// a stop past a line's end is the cursor's answer for a later line, so
// that no line looks again at the bytes past it.
type stopScan struct{ at [4]int } // the cursors of '.', '!', '?' and "…"

// init sets every cursor as unknown: before position i.
func (sc *stopScan) init(i int) {
	for k := range sc.at {
		sc.at[k] = i - 1
	}
}

// next returns the position of the first stop byte in text[i:end], or end.
func (sc *stopScan) next(text string, i, end int) int {
	// the cursors one by one, rather than in a loop: most calls only read them
	if sc.at[0] < i {
		sc.at[0] = indexFrom(text, i, '.')
	}
	if sc.at[1] < i {
		sc.at[1] = indexFrom(text, i, '!')
	}
	if sc.at[2] < i {
		sc.at[2] = indexFrom(text, i, '?')
	}
	if sc.at[3] < i {
		if n := strings.Index(text[i:], "…"); n >= 0 {
			sc.at[3] = i + n
		} else {
			sc.at[3] = len(text)
		}
	}
	return min(end, sc.at[0], sc.at[1], sc.at[2], sc.at[3])
}

// indexFrom returns the position of the first byte b in text[i:], or
// len(text).
func indexFrom(text string, i int, b byte) int {
	if n := strings.IndexByte(text[i:], b); n >= 0 {
		return i + n
	}
	return len(text)
}

// wordByte marks the ASCII bytes of the word before a stop: letters,
// digits and '.'.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.'
	}
	return t
}()

// decodeLastRune is utf8.DecodeLastRuneInString(text[start:w]) with the
// three-byte runes of U+1000-U+1FFF (Vietnamese letters with tone marks
// live in U+1E00-U+1EFF) and the two-byte ones decoded in line.
func decodeLastRune(text string, start, w int) (rune, int) {
	if w-3 >= start && text[w-3] == 0xE1 && text[w-2]&0xC0 == 0x80 && text[w-1]&0xC0 == 0x80 {
		return 0x1000 | rune(text[w-2]&0x3F)<<6 | rune(text[w-1]&0x3F), 3
	}
	if w-2 >= start && text[w-2] >= 0xC2 && text[w-2] < 0xE0 && text[w-1]&0xC0 == 0x80 {
		return rune(text[w-2]&0x1F)<<6 | rune(text[w-1]&0x3F), 2
	}
	return utf8.DecodeLastRuneInString(text[start:w])
}

// isLatinLetter reports the runes of U+0100-U+024F (Latin Extended-A and
// B) and U+1E00-U+1EFF (Latin Extended Additional), all letters
// (TestLatinLetters): unicode.IsLetter without its table search for the
// letters of Vietnamese past Latin-1.
func isLatinLetter(r rune) bool {
	return r >= 0x100 && r < 0x250 || r >= 0x1E00 && r < 0x1F00
}

// isBoundary decides whether the terminal punctuation at text[i:j] ends a
// sentence. ASCII bytes are read as runes of their own: for them
// unicode.IsSpace is the six of ' ' and '\t'-'\r', unicode.IsUpper is
// 'A'-'Z', and a letter or digit is wordByte's.
func isBoundary(text string, start, i, j, end int, r rune) bool {
	if j >= end {
		return true
	}
	var space, upper bool
	if c := text[j]; c < utf8.RuneSelf {
		space, upper = c == ' ' || '\t' <= c && c <= '\r', 'A' <= c && c <= 'Z'
	} else {
		next, _ := utf8.DecodeRuneInString(text[j:end])
		space, upper = unicode.IsSpace(next), unicode.IsUpper(next)
	}
	if r != '.' || !space && !upper {
		// a full stop before anything else (a decimal, an address, a
		// lower-case word) ends no sentence whatever the word before it
		return space || upper
	}
	// word before the stop
	w := i
	for w > start {
		if c := text[w-1]; c < utf8.RuneSelf {
			if !wordByte[c] {
				break
			}
			w--
			continue
		}
		pr, pn := decodeLastRune(text, start, w)
		if isLatinLetter(pr) || unicode.IsLetter(pr) || unicode.IsDigit(pr) {
			w -= pn
			continue
		}
		break
	}
	word := text[w:i]
	if word == "" {
		return space
	}
	if isAbbrev(word) || word[len(word)-1] == '.' && isAbbrev(strings.TrimRight(word, ".")) {
		return false
	}
	// initials such as "T.S" or "N.V.A": a word of one capital letter (the
	// word holds letters, digits and dots only, all valid runes)
	if c := word[0]; c < utf8.RuneSelf {
		if len(word) == 1 && 'A' <= c && c <= 'Z' {
			return false
		}
	} else if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return false
	}
	// "1." or "1.1." at the start of a line is a list number; "2.5" a
	// decimal (a digit after it was ruled out above)
	if w == start {
		allDigits := true
		for _, c := range word {
			if !unicode.IsDigit(c) && c != '.' {
				allDigits = false
			}
		}
		if allDigits {
			return false
		}
	}
	// a space, or "dự.Báo": a missing space before a capital still ends the sentence
	return true
}
