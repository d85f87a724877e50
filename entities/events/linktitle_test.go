package events

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
)

// A headline written as a Markdown link's text gives its event when the
// body points back to it as held ("tại đây") and tells no event itself;
// without that pointer the headline may announce or ask.
func TestLinkTitleEvent(t *testing.T) {
	const head = "[Bí thư Tỉnh ủy A thăm, làm việc với Bộ Chỉ huy Quân sự tỉnh](https://baomoi.vn/bai-viet-123.htm)\n\n"
	title := func(text string) schema.Span {
		s := strings.Index(text, "[") + 1
		return schema.Span{Start: s, End: strings.Index(text, "](")}
	}
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"the body says tại đây", head + "Phát biểu tại đây, Bí thư Tỉnh ủy biểu dương những kết quả mà lực lượng vũ trang tỉnh đạt được.\n",
			[]string{"làm việc//"}},
		{"no pointer back", head + "Bí thư Tỉnh ủy biểu dương những kết quả mà lực lượng vũ trang tỉnh đạt được.\n",
			nil},
		{"the body tells its own event", head + "Sáng 3-5, Bí thư Tỉnh ủy đã dự hội nghị tổng kết. Phát biểu tại đây, ông biểu dương lực lượng.\n",
			[]string{"hội nghị tổng kết/2024-05-03/"}},
	}
	for _, c := range cases {
		var got []string
		ms := run(c.text, day(2024, 5, 4), title(c.text))
		checkSpans(t, c.text, ms)
		for _, m := range ms {
			got = append(got, short(m))
		}
		if c.want == nil {
			assert.Empty(t, got, c.name)
			continue
		}
		if assert.NotEmpty(t, got, c.name) {
			assert.Equal(t, c.want[0], got[0], c.name)
		}
	}
}
