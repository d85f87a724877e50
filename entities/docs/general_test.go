package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Forms found missing or wrong when the recognizer ran over unkeyed bulk
// news (README.md, "Generalization"); the strings are made up in the shape
// of those citations, or taken from DOCUMENTS.md.
func TestGeneralPositives(t *testing.T) {
	cases := []struct{ in, text string }{
		// numberless congress resolutions
		{"tổ chức thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Bình, góp phần", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Bình"},
		{"quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng.", "Nghị quyết Đại hội Đảng"},
		{"triển khai Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 và", "Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025"},
		{"đưa Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVII vào cuộc sống", "Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVII"},
		{"thực hiện Nghị quyết Đại hội Đảng Cộng sản Việt Nam", "Nghị quyết Đại hội Đảng Cộng sản Việt Nam"},
		{"quán triệt Nghị quyết Đại hội Đảng bộ thành phố Hà Nội", "Nghị quyết Đại hội Đảng bộ thành phố Hà Nội"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			cs := find(c.in, d2020)
			require.NotEmpty(t, cs)
			assert.Equal(t, c.text, cs[0].Document.Text)
			assert.Equal(t, "Nghị quyết", cs[0].Document.Type)
		})
	}
}

func TestGeneralNegatives(t *testing.T) {
	for _, s := range []string{
		"Nghị quyết Đại hội Đảng bộ các cấp",
		"các Nghị quyết Đại hội Đảng bộ tỉnh",
		"chuẩn bị Đại hội Đảng bộ tỉnh Quảng Bình",
		"nghị quyết đại hội chi bộ",
		"Nghị quyết Đại hội Đảng các cấp",
	} {
		t.Run(s, func(t *testing.T) {
			var got []string
			for _, c := range find(s, d2020) {
				got = append(got, c.Document.Text)
			}
			assert.Empty(t, got)
		})
	}
}

func TestGeneralCongressMerge(t *testing.T) {
	s := "Thực hiện Nghị quyết Đại hội XIII của Đảng. Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng. " +
		"Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và Nghị quyết Đại hội Đảng bộ tỉnh."
	ds := Documents(find(s, d2020))
	require.Len(t, ds, 2)
	assert.Equal(t, "Nghị quyết Đại hội XIII của Đảng", ds[0].Text)
	assert.Len(t, ds[0].Mentions, 2)
	assert.Len(t, ds[1].Mentions, 2)
}
