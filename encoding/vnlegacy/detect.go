package vnlegacy

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Candidate is an 8-bit encoding that Detect weighs.
type Candidate struct {
	Name     string
	Encoding encoding.Encoding
}

// Candidates are the 8-bit encodings of Vietnamese text that Detect tells
// apart, in the order that breaks ties.
var Candidates = []Candidate{
	{"windows-1258", charmap.Windows1258},
	{"tcvn3", TCVN3},
	{"vni", VNI},
}

// detectWindow is how much of the input Detect reads.
const detectWindow = 64 << 10

// Detect decodes the start of src (bytes that are not UTF-8) with each
// candidate and returns the one whose text reads most like Vietnamese: the
// most words made only of letters of the Vietnamese alphabet, the fewest
// words with stray symbols or marks. ok is false when no candidate gives
// more good words than bad ones.
func Detect(src []byte) (c Candidate, ok bool) {
	if len(src) > detectWindow {
		src = src[:detectWindow]
	}
	best, bestScore := Candidates[0], -1<<31
	for _, cand := range Candidates {
		out, err := cand.Encoding.NewDecoder().Bytes(src)
		if err != nil {
			continue
		}
		good, bad := Score(norm.NFC.String(string(out)))
		s := good - 3*bad
		if s > bestScore {
			best, bestScore = cand, s
		}
	}
	return best, bestScore > 0
}

// Score counts the words (runs of letters, marks and symbols between spaces
// and punctuation) of s made only of letters of the Vietnamese alphabet
// (good) and those holding any other letter, mark or symbol (bad).
func Score(s string) (good, bad int) {
	inWord, wordBad, hasViet := false, false, false
	tones, lower := 0, false
	end := func() {
		if inWord {
			if wordBad {
				bad++
			} else if hasViet {
				good += 2
			} else {
				good++
			}
		}
		inWord, wordBad, hasViet = false, false, false
		tones, lower = 0, false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			inWord, lower = true, true
		case r >= 'A' && r <= 'Z':
			inWord = true
			wordBad = wordBad || lower
		case r >= utf8.RuneSelf && vietLetters[r]:
			inWord, hasViet = true, true
			if toned[r] {
				tones++
				wordBad = wordBad || tones > 1
			}
			if unicode.IsLower(r) {
				lower = true
			} else {
				wordBad = wordBad || lower
			}
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsSymbol(r) || r >= 0x80 && r < 0xC0 || unicode.IsControl(r) || unicode.Is(unicode.Co, r)):
			inWord, wordBad = true, true
		default:
			end()
		}
	}
	end()
	return good, bad
}

// vietLetters are the precomposed letters of the Vietnamese alphabet;
// toned those of them that carry a tone mark.
var vietLetters, toned = func() (map[rune]bool, map[rune]bool) {
	m := map[rune]bool{'đ': true, 'Đ': true}
	tm := map[rune]bool{}
	tones := []string{"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
	for _, base := range []string{"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"} {
		for _, t := range tones {
			for _, b := range []string{base, string(unicode.ToUpper(rune(base[0]))) + base[1:]} {
				s := norm.NFC.String(b + t)
				r, n := utf8.DecodeRuneInString(s)
				if n == len(s) && r >= utf8.RuneSelf {
					m[r] = true
					tm[r] = t != ""
				}
			}
		}
	}
	return m, tm
}()

// IsVietLetter reports whether r is a precomposed letter of the Vietnamese
// alphabet outside ASCII.
func IsVietLetter(r rune) bool { return vietLetters[r] }
