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
	count                                                        map[string]bool // words of a count before "năm" (see periodAt)
	unit                                                         map[string]bool // counted nouns after a range of numbers (see countedAfter)
	relYear                                                      map[string]int
	mon                                                          map[string]int
	term                                                         *lexicon.Lexicon[bool]
	dayLex                                                       *lexicon.Lexicon[bool]
	weekday                                                      *lexicon.Lexicon[bool]
	relDay                                                       *lexicon.Lexicon[int]
	relPhrases                                                   []string // relDay's phrases as written (see RelativePhrases)
	// periodStart holds the keys a period may open with, other than a
	// number: quý, năm and the first words of the term phrases
	periodStart lexicon.KeyFilter
	// bits holds the classes above (day, cue...) of each key, found
	// through the hash Tokenize stored in the token: no map lookup and no
	// key hashing in the scans
	bits                    keyBits
	weekdayFirst, termFirst *lexicon.KeyFilter
	// monthKeys holds the month words (class month); dateNext the keys
	// after a number that may make it a date (classes to and month, "và"):
	// dateAt's one-bit tests before its class lookups
	monthKeys, dateNext lexicon.KeyFilter
	// periodScan is periodStart with the month words: nextPeriod's one
	// test per token
	periodScan lexicon.KeyFilter
}

// The classes of a key in wordSet.bits (the maps of the same names).
const (
	bDay uint16 = 1 << iota
	bCue
	bFrom
	bTo
	bMonth
	bYear
	bFirst
	bLast
	bQuarter
	bClock
	bUnit
)

// keyBits maps keys to class bits: an open-addressing table indexed by
// the key's 32-bit hash (token.KeyHash), the key kept in the slot.
type keyBits struct {
	slots []keySlot // power-of-two length, at most a quarter full
}

type keySlot struct {
	h    uint32
	bits uint16
	key  string // "": an empty slot
}

func (kb *keyBits) add(key string, bits uint16) {
	if len(kb.slots) == 0 {
		kb.slots = make([]keySlot, 64)
	}
	h := token.KeyHash(key)
	mask := uint32(len(kb.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &kb.slots[i]
		if s.key == key {
			s.bits |= bits
			return
		}
		if s.key == "" {
			*s = keySlot{h, bits, key}
			break
		}
	}
	n := 0
	for _, s := range kb.slots {
		if s.key != "" {
			n++
		}
	}
	if 4*n > len(kb.slots) { // grow
		old := kb.slots
		kb.slots = make([]keySlot, 2*len(old))
		for _, s := range old {
			if s.key != "" {
				kb.add(s.key, s.bits)
			}
		}
	}
}

// of returns the class bits of the token's key.
func (kb *keyBits) of(t *token.Token) uint16 {
	h := token.HashOf(t)
	mask := uint32(len(kb.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &kb.slots[i]
		if s.h == h && s.key == t.Key {
			return s.bits
		}
		if s.key == "" {
			return 0
		}
	}
}

// at returns the class bits of token i, 0 outside toks (as a map lookup
// of prevKey's "" gave).
func (w *wordSet) at(toks []token.Token, i int) uint16 {
	if uint(i) >= uint(len(toks)) {
		return 0
	}
	return w.bits.of(&toks[i])
}

var words = sync.OnceValue(func() *wordSet {
	w := &wordSet{relYear: map[string]int{}, mon: map[string]int{}, term: lexicon.New[bool](), dayLex: lexicon.New[bool](),
		weekday: lexicon.New[bool](), relDay: lexicon.New[int]()}
	sets := map[string]*map[string]bool{"day": &w.day, "cue": &w.cue, "from": &w.from, "to": &w.to,
		"month": &w.month, "year": &w.year, "first": &w.first, "last": &w.last, "quarter": &w.quarter, "stamp": &w.stamp, "clock": &w.clock, "count": &w.count, "unit": &w.unit}
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
				w.relPhrases = append(w.relPhrases, phrase)
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
	w.bits.add(keySo, 0) // a table never empty
	for _, c := range []struct {
		m map[string]bool
		b uint16
	}{{w.day, bDay}, {w.cue, bCue}, {w.from, bFrom}, {w.to, bTo}, {w.month, bMonth}, {w.year, bYear},
		{w.first, bFirst}, {w.last, bLast}, {w.quarter, bQuarter}, {w.clock, bClock}, {w.unit, bUnit}} {
		for k := range c.m {
			w.bits.add(k, c.b)
		}
	}
	w.weekdayFirst, w.termFirst = w.weekday.FirstKeys(), w.term.FirstKeys()
	for k := range w.month {
		w.monthKeys.Add(k)
		w.dateNext.Add(k)
		w.periodScan.Add(k)
	}
	for k := range w.to {
		w.dateNext.Add(k)
	}
	w.dateNext.Add("và")
	w.dateNext.Add("va2")
	for _, line := range strings.Split(wordsTSV, "\n") {
		if f := strings.Split(strings.TrimSpace(line), "\t"); len(f) >= 2 && f[0] == "term" {
			if ks := strings.Fields(token.FoldPhrase(f[1])); len(ks) > 0 {
				w.periodStart.Add(ks[0])
			}
		}
	}
	w.periodScan.Union(&w.periodStart)
	return w
})

// keySo is the folded "số" (number): "số 25/2019" is a document number.
var keySo = token.Fold("số")

// RelativePhrases returns the phrases Relative reads ("hôm nay", "chiều
// qua"), as written in data/words.tsv: a caller that scans a text for
// other words may look for these too and spare the calls to Relative on
// the sentences that hold none. Do not change the slice.
func RelativePhrases() []string { return words().relPhrases }
