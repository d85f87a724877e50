package events

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

func run(text string, ref time.Time, title schema.Span) []schema.Meeting {
	return Find(Input{Text: text, Tokens: token.Tokenize(text), Sentences: segment.Sentences(text), Date: ref, Title: title})
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// short renders a meeting as kind/date/province.
func short(m schema.Meeting) string {
	s := m.Kind + "/" + m.Date + "/"
	if m.Location != nil {
		s += m.Location.Province
	}
	return s
}

// checkEvents runs the recognizer on text and checks the events found, as
// short strings (kind/date/province), against want, and their spans.
func checkEvents(t *testing.T, text string, ref time.Time, title schema.Span, want []string, msg string) {
	t.Helper()
	ms := run(text, ref, title)
	checkSpans(t, text, ms)
	var got []string
	for _, m := range ms {
		got = append(got, short(m))
	}
	assert.Equal(t, want, got, msg)
}

func checkSpans(t *testing.T, text string, ms []schema.Meeting) {
	t.Helper()
	for _, m := range ms {
		if m.Span != nil {
			require.Equal(t, m.Name, text[m.Span.Start:m.Span.End])
		}
		if m.Location != nil {
			require.Equal(t, m.Location.Text, text[m.Location.Span.Start:m.Location.Span.End])
		}
		if m.Organizer != nil {
			require.Equal(t, m.Organizer.Text, text[m.Organizer.Span.Start:m.Organizer.Span.End])
		}
		if m.Period != nil && m.Period.Span != nil {
			require.Equal(t, m.Period.Text, text[m.Period.Span.Start:m.Period.Span.End])
		}
		for _, mb := range m.Members {
			require.True(t, mb.Span.Start >= 0 && mb.Span.End <= len(text) && mb.Span.Start < mb.Span.End)
		}
	}
}

func TestSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	text := string(b)
	ms := run(text, day(2020, 7, 26), schema.Span{Start: 27, End: 138})
	checkSpans(t, text, ms)
	require.Len(t, ms, 1)
	m := ms[0]
	assert.Equal(t, "sơ kết/2020-07-25/Sóc Trăng", short(m))
	require.NotNil(t, m.Organizer)
	assert.Equal(t, "Cụm thi đua số 5 Ngành Tổ chức xây dựng Đảng", m.Organizer.Text)
	require.NotNil(t, m.Period)
	assert.Equal(t, "6 tháng đầu năm 2020", m.Period.Text)
	assert.Equal(t, "2020-01-01", m.Period.Start)
	assert.Equal(t, "2020-06-30", m.Period.End)
	var names []string
	for _, mb := range m.Members {
		names = append(names, mb.Name)
		assert.Equal(t, mb.Name, strings.TrimPrefix(text[mb.Span.Start:mb.Span.End], "TP. "))
		assert.NotEmpty(t, mb.Code)
	}
	assert.Equal(t, []string{"Bạc Liêu", "Đồng Tháp", "Trà Vinh", "Sóc Trăng", "Bến Tre", "An Giang",
		"Kiên Giang", "Hậu Giang", "Cà Mau", "Vĩnh Long", "Cần Thơ"}, names)
}

func TestDevArticles(t *testing.T) {
	cases := []struct {
		file  string
		ref   time.Time
		title schema.Span
		want  []string
	}{
		// venue with its province; a past session ("ngày 18-2, tại kỳ họp"); a
		// planned one ("sẽ họp kỳ họp thứ 21 ... ngày mai") left out
		{"dev014.txt", day(2025, 2, 19), schema.Span{Start: 205, End: 291}, []string{"hội nghị/2025-02-19/Hồ Chí Minh", "kỳ họp/2025-02-18/"}},
		// two events the same day: "Sáng cùng ngày, Tỉnh ủy ... tổ chức Hội nghị"
		{"dev024.txt", day(2024, 12, 10), schema.Span{Start: 181, End: 247}, []string{"kỳ họp/2024-12-10/", "hội nghị/2024-12-10/"}},
		// no article date: the year of "hôm nay 16-5" from "sáng 16-5-2019"
		// later in the text; the place from the sentence "từ 16 đến 18-5, tại Hà Nội, ... họp"
		{"dev026.txt", time.Time{}, schema.Span{Start: 0, End: 99}, []string{"hội nghị/2019-05-16/Hà Nội", "họp//"}},
		// a back-reference ("tại buổi làm việc") and a second visit "Chiều cùng ngày"
		{"dev001.txt", time.Time{}, schema.Span{Start: 0, End: 91}, []string{"làm việc//", "làm việc//"}},
		// no article date: the year from "ngay trong năm 2016"
		{"dev010.txt", time.Time{}, schema.Span{Start: 0, End: 82}, []string{"hội nghị/2016-06-03/"}},
	}
	for _, c := range cases {
		b, err := os.ReadFile("testdata/" + c.file)
		require.NoError(t, err)
		text := string(b)
		checkEvents(t, text, c.ref, c.title, c.want, c.file)
	}
}

