package events

import (
	"testing"

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
