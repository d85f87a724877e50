package tasks

import (
	"unsafe"

	"github.com/vnpol/vnpol/entities/token"
)

// ptrie is the phrase trie of lexicons.both, flattened for the index pass:
// every edge sits in one open-addressing table (at most a quarter full) indexed by the parent node
// and the 32-bit key hash of the token (token.KeyHash, which Tokenize
// stores in every token), and every node's value in one slice. A probe
// compares the hash and the parent, then the key, so a hash collision
// never makes a match. It answers what lexicon.Lexicon.At would, for one
// value type and without building a Match.
type ptrie struct {
	edges []pedge // power-of-two length
	mask  uint32
	nodes []pnode // nodes[0] is the root
}

type pedge struct {
	h      uint32
	parent uint32
	child  uint32 // 0: an empty slot
	// ok and leaf copy the child's (pnode), key its key and w0, w1
	// keyWords(key): a probe and a step read the edge alone
	ok, leaf bool
	w0, w1   uint32
	key      string
}

type pnode struct {
	key  string // the key leading here
	val  prefixes
	ok   bool // a phrase ends here
	leaf bool // no phrase goes on from here
}

func newPtrie() *ptrie {
	t := &ptrie{nodes: make([]pnode, 1)}
	t.edges = make([]pedge, 8)
	t.mask = 7
	return t
}

func edgeSlot(parent, h uint32) uint32 { return h ^ parent*0x9E3779B1 }

// child returns the node reached from parent by the key (hash h), or 0.
func (t *ptrie) child(parent, h uint32, key string) uint32 {
	for i := edgeSlot(parent, h) & t.mask; ; i = (i + 1) & t.mask {
		e := &t.edges[i]
		if e.child == 0 {
			return 0
		}
		if e.h == h && e.parent == parent && t.nodes[e.child].key == key {
			return e.child
		}
	}
}

// sync copies the flags of the node reached from parent by the key (hash
// h) into the edge leading to it.
func (t *ptrie) sync(parent, h uint32, key string) {
	for i := edgeSlot(parent, h) & t.mask; ; i = (i + 1) & t.mask {
		e := &t.edges[i]
		if e.child == 0 {
			return
		}
		if e.h == h && e.parent == parent && e.key == key {
			e.ok, e.leaf = t.nodes[e.child].ok, t.nodes[e.child].leaf
			return
		}
	}
}

func (t *ptrie) put(e pedge) {
	i := edgeSlot(e.parent, e.h) & t.mask
	for t.edges[i].child != 0 {
		i = (i + 1) & t.mask
	}
	t.edges[i] = e
}

// add puts the phrase of tokens toks with its value; adding a phrase again
// replaces its value (as lexicon.Lexicon.Add does).
func (t *ptrie) add(toks []token.Token, v prefixes) {
	if len(toks) == 0 {
		return
	}
	n := uint32(0)
	// the edge leading to n: its parent and key hash
	var np, nh uint32
	for k := range toks {
		h := token.HashOf(&toks[k])
		c := t.child(n, h, toks[k].Key)
		if c == 0 {
			c = uint32(len(t.nodes))
			t.nodes = append(t.nodes, pnode{key: toks[k].Key, leaf: true})
			t.nodes[n].leaf = false
			if n != 0 {
				defer t.sync(np, nh, t.nodes[n].key) // (after any resize)
			}
			if 4*len(t.nodes) > len(t.edges) {
				old := t.edges
				t.edges = make([]pedge, 2*len(old))
				t.mask = uint32(len(t.edges) - 1)
				for _, e := range old {
					if e.child != 0 {
						t.put(e)
					}
				}
			}
			w0, w1 := keyWords(toks[k].Key)
			t.put(pedge{h: h, parent: n, child: c, leaf: true, w0: w0, w1: w1, key: toks[k].Key})
		}
		np, nh, n = n, h, c
	}
	t.nodes[n].val, t.nodes[n].ok = v, true
	t.sync(np, nh, t.nodes[n].key)
}

// at returns the node of the longest phrase starting at token i (0 if
// none); h is the token's key hash (token.HashOf). Like
// lexicon.Lexicon.At, a phrase does not run across a line break.
func (t *ptrie) at(toks []token.Token, i int, h uint32) uint32 {
	best, n := uint32(0), uint32(0)
	edges, mask := t.edges, t.mask
	key := toks[i].Key
	rest := toks[i+1:]
	for {
		// the child of n by key (hash h), probed in line
		k := edgeSlot(n, h) & mask
		var e *pedge
		for {
			e = &edges[k]
			if e.child == 0 {
				return best
			}
			if e.h == h && e.parent == n && keyEq(key, e.key, e.w0, e.w1) {
				break
			}
			k = (k + 1) & mask
		}
		n = e.child
		if e.ok {
			best = n
		}
		if e.leaf || len(rest) == 0 || rest[0].LineBefore {
			return best
		}
		tk := &rest[0]
		rest = rest[1:]
		key = tk.Key
		if h = tk.Hash; h == 0 {
			h = token.KeyHash(key)
		}
	}
}

// rootSlots is the size of the table of the root's children.
const rootSlots = 1 << 11

// rootSlot is a child of the root: its key, the key's hash, the node and
// its flags.
type rootSlot struct {
	h        uint32
	node     uint32 // 0: an empty slot
	ok, leaf bool
	w0, w1   uint32 // keyWords(key)
	key      string
}

