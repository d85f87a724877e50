package events

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/places"
	"github.com/vnpol/vnpol/schema"
)

// TestRound5Rules covers dates a day or two after the post's time stamp,
// places after the event word in its clause, a province closing a venue,
// dateline leads carried to the event named next, "cùng ngày" and
// delegations (made-up sentences in the style of the Party and state press).
func TestRound5Rules(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// a post stamped the evening before the event it reports
		{"a day after the stamp", "Tin tức\nSáng 1-8, Cục Tuyên huấn tổ chức hội nghị giao ban tháng 7.",
			time.Date(2024, 7, 31, 18, 0, 0, 0, time.UTC), []string{"hội nghị giao ban/2024-08-01/"}},
		{"two days after the stamp", "Tin tức\nSáng 2-8, Cục Tuyên huấn tổ chức hội nghị giao ban tháng 7.",
			time.Date(2024, 7, 31, 18, 0, 0, 0, time.UTC), []string{"hội nghị giao ban/2024-08-02/"}},
		{"a week after the stamp: announced", "Tin tức\nSáng 8-8, Cục Tuyên huấn tổ chức hội nghị giao ban tháng 7.",
			time.Date(2024, 7, 31, 18, 0, 0, 0, time.UTC), nil},
		{"a day after the stamp, after the event word", "Tin tức\nThế vận hội chính thức bắt đầu với lễ khai mạc vào lúc 00h30 ngày 27.7.",
			time.Date(2024, 7, 26, 10, 0, 0, 0, time.UTC), nil},
		// the place after the event word, far on but in its clause
		{"place far on in the clause", "Tin tức\nSáng 3/5, Lễ an táng Thiếu tướng Trần Văn Bình, nguyên Phó Tư lệnh Quân khu diễn ra vào hồi 10 giờ 30 phút tại Nghĩa trang Mai Dịch (Thành phố Hà Nội).",
			day(2024, 5, 3), []string{"lễ/2024-05-03/Hà Nội"}},
		{"place after a new subject", "Tin tức\nTrước đó, ngày 2/5, tại kỳ họp 45, Ủy ban Kiểm tra Tỉnh ủy đã xem xét vi phạm tại dự án khu đô thị, tỉnh Lâm Đồng.",
			day(2024, 5, 3), []string{"kỳ họp/2024-05-02/"}},
		{"place after another event word", "Tin tức\nNgày 2/5, hội nghị nghe báo cáo kết quả buổi giám sát tại tỉnh Lâm Đồng.",
			day(2024, 5, 3), []string{"hội nghị/2024-05-02/"}},
		// a province closing the venue after a comma, or last in brackets
		{"venue, province", "Tin tức\nSáng 3/5, tại Nhà văn hóa Lao động, Hà Nội, Công đoàn tổ chức lễ kỷ niệm.",
			day(2024, 5, 3), []string{"lễ kỷ niệm/2024-05-03/Hà Nội"}},
		{"venue, province after the event", "Tin tức\nSáng 3/5, Công đoàn tổ chức lễ kỷ niệm tại Nhà văn hóa Lao động, Hà Nội.",
			day(2024, 5, 3), []string{"lễ kỷ niệm/2024-05-03/Hà Nội"}},
		{"venue, a subject after the comma", "Tin tức\nSáng 3/5, tại Nhà văn hóa Lao động, Hà Nội tổ chức lễ kỷ niệm.",
			day(2024, 5, 3), []string{"lễ kỷ niệm/2024-05-03/"}},
		// a dated, placed lead after a time of day, its event named next
		{"lead after a time of day", "Tin tức\nĐúng 9 giờ 30 phút ngày 3-5, tại Nhà tang lễ Bộ Quốc phòng (số 5 Trần Thánh Tông, Hà Nội), Quân ủy Trung ương, Bộ Quốc phòng ...\nThượng tướng Lê Văn An, Trưởng ban tổ chức Lễ tang điều hành Lễ truy điệu.",
			day(2024, 5, 3), []string{"lễ/2024-05-03/Hà Nội"}},
		// ... and "cùng ngày" later on its day
		{"cùng ngày after the lead's event", "Tin tức\nĐúng 9 giờ ngày 3-5, tại Nhà tang lễ Quốc gia, Hà Nội, Ban Chấp hành Trung ương ...\nThượng tướng Lê Văn An điều hành Lễ truy điệu.\nLễ an táng Thiếu tướng Trần Văn Bình diễn ra vào hồi 15 giờ cùng ngày tại Nghĩa trang Mai Dịch (Thành phố Hà Nội).",
			day(2024, 5, 3), []string{"lễ/2024-05-03/Hà Nội", "lễ/2024-05-03/Hà Nội"}},
		// a lead with no place gives its date only to a back-reference
		{"lead without a place", "Tin tức\nĐúng 9 giờ ngày 3-5, Ban Chấp hành Trung ương ...\nThượng tướng Lê Văn An điều hành Lễ truy điệu.",
			day(2024, 5, 3), nil},
		// a later lead tells the story's past
		{"a second lead", "Tin tức\nNgày 23/5, Công an tỉnh đã bắt giữ hai đối tượng.\nNgày 18/5, hai đối tượng đi chơi tại TP Vũng Tàu.\nCông an làm việc với đối tượng.",
			day(2024, 5, 24), nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// "Trưởng ban tổ chức Lễ tang": the committee, not the verb of holding;
// the ceremony the master of ceremonies runs is the event.
func TestOrganizingCommittee(t *testing.T) {
	text := "Tin tức\nSáng 3-5, tại Hà Nội, Quân ủy Trung ương ...\nThượng tướng Lê Văn An, Trưởng ban tổ chức Lễ tang điều hành Lễ truy điệu."
	ms := run(text, day(2024, 5, 3), schema.Span{})
	checkSpans(t, text, ms)
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "Lễ truy điệu", ms[0].Name)
		assert.Equal(t, "lễ/2024-05-03/Hà Nội", short(ms[0]))
	}
}

