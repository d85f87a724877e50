package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/vnpol/vnpol/entities/timex"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// TestRound7Rules covers a meeting named in a frame with its date after
// it, a meeting verb after "Sau khi <body>", a ceremony introduced by
// "Trước đó", an award handed over, a year from a full date a few days
// away and a lead behind the source's tag (made-up sentences in the style
// of the Party and state press).
func TestRound7Rules(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// a frame before the name, "ngày" and the date after it
		{"trong cuộc họp ngày", "Tin tức\nNghị quyết được Ban Thường vụ Tỉnh ủy thông qua trong cuộc họp ngày 12/3 tại trụ sở Tỉnh ủy.",
			day(2024, 3, 20), []string{"họp/2024-03-12/"}},
		{"Tại phiên ... ngày, a topic between", "Tin tức\nTại phiên thảo luận về giáo dục - đào tạo ngày 05/11/2024, các đại biểu đã nêu nhiều ý kiến.",
			day(2024, 11, 12), []string{"phiên thảo luận/2024-11-05/"}},
		{"tại after a verb: where to report", "Tin tức\nĐề nghị Sở hoàn thiện đề án, báo cáo Ủy ban tại phiên họp ngày 18/3/2024.",
			day(2024, 3, 20), nil},
		{"a verb between the name and the date", "Tin tức\nTrong cuộc họp đã thống nhất ngày 18/3/2024 là hạn chót.",
			day(2024, 3, 20), nil},
		// a meeting verb in a clause opened by "Sau khi" and a body
		{"Sau khi <body> họp", "Tin tức\nSau khi Ban Thường vụ Huyện ủy họp và nghe báo cáo, Huyện ủy đã có chỉ đạo chung.",
			day(2024, 3, 20), []string{"họp//"}},
		{"Sau khi họp, no body", "Tin tức\nSau khi họp xong, các đại biểu ra về.",
			day(2024, 3, 20), nil},
		// "Trước đó" and a ceremony reported as held: another one, that day
		{"Trước đó, a ceremony held", "Tin tức\nSáng 2/9, Đảng ủy xã tổ chức Lễ kỷ niệm Quốc khánh.\nTrước đó, tại nhà bia tưởng niệm, các đại biểu đã thực hiện lễ dâng hương.",
			day(2024, 9, 2), []string{"lễ kỷ niệm/2024-09-02/", "lễ/2024-09-02/"}},
		{"Trước đó, a visit after đã", "Tin tức\nChiều 10/6, Chủ tịch nước làm việc với Ban Thường vụ Tỉnh ủy.\nTrước đó, Chủ tịch nước đã đến thăm Công an xã Trường Sơn.",
			day(2024, 6, 11), []string{"làm việc/2024-06-10/", "thăm/2024-06-10/"}},
		{"Trước đó, a back-reference", "Tin tức\nSáng 2/9, xã tổ chức hội nghị tổng kết.\nTrước đó, hội nghị đã nghe báo cáo.",
			day(2024, 9, 2), []string{"hội nghị tổng kết/2024-09-02/"}},
		// an award handed over
		{"trao thưởng", "Tin tức\nSáng 27/5, Giám đốc Công an tỉnh trao thưởng cho 8 cán bộ.",
			day(2024, 5, 28), []string{"trao thưởng/2024-05-27/"}},
		// the year of a full date a few days away, in an undated article
		{"a full date six days before", "Tin tức\nSáng 27/5, Giám đốc Công an tỉnh trao thưởng cho tổ công tác.\nKhoảng 22 giờ ngày 21/5/2016, tổ công tác bắt giữ một xe tải.",
			time.Time{}, []string{"trao thưởng/2016-05-27/"}},
		{"a full date months away", "Tin tức\nSáng 27/5, Giám đốc Công an tỉnh trao thưởng cho tổ công tác.\nKhoảng 22 giờ ngày 21/1/2016, tổ công tác bắt giữ một xe tải.",
			time.Time{}, []string{"trao thưởng//"}},
		// a lead behind the source's tag gives its date and place
		{"source tag, lead, then the event", "Tin tức\n(Baochinhphu.vn) - Sáng 3/12, tại Hà Nội, Chủ tịch nước Lê Văn An, Trưởng Ban chỉ đạo ...\n\nChủ tịch nước phát biểu tại cuộc làm việc.",
			day(2024, 12, 3), []string{"làm việc/2024-12-03/Hà Nội"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// sourceTagEnd skips "(Site.vn) -" only.
func TestSourceTagEnd(t *testing.T) {
	for text, after := range map[string]string{
		"(Chinhphu.vn) - Sáng 3/12, tại Hà Nội": "Sáng 3/12, tại Hà Nội",
		"(TTXVN) – Ngày 5/6, đoàn đến thăm":     "Ngày 5/6, đoàn đến thăm",
		"(Ảnh: A) Ngày 5/6, đoàn đến thăm":      "",
		"(1) - Ngày 5/6": "",
		"() - Ngày 5/6":  "",
		"Ngày 5/6, (TTXVN) - đoàn đến thăm": "",
	} {
		toks := token.Tokenize(text)
		b := sourceTagEnd(toks, 0, len(toks))
		if after == "" {
			assert.Equal(t, 0, b, text)
			continue
		}
		if assert.Greater(t, b, 0, text) {
			assert.Equal(t, after, text[toks[b].Start:], text)
		}
	}
}

// nearbyYear takes the year of a full date within a week, across a new year too.
func TestNearbyYear(t *testing.T) {
	full := func(vs ...string) []timex.Date {
		var ds []timex.Date
		for _, v := range vs {
			ds = append(ds, timex.Date{Value: v})
		}
		return ds
	}
	assert.Equal(t, "2016", nearbyYear("05-27", full("2016-05-21")))
	assert.Equal(t, "2017", nearbyYear("01-02", full("2016-12-30")))
	assert.Equal(t, "2015", nearbyYear("12-30", full("2016-01-03")))
	assert.Equal(t, "", nearbyYear("05-27", full("2016-01-21")))
	assert.Equal(t, "", nearbyYear("02-30", full("2016-02-27")))
	assert.Equal(t, "", nearbyYear("05-27", nil))
}

// "tổ chức" before a noun of organizations is one ("tổ chức tín dụng"),
// not the verb of holding: it gives no organizer.
func TestHeldNounAfter(t *testing.T) {
	w := lists()
	for text, held := range map[string]bool{
		"Đối với tổ chức tín dụng, đại hội cổ đông quyết định": false,
		"kiện toàn tổ chức bộ máy của hội nghị":                false,
		"Tỉnh ủy tổ chức hội nghị tổng kết":                    true,
		"Tỉnh ủy tổ chức Đại hội":                              true,
	} {
		toks := token.Tokenize(text)
		found := false
		for j := range toks {
			if _, ok := heldAt(w, toks, 0, j); ok {
				found = true
			}
		}
		assert.Equal(t, held, found, text)
	}
	ms := run("Tin tức\nSáng 5/4, tại Hà Nội, đại hội cổ đông thường niên đã diễn ra. Đối với tổ chức tín dụng, đại hội cổ đông quyết định cổ tức.", day(2024, 4, 6), schema.Span{})
	if assert.Len(t, ms, 1) {
		assert.Nil(t, ms[0].Organizer)
	}
}
