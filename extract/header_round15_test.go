package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRound15CreditClip covers a credit line whose labels list a clip
// after text and photos ("Tin, ảnh, clip: A - B"): the author's; a label
// of pictures and clips only stays the photographer's.
func TestRound15CreditClip(t *testing.T) {
	cases := []struct {
		name, line string
		want       bool
	}{
		{"text, photos and clip", "Tin, ảnh, clip: Minh Anh - Thu Hà", true},
		{"text and clip", "Tin, clip: Minh Anh", true},
		{"text and photos", "Tin, ảnh: VĂN ĐẢM", true},
		// negatives: pictures only; a sentence
		{"photos and clip only", "Ảnh, clip: Minh Anh", false},
		{"a sentence", "Clip: người dân phản ánh tình trạng ùn tắc kéo dài tại nút giao trong giờ cao điểm sáng nay.", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, creditMatch(c.line) != nil, c.name)
	}
}
