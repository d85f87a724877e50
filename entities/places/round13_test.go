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

// TestPlantNames covers plants named after the place they stand in, alone
// and in lists after their marker (made-up phrases in the style of the
// press): no province mention. A province set off by a lower-case marker
// or a new line stays.
func TestPlantNames(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"EVN chỉ đạo các nhà máy thủy điện Hòa Bình, Sơn La, Lai Châu, Huội Quảng và Tuyên Quang xả lũ.", []string{}},
		{"Cả 8 cửa đáy của Thủy điện Tuyên Quang đã mở.", []string{}},
		{"Hồ thuỷ điện Bản Chát, Sơn La đang tích nước.", []string{}},
		{"Nhà máy nhiệt điện Quảng Ninh vận hành ổn định.", []string{}},
		// the province after a plant's list, with its marker, stays
		{"Thủy điện Hòa Bình, Sơn La xả lũ khiến tỉnh Phú Thọ bị ngập.", []string{"Phú Thọ"}},
		{"Thủy điện Hòa Bình xả lũ; Phú Thọ sơ tán dân.", []string{"Phú Thọ"}},
		{"Tỉnh Sơn La có nhiều nhà máy thủy điện.", []string{"Sơn La"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, names(find(c.text, d2024)), c.text)
	}
}
