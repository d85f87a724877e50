package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestRound22Round covers "đợt" (a round), a classifier of events as
// "buổi" is ("đợt kiểm tra"), and "qua" opening its clause before an
// event's name ("Qua đợt kiểm tra ... ngày 9-5, Hội đồng đánh giá ..."):
// the date after the name is the event's own; not "qua" inside a clause
// nor "kiểm tra" alone, an activity (made-up sentences in the style of
// the press).
func TestRound22Round(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"through a round", "Tin tức\nQua đợt kiểm tra hiện trường ngày 9-3, Hội đồng thẩm định đánh giá con đê đạt yêu cầu.",
			[]string{"kiểm tra/2024-03-09/"}},
		{"during a round", "Tin tức\nTrong đợt kiểm tra hiện trường ngày 9-3, đoàn công tác phát hiện nhiều sai sót.",
			[]string{"kiểm tra/2024-03-09/"}},
		{"a round, dated before", "Tin tức\nNgày 9-3, Sở Xây dựng đã có đợt kiểm tra công tác thi công tại dự án.",
			[]string{"kiểm tra/2024-03-09/"}},
		// negatives
		{"an activity", "Tin tức\nQua kiểm tra, lực lượng chức năng phát hiện 20 bao hàng lậu.",
			nil},
		{"a round to come", "Tin tức\nSở Xây dựng sẽ có đợt kiểm tra công tác thi công vào ngày 20-3.",
			nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 3, 15), schema.Span{}, c.want, c.name)
	}
}

// TestRound22FestivalDay covers "Ngày hội" (a festival day) held as an
// event when named, a capitalized word right after it ("về dự Ngày hội
// Đại đoàn kết toàn dân tộc tại ..."); not the figure of speech, lower-case
// after it ("ngày hội bóng đá lớn nhất"), nor the years since it ("35 năm
// Ngày hội ..."), nor the custom told with the day it recurs on ("được tổ
// chức vào ngày 18/11 hàng năm") (made-up sentences in the style of the
// press).
func TestRound22FestivalDay(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a festival day attended", "Tin tức\nNgày 12/3, Chủ tịch Quốc hội A đã về dự Ngày hội Đại đoàn kết toàn dân tộc tại xã B, huyện C, tỉnh Nghệ An.",
			[]string{"ngày hội/2024-03-12/Nghệ An"}},
		// negatives
		{"a figure of speech", "Tin tức\nNgày 12/3, đội tuyển A đã giành vé dự ngày hội bóng đá lớn nhất châu Âu.",
			nil},
		{"the years since it", "Tin tức\nNgày 12/3, lãnh đạo tỉnh thăm đơn vị nhân kỷ niệm 35 năm Ngày hội Quốc phòng toàn dân.",
			[]string{"thăm/2024-03-12/"}},
		{"a custom", "Tin tức\nTheo sáng kiến của Mặt trận, Ngày hội Đại đoàn kết toàn dân tộc được tổ chức vào ngày 18/11 hàng năm.",
			nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 3, 15), schema.Span{}, c.want, c.name)
	}
}

