package people

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnpol/vnpol/entities/token"
)

// The allocation-free helpers give what the plain string code gives.
func TestFoldHelpersEqualPlain(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "UBND Q.Tân Bình, TP.HCM", "Bí thư Tỉnh ủy Lạng Sơn", "ab-cd", "  Hồ  Chí\tMinh ",
		"Nguyễn\u00a0Văn A", "HỮU HẠNH", "Y", "ĐBQH", "Ủy viên", "X\u2003Y", "e\u0301", "\xff\xfe",
		"Tổng Giám đốc VTV", "-", "...", "Phó Chủ tịch UBND tỉnh Sóc Trăng (nhiệm kỳ 2016-2021)",
	} {
		f := []byte(token.ASCII(s))
		for i, c := range f {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				f[i] = ' '
			}
		}
		assert.Equal(t, strings.Join(strings.Fields(string(f)), " "), foldTitle(s), "foldTitle %q", s)
		assert.Equal(t, token.ASCII(strings.Join(strings.Fields(s), " ")), foldName(s), "foldName %q", s)
		assert.Equal(t, strings.ToUpper(s) == s && len([]rune(s)) > 1, isAllCaps(s), "isAllCaps %q", s)
		assert.Equal(t, token.ASCII(strings.Join(strings.Fields(s), " ")), string(appendFoldName([]byte("x"), s)[1:]), "appendFoldName %q", s)
	}
}

// The key table and filter answer as the map they are built from, and the
// remembered organization heads as the lexicon.
func TestKeyTableEqualMap(t *testing.T) {
	d := load()
	for k, v := range d.first {
		assert.Equal(t, v, d.firstT.get(k), k)
		assert.True(t, d.firstF.Has(k), k)
	}
	text := "Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn, Phó Chủ tịch UBND tỉnh; của và các xyz 12 ."
	toks := token.Tokenize(text)
	for _, tk := range toks {
		assert.Equal(t, d.first[tk.Key], d.firstT.get(tk.Key), tk.Key)
	}
	r1 := Find(Input{Text: text, Tokens: toks})
	p := &parser{d: d, text: text, toks: toks, mask: make([]firstBit, len(toks)), ohLast: make([]int32, len(toks)), ohVal: make([]orgKind, len(toks))}
	for i := range toks {
		p.mask[i] = d.firstT.get(toks[i].Key)
	}
	for round := 0; round < 2; round++ {
		for i := -1; i <= len(toks); i++ {
			if i < 0 {
				continue
			}
			m1, ok1 := p.orgHeadAt(i)
			m2, ok2 := d.orgHeads.At(toks, i)
			assert.Equal(t, ok2, ok1, i)
			assert.Equal(t, m2, m1, i)
		}
	}
	assert.NotEmpty(t, r1.Officials)
}

// Find is safe for concurrent use: the pooled arrays and the shared place
// cache give every goroutine what a lone call gives.
func TestConcurrentFindEqualSerial(t *testing.T) {
	texts := readLines(t, "testdata/chains.txt")
	want := make([]Result, len(texts))
	for i, s := range texts {
		want[i] = Find(Input{Text: s})
	}
	var wg sync.WaitGroup
	got := make([][]Result, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				got[g] = got[g][:0]
				for j := range texts {
					got[g] = append(got[g], Find(Input{Text: texts[j]}))
				}
			}
		}()
	}
	wg.Wait()
	for g := range got {
		assert.Equal(t, want, got[g])
	}
}
