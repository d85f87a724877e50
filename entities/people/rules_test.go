package people

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/schema"
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
		{"a career list after a fronted time clause is the subject's",
			"Bà Lê Thị Hoa sinh năm 1960. Trước khi được Trung ương đồng ý cho thôi các chức vụ, bà Hoa là Ủy viên Bộ Chính trị khóa XII; Bí thư Trung ương Đảng khóa XII; Trưởng Ban Dân vận Trung ương.",
			[]string{"Lê Thị Hoa: Ủy viên Bộ Chính trị | Bí thư Trung ương Đảng | Trưởng Ban Dân vận Trung ương"}},
		{"a fronted clause naming another person makes no subject after it",
			"Ông Trần Văn Bình sinh năm 1960. Theo ông Lê Văn An, ông Bình là Phó Giám đốc Sở Y tế; Giám đốc Sở Y tế.",
			[]string{"Trần Văn Bình: Phó Giám đốc Sở Y tế", "Lê Văn An: "}},
		{"a bare standing-committee membership takes the committee closing the next title",
			"Cùng đi có đồng chí Lê Văn An, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.",
			[]string{"Lê Văn An: Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Tuyên giáo Tỉnh ủy | Chủ tịch Ủy ban MTTQ tỉnh"}},
		{"... with the committee's place name",
			"Ông Lê Văn An, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Thành ủy Vinh phát biểu.",
			[]string{"Lê Văn An: Ủy viên Ban Thường vụ Thành ủy Vinh | Chủ nhiệm Ủy ban Kiểm tra Thành ủy Vinh"}},
		{"a committee's secretary after it gives none (another committee's standing committee)",
			"Ông Lê Văn An, Ủy viên Ban Thường vụ, Bí thư Huyện ủy Tân Phú phát biểu.",
			[]string{"Lê Văn An: Ủy viên Ban Thường vụ | Bí thư Huyện ủy Tân Phú"}},
		{"a title of no party committee after it gives none",
			"Ông Lê Văn An, Ủy viên Ban Thường vụ, Giám đốc Sở Y tế phát biểu.",
			[]string{"Lê Văn An: Ủy viên Ban Thường vụ | Giám đốc Sở Y tế"}},
		{"the main clause's subject after a fronted Xem xét phrase is no parent body of the chain",
			"Xem xét đề nghị thi hành kỷ luật đồng chí Lê Văn An, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp, Ủy ban Kiểm tra Trung ương nhận thấy: đồng chí đã vi phạm.",
			[]string{"Lê Văn An: Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp"}},
		{"... nor after Căn cứ",
			"Căn cứ đề nghị của ông Lê Văn An, Vụ trưởng Vụ Pháp chế, Bộ Tư pháp đã thống nhất.",
			[]string{"Lê Văn An: Vụ trưởng Vụ Pháp chế"}},
		{"a parent body after a comma before the verb of the name's own clause stays",
			"Ông Lê Văn An, Vụ trưởng Vụ Pháp chế, Bộ Tư pháp cho biết.",
			[]string{"Lê Văn An: Vụ trưởng Vụ Pháp chế, Bộ Tư pháp"}},
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
		{"a term qualifier set off by commas before đối với",
			"Hội đồng thống nhất miễn nhiệm Phó Chủ tịch UBND tỉnh Bình Định, nhiệm kỳ 2021-2026, đối với ông Lâm Hải Giang.",
			[]string{"Lâm Hải Giang: Phó Chủ tịch UBND tỉnh Bình Định"}},
		{"an appositive's comma before đối với is no conferral",
			"Ông Trần Văn Nam, Chủ tịch UBND tỉnh, đối với ông Hồ Quốc Dũng thì tỏ ra dè dặt.",
			[]string{"Trần Văn Nam: Chủ tịch UBND tỉnh", "Hồ Quốc Dũng: "}},
		{"an abbreviation in brackets between the organization and the name",
			"Ngày 14/5, Thứ trưởng Bộ Thông tin và Truyền thông (TT&TT) Lê Quang Hòa cho biết thêm.",
			[]string{"Lê Quang Hòa: Thứ trưởng Bộ Thông tin và Truyền thông"}},
		{"a place noun before a capitalized run",
			"Hội nghị trưởng đoàn Giải đua thuyền bãi biển Châu Á khai mạc.",
			nil},
		// (i) generalization round 4
		{"a pen name after a profession word, dash glued to the name",
			"Khai mạc, nhà báo Minh Khang- Chủ tịch Hội Nhà văn Việt Nam, Trưởng ban Giám khảo Giải Sách Quốc gia nêu rõ.",
			[]string{"Minh Khang: Chủ tịch Hội Nhà văn Việt Nam | Trưởng ban Giám khảo Giải Sách Quốc gia"}},
		{"a pen name after a profession word, comma apposition",
			"Dự có nhạc sĩ Thanh Tùng, Chủ tịch Hội Âm nhạc tỉnh; nhà văn Hồ Anh Thái.",
			[]string{"Thanh Tùng: Chủ tịch Hội Âm nhạc tỉnh", "Hồ Anh Thái: "}},
		{"a profession word inside an organization name names nobody",
			"Hội Nhà báo Việt Nam tổ chức hội thảo; các nhà báo Việt Nam tham dự.",
			nil},
		{"a pen name without a title is not taken where nothing closes it",
			"Nghệ sĩ Quang Lý hát bài mới.",
			nil},
		{"a pen name a predicate closes is taken",
			"Ca khúc của nghệ sĩ Quang Lý được yêu thích.",
			[]string{"Quang Lý: "}},
		{"a country before a foreign name after a profession word",
			"Theo nhà báo Hàn Quốc Kim Jong Soo, Tổng biên tập báo Seoul Times, việc này đúng.",
			[]string{"Kim Jong Soo: Tổng biên tập báo Seoul Times"}},
		{"a hospital department head",
			"Bà Lý Thị Mai - Trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh - cho biết.",
			[]string{"Lý Thị Mai: Trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh"}},
		{"a fleet is an organization head",
			"Đoàn do Chuẩn đô đốc Rajiv Kumar - Tư lệnh Hạm đội miền Tây, Bộ Tư lệnh Hải quân Ấn Độ làm trưởng đoàn.",
			[]string{"Rajiv Kumar: Tư lệnh Hạm đội miền Tây, Bộ Tư lệnh Hải quân Ấn Độ"}},
		{"a title after a birth-year bracket and biography items",
			"Quyết định đối với Đại tá Lê Quang Vinh (SN 1975), quê quán huyện Đức Thọ, tỉnh Hà Tĩnh; Phó Cục trưởng Cục Cảnh sát giao thông đến nhận công tác.",
			[]string{"Lê Quang Vinh: Phó Cục trưởng Cục Cảnh sát giao thông"}},
		{"a title right after a birth-year bracket",
			"Ông Trần Hữu Phúc (sinh năm 1968), Giám đốc Công ty TNHH thương mại Thiên Phát, bị bắt.",
			[]string{"Trần Hữu Phúc: Giám đốc Công ty TNHH thương mại Thiên Phát"}},
		{"a title after a country before the name",
			"Thủ tướng đã gặp Tổng thống Hoa Kỳ Clinton và Ngoại trưởng Trung Quốc Lý Triệu Tinh.",
			[]string{"Clinton: Tổng thống Hoa Kỳ", "Lý Triệu Tinh: Ngoại trưởng Trung Quốc"}},
		{"a country inside a longer name is no person",
			"Đô đốc John Aquilino, Tư lệnh Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương Hoa Kỳ phát biểu.",
			[]string{"John Aquilino: Tư lệnh Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương Hoa Kỳ"}},
		{"a counted title goes to each listed name",
			"Hai ủy viên Trung ương Đảng là Bộ trưởng Bộ Tài chính Lê Văn Hòa và Chủ tịch UBND tỉnh Nam Định Trần Văn Lộc bị kỷ luật.",
			[]string{"Lê Văn Hòa: Bộ trưởng Bộ Tài chính | ủy viên Trung ương Đảng", "Trần Văn Lộc: Chủ tịch UBND tỉnh Nam Định | ủy viên Trung ương Đảng"}},
		{"a counted title before gồm and a semicolon list",
			"Ba ủy viên Bộ Chính trị bị kỷ luật gồm: ông Vũ Văn Khải - Trưởng Ban Nội chính Trung ương; ông Đặng Văn Tú và ông Hồ Văn Lâm.",
			[]string{"Vũ Văn Khải: Trưởng Ban Nội chính Trung ương | ủy viên Bộ Chính trị", "Đặng Văn Tú: ủy viên Bộ Chính trị", "Hồ Văn Lâm: ủy viên Bộ Chính trị"}},
		{"a second post held concurrently",
			"Hiện nay, Phó Thủ tướng Lê Văn Thành đang kiêm chức Bộ trưởng Tài chính.",
			[]string{"Lê Văn Thành: Phó Thủ tướng | Bộ trưởng Tài chính"}},
		{"a career step after a comma and rồi",
			"Ông Trần Văn Cần làm phó chủ tịch UBND tỉnh, rồi phó bí thư thường trực Tỉnh ủy Bến Tre.",
			[]string{"Trần Văn Cần: phó chủ tịch UBND tỉnh Bến Tre | phó bí thư thường trực Tỉnh ủy Bến Tre"}},
		{"an event name keeps its edition",
			"Ông Đỗ Văn Nam, Trưởng ban Tổ chức Liên hoan Phim Việt Nam lần thứ 23 phát biểu. Ông Đỗ Văn Nam, Bí thư Tỉnh ủy năm 2015 đã nghỉ.",
			[]string{"Đỗ Văn Nam: Trưởng ban Tổ chức Liên hoan Phim Việt Nam lần thứ 23 | Bí thư Tỉnh ủy"}},
		{"two titles without a comma",
			"Dự có Ủy viên Bộ Chính trị Bí thư Thành ủy Hải Phòng Lê Tiến Châu.",
			[]string{"Lê Tiến Châu: Ủy viên Bộ Chính trị | Bí thư Thành ủy Hải Phòng"}},
		{"a role naming an office is not a new title",
			"Ông Phạm Văn Hòa, Chủ nhiệm Văn phòng Chủ tịch nước, đọc quyết định.",
			[]string{"Phạm Văn Hòa: Chủ nhiệm Văn phòng Chủ tịch nước"}},
		{"a chain set off by a dash before the name",
			"Tham dự có Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Lê Văn Hiền; Trưởng ban Dân vận Tỉnh ủy - Phạm Thị Lan.",
			[]string{"Lê Văn Hiền: Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh", "Phạm Thị Lan: Trưởng ban Dân vận Tỉnh ủy"}},
		{"a chain set off by a comma and a rank",
			"Phát biểu đáp từ, Chính ủy Quân khu 4, Trung tướng Lê Ngọc Hải khẳng định.",
			[]string{"Lê Ngọc Hải: Chính ủy Quân khu 4"}},
		{"a post held by the subject is not the next person's",
			"Thiếu tướng Lê Văn Bình được bổ nhiệm giữ chức vụ Tư lệnh Quân đoàn 12, Thiếu tướng Vũ Văn Lực được bổ nhiệm làm Chính ủy.",
			[]string{"Lê Văn Bình: Tư lệnh Quân đoàn 12", "Vũ Văn Lực: Chính ủy"}},
		{"a subject handing over a decision does not take the post in it",
			"Đại tá Lê Văn Phúc, Phó Giám đốc Công an tỉnh trao quyết định bổ nhiệm lại chức vụ Phó Trưởng Công an huyện.",
			[]string{"Lê Văn Phúc: Phó Giám đốc Công an tỉnh"}},
		{"an aside about another person is skipped",
			"Việc ông Trần Văn Khôi (con trai ông Trần Văn Hào, giám đốc Sở Tài chính) được bổ nhiệm giữ chức vụ phó trưởng phòng kế hoạch Sở Tài chính là sai.",
			[]string{"Trần Văn Khôi: phó trưởng phòng kế hoạch Sở Tài chính", "Trần Văn Hào: giám đốc Sở Tài chính"}},
		{"a lower-case name after a unit role",
			"Trưởng ban kỷ luật VFF Lê Văn Hậu cho biết.",
			[]string{"Lê Văn Hậu: Trưởng ban kỷ luật VFF"}},
		{"a bare role of another unit borrows no organization",
			"Ông Lê Văn Trí là Phó Đội trưởng rồi Phó Trưởng phòng Tham mưu, Công an tỉnh.",
			[]string{"Lê Văn Trí: Phó Đội trưởng | Phó Trưởng phòng Tham mưu, Công an tỉnh"}},
		{"a numbered ship or unit",
			"Thượng úy Phạm Văn Tài - Chính trị viên tàu Cảnh sát biển số 8001 chia sẻ.",
			[]string{"Phạm Văn Tài: Chính trị viên tàu Cảnh sát biển số 8001"}},
		{"a lower unit with its province tail goes to the earlier titles",
			"Ông Lê Văn Vĩnh, bí thư Huyện ủy, chủ tịch UBND huyện Côn Đảo, tỉnh Bà Rịa - Vũng Tàu bị kỷ luật.",
			[]string{"Lê Văn Vĩnh: bí thư Huyện ủy Côn Đảo, tỉnh Bà Rịa - Vũng Tàu | chủ tịch UBND huyện Côn Đảo, tỉnh Bà Rịa - Vũng Tàu"}},
		{"a party body completed from its full name earlier in the sentence",
			"Chỉ định bà Lê Thị Hạnh tham gia Đảng đoàn Hội Nông dân tỉnh (nhiệm kỳ 2020 - 2025), giữ chức vụ Ủy viên Đảng đoàn.",
			[]string{"Lê Thị Hạnh: Ủy viên Đảng đoàn Hội Nông dân tỉnh"}},
		{"a chain opening the sentence, then a comma and the name",
			"Chủ tịch UBND tỉnh Quảng Bình, Lê Văn Hòa cho biết việc này. Tham dự có Bí thư Tỉnh ủy, Lê Văn Ân, Trần Văn Bảo.",
			[]string{"Lê Văn Hòa: Chủ tịch UBND tỉnh Quảng Bình", "Lê Văn Ân: ", "Trần Văn Bảo: "}},
		{"tại and a named organization or a country go on the organization",
			"Ông Lê Văn Khải, chuyên viên Văn phòng tại Bộ Tài chính, dự. Ông Hà Văn Tín, Đại sứ Việt Nam tại Hàn Quốc phát biểu tại Hội nghị.",
			[]string{"Lê Văn Khải: chuyên viên Văn phòng tại Bộ Tài chính", "Hà Văn Tín: Đại sứ Việt Nam tại Hàn Quốc"}},
		{"a one-syllable country before a foreign name, a given name after a profession word",
			"Tổng thống Nga Boris Yeltsin dự. Dự có nghệ sĩ Anh Tú, Giám đốc Nhà hát Tuổi trẻ.",
			[]string{"Boris Yeltsin: Tổng thống Nga", "Anh Tú: Giám đốc Nhà hát Tuổi trẻ"}},
		{"a board member",
			"Ông Đinh Văn Lực được bổ nhiệm chức vụ thành viên Hội đồng quản trị Tổng công ty Bảo Minh.",
			[]string{"Đinh Văn Lực: thành viên Hội đồng quản trị Tổng công ty Bảo Minh"}},
		{"a Youth Union committee is an organization head before a place",
			"Phó Bí thư Thành đoàn Hải Phòng Lê Văn Nam trao quà.",
			[]string{"Lê Văn Nam: Phó Bí thư Thành đoàn Hải Phòng"}},
		{"Trường as the middle syllable of a name after a place",
			"Bí thư Huyện ủy Gia Lâm Lê Trường Giang cho biết.",
			[]string{"Lê Trường Giang: Bí thư Huyện ủy Gia Lâm"}},
		{"a territory word before a person's name is a place named after them",
			"Trụ sở ở Phường Lê Hồng Phong, thành phố Thái Bình. Chủ tịch UBND xã Phạm Văn Tư dự.",
			[]string{"Phạm Văn Tư: Chủ tịch UBND xã"}},
		{"a delegation is no person named Đoàn",
			"Dự có các thành viên Đoàn Kiểm tra số 12; Đoàn công tác của tỉnh.",
			[]string(nil)},
		{"a presiding verb ends the organization",
			"Đồng chí Lê Văn Hòa, Trưởng ban tổ chức Lễ tang điều hành Lễ viếng.",
			[]string{"Lê Văn Hòa: Trưởng ban tổ chức Lễ tang"}},
		{"thuộc opening the organization of a unit role",
			"Ông Trần Văn Lâm, Vụ trưởng thuộc Bộ Tư pháp, dự.",
			[]string{"Trần Văn Lâm: Vụ trưởng thuộc Bộ Tư pháp"}},
		{"a district after a commune, a province after a district",
			"Ông Lê Văn Bốn, Chủ tịch xã Yên Mỹ, Thanh Trì cho biết. Ông Hà Văn Năm, Chủ tịch UBND huyện Sóc Sơn, Hà Nội dự.",
			[]string{"Lê Văn Bốn: Chủ tịch xã Yên Mỹ, Thanh Trì", "Hà Văn Năm: Chủ tịch UBND huyện Sóc Sơn, Hà Nội"}},
		{"a career timeline: time labels and ranks skipped, one organization shared in an item",
			"Đồng chí Hà Văn Sơn sinh năm 1970.\n\nTrước tháng 3-2015, đồng chí Hà Văn Sơn là Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh Yên Bái; từ tháng 3-2015 đến 5-2019: Thiếu tướng, Phó tư lệnh, Tham mưu trưởng Quân khu 2; từ năm 2019: Thiếu tướng; từ tháng 8-2020: Phụ trách Tư lệnh Quân khu 2.",
			[]string{"Hà Văn Sơn: Chỉ huy trưởng Bộ CHQS tỉnh Yên Bái | Phó tư lệnh Quân khu 2 | Tham mưu trưởng Quân khu 2 | Phụ trách Tư lệnh Quân khu 2"}},
		{"foreign names after a complete title: an initial glued by a dot, a name after an unknown foreign place",
			"Dự có Bộ trưởng Bộ Công nghiệp Liên bang Nga D.Manturov, Thị trưởng thành phố Berlin Kai Wegner và nhiều khách mời.",
			[]string{"D.Manturov: Bộ trưởng Bộ Công nghiệp Liên bang Nga", "Kai Wegner: Thị trưởng thành phố Berlin"}},
		{"a foreign name after an unknown place and a provincial head",
			"Thống đốc tỉnh Leningrad Alexander Drozdenko phát biểu. Thống đốc Ngân hàng Nhà nước Lê Minh Hưng dự.",
			[]string{"Alexander Drozdenko: Thống đốc tỉnh Leningrad", "Lê Minh Hưng: Thống đốc Ngân hàng Nhà nước"}},
		{"a name with an age, a name after a kinship word, not the country Anh",
			"Hai em Y Lam, 15 tuổi và Hà Tín, 13 tuổi được khen. Con trai bà là anh Tuấn. Thủ tướng Anh Keir Starmer dự.",
			[]string{"Y Lam: ", "Hà Tín: ", "Tuấn: ", "Keir Starmer: Thủ tướng Anh"}},
		{"no name after a kinship word before a place or a lower-case word",
			"Các em Hà Nội và anh em Bình Dương dự.",
			[]string(nil)},
		{"của opening the organization of a lower-case role, a verb ending it",
			"Ông Lê Văn Mười, kế toán trưởng của HTX cung cấp số liệu.",
			[]string{"Lê Văn Mười: kế toán trưởng của HTX"}},
		{"a province word before a name ends an organization; a CEO role is not cut by the verb điều hành",
			"Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Văn Sáu đọc thư. Bà Hà Thị Bảy, Tổng giám đốc điều hành Tập đoàn ABC, dự.",
			[]string{"Lê Văn Sáu: Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Hà Thị Bảy: Tổng giám đốc điều hành Tập đoàn ABC"}},
		{"no initial alone after a kinship word, no one-word name after a company's name",
			"Anh H. và anh V. bỏ đi. Ông Lê Văn Tám, Chủ tịch HĐQT Tập đoàn Dầu khí Việt Nam Petrovietnam, dự.",
			[]string{"Lê Văn Tám: Chủ tịch HĐQT Tập đoàn Dầu khí Việt Nam Petrovietnam"}},
		{"giữ chức without a comma ends a title and opens the next for the same person",
			"Thủ tướng bổ nhiệm Thiếu tướng Lê Văn Hai, Phó Tư lệnh Quân khu 7 giữ chức vụ Tư lệnh Quân khu 9.",
			[]string{"Lê Văn Hai: Phó Tư lệnh Quân khu 7 | Tư lệnh Quân khu 9"}},
		// (j) generalization round 5
		{"a spaced dash between two titles links them",
			"Ủy viên dự khuyết Trung ương Đảng - Bí thư Tỉnh ủy Hoàng Văn Kiên đến thăm.",
			[]string{"Hoàng Văn Kiên: Ủy viên dự khuyết Trung ương Đảng | Bí thư Tỉnh ủy"}},
		{"a dash after a name sets off its title",
			"Ông Hoàng Văn Kiên - Bí thư Tỉnh ủy - phát biểu.",
			[]string{"Hoàng Văn Kiên: Bí thư Tỉnh ủy"}},
		{"a district named after its province with a direction word",
			"Ông Sùng A Lử, Bí thư Huyện ủy Điện Biên Đông phát biểu.",
			[]string{"Sùng A Lử: Bí thư Huyện ủy Điện Biên Đông"}},
		{"a province name followed by a person is not extended",
			"Chủ tịch UBND tỉnh Lạng Sơn Hồ Văn Tiến phát biểu.",
			[]string{"Hồ Văn Tiến: Chủ tịch UBND tỉnh Lạng Sơn"}},
		{"a province name ending a line is not extended by the next",
			"Ông Lê Văn Phú, Bí thư Tỉnh ủy Thanh Hóa\nChiều nay đoàn đến thăm.",
			[]string{"Lê Văn Phú: Bí thư Tỉnh ủy Thanh Hóa"}},
		{"a unit name with lower-case words and a number",
			"Ông Vũ Đức Tâm, Giám đốc Khu quản lý giao thông đô thị số 4 cho biết.",
			[]string{"Vũ Đức Tâm: Giám đốc Khu quản lý giao thông đô thị số 4"}},
		{"a lower-case khu inside an organization tail is no head",
			"Ông Võ Văn Hùng, Trưởng ban quản lý khu chế xuất cho biết.",
			[]string{"Võ Văn Hùng: Trưởng ban quản lý khu chế xuất"}},
		{"dự án in a unit name is not the verb dự",
			"Ông Vũ Đức Tâm, Giám đốc Ban quản lý dự án đầu tư xây dựng số 1 cho biết.",
			[]string{"Vũ Đức Tâm: Giám đốc Ban quản lý dự án đầu tư xây dựng số 1"}},
		{"the verb dự after an organization ends it",
			"Ông Vũ Đức Tâm, Giám đốc Sở Xây dựng dự họp.",
			[]string{"Vũ Đức Tâm: Giám đốc Sở Xây dựng"}},
		{"Phó Tổng Tham mưu without trưởng is a role",
			"Trung tướng Đỗ Văn Bình, Phó Tổng Tham mưu Quân đội nhân dân Việt Nam phát biểu.",
			[]string{"Đỗ Văn Bình: Phó Tổng Tham mưu Quân đội nhân dân Việt Nam"}},
		{"a province followed by a word that is no place suffix is not extended",
			"Ông Lê Văn Phú, Giám đốc Công an tỉnh Hà Tĩnh Trước đó đã nghỉ.",
			[]string{"Lê Văn Phú: Giám đốc Công an tỉnh Hà Tĩnh"}},
		{"initials closing a caption line are a credit",
			"Ông Trần Văn Hòa T.N\nÔng Trần Văn Hòa, Bí thư Tỉnh ủy, phát biểu.",
			[]string{"Trần Văn Hòa: Bí thư Tỉnh ủy"}},
		{"initials with dots closing a caption line are a credit",
			"Ông Trần Văn Hòa phát biểu. Ảnh của Bí thư Tỉnh ủy Trần Văn Hòa N.H.\nHết.",
			[]string{"Trần Văn Hòa: Bí thư Tỉnh ủy"}},
		{"one initial after a name is part of it",
			"Ông Trần Văn A. phát biểu.",
			[]string{"Trần Văn A: "}},
		{"a name cut by an ellipsis at the end of a line is dropped",
			"Tưởng nhớ Chủ tịch Phan Văn ...\nChủ tịch Phan Văn Khải từng nói.",
			[]string{"Phan Văn Khải: Chủ tịch"}},
		{"a name before an ellipsis is kept when written so elsewhere",
			"Bí thư Tỉnh ủy Phan Văn Đức ...\nÔng Phan Văn Đức phát biểu.",
			[]string{"Phan Văn Đức: Bí thư Tỉnh ủy"}},
		{"the title after ủy quyền của names the principal",
			"Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Tài chính Đỗ Văn Hải trình bày tờ trình.",
			[]string{"Đỗ Văn Hải: Bộ trưởng Bộ Tài chính"}},
		{"ủy quyền without của; quyền there is no acting prefix",
			"Thừa ủy quyền Chủ tịch nước, Phó Chủ tịch nước Đỗ Thị Hà trao huân chương.",
			[]string{"Đỗ Thị Hà: Phó Chủ tịch nước"}},
		{"a principal named with the title keeps it",
			"Thừa ủy quyền của Thủ tướng Đỗ Văn Hải, ông Lê Văn Bình trao quyết định.",
			[]string{"Đỗ Văn Hải: Thủ tướng", "Lê Văn Bình: "}},
		{"an acting prefix opening the text",
			"Quyền Bí thư Tỉnh ủy Lê Văn Bình phát biểu.",
			[]string{"Lê Văn Bình: Quyền Bí thư Tỉnh ủy"}},
		{"a name right after a whole organ name of capitalized words",
			"Bộ trưởng Bộ Công Thương Đỗ Văn Hải trình bày.",
			[]string{"Đỗ Văn Hải: Bộ trưởng Bộ Công Thương"}},
		{"names after a plural cue share the titles after the last one",
			"Trách nhiệm thuộc về các ông Lê Văn Quý, Trần Văn Phú, nguyên Phó bí thư Thành ủy, Chủ tịch UBND thành phố và một số cá nhân.",
			[]string{"Lê Văn Quý: nguyên Phó bí thư Thành ủy | Chủ tịch UBND thành phố", "Trần Văn Phú: nguyên Phó bí thư Thành ủy | Chủ tịch UBND thành phố"}},
		{"a counted plural cue and và",
			"Hai bà Lê Thị Quý và Trần Thị Phú, Phó Chủ tịch UBND tỉnh, bị kỷ luật.",
			[]string{"Lê Thị Quý: Phó Chủ tịch UBND tỉnh", "Trần Thị Phú: Phó Chủ tịch UBND tỉnh"}},
		{"names with titles of their own after a plural cue keep them",
			"Các ông: Lê Văn Quý, Chủ tịch UBND tỉnh; Trần Văn Phú, Phó Chủ tịch UBND tỉnh bị kỷ luật.",
			[]string{"Lê Văn Quý: Chủ tịch UBND tỉnh", "Trần Văn Phú: Phó Chủ tịch UBND tỉnh"}},
		{"a singular cue shares nothing",
			"Ông Lê Văn Quý, Trần Văn Phú, Phó Chủ tịch UBND tỉnh dự.",
			[]string{"Lê Văn Quý: ", "Trần Văn Phú: Phó Chủ tịch UBND tỉnh"}},
		{"trao quyết định bổ nhiệm: the appointee's titles and new post, the giver's own",
			"Bộ trưởng Lê Văn Tâm đã trao quyết định bổ nhiệm đồng chí Hồ Văn Đạt, Kiểm sát viên Viện Kiểm sát nhân dân tỉnh, Trưởng phòng Tổ chức cán bộ, giữ chức vụ Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh.",
			[]string{"Lê Văn Tâm: Bộ trưởng", "Hồ Văn Đạt: Kiểm sát viên Viện Kiểm sát nhân dân tỉnh | Trưởng phòng Tổ chức cán bộ | Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh"}},
		{"the one post introduced is the subject's, the chain after it the next name's",
			"Chúc mừng đồng chí Hồ Văn Đạt được bổ nhiệm giữ chức vụ Giám đốc Sở Tài chính, Bí thư Tỉnh ủy Lê Văn Tâm khẳng định.",
			[]string{"Hồ Văn Đạt: Giám đốc Sở Tài chính", "Lê Văn Tâm: Bí thư Tỉnh ủy"}},
		{"a chain introduced with no name after it is the subject's",
			"Ông Hồ Văn Đạt được bầu giữ chức Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh nhiệm kỳ 2021-2026.",
			[]string{"Hồ Văn Đạt: Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh"}},
		{"unit names of a procuracy department",
			"Ông Hồ Văn Đạt, Vụ trưởng Vụ Thực hành quyền công tố và kiểm sát điều tra án ma túy, phát biểu.",
			[]string{"Hồ Văn Đạt: Vụ trưởng Vụ Thực hành quyền công tố và kiểm sát điều tra án ma túy"}},
		{"a word cut by a truncated dek ends the title",
			"Ông Hồ Văn Đạt giữ chức Phó Viện trưởng Viện Kiểm s.\nÔng Hồ Văn Đạt giữ chức Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh.",
			[]string{"Hồ Văn Đạt: Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh"}},
		{"an aside in brackets between a name and its title; the fuller mention completes the shorter",
			"Dự có ông Lê Văn Sơn, Trưởng Công an huyện. Đồng chí Lê Văn Sơn (thứ hai, từ trái sang), Trưởng Công an huyện Cầu Kè trao quà.",
			[]string{"Lê Văn Sơn: Trưởng Công an huyện Cầu Kè"}},
		{"a bracket naming someone else is no aside to skip",
			"Ông Lê Văn Sơn (con ông Trần Văn Ba), Giám đốc Sở Y tế phát biểu.",
			[]string{"Lê Văn Sơn: ", "Trần Văn Ba: "}},
		{"a title waiting for a place takes it from the fuller mention held by nobody",
			"Bí thư Thành ủy Hải Phòng dự lễ.\nDự có Chủ tịch nước Trần Văn Quang, Bí thư Thành uỷ Hoàng Văn Hải.",
			[]string{"Trần Văn Quang: Chủ tịch nước", "Hoàng Văn Hải: Bí thư Thành uỷ Hải Phòng"}},
		{"a fuller mention held by someone else completes nothing",
			"Bí thư Tỉnh ủy Lạng Sơn Trần Văn Quang đón Bí thư Tỉnh ủy Hoàng Văn Hải.",
			[]string{"Trần Văn Quang: Bí thư Tỉnh ủy Lạng Sơn", "Hoàng Văn Hải: Bí thư Tỉnh ủy"}},
		{"two fuller mentions with different places complete nothing",
			"Bí thư Tỉnh ủy Lạng Sơn và Bí thư Tỉnh ủy Cao Bằng dự.\nÔng Hoàng Văn Hải, Bí thư Tỉnh ủy, phát biểu.",
			[]string{"Hoàng Văn Hải: Bí thư Tỉnh ủy"}},
		{"a head followed by này names the organization with that head named before",
			"Thành phố yêu cầu Sở Tài chính kiểm điểm việc ông Đỗ Văn Toàn, Giám đốc Sở này, ký quyết định.",
			[]string{"Đỗ Văn Toàn: Giám đốc Sở Tài chính"}},
		{"a head followed by này with no organization before stays bare",
			"Ông Đỗ Văn Toàn, Giám đốc Sở này, ký quyết định.",
			[]string{"Đỗ Văn Toàn: Giám đốc Sở"}},
		{"a deputy named with the province of the delegation",
			"Ngày 21/3, đại biểu Lê Thị Hoa (tỉnh Bình Định) cho rằng cần bổ sung.",
			[]string{"Lê Thị Hoa: đại biểu"}},
		{"a weak role before a name with another bracket stays no title",
			"Ủy viên Lê Thị Hoa (sinh năm 1970) cho rằng cần bổ sung.",
			[]string{"Lê Thị Hoa: "}},
		{"an assistant's title names the person assisted, whose chain stays his",
			"Thủ tướng bổ nhiệm đồng chí Lê Văn Tuấn, Vụ trưởng Vụ Tổng hợp, giữ chức Trợ lý đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị, Phó Thủ tướng.",
			[]string{"Lê Văn Tuấn: Vụ trưởng Vụ Tổng hợp | Trợ lý đồng chí Trần Văn Bình", "Trần Văn Bình: Ủy viên Bộ Chính trị | Phó Thủ tướng"}},
		{"a title before gồm and a colon goes to each name, each after its own ông",
			"Nhiệm kỳ qua có ba lần thay đổi về chủ tịch nước gồm: ông Lê Văn An, ông Trần Văn Bình, ông Hồ Văn Cường.",
			[]string{"Lê Văn An: chủ tịch nước", "Trần Văn Bình: chủ tịch nước", "Hồ Văn Cường: chủ tịch nước"}},
		{"a colon list stops at a new các ông list",
			"Các Phó Chủ tịch UBND tỉnh: Lê Văn An, Trần Văn Bình; các ông Hồ Văn Cường, Giám đốc Sở Xây dựng.",
			[]string{"Lê Văn An: Phó Chủ tịch UBND tỉnh", "Trần Văn Bình: Phó Chủ tịch UBND tỉnh", "Hồ Văn Cường: Giám đốc Sở Xây dựng"}},
		{"a list's ellipsis written against the last name cuts nothing",
			"Dự có nguyên Thủ tướng Phan Văn Tài, nguyên Bí thư Thành ủy Lê Văn Hưng…\nHết.",
			[]string{"Phan Văn Tài: nguyên Thủ tướng", "Lê Văn Hưng: nguyên Bí thư Thành ủy"}},
		{"a name before an ellipsis inside a line is kept",
			"Chủ tịch Phan Văn Đức… cùng dự.",
			[]string{"Phan Văn Đức: Chủ tịch"}},
		// (i) round 4
		{"a title heading a colon list of ranked names goes to each",
			"Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Đại tá Lê Văn An, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Đại tá Trần Văn Bình, Giám đốc Công an tỉnh.",
			[]string{"Lê Văn An: Ủy viên Ban Thường vụ Tỉnh ủy | Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Trần Văn Bình: Ủy viên Ban Thường vụ Tỉnh ủy | Giám đốc Công an tỉnh"}},
		{"ranked names after semicolons share nothing without a heading",
			"Dự có Đại tá Lê Văn An, Giám đốc Công an tỉnh; Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.",
			[]string{"Lê Văn An: Giám đốc Công an tỉnh", "Trần Văn Bình: Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"}},
		{"a bracketed abbreviation inside a name stays as written",
			"Ông Lê Văn An, Phó Chủ nhiệm Tổng cục Hậu cần Quân đội nhân dân (QĐND) Việt Nam phát biểu.",
			[]string{"Lê Văn An: Phó Chủ nhiệm Tổng cục Hậu cần Quân đội nhân dân (QĐND) Việt Nam"}},
		{"a head noun of two words, the second lower-case",
			"Ông Trần Văn Bình, Giám đốc Nhà hát Tuổi trẻ, cho biết.",
			[]string{"Trần Văn Bình: Giám đốc Nhà hát Tuổi trẻ"}},
		{"more head nouns: Khu di tích, Chi nhánh, Cảng vụ",
			"Ông Lê Văn An, Giám đốc Khu di tích lịch sử Đền Hùng, ông Trần Văn Bình, Giám đốc Chi nhánh Ngân hàng Nông nghiệp tỉnh và ông Hồ Văn Cường, Giám đốc Cảng vụ Hàng hải Hải Phòng dự.",
			[]string{"Lê Văn An: Giám đốc Khu di tích lịch sử Đền Hùng", "Trần Văn Bình: Giám đốc Chi nhánh Ngân hàng Nông nghiệp tỉnh", "Hồ Văn Cường: Giám đốc Cảng vụ Hàng hải Hải Phòng"}},
		{"a lower-case quỹ inside an organization tail is no head",
			"Ông Lê Văn An, Trưởng ban quản lý quỹ đất huyện, cho biết.",
			[]string{"Lê Văn An: Trưởng ban quản lý quỹ đất huyện"}},
		{"tân before a title marks the new holder and is left out",
			"Ông Lê Văn An, tân Bí thư Tỉnh ủy Nghệ An, phát biểu. Tân Chủ tịch UBND tỉnh Trần Văn Bình cũng phát biểu.",
			[]string{"Lê Văn An: Bí thư Tỉnh ủy Nghệ An", "Trần Văn Bình: Chủ tịch UBND tỉnh"}},
		{"Tân as a name is no prefix",
			"Ông Lê Văn Tân, Giám đốc Sở Y tế, phát biểu.",
			[]string{"Lê Văn Tân: Giám đốc Sở Y tế"}},
		{"an age between the name and its chain",
			"Ông Lê Văn An, 55 tuổi, Giám đốc Công ty TNHH Hoàng Long, bị bắt.",
			[]string{"Lê Văn An: Giám đốc Công ty TNHH Hoàng Long"}},
		{"the capitalized words after a firm's head word are its name",
			"Lãnh đạo Công ty Thái Bình Dương cho biết doanh số tăng.",
			nil},
		{"chuyên trách inside a delegation's name; Kho bạc as a head",
			"Ông Lê Văn An, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Hà Tĩnh và ông Trần Văn Bình, Giám đốc Kho bạc Nhà nước tỉnh dự.",
			[]string{"Lê Văn An: Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Hà Tĩnh", "Trần Văn Bình: Giám đốc Kho bạc Nhà nước tỉnh"}},
		{"và before a rank and a person ends the organization",
			"Thượng tướng Lê Văn An, Thứ trưởng Bộ Công an và Trung tướng Trần Văn Bình, Cục trưởng Cục Cảnh sát hình sự dự.",
			[]string{"Lê Văn An: Thứ trưởng Bộ Công an", "Trần Văn Bình: Cục trưởng Cục Cảnh sát hình sự"}},
		{"a lower-case head noun after a comma starts a new clause",
			"Đối với Nguyễn Văn Hậu (Hậu Béo), Chủ tịch HĐQT Công ty ABC, cơ quan điều tra đề nghị truy tố.",
			[]string{"Nguyễn Văn Hậu: Chủ tịch HĐQT Công ty ABC"}},
		{"a capitalized head noun after a comma goes on the title",
			"Ông Lê Văn An, Phó Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương dự.",
			[]string{"Lê Văn An: Phó Vụ trưởng Vụ Địa phương 3, Ban Tổ chức Trung ương"}},
		{"an attendee list: a body after a semicolon is no title of the name before",
			"Dự có đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy; Thường trực HĐND tỉnh; lãnh đạo UBND tỉnh.",
			[]string{"Lê Văn An: Phó Bí thư Tỉnh ủy"}},
		{"a profile: titles after semicolons stay the subject's",
			"Ông Lê Văn An, 58 tuổi, quê Nghệ An; Ủy viên Trung ương Đảng; Bí thư Tỉnh ủy Nghệ An.",
			[]string{"Lê Văn An: Ủy viên Trung ương Đảng | Bí thư Tỉnh ủy Nghệ An"}},
		{"phụ trách before an organization is part of the role",
			"Ông Lê Văn An, Phó Giám đốc phụ trách Ban Quản lý dự án 2, cho biết.",
			[]string{"Lê Văn An: Phó Giám đốc phụ trách Ban Quản lý dự án 2"}},
		{"phụ trách before a lower-case field is not",
			"Ông Lê Văn An, Phó Giám đốc phụ trách công tác cán bộ, cho biết.",
			[]string{"Lê Văn An: Phó Giám đốc"}},
		{"a capitalized field after a comma goes on the name",
			"Bộ điều động bà Lê Thị Hoa - Phó Vụ trưởng Vụ Tổ chức, Cán bộ giữ chức Phó Cục trưởng Cục Văn hóa.",
			[]string{"Lê Thị Hoa: Phó Vụ trưởng Vụ Tổ chức, Cán bộ | Phó Cục trưởng Cục Văn hóa"}},
		{"a country after a comma is no field of the name",
			"Ông Lê Văn An, Giám đốc Công ty Dệt may, Pháp cho biết.",
			[]string{"Lê Văn An: Giám đốc Công ty Dệt may"}},
		{"a role after a comma starts a new title",
			"Ông Lê Văn An, Trưởng phòng Tổ chức, Phó Giám đốc Sở Nội vụ, phát biểu.",
			[]string{"Lê Văn An: Trưởng phòng Tổ chức | Phó Giám đốc Sở Nội vụ"}},
		{"a title, a spaced dash, ông and the name",
			"Trao đổi với báo chí, Tổng giám đốc Ngân hàng ABC - ông Lê Văn An cho biết.",
			[]string{"Lê Văn An: Tổng giám đốc Ngân hàng ABC"}},
		{"a title, a spaced en dash, bà and the name, after a word opening the sentence",
			"Theo Giám đốc Sở Y tế – bà Trần Thị Bình, dịch đã giảm.",
			[]string{"Trần Thị Bình: Giám đốc Sở Y tế"}},
		{"a title opening the sentence, a comma, ông and the name",
			"Giám đốc Sở Y tế, ông Lê Văn An cho biết dịch đã giảm.",
			[]string{"Lê Văn An: Giám đốc Sở Y tế"}},
		{"a title after another name's comma stays that name's",
			"Gặp ông Trần Văn Bình, Giám đốc Sở Y tế, ông Lê Văn An cho biết dịch đã giảm.",
			[]string{"Trần Văn Bình: Giám đốc Sở Y tế", "Lê Văn An: "}},
		{"a title inside a clause, a comma, ông and the name: not his",
			"Tại buổi làm việc với Giám đốc Sở Y tế, ông Lê Văn An cho biết dịch đã giảm.",
			[]string{"Lê Văn An: "}},
		{"làm and a title after the name",
			"Tổ công tác do Thượng úy Lê Văn An làm Tổ trưởng đã phát hiện.",
			[]string{"Lê Văn An: Tổ trưởng"}},
		{"a short form before the full name is the same person",
			"NSND Xuân Hùng được bổ nhiệm. Ông Nguyễn Xuân Hùng, Giám đốc Nhà hát Chèo, cho biết.",
			[]string{"Nguyễn Xuân Hùng: Giám đốc Nhà hát Chèo"}},
		{"a short form ending two full names stays apart",
			"NSND Xuân Hùng dự. Ông Nguyễn Xuân Hùng và ông Lê Xuân Hùng phát biểu.",
			[]string{"Xuân Hùng: ", "Nguyễn Xuân Hùng: ", "Lê Xuân Hùng: "}},
		{"a capitalized opener before a full name, an alias in brackets",
			"Riêng Nguyễn Văn Hậu (Hậu Béo), Chủ tịch HĐQT Công ty ABC, bị điều tra.",
			[]string{"Nguyễn Văn Hậu: Chủ tịch HĐQT Công ty ABC"}},
		{"a street named after a person opening a sentence is no person",
			"Đường Nguyễn Văn Cừ được mở rộng.",
			nil},
		{"a new group after a semicolon ends the titles of the name before",
			"Dự có đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; Thường trực HĐND tỉnh.",
			[]string{"Lê Văn An: Phó Bí thư Tỉnh ủy"}},
		{"a title cut off by a truncated dek is dropped",
			"Chủ tịch nước Lê Văn An, Trưởng Ban chỉ đạo Cải ...\nNội dung.",
			[]string{"Lê Văn An: Chủ tịch nước"}},
		// bare role, comma, role and organization, then the name: one
		// organization closes both
		{"a bare role before the name shares the next organization",
			"Hôm qua, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Lê Văn An chủ trì cuộc họp.",
			[]string{"Lê Văn An: Bộ trưởng Ủy ban Dân tộc | Chủ nhiệm Ủy ban Dân tộc"}},
		{"a whole role before the name shares nothing",
			"Hôm qua, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Lê Văn An chủ trì cuộc họp.",
			[]string{"Lê Văn An: Phó Thủ tướng | Bộ trưởng Bộ Ngoại giao"}},
		{"a bare role after a name takes nothing from the next person's title",
			"Chủ tịch Quốc hội Lê Văn An làm trưởng ban, Phó Chủ tịch Quốc hội Trần Thị Bình làm phó trưởng ban.",
			[]string{"Lê Văn An: Chủ tịch Quốc hội", "Trần Thị Bình: Phó Chủ tịch Quốc hội"}},
		// career phrasing
		{"two posts joined by và after làm are both the subject's",
			"Việc ông Lê Văn Hùng được bầu làm chủ nhiệm Ủy ban Kiểm tra Trung ương và ủy viên Bộ Chính trị là đúng.",
			[]string{"Lê Văn Hùng: chủ nhiệm Ủy ban Kiểm tra Trung ương | ủy viên Bộ Chính trị"}},
		{"a post joined by và before another name is that name's",
			"Quốc hội bầu ông Lê Văn Hùng làm Chủ tịch Quốc hội và Phó Chủ tịch Quốc hội Trần Văn Nam chủ trì.",
			[]string{"Lê Văn Hùng: Chủ tịch Quốc hội", "Trần Văn Nam: Phó Chủ tịch Quốc hội"}},
		{"a post left after thôi làm nhiệm vụ was held",
			"Ông Đỗ Văn Nam, nguyên Tư lệnh Quân khu 9 thôi làm nhiệm vụ biệt phái Phó trưởng ban Ban Chỉ đạo Tây Bắc để nghỉ chế độ.",
			[]string{"Đỗ Văn Nam: nguyên Tư lệnh Quân khu 9 | Phó trưởng ban Ban Chỉ đạo Tây Bắc"}},
		{"a time clause opening the sentence gives its post to the subject",
			"Khi còn là Giám đốc Sở Y tế tỉnh Nam Định, bà Lê Thị Mai đã ký quyết định.",
			[]string{"Lê Thị Mai: Giám đốc Sở Y tế tỉnh Nam Định"}},
		{"a post after là inside a sentence is no title of the name after the comma",
			"Người được nhắc tới là Giám đốc Sở Y tế, bà Lê Thị Mai không trả lời.",
			[]string{"Lê Thị Mai: "}},
		{"a person named after a group's founder is still a person elsewhere",
			"Ông Lương Văn Thành, Chủ tịch UBND huyện, tổ chức họp xóa bỏ tổ chức bất hợp pháp Hà Văn Lộc.",
			[]string{"Lương Văn Thành: Chủ tịch UBND huyện"}},
		{"a lower-case head after a role refers back to the organization named in the sentence",
			"Ông Lê Văn Tâm công tác tại Sở Tư pháp tỉnh Nam Định rồi làm giám đốc sở năm 2015.",
			[]string{"Lê Văn Tâm: giám đốc Sở Tư pháp tỉnh Nam Định"}},
		{"a lower-case head refers to no organization of another sentence",
			"Sở Tư pháp tỉnh Nam Định có nhiều phòng. Ông Lê Văn Tâm làm giám đốc sở năm 2015.",
			[]string{"Lê Văn Tâm: giám đốc sở"}},
		{"a lower-case head refers to no organization of another head",
			"Ông Lê Văn Tâm công tác tại Cục Thuế tỉnh Nam Định rồi làm giám đốc sở năm 2015.",
			[]string{"Lê Văn Tâm: giám đốc sở"}},
		{"a party body before a role naming its organ takes the organ",
			"Ông Lê Văn Khải, nguyên bí thư Ban cán sự đảng, tổng Thanh tra Chính phủ bị kỷ luật.",
			[]string{"Lê Văn Khải: nguyên bí thư Ban cán sự đảng Thanh tra Chính phủ | tổng Thanh tra Chính phủ"}},
		{"a party body before a role of a ministry takes the ministry",
			"Ông Lê Văn Khải, Bí thư Ban cán sự đảng, Bộ trưởng Bộ Y tế phát biểu.",
			[]string{"Lê Văn Khải: Bí thư Ban cán sự đảng Bộ Y tế | Bộ trưởng Bộ Y tế"}},
		{"a post held by the name after do and a verb of holding",
			"Ghế bộ trưởng Giao thông vận tải do ông Nguyễn Văn Thắng đảm nhận.",
			[]string{"Nguyễn Văn Thắng: bộ trưởng Giao thông vận tải"}},
		{"a post before do and a name without a verb of holding is not the name's",
			"Quyết định bổ nhiệm Giám đốc Sở Y tế do ông Lê Văn Tâm ký.",
			[]string{"Lê Văn Tâm: "}},
		// nominations and future posts
		{"a post someone is introduced for is not held",
			"Ông Hoàng Văn Nghĩa, Phó Bí thư Tỉnh ủy Cao Bằng được giới thiệu làm Bí thư Tỉnh ủy Cao Bằng.",
			[]string{"Hoàng Văn Nghĩa: Phó Bí thư Tỉnh ủy Cao Bằng"}},
		{"a post someone will take is not held, even where an election is reported",
			"Quốc hội đã bầu ông Lê Văn An làm Chủ tịch nước. Dự kiến ông Trần Văn Tâm sẽ chuyển sang làm bộ trưởng Tài chính.",
			[]string{"Lê Văn An: Chủ tịch nước", "Trần Văn Tâm: "}},
		{"a post taken is held",
			"Ông Trần Văn Tâm chuyển sang làm Bộ trưởng Bộ Tài chính.",
			[]string{"Trần Văn Tâm: Bộ trưởng Bộ Tài chính"}},
		// one post written twice
		{"a title without its place is the same post as with a term and the place",
			"Bà Lê Thị Hoa, Trưởng Đoàn đại biểu Quốc hội tỉnh, dự họp. Bà Lê Thị Hoa, Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Cao Bằng phát biểu.",
			[]string{"Lê Thị Hoa: Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Cao Bằng"}},
		{"an office written in full and abbreviated is one post",
			"Ông Lê Văn An, Chủ nhiệm Văn phòng Chính phủ chủ trì. Ông Lê Văn An, Chủ nhiệm VPCP nói thêm.",
			[]string{"Lê Văn An: Chủ nhiệm Văn phòng Chính phủ"}},
		{"a role naming its unit, then the unit named again: the full form stays",
			"Ông Lê Văn An, Thứ trưởng Công an, dự họp. Ông Lê Văn An, Thứ trưởng Bộ Công an phát biểu.",
			[]string{"Lê Văn An: Thứ trưởng Bộ Công an"}},
		{"a former post and a held one written so are not merged into the later",
			"Ông Lê Văn An, cựu Bộ trưởng Tài chính, dự họp. Ông Lê Văn An, Bộ trưởng Bộ Tài chính phát biểu.",
			[]string{"Lê Văn An: cựu Bộ trưởng Tài chính"}},
		{"a party committee with its place noun is the same post, the first written stays",
			"Ông Lê Văn An, Bí thư Tỉnh ủy Đồng Nai, dự họp. Ông Lê Văn An, Bí thư Tỉnh ủy tỉnh Đồng Nai phát biểu.",
			[]string{"Lê Văn An: Bí thư Tỉnh ủy Đồng Nai"}},
		{"another ministry is another post",
			"Ông Lê Văn An, Thứ trưởng Công an, dự họp. Ông Lê Văn An, Thứ trưởng Bộ Quốc phòng phát biểu.",
			[]string{"Lê Văn An: Thứ trưởng Công an | Thứ trưởng Bộ Quốc phòng"}},
		{"another office abbreviated is another post",
			"Ông Lê Văn An, Chủ nhiệm Văn phòng Chính phủ chủ trì. Ông Lê Văn An, Chủ nhiệm VPQH nói thêm.",
			[]string{"Lê Văn An: Chủ nhiệm Văn phòng Chính phủ | Chủ nhiệm VPQH"}},
		// round 8 (set G's error patterns)
		{"a spaced & between the words of a name continues it",
			"Ông Trần Văn Bình, Giám đốc Sở Tài nguyên & Môi trường tỉnh Nam Định cho biết.",
			[]string{"Trần Văn Bình: Giám đốc Sở Tài nguyên & Môi trường tỉnh Nam Định"}},
		{"a spaced & before a lower-case word ends the name",
			"Ông Trần Văn Bình, Giám đốc Sở Y tế & các cán bộ của sở dự họp.",
			[]string{"Trần Văn Bình: Giám đốc Sở Y tế"}},
		{"a spaced & before a new title ends the name",
			"Ông Trần Văn Bình, Giám đốc Sở Y tế & Phó Giám đốc Sở Tài chính Lê Văn Cường dự họp.",
			[]string{"Trần Văn Bình: Giám đốc Sở Y tế", "Lê Văn Cường: Phó Giám đốc Sở Tài chính"}},
		{"a steering committee named by its task, up to the document",
			"Chiều 3-1, Phó Thủ tướng Lê Văn An, Trưởng ban Chỉ đạo của Chính phủ sơ kết việc thực hiện Chỉ thị số 05-CT/TW \"Về học tập\", chủ trì.",
			[]string{"Lê Văn An: Phó Thủ tướng | Trưởng ban Chỉ đạo của Chính phủ sơ kết việc thực hiện Chỉ thị số 05-CT/TW"}},
		{"a steering committee named by its task after về",
			"Ông Lê Văn An, Phó Trưởng Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 21 dự họp.",
			[]string{"Lê Văn An: Phó Trưởng Ban Chỉ đạo Trung ương về tổng kết Nghị quyết 21"}},
		{"a task without a document after a steering committee is not its name",
			"Ông Lê Văn An, Trưởng ban Chỉ đạo của Chính phủ tổng kết công tác năm, phát biểu.",
			[]string{"Lê Văn An: Trưởng ban Chỉ đạo của Chính phủ"}},
		{"a post introduced after và closing an introduced post is the subject's, however far",
			"Ông Lê Văn An từng kinh qua nhiều vị trí công tác quan trọng trong quân đội, đảm nhiệm chức vụ Chủ nhiệm Tổng cục Hậu cần Quân đội Nhân dân Việt Nam và được bầu làm Chủ tịch Hội Cựu chiến binh Việt Nam năm 2007.",
			[]string{"Lê Văn An: Chủ nhiệm Tổng cục Hậu cần Quân đội Nhân dân Việt Nam | Chủ tịch Hội Cựu chiến binh Việt Nam"}},
		{"a post introduced far from the subject without và is not taken",
			"Ông Lê Văn An từng kinh qua nhiều vị trí công tác quan trọng trong quân đội, đảm nhiệm chức vụ Chủ nhiệm Tổng cục Hậu cần Quân đội Nhân dân Việt Nam để sau đó được bầu làm Chủ tịch Hội Cựu chiến binh Việt Nam.",
			[]string{"Lê Văn An: Chủ nhiệm Tổng cục Hậu cần Quân đội Nhân dân Việt Nam"}},
		{"a task and a document after another body are not its name",
			"Ông Lê Văn An, Bí thư Tỉnh ủy tổng kết việc thực hiện Nghị quyết số 12-NQ/TU, phát biểu.",
			[]string{"Lê Văn An: Bí thư Tỉnh ủy"}},
		// round 9 (set H's error patterns)
		{"a capitalized sector after a role is its ministry, and a name follows",
			"Thứ trưởng Công Thương Lê Văn An ký văn bản.",
			[]string{"Lê Văn An: Thứ trưởng Công Thương"}},
		{"a capitalized sector after a department head, and a name follows",
			"Giám đốc Sở Tư Pháp Trần Thị Bình phát biểu.",
			[]string{"Trần Thị Bình: Giám đốc Sở Tư Pháp"}},
		{"a sector with no role or head before it does not free a name",
			"Hội chợ Công Thương Lê Văn An khai mạc.",
			nil},
		{"a name after a street noun and a lower-case word is a street",
			"Khách đến đường sách Lê Văn An hay phố đi bộ Trần Văn Bình.",
			nil},
		{"the examples after a street noun and như are streets, each of them",
			"Các tuyến đường như Lê Văn An, Trần Văn Bình và Hoàng Văn Cường được lắp wifi.",
			nil},
		{"a name after a comma closing a street is a person",
			"Trên đường Lê Lợi, Nguyễn Văn An và Trần Văn Bình bàn việc.",
			[]string{"Nguyễn Văn An: ", "Trần Văn Bình: "}},
		{"a sector of several words goes on through its spaced dash and lower case",
			"Ông Lê Văn An - giám đốc Sở Tài nguyên - môi trường tỉnh Hà Nam, cho biết.",
			[]string{"Lê Văn An: giám đốc Sở Tài nguyên - môi trường tỉnh Hà Nam"}},
		{"a lower-case apposition after a dash is no part of the department",
			"Ông Lê Văn An, Giám đốc Sở Y tế - cơ quan thường trực, phát biểu.",
			[]string{"Lê Văn An: Giám đốc Sở Y tế"}},
		{"a title before a spaced dash and a rank is the ranked name's",
			"Dự họp có Bộ trưởng Bộ Quốc phòng - Đại tướng Lê Văn An và các đại biểu.",
			[]string{"Lê Văn An: Bộ trưởng Bộ Quốc phòng"}},
		{"a rank after a dash and a rank is no title",
			"Hội nghị có Thiếu tướng Lê Văn An - Đại tá Trần Văn Bình dự.",
			[]string{"Lê Văn An: ", "Trần Văn Bình: "}},
		{"capitalized fields after a comma, then của and the parent body, before the name",
			"Chủ nhiệm Ủy ban Văn hóa, Giáo dục và Thể thao của Quốc hội Lê Văn An phát biểu.",
			[]string{"Lê Văn An: Chủ nhiệm Ủy ban Văn hóa, Giáo dục và Thể thao của Quốc hội"}},
		{"capitalized fields after a comma right before the name",
			"Vụ trưởng Vụ Tổ chức, Cán bộ Lê Văn An phát biểu.",
			[]string{"Lê Văn An: Vụ trưởng Vụ Tổ chức, Cán bộ"}},
		{"capitalized fields then của and no body stay out",
			"Ông Lê Văn An, Vụ trưởng Vụ Tổ chức, Cán bộ của Hà Nội cho biết.",
			[]string{"Lê Văn An: Vụ trưởng Vụ Tổ chức"}},
		{"Tiểu ban heads an organization with lower-case words",
			"Ông Lê Văn An, Trưởng Tiểu ban Văn kiện tại phiên họp, phát biểu.",
			[]string{"Lê Văn An: Trưởng Tiểu ban Văn kiện"}},
		{"sau đại học inside a name, and a further field after và with its own lower-case words",
			"Ông Lê Văn An là Trưởng phòng Đào tạo sau đại học và Hợp tác quốc tế của trường.",
			[]string{"Lê Văn An: Trưởng phòng Đào tạo sau đại học và Hợp tác quốc tế"}},
		{"sau as a time word still ends the name",
			"Ông Lê Văn An, Giám đốc Sở Y tế sau khi nhậm chức, cho biết.",
			[]string{"Lê Văn An: Giám đốc Sở Y tế"}},
		{"a constituency after the term of a deputies' delegation",
			"Ông Lê Văn An là Phó trưởng đoàn Đại biểu Quốc hội khóa XV đơn vị tỉnh Hà Nam.",
			[]string{"Lê Văn An: Phó trưởng đoàn Đại biểu Quốc hội khóa XV đơn vị tỉnh Hà Nam"}},
		{"a bare role before a unit's head shares only the body after tại",
			"Ông Lê Văn An từng là Phó hiệu trưởng, Trưởng phòng Đào tạo tại Trường Đại học Xây dựng.",
			[]string{"Lê Văn An: Phó hiệu trưởng Trường Đại học Xây dựng | Trưởng phòng Đào tạo tại Trường Đại học Xây dựng"}},
		{"a bare role before a unit's head with no body after it shares nothing",
			"Ông Lê Văn An từng là Phó giám đốc, Trưởng phòng Kế toán.",
			[]string{"Lê Văn An: Phó giám đốc | Trưởng phòng Kế toán"}},
		{"a bare role before the head of an office of a body shares the body",
			"Ông Lê Văn An, Phó Tổng thư ký, Chánh Văn phòng Hội Nông dân Việt Nam phát biểu.",
			[]string{"Lê Văn An: Phó Tổng thư ký Hội Nông dân Việt Nam | Chánh Văn phòng Hội Nông dân Việt Nam"}},
		{"a name run into the next capitalized word is cut back to the name written elsewhere",
			"Chủ tịch nước Lương Cường phát biểu. Ảnh: Chủ tịch nước Lương Cường Bài viết của ông được đăng.",
			[]string{"Lương Cường: Chủ tịch nước"}},
		{"a longer name written twice is a name of its own",
			"Ông Lương Cường dự họp. Ông Lương Cường Anh và ông Lương Cường Anh cùng dự.",
			[]string{"Lương Cường: ", "Lương Cường Anh: "}},
		{"a longer name closed by a comma and its title is a name of its own",
			"Đồng chí Lương Cường phát biểu. Dự lễ có đồng chí Lương Cường Anh, Phó Bí thư Tỉnh ủy Hà Nam.",
			[]string{"Lương Cường: ", "Lương Cường Anh: Phó Bí thư Tỉnh ủy Hà Nam"}},
		{"a shorter form cut at a glued hyphen does not cut a longer name",
			"Ông Lương Cường-anh phát biểu. Khi đó Lương Cường Anh sẽ dự họp.",
			[]string{"Lương Cường: ", "Lương Cường Anh: "}},
		{"a capitalized run closed by the first syllable of a common noun is no person",
			"Mẫu được gửi về Viện Kinh tế Nông Lâm Hải sản miền Trung để phân tích.",
			nil},
		{"a given name before a verb that starts like such a noun is a person",
			"Ông Nguyễn Văn Hải quan tâm tới việc này.",
			[]string{"Nguyễn Văn Hải: "}},
		{"a bare role takes the shared body without the của that opens it",
			"Ông Lê Văn An, Chánh Văn phòng kiêm người phát ngôn của Bộ Y tế, cho biết.",
			[]string{"Lê Văn An: Chánh Văn phòng Bộ Y tế | người phát ngôn của Bộ Y tế"}},
		// session 7: redacted names, membership lists
		{"a name cut to its initial is no person",
			"Nạn nhân gồm: Hoàng Văn T (xã An Lạc); Đinh Thị Ng (xã Tân Lập) và Lò Văn Th.",
			nil},
		{"a name closing on an initial with a title is a person, every mention",
			"Ông Lê K, Phó Chủ tịch UBND tỉnh, dự. Các ông Trần Văn An, Lê K bị kỷ luật.",
			[]string{"Lê K: Phó Chủ tịch UBND tỉnh", "Trần Văn An: "}},
		{"a name ending in a vowel letter is a name",
			"Ông Nguyễn Văn A phát biểu.",
			[]string{"Nguyễn Văn A: "}},
		{"members listed after gồm each hold the membership",
			"Các thành viên Hội đồng Thẩm định gồm: Thứ trưởng Bộ Tài chính; Thứ trưởng Bộ Y tế Lê Văn Bình; Phó Chủ tịch UBND tỉnh Hòa Bình Đỗ Văn Cường và Vụ trưởng Vụ Pháp chế Vũ Thị Dung.",
			[]string{"Lê Văn Bình: Thứ trưởng Bộ Y tế | thành viên Hội đồng Thẩm định", "Đỗ Văn Cường: Phó Chủ tịch UBND tỉnh Hòa Bình | thành viên Hội đồng Thẩm định", "Vũ Thị Dung: Vụ trưởng Vụ Pháp chế | thành viên Hội đồng Thẩm định"}},
		{"four syllables closed by a province, bare, are a club",
			"Tiền đạo Lê Văn Bình (Sông Hồng Nam Định) ghi bàn vào lưới Hoàng Minh Bắc Ninh.",
			[]string{"Lê Văn Bình: "}},
		{"a person whose name closes on a province keeps a form of address",
			"Ông Nguyễn Văn Thanh Hóa phát biểu.",
			[]string{"Nguyễn Văn Thanh Hóa: "}},
		{"a romanized hyphenated given name is read whole",
			"Ông Park Min-soo, Chủ tịch Tập đoàn ABC, và ông Lee Jae-ho dự. Tỉnh Bà Rịa-Vũng Tàu.",
			[]string{"Park Min-soo: Chủ tịch Tập đoàn ABC", "Lee Jae-ho: "}},
		{"a clause opening with a title before là gives it to the name after",
			"Trưởng ban là Phó Thủ tướng Lê Văn An. Theo quyết định, Phó Trưởng Ban là Bộ trưởng Bộ Y tế Trần Văn Bình.",
			[]string{"Lê Văn An: Phó Thủ tướng | Trưởng ban", "Trần Văn Bình: Bộ trưởng Bộ Y tế | Phó Trưởng Ban"}},
		{"a title before là with an honorific after it",
			"Chủ tịch HĐQT là ông Vũ Văn Cường cũng xin từ nhiệm.",
			[]string{"Vũ Văn Cường: Chủ tịch HĐQT"}},
		{"a lower-case post after là is not the next name's",
			"Bộ trưởng Hùng là trưởng ban, Thứ trưởng Lê Văn An là phó ban.",
			[]string{"Lê Văn An: Thứ trưởng"}},
		{"a count before the title: holders listed, no copula",
			"Hai phó ban là Thứ trưởng Lê Văn An và Thứ trưởng Trần Văn Bình.",
			[]string{"Lê Văn An: Thứ trưởng", "Trần Văn Bình: Thứ trưởng"}},
		{"chức vụ before a role: the role is read, not Vụ trưởng",
			"Thượng tá Lê Văn An, Trưởng Phòng Cảnh sát giao thông được điều động giữ chức vụ Trưởng Phòng Hậu cần.",
			[]string{"Lê Văn An: Trưởng Phòng Cảnh sát giao thông | Trưởng Phòng Hậu cần"}},
		{"chức vụ phó before a role",
			"Ông Trần Văn Bình được bổ nhiệm giữ chức vụ Phó Giám đốc Sở Y tế.",
			[]string{"Trần Văn Bình: Phó Giám đốc Sở Y tế"}},
		{"a bare role before a union post takes the union's parent",
			"Ông Trần Văn Bình, Phó Giám đốc, Chủ tịch Công đoàn Chi nhánh Bắc Ninh, phát biểu.",
			[]string{"Trần Văn Bình: Phó Giám đốc Chi nhánh Bắc Ninh | Chủ tịch Công đoàn Chi nhánh Bắc Ninh"}},
		{"a party post before a board post takes the board's parent",
			"Ông Lê Văn An, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tổng công ty Sông Đà, phát biểu.",
			[]string{"Lê Văn An: Bí thư Đảng ủy Tổng công ty Sông Đà | Chủ tịch Hội đồng thành viên Tổng công ty Sông Đà"}},
		{"a committee member before a union post takes no parent of it",
			"Ông Vũ Văn Cường, Ủy viên Ban Chấp hành, Chủ tịch Công đoàn Chi nhánh Bắc Ninh, phát biểu.",
			[]string{"Vũ Văn Cường: Ủy viên Ban Chấp hành | Chủ tịch Công đoàn Chi nhánh Bắc Ninh"}},
		{"a caption run on into a heading keeps the name",
			"Chúc mừng Chủ tịch nước Lê Văn An Bài viết của Chủ tịch được đăng tải.",
			[]string{"Lê Văn An: Chủ tịch nước"}},
		{"a former word opening a chain after a colon is each title's",
			"Kỷ luật các ông Lê Văn An, nguyên: Ủy viên Trung ương Đảng, Chủ tịch UBND tỉnh Vĩnh Phúc; Trần Văn Bình, nguyên: Phó Chủ tịch UBND tỉnh Vĩnh Phúc.",
			[]string{"Lê Văn An: nguyên Ủy viên Trung ương Đảng | nguyên Chủ tịch UBND tỉnh Vĩnh Phúc", "Trần Văn Bình: nguyên Phó Chủ tịch UBND tỉnh Vĩnh Phúc"}},
		{"a city written with TP and with Thành phố is one post",
			"Bà Lê Thị Hoa, Trưởng đoàn đại biểu Quốc hội TP. Hà Nội, phát biểu. Bà Lê Thị Hoa được bầu làm Trưởng đoàn đại biểu Quốc hội thành phố Hà Nội.",
			[]string{"Lê Thị Hoa: Trưởng đoàn đại biểu Quốc hội TP. Hà Nội"}},
		{"a university or hospital named after a person or place is no person",
			"Bà tốt nghiệp Đại học Y Hải Phòng, rồi làm việc tại Bệnh viện Trần Văn Thời và khu đô thị Lê Văn Lương.",
			nil},
		{"the head named right after an institution's eponym",
			"Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ và Hiệu trưởng Trường Đại học Y Hải Phòng Nguyễn Văn Bình dự.",
			[]string{"Đào Xuân Cơ: Giám đốc Bệnh viện Bạch Mai", "Nguyễn Văn Bình: Hiệu trưởng Trường Đại học Y Hải Phòng"}},
		{"a title naming a hospital after a person",
			"Ông Lê Văn Cường, Giám đốc Bệnh viện Nguyễn Tri Phương, cho biết.",
			[]string{"Lê Văn Cường: Giám đốc Bệnh viện Nguyễn Tri Phương"}},
		{"a group named before a colon ends where a semicolon follows commas",
			"Dự có các đồng chí Ủy viên Bộ Chính trị: Bộ trưởng Bộ Y tế Lê Văn Bình, Bộ trưởng Bộ Công an Trần Văn Cường; Bí thư Trung ương Đảng Vũ Văn Dũng.",
			[]string{"Lê Văn Bình: Ủy viên Bộ Chính trị | Bộ trưởng Bộ Y tế", "Trần Văn Cường: Ủy viên Bộ Chính trị | Bộ trưởng Bộ Công an", "Vũ Văn Dũng: Bí thư Trung ương Đảng"}},
		{"a group whose items semicolons part holds for each",
			"Dự có các đồng chí Ủy viên Bộ Chính trị: Lê Văn Bình, Bộ trưởng Bộ Y tế; Trần Văn Cường, Bộ trưởng Bộ Công an.",
			[]string{"Lê Văn Bình: Ủy viên Bộ Chính trị | Bộ trưởng Bộ Y tế", "Trần Văn Cường: Ủy viên Bộ Chính trị | Bộ trưởng Bộ Công an"}},
		{"a list after a colon without gồm shares no membership",
			"Hội đồng có các thành viên mới: Thứ trưởng Bộ Tài chính; Thứ trưởng Bộ Y tế Lê Văn Bình.",
			[]string{"Lê Văn Bình: Thứ trưởng Bộ Y tế"}},
		{"a chain after a fronted place, then a comma and a form of address",
			"Còn tại Kon Tum, Phó Chủ tịch UBND tỉnh Kon Tum, ông Y Bình cũng vừa ký quyết định.",
			[]string{"Y Bình: Phó Chủ tịch UBND tỉnh Kon Tum"}},
		{"a chain after a fronted circumstance, then a comma and bà",
			"Phát biểu tại buổi làm việc, Bí thư Tỉnh ủy Bình Định, bà Lê Thị Hoa khẳng định sẽ ưu tiên.",
			[]string{"Lê Thị Hoa: Bí thư Tỉnh ủy Bình Định"}},
		{"not after a fronted phrase that names a person",
			"Tiếp ông Lê Văn An, Chủ tịch UBND tỉnh Bình Định, ông Trần Văn Bình cho biết sẽ ưu tiên.",
			[]string{"Lê Văn An: Chủ tịch UBND tỉnh Bình Định", "Trần Văn Bình: "}},
		{"not after a clause of holding: làm right before the chain",
			"Trước khi làm Chủ tịch UBND tỉnh Bình Định, ông Trần Văn Bình có nhiều năm công tác ở ngân hàng.",
			[]string{"Trần Văn Bình: "}},
		{"a lower-case tail goes on after known words of names",
			"Ông Trần Văn Bình, Chi cục trưởng Chi cục Quản lý đầu tư xây dựng đường thủy cho biết.",
			[]string{"Trần Văn Bình: Chi cục trưởng Chi cục Quản lý đầu tư xây dựng đường thủy"}},
		{"a long lower-case tail up to a comma and the parent body",
			"Ông Lê Quốc Khánh, Trưởng phòng Quản lý xây dựng công trình giao thông nông thôn, Sở Giao thông vận tải cho biết.",
			[]string{"Lê Quốc Khánh: Trưởng phòng Quản lý xây dựng công trình giao thông nông thôn, Sở Giao thông vận tải"}},
		{"và joins two lower-case fields of a name before a person",
			"Giám đốc Trung tâm Dự báo khí tượng và thủy văn trung ương Lê Văn Hòa cho biết.",
			[]string{"Lê Văn Hòa: Giám đốc Trung tâm Dự báo khí tượng và thủy văn trung ương"}},
		{"và joins two lower-case fields of a name before a known word",
			"Ông Lê Văn Hòa, Giám đốc Trung tâm Dự báo khí tượng và thủy văn trung ương, cho biết.",
			[]string{"Lê Văn Hòa: Giám đốc Trung tâm Dự báo khí tượng và thủy văn trung ương"}},
		{"và before people and a predicate is no part of the name",
			"Ông Lê Văn Hòa, Giám đốc Trung tâm Kiểm soát bệnh tật và cán bộ y tế đã đến hiện trường.",
			[]string{"Lê Văn Hòa: Giám đốc Trung tâm Kiểm soát bệnh tật"}},
		{"a lower-case field after a comma, then the parent body in brackets",
			"Ông Vũ Văn Hải, Vụ trưởng Vụ Tổ chức, cán bộ (Bộ Tư pháp), cho biết.",
			[]string{"Vũ Văn Hải: Vụ trưởng Vụ Tổ chức, cán bộ (Bộ Tư pháp)"}},
		{"a profession after a comma is no field of the name",
			"Ông Lê Văn Tư, Giám đốc Sở Y tế, bác sĩ (Bệnh viện tỉnh) cho biết.",
			[]string{"Lê Văn Tư: Giám đốc Sở Y tế"}},
		{"kiêm binds two posts after another name and và",
			"Thứ trưởng Bộ Tư pháp Lê Văn An và Chánh văn phòng kiêm người phát ngôn Bộ Tư pháp Trần Văn Bình chủ trì họp báo.",
			[]string{"Lê Văn An: Thứ trưởng Bộ Tư pháp", "Trần Văn Bình: Chánh văn phòng Bộ Tư pháp | người phát ngôn Bộ Tư pháp"}},
		{"a lower-case department of two fields joined by a dash, then its body after a comma",
			"Khiển trách ông Lê Văn Ba - phó trưởng phòng tài chính - kế toán, Ban Quản lý dự án 7.",
			[]string{"Lê Văn Ba: phó trưởng phòng tài chính - kế toán, Ban Quản lý dự án 7"}},
		{"a party cell takes the body closing the chain, not the lower-case department",
			"Khiển trách ông Lê Văn Ba - nguyên bí thư chi bộ, trưởng phòng kế hoạch - kỹ thuật, Ban Quản lý dự án 3.",
			[]string{"Lê Văn Ba: nguyên bí thư chi bộ Ban Quản lý dự án 3 | trưởng phòng kế hoạch - kỹ thuật, Ban Quản lý dự án 3"}},
		{"a party cell before a lower-case department with no body stays bare",
			"Khiển trách ông Trần Văn Tư - bí thư chi bộ, trưởng phòng kế hoạch - tổng hợp.",
			[]string{"Trần Văn Tư: bí thư chi bộ | trưởng phòng kế hoạch - tổng hợp"}},
		{"a party cell before a capitalized department takes it",
			"Khiển trách ông Nguyễn Văn Năm - bí thư chi bộ, vụ trưởng Vụ Pháp chế.",
			[]string{"Nguyễn Văn Năm: bí thư chi bộ Vụ Pháp chế | vụ trưởng Vụ Pháp chế"}},
		{"no dash field before a form of address",
			"Trưởng phòng kế hoạch - ông Lê Văn Ba cho biết.",
			[]string{"Lê Văn Ba: Trưởng phòng kế hoạch"}},
		{"a lower-case bare role in a chain is a position",
			"Khiển trách ông Lê Văn Hai - ủy viên Đảng đoàn, phó chủ tịch.",
			[]string{"Lê Văn Hai: ủy viên Đảng đoàn | phó chủ tịch"}},
		{"a chain before a colon goes to each name listed after it",
			"Khiển trách các ông ủy viên Đảng đoàn, phó chủ tịch: Võ Văn Mười, Bùi Văn Một.",
			[]string{"Võ Văn Mười: ủy viên Đảng đoàn | phó chủ tịch", "Bùi Văn Một: ủy viên Đảng đoàn | phó chủ tịch"}},
		{"a lower-case bare role alone names no position",
			"Ông Lê Văn Hai, phó chủ nhiệm, phát biểu.",
			[]string{"Lê Văn Hai: "}},
		{"party bodies in a long chain take the body closing it, past a department",
			"Khiển trách ông Phan Văn Giang - ủy viên Đảng đoàn, ủy viên Ban Thường vụ Đảng ủy, phó tổng thư ký, chánh Văn phòng Đảng đoàn, trưởng Ban Tổ chức - Cán bộ Hội Nông dân Việt Nam.",
			[]string{"Phan Văn Giang: ủy viên Đảng đoàn Hội Nông dân Việt Nam | ủy viên Ban Thường vụ Đảng ủy Hội Nông dân Việt Nam | phó tổng thư ký Hội Nông dân Việt Nam | chánh Văn phòng Đảng đoàn Hội Nông dân Việt Nam | trưởng Ban Tổ chức - Cán bộ Hội Nông dân Việt Nam"}},
		{"a Đảng ủy takes the whole department it leads",
			"Khiển trách ông Lê Văn Ba - bí thư Đảng ủy, cục trưởng Cục Quản lý xây dựng Bộ Y tế.",
			[]string{"Lê Văn Ba: bí thư Đảng ủy Cục Quản lý xây dựng Bộ Y tế | cục trưởng Cục Quản lý xây dựng Bộ Y tế"}},
		{"quán triệt is a predicate ending the title",
			"Ông Nguyễn Văn Nghĩa, Trưởng Ban Tuyên giáo Trung ương quán triệt nội dung Quy định số 144-QĐ/TW.",
			[]string{"Nguyễn Văn Nghĩa: Trưởng Ban Tuyên giáo Trung ương"}},
		{"a numeral counting terms ends the title",
			"Ông Lê Văn Hải, Ủy viên Trung ương ba khóa 9-11, nghỉ hưu.",
			[]string{"Lê Văn Hải: Ủy viên Trung ương"}},
		{"kiêm is no syllable of a name in title case",
			"Ông Lê Văn Bốn, Chủ tịch Công ty Địa ốc Alaska kiêm Giám đốc Công ty Sông Hồng, phát biểu.",
			[]string{"Lê Văn Bốn: Chủ tịch Công ty Địa ốc Alaska | Giám đốc Công ty Sông Hồng"}},
		{"dịch vụ is no head Vụ inside a lower-case department",
			"Ông Lê Văn Một, Trưởng phòng dịch vụ khách hàng, Công ty Điện lực Hà Nội, cho biết.",
			[]string{"Lê Văn Một: Trưởng phòng dịch vụ khách hàng, Công ty Điện lực Hà Nội"}},
		{"Phó phòng and Phó ban are roles",
			"Bà Đỗ Thị Trang (Phó phòng kế toán, Tập đoàn Sông Hồng) và ông Lê Văn Tư (nguyên phó ban đầu tư Tập đoàn Sông Hồng) bị truy tố.",
			[]string{"Đỗ Thị Trang: Phó phòng kế toán, Tập đoàn Sông Hồng", "Lê Văn Tư: nguyên phó ban đầu tư Tập đoàn Sông Hồng"}},
		{"a lower-case Phó phòng alone names no position",
			"Ông Lê Văn Hai, phó phòng, cho biết.",
			[]string{"Lê Văn Hai: "}},
		{"a dash field of a department inside brackets",
			"Bị cáo Trần Thị Yến (nguyên phó phòng kế hoạch - kinh doanh) bị phạt 6 năm tù.",
			[]string{"Trần Thị Yến: nguyên phó phòng kế hoạch - kinh doanh"}},
		{"a former word, then an acting one",
			"Bị cáo Trương Văn Hà (cựu quyền Tổng giám đốc Ngân hàng ABC) khai tiếp.",
			[]string{"Trương Văn Hà: cựu quyền Tổng giám đốc Ngân hàng ABC"}},
		{"a sector in title case running past a family name is no person",
			"Bộ trưởng Nông Nghiệp và Phát triển nông thôn Lê Minh Hoàn nói sẽ có chỉ đạo.",
			[]string{"Lê Minh Hoàn: Bộ trưởng Nông Nghiệp và Phát triển nông thôn"}},
		{"the agent of a passive appointment is passed over",
			"Bà Đào Thị Lan được Chủ tịch UBND tỉnh Nguyễn Văn Quân bổ nhiệm giữ chức vụ Chánh Văn phòng UBND tỉnh.",
			[]string{"Đào Thị Lan: Chánh Văn phòng UBND tỉnh", "Nguyễn Văn Quân: Chủ tịch UBND tỉnh"}},
		{"the agent handing over the decision is passed over too",
			"Ông Lý Văn Tùng được Bộ trưởng Bộ Nội vụ Phạm Thị Trà trao quyết định bổ nhiệm giữ chức Vụ trưởng Vụ Tổ chức cán bộ.",
			[]string{"Lý Văn Tùng: Vụ trưởng Vụ Tổ chức cán bộ", "Phạm Thị Trà: Bộ trưởng Bộ Nội vụ"}},
		{"the active giver keeps no post he hands over",
			"Bộ trưởng Phạm Thị Trà trao quyết định bổ nhiệm chức vụ Vụ trưởng Vụ Tổ chức cán bộ cho ông Lý Văn Tùng.",
			[]string{"Phạm Thị Trà: Bộ trưởng", "Lý Văn Tùng: "}},
		{"về làm opens a post moved to",
			"Ông Hồ Văn Lực được luân chuyển về làm Bí thư Huyện ủy Phù Mỹ.",
			[]string{"Hồ Văn Lực: Bí thư Huyện ủy Phù Mỹ"}},
		{"về làm after the body moved from",
			"Ông Lê Văn Hoan được điều động từ Văn phòng UBND tỉnh về làm Chủ tịch UBND huyện Tuy Phước.",
			[]string{"Lê Văn Hoan: Chủ tịch UBND huyện Tuy Phước"}},
		{"a unit abbreviation's dot ends no sentence",
			"Ông Đỗ Quang Khải được điều động từ Sở Nội vụ TP. HCM về làm Chủ tịch UBND quận 6.",
			[]string{"Đỗ Quang Khải: Chủ tịch UBND quận 6"}},
		{"a sentence's dot still ends the subject's reach",
			"Ông Đỗ Quang Khải đến dự. Đại diện Sở Nội vụ tỉnh là Chủ tịch UBND quận 6.",
			[]string{"Đỗ Quang Khải: "}},
		{"kiêm: the body ending the first role recurs in the shared organization",
			"Ông Ngô Minh Hải là Phó Trưởng Công an kiêm Phó Bí thư Đảng ủy Công an quận 8.",
			[]string{"Ngô Minh Hải: Phó Trưởng Công an quận 8 | Phó Bí thư Đảng ủy Công an quận 8"}},
		{"kiêm: a bare role still takes the whole organization",
			"Ông Lê Văn Hiếu, Phó Giám đốc kiêm Kế toán trưởng Công ty Điện lực Hà Nam, cho biết.",
			[]string{"Lê Văn Hiếu: Phó Giám đốc Công ty Điện lực Hà Nam | Kế toán trưởng Công ty Điện lực Hà Nam"}},
		{"a chain between a name with a form of address and the next name is the next's",
			"Chúc mừng ông Võ Văn Hưng, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng Nguyễn Văn Ngọc phát biểu.",
			[]string{"Võ Văn Hưng: ", "Nguyễn Văn Ngọc: Bí thư Trung ương Đảng | Chánh Văn phòng Trung ương Đảng"}},
		{"a dash after a name with a form of address opens its own post",
			"Đó là lời của ông Lê Văn Thắng - Trưởng Ban Quản lý Khu di tích Tổng Bí thư Trần Phú - khi trò chuyện.",
			[]string{"Lê Văn Thắng: Trưởng Ban Quản lý Khu di tích", "Trần Phú: Tổng Bí thư"}},
		{"an item of a list keeps the title after it",
			"Dự lễ có ông Lê Văn An, Giám đốc Sở Y tế, bà Đỗ Thị Hoa, Đại sứ Thụy Điển tại Việt Nam, Thứ trưởng Bộ Y tế Nguyễn Văn Tiến.",
			[]string{"Lê Văn An: Giám đốc Sở Y tế", "Đỗ Thị Hoa: Đại sứ Thụy Điển tại Việt Nam", "Nguyễn Văn Tiến: Thứ trưởng Bộ Y tế"}},
		{"known name words after an acronym go on in lower case to a place",
			"Ông Đàm Văn Hải, Phó Giám đốc Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh Bắc Giang, cho biết.",
			[]string{"Đàm Văn Hải: Phó Giám đốc Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh Bắc Giang"}},
		{"a run through các not closed by a place or punctuation stops before các",
			"Ông Trần Văn Hải, Phó Giám đốc Ban QLDA đầu tư xây dựng các công trình bị chậm tiến độ.",
			[]string{"Trần Văn Hải: Phó Giám đốc Ban QLDA đầu tư xây dựng"}},
		{"an acronym alone still takes no lower-case tail",
			"Ông Vũ Minh Tâm, Chủ tịch HĐQT Tập đoàn ABC long trọng tuyên bố khởi công.",
			[]string{"Vũ Minh Tâm: Chủ tịch HĐQT Tập đoàn ABC"}},
		{"về as a topic still ends the subject's reach",
			"Ông Hồ Văn Lực phát biểu về Chủ tịch UBND huyện Tuy Phước.",
			[]string{"Hồ Văn Lực: "}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestTermless checks that only a term qualifier is dropped when titles are
// compared, not a unit named Khoa.
func TestTermless(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"truong doan dai bieu quoc hoi khoa xv tinh lang son", "truong doan dai bieu quoc hoi tinh lang son"},
		{"uy vien trung uong dang khoa 13", "uy vien trung uong dang"},
		{"truong khoa noi benh vien tinh", "truong khoa noi benh vien tinh"},
		{"pho truong khoa", "pho truong khoa"},
	} {
		assert.Equal(t, c.want, termless(c.in), c.in)
	}
}

