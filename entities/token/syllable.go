package token

// VietSyllable reports whether an ASCII word could be one Vietnamese
// syllable written without marks: an onset, one group of one to three
// vowels and an allowed final ("Minh", "Kim", "Sen"; not "Biden", "Joe",
// "Trump"). It reads bytes only, upper or lower case alike
// (people runs it on most capitalized words near a role; docs on the
// unmarked fold of a capitalized word, token.ASCII).
func VietSyllable(w string) bool {
	n := len(w)
	if n == 0 {
		return false
	}
	c0 := lowerASCII(w[0])
	k := 0
	switch c0 {
	case 'a', 'e', 'i', 'o', 'u', 'y':
	case 'b', 'd', 'h', 'l', 'm', 'r', 's', 'v', 'x':
		k = 1
	case 'c', 'g', 'k', 'n', 'p', 't', 'q':
		k = 1
		if n > 1 {
			c1 := lowerASCII(w[1])
			if c0 == 'c' && c1 == 'h' || c0 == 'g' && (c1 == 'h' || c1 == 'i') || c0 == 'k' && c1 == 'h' ||
				c0 == 'n' && (c1 == 'h' || c1 == 'g') || c0 == 'p' && c1 == 'h' || c0 == 't' && (c1 == 'h' || c1 == 'r') || c0 == 'q' && c1 == 'u' {
				k = 2
				if c0 == 'n' && c1 == 'g' && n > 2 && lowerASCII(w[2]) == 'h' {
					k = 3
				}
				if c0 == 'g' && c1 == 'i' && (n == 2 || !isVowel(lowerASCII(w[2]))) {
					k = 1 // "Gin": the i is the vowel
				}
			}
		}
		if c0 == 'q' && k == 1 {
			return false
		}
	default:
		return false
	}
	v := k
	for v < n && isVowel(lowerASCII(w[v])) {
		v++
	}
	if v == k || v-k > 3 {
		return false
	}
	switch n - v {
	case 0:
		return true
	case 1:
		switch lowerASCII(w[v]) {
		case 'c', 'm', 'n', 'p', 't':
			return true
		}
	case 2:
		a, b := lowerASCII(w[v]), lowerASCII(w[v+1])
		return a == 'c' && b == 'h' || a == 'n' && (b == 'g' || b == 'h')
	}
	return false
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
