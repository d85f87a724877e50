package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/vnpol/vnpol/schema"
)

// TestGenitiveOrganizer covers the organizer a meeting's name gives after
// its kind, ordinal and "của", and the subject of a meeting told by its
// verb (made-up sentences in the style of the press).
func TestGenitiveOrganizer(t *testing.T) {
	cases := []firstCase{
		{"ordinal and term", "Tin tức\nSáng 20-5, Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng khóa XIII đã khai mạc tại Hà Nội.",
			"Ban Chấp hành Trung ương Đảng"},
		{"a unit and a province", "Tin tức\nÔng A được bầu tại kỳ họp thứ 19 HĐND tỉnh Cà Mau được tổ chức ngày 14-10.",
			"HĐND tỉnh Cà Mau"},
		{"no ordinal", "Tin tức\nPhiên họp Quốc hội sáng 30-11 đã thông qua nghị quyết.", "Quốc hội"},
		{"của and a modifier", "Tin tức\nSáng 22-4, tại phiên họp thường kỳ của Ủy ban Thường vụ Quốc hội, các đại biểu cho ý kiến.",
			"Ủy ban Thường vụ Quốc hội"},
		{"đại biểu before the body, an abbreviation", "Tin tức\nNgày 20-10, Đại hội đại biểu Đảng bộ TP.HCM lần thứ XI đã khai mạc.",
			"Đảng bộ TP.HCM"},
		{"a capitalized term ends the name", "Tin tức\nSáng 5-7, kỳ họp thứ 20 HĐND tỉnh Cà Mau Khóa X đã bế mạc.", "HĐND tỉnh Cà Mau"},
		{"the subject of đã họp", "Tin tức\nTrong các ngày 7 và 8-8, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 45.",
			"Ủy ban Kiểm tra Trung ương"},
		{"the subject of đã họp, a term", "Tin tức\nChiều 25-9, Ban Chấp hành Trung ương Đảng khóa XIII đã họp để xem xét.",
			"Ban Chấp hành Trung ương Đảng"},
		{"a name of two words joined", "Tin tức\nSáng 18-7, phiên họp thứ 5 Hội đồng Quốc phòng và An ninh nhiệm kỳ 2021-2026 đã diễn ra.",
			"Hội đồng Quốc phòng và An ninh"},
		{"two bodies", "Tin tức\nSáng 18-7, phiên họp Bộ Chính trị và Ban Bí thư đã diễn ra.", "Bộ Chính trị"},
		{"a helping body", "Tin tức\nSáng 16-9, Văn phòng Chủ tịch nước phối hợp với Viện Kiểm sát nhân dân tối cao tổ chức lễ công bố quyết định.",
			"Văn phòng Chủ tịch nước"},
		{"co-organizers", "Tin tức\nSáng 16-9, Bộ Quốc phòng cùng Thành ủy Cà Mau đồng tổ chức hội thảo khoa học.",
			"Bộ Quốc phòng cùng Thành ủy Cà Mau"},
		{"Hội đồng keeps its đồng", "Tin tức\nSáng 16-9, Hội đồng tổ chức lễ trao giải.", "Hội đồng"},
		{"the body's terms before tổ chức", "Tin tức\nSáng 23-4, Hội đồng nhân dân tỉnh Cà Mau khóa X, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 25.",
			"Hội đồng nhân dân tỉnh Cà Mau"},
		{"Chủ nhiệm is no term", "Tin tức\nSáng 23-4, Văn phòng Chủ nhiệm Câu lạc bộ tổ chức hội nghị.", "Văn phòng Chủ nhiệm Câu lạc bộ"},
		{"a source's tag before the subject", "Tin tức\n(Chinhphu.vn) - Ban Thường vụ Tỉnh ủy Cà Mau đã tổ chức hội nghị tổng kết công tác cán bộ vào sáng nay.",
			"Ban Thường vụ Tỉnh ủy Cà Mau"},
		// negatives: a role after the kind, a lower-case body, a clause before họp,
		// a working session's partner, the subject of tổ chức kept first
		{"a role, not a body", "Tin tức\nSáng 20-5, Hội nghị Bộ trưởng Ngoại giao đã khai mạc.", ""},
		{"a clause opens before họp", "Tin tức\nChiều 25-9, sau khi Bộ Chính trị đã họp, ông A phát biểu.", ""},
		{"a partner", "Tin tức\nSáng 20-5, Thủ tướng đã làm việc với Ban Thường vụ Tỉnh ủy Cà Mau.", ""},
		{"the subject of tổ chức first", "Tin tức\nSáng 20-5, Tỉnh ủy Cà Mau tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5.", "Tỉnh ủy Cà Mau"},
	}
	checkOrganizers(t, cases)
}

