package events

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

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

// TestRound15LinkRef covers a link headline's act that the body speaks of
// as a fact in a sentence opening with a classifier and the same kind
// ("Chuyến thăm nhằm ...", "Cuộc hội đàm diễn ra ..."): the headline's
// event; not when the headline or that sentence looks ahead, nor when the
// classifier names another kind (made-up sentences in the style of the press).
func TestRound15LinkRef(t *testing.T) {
	title := func(text string) schema.Span {
		s := strings.Index(text, "[") + 1
		return schema.Span{Start: s, End: strings.Index(text, "](")}
	}
	const url = "](https://baomoi.vn/bai-viet-123.htm)\n\n"
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a visit spoken of", "[Chủ tịch Quốc hội A lên đường thăm chính thức Lào" + url + "Chuyến thăm nhằm tăng cường quan hệ hữu nghị hai nước.\n",
			[]string{"thăm//"}},
		{"talks spoken of", "[Thủ tướng A hội đàm với Thủ tướng B" + url + "Cuộc hội đàm diễn ra trong không khí thân tình.\n",
			[]string{"hội đàm//"}},
		// negatives: a headline that looks ahead; the body's sentence looks ahead; another kind
		{"a visit to come", "[Chủ tịch Quốc hội A sẽ thăm chính thức Lào" + url + "Chuyến thăm nhằm tăng cường quan hệ hữu nghị hai nước.\n", nil},
		{"the body looks ahead", "[Chủ tịch Quốc hội A thăm chính thức Lào" + url + "Chuyến thăm sẽ diễn ra trong ba ngày.\n", nil},
		{"another kind", "[Chủ tịch Quốc hội A thăm chính thức Lào" + url + "Chuyến bay hạ cánh lúc 10 giờ.\n", nil},
	}
	for _, c := range cases {
		var got []string
		ms := run(c.text, day(2024, 5, 4), title(c.text))
		checkSpans(t, c.text, ms)
		for _, m := range ms {
			got = append(got, short(m))
		}
		assert.Equal(t, c.want, got, c.name)
	}
}

// TestRound15SessionNoPlace covers "tại" before a classifier and an event
// word ("tại phiên giao ban ... của Thành ủy Hà Nội"): the session, not a
// venue, so the organizer's city is no location; a venue after the
// session's name still is (made-up sentences in the style of the press).
func TestRound15SessionNoPlace(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a session named after tại", "Tin tức\nSáng 6/6, phát biểu tại phiên giao ban trực tuyến của Thường trực Thành ủy Hà Nội với các quận, Bí thư A cho biết thành phố sẽ quản lý xe.",
			[]string{"giao ban/2024-06-06/"}},
		{"a venue after the event", "Tin tức\nSáng 6/6, Thành ủy tổ chức hội nghị giao ban tại Hội trường Thành ủy Hà Nội.",
			[]string{"hội nghị giao ban/2024-06-06/Hà Nội"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 8), schema.Span{}, c.want, c.name)
	}
}