// A delegation ("Đoàn Kiểm tra", "Đoàn giám sát") is the body that holds
// the event: the event has the kind of the session the text names most
// with a classifier ("buổi làm việc", "cuộc làm việc").
func TestDelegation(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"working session", "Tin tức\nSáng 4/6, tại Hà Giang, Đoàn Kiểm tra số 12 của Ban Bí thư do ông Lê Văn An làm trưởng đoàn đã ...\nÔng Lê Văn An phát biểu tại buổi làm việc.\nKết thúc cuộc làm việc, ông An đề nghị tỉnh khắc phục hạn chế.",
			[]string{"làm việc/2024-06-04/Hà Giang"}},
		{"inspection session", "Tin tức\nSáng 4/6, Đoàn Kiểm tra số 2 của Ban Chỉ đạo triển khai quyết định kiểm tra tại Tỉnh ủy.\nDự buổi kiểm tra có lãnh đạo tỉnh.\nPhát biểu tại buổi làm việc, ông A cảm ơn.\nTại buổi kiểm tra, đoàn nghe báo cáo.",
			[]string{"kiểm tra/2024-06-04/"}},
		{"supervision, most named", "Tin tức\nNgày 15/5, Đoàn giám sát Ban Kinh tế - Ngân sách HĐND tỉnh giám sát việc quản lý quỹ.\nTại buổi giám sát, các thành viên thảo luận.\nÔng A phát biểu tại buổi làm việc.\nKết luận buổi giám sát, ông A đề nghị.",
			[]string{"giám sát/2024-05-15/"}},
		{"no session named", "Tin tức\nSáng 4/6, Đoàn Kiểm tra số 2 của Ban Chỉ đạo triển khai quyết định kiểm tra tại Tỉnh ủy.",
			[]string{"kiểm tra/2024-06-04/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 5), schema.Span{}, c.want, c.name)
	}
}

// Every city in data/cities.tsv resolves to a province; a city after its
// marker places the event.
func TestCities(t *testing.T) {
	n := 0
	for _, line := range strings.Split(citiesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		require.Len(t, f, 2, line)
		_, ok := places.Lookup(f[1], day(2024, 1, 1))
		assert.True(t, ok, line)
		n++
	}
	assert.Greater(t, n, 40)
	cases := []struct {
		name, text string
		ref        time.Time
		want       []string
	}{
		{"thành phố", "Tin tức\nSáng 3/5, tại thành phố Nha Trang, Tỉnh đoàn tổ chức lễ tuyên dương.", day(2024, 5, 3), []string{"lễ/2024-05-03/Khánh Hòa"}},
		{"TP.", "Tin tức\nSáng 3/5, Tỉnh đoàn tổ chức lễ tuyên dương tại TP. Buôn Ma Thuột.", day(2024, 5, 3), []string{"lễ/2024-05-03/Đắk Lắk"}},
		{"after the merger", "Tin tức\nSáng 3/8, tại TP Tuy Hòa, Tỉnh đoàn tổ chức lễ tuyên dương.", day(2025, 8, 3), []string{"lễ/2025-08-03/Đắk Lắk"}},
		{"no marker", "Tin tức\nSáng 3/5, tại Vinh, Tỉnh đoàn tổ chức lễ tuyên dương.", day(2024, 5, 3), []string{"lễ/2024-05-03/"}},
		{"a longer name", "Tin tức\nSáng 3/5, tại thành phố Vinh Quang Mới, Tỉnh đoàn tổ chức lễ tuyên dương.", day(2024, 5, 3), []string{"lễ/2024-05-03/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}
