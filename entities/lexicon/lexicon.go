// Package lexicon finds phrases from a word list in tokenized text, in one
// pass, by longest match on folded token keys (see package token): a
// phrase matches whole tokens only, so "Nam" never matches inside "Namibia"
// and "Hòa" matches "Hoà". A phrase never matches across a line break.
//
// Overlaps are resolved by one rule, used everywhere in vnpol: scanning left
// to right, the longest phrase starting at the current token wins and the
// scan resumes after it.
package lexicon

import (
	"github.com/vnpol/vnpol/entities/token"
)

// Lexicon maps phrases to values. Build it once with Add, then use it from
// any number of goroutines.
type Lexicon[V any] struct {
	root  node[V]
	size  int
	first KeyFilter // the keys phrases start with: spares the map lookup at most tokens
}

// KeyFilter is a set of token keys that may answer "yes" wrongly but never
// "no" wrongly: one bit per 16-bit hash of the key (8 KiB). A scan checks
// it before a map lookup that would mostly fail.
type KeyFilter [1 << 10]uint64

func keyHash(k string) uint32 { return fold16(token.KeyHash(k)) }

// fold16 folds a 32-bit key hash (token.KeyHash) to the filter's 16 bits.
func fold16(h uint32) uint32 { return (h ^ h>>16) & (1<<16 - 1) }

// Add puts a key in the filter.
func (f *KeyFilter) Add(k string) { h := keyHash(k); f[h>>6] |= 1 << (h & 63) }

// Has reports whether the key may be in the filter.
func (f *KeyFilter) Has(k string) bool { h := keyHash(k); return f[h>>6]&(1<<(h&63)) != 0 }

// Union adds every key of g to f.
func (f *KeyFilter) Union(g *KeyFilter) {
	for i := range f {
		f[i] |= g[i]
	}
}

// HasToken is Has(t.Key) through the hash Tokenize stored in the token.
func (f *KeyFilter) HasToken(t *token.Token) bool {
	h := fold16(token.HashOf(t))
	return f[h>>6]&(1<<(h&63)) != 0
}

// MayStart reports whether a phrase may start with a token of this key
// (false means certainly not).
func (l *Lexicon[V]) MayStart(key string) bool { return l.first.Has(key) }

// node is a trie node. Its children sit in an open-addressing table
// indexed by the 32-bit hash of their key (token.KeyHash, which Tokenize
// stores in every token): a probe compares the hash, then the key, so no
// key string is hashed during a scan and keys with equal hashes stay apart.
type node[V any] struct {
	next []slot[V] // power-of-two length, at most half full; nil: a leaf
	n    int       // children
	key  string    // the key leading here
	val  V
	ok   bool
}

type slot[V any] struct {
	h uint32
	c *node[V]
}

// child returns the child reached by key (hash h), or nil.
func (n *node[V]) child(h uint32, key string) *node[V] {
	if len(n.next) == 0 {
		return nil
	}
	mask := uint32(len(n.next) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &n.next[i]
		if s.c == nil {
			return nil
		}
		if s.h == h && s.c.key == key {
			return s.c
		}
	}
}

// add puts a new child (key hash h) in the table, growing it to stay at
// most half full.
func (n *node[V]) add(h uint32, c *node[V]) {
	if 2*(n.n+1) > len(n.next) {
		old := n.next
		n.next = make([]slot[V], max(4, 2*len(old)))
		for _, s := range old {
			if s.c != nil {
				n.put(s)
			}
		}
	}
	n.put(slot[V]{h, c})
	n.n++
}

func (n *node[V]) put(s slot[V]) {
	mask := uint32(len(n.next) - 1)
	i := s.h & mask
	for n.next[i].c != nil {
		i = (i + 1) & mask
	}
	n.next[i] = s
}

// New returns an empty lexicon.
func New[V any]() *Lexicon[V] { return &Lexicon[V]{} }

// Len is the number of phrases.
func (l *Lexicon[V]) Len() int { return l.size }

// Add adds a phrase (tokenized and folded like the text) with its value;
// adding a phrase again replaces its value. An empty phrase is ignored.
func (l *Lexicon[V]) Add(phrase string, v V) {
	toks := token.Tokenize(phrase)
	if len(toks) == 0 {
		return
	}
	l.first.Add(toks[0].Key)
	n := &l.root
	for _, t := range toks {
		c := n.child(t.Hash, t.Key)
		if c == nil {
			c = &node[V]{key: t.Key}
			n.add(t.Hash, c)
		}
		n = c
	}
	if !n.ok {
		l.size++
	}
	n.val, n.ok = v, true
}

// Match is a phrase found in the text: tokens [First, Last) and bytes [Start, End).
type Match[V any] struct {
	First, Last int
	Start, End  int
	Value       V
}

// At returns the longest phrase that starts at token i.
func (l *Lexicon[V]) At(toks []token.Token, i int) (Match[V], bool) {
	if i < 0 || i >= len(toks) || !l.first.HasToken(&toks[i]) {
		return Match[V]{}, false
	}
	var best *node[V]
	last := 0
	n := &l.root
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].LineBefore {
			break
		}
		c := n.child(token.HashOf(&toks[j]), toks[j].Key)
		if c == nil {
			break
		}
		n = c
		if n.ok {
			best, last = n, j+1
		}
	}
	if best == nil {
		return Match[V]{}, false
	}
	return Match[V]{First: i, Last: last, Start: toks[i].Start, End: toks[last-1].End, Value: best.val}, true
}

// FirstKeys returns the filter of the keys phrases start with, so that a
// caller scanning with several lexicons can test one union filter (see
// KeyFilter.Union) instead of each. Do not change it.
func (l *Lexicon[V]) FirstKeys() *KeyFilter { return &l.first }

// MayStartAt reports whether a phrase may start at token i (false means
// certainly not): a one-bit test that spares a caller the call to At.
func (l *Lexicon[V]) MayStartAt(toks []token.Token, i int) bool {
	return i >= 0 && i < len(toks) && l.first.HasToken(&toks[i])
}

// FindAll returns the non-overlapping longest matches, left to right.
func (l *Lexicon[V]) FindAll(toks []token.Token) []Match[V] {
	return l.AppendAll(nil, toks)
}

// AppendAll is FindAll appending to out, so that a caller can reuse a buffer.
func (l *Lexicon[V]) AppendAll(out []Match[V], toks []token.Token) []Match[V] {
	for i := 0; i < len(toks); {
		if !l.first.HasToken(&toks[i]) { // in line: At is not, and most tokens end here
			i++
			continue
		}
		if m, ok := l.At(toks, i); ok {
			out = append(out, m)
			i = m.Last
			continue
		}
		i++
	}
	return out
}

// Lookup returns the value of a whole phrase.
func (l *Lexicon[V]) Lookup(phrase string) (V, bool) {
	toks := token.Tokenize(phrase)
	m, ok := l.At(toks, 0)
	if !ok || m.Last != len(toks) {
		var zero V
		return zero, false
	}
	return m.Value, true
}
