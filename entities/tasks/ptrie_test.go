package tasks

import (
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/segment"
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

// TestPtrieEdgesCopyNodes checks that every edge of the package's trie
// holds its child's key and flags, which at reads instead of the node.
func TestPtrieEdgesCopyNodes(t *testing.T) {
	pt := lex().both
	edges := 0
	for _, e := range pt.edges {
		if e.child == 0 {
			continue
		}
		edges++
		nd := pt.nodes[e.child]
		require.Equal(t, nd.key, e.key)
		require.Equal(t, nd.ok, e.ok, "ok of %q", nd.key)
		require.Equal(t, nd.leaf, e.leaf, "leaf of %q", nd.key)
	}
	assert.Equal(t, len(pt.nodes)-1, edges)
}

// TestPtrieHashCollision checks that a key sharing another's hash under
// the same parent never matches it: the edge of a different key with the
// hash of "cần" sits first in its probe sequence.
func TestPtrieHashCollision(t *testing.T) {
	pt := newPtrie()
	h := token.KeyHash(token.Fold("cần"))
	pt.nodes = append(pt.nodes, pnode{key: "khac", ok: true, leaf: true})
	pt.put(pedge{h: h, parent: 0, child: 1, ok: true, leaf: true, key: "khac"})
	pt.add(token.Tokenize("cần làm"), prefixes{cueLen: 2})
	pt.add(token.Tokenize("cần"), prefixes{cueLen: 1})
	toks := token.Tokenize("cần làm ngay, cần")
	n := pt.at(toks, 0, token.HashOf(&toks[0]))
	require.NotZero(t, n)
	assert.Equal(t, int32(2), pt.nodes[n].val.cueLen)
	n = pt.at(toks, 4, token.HashOf(&toks[4]))
	require.NotZero(t, n)
	assert.Equal(t, int32(1), pt.nodes[n].val.cueLen)
	// a token keyed "khac" with the hash of "cần" is no match either way
	bogus := []token.Token{{Key: "can2", Hash: h}}
	assert.Zero(t, pt.at(bogus, 0, h))
}

// TestRootTableAgreesWithAt checks the table of the root's children, and
// the walk from them, against the trie's walk at every token of the seed.
func TestRootTableAgreesWithAt(t *testing.T) {
	lx := lex()
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	toks := token.Tokenize(string(b) + "\ncần phải\ntiếp tục\nđẩy mạnh. Tiếp")
	hits, leaves := 0, 0
	for i := range toks {
		h := token.HashOf(&toks[i])
		rt := &lx.roots[h&(rootSlots-1)]
		if rt.h != h || rt.node == 0 || rt.key != toks[i].Key {
			continue
		}
		hits++
		want := lx.both.at(toks, i, h)
		if rt.leaf {
			leaves++
			require.Equal(t, want, rt.node, "token %d %q", i, toks[i].Key)
			continue
		}
		best := uint32(0)
		if rt.ok {
			best = rt.node
		}
		require.Equal(t, want, lx.both.from(toks, i+1, rt.node, best), "token %d %q", i, toks[i].Key)
	}
	assert.Positive(t, leaves)
	assert.Greater(t, hits, leaves)
}

// TestIndexTablesAgreeWithAt checks the index pass's lookups through the
// tables of the root's children and grandchildren against the trie's walk
// (phraseTables off): the same cells, kinds and chain on the seed and on
// made-up lines.
func TestIndexTablesAgreeWithAt(t *testing.T) {
	lx := lex()
	contested := 0
	for _, ks := range lx.kids {
		if ks.contested {
			contested++
		}
	}
	t.Logf("%d contested grandchild slots", contested)
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	for _, text := range []string{
		string(b),
		"đề nghị\ncác sở tiếp tục đẩy mạnh, tiếp\ntục. Đề nghị các đồng chí; thực hiện; yêu cầu Ban Tổ chức tiếp tục",
	} {
		toks := token.Tokenize(text)
		fast := &doc{text: text, toks: toks, lx: lx}
		require.True(t, fast.index())
		phraseTables = false
		slow := &doc{text: text, toks: toks, lx: lx}
		ok := slow.index()
		phraseTables = true
		require.True(t, ok)
		require.Equal(t, slow.ix, fast.ix)
		require.Equal(t, slow.chain, fast.chain)
		require.Equal(t, slow.docPre, fast.docPre)
		cues := 0
		for _, c := range fast.ix {
			if c.last > 0 {
				cues++
			}
		}
		assert.Positive(t, cues)
	}
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

// TestNextCueHopsTheChain checks the bit set's hops against a walk over
// the index: at every token (and before and past the text), nextCue gives
// the first token at or after it whose cue is in the chain.
func TestNextCueHopsTheChain(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	for _, text := range []string{string(b), "Tỉnh ủy đề nghị các sở tiếp tục làm.", "", "Không."} {
		toks := token.Tokenize(text)
		d := &doc{text: text, toks: toks, lx: lex()}
		require.True(t, d.index())
		want := func(i int) int {
			for k := max(i, 0); k < len(toks); k++ {
				if d.chain[k>>6]&(1<<(uint(k)&63)) != 0 {
					return k
				}
			}
			return len(toks)
		}
		hops := 0
		for i := -2; i <= len(toks)+2; i++ {
			require.Equal(t, want(i), d.nextCue(i), "token %d", i)
			if j := d.nextCue(i); j == i && j < len(toks) {
				hops++
				assert.NotZero(t, d.pre[j]&^kWord, "token %d %q", j, toks[j].Key)
			}
		}
		if len(toks) > 3 {
			assert.Positive(t, hops, text)
		}
	}
}

// TestEndAfter checks the galloping search against a step-by-step walk.
func TestEndAfter(t *testing.T) {
	toks := token.Tokenize("Một hai, ba bốn năm. Sáu bảy tám chín mười mười một mười hai mười ba mười bốn mười lăm; hết.")
	for i := 0; i <= len(toks); i++ {
		for end := 0; end <= toks[len(toks)-1].End+1; end++ {
			want := i
			for want < len(toks) && toks[want].End <= end {
				want++
			}
			require.Equal(t, want, endAfter(toks, i, end), "from %d to byte %d", i, end)
		}
	}
}

// TestSentenceKinds checks the sentences' kinds, filled by the index pass
// (sentCue), against a hop along the chain in each sentence.
func TestSentenceKinds(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	text := string(b)
	toks := token.Tokenize(text)
	d := &doc{text: text, toks: toks, lx: lex()}
	ss := d.sentences(segment.Sentences(text))
	d.sents = ss
	require.True(t, d.index())
	withCues := 0
	for _, s := range ss {
		var kinds, pre kind
		for i := d.nextCue(s.a); i < s.b; i = d.nextCue(i + 1) {
			kinds |= d.ix[i].val
			pre |= d.pre[i]
		}
		require.Equal(t, kinds, s.kinds, "sentence %v", s)
		require.Equal(t, pre, s.pre, "sentence %v", s)
		if pre != 0 {
			withCues++
		}
	}
	assert.Positive(t, withCues)
	assert.Less(t, withCues, len(ss)+1)
}

// TestOpens checks which cue kinds let a sentence open a list when none is
// open (the others are passed over).
func TestOpens(t *testing.T) {
	for _, tc := range []struct {
		pre  kind
		want bool
	}{
		{0, false},
		{kSpeech, false},
		{kSpeech | kAdditive, false},
		{kCont, false},
		{kSpeech | kFuture, true},
		{kSpeech | kCont, true},
		{kCont | kFrame, true},
		{kModal, true},
		{kDirective, true},
		{kPastFrame, true},
		{kAdditive | kRelQuant, false},
	} {
		assert.Equal(t, tc.want, opens(tc.pre), "%b", tc.pre)
	}
	// a speech verb with a continuing verb after its subject opens a list
	tasks, _ := Find(Input{Text: "Chủ tịch nhấn mạnh, Sở Y tế tiếp tục rà soát các cơ sở."})
	require.Len(t, tasks, 1)
	assert.Equal(t, "Sở Y tế tiếp tục rà soát các cơ sở", tasks[0].Items[0].Text)
	// a speech verb alone opens none
	tasks, _ = Find(Input{Text: "Chủ tịch cho biết, Sở Y tế đã rà soát các cơ sở."})
	assert.Empty(t, tasks)
}

// TestKeyEq checks the index pass's key comparison against ==, on keys of
// every length up to 12 bytes that differ from the node's in one byte at
// each position, in length, or not at all, their bytes shared or not.
func TestKeyEq(t *testing.T) {
	for n := 0; n <= 12; n++ {
		want := "nghiem3abcdefgh"[:n]
		w0, w1 := keyWords(want)
		buf := []byte("x" + want + "y")
		same := string(buf[1 : 1+n]) // equal, other bytes
		assert.True(t, keyEq(want, want, w0, w1), "%q", want)
		assert.True(t, keyEq(same, want, w0, w1), "%q", want)
		for i := 0; i < n; i++ {
			b := []byte(want)
			b[i] ^= 0x20
			assert.False(t, keyEq(string(b), want, w0, w1), "%q against %q", b, want)
		}
		assert.False(t, keyEq(string(buf[1:2+n]), want, w0, w1), "longer than %q", want)
		if n > 0 {
			assert.False(t, keyEq(want[:n-1], want, w0, w1), "shorter than %q", want)
		}
	}
}

// TestIndexHashesTokensBuiltByHand checks that tokens without a stored
// key hash (Hash 0, built by hand) index as Tokenize's do.
func TestIndexHashesTokensBuiltByHand(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	for _, text := range []string{string(b), "Chủ tịch nhấn mạnh, Sở Y tế tiếp tục rà soát các cơ sở \"trọng điểm\"."} {
		toks := token.Tokenize(text)
		bare := slices.Clone(toks)
		for i := range bare {
			bare[i].Hash = 0
		}
		want := &doc{text: text, toks: toks, lx: lex()}
		require.True(t, want.index())
		got := &doc{text: text, toks: bare, lx: lex()}
		require.True(t, got.index())
		require.Equal(t, want.ix, got.ix)
		require.Equal(t, want.chain, got.chain)
		require.Equal(t, want.quotes, got.quotes)
		require.Equal(t, want.semis, got.semis)
		require.Equal(t, want.colons, got.colons)
		wt, wr := Find(Input{Text: text, Tokens: toks})
		gt, gr := Find(Input{Text: text, Tokens: bare})
		require.Equal(t, wt, gt)
		require.Equal(t, wr, gr)
		assert.NotEmpty(t, gt, text)
	}
}

// TestTokenAt checks the binary search for the first token starting at or
// after a byte against a walk over the tokens.
func TestTokenAt(t *testing.T) {
	text := "Một hai, ba bốn năm. Sáu (bảy) tám…"
	for _, toks := range [][]token.Token{token.Tokenize(text), nil, token.Tokenize("a")} {
		d := &doc{text: text, toks: toks}
		for off := -1; off <= len(text)+1; off++ {
			want := 0
			for want < len(toks) && toks[want].Start < off {
				want++
			}
			require.Equal(t, want, d.tokenAt(off), "byte %d", off)
		}
	}
}

// TestHeads checks the index pass's table of key hashes against the sets
// it stands for: a token passes it exactly when it passes first, and it
// marks the one-token phrases and the keys listed.
func TestHeads(t *testing.T) {
	lx := lex()
	for h := range 1 << 16 {
		f := lx.heads[h]
		require.Equal(t, lx.first.has(uint32(h)), f != 0, "hash %#x", h)
		require.Equal(t, lx.single.has(uint32(h)), f&headSingle != 0, "hash %#x", h)
	}
	for _, h := range []uint32{hashQuote, hashAnh, hashTai, hashBi, hashSemi, hashColon, 0} {
		require.NotZero(t, lx.heads[uint16(h)]&headSpecial)
	}
}

// TestModalClause checks modalClause's answers against the rules they
// let modal skip: without "đã" pastOrder and imposed are false, without
// an evidence key before m shownBy's answer is its second loop's; and
// occasionAt, which reads the index's list of "tại", against a walk.
func TestModalClause(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	texts := []string{string(b),
		"Tòa án đã ra lệnh cho công ty phải rời khỏi khu đất, theo kết quả kiểm tra.",
		"Người dân phản ánh đã bị ép giá, phải thanh toán ngay.",
		"Kết quả kiểm tra cho thấy doanh nghiệp cần khắc phục sai phạm tại cuộc làm việc với Sở Tài chính sáng 14-3."}
	daSeen, evSeen := false, false
	for _, text := range texts {
		toks := token.Tokenize(text)
		d := &doc{text: text, toks: toks, lx: lex()}
		require.True(t, d.index())
		n := len(toks)
		for c := 0; c < n && c < 80; c++ {
			for m := c; m <= n && m < c+40; m++ {
				da, ev := d.modalClause(c, m)
				daSeen, evSeen = daSeen || da, evSeen || ev
				if !da {
					require.False(t, d.pastOrder(c, m), "pastOrder %d %d", c, m)
					require.False(t, d.imposed(c, m), "imposed %d %d", c, m)
				}
				e := min(n, m+20)
				require.Equal(t, d.shownBy(c, m, e), d.shownByFrom(c, m, e, ev), "shownBy %d %d", c, m)
				want := c
				for k := max(c+4, m-16); k < m; k++ {
					if toks[k].Key == keyTai {
						if last, ok := d.ris(k, m, rOccasion); ok && last < m {
							want = k
							for i := last; i < m; i++ {
								if d.isPunct(i, ",") || d.isPunct(i, ";") {
									want = c
								}
							}
							break
						}
					}
				}
				require.Equal(t, want, d.occasionAt(c, m), "occasionAt %d %d", c, m)
			}
		}
	}
	require.True(t, daSeen && evSeen)
}
