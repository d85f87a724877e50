package people

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		// officials reads foldTitle from the name key when it is plain
		if k, ok := appendFoldNameOK(nil, s); ok {
			assert.Equal(t, foldTitle(s), string(appendWords(nil, k)), "appendWords %q", s)
		}
	}
}

// The key table answers as the maps it is built from, the lexicon bits of
// a token are set wherever the word list matches (scan may only leave out
// bits of lists that cannot match), and the remembered organization heads
// are the lexicon's.
func TestKeyTableEqualMap(t *testing.T) {
	d := load()
	for k, v := range d.first {
		sl := d.firstT.getHashed(k, token.KeyHash(k))
		if assert.NotNil(t, sl, k) {
			assert.Equal(t, v, sl.single|sl.multi, k)
			assert.Equal(t, d.single[k], sl.single, k)
		}
		assert.True(t, d.firstF.Has(k), k)
	}
	for k, v := range d.pairs {
		assert.Equal(t, v, d.pairT.get(uint32(k>>32), uint32(k)), k)
	}
	assert.Zero(t, d.pairT.get(1, 2))
	bs, err := os.ReadFile("testdata/chains.txt")
	require.NoError(t, err)
	text := "Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn, Phó Chủ tịch UBND tỉnh; của và các xyz 12 .\nBo Tý, 16 tuổi, và bà Hoa, 7 tuổi. Trưởng ban Tuyên giáo chủ trì, Ủy viên dự; phát biểu đề cử. Tại hội nghị, Dự họp có sự tham dự của ông A.\nÔng  Lê\u00a0Văn\tAn,\u2003bà Hoa\n" + string(bs)
	toks := token.Tokenize(text)
	r1 := Find(Input{Text: text, Tokens: toks})
	p := &parser{d: d, text: text, toks: toks, sc: new(scratch)}
	p.scan()
	lists := []struct {
		bit firstBit
		at  func(i int) bool
	}{
		{bRoles, func(i int) bool { _, ok := d.roles.At(toks, i); return ok }},
		{bFormer, func(i int) bool { _, ok := d.former.At(toks, i); return ok }},
		{bCues, func(i int) bool { _, ok := d.cues.At(toks, i); return ok }},
		{bOrgHeads, func(i int) bool { _, ok := d.orgHeads.At(toks, i); return ok }},
		{bOrgLower, func(i int) bool { _, ok := d.orgLower.At(toks, i); return ok }},
		{bVerbs, func(i int) bool { _, ok := d.verbs.At(toks, i); return ok }},
		{bGive, func(i int) bool { m, ok := d.verbs.At(toks, i); return ok && m.Value }},
		{bEponyms, func(i int) bool { _, ok := d.eponyms.At(toks, i); return ok }},
		{bOrgans, func(i int) bool { _, ok := d.organs.At(toks, i); return ok }},
		{bIntro, func(i int) bool { _, ok := d.intro.At(toks, i); return ok }},
		{bOrgStop, func(i int) bool { _, ok := d.orgStop.At(toks, i); return ok }},
		{bFamily, func(i int) bool { return d.family[toks[i].Key] }},
		{bProf, func(i int) bool { _, ok := d.prof.At(toks, i); return ok }},
		{bCountry, func(i int) bool { _, ok := d.country.At(toks, i); return ok }},
		{bBio, func(i int) bool { _, ok := d.bio.At(toks, i); return ok }},
		{bKin, func(i int) bool { _, ok := d.kin.At(toks, i); return ok }},
		{bNom, func(i int) bool { _, ok := d.nominate.At(toks, i); return ok }},
		{bUnit, func(i int) bool { _, ok := d.units[toks[i].Key]; return ok }},
		{bPrep, func(i int) bool { return slices.Contains(d.prepFamily, toks[i].Key) }},
		{bParticle, func(i int) bool { return slices.Contains(d.particles, toks[i].Key) }},
		{bPart, func(i int) bool { _, ok := d.part.At(toks, i); return ok }},
		{bWeak, func(i int) bool {
			for k := range d.weak {
				if strings.HasPrefix(k+" ", toks[i].Key+" ") {
					return true
				}
			}
			return false
		}},
	}
	matched := 0
	for i := range toks {
		for _, l := range lists {
			if l.at(i) {
				matched++
				assert.NotZero(t, p.mask[i]&l.bit, "bit %d at token %d %q", l.bit, i, toks[i].Key)
			}
		}
	}
	assert.Greater(t, matched, 100)
	ages := 0
	for e := -1; e <= len(toks); e++ {
		want := e >= 0 && e+2 < len(toks) && toks[e].Kind == token.Punct && toks[e].Key == "," && toks[e+1].Kind == token.Number && toks[e+2].Key == kwTuoi
		assert.Equal(t, want, p.ageAt(e), e)
		if want {
			ages++
		}
		heShe := e >= 0 && e < len(toks) && (toks[e].Key == "ông" || toks[e].Key == "ba2")
		assert.Equal(t, heShe, p.may(e, bHeShe), e)
	}
	assert.Equal(t, 2, ages)
	for i := range toks {
		assert.Equal(t, d.family[toks[i].Key], p.family(i), i)
	}
	// a span's fold from the gaps between its tokens is the plain fold
	for a := 0; a < len(toks); a++ {
		for b := a + 1; b <= len(toks) && b <= a+6; b++ {
			span := text[toks[a].Start:toks[b-1].End]
			k1, ok1 := p.appendSpanFold([]byte("x"), span, a, b)
			k2, ok2 := appendFoldNameOK([]byte("x"), span)
			require.Equal(t, string(k2), string(k1), span)
			require.Equal(t, ok2, ok1, span)
		}
	}
	// the table with key compares answers as the one without
	ex := d.firstT
	ex.exact = true
	for k := range d.first {
		assert.Equal(t, d.firstT.getHashed(k, token.KeyHash(k)), ex.getHashed(k, token.KeyHash(k)), k)
	}
	assert.Nil(t, ex.getHashed("xyzzy", token.KeyHash("xyzzy")))
	for i := -1; i <= len(toks); i++ {
		m1, ok1 := p.orgHeadAt(i)
		m2, ok2 := d.orgHeads.At(toks, i)
		assert.Equal(t, ok2, ok1, i)
		assert.Equal(t, m2, m1, i)
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

// singleSpaced agrees with strings.Fields on every rune of the BMP and on
// broken UTF-8.
func TestSingleSpacedEveryRune(t *testing.T) {
	ref := func(s string) bool { return strings.Join(strings.Fields(s), " ") == s }
	for r := rune(0); r < 0x10000; r++ {
		for _, s := range []string{"a" + string(r) + "b", string(r), "Hồ " + string(r) + " Chí"} {
			if ref(s) != singleSpaced(s) {
				t.Fatalf("singleSpaced(%q) = %v", s, singleSpaced(s))
			}
		}
	}
	for _, s := range []string{"\xc2", "a\xc2\xa0", "\xe1\x9a\x80x", "\xe1\x9a", "\xc3\xc2\xa0", "\xe2\x80\x83", "\xe3\x80\x80", "\xe3\x80"} {
		assert.Equal(t, ref(s), singleSpaced(s), "%q", s)
	}
}

// People are found by key suffix and given name the same way by a scan
// and through the maps of indexPeople.
func TestPeopleIndexEqualScan(t *testing.T) {
	var texts []string
	for _, f := range []string{"testdata/seed.txt", "testdata/chains.txt", "testdata/chains_dev.txt"} {
		bs, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(bs))
	}
	// made-up references by given name ("ông An") and by the last words
	// of a name ("ông Văn An")
	texts = append(texts, "Ông Nguyễn Văn An, Bí thư Tỉnh ủy Hà Giang, phát biểu. Bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh Hà Giang, cho biết. Ông An nói. Bà Hoa chủ trì. Sau đó ông Văn An và bà Thị Hoa trao đổi với ông Trần Văn An, Chủ tịch UBND tỉnh Cao Bằng; ông An cảm ơn.")
	texts = append(texts, strings.Join(texts, "\n"))
	defer func(n int) { manyPeople = n }(manyPeople)
	for _, text := range texts {
		manyPeople = 1 << 30
		scan := Find(Input{Text: text})
		manyPeople = 0
		indexed := Find(Input{Text: text})
		assert.Equal(t, scan, indexed)
		assert.NotEmpty(t, scan.Officials)
	}
}

// isAllCaps agrees with strings.ToUpper on every rune of the BMP.
func TestIsAllCapsEveryRune(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		s := "A" + string(r)
		if want := strings.ToUpper(s) == s && len([]rune(s)) > 1; want != isAllCaps(s) {
			t.Fatalf("isAllCaps(%q) = %v", s, !want)
		}
	}
}

