package places

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestJunctionNames covers junctions, flyovers and toll stations named
// after a city they lead to: the name is the structure's, not a province
// mention (made-up phrases in the style of the press). The province the
// structure stands in, and a province after a bare marker word, stay.
func TestJunctionNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Cầu vượt Ngã ba Huế là công trình lớn của Đà Nẵng.", []string{"Đà Nẵng"}},
		{"Xe ùn tắc ở nút giao ngã tư Bình Phước suốt buổi sáng.", []string{}},
		{"Trạm Cần Thơ - Phụng Hiệp cách trạm Cai Lậy hơn 70 km.", []string{}},
		{"Nhà đầu tư xin lập trạm thu phí tại cầu vượt Bình Phước.", []string{}},
		{"Tai nạn xảy ra tại ngã năm Hà Nội sáng nay.", []string{}},
		// a bare marker word, then a province: the province stays
		{"Tại ngã ba, Đà Nẵng đặt thêm đèn tín hiệu.", []string{"Đà Nẵng"}},
		{"Chốt kiểm soát ở ngã tư trung tâm tỉnh Quảng Nam được dỡ bỏ.", []string{"Quảng Nam"}},
		{"Trạm y tế xã ở Thái Bình được nâng cấp.", []string{"Thái Bình"}},
		{"Điểm cầu Hà Nội kết nối với các tỉnh.", []string{"Hà Nội"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, names(find(c.text, d2024)), c.text)
	}
}
