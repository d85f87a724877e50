// Package token splits normalized Vietnamese text into tokens that keep
// their byte offsets, and folds each token to a matching key.
//
// The traps this package handles:
//
//   - Tone-mark placement. "Hòa" and "Hoà", "Ủy" and "Uỷ", "khóa" and "khoá"
//     are the same syllable written under the old and the new placement rule;
//     NFC keeps them distinct. A token's Key strips the five tone marks and
//     appends the tone as a digit (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng), so
//     both placements give "hoa2", "uy3", "khoa1". Vowel-quality marks
//     (ă â ê ô ơ ư) and đ are kept: "tinh" (tinh gọn) and "tỉnh" (province)
//     stay apart.
//   - Case. Keys are lower-case; Token.Upper keeps whether the token began
//     with a capital, which name and organ recognizers use as a weak hint.
//   - Offsets. Every token carries [Start, End) byte offsets into the text,
//     so text[t.Start:t.End] is the token as written.
//
// Words are maximal runs of letters, combining marks and digits; every other
// non-space rune (punctuation, symbols) is a token of its own. Underscores
// are punctuation.
package token

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Kind is the class of a token.
type Kind uint8

const (
	// Word is a run of letters (and digits) with at least one letter.
	Word Kind = iota
	// Number is a run of digits only.
	Number
	// Punct is a single punctuation or symbol rune.
	Punct
)

// Token is one token of a text.
type Token struct {
	Start, End int
	// Key is the folded form used for matching (see the package doc).
	Key  string
	Kind Kind
	// Upper reports whether the token starts with an upper-case letter.
	Upper bool
	// LineBefore reports whether a line break separates the token from the previous one.
	LineBefore bool
	// SpaceBefore reports whether white space separates the token from the previous one.
	SpaceBefore bool
	// Hash is KeyHash(Key), filled by Tokenize so that word-list filters
	// need not hash the key again; zero means "not computed" (a Token
	// built by hand), and HashOf then computes it.
	Hash uint32
}

// KeyHash is the 32-bit FNV-1a hash of a key.
func KeyHash(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return h
}

// HashOf returns t.Hash, computing it when the token was built by hand.
func HashOf(t *Token) uint32 {
	if t.Hash != 0 {
		return t.Hash
	}
	return KeyHash(t.Key)
}

// Text returns the token as written in src.
func (t Token) Text(src string) string { return src[t.Start:t.End] }

// Tokenize splits text into tokens.
//
// The keys of the words are strings over append-only buffers rather than
// one string per word: a text of at least cacheMinText bytes looks its
// words up in a word cache kept across calls (see wordCache), whose arena
// holds the keys, and folds only the words the cache has not seen; a
// shorter text folds into one buffer per call.
func Tokenize(text string) []Token {
	return AppendTokens(nil, text)
}

// AppendTokens is Tokenize appending to dst, so that a caller running
// text after text can reuse one slice (clear it before reuse: its keys
// point into the last text and its key buffer).
func AppendTokens(dst []Token, text string) []Token {
	toks := dst
	if need := len(toks) + len(text)/4 + 16; cap(toks) < need { // news runs at 4 to 6 bytes a token: regrowing the slice costs more than this slack
		toks = append(make([]Token, 0, need), toks...)
	}
	sc := scanner{text: text}
	if len(text) >= cacheMinText {
		// the words of a long text go through a cache kept across texts,
		// whose keys live in its own arena
		sc.wc = getCache()
	}
	if sc.wc != nil {
		defer putCache(sc.wc)
	} else {
		// folded keys take about as many bytes as the words they fold (most
		// Vietnamese words fold): room for the whole text spares the regrowth
		sc.keys.b = make([]byte, 0, len(text)+64)
	}
	if sc.wc != nil {
		return sc.cached(toks)
	}
	for {
		if len(toks) == cap(toks) {
			toks = append(toks, Token{})[:len(toks)]
		}
		toks = toks[:len(toks)+1]
		if !sc.next(&toks[len(toks)-1]) { // the token is written in place
			return toks[:len(toks)-1]
		}
	}
}

// scanner reads the tokens of a text one at a time (Tokenize and
// FoldPhrase share it).
type scanner struct {
	text        string
	i           int
	keys        keyBuf
	line, space bool
	wc          *wordCache // nil: no cache
	cand        candidate  // the last cache miss
}

