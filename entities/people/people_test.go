package people

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

func readLines(t testing.TB, path string) []string {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// summary renders officials as "Name: t1 | t2" lines.
func summary(r Result) []string {
	var out []string
	for _, o := range r.Officials {
		var ts []string
		for _, t := range o.Titles {
			ts = append(ts, t.Text)
		}
		out = append(out, o.Name+": "+strings.Join(ts, " | "))
	}
	return out
}

func checkSpans(t testing.TB, text string, r Result) {
	for _, o := range r.Officials {
		for _, m := range o.Mentions {
			require.True(t, 0 <= m.Start && m.Start <= m.End && m.End <= len(text))
		}
		for _, ti := range o.Titles {
			require.True(t, 0 <= ti.Span.Start && ti.Span.Start <= ti.Span.End && ti.Span.End <= len(text))
		}
	}
	for _, o := range r.Organizations {
		for _, m := range o.Mentions {
			require.True(t, 0 <= m.Start && m.Start <= m.End && m.End <= len(text))
			require.Equal(t, o.Name, o.Name) // names are canonical or as written
		}
	}
	for _, p := range r.Participants {
		require.Equal(t, p.Name != "", true)
		require.True(t, 0 <= p.Span.Start && p.Span.End <= len(text))
	}
}

func TestTitleChains(t *testing.T) {
	lines := readLines(t, "testdata/chains.txt")
	want := [][]string{
		{"Lâm Văn Mẫn: Ủy viên dự khuyết Trung ương Đảng | Phó Bí thư Thường trực Tỉnh ủy Sóc Trăng"},
		{"Trần Phước Vĩnh: Phó Trưởng Ban Tổ chức Tỉnh ủy Sóc Trăng"},
		{"Trần Việt Thành: Phó Vụ Trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương"},
		{"Tô Huy Rứa: Ủy viên Bộ Chính trị | Bí thư Trung ương Đảng | Trưởng ban Tổ chức Trung ương"},
		{"Nguyễn Hữu Đông: Ủy viên Ban Chấp hành Trung ương Đảng | Bí thư Tỉnh ủy Sơn La | Trưởng Đoàn đại biểu Quốc hội tỉnh Sơn La"},
		{"Nguyễn Quang Dương: Ủy viên Ban Chấp hành Trung ương Đảng | Phó trưởng Ban Tổ chức Trung ương"},
		{"Huỳnh Thị Hoài Thu: Tỉnh ủy viên | Phó Bí thư Đảng ủy UBND tỉnh Đồng Tháp"},
		{"Võ Thị Dung: ủy viên Ban Thường vụ Thành ủy Hồ Chí Minh | Trưởng Ban Tổ chức Thành ủy TP. Hồ Chí Minh"},
		{"Trần Cẩm Tú: Ủy viên Bộ Chính trị | Thường trực Ban Bí thư"},
		{"Nguyễn Trọng Nghĩa: Bí thư Trung ương Đảng | Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam"},
		{"Tô Lâm: Chủ tịch nước | Ủy viên Bộ Chính trị | Ủy viên Thường vụ Quân ủy Trung ương",
			"Phạm Minh Chính: Thủ tướng Chính phủ | Ủy viên Bộ Chính trị"},
		{"Phan Văn Giang: Ủy viên Bộ Chính trị | Phó Bí thư Quân ủy Trung ương | Bộ trưởng Bộ Quốc phòng"},
		{"Lương Cường: Ủy viên Bộ Chính trị | Thường trực Ban Bí thư"},
		{"Lê Hoài Trung: Bí thư Trung ương Đảng | Trưởng Ban Đối ngoại Trung ương"},
		{"Trần Đức Quận: nguyên ủy viên Ban Chấp hành Trung ương Đảng | bí thư Tỉnh ủy | bí thư Đảng đoàn HĐND tỉnh | chủ tịch HĐND tỉnh",
			"Trần Văn Hiệp: nguyên phó bí thư Tỉnh ủy | bí thư Ban cán sự đảng UBND tỉnh | chủ tịch UBND tỉnh"},
		{"Nguyễn Ngọc Phúc: tỉnh ủy viên | phó chủ tịch UBND tỉnh", "Phạm S: tỉnh ủy viên | phó chủ tịch UBND tỉnh"},
		{"Đoàn Văn Việt: nguyên thứ trưởng Bộ Văn hóa, Thể thao và Du lịch | phó bí thư Tỉnh ủy"},
		{"Bùi Sơn Điền: nguyên tỉnh ủy viên | bí thư Huyện ủy Đức Trọng | nguyên bí thư chi bộ Sở Kế hoạch và Đầu tư | giám đốc Sở Kế hoạch và Đầu tư"},
		{"Nguyễn Văn Nên: ủy viên Bộ Chính trị | bí thư Thành ủy TP.HCM"},
		{"Hồ Tiến Thiệu: Phó Bí thư Tỉnh ủy Lạng Sơn | Chủ tịch UBND tỉnh Lạng Sơn"},
		{"Sơn Minh Thắng: Bí thư Đảng uỷ Khối các cơ quan Trung ương"},
		{"Nguyễn Xuân Thắng: Bí thư Trung ương Đảng | Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"},
		{"Hồ Chí Minh: Chủ tịch"},
		{"Triệu Xuân Hòa: nguyên Tư lệnh Quân khu 7"},
		{"Niê Thuật: Ủy viên Trung ương Đảng | Phó trưởng ban Ban Chỉ đạo Tây Nguyên"},
		{"Trương Minh Tuấn: Bộ trưởng Bộ TTTT"},
		{"Nguyễn Hồ Hải: phó bí thư thường trực Thành ủy TP.HCM | bí thư Tỉnh ủy Cà Mau"},
		{"Nguyễn Văn Bình: Trưởng Ban kinh tế Trung ương", "Hoàng Trung Hải: Bí thư Thành ủy Hà Nội"},
		{"Phạm Minh Chính: Thủ tướng"},
		{"Lê Quang Trung: bí thư Đảng ủy Sở Xây dựng | giám đốc Sở Xây dựng",
			"Trần Phương: bí thư Đảng ủy Cục Thuế tỉnh Lâm Đồng | cục trưởng Cục Thuế tỉnh Lâm Đồng"},
		{"Trịnh Thị Minh Thanh: Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh | Chủ tịch HĐND tỉnh Quảng Ninh"},
		{"Mai Tiến Dũng: Chủ nhiệm Văn phòng Chính phủ"},
		{"Phan Văn Mãi: phó bí thư Thành ủy TP.HCM | chủ tịch UBND TP.HCM | ủy viên Ủy ban Thường vụ Quốc hội"},
		{"Trần Đức Thắng: Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy Hải Dương"},
		{"Vũ Đức Đam: Phó Thủ tướng"},
		{"Phạm Minh Chính: Uỷ viên bộ Chính trị | Bí thư Trung ương Đảng | Trưởng Ban Tổ chức Trung ương",
			"Võ Văn Thưởng: Uỷ viên bộ Chính trị | Bí thư Trung ương Đảng | Trưởng ban Tuyên giáo Trung ương",
			"Trương Thị Mai: Uỷ viên bộ Chính trị | Bí thư Trung ương Đảng | Trưởng ban Dân vận Trung ương",
			"Nguyễn Xuân Thắng: Bí thư Trung ương Đảng | Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh"},
		{"Lê Ngọc Quỳnh: Giám đốc sở Tư pháp tỉnh Lào Cai | Chủ tịch Hội Luật gia tỉnh Lào Cai"},
		{"Trần Thanh Mẫn: Chủ tịch Quốc hội", "Nguyễn Thị Thanh: Phó Chủ tịch Quốc hội",
			"Nguyễn Khắc Định: phó Chủ tịch Quốc hội", "Nguyễn Đức Hải: phó Chủ tịch Quốc hội", "Trần Quang Phương: phó Chủ tịch Quốc hội"},
	}
	require.Len(t, want, len(lines))
	for i, line := range lines {
		t.Run(line[:min(40, len(line))], func(t *testing.T) {
			r := Find(Input{Text: line})
			checkSpans(t, line, r)
			assert.Equal(t, want[i], summary(r))
		})
	}
}

func TestTitleFields(t *testing.T) {
	text := "Bà Huỳnh Thị Hoài Thu, nguyên Phó Bí thư Đảng ủy UBND tỉnh Đồng Tháp phát biểu."
	r := Find(Input{Text: text})
	require.Len(t, r.Officials, 1)
	o := r.Officials[0]
	require.Len(t, o.Titles, 1)
	ti := o.Titles[0]
	assert.True(t, ti.Former)
	assert.Equal(t, "nguyên Phó Bí thư Đảng ủy UBND tỉnh Đồng Tháp", text[ti.Span.Start:ti.Span.End])
	assert.Equal(t, "nguyên Phó Bí thư", ti.Role)
	assert.Equal(t, "Đảng ủy UBND tỉnh Đồng Tháp", ti.Organization)
	assert.Equal(t, "Huỳnh Thị Hoài Thu", text[o.Mentions[0].Start:o.Mentions[0].End])
}

// A role that ends with its unit noun heads the unit named after it.
func TestTitleUnitHead(t *testing.T) {
	tests := []struct{ in, role, org string }{
		{"đồng chí Trần Phước Vĩnh, Phó Trưởng Ban Tổ chức Tỉnh ủy Sóc Trăng trình bày.", "Phó Trưởng Ban", "Ban Tổ chức Tỉnh ủy Sóc Trăng"},
		{"ông Lê Minh Hưng, Trưởng ban Tổ chức Trung ương phát biểu.", "Trưởng ban", "Ban Tổ chức Trung ương"},
		{"đồng chí Trần Việt Thành, Phó Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương phát biểu.", "Phó Vụ trưởng", "Vụ Địa phương 3, Ban Tổ chức Trung ương"},
	}
	for _, tt := range tests {
		r := Find(Input{Text: tt.in})
		require.Len(t, r.Officials, 1, tt.in)
		require.Len(t, r.Officials[0].Titles, 1, tt.in)
		assert.Equal(t, tt.role, r.Officials[0].Titles[0].Role, tt.in)
		assert.Equal(t, tt.org, r.Officials[0].Titles[0].Organization, tt.in)
	}
}

// Capitalized phrases that are not people.
func TestNotPeople(t *testing.T) {
	for _, s := range []string{
		"Ngày 25-7-2020, tại TP. Sóc Trăng, Cụm thi đua số 5 tổ chức sơ kết.",
		"Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW.",
		"Hội nghị Trung ương 4 (khóa XII) bàn về xây dựng Đảng.",
		"Ban Tổ chức Trung ương phối hợp với các tỉnh ủy.",
		"Tỉnh ủy Lâm Đồng và Thành ủy Hà Nội họp.",
		"Đại hội đại biểu Đảng bộ tỉnh Sóc Trăng lần thứ XIV.",
		"Tại thành phố Hồ Chí Minh, hội nghị diễn ra.",
		"UBND tỉnh Hà Giang ban hành kế hoạch.",
		"Học viện Chính trị quốc gia Hồ Chí Minh tổ chức lễ.",
		"Quân ủy Trung ương tổ chức Hội nghị lần thứ 10.",
		"Ủy ban Kiểm tra Trung ương đề nghị kỷ luật.",
		"Văn phòng Trung ương Đảng thông báo.",
		"Hội nghị Quân ủy Trung ương lần thứ 10. Ảnh: Nhan Sáng-TTXVN",
		"Thủ tướng phát biểu. (Ảnh: VGP/Lê Sơn)",
		"Đoàn đại biểu Quốc hội tỉnh Sơn La làm việc.",
		"Ban Thường vụ Tỉnh ủy Quảng Ninh họp.",
		"Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu.",
		"Đồng bằng sông Cửu Long có 13 tỉnh.",
		"Sở Tài nguyên và Môi trường tỉnh Long An.",
		"Thường trực Thành ủy TP.HCM gồm có các phó bí thư.",
		"Tân Phó bí thư Thành ủy - Ảnh: HỮU HẠNH",
		"Bộ Thông tin và Truyền thông phát động giải.",
		"Nghị quyết Đại hội lần thứ XII của Đảng.",
		"Tây Nguyên và Nam Trung Bộ.",
		"Tỉnh đã xóa bỏ tổ chức bất hợp pháp Lương Văn Thành.",
		"Công an triệt phá tổ chức phản động Trần Văn Lộc ở biên giới.",
	} {
		r := Find(Input{Text: s})
		assert.Empty(t, summary(r), s)
	}
}

func TestExclude(t *testing.T) {
	text := "Đồng chí Lâm Văn Mẫn phát biểu.\nTrần Văn Sáu"
	r := Find(Input{Text: text, Exclude: []schema.Span{{Start: strings.Index(text, "Trần"), End: len(text)}}})
	assert.Equal(t, []string{"Lâm Văn Mẫn: "}, summary(r))
}

func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	text := string(b)
	r := Find(Input{Text: text, Tokens: token.Tokenize(text)})
	checkSpans(t, text, r)
	assert.Equal(t, []string{
		"Lâm Văn Mẫn: Ủy viên dự khuyết Trung ương Đảng | Phó Bí thư Thường trực Tỉnh ủy Sóc Trăng",
		"Trần Phước Vĩnh: Phó Trưởng Ban Tổ chức Tỉnh ủy Sóc Trăng",
		"Trần Việt Thành: Phó Vụ Trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương",
	}, summary(r))
	// coreference: every mention of Lâm Văn Mẫn is one official
	assert.Len(t, r.Officials[0].Mentions, 4)
	for _, o := range r.Officials {
		for _, m := range o.Mentions {
			assert.Equal(t, o.Name, text[m.Start:m.End])
		}
	}
	// organizations: Vụ Địa phương III and Vụ Địa phương 3 are one organ
	var vu *schema.Organization
	for i, o := range r.Organizations {
		if o.Canonical == "Vụ Địa phương III" {
			vu = &r.Organizations[i]
		}
	}
	require.NotNil(t, vu)
	assert.Len(t, vu.Mentions, 3)
	// participants
	roles := map[string]bool{}
	for _, p := range r.Participants {
		roles[p.Name+" "+p.Role] = true
		assert.Equal(t, p.Name, text[p.Span.Start:p.Span.End])
	}
	// one role per person: Lâm Văn Mẫn attended (tới dự) and spoke
	assert.Equal(t, map[string]bool{"Lâm Văn Mẫn spoke": true, "Trần Phước Vĩnh reported": true, "Trần Việt Thành spoke": true}, roles)
}

