package token

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFoldTonePlacement(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Hòa", "Hoà"},
		{"Ủy", "Uỷ"},
		{"khóa", "khoá"},
		{"Thủy", "Thuỷ"},
		{"Thùy", "Thuỳ"},
		{"Khánh Hòa", "Khánh Hoà"},
		{"HOÀ", "hòa"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"="+tt.b, func(t *testing.T) {
			assert.Equal(t, FoldPhrase(tt.a), FoldPhrase(tt.b))
		})
	}
}

func TestFoldKeepsDistinctions(t *testing.T) {
	tests := []struct{ a, b string }{
		{"tinh", "tỉnh"}, // tinh gọn vs tỉnh
		{"Đảng", "Dang"},
		{"ủy", "uy"},
		{"Bộ", "Bổ"},
		{"ân", "an"},
	}
	for _, tt := range tests {
		assert.NotEqual(t, Fold(tt.a), Fold(tt.b), "%s vs %s", tt.a, tt.b)
	}
}

func TestTokenizeOffsets(t *testing.T) {
	src := "Ngày 25-7-2020, tại TP. Sóc Trăng,\nCụm “thi đua” số 5"
	toks := Tokenize(src)
	var texts []string
	for _, tk := range toks {
		require.Equal(t, src[tk.Start:tk.End], tk.Text(src))
		texts = append(texts, tk.Text(src))
	}
	assert.Equal(t, []string{"Ngày", "25", "-", "7", "-", "2020", ",", "tại", "TP", ".", "Sóc", "Trăng", ",",
		"Cụm", "“", "thi", "đua", "”", "số", "5"}, texts)
	assert.Equal(t, Number, toks[1].Kind)
	assert.Equal(t, Punct, toks[2].Kind)
	assert.True(t, toks[0].Upper)
	assert.False(t, toks[7].Upper)
	assert.True(t, toks[13].LineBefore, "Cụm follows a line break")
	assert.Equal(t, `"`, toks[14].Key, "typographic quotes fold to a straight quote")
}

func TestTokenizeDashes(t *testing.T) {
	for _, s := range []string{"35–CT/TW", "35—CT/TW", "35-CT/TW"} {
		toks := Tokenize(s)
		require.Len(t, toks, 5, s)
		assert.Equal(t, "-", toks[1].Key, s)
	}
}

func TestASCII(t *testing.T) {
	assert.Equal(t, "soc trang", ASCII("Sóc Trăng"))
	assert.Equal(t, "dak lak", ASCII("Đắk Lắk"))
	assert.Equal(t, "ba ria - vung tau", ASCII("Bà Rịa - Vũng Tàu"))
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Hòa Bình", "35-CT/TW", "\xff\xfe", "Ủy ban\n\nnhân dân", "a\u0301b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		toks := Tokenize(s)
		keys := make([]string, len(toks))
		for i, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			if tk.Hash != KeyHash(tk.Key) {
				t.Fatalf("hash of %+v in %q", tk, s)
			}
			if tk.Kind != Punct && tk.Key != Fold(s[tk.Start:tk.End]) {
				t.Fatalf("key %q of %q is not its Fold %q", tk.Key, s[tk.Start:tk.End], Fold(s[tk.Start:tk.End]))
			}
			keys[i] = tk.Key
			prev = tk.End
		}
		if got, want := FoldPhrase(s), strings.Join(keys, " "); got != want {
			t.Fatalf("FoldPhrase(%q) = %q, the joined keys are %q", s, got, want)
		}
		// a long text goes through the word cache: the same tokens as
		// without it, cold and warm
		long := strings.Repeat(s+" ", cacheMinText/(len(s)+1)+1) + s
		want := tokenizeUncached(long)
		for range 2 {
			if got := Tokenize(long); !assert.Equal(t, want, got) {
				t.FailNow()
			}
		}
	})
}

// tokenizeUncached is Tokenize without the word cache.
func tokenizeUncached(text string) []Token {
	toks := []Token{}
	sc := scanner{text: text}
	for {
		var t Token
		if !sc.next(&t) {
			return toks
		}
		toks = append(toks, t)
	}
}

// The word cache gives the tokens the scanner gives without it, on words
// that end at every kind of byte, cold and warm, across resets.
func TestWordCacheMatchesScanner(t *testing.T) {
	words := []string{"Hòa", "hoà", "Ủy", "ban", "BAN", "35", "CT/TW", "“Chỉ", "thị”", "abc“", "ab12cd", "x\xffy", "Ñandú", "ª", "aª", "a«b",
		"a\u2071b", "ho\u0300a", "Tê×", "đ—Đ", "a\u00a0b", "nghiêng…", "NGHIỆP,", "Quốc-hội", "tỉnh\r\n", "Đắk Lắk.", "aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaa",
		"ááááááá", "áááááááá", "ỹ", "\xe1\xbb", "\xc3", "a\xe2\x80", "a\xc2"}
	var b strings.Builder
	for i := 0; b.Len() < 4<<10; i++ {
		b.WriteString(words[(i*7)%len(words)])
		b.WriteString([]string{" ", "", "\n", ", "}[i%4])
	}
	text := b.String()
	want := tokenizeUncached(text)
	for range 3 {
		require.Equal(t, want, Tokenize(text))
		for cut := 1; cut < 40; cut++ { // words that end the text, and the fast path's last rounds
			require.Equal(t, tokenizeUncached(text[:len(text)-cut]), Tokenize(text[:len(text)-cut]))
		}
	}
	var wg sync.WaitGroup // goroutines share the pool, each cache used by one at a time
	for range 4 {
		wg.Go(func() {
			for range 20 {
				assert.Equal(t, want, Tokenize(text))
			}
		})
	}
	wg.Wait()
	var taken []*wordCache
	for wc := getCache(); wc != nil; wc = getCache() {
		wc.arena.b = make([]byte, arenaMax, arenaMax+arenaSize) // full: the next add resets
		taken = append(taken, wc)
	}
	require.Len(t, taken, len(caches))
	require.Equal(t, want, Tokenize(text), "all caches taken: no cache")
	for _, wc := range taken {
		putCache(wc)
	}
	require.Equal(t, want, Tokenize(text), "a cache that resets")
	require.Equal(t, want, Tokenize(text))
}