// next writes the next token into *t and reports whether there was one.
func (sc *scanner) next(t *Token) bool {
	text := sc.text
	for i := sc.i; i < len(text); {
		c := text[i]
		if sc.wc != nil && cacheStart[c] && sc.lookup(t, i) {
			return true
		}
		r, n := rune(c), 1
		word, upper := false, false
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\r':
				sc.line, sc.space = true, true
				i++
				continue
			case c == ' ' || c == '\t' || c == '\v' || c == '\f':
				sc.space = true
				i++
				continue
			case asciiWord[c]:
				word, upper = true, 'A' <= c && c <= 'Z'
			}
		} else {
			r, n = decodeRune(text, i)
			switch {
			case r >= foldLo && r < foldHi && foldTab[r-foldLo].base != 0: // a precomposed letter
				word, upper = true, foldTab[r-foldLo].upper
			case r == '\u2028' || r == '\u2029':
				sc.line, sc.space = true, true
				i += n
				continue
			case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
				sc.space = true
				i += n
				continue
			case isWordRune(r):
				word, upper = true, unicode.IsUpper(r)
			}
		}
		if word {
			kb := &sc.keys
			if sc.wc != nil && sc.cand.start == i { // a candidate for the cache
				kb = &sc.wc.arena
			}
			j, key, letters, h := kb.word(text, i)
			// field by field: every field is written, without a Token
			// built on the stack and copied
			t.Start, t.End, t.Key, t.Kind, t.Upper, t.Hash = i, j, key, wordKind(letters), upper, h
			if sc.wc != nil && sc.cand.start == i && sc.cand.end == j {
				sc.wc.add(&sc.cand, t, key == text[i:j])
			}
		} else {
			key := text[i : i+n]
			if r >= 0xAB { // punctFold has no ASCII key
				if f, ok := punctFold[r]; ok {
					key = f
				}
			}
			*t = Token{Start: i, End: i + n, Key: key, Kind: Punct, Hash: KeyHash(key)}
		}
		sc.emit(t)
		return true
	}
	sc.i = len(text)
	return false
}

// emit sets the token's spacing flags, resets them and moves past the token.
func (sc *scanner) emit(t *Token) {
	t.LineBefore, t.SpaceBefore = sc.line, sc.space
	sc.line, sc.space = false, false
	sc.i = t.End
}

func wordKind(letters bool) Kind {
	if letters {
		return Word
	}
	return Number
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// cacheMinText is the shortest text whose words go through a wordCache:
// below it taking a cache costs more than the cache saves.
const cacheMinText = 256

// caches are the word caches, kept for the life of the process: a news
// vocabulary is a few thousand syllables, each written in two or three
// ways, so nearly every word of a text has been seen before. Each is used
// by one Tokenize at a time (its lock is held meanwhile); a call that
// finds all of them taken folds without one. Unlike a sync.Pool, a
// collection does not drop them and a goroutine that moves to another P
// does not start a cold one.
var caches [8]struct {
	mu sync.Mutex
	wc *wordCache
}

// getCache takes a free cache, or returns nil.
func getCache() *wordCache {
	for k := range caches {
		c := &caches[k]
		if c.mu.TryLock() {
			if c.wc == nil {
				c.wc = &wordCache{slots: make([]cacheSlot, cacheSlots), arena: keyBuf{b: make([]byte, 0, arenaSize)}, lock: &c.mu}
			}
			return c.wc
		}
	}
	return nil
}

const (
	cacheBits  = 14
	cacheSlots = 1 << cacheBits
	arenaSize  = 64 << 10
	arenaMax   = 1 << 20 // arena bytes before a reset
)

// wordCache maps the raw bytes of a word of at most 16 bytes to the
// fields of its token. A word's candidate is the longest run of bytes
// from its start that holds no byte that surely ends a word (cacheStart):
// a run that the scanner took whole as one word token is cached, and a
// run seen again is that token again (the scanner's word, key, kind and
// case depend only on the bytes of the word and on the byte past it,
// which ends any word). Keys live in the arena, append only like keyBuf;
// a reset starts a new arena, so the keys handed out stay valid.
//
// The slots are two-way buckets of one cache line each: a word is looked
// for in the two slots of its bucket, the last used first, and a new word
// takes the first slot and pushes the other one out. A text of unseen
// words (names, numbers, foreign words) thus replaces the rarest words
// rather than filling the table, and a lookup reads one cache line.
type wordCache struct {
	slots []cacheSlot
	arena keyBuf
	lock  *sync.Mutex // held while the cache is in use
}

type cacheSlot struct {
	lo, hi uint64 // the raw bytes: the first 8 (fewer: zero padded) and, past 8, the last 8
	meta   uint64 // the token's Kind, Upper and Hash (tokenMeta)
	off    uint32 // the key's offset in the arena
	n      uint8  // raw length, 0: empty slot
	klen   uint8  // the key's length
}

// A cacheSlot is 32 bytes and holds no pointer: two slots share a cache
// line, and the collector does not scan the table.
var _ [32 - unsafe.Sizeof(cacheSlot{})]struct{}

// keyOf returns the key a slot of wc holds. An arena that grew is a copy
// of the old one, so an offset stays good until a reset, which clears the
// slots.
func (wc *wordCache) keyOf(s *cacheSlot) string {
	return unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(wc.arena.b)), s.off)), int(s.klen))
}

