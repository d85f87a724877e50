package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// toNFC is norm.NFC.String(s), with a fast path for decomposed (NFD)
// Vietnamese, which some scraped pages and exports are: x/text's general
// algorithm reads such text at about 16 MB/s. The fast path copies the
// characters that are NFC by themselves (the ranges of isNFC) and replaces
// each letter followed by combining marks (U+0300-U+036F) with the one
// precomposed letter whose decomposition is exactly that sequence, in
// canonical order (composeTab). At anything else (other scripts, marks in
// another order, marks with no precomposed letter, U+2000-U+2001) it gives
// the whole text to x/text.
func toNFC(s string) string {
	if out, ok := composeViet(s); ok {
		return out
	}
	return norm.NFC.String(s)
}

// composeKey packs a letter and up to two marks (U+0300-U+036F) into a key.
func composeKey(base rune, m1, m2 rune) uint64 {
	k := uint64(base)
	if m1 != 0 {
		k |= uint64(m1-0x2FF) << 24
	}
	if m2 != 0 {
		k |= uint64(m2-0x2FF) << 32
	}
	return k
}

type composeTables struct {
	compose map[uint64]rune  // NFD sequence -> precomposed letter
	decomp  map[rune][3]rune // precomposed letter -> its base and marks (0: none)
}

// composeTab holds every letter of U+00C0-U+02FF and U+1E00-U+1EFF that
// decomposes into a base and one or two marks and composes back to itself.
var composeTab = sync.OnceValue(func() *composeTables {
	t := &composeTables{compose: map[uint64]rune{}, decomp: map[rune][3]rune{}}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := []rune(norm.NFD.String(string(r)))
			if len(d) < 2 || len(d) > 3 || norm.NFC.String(string(d)) != string(r) {
				continue
			}
			var m [2]rune
			for i, c := range d[1:] {
				if c < 0x300 || c > 0x36F {
					goto next
				}
				m[i] = c
			}
			t.compose[composeKey(d[0], m[0], m[1])] = r
			t.decomp[r] = [3]rune{d[0], m[0], m[1]}
		next:
		}
	}
	add(0xC0, 0x2FF)
	add(0x1E00, 0x1EFF)
	return t
})

// composeViet is toNFC's fast path; ok is false where it cannot tell.
func composeViet(s string) (string, bool) {
	t := composeTab()
	var b strings.Builder
	b.Grow(len(s))
	done := 0 // s[:done] is written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x300 && r <= 0x36F:
			// a mark: compose it with the letter before (the last rune
			// written or pending) and any marks after it
			base, bn := utf8.DecodeLastRuneInString(s[done:i])
			if bn == 0 || base == utf8.RuneError {
				return "", false
			}
			marks := [4]rune{}
			k := 0
			if d, ok := t.decomp[base]; ok {
				base = d[0]
				for _, m := range d[1:] {
					if m != 0 {
						marks[k] = m
						k++
					}
				}
			}
			j := i
			for j < len(s) {
				m, mn := utf8.DecodeRuneInString(s[j:])
				if m < 0x300 || m > 0x36F {
					break
				}
				if k == 2 || m == 0x340 || m == 0x341 || m == 0x343 || m == 0x344 {
					return "", false // too many marks, or marks NFC replaces
				}
				marks[k] = m
				k++
				j += mn
			}
			out, ok := t.compose[composeKey(base, marks[0], marks[1])]
			if !ok || base < utf8.RuneSelf && (base < 'A' || base > 'z') {
				return "", false
			}
			b.WriteString(s[done : i-bn])
			b.WriteRune(out)
			done, i = j, j
			continue
		case r >= 0x80 && r <= 0x2FF, r >= 0x1E00 && r <= 0x1EFF, r >= 0x2002 && r <= 0x207F:
			// NFC by itself, and composes with nothing before it
		default:
			return "", false
		}
		i += n
	}
	if done == 0 {
		return s, true
	}
	b.WriteString(s[done:])
	return b.String(), true
}
