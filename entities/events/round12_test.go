package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestRound12Kinds covers acts held as one sitting or ceremony and named by
// the text's own word after a classifier or a holding verb, the debate part
// of a sitting, and juries named by their task (made-up sentences in the
// style of the press).
func TestRound12Kinds(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		{"buổi khai trương", "Tin tức\nPhát biểu tại buổi khai trương, Phó Thủ tướng A đánh giá cao hãng bay B.",
			day(2024, 5, 4), []string{"khai trương//"}},
		{"tổ chức khai trương", "Tin tức\nSáng 3-5, Ngân hàng A chi nhánh B tổ chức khai trương trụ sở mới.",
			day(2024, 5, 4), []string{"khai trương/2024-05-03/"}},
		{"cuộc tranh luận", "Tin tức\nĐại biểu A đã châm ngòi một cuộc tranh luận nảy lửa tại Quốc hội sáng 3-5.",
			day(2024, 5, 4), []string{"tranh luận/2024-05-03/"}},
		{"buổi công bố kết luận", "Tin tức\nÔng A đã có mặt tại buổi công bố kết luận thanh tra.",
			day(2024, 5, 4), []string{"công bố//"}},
		{"buổi khánh thành", "Tin tức\nTại buổi khánh thành cầu A, ông B phát biểu.",
			day(2024, 5, 4), []string{"khánh thành//"}},
		{"phần thảo luận", "Tin tức\nChủ đề này có nhiều ý kiến qua lại trong phần thảo luận sáng 3-5.",
			day(2024, 5, 4), []string{"thảo luận/2024-05-03/"}},
		// a ceremony is still "lễ"; a decision announced is its own kind
		{"Lễ khai trương", "Tin tức\nSáng 3-5, Công ty A tổ chức Lễ khai trương nhà máy.",
			day(2024, 5, 4), []string{"lễ/2024-05-03/"}},
		{"buổi công bố quyết định", "Tin tức\nSáng 3-5, tại buổi công bố quyết định, ông A nhận nhiệm vụ.",
			day(2024, 5, 4), []string{"lễ công bố quyết định/2024-05-03/"}},
		// negatives: the verb alone is an act, not an event; many sessions; a jury
		{"khai trương, a verb", "Tin tức\nHãng A khai trương đường bay mới tới Kuala Lumpur.",
			day(2024, 5, 4), nil},
		{"công bố, a verb", "Tin tức\nBộ Y tế công bố danh mục thuốc mới.",
			day(2024, 5, 4), nil},
		{"các buổi thảo luận", "Tin tức\nTại các buổi thảo luận, đại biểu đều đồng tình.",
			day(2024, 5, 4), nil},
		{"trưởng ban chấm thi", "Tin tức\nChiều 3-5, ông A, trưởng ban chấm thi, nhận khuyết điểm.",
			day(2024, 5, 4), nil},
		{"tham gia chấm thi", "Tin tức\nNhiều giáo viên chưa đủ điều kiện vẫn tham gia chấm thi.",
			day(2024, 5, 4), nil},
		{"hội đồng chấm thi", "Tin tức\nChiều 3-5, hội đồng chấm thi có nhiều sai sót.",
			day(2024, 5, 4), nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// TestRound12SaidAt covers the date closing a sentence that tells what was
// said at an event with a long name ("được đưa ra tại Lễ ... ngày 19/5."),
// and its year from a period the article states (made-up sentences).
func TestRound12SaidAt(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"được đưa ra tại a long name, commas between capitalized words",
			"Tin tức\nThông tin trên được đưa ra tại Lễ Khởi công xây dựng Dự án Khu Thương mại, Khách sạn Sen Vàng Yên Bái ngày 19/5.\nGiai đoạn 1 bắt đầu từ tháng 05/2016 đến tháng 06/2017.",
			[]string{"lễ/2016-05-19/"}},
		{"cho biết tại", "Tin tức\nÔng A cho biết tại hội nghị tổng kết ngành Nông nghiệp tỉnh Bình Định ngày 19/5/2016.",
			[]string{"hội nghị tổng kết/2016-05-19/"}},
		// negatives: the date does not close the sentence; no verb of saying before "tại"
		{"the date goes on", "Tin tức\nThông tin trên được đưa ra tại Lễ Khởi công xây dựng Dự án Khu Thương mại, Khách sạn Sen Vàng ngày 19/5/2016 và các năm sau.",
			[]string{"lễ//"}},
		{"no verb of saying", "Tin tức\nCác sở báo cáo Bộ Chính trị tại Lễ Khởi công xây dựng Dự án Khu Thương mại, Khách sạn Sen Vàng ngày 19/5/2016.",
			[]string{"lễ//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}

// TestRound12Organizers covers the body set off after a session's ordinal
// with its term, boards named by their function after "Ban", a modifier
// before the body, and the agent of "do ... tổ chức" after the event's
// name (made-up sentences in the style of the press).
func TestRound12Organizers(t *testing.T) {
	cases := []firstCase{
		{"an ordinal, a comma, the body and its term", "Tin tức\nTại kỳ họp thứ 21, HĐND tỉnh Cà Mau khóa X, nhiệm kỳ 2021-2026, diễn ra sáng 8/4, các đại biểu đã biểu quyết.",
			"HĐND tỉnh Cà Mau"},
		{"Ban thư ký", "Tin tức\nSáng 9-7, hội nghị Ban thư ký Trung ương Hội Sinh viên Việt Nam lần thứ 10 khai mạc.",
			"Ban thư ký Trung ương Hội Sinh viên Việt Nam"},
		{"Ban chủ nhiệm", "Tin tức\nSáng 9-7, Thượng tướng A chủ trì Hội nghị Ban chủ nhiệm Tổng cục Chính trị.",
			"Ban chủ nhiệm Tổng cục Chính trị"},
		{"do X tổ chức", "Tin tức\nÔng A phát biểu tại buổi họp báo về tình hình bàn giao đất tại TP. HCM do Bộ Quốc phòng tổ chức chiều 19-10.",
			"Bộ Quốc phòng"},
		{"do X chủ trì tổ chức", "Tin tức\nSáng 9-7, hội nghị về chuyển đổi số do Sở Thông tin và Truyền thông chủ trì tổ chức đã khai mạc.",
			"Sở Thông tin và Truyền thông"},
		// negatives: a clause after the ordinal's comma, no term; "do" giving a cause; a lower-case agent
		{"a clause after the comma", "Tin tức\nTại kỳ họp thứ 8, Quốc hội đã bầu ông A.", ""},
		{"do, a cause", "Tin tức\nSáng 9-7, cuộc họp bị hoãn do Bão số 3 đổ bộ.", ""},
		{"do, a lower-case agent", "Tin tức\nSáng 9-7, hội nghị do các sở tổ chức đã diễn ra.", ""},
	}
	checkOrganizers(t, cases)
}