// candidate is the raw form of the last cache miss.
type candidate struct {
	start, end int
	lo, hi     uint64
}

// cacheStart marks the bytes a cached word may hold: ASCII letters and
// digits and every byte of a multi-byte rune but the lead bytes 0xC2 and
// 0xE2, which lookup checks further.
var cacheStart = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = asciiClass[c] != 0 && c != 0xC2 && c != 0xE2
	}
	return t
}()

// putCache frees wc, reset when its arena outgrew arenaMax (the keys of
// misses that were not cached can fill it between resets).
func putCache(wc *wordCache) {
	if len(wc.arena.b) >= arenaMax {
		wc.reset()
	}
	wc.lock.Unlock()
}

func (wc *wordCache) reset() {
	clear(wc.slots)
	wc.arena.b = make([]byte, 0, arenaSize)
}

func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// lookup writes the token at text[i] from the cache and emits it, or
// records the candidate in sc.cand and returns false.
func (sc *scanner) lookup(t *Token, i int) bool {
	text := sc.text
	if i+16 <= len(text) {
		// the common case without a loop: the word ends at the first byte
		// below '0' (white space and most punctuation) within 16 bytes. A
		// run holding another byte that ends a word is no cached word:
		// such a miss is looked up again below
		w1, w2 := load64(text, i), load64(text, i+8)
		if m := below30(w1); m != 0 {
			l := bits.TrailingZeros64(m) >> 3
			if s := sc.wc.find(w1&(^uint64(0)>>(64-8*l)), 0, l); s != nil {
				sc.hit(t, s, i, i+l)
				return true
			}
		} else if m := below30(w2); m != 0 {
			l := 8 + bits.TrailingZeros64(m)>>3
			var hi uint64 // as below: the last 8 bytes past 8
			if l > 8 {
				hi = load64(text, i+l-8)
			}
			if s := sc.wc.find(w1, hi, l); s != nil {
				sc.hit(t, s, i, i+l)
				return true
			}
		}
	}
	j := i
	for {
		for j < len(text) && cacheStart[text[j]] {
			j++
		}
		if j+1 >= len(text) {
			break
		}
		// U+2000-U+203F (E2 80) and U+0080-U+00BF (C2) but ª µ º end a word
		if c, c1 := text[j], text[j+1]; c == 0xE2 && c1 != 0x80 || c == 0xC2 && (c1 == 0xAA || c1 == 0xB5 || c1 == 0xBA) {
			j += 2
			continue
		}
		break
	}
	l := j - i
	if l == 0 || l > 16 {
		sc.cand.start = -1
		return false
	}
	var lo, hi uint64
	switch {
	case l > 8:
		lo, hi = load64(text, i), load64(text, j-8)
	case i+8 <= len(text):
		lo = load64(text, i) & (^uint64(0) >> (64 - 8*l))
	default:
		for k := j - 1; k >= i; k-- {
			lo = lo<<8 | uint64(text[k])
		}
	}
	if s := sc.wc.find(lo, hi, l); s != nil {
		sc.hit(t, s, i, j)
		return true
	}
	sc.cand = candidate{start: i, end: j, lo: lo, hi: hi}
	return false
}

// cached is the loop of AppendTokens with a word cache: run takes the
// tokens it can, next the others.
func (sc *scanner) cached(toks []Token) []Token {
	r := run{text: sc.text, slots: (*[cacheSlots]cacheSlot)(sc.wc.slots), i: sc.i, line: sc.line, space: sc.space, n: len(toks)}
	toks = toks[:cap(toks)] // every token is written whole before it counts
	for {
		if r.n == len(toks) {
			toks = append(toks, Token{})
			toks = toks[:cap(toks)]
		}
		r.arena = unsafe.Pointer(unsafe.SliceData(sc.wc.arena.b)) // next may have grown it
		r.run(toks)
		if r.n == len(toks) {
			continue
		}
		sc.i, sc.line, sc.space = r.i, r.line, r.space
		if !sc.next(&toks[r.n]) { // the token is written in place
			return toks[:r.n]
		}
		r.n++
		r.i, r.line, r.space = sc.i, false, false
	}
}