func TestSentences(t *testing.T) {
	ref := day(2020, 8, 31) // after every dated event below: a later day is not yet held
	cases := []struct {
		text string
		want []string
	}{
		{"Tin tức\nNgày 25-7-2020, tại TP. Sóc Trăng, Cụm thi đua số 5 tổ chức sơ kết hoạt động 6 tháng đầu năm 2020.", []string{"sơ kết/2020-07-25/Sóc Trăng"}},
		{"Tin tức\nSáng 15/8, tại Hà Nội, Ban Tuyên giáo Trung ương tổ chức hội nghị báo cáo viên.", []string{"hội nghị/2020-08-15/Hà Nội"}},
		{"Tin tức\nTrong hai ngày 20 và 21/8/2019, tại thành phố Hà Giang, Hội Luật gia tỉnh Hà Giang đã tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2019-2024.", []string{"đại hội/2019-08-20/Hà Giang"}},
		{"Tin tức\nChiều 20/7, Đảng bộ tỉnh tổ chức lễ kỷ niệm 90 năm Ngày thành lập (1930 - 2020).", []string{"lễ kỷ niệm/2020-07-20/"}},
		// future, planned and referenced events are not reported
		{"Tin tức\nNgày 30/7, tỉnh sẽ tổ chức Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV.", nil},
		{"Tin tức\nNgày 20/7, các cấp ủy chuẩn bị đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng.", nil},
		{"Tin tức\nNgày 20/7, Ban Thường vụ quán triệt Nghị quyết Đại hội XII của Đảng.", nil},
		{"Tin tức\nBáo cáo Bộ Chính trị tại phiên họp ngày 18/02/2025.", nil},
		{"Tin tức\nĐại hội xác định thực hiện kết luận số 19-KL/TW ngày 23/5/2012 của Ban Bí thư.", nil},
		{"", nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, ref, schema.Span{}, c.want, c.text)
	}
}

