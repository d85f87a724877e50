package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/token"
)

func TestFindAllLongestMatch(t *testing.T) {
	l := New[string]()
	l.Add("Ban Tổ chức", "btc")
	l.Add("Ban Tổ chức Trung ương", "btctw")
	l.Add("Sóc Trăng", "ST")
	l.Add("Khánh Hòa", "KH")
	l.Add("Nam", "nam")
	src := "Phó Trưởng Ban Tổ chức Tỉnh ủy Sóc Trăng; Ban Tổ chức Trung ương; Khánh Hoà; Namibia"
	toks := token.Tokenize(src)
	ms := l.FindAll(toks)
	var got []string
	for _, m := range ms {
		got = append(got, src[m.Start:m.End]+"="+m.Value)
	}
	assert.Equal(t, []string{"Ban Tổ chức=btc", "Sóc Trăng=ST", "Ban Tổ chức Trung ương=btctw", "Khánh Hoà=KH"}, got)
}

func TestNoMatchAcrossLines(t *testing.T) {
	l := New[int]()
	l.Add("Sóc Trăng", 1)
	assert.Empty(t, l.FindAll(token.Tokenize("Sóc\nTrăng")))
	require.Len(t, l.FindAll(token.Tokenize("Sóc  Trăng")), 1)
}

func TestLookup(t *testing.T) {
	l := New[int]()
	l.Add("TP. Hồ Chí Minh", 79)
	v, ok := l.Lookup("tp. hồ chí minh")
	assert.True(t, ok)
	assert.Equal(t, 79, v)
	_, ok = l.Lookup("TP. Hồ Chí")
	assert.False(t, ok)
	_, ok = l.Lookup("TP. Hồ Chí Minh mới")
	assert.False(t, ok)
	assert.Equal(t, 1, l.Len())
}

// The first-key filter never changes an answer: with every bit set (no
// filtering) the lexicon finds the same matches at every token.
func TestFirstKeyFilterExact(t *testing.T) {
	l := New[int]()
	for i, p := range []string{"Ban Tổ chức Trung ương", "Ban Tổ chức", "Tỉnh ủy", "Sóc Trăng", "hội nghị", "sơ kết", "6 tháng đầu năm", "Bộ Chính trị", "TP.", "Nam"} {
		l.Add(p, i)
	}
	open := *l
	for i := range open.first {
		open.first[i] = ^uint64(0)
	}
	src := "Ngày 25-7-2020, tại TP. Sóc Trăng, Ban Tổ chức Tỉnh ủy Sóc Trăng tổ chức hội nghị sơ kết 6 tháng đầu năm; Ban Tổ chức Trung ương và Bộ Chính trị; Nam Định."
	toks := token.Tokenize(src)
	hits := 0
	for i := -1; i <= len(toks); i++ {
		m1, ok1 := l.At(toks, i)
		m2, ok2 := open.At(toks, i)
		require.Equal(t, ok2, ok1, i)
		require.Equal(t, m2, m1, i)
		if ok1 {
			hits++
		}
	}
	assert.Greater(t, hits, 8)
	assert.Equal(t, l.FindAll(toks), l.AppendAll(make([]Match[int], 0, 4), toks))
	assert.False(t, l.MayStart(token.Fold("Namibia")))
}

// Two keys with the same 32-bit hash ("yaczf" and "glbpp" under FNV-1a)
// stay two phrases, at the root and deeper, and a hand-built token
// (Hash zero) matches like a tokenized one.
func TestHashCollision(t *testing.T) {
	require.Equal(t, token.KeyHash("yaczf"), token.KeyHash("glbpp"))
	l := New[string]()
	l.Add("yaczf", "a")
	l.Add("glbpp", "b")
	l.Add("x yaczf", "c")
	l.Add("x glbpp", "d")
	src := "glbpp yaczf x glbpp x yaczf glbpq"
	var got []string
	for _, m := range l.FindAll(token.Tokenize(src)) {
		got = append(got, m.Value)
	}
	assert.Equal(t, []string{"b", "a", "d", "c"}, got)
	m, ok := l.At([]token.Token{{Key: "glbpp"}}, 0)
	require.True(t, ok)
	assert.Equal(t, "b", m.Value)
}

// A union filter answers yes for the first keys of every lexicon merged
// into it, and MayStartAt never says no where At finds a phrase.
func TestUnionFilter(t *testing.T) {
	a, b := New[int](), New[int]()
	a.Add("Sóc Trăng", 1)
	b.Add("tỉnh", 2)
	b.Add("thành phố", 3)
	var u KeyFilter
	u.Union(a.FirstKeys())
	u.Union(b.FirstKeys())
	toks := token.Tokenize("tỉnh Sóc Trăng và thành phố Cần Thơ")
	for i := range toks {
		_, inA := a.At(toks, i)
		_, inB := b.At(toks, i)
		if inA || inB {
			assert.True(t, u.HasToken(&toks[i]), toks[i].Key)
		}
		if inA {
			assert.True(t, a.MayStartAt(toks, i))
		}
	}
	assert.True(t, u.Has(token.Fold("Sóc")))
	assert.True(t, u.Has("thanh2"))
	assert.False(t, a.MayStartAt(toks, -1))
	assert.False(t, a.MayStartAt(toks, len(toks)))
}

