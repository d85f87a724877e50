package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// An organ named by a common noun (data/commonorgans.txt) is Vietnam's
// only with a capital: in lower case, "chính phủ", "quốc hội" are a
// country's or any. Other organs keep their lower-case mentions.
func TestOrganizationsCapitalized(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Thủ tướng Chính phủ chủ trì phiên họp của Chính phủ với Quốc hội.", []string{"Chính phủ", "Quốc hội"}},
		{"Theo thỏa thuận với chính phủ Anh, tổ chức phi chính phủ này mở văn phòng.", nil},
		{"Phe đối lập ngăn quốc hội bỏ phiếu; Quốc hội Việt Nam thông qua luật.", []string{"Quốc hội"}},
		{"BỘ CHÍNH TRỊ ban hành kết luận.", []string{"Bộ Chính trị"}},
		{"Thứ trưởng bộ Công Thương và đại diện bộ công an dự họp.", []string{"Bộ Công Thương", "Bộ Công an"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, o := range Find(Input{Text: tc.text}).Organizations {
				got = append(got, o.Canonical)
				for _, m := range o.Mentions {
					assert.Equal(t, o.Name, tc.text[m.Start:m.End])
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}