// TestSittingsAndSchedules covers a sitting named on the day of its
// session (one event), and an event after the article's day in a sentence
// that spells out a schedule (to come), with the same day's next event.
func TestSittingsAndSchedules(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a sitting on the session's day", "Tin tức\nNgày 18-2, tại kỳ họp bất thường lần thứ 9, Quốc hội phê chuẩn miễn nhiệm hai Bộ trưởng. Ông A giữ chức Phó trưởng Ban. Trong phiên họp ngày 18-2, Quốc hội cũng đã tiến hành công tác nhân sự.",
			[]string{"kỳ họp/2025-02-18/"}},
		// negative: a sitting on another day is another event
		{"a sitting on another day", "Tin tức\nNgày 18-2, tại kỳ họp bất thường lần thứ 9, Quốc hội phê chuẩn miễn nhiệm hai Bộ trưởng. Trong phiên họp ngày 17-2, Quốc hội đã thảo luận.",
			[]string{"kỳ họp/2025-02-18/", "phiên họp/2025-02-17/"}},
		{"Theo đó, a day to come", "Tin tức\nĐoàn đại biểu Quốc hội tỉnh A vừa có thông báo thay đổi thời gian tiếp xúc cử tri. Theo đó, sáng 20/2, tổ 3 Đoàn đại biểu Quốc hội tỉnh A tiếp xúc cử tri tại UBND phường B. Chiều cùng ngày, tổ đại biểu tiếp xúc cử tri tại UBND xã C.",
			nil},
		// negatives: the article's own day, a lead without the opener
		{"Theo đó, the article's day", "Tin tức\nĐoàn đại biểu Quốc hội tỉnh A vừa có thông báo. Theo đó, sáng 19/2, tổ 3 Đoàn đại biểu Quốc hội tỉnh A tiếp xúc cử tri tại UBND phường B.",
			[]string{"tiếp xúc cử tri/2025-02-19/"}},
		{"a lead told as earlier, then this meeting", "Tin tức\nSáng 19-2, Hội nghị Ban Chấp hành Trung ương Đảng đã khai mạc. Trước đó, ngày 17-2, tại Trụ sở Trung ương Đảng, Bộ Chính trị đã xem xét kỷ luật. Tại cuộc họp này, Bộ Chính trị đề nghị thi hành kỷ luật ông A.",
			[]string{"hội nghị/2025-02-19/", "họp/2025-02-17/"}},
		// negatives: no demonstrative, the lead two sentences before
		{"no demonstrative", "Tin tức\nSáng 19-2, Hội nghị Ban Chấp hành Trung ương Đảng đã khai mạc. Trước đó, ngày 17-2, tại Trụ sở Trung ương Đảng, Bộ Chính trị đã xem xét kỷ luật. Tại cuộc họp, Bộ Chính trị đề nghị thi hành kỷ luật ông A.",
			[]string{"hội nghị/2025-02-19/"}},
		{"a scene's photo of a numbered conference", "Tin tức\nQuang cảnh Hội nghị Trung ương 9 - Ảnh: A.B\nBan Chấp hành Trung ương Đảng quyết định giới thiệu nhân sự.",
			[]string{"hội nghị//"}},
		// negative: a numbered conference named alone is no back-reference
		{"a numbered conference alone", "Tin tức\nTại Hội nghị Trung ương 9, Ban Chấp hành Trung ương Đảng sẽ quyết định giới thiệu nhân sự.",
			nil},
		{"the setting of a speech, the next day", "Tin tức\nHạn chế này được ông A đề cập trong bài phát biểu tại phiên khai mạc kỳ họp thứ 8 Quốc hội, sáng 20/2.",
			[]string{"kỳ họp/2025-02-20/"}},
		// negatives: no speech, a speech to come
		{"a comma-set day to come", "Tin tức\nHạn chế này được nêu trong tờ trình gửi kỳ họp thứ 8 Quốc hội, sáng 20/2.", nil},
		{"a speech to come", "Tin tức\nÔng A sẽ đề cập trong bài phát biểu tại phiên khai mạc kỳ họp thứ 8 Quốc hội, sáng 20/2.", nil},
		{"a dateline the next day", "Tin tức\nSáng 20/2, tổ 3 Đoàn đại biểu Quốc hội tỉnh A tiếp xúc cử tri tại UBND phường B.",
			[]string{"tiếp xúc cử tri/2025-02-20/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2025, 2, 19), schema.Span{}, c.want, c.name)
	}
}

// firstCase is a text and the text wanted of one field of its first
// meeting ("" for none).
type firstCase struct{ name, text, want string }

// organizerOf and locationOf read a meeting's field for checkFirst.
func organizerOf(m schema.Meeting) string {
	if m.Organizer == nil {
		return ""
	}
	return m.Organizer.Text
}

func locationOf(m schema.Meeting) string {
	if m.Location == nil {
		return ""
	}
	return m.Location.Text
}

// checkOrganizers runs each case (the article dated 1 December 2024) and
// checks the first meeting's organizer and every span.
func checkOrganizers(t *testing.T, cases []firstCase) {
	t.Helper()
	checkFirst(t, cases, day(2024, 12, 1), organizerOf)
}

// checkFirst runs each case with the article dated on, checks every span,
// that a meeting is found, and field of the first one.
func checkFirst(t *testing.T, cases []firstCase, on time.Time, field func(schema.Meeting) string) {
	t.Helper()
	for _, c := range cases {
		ms := run(c.text, on, schema.Span{})
		checkSpans(t, c.text, ms)
		if assert.NotEmpty(t, ms, c.name) {
			assert.Equal(t, c.want, field(ms[0]), c.name)
		}
	}
}