// nextWith finds what a plain loop finds.
func TestNextWith(t *testing.T) {
	mask := []firstBit{0, bRoles, 0, 0, 0, 0, bCues, 0, 0, bRoles | bCues, 0, 0, 0, 0, 0, bOrgans}
	for n := 0; n <= len(mask); n++ {
		for i := 0; i <= n; i++ {
			for _, bits := range []firstBit{bRoles, bCues, bOrgans, bRoles | bOrgans, bKin} {
				want := i
				for want < n && mask[want]&bits == 0 {
					want++
				}
				assert.Equal(t, want, nextWith(mask[:n], i, bits), "n %d i %d bits %d", n, i, bits)
			}
		}
	}
}

// nextIn finds what a plain loop over the tokens' bits finds, across the
// 64-token words of the sets, for every start and end.
func TestNextIn(t *testing.T) {
	const n = 200
	mask := make([]firstBit, n)
	for _, i := range []int{1, 9, 63, 64, 65, 127, 128, 190, 199} {
		mask[i] = bRoles
	}
	mask[70], mask[140] = bPart, bPart|bRoles
	groups := map[int]firstBit{setRoles: bRoles | bFormer, setPart: bPart, setOrgans: bOrgans | bPlaceHead}
	w := (n + 63) >> 6
	p := &parser{setW: w, sets: make([]uint64, nSets*w)}
	for i, m := range mask {
		addSets(p.sets, w, i, m)
	}
	for g, bits := range groups {
		for end := 0; end <= n; end++ {
			for i := 0; i <= end; i++ {
				want := i
				for want < end && mask[want]&bits == 0 {
					want++
				}
				require.Equal(t, want, p.nextIn(g, i, end), "set %d i %d end %d", g, i, end)
			}
		}
	}
}

func TestAppendNoSpaces(t *testing.T) {
	for _, s := range []string{"", " ", "bo tttt", " a  b ", "abc"} {
		assert.Equal(t, "x"+strings.ReplaceAll(s, " ", ""), string(appendNoSpaces([]byte("x"), s)), s)
	}
}

func TestAppendWords(t *testing.T) {
	for _, s := range []string{"", " ", "ubnd q.tan binh, tp.hcm", "-a-", "ab  cd", "x1 y2!", "..a"} {
		f := []byte(s)
		for i, c := range f {
			if !isAlnum(c) {
				f[i] = ' '
			}
		}
		assert.Equal(t, "x"+strings.Join(strings.Fields(string(f)), " "), string(appendWords([]byte("x"), s)), s)
		assert.Equal(t, strings.Join(strings.Fields(string(f)), " "), string(appendWords(nil, []byte(s))), s)
	}
}
