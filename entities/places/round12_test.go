package places

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDashJoinedNames covers rivers and roads named by the places they
// join after their marker: the names after a dash belong to the river's or
// the road's name, not to a province (made-up phrases in the style of the
// press). A route named without a marker keeps its provinces.
func TestDashJoinedNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Mực nước trên hệ thống sông Hồng - Thái Bình lên nhanh.", []string{}},
		{"Dự án nằm gần cao tốc Nội Bài – Lào Cai.", []string{}},
		{"Xe đi trên cao tốc Hà Nội - Hải Phòng bị nạn.", []string{}},
		{"Gói thầu thuộc đường cao tốc Châu Đốc - Cần Thơ - Sóc Trăng.", []string{}},
		{"Nhà ở sát tuyến đường Thái Nguyên - Bắc Kạn.", []string{}},
		{"Tàu chạy trên đường sắt Hà Nội - Lào Cai.", []string{}},
		// a province after the road's name, in a list or its own phrase, stays
		{"Cao tốc Nội Bài – Lào Cai đi qua tỉnh Yên Bái.", []string{"Yên Bái"}},
		{"Mưa lớn ở sông Hồng, Thái Bình và Nam Định.", []string{"Thái Bình", "Nam Định"}},
		{"Xe đi hướng Hà Nội - Lạng Sơn.", []string{"Hà Nội", "Lạng Sơn"}},
		{"Đường bay TP.HCM – Kuala Lumpur khai trương.", []string{"Hồ Chí Minh"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, names(find(c.text, d2024)), c.text)
	}
}