// A role that ends with its unit noun names that unit as the organization:
// one word (Trưởng phòng -> Phòng X) or two (Chánh Văn phòng -> Văn phòng X).
func TestUnitNounOrganization(t *testing.T) {
	text := "Tham dự có đồng chí Nguyễn Duy Ngọc, Chánh Văn phòng Trung ương Đảng; đồng chí Lê Văn An, Trưởng phòng Tổ chức cán bộ; ông Trần Văn Bình, Phó Chánh Văn phòng UBND tỉnh."
	got := map[string]string{}
	for _, o := range Find(Input{Text: text}).Officials {
		for _, ti := range o.Titles {
			got[o.Name] = ti.Role + " | " + ti.Organization
		}
	}
	assert.Equal(t, map[string]string{
		"Nguyễn Duy Ngọc": "Chánh Văn phòng | Văn phòng Trung ương Đảng",
		"Lê Văn An":       "Trưởng phòng | Phòng Tổ chức cán bộ",
		"Trần Văn Bình":   "Phó Chánh Văn phòng | Văn phòng UBND tỉnh",
	}, got)
}

// The office an assistant serves is the organization of the title, even
// though it is a role itself.
func TestAssistantOfOffice(t *testing.T) {
	tests := []struct{ text, name, title string }{
		{"Ông Tô Ân Xô, Trợ lý Tổng Bí thư, cho biết.", "Tô Ân Xô", "Trợ lý Tổng Bí thư"},
		{"Ông Nguyễn Văn An, Trợ lý Chủ tịch nước, cho biết.", "Nguyễn Văn An", "Trợ lý Chủ tịch nước"},
		{"Ông Nguyễn Văn An, Trợ lý, Tổng Bí thư Tô Lâm cho biết.", "Tô Lâm", "Tổng Bí thư"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			var titles []string
			for _, o := range Find(Input{Text: tt.text}).Officials {
				if o.Name == tt.name {
					for _, ti := range o.Titles {
						titles = append(titles, ti.Text)
					}
				}
			}
			assert.Contains(t, titles, tt.title)
		})
	}
}

