package people

import (
	"sync"
	"unicode/utf8"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

// Foreign names after a role. Vietnamese news writes a foreign person's name
// right after the role, often with no country between them ("Tổng thống Joe
// Biden", "Tổng thống Putin", "Tổng Thư ký Liên hợp quốc Antonio Guterres",
// "Tổng Thư ký NATO Jens Stoltenberg"). Such a name has no Vietnamese family
// name, so the family-name reading misses it. It is read here by its shape:
// words in Latin letters without Vietnamese letters or tone marks, at least
// one of them spelled in a way no Vietnamese syllable is (Joe, Biden,
// Putin); an organization name ("Thủ tướng Chính phủ", "Chủ tịch UBND",
// "Giám đốc Google Việt Nam") has Vietnamese words or capitals and is left
// alone.

// foreignLex holds the word lists of this file, loaded once.
type foreignLex struct {
	orgs      *lexicon.Lexicon[bool] // data/foreignorgs.txt
	heads     *lexicon.Lexicon[bool] // data/foreignheads.txt
	orgWords  map[string]bool        // data/foreignorgwords.txt, folded
	press     *lexicon.Lexicon[bool] // data/press.txt
	pressNoun map[string]bool        // báo, tạp chí, tờ (folded first words)
}

var foreignData = sync.OnceValue(func() *foreignLex {
	fl := &foreignLex{orgs: plainLex("foreignorgs.txt"), heads: plainLex("foreignheads.txt"), orgWords: map[string]bool{},
		press: plainLex("press.txt"), pressNoun: map[string]bool{}}
	for _, w := range [...]string{"báo", "tạp", "tờ", "nhật"} {
		fl.pressNoun[token.Fold(w)] = true
	}
	for _, c := range lines("foreignorgwords.txt") {
		fl.orgWords[token.Fold(c[0])] = true
	}
	return fl
})

// roleForeign reads a foreign name starting at token i right after a role,
// a profession word, or a role followed by an international organization,
// a firm or an abbreviation in capitals. It returns the token after the
// name. One word alone is a name only after the role of a head of state or
// government (data/foreignheads.txt: "Tổng thống Obama"); after other roles
// it may be a firm or a club ("Chủ tịch Vingroup").
func (p *parser) roleForeign(i int) (int, bool) {
	if i < 1 || i >= len(p.toks) || p.toks[i].LineBefore || !p.toks[i].SpaceBefore {
		return 0, false
	}
	if c := p.text[p.toks[i].Start]; c < 'A' || c > 'Z' {
		return 0, false // most capitals: Vietnamese syllables (Nguyễn, Đà)
	}
	if p.nameAt[i] > 0 || p.family(i) || p.allCaps(i) {
		return 0, false
	}
	if p.mask[i]&bCountry != 0 {
		if _, ok := p.d.country.At(p.toks, i); ok {
			return 0, false // "Tổng thống Nga Vladimir Putin": read after the country
		}
	}
	fl := foreignData()
	s := i
	if m, ok := fl.orgs.At(p.toks, i); ok {
		s = m.Last // "Chủ tịch Tesla Elon Musk": the firm, then the name
	}
	// the run of Latin words from s
	e, foreign := s, false
	for e < len(p.toks) && e-s < 4 && p.upper(e) && (e == s || p.toks[e].SpaceBefore && !p.toks[e].LineBefore) {
		sh := p.latinShape(e)
		if sh == 0 || p.allCaps(e) && !p.isInitialCaps(e) {
			return 0, false // a Vietnamese word or an abbreviation: an organization
		}
		if fl.orgWords[p.toks[e].Key] {
			return 0, false // "Bamboo Airways", "Atletico Madrid": a firm or a club
		}
		foreign = foreign || sh == 2
		e++
		if e-s > 1 && p.hyphenGlued(e) {
			e += 2 // "Yoon Suk-yeol", "Han Duck-soo"
		}
	}
	if e == s || !foreign || p.upper(e) && p.toks[e].SpaceBefore && !p.toks[e].LineBefore {
		return 0, false // a longer run: an organization or a heading
	}
	if e < len(p.toks) && (p.pun(e, '-') || p.pun(e, '.')) && !p.toks[e].SpaceBefore && p.upper(e+1) {
		return 0, false // "Coca-Cola", "A.Tkachyov": read elsewhere or not at all
	}
	if p.notName(s, e) {
		return 0, false // a country ("Tổng thống Ukraine")
	}
	// what comes before: an organization between the role and the name
	k := i
	if k == s {
		if a := k - 1; p.allCaps(a) && !p.isInitialCaps(a) && p.toks[k].SpaceBefore {
			k = a // "Tổng Thư ký NATO Jens Stoltenberg"
		} else {
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if p.toks[j+1].LineBefore {
					break
				}
				if m, ok := fl.orgs.At(p.toks, j); ok && m.Last == k {
					k = j // "Tổng Thư ký Liên hợp quốc Antonio Guterres"
					break
				}
			}
		}
	}
	if p.toks[k].LineBefore {
		return 0, false
	}
	head := false
	for r := k - 1; r >= 0 && r >= k-5; r-- {
		if p.toks[r+1].LineBefore {
			break
		}
		if m, ok := atRole(p, r); ok && m.Last == k {
			if e-s == 1 {
				h, ok := fl.heads.At(p.toks, r)
				head = ok && h.Last == k
			} else {
				head = true
			}
			break
		}
		if e-s > 1 && p.may(r, bProf) {
			if m, ok := p.d.prof.At(p.toks, r); ok && m.Last == k {
				head = true // "nhà báo Matthew Herper"
				break
			}
		}
	}
	if !head || e-s == 1 && k != s {
		return 0, false
	}
	if e-s == 1 && len(p.toks[s].Key) < 4 {
		return 0, false
	}
	return e, s == i
}

