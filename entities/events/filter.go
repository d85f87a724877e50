package events

import (
	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

// keyFilter is a set of token keys that may answer "yes" wrongly but never
// "no" wrongly: a bit per 16-bit hash of the key. It lets a scan skip the
// map lookups of a lexicon at tokens that start none of its phrases.
type keyFilter [1 << 10]uint64

func keyHash(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

func (f *keyFilter) add(k string) { h := keyHash(k); f[h>>6] |= 1 << (h & 63) }

func (f *keyFilter) has(k string) bool { h := keyHash(k); return f[h>>6]&(1<<(h&63)) != 0 }

// fLex is a lexicon with a filter of the keys its phrases start with.
type fLex[V any] struct {
	*lexicon.Lexicon[V]
	first keyFilter
}

func newFLex[V any]() *fLex[V] { return &fLex[V]{Lexicon: lexicon.New[V]()} }

// Add adds a phrase as lexicon.Add does.
func (l *fLex[V]) Add(phrase string, v V) {
	if toks := token.Tokenize(phrase); len(toks) > 0 {
		l.first.add(toks[0].Key)
	}
	l.Lexicon.Add(phrase, v)
}

// At is lexicon.At, without a lookup where no phrase can start.
func (l *fLex[V]) At(toks []token.Token, i int) (lexicon.Match[V], bool) {
	if i >= 0 && i < len(toks) && !l.first.has(toks[i].Key) {
		return lexicon.Match[V]{}, false
	}
	return l.Lexicon.At(toks, i)
}

// findAll is lexicon.FindAll appending to out.
func (l *fLex[V]) findAll(toks []token.Token, out []lexicon.Match[V]) []lexicon.Match[V] {
	for i := 0; i < len(toks); {
		if m, ok := l.At(toks, i); ok {
			out = append(out, m)
			i = m.Last
			continue
		}
		i++
	}
	return out
}
