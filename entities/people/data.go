package people

import (
	"bufio"
	"embed"
	"strings"
	"sync"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

//go:embed data/*.txt data/*.tsv
var dataFS embed.FS

// orgKind classifies an organization head word.
type orgKind uint8

const (
	orgPlain orgKind = iota + 1
	// orgPlace heads expect a place name after them: "Tỉnh ủy Sóc Trăng".
	orgPlace
)

// cueKind classifies a word before a name.
type cueKind uint8

const (
	cueHonorific cueKind = iota + 1
	cueRank
	cueAcademic
)

type data struct {
	family   map[string]bool        // folded family names
	roles    *lexicon.Lexicon[bool] // true: a whole title on its own
	former   *lexicon.Lexicon[bool]
	cues     *lexicon.Lexicon[cueKind]
	orgHeads *lexicon.Lexicon[orgKind]
	orgLower *lexicon.Lexicon[bool]
	verbs    *lexicon.Lexicon[bool]
	eponyms  *lexicon.Lexicon[bool]
	organs   *lexicon.Lexicon[string]
	intro    *lexicon.Lexicon[bool] // true: a list of chains follows
	orgStop  *lexicon.Lexicon[bool] // closed-class words ending an organization
	abbrev   map[string]bool        // folded unit abbreviations (Q, H, TP)
	weak     map[string]bool        // folded roles that are no title alone
}

// lines returns the non-empty, non-comment lines of an embedded file.
func lines(name string) [][]string {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		panic("people: missing data file " + name)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		out = append(out, cols)
	}
	return out
}

func boolLex(name string) *lexicon.Lexicon[bool] {
	l := lexicon.New[bool]()
	for _, c := range lines(name) {
		l.Add(c[0], true)
	}
	return l
}

var load = sync.OnceValue(func() *data {
	d := &data{family: map[string]bool{}}
	for _, c := range lines("family.txt") {
		d.family[token.Fold(c[0])] = true
	}
	d.roles = lexicon.New[bool]()
	d.weak = map[string]bool{}
	for _, c := range lines("roles.txt") {
		d.roles.Add(c[0], len(c) > 1 && c[1] == "full")
		if len(c) > 1 && c[1] == "weak" {
			d.weak[token.FoldPhrase(c[0])] = true
		}
	}
	d.former = lexicon.New[bool]()
	for _, c := range lines("former.txt") {
		d.former.Add(c[0], !(len(c) > 1 && c[1] == "acting"))
	}
	d.orgLower = boolLex("orglower.txt")
	d.verbs = boolLex("verbs.txt")
	d.orgStop = boolLex("orgstop.txt")
	d.abbrev = map[string]bool{}
	for _, c := range lines("abbrev.txt") {
		d.abbrev[token.Fold(c[0])] = true
	}
	d.eponyms = boolLex("eponyms.txt")
	d.intro = lexicon.New[bool]()
	for _, c := range lines("introducers.txt") {
		d.intro.Add(c[0], len(c) > 1 && c[1] == "list")
	}
	d.cues = lexicon.New[cueKind]()
	for _, c := range lines("cues.txt") {
		k := cueHonorific
		if len(c) > 1 {
			switch c[1] {
			case "rank":
				k = cueRank
			case "academic":
				k = cueAcademic
			}
		}
		d.cues.Add(c[0], k)
	}
	d.orgHeads = lexicon.New[orgKind]()
	for _, c := range lines("orgheads.txt") {
		k := orgPlain
		if len(c) > 1 && c[1] == "place" {
			k = orgPlace
		}
		d.orgHeads.Add(c[0], k)
	}
	d.organs = lexicon.New[string]()
	for _, c := range lines("organs.tsv") {
		if len(c) < 2 {
			continue
		}
		d.organs.Add(c[0], c[1])
	}
	return d
})