// roleForeignAt is roleForeign for the caller that adds the name: it
// returns the name's first token as well (after a firm at i).
func (p *parser) roleForeignAt(i int) (first, end int, ok bool) {
	e, same := p.roleForeign(i)
	if e == 0 {
		return 0, 0, false
	}
	if same {
		return i, e, true
	}
	m, _ := foreignData().orgs.At(p.toks, i)
	return m.Last, e, true
}

// hyphenGlued reports whether a hyphen written against both words joins
// the word before token e to a lower-case Latin word: the last part of a
// Korean given name ("Suk-yeol").
func (p *parser) hyphenGlued(e int) bool {
	return e+1 < len(p.toks) && p.pun(e, '-') && !p.toks[e].SpaceBefore && p.word(e+1) && !p.toks[e+1].SpaceBefore && !p.toks[e+1].Upper && p.latinShape(e+1) != 0
}

// latinShape tells what token i is written in: 0 a word with Vietnamese
// letters or tone marks (or other scripts), 1 Latin letters that could
// spell a Vietnamese syllable (Kim, Sen, Moon), 2 Latin letters no
// Vietnamese syllable has (Joe, Biden, Putin, Müller).
func (p *parser) latinShape(i int) int {
	t := &p.toks[i]
	w := p.text[t.Start:t.End]
	ascii := true
	for k := 0; k < len(w); {
		c := w[k]
		if c < utf8.RuneSelf {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return 0
			}
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[k:])
		switch r {
		case 'ä', 'ë', 'ï', 'ö', 'ü', 'ÿ', 'ñ', 'ç', 'ć', 'č', 'š', 'ž', 'ø', 'å', 'ß', 'ł', 'ń', 'ś', 'ź', 'ż', 'ř', 'ě', 'ő', 'ű', 'ğ', 'ş', 'ı',
			'Ä', 'Ö', 'Ü', 'Ñ', 'Ç', 'Ć', 'Č', 'Š', 'Ž', 'Ø', 'Å', 'Ł', 'Ś', 'Ż', 'Ř':
			return 2
		case 'á', 'é', 'í', 'ó', 'ú', 'à', 'è', 'ò', 'É':
			ascii = false // Latin and Vietnamese alike (José, Vũ): decided by the rest
		default:
			return 0
		}
		k += n
	}
	if !ascii {
		if nonVietnamese(w) {
			return 2
		}
		return 1
	}
	if vietSyllable(w) {
		return 1
	}
	return 2
}

// vietSyllable reports whether an ASCII word could be one Vietnamese
// syllable written without marks: an onset, one group of vowels and an
// allowed final ("Minh", "Kim", "Sen"; not "Biden", "Joe", "Trump").
func vietSyllable(w string) bool {
	var b [16]byte
	if len(w) > len(b) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	s := string(b[:len(w)])
	for _, o := range vietOnsets {
		if len(s) >= len(o) && s[:len(o)] == o {
			s = s[len(o):]
			break
		}
	}
	v := 0
	for v < len(s) && v < 4 && isVowel(s[v]) {
		v++
	}
	if v == 0 || v > 3 {
		return false
	}
	switch s[v:] {
	case "", "c", "ch", "m", "n", "ng", "nh", "p", "t":
		return true
	}
	return false
}

// vietOnsets are the initial consonants of Vietnamese syllables, longest
// first.
var vietOnsets = [...]string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// pressEndsAt reports whether a newspaper's name (data/press.txt) after
// "báo", "tạp chí" or "tờ", right after a role, ends before token i: a name
// may start at i ("Tổng biên tập báo Tuổi Trẻ Tăng Hữu Phong").
func (p *parser) pressEndsAt(i int) bool {
	fl := foreignData()
	for b := i - 2; b >= 1 && b >= i-6; b-- {
		if !fl.pressNoun[p.toks[b].Key] || p.toks[b+1].LineBefore {
			continue
		}
		n := b + 1
		if p.key(b) == p.key(b+1) || p.word(b+1) && !p.toks[b+1].Upper {
			n = b + 2 // "tạp chí", "nhật báo"
		}
		m, ok := fl.press.At(p.toks, n)
		if !ok || m.Last != i {
			continue
		}
		return p.roleEndsAt(b)
	}
	return false
}
