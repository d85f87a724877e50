package places

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// kind is what a phrase of the name lexicon is.
type kind uint8

const (
	kUnit   kind = iota + 1 // a name or alias of a 2004 unit
	kHist                   // a historical province
	kBlock                  // a region, river or fixed phrase: not a province
	kPrefix                 // a place marker: tỉnh, thành phố, TP.
	kSub                    // a sub-provincial marker: huyện, xã, sông
	kSuffix                 // a word after a name that keeps it a place: City
	kPerson                 // an address word before a given name: chị, anh
)

type entry struct {
	kind       kind
	code       string // 2004 code (kUnit)
	name       string // canonical name (kHist)
	needPrefix bool   // a province only after a place marker
	list       bool   // a kSub marker that a list of names follows, all of its kind (thủy điện A, B, C)
	// a kUnit's unit as resolve gives it, found once: before the merger
	// (renamed from renFrom on when hasRen), and from the merger on
	pre, renamed, post Unit
	renFrom            time.Time
	hasRen             bool
}

type unit struct {
	code, name, succ string
	city             bool
}

type rename struct {
	from time.Time
	name string
	city bool
}

type tables struct {
	u2004   map[string]unit
	u2025   map[string]unit
	order04 []string // 2004 codes in file order
	order25 []string
	renames map[string]rename
	names   *lexicon.Lexicon[*entry] // units, aliases, historical, blockers
	ascii   *lexicon.Lexicon[*entry] // unaccented multi-word forms
	markers *lexicon.Lexicon[*entry] // prefixes and sub-provincial markers
	surname map[string]bool          // folded family names; true: also an organization noun
	starts  lexicon.KeyFilter        // the first keys of names, ascii and place markers
	// the first keys of each, tested in line where starts said maybe
	namesFirst, asciiFirst *lexicon.KeyFilter
	placeMarkers           lexicon.KeyFilter // of the prefix and sub markers: a person or suffix marker never opens a match of Find's scan
	aliases                []string          // alias forms from aliases.tsv (for tests)
	// the one-token phrases and first two keys of names and ascii: most
	// candidates open a phrase's first key but not its second
	namesGate, asciiGate gate
	markerGate           gate // of the prefix and sub markers only
	// startGate is the union of the three gates: Find's scan (next)
	// stops only where one of them may
	startGate gate
}

var load = sync.OnceValue(func() *tables {
	t, err := build()
	if err != nil {
		panic("places: bad embedded data: " + err.Error())
	}
	t.starts.Union(t.names.FirstKeys())
	t.starts.Union(t.ascii.FirstKeys())
	t.starts.Union(&t.placeMarkers)
	t.namesFirst, t.asciiFirst = t.names.FirstKeys(), t.ascii.FirstKeys()
	for _, g := range []*gate{&t.namesGate, &t.asciiGate, &t.markerGate} {
		t.startGate.single.Union(&g.single)
		for i := range g.pairs {
			t.startGate.pairs[i] |= g.pairs[i]
		}
	}
	return t
})

// lines returns the non-empty, non-comment lines of an embedded file, split on tabs.
func lines(name string) ([][]string, error) {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fs := strings.Split(l, "\t")
		for i := range fs {
			fs[i] = strings.TrimSpace(fs[i])
		}
		out = append(out, fs)
	}
	return out, sc.Err()
}

// gate holds the keys of one-token phrases and the first two key hashes
// of longer ones; may answers false only where no phrase can start.
type gate struct {
	single lexicon.KeyFilter
	pairs  lexicon.PairFilter
}

func (g *gate) add(phrase string) {
	toks := token.Tokenize(phrase)
	switch {
	case len(toks) == 1:
		g.single.Add(toks[0].Key)
	case len(toks) > 1:
		g.pairs.Add(token.HashOf(&toks[0]), token.HashOf(&toks[1]))
	}
}

// may reports whether a phrase of the gate may start at token i (a
// phrase never runs across a line break; a hand-built token is a maybe).
func (g *gate) may(toks []token.Token, i int) bool {
	t := &toks[i]
	if g.single.HasToken(t) {
		return true
	}
	j := i + 1
	if j >= len(toks) || toks[j].LineBefore {
		return false
	}
	if t.Hash == 0 || toks[j].Hash == 0 {
		return true
	}
	return g.pairs.Has(t.Hash, toks[j].Hash)
}