// run is the fast path of cached: the scanner's state (text[i:], the
// spacing flags, the next token toks[n]) and the cache's table and arena.
type run struct {
	text        string
	slots       *[cacheSlots]cacheSlot
	arena       unsafe.Pointer
	i, n        int
	line, space bool
}

// run writes tokens into toks from toks[r.n] on while 17 bytes of text are
// left (16 past a space): white space, ASCII punctuation (a token of its
// own, its key the byte, as next does) and the words whose run up to the
// first byte below '0' is in the cache (what lookup's first step finds).
// It stops before the end of toks and at any other token (next's). It
// makes no call, so that its state stays in registers.
func (r *run) run(toks []Token) {
	text, slots, arena := r.text, r.slots, r.arena
	i, n := r.i, r.n
	// the spacing flags as they sit in the token's meta word
	var sp uint64
	if r.line {
		sp |= metaLine
	}
	if r.space {
		sp |= metaSpace
	}
	// A round reads text[i:i+17] and writes at most toks[n], moving i on
	// by at least the token's byte: with i below end the round has its
	// 17 bytes, and (end - i <= len(toks) - n) its token
	end := min(len(text)-16, i+len(toks)-n)
	// the bytes are read through p and the tokens written through tp,
	// without bounds checks
	p := unsafe.Pointer(unsafe.StringData(text))
	tp := unsafe.Pointer(unsafe.SliceData(toks))
	for i < end {
		t := (*Token)(unsafe.Add(tp, uintptr(n)*unsafe.Sizeof(Token{})))
		c := *(*byte)(unsafe.Add(p, i))
		if c == ' ' { // one space, the most frequent separator, in the same round as the token after it
			sp |= metaSpace
			i++
			c = *(*byte)(unsafe.Add(p, i))
		}
		if k := leadClass[c]; k != leadWord {
			switch k {
			case leadSpace:
				i, sp = i+1, sp|metaSpace
				continue
			case leadLine:
				i, sp = i+1, metaLine|metaSpace
				continue
			case leadPunct:
				t.Start, t.End = i, i+1
				*t.meta() = punctMeta[c] | sp
				t.Key = unsafe.String((*byte)(unsafe.Add(p, i)), 1)
				i, sp = i+1, 0
				n++
				continue
			}
			break
		}
		// wordCache.find, in line
		w1 := loadAt(p, i)
		var s *cacheSlot
		var l int
		if m := below30(w1); m != 0 {
			// a word of at most 8 bytes: its bytes, zero padded, are its
			// raw form (no byte of a word is zero), and a slot of a
			// longer word has hi nonzero: lo and hi zero say it all
			l = bits.TrailingZeros64(m) >> 3
			lo := w1 & loMask[l&7]
			b := bucketOf(lo, 0)
			if s = &slots[b]; s.lo != lo || s.hi != 0 {
				if s2 := &slots[b|1]; s2.lo == lo && s2.hi == 0 {
					*s, *s2 = *s2, *s
				} else {
					break
				}
			}
		} else if m := below30(loadAt(p, i+8)); m != 0 {
			l = 8 + bits.TrailingZeros64(m)>>3
			var hi uint64 // as in lookup: the last 8 bytes past 8
			if l > 8 {
				hi = loadAt(p, i+l-8)
			}
			b := bucketOf(w1, hi)
			if s = &slots[b]; s.lo != w1 || s.hi != hi || int(s.n) != l {
				if s2 := &slots[b|1]; s2.lo == w1 && s2.hi == hi && int(s2.n) == l {
					*s, *s2 = *s2, *s
				} else {
					break
				}
			}
		} else {
			break
		}
		t.Start, t.End = i, i+l
		*t.meta() = s.meta | sp
		t.Key = unsafe.String((*byte)(unsafe.Add(arena, s.off)), int(s.klen)) // wordCache.keyOf
		i, sp = i+l, 0
		n++
	}
	r.i, r.n, r.line, r.space = i, n, sp&metaLine != 0, sp&metaSpace != 0
}

// meta returns the token's fields from Kind to Hash as one word (see
// tokenMeta), so that a cached word writes them with one store.
func (t *Token) meta() *uint64 { return (*uint64)(unsafe.Pointer(&t.Kind)) }

