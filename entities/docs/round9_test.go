package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
)

// TestRound9Citations covers the promulgation order (Lệnh), a short
// citation followed by its year or month of issue, and titles whose nouns
// are coordinated by a comma (made-up sentences in the style of the
// press). want lists the documents after merging as
// "type|text|number|symbol|issuer".
func TestRound9Citations(t *testing.T) {
	show := func(d schema.Document) string {
		return d.Type + "|" + d.Text + "|" + d.Number + "|" + d.Symbol + "|" + d.Issuer
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		// an order (Lệnh) by its symbol, with code L
		{"Lệnh of the President", "Chủ tịch nước ban hành Lệnh số 08/2023/L-CTN công bố luật.",
			[]string{"Lệnh|Lệnh số 08/2023/L-CTN|08|08/2023/L-CTN|Chủ tịch nước"}},
		{"Lệnh of a command", "Ban Chỉ huy tỉnh đã ký Lệnh số 12/L-BCH về di dời dân.",
			[]string{"Lệnh|Lệnh số 12/L-BCH|12|12/L-BCH|"}},
		{"lệnh as a common noun", "Tỉnh phát lệnh di dân ở vùng phân lũ.", nil},
		// a short citation and its year or month of issue
		{"số N năm YYYY của <issuer>", "Mức thu theo Nghị định số 15 năm 2022 của Chính phủ về lệ phí.",
			[]string{"Nghị định|Nghị định số 15 năm 2022 của Chính phủ|15||Chính phủ"}},
		{"N năm YYYY", "Mức thu theo Nghị định 15 năm 2022 về lệ phí.",
			[]string{"Nghị định|Nghị định 15 năm 2022|15||"}},
		{"N tháng M-YYYY", "Tòa hủy Quyết định 3345 tháng 7-2024 về giá đất.",
			[]string{"Quyết định|Quyết định 3345|3345||"}},
		// negatives: quantities of time
		{"a five-year plan", "Tỉnh hoàn thành kế hoạch 5 năm 2016 đúng hạn.", nil},
		{"a five-year plan over a range", "Tỉnh thực hiện kế hoạch 5 năm 2021-2025.", nil},
		{"three months", "Tỉnh thực hiện Chỉ thị 3 tháng qua.", nil},
		{"a player named Luật, banned for matches", "VFF quyết định treo giò Đình Luật 3 trận.", nil},
		// nouns coordinated by a comma inside a title
		{"thể dục, thể thao", "Thủ tướng phê duyệt Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030.",
			[]string{"Chiến lược|Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030|||"}},
		{"đại học, cao đẳng", "Trường thực hiện Đề án tuyển sinh đại học, cao đẳng quân sự giai đoạn 2023 - 2030.",
			[]string{"Đề án|Đề án tuyển sinh đại học, cao đẳng quân sự giai đoạn 2023 - 2030|||"}},
		{"a comma before a clause still ends it", "Bộ hoàn thiện Đề án tuyển sinh đại học, đồng thời giao các trường triển khai.",
			[]string{"Đề án|Đề án tuyển sinh đại học|||"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}

// TestRound9Conventions covers conventions (Công ước) named by a title
// that holds "của" and "về": one document, not a law inside it.
func TestRound9Conventions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"the convention on the law of the sea", "Hai bên giải quyết bất đồng phù hợp với luật pháp quốc tế và Công ước Liên hợp quốc về Luật Biển năm 1982.",
			[]string{"Công ước|Công ước Liên hợp quốc về Luật Biển năm 1982|"}},
		{"an acronym closes the title", "Việt Nam là thành viên Công ước Liên hợp quốc về chống tham nhũng (UNCAC).",
			[]string{"Công ước|Công ước Liên hợp quốc về chống tham nhũng|"}},
		{"của + body inside the title", "Việt Nam là thành viên Công ước khung của Liên hợp quốc về biến đổi khí hậu (UNFCCC).",
			[]string{"Công ước|Công ước khung của Liên hợp quốc về biến đổi khí hậu|"}},
		{"conventions in general", "Việt Nam tham gia nhiều công ước quốc tế về quyền con người.", nil},
		{"a count of conventions", "Việt Nam đã phê chuẩn 7 Công ước cơ bản của ILO.", nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, typeTextNumber), c.name)
	}
}
