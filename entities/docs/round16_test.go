package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
)

// TestRound16QuotedName covers a document named by a quoted title right
// after its type word (class quotedname), in either case, glued or spaced
// quotation marks, with its issuer when "của" and a known one follow
// (made-up sentences in the style of the press), as "type|text|issuer".
func TestRound16QuotedName(t *testing.T) {
	show := func(d schema.Document) string { return d.Type + "|" + d.Text + "|" + d.Issuer }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a directive by its title", "Tháng 5/1941, Trung ương ra Chỉ thị “Sửa soạn khởi nghĩa trong cả nước”, nêu rõ thời cơ.",
			[]string{"Chỉ thị|Chỉ thị “Sửa soạn khởi nghĩa trong cả nước”|"}},
		{"a resolution with its issuer", "Tỉnh quán triệt Nghị quyết “Về phát triển kinh tế biển bền vững” của Tỉnh ủy Khánh Hòa trong tháng 6.",
			[]string{"Nghị quyết|Nghị quyết “Về phát triển kinh tế biển bền vững”|"}},
		{"a directive with its issuer", "Các đơn vị thực hiện Chỉ thị “Tăng cường kỷ luật, kỷ cương hành chính” của Thủ tướng Chính phủ ngay trong quý.",
			[]string{"Chỉ thị|Chỉ thị “Tăng cường kỷ luật, kỷ cương hành chính” của Thủ tướng Chính phủ|Thủ tướng Chính phủ"}},
		{"a lower-case plan", "Ủy ban MTTQ xã đã ban hành kế hoạch “Mặt trận chung tay giảm nghèo bền vững” với 5 nhóm việc.",
			[]string{"Kế hoạch|kế hoạch “Mặt trận chung tay giảm nghèo bền vững”|"}},
		{"a lower-case scheme, spaced marks", `Sở đang hoàn thiện đề án " Nâng cao chất lượng dịch vụ xe buýt công cộng " để trình thành phố.`,
			[]string{`Đề án|đề án " Nâng cao chất lượng dịch vụ xe buýt công cộng "|`}},
		// negatives: scare quotes (lower case, or under three words), the verb
		// "quyết định", a programme that is an event, a head inside a quotation,
		// a sentence inside the quotation, a subject after "về", a plural
		{"scare quote", "Quyết định “đi tắt” của ông Giám đốc gây nhiều bức xúc.", nil},
		{"two words", "Ban lãnh đạo ra Quyết định “Tạm dừng” với dự án.", nil},
		{"the verb", "Cô quyết định “Tây tiến lập nghiệp” sau khi tốt nghiệp.", nil},
		{"a programme", "Chương trình “Những ngày văn hóa Huế tại Hà Nội” khai mạc tối qua.", nil},
		{"inside a quotation", `Ông nói: "Phải làm theo nghị quyết " Ông Ba cho biết thêm rằng việc này cần làm ngay.`, nil},
		{"a sentence inside", "Ông A nhắc lại Nghị quyết “Phải đổi mới. Không thể chậm trễ” trong bài phát biểu.", nil},
		{"a subject after về", "Ý kiến về đề án “Xây dựng thành phố thông minh giai đoạn mới” rất nhiều.", nil},
		{"a plural", "Các Đề án “Phát triển du lịch cộng đồng” và khác đều được duyệt.", nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}