// A school or a club named after a person or a place is no person; the
// same name as a person elsewhere is.
func TestSchoolAndClubEponyms(t *testing.T) {
	text := "Học sinh Trường THPT Lê Quý Đôn và THPT chuyên Lê Hồng Phong đạt giải; CLB Hoàng Anh Gia Lai thắng. Bộ trưởng Bộ Tài nguyên và Môi trường Đỗ Đức Duy dự lễ."
	var names []string
	for _, o := range Find(Input{Text: text}).Officials {
		names = append(names, o.Name)
	}
	assert.Equal(t, []string{"Đỗ Đức Duy"}, names)
}

// A road, a junction or a landmark named after a person is no person; the
// same words ending a title ("Môi trường") still end before one.
func TestRoadAndLandmarkEponyms(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Ống dẫn nước đi trên tuyến Võ Chí Công rồi vào sông.", ""},
		{"Tuyến Nguyễn Văn Linh kéo dài thêm 5 km.", ""},
		{"Xe ùn tắc ở nút giao Trần Phú - Võ Văn Kiệt suốt buổi sáng.", ""},
		{"Thành phố thông xe hầm chui Nguyễn Văn Linh - Nguyễn Hữu Thọ.", ""},
		{"Cờ rủ treo quanh tượng đài Lý Thái Tổ.", ""},
		{"Tai nạn xảy ra gần vòng xoay Nguyễn Thái Sơn.", ""},
		{"Bộ trưởng Bộ Tài nguyên và Môi trường Đỗ Đức Duy dự lễ.", "Đỗ Đức Duy"},
		{"Ông Trần Văn Tuyến, Chủ tịch UBND huyện, phát biểu.", "Trần Văn Tuyến"},
		{"Hội nghị trực tuyến do ông Lê Văn Hầm chủ trì.", "Lê Văn Hầm"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			names := ""
			for _, o := range Find(Input{Text: c.text}).Officials {
				names += o.Name
			}
			assert.Equal(t, c.want, names)
		})
	}
}