func TestShortReference(t *testing.T) {
	text := "Đồng chí Lâm Văn Mẫn phát biểu. Ông Mẫn cho biết tỉnh đã chuẩn bị tốt."
	r := Find(Input{Text: text})
	require.Len(t, r.Officials, 1)
	assert.Len(t, r.Officials[0].Mentions, 2)
	assert.Equal(t, "Mẫn", text[r.Officials[0].Mentions[1].Start:r.Officials[0].Mentions[1].End])
}

func FuzzFind(f *testing.F) {
	for _, l := range readLines(f, "testdata/chains.txt") {
		f.Add(l)
	}
	f.Add("ông ,")
	f.Add("Tỉnh ủy TP. Đồng chí")
	// truncated career timelines, ages, kinship names and foreign names
	f.Add("Ông Lê Văn A là Đại tá,; từ tháng 6-")
	f.Add("Bo Tý, 16")
	f.Add("em Bo")
	f.Add("Cô")
	f.Add("Thống đốc tỉnh Moskva Andrey")
	f.Add("Bộ trưởng Liên bang Nga A.")
	f.Add("Chủ tịch xã Tân Triều, Thanh")
	// shared list titles, mandates, credits, cut names, asides, anaphora
	f.Add("các ông Lê Văn A, Trần Văn B, nguyên")
	f.Add("Thừa ủy quyền của Thủ tướng,")
	f.Add("ủy quyền Chủ tịch")
	f.Add("Ông Lê Thanh Hải T.")
	f.Add("Chủ tịch Hồ Chí ...")
	f.Add("Ông Lê Văn Sơn (thứ tư, ")
	f.Add("Giám đốc Sở này")
	f.Add("Trợ lý đồng chí")
	f.Add("đại biểu Hà Văn Huệ (tỉnh")
	f.Add("Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Điện Biên Đông")
	f.Fuzz(func(t *testing.T, s string) {
		// find, not Find: a panic fails the target instead of being recovered
		r := find(Input{Text: s})
		checkSpans(t, s, r)
		for _, o := range r.Officials {
			for _, ti := range o.Titles {
				require.LessOrEqual(t, ti.Span.End, len(s))
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	bs, err := os.ReadFile("testdata/seed.txt")
	require.NoError(b, err)
	text := strings.Repeat(string(bs), 4)
	toks := token.Tokenize(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(Input{Text: text, Tokens: toks})
	}
}

func TestOrganizationsNotTerritories(t *testing.T) {
	r := Find(Input{Text: "Ngày 25-7-2020, tại TP. Sóc Trăng, Tỉnh ủy Sóc Trăng và UBND tỉnh Bạc Liêu họp."})
	var names []string
	for _, o := range r.Organizations {
		names = append(names, o.Name)
	}
	assert.Equal(t, []string{"Tỉnh ủy Sóc Trăng", "UBND tỉnh Bạc Liêu"}, names)
}