// A key compare never trusts the hash: a token carrying the hash of a
// phrase's key but a key that differs in any one byte (keys of 1 to 20
// bytes: the word loads, the byte loads and the call) does not match, at
// the root and deeper; the right key does.
func TestKeyCompareEveryByte(t *testing.T) {
	for n := 1; n <= 20; n++ {
		key := ""
		for k := 0; k < n; k++ {
			key += string(rune('a' + k))
		}
		l := New[int]()
		l.Add(key, 1)
		l.Add("x "+key, 2)
		h := token.KeyHash(key)
		tok := func(k string) token.Token { return token.Token{Key: k, Hash: h, Kind: token.Word} }
		m, ok := l.At([]token.Token{tok(key)}, 0)
		require.True(t, ok, n)
		assert.Equal(t, 1, m.Value)
		x := token.Token{Key: "x", Kind: token.Word}
		m, ok = l.At([]token.Token{x, tok(key)}, 0)
		require.True(t, ok, n)
		assert.Equal(t, 2, m.Value)
		assert.True(t, sameKey(key, key))
		for k := 0; k < n; k++ {
			b := []byte(key)
			b[k] = 'Z'
			_, ok := l.At([]token.Token{tok(string(b))}, 0)
			assert.False(t, ok, "%d %d", n, k)
			_, ok = l.At([]token.Token{x, tok(string(b))}, 0)
			assert.False(t, ok, "%d %d", n, k)
			assert.False(t, sameKey(key, string(b)), "%d %d", n, k)
		}
		assert.False(t, sameKey(key, key+"a"))
		_, ok = l.At([]token.Token{tok(key + "a")}, 0)
		assert.False(t, ok)
	}
}

// The fast walk (word and byte loads) finds what the plain walk (string
// compares) finds, at every token, for phrases and text of any keys.
func FuzzWalk(f *testing.F) {
	f.Add("Sóc Trăng; nghiệm thu trường", "tỉnh Sóc Trăng, nghiệm thu trường học ở Sóc\nTrăng")
	f.Add("a bb ccc dddd eeeeeeeee", "a bb ccc dddd eeeeeeeee ffffffffffffffffff")
	f.Fuzz(func(t *testing.T, phrases, text string) {
		l := New[int]()
		for i, p := range strings.Split(phrases, ";") {
			l.Add(p, i)
		}
		l.Add(text, -1)
		toks := token.Tokenize(text)
		for i := range toks {
			want, wv := l.root.walkSlow(toks, i)
			got, gv := l.root.walk(toks, i)
			if gv == valSlow {
				continue
			}
			if gv != wv || (wv >= 0 && got != want) {
				t.Fatalf("token %d: walk %d,%d walkSlow %d,%d", i, got, gv, want, wv)
			}
		}
		if len(toks) > 0 && !toks[len(toks)-1].LineBefore {
			m, ok := l.At(toks, 0)
			if ok && m.Value == -1 && m.Last != len(toks) {
				t.Fatalf("the whole text is a phrase: %+v", m)
			}
		}
	})
}

// A token built by hand (Hash zero) may start a phrase of any filter that
// holds a key, and of no empty one; Has still hashes the key.
func TestFilterHandBuiltToken(t *testing.T) {
	var empty, f KeyFilter
	f.Add(token.Fold("Sóc"))
	hand := token.Token{Key: token.Fold("Sóc"), Kind: token.Word}
	other := token.Token{Key: "xyz", Kind: token.Word}
	assert.True(t, f.HasToken(&hand))
	assert.True(t, f.HasToken(&other)) // maybe: the hash was not computed
	assert.False(t, empty.HasToken(&hand))
	assert.True(t, f.Has(hand.Key))
	assert.False(t, f.Has("xyz"))
	var u KeyFilter
	u.Union(&f)
	assert.True(t, u.HasToken(&hand))
}

// A PairFilter never says no to a pair it holds, and an empty one holds none.
func TestPairFilter(t *testing.T) {
	var f, empty PairFilter
	pairs := [][2]string{{"nghị", "quyết"}, {"hội", "nghị"}, {"ban", "chấp"}, {"ủy", "ban"}}
	for _, p := range pairs {
		f.Add(token.KeyHash(token.Fold(p[0])), token.KeyHash(token.Fold(p[1])))
	}
	for _, p := range pairs {
		a, b := token.KeyHash(token.Fold(p[0])), token.KeyHash(token.Fold(p[1]))
		assert.True(t, f.Has(a, b), "%v", p)
		assert.False(t, empty.Has(a, b), "%v", p)
	}
}