// A person's name is the best written of mentions that differ only in
// marks and case: an unaccented or badly cased copy yields; two forms that
// both have marks keep the first.
func TestNameFromBestForm(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Cầu thủ Cao Thai Ha ghi bàn. Sau trận, Cao Thái Hà cho biết.", "Cao Thái Hà"},
		{"NSND KIm Cương dự lễ. NSND Kim Cương xúc động.", "Kim Cương"},
		{"Ông Nguyễn Thanh Bình phát biểu. Ông Nguyễn Thành Bình cũng dự.", "Nguyễn Thanh Bình"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			res := Find(Input{Text: tt.text})
			require.NotEmpty(t, res.Officials)
			assert.Equal(t, tt.want, res.Officials[0].Name)
		})
	}
}

// TestShortMentionSex checks that a short mention after a form of address
// goes to the person of that sex among those sharing the given name, and
// to the last one named when the sex does not tell them apart.
func TestShortMentionSex(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string][]string // person -> mentions
	}{
		{"ông goes past a woman named later",
			"Ông Phan Văn Giang và bà Nguyễn Thị Giang dự. Ông Giang phát biểu.",
			map[string][]string{"Phan Văn Giang": {"Phan Văn Giang", "Giang"}, "Nguyễn Thị Giang": {"Nguyễn Thị Giang"}}},
		{"bà goes past a man named later",
			"Bà Lê Thu Hà và ông Trần Văn Hà dự. Bà Hà phát biểu.",
			map[string][]string{"Lê Thu Hà": {"Lê Thu Hà", "Hà"}, "Trần Văn Hà": {"Trần Văn Hà"}}},
		{"the same sex: the last one named",
			"Ông Lê Văn Hà và ông Trần Văn Hà dự. Ông Hà phát biểu.",
			map[string][]string{"Lê Văn Hà": {"Lê Văn Hà"}, "Trần Văn Hà": {"Trần Văn Hà", "Hà"}}},
		{"no other: the one of the other sex still",
			"Bà Nguyễn Thị Giang dự. Ông Giang phát biểu.",
			map[string][]string{"Nguyễn Thị Giang": {"Nguyễn Thị Giang", "Giang"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentionsOf(c.text))
		})
	}
}

