package events

import (
	"testing"

	"github.com/vnpol/vnpol/schema"
)

// TestRound14MetTold covers a meeting told by "đã"/"vừa" + "gặp mặt" in a
// dated sentence: held, with the sentence's date and place; alone, or
// undated, or in the speaker's own words, "gặp mặt" is none (made-up
// sentences in the style of the press).
func TestRound14MetTold(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"đã gặp mặt after a dated lead", "Tin tức\nSáng 6-6, tại Phủ Chủ tịch, Chủ tịch nước A đã gặp mặt, chúc mừng đoàn đại biểu người cao tuổi tiêu biểu.",
			[]string{"gặp mặt/2024-06-06/"}},
		{"vừa gặp mặt with a province", "Tin tức\nChiều 3/6, tại thành phố Hà Nội, Bộ trưởng B vừa gặp mặt các nhà khoa học trẻ.",
			[]string{"gặp mặt/2024-06-03/Hà Nội"}},
		// negatives: no date; the verb without "đã"; a meeting of two people long ago
		{"undated", "Tin tức\nChủ tịch nước A đã gặp mặt, chúc mừng đoàn đại biểu người cao tuổi.", nil},
		{"bare verb", "Tin tức\nSáng 6-6, các cựu chiến binh gặp mặt nhau tại quê nhà.", nil},
		{"a meeting in the story's past", "Tin tức\nNăm 1975, hai người đã gặp mặt lần đầu ở chiến trường.", nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 8), schema.Span{}, c.want, c.name)
	}
}

// TestRound14VisitOccasion covers a visit made on the occasion of a
// ceremony ("nhân dịp kỷ niệm Đại lễ ..."): the visit is the event, not
// the ceremony; a working session the visit holds is still that session
// (made-up sentences in the style of the press).
func TestRound14VisitOccasion(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"on the occasion of a feast", "Tin tức\nSáng 20/5, tại Hà Nội, Thượng tướng A đã tới thăm, chúc mừng Giáo hội B nhân dịp kỷ niệm Đại lễ Phật đản.",
			[]string{"thăm/2024-05-20/Hà Nội"}},
		{"on the occasion, short", "Tin tức\nSáng 20/5, tại Hà Nội, Thượng tướng A đã tới thăm, chúc mừng Giáo hội B nhân dịp Đại lễ Phật đản.",
			[]string{"thăm/2024-05-20/Hà Nội"}},
		// negative: the visit holds a working session
		{"a working session", "Tin tức\nSáng 20/5, tại Hà Nội, Thượng tướng A đã tới thăm, làm việc với Giáo hội B.",
			[]string{"làm việc/2024-05-20/Hà Nội"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 5, 22), schema.Span{}, c.want, c.name)
	}
}

// TestRound14ReceptionOfPerson covers a reception of a person introduced by
// "ông"/"bà" ("tiếp ông A, Chủ tịch Tập đoàn X"): held when dated, as
// "tiếp Đại sứ" is (made-up sentences in the style of the press).
func TestRound14ReceptionOfPerson(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"tiếp ông", "Tin tức\nChiều tối 20/5, tại Trụ sở Chính phủ, Thủ tướng A tiếp ông John Smith, Chủ tịch Tập đoàn X.",
			[]string{"tiếp/2024-05-20/"}},
		{"đã tiếp bà", "Tin tức\nSáng 21/5, tại Hà Nội, Bộ trưởng B đã tiếp bà Mary Lee, Giám đốc Quỹ Y.",
			[]string{"tiếp/2024-05-21/Hà Nội"}},
		// negatives: undated; a lower-case word after "ông" (no name)
		{"undated", "Tin tức\nTổng thống đồng ý tiếp ông Trọng tại Nhà Trắng.", nil},
		{"no name", "Tin tức\nSáng 21/5, cán bộ xã tiếp ông một cốc nước.", nil},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 5, 22), schema.Span{}, c.want, c.name)
	}
}

// TestRound14AddressParts covers a venue whose address runs through a
// building and a numbered district before its province ("tại Văn phòng 2
// ..., Thiền viện X, Quận 3, Thành phố Hồ Chí Minh"); a venue with no
// province stays without a place (made-up sentences in the style of the press).
func TestRound14AddressParts(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a numbered district before the city", "Tin tức\nNgày 18/6, tại Văn phòng 2 Trung ương Giáo hội, Thiền viện Quảng Đức, Quận 3, Thành phố Hồ Chí Minh, Ban Thường trực đã tổ chức hội nghị sơ kết.",
			[]string{"hội nghị sơ kết/2024-06-18/Hồ Chí Minh"}},
		// negatives: no province after the parts; a new clause after the building
		{"no province", "Tin tức\nNgày 18/6, tại Văn phòng 2 Trung ương Giáo hội, Thiền viện Quảng Đức, Quận 3, Ban Thường trực đã tổ chức hội nghị sơ kết.",
			[]string{"hội nghị sơ kết/2024-06-18/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 6, 20), schema.Span{}, c.want, c.name)
	}
}

// TestRound14InspectionTold covers an inspection told by "kiểm tra" and
// what it looks at (công tác, tiến độ, tình hình, hiện trường) in a dated
// sentence, with no head; a visit that also inspects stays a visit
// (made-up sentences in the style of the press).
func TestRound14InspectionTold(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a leader inspects the recovery", "Tin tức\nSáng 9/9, đồng chí A, Bí thư Tỉnh ủy kiểm tra công tác khắc phục thiệt hại do bão số 3 gây ra.",
			[]string{"kiểm tra/2024-09-09/"}},
		{"a delegation inspects the preparations", "Tin tức\nNgày 8/9, đoàn công tác của Bộ Chỉ huy Quân sự tỉnh đã tiến hành kiểm tra tiến độ thi công công trình.",
			[]string{"kiểm tra/2024-09-08/"}},
		// negatives: undated; the activity ("công tác kiểm tra"); a visit that inspects too
		{"undated", "Tin tức\nLãnh đạo tỉnh thường xuyên kiểm tra tình hình sản xuất.", nil},
		{"the activity", "Tin tức\nSáng 9/9, tỉnh tăng cường công tác kiểm tra, giám sát.", nil},
		{"a visit that inspects", "Tin tức\nSáng 9/9, Phó Thủ tướng A đã có buổi thăm và tặng quà cho bà con ngư dân và kiểm tra công tác đền bù thiệt hại.",
			[]string{"thăm/2024-09-09/"}},
	}
	for _, c := range cases {
		checkEvents(t, c.text, day(2024, 9, 10), schema.Span{}, c.want, c.name)
	}
}
