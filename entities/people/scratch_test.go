package people

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

// memoTexts are the texts the memo and scratch tests read: the package's
// testdata articles and short made-up lines with cues, organs and heads.
func memoTexts(t *testing.T) []string {
	texts := []string{
		"Ông Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.",
		"Đồng chí Trần Văn Bình, Phó Bí thư Thường trực Tỉnh ủy; Thượng tướng Lê Văn Cường.",
		"PGS.TS. Phạm Thị Dung, Bộ Chính trị, Ban Bí thư, Quốc hội, UBND tỉnh Lạng Sơn.",
		"",
		"ông",
		"Bộ",
		"Tỉnh ủy viên Nguyễn Văn A; Tỉnh ủy Lạng Sơn; Phó Bí thư Tỉnh ủy\nviên chức; Chính trị viên; Bí thư",
	}
	for _, f := range []string{"testdata/seed.txt", "testdata/chains.txt", "testdata/chains_dev.txt"} {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	return texts
}

// TestMemosMatchLexicons checks that cueAt and atOrgan answer what the
// lexicons do at every token, asked once and again (from their memos).
func TestMemosMatchLexicons(t *testing.T) {
	d := load()
	for _, text := range memoTexts(t) {
		toks := token.Tokenize(text)
		p := &parser{d: d, text: text, toks: toks, sc: new(scratch)}
		p.scan()
		for pass := 0; pass < 2; pass++ {
			for i := -1; i <= len(toks); i++ {
				wantC, okC := lexicon.Match[cueKind]{}, false
				wantO, okO := lexicon.Match[int32]{}, false
				if i >= 0 && i < len(toks) {
					wantC, okC = d.cues.At(toks, i)
					wantO, okO = d.organs.At(toks, i)
				}
				gotC, ok := p.cueAt(i)
				assert.Equal(t, okC, ok, "cue at %d of %q", i, text)
				assert.Equal(t, wantC, gotC, "cue at %d", i)
				gotO, ok := atOrgan(p, i)
				assert.Equal(t, okO, ok, "organ at %d of %q", i, text)
				assert.Equal(t, wantO, gotO, "organ at %d", i)
				if i >= 0 && i < len(toks) {
					// atRole (its memo and the pair table's roles of two
					// tokens) answers what the roles lexicon does
					wantR, okR := d.roles.At(toks, i)
					gotR, ok := atRole(p, i)
					assert.Equal(t, okR, ok, "role at %d of %q", i, text)
					assert.Equal(t, wantR, gotR, "role at %d", i)
				}
			}
		}
	}
}

// TestOrgHeadsFit checks the premise of parser.oh: every phrase of
// data/orgheads.txt is shorter than 64 tokens, every value below 4.
func TestOrgHeadsFit(t *testing.T) {
	d := load()
	for _, c := range lines("orgheads.txt") {
		toks := token.Tokenize(c[0])
		require.Less(t, len(toks), 64, c[0])
		m, ok := d.orgHeads.At(toks, 0)
		require.True(t, ok, c[0])
		require.Less(t, int(m.Value), 4, c[0])
		got := ohOf(m.Last, m.Value)
		assert.Equal(t, m.Last, int(got>>2), c[0])
		assert.Equal(t, m.Value, orgKind(got&3), c[0])
	}
	// the one-token heads scan takes from its key table
	for k, v := range d.ohSingle {
		require.Less(t, int(v), 4, k)
	}
}

// TestScratchStaysZero checks that put leaves the arrays kept zero between
// calls (nameAt, segIdx, organMemo) all zero, after a call that ran to its
// end and after one that did not.
func TestScratchStaysZero(t *testing.T) {
	zero := func(sc *scratch) {
		for i, v := range sc.nameAt[:cap(sc.nameAt)] {
			require.Zero(t, v, "nameAt[%d]", i)
		}
		for i, v := range sc.segIdx[:cap(sc.segIdx)] {
			require.Zero(t, v, "segIdx[%d]", i)
		}
		for i, v := range sc.organMemo[:cap(sc.organMemo)] {
			require.Zero(t, v, "organMemo[%d]", i)
		}
		require.Empty(t, sc.organAsked)
	}
	sc := new(scratch)
	run := func(text string, finish bool) {
		toks := token.Tokenize(text)
		p := &parser{d: load(), text: text, toks: toks, sc: sc}
		p.names, p.segs = sc.names[:0], sc.segs[:0]
		p.bufs = sc.bufs
		p.scan()
		p.markExcluded(nil)
		p.findNames()
		p.findSegments()
		p.attach()
		p.officials()
		p.organizations()
		p.finished = finish
		sc.put(p)
	}
	for _, text := range memoTexts(t) {
		run(text, true)
		zero(sc)
		run(text, false) // as after a panic: the whole arrays are cleared
		zero(sc)
	}
	// the arrays were used
	assert.NotZero(t, cap(sc.nameAt))
	assert.NotZero(t, cap(sc.segIdx))
	assert.NotZero(t, cap(sc.organMemo))
}

// TestScanHeadsMatchLexicon checks that the heads scan records (one-token
// heads from the key table, two-token heads from the pair table, the
// others from the lexicon) are the lexicon's at every token, with the
// place facts they imply.
func TestScanHeadsMatchLexicon(t *testing.T) {
	d := load()
	require.Greater(t, len(d.headKeys), 1, "some two-token heads are taken from the pair table")
	texts := append(memoTexts(t),
		"Tỉnh ủy Lạng Sơn, Thành ủy Hà Nội, Huyện ủy Lộc Bình, Ban Thường vụ Tỉnh ủy, UBND tỉnh, HĐND huyện.",
		"tỉnh ủy\nLạng Sơn; Ban\nThường vụ; Đảng ủy Khối; Ủy ban Kiểm tra")
	for _, text := range texts {
		toks := token.Tokenize(text)
		p := &parser{d: d, text: text, toks: toks, sc: new(scratch)}
		p.scan()
		for i := range toks {
			want, ok := d.orgHeads.At(toks, i)
			got, gotOK := p.orgHeadAt(i)
			require.Equal(t, ok, gotOK, "head at %d (%q) of %q", i, toks[i].Key, text)
			require.Equal(t, want, got, "head at %d of %q", i, text)
			assert.Equal(t, ok && want.Value == orgPlace, p.mask[i]&bPlaceHead != 0, "place head bit at %d", i)
			if ok && want.Value == orgPlace && want.Last-i <= 4 {
				assert.NotZero(t, p.tf[want.Last]&fPlaceEnd, "place end after the head at %d", i)
			}
		}
	}
}

// TestNoPunctFirstKeys checks the premise of scan's skipping one-byte
// punctuation tokens: no phrase of the word lists starts with one, and no
// such key shares its hash with a first key (the table compares hashes).
func TestNoPunctFirstKeys(t *testing.T) {
	d := load()
	hashes := map[uint32]string{}
	for k := range d.first {
		hashes[token.KeyHash(k)] = k
	}
	n := 0
	for c := 0; c < 0x80; c++ {
		s := string(rune(c))
		toks := token.Tokenize(s)
		if len(toks) != 1 || toks[0].Kind != token.Punct || len(toks[0].Key) != 1 {
			continue
		}
		n++
		k := toks[0].Key
		_, ok := d.first[k]
		assert.False(t, ok, "a phrase starts with %q", k)
		other, ok := hashes[token.HashOf(&toks[0])]
		assert.False(t, ok, "%q has the hash of %q", k, other)
	}
	assert.Greater(t, n, 20, "the ASCII punctuation marks were tried")
}

// TestStopsSet checks the premise of introduced's walk over setStops: every
// token its reading of a sentence acts on is in the set (a one-byte
// punctuation mark, a line's first token, a verb of handing over, a word
// opening a list of posts, "của"/"về"/"kỳ"), and ofOtherKeys are
// ofOther's keys.
func TestStopsSet(t *testing.T) {
	for _, k := range ofOtherKeys {
		assert.True(t, ofOther(k), k)
	}
	d := load()
	for _, text := range memoTexts(t) {
		toks := token.Tokenize(text)
		p := &parser{d: d, text: text, toks: toks, sc: new(scratch)}
		p.scan()
		for k := range toks {
			in := p.sets[setStops*p.setW+k>>6]&(1<<(k&63)) != 0
			acts := p.pc[k] != 0 || toks[k].LineBefore || ofOther(toks[k].Key) || p.mask[k]&(bGive|bIntro) != 0
			if acts {
				require.True(t, in, "token %d (%q) of %q", k, toks[k].Key, text)
			}
		}
	}
}