// tokenMeta is the word (*Token).meta reads for the fields Kind, Upper and
// Hash, LineBefore and SpaceBefore false: their bytes in memory order
// (Kind, Upper, LineBefore, SpaceBefore, then Hash, the layout the
// constants below check), read as one word of the machine's byte order.
// metaLine and metaSpace are the words of LineBefore and SpaceBefore true.
func tokenMeta(kind Kind, upper bool, hash uint32) uint64 {
	var b [8]byte
	b[0] = byte(kind)
	if upper {
		b[1] = 1
	}
	binary.NativeEndian.PutUint32(b[4:], hash)
	return binary.NativeEndian.Uint64(b[:])
}

var (
	metaLine  = binary.NativeEndian.Uint64([]byte{0, 0, 1, 0, 0, 0, 0, 0})
	metaSpace = binary.NativeEndian.Uint64([]byte{0, 0, 0, 1, 0, 0, 0, 0})
)

// The layout tokenMeta assumes: Kind, Upper, LineBefore, SpaceBefore and
// Hash one after the other from an 8-byte aligned offset. Each constant
// is a compile error (a uintptr constant below zero) unless the field is
// where tokenMeta puts it.
const (
	offMeta = unsafe.Offsetof(Token{}.Kind)
	_       = unsafe.Offsetof(Token{}.Upper) - offMeta - 1
	_       = offMeta + 1 - unsafe.Offsetof(Token{}.Upper)
	_       = unsafe.Offsetof(Token{}.LineBefore) - offMeta - 2
	_       = offMeta + 2 - unsafe.Offsetof(Token{}.LineBefore)
	_       = unsafe.Offsetof(Token{}.SpaceBefore) - offMeta - 3
	_       = offMeta + 3 - unsafe.Offsetof(Token{}.SpaceBefore)
	_       = unsafe.Offsetof(Token{}.Hash) - offMeta - 4
	_       = offMeta + 4 - unsafe.Offsetof(Token{}.Hash)
	_       = -(offMeta % 8)
)

// punctMeta is tokenMeta of each ASCII punctuation byte's token.
var punctMeta = func() (t [256]uint64) {
	for c := range t {
		if asciiPunct[c] {
			t[c] = tokenMeta(Punct, false, punctHash[c])
		}
	}
	return t
}()

// loadAt is load64 of the text at p, at i (8 bytes there are the caller's
// to check).
func loadAt(p unsafe.Pointer, i int) uint64 {
	return binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(p, i))[:])
}

// the classes of a token's first byte in run (leadClass)
const (
	leadOther uint8 = iota // next decides
	leadSpace              // white space but a line break
	leadLine               // a line break
	leadPunct              // ASCII punctuation: a Punct token of its own
	leadWord               // a byte a cached word may start with (cacheStart)
)

var leadClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c == '\n' || c == '\r':
			t[c] = leadLine
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			t[c] = leadSpace
		case asciiPunct[c]:
			t[c] = leadPunct
		case cacheStart[c]:
			t[c] = leadWord
		}
	}
	return t
}()

// loMask[l] keeps the first l bytes of a little-endian word (l < 8).
var loMask = [8]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff}

// asciiPunct marks the ASCII bytes that are neither letters, digits nor
// white space: each is a Punct token keyed by itself, with punctHash its
// KeyHash.
var asciiPunct, punctHash = func() (p [256]bool, h [256]uint32) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\v' || c == '\f':
		case !asciiWord[c]:
			p[c] = true
			h[c] = KeyHash(string(rune(c)))
		}
	}
	return
}()

// below30 has the high bit set of every byte of w below 0x30.
func below30(w uint64) uint64 {
	const h, d = 0x8080808080808080, 0x5050505050505050 // d: 0x80 - 0x30
	return ^(w | (w&^h + d)) & h
}

// find returns the slot of the raw form (lo, hi, l), or nil. A hit in a
// bucket's second slot swaps it to the first.
func (wc *wordCache) find(lo, hi uint64, l int) *cacheSlot {
	b := bucketOf(lo, hi)
	s := &wc.slots[b]
	if s.lo == lo && s.hi == hi && int(s.n) == l { // an empty slot has n 0, a word at least 1
		return s
	}
	t := &wc.slots[b+1]
	if t.lo == lo && t.hi == hi && int(t.n) == l {
		*s, *t = *t, *s
		return s
	}
	return nil
}

