package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound13SameDay covers "cùng ngày" right after a dated sentence that
// tells no event (a notice, a statement): the event takes that sentence's
// day; further back, the last dated event's, or with none the dated
// sentence's (made-up sentences in the style of the press).
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
		// a sentence between, no dated event before: still the last day
		// the text gave (round 19, TestRound19SameDayLead)
		{"a sentence between", "Tin tức\nChiều 16-5, Tổng thư ký Quốc hội A đã có thông cáo về việc này.\nÔng B sinh năm 1960, quê tỉnh C.\nCụ thể, chiều cùng ngày, Ủy ban Thường vụ Quốc hội đã họp để xem xét việc này.",
			[]string{"họp/2024-05-16/"}},
		// negatives: the dated event's day stays
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

// TestRound13SteeringCommittee covers a steering committee holding a
// meeting, named with its lower-case level and topic after "Ban chỉ đạo"
// (made-up sentences in the style of the press); a "về" that no listed
// topic follows, and another body's topic, stay out of the name.
func TestRound13SteeringCommittee(t *testing.T) {
	cases := []firstCase{
		{"level and topic", "Tin tức\nChiều 12/10, Phó Thủ tướng A chủ trì cuộc họp trực tuyến Ban chỉ đạo trung ương về phòng chống thiên tai với các địa phương.",
			"Ban chỉ đạo trung ương về phòng chống thiên tai"},
		{"topic and city", "Tin tức\nSáng 14-10 diễn ra phiên họp thứ 8 của Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TP.HCM.",
			"Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TP.HCM"},
		{"liên ngành", "Tin tức\nSáng 3/6 diễn ra cuộc họp Ban chỉ đạo liên ngành trung ương về an toàn thực phẩm.",
			"Ban chỉ đạo liên ngành trung ương về an toàn thực phẩm"},
		// negatives: an unlisted subject after "về"; another body's topic
		{"về and an unlisted subject", "Tin tức\nSáng 3/6 diễn ra cuộc họp Ban chỉ đạo về việc chuẩn bị đại hội.",
			"Ban chỉ đạo"},
		{"another body", "Tin tức\nSáng 3/6 diễn ra cuộc họp Ban Thường vụ Tỉnh ủy về phòng chống thiên tai.",
			"Ban Thường vụ Tỉnh ủy"},
	}
	checkFirst(t, cases, day(2024, 10, 20), organizerOf)
}

// TestRound13InnerPlace covers a place named inside another after a second
// "tại": the location is the inner one (made-up sentences).
func TestRound13InnerPlace(t *testing.T) {
	cases := []firstCase{
		{"a bridge point and its hall", "Tin tức\nSáng 1/12, Bộ Chính trị tổ chức Hội nghị toàn quốc, bằng hình thức trực tiếp tại điểm cầu Trung ương tại Hội trường A, Nhà Quốc hội, thành phố Hà Nội kết hợp trực tuyến.",
			"Hội trường A, Nhà Quốc hội, thành phố Hà Nội"},
		{"one place", "Tin tức\nSáng 1/12, Tỉnh ủy B tổ chức Hội nghị tại Hội trường Tỉnh ủy, thành phố Vinh (Nghệ An).",
			"Hội trường Tỉnh ủy, thành phố Vinh (Nghệ An)"},
	}
	checkFirst(t, cases, day(2024, 12, 20), locationOf)
}