func (t *tables) addName(form string, e *entry) {
	t.names.Add(form, e)
	t.namesGate.add(form)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func build() (*tables, error) {
	t := &tables{
		u2004: map[string]unit{}, u2025: map[string]unit{}, renames: map[string]rename{},
		names: lexicon.New[*entry](), ascii: lexicon.New[*entry](), markers: lexicon.New[*entry](),
		surname: map[string]bool{},
	}
	var units []*entry // the kUnit entries, resolved at the end
	addASCII := func(form string, e *entry) {
		a := token.ASCII(form)
		if a == strings.ToLower(form) || len(token.Tokenize(form)) < 2 {
			return // already ASCII, or one word: no fallback
		}
		t.ascii.Add(a, e)
		t.asciiGate.add(a)
	}
	rows, err := lines("units2025.tsv")
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r) < 3 {
			return nil, fmt.Errorf("units2025: %q", r)
		}
		t.u2025[r[0]] = unit{code: r[0], name: r[1], city: r[2] == "city"}
		t.order25 = append(t.order25, r[0])
	}
	if rows, err = lines("units2004.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r) < 4 {
			return nil, fmt.Errorf("units2004: %q", r)
		}
		if _, ok := t.u2025[r[3]]; !ok {
			return nil, fmt.Errorf("units2004: unknown successor %q", r[3])
		}
		t.u2004[r[0]] = unit{code: r[0], name: r[1], city: r[2] == "city", succ: r[3]}
		t.order04 = append(t.order04, r[0])
		e := &entry{kind: kUnit, code: r[0]}
		units = append(units, e)
		t.addName(r[1], e)
		addASCII(r[1], e)
	}
	// A 2025 name is the name of its seat's 2004 unit, or an alias (Huế).
	if rows, err = lines("renames.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r) < 4 {
			return nil, fmt.Errorf("renames: %q", r)
		}
		d, err := time.Parse("2006-01-02", r[1])
		if err != nil {
			return nil, err
		}
		t.renames[r[0]] = rename{from: d, name: r[2], city: r[3] == "city"}
	}
	if rows, err = lines("aliases.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r) < 2 {
			return nil, fmt.Errorf("aliases: %q", r)
		}
		if _, ok := t.u2004[r[1]]; !ok {
			return nil, fmt.Errorf("aliases: unknown code %q", r[1])
		}
		e := &entry{kind: kUnit, code: r[1], needPrefix: len(r) > 2 && strings.Contains(r[2], "prefix")}
		units = append(units, e)
		t.addName(r[0], e)
		addASCII(r[0], e)
		t.aliases = append(t.aliases, r[0])
	}
	if rows, err = lines("historical.txt"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		e := &entry{kind: kHist, name: r[0]}
		t.addName(r[0], e)
		addASCII(r[0], e)
	}
	for _, f := range []string{"regions.txt", "blockers.txt"} {
		if rows, err = lines(f); err != nil {
			return nil, err
		}
		for _, r := range rows {
			t.addName(r[0], &entry{kind: kBlock})
			addASCII(r[0], &entry{kind: kBlock})
		}
	}
	if rows, err = lines("markers.tsv"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if len(r) < 2 {
			return nil, fmt.Errorf("markers: %q", r)
		}
		var k kind
		list := false
		switch r[1] {
		case "prefix":
			k = kPrefix
		case "sub":
			k = kSub
		case "sublist":
			k, list = kSub, true
		case "person":
			k = kPerson
		case "suffix":
			k = kSuffix
		default:
			return nil, fmt.Errorf("markers: unknown kind %q", r[1])
		}
		t.markers.Add(r[0], &entry{kind: k, list: list})
		if ts := token.Tokenize(r[0]); len(ts) > 0 && (k == kPrefix || k == kSub) {
			t.placeMarkers.Add(ts[0].Key) // as Add files the phrase
			t.markerGate.add(r[0])
		}
	}
	if rows, err = lines("surnames.txt"); err != nil {
		return nil, err
	}
	for _, r := range rows {
		t.surname[token.Fold(r[0])] = len(r) > 1 && r[1] == "org"
	}
	for _, e := range units {
		e.pre, e.post = t.resolve(e.code, time.Time{}), t.resolve(e.code, MergerDate)
		if r, ok := t.renames[e.code]; ok {
			e.renamed, e.renFrom, e.hasRen = t.resolve(e.code, r.from), r.from, true
		}
	}
	return t, nil
}
