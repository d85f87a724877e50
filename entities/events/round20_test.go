package events

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
)

// TestRound20CommaDate covers a date set off by a comma after the event's
// name when the event is told last: "tại" and its name right after a
// comma, the date closing the sentence; a long topic before a date that
// closes the sentence; the term of a congress ("nhiệm kỳ 2018 - 2023")
// inside the name (made-up sentences in the style of the press).
func TestRound20CommaDate(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"an adjunct told last", "Tin tức\nCác đại biểu có mặt đã biểu quyết thông qua nghị quyết miễn nhiệm ông A, tại kỳ họp bất thường lần thứ 9 của Quốc hội, sáng 26/8.",
			[]string{"kỳ họp/2024-08-26/"}},
		{"a long topic, the date closing the caption", "Tin tức\nChủ tịch UBND tỉnh chủ trì cuộc họp về giải pháp nâng cao hiệu quả quản lý đất đai trên địa bàn tỉnh, ngày 20/8/2024.",
			[]string{"họp/2024-08-20/"}},
		{"a term with a dash in the name", "Tin tức\nTại Đại hội đại biểu lần thứ V Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028, ngày 2.12.2023, Bí thư Tỉnh ủy đã phát biểu chỉ đạo.",
			[]string{"đại hội/2023-12-02/"}},
		// negatives: not "tại" after the comma; the date not closing the
		// sentence; a long topic and the sentence going on
		{"after another preposition", "Tin tức\nÔng A trở về địa phương, sau kỳ họp bất thường lần thứ 9 của Quốc hội, sáng 26/8.",
			nil},
		{"the date not closing the sentence", "Tin tức\nỦy ban cho biết, tại hội nghị toàn quốc, sáng 22/8, các đại biểu đã thông qua báo cáo.",
			[]string{"hội nghị//"}},
		{"a long topic, the sentence going on", "Tin tức\nChủ tịch UBND tỉnh chủ trì cuộc họp về giải pháp nâng cao hiệu quả quản lý đất đai trên địa bàn tỉnh, ngày 20/8/2024, các sở đã báo cáo.",
			[]string{"họp//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 8, 27), schema.Span{}, c.want, c.name)
	}
}

// TestRound20PersonOrganizer covers the subject of a verb of holding that
// an official's title opens: a person, no organizer; a body's name that
// opens with the same words stays (made-up sentences in the style of the
// press).
func TestRound20PersonOrganizer(t *testing.T) {
	cases := []struct {
		name string
		text string
		want string // the first event's organizer, "" for none
	}{
		{"a minister", "Tin tức\nSáng 20/8, thay mặt Chính phủ nước bạn, Bộ trưởng Bộ Ngoại giao X đã tổ chức họp báo về lễ tang.", ""},
		{"a speaker of parliament", "Tin tức\nNgày 20/8, Chủ tịch Quốc hội nước Y đã triệu tập phiên họp toàn thể để bầu thủ tướng mới.", ""},
		{"a quote before the verb", "Tin tức\nSáng 20/8, Thứ trưởng A nhấn mạnh: Hôm nay Bộ vui mừng tổ chức lễ công bố quyết định.", ""},
		{"an officer's rank", "Tin tức\nSáng 20/8, Đại tá B, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đã tiến hành kiểm tra công tác sẵn sàng chiến đấu.", ""},
		// a passive: the subject is what was held or summoned
		{"held for someone", "Tin tức\nSáng 20/8, Nhà văn A đã được tổ chức lễ tang theo nghi thức cấp nhà nước.", ""},
		{"an event held alongside", "Tin tức\nNgày 20/8, Diễn đàn doanh nghiệp hai nước được tổ chức bên lề hội nghị thượng đỉnh khu vực.", ""},
		// a body keeps its organizer
		{"an embassy", "Tin tức\nSáng 20/8, Đại sứ quán Việt Nam tại Lào tổ chức lễ kỷ niệm Quốc khánh.", "Đại sứ quán Việt Nam tại Lào"},
		{"a ministry", "Tin tức\nSáng 20/8, Bộ Công an tổ chức lễ công bố quyết định bổ nhiệm.", "Bộ Công an"},
		// "phối hợp" without "với": the helper is left out, as after "phối hợp với"
		{"a helper after phối hợp", "Tin tức\nSáng 20/8, Văn phòng Chủ tịch nước phối hợp Bộ Ngoại giao tổ chức lễ trao quyết định.", "Văn phòng Chủ tịch nước"},
		{"a helper after phối hợp với", "Tin tức\nSáng 20/8, Văn phòng Chủ tịch nước phối hợp với Bộ Ngoại giao tổ chức lễ trao quyết định.", "Văn phòng Chủ tịch nước"},
	}
	for _, c := range cases {
		ms := run(c.text, day(2024, 8, 27), schema.Span{})
		if assert.NotEmpty(t, ms, c.name) {
			got := ""
			if ms[0].Organizer != nil {
				got = ms[0].Organizer.Text
			}
			assert.Equal(t, c.want, got, c.name)
		}
	}
}

// TestRound20FutureAfterBracket covers a future marker after an event's
// name that holds a bracket (an acronym, the years of an anniversary): the
// bracket does not count to the window (made-up sentences in the style of
// the press).
func TestRound20FutureAfterBracket(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"an acronym", "Tin tức\nCũng trong hôm nay, Hội nghị Hồ tiêu hàng đầu châu Á (APPC) lần thứ 12 sẽ diễn ra tại Đắk Lắk.",
			nil},
		{"an anniversary's years", "Tin tức\nSáng nay (20/8), Lễ kỷ niệm cấp quốc gia 50 năm Ngày Giải phóng tỉnh (20/8/1974 - 20/8/2024) sẽ diễn ra tại quảng trường tỉnh.",
			nil},
		{"a marker inside the bracket", "Tin tức\nChính phủ trình các dự án luật tại Kỳ họp thứ 9 (dự kiến khai mạc vào ngày 20/10) của Quốc hội.",
			nil},
		// held: "đã" before the marker
		{"held", "Tin tức\nSáng nay (20/8), Lễ kỷ niệm cấp quốc gia 50 năm Ngày Giải phóng tỉnh (20/8/1974 - 20/8/2024) đã diễn ra tại quảng trường tỉnh.",
			[]string{"lễ kỷ niệm/2024-08-20/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 8, 20), schema.Span{}, c.want, c.name)
	}
}

