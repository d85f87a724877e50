package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestRound21Closed covers a numbered event told as the subject of "bế
// mạc" (it closed: held, as "khai mạc"), its date after the verb; not
// when the closing is to come (made-up sentences in the style of the
// press).
func TestRound21Closed(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a plenum closed", "Tin tức\nHội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh, khoá 20, đã bế mạc vào chiều 14/3 sau hai ngày làm việc.",
			[]string{"hội nghị/2024-03-14/"}},
		{"a session closed", "Tin tức\nKỳ họp thứ 12 HĐND thành phố đã bế mạc chiều 14/3.",
			[]string{"kỳ họp/2024-03-14/"}},
		{"a closing to come", "Tin tức\nHội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh sẽ bế mạc vào chiều 16/3.",
			nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 3, 15), schema.Span{}, c.want, c.name)
	}
}

// TestRound21Visited covers an act done where a motion verb took the actor
// ("đến <place> kiểm tra ..."): the province closing the verb's object
// right before the act is the event's place; "đã" before the verb tells
// the trip made; a head act ("giám sát") is headed by the trip as by "đến
// giám sát"; two trips to two provinces are two events. Not the speaker's
// own trip, nor a province that does not close the object (made-up
// sentences in the style of the press).
func TestRound21Visited(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a school in a city", "Tin tức\nSáng 14/3, Phó Chủ tịch tỉnh A đến trường tiểu học B ở huyện Mỹ Tú, tỉnh Sóc Trăng kiểm tra công tác phòng dịch.",
			[]string{"kiểm tra/2024-03-14/Sóc Trăng"}},
		{"a head act", "Tin tức\nChiều 14/3, Chủ tịch Ủy ban A về Hà Tĩnh giám sát việc thi công cầu.",
			[]string{"giám sát/2024-03-14/Hà Tĩnh"}},
		{"two trips, undated", "Tin tức\nBộ trưởng A đã đến Bắc Kạn kiểm tra tình hình sạt lở.\nÔng cũng đã đến Cao Bằng kiểm tra tình hình sạt lở ở vùng cao.",
			[]string{"kiểm tra//Bắc Kạn", "kiểm tra//Cao Bằng"}},
		// negatives
		{"the speaker's trip", "Tin tức\nÔng A kể: chúng tôi đã đến Cao Bằng kiểm tra tình hình sạt lở.",
			nil},
		{"no province closing the object", "Tin tức\nBộ trưởng A đã đến Cao Bằng và sau đó kiểm tra tình hình sạt lở.",
			nil},
		{"a trip not told as made", "Tin tức\nBộ trưởng A dự định đến Cao Bằng kiểm tra tình hình sạt lở.",
			nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 3, 15), schema.Span{}, c.want, c.name)
	}
}

// TestRound21YearOfNoun covers an undated article's yearless day whose
// sentence names a whole year after a noun ("kỳ thi tuyển viên chức năm
// 2023"): the day falls in that year; not a year in a time phrase of its
// own ("giữa năm 2020", "vào năm 2002"), nor a planned one (made-up
// sentences in the style of the press).
func TestRound21YearOfNoun(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"the year of an exam", "Tin tức\nNgày 19/12, phát biểu tại kỳ họp HĐND tỉnh, Chủ tịch tỉnh đã nói về kỳ thi tuyển viên chức năm 2023.",
			[]string{"kỳ họp/2023-12-19/"}},
		{"the year of a meeting's series", "Tin tức\nNgày 20/9, tại cuộc họp lần thứ 8 năm 2022 của Ủy ban, các thành viên đã thống nhất báo cáo.",
			[]string{"họp/2022-09-20/"}},
		// negatives
		{"mid-year", "Tin tức\nNgày 19/12, phát biểu tại kỳ họp HĐND tỉnh, Chủ tịch tỉnh nhắc lại sự cố xảy ra giữa năm 2020.",
			[]string{"kỳ họp//"}},
		{"a year after vào", "Tin tức\nNgày 19/12, tại kỳ họp HĐND tỉnh, Chủ tịch tỉnh cho biết dự án được duyệt vào năm 2002.",
			[]string{"kỳ họp//"}},
		{"a planned year", "Tin tức\nNgày 19/12, tại kỳ họp HĐND tỉnh, các đại biểu thông qua kế hoạch năm 2024.",
			[]string{"kỳ họp//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}
