package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
)

// TestRound13Citations covers nouns with a stop-word syllable inside a
// title (hàng không, chương trình), a period before the horizon, the term
// after a comma in a plenum resolution and Party rules cited by their title
// (made-up sentences in the style of the press), as "type|text|term".
func TestRound13Citations(t *testing.T) {
	show := func(d schema.Document) string {
		return d.Type + "|" + d.Text + "|" + d.Term
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"hàng không, sân bay and a period", "Cảng nằm trong Quy hoạch phát triển hệ thống cảng hàng không, sân bay toàn quốc thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt.",
			[]string{"Quy hoạch|Quy hoạch phát triển hệ thống cảng hàng không, sân bay toàn quốc thời kỳ 2021-2030, tầm nhìn đến năm 2050|"}},
		{"không gian", "Bộ trình Quy hoạch không gian biển quốc gia giai đoạn 2021 - 2030 để thẩm định.",
			[]string{"Quy hoạch|Quy hoạch không gian biển quốc gia giai đoạn 2021 - 2030|"}},
		{"chương trình", "Tỉnh triển khai Đề án xây dựng chương trình giáo dục phổ thông mới.",
			[]string{"Đề án|Đề án xây dựng chương trình giáo dục phổ thông mới|"}},
		{"thời kỳ without years is part of the name", "Tỉnh lập Quy hoạch tỉnh thời kỳ mới cho các huyện.",
			[]string{"Quy hoạch|Quy hoạch tỉnh thời kỳ mới|"}},
		// negation stays a stop word
		{"không as negation", "Theo Đề án sắp xếp đơn vị hành chính không được kéo dài thời gian.",
			[]string{"Đề án|Đề án sắp xếp đơn vị hành chính|"}},
		{"the term after a comma", "Ban Bí thư kiểm tra việc thực hiện Nghị quyết Trung ương 4, khóa XII về xây dựng Đảng.",
			[]string{"Nghị quyết|Nghị quyết Trung ương 4, khóa XII|XII"}},
		{"no term after the comma", "Các cấp quán triệt Nghị quyết Trung ương 4, Chỉ thị 05 của Bộ Chính trị.",
			[]string{"Nghị quyết|Nghị quyết Trung ương 4|XII", "Chỉ thị|Chỉ thị 05 của Bộ Chính trị|"}}, // the term inferred from the date
		{"the rule on setting an example", "Ông vi phạm Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Uỷ viên Bộ Chính trị, Uỷ viên Ban Bí thư, Uỷ viên Ban Chấp hành Trung ương và bị kỷ luật.",
			[]string{"Quy định|Quy định về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Uỷ viên Bộ Chính trị, Uỷ viên Ban Bí thư, Uỷ viên Ban Chấp hành Trung ương|"}},
		{"the rules spoken of, lower case", "Cán bộ phải thực hiện quy định về trách nhiệm nêu gương của cán bộ, đảng viên.", nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}
