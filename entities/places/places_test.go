package places

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/token"
)

var (
	d2020 = time.Date(2020, 7, 26, 0, 0, 0, 0, time.UTC)
	d2024 = time.Date(2024, 11, 25, 0, 0, 0, 0, time.UTC)
	d2025 = time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC) // after Huế became a city, before the merger
	dPost = time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)
)

// names returns the canonical names of the matches, in order.
func names(ms []Match) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, m.Unit.Name)
	}
	return out
}

func find(text string, d time.Time) []Match { return Find(text, token.Tokenize(text), d) }

func TestMergerTable(t *testing.T) {
	tb := load()
	require.Len(t, tb.u2004, 63)
	require.Len(t, tb.order04, 63, "no 2004 code twice")
	require.Len(t, tb.u2025, 34)
	require.Len(t, tb.order25, 34, "no 2025 code twice")
	preds := map[string][]string{}
	for _, c := range tb.order04 {
		u := tb.u2004[c]
		require.Len(t, c, 2, u.name)
		s, ok := tb.u2025[u.succ]
		require.True(t, ok, "%s maps to unknown %s", u.name, u.succ)
		preds[s.code] = append(preds[s.code], u.name)
	}
	for _, c := range tb.order25 {
		assert.NotEmpty(t, preds[c], "2025 unit %s has no predecessor", tb.u2025[c].name)
	}
	// 52 units merged into 23, 11 unchanged.
	merged, unchanged := 0, 0
	for _, p := range preds {
		if len(p) == 1 {
			unchanged++
		} else {
			merged++
		}
	}
	assert.Equal(t, 11, unchanged)
	assert.Equal(t, 23, merged)
	// Codes that changed meaning (PLACES.md §0).
	for old, want := range map[string]string{"15": "Lào Cai", "24": "Bắc Ninh", "44": "Quảng Trị", "52": "Gia Lai",
		"80": "Tây Ninh", "82": "Đồng Tháp", "91": "An Giang"} {
		assert.Equal(t, want, tb.u2025[old].name, "2025 code %s", old)
	}
	assert.Equal(t, []string{"Cần Thơ", "Hậu Giang", "Sóc Trăng"}, preds["92"])
	assert.Equal(t, []string{"Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"}, reorder(preds["79"], "Hồ Chí Minh"))
	cities := 0
	for _, u := range tb.u2025 {
		if u.city {
			cities++
		}
	}
	assert.Equal(t, 6, cities)
}

// reorder puts first at the front, keeping the others' order.
func reorder(s []string, first string) []string {
	out := []string{first}
	for _, x := range s {
		if x != first {
			out = append(out, x)
		}
	}
	return out
}

func TestNamesUniqueAfterASCIIFolding(t *testing.T) {
	tb := load()
	seen := map[string]string{}
	check := func(name string) {
		a := token.ASCII(name)
		if prev, ok := seen[a]; ok {
			assert.Equal(t, prev, name, "ASCII %q shared by two names", a)
		}
		seen[a] = name
	}
	for _, u := range tb.u2004 {
		check(u.name)
	}
	for _, u := range tb.u2025 {
		check(u.name)
	}
	assert.Len(t, seen, 64) // 63 names + "Huế"
}

