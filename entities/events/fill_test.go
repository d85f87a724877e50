package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/schema"
)

// A place phrase ends where the rest of its clause begins (a lower-case
// verb, its marker or a time, class placeend) and leaves out the
// sentence's closing stop; a comma that an address goes on after, a
// bracket and words inside them do not end it.
func TestPlaceEnd(t *testing.T) {
	tests := []struct{ text, loc, province string }{
		{"Sáng 12/3, tại Nhà văn hóa tỉnh Gia Lai đã diễn ra hội nghị tổng kết công tác năm.", "Nhà văn hóa tỉnh Gia Lai", "Gia Lai"},
		{"Sáng 12/3, tại tỉnh Nam Định đã khai mạc hội nghị tổng kết công tác năm.", "tỉnh Nam Định", "Nam Định"},
		{"Ban Tổ chức Tỉnh ủy tổ chức hội nghị sơ kết tại thành phố Vinh, tỉnh Nghệ An vào ngày 5/6.", "thành phố Vinh, tỉnh Nghệ An", "Nghệ An"},
		{"Đoàn công tác làm việc tại khu dân cư số 4, phường Hòa Minh, thành phố Đà Nẵng về việc xử lý rác thải.", "khu dân cư số 4, phường Hòa Minh, thành phố Đà Nẵng", "Đà Nẵng"},
		{"Sáng nay, hội nghị diễn ra tại Quảng trường Ba Đình (Hà Nội) trong không khí trang nghiêm.", "Quảng trường Ba Đình (Hà Nội)", "Hà Nội"},
		{"Chiều 2/9, lễ kỷ niệm được tổ chức tại Nhà hát lớn, thành phố Hải Phòng.", "Nhà hát lớn, thành phố Hải Phòng", "Hải Phòng"},
		{"Thủ tướng dự lễ khánh thành Trung tâm tại thành phố Hải Phòng hồi tháng 9/2024.", "thành phố Hải Phòng", "Hải Phòng"},
		// inside brackets and as the first word, a stop word is the place's own
		{"Sáng 4/4, Tỉnh ủy tổ chức hội nghị tại hội trường (số 2 đường Trần Phú, sau chợ Đông Ba, tỉnh Thừa Thiên Huế).", "hội trường (số 2 đường Trần Phú, sau chợ Đông Ba, tỉnh Thừa Thiên Huế)", "Thừa Thiên Huế"},
	}
	for _, tc := range tests {
		t.Run(tc.loc, func(t *testing.T) {
			ms := run(tc.text, day(2024, 6, 10), schema.Span{})
			checkSpans(t, tc.text, ms)
			require.NotEmpty(t, ms, tc.text)
			require.NotNil(t, ms[0].Location, tc.text)
			assert.Equal(t, tc.loc, ms[0].Location.Text)
			assert.Equal(t, tc.province, ms[0].Location.Province)
		})
	}
}