// hit writes the token text[i:j] from its slot and emits it.
func (sc *scanner) hit(t *Token, s *cacheSlot, i, j int) {
	key := sc.wc.keyOf(s)
	t.Start, t.End, t.Key = i, j, key
	*t.meta() = s.meta
	sc.emit(t)
}

// bucketOf returns the index of the first slot of the raw form's bucket.
// Words of 9 to 16 bytes whose raw forms differ only in their length
// share a bucket (their lo and hi are the same): rare, and find compares
// the length.
func bucketOf(lo, hi uint64) uint32 {
	return uint32(((lo^hi*0xC2B2AE3D27D4EB4F)*0x9E3779B97F4A7C15)>>(64-cacheBits+1)) << 1
}

// add caches the word token t, whose raw form is c (not in the cache);
// plain: its key is its text. Every cached key is in the arena: a plain
// one is copied there (once, when the word is first cached), so that a
// hit reads no flag and a word met again has the same key string.
func (wc *wordCache) add(c *candidate, t *Token, plain bool) {
	var off uintptr
	if !plain {
		// t.Key was just folded into the arena (scanner.next)
		off = uintptr(unsafe.Pointer(unsafe.StringData(t.Key))) - uintptr(unsafe.Pointer(unsafe.SliceData(wc.arena.b)))
		if off >= uintptr(len(wc.arena.b)) || len(t.Key) > 255 {
			return
		}
	}
	if len(wc.arena.b) >= arenaMax {
		wc.reset()
		if !plain { // the key is in the old arena
			return
		}
	}
	if plain {
		off = uintptr(len(wc.arena.b))
		wc.arena.b = append(wc.arena.b, t.Key...)
	}
	l := c.end - c.start
	b := bucketOf(c.lo, c.hi)
	wc.slots[b+1] = wc.slots[b]
	wc.slots[b] = cacheSlot{lo: c.lo, hi: c.hi, meta: tokenMeta(t.Kind, t.Upper, t.Hash), off: uint32(off), n: uint8(l), klen: uint8(len(t.Key))}
}

// keyBuf holds the folded keys of one Tokenize call. Bytes once written
// are never written again (append only writes past len, and a grown
// buffer is a new array), so the keys can be strings over it.
type keyBuf struct{ b []byte }

// word scans the word starting at text[i] and returns its end, its key and
// whether it holds a letter (not only digits). It folds as it scans: a
// word already in key form (lower-case ASCII) is returned as a slice of
// the text, any other is folded into the buffer through foldTab, and a
// word with combining marks (decomposed input) through foldSlow.
func (kb *keyBuf) word(text string, i int) (end int, key string, letters bool, hash uint32) {
	// most syllables are lower-case ASCII already: their key is the text,
	// hashed (token.KeyHash) on the way
	j := i
	h := uint32(2166136261)
	var seen uint8
	for j < len(text) {
		c := text[j]
		k := asciiClass[c]
		if k&(clLower|clDigit) == 0 {
			break
		}
		seen |= k
		h = (h ^ uint32(c)) * 16777619
		j++
	}
	if j == len(text) || asciiClass[text[j]] == 0 { // the word ends at white space or punctuation
		return j, text[i:j], seen&clLower != 0, h
	}
	return kb.wordFold(text, i, j, h, seen&clLower != 0)
}