func TestLookupAliases(t *testing.T) {
	tests := []struct{ in, name, code string }{
		{"Sóc Trăng", "Sóc Trăng", "94"},
		{"tỉnh Sóc Trăng", "Sóc Trăng", "94"},
		{"Soc Trang", "Sóc Trăng", "94"},
		{"Đác Lắc", "Đắk Lắk", "66"},
		{"Đăk Lăk", "Đắk Lắk", "66"},
		{"Đắc Lắc", "Đắk Lắk", "66"},
		{"Đắk Lăk", "Đắk Lắk", "66"},
		{"Daklak", "Đắk Lắk", "66"},
		{"Dak Lak", "Đắk Lắk", "66"},
		{"Đăk Nông", "Đắk Nông", "67"},
		{"Đắc Nông", "Đắk Nông", "67"},
		{"Kontum", "Kon Tum", "62"},
		{"Bắc Cạn", "Bắc Kạn", "06"},
		{"TP.HCM", "Hồ Chí Minh", "79"},
		{"TPHCM", "Hồ Chí Minh", "79"},
		{"TP HCM", "Hồ Chí Minh", "79"},
		{"TP. HCM", "Hồ Chí Minh", "79"},
		{"HCMC", "Hồ Chí Minh", "79"},
		{"Sài Gòn", "Hồ Chí Minh", "79"},
		{"TP. Hồ Chí Minh", "Hồ Chí Minh", "79"},
		{"Thành phố Hồ Chí Minh", "Hồ Chí Minh", "79"},
		{"Ho Chi Minh", "Hồ Chí Minh", "79"},
		{"Thừa Thiên Huế", "Thừa Thiên Huế", "46"},
		{"Thừa Thiên - Huế", "Thừa Thiên Huế", "46"},
		{"Thừa Thiên-Huế", "Thừa Thiên Huế", "46"},
		{"Thừa Thiên – Huế", "Thừa Thiên Huế", "46"},
		{"TT-Huế", "Thừa Thiên Huế", "46"},
		{"tỉnh T.T. Huế", "Thừa Thiên Huế", "46"},
		{"TT. Huế", "Thừa Thiên Huế", "46"},
		{"BR-VT", "Bà Rịa - Vũng Tàu", "77"},
		{"Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu", "77"},
		{"Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu", "77"},
		{"Bà Rịa—Vũng Tàu", "Bà Rịa - Vũng Tàu", "77"},
		{"Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu", "77"},
		{"Ba Ria - Vung Tau", "Bà Rịa - Vũng Tàu", "77"},
		{"Khánh Hoà", "Khánh Hòa", "56"},
		{"Hoà Bình", "Hòa Bình", "17"},
		{"Thanh Hoá", "Thanh Hóa", "38"},
		{"Hanoi", "Hà Nội", "01"},
		{"Thủ đô Hà Nội", "Hà Nội", "01"},
		{"Danang", "Đà Nẵng", "48"},
		{"Tp. Cần Thơ", "Cần Thơ", "92"},
	}
	require.GreaterOrEqual(t, len(tests), 30)
	for _, tc := range tests {
		u, ok := Lookup(tc.in, d2020)
		if assert.True(t, ok, tc.in) {
			assert.Equal(t, tc.name, u.Name, tc.in)
			assert.Equal(t, tc.code, u.Code, tc.in)
			assert.Equal(t, "2004", u.Scheme, tc.in)
		}
	}
	for _, in := range []string{"", "Đồng bằng sông Cửu Long", "Tây Nguyên", "Nam", "Sóc", "huyện Long Phú", "tư tưởng Hồ Chí Minh"} {
		_, ok := Lookup(in, d2020)
		assert.False(t, ok, in)
	}
	u, ok := Lookup("Hà Tây", d2020)
	require.True(t, ok)
	assert.True(t, u.Historical)
	assert.Empty(t, u.Code)
}

