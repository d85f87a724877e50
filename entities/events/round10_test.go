package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestRound10Rules covers an inspection coordinated with a working
// session, a month opening the sentence of an event, and a numbered
// sitting told as held before (made-up sentences in the style of the press).
func TestRound10Rules(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// an inspection that goes on to work with a body is a working session
		{"kiểm tra thực địa và làm việc với", "Tin tức\nTrong buổi kiểm tra thực địa và làm việc với UBND huyện A vào ngày 3-5, ông B đã giao việc cho huyện.",
			day(2024, 5, 4), []string{"làm việc/2024-05-03/"}},
		{"kiểm tra và làm việc với", "Tin tức\nTrong buổi kiểm tra và làm việc với Sở Y tế vào ngày 3-5, ông B yêu cầu đẩy nhanh tiến độ.",
			day(2024, 5, 4), []string{"làm việc/2024-05-03/"}},
		// negatives: an inspection alone, an inspection coordinated with another act
		{"an inspection alone", "Tin tức\nTrong buổi kiểm tra thực địa tại huyện A vào ngày 3-5, ông B đã giao việc cho huyện.",
			day(2024, 5, 4), []string{"kiểm tra/2024-05-03/"}},
		{"an inspection and a capitalized word", "Tin tức\nTrong buổi kiểm tra Nhà máy A và làm việc với UBND huyện vào ngày 3-5, ông B phát biểu.",
			day(2024, 5, 4), []string{"kiểm tra/2024-05-03/"}},
		// a month and year opening the sentence is the event's own time
		{"Sang tháng M-YYYY, tại Đại hội", "Tin tức\nSáng 25-9, Ủy ban đã họp. Sang tháng 10-2020, tại Đại hội Đảng bộ tỉnh A lần thứ XI, ông B tái đắc cử.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "đại hội/2020-10/"}},
		{"Tháng M/YYYY, tại kỳ họp", "Tin tức\nSáng 25-9, Ủy ban đã họp. Tháng 1/2023, tại kỳ họp bất thường lần 2, Quốc hội đã phê chuẩn.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "kỳ họp/2023-01/"}},
		// negatives: a month that does not open the sentence, a month after a verb
		{"a month inside the clause", "Tin tức\nSáng 25-9, Ủy ban đã họp. Ông B được bầu tháng 10-2020, tại Đại hội Đảng bộ tỉnh A lần thứ XI.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "đại hội//"}},
		{"a month, then a clause before the event", "Tin tức\nSáng 25-9, Ủy ban đã họp. Tháng 10-2020, ông B được bầu tại Đại hội Đảng bộ tỉnh A lần thứ XI.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "đại hội//"}},
		// a numbered sitting told as held before the main meeting is another event
		{"Trước đó, tại kỳ họp N", "Tin tức\nChiều 25-9, Ủy ban Thường vụ Quốc hội đã họp để xem xét. Trước đó, tại kỳ họp 45, Ủy ban Kiểm tra Trung ương đã xem xét kết quả kiểm tra.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "kỳ họp//"}},
		// negatives: no "Trước đó", or a sitting without a number: the same meeting
		{"tại kỳ họp N: the meeting's sitting", "Tin tức\nChiều 25-9, Ủy ban đã họp để xem xét. Tại kỳ họp 45, Ủy ban đã xem xét kết quả kiểm tra.",
			day(2024, 9, 27), []string{"kỳ họp/2024-09-25/"}},
		{"Trước đó, tại phiên họp", "Tin tức\nChiều 25-9, Ủy ban đã họp để xem xét. Trước đó, tại phiên họp, Ủy ban đã nghe báo cáo.",
			day(2024, 9, 27), []string{"phiên họp/2024-09-25/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}
