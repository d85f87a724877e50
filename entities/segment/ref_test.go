package segment

// The sentence splitter as it was before its fast paths, kept as the
// reference they must agree with (FuzzSentencesAgree).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnpol/vnpol/schema"
)

// lineOld returns the trimmed span of the lineOld at text[start:] and where the
// next lineOld starts.
func lineOld(text string, start int) (s, e, next int) {
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += start
	}
	s, e = trimOld(text, start, end)
	return s, e, end + 1
}

func trimOld(text string, s, e int) (int, int) {
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

// abbreviations that do not end a sentence when followed by a full stop,
// compared case-sensitively with the word before the stop.
var abbrevOld = map[string]bool{
	"TP": true, "Tp": true, "tp": true, "TS": true, "ThS": true, "PGS": true, "GS": true, "BS": true,
	"KS": true, "CN": true, "NCS": true, "Q": true, "H": true, "TX": true, "TT": true, "P": true,
	"X": true, "Th": true, "Ths": true, "St": true, "Mr": true, "Mrs": true, "Dr": true, "TSKH": true,
	"PGS.TS": true, "GS.TS": true, "v.v": true, "vv": true, "Tr": true, "tr": true, "Nxb": true, "NXB": true,
	"TP.HCM": false,
}

// sentencesOld returns the sentence spans of text. sentencesOld never cross a
// lineOld break.
func sentencesOld(text string) []schema.Span {
	return appendSentencesAllOld(nil, text)
}

// appendSentencesAllOld is sentencesOld appending to dst, so that a caller can
// reuse one slice.
func appendSentencesAllOld(dst []schema.Span, text string) []schema.Span {
	for start := 0; start <= len(text); {
		s, e, next := lineOld(text, start)
		if s < e {
			dst = appendSentencesOld(dst, text, s, e)
		}
		start = next
	}
	return dst
}

func appendSentencesOld(out []schema.Span, text string, start, end int) []schema.Span {
	s := start
	var sc stopScanOld
	sc.init(start)
	for i := start; i < end; {
		// the stops are ASCII, or "…" (E2 80 A6), and no byte of a
		// multi-byte rune is ASCII: find the next candidate byte
		i = sc.next(text, i, end)
		if i >= end {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		j := i + n
		// absorb runs of terminal punctuation and closing quotes/brackets
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == '…' {
				j += n2
				continue
			}
			break
		}
		if isBoundaryOld(text, start, i, j, end, r) {
			a, b := trimOld(text, s, j)
			if a < b {
				out = append(out, schema.Span{Start: a, End: b})
			}
			s = j
		}
		i = j
	}
	if a, b := trimOld(text, s, end); a < b {
		out = append(out, schema.Span{Start: a, End: b})
	}
	return out
}

// stopBytesOld are the bytes a sentence stop starts with: '.', '!' and '?';
// the fourth stop, "…", is looked for whole (its lead byte E2 also opens
// the quotes and dashes, which are frequent).
var stopBytesOld = [3]byte{'.', '!', '?'}

// stopScanOld finds the next stop with one cursor per stop (strings.IndexByte
// or strings.Index, vectorized; the stops are rare, so each cursor moves
// by long jumps) instead of testing every byte.
type stopScanOld struct{ at [len(stopBytesOld) + 1]int }

// init sets every cursor as unknown: before position i.
func (sc *stopScanOld) init(i int) {
	for k := range sc.at {
		sc.at[k] = i - 1
	}
}

// next returns the position of the first stop byte in text[i:end], or end.
func (sc *stopScanOld) next(text string, i, end int) int {
	best := end
	for k, b := range stopBytesOld {
		if sc.at[k] < i {
			if n := strings.IndexByte(text[i:end], b); n >= 0 {
				sc.at[k] = i + n
			} else {
				sc.at[k] = end
			}
		}
		best = min(best, sc.at[k])
	}
	if k := len(stopBytesOld); sc.at[k] < i {
		if n := strings.Index(text[i:end], "…"); n >= 0 {
			sc.at[k] = i + n
		} else {
			sc.at[k] = end
		}
	}
	return min(best, sc.at[len(stopBytesOld)])
}

// isBoundaryOld decides whether the terminal punctuation at text[i:j] ends a sentence.
func isBoundaryOld(text string, start, i, j, end int, r rune) bool {
	if j >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:end])
	space, upper := unicode.IsSpace(next), unicode.IsUpper(next)
	if r != '.' || !space && !upper {
		// a full stop before anything else (a decimal, an address, a
		// lower-case word) ends no sentence whatever the word before it
		return space || upper
	}
	// word before the stop
	w := i
	for w > start {
		pr, pn := utf8.DecodeLastRuneInString(text[start:w])
		if unicode.IsLetter(pr) || unicode.IsDigit(pr) || pr == '.' {
			w -= pn
			continue
		}
		break
	}
	word := text[w:i]
	if word == "" {
		return space
	}
	if abbrevOld[word] || abbrevOld[strings.TrimRight(word, ".")] {
		return false
	}
	// initials such as "T.S" or "N.V.A"
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return false
	}
	allDigits := true
	for _, c := range word {
		if !unicode.IsDigit(c) && c != '.' {
			allDigits = false
		}
	}
	if allDigits {
		// "1." or "1.1." at the start of a lineOld is a list number; "2.5" a decimal
		if w == start { // (a digit after it was ruled out above)
			return false
		}
	}
	// a space, or "dự.Báo": a missing space before a capital still ends the sentence
	return true
}
