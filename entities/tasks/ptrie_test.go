package tasks

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

// TestPtrieMatchesLexicon checks the index pass's flat trie against
// lexicon.At on the same phrases: at every token of the seed article (and
// of a text with line breaks inside phrases), the longest phrase and its
// value agree.
func TestPtrieMatchesLexicon(t *testing.T) {
	phrases := []string{"đề nghị", "đề nghị các", "yêu cầu", "tiếp tục", "tiếp tục đẩy mạnh", "cần", "phải", "Ban Thường vụ"}
	lx := lexicon.New[prefixes]()
	pt := newPtrie()
	for n, p := range phrases {
		v := prefixes{cueLen: int32(n + 1), cueVal: kind(1) << n}
		lx.Add(p, v)
		pt.add(token.Tokenize(p), v)
	}
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	for _, text := range []string{
		string(b),
		"Tỉnh ủy đề nghị các sở tiếp tục đẩy mạnh; yêu cầu\ncầu tiếp tục\nđẩy mạnh. Đề Nghị các phải cần",
	} {
		toks := token.Tokenize(text)
		matches := 0
		for i := range toks {
			m, ok := lx.At(toks, i)
			n := pt.at(toks, i, token.HashOf(&toks[i]))
			require.Equal(t, ok, n != 0, "token %d %q", i, toks[i].Key)
			if ok {
				matches++
				assert.Equal(t, m.Value, pt.nodes[n].val, "token %d %q", i, toks[i].Key)
			}
		}
		assert.Positive(t, matches)
	}
	// a phrase added again takes the new value, as in lexicon.Add
	pt.add(token.Tokenize("cần"), prefixes{verbLen: 9})
	toks := token.Tokenize("cần")
	assert.Equal(t, int32(9), pt.nodes[pt.at(toks, 0, token.HashOf(&toks[0]))].val.verbLen)
}

func TestKeyBits(t *testing.T) {
	var f keyBits
	for _, w := range []string{"đề", "yêu", "cần", `"`} {
		f.add(token.KeyHash(token.Fold(w)))
	}
	for _, w := range []string{"đề", "yêu", "cần", `"`} {
		assert.True(t, f.has(token.KeyHash(token.Fold(w))), w)
	}
	var empty keyBits
	assert.False(t, empty.has(token.KeyHash("cần")))
}
