package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound19SameDayLead covers an event told as held "cùng ngày" when no
// dated event comes before it: "cùng ngày" names the last day the text
// gave, that of a dated lead however many sentences back; a lead dated
// after the article's day, or no lead, gives no day (made-up sentences in
// the style of the press).
func TestRound19SameDayLead(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a lead two sentences back", "Tin tức\nChiều 10-9, Ban Chỉ huy phòng chống thiên tai tỉnh cho biết nhiều tuyến đê bị ngập.\nMực nước sông Đáy tiếp tục lên cao.\nCùng ngày, Chủ tịch UBND tỉnh đã đi kiểm tra các điểm xung yếu trên tuyến đê.",
			[]string{"kiểm tra/2024-09-10/"}},
		{"a morning of the same day", "Tin tức\nNgày 9-9, mưa lớn đã làm ngập nhiều tuyến phố.\nNhiều hộ dân phải sơ tán.\nSáng cùng ngày, Phó Thủ tướng đã đến kiểm tra công tác khắc phục hậu quả mưa lũ.",
			[]string{"kiểm tra/2024-09-09/"}},
		// negatives: a lead after the article's day; no lead
		{"a lead after the article's day", "Tin tức\nChiều 11-9, Ban Chỉ huy phòng chống thiên tai tỉnh cho biết nhiều tuyến đê bị ngập.\nMực nước sông Đáy tiếp tục lên cao.\nCùng ngày, Chủ tịch UBND tỉnh đã đi kiểm tra các điểm xung yếu trên tuyến đê.",
			[]string{"kiểm tra//"}},
		{"no lead", "Tin tức\nBan Chỉ huy phòng chống thiên tai tỉnh cho biết nhiều tuyến đê bị ngập.\nCùng ngày, Chủ tịch UBND tỉnh đã đi kiểm tra các điểm xung yếu trên tuyến đê.",
			[]string{"kiểm tra//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 9, 10), schema.Span{}, c.want, c.name)
	}
}
