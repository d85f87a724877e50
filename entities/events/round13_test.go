package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound13SameDay covers "cùng ngày" right after a dated sentence that
// tells no event (a notice, a statement): the event takes that sentence's
// day; further back, or with no dated sentence, the last dated event's
// (made-up sentences in the style of the press).
func TestRound13SameDay(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a notice, then the sitting the same day", "Tin tức\nChiều 16-5, Tổng thư ký Quốc hội A đã có thông cáo về việc cho thôi làm nhiệm vụ đại biểu đối với ông B.\nCụ thể, chiều cùng ngày, Ủy ban Thường vụ Quốc hội đã họp để xem xét việc này.",
			[]string{"họp/2024-05-16/"}},
		{"a statement, then the meeting the same day", "Tin tức\nSáng 3/6, Bộ A ra thông báo về dịch bệnh.\nChiều cùng ngày, Tỉnh ủy B tổ chức hội nghị triển khai phòng dịch.",
			[]string{"hội nghị/2024-06-03/"}},
		// negatives: a sentence between; the dated event's day stays
		{"a sentence between", "Tin tức\nChiều 16-5, Tổng thư ký Quốc hội A đã có thông cáo về việc này.\nÔng B sinh năm 1960, quê tỉnh C.\nCụ thể, chiều cùng ngày, Ủy ban Thường vụ Quốc hội đã họp để xem xét việc này.",
			[]string{"họp//"}},
		{"a dated event before", "Tin tức\nSáng 3/6, Tỉnh ủy A tổ chức hội nghị sơ kết.\nChiều cùng ngày, Tỉnh ủy A họp bàn công tác cán bộ.",
			[]string{"hội nghị sơ kết/2024-06-03/", "họp/2024-06-03/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 20), schema.Span{}, c.want, c.name)
	}
}

// TestRound13Venue covers the place of a conference held "bằng hình thức
// trực tiếp tại ...": "trực tiếp" holds no event word ("tiếp" wants a
// capitalized object), a venue of two parts before its province after a
// lower-case marker, and the manner closing a list of agenda items, each a
// paragraph ending in ";" (made-up sentences in the style of the press).
func TestRound13Venue(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"trực tiếp, a venue of two parts", "Tin tức\nSáng 1/12, Ban Thường vụ Tỉnh ủy A tổ chức Hội nghị quán triệt Nghị quyết số 5, bằng hình thức trực tiếp tại Hội trường B, Nhà Văn hóa tỉnh, thành phố Đà Nẵng kết hợp với trực tuyến.",
			[]string{"hội nghị/2024-12-01/Đà Nẵng"}},
		{"the manner after the agenda", "Tin tức\nSáng 1/12, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 18;\n\nBáo cáo tình hình kinh tế - xã hội năm 2024;\n\nCác giải pháp tháo gỡ điểm nghẽn, bằng hình thức trực tiếp tại Hội trường A, Nhà Quốc hội, thành phố Hà Nội kết hợp với trực tuyến.\n\nTổng Bí thư phát biểu chỉ đạo.",
			[]string{"hội nghị/2024-12-01/Hà Nội"}},
		// negatives: a place in an agenda item; no manner phrase; a building alone
		{"a place in an item", "Tin tức\nSáng 1/12, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 18;\n\nDự án cầu tại tỉnh Quảng Nam;\n\nCác giải pháp tháo gỡ điểm nghẽn.",
			[]string{"hội nghị/2024-12-01/"}},
		{"no manner phrase", "Tin tức\nSáng 1/12, Bộ Chính trị tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 18;\n\nCác giải pháp phát triển tại tỉnh Quảng Nam.",
			[]string{"hội nghị/2024-12-01/"}},
		{"a building with no province", "Tin tức\nSáng 1/12, Tỉnh ủy A tổ chức Hội nghị quán triệt Nghị quyết số 5 bằng hình thức trực tiếp tại Hội trường B, Nhà Văn hóa tỉnh.",
			[]string{"hội nghị/2024-12-01/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 12, 20), schema.Span{}, c.want, c.name)
	}
}
