package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestRound9Rules covers a date set off by a comma after a body's name
// that holds commas, acts assigned by a request verb, and an event a
// photo caption repeats (made-up sentences in the style of the press).
func TestRound9Rules(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// a date after the meeting's name, whose body's name holds commas
		{"name with coordinated words, then the date", "Tin tức\nĐó là nội dung phiên họp thứ 5 của Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Gia Lai, sáng 14-10.",
			day(2024, 10, 15), []string{"phiên họp/2024-10-14/"}},
		{"abbreviated place in the name", "Tin tức\nĐó là nội dung phiên họp thứ 5 của Ban Chỉ đạo phòng, chống lãng phí TP.HCM, chiều 3-9.",
			day(2024, 9, 4), []string{"phiên họp/2024-09-03/"}},
		{"a spaced abbreviation", "Tin tức\nĐó là nội dung phiên họp thứ 5 của Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TP. HCM, sáng 14-10.",
			day(2024, 10, 15), []string{"phiên họp/2024-10-14/"}},
		{"short name, as before", "Tin tức\nĐó là nội dung phiên họp thứ 5 của Ban Chỉ đạo tỉnh, sáng 14-10.",
			day(2024, 10, 15), []string{"phiên họp/2024-10-14/"}},
		// a photo caption names its people first, then the event and its date
		{"caption: people, event, date", "Tin tức\nTổng Bí thư A cùng Thủ tướng B, Chủ tịch Quốc hội C, tại hội nghị Trung ương, ngày 3/8. Ảnh: TTXVN",
			day(2024, 8, 4), []string{"hội nghị/2024-08-03/"}},
		// (without a credit since round 20: "tại" and the event right after a
		// comma, the date closing the sentence, an adjunct told last)
		{"the same line without a credit", "Tin tức\nTổng Bí thư A cùng Thủ tướng B, Chủ tịch Quốc hội C, tại hội nghị Trung ương, ngày 3/8.",
			day(2024, 8, 4), []string{"hội nghị/2024-08-03/"}},
		// negatives: a clause, not a name, between the meeting and the date
		{"a verb after the comma ends the name", "Tin tức\nĐó là nội dung phiên họp thứ 5 của Ban Chỉ đạo, các đại biểu đã thảo luận, sáng 14-10.",
			day(2024, 10, 15), nil},
		{"commas with no body named", "Tin tức\nĐó là nội dung phiên họp về phòng, chống tham nhũng, tiêu cực, sáng 14-10.",
			day(2024, 10, 15), nil},
		// an act assigned by a request verb is not held
		{"giao X chủ trì, làm việc với", "Tin tức\nSáng 14-10, UBND tỉnh giao UBND huyện B chủ trì, làm việc với Công ty C để tháo gỡ vướng mắc.",
			day(2024, 10, 15), nil},
		{"yêu cầu X tổ chức hội nghị", "Tin tức\nSáng 14-10, Chủ tịch tỉnh yêu cầu các sở tổ chức hội nghị sơ kết trong tháng 11.",
			day(2024, 10, 15), nil},
		{"giao cho X tổ chức", "Tin tức\nSáng 14-10, Tỉnh ủy giao cho Ban Tuyên giáo tổ chức hội nghị quán triệt.",
			day(2024, 10, 15), nil},
		// negatives: the request made at the event, the event as addressee, a noun, "giao thông", a past act
		{"yêu cầu tại cuộc họp", "Tin tức\nChủ tịch UBND tỉnh A yêu cầu tại cuộc họp sáng 14-10 về phòng chống bão.",
			day(2024, 10, 15), []string{"họp/2024-10-14/"}},
		{"the meeting is the addressee", "Tin tức\nSáng 14-10, Bộ trưởng đề nghị Hội nghị tập trung thảo luận các giải pháp.",
			day(2024, 10, 15), []string{"hội nghị/2024-10-14/"}},
		{"theo đề nghị: a noun", "Tin tức\nTheo đề nghị của Sở Nội vụ, sáng 14-10, UBND tỉnh tổ chức hội nghị công bố quyết định.",
			day(2024, 10, 15), []string{"hội nghị/2024-10-14/"}},
		{"Sở Giao thông is no request", "Tin tức\nSáng 14-10, Sở Giao thông vận tải tổ chức hội nghị tổng kết.",
			day(2024, 10, 15), []string{"hội nghị tổng kết/2024-10-14/"}},
		{"chỉ đạo của: a noun", "Tin tức\nSau chỉ đạo của Chính phủ, sáng 14-10, Bộ Công Thương đã chủ trì tổ chức hội nghị với 38 tỉnh.",
			day(2024, 10, 15), []string{"hội nghị/2024-10-14/"}},
		{"a request noun, then a dated clause", "Tin tức\nXuất phát từ yêu cầu cấp bách của địa phương, sáng 14-10, Sở Y tế tổ chức hội nghị trực tuyến.",
			day(2024, 10, 15), []string{"hội nghị/2024-10-14/"}},
		{"a request, then held", "Tin tức\nThực hiện chỉ đạo của Tỉnh ủy, sáng 14-10, Sở đã tổ chức hội nghị tổng kết.",
			day(2024, 10, 15), []string{"hội nghị tổng kết/2024-10-14/"}},
		// two verbs joined by a comma: "chủ trì, làm việc" is no back-reference
		{"chủ trì, làm việc: undated, not a reference", "Tin tức\nSở Công Thương chủ trì, làm việc với các doanh nghiệp.",
			day(2024, 10, 15), nil},
		{"chủ trì buổi làm việc: a reference", "Tin tức\nPhó Chủ tịch tỉnh chủ trì buổi làm việc.",
			day(2024, 10, 15), []string{"làm việc//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// TestRound9Captions covers an event a photo caption repeats: it is the
// main event when their kinds or days agree, another event otherwise.
func TestRound9Captions(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		{"caption before the lead, compatible kinds", "Tin tức\nBí thư A chủ trì cuộc họp Tiểu ban Văn kiện. (Ảnh: B/TTXVN)\nNgày 21/8, tại Hà Nội, Bí thư A đã chủ trì Phiên họp thứ hai của Tiểu ban Văn kiện.",
			day(2024, 8, 21), []string{"phiên họp/2024-08-21/Hà Nội"}},
		{"caption with a dash credit", "Tin tức\nBí thư A chủ trì hội nghị - ẢNH: B\nSáng 21/8, Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng.",
			day(2024, 8, 21), []string{"hội nghị sơ kết/2024-08-21/"}},
		{"caption after the lead", "Tin tức\nSáng 21/8, Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng.\nPhó Bí thư A phát biểu tại hội nghị. Ảnh: B",
			day(2024, 8, 21), []string{"hội nghị sơ kết/2024-08-21/"}},
		// negatives: another kind in the caption, or no credit on the line
		{"caption of another kind stays", "Tin tức\nSáng 21/8, Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng.\nTrước đó, đoàn đã thực hiện lễ dâng hương tại Đền Hùng. Ảnh: B",
			day(2024, 8, 21), []string{"hội nghị sơ kết/2024-08-21/", "lễ/2024-08-21/"}},
		{"caption on the same stated day", "Tin tức\nSáng 21/8, Tỉnh ủy tổ chức hội nghị sơ kết công tác 6 tháng.\nSáng 21/8, Bí thư A dự lễ khai mạc. (Ảnh: B)",
			day(2024, 8, 21), []string{"hội nghị sơ kết/2024-08-21/"}},
		{"no credit: two events, the dated one first", "Tin tức\nBí thư A chủ trì cuộc họp Tiểu ban Văn kiện.\nNgày 21/8, tại Hà Nội, Bí thư A đã chủ trì Phiên họp thứ hai của Tiểu ban Văn kiện.",
			day(2024, 8, 21), []string{"phiên họp/2024-08-21/Hà Nội", "họp//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// TestRound9Dates covers dates that belong to another clause than the
// event's, dates set off after a congress's name, counted events,
// occasion frames and a decision handed over at a conference.
func TestRound9Dates(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// a report's day before a reporting verb; the event's own day after it
		{"the report's day, then the session's", "Tin tức\nNgày 15-6, Ủy ban Kiểm tra ra thông báo cho biết, từ ngày 12 đến ngày 14-6, tại Hà Nội, Ủy ban đã họp kỳ thứ 42.",
			day(2024, 6, 15), []string{"kỳ họp/2024-06-12/Hà Nội"}},
		{"one date before the event", "Tin tức\nNgày 15-6, tại Hà Nội, Ủy ban Kiểm tra đã họp kỳ thứ 42.",
			day(2024, 6, 15), []string{"kỳ họp/2024-06-15/Hà Nội"}},
		{"announced after the session, which has its own days", "Tin tức\nThông báo được công bố vào sáng 15/6, sau kỳ họp thứ 42 diễn ra từ 12-14/6.",
			day(2024, 6, 15), []string{"kỳ họp/2024-06-12/"}},
		{"a dateline, then sau <event>: the same day", "Tin tức\nNgày 11/8, sau buổi kiểm tra tại khu phố A, Phó Chủ tịch tỉnh đã yêu cầu các ngành vào cuộc.",
			day(2024, 8, 12), []string{"kiểm tra/2024-08-11/"}},
		// a month and year set off after a congress's name
		{"(tháng M/YYYY) after the name", "Tin tức\nTại Đại hội đại biểu toàn quốc lần thứ VII của Đảng (tháng 6/1991), ông được bầu làm Tổng Bí thư.",
			day(2024, 8, 14), []string{"đại hội/1991-06/"}},
		{"a month to come is no held session", "Tin tức\nỦy ban cho ý kiến các nội dung trình Quốc hội tại Kỳ họp thứ bảy (tháng 5/2024).",
			day(2024, 4, 15), nil},
		{"after a comma, not in an opening frame", "Tin tức\nÔng được bầu vào Trung ương tại Đại hội lần thứ XIII, tháng 1-2021.",
			day(2024, 8, 14), nil},
		// counted events are no event
		{"tại 2 kỳ họp", "Tin tức\nSáng 21/10, cơ quan thẩm tra đề nghị thông qua luật tại 2 kỳ họp.",
			day(2024, 10, 21), nil},
		{"hai hội nghị", "Tin tức\nSáng 21/10, tỉnh đã tổ chức hai hội nghị chuyên đề.",
			day(2024, 10, 21), nil},
		{"a dated sitting is no count", "Tin tức\nChiều 21/10 kỳ họp thứ 8 khai mạc tại Hà Nội.",
			day(2024, 10, 21), []string{"kỳ họp/2024-10-21/Hà Nội"}},
		// an event attended in an occasion frame is not the main clause's act
		{"nhân dịp tham dự Hội nghị X, ... hội đàm", "Tin tức\nNgày 7/11, nhân dịp tham dự Hội nghị thượng đỉnh GMS lần thứ 8, Thủ tướng A đã có cuộc hội đàm với Thủ tướng B.",
			day(2024, 11, 7), []string{"hội đàm/2024-11-07/"}},
		{"tham dự Hội nghị, no frame", "Tin tức\nNgày 7/11, Thủ tướng A tham dự Hội nghị thượng đỉnh GMS lần thứ 8.",
			day(2024, 11, 7), []string{"hội nghị/2024-11-07/"}},
		{"chúc mừng kỷ niệm is no ceremony", "Tin tức\nSáng 20/11, lãnh đạo huyện đến thăm và chúc mừng kỷ niệm ngày Nhà giáo Việt Nam.",
			day(2024, 11, 20), []string{"thăm/2024-11-20/"}},
		// a get-together is no meeting; a meeting held with the classifier is
		{"buổi họp mặt", "Tin tức\nSáng 19/10, tại Hà Nội, gần 500 cựu học viên đã về dự buổi họp mặt truyền thống.",
			day(2024, 10, 20), nil},
		{"buổi họp", "Tin tức\nSáng 19/6, UBND tỉnh tổ chức buổi họp để nghe báo cáo dự án.",
			day(2024, 6, 20), []string{"buổi họp/2024-06-19/"}},
		// a working session reported as held with its partner, undated
		{"cho biết đã làm việc với X và sẽ ...", "Tin tức\nÔng A, phó chủ tịch UBND thành phố, cho biết đã làm việc với công ty B và sẽ có văn bản báo cáo.",
			day(2024, 6, 2), []string{"làm việc//"}},
		{"a career in a relative clause", "Tin tức\nÔng C, người đã làm việc với cố lãnh đạo D, khẳng định điều này.",
			day(2024, 6, 2), nil},
		{"the speaker's own work", "Tin tức\n\"Tôi đã làm việc với các nhà lãnh đạo nước này nhiều năm\", ông E nói.",
			day(2024, 6, 2), nil},
		{"a post held, not a session", "Tin tức\nÔng F đã làm việc tại Sở Tài chính nhiều năm.",
			day(2024, 6, 2), nil},
		{"held, then a plan in a coordinated clause", "Tin tức\nSáng 2/6, Bộ Y tế đã tổ chức họp báo, thông báo sẽ công bố kết quả.",
			day(2024, 6, 2), []string{"họp báo/2024-06-02/"}},
		// a ceremony named generically, then by its kind: one ceremony
		{"buổi lễ, then lễ kỷ niệm", "Tin tức\nĐến dự buổi lễ có các đồng chí lãnh đạo tỉnh.\nPhát biểu tại lễ kỷ niệm, Bí thư Tỉnh ủy ôn lại truyền thống.",
			day(2024, 9, 2), []string{"lễ kỷ niệm//"}},
		{"Lễ dâng hương, then lễ kỷ niệm: two", "Tin tức\nDự Lễ dâng hương có các đồng chí lãnh đạo tỉnh.\nPhát biểu tại lễ kỷ niệm, Bí thư Tỉnh ủy ôn lại truyền thống.",
			day(2024, 9, 2), []string{"lễ//", "lễ kỷ niệm//"}},
		// a dated lead gives its date to a back-reference after it, not to a numbered congress of its own
		{"lead, then a numbered congress", "Tin tức\nNgày 18/8/2020, ông A được bầu giữ chức Bí thư Đảng ủy Đài Truyền hình.\nTại Đại hội Đại biểu toàn quốc lần thứ 13 của Đảng, ông được bầu vào Ban Chấp hành Trung ương.",
			day(2024, 10, 31), []string{"đại hội//"}},
		{"lead, then a back-reference", "Tin tức\nNgày 18/8/2024, các đại biểu về dự đông đủ.\nTại đại hội, ông A được bầu giữ chức Bí thư.",
			day(2024, 8, 19), []string{"đại hội/2024-08-18/"}},
		// living and working somewhere is no working session
		{"sinh sống và làm việc tại", "Tin tức\nHôm nay, cộng đồng người Việt Nam đang sinh sống và làm việc tại Incheon đã cùng nhau tổ chức ngày hội.",
			day(2024, 5, 21), nil},
		// a date in brackets after another event's name is that event's
		{"the visit's day in brackets, then the call's", "Tin tức\nHai bên đánh giá cao chuyến thăm cấp nhà nước của Tổng thống A (20/6/2024), cuộc điện đàm giữa hai nhà lãnh đạo (8/8/2024).",
			day(2024, 10, 23), []string{"điện đàm/2024-08-08/"}},
		{"sáng nay (D/M) stays the event's", "Tin tức\nSáng nay (14/6), Bí thư Tỉnh ủy đã chủ trì hội nghị sơ kết.",
			day(2024, 6, 14), []string{"hội nghị sơ kết/2024-06-14/"}},
		// a reception with an adverb before its object
		{"đã tiếp thân mật đoàn ... sang thăm và làm việc", "Tin tức\nChiều 26/8, Thường trực Ban Bí thư A đã tiếp thân mật đoàn đại biểu Đảng B do ông C dẫn đầu sang thăm và làm việc tại Việt Nam.",
			day(2024, 8, 26), []string{"tiếp/2024-08-26/"}},
		// one date for two coordinated events (an inspection that goes on to work with a body is a working session)
		{"kiểm tra ... và làm việc với X vào ngày D-M", "Tin tức\nTrong buổi kiểm tra thực địa và làm việc với UBND huyện vào ngày 11-9, Phó Chủ tịch tỉnh yêu cầu sớm đưa chợ vào hoạt động.",
			day(2024, 9, 12), []string{"làm việc/2024-09-11/"}},
		// a term qualifier between the name and the bracketed month
		{"lần thứ XII, nhiệm kỳ 2022 - 2027 (tháng 12/2022)", "Tin tức\nTrong bài phát biểu tại Đại hội Đoàn toàn quốc lần thứ XII, nhiệm kỳ 2022 - 2027 (tháng 12/2022), Tổng Bí thư đã căn dặn.",
			day(2024, 7, 22), []string{"đại hội/2022-12/"}},
		// on the eve of a meeting; a medical check
		{"trước thềm cuộc họp", "Tin tức\nHôm nay, Iran tuyên bố không cắt giảm sản lượng trước thềm cuộc họp OPEC.",
			day(2024, 6, 2), nil},
		{"buổi kiểm tra y tế", "Tin tức\nHôm nay, thủ thành A đã hoàn thành buổi kiểm tra y tế tại câu lạc bộ.",
			day(2024, 6, 2), nil},
		// "họp <congress>" names a congress; "<event> này" is the event just named
		{"họp Đại hội đồng cổ đông, then Tại phiên họp này", "Tin tức\nTại Đại hội đồng cổ đông thường niên 2024, chủ tịch công bố kết quả.\nNgày 4/4, Ngân hàng A vừa tổ chức họp Đại hội đồng cổ đông thường niên 2024.\nTại phiên họp này, lãnh đạo ngân hàng cho biết kết quả kinh doanh.",
			day(2024, 4, 5), []string{"đại hội/2024-04-04/"}},
		{"Tại phiên họp after the congress held", "Tin tức\nNgày 4/4, Ngân hàng A vừa tổ chức họp Đại hội đồng cổ đông thường niên 2024.\nChưa có kế hoạch sáp nhập.\nTại phiên họp, các cổ đông cũng quan tâm tới cổ tức.",
			day(2024, 4, 5), []string{"đại hội/2024-04-04/"}},
		{"Tại phiên họp after a congress only cited: another event", "Tin tức\nTheo Nghị quyết Đại hội XIII, tỉnh đã hoàn thành chỉ tiêu.\nTại phiên họp, các đại biểu thảo luận.",
			day(2024, 4, 5), []string{"phiên họp//"}},
		{"tại kỳ họp này after a sitting: another event", "Tin tức\nSáng 4/6, Quốc hội tiến hành phiên chất vấn.\nÔng nói hoạt động chất vấn tại kỳ họp này tiếp tục được thực hiện theo đúng luật.",
			day(2024, 6, 4), []string{"chất vấn/2024-06-04/", "kỳ họp//"}},
		{"Tại hội nghị này after a plan stays the plan", "Tin tức\nSáng 4/4, tỉnh tổ chức lễ kỷ niệm.\nTỉnh sẽ có hai hội nghị.\nTại hội nghị này, các đại biểu thảo luận.",
			day(2024, 4, 5), []string{"lễ kỷ niệm/2024-04-04/"}},
		// an indefinite event presupposes none; a dated one is held
		{"đi dự một hội nghị", "Tin tức\nMột hành khách khác đang trên đường đi dự một hội nghị.",
			day(2024, 5, 20), nil},
		{"tại một hội nghị, dated", "Tin tức\nTrước đó hôm 5/4, tại một hội nghị ở tỉnh A, Phó Thủ tướng B cũng yêu cầu chính quyền tỉnh vào cuộc.",
			day(2024, 4, 8), []string{"hội nghị/2024-04-05/"}},
		// a decision handed over at the conference found is that conference
		{"dự và trao các quyết định", "Tin tức\nNgày 4/9, Văn phòng Trung ương Đảng tổ chức Hội nghị triển khai các quyết định về công tác cán bộ.\nÔng A dự và trao các quyết định.",
			day(2024, 9, 4), []string{"hội nghị/2024-09-04/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}