// TestRound22FrontedPlan covers, in an undated article, a period of the
// first months of a year that opens a clause told in the future ("trong
// tháng 12 / 2016 và quý 1 năm 2017, Sở sẽ ..."): the time of a
// commitment, not the article's year; the month written with the slash
// spaced, as in word-segmented text, gives the yearless day near it its
// year (made-up sentences in the style of the press).
func TestRound22FrontedPlan(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a commitment", "Tin tức\nPhát biểu tại kỳ họp HĐND tỉnh Nam Định chiều 7/12, Chủ tịch HĐND A yêu cầu giải quyết dứt điểm.\nGiám đốc Sở Y tế hứa trong tháng 12 / 2015 và quý 1 năm 2016, Sở sẽ hoàn thành việc sửa chữa.",
			[]string{"kỳ họp/2015-12-07/"}},
		{"the first months reported", "Tin tức\nPhát biểu tại kỳ họp HĐND tỉnh Nam Định chiều 7/7, Chủ tịch HĐND A cho biết trong 6 tháng đầu năm 2016, tỉnh đã thu ngân sách vượt kế hoạch.",
			[]string{"kỳ họp/2016-07-07/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}

// TestRound22ReviewNamed covers a generic meeting whose kind a review
// completes after its modifiers ("hội nghị toàn quốc tổng kết 10 năm thực
// hiện Luật X"): the review is part of the name, not another event word
// that ends it, so the day and the place after the name's complement are
// the meeting's (made-up sentences in the style of the press).
func TestRound22ReviewNamed(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"day and place after the name", "Tin tức\nTại hội nghị toàn quốc tổng kết 5 năm thực hiện Luật đất đai sáng 12/3 ở Hà Nội, Bộ trưởng A đã báo cáo.",
			[]string{"hội nghị tổng kết/2024-03-12/Hà Nội"}},
		{"place after the name", "Tin tức\nSáng 12/3, phát biểu tại hội nghị trực tuyến sơ kết 6 tháng thực hiện Chỉ thị 05 tại Đà Nẵng, Bộ trưởng A cho biết kết quả khả quan.",
			[]string{"hội nghị sơ kết/2024-03-12/Đà Nẵng"}},
		// negatives
		{"a place in another clause", "Tin tức\nSáng 12/3, tại hội nghị toàn quốc tổng kết công tác năm 2023, Bộ trưởng A cho biết các trường ở Huế đã hoàn thành.",
			[]string{"hội nghị tổng kết/2024-03-12/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 3, 15), schema.Span{}, c.want, c.name)
	}
}

// TestRound22SinceYear covers, in an undated article, a year after "từ"
// ("từ năm 2012 đến nay"): the start of a span the text looks back over,
// not the article's year, so it does not count toward the year the
// article states most (made-up sentences in the style of the press).
func TestRound22SinceYear(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a span looked back over", "Tin tức\nTại hội nghị tổng kết công tác thanh tra sáng 12/7 ở Hà Nội, Tổng thanh tra A báo cáo kết quả.\nTừ năm 2012 đến nay, cả nước đã thu hồi 500 tỷ đồng.\nNăm 2012, Chính phủ ban hành nghị định về tặng quà.",
			[]string{"hội nghị tổng kết//Hà Nội"}},
		{"the year stated", "Tin tức\nTại hội nghị tổng kết công tác thanh tra sáng 12/7 ở Hà Nội, Tổng thanh tra A báo cáo kết quả.\nTrong năm 2016, cả nước đã thu hồi 500 tỷ đồng.\nNăm 2016, Chính phủ ban hành nghị định về tặng quà.",
			[]string{"hội nghị tổng kết/2016-07-12/Hà Nội"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}

// TestRound22TargetYear covers, in an undated article, the year something
// is set for: after "cho" ("các chỉ tiêu đưa ra cho năm 2016", class
// yearprep: no year of the noun before it), a noun of what is planned,
// "của" between ("các chỉ tiêu của năm 2016"), or the noun alone with a
// future marker after ("Kế hoạch năm 2016 sẽ ..."): a target's year, neither
// the year of the day in its sentence nor one counted toward the year the
// article states most (made-up sentences in the style of the press).
func TestRound22TargetYear(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"targets set for next year", "Tin tức\nTại kỳ họp HĐND tỉnh Bình Dương chiều 8/12, đại biểu A hỏi vì sao các chỉ tiêu đưa ra cho năm 2016 không có chỉ tiêu về môi trường.\nÔng A nói thêm, các chỉ tiêu của năm 2016 cần được sửa.\nKế hoạch năm 2016 sẽ tập trung xử lý rác.\nCả năm 2015 tỉnh chỉ xử lý được 2 điểm ô nhiễm.\nTrong năm 2015, lượng rác tăng rất nhanh.",
			[]string{"kỳ họp/2015-12-08/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}
