package events

import (
	"testing"
	"time"

	"github.com/vnpol/vnpol/schema"
)

// TestDatelineRules covers dateline leads, act kinds after a head,
// ceremonies named by their act, cited-document dates and one event
// reported twice. The sentences are made up in the style of the Party and
// state press (none is copied from an article).
func TestDatelineRules(t *testing.T) {
	cases := []struct {
		name string
		text string
		ref  time.Time
		want []string
	}{
		// the event after an attendance verb is the sentence's event, even
		// behind a repeated headline; the bracketed province is the place
		{"dự và chỉ đạo behind a headline", "Tin tức\nThời sự Lễ khánh thành cầu Bến Thủy 3 Chiều 12/3, tại TP. Vinh (Nghệ An), Phó Thủ tướng Trần Văn An dự và chỉ đạo Lễ khánh thành cầu Bến Thủy 3.",
			day(2024, 3, 13), []string{"lễ/2024-03-12/Nghệ An"}},
		{"chủ trì", "Tin tức\nSáng 5/4, tại Hà Nội, Bộ trưởng Lê Văn Bình chủ trì hội nghị sơ kết công tác quý I.",
			day(2024, 4, 6), []string{"hội nghị sơ kết/2024-04-05/Hà Nội"}},
		{"tham dự after another event word", "Tin tức\nSau đại hội, sáng 7/10, tại TP. Buôn Ma Thuột (Đắk Lắk), lãnh đạo tỉnh tham dự Lễ ra mắt Hội Cựu chiến binh.",
			day(2024, 10, 8), []string{"lễ/2024-10-07/Đắk Lắk"}},
		// a dated lead with no event word: the back-reference that follows
		// took place on its day and at its place
		{"lead then Buổi", "Tin tức\nNgày 20/10, tại TP. Tuy Hòa (Phú Yên), Tổ đại biểu HĐND tỉnh đã gặp gỡ cử tri phường 7.\nBuổi tiếp xúc cử tri có sự tham dự của lãnh đạo phường.",
			day(2024, 10, 21), []string{"tiếp xúc cử tri/2024-10-20/Phú Yên"}},
		{"lead then Dự", "Tin tức\nSáng 17/4, Huyện ủy Tân Trụ quán triệt bài viết của Tổng Bí thư.\nĐại biểu dự hội nghị tại điểm cầu huyện.",
			day(2024, 4, 17), []string{"hội nghị/2024-04-17/"}},
		{"lead too far back", "Tin tức\nNgày 20/10, Tổ đại biểu HĐND tỉnh gặp gỡ cử tri.\nCử tri nêu nhiều ý kiến.\nCử tri đề nghị sửa đường.\nCử tri đề nghị làm cầu.\nBuổi tiếp xúc cử tri có lãnh đạo phường.",
			day(2024, 10, 21), []string{"tiếp xúc cử tri//"}},
		{"lead in the future", "Tin tức\nNgày 30/10, Tổ đại biểu sẽ gặp gỡ cử tri.\nBuổi tiếp xúc cử tri có lãnh đạo phường.",
			day(2024, 10, 21), []string{"tiếp xúc cử tri//"}},
		// acts that are events after a head: a classifier or "tổ chức"
		{"Đoàn giám sát, then buổi làm việc", "Tin tức\nNgày 2/8, Đoàn giám sát của Ban Pháp chế HĐND tỉnh giám sát việc thi hành pháp luật tại Sở Tư pháp. Phát biểu tại buổi làm việc, Trưởng ban đề nghị Sở rà soát quy trình.",
			day(2024, 8, 3), []string{"giám sát/2024-08-02/"}},
		{"giám sát without a head", "Tin tức\nNgày 2/8, Ủy ban Kiểm tra Huyện ủy tăng cường kiểm tra, giám sát đảng viên.", day(2024, 8, 3), nil},
		{"tiến hành giám sát over a year", "Tin tức\nNgày 27/5, tin từ Thành ủy cho biết trong năm qua Ủy ban Kiểm tra đã tiến hành giám sát 30 tổ chức đảng.", day(2024, 5, 28), nil},
		{"tổ chức triển lãm", "Tin tức\nSáng 9/9, Bảo tàng tỉnh tổ chức triển lãm ảnh về Chủ tịch Hồ Chí Minh.", day(2024, 9, 9), []string{"triển lãm/2024-09-09/"}},
		{"Trung tâm Triển lãm", "Tin tức\nNgày 9/9, lượng khách đến Trung tâm Triển lãm tăng mạnh.", day(2024, 9, 9), nil},
		{"chấm chung khảo", "Tin tức\nSáng 3/6, tại Hà Nội, Hội đồng chung khảo Giải Báo chí tổ chức chấm chung khảo.",
			day(2024, 6, 4), []string{"chấm chung khảo/2024-06-03/Hà Nội"}},
		{"các buổi tiếp xúc", "Tin tức\nTại các buổi tiếp xúc cán bộ và người dân, Chủ tịch nước chuyển lời thăm hỏi.", day(2024, 6, 4), nil},
		// a ceremony named by its act is its own event, not the visit's back-reference
		{"Lễ đón after a visit", "Tin tức\nChiều 30/5, tàu hải quân nước bạn cập cảng Đà Nẵng, bắt đầu chuyến thăm Việt Nam. Tham dự Lễ đón có lãnh đạo thành phố.",
			day(2024, 5, 31), []string{"thăm/2024-05-30/", "lễ//"}},
		{"Lễ + lower-case act", "Tin tức\nSáng 1/5, Bí thư Tỉnh ủy đến thăm Bộ Chỉ huy Quân sự tỉnh. Tham dự Lễ xuất phát có các đồng chí lãnh đạo.",
			day(2024, 5, 2), []string{"thăm/2024-05-01/", "lễ//"}},
		{"buổi lễ after a visit", "Tin tức\nSáng 1/5, Bí thư Tỉnh ủy đến thăm Bộ Chỉ huy Quân sự tỉnh. Tham dự buổi lễ có các đồng chí lãnh đạo.",
			day(2024, 5, 2), []string{"thăm/2024-05-01/"}},
		// the date of a cited decision is not the ceremony's
		{"decision date", "Tin tức\nCông an tỉnh đã tổ chức lễ công bố quyết định về công tác cán bộ. Tại buổi lễ, lãnh đạo Cục Tổ chức cán bộ đã công bố Quyết định số 1234/QĐ-BCA ngày 19/6/2024 của Bộ trưởng.",
			day(2024, 6, 25), []string{"lễ//"}},
		{"resolution date after a comma", "Tin tức\nTại hội nghị, đại biểu quán triệt Nghị quyết số 45-NQ/TW, ngày 24/11/2023 của Trung ương.",
			day(2024, 6, 25), []string{"hội nghị//"}},
		// "Tổ chức" inside a name is not the verb of holding
		{"Ban Tổ chức is a name", "Tin tức\nTại buổi lễ, lãnh đạo Ban Tổ chức Tỉnh ủy đã đọc quyết định ngày 19/6/2024.",
			day(2024, 6, 25), []string{"lễ//"}},
		// one visit reported twice: "thăm và làm việc", then "buổi làm việc"
		{"visit reported twice", "Tin tức\nHôm nay (28/6), đoàn công tác của Bộ Công an đã có buổi thăm và làm việc với Công an tỉnh Điện Biên. Phát biểu tại buổi làm việc, Thứ trưởng đánh giá cao kết quả.",
			day(2024, 6, 28), []string{"làm việc/2024-06-28/"}},
		{"visit with tại, date after", "Tin tức\nTiếp tục chuyến thăm và làm việc tại tỉnh Hà Giang, chiều 10/6, Chủ tịch nước đã làm việc với Ban Thường vụ Tỉnh ủy.",
			day(2024, 6, 10), []string{"làm việc/2024-06-10/Hà Giang"}},
		{"đã có chuyến thăm behind another event word", "Tin tức\nSau hội nghị, chiều 12/5, Chủ tịch nước đã có chuyến thăm tỉnh Lào Cai.",
			day(2024, 5, 13), []string{"thăm/2024-05-12/Lào Cai"}}, // the province visited is the place (see visitedLocation)
		// a framing back-reference keeps the clause's event
		{"Tại hội nghị, đã trao", "Tin tức\nSáng 5/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ. Tại hội nghị, Bí thư Tỉnh ủy đã trao các quyết định cho cán bộ.",
			day(2024, 3, 6), []string{"hội nghị/2024-03-05/"}},
		// a written date after "hôm nay" following the event's name
		{"hôm nay 28/11", "Tin tức\nQuốc hội bầu Tổng Thư ký bằng hình thức bỏ phiếu kín trong phiên làm việc hôm nay 28/11.",
			day(2024, 11, 28), []string{"họp/2024-11-28/"}},
		// the place phrase goes on through administrative units and brackets
		{"address through units", "Tin tức\nSáng 2/9, tại xã Sơn Bình, huyện Khánh Sơn, tỉnh Khánh Hòa, Ban Thường vụ Huyện ủy tổ chức lễ kỷ niệm.",
			day(2024, 9, 3), []string{"lễ kỷ niệm/2024-09-02/Khánh Hòa"}},
		{"comma inside brackets", "Tin tức\nSáng 15/6, tại Sân vận động Duy Tân (số 309 Duy Tân, tỉnh Kon Tum), Tỉnh đoàn tổ chức lễ phát động.",
			day(2024, 6, 16), []string{"lễ/2024-06-15/Kon Tum"}},
		{"a capitalized subject ends the place", "Tin tức\nSáng 15/6, tại hội trường xã, Thành phố tổ chức hội nghị với Hà Nội.",
			day(2024, 6, 16), []string{"hội nghị/2024-06-15/"}},
		{"a place far after the event word", "Tin tức\nTrước đó, tại kỳ họp 45, Ủy ban Kiểm tra Trung ương đã xem xét kết quả kiểm tra đối với Ban Thường vụ Tỉnh ủy về những vi phạm trong quản lý đất đai tại dự án khu đô thị Đại Ninh, tỉnh Lâm Đồng.",
			day(2024, 9, 26), []string{"kỳ họp//"}},
		// more acts after a head, and talks by telephone
		{"tổ chức gặp mặt", "Tin tức\nSáng 18/11, tại Hà Nội, Bộ Giáo dục và Đào tạo tổ chức gặp mặt đại diện nhà giáo.",
			day(2024, 11, 18), []string{"gặp mặt/2024-11-18/Hà Nội"}},
		{"cuộc diễn tập", "Tin tức\nNgày 2/12, Quân khu 5 tổ chức cuộc diễn tập khu vực phòng thủ.", day(2024, 12, 3), []string{"diễn tập/2024-12-02/"}},
		{"phiên chất vấn", "Tin tức\nSáng 6/11, Quốc hội tiến hành phiên chất vấn Bộ trưởng Bộ Y tế.", day(2024, 11, 6), []string{"chất vấn/2024-11-06/"}},
		{"chất vấn without a head", "Tin tức\nNgày 6/11, nhiều đại biểu chất vấn về giá điện.", day(2024, 11, 6), nil},
		{"điện đàm", "Tin tức\nChiều 3/7, Thủ tướng đã điện đàm với Thủ tướng Nhật Bản.", day(2024, 7, 4), []string{"điện đàm/2024-07-03/"}},
		{"diễn đàn as a place of speech", "Tin tức\nNgày 3/7, đại biểu phát biểu trên diễn đàn Quốc hội.", day(2024, 7, 4), nil},
		// a classifier inside a sentence, with no back-reference word, is no event
		{"buổi lễ in a plan", "Tin tức\nCác vận động viên sẽ là linh hồn của buổi lễ khai mạc.", day(2024, 7, 20), nil},
		{"buổi lễ as an object", "Tin tức\nThành phố chọn bờ sông làm sân khấu cho buổi lễ khai mạc.", day(2024, 7, 20), nil},
		{"trong buổi họp", "Tin tức\nVào giữa tháng 3, trong buổi họp đầu tiên của Tiểu ban, Tổng Bí thư cho biết nhiều điều.", day(2024, 7, 20), []string{"buổi họp//"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, c.ref, schema.Span{}, c.want, c.name)
	}
}

// TestTitlePlace: the headline places the main event when the body does not.
func TestTitlePlace(t *testing.T) {
	cases := []struct {
		name, title, body string
		want              []string
	}{
		{"headline tại", "Thủ tướng làm việc tại tỉnh Cao Bằng", "Chiều 5/3, Thủ tướng làm việc với Ban Thường vụ Tỉnh ủy.",
			[]string{"làm việc/2025-03-05/Cao Bằng"}},
		{"body place wins", "Thủ tướng làm việc tại tỉnh Cao Bằng", "Chiều 5/3, tại Hà Nội, Thủ tướng làm việc với Ban Thường vụ Tỉnh ủy.",
			[]string{"làm việc/2025-03-05/Hà Nội"}},
		{"another kind", "Hội nghị tại tỉnh Cao Bằng", "Chiều 5/3, Thủ tướng làm việc với Ban Thường vụ Tỉnh ủy.",
			[]string{"làm việc/2025-03-05/"}},
	}
	for _, c := range cases {
		text := c.title + "\n" + c.body
		checkEvents(t, text, day(2025, 3, 6), schema.Span{Start: 0, End: len(c.title)}, c.want, c.name)
	}
}
