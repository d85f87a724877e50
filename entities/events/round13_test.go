package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound13SameDay covers "cùng ngày" right after a dated sentence that
// tells no event (a notice, a statement): the event takes that sentence's
// day; further back, or with no dated sentence, the last dated event's
// (made-up sentences in the style of the press).
func TestRound13SameDay(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a notice, then the sitting the same day", "Tin tức\nChiều 16-5, Tổng thư ký Quốc hội A đã có thông cáo về việc cho thôi làm nhiệm vụ đại biểu đối với ông B.\nCụ thể, chiều cùng ngày, Ủy ban Thường vụ Quốc hội đã họp để xem xét việc này.",
			[]string{"họp/2024-05-16/"}},
		{"a statement, then the meeting the same day", "Tin tức\nSáng 3/6, Bộ A ra thông báo về dịch bệnh.\nChiều cùng ngày, Tỉnh ủy B tổ chức hội nghị triển khai phòng dịch.",
			[]string{"hội nghị/2024-06-03/"}},
		// negatives: a sentence between; the dated event's day stays
		{"a sentence between", "Tin tức\nChiều 16-5, Tổng thư ký Quốc hội A đã có thông cáo về việc này.\nÔng B sinh năm 1960, quê tỉnh C.\nCụ thể, chiều cùng ngày, Ủy ban Thường vụ Quốc hội đã họp để xem xét việc này.",
			[]string{"họp//"}},
		{"a dated event before", "Tin tức\nSáng 3/6, Tỉnh ủy A tổ chức hội nghị sơ kết.\nChiều cùng ngày, Tỉnh ủy A họp bàn công tác cán bộ.",
			[]string{"hội nghị sơ kết/2024-06-03/", "họp/2024-06-03/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 20), schema.Span{}, c.want, c.name)
	}
}
