package docs

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

//go:embed data/*.tsv
var dataFS embed.FS

// typeInfo is one row of data/types.tsv.
type typeInfo struct {
	Name, Code, Mode, TWIssuer string
	Codes                      []string
	Examples                   []string
}

// issuerInfo is one row of data/issuers.tsv.
type issuerInfo struct {
	Code, Name, Family string
	From, To           int
	Examples           []string
}

type termInfo struct {
	Term     string
	From, To time.Time
}

// tables is every data file, loaded once.
type tables struct {
	types        []typeInfo
	heads        *lexicon.Lexicon[int] // prose type words -> types index
	headStarts   *lexicon.KeyFilter    // heads.FirstKeys(), tested in line at every token
	headTab      *[1 << 16]uint8       // by the low 16 bits of a key's hash: headOne for one-word heads' keys, headMore for longer heads' first keys
	headPairs    lexicon.PairFilter    // the first two keys of longer heads ("Nghị quyết")
	codes        map[string][]int      // folded symbol abbreviation -> types indexes
	issuers      []issuerInfo
	issuerCode   map[string]int        // folded issuer code -> first issuers index
	issuerNames  *lexicon.Lexicon[int] // prose issuer names -> issuers index
	terms        []termInfo
	ords         *lexicon.Lexicon[int]
	words        map[string]*lexicon.Lexicon[bool] // class -> phrases (data/words.tsv)
	wordSet      map[string]map[string]bool        // class -> folded phrases
	typeKeys     map[string]string                 // document type name -> token.FoldPhrase of it
	cvType       int                               // index of the Công văn row (number mode)
	classLex     [nClasses]*lexicon.Lexicon[bool]  // words[classNames[c]]
	classSet     [nClasses]map[string]bool         // wordSet[classNames[c]]
	issueLast    lexicon.KeyFilter                 // the last keys of class issueverb's phrases (leadDate's first test)
	titled       []bool                            // by types index: the type's name is in class titled
	aboutTyped   []bool                            // by types index: titled, or in class abouttyped (cited by issuer + "về" only)
	regNumber    []bool                            // by types index: in class regnumber (a registry number of up to 15 digits)
	horizonLower []bool                            // by types index: in class horizonlower (cited in lower case with a time horizon)
	quotedName   []bool                            // by types index: in class quotedname (named by a quoted title after the type word)
	yearTitled   []bool                            // by types index: in class yeartitled (named by a subject closed by its year or period)
	lowerFlag    []uint8                           // by types index: lowerVerb (a head of class verbhead names it: a type word that is also a verb), lowerPlan (class lawsubject: Quy hoạch)
}

// The values of lowerFlag: what a type word written lower-case may be.
const (
	lowerVerb uint8 = 1 + iota
	lowerPlan
)

var data = sync.OnceValue(load)

// rows reads a tab-separated data file, skipping blank and # lines.
func rows(name string) [][]string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("docs: missing embedded data file " + name)
	}
	var out [][]string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
}