// TestFamilyFirstMention checks that a short mention after a form of
// address names, by the family name written first, a Chinese or Korean
// name of the text, and no Vietnamese one.
func TestFamilyFirstMention(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string][]string // person -> mentions
	}{
		{"a Korean name by its family name",
			"Ông Park Min-soo, Chủ tịch Tập đoàn ABC, dự. Ông Park cho biết thêm.",
			map[string][]string{"Park Min-soo": {"Park Min-soo", "Park"}}},
		{"a woman only where the text calls her one",
			"Tiến sĩ Lee Jae-ho dự. Cô Lee phát biểu.",
			map[string][]string{"Lee Jae-ho": {"Lee Jae-ho"}}},
		{"a woman the text calls one",
			"Bà Lee Soo-jin, Chủ tịch Tập đoàn ABC, dự. Bà Lee phát biểu.",
			map[string][]string{"Lee Soo-jin": {"Lee Soo-jin", "Lee"}}},
		{"a Vietnamese family name names no one",
			"Ông Trần Văn An, Chủ tịch UBND tỉnh, dự. Ông Trần phát biểu.",
			map[string][]string{"Trần Văn An": {"Trần Văn An"}}},
		{"a Chinese name opened by a Vietnamese family name in a text on China",
			"Ông Ngô Minh Khải, Thủ tướng Trung Quốc, dự. Ông Ngô phát biểu.",
			map[string][]string{"Ngô Minh Khải": {"Ngô Minh Khải", "Ngô"}}},
		{"the same in a text on Taiwan",
			"Bà Thái Anh Hoa dự họp ở Đài Loan. Bà Thái cho biết.",
			map[string][]string{"Thái Anh Hoa": {"Thái Anh Hoa", "Thái"}}},
		{"a Vietnamese family name still names no one without such a country",
			"Ông Ngô Minh Khải, Bộ trưởng, dự họp ở Lào. Ông Ngô phát biểu.",
			map[string][]string{"Ngô Minh Khải": {"Ngô Minh Khải"}}},
		{"two of that family name: neither",
			"Ông Ngô Minh Khải và ông Ngô Bá Tường dự họp ở Trung Quốc. Ông Ngô phát biểu.",
			map[string][]string{"Ngô Minh Khải": {"Ngô Minh Khải"}, "Ngô Bá Tường": {"Ngô Bá Tường"}}},
		{"a given name still goes to its person",
			"Ông Hà Văn Khải và ông Lê Văn Hà dự họp ở Trung Quốc. Ông Hà phát biểu.",
			map[string][]string{"Hà Văn Khải": {"Hà Văn Khải"}, "Lê Văn Hà": {"Lê Văn Hà", "Hà"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mentionsOf(c.text))
		})
	}
}

