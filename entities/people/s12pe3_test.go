package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Session 12 (pe, round 3): organ heads written in lower case (vietnews
// style: "cục X", "ban Thường vụ"), whose capitalized name goes on as after
// "Cục", "Ban". Made-up sentences.
func TestLowerHeadNamed(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		// a capitalized role word naming the lower-case head, not a new title
		{"Đồng chí Trần Văn Lộc, nguyên Uỷ viên ban Thường vụ Tỉnh uỷ, Phó Chủ tịch UBND tỉnh đã vi phạm.",
			[]string{"Trần Văn Lộc: nguyên Uỷ viên ban Thường vụ Tỉnh uỷ | Phó Chủ tịch UBND tỉnh"}},
		{"Ông Đỗ Minh Khoa, Uỷ viên ban Thường trực Hội đồng, cho biết.",
			[]string{"Đỗ Minh Khoa: Uỷ viên ban Thường trực Hội đồng"}},
		// a name in sentence case after a lower-case head
		{"Đại tá Lý Văn Tâm, Cục trưởng cục Quản lý xuất nhập cảnh đã ký.",
			[]string{"Lý Văn Tâm: Cục trưởng cục Quản lý xuất nhập cảnh"}},
		{"Bà Phan Thị Hoa, Vụ trưởng vụ Hợp tác quốc tế, phát biểu.",
			[]string{"Phan Thị Hoa: Vụ trưởng vụ Hợp tác quốc tế"}},
		// the party body before it belongs to the department so named
		{"Ông Hà Văn Quế, Bí thư Đảng uỷ, Cục trưởng cục Phòng chống ma tuý bị kỷ luật.",
			[]string{"Hà Văn Quế: Bí thư Đảng uỷ cục Phòng chống ma tuý | Cục trưởng cục Phòng chống ma tuý"}},
		// a lower-case head read as a common noun still: no name after it
		{"Ông Lê Hữu Phước, trưởng ban quản lý chợ, cho biết.",
			[]string{"Lê Hữu Phước: trưởng ban quản lý chợ"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A ward, district or school named after a person: the text shows the name
// as the place's (after a unit noun no title governs, or after a school's
// noun), and the same name after such a noun is the place's everywhere.
func TestPlaceNamedAfterPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ông Đào Văn Sang - phó chủ tịch UBND phường Lý Thường Kiệt bị kỷ luật. UBND phường Lý Thường Kiệt đã gửi giấy mời.",
			[]string{"Đào Văn Sang: phó chủ tịch UBND phường Lý Thường Kiệt"}},
		{"Một người ngụ huyện Nguyễn Văn Trỗi bị bắt. Công an huyện Nguyễn Văn Trỗi cho biết.",
			nil},
		{"Bộ trưởng Hồ Văn Lâm đến trường THPT Trần Đại Nghĩa. Ông thăm lớp học ở trường Trần Đại Nghĩa.",
			[]string{"Hồ Văn Lâm: Bộ trưởng"}},
		// under a title and shown by nothing else: the person (the commune not named)
		{"Chủ tịch UBND xã Trịnh Văn Khải cho biết nước đã rút.",
			[]string{"Trịnh Văn Khải: Chủ tịch UBND xã"}},
		// the same name with a cue elsewhere is a person there
		{"Ông Lý Thường Kiệt phát biểu. UBND phường Lý Thường Kiệt tổ chức lễ.",
			[]string{"Lý Thường Kiệt: "}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A department named by a list of fields (commas and one "và"), closed by
// a comma and the body it belongs to.
func TestDeptFieldsThenParent(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Bà Phạm Thu Trang, trưởng phòng tổng hợp, thống kê và thông tin thị trường, Sở Công Thương Nam Định, cho biết.",
			[]string{"Phạm Thu Trang: trưởng phòng tổng hợp, thống kê và thông tin thị trường, Sở Công Thương Nam Định"}},
		// no parent body: the comma ends the title as before
		{"Bà Phạm Thu Trang, trưởng phòng tổng hợp, thống kê và dự báo, cho biết.",
			[]string{"Phạm Thu Trang: trưởng phòng tổng hợp"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A title, an adverb of the present time, then "là" and the holder: "T
// hiện nay là ông A".
func TestCopulaNowAdverb(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Theo công bố, Chủ tịch Hội đồng quản trị đương nhiệm là ông Lê Hữu Phát.",
			[]string{"Lê Hữu Phát: Chủ tịch Hội đồng quản trị"}},
		{"Ghế Bộ trưởng Nội vụ đang trống. Thứ trưởng hiện nay là bà Vũ Thị Lan.",
			[]string{"Vũ Thị Lan: Thứ trưởng"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A lower-case unit name after a role ending with the unit noun ("Trưởng
// ban chỉ đạo") refers to the unit named in full earlier in the sentence.
func TestUnitNamedBefore(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ban chỉ đạo Đông Nam Bộ được lập năm 2008, Trưởng ban chỉ đạo là Phó thủ tướng Trần Văn Lực.",
			[]string{"Trần Văn Lực: Phó thủ tướng | Trưởng ban chỉ đạo Đông Nam Bộ"}},
		// named in another sentence: kept as written
		{"Ban chỉ đạo Đông Nam Bộ được lập năm 2008. Trưởng ban chỉ đạo là Phó thủ tướng Trần Văn Lực.",
			[]string{"Trần Văn Lực: Phó thủ tướng | Trưởng ban chỉ đạo"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// "dự báo" (forecasting) inside a unit's name is no verb "dự".
func TestForecastUnit(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ông Đinh Văn Sơn, trưởng phòng dự báo Đài khí tượng thủy văn khu vực Tây Nguyên, cho biết.",
			[]string{"Đinh Văn Sơn: trưởng phòng dự báo Đài khí tượng thủy văn khu vực Tây Nguyên"}},
		{"Theo bà Mai Thị Hạnh, Giám đốc Trung tâm dự báo khí tượng thủy văn tỉnh Nghệ An, mưa sẽ giảm.",
			[]string{"Mai Thị Hạnh: Giám đốc Trung tâm dự báo khí tượng thủy văn tỉnh Nghệ An"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// "bộ phận" (a section) is one head noun, not the head "Bộ" and a word.
func TestSectionHead(t *testing.T) {
	text := "Bà Kim Lan Anh, trưởng bộ phận Phân tích thị trường của Công ty Sao Mai, nhận định."
	r := Find(Input{Text: text})
	assert.Equal(t, []string{"Kim Lan Anh: trưởng bộ phận Phân tích thị trường của Công ty Sao Mai"}, summary(r))
	checkSpans(t, text, r)
}

// Election boards, military command boards and schools by level are read
// through their first lower-case word ("bầu", "chỉ" are no end).
func TestBoardWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ông Vàng A Dính, Chủ tịch Ủy ban bầu cử xã Nậm Có, cho biết.",
			[]string{"Vàng A Dính: Chủ tịch Ủy ban bầu cử xã Nậm Có"}},
		{"Thiếu tá Hà Văn Tư, Chỉ huy trưởng Ban chỉ huy quân sự huyện Côn Đảo, cho biết.",
			[]string{"Hà Văn Tư: Chỉ huy trưởng Ban chỉ huy quân sự huyện Côn Đảo"}},
		{"Cô Lò Thị Mai, hiệu trưởng trường mầm non Hoa Ban, cho biết.",
			[]string{"Lò Thị Mai: hiệu trưởng trường mầm non Hoa Ban"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}