func TestDateResolution(t *testing.T) {
	// 2020: the old unit, with its successor.
	u, ok := Lookup("Sóc Trăng", d2020)
	require.True(t, ok)
	assert.Equal(t, Unit{Name: "Sóc Trăng", Code: "94", Scheme: "2004", Successor: "Cần Thơ", SuccessorCode: "92"}, u)
	// Zero date: as before the merger.
	u, _ = Lookup("Yên Bái", time.Time{})
	assert.Equal(t, Unit{Name: "Yên Bái", Code: "15", Scheme: "2004", Successor: "Lào Cai", SuccessorCode: "15"}, u)
	// After the merger a merged-away unit resolves to the new unit.
	u, _ = Lookup("Sóc Trăng", dPost)
	assert.Equal(t, Unit{Name: "Cần Thơ", Code: "92", Scheme: "2025", City: true}, u)
	u, _ = Lookup("Yên Bái", dPost)
	assert.Equal(t, Unit{Name: "Lào Cai", Code: "15", Scheme: "2025"}, u)
	u, _ = Lookup("Lào Cai", dPost)
	assert.Equal(t, Unit{Name: "Lào Cai", Code: "15", Scheme: "2025"}, u)
	u, _ = Lookup("Lào Cai", d2024)
	assert.Equal(t, "10", u.Code)
	u, _ = Lookup("Kiên Giang", dPost)
	assert.Equal(t, Unit{Name: "An Giang", Code: "91", Scheme: "2025"}, u)
	u, _ = Lookup("Hà Nội", dPost)
	assert.Equal(t, Unit{Name: "Hà Nội", Code: "01", Scheme: "2025", City: true}, u)
	u, ok = Lookup("Sáng Mai", dPost)
	assert.False(t, ok)
	// Thừa Thiên Huế became Thành phố Huế on 1 Jan 2025.
	u, _ = Lookup("Thừa Thiên Huế", d2024)
	assert.Equal(t, Unit{Name: "Thừa Thiên Huế", Code: "46", Scheme: "2004", Successor: "Huế", SuccessorCode: "46"}, u)
	u, _ = Lookup("Thừa Thiên Huế", d2025)
	assert.Equal(t, Unit{Name: "Huế", Code: "46", Scheme: "2004", City: true, Successor: "Huế", SuccessorCode: "46"}, u)
	u, _ = Lookup("TP. Huế", dPost)
	assert.Equal(t, Unit{Name: "Huế", Code: "46", Scheme: "2025", City: true}, u)
	// The exact day.
	u, _ = Lookup("Bạc Liêu", MergerDate)
	assert.Equal(t, "Cà Mau", u.Name)
	u, _ = Lookup("Bạc Liêu", MergerDate.Add(-time.Hour))
	assert.Equal(t, "Bạc Liêu", u.Name)
}

func TestFindPostMergerKeepsSpanOnOldName(t *testing.T) {
	text := "Nguyên Bí thư Tỉnh ủy Sóc Trăng (cũ) và lãnh đạo TP. Cần Thơ dự."
	ms := find(text, dPost)
	require.Len(t, ms, 2)
	assert.Equal(t, "Sóc Trăng", ms[0].Text)
	assert.Equal(t, "Cần Thơ", ms[0].Unit.Name)
	assert.Equal(t, "2025", ms[0].Unit.Scheme)
	ps := Provinces(ms)
	require.Len(t, ps, 1)
	assert.Equal(t, "Cần Thơ", ps[0].Name)
	assert.Equal(t, "92", ps[0].Code)
	assert.Len(t, ps[0].Mentions, 2)
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		texts      []string // the matched texts, when checked
	}{
		{"list after là", "khu vực đồng bằng sông Cửu Long là Bạc Liêu, Đồng Tháp, Trà Vinh và Cần Thơ.",
			[]string{"Bạc Liêu", "Đồng Tháp", "Trà Vinh", "Cần Thơ"}, nil},
		{"organization names", "Tỉnh ủy Sóc Trăng, UBND tỉnh Bạc Liêu, Đảng bộ tỉnh Sóc Trăng, Hội Luật gia tỉnh Hà Giang",
			[]string{"Sóc Trăng", "Bạc Liêu", "Sóc Trăng", "Hà Giang"}, []string{"Sóc Trăng", "tỉnh Bạc Liêu", "tỉnh Sóc Trăng", "tỉnh Hà Giang"}},
		{"provincial city as the province", "tổ chức tại TP. Sóc Trăng", []string{"Sóc Trăng"}, []string{"TP. Sóc Trăng"}},
		{"city prefixes", "Thành ủy TP.HCM, UBND Thành phố Hồ Chí Minh, TP HCM, Tp.HCM, TPHCM",
			[]string{"Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"},
			[]string{"TP.HCM", "Thành phố Hồ Chí Minh", "TP HCM", "Tp.HCM", "TPHCM"}},
		{"lower case after tỉnh", "các xã của tỉnh hòa bình", []string{"Hòa Bình"}, nil},
		{"old spellings", "Tỉnh ủy Đác Lắc và tỉnh Kontum", []string{"Đắk Lắk", "Kon Tum"}, []string{"Đác Lắc", "tỉnh Kontum"}},
		{"unaccented", "Tinh uy Soc Trang", []string{"Sóc Trăng"}, nil},
		{"delegation, not a surname", "đại biểu Quốc hội Vũ Trọng Kim (Đoàn Nam Định)", []string{"Nam Định"}, nil},
		{"Đại học Y", "Trường Đại học Y Hà Nội", []string{"Hà Nội"}, nil},
		{"English city", "in Ho Chi Minh City, Vietnam", []string{"Hồ Chí Minh"}, nil},
		{"bare Hồ Chí Minh in a list", "các thành phố Hà Nội, Hồ Chí Minh và Đà Nẵng; Hồ Chí Minh, Cần Thơ",
			[]string{"Hà Nội", "Hồ Chí Minh", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}, nil},
		{"people of a province", "bà con Sóc Trăng và chị em Hà Nội", []string{"Sóc Trăng", "Hà Nội"}, nil},
		{"sentence start address word", "Ông Hà Nội", []string{"Hà Nội"}, nil},
		{"place after a person", "Bí thư Tỉnh ủy Bạc Liêu Nguyễn Quang Dương", []string{"Bạc Liêu"}, nil},
		{"historical not a region", "tỉnh Quảng Nam - Đà Nẵng cũ", []string{"Quảng Nam - Đà Nẵng"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := find(tc.text, d2020)
			assert.Equal(t, tc.want, names(ms))
			if tc.texts != nil {
				got := []string{}
				for _, m := range ms {
					got = append(got, m.Text)
				}
				assert.Equal(t, tc.texts, got)
			}
		})
	}
}

