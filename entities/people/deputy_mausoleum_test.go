package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCouncilDeputyMausoleumCommander checks three title rules: "đại biểu A"
// in a report of a people's council session is a deputy (not in a congress
// report), a mausoleum named with its person's title is a place (the person
// named elsewhere stays one), and the President's "Thống lĩnh" office is a
// title of its own in the chain, and that an abbreviated parent body in
// brackets ends a title, and that the list after a noun of several streets
// names streets, and that a name cut before its given name written in
// lower case is the person named in full, and that a title after a fronted
// reply adjunct ("Trước đề nghị của ông A,") is not A's; the Party's
// adviser (1997-2001) is a post; the head of a committee the sentence
// opens with ("Ban lễ tang ... do A làm Trưởng ban") bears its name;
// "Thường vụ Tỉnh ủy" is a title; each ";" item of a career sentence keeps
// its subject.
func TestCouncilDeputyMausoleumCommander(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"a deputy at a council session",
			"Tại kỳ họp HĐND huyện, đại biểu Trần Văn Nam cho rằng cần nạo vét kênh.",
			[]string{"Trần Văn Nam: đại biểu"}},
		{"a deputy at a council session, the word at a sentence start",
			"Kỳ họp thứ 16 HĐND tỉnh khai mạc sáng nay. Đại biểu Trần Văn Nam đề nghị làm rõ.",
			[]string{"Trần Văn Nam: Đại biểu"}},
		{"a delegate to a congress is no deputy",
			"Tại đại hội, đại biểu Trần Văn Nam cho rằng HĐND cần sát dân.",
			[]string{"Trần Văn Nam: "}},
		{"a mausoleum is a place",
			"Đoàn đến đặt vòng hoa, viếng Lăng Chủ tịch Hồ Chí Minh.",
			nil},
		{"a mausoleum is a place, lower case",
			"Đoàn xe đi ngang lăng chủ tịch Hồ Chí Minh lúc 8 giờ.",
			nil},
		{"the person named after the mausoleum is still one",
			"Đoàn viếng lăng Chủ tịch Hồ Chí Minh và tưởng niệm Chủ tịch Hồ Chí Minh.",
			[]string{"Hồ Chí Minh: Chủ tịch"}},
		{"an abbreviated parent body in brackets",
			"Ông Lê Văn Nam, Vụ trưởng Vụ Pháp chế (Bộ LĐ-TB&XH) cho biết.",
			[]string{"Lê Văn Nam: Vụ trưởng Vụ Pháp chế (Bộ LĐ-TB&XH)"}},
		{"an abbreviated parent body in spaced brackets",
			"Ông Lê Văn Nam , Vụ trưởng Vụ Pháp chế ( Bộ LĐ - TB & XH ) cho biết .",
			[]string{"Lê Văn Nam: Vụ trưởng Vụ Pháp chế ( Bộ LĐ - TB & XH )"}},
		{"a bracket holding a clause is no parent body",
			"Ông Lê Văn Nam, Giám đốc Trung tâm Y tế (Sở GD&ĐT đã chuyển giao năm 2020) cho biết.",
			[]string{"Lê Văn Nam: Giám đốc Trung tâm Y tế"}},
		{"a list after several streets names streets",
			"Các lô đất giáp tuyến đường Lê Văn Lương, Nguyễn Văn Bình thuộc phân khu A.",
			nil},
		{"a list after several streets names streets, with the plural word",
			"Đoàn diễu hành qua các phố Lý Thường Kiệt, Bà Triệu, Trần Văn Bình và trở về.",
			nil},
		{"a name after one street and a comma is a person",
			"Dự án nằm trên đường Lê Lợi, Nguyễn Văn Bình cho biết.",
			[]string{"Nguyễn Văn Bình: "}},
		{"a name after a plural street noun and a comma is a person",
			"Trên các tuyến đường, Nguyễn Văn Bình cho biết.",
			[]string{"Nguyễn Văn Bình: "}},
		{"a name cut before its given name written in lower case",
			"Chiều 5/6, tại trụ sở Bộ, Bộ trưởng Nguyễn Xuân tùng làm việc với Tỉnh đoàn Nam Định.\nBộ trưởng Nguyễn Xuân Tùng .\n",
			[]string{"Nguyễn Xuân Tùng: Bộ trưởng"}},
		{"a lower-case word that is no given name of the person is no cut",
			"Sáng 20/3, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Tùng có cuộc làm việc với Trung ương Đoàn.\nBộ trưởng Nguyễn Văn Hải chủ trì.\n",
			[]string{"Nguyễn Xuân Tùng: Thủ tướng", "Nguyễn Văn Hải: Bộ trưởng"}},
		{"a title after a reply adjunct is the subject's",
			"Phó Chủ tịch UBND tỉnh Trần Văn Hải hỏi. Trước đề nghị của ông Hải, Giám đốc Sở Giao thông cho rằng cần thêm vốn.",
			[]string{"Trần Văn Hải: Phó Chủ tịch UBND tỉnh"}},
		{"a title right after the person without an adjunct is the person's",
			"Phó Chủ tịch UBND tỉnh Trần Văn Hải hỏi. Ông Hải, Giám đốc Sở Giao thông cho rằng cần thêm vốn.",
			[]string{"Trần Văn Hải: Phó Chủ tịch UBND tỉnh | Giám đốc Sở Giao thông"}},
		{"the Party's adviser is a post",
			"Đại tướng Lê Văn Hải sinh năm 1920. Từ năm 1997, ông là cố vấn Ban chấp hành Trung ương Đảng.",
			[]string{"Lê Văn Hải: cố vấn Ban chấp hành Trung ương Đảng"}},
		{"an adviser to a firm is no post",
			"Ông Lê Văn Hải, cố vấn pháp lý của công ty, cho biết.",
			[]string{"Lê Văn Hải: "}},
		{"the head of a committee the sentence opens with",
			"Ban lễ tang gồm 30 thành viên do Chủ tịch nước Lê Văn Hải làm Trưởng ban.",
			[]string{"Lê Văn Hải: Chủ tịch nước | Trưởng ban lễ tang"}},
		{"the head of a committee opened with do",
			"Ban tổ chức lễ tang do Phó Thủ tướng Lê Văn Hải làm Trưởng ban.",
			[]string{"Lê Văn Hải: Phó Thủ tướng | Trưởng ban tổ chức lễ tang"}},
		{"a delegation is no committee",
			"Đoàn công tác do Phó Thủ tướng Lê Văn Hải làm Trưởng ban.",
			[]string{"Lê Văn Hải: Phó Thủ tướng"}},
		{"a standing committee member without Ủy viên",
			"HĐND tỉnh bầu ông Lê Văn Hải, Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy giữ chức Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Hải: Thường vụ Tỉnh ủy | Trưởng ban Dân vận Tỉnh ủy | Chủ tịch UBND tỉnh"}},
		{"the standing committee itself is no title",
			"Ban Thường vụ Tỉnh ủy đã họp. Ông Lê Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, dự.",
			[]string{"Lê Văn Hải: Ủy viên Ban Thường vụ Tỉnh ủy"}},
		{"each item of a career sentence keeps its subject",
			"Ông Lê Văn Hải sinh năm 1950. Năm 1990, ông làm Phó Giám đốc Sở Tài chính tỉnh Nam Định, phụ trách mảng ngân sách địa phương; được Tỉnh ủy cử đi học lớp cao cấp lý luận chính trị (năm 1992); được tặng Huân chương Lao động hạng Ba năm 1995; giữ chức Giám đốc Sở Tài chính tỉnh Nam Định từ năm 1996.",
			[]string{"Lê Văn Hải: Phó Giám đốc Sở Tài chính tỉnh Nam Định | Giám đốc Sở Tài chính tỉnh Nam Định"}},
		{"an item about another person ends the subject",
			"Đại tướng Lê Văn Hải sinh năm 1920. Năm 1981, ông làm Thứ trưởng Quốc phòng; ông Trần Văn Nam giữ chức Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam.",
			[]string{"Lê Văn Hải: Thứ trưởng Quốc phòng", "Trần Văn Nam: Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"}},
		{"the commander of the armed forces is a title of its own",
			"Dự có Chủ tịch nước Lê Văn Bình, Chủ tịch Hội đồng Quốc phòng và An ninh, Thống lĩnh các lực lượng vũ trang nhân dân.",
			[]string{"Lê Văn Bình: Chủ tịch nước | Chủ tịch Hội đồng Quốc phòng và An ninh | Thống lĩnh các lực lượng vũ trang nhân dân"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}