// rootTable returns a direct-mapped table, by the low bits of the key
// hash, of the root's children; of two children in one slot, the table
// keeps the first (the other is found by at).
func (t *ptrie) rootTable() *[rootSlots]rootSlot {
	var tab [rootSlots]rootSlot
	for _, e := range t.edges {
		if e.child == 0 || e.parent != 0 {
			continue
		}
		if s := &tab[e.h&(rootSlots-1)]; s.node == 0 {
			*s = rootSlot{h: e.h, node: e.child, ok: e.ok, leaf: e.leaf, key: e.key}
			s.w0, s.w1 = keyWords(e.key)
		}
	}
	return &tab
}

// from goes on with at's walk from node n, reached by the tokens before
// token i, and returns the node of the longest phrase: best (the longest
// phrase up to n, or 0) when no longer one goes on from n.
func (t *ptrie) from(toks []token.Token, i int, n, best uint32) uint32 {
	edges, mask := t.edges, t.mask
	if i < 0 {
		return best
	}
	for ; i < len(toks); i++ {
		tk := &toks[i]
		if tk.LineBefore {
			return best
		}
		h := tk.Hash
		if h == 0 {
			h = token.KeyHash(tk.Key)
		}
		k := edgeSlot(n, h) & mask
		var e *pedge
		for {
			e = &edges[k]
			if e.child == 0 {
				return best
			}
			if e.h == h && e.parent == n && keyEq(tk.Key, e.key, e.w0, e.w1) {
				break
			}
			k = (k + 1) & mask
		}
		n = e.child
		if e.ok {
			best = n
		}
		if e.leaf {
			return best
		}
	}
	return best
}

// kidSlots is the size of the table of the root's grandchildren.
const kidSlots = 1 << 12

// kidSlot is a child of a child of the root: its parent, its key and the
// key's hash, the node and its flags. A slot that two such nodes would
// share is contested, and holds neither.
type kidSlot struct {
	parent, h, node uint32 // node 0: an empty or contested slot
	ok, leaf        bool
	contested       bool
	w0, w1          uint32 // keyWords(key)
	key             string
}

func kidSlotOf(parent, h uint32) uint32 { return (h ^ parent*0x9E3779B1) & (kidSlots - 1) }

// kidTable returns a direct-mapped table of the root's grandchildren by
// their parent and key hash. Unlike rootTable's, a slot holds every
// grandchild that maps to it or is marked contested: a slot holding
// another node means none for the key.
func (t *ptrie) kidTable() *[kidSlots]kidSlot {
	var tab [kidSlots]kidSlot
	parent := make([]uint32, len(t.nodes))
	for _, e := range t.edges {
		parent[e.child] = e.parent
	}
	for _, e := range t.edges {
		if e.child == 0 || e.parent == 0 || parent[e.parent] != 0 {
			continue // (not a grandchild of the root)
		}
		s := &tab[kidSlotOf(e.parent, e.h)]
		switch {
		case s.contested:
		case s.node == 0:
			*s = kidSlot{parent: e.parent, h: e.h, node: e.child, ok: e.ok, leaf: e.leaf, key: e.key}
			s.w0, s.w1 = keyWords(e.key)
		default:
			*s = kidSlot{contested: true}
		}
	}
	return &tab
}

// keyBits is a set of keys, by the low 16 bits of their 32-bit hashes
// (token.KeyHash), that may answer "yes" wrongly but never "no" wrongly:
// the index pass's one-bit test before any lookup.
type keyBits [1 << 10]uint64

func (f *keyBits) add(h uint32) { h &= 1<<16 - 1; f[h>>6] |= 1 << (h & 63) }

func (f *keyBits) has(h uint32) bool {
	h &= 1<<16 - 1
	return f[h>>6]&(1<<(h&63)) != 0
}

// keyWords returns the words keyEq compares a key of 1 to 8 bytes with:
// for 4 to 8 bytes, its first and its last 4 bytes, loaded as keyEq loads
// them (in the machine's byte order); for 1 to 3, its first, middle and
// last byte in one.
func keyWords(key string) (w0, w1 uint32) {
	switch n := len(key); {
	case n >= 4 && n <= 8:
		p := unsafe.Pointer(unsafe.StringData(key))
		return *(*uint32)(p), *(*uint32)(unsafe.Add(p, n-4))
	case n >= 1 && n <= 3:
		return uint32(key[0]) | uint32(key[n>>1])<<8 | uint32(key[n-1])<<16, 0
	}
	return 0, 0
}

// keyEq reports key == want, given w0, w1 = keyWords(want), without a
// call for keys of 1 to 8 bytes (most syllables' keys): two overlapping
// 4-byte loads, one at each end, cover 4 to 8 bytes, three byte loads 1
// to 3. (It reads only the key's own bytes.)
func keyEq(key, want string, w0, w1 uint32) bool {
	n := len(key)
	if n != len(want) {
		return false
	}
	p := unsafe.Pointer(unsafe.StringData(key))
	if uint(n-4) <= 4 {
		return *(*uint32)(p) == w0 && *(*uint32)(unsafe.Add(p, n-4)) == w1
	}
	if uint(n-1) < 3 {
		return uint32(*(*byte)(p))|uint32(*(*byte)(unsafe.Add(p, n>>1)))<<8|uint32(*(*byte)(unsafe.Add(p, n-1)))<<16 == w0
	}
	return key == want
}