// TestRound16CongressNumberFirst covers a local congress whose number comes
// before the body ("Nghị quyết Đại hội XI Đảng bộ tỉnh"): a local congress
// resolution, not the national one of that number (made-up sentences), as
// "text|issuer".
func TestRound16CongressNumberFirst(t *testing.T) {
	show := func(d schema.Document) string { return d.Text + "|" + d.Issuer }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"beside the national one", "Thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội XVII Đảng bộ tỉnh trong năm nay.",
			[]string{"Nghị quyết Đại hội XIII của Đảng|Đại hội đại biểu toàn quốc", "Nghị quyết Đại hội XVII Đảng bộ tỉnh|Đại hội Đảng bộ"}},
		{"with của and the place", "Huyện quán triệt Nghị quyết Đại hội lần thứ XXI của Đảng bộ huyện Yên Định tới chi bộ.",
			[]string{"Nghị quyết Đại hội lần thứ XXI của Đảng bộ huyện Yên Định|Đại hội Đảng bộ"}},
		// the national congress stays national
		{"national", "Nghị quyết Đại hội XII của Đảng đã đi vào cuộc sống.",
			[]string{"Nghị quyết Đại hội XII của Đảng|Đại hội đại biểu toàn quốc"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}

// TestRound16TreatyOfBody covers a convention named with "của" before the
// body that made it (made-up sentences), as "type|text".
func TestRound16TreatyOfBody(t *testing.T) {
	show := func(d schema.Document) string { return d.Type + "|" + d.Text }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"của before the body", "Hai bên cam kết tuân thủ Công ước của Hội đồng Châu Âu về Tội phạm Mạng năm 2001.",
			[]string{"Công ước|Công ước của Hội đồng Châu Âu về Tội phạm Mạng năm 2001"}},
		{"one convention in two wordings", "Theo Công ước của Liên Hợp Quốc về Luật Biển, và Công ước Liên Hợp Quốc về Luật Biển.",
			[]string{"Công ước|Công ước của Liên Hợp Quốc về Luật Biển"}},
		// lower case, or "của" before a lower-case word: none
		{"lower case", "Một công ước của Liên Hợp Quốc về môi trường đang được đàm phán.", nil},
		{"no body", "Công ước của các nước ven biển chưa được ký.", nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}

// TestRound16TreatyLowerTail covers a treaty title whose last capital opens
// a Vietnamese word written with one capital ("Hiệp định Thương mại song
// phương"): the lower-case rest runs to punctuation or a stop word; a
// foreign name or a name of several capitals ends where it is (made-up
// sentences), as the citation's text.
func TestRound16TreatyLowerTail(t *testing.T) {
	show := func(d schema.Document) string { return d.Text }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"to a stop word", "Hai nước đã ký Hiệp định Vận tải biển song phương vào năm ngoái.",
			[]string{"Hiệp định Vận tải biển song phương"}},
		{"to a comma", "Hai bên nhất trí thúc đẩy Hiệp định Hợp tác nghề cá, mở rộng trao đổi.",
			[]string{"Hiệp định Hợp tác nghề cá"}},
		{"after về", "Lào tham gia Công ước Khung về Phòng chống ma túy từ năm 2002.",
			[]string{"Công ước Khung về Phòng chống ma túy"}},
		// a foreign name, a name of two capitals, a place after a dash: as before
		{"foreign name", "Hiệp định Paris mở ra bước ngoặt lớn cho cuộc kháng chiến.",
			[]string{"Hiệp định Paris"}},
		{"two capitals", "Hiệp định Thương mại tự do Việt Nam mở ra nhiều cơ hội.",
			[]string{"Hiệp định Thương mại tự do Việt Nam"}},
		{"a dash", "Hiệp định Thương mại tự do Á - Âu mở rộng thị trường.",
			[]string{"Hiệp định Thương mại tự do Á - Âu"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}

// TestRound16CommonNounHead covers a type word that a following word of
// class notname makes a common noun, inside a quotation that opens with it
// or before a title: no citation (made-up sentences); the titled forms stay.
func TestRound16CommonNounHead(t *testing.T) {
	show := func(d schema.Document) string { return d.Type + "|" + d.Text }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a quotation opening with luật pháp", "Ông nhắc lại câu “Luật pháp phải nghiêm nhưng lòng người phải thuận” trong bài nói.", nil},
		{"a strategist", "Theo ông Smith - Chiến lược gia trưởng của quỹ ABC, giá vàng sẽ tăng.", nil},
		{"a quoted law title stays", "Quốc hội đã thông qua “Luật Đất đai sửa đổi” trong kỳ họp.", []string{"Luật|Luật Đất đai sửa đổi"}},
		{"a strategy stays", "Chính phủ ban hành Chiến lược phát triển ngành dược đến năm 2030.", []string{"Chiến lược|Chiến lược phát triển ngành dược đến năm 2030"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}

// TestRound16LoneAbbrev covers an abbreviated head and a number alone
// ("CT 128", "NĐ 3061"): a citation only when the text cites the same type
// and number in another form, or with a trailer (made-up sentences), as
// "type|number".
func TestRound16LoneAbbrev(t *testing.T) {
	show := func(d schema.Document) string { return d.Type + "|" + d.Number }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a scanner model", "Bệnh viện vừa lắp máy chụp CT 256 lát cắt hiện đại.", nil},
		{"a boat's number", "Thuyền trưởng tàu NĐ 4521 cho biết nước đang lên.", nil},
		{"a headphone", "Mẫu tai nghe Sennheiser HD 660 đang giảm giá.", nil},
		{"the short name of a decree cited in full", "Nghị định 100/2019/NĐ-CP (gọi tắt là NĐ 100) có hiệu lực; NĐ 100 quy định mức phạt.",
			[]string{"Nghị định|100"}},
		{"with a trailer", "Các cấp quán triệt NQ 45 của Bộ Chính trị trong quý.", []string{"Nghị quyết|45"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}

// TestRound16HorizonView covers the horizon that closes a title with
// "định hướng" as well as "tầm nhìn", and "đến YYYY" without "năm" after
// either (made-up sentences), as the citation's text.
func TestRound16HorizonView(t *testing.T) {
	show := func(d schema.Document) string { return d.Text }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"định hướng", "Tỉnh triển khai Đề án phát triển du lịch biển giai đoạn 2021 - 2025, định hướng đến năm 2030 trên toàn địa bàn.",
			[]string{"Đề án phát triển du lịch biển giai đoạn 2021 - 2025, định hướng đến năm 2030"}},
		{"tầm nhìn đến YYYY", "Bộ trình Chiến lược phát triển ngành thủy sản đến năm 2030, tầm nhìn đến 2045 trong tháng này.",
			[]string{"Chiến lược phát triển ngành thủy sản đến năm 2030, tầm nhìn đến 2045"}},
		// "đến 2030" without "năm" and without a view word is no horizon
		{"đến alone", "Tỉnh triển khai Đề án phát triển du lịch biển đến 2030 cho các huyện.", []string{"Đề án phát triển du lịch biển"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}

// TestRound16YearTitle covers a plan named by a lower-case subject closed by
// the year or period it covers (class yeartitled), with a place after the
// year (made-up sentences), as the citation's text.
func TestRound16YearTitle(t *testing.T) {
	show := func(d schema.Document) string { return d.Text }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a year and a place", "HĐND huyện xem xét Kế hoạch đầu tư công năm 2026 huyện Yên Định tại kỳ họp.",
			[]string{"Kế hoạch đầu tư công năm 2026 huyện Yên Định"}},
		{"a period, with của and trên", "UBND tỉnh vừa ban hành Kế hoạch phát triển nhân lực của các bệnh viện trên địa bàn tỉnh giai đoạn 2026 - 2030 để triển khai.",
			[]string{"Kế hoạch phát triển nhân lực của các bệnh viện trên địa bàn tỉnh giai đoạn 2026 - 2030"}},
		{"a year range", "Sở ban hành Kế hoạch tổ chức hội thi tìm hiểu lịch sử địa phương năm 2025 - 2026 trên toàn tỉnh.",
			[]string{"Kế hoạch tổ chức hội thi tìm hiểu lịch sử địa phương năm 2025 - 2026"}},
		// negatives: lower case, a sentence start, no year, a clause inside, after "các"
		{"lower case", "Công ty thông qua kế hoạch kinh doanh năm 2025 tại đại hội.", nil},
		{"a sentence start", "Kế hoạch kinh doanh năm 2025 được cổ đông thông qua.", nil},
		{"no year", "Tỉnh đã hoàn thành Kế hoạch phát triển nhân lực đề ra.", nil},
		{"a clause inside", "Tỉnh đã hoàn thành Kế hoạch đề ra trong cả năm 2024.", nil},
		{"plural", "Các sở triển khai các Kế hoạch phát triển du lịch năm 2025 của tỉnh.", nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}
