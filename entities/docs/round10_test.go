package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
)

// TestRound10Citations covers the resolution of a regular session named
// by the session, and a law title that holds a dash (made-up sentences
// in the style of the press), as "type|text|number|issuer".
func TestRound10Citations(t *testing.T) {
	show := func(d schema.Document) string {
		return d.Type + "|" + d.Text + "|" + d.Number + "|" + d.Issuer
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"phiên họp <body> thường kỳ tháng M/YYYY", "Theo Nghị quyết phiên họp Chính phủ thường kỳ tháng 4/2018, các bộ rà soát thủ tục.",
			[]string{"Nghị quyết|Nghị quyết phiên họp Chính phủ thường kỳ tháng 4/2018||Chính phủ"}},
		{"phiên họp thường kỳ tháng M của <body>", "Theo Nghị quyết phiên họp thường kỳ tháng 4 của Chính phủ, các bộ rà soát thủ tục.",
			[]string{"Nghị quyết|Nghị quyết phiên họp thường kỳ tháng 4 của Chính phủ||Chính phủ"}},
		{"two months: two documents", "Nghị quyết phiên họp Chính phủ thường kỳ tháng 4/2018 và Nghị quyết phiên họp Chính phủ thường kỳ tháng 5/2018 đều nêu.",
			[]string{"Nghị quyết|Nghị quyết phiên họp Chính phủ thường kỳ tháng 4/2018||Chính phủ", "Nghị quyết|Nghị quyết phiên họp Chính phủ thường kỳ tháng 5/2018||Chính phủ"}},
		// negatives: no month, no body, lower case
		{"no month", "Các bộ thực hiện Nghị quyết phiên họp Chính phủ thường kỳ.", nil},
		{"no body", "Các bộ thực hiện Nghị quyết phiên họp thường kỳ tháng 4.", nil},
		{"lower case, in general", "Các bộ thực hiện các nghị quyết phiên họp Chính phủ thường kỳ tháng 4.", nil},
		// a verb "quy định" and the count it takes: no document
		{"quy định 13 hành vi", "Luật Phòng, chống tác hại của rượu, bia quy định 13 hành vi bị nghiêm cấm.",
			[]string{"Luật|Luật Phòng, chống tác hại của rượu, bia||"}},
		{"Quyết định 13 of the province stays", "UBND tỉnh ban hành Quyết định 13 về giá đất.",
			[]string{"Quyết định|Quyết định 13|13|"}},
		// a court named by the law it guards; a dek cut at its line's end
		{"Tòa án Hiến pháp", "Thủ tướng bị Tòa án Hiến pháp bãi nhiệm.", nil},
		{"Hiến pháp Ukraine stays", "Hiến pháp Ukraine quy định nhiệm kỳ tổng thống.", []string{"Hiến pháp|Hiến pháp||"}},
		{"a law's name cut at the line's end", "Bộ trưởng trình bày tờ trình về dự án Luật Phòng, chống buôn lậu ...\nBộ trưởng cho biết.", nil},
		{"a listed title before an ellipsis stays", "Bộ trưởng trình bày tờ trình về dự án Luật Đất đai ...\nBộ trưởng cho biết.",
			[]string{"Luật|Luật Đất đai||"}},
		{"a title complete before an ellipsis stays", "Các hộ góp phần thực hiện Chiến lược phát triển gia đình Việt Nam đến năm 2030…\nÔng A nói.",
			[]string{"Chiến lược|Chiến lược phát triển gia đình Việt Nam đến năm 2030||"}},
		// a law title with a dash
		{"a dash in a law title", "Quốc hội cho ý kiến về dự án Luật Đơn vị hành chính - kinh tế đặc biệt.",
			[]string{"Luật|Luật Đơn vị hành chính - kinh tế đặc biệt||"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}