func TestFindNegatives(t *testing.T) {
	for _, text := range []string{
		"Phó Thủ tướng Nguyễn Hòa Bình phát biểu",
		"ông Nguyễn Thái Bình và ông Lê Thanh Hóa",
		"đồng chí Trần Văn Long An",
		"Chủ tịch Hồ Chí Minh",
		"học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
		"Học viện Chính trị quốc gia Hồ Chí Minh",
		"Đoàn TNCS Hồ Chí Minh",
		"Bác Hồ kính yêu",
		"Lăng Chủ tịch Hồ Chí Minh",
		"Hồ Chí Minh vĩ đại",
		"Hồ Chí Minh, Võ Nguyên Giáp và Tôn Đức Thắng",
		"Hồ Chí Minh và Lê Duẩn",
		"vì hòa bình và phát triển",
		"Hòa bình là khát vọng",
		"thái bình, hà nam, long an",
		"Đồng bằng sông Hồng và Đồng bằng sông Cửu Long",
		"các tỉnh Tây Nguyên, Đông Nam Bộ và miền Trung",
		"Tây Bắc, Đông Bắc, Bắc Trung Bộ, Nam Trung Bộ, Tây Nam Bộ",
		"khu vực châu Á - Thái Bình Dương",
		"Chiến thắng Điện Biên Phủ",
		"huyện Long Phú, thị xã Quảng Trị, phường Hà Giang, TT. Long An",
		"sông Sài Gòn, đường Hồ Chí Minh",
		"Công ty Sài Gòn Đại Ninh",
		"Tập đoàn Hoàng Anh Gia Lai",
		"tiền vệ Vũ Quang Nam",
		"Nam đã đến",
		"chị Huế và anh Thái Bình",
		"Việt Nam Định hướng phát triển",
	} {
		assert.Empty(t, names(find(text, d2020)), text)
	}
}

func readTestdata(t testing.TB, name string) string {
	b, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return string(b)
}

func TestSeedArticle(t *testing.T) {
	text := readTestdata(t, "seed-cum-thi-dua-5-soc-trang-2020.txt")
	ms := find(text, d2020)
	checkSpans(t, text, ms)
	ps := Provinces(ms)
	got := []string{}
	for _, p := range ps {
		got = append(got, p.Name)
		assert.Equal(t, "2004", p.Scheme)
		assert.NotEmpty(t, p.Successor)
	}
	assert.ElementsMatch(t, []string{"Bạc Liêu", "Đồng Tháp", "Trà Vinh", "Sóc Trăng", "Bến Tre", "An Giang",
		"Kiên Giang", "Hậu Giang", "Cà Mau", "Vĩnh Long", "Cần Thơ"}, got)
	assert.Equal(t, "Sóc Trăng", ps[0].Name, "first mentioned first")
	assert.Equal(t, "94", ps[0].Code)
	assert.Equal(t, "Cần Thơ", ps[0].Successor)
}

