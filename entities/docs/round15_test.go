package docs

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
)

// TestRound15PlenumConclusion covers a conclusion named by the plenum that
// drew it ("Kết luận của Hội nghị Trung ương 9"): type Kết luận, the
// plenum's number, the term only when written, kept apart from the same
// plenum's resolution (made-up sentences in the style of the press), as
// "type|text|plenum|term".
func TestRound15PlenumConclusion(t *testing.T) {
	show := func(d schema.Document) string {
		return d.Type + "|" + d.Text + "|" + strconv.Itoa(d.Plenum) + "|" + d.Term
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a plenum's conclusion", "Ông A cho biết, Kết luận của Hội nghị Trung ương 9 mới đây đã nêu rõ những nguy cơ.",
			[]string{"Kết luận|Kết luận của Hội nghị Trung ương 9|9|"}},
		{"with its term", "Các cấp quán triệt Kết luận của Hội nghị Trung ương 9 khóa XII trong tháng tới.",
			[]string{"Kết luận|Kết luận của Hội nghị Trung ương 9 khóa XII|9|XII"}},
		{"beside the resolution", "Quán triệt Nghị quyết Trung ương 9 khóa XII và Kết luận của Hội nghị Trung ương 9.",
			[]string{"Nghị quyết|Nghị quyết Trung ương 9 khóa XII|9|XII", "Kết luận|Kết luận của Hội nghị Trung ương 9|9|"}},
		// negatives: lower case is the act of concluding; no "Hội nghị"; no plenum number
		{"lower-case verb", "Phát biểu kết luận của Hội nghị Trung ương 9, Tổng Bí thư nhấn mạnh.", nil},
		{"no conference", "Theo Kết luận của Trung ương, các cấp phải làm rõ.", nil},
		{"no number", "Kết luận của Hội nghị đã được gửi tới các chi bộ.", nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}
