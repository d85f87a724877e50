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
	"encoding/binary"
	"unsafe"

	"github.com/vnpol/vnpol/entities/token"
)

// Lexicon maps phrases to values. Build it once with Add, then use it from
// any number of goroutines.
type Lexicon[V any] struct {
	root  node
	vals  []V // the values, indexed by node.val
	size  int
	first KeyFilter // the keys phrases start with: spares the map lookup at most tokens
}

// KeyFilter is a set of token keys that may answer "yes" wrongly but never
// "no" wrongly: one bit per 16-bit hash of the key (8 KiB). A scan checks
// it before a map lookup that would mostly fail.
type KeyFilter [1 << 10]uint64

func keyHash(k string) uint32 { return fold16(token.KeyHash(k)) }

// fold16 takes the filter's 16 bits from a 32-bit key hash (token.KeyHash):
// the low half, one instruction at every token of every scan.
func fold16(h uint32) uint32 { return h & (1<<16 - 1) }

// Add puts a key in the filter. It also sets bit 0, the bit of a token
// whose hash was not computed (Token.Hash zero): HasToken answers "maybe"
// for it rather than test whether the hash is there.
func (f *KeyFilter) Add(k string) { h := keyHash(k); f[h>>6] |= 1 << (h & 63); f[0] |= 1 }

// Has reports whether the key may be in the filter.
func (f *KeyFilter) Has(k string) bool { h := keyHash(k); return f[h>>6]&(1<<(h&63)) != 0 }

// Union adds every key of g to f.
func (f *KeyFilter) Union(g *KeyFilter) {
	for i := range f {
		f[i] |= g[i]
	}
}

// HasToken is Has(t.Key) through the hash Tokenize stored in the token;
// for a token built by hand (Hash zero) it answers "maybe" when the filter
// holds any key.
func (f *KeyFilter) HasToken(t *token.Token) bool {
	h := fold16(t.Hash)
	return f[h>>6]&(1<<(h&63)) != 0
}

// PairFilter is a set of pairs of token keys, on their 32-bit hashes
// (token.Token.Hash, token.KeyHash), that may answer "yes" wrongly but
// never "no" wrongly: one bit per 16-bit mix of the two hashes (8 KiB). A
// scan tests the first two keys of a token run against the pairs that
// open the phrases of two or more words before a lookup.
type PairFilter [1 << 10]uint64

func pairBit(a, b uint32) uint32 {
	h := a*0x9e3779b1 ^ b
	return (h ^ h>>16) & (1<<16 - 1)
}

// Add puts the pair of key hashes (a, b) in the filter.
func (f *PairFilter) Add(a, b uint32) { h := pairBit(a, b); f[h>>6] |= 1 << (h & 63) }

// Has reports whether the pair of key hashes (a, b) may be in the filter.
func (f *PairFilter) Has(a, b uint32) bool { h := pairBit(a, b); return f[h>>6]&(1<<(h&63)) != 0 }

// MayStart reports whether a phrase may start with a token of this key
// (false means certainly not).
func (l *Lexicon[V]) MayStart(key string) bool { return l.first.Has(key) }

// node is a trie node (not generic: the values sit in Lexicon.vals). Its
// children sit in an open-addressing table indexed by the 32-bit hash of
// their key (token.KeyHash, which Tokenize stores in every token). A slot
// holds its key as words (keyWords) rather than as a string: a probe
// compares the hash and length, then one or two words, so no key string
// is hashed during a scan, keys with equal hashes stay apart, and a probe
// reads neither the key's bytes nor the child node until it has found it.
type node struct {
	next []slot // power-of-two length, at most half full; nil: a leaf
	n    int    // children
	val  int32  // index into vals; -1: no phrase ends here
	key  string // the key that leads here: compared whole past 16 bytes
}

type slot struct {
	hn     uint64 // the key's hash | its length<<32; 0: an empty slot
	k1, k2 uint64 // keyWords of the key
	c      *node  // nil: an empty slot
}

// keyWords holds a key of up to 16 bytes in two words, from loads that
// together cover every byte: three bytes (the first, the last and the
// middle one) for 1 to 3 bytes, two overlapping 4-byte loads for 4 to 8,
// two overlapping 8-byte loads past 8 (which cover only the first and
// the last 8 bytes of a key past 16). Two keys of the same length have the
// same words exactly when they are equal (past 16 bytes: when they agree
// on those 16).
func keyWords(k string) (k1, k2 uint64) {
	n := len(k)
	p := unsafe.Pointer(unsafe.StringData(k))
	switch {
	case n == 0:
	case n < 4:
		k1 = uint64(*(*byte)(p)) | uint64(*(*byte)(unsafe.Add(p, n-1)))<<8 | uint64(*(*byte)(unsafe.Add(p, n>>1)))<<16
	case n <= 8:
		k1 = uint64(load32(p, 0)) | uint64(load32(p, n-4))<<32
	default:
		k1, k2 = load64(p, 0), load64(p, n-8)
	}
	return
}

func load32(p unsafe.Pointer, i int) uint32 {
	return binary.LittleEndian.Uint32((*[4]byte)(unsafe.Add(p, i))[:])
}

func load64(p unsafe.Pointer, i int) uint64 {
	return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(p, i))[:])
}

// hashLen is a slot's hn for a key of hash h.
func hashLen(h uint32, key string) uint64 { return uint64(h) | uint64(len(key))<<32 }

// child returns the child reached by key (hash h), or nil.
func (n *node) child(h uint32, key string) *node {
	hn := hashLen(h, key)
	k1, k2 := keyWords(key)
	mask := uint32(len(n.next) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &n.next[i]
		if s.hn == hn && s.k1 == k1 && s.k2 == k2 && (len(key) <= 16 || s.c.key == key) {
			return s.c
		}
		if s.c == nil {
			return nil
		}
	}
}

