package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound21Closed covers a numbered event told as the subject of "bế
// mạc" (it closed: held, as "khai mạc"), its date after the verb; not
// when the closing is to come (made-up sentences in the style of the
// press).
func TestRound21Closed(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a plenum closed", "Tin tức\nHội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh, khoá 20, đã bế mạc vào chiều 14/3 sau hai ngày làm việc.",
			[]string{"hội nghị/2024-03-14/"}},
		{"a session closed", "Tin tức\nKỳ họp thứ 12 HĐND thành phố đã bế mạc chiều 14/3.",
			[]string{"kỳ họp/2024-03-14/"}},
		{"a closing to come", "Tin tức\nHội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh sẽ bế mạc vào chiều 16/3.",
			nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 3, 15), schema.Span{}, c.want, c.name)
	}
}