// TestRound20PlaceAfter covers "ở" and a place after the event word, in its
// clause ("hội nghị ở TP HCM", "diễn ra ở Hà Nội"); before it, "ở"
// qualifies a person and gives no place (made-up sentences in the style of
// the press).
func TestRound20PlaceAfter(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"right after the name", "Tin tức\nÔng A phát biểu tại hội nghị ở Đà Nẵng, tháng 6/2020.",
			[]string{"hội nghị//Đà Nẵng"}},
		{"after diễn ra", "Tin tức\nGiá bán được công bố tại hội nghị các nhà phân phối diễn ra ở Hà Nội ngày 7/8/2024.",
			[]string{"hội nghị/2024-08-07/Hà Nội"}},
		{"a venue in its city", "Tin tức\nNgày 18.8, Công đoàn Tổng công ty X đã tổ chức lễ phát động trồng cây ở khu du lịch Bửu Long (TP Biên Hòa).",
			[]string{"lễ/2024-08-18/Đồng Nai"}},
		// negatives: "ở" before the event word; no province after it
		{"a person's place", "Tin tức\nNgày 18/8, cử tri ở Hà Nội đã dự hội nghị tiếp xúc với đại biểu Quốc hội.",
			[]string{"hội nghị/2024-08-18/"}},
		{"no province", "Tin tức\nNgày 18/8, Tổng Bí thư phát biểu tại cuộc họp tổ ở Quốc hội.",
			[]string{"họp/2024-08-18/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 8, 27), schema.Span{}, c.want, c.name)
	}
}

// TestRound20SubjectLead covers a dateline lead that puts its subject
// first, the day after it and an aspect word after the day ("Quốc hội
// chiều 18/2 vừa thông qua ..."): a later "cùng ngày" takes its day
// (made-up sentences in the style of the press).
func TestRound20SubjectLead(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a parliament's vote", "Tin tức\nQuốc hội chiều 20/8 vừa thông qua nghị quyết phê chuẩn việc bổ nhiệm hai bộ trưởng.\nÔng A sinh năm 1970.\nChiều cùng ngày, Chủ tịch nước đã chủ trì lễ công bố quyết định bổ nhiệm.",
			[]string{"lễ/2024-08-20/"}},
		{"a minister's message", "Tin tức\nBộ trưởng Ngoại giao nước X ngày 20/8 đã gửi thư chúc mừng.\nCùng ngày, Đại sứ quán tổ chức lễ kỷ niệm Quốc khánh.",
			[]string{"lễ kỷ niệm/2024-08-20/"}},
		// negatives: no aspect word after the day; a document's date
		{"no aspect word", "Tin tức\nQuốc hội chiều 20/8 thông qua nghị quyết.\nChiều cùng ngày, Chủ tịch nước đã chủ trì lễ công bố quyết định bổ nhiệm.",
			[]string{"lễ//"}},
		{"a document's date", "Tin tức\nNghị quyết ngày 20/8 đã quy định rõ việc sắp xếp.\nChiều cùng ngày, Chủ tịch nước đã chủ trì lễ công bố quyết định bổ nhiệm.",
			[]string{"lễ//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 8, 27), schema.Span{}, c.want, c.name)
	}
}

// TestRound20PlacedWhen covers an event's venue and then its time closing
// the sentence ("<event> tại|ở <venue>[, <place>] [time word] <date>."), as
// photo captions and leads write them; "cùng ngày" in the running text
// does not take a caption's day (made-up sentences in the style of the
// press).
func TestRound20PlacedWhen(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a caption: venue, city, day", "Tin tức\nThủ tướng phát biểu tại tọa đàm doanh nghiệp Việt Nam - Brazil tại thủ đô Brasilia sáng 21/8. Ảnh: Nhật Bắc",
			[]string{"tọa đàm/2024-08-21/"}},
		{"ở, a comma before the day", "Tin tức\nTân tổng thống trong buổi lễ tuyên thệ nhậm chức tại tòa nhà quốc hội ở Jakarta, Indonesia, ngày 20/8/2024.",
			[]string{"lễ/2024-08-20/"}},
		// a negative: a clause with its verb after the place
		{"a verb after the place", "Tin tức\nBộ trưởng phát biểu tại hội nghị ở Hà Nội, sau đó Bộ công bố kết quả ngày 20/8.",
			[]string{"hội nghị//Hà Nội"}},
		// "cùng ngày" after a caption dated otherwise: the running text's day
		{"cùng ngày past a caption", "Tin tức\nTại phiên họp toàn thể ngày 25/8, Quốc hội nước X đã phê chuẩn thủ tướng.\nThủ tướng phát biểu tại phiên họp Quốc hội ở thủ đô Z ngày 3/4/2024. (Ảnh: AFP)\nTrước đó cùng ngày, trong cuộc họp của các đảng phái, bốn đảng đã ủng hộ ông.",
			[]string{"phiên họp/2024-08-25/", "phiên họp/2024-04-03/", "họp/2024-08-25/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 8, 27), schema.Span{}, c.want, c.name)
	}
}
