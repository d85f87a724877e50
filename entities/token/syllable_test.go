package token

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVietSyllable(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool // a Vietnamese syllable
	}{
		{"Minh", true}, {"Kim", true}, {"Sen", true}, {"Nguyen", true}, {"Thanh", true},
		{"nghieng", true}, {"Gia", true}, {"gin", true}, {"quoc", true}, {"thuong", true}, {"kiem", true},
		{"Joe", false}, {"Biden", false}, {"Putin", false}, {"Trump", false}, {"Obama", false}, {"Modi", false},
		{"Paris", false}, {"q", false}, {"", false}, {"David", false},
	} {
		assert.Equal(t, c.want, VietSyllable(c.w), c.w)
	}
}
