package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestRound10Rules covers an inspection coordinated with a working
// session, a month opening the sentence of an event, and a numbered
// sitting told as held before (made-up sentences in the style of the press).
func TestRound10Rules(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// an inspection that goes on to work with a body is a working session
		{"kiểm tra thực địa và làm việc với", "Tin tức\nTrong buổi kiểm tra thực địa và làm việc với UBND huyện A vào ngày 3-5, ông B đã giao việc cho huyện.",
			day(2024, 5, 4), []string{"làm việc/2024-05-03/"}},
		{"kiểm tra và làm việc với", "Tin tức\nTrong buổi kiểm tra và làm việc với Sở Y tế vào ngày 3-5, ông B yêu cầu đẩy nhanh tiến độ.",
			day(2024, 5, 4), []string{"làm việc/2024-05-03/"}},
		// negatives: an inspection alone, an inspection coordinated with another act
		{"an inspection alone", "Tin tức\nTrong buổi kiểm tra thực địa tại huyện A vào ngày 3-5, ông B đã giao việc cho huyện.",
			day(2024, 5, 4), []string{"kiểm tra/2024-05-03/"}},
		{"an inspection and a capitalized word", "Tin tức\nTrong buổi kiểm tra Nhà máy A và làm việc với UBND huyện vào ngày 3-5, ông B phát biểu.",
			day(2024, 5, 4), []string{"kiểm tra/2024-05-03/"}},
		// a month and year opening the sentence is the event's own time
		{"Sang tháng M-YYYY, tại Đại hội", "Tin tức\nSáng 25-9, Ủy ban đã họp. Sang tháng 10-2020, tại Đại hội Đảng bộ tỉnh A lần thứ XI, ông B tái đắc cử.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "đại hội/2020-10/"}},
		{"Tháng M/YYYY, tại kỳ họp", "Tin tức\nSáng 25-9, Ủy ban đã họp. Tháng 1/2023, tại kỳ họp bất thường lần 2, Quốc hội đã phê chuẩn.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "kỳ họp/2023-01/"}},
		// negatives: a month that does not open the sentence, a month after a verb
		{"a month inside the clause", "Tin tức\nSáng 25-9, Ủy ban đã họp. Ông B được bầu tháng 10-2020, tại Đại hội Đảng bộ tỉnh A lần thứ XI.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "đại hội//"}},
		{"a month, then a clause before the event", "Tin tức\nSáng 25-9, Ủy ban đã họp. Tháng 10-2020, ông B được bầu tại Đại hội Đảng bộ tỉnh A lần thứ XI.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "đại hội//"}},
		// a numbered sitting told as held before the main meeting is another event
		{"Trước đó, tại kỳ họp N", "Tin tức\nChiều 25-9, Ủy ban Thường vụ Quốc hội đã họp để xem xét. Trước đó, tại kỳ họp 45, Ủy ban Kiểm tra Trung ương đã xem xét kết quả kiểm tra.",
			day(2024, 9, 27), []string{"họp/2024-09-25/", "kỳ họp//"}},
		// negatives: no "Trước đó", or a sitting without a number: the same meeting
		{"tại kỳ họp N: the meeting's sitting", "Tin tức\nChiều 25-9, Ủy ban đã họp để xem xét. Tại kỳ họp 45, Ủy ban đã xem xét kết quả kiểm tra.",
			day(2024, 9, 27), []string{"kỳ họp/2024-09-25/"}},
		{"Trước đó, tại phiên họp", "Tin tức\nChiều 25-9, Ủy ban đã họp để xem xét. Trước đó, tại phiên họp, Ủy ban đã nghe báo cáo.",
			day(2024, 9, 27), []string{"phiên họp/2024-09-25/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// TestRound10Years covers the year of a yearless day in an undated
// article: from the first months of a year reported so far, and from the
// end of a period the article reviews.
func TestRound10Years(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"hai tháng đầu năm Y", "Tin tức\nBí thư A yêu cầu xử lý nghiêm tại cuộc làm việc với Quận ủy B sáng 14-3.\nRiêng hai tháng đầu năm 2018 đã xử lý 35 trường hợp.",
			[]string{"làm việc/2018-03-14/"}},
		{"những tháng đầu năm Y", "Tin tức\nBí thư A yêu cầu xử lý nghiêm tại cuộc làm việc với Quận ủy B sáng 14-3.\nNhững tháng đầu năm 2018, quận đã xử lý 35 trường hợp.",
			[]string{"làm việc/2018-03-14/"}},
		{"a school year reviewed", "Tin tức\nSáng 9-7, hội nghị Ban thư ký lần thứ 10 khai mạc tại Hải Phòng.\nHội nghị cho ý kiến về báo cáo tổng kết công tác Hội năm học 2017 - 2018 và kế hoạch năm học 2018 - 2019.",
			[]string{"hội nghị/2018-07-09/Hải Phòng"}},
		{"a year reviewed in January", "Tin tức\nSáng 19-1, Bộ tổ chức hội nghị tổng kết công tác năm 2017.",
			[]string{"hội nghị tổng kết/2018-01-19/"}},
		{"a year reviewed in December", "Tin tức\nSáng 21-12, Bộ tổ chức hội nghị tổng kết công tác năm 2024.",
			[]string{"hội nghị tổng kết/2024-12-21/"}},
		// negatives: a comparison base, a review far from the day, a period not reviewed
		{"so với hai tháng đầu năm Y", "Tin tức\nBí thư A yêu cầu xử lý nghiêm tại cuộc làm việc với Quận ủy B sáng 14-3.\nSố vụ tăng so với hai tháng đầu năm 2017.",
			[]string{"làm việc//"}},
		{"a review far from the day", "Tin tức\nBí thư A yêu cầu xử lý nghiêm tại cuộc làm việc với Quận ủy B sáng 14-6.\nQuận đã tổng kết công tác năm 2017.",
			[]string{"làm việc//"}},
		{"a plan is no review", "Tin tức\nSáng 9-7, hội nghị Ban thư ký lần thứ 10 khai mạc tại Hải Phòng.\nHội nghị cho ý kiến về kế hoạch năm học 2018 - 2019.",
			[]string{"hội nghị//Hải Phòng"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}

// TestRound10StatedYear covers the year an undated article states most:
// it dates a yearless day only when it is also the latest year stated.
func TestRound10StatedYear(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"the most and the latest", "Tin tức\nCác chức danh được bổ nhiệm sau đại hội cổ đông thường niên của Tổng công ty vào ngày 23/5.\nKế hoạch năm 2016 được thông qua, có hiệu lực từ ngày 1/7/2016.",
			[]string{"đại hội/2016-05-23/"}},
		{"the most, but a later year stated", "Tin tức\nTại hội nghị cư dân bất thường chiều 29/5, nhiều cư dân bức xúc.\nNgày 22/6/2012, công ty ký hợp đồng; ngày 29/6/2012 công ty nhận tiền.\nNgày 1/3/2016, ngân hàng trả lời.",
			[]string{"hội nghị//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}

// TestRound10NotEvents covers event words used in another sense.
func TestRound10NotEvents(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"giao Ban X: an assignment", "Tin tức\nNgày 19/4, Giáo hội đã giao Ban Hoằng pháp Trung ương xem xét việc này.", nil},
		{"giao ban: a briefing", "Tin tức\nNgày 19/4, Sở Nội vụ tổ chức giao ban công tác tháng 4.", []string{"giao ban/2024-04-19/"}},
		{"Giao ban at the start", "Tin tức\nGiao ban công tác tháng 4 diễn ra ngày 19/4.", []string{"giao ban/2024-04-19/"}},
		{"trung tâm hội nghị: a building", "Tin tức\nNgày 19/4, tỉnh khởi công khu khách sạn, trung tâm hội nghị, mua sắm.", nil},
		{"khen thưởng tổng kết thành tích", "Tin tức\nNgày 19/4, Chính phủ ban hành quy định việc khen thưởng tổng kết thành tích kháng chiến.", nil},
		{"về quê thăm chơi", "Tin tức\nNgày 19/4, em A được ba mẹ dẫn về quê thăm chơi.", nil},
		{"đón tiếp: a team hosting", "Tin tức\nRạng sáng 19/4, Arsenal đón tiếp Leverkusen trên sân nhà.", nil},
		{"tiếp Đại sứ: a reception", "Tin tức\nChiều 19/4, Chủ tịch nước tiếp Đại sứ Nhật Bản.", []string{"tiếp/2024-04-19/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 4, 20), schema.Span{}, c.want, c.name)
	}
}

// TestRound10Partners covers sessions told as held by "đã có" and
// sessions with another partner.
func TestRound10Partners(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"đã có buổi làm việc: held, undated", "Tin tức\nUBND huyện đã có buổi làm việc với Sở Công Thương về chợ.",
			[]string{"làm việc//"}},
		{"two partners, two sessions", "Tin tức\nTrong buổi kiểm tra thực địa và làm việc với UBND huyện A vào ngày 11-9, ông B đã giao chợ cho huyện.\nÔng C cho biết, UBND huyện đã có buổi làm việc với Sở Công Thương.",
			[]string{"làm việc/2024-09-11/", "làm việc//"}},
		{"two receptions", "Tin tức\nChiều 11-9, Chủ tịch nước tiếp Đại sứ Nhật Bản.\nCũng trong chiều 11-9, Chủ tịch nước tiếp Tổng lãnh sự Pháp.",
			[]string{"tiếp/2024-09-11/", "tiếp/2024-09-11/"}},
		// negatives: the same partner, a partner in lower case
		{"the same partner, one session", "Tin tức\nSáng 11-9, Bộ trưởng A làm việc với UBND tỉnh B.\nBộ trưởng đã có buổi làm việc với UBND tỉnh B về đầu tư.",
			[]string{"làm việc/2024-09-11/"}},
		{"a partner in lower case, one session", "Tin tức\nSáng 11-9, Bộ trưởng A làm việc với UBND tỉnh B.\nBộ trưởng đã có buổi làm việc với lãnh đạo tỉnh về đầu tư.",
			[]string{"làm việc/2024-09-11/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 9, 12), schema.Span{}, c.want, c.name)
	}
}

// TestRound10Launch covers the year of a yearless day near the start of a
// period the article opens.
func TestRound10Launch(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"khai giảng năm học", "Tin tức\nSáng 5-9, trường tổ chức lễ khai giảng năm học 2018 - 2019.",
			[]string{"lễ/2018-09-05/"}},
		{"triển khai nhiệm vụ năm Y in January", "Tin tức\nSáng 15-1, Bộ tổ chức hội nghị triển khai nhiệm vụ năm 2019.",
			[]string{"hội nghị/2019-01-15/"}},
		// negative: a day far from the start
		{"a launch far from the day", "Tin tức\nSáng 15-6, Bộ tổ chức hội nghị.\nBộ đã triển khai nhiệm vụ năm 2019.",
			[]string{"hội nghị//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}

// TestRound10Weekday covers a weekday with a day and month in an undated
// article: it fixes the year among those around the one guessed.
func TestRound10Weekday(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		// 23 May 2016 was a Monday; the text writes 2015 most
		{"thứ Hai (23/5) among 2015 dates", "Tin tức\nHôm thứ Hai (23/5), trong chuyến thăm Việt Nam, Tổng thống A tuyên bố.\nVào năm 2015, đầu năm 2015 và tháng 6/2015, hai nước đã ký kết.",
			[]string{"thăm/2016-05-23/"}},
		{"thứ hai, ngày 22/5 (a Sunday in 2016, a Monday in 2017)", "Tin tức\nChiều thứ hai, ngày 22/5, Bộ tổ chức hội nghị.\nNgày 1/6/2016, Bộ có văn bản; ngày 2/6/2016 Bộ trả lời.",
			[]string{"hội nghị/2017-05-22/"}},
		// negatives: no weekday, no year written at all
		{"no weekday: the year guessed", "Tin tức\nChiều 22/5, Bộ tổ chức hội nghị.\nNgày 1/6/2016, Bộ có văn bản; ngày 2/6/2016 Bộ trả lời.",
			[]string{"hội nghị/2016-05-22/"}},
		{"a weekday and no year in the text", "Tin tức\nChiều thứ hai, ngày 22/5, Bộ tổ chức hội nghị.",
			[]string{"hội nghị//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}

// TestRound10Ordinal covers "thứ" + a number after a noun: an ordinal,
// no weekday.
func TestRound10Ordinal(t *testing.T) {
	checkEvents(t, "Tin tức\nTại kỳ họp thứ hai, ngày 22/5, Quốc hội đã thông qua luật.\nNgày 1/6/2016, Bộ có văn bản; ngày 2/6/2016 Bộ trả lời.",
		time.Time{}, schema.Span{}, []string{"kỳ họp/2016-05-22/"}, "kỳ họp thứ hai, ngày 22/5")
}