// sameKey is a == b through keyWords, as walk compares keys.
func sameKey(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	a1, a2 := keyWords(a)
	b1, b2 := keyWords(b)
	return a1 == b1 && a2 == b2 && (len(a) <= 16 || a == b)
}

// add puts a new child (key hash h) in the table, growing it to stay at
// most half full.
func (n *node) add(h uint32, key string, c *node) {
	if 2*(n.n+1) > len(n.next) {
		old := n.next
		n.next = make([]slot, max(4, 2*len(old)))
		for _, s := range old {
			if s.c != nil {
				n.put(s)
			}
		}
	}
	k1, k2 := keyWords(key)
	c.key = key
	n.put(slot{hn: hashLen(h, key), k1: k1, k2: k2, c: c})
	n.n++
}

func (n *node) put(s slot) {
	mask := uint32(len(n.next) - 1)
	i := uint32(s.hn) & mask
	for n.next[i].c != nil {
		i = (i + 1) & mask
	}
	n.next[i] = s
}

// walk returns the end (token index) and value index of the longest
// phrase starting at token i, which must exist; val -1 when none, and
// valSlow when the caller must ask walkSlow.
//
// Its loop makes no call (a call would make the compiler keep every
// variable on the stack): keys of 1 to 16 bytes, nearly all, compare as
// words (keyWords, in line), and a longer key hands the whole walk over
// to walkSlow.
func (n *node) walk(toks []token.Token, i int) (last int, val int32) {
	val = -1
	// the tokens are read through t, moved a token at a time while i < len(toks)
	t := &toks[i]
	for len(n.next) > 0 {
		h := t.Hash
		if h == 0 { // a token built by hand
			return 0, valSlow
		}
		// keyWords(t.Key), in line
		kl := len(t.Key)
		p := unsafe.Pointer(unsafe.StringData(t.Key))
		var k1, k2 uint64
		switch {
		case kl == 0:
		case kl < 4:
			k1 = uint64(*(*byte)(p)) | uint64(*(*byte)(unsafe.Add(p, kl-1)))<<8 | uint64(*(*byte)(unsafe.Add(p, kl>>1)))<<16
		case kl <= 8:
			k1 = uint64(load32(p, 0)) | uint64(load32(p, kl-4))<<32
		case kl <= 16:
			k1, k2 = load64(p, 0), load64(p, kl-8)
		default:
			return 0, valSlow
		}
		hn := uint64(h) | uint64(kl)<<32
		mask := uint32(len(n.next) - 1)
		k := h & mask
		base := unsafe.Pointer(unsafe.SliceData(n.next))
		var c *node
		for {
			// &n.next[k] (k is masked); an empty slot has hn 0, and a token's hash is not 0
			s := (*slot)(unsafe.Add(base, uintptr(k)*unsafe.Sizeof(slot{})))
			if s.hn == hn && s.k1 == k1 && s.k2 == k2 {
				c = s.c
				break
			}
			if s.c == nil {
				return
			}
			k = (k + 1) & mask
		}
		i++
		if c.val >= 0 {
			last, val = i, c.val
		}
		if i >= len(toks) {
			return
		}
		if t = (*token.Token)(unsafe.Add(unsafe.Pointer(t), unsafe.Sizeof(token.Token{}))); t.LineBefore { // &toks[i]
			return
		}
		n = c
	}
	return
}

// valSlow is walk's answer when walkSlow must walk instead (a long key,
// a token without its hash).
const valSlow = -2

// walkSlow is walk with any key length.
func (r *node) walkSlow(toks []token.Token, i int) (last int, val int32) {
	val = -1
	for n := r; len(n.next) > 0 && i < len(toks) && (n == r || !toks[i].LineBefore); i++ {
		if n = n.child(token.HashOf(&toks[i]), toks[i].Key); n == nil {
			break
		}
		if n.val >= 0 {
			last, val = i+1, n.val
		}
	}
	return
}

// New returns an empty lexicon.
func New[V any]() *Lexicon[V] { return &Lexicon[V]{root: node{val: -1}} }

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
		var c *node
		if len(n.next) > 0 {
			c = n.child(t.Hash, t.Key)
		}
		if c == nil {
			c = &node{val: -1}
			n.add(t.Hash, t.Key, c)
		}
		n = c
	}
	if n.val < 0 {
		l.size++
		n.val = int32(len(l.vals))
		l.vals = append(l.vals, v)
		return
	}
	l.vals[n.val] = v
}

// Match is a phrase found in the text: tokens [First, Last) and bytes [Start, End).
type Match[V any] struct {
	First, Last int
	Start, End  int
	Value       V
}

// At returns the longest phrase that starts at token i.
func (l *Lexicon[V]) At(toks []token.Token, i int) (m Match[V], ok bool) {
	if uint(i) >= uint(len(toks)) || !l.first.HasToken(&toks[i]) {
		return
	}
	last, v := l.root.walk(toks, i)
	if v == valSlow {
		last, v = l.root.walkSlow(toks, i)
	}
	if v < 0 {
		return
	}
	m.First, m.Last, m.Start, m.End, m.Value = i, last, toks[i].Start, toks[last-1].End, l.vals[v]
	return m, true
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
		last, v := l.root.walk(toks, i)
		if v == valSlow {
			last, v = l.root.walkSlow(toks, i)
		}
		if v >= 0 {
			out = append(out, Match[V]{First: i, Last: last, Start: toks[i].Start, End: toks[last-1].End, Value: l.vals[v]})
			i = last
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
