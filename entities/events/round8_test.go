package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestRound8Rules covers rites told with their verb, the story's history
// (made-up sentences in the style of the Party and state press).
func TestRound8Rules(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// a rite told with its verb in a dated sentence is a held ceremony
		{"đã đến dâng hương, dated", "Tin tức\nSáng 23/7, Đoàn đại biểu Tỉnh ủy đã đến dâng hương tưởng niệm cố Chủ tịch A tại xã B.",
			day(2024, 7, 23), []string{"dâng hương/2024-07-23/"}},
		{"coordinated rites: the incense names it", "Tin tức\nSáng 23/7, Đoàn đại biểu Tỉnh ủy do đồng chí A làm trưởng đoàn đã đến dâng hoa, dâng hương tưởng niệm cố Tổng Bí thư B.",
			day(2024, 7, 24), []string{"dâng hương/2024-07-23/"}},
		{"sáng nay (D/M), placed by the frame", "Tin tức\nNhân chuyến công tác tại tỉnh Quảng Ninh, sáng nay (14/6), Phó Chủ tịch nước A cùng đoàn công tác đã đến đặt vòng hoa tại Nghĩa trang liệt sĩ.",
			time.Date(2024, 6, 14, 20, 0, 0, 0, time.UTC), []string{"đặt vòng hoa/2024-06-14/Quảng Ninh"}},
		{"after a visit word: the rite is the act", "Tin tức\nNhân chuyến công tác, làm việc tại tỉnh Nam Định, sáng 5/3, đoàn đã tới thắp hương tại Đền Trần.",
			day(2024, 3, 5), []string{"thắp hương/2024-03-05/Nam Định", "làm việc//Nam Định"}},
		// the occasion frame's visit is held too, undated
		{"Nhân chuyến thăm, làm việc tại X: the visit", "Tin tức\nNhân chuyến thăm, làm việc tại tỉnh Bến Tre, sáng 5/3, Chủ tịch nước A đã đến dâng hương tại Khu di tích.",
			day(2024, 3, 5), []string{"dâng hương/2024-03-05/Bến Tre", "làm việc//Bến Tre"}},
		{"a work trip is not a visit kind", "Tin tức\nNhân chuyến công tác tại tỉnh Bến Tre, sáng 5/3, Chủ tịch nước A đã đến dâng hương tại Khu di tích.",
			day(2024, 3, 5), []string{"dâng hương/2024-03-05/Bến Tre"}},
		{"a visit already found", "Tin tức\nSáng 4/3, Chủ tịch nước A làm việc với Tỉnh ủy Bến Tre.\nNhân chuyến thăm, làm việc tại tỉnh, sáng 5/3, Chủ tịch nước đã đến dâng hương tại Khu di tích.",
			day(2024, 3, 5), []string{"làm việc/2024-03-04/", "dâng hương/2024-03-05/"}},
		// a ceremony attended after the rite is the sentence's event; a visit after it is not
		{"rite, then dự Lễ", "Tin tức\nSáng 27/7, lãnh đạo tỉnh đã đến dâng hương tại Nghĩa trang liệt sĩ và dự Lễ kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ.",
			day(2024, 7, 27), []string{"lễ kỷ niệm/2024-07-27/"}},
		{"rite, then đã thăm", "Tin tức\nSáng 27/7, lãnh đạo tỉnh đã đến dâng hương tại Nghĩa trang liệt sĩ, sau đó đã thăm gia đình chính sách.",
			day(2024, 7, 27), []string{"dâng hương/2024-07-27/"}},
		// not events: a caption without a date, "Trước đó" without one, a ceremony named with "Lễ"
		{"undated caption", "Tin tức\nĐồng chí A cùng các đại biểu dâng hương tưởng niệm các anh hùng liệt sĩ.",
			day(2024, 7, 23), nil},
		{"Trước đó, undated rite", "Tin tức\nSáng 15/12, Bộ trưởng dự Lễ công bố quyết định thành lập Sư đoàn 5.\nTrước đó, Bộ trưởng cùng đoàn tới dâng hương tại Đài tưởng niệm.",
			day(2024, 12, 15), []string{"lễ/2024-12-15/"}},
		{"Lễ dâng hương stays lễ", "Tin tức\nSáng 2/9, xã tổ chức Lễ dâng hương tưởng niệm các anh hùng liệt sĩ.",
			day(2024, 9, 2), []string{"lễ/2024-09-02/"}},
		{"an act made a noun", "Tin tức\nVụ cháy vào 18h ngày 7/8 là do tàn lửa từ việc thắp hương của một gia đình.",
			day(2024, 8, 8), nil},
		// "dự lễ dâng hương" after the rite told with its verb is that rite
		{"lễ <rite> back-reference", "Tin tức\nNgày 1/6, Chủ tịch nước A đã đến dâng hương tại Đền thờ B.\nDự lễ dâng hương có các đồng chí lãnh đạo tỉnh.",
			day(2024, 6, 1), []string{"dâng hương/2024-06-01/"}},
		{"lễ <rite> back-reference, no rite before", "Tin tức\nDự lễ dâng hương có các đồng chí lãnh đạo tỉnh.",
			day(2024, 6, 1), []string{"lễ//"}},
		// a month with its year a few days away gives a yearless day its year (undated article)
		{"a month and year days away", "Tin tức\nChiều 2/6, tại cuộc họp báo Chính phủ, Thứ trưởng A đã trả lời.\nÔng A nêu lại vụ việc trong tháng 5/2016 đã xảy ra.",
			time.Time{}, []string{"họp báo/2016-06-02/"}},
		{"a month and year months away", "Tin tức\nChiều 2/6, tại cuộc họp báo Chính phủ, Thứ trưởng A đã trả lời.\nÔng A nêu lại vụ việc trong tháng 1/2016 đã xảy ra.",
			time.Time{}, []string{"họp báo//"}},
		// a status since a day is not an event's day; a clause opened by "Từ ngày" is
		{"miễn nhiệm từ ngày", "Tin tức\nÔng A thay ông B, người được Quốc hội miễn nhiệm từ ngày 25/10 vừa qua, cũng tại Kỳ họp thứ 8.",
			day(2024, 11, 29), nil},
		{"Từ ngày D đến D/M, a session", "Tin tức\nTừ ngày 6 đến 8/1, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 53.",
			day(2025, 1, 9), []string{"kỳ họp/2025-01-06/"}},
		// a back-reference to a planned event, with no held one of its kind, is the plan
		{"Tại hội nghị này after a plan", "Tin tức\nỞ bước tiến hành kỷ luật sẽ có hai hội nghị.\nTại hội nghị này, đại diện Ủy ban Kiểm tra trình bày tờ trình.",
			day(2024, 6, 17), nil},
		{"a plan, then a held one", "Tin tức\nNăm sau tỉnh sẽ tổ chức hội nghị sơ kết.\nSáng 16/6, tỉnh tổ chức hội nghị tổng kết.\nTại hội nghị, các đại biểu thảo luận.",
			day(2024, 6, 17), []string{"hội nghị tổng kết/2024-06-16/"}},
		{"Tại hội nghị, no plan", "Tin tức\nTại hội nghị, đại diện Ủy ban Kiểm tra trình bày tờ trình.",
			day(2024, 6, 17), []string{"hội nghị//"}},
		// a debate in the assembly, its name opening the clause and the date closing it
		{"tranh luận tại nghị trường ngày D/M,", "Tin tức\nMới đây, tranh luận tại nghị trường ngày 4/11, đại biểu A (Đoàn Nam Định) đã nêu ý kiến.",
			day(2024, 11, 25), []string{"tranh luận/2024-11-04/"}},
		{"a debate in general", "Tin tức\nSáng 4/11, các nhà khoa học tranh luận về nguyên nhân cá chết.",
			day(2024, 11, 25), nil},
		{"the date does not close the clause", "Tin tức\nMới đây, tranh luận tại nghị trường ngày 4/11 đã thu hút dư luận.",
			day(2024, 11, 25), nil},
		// the story's history: a day decades before the article's
		{"a rite decades ago", "Tin tức\nSáng 19/9, Tỉnh ủy tổ chức Lễ dâng hoa tưởng nhớ Chủ tịch Hồ Chí Minh.\nCách đây 70 năm, ngày 19/9/1954, Bác đã về thăm Đền Hùng, thắp hương tri ân Tổ tiên.",
			day(2024, 9, 20), []string{"lễ/2024-09-19/"}},
		{"a congress four years ago is kept", "Tin tức\nNgày 30/1/2021, Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã bế mạc tại Hà Nội.",
			day(2025, 1, 7), []string{"đại hội/2021-01-30/Hà Nội"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// TestRound8Names covers an event word inside the name of a body named by
// its task, a tally verb opening a sentence, the conclusion of a meeting
// as a back-reference and an inspection visit made with a motion verb.
func TestRound8Names(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// a body named by its task: the event word is part of the name
		{"Ban Chỉ đạo của <Org> tổng kết", "Tin tức\nChiều 30-12, Thủ tướng A, Trưởng ban Chỉ đạo của Chính phủ tổng kết việc thực hiện Nghị quyết số 18-NQ/TW chủ trì cuộc họp với Bộ Y tế.",
			day(2024, 12, 30), []string{"họp/2024-12-30/"}},
		{"Ban Chỉ đạo Trung ương tổng kết, then kết luận cuộc họp", "Tin tức\nChiều 30-12, Thủ tướng A, Trưởng Ban Chỉ đạo Trung ương tổng kết Nghị quyết số 18 ...\nCùng dự có Phó Thủ tướng B.\nSau khi nghe báo cáo, kết luận cuộc họp, Thủ tướng A đánh giá cao Bộ Y tế.",
			day(2024, 12, 30), []string{"họp/2024-12-30/"}},
		{"Tiểu ban ... Đại hội", "Tin tức\nSáng 5/6, Tiểu ban Văn kiện Đại hội họp phiên thứ nhất.",
			day(2024, 6, 5), []string{"phiên họp/2024-06-05/"}},
		{"a steering committee holds a review", "Tin tức\nSáng 5/6, Ban Chỉ đạo tỉnh tổ chức hội nghị tổng kết 10 năm.",
			day(2024, 6, 5), []string{"hội nghị tổng kết/2024-06-05/"}},
		// a tally verb opening a sentence with a time only
		{"Tổng kết <time>, a count", "Tin tức\nTổng kết sáng 19-5, lượng cá chết đã lên đến 80 tấn.",
			day(2016, 5, 20), nil},
		{"Tổng kết <object>, a review held", "Tin tức\nSáng 19-5, huyện tổng kết công tác năm 2015.",
			day(2016, 5, 20), []string{"tổng kết/2016-05-19/"}},
		// "kết luận <event>" presupposes the event; a concluding notice does not
		{"Kết luận buổi kiểm tra", "Tin tức\nKết luận buổi kiểm tra, Bí thư Thành ủy A nhấn mạnh dự án có ý nghĩa quan trọng.",
			day(2024, 4, 16), []string{"kiểm tra//"}},
		{"Thông báo kết luận hội nghị", "Tin tức\nTheo Thông báo kết luận hội nghị, các cơ quan triển khai ngay.",
			day(2024, 4, 16), nil},
		// a motion verb before an act makes a visit for it
		{"đi kiểm tra, then the session", "Tin tức\nSáng 16/4, Bí thư Thành ủy A đi kiểm tra tiến độ thi công dự án.\nTại buổi làm việc, đoàn đã kiểm tra thực địa.\nKết luận buổi kiểm tra, Bí thư Thành ủy nhấn mạnh yêu cầu.",
			day(2024, 4, 16), []string{"kiểm tra/2024-04-16/"}},
		{"xuống giám sát", "Tin tức\nChiều 3/5, Đoàn đại biểu Quốc hội tỉnh xuống giám sát việc thi hành pháp luật tại huyện B.",
			day(2024, 5, 3), []string{"giám sát/2024-05-03/"}},
		{"the speaker's own act in a quote", "Tin tức\n\"Ngày 25/5, chúng tôi đi kiểm tra thì công ty vẫn thi công\", ông A nói.",
			day(2024, 6, 2), nil},
		{"a run to see", "Tin tức\nKhoảng 6h30 cùng ngày, nhiều cư dân nghe tiếng động mạnh nên chạy đến kiểm tra.",
			day(2024, 6, 2), nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}
