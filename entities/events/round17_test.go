package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound17FuneralCommitteeAssemblyDebate covers two event words read
// across a word's edge: a funeral committee ("Ban lễ tang") is a body, not
// a funeral; the assembly debating ("Quốc hội thảo luận") is a debate, not a
// workshop (made-up sentences in the style of the press).
func TestRound17FuneralCommitteeAssemblyDebate(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a funeral committee", "Tin tức\nNgày 6/6, Bộ Chính trị quyết định thành lập Ban lễ tang gồm 30 người.", nil},
		{"its head", "Tin tức\nSáng 6/6, đồng chí A làm Trưởng Ban Lễ tang Nhà nước.", nil},
		{"the assembly debates", "Tin tức\nNgày 6/6, đại biểu Quốc hội thảo luận dự án Luật Đất đai (sửa đổi).",
			[]string{"thảo luận/2024-06-06/"}},
		// negatives: a funeral held; a workshop; a debate planned
		{"a funeral held", "Tin tức\nSáng 6/6, tại Nhà tang lễ Quốc gia, lễ tang ông A được tổ chức trọng thể.",
			[]string{"lễ/2024-06-06/"}},
		{"a workshop", "Tin tức\nSáng 6/6, Văn phòng Quốc hội tổ chức hội thảo về Luật Đất đai.",
			[]string{"hội thảo/2024-06-06/"}},
		{"a debate planned", "Tin tức\nDự án luật dự kiến trình Quốc hội thảo luận lần đầu tại kỳ họp tới.", nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 8), schema.Span{}, c.want, c.name)
	}
}
