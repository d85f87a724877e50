package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestRound17FuneralCommitteeAssemblyDebate covers two event words read
// across a word's edge: a funeral committee ("Ban lễ tang") is a body, not
// a funeral; the assembly debating ("Quốc hội thảo luận") is a debate, not a
// workshop (made-up sentences in the style of the press).
func TestRound17FuneralCommitteeAssemblyDebate(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a funeral committee", "Tin tức\nNgày 6/6, Bộ Chính trị quyết định thành lập Ban lễ tang gồm 30 người.", nil},
		{"its head", "Tin tức\nSáng 6/6, đồng chí A làm Trưởng Ban Lễ tang Nhà nước.", nil},
		{"the assembly debates", "Tin tức\nNgày 6/6, đại biểu Quốc hội thảo luận dự án Luật Đất đai (sửa đổi).",
			[]string{"thảo luận/2024-06-06/"}},
		{"the assembly proceeds to questions", "Tin tức\nNgày 6/6, tiếp tục chương trình Kỳ họp thứ 7, Quốc hội tiến hành chất vấn Bộ trưởng Bộ Y tế.",
			[]string{"chất vấn/2024-06-06/"}},
		// negatives: a funeral held; a workshop; a debate planned; questions put in the past
		{"a funeral held", "Tin tức\nSáng 6/6, tại Nhà tang lễ Quốc gia, lễ tang ông A được tổ chức trọng thể.",
			[]string{"lễ/2024-06-06/"}},
		{"a workshop", "Tin tức\nSáng 6/6, Văn phòng Quốc hội tổ chức hội thảo về Luật Đất đai.",
			[]string{"hội thảo/2024-06-06/"}},
		{"a debate planned", "Tin tức\nDự án luật dự kiến trình Quốc hội thảo luận lần đầu tại kỳ họp tới.", nil},
		{"questions put before", "Tin tức\nVấn đề này đã được đại biểu Quốc hội chất vấn nhiều lần tại nghị trường.", nil},
		{"questions to come", "Tin tức\nNgày 6/6, Quốc hội sẽ tiến hành chất vấn Bộ trưởng Bộ Y tế.", nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 8), schema.Span{}, c.want, c.name)
	}
}

// TestRound17PlannedDay covers a day the text has put to come after an
// event word ("Tang lễ ... sẽ diễn ra trong ngày 3/5"): a later sentence
// dated on it spells out the plan; one that reports its event held, or is
// dated on another day, is an event (made-up sentences in the style of the
// press, in an article without a date).
func TestRound17PlannedDay(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a funeral's timetable", "Tin tức\nLễ tang ông A sẽ diễn ra trong ngày 3/5 tại Hà Nội.\nLễ viếng ông A bắt đầu từ 7h đến 11h, lễ truy điệu từ 11h ngày 3/5, tại Nhà tang lễ Quốc gia; lễ an táng từ 17h cùng ngày.", nil},
		{"a session's programme", "Tin tức\nHội nghị sẽ diễn ra trong ngày 20/5 tại Hà Nội.\nPhiên họp thứ nhất bắt đầu từ 8h ngày 20/5, phiên họp thứ hai từ 14h cùng ngày.", nil},
		// negatives: held on that day; another day
		{"held on that day", "Tin tức\nLễ tang ông A sẽ diễn ra trong ngày 3/5 tại Hà Nội.\nSáng 3/5, Ban tổ chức đã tổ chức lễ viếng ông A.",
			[]string{"lễ//"}},
		{"another day", "Tin tức\nLễ tang ông A sẽ diễn ra trong ngày 3/5 tại Hà Nội.\nLễ viếng ông A bắt đầu từ 7h đến 11h, lễ truy điệu từ 11h ngày 2/5, tại Nhà tang lễ Quốc gia; lễ an táng từ 17h cùng ngày.",
			[]string{"lễ//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, time.Time{}, schema.Span{}, c.want, c.name)
	}
}

// TestRound17NextAct covers a sentence opened by "Tiếp đó"/"Sau đó" that
// reports as held an act of the kind of the last event: a second event on
// its day; not an act of another kind, nor one not reported as held (made-up
// sentences in the style of the press).
func TestRound17NextAct(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a second visit", "Tin tức\nSáng 2/9, Tổng Bí thư A đã tới thăm gia đình cố nhạc sĩ B.\nÔng A tặng gia đình bức chân dung.\nTiếp đó, Tổng Bí thư A đã tới thăm gia đình cố họa sĩ C.",
			[]string{"thăm/2024-09-02/", "thăm/2024-09-02/"}},
		{"after that", "Tin tức\nSáng 2/9, Bộ trưởng A đã đến thăm Bệnh viện tỉnh.\nSau đó, Bộ trưởng đã đến thăm gia đình chính sách ở xã B.",
			[]string{"thăm/2024-09-02/", "thăm/2024-09-02/"}},
		// negatives: no opener; a back-reference
		{"no opener", "Tin tức\nSáng 2/9, Tổng Bí thư A đã tới thăm gia đình cố nhạc sĩ B.\nTổng Bí thư A đã tới thăm gia đình và tặng quà.",
			[]string{"thăm/2024-09-02/"}},
		{"a back-reference", "Tin tức\nSáng 2/9, Bộ trưởng A đã đến thăm Bệnh viện tỉnh.\nSau đó, tại buổi thăm, Bộ trưởng đề nghị bệnh viện nâng cao chất lượng.",
			[]string{"thăm/2024-09-02/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 9, 3), schema.Span{}, c.want, c.name)
	}
}
