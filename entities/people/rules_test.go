package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGeneralRules checks the grammar rules of title chains on constructed
// sentences (general patterns of Vietnamese political news, not copies of
// any article): each case names the rule it exercises.
func TestGeneralRules(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		// (a) lower-case words after an organization head word
		{"lower tail after head and one capital",
			"Ông Nguyễn Văn Hùng, Phó trưởng Ban Văn nghệ, cho biết.",
			[]string{"Nguyễn Văn Hùng: Phó trưởng Ban Văn nghệ"}},
		{"lower tail then place unit",
			"Ông Trần Minh Đức, Cục trưởng Cục Quản lý thị trường tỉnh Nghệ An phát biểu.",
			[]string{"Trần Minh Đức: Cục trưởng Cục Quản lý thị trường tỉnh Nghệ An"}},
		{"lower tail right after the head noun",
			"Bà Lê Thị Hoa, Chủ tịch Hội đồng thành viên Tổng công ty Sông Hồng cho biết.",
			[]string{"Lê Thị Hoa: Chủ tịch Hội đồng thành viên Tổng công ty Sông Hồng"}},
		{"predicate ends the tail",
			"Ông Phạm Văn Long, Giám đốc Trung tâm Kiểm soát bệnh tật nhận định rằng dịch đã giảm.",
			[]string{"Phạm Văn Long: Giám đốc Trung tâm Kiểm soát bệnh tật"}},
		{"no tail after a proper name of two capitals",
			"Ông Hoàng Văn Nam, Trưởng ban Ban Chỉ đạo Tây Bắc nghỉ hưu.",
			[]string{"Hoàng Văn Nam: Trưởng ban Ban Chỉ đạo Tây Bắc"}},
		{"no tail after an acronym",
			"Ông Vũ Minh Tâm, Chủ tịch HĐQT Tập đoàn ABC long trọng tuyên bố khởi công.",
			[]string{"Vũ Minh Tâm: Chủ tịch HĐQT Tập đoàn ABC"}},
		{"unit abbreviation dot and province tail",
			"Ông Đặng Quốc Bảo, Phó chủ tịch UBND Q.Gò Vấp, TP.HCM dự.",
			[]string{"Đặng Quốc Bảo: Phó chủ tịch UBND Q.Gò Vấp, TP.HCM"}},
		{"bracketed parent kept",
			"Thiếu tướng Ngô Văn Tùng, Tư lệnh Bộ Tư lệnh Cảnh vệ (Bộ Công an) phát biểu.",
			[]string{"Ngô Văn Tùng: Tư lệnh Bộ Tư lệnh Cảnh vệ (Bộ Công an)"}},
		{"bracketed abbreviation cut",
			"Ông Lý Văn Thành, Trưởng đoàn Đại biểu Quốc hội (ĐBQH) tỉnh phát biểu.",
			[]string{"Lý Văn Thành: Trưởng đoàn Đại biểu Quốc hội tỉnh"}},
		// (b) bare roles
		{"capitalized bare role kept",
			"Các ông: Trần Văn Bình, Bí thư Đảng ủy, Vụ trưởng; Lê Văn Cường, Phó Vụ trưởng.",
			[]string{"Trần Văn Bình: Bí thư Đảng ủy | Vụ trưởng", "Lê Văn Cường: Phó Vụ trưởng"}},
		{"weak bare role dropped",
			"Ông Đỗ Minh Khoa, Ủy viên, phát biểu.",
			[]string{"Đỗ Minh Khoa: "}},
		{"bare role repeating a fuller title dropped",
			"Ông Mai Văn Hải, Bộ trưởng Bộ Y tế, cho biết. Bộ trưởng Mai Văn Hải nói thêm.",
			[]string{"Mai Văn Hải: Bộ trưởng Bộ Y tế"}},
		// (c) career lists and profiles
		{"career list split by semicolons",
			"Ông Ngô Văn An từng làm Phó giám đốc Sở Tài chính; Bí thư Huyện ủy Yên Lạc; Chủ tịch UBND tỉnh Vĩnh Phúc.",
			[]string{"Ngô Văn An: Phó giám đốc Sở Tài chính | Bí thư Huyện ủy Yên Lạc | Chủ tịch UBND tỉnh Vĩnh Phúc"}},
		{"profile items after semicolons",
			"Ông Lâm Văn Tú sinh năm 1970, quê tỉnh Bến Tre; thạc sĩ kinh tế; Ủy viên Trung ương Đảng khóa 13; Đại biểu Quốc hội khóa 15.",
			[]string{"Lâm Văn Tú: Ủy viên Trung ương Đảng | Đại biểu Quốc hội"}},
		// (d) titles conferred on others
		{"chức vụ X đối với A và B",
			"Ông Hà Văn Sơn trao quyết định bổ nhiệm chức vụ Phó trưởng Công an huyện Kim Bôi đối với Trung tá Bùi Văn Hòa và Thiếu tá Đinh Văn Phú.",
			[]string{"Hà Văn Sơn: ", "Bùi Văn Hòa: Phó trưởng Công an huyện Kim Bôi", "Đinh Văn Phú: Phó trưởng Công an huyện Kim Bôi"}},
		{"bổ nhiệm giữ chức after the subject's chain",
			"Bà Trịnh Thị Lan, Ủy viên Ủy ban Kiểm tra Tỉnh ủy, được bổ nhiệm giữ chức vụ Phó chánh thanh tra tỉnh Thái Bình.",
			[]string{"Trịnh Thị Lan: Ủy viên Ủy ban Kiểm tra Tỉnh ủy | Phó chánh thanh tra tỉnh Thái Bình"}},
		// (e) chain boundaries and propagation
		{"a person ends the organization after a place head",
			"Thủ tướng Lê Văn Kiên, Bí thư Thành ủy Nguyễn Đức Hạnh cùng dự.",
			[]string{"Lê Văn Kiên: Thủ tướng", "Nguyễn Đức Hạnh: Bí thư Thành ủy"}},
		{"organ of a party body does not name it",
			"Ông Vi Văn Toàn, Phó Bí thư Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Phó Cục trưởng.",
			[]string{"Vi Văn Toàn: Phó Bí thư Đảng ủy | Chủ nhiệm Ủy ban Kiểm tra Đảng ủy | Phó Cục trưởng"}},
		{"Tỉnh ủy takes only a province",
			"Ông Cao Văn Lực, nguyên Ủy viên BTV Tỉnh ủy, nguyên Bí thư Thành ủy Vị Thanh dự.",
			[]string{"Cao Văn Lực: nguyên Ủy viên BTV Tỉnh ủy | nguyên Bí thư Thành ủy Vị Thanh"}},
		// (f) names
		{"Buddhist clergy",
			"Thượng tọa Thích Minh Quang, Phó Chủ tịch Hội đồng Trị sự chủ trì.",
			[]string{"Thích Minh Quang: Phó Chủ tịch Hội đồng Trị sự"}},
		{"all-capital name after a cue",
			"Tiến sĩ NGUYỄN VĂN MINH phát biểu.",
			[]string{"NGUYỄN VĂN MINH: "}},
		{"acting prefix kept in the role",
			"Ông Hứa Văn Thắng, Quyền Chủ tịch UBND tỉnh Cao Bằng phát biểu.",
			[]string{"Hứa Văn Thắng: Quyền Chủ tịch UBND tỉnh Cao Bằng"}},
		// (g) one post written twice
		{"abbreviation defined in brackets",
			"Ông Đoàn Văn Hưng, Giám đốc Đài Phát thanh Việt Nam (VOV) phát biểu. Giám đốc VOV Đoàn Văn Hưng cho biết.",
			[]string{"Đoàn Văn Hưng: Giám đốc Đài Phát thanh Việt Nam"}},
		{"nguyên variant",
			"Ông Tạ Văn Lâm, nguyên Bí thư Tỉnh ủy Kon Tum bị kỷ luật. Trong thời gian giữ chức Bí thư Tỉnh ủy Kon Tum, ông Tạ Văn Lâm vi phạm.",
			[]string{"Tạ Văn Lâm: nguyên Bí thư Tỉnh ủy Kon Tum"}},
		// (h) generalization round 3
		{"chain before a name after a semicolon goes to that name only",
			"Dự có Phó Thủ tướng Lê Văn Bình; Ủy viên Trung ương Đảng, Thứ trưởng Bộ Tài chính Trần Quang Nam.",
			[]string{"Lê Văn Bình: Phó Thủ tướng", "Trần Quang Nam: Ủy viên Trung ương Đảng | Thứ trưởng Bộ Tài chính"}},
		{"rank before the name, appositive titles after it, in a list",
			"Dự có Bộ trưởng Bộ Y tế Đào Văn Lợi; Trung tướng Phạm Hữu Nghĩa, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ trưởng Bộ Quốc phòng dự họp.",
			[]string{"Đào Văn Lợi: Bộ trưởng Bộ Y tế", "Phạm Hữu Nghĩa: Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam | Thứ trưởng Bộ Quốc phòng"}},
		{"an abbreviation goes on through &",
			"Ông Võ Thành Công, Thứ trưởng Bộ NN&PTNT, phát biểu.",
			[]string{"Võ Thành Công: Thứ trưởng Bộ NN&PTNT"}},
		{"an organization name in title case",
			"Năm 2020, ông Lưu Đình Phong được bổ nhiệm Cục trưởng Hàng không Dân dụng. Sau đó ông nghỉ hưu.",
			[]string{"Lưu Đình Phong: Cục trưởng Hàng không Dân dụng"}},
		{"a predicate verb ends the organization",
			"Ông Tôn Đức Minh, Phó Trưởng Ban Kinh tế Trung ương công bố quyết định.",
			[]string{"Tôn Đức Minh: Phó Trưởng Ban Kinh tế Trung ương"}},
		{"a nominated post is not held",
			"Ban Bí thư đồng ý giới thiệu ông Mạc Văn Tài, Phó Bí thư Tỉnh ủy, để bầu giữ chức Chủ tịch UBND tỉnh Hòa Bình.",
			[]string{"Mạc Văn Tài: Phó Bí thư Tỉnh ủy"}},
		{"a nominated post is held once the election is reported",
			"Tờ trình giới thiệu ông Mạc Văn Tài để bầu giữ chức Chủ tịch UBND tỉnh Hòa Bình. Kết quả, các đại biểu đã bầu ông Mạc Văn Tài.",
			[]string{"Mạc Văn Tài: Chủ tịch UBND tỉnh Hòa Bình"}},
		{"one post written with and without the abbreviation",
			"Ông Lã Văn Hậu, Phó Chủ tịch UBND thành phố Hải Phòng, dự. Ông Lã Văn Hậu, Phó Chủ tịch Ủy ban nhân dân thành phố, cho biết.",
			[]string{"Lã Văn Hậu: Phó Chủ tịch UBND thành phố Hải Phòng"}},
		{"Trường inside a three-syllable name",
			"Ông Lê Trường Giang - chuyên viên Văn phòng Bộ Tư pháp bị kỷ luật.",
			[]string{"Lê Trường Giang: chuyên viên Văn phòng Bộ Tư pháp"}},
		{"an organization listing fields with commas before the name",
			"Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường của Quốc hội Phan Xuân Dũng cho hay.",
			[]string{"Phan Xuân Dũng: Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường của Quốc hội"}},
		{"a comma list of posts is not one organization",
			"Ông Đinh Văn Tiến, Phó Chủ tịch Hội đồng nhân dân tỉnh, Trưởng ban Kinh tế phát biểu.",
			[]string{"Đinh Văn Tiến: Phó Chủ tịch Hội đồng nhân dân tỉnh | Trưởng ban Kinh tế"}},
		{"a chain of posts left, then đối với the person",
			"Quyết định cho thôi chức vụ bí thư Huyện ủy, ủy viên Ban Thường vụ Tỉnh ủy và các chức vụ có liên quan để nghỉ hưu đối với ông Quách Văn Lộc.",
			[]string{"Quách Văn Lộc: bí thư Huyện ủy | ủy viên Ban Thường vụ Tỉnh ủy"}},
		{"a chain right before đối với",
			"Quốc hội thông qua Nghị quyết bầu Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Kinh tế đối với ông Tăng Văn Phước.",
			[]string{"Tăng Văn Phước: Ủy viên Ủy ban Thường vụ Quốc hội | Chủ nhiệm Ủy ban Kinh tế"}},
		{"a place noun before a capitalized run",
			"Hội nghị trưởng đoàn Giải đua thuyền bãi biển Châu Á khai mạc.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}
