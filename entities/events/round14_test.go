package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound14MetTold covers a meeting told by "đã"/"vừa" + "gặp mặt" in a
// dated sentence: held, with the sentence's date and place; alone, or
// undated, or in the speaker's own words, "gặp mặt" is none (made-up
// sentences in the style of the press).
func TestRound14MetTold(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"đã gặp mặt after a dated lead", "Tin tức\nSáng 6-6, tại Phủ Chủ tịch, Chủ tịch nước A đã gặp mặt, chúc mừng đoàn đại biểu người cao tuổi tiêu biểu.",
			[]string{"gặp mặt/2024-06-06/"}},
		{"vừa gặp mặt with a province", "Tin tức\nChiều 3/6, tại thành phố Hà Nội, Bộ trưởng B vừa gặp mặt các nhà khoa học trẻ.",
			[]string{"gặp mặt/2024-06-03/Hà Nội"}},
		// negatives: no date; the verb without "đã"; a meeting of two people long ago
		{"undated", "Tin tức\nChủ tịch nước A đã gặp mặt, chúc mừng đoàn đại biểu người cao tuổi.", nil},
		{"bare verb", "Tin tức\nSáng 6-6, các cựu chiến binh gặp mặt nhau tại quê nhà.", nil},
		{"a meeting in the story's past", "Tin tức\nNăm 1975, hai người đã gặp mặt lần đầu ở chiến trường.", nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 8), schema.Span{}, c.want, c.name)
	}
}