// wordFold is word past its lower-case ASCII prefix text[i:j] (hash h): the
// key is folded into the buffer and hashed as it is written.
func (kb *keyBuf) wordFold(text string, i, j int, h uint32, letters bool) (end int, key string, _ bool, hash uint32) {
	start := len(kb.b)
	b := kb.b
	for k := i; k < j; k++ { // the prefix is short: a loop beats a memmove call
		b = append(b, text[k])
	}
	j0 := j
	var tone byte
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			k := asciiClass[c]
			if k == 0 {
				break
			}
			if k != clDigit {
				letters = true
				if k == clUpper {
					c += 'a' - 'A'
				}
			}
			b = append(b, c)
			h = (h ^ uint32(c)) * 16777619
			j++
			continue
		}
		var r rune
		var n int
		switch { // decodeRune, in line: this loop runs for every letter with a mark
		case c >= 0xC2 && c < 0xE0 && j+1 < len(text) && text[j+1]&0xC0 == 0x80:
			r, n = rune(c&0x1F)<<6|rune(text[j+1]&0x3F), 2
		case c == 0xE1 && j+2 < len(text) && text[j+1]&0xC0 == 0x80 && text[j+2]&0xC0 == 0x80:
			r, n = 0x1000|rune(text[j+1]&0x3F)<<6|rune(text[j+2]&0x3F), 3
		default:
			r, n = utf8.DecodeRuneInString(text[j:])
		}
		if r >= foldLo && r < foldHi && foldTab[r-foldLo].base != 0 { // precomposed letters: all of Vietnamese
			e := &foldTab[r-foldLo]
			c0 := e.enc[0]
			b = append(b, c0)
			h = (h ^ uint32(c0)) * 16777619
			if e.n > 1 {
				c1 := e.enc[1]
				b = append(b, c1)
				h = (h ^ uint32(c1)) * 16777619
				if e.n > 2 {
					c2 := e.enc[2]
					b = append(b, c2)
					h = (h ^ uint32(c2)) * 16777619
				}
			}
			if e.tone != 0 {
				tone = e.tone
			}
			letters = true
			j += n
			continue
		}
		if !isWordRune(r) {
			break
		}
		m := len(b)
		switch {
		case unicode.IsDigit(r):
			b = utf8.AppendRune(b, r)
		case unicode.Is(unicode.Mn, r): // decomposed input: fold the whole word the slow way
			kb.b = b[:start]
			for j += n; j < len(text); j += n {
				if r, n = decodeRune(text, j); !isWordRune(r) {
					break
				}
			}
			k := foldSlow(text[i:j])
			return j, k, true, KeyHash(k)
		default:
			letters = true
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		for _, c := range b[m:] {
			h = (h ^ uint32(c)) * 16777619
		}
		j += n
	}
	if j == j0 { // nothing past the prefix: the key is the text
		kb.b = b[:start]
		return j, text[i:j], letters, h
	}
	if tone != 0 {
		b = append(b, tone)
		h = (h ^ uint32(tone)) * 16777619
	}
	kb.b = b
	return j, unsafe.String(unsafe.SliceData(b[start:]), len(b)-start), letters, h
}

// character classes of the bytes (asciiClass): a byte of a multi-byte
// rune is clHigh, white space and ASCII punctuation 0.
const (
	clLower uint8 = 1 << iota
	clDigit
	clUpper
	clHigh
)

var asciiClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = clLower
		case '0' <= c && c <= '9':
			t[c] = clDigit
		case 'A' <= c && c <= 'Z':
			t[c] = clUpper
		case c >= utf8.RuneSelf:
			t[c] = clHigh
		}
	}
	return t
}()

// decodeRune is utf8.DecodeRuneInString(text[j:]) with the two-byte
// sequences and the three-byte ones of U+1000-U+1FFF (Vietnamese letters
// with tone marks live in U+1E00-U+1EFF) decoded in line.
func decodeRune(text string, j int) (rune, int) {
	c := text[j]
	if c >= 0xC2 && c < 0xE0 && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(text[j+1]&0x3F), 2
	}
	if c == 0xE1 && j+2 < len(text) && text[j+1]&0xC0 == 0x80 && text[j+2]&0xC0 == 0x80 {
		return 0x1000 | rune(text[j+1]&0x3F)<<6 | rune(text[j+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(text[j:])
}

// punctFold maps typographic variants to one key: dashes to "-", quotes to
// '"' and "'", so that matching treats them alike while the text keeps them.
var punctFold = map[rune]string{
	'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-", '\u2212': "-",
	'\u201c': `"`, '\u201d': `"`, '\u201e': `"`, '\u00ab': `"`, '\u00bb': `"`,
	'\u2018': "'", '\u2019': "'", '\u201a': "'",
	'\uff0c': ",", '\uff1a': ":", '\uff1b': ";",
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tone marks as combining characters, and the digit each folds to.
var toneDigit = map[rune]byte{'\u0301': '1', '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5'}

// Fold returns the matching key of a word: lower case, tone mark moved out
// of the word as a trailing digit (see the package doc). ASCII words only
// get lower-cased.
func Fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			if 'A' <= w[i] && w[i] <= 'Z' {
				return strings.ToLower(w)
			}
		}
		return w
	}
	var buf [64]byte
	b, ok := foldAppend(buf[:0], w)
	if !ok {
		return foldSlow(w) // decomposed input
	}
	return string(b)
}

// AppendFold appends Fold(w) to dst, without allocating for words of
// precomposed (NFC) letters.
func AppendFold(dst []byte, w string) []byte {
	b, ok := foldAppend(dst, w)
	if !ok {
		return append(dst, foldSlow(w)...)
	}
	return b
}

