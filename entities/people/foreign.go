package people

import (
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
	orgs     *lexicon.Lexicon[bool] // data/foreignorgs.txt
	heads    *lexicon.Lexicon[bool] // data/foreignheads.txt
	orgWords map[string]bool        // data/foreignorgwords.txt, folded
	orgWordF lexicon.KeyFilter      // the same, as a one-bit filter
	// the last words of roles, profession words and the organizations
	// above: the word before a foreign name ends one of them, or is an
	// abbreviation in capitals
	lastF     lexicon.KeyFilter
	press     *lexicon.Lexicon[bool] // data/press.txt
	pressNoun map[string]bool        // báo, tạp chí, tờ (folded first words)
}

// foreignWords is read on every capitalized word near a role: a plain
// variable, built at package initialization (a sync.OnceValue call costs
// more than the tests it guards)
var foreignWords = func() *foreignLex {
	fl := &foreignLex{orgs: plainLex("foreignorgs.txt"), heads: plainLex("foreignheads.txt"), orgWords: map[string]bool{},
		press: plainLex("press.txt"), pressNoun: map[string]bool{}}
	for _, w := range [...]string{"báo", "tạp", "tờ", "nhật"} {
		fl.pressNoun[token.Fold(w)] = true
	}
	for _, c := range lines("foreignorgwords.txt") {
		fl.orgWords[token.Fold(c[0])] = true
		fl.orgWordF.Add(token.Fold(c[0]))
	}
	for _, f := range [...]string{"roles.txt", "professions.txt", "foreignorgs.txt", "foreignheads.txt"} {
		for _, c := range lines(f) {
			if t := token.Tokenize(c[0]); len(t) > 0 {
				fl.lastF.Add(t[len(t)-1].Key)
			}
		}
	}
	return fl
}()

// toneless reports whether token i's key ends in no tone digit and the
// word before it may end a role or an organization (or is capitalized: an
// abbreviation): the test findNames makes before roleForeignAt (inlined;
// most capitalized words of a Vietnamese text have a tone mark, and
// foreign names rarely do).
func (p *parser) toneless(i int) bool {
	k := p.toks[i].Key
	return i > 0 && k != "" && k[len(k)-1] > '9' && foreignWords.lastF.HasToken(&p.toks[i-1])
}