func col(r []string, i int) string {
	if i < len(r) {
		return strings.TrimSpace(r[i])
	}
	return ""
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func load() *tables {
	t := &tables{
		heads:       lexicon.New[int](),
		headTab:     &[1 << 16]uint8{0: headOne}, // a token built by hand (Hash zero): maybe a head
		codes:       map[string][]int{},
		issuerCode:  map[string]int{},
		issuerNames: lexicon.New[int](),
		ords:        lexicon.New[int](),
		words:       map[string]*lexicon.Lexicon[bool]{},
		wordSet:     map[string]map[string]bool{},
		cvType:      -1,
	}
	for _, r := range rows("types.tsv") {
		ti := typeInfo{Name: col(r, 0), Code: col(r, 1), Mode: col(r, 2), TWIssuer: col(r, 3),
			Codes: list(col(r, 5)), Examples: list(col(r, 6))}
		idx := len(t.types)
		t.types = append(t.types, ti)
		for _, h := range list(col(r, 4)) {
			if _, ok := t.heads.Lookup(h); !ok {
				t.heads.Add(h, idx)
			}
			if ht := token.Tokenize(h); len(ht) == 1 {
				t.headTab[uint16(ht[0].Hash)] |= headOne
			} else if len(ht) > 1 {
				t.headTab[uint16(ht[0].Hash)] |= headMore
				t.headPairs.Add(ht[0].Hash, ht[1].Hash)
			}
		}
		for _, c := range ti.Codes {
			k := token.Fold(c)
			t.codes[k] = append(t.codes[k], idx)
		}
		if ti.Name == "Công văn" && ti.Mode == "number" {
			t.cvType = idx
		}
	}
	for _, r := range rows("issuers.tsv") {
		from, _ := strconv.Atoi(col(r, 3))
		to, _ := strconv.Atoi(col(r, 4))
		ii := issuerInfo{Code: col(r, 0), Name: col(r, 1), Family: col(r, 2), From: from, To: to,
			Examples: list(col(r, 6))}
		idx := len(t.issuers)
		t.issuers = append(t.issuers, ii)
		k := token.Fold(ii.Code)
		if _, ok := t.issuerCode[k]; !ok {
			t.issuerCode[k] = idx
		}
		t.issuerNames.Add(ii.Name, idx)
		for _, a := range list(col(r, 5)) {
			t.issuerNames.Add(a, idx)
		}
	}
	for _, r := range rows("terms.tsv") {
		from, err1 := time.Parse("2006-01-02", col(r, 1))
		to, err2 := time.Parse("2006-01-02", col(r, 2))
		if err1 != nil || err2 != nil {
			panic("docs: bad date in terms.tsv")
		}
		t.terms = append(t.terms, termInfo{Term: col(r, 0), From: from, To: to})
	}
	for _, r := range rows("ordinals.tsv") {
		v, err := strconv.Atoi(col(r, 1))
		if err != nil {
			panic("docs: bad ordinal " + col(r, 0))
		}
		t.ords.Add(col(r, 0), v)
	}
	for _, r := range rows("words.tsv") {
		class, phrase := col(r, 0), col(r, 1)
		if t.words[class] == nil {
			t.words[class] = lexicon.New[bool]()
			t.wordSet[class] = map[string]bool{}
		}
		t.words[class].Add(phrase, true)
		t.wordSet[class][token.FoldPhrase(phrase)] = true
		if ks := token.Tokenize(phrase); class == "issueverb" && len(ks) > 0 {
			t.issueLast.Add(ks[len(ks)-1].Key)
		}
	}
	t.headStarts = t.heads.FirstKeys()
	t.typeKeys = map[string]string{}
	for _, ty := range t.types {
		t.typeKeys[ty.Name] = token.FoldPhrase(ty.Name)
	}
	for c, name := range classNames {
		t.classLex[c], t.classSet[c] = t.words[name], t.wordSet[name]
	}
	t.titled = make([]bool, len(t.types))
	t.aboutTyped = make([]bool, len(t.types))
	t.regNumber = make([]bool, len(t.types))
	t.horizonLower = make([]bool, len(t.types))
	t.quotedName = make([]bool, len(t.types))
	t.yearTitled = make([]bool, len(t.types))
	for i, ty := range t.types {
		t.yearTitled[i] = t.wordSet["yeartitled"][t.typeKey(ty.Name)]
		t.quotedName[i] = t.wordSet["quotedname"][t.typeKey(ty.Name)]
		t.horizonLower[i] = t.wordSet["horizonlower"][t.typeKey(ty.Name)]
		t.regNumber[i] = t.wordSet["regnumber"][t.typeKey(ty.Name)]
		t.titled[i] = t.wordSet["titled"][t.typeKey(ty.Name)]
		t.aboutTyped[i] = t.titled[i] || t.wordSet["abouttyped"][t.typeKey(ty.Name)]
	}
	t.lowerFlag = make([]uint8, len(t.types))
	for class, f := range map[string]uint8{"verbhead": lowerVerb, "lawsubject": lowerPlan} {
		for ph := range t.wordSet[class] {
			if ti, ok := t.heads.Lookup(ph); ok {
				t.lowerFlag[ti] = f
			}
		}
	}
	return t
}

// typeKey is token.FoldPhrase(name) for a document type's name, looked up
// rather than folded again at every citation.
func (t *tables) typeKey(name string) string {
	if k, ok := t.typeKeys[name]; ok {
		return k
	}
	return token.FoldPhrase(name)
}

// termOf returns the Party term in force on day d.
func (t *tables) termOf(d time.Time) string {
	for _, x := range t.terms {
		if !d.Before(x.From) && !d.After(x.To) {
			return x.Term
		}
	}
	return ""
}

var romanVals = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

// roman writes n (1..3999) in Roman numerals.
func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return ""
	}
	var b strings.Builder
	for _, x := range romanVals {
		for n >= x.v {
			b.WriteString(x.s)
			n -= x.v
		}
	}
	return b.String()
}