func TestDevArticles(t *testing.T) {
	for _, tc := range []struct {
		file string
		date time.Time
		want []string
	}{
		{"dev-018.txt", d2024, []string{"Vĩnh Phúc", "Phú Thọ", "Đắk Lắk", "Nam Định", "Hà Nội"}},
		{"dev-014.txt", d2025, []string{"Hồ Chí Minh", "Long An", "Cà Mau"}},
	} {
		text := readTestdata(t, tc.file)
		ms := find(text, tc.date)
		checkSpans(t, text, ms)
		got := []string{}
		for _, p := range Provinces(ms) {
			got = append(got, p.Name)
		}
		assert.ElementsMatch(t, tc.want, got, tc.file)
	}
}

func checkSpans(t testing.TB, text string, ms []Match) {
	t.Helper()
	last := -1
	for _, m := range ms {
		require.True(t, 0 <= m.Span.Start && m.Span.Start < m.Span.End && m.Span.End <= len(text), "span %v", m.Span)
		require.Equal(t, text[m.Span.Start:m.Span.End], m.Text)
		require.GreaterOrEqual(t, m.Span.Start, last, "matches in order, not overlapping")
		last = m.Span.End
	}
}

func TestProvincesEmpty(t *testing.T) {
	assert.NotNil(t, Provinces(nil))
	assert.Empty(t, Provinces(find("Hà Tây cũ", d2020)), "historical units are left out of the record")
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Tỉnh ủy Sóc Trăng", "TP.HCM", "tỉnh", "TP.", "Bà Rịa -", "Soc Trang x", "Hồ Chí Minh City",
		"\xff\xfe", "thành phố\nHà Nội", "Đoàn Nam Định"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range []time.Time{{}, dPost} {
			ms := find(s, d)
			checkSpans(t, s, ms)
			ps := Provinces(ms)
			n := 0
			for _, p := range ps {
				n += len(p.Mentions)
				require.NotEmpty(t, p.Code)
			}
			require.LessOrEqual(t, n, len(ms))
		}
		_, _ = Lookup(s, dPost)
	})
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(readTestdata(b, "dev-018.txt"), 4)
	toks := token.Tokenize(text)
	load()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, toks, d2024)
	}
}

// The gates never say no where a phrase starts: at every token of the
// test articles (and of their unaccented copies), names.At and ascii.At
// find nothing where the gate refuses; and they do refuse most tokens
// that pass the first-key filter.
func TestGatesExact(t *testing.T) {
	tb := load()
	refused, firsts := 0, 0
	for _, name := range []string{"dev-014.txt", "dev-018.txt", "seed-cum-thi-dua-5-soc-trang-2020.txt"} {
		b, err := os.ReadFile("testdata/" + name)
		require.NoError(t, err)
		for _, text := range []string{string(b), token.ASCII(string(b)), "Sóc\nTrăng Hà Nội"} {
			toks := token.Tokenize(text)
			for i := range toks {
				if _, ok := tb.names.At(toks, i); ok {
					require.True(t, tb.namesGate.may(toks, i), "%s %d %q", name, i, toks[i].Key)
				}
				if _, ok := tb.ascii.At(toks, i); ok {
					require.True(t, tb.asciiGate.may(toks, i), "%s %d %q", name, i, toks[i].Key)
				}
				if m, ok := tb.markers.At(toks, i); ok && (m.Value.kind == kPrefix || m.Value.kind == kSub) {
					require.True(t, tb.markerGate.may(toks, i), "%s %d %q", name, i, toks[i].Key)
				}
				if tb.namesFirst.HasToken(&toks[i]) {
					firsts++
					if !tb.namesGate.may(toks, i) {
						refused++
					}
				}
			}
		}
	}
	assert.Greater(t, refused, firsts/2)
}