// foldAppend appends the key of w to b through the table of precomposed
// letters; ok is false for words with combining marks (decomposed input),
// which fold through foldSlow.
func foldAppend(b []byte, w string) (_ []byte, ok bool) {
	var tone byte
	for _, r := range w {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case r >= foldLo && r < foldHi && foldTab[r-foldLo].base != 0:
			e := &foldTab[r-foldLo]
			b = append(b, e.enc[:e.n]...)
			if e.tone != 0 {
				tone = e.tone
			}
		case unicode.Is(unicode.Mn, r):
			return b, false
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	if tone != 0 {
		b = append(b, tone)
	}
	return b, true
}

// foldSlow folds through NFD, for words with combining marks.
func foldSlow(w string) string {
	d := norm.NFD.String(strings.ToLower(w))
	var b strings.Builder
	b.Grow(len(d) + 1)
	var tone byte
	for _, r := range d {
		if t, ok := toneDigit[r]; ok {
			tone = t
			continue
		}
		b.WriteRune(r)
	}
	out := norm.NFC.String(b.String())
	if tone != 0 {
		out += string(tone)
	}
	return out
}

// foldTab maps each precomposed Latin letter in [foldLo, foldHi) to its
// lower-case form without tone mark, and the tone digit it carried.
const foldLo, foldHi = 0xC0, 0x1F00

type foldEntry struct {
	base  rune
	tone  byte
	upper bool    // the letter is upper-case
	n     uint8   // len(enc): base in UTF-8
	enc   [3]byte // base in UTF-8
}

var foldTab = func() []foldEntry {
	t := make([]foldEntry, foldHi-foldLo)
	for r := rune(foldLo); r < foldHi; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		d := norm.NFD.String(strings.ToLower(string(r)))
		var tone byte
		var rest []rune
		for _, c := range d {
			if tt, ok := toneDigit[c]; ok {
				tone = tt
				continue
			}
			rest = append(rest, c)
		}
		base := []rune(norm.NFC.String(string(rest)))
		if len(base) != 1 {
			continue
		}
		e := foldEntry{base: base[0], tone: tone, upper: unicode.IsUpper(r)}
		e.n = uint8(utf8.EncodeRune(e.enc[:], base[0]))
		t[r-foldLo] = e
	}
	return t
}()

// FoldPhrase folds every token of a phrase and joins the keys with single
// spaces: the key a lexicon uses for the phrase. A phrase already in key
// form (lower-case ASCII words and single spaces) is returned as it is.
func FoldPhrase(s string) string {
	if isKeyPhrase(s) {
		return s
	}
	var kbuf, obuf [128]byte
	sc := scanner{text: s}
	sc.keys.b = kbuf[:0]
	out := obuf[:0]
	var t Token
	for {
		if !sc.next(&t) {
			return string(out)
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, t.Key...)
	}
}

// isKeyPhrase reports whether s is lower-case ASCII letters and digits in
// words joined by single spaces: its own FoldPhrase.
func isKeyPhrase(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case c == ' ' && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// ASCII strips every diacritic and maps đ to d, lower-casing: "Sóc Trăng"
// becomes "soc trang". A fallback key for unaccented text.
func ASCII(s string) string {
	var buf [128]byte
	b, ok := AppendASCII(buf[:0], s)
	if !ok { // combining marks, other scripts, bad UTF-8
		return asciiSlow(s)
	}
	return string(b)
}

// AppendASCII appends ASCII(s) to dst without allocating when every rune
// of s is ASCII or a precomposed letter with a plain ASCII fold (all of
// Vietnamese); otherwise it returns dst unchanged and ok false, and the
// caller uses ASCII.
func AppendASCII(dst []byte, s string) (_ []byte, ok bool) {
	n := len(dst)
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case r >= foldLo && r < foldHi && asciiTab[r-foldLo] != "":
			dst = append(dst, asciiTab[r-foldLo]...)
		default:
			return dst[:n], false
		}
	}
	return dst, true
}

// asciiTab is asciiSlow of each precomposed letter in [foldLo, foldHi)
// whose form is plain ASCII, so that ASCII can work rune by rune.
var asciiTab = func() []string {
	t := make([]string, foldHi-foldLo)
	for r := rune(foldLo); r < foldHi; r++ {
		if !unicode.IsLetter(r) {
			continue
		}
		a := asciiSlow(string(r))
		ok := a != ""
		for i := 0; i < len(a); i++ {
			ok = ok && a[i] < utf8.RuneSelf
		}
		if ok {
			t[r-foldLo] = a
		}
	}
	return t
}()

// asciiSlow is ASCII through NFD, for any input.
func asciiSlow(s string) string {
	d := norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteByte('d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
