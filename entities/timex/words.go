package timex

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

//go:embed data/words.tsv
var wordsTSV string

// wordSet holds the folded word lists of data/words.tsv.
type wordSet struct {
	day, cue, from, to, month, year, first, last, quarter, stamp map[string]bool
	clock                                                        map[string]bool
	relYear                                                      map[string]int
	mon                                                          map[string]int
	term                                                         *lexicon.Lexicon[bool]
	dayLex                                                       *lexicon.Lexicon[bool]
	weekday                                                      *lexicon.Lexicon[bool]
	relDay                                                       *lexicon.Lexicon[int]
	// periodStart holds the keys a period may open with, other than a
	// number: quý, năm and the first words of the term phrases
	periodStart lexicon.KeyFilter
}

var words = sync.OnceValue(func() *wordSet {
	w := &wordSet{relYear: map[string]int{}, mon: map[string]int{}, term: lexicon.New[bool](), dayLex: lexicon.New[bool](),
		weekday: lexicon.New[bool](), relDay: lexicon.New[int]()}
	sets := map[string]*map[string]bool{"day": &w.day, "cue": &w.cue, "from": &w.from, "to": &w.to,
		"month": &w.month, "year": &w.year, "first": &w.first, "last": &w.last, "quarter": &w.quarter, "stamp": &w.stamp, "clock": &w.clock}
	for _, m := range sets {
		*m = map[string]bool{}
	}
	for _, line := range strings.Split(wordsTSV, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		kind, phrase := f[0], f[1]
		switch kind {
		case "term":
			w.term.Add(phrase, true)
		case "weekday":
			w.weekday.Add(phrase, true)
		case "relday":
			if len(f) < 3 {
				continue
			}
			if n, err := strconv.Atoi(f[2]); err == nil {
				w.relDay.Add(phrase, n)
			}
		case "rel", "mon":
			if len(f) < 3 {
				continue
			}
			n, err := strconv.Atoi(f[2])
			if err != nil {
				continue
			}
			if kind == "rel" {
				w.relYear[token.FoldPhrase(phrase)] = n
			} else {
				w.mon[token.FoldPhrase(phrase)] = n
			}
		default:
			if m, ok := sets[kind]; ok {
				key := token.FoldPhrase(phrase)
				if strings.Contains(key, " ") {
					// multi-word: its last word is what precedes the number
					key = key[strings.LastIndexByte(key, ' ')+1:]
				}
				(*m)[key] = true
			}
		}
	}
	for _, m := range []map[string]bool{w.quarter, w.year} {
		for k := range m {
			w.periodStart.Add(k)
		}
	}
	for _, line := range strings.Split(wordsTSV, "\n") {
		if f := strings.Split(strings.TrimSpace(line), "\t"); len(f) >= 2 && f[0] == "term" {
			if ks := strings.Fields(token.FoldPhrase(f[1])); len(ks) > 0 {
				w.periodStart.Add(ks[0])
			}
		}
	}
	return w
})

// keySo is the folded "số" (number): "số 25/2019" is a document number.
var keySo = token.Fold("số")