func TestModifiers(t *testing.T) {
	text := "Tin tức\nSáng 3/6, Chính phủ tổ chức hội nghị trực tuyến toàn quốc về bảo hiểm y tế."
	ms := run(text, day(2016, 6, 3), schema.Span{})
	require.Len(t, ms, 1)
	assert.Equal(t, []string{"trực tuyến", "toàn quốc"}, ms[0].Modifiers)
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Tin tức\nNgày 25-7-2020, tại TP. Sóc Trăng, Cụm thi đua số 5 (gồm 11 ban là Bạc Liêu, Cà Mau và Cần Thơ) tổ chức sơ kết.",
		"Chiều cùng ngày, làm việc với", "Tại hội nghị", "họp kỳ 7 và 8-8", "lễ (", "tại", "là Hà Nội, và",
		"Ngày 13/11, tại xã A, huyện B, tỉnh (Gia Lai.\nBuổi tiếp xúc", "Quyết định số 1/QĐ-, ngày 1/1/2020 buổi lễ", "dự Lễ đón Đoàn giám sát", "ngày 5/",
		"Đúng 13 giờ 30 phút ngày 27-12, tại Nhà A (số 5 B, Hà Nội), C ...\nD điều hành Lễ truy điệu.\nLễ an táng diễn ra cùng ngày tại E, Hà Nội",
		"Sáng 4/6, Đoàn Kiểm tra số 2 đã ...\nphát biểu tại cuộc làm việc", "hội nghị tại X, Hà Nội", "tại ,",
		"---\ntitle: họp\n---\nA (QNO) - Ngày 2/3, thăm", "(QNO) - ", "phiên họp thứ 3, sáng 22.4", "Sau lễ, tổ chức lễ giỗ", "vụ việc tại X, chiều 2/6, tại cuộc họp báo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ref := range []time.Time{{}, day(2020, 7, 26)} {
			ms := run(s, ref, schema.Span{})
			for _, m := range ms {
				if m.Span != nil && (m.Span.Start < 0 || m.Span.End > len(s) || s[m.Span.Start:m.Span.End] != m.Name) {
					t.Fatalf("bad span %+v", m)
				}
				if m.Location != nil && s[m.Location.Span.Start:m.Location.Span.End] != m.Location.Text {
					t.Fatalf("bad location %+v", m.Location)
				}
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	raw, err := os.ReadFile("testdata/seed.txt")
	require.NoError(b, err)
	text := strings.Repeat(string(raw)+"\n", 5)
	toks := token.Tokenize(text)
	sents := segment.Sentences(text)
	in := Input{Text: text, Tokens: toks, Sentences: sents, Date: day(2020, 7, 26), Title: schema.Span{Start: 27, End: 138}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(in)
	}
}

func TestCompoundKind(t *testing.T) {
	text := "Tin tức\nNgày 10/1, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2019. Hội nghị diễn ra ngày 10/1."
	ms := run(text, day(2020, 1, 12), schema.Span{})
	require.Len(t, ms, 1)
	assert.Equal(t, "hội nghị tổng kết/2020-01-10/", short(ms[0]))
	require.NotNil(t, ms[0].Period)
	assert.Equal(t, "năm 2019", ms[0].Period.Text)
	require.NotNil(t, ms[0].Organizer)
	assert.Equal(t, "Ban Tổ chức Tỉnh ủy", ms[0].Organizer.Text)
}

// TestGeneralRules checks the rules for event words and dates that hold
// beyond the dev articles; the sentences are made up in the style of the
// Party press.
func TestGeneralRules(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// visits: "đến thăm", "thăm, tặng quà"; an occasion ("Nhân dịp kỷ niệm") is not the event
		{"visit", "Tin tức\nNhân dịp kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ, sáng 25/7, Bí thư Tỉnh ủy đã đến thăm, tặng quà các gia đình chính sách.",
			day(2021, 7, 26), []string{"thăm/2021-07-25/"}},
		// a visit that holds a working session is the working session
		{"visit and work", "Tin tức\nChiều 12/3, Thủ tướng đến thăm, làm việc với Tập đoàn Điện lực Việt Nam.",
			day(2021, 3, 13), []string{"làm việc/2021-03-12/"}},
		{"trip and talks", "Tin tức\nTừ ngày 10/4, Chủ tịch Quốc hội có chuyến thăm chính thức Lào và có cuộc hội đàm với Chủ tịch Quốc hội Lào.",
			day(2021, 4, 12), []string{"hội đàm/2021-04-10/"}},
		// receiving a guest: "tiếp" before a capitalized object only
		{"reception", "Tin tức\nChiều 8/4, tại Hà Nội, Chủ tịch nước tiếp Đại sứ Nhật Bản.",
			day(2023, 4, 9), []string{"tiếp/2023-04-08/Hà Nội"}},
		{"tiếp tục", "Tin tức\nChiều 8/4, tỉnh tiếp tục triển khai kế hoạch; ông A tiếp nhận quyết định.", day(2023, 4, 9), nil},
		{"thăm dò", "Tin tức\nNgày 2/9, đoàn đã thăm dò ý kiến người dân.", day(2023, 9, 3), nil},
		// announcing or handing over decisions is a ceremony; the hand-over names it;
		// a dotted date after a cue word; "chiều nay" with a written date
		{"decision ceremony", "Tin tức\nChiều 11.12, Tỉnh ủy tổ chức công bố các quyết định của Ban Thường vụ về công tác cán bộ. Cũng tại buổi trao quyết định chiều nay (11.12), ông A được bổ nhiệm.",
			day(2024, 12, 12), []string{"lễ trao quyết định/2024-12-11/"}},
		// a decision handed over the day of a conference is part of it
		{"decision at a conference", "Tin tức\nSáng 19/2, Thành ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. Ngày 19/2, đồng chí Bí thư trao quyết định cho ông B.",
			day(2025, 2, 20), []string{"hội nghị/2025-02-19/"}},
		// the date after the event's name, introduced by "hôm", "vào ngày"
		{"hôm after the name", "Tin tức\nHội nghị Ban Chấp hành Đảng bộ tỉnh khóa 17 hôm 5/3 đã bầu bổ sung Phó Bí thư Tỉnh ủy.",
			day(2025, 3, 6), []string{"hội nghị/2025-03-05/"}},
		{"verb in the gap", "Tin tức\nĐại hội cổ đông thông qua phương án ký hợp đồng vào ngày 5/6.", day(2021, 6, 7), nil},
		// an undated article: the year it states most; "Ngay sau đại hội, ... đã họp": the same day
		{"stated year", "Tin tức\nHai lãnh đạo mới được bổ nhiệm sau đại hội đồng cổ đông của Tập đoàn vào ngày 20/4.\nNgay sau đại hội, Hội đồng quản trị đã họp và bầu Chủ tịch.\nQuyết định có hiệu lực từ ngày 1/5/2019; kế hoạch năm 2019 đã được thông qua.",
			time.Time{}, []string{"đại hội/2019-04-20/", "họp/2019-04-20/"}},
		// "đã họp kỳ": a session held, one event
		{"đã họp kỳ", "Tin tức\nTrong các ngày 7 và 8/8, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 45. Tại kỳ họp, Ủy ban đã xem xét nhiều nội dung.",
			day(2024, 8, 9), []string{"kỳ họp/2024-08-07/"}},
		// a day relative to the article's date; "họp phiên" is a sitting
		{"hôm qua", "Tin tức\nHôm qua, Ủy ban Thường vụ Quốc hội họp phiên thứ 40 cho ý kiến về dự án luật.",
			day(2024, 12, 12), []string{"phiên họp/2024-12-11/"}},
		{"ngày mai", "Tin tức\nHội nghị Trung ương khai mạc ngày mai.", day(2024, 12, 12), nil},
		// a past marker after a habitual or plan word takes the clause back to the past
		{"past after habitual", "Tin tức\nCách làm này thường được gọi là \"hạ cánh an toàn\" và đã được ông A nêu trong một cuộc tiếp xúc cử tri vào tháng 5/2023.",
			day(2024, 11, 4), []string{"tiếp xúc cử tri/2023-05/"}},
		{"plan", "Tin tức\nNgày 5/3, tỉnh ban hành kế hoạch tổ chức hội nghị tổng kết.", day(2024, 3, 6), nil},
		// the topic or the frame of the event reported is not an event
		{"topic", "Tin tức\nChiều nay (15/8), Bộ Ngoại giao đã ra thông báo về chuyến thăm của Thủ tướng.", day(2024, 8, 15), nil},
		{"frame", "Tin tức\nTrong khuôn khổ chuyến thăm chính thức Lào, chiều nay, Chủ tịch nước gặp gỡ kiều bào.", day(2024, 7, 11), nil},
		// a day relative to the publication date joins the event a written date already gave
		{"repost", "Tin tức\nSáng 30/8, Bộ Chính trị họp cho ý kiến vào các văn kiện. Sáng nay, Bộ Chính trị, Ban Bí thư đã họp cho ý kiến vào các dự thảo.",
			day(2024, 8, 31), []string{"họp/2024-08-30/"}},
		{"press conference", "Tin tức\nChiều 2/5, tại một cuộc họp báo, người phát ngôn cho biết.", day(2024, 5, 3), []string{"họp báo/2024-05-02/"}},
		// a weekday before the bracketed date
		{"weekday", "Tin tức\nSáng thứ Hai (23/5), tại Hà Nội, Bộ Chính trị tổ chức hội nghị cán bộ toàn quốc.",
			day(2022, 5, 24), []string{"hội nghị/2022-05-23/Hà Nội"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// TestRound3Rules covers inspections and working delegations, numbered
// sessions as past settings, a body that held a conference, future
// sessions, deadlines and later days (made-up sentences).
func TestRound3Rules(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		{"inspection", "Tin tức\nSáng 4-6, Đoàn Kiểm tra số 2 của Ban Chỉ đạo triển khai quyết định kiểm tra tại Tỉnh ủy. Dự buổi kiểm tra có lãnh đạo tỉnh.",
			day(2024, 6, 4), []string{"kiểm tra/2024-06-04/"}},
		{"working delegation", "Tin tức\nNgày 7/3, đoàn công tác của Bộ Nội vụ làm việc tại tỉnh Hà Giang.",
			day(2024, 3, 8), []string{"làm việc/2024-03-07/Hà Giang"}},
		{"numbered session, past act", "Tin tức\nTrước đó, tại Kỳ họp thứ 12, Ủy ban Kiểm tra Tỉnh ủy đã quyết định thi hành kỷ luật ông A.",
			day(2024, 3, 8), []string{"kỳ họp//"}},
		{"numbered session, no act", "Tin tức\nTại Kỳ họp thứ 12, các đại biểu cho ý kiến.", day(2024, 3, 8), nil},
		{"ministry held a conference", "Tin tức\nBộ Tài chính đã chủ trì tổ chức hội nghị với đại diện các tỉnh để bàn về thuế.",
			day(2024, 3, 8), []string{"hội nghị//"}},
		{"future after the name", "Tin tức\nKỳ họp thứ 9, Hội đồng nhân dân tỉnh khóa X sẽ diễn ra chiều ngày 3/4 tại trụ sở.",
			day(2024, 4, 3), nil},
		{"later day", "Tin tức\nKỳ họp được tổ chức tại Hội trường tỉnh, khai mạc ngày 20/4.", day(2024, 4, 3), nil},
		// an undated article: a year stated once in a past story is not the event's
		{"career year", "Tin tức\nVào năm 2002, thành phố đã quyết định di dời các hộ dân.\nTrước đó vào ngày 20/5, Bí thư Thành ủy đã có buổi làm việc với Quận ủy.",
			time.Time{}, []string{"làm việc//"}},
		{"deadline", "Tin tức\nĐể hội nghị thành công, các sở gửi báo cáo trước ngày 1/4.", day(2024, 4, 3), nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// A cluster's members: in the event's sentence after "gồm ... là" or
// "gồm ...:", or in a following sentence in which the organizer speaks of
// itself; a list in a sentence about something else is no member list.
func TestClusterMembers(t *testing.T) {
	names := func(ms []schema.Meeting) []string {
		var out []string
		for _, m := range ms {
			for _, mb := range m.Members {
				out = append(out, mb.Name)
			}
		}
		return out
	}
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"colon after gồm, same sentence",
			"Tin tức\nNgày 5/12, Khối thi đua số 2 (gồm ban tuyên giáo 4 tỉnh, thành phố: Cần Thơ, Hậu Giang, Sóc Trăng, Bạc Liêu) tổ chức hội nghị tổng kết công tác năm 2023.",
			[]string{"Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu"}},
		{"next sentence opened by the organizer",
			"Tin tức\nNgày 5/12, tại TP. Cần Thơ, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác năm 2023.\nKhối thi đua số 2 gồm ban tuyên giáo 4 tỉnh, thành phố: Cần Thơ, Hậu Giang, Sóc Trăng, Bạc Liêu.",
			[]string{"Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu"}},
		{"a list in a sentence about another body",
			"Tin tức\nNgày 5/12, tại TP. Cần Thơ, Khối thi đua số 2 tổ chức hội nghị tổng kết công tác năm 2023.\nĐoàn công tác gồm đại diện 4 tỉnh: Cần Thơ, Hậu Giang, Sóc Trăng, Bạc Liêu.",
			nil},
	} {
		ms := run(c.text, day(2023, 12, 6), schema.Span{})
		checkSpans(t, c.text, ms)
		assert.Equal(t, c.want, names(ms), c.name)
	}
}
