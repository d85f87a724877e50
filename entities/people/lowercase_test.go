package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLowerCaseTitlesAndRareNames checks titles written in lower case after
// a name (as some papers write them), rare and ethnic-minority names,
// title-case roles, photo credits, asides and nicknames, on made-up
// sentences, with negatives.
func TestLowerCaseTitlesAndRareNames(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"rare family name before a title-case org",
			"Phó Bí thư Thường trực Tỉnh ủy Tất Văn Minh (bên trái) trò chuyện với đại biểu.",
			[]string{"Tất Văn Minh: Phó Bí thư Thường trực Tỉnh ủy"}},
		{"lower-case title before a rare family name",
			"Phát biểu tại phiên họp, phó chủ tịch Quốc hội Tòng Văn Lả cho biết.",
			[]string{"Tòng Văn Lả: phó chủ tịch Quốc hội"}},
		{"role written in title case before a name",
			"Quyết định do Bộ Trưởng Lê Minh Hải ký.",
			[]string{"Lê Minh Hải: Bộ Trưởng"}},
		{"role in title case: not when the name is an org",
			"Ông Lê Minh Hải làm việc với Bộ Tài chính.",
			[]string{"Lê Minh Hải: "}},
		{"photo credit after a dash ends the chain",
			"Đại tướng Lê Văn Dũng, nguyên Bộ trưởng Bộ Quốc phòng - Ảnh: VĂN AN.",
			[]string{"Lê Văn Dũng: nguyên Bộ trưởng Bộ Quốc phòng"}},
		{"photo credit without colon after a dash",
			"Bí thư Tỉnh ủy Đỗ Văn Tư nói chuyện tại hội nghị - Ảnh VĂN AN.",
			[]string{"Đỗ Văn Tư: Bí thư Tỉnh ủy"}},
		{"a photo credit ends at a comma",
			"Ảnh: VGP Chiều tối 2/12, tại Hà Nội, Bộ trưởng Lê Văn Dũng chủ trì họp báo.",
			[]string{"Lê Văn Dũng: Bộ trưởng"}},
		{"first secretary of the youth union",
			"Hội nghị do anh Hà Văn Khải, Bí thư thứ nhất Trung ương Đoàn, chủ trì.",
			[]string{"Hà Văn Khải: Bí thư thứ nhất Trung ương Đoàn"}},
		{"lower-case unit words before the capitalized body",
			"Chị Vũ Thị Mai, phó trưởng phòng tổ chức cán bộ Sở Nội vụ tỉnh Hòa Bình, cho biết.",
			[]string{"Vũ Thị Mai: phó trưởng phòng tổ chức cán bộ Sở Nội vụ tỉnh Hòa Bình"}},
		{"lower-case unit words: not across a predicate",
			"Ông Vũ Văn Mạnh, giám đốc công ty, làm việc với Sở Nội vụ.",
			[]string{"Vũ Văn Mạnh: giám đốc công ty"}},
		{"lower-case unit words: not across a verb before a body",
			"Ông Vũ Văn Mạnh, giám đốc sở cảm ơn Bộ Y tế.",
			[]string{"Vũ Văn Mạnh: giám đốc sở"}},
		{"lower-case unit words of a lower-case body",
			"Ông Vũ Văn Mạnh, trưởng phòng nghiệp vụ Cục Thuế tỉnh Nam Định, nói.",
			[]string{"Vũ Văn Mạnh: trưởng phòng nghiệp vụ Cục Thuế tỉnh Nam Định"}},
		{"bracketed parent body with lower-case words",
			"Ông Bùi Văn Ích, vụ trưởng Vụ Pháp chế (Bộ Tài chính), giải thích.",
			[]string{"Bùi Văn Ích: vụ trưởng Vụ Pháp chế (Bộ Tài chính)"}},
		{"a bracket with a predicate is no parent body",
			"Ông Bùi Văn Ích, vụ trưởng Vụ Pháp chế (Bộ cho biết thêm), giải thích.",
			[]string{"Bùi Văn Ích: vụ trưởng Vụ Pháp chế"}},
		{"'các' inside a lower-case name up to punctuation",
			"Ông Nguyễn Văn An - phó trưởng Ban quản lý các dự án đầu tư xây dựng TP - cho biết.",
			[]string{"Nguyễn Văn An: phó trưởng Ban quản lý các dự án đầu tư xây dựng TP"}},
		{"'các' opening the object of a predicate is no name",
			"Ông Lê Văn Ba, Chủ tịch Hội đồng quản trị các công ty con của tập đoàn, phát biểu.",
			[]string{"Lê Văn Ba: Chủ tịch Hội đồng quản trị"}},
		{"'kiêm' shares the organization with a whole role that takes one",
			"Ông Vũ Văn Hà, chủ tịch kiêm tổng giám đốc Công ty Bình Minh, cho biết.",
			[]string{"Vũ Văn Hà: chủ tịch Công ty Bình Minh | tổng giám đốc Công ty Bình Minh"}},
		{"'kiêm' shares nothing with a head of government",
			"Ông Vũ Văn Hà, Thủ tướng kiêm Bộ trưởng Bộ Quốc phòng, cho biết.",
			[]string{"Vũ Văn Hà: Thủ tướng | Bộ trưởng Bộ Quốc phòng"}},
		{"a capitalized unit word before the place",
			"Ông Lê Văn Ba, Phó Chủ tịch UBND Thành phố Hà Nội, cho biết.",
			[]string{"Lê Văn Ba: Phó Chủ tịch UBND Thành phố Hà Nội"}},
		{"a capitalized unit word with no place",
			"Ông Lê Văn Ba, Phó Chủ tịch UBND Thành phố cho biết.",
			[]string{"Lê Văn Ba: Phó Chủ tịch UBND Thành phố"}},
		{"an event named as a body with its edition",
			"Ông Lê Văn Ba, Chủ tịch Liên hoan truyền hình toàn quốc lần thứ 42, phát biểu.",
			[]string{"Lê Văn Ba: Chủ tịch Liên hoan truyền hình toàn quốc lần thứ 42"}},
		{"fields joined by commas and và up to the organ",
			"Ông Lê Văn Ba, Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường Quốc hội, phát biểu.",
			[]string{"Lê Văn Ba: Chủ nhiệm Ủy ban Khoa học, công nghệ và môi trường Quốc hội"}},
		{"a capitalized syllable and a lower-case one are one word of the name",
			"Ông Lê Văn Ba, Phó Chủ tịch HĐQT Ngân hàng TMCP Kỹ thương Việt Nam, cho biết.",
			[]string{"Lê Văn Ba: Phó Chủ tịch HĐQT Ngân hàng TMCP Kỹ thương Việt Nam"}},
		{"one word of the name before a place",
			"Ông Lê Văn Ba, Tổng giám đốc Công ty Mía đường Tây Ninh, cho biết.",
			[]string{"Lê Văn Ba: Tổng giám đốc Công ty Mía đường Tây Ninh"}},
		{"a one-member company and a long country name",
			"Ông Lê Văn Ba, Giám đốc Công ty TNHH Một thành viên Xổ số kiến thiết, gặp ông Lê Văn Bảy, đại sứ Hợp chúng quốc Hoa Kỳ tại Việt Nam.",
			[]string{"Lê Văn Ba: Giám đốc Công ty TNHH Một thành viên Xổ số kiến thiết", "Lê Văn Bảy: đại sứ Hợp chúng quốc Hoa Kỳ tại Việt Nam"}},
		{"not a predicate after a proper name closing the title",
			"Ông Hoàng Văn Nam, Trưởng ban Ban Chỉ đạo Tây Bắc nghỉ hưu từ năm ngoái.",
			[]string{"Hoàng Văn Nam: Trưởng ban Ban Chỉ đạo Tây Bắc"}},
		{"a unit's deputy named with the unit after it",
			"Bà Nguyễn Thị Dung, Vụ phó Bảo tồn và Phát triển nguồn lợi thủy sản (Tổng cục Thủy sản) thông tin.",
			[]string{"Nguyễn Thị Dung: Vụ phó Bảo tồn và Phát triển nguồn lợi thủy sản (Tổng cục Thủy sản)"}},
		{"not the deputy role inside 'chức vụ phó'",
			"Ông Trần Văn Khôi được bổ nhiệm giữ chức vụ phó trưởng phòng kế hoạch Sở Tài chính.",
			[]string{"Trần Văn Khôi: phó trưởng phòng kế hoạch Sở Tài chính"}},
		{"a team leader's team named in lower case",
			"Nguyễn Văn Mạnh (Trưởng nhóm vật tư cảnh quan, phòng mua sắm của Công ty X) bị phạt.",
			[]string{"Nguyễn Văn Mạnh: Trưởng nhóm vật tư cảnh quan"}},
		{"a lower-case field after a dash up to the place",
			"Ông Lê Văn Ba, Trưởng phòng Văn hóa - thông tin huyện Kim Bôi, cho biết.",
			[]string{"Lê Văn Ba: Trưởng phòng Văn hóa - thông tin huyện Kim Bôi"}},
		{"a known field word after a dash, then a predicate",
			"Ông Lê Văn Ba, Trưởng phòng Văn hóa - thông tin cho biết thêm.",
			[]string{"Lê Văn Ba: Trưởng phòng Văn hóa - thông tin"}},
		{"not a clause after a dash",
			"Ông Lê Văn Ba, Giám đốc Sở Y tế - nhân dân rất tin tưởng.",
			[]string{"Lê Văn Ba: Giám đốc Sở Y tế"}},
		{"a national body 'về' a topic",
			"Ông Lê Văn Ba, Chủ tịch Ủy ban quốc gia về người cao tuổi, phát biểu.",
			[]string{"Lê Văn Ba: Chủ tịch Ủy ban quốc gia về người cao tuổi"}},
		{"no dangling 'về' of the clause",
			"Ông Lê Văn Ba, Giám đốc Sở Tài chính nhà nước về thăm.",
			[]string{"Lê Văn Ba: Giám đốc Sở Tài chính nhà nước"}},
		{"hyphenated service name with a lower-case word",
			"Thiếu tướng Lý Văn Sơn, phó tư lệnh Quân chủng Phòng không - Không quân trả lời.",
			[]string{"Lý Văn Sơn: phó tư lệnh Quân chủng Phòng không - Không quân"}},
		{"Ede female name with a spaced apostrophe",
			"Trong ảnh là bà H ’ Lan Niê - trưởng Ban dân tộc HĐND tỉnh Gia Lai - về thăm xã.",
			[]string{"H ’ Lan Niê: trưởng Ban dân tộc HĐND tỉnh Gia Lai"}},
		{"a photo aside before a dashed title",
			"Trong ảnh là ông Y Bơ Êban (thứ hai từ trái) - phó trưởng đoàn chuyên trách đoàn đại biểu Quốc hội tỉnh Đắk Nông - tiếp xúc cử tri.",
			[]string{"Y Bơ Êban: phó trưởng đoàn chuyên trách đoàn đại biểu Quốc hội tỉnh Đắk Nông"}},
		{"a commune named after a person is no person",
			"Anh Lê Văn Tám đến Công an xã Trần Văn Thời (huyện Cái Nước) trình báo.",
			[]string{"Lê Văn Tám: "}},
		{"a title before a degree set off by a comma",
			"Viện trưởng Viện Sử học, PGS.TS Hồ Văn Lâm cho rằng cần nghiên cứu thêm.",
			[]string{"Hồ Văn Lâm: Viện trưởng Viện Sử học"}},
		{"a degree not set off belongs to no chain before it",
			"Các bác sĩ: TS Lê Văn Việt: 30 năm kinh nghiệm; nguyên Phó Giám đốc Bệnh viện E TS. BS Lê Thị Liên: 20 năm.",
			[]string{"Lê Văn Việt: nguyên Phó Giám đốc Bệnh viện E", "Lê Thị Liên: "}},
		{"an object after phòng, chống and a dashed field up to the place",
			"Ông Đinh Văn Hòa, Trưởng ban Chỉ huy phòng, chống thiên tai - tìm kiếm cứu nạn tỉnh Nam Định, ký lệnh.",
			[]string{"Đinh Văn Hòa: Trưởng ban Chỉ huy phòng, chống thiên tai - tìm kiếm cứu nạn tỉnh Nam Định"}},
		{"a negation after a country ends the org",
			"Ông Đặng Văn Thành, Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam không liên quan.",
			[]string{"Đặng Văn Thành: Phó Chủ tịch Viện Hàn lâm Khoa học xã hội Việt Nam"}},
		{"a season's campaign is no person",
			"Ông Lê Văn Ba dự lễ ra quân chiến dịch Mùa Hè Xanh. Mùa Xuân Mới đã về.",
			[]string{"Lê Văn Ba: "}},
		{"an ocean is no person",
			"Ông Lê Văn Ba dự hội nghị khu vực châu Á - Thái Bình Dương.",
			[]string{"Lê Văn Ba: "}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestNicknames checks that a Southern birth-order nickname is one person
// with the full name it restates in brackets or whose given name it ends
// with, and stays a person of its own otherwise.
func TestNicknames(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"alias in brackets after the full name",
			"Đại tá Nguyễn Văn Lộc (Ba Lộc - Anh hùng) kể lại. Đêm ấy ông Ba Lộc đi giữa thành phố.",
			[]string{"Nguyễn Văn Lộc: "}},
		{"alias in brackets with another given name",
			"Đại tá Nguyễn Văn Tùng (Sáu Kiên) kể lại. Đêm ấy ông Sáu Kiên đi giữa thành phố.",
			[]string{"Nguyễn Văn Tùng: "}},
		{"alias of the one person with that given name",
			"Ông Lê Quang Hòa, nguyên Bí thư Huyện ủy Củ Chi, kể lại. Chiều ấy ông Tư Hòa ở dưới hầm.",
			[]string{"Lê Quang Hòa: nguyên Bí thư Huyện ủy Củ Chi"}},
		{"two people of that given name: the alias stays apart",
			"Ông Lê Quang Hòa và ông Trần Văn Hòa kể lại. Chiều ấy ông Tư Hòa ở dưới hầm.",
			[]string{"Lê Quang Hòa: ", "Trần Văn Hòa: ", "Tư Hòa: "}},
		{"not a nickname: the tone differs",
			"Ông Lê Quang Hoà kể lại. Chiều ấy ông Tư Hóa ở dưới hầm.",
			[]string{"Lê Quang Hoà: ", "Tư Hóa: "}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestOrganizationsStopAtPeopleAndBreaks checks that a place-bound body
// takes no person's name after it and no words across a paragraph break or
// a full stop.
func TestOrganizationsStopAtPeopleAndBreaks(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Bí thư Tỉnh ủy Hà Văn Quý phát biểu.", nil},
		{"Ông Lê Văn Ba, Chủ tịch UBND tỉnh Hà Nam. Sáng nay, đoàn đi thăm.", []string{"UBND tỉnh Hà Nam"}},
		{"Làm việc với Thành ủy\nHà Nội có ông Lê Văn Bốn.", nil},
		{"Chủ tịch UBND TP. Hà Nội Trần Văn Năm dự.", []string{"UBND TP. Hà Nội"}},
		{"Chủ tịch UBND Thành phố Hà Nội Trần Văn Năm dự.", []string{"UBND Thành phố Hà Nội"}},
		{"UBND thị xã Điện Bàn chủ trì.", []string{"UBND thị xã Điện Bàn"}},
	}
	for _, c := range cases {
		r := Find(Input{Text: c.text})
		var names []string
		for _, o := range r.Organizations {
			names = append(names, o.Name)
		}
		assert.Equal(t, c.want, names, c.text)
	}
}

// TestListsAndAbbreviations checks chains between two names, abbreviated
// titles of local reports, military posts, a plural title shared by names
// one of which opens with a head word, and a post an election gives.
func TestListsAndAbbreviations(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"the chain between a named official and the next name is the next one's",
			"Dự có Bí thư Tỉnh ủy Lê Văn Lâm, Phó Chủ tịch UBND tỉnh – Trưởng ban chỉ đạo tỉnh Trần Văn Liêm và lãnh đạo các sở.",
			[]string{"Lê Văn Lâm: Bí thư Tỉnh ủy", "Trần Văn Liêm: Phó Chủ tịch UBND tỉnh | Trưởng ban chỉ đạo tỉnh"}},
		{"a name without a chain before it keeps the title after it",
			"Dự có ông Lê Văn Lâm, Phó Chủ tịch UBND tỉnh và ông Trần Văn Liêm.",
			[]string{"Lê Văn Lâm: Phó Chủ tịch UBND tỉnh", "Trần Văn Liêm: "}},
		{"head of state then a deputy prime minister",
			"Sau chuyến thăm của Chủ tịch nước Lê Văn Cường, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Văn Sơn nhấn mạnh.",
			[]string{"Lê Văn Cường: Chủ tịch nước", "Bùi Văn Sơn: Phó Thủ tướng | Bộ trưởng Bộ Ngoại giao"}},
		{"abbreviated titles after đ/c",
			"Đại diện UBND tỉnh: đ/c Trương Văn Tùng – TUV, Phó CT UBND tỉnh; Đ/c Lê Văn Hà – TUV, PCT HĐND tỉnh.",
			[]string{"Trương Văn Tùng: TUV | Phó CT UBND tỉnh", "Lê Văn Hà: TUV | PCT HĐND tỉnh"}},
		{"military posts",
			"Dự lễ có Đại tá Lê Anh Tuấn, Sư đoàn trưởng Sư đoàn 3 và Trung tá Võ Văn Tùng, Trung đoàn trưởng Trung đoàn Quyết Thắng.",
			[]string{"Lê Anh Tuấn: Sư đoàn trưởng Sư đoàn 3", "Võ Văn Tùng: Trung đoàn trưởng Trung đoàn Quyết Thắng"}},
		{"plural title over a name opening with a head word",
			"Chủ trì có các Phó Chủ tịch HĐND tỉnh Đoàn Văn Hải, Lê Thị Vân - Tỉnh ủy viên.",
			[]string{"Đoàn Văn Hải: Phó Chủ tịch HĐND tỉnh", "Lê Thị Vân: Phó Chủ tịch HĐND tỉnh | Tỉnh ủy viên"}},
		{"two titles with no comma when the second role opens with a head word",
			"Các đồng chí lãnh đạo gồm: Ủy viên Bộ Chính trị Bộ trưởng Bộ Công an, Đại tướng Lê Văn Lâm.",
			[]string{"Lê Văn Lâm: Ủy viên Bộ Chính trị | Bộ trưởng Bộ Công an"}},
		{"a historical organ holding a role word",
			"Ông Đỗ Văn Mười là chủ tịch Hội đồng Bộ trưởng từ năm 1988.",
			[]string{"Đỗ Văn Mười: chủ tịch Hội đồng Bộ trưởng"}},
		{"provincial youth union is still a head",
			"Ông Lê Văn Ba, Bí thư Tỉnh đoàn Nghệ An cho biết.",
			[]string{"Lê Văn Ba: Bí thư Tỉnh đoàn Nghệ An"}},
		{"a post won in an election",
			"Kỳ họp đã bầu đồng chí Nguyễn Văn Phú – Phó Bí thư Huyện ủy vào chức danh Chủ tịch UBND huyện.",
			[]string{"Nguyễn Văn Phú: Phó Bí thư Huyện ủy | Chủ tịch UBND huyện"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestSentenceCaseNamesAndClauses checks organization names written in
// sentence case up to the country or organ closing them, a role qualifier
// in sentence case, and a title that is the subject of the main clause
// after a fronted adjunct naming a citizen.
func TestSentenceCaseNamesAndClauses(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"sentence-case name through a verb-like word up to the country",
			"Ông Lê Văn Sỹ, Tổng Giám đốc Đài tiếng nói Việt Nam cho biết.",
			[]string{"Lê Văn Sỹ: Tổng Giám đốc Đài tiếng nói Việt Nam"}},
		{"sentence-case name up to an organ and a country",
			"Bà Lê Thị Hải, Phó Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam, phát biểu.",
			[]string{"Lê Thị Hải: Phó Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam"}},
		{"a compound of a name word and a closed-class syllable",
			"Ông Lê Văn Hòa, cựu tổng giám đốc Trung tâm Lưu ký chứng khoán Việt Nam, bị bắt.",
			[]string{"Lê Văn Hòa: cựu tổng giám đốc Trung tâm Lưu ký chứng khoán Việt Nam"}},
		{"not a predicate and its object after a name",
			"Ông Lê Văn Hòa, Giám đốc Đài nói Việt Nam cần thêm sóng.",
			[]string{"Lê Văn Hòa: Giám đốc Đài"}},
		{"not through a predicate after an acronym",
			"Ông Lê Văn Hải, Trưởng ban tổ chức ABG5 khẳng định Việt Nam sẵn sàng.",
			[]string{"Lê Văn Hải: Trưởng ban tổ chức ABG5"}},
		{"not after a country closing the title",
			"Ông Lê Văn Hòa gặp Thủ tướng Nhật Bản Kishida nói Việt Nam là bạn.",
			[]string{"Lê Văn Hòa: ", "Kishida: Thủ tướng Nhật Bản"}},
		{"role qualifier in sentence case",
			"Ông Mai Văn Quế, Phó Giám đốc Phụ trách Ban Giám đốc Học viện, cho biết.",
			[]string{"Mai Văn Quế: Phó Giám đốc Phụ trách Ban Giám đốc Học viện"}},
		{"a post after 'trên cương vị ... là' is the one of the name opening the next clause",
			"Đồng chí Lê Văn Cường đề nghị trên cương vị mới là Bí thư Tỉnh ủy, đồng chí Bùi Thị Hoài sẽ phát huy.",
			[]string{"Lê Văn Cường: ", "Bùi Thị Hoài: Bí thư Tỉnh ủy"}},
		{"a post introduced by 'là' after a subject stays the subject's",
			"Ông Lê Văn Ba là Chủ tịch UBND tỉnh, ông Trần Văn Bốn là Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Ba: Chủ tịch UBND tỉnh", "Trần Văn Bốn: Phó Chủ tịch UBND tỉnh"}},
		{"a title after a fronted adjunct that goes on into a predicate",
			"Đối với gia đình bà Phan Thị Cúc, Chủ tịch UBND tỉnh giao Sở Tài nguyên kiểm tra.",
			[]string{"Phan Thị Cúc: "}},
		{"a title after a fronted adjunct closed by a comma stays",
			"Đối với ông Lê Văn Hai, Giám đốc Sở Y tế, việc này rất quan trọng.",
			[]string{"Lê Văn Hai: Giám đốc Sở Y tế"}},
		{"a title running into a predicate after a subject name stays",
			"Ông Lê Văn Ba, Chủ tịch UBND tỉnh giao Sở Tài nguyên kiểm tra.",
			[]string{"Lê Văn Ba: Chủ tịch UBND tỉnh"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestWrongPersons checks names that are a body's own, foreign names after
// "<country> tại <country>", and function words before a name.
func TestWrongPersons(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"a two-syllable name right after a head is the body's",
			"Bà Lê Thị Hoa, Phó khoa Nội, Bệnh viện Bạch Mai cho biết. Bệnh viện Bạch Mai đông.",
			[]string{"Lê Thị Hoa: Phó khoa Nội, Bệnh viện Bạch Mai"}},
		{"a person of three syllables after a short title stays",
			"Giám đốc Bệnh viện Nguyễn Văn Cơ cho biết.",
			[]string{"Nguyễn Văn Cơ: Giám đốc Bệnh viện"}},
		{"a two-syllable name after a whole organ stays",
			"Thường trực Ban Bí thư Trần Tú dự.",
			[]string{"Trần Tú: Thường trực Ban Bí thư"}},
		{"a foreign name after an ambassador of one country in another",
			"Bộ trưởng Lê Văn Sơn tiếp Đại sứ Brazil tại Việt Nam Marco Farani.",
			[]string{"Lê Văn Sơn: Bộ trưởng", "Marco Farani: Đại sứ Brazil tại Việt Nam"}},
		{"function words before a name are no organization",
			"Ông Lê Văn Ba, Chủ tịch HĐQT do ông Trần Văn Bốn làm chủ.",
			[]string{"Lê Văn Ba: Chủ tịch HĐQT", "Trần Văn Bốn: "}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestBareChain checks a whole title written right after an addressed name
// with no comma, with negatives.
func TestBareChain(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"lower-case title after an addressed name",
			"Tại buổi lễ, ông Lê Văn Tùng bí thư Tỉnh ủy Nam Định nhấn mạnh yêu cầu.",
			[]string{"Lê Văn Tùng: bí thư Tỉnh ủy Nam Định"}},
		{"title-case title after an addressed name",
			"Bà Đỗ Thị Lan Phó Chủ tịch UBND tỉnh Hà Nam cho biết kế hoạch.",
			[]string{"Đỗ Thị Lan: Phó Chủ tịch UBND tỉnh Hà Nam"}},
		{"a bare role without its organization is not taken",
			"Ông Lê Văn Tùng bí thư cho biết kế hoạch.",
			[]string{"Lê Văn Tùng: "}},
		{"a staff noun without its organization makes no person",
			"Chiều qua.\n\nCán bộ Techcombank Leasing tham gia khóa đào tạo nội bộ về công tác thẩm định.",
			nil},
		{"a staff noun with its organization is a title",
			"Ông Lê Văn Tùng, cán bộ Sở Nội vụ tỉnh Nam Định, cho biết.",
			[]string{"Lê Văn Tùng: cán bộ Sở Nội vụ tỉnh Nam Định"}},
		{"a court's sentence ends the parent body after a comma",
			"Đối với các bị cáo là cán bộ Ngân hàng Bình Tân, Hội đồng xét xử tuyên phạt Lê Văn Tùng (nguyên phó giám đốc Ngân hàng Bình Tân) 7 năm tù.",
			[]string{"Lê Văn Tùng: nguyên phó giám đốc Ngân hàng Bình Tân"}},
		{"an abbreviated deputy is a whole title",
			"ĐBQH Lê Văn Tùng (đoàn Nam Định) đặt câu hỏi về quản lý xe công nghệ.",
			[]string{"Lê Văn Tùng: ĐBQH"}},
		{"the deputies of a delegation",
			"Ông Lê Văn Tùng, Trưởng đoàn ĐBQH tỉnh Nam Định, phát biểu.",
			[]string{"Lê Văn Tùng: Trưởng đoàn ĐBQH tỉnh Nam Định"}},
		{"a deputy in an article on the National Assembly",
			"Tại phiên thảo luận của Quốc hội, đại biểu Lê Văn Tùng nhận xét báo cáo chưa đầy đủ.",
			[]string{"Lê Văn Tùng: đại biểu"}},
		{"a delegate elsewhere names no position",
			"Tại đại hội, đại biểu Lê Văn Tùng nhận xét báo cáo chưa đầy đủ.",
			[]string{"Lê Văn Tùng: "}},
		{"the title of the next name is not taken",
			"Ông Lê Văn Tùng và Chủ tịch UBND tỉnh Trần Văn Hòa dự lễ.",
			[]string{"Lê Văn Tùng: ", "Trần Văn Hòa: Chủ tịch UBND tỉnh"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}
