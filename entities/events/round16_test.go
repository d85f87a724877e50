package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound16VisitedPlace covers the place of a visit told by what is
// visited when no "tại" names it: a province named in the visit's object
// (the people or a body of the province); not a working session's partner,
// not a country, not a province of another clause (made-up sentences in the
// style of the press).
func TestRound16VisitedPlace(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"the people of a province", "Tin tức\nTối 6/6, Tổng Bí thư A đã đến thăm, chúc Tết Đảng bộ, chính quyền và nhân dân tỉnh Nam Định.",
			[]string{"thăm/2024-06-06/Nam Định"}},
		{"a body named with its province", "Tin tức\nSáng 6/6, Chủ tịch UBND tỉnh A đến thăm, động viên cán bộ Công ty Cấp nước Quảng Trị.",
			[]string{"thăm/2024-06-06/Quảng Trị"}},
		{"a place after tại wins", "Tin tức\nSáng 6/6, đồng chí A đến thăm nhân dân Hà Nam tại thành phố Hà Nội.",
			[]string{"thăm/2024-06-06/Hà Nội"}},
		// negatives: a working session's partner; a country; a new subject's clause
		{"a working session's partner", "Tin tức\nSáng 6/6, Bộ trưởng A làm việc với Tỉnh ủy Lai Châu về công tác cán bộ.",
			[]string{"làm việc/2024-06-06/"}},
		{"a country", "Tin tức\nSáng 6/6, Chủ tịch nước A đến thăm Lào và Campuchia.",
			[]string{"thăm/2024-06-06/"}},
		{"another clause", "Tin tức\nSáng 6/6, đồng chí A đến thăm gia đình ông B, Ban Thường vụ Tỉnh ủy Hà Nam đã tặng quà.",
			[]string{"thăm/2024-06-06/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 8), schema.Span{}, c.want, c.name)
	}
}

// TestRound16RoomNotMeeting covers a room or paper named by the meeting it
// serves ("phòng họp", "biên bản họp"): no meeting; a meeting held in the
// room still is one (made-up sentences in the style of the press).
func TestRound16RoomNotMeeting(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a fire in a meeting room", "Tin tức\nTrưa 6/6, cán bộ văn phòng phát hiện khói bốc lên trong phòng họp B của trụ sở UBND tỉnh.", nil},
		{"a press room", "Tin tức\nSáng 6/6, huấn luyện viên A bước vào phòng họp báo sau trận đấu.", nil},
		{"the minutes of a meeting", "Tin tức\nNgày 6/6, bị can B soạn thảo biên bản họp HĐQT để hợp thức hóa việc tăng vốn.", nil},
		// negatives: a meeting held in the room; a press conference
		{"a meeting in the room", "Tin tức\nSáng 6/6, tại phòng họp số 1, UBND tỉnh tổ chức hội nghị sơ kết công tác 6 tháng.",
			[]string{"hội nghị sơ kết/2024-06-06/"}},
		{"a press conference", "Tin tức\nChiều 6/6, Bộ Ngoại giao tổ chức họp báo thường kỳ.",
			[]string{"họp báo/2024-06-06/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 8), schema.Span{}, c.want, c.name)
	}
}

// TestRound16WeddingOfferings covers a wedding's rites ("lễ cưới", "lễ
// đính hôn", as "hôn lễ") and offerings ("sắm lễ", "mâm lễ", as "lễ vật"):
// no ceremony reported; a ceremony named after them still is one
// (made-up sentences in the style of the press).
func TestRound16WeddingOfferings(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a wedding", "Tin tức\nNgày 6/6, nhiều cầu thủ đến dự lễ cưới của tiền vệ A tại khách sạn.", nil},
		{"an engagement", "Tin tức\nNgày 6/6, cặp đôi tổ chức lễ đính hôn tại quê nhà.", nil},
		{"offerings", "Tin tức\nHôm nay ngày 6/6, tín chủ thành tâm sắm lễ, hương hoa trà quả dâng lên trước án.", nil},
		// negatives: an anniversary ceremony; a rite of offering incense
		{"an anniversary ceremony", "Tin tức\nSáng 6/6, Tỉnh ủy tổ chức lễ kỷ niệm 50 năm ngày giải phóng tỉnh.",
			[]string{"lễ kỷ niệm/2024-06-06/"}},
		{"a ceremony after a wedding word", "Tin tức\nSáng 6/6, sau lễ cưới tập thể, Thành đoàn tổ chức Lễ trao thưởng cho các cặp đôi.",
			[]string{"lễ/2024-06-06/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 8), schema.Span{}, c.want, c.name)
	}
}