// roleForeignAt reads a foreign name starting at token i right after a
// role, a profession word, or a role followed by an international
// organization, a firm or an abbreviation in capitals. It returns the
// name's first token (after a firm at i: "Chủ tịch Tesla Elon Musk") and
// the token after the name. One word alone is a name only after the role of a head of state or
// government (data/foreignheads.txt: "Tổng thống Obama"); after other roles
// it may be a firm or a club ("Chủ tịch Vingroup").
func (p *parser) roleForeignAt(i int) (first, end int, ok bool) {
	if i < 1 || i >= len(p.toks) || p.toks[i].LineBefore || !p.toks[i].SpaceBefore {
		return 0, 0, false
	}
	if c := p.text[p.toks[i].Start]; c < 'A' || c > 'Z' {
		return 0, 0, false // Vietnamese syllables (Đà); a tone mark (key "minh2") is rare in a foreign name's first word
	}
	if p.nameAt[i] > 0 || p.mask[i]&bFamily != 0 {
		return 0, 0, false
	}
	fl := foreignWords
	if !p.word(i-1) || p.toks[i-1].Upper || !fl.lastF.HasToken(&p.toks[i-1]) || !p.roleNear(i) {
		return 0, 0, false // (a role ends in a lower-case word: "Tổng thống", "Tổng Thư ký")
	}
	s := i
	if p.allCaps(i) && !p.isInitialCaps(i) {
		s = i + 1 // "Tổng Thư ký NATO Jens Stoltenberg" ("Chủ tịch UBND" then fails below)
		if !p.upper(s) || !p.toks[s].SpaceBefore || p.toks[s].LineBefore {
			return 0, 0, false // "Chủ tịch UBND tỉnh"
		}
	}
	if p.mask[s]&bCountry != 0 {
		if _, ok := p.d.country.At(p.toks, s); ok {
			return 0, 0, false // "Tổng thống Nga Vladimir Putin": read after the country
		}
	}
	for n := 0; n < 2; n++ {
		m, ok := fl.orgs.At(p.toks, s)
		if !ok || p.toks[m.Last-1].End-p.toks[s].Start > 40 {
			break
		}
		s = m.Last // "Chủ tịch Tesla Elon Musk": the firm, then the name
	}
	// the run of Latin words from s
	if s >= len(p.toks) {
		return 0, 0, false
	}
	if c := p.text[p.toks[s].Start]; c < 'A' || c > 'Z' {
		return 0, 0, false
	}
	e, foreign, parts := s, false, 0
	for e < len(p.toks) && e-s-parts < 4 && p.upper(e) && (e == s || p.toks[e].SpaceBefore && !p.toks[e].LineBefore) {
		sh := p.latinShape(e)
		if sh == 0 || p.allCaps(e) && !p.isInitialCaps(e) {
			return 0, 0, false // a Vietnamese word or an abbreviation: an organization
		}
		if fl.orgWordF.HasToken(&p.toks[e]) && fl.orgWords[p.toks[e].Key] {
			return 0, 0, false // "Bamboo Airways", "Atletico Madrid": a firm or a club
		}
		foreign = foreign || sh == 2
		e++
		if e-s > 1 && p.hyphenGlued(e) {
			e += 2 // "Yoon Suk-yeol", "Han Duck-soo"
		}
		if e < len(p.toks) && p.mask[e]&bParticle != 0 {
			// "Mohammed bin Salman", "Ursula von der Leyen": lower-case
			// particles (data/particles.txt) between the name's words
			if k := p.particlesEnd(e); k > e && k-s-parts < 5 && p.upper(k) && p.toks[k].SpaceBefore && !p.toks[k].LineBefore {
				parts += k - e // (the particles do not count as words: "Luiz Inacio Lula da Silva")
				e = k
			}
		}
	}
	if e == s || !foreign || p.upper(e) && p.toks[e].SpaceBefore && !p.toks[e].LineBefore {
		return 0, 0, false // a longer run: an organization or a heading
	}
	if e < len(p.toks) && (p.pun(e, '-') || p.pun(e, '.')) && !p.toks[e].SpaceBefore && p.upper(e+1) {
		return 0, 0, false // "Coca-Cola", "A.Tkachyov": read elsewhere or not at all
	}
	if p.notName(s, e) {
		return 0, 0, false // a country ("Tổng thống Ukraine")
	}
	// what comes before: up to two organizations between the role and the
	// name ("Tổng Thư ký NATO Jens Stoltenberg", "Tổng Thư ký Liên hợp quốc
	// Antonio Guterres", "Chủ tịch Fed San Francisco Mary Daly")
	k := i
	for n := 0; n < 2 && k > 0 && !p.toks[k].LineBefore; n++ {
		if a := k - 1; p.allCaps(a) && !p.isInitialCaps(a) && p.toks[k].SpaceBefore {
			k = a
			continue
		}
		j := k - 1
		for ; j >= 0 && j >= k-5 && !p.toks[j+1].LineBefore; j-- {
			if m, ok := fl.orgs.At(p.toks, j); ok && m.Last == k {
				break
			}
		}
		if j < 0 || j < k-5 || p.toks[j+1].LineBefore {
			break
		}
		k = j
	}
	if p.toks[k].LineBefore {
		return 0, 0, false
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
		return 0, 0, false
	}
	if e-s == 1 && len(p.toks[s].Key) < 4 {
		return 0, 0, false
	}
	return s, e, true
}

// roleNear reports whether a role may start within the nine tokens before
// token i (one-bit tests only): what every reading of this file needs first.
func (p *parser) roleNear(i int) bool {
	for r := i - 1; r >= 0 && r >= i-9; r-- {
		if p.mask[r]&(bRoles|bProf) != 0 {
			return true
		}
	}
	return false
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
		if c == 0xE1 || c == 0xC6 {
			return 0 // Vietnamese letters with a tone (U+1EA0...), ơ, ư
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
		for k := 0; k < len(w); k++ {
			switch w[k] {
			case 'f', 'j', 'w', 'z', 'F', 'J', 'W', 'Z':
				return 2 // "José"
			}
		}
		return 1
	}
	if token.VietSyllable(w) {
		return 1
	}
	return 2
}

// pressEndsAt reports whether a newspaper's name (data/press.txt) after
// "báo", "tạp chí" or "tờ", right after a role, ends before token i: a name
// may start at i ("Tổng biên tập báo Tuổi Trẻ Tăng Hữu Phong").
func (p *parser) pressEndsAt(i int) bool {
	if !p.roleNear(i) {
		return false
	}
	fl := foreignWords
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
