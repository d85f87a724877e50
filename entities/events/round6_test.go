package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// TestRound6Rules covers a headline and section label before the paper's
// code, the front matter, a date set off by commas after the event's
// name, planned years, incident sites and an event after another
// (made-up sentences in the style of the Party and state press).
func TestRound6Rules(t *testing.T) {
	jul25 := day(2024, 7, 25)
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// a visit on a working trip
		{"visit on a working trip", "Tin tức\nNgày 23/7, nhân chuyến công tác tại huyện Phước Sơn, Bí thư Tỉnh ủy Lê Văn An đã đến thăm mô hình hợp tác xã.",
			jul25, []string{"thăm/2024-07-23/"}},
		{"visit on a working trip, ở", "Tin tức\nSáng 22/7, nhân chuyến công tác ở huyện Nam Giang, Chủ tịch UBND tỉnh Trần Văn Bình đến thăm Trường Tiểu học xã.",
			jul25, []string{"thăm/2024-07-22/"}},
		// the section label and headline before "(CODE) -"
		{"label, headline, code, dateline", "Tin tức\nKhởi nghiệp - OCOP Bí thư Tỉnh ủy Lê Văn An thăm mô hình hợp tác xã ở Phước Sơn (QNO) - Ngày 23/7, nhân chuyến công tác tại huyện Phước Sơn, Bí thư Tỉnh ủy Lê Văn An cùng lãnh đạo các sở đến thăm mô hình hợp tác xã.",
			jul25, []string{"thăm/2024-07-23/"}},
		{"code, relative dateline", "Tin tức\nThời sự Tỉnh đoàn tặng quà người dân (QNO) - Chiều nay, Tỉnh đoàn tổ chức lễ trao quà cho người dân vùng lũ.",
			jul25, []string{"lễ/2024-07-25/"}},
		// a date set off by commas right after the event's name
		{"dotted date after the name", "Tin tức\nTiếp tục phiên họp thứ 32, sáng 22.4, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật.",
			day(2024, 4, 22), []string{"phiên họp/2024-04-22/"}},
		{"slashed date after a back-reference", "Tin tức\nChủ tịch Quốc hội phát biểu tại phiên họp thứ 32 của Ủy ban Thường vụ Quốc hội, chiều 17-4.",
			day(2024, 4, 18), []string{"phiên họp/2024-04-17/"}},
		{"after the event: the date is what follows", "Tin tức\nSau hội nghị sơ kết, sáng 22/4, đoàn công tác trở về Hà Nội.",
			day(2024, 4, 22), nil},
		{"dotted date in a dateline", "Tin tức\nSáng 22.4, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội tổ chức phiên họp thứ 32.",
			day(2024, 4, 22), []string{"phiên họp/2024-04-22/"}},
		{"a section number, not a date", "Tin tức\nTheo mục 22.4, Ủy ban Thường vụ Quốc hội tổ chức phiên họp thứ 32.",
			day(2024, 4, 22), nil},
		{"no such day", "Tin tức\nTiếp tục phiên họp thứ 32, sáng 31.4, tại Nhà Quốc hội, Ủy ban cho ý kiến.",
			day(2024, 4, 22), nil},
		{"a decimal, not a date", "Tin tức\nTiếp tục phiên họp thứ 32, tỷ lệ 22.4 phần trăm được nêu ra.",
			day(2024, 4, 22), nil},
		{"the date goes on into a clause", "Tin tức\nTiếp tục phiên họp thứ 32, sáng 22/4 Ủy ban cho ý kiến.",
			day(2024, 4, 22), nil},
		{"not in the first clause", "Tin tức\nỦy ban cho biết, hội nghị toàn quốc, sáng 22/4, thông qua báo cáo.",
			day(2024, 4, 22), nil},
		// a planned completion does not give the article its year
		{"planned quarter", "Khởi công cầu Mỹ Lợi\nSáng 3/6, Sở GTVT làm lễ khởi công cầu Mỹ Lợi.\nCông trình dự kiến hoàn thành vào quý I/2018.",
			time.Time{}, []string{"lễ//"}},
		{"report period of the year", "Khởi công cầu Mỹ Lợi\nSáng 3/6, Sở GTVT làm lễ khởi công cầu Mỹ Lợi.\nTrong 5 tháng đầu năm 2016, Sở đã khởi công 3 công trình.",
			time.Time{}, []string{"lễ/2016-06-03/"}},
		{"horizons", "Tin tức\nSáng 3/6, tỉnh tổ chức hội nghị tổng kết.\nTỉnh phấn đấu đến năm 2030 trở thành tỉnh khá; tầm nhìn đến năm 2030 là tỉnh giàu.",
			time.Time{}, []string{"hội nghị tổng kết//"}},
		{"a past range", "Tin tức\nSáng 3/6, tỉnh tổ chức hội nghị tổng kết.\nTừ năm 2010 đến năm 2015, tỉnh đạt nhiều kết quả; năm 2015 tỉnh về đích sớm.",
			time.Time{}, []string{"hội nghị tổng kết/2015-06-03/"}},
		{"a deadline in the sentence", "Tin tức\nSáng 3/6, tỉnh tổ chức hội nghị và yêu cầu báo cáo chậm nhất ngày 12/8/2018.",
			time.Time{}, []string{"hội nghị//"}},
		// the site of an incident is not the venue
		{"incident before the event", "Tin tức\nLiên quan đến vụ việc trụ điện tại dự án đường dây Trực Ninh (Nam Định), chiều 2/6, tại cuộc họp báo Chính phủ, Thứ trưởng Lê Văn An đã trả lời.",
			day(2016, 6, 3), []string{"họp báo/2016-06-02/"}},
		{"incident after the event", "Tin tức\nChiều 2/6, Bộ Giao thông tổ chức họp báo về vụ sập cầu tại Cà Mau.",
			day(2016, 6, 3), []string{"họp báo/2016-06-02/"}},
		{"a venue, then the incident", "Tin tức\nChiều 2/6, tại Nam Định, Bộ Công thương tổ chức họp báo về vụ việc.",
			day(2016, 6, 3), []string{"họp báo/2016-06-02/Nam Định"}},
		// an event after another: the day of the one it follows, another event
		{"a ceremony after a ceremony", "Tin tức\nSáng 2/9, Đảng ủy xã tổ chức lễ dâng hương tưởng nhớ Chủ tịch Hồ Chí Minh.\nSau lễ dâng hương, Đảng ủy xã trang trọng tổ chức lễ giỗ Bác Hồ.",
			day(2024, 9, 2), []string{"lễ/2024-09-02/", "lễ/2024-09-02/"}},
		{"a visit after a ceremony", "Tin tức\nSáng 2/9, Đảng ủy xã tổ chức lễ dâng hương tưởng nhớ Chủ tịch Hồ Chí Minh.\nSau buổi lễ, đoàn đại biểu đã đến thăm gia đình chính sách.",
			day(2024, 9, 2), []string{"lễ/2024-09-02/", "thăm/2024-09-02/"}},
		// a meeting named by the verb, then a sitting: one meeting
		{"họp, then the sitting", "Tin tức\nChủ tịch Quốc hội chủ trì họp về dự án Luật Quy hoạch.\nBộ trưởng Trần Văn Bình phát biểu tại phiên họp.",
			day(2024, 4, 22), []string{"phiên họp//"}},
		{"họp, then a press conference", "Tin tức\nChủ tịch Quốc hội chủ trì họp về dự án Luật Quy hoạch.\nBộ trưởng Trần Văn Bình phát biểu tại buổi họp báo.",
			day(2024, 4, 22), []string{"họp//", "họp báo//"}},
		{"after an event, mid-sentence", "Tin tức\nHai lãnh đạo mới đã được bổ nhiệm sau đại hội cổ đông thường niên của Tổng công ty vào ngày 23/5.",
			day(2016, 5, 24), []string{"đại hội/2016-05-23/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// The front matter is metadata: its headline ("chủ trì họp về dự án
// Luật ...") makes no meeting besides the body's.
func TestFrontMatter(t *testing.T) {
	text := "---\nlayout: post\ntitle: \" [Chủ tịch Quốc hội] Chủ tịch Quốc hội Lê Văn An chủ trì họp về dự án Luật Quy hoạch\"\ndate: Mon, 22 Apr 2024 02:00:00 +0700\n---\n" +
		"[Chủ tịch Quốc hội Lê Văn An chủ trì họp về dự án Luật Quy hoạch](https://example.vn/a.html)\n\n" +
		"Tiếp tục phiên họp thứ 32, sáng 22.4, tại Nhà Quốc hội, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật Quy hoạch.\n\n" +
		"Bộ trưởng Trần Văn Bình phát biểu tại phiên họp."
	title := schema.Span{Start: len("---\nlayout: post\ntitle: \" [Chủ tịch Quốc hội] ")}
	title.End = title.Start + len("Chủ tịch Quốc hội Lê Văn An chủ trì họp về dự án Luật Quy hoạch")
	checkEvents(t, text, day(2024, 4, 22), title, []string{"phiên họp/2024-04-22/"}, "front matter")
	assert.Equal(t, 48, frontMatterEnd("---\nlayout: post\ntitle: \"x\"\ndate: y\nabc: def\n---\n"))
	assert.Equal(t, 0, frontMatterEnd("title: x\n---\n"))
}

// bodyStart skips a headline closed by the paper's code and a dash only
// before a dateline.
func TestBodyStart(t *testing.T) {
	cases := []struct {
		text, body string // body: the text from the body's first token, "" for none
	}{
		{"Khởi nghiệp - OCOP Bí thư thăm hợp tác xã (QNO) - Ngày 23/7, Bí thư đến thăm.", "Ngày 23/7, Bí thư đến thăm."},
		{"Tặng quà người dân (NLĐO) – Sáng 4/11, đoàn đến thăm.", "Sáng 4/11, đoàn đến thăm."},
		{"Tặng quà người dân (QNO) - Chiều nay, đoàn đến thăm.", "Chiều nay, đoàn đến thăm."},
		{"Phòng Cảnh sát giao thông (CSGT) - Công an tỉnh ngày 23/7 đến thăm.", ""},
		{"Tặng quà (Dân trí) - Ngày 23/7, đoàn đến thăm.", ""},
		{"Tặng quà (QNO) - ", ""},
	}
	w := lists()
	for _, c := range cases {
		toks := token.Tokenize(c.text)
		b := bodyStart(c.text, w, toks, 0, len(toks))
		if c.body == "" {
			assert.Equal(t, 0, b, c.text)
			continue
		}
		if assert.Greater(t, b, 0, c.text) {
			assert.Equal(t, c.body, c.text[toks[b].Start:], c.text)
		}
	}
}