// TestFamilyFirstTitles checks that a title stated at a family-name
// mention goes to the full name and makes no second person.
func TestFamilyFirstTitles(t *testing.T) {
	got := summary(Find(Input{Text: "Trung Quốc cử ông Ngô Minh Khải dự. Năm 2000, ông Ngô là Phó Thủ tướng Trung Quốc."}))
	assert.Equal(t, []string{"Ngô Minh Khải: Phó Thủ tướng Trung Quốc"}, got)
}

// TestWesternFullName checks that a Western family name alone, whose
// person no full mention gives, takes the full name the text writes
// elsewhere (inside an eponym, a quote), and not words before it that are
// no first name.
func TestWesternFullName(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"the full name inside an eponym",
			"Đoàn thăm Quỹ Quốc tế Olaf Bramle ở Oslo. Ông Bramle từng là Thủ tướng Na Uy.",
			[]string{"Olaf Bramle: Thủ tướng Na Uy"}},
		{"the full name written later",
			"Ông Bramle, Thủ tướng Na Uy, cho biết. Giải thưởng mang tên Olaf Bramle.",
			[]string{"Olaf Bramle: Thủ tướng Na Uy"}},
		{"a country before the family name is no first name",
			"Tổng thống Nga Bramle dự. Ông Bramle, Chủ tịch Hội đồng, cho biết.",
			[]string{"Bramle: Tổng thống Nga | Chủ tịch Hội đồng"}},
		{"a relative's full name is not the person",
			"Ông Bramle, Thủ tướng Na Uy, và phu nhân Anna Bramle dự.",
			[]string{"Bramle: Thủ tướng Na Uy"}},
		{"two first names: none chosen",
			"Ông Bramle, Thủ tướng Na Uy, dự. Quỹ Olaf Bramle và Quỹ Erik Bramle tài trợ.",
			[]string{"Bramle: Thủ tướng Na Uy"}},
		{"a Vietnamese-spelled word at a sentence start is no first name",
			"Ông Bramle, Thủ tướng Na Uy, dự. Theo Bramle, đây là cơ hội.",
			[]string{"Bramle: Thủ tướng Na Uy"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestProfessionPenName checks that a name without a listed family name
// (a pen or stage name) after a profession word is a person where
// punctuation or a predicate closes it, and not otherwise.
func TestProfessionPenName(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"closed by a predicate", "Nhà báo Đan Hòa cho biết tin vui.", []string{"Đan Hòa: "}},
		{"closed by a comma", "Theo tác giả Duy Khoa, cuốn sách ra mắt năm nay.", []string{"Duy Khoa: "}},
		{"closed by a spaced dash", "Truyện của tác giả Duy Khoa - tên thật Lê Văn Tâm.", []string{"Duy Khoa: ", "Lê Văn Tâm: "}},
		{"closed by a full stop", "Đêm nhạc có sự góp mặt của ca sĩ Quang Hòa.", []string{"Quang Hòa: "}},
		{"a listed family name needs no closing", "Tác giả Nguyễn Văn Khoa viết nhiều sách.", []string{"Nguyễn Văn Khoa: "}},
		{"not closed: no person", "Ca sĩ Quang Hòa hát bài mới.", nil},
		{"a country is no name", "Hội thảo của nhà báo Việt Nam, diễn ra hôm qua.", nil},
		{"a newspaper is no name", "Trao đổi với phóng viên Lao Động, ông cho biết thêm.", nil},
		{"one syllable is no name", "Tác giả Khoa, năm nay 30 tuổi.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestKinAtSentenceStart checks that a capitalized kinship word opening a
// sentence introduces a full name opened by a family name, and nothing
// else.
func TestKinAtSentenceStart(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a full name after Chị", "Buổi lễ diễn ra. Chị Phan Huyền kể lại câu chuyện.", []string{"Phan Huyền: "}},
		{"at the text's start", "Chị Mai Hoa (nhân viên văn phòng) cho biết.", []string{"Mai Hoa: "}},
		{"a place of one syllable is no name", "Đoàn ra đảo. Cô Tô đón khách.", nil},
		{"a given name alone is not taken", "Buổi lễ diễn ra. Chị Huyền kể lại.", nil},
		{"not at a sentence start: an organization word", "Hội Chị Em Phụ Nữ họp.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestLinkHeadline checks that the people of a headline written as a
// link's text (excluded with its line by the caller) are read: one named
// there alone with the headline's title, one the body names with the
// body's titles only, a name cut by the headline's ellipsis not at all.
func TestLinkHeadline(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a person named in the headline alone",
			"[Phó Thủ tướng Thường trực Lê Văn An làm Trưởng Ban chỉ ...](https://x.vn/a-b)\n\nThủ tướng Chính phủ Trần Văn Bình ký quyết định.",
			[]string{"Lê Văn An: Phó Thủ tướng Thường trực", "Trần Văn Bình: Thủ tướng Chính phủ"}},
		{"the body's titles for a person it names",
			"[Ông Trần Văn Bình làm Chủ tịch tỉnh Hà Nam](https://x.vn/a-b)\n\nÔng Trần Văn Bình, Chủ tịch UBND tỉnh Hà Nam, phát biểu.",
			[]string{"Trần Văn Bình: Chủ tịch UBND tỉnh Hà Nam"}},
		{"a name cut by the headline's ellipsis",
			"[Đề nghị kỷ luật Phó Thủ tướng Lê Văn ...](https://x.vn/a-b)\n\nỦy ban Kiểm tra họp.",
			nil},
		{"an image line stays excluded",
			"![Phó Thủ tướng Lê Văn An dự](https://x.vn/a.jpg)\n\nỦy ban Kiểm tra họp.",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			line := strings.IndexByte(c.text, '\n')
			r := Find(Input{Text: c.text, Exclude: []schema.Span{{Start: 0, End: line}}})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// mentionsOf maps each person Find reports in text to its mentions as written.
func mentionsOf(text string) map[string][]string {
	got := map[string][]string{}
	for _, o := range Find(Input{Text: text}).Officials {
		for _, m := range o.Mentions {
			got[o.Name] = append(got[o.Name], text[m.Start:m.End])
		}
	}
	return got
}