// Keys cached as offsets stay right while the arena grows past its first
// array and when it resets: thousands of distinct folded words, twice.
func TestWordCacheArenaGrows(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 1500<<10; i++ { // keys past arenaSize, then past arenaMax (a reset)
		for n := i; ; n /= 20 { // a distinct upper-case word per i, folded into the arena
			b.WriteString([]string{"Ă", "Â", "Đ", "Ê", "Ô", "Ơ", "Ư", "Á", "À", "Ả", "Ã", "Ạ", "É", "Ế", "Ộ", "Ữ", "B", "C", "D", "G"}[n%20])
			if n < 20 {
				break
			}
		}
		b.WriteString(" ")
	}
	text := b.String()
	want := tokenizeUncached(text)
	for range 2 {
		require.Equal(t, want, Tokenize(text))
		require.Equal(t, want[:100], Tokenize(text[:want[99].End]))
	}
}

// FoldPhrase joins the keys Tokenize gives, and Token.Hash is KeyHash(Key).
func TestFoldPhraseIsJoinedKeys(t *testing.T) {
	for _, s := range []string{"", "  ", "tổ chức", "hoi nghi", "hoi  nghi", " hoi", "Hội nghị Ban Chấp hành", "35-CT/TW",
		"Ủy ban\n\nnhân dân", "a\u0301b", "TP.HCM", "“Chỉ thị”", "abc“", "ab12cd", "Quyết định số 1234/QĐ-UBND", "x\xffy"} {
		toks := Tokenize(s)
		var keys []string
		for _, tk := range toks {
			keys = append(keys, tk.Key)
			assert.Equal(t, KeyHash(tk.Key), tk.Hash, tk.Key)
			assert.Equal(t, tk.Hash, HashOf(&Token{Key: tk.Key}))
		}
		assert.Equal(t, strings.Join(keys, " "), FoldPhrase(s), "%q", s)
	}
	assert.Equal(t, "hoi nghi", FoldPhrase("hoi nghi"))
	assert.Equal(t, "tô3 chưc1", FoldPhrase("Tổ  Chức"))
	assert.Equal(t, "x tô3", string(AppendFold([]byte("x "), "Tổ")))
}

func BenchmarkTokenize(b *testing.B) {
	src := "Đồng chí Lâm Văn Mẫn, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy Sóc Trăng phát biểu chào mừng Hội nghị. "
	for len(src) < 64<<10 {
		src += src
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(src)
	}
}

func TestFoldFastEqualsSlow(t *testing.T) {
	words := []string{"Hòa", "Hoà", "Ủy", "ĐẢNG", "Nguyễn", "Thuỷ", "Thùy", "khóa", "Quốc", "Đắk", "Lắk", "ỹ", "Ơn", "ăn", "Ñandú", "İstanbul"}
	for _, w := range words {
		assert.Equal(t, foldSlow(w), Fold(w), w)
	}
	assert.Equal(t, Fold("Hòa"), Fold("Ho\u0300a"), "decomposed input folds like precomposed")
}

func TestASCIIFastEqualsSlow(t *testing.T) {
	for r := rune(0); r < 0x2000; r++ {
		s := "A" + string(r) + "b"
		require.Equal(t, asciiSlow(s), ASCII(s), "%U", r)
	}
	for _, s := range []string{"Sóc Trăng", "ĐẢNG", "Nguyễn Thị Thuỷ", "Ho\u0300a", "İstanbul", "\xff", "Ñandú", ""} {
		assert.Equal(t, asciiSlow(s), ASCII(s), s)
	}
	assert.Equal(t, "soc trang", ASCII("Sóc Trăng"))
}

// The table path of AppendASCII gives what the NFD path gives, for every
// rune it accepts; the rest is refused and left to ASCII's slow path.
func TestAppendASCII(t *testing.T) {
	accepted := 0
	for r := rune(0); r < 0x2000; r++ {
		s := "A" + string(r) + "ữ"
		if b, ok := AppendASCII([]byte("x"), s); ok {
			accepted++
			assert.Equal(t, "x"+asciiSlow(s), string(b), "%U", r)
		} else {
			assert.Equal(t, asciiSlow(s), ASCII(s), "%U", r)
		}
	}
	assert.Greater(t, accepted, 500)
	_, ok := AppendASCII(nil, "a\u0301")
	assert.False(t, ok, "a combining mark needs the slow path")
}
