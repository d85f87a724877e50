package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound15DocumentOf covers a meeting word after a capitalized document
// type and "của" ("Kết luận của Hội nghị Trung ương 9"): the document's
// name, not an event reported; a lower-case "kết luận" there is the act of
// closing the meeting (made-up sentences in the style of the press).
func TestRound15DocumentOf(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a plenum's conclusion", "Tin tức\nÔng A cho biết, Kết luận của Hội nghị Trung ương 9 mới đây đã nêu rõ những nguy cơ.", nil},
		{"a congress resolution", "Tin tức\nSáng 6/6, Nghị quyết của Đại hội lần thứ 5 đã được các chi bộ quán triệt.", nil},
		// negatives: a lower-case verb closing the conference; a meeting after "tại"
		{"closing the conference", "Tin tức\nSáng 6/6, phát biểu kết luận của hội nghị, Bí thư A yêu cầu các ngành tập trung.",
			[]string{"hội nghị/2024-06-06/"}},
		{"a report at the conference", "Tin tức\nSáng 6/6, Báo cáo tại Hội nghị tổng kết năm do Sở B trình bày.",
			[]string{"hội nghị tổng kết/2024-06-06/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 8), schema.Span{}, c.want, c.name)
	}
}
