package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
)

// TestRound12Citations covers a compound type (Thông báo kết luận), a year
// after a Party symbol's issuer part, a type word used as its subject's
// verb, plans named by their title (Quy hoạch) and titles in quotation
// marks (made-up sentences in the style of the press), as
// "type|text|number|symbol|issuer".
func TestRound12Citations(t *testing.T) {
	show := func(d schema.Document) string {
		return d.Type + "|" + d.Text + "|" + d.Number + "|" + d.Symbol + "|" + d.Issuer
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"Thông báo Kết luận, a year after the issuer part", "Cán bộ được nghỉ theo Thông báo Kết luận số 20-TB/KL/2022 của Bộ Chính trị.",
			[]string{"Thông báo|Thông báo Kết luận số 20-TB/KL/2022|20|20-TB/KL/2022|Bộ Chính trị"}},
		{"thông báo kết luận, lower case", "Theo thông báo kết luận số 18-TB/TU ngày 6/9/2024, các xã sơ tán dân.",
			[]string{"Thông báo|thông báo kết luận số 18-TB/TU|18|18-TB/TU|Tỉnh ủy"}},
		{"a Party symbol with no year stays", "Theo Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, các cấp ủy rà soát.",
			[]string{"Kết luận|Kết luận số 21-KL/TW|21|21-KL/TW|Ban Chấp hành Trung ương"}},
		{"state symbols with a year", "Theo Nghị định số 12/2024/NĐ-CP và Quyết định Số: 15/QĐ-UBND, tỉnh thực hiện.",
			[]string{"Nghị định|Nghị định số 12/2024/NĐ-CP|12|12/2024/NĐ-CP|Chính phủ", "Quyết định|Quyết định Số: 15/QĐ-UBND|15|15/QĐ-UBND|Ủy ban nhân dân"}},
		// a type word after a document noun, its subject, is a verb
		{"nghị định quy định N", "Ngoài ra, nghị định quy định 5 chế độ cho cán bộ.", nil},
		{"thông tư hướng dẫn N", "Thông tư hướng dẫn 3 nội dung chính.", nil},
		{"Quy định N after a verb stays", "Tỉnh ủy ban hành Quy định 12 về công tác cán bộ.",
			[]string{"Quy định|Quy định 12|12||"}},
		// plans named by their title
		{"Quy hoạch with horizons", "Theo Quy hoạch giao thông vận tải Thủ đô đến năm 2030, tầm nhìn đến năm 2050 vừa được phê duyệt, sân bay sẽ mở rộng.",
			[]string{"Quy hoạch|Quy hoạch giao thông vận tải Thủ đô đến năm 2030, tầm nhìn đến năm 2050|||"}},
		{"Quy hoạch chi tiết", "UBND tỉnh vừa phê duyệt Quy hoạch chi tiết Khu du lịch Hồ Núi Cốc nhằm phát triển du lịch.",
			[]string{"Quy hoạch|Quy hoạch chi tiết Khu du lịch Hồ Núi Cốc|||"}},
		{"a law named by its plan stays one law", "Quốc hội sửa Luật Quy hoạch đô thị và quy hoạch nông thôn.",
			[]string{"Luật|Luật Quy hoạch đô thị và quy hoạch nông thôn|||"}},
		// negatives: a common noun, a sentence's first word, an institute, a number
		{"công tác quy hoạch", "Công tác quy hoạch cán bộ cần được chú trọng.", nil},
		{"Quy hoạch opening the sentence", "Quy hoạch chung phải đi trước một bước.", nil},
		{"Viện Quy hoạch", "Sở giao Viện Quy hoạch xây dựng Hà Nội nghiên cứu đề xuất.", nil},
		{"quy hoạch N", "Nhà phải xây theo kết cấu quy hoạch 1 trệt 3 lầu.", nil},
		// a title in quotation marks that opens with a type word
		{"a quoted title of two documents", `Phó Thủ tướng ký quyết định phê duyệt "Kế hoạch sắp xếp lại và Đề án cơ cấu lại Tổng công ty A đến năm 2025".`,
			[]string{"Kế hoạch|Kế hoạch sắp xếp lại và Đề án cơ cấu lại Tổng công ty A đến năm 2025|||"}},
		// negatives: speech after a colon, a sentence inside, a subject after "về"
		{"speech after a colon", `Ông A nhận xét: "Quyết định thật kinh khủng và vô tâm".`, nil},
		{"a sentence inside the quotation", `Ông A cho biết "Quyết định này là sai. Chúng tôi sẽ kháng cáo".`, nil},
		{"a subject after về", `Các cấp triển khai nghị quyết về "Chiến lược bảo vệ Tổ quốc trong tình hình mới".`, nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}
