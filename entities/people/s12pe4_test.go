package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Session 12 (pe, round 4): titles of the vietnews style found on set T's
// misses, each by its class. Made-up sentences.
func TestRound4Titles(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		// "Xí nghiệp" (an enterprise, a works) heads an organization, numbered or named
		{"Ông Lương Văn Tạo - giám đốc Xí nghiệp 4, Công ty cầu đường Hòa Bình - cho biết.",
			[]string{"Lương Văn Tạo: giám đốc Xí nghiệp 4, Công ty cầu đường Hòa Bình"}},
		{"Bà Đinh Thị Hạnh, Giám đốc Xí nghiệp may Sông Hồng, phát biểu.",
			[]string{"Đinh Thị Hạnh: Giám đốc Xí nghiệp may Sông Hồng"}},
		// a sub-department named by its field alone after a lower-case role
		{"Ông Hà Quang Vinh - chi cục trưởng kiểm lâm tỉnh, trưởng đoàn công tác - cho hay.",
			[]string{"Hà Quang Vinh: chi cục trưởng kiểm lâm tỉnh | trưởng đoàn công tác"}},
		{"Bà Lò Thị Mai, phó chi cục trưởng thú y huyện, nói.",
			[]string{"Lò Thị Mai: phó chi cục trưởng thú y huyện"}},
		// a secretary's rank names the post by itself, as "Bí thư thứ ba"
		{"Khi ấy, đứng đầu Đảng là Bí thư thứ nhất Hoàng Văn Thụ.",
			[]string{"Hoàng Văn Thụ: Bí thư thứ nhất"}},
		{"Bà Trịnh Thu Hà, Bí thư thứ hai Trung ương Hội, cho biết.",
			[]string{"Trịnh Thu Hà: Bí thư thứ hai Trung ương Hội"}},
		// a diplomatic mission heads an organization, not the role Đại sứ cut before "quán"
		{"Ông Lê Văn Hải, Tham tán Đại sứ quán Việt Nam tại Ba Lan, nói.",
			[]string{"Lê Văn Hải: Tham tán Đại sứ quán Việt Nam tại Ba Lan"}},
		// a pen name opening with a head noun, after a singular form of address
		{"Năm 1958, ông Trường Sinh đang làm Chủ tịch Hội đồng Hòa bình được bầu làm Trưởng ban Liên lạc.",
			[]string{"Trường Sinh: Chủ tịch Hội đồng Hòa bình | Trưởng ban Liên lạc"}},
		// a body addressed: no person
		{"Các đồng chí Bộ Nội vụ, Ban Tổ chức cho ý kiến.", nil},
		{"Đồng chí Ban Tuyên giáo báo cáo.", nil},
		// an ordinal between the title and là ranks the holder: no part of the title
		{"Sau năm 1975, Chủ tịch nước thứ ba của Việt Nam là ông Hoàng Văn Đạo.",
			[]string{"Hoàng Văn Đạo: Chủ tịch nước"}},
		{"Giám đốc Sở Y tế đầu tiên là bà Trần Thị Thu.",
			[]string{"Trần Thị Thu: Giám đốc Sở Y tế"}},
		{"Trọng tài thứ tư là ông Khổng Văn Tam.", []string{"Khổng Văn Tam: "}},
		// a time clause naming the post held ("cương vị", "chức vụ") gives it
		// to the subject after the comma, a chain of posts too
		{"Trong thời gian giữ cương vị Bí thư Đảng uỷ, Cục trưởng Cục K12, Phó Tổng cục trưởng Tổng cục 6, Bộ Quốc phòng, ông Vương Văn Khải đã vi phạm.",
			[]string{"Vương Văn Khải: Bí thư Đảng uỷ Cục K12 | Cục trưởng Cục K12 | Phó Tổng cục trưởng Tổng cục 6, Bộ Quốc phòng"}},
		{"Khi giữ chức vụ Giám đốc Công an tỉnh Hà Giang, ông Lục Văn Toàn đã chỉ đạo.",
			[]string{"Lục Văn Toàn: Giám đốc Công an tỉnh Hà Giang"}},
		{"Trên cương vị công tác mới, ông Lê Văn Ngọc sẽ cố gắng.", []string{"Lê Văn Ngọc: "}},
		// "T do A đảm nhận" with a title of A's before the name
		{"Ghế Giám đốc Sở Xây dựng do Phó Giám đốc Lê Quang Vinh đảm nhận.",
			[]string{"Lê Quang Vinh: Giám đốc Sở Xây dựng | Phó Giám đốc"}},
		{"Báo cáo do Bộ trưởng Lê Quang Vinh trình bày.", []string{"Lê Quang Vinh: Bộ trưởng"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}
