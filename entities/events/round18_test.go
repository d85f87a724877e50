package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestRound18BackrefPlace covers a later mention that refers back to an
// event whose own sentences state no place: its place, stated after the
// event word, is the event's ("Buổi đối thoại ... tại Bắc Ninh sáng 9-4 -
// Ảnh: ..."); a place of the event word ("tại buổi đối thoại") or one the
// event already has is not taken (made-up sentences in the style of the
// press).
func TestRound18BackrefPlace(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a caption places it", "Tin tức\nSáng 9/4, Thủ tướng đối thoại với nông dân cả nước.\nNhiều câu hỏi được gửi tới Thủ tướng.\nBuổi đối thoại giữa nông dân với Thủ tướng tại Bắc Ninh sáng 9-4 - Ảnh: VĂN A.",
			[]string{"đối thoại/2024-04-09/Bắc Ninh"}},
		{"a later sentence places it", "Tin tức\nSáng 9/4, Phó Chủ tịch UBND tỉnh đã có buổi đối thoại với người dân.\nBuổi đối thoại diễn ra tại Nghệ An với sự tham dự của 200 người.",
			[]string{"đối thoại/2024-04-09/Nghệ An"}},
		// negatives: the event word after "tại"; a place already stated
		{"at the dialogue", "Tin tức\nSáng 9/4, Thủ tướng đối thoại với nông dân cả nước.\nBà A chia sẻ tại buổi đối thoại: nông dân Bắc Ninh cần vốn.",
			[]string{"đối thoại/2024-04-09/"}},
		{"placed already", "Tin tức\nSáng 9/4, tại tỉnh Hà Nam, Thủ tướng đã có buổi đối thoại với nông dân cả nước.\nBuổi đối thoại giữa nông dân với Thủ tướng tại Bắc Ninh sáng 9-4 - Ảnh: VĂN A.",
			[]string{"đối thoại/2024-04-09/Hà Nam"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 4, 12), schema.Span{}, c.want, c.name)
	}
}

// TestRound18MeetingNotRite covers two undated events, a meeting and a
// ceremony: a generic meeting ("cuộc họp") is not part of a ceremony
// ("lễ viếng"), while it stays part of a working session or of a ceremony
// handing over a decision (made-up sentences in the style of the press,
// in an article without a date).
func TestRound18MeetingNotRite(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a meeting, then a ceremony", "Tin tức\nTại cuộc họp của Ủy ban các Đại diện thường trực, các đại sứ đã dành một phút mặc niệm ông A.\nLễ viếng ông A hôm nay bắt đầu từ 7h tại Nhà tang lễ Quốc gia, Hà Nội.",
			[]string{"họp//", "lễ//Hà Nội"}},
		// negatives: one event named twice
		{"a ceremony named twice", "Tin tức\nLễ viếng ông A hôm nay bắt đầu từ 7h tại Nhà tang lễ Quốc gia, Hà Nội.\nTại buổi lễ, đông đảo nhân dân đã tới viếng.",
			[]string{"lễ//Hà Nội"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}