// The organizer is the subject of "tổ chức" without the lower-case adverbs
// before the verb (class orgtrail), without a helper after "phối hợp"
// (class orgcut), and none when the clause opens with a time (orgtime and
// a number).
func TestOrganizer(t *testing.T) {
	tests := []struct{ text, org string }{
		{"Sáng 12/3, Bộ Tư lệnh Quân khu 7 trang trọng tổ chức lễ kỷ niệm 80 năm Ngày thành lập.", "Bộ Tư lệnh Quân khu 7"},
		{"Chiều 5/6, Tỉnh ủy Gia Lai đã long trọng tổ chức hội nghị tổng kết công tác.", "Tỉnh ủy Gia Lai"},
		// (the helper after "phối hợp" left out since round 20, as after "phối hợp với": class orgcut)
		{"Ngày 9/9, Đảng ủy Quân sự tỉnh Vĩnh Long phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị quán triệt nghị quyết.", "Đảng ủy Quân sự tỉnh Vĩnh Long"},
		{"Ngày 9/9, Tỉnh ủy Vĩnh Long tổ chức hội nghị quán triệt nghị quyết.", "Tỉnh ủy Vĩnh Long"},
		{"Hội đồng nhân dân tỉnh Hà Tĩnh tổ chức kỳ họp thứ 20.", "Hội đồng nhân dân tỉnh Hà Tĩnh"},
		{"Tối 21/2 tổ chức lễ trao giải cho các tác giả.", ""},
		{"Sáng 21/5, Ban Trị sự Giáo hội tỉnh đã trang nghiêm tổ chức đại lễ Phật đản.", "Ban Trị sự Giáo hội tỉnh"},
		// a comma inside the organizer's name, or between two bodies
		{"Chiều 26/12, Sở Văn hóa, Thể thao và Du lịch tỉnh A tổ chức hội nghị tổng kết công tác năm.", "Sở Văn hóa, Thể thao và Du lịch tỉnh A"},
		{"Chiều 18/7, Đảng, Nhà nước đã trang trọng tổ chức Lễ trao tặng Huân chương Sao vàng.", "Đảng, Nhà nước"},
		{"Tại Hà Nội, Bộ Y tế tổ chức hội nghị tổng kết.", "Bộ Y tế"},
		{"Sáng 12/3, Bộ Công Thương đã chủ trì tổ chức hội nghị với đại diện 38 tỉnh.", "Bộ Công Thương"},
		// a trailing adverb of two words is dropped too
		{"Ngày 30/10, UBND quận tiếp tục tổ chức đối thoại với các hộ dân.", "UBND quận"},
		// a verb of holding after a speech verb or inside a sitting's name holds nothing
		{"Chiều 15/4, Chủ tịch Quốc hội A phát biểu khai mạc phiên họp.", ""},
		{"Ông A chỉ xuất hiện trở lại tại phiên khai mạc kỳ họp bất thường hôm 15/1.", ""},
		{"Chiều 15/4, Ủy ban Thường vụ Quốc hội khai mạc phiên họp thứ 32.", "Ủy ban Thường vụ Quốc hội"},
		// "diễn ra": the event takes place; the words before it are a place
		{"Sáng 28/6, tại Hội trường 310A, Trụ sở chính Học viện A đã diễn ra Lễ công bố quyết định.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms := run(tc.text, day(2024, 6, 10), schema.Span{})
			checkSpans(t, tc.text, ms)
			require.NotEmpty(t, ms)
			got := ""
			if ms[0].Organizer != nil {
				got = ms[0].Organizer.Text
			}
			assert.Equal(t, tc.org, got)
		})
	}
}

// A yearless date takes the year of a full date of the same day and
// month, unless that one is historical (a decade before the latest year
// the text writes).
func TestYearOfSameDayNotHistorical(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"anniversary", "Sáng 31/3, Tỉnh ủy tổ chức lễ kỷ niệm 50 năm Ngày Giải phóng tỉnh (31/3/1975 - 31/3/2025).", "2025-03-31"},
		{"a range after the event", "Ngày 1/6, Tập đoàn tổ chức lễ ký kết hợp tác với các doanh nghiệp. Từ 1/6/2016 đến 1/6/2017, các doanh nghiệp được hỗ trợ.", "2016-06-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Find(Input{Text: tt.text, NoTitle: true})
			require.NotEmpty(t, ms)
			assert.Equal(t, tt.want, ms[0].Date)
		})
	}
}

// A generic meeting followed, after its modifiers, by the review it holds
// is of the composed kind.
func TestReviewComposesKind(t *testing.T) {
	tests := []struct{ text, kind string }{
		{"Sáng 21/12, tại Hà Nội, Bộ Nội vụ tổ chức hội nghị trực tuyến toàn quốc tổng kết nhiệm vụ năm 2024.", "hội nghị tổng kết"},
		{"Sáng 21/12, Văn phòng Chính phủ tổ chức cuộc họp sơ kết một năm thực hiện lộ trình.", "họp sơ kết"},
		{"Sáng 21/12, Bộ Nội vụ tổ chức hội nghị trực tuyến toàn quốc về cải cách hành chính.", "hội nghị"},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			ms := Find(Input{Text: tt.text, NoTitle: true, Date: time.Date(2024, 12, 22, 0, 0, 0, 0, time.UTC)})
			require.NotEmpty(t, ms)
			assert.Equal(t, tt.kind, ms[0].Kind)
		})
	}
}

// digits4 reads what time.Parse("2006") reads from four digits, and turns
// the rest away (Parse's own answer is kept for them).
func TestDigits4(t *testing.T) {
	for _, s := range []string{"2024", "0000", "1999", "9999", "0042"} {
		n, ok := digits4(s)
		want, err := time.Parse("2006", s)
		require.NoError(t, err)
		assert.True(t, ok, s)
		assert.Equal(t, want.Year(), n, s)
	}
	for _, s := range []string{"--05", "-202", "+202", "20a4", "202", "20245", ""} {
		_, ok := digits4(s)
		assert.False(t, ok, s)
	}
}
