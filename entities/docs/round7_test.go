package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRound7Names covers a law whose name holds "của", rules (Nội quy) named
// by a title, and a Party regulation named by its title only with a
// capital (made-up sentences in the style of the press). want lists the
// documents after merging as "type|text|number".
func TestRound7Names(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a law with của in its name", "Đoàn giám sát làm việc theo Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015.",
			[]string{"Luật|Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015|"}},
		{"của and an issuer end another law's name", "Thực hiện Luật Báo chí của Quốc hội, Bộ đã ban hành hướng dẫn.",
			[]string{"Luật|Luật Báo chí|"}},
		{"rules named by a title", "Theo Nội quy kỳ họp Hội đồng nhân dân tỉnh, đại biểu phát biểu không quá 7 phút.",
			[]string{"Nội quy|Nội quy kỳ họp Hội đồng nhân dân tỉnh|"}},
		{"rules of a place", "Khách tham quan phải chấp hành nội quy của khu di tích.", nil},
		{"a regulation named with a capital", "Ông A đã vi phạm Quy định về những điều đảng viên không được làm.",
			[]string{"Quy định|Quy định về những điều đảng viên không được làm|"}},
		{"the same words in lower case", "Ông A đã vi phạm quy định về những điều đảng viên không được làm.", nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, typeTextNumber), c.name)
	}
}