// parseRoman reads an upper-case Roman numeral (I..XXX and beyond); 0 if s is not one.
// It writes the value back in canonical form (roman) to reject "IIII" or
// "VX", in a buffer on the stack.
func parseRoman(s string) int {
	if s == "" || len(s) > 8 {
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		v := romanDigit(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && romanDigit(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	if n <= 0 || n >= 4000 {
		return 0
	}
	var buf [16]byte
	b, m := buf[:0], n
	for _, x := range romanVals {
		for m >= x.v {
			if len(b)+len(x.s) > len(s) {
				return 0
			}
			b = append(b, x.s...)
			m -= x.v
		}
	}
	if string(b) != s {
		return 0
	}
	return n
}

// romanDigit is the value of a Roman digit parseRoman reads (I V X L C), 0
// for any other byte.
func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	}
	return 0
}

// codeLike reports whether a word looks like a symbol abbreviation or issuer
// code: it starts with an upper-case letter and has more upper-case letters
// than lower-case ones (TW, BTCTW, TTg, QH13, ĐUK).
func codeLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	up, low := 0, 0
	for _, c := range w {
		switch {
		case unicode.IsUpper(c):
			up++
		case unicode.IsLower(c):
			low++
		}
	}
	return up > low
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// candidate is the first token from i on where at may find a citation: a
// number that may open a symbol (numberMayCite), or a word a type word may
// start with whose next word may go on with it (heads.At finds nothing
// elsewhere); len(toks) if none.
//
// It skips eight tokens a step while none is a number or a word a head
// may start at (one load of headTab a token, the pair in line for the
// first keys of longer heads: in a loop of one token a step, the loop
// itself cost as much as the tests), then looks at the token that
// stopped it.
func (t *tables) candidate(toks []token.Token, i int) int {
	if i < 0 || i >= len(toks) {
		return max(i, len(toks))
	}
	tab := t.headTab[:]
	_ = tab[1<<16-1]
	rest := toks[i:]
	for {
	skip:
		for len(rest) >= 8 {
			// a word whose pair fails is passed over in line: most hits
			// ("bộ", "công", "văn") open longer heads only
			if e := tab[uint16(rest[0].Hash)]; rest[0].Kind == token.Number || e != 0 && (e&headOne != 0 || t.headPairs.Has(token.HashOf(&rest[0]), token.HashOf(&rest[1]))) {
				break skip
			}
			if e := tab[uint16(rest[1].Hash)]; rest[1].Kind == token.Number || e != 0 && (e&headOne != 0 || t.headPairs.Has(token.HashOf(&rest[1]), token.HashOf(&rest[2]))) {
				rest = rest[1:]
				break skip
			}
			if e := tab[uint16(rest[2].Hash)]; rest[2].Kind == token.Number || e != 0 && (e&headOne != 0 || t.headPairs.Has(token.HashOf(&rest[2]), token.HashOf(&rest[3]))) {
				rest = rest[2:]
				break skip
			}
			if e := tab[uint16(rest[3].Hash)]; rest[3].Kind == token.Number || e != 0 && (e&headOne != 0 || t.headPairs.Has(token.HashOf(&rest[3]), token.HashOf(&rest[4]))) {
				rest = rest[3:]
				break skip
			}
			if e := tab[uint16(rest[4].Hash)]; rest[4].Kind == token.Number || e != 0 && (e&headOne != 0 || t.headPairs.Has(token.HashOf(&rest[4]), token.HashOf(&rest[5]))) {
				rest = rest[4:]
				break skip
			}
			if e := tab[uint16(rest[5].Hash)]; rest[5].Kind == token.Number || e != 0 && (e&headOne != 0 || t.headPairs.Has(token.HashOf(&rest[5]), token.HashOf(&rest[6]))) {
				rest = rest[5:]
				break skip
			}
			if e := tab[uint16(rest[6].Hash)]; rest[6].Kind == token.Number || e != 0 && (e&headOne != 0 || t.headPairs.Has(token.HashOf(&rest[6]), token.HashOf(&rest[7]))) {
				rest = rest[6:]
				break skip
			}
			if e := tab[uint16(rest[7].Hash)]; rest[7].Kind == token.Number || e != 0 && (e&headOne != 0 || len(rest) > 8 && t.headPairs.Has(token.HashOf(&rest[7]), token.HashOf(&rest[8]))) {
				rest = rest[7:]
				break skip
			}
			rest = rest[8:]
		}
		if len(rest) == 0 {
			return len(toks)
		}
		// rest[0] stopped the skip, or is one of the last seven tokens
		j := len(toks) - len(rest)
		if tk := &rest[0]; tk.Kind == token.Number {
			if numberMayCite(toks, j) { // it reads forward only: toks or rest alike
				return j
			}
		} else if e := tab[uint16(tk.Hash)]; e != 0 {
			if e&headOne != 0 || len(rest) > 1 && t.headPairs.Has(token.HashOf(&rest[0]), token.HashOf(&rest[1])) {
				return j
			}
		}
		rest = rest[1:]
	}
}

// The bits of headTab.
const (
	headOne  uint8 = 1 << iota // the key of a one-word head ("Luật", "NQ")
	headMore                   // the first key of a longer head ("Nghị quyết"), checked with headPairs
)

// wordClass is a class of data/words.tsv the parser tests tokens against
// (classAt, classBefore), by index rather than by name.
type wordClass uint8

const (
	cAboutname wordClass = iota
	cAndgo
	cAndnoun
	cAndstop
	cAndverb
	cDrafting
	cGeneric
	cIssueverb
	cKnown
	cKnowncap
	cLaw
	cLawlead
	cLevel
	cNotbefore
	cNotcap
	cNotname
	cPersonnel
	cRank
	cStop
	cToissue
	cTreatyword
	cUnit
	cVerbhead
	cLawsubject
	cCompound
	cTitleinner
	nClasses
)

// classNames are the classes' names in data/words.tsv.
var classNames = [nClasses]string{
	cAboutname:  "aboutname",
	cAndgo:      "andgo",
	cAndnoun:    "andnoun",
	cAndstop:    "andstop",
	cAndverb:    "andverb",
	cDrafting:   "drafting",
	cGeneric:    "generic",
	cIssueverb:  "issueverb",
	cKnown:      "known",
	cKnowncap:   "knowncap",
	cLaw:        "law",
	cLawlead:    "lawlead",
	cLevel:      "level",
	cNotbefore:  "notbefore",
	cNotcap:     "notcap",
	cNotname:    "notname",
	cPersonnel:  "personnel",
	cRank:       "rank",
	cStop:       "stop",
	cToissue:    "toissue",
	cTreatyword: "treatyword",
	cUnit:       "unit",
	cVerbhead:   "verbhead",
	cLawsubject: "lawsubject",
	cCompound:   "compound",
	cTitleinner: "titleinner",
}

// numberMayCite reports whether the number token toks[j] may open a symbol
// (symbolAt gives one only so): at most five bytes, followed on its line by
// "-", "/" or a word and "/" ("35-NQ/TW", "30/2020/NĐ-CP", "19 KL/TW"),
// and not by a separator and a number other than a year after "/". A type word
// before a number starts its own candidate.
func numberMayCite(toks []token.Token, j int) bool {
	if toks[j].End-toks[j].Start > 5 || j+1 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	if n.LineBefore || n.Kind != token.Word && n.Key != "-" && n.Key != "/" {
		return false
	}
	if n.Kind == token.Word {
		// a code and "/": "19 KL/TW"
		return j+2 < len(toks) && !toks[j+2].LineBefore && toks[j+2].Key == "/"
	}
	if j+2 < len(toks) && !toks[j+2].LineBefore && toks[j+2].Kind == token.Number {
		// dates, ranges, scores (25-7-2020, 2020-2025, 25/10): no symbol,
		// but for a year after "/" ("30/2020/NĐ-CP")
		return n.Key == "/" && toks[j+2].End-toks[j+2].Start == 4
	}
	return true
}
