package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGeneralNewsPrecision checks the rules that keep capitalized words of
// general news (sentence openers, places, holidays, compounds) from being
// read as people, on short constructed sentences, each with the person it
// must still find.
func TestGeneralNewsPrecision(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		// a dot after a whole-word cue ends the sentence; after an
		// abbreviation it is the abbreviation's
		{"a name after ông must be in its sentence",
			"Nhiều người xin giảm án cho ông. Trong đó có hội luật gia.",
			nil},
		{"a name after bà must be in its sentence",
			"Cả nhà lo cho sức khỏe của bà.  Theo bác sĩ, bệnh đã giảm.",
			nil},
		{"the person named after the sentence end is still found",
			"Mọi người đều quý mến bà.  Dưới đây là tiểu sử của bà Lê Thị Hoa.",
			[]string{"Lê Thị Hoa: "}},
		{"a rank written whole ends its sentence too",
			"Năm 2020 ông được thăng hàm Đại tá. Trong năm đó ông chuyển công tác.",
			nil},
		{"the dot of an academic abbreviation is kept",
			"TS. Trần Văn Bình và PGS. Lê Thị Hoa phát biểu.",
			[]string{"Trần Văn Bình: ", "Lê Thị Hoa: "}},
		{"the dot of a mixed-case abbreviation is kept",
			"ThS. Nguyễn Minh Tâm trình bày tham luận.",
			[]string{"Nguyễn Minh Tâm: "}},
		// a capitalized cue that starts a place name is no cue
		{"Bà opening a province after its head",
			"Ông Lê Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bà Rịa - Vũng Tàu được giao giữ chức Phó Tư lệnh Quân khu 7.",
			[]string{"Lê Văn Bình: Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bà Rịa - Vũng Tàu | Phó Tư lệnh Quân khu 7"}},
		{"Bà opening a province without a head",
			"Đoàn làm việc tại Bà Rịa – Vũng Tàu và được giao giữ chức Phó Tư lệnh Quân khu 7.",
			nil},
		{"Bà opening a town after its head",
			"Đoàn đến thành phố Bà Rịa được giao giữ chức Phó Tư lệnh Quân khu 7.",
			nil},
		{"Bà before a person after the province",
			"Về phía tỉnh Bà Rịa-Vũng Tàu có Bà Lê Thị Hoa, Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Thị Hoa: Phó Chủ tịch UBND tỉnh"}},
		{"Ông opening a sentence after a head closing the last one",
			"Việc này theo đúng quy định của tỉnh. Ông Hoàng Đức Trọng, Phó Chủ tịch UBND huyện, cho biết.",
			[]string{"Hoàng Đức Trọng: Phó Chủ tịch UBND huyện"}},
		// a function word alone is no name (data/notnames.txt)
		{"a heading's function word after a title and a country",
			"Dấu ấn chuyến thăm của Ngoại trưởng Nga Trong chuyến thăm Hà Nội, hai bên ký nhiều văn kiện.",
			nil},
		{"a function word after a kinship word",
			"Xếp hạng 5 nam anh Trong giới cá cược.",
			nil},
		{"a given name that is also a preposition stays a name",
			"Ông Bùi Văn Từ, Trưởng Ban Quản lý dự án, bị bắt. Ông Từ bị khởi tố.",
			[]string{"Bùi Văn Từ: Trưởng Ban Quản lý dự án"}},
		{"a foreign name after a title and a country is kept",
			"Ngoại trưởng Nga Lavrov tới Hà Nội.",
			[]string{"Lavrov: Ngoại trưởng Nga"}},
		// a cue right after an organization head is a word of its name
		{"a law office named after its head and luật sư",
			"Công an bắt ông Trần Văn Sơn, trưởng Văn phòng luật sư Công Minh, Đoàn luật sư tỉnh Nam Định.",
			[]string{"Trần Văn Sơn: trưởng Văn phòng luật sư Công Minh, Đoàn luật sư tỉnh Nam Định"}},
		{"a bar association before an abbreviated city",
			"Ông Lê Văn An, Giám đốc Công ty luật ABC - Đoàn luật sư Tp. Hà Nội cho biết.",
			[]string{"Lê Văn An: Giám đốc Công ty luật ABC - Đoàn luật sư Tp. Hà Nội"}},
		{"a lawyer without a head before the cue is a person",
			"Luật sư Nguyễn Văn Bình, Trưởng Văn phòng luật sư Công Minh, cho biết.",
			[]string{"Nguyễn Văn Bình: Trưởng Văn phòng luật sư Công Minh"}},
		{"ông after an office head still names its person",
			"Văn phòng ông Trump ra thông báo. Ông Trump nói thêm.",
			[]string{"Trump: "}},
		// the field of a degree is no name (data/fields.txt)
		{"a field of one capital after a degree",
			"Ông học Tiến sĩ Luật tại Nhật, sau làm Thứ trưởng Bộ Tư pháp.",
			nil},
		{"a field of two words after a degree",
			"Bà lấy bằng tiến sĩ Tin học tại Nhật, hiện là Giám đốc Trung tâm nghiên cứu.",
			nil},
		{"an honorary degree",
			"Ông được nhận bằng Tiến sĩ Danh dự của Đại học Hà Nội.",
			nil},
		{"a name after the field of the degree",
			"Tiến sĩ luật Đặng Văn Cường, Trưởng Văn phòng luật sư Công Minh cho biết.",
			[]string{"Đặng Văn Cường: Trưởng Văn phòng luật sư Công Minh"}},
		{"a given name that is no field after a degree",
			"TS. Lê Văn Hùng, Viện trưởng Viện Kinh tế, phát biểu.",
			[]string{"Lê Văn Hùng: Viện trưởng Viện Kinh tế"}},
		// Từ before a place is the preposition (data/prepfamily.txt)
		{"Từ before a province and a colon",
			"Các xe đi như sau: Từ Hải Phòng: đi quốc lộ 5.",
			nil},
		{"Từ before a province and đến",
			"- Từ Quảng Trị đến Khánh Hòa: mưa rào.",
			nil},
		{"Từ before a country and a title",
			"Nhiều nước lên tiếng. Từ Iraq, Thủ tướng Ali al-Hamid tuyên bố để tang.",
			nil},
		{"Từ as a family name before given names",
			"Luật sư Từ Văn Hoàng, Trưởng Văn phòng luật sư Công Minh, cho biết.",
			[]string{"Từ Văn Hoàng: Trưởng Văn phòng luật sư Công Minh"}},
		// a kinship word inside a compound noun addresses nobody
		// (data/kincompounds.txt); a cue's name is on its line
		{"a tool named after công cụ",
			"Theo công cụ RateWatch của sàn CME, thị trường dự báo giảm lãi suất.",
			nil},
		{"a sport named after dụng cụ",
			"Anh giành HCV môn thể dục dụng cụ Olympic 2028.",
			nil},
		{"the ancestors after cụ",
			"Con kính mời các cụ Tổ khảo, Tổ tỷ về chứng giám.",
			nil},
		{"a one-syllable name after a kinship word is still a person",
			"Ông Lê Văn An, Chủ tịch UBND xã, đến thăm cụ Tư và anh Hủy.",
			[]string{"Lê Văn An: Chủ tịch UBND xã", "Tư: ", "Hủy: "}},
		{"a name after đàn em is a person",
			"Hồng bị đàn em Quân đe dọa.",
			[]string{"Quân: "}},
		{"a heading ending with a cue word does not name the next line",
			"Ý nghĩa của Ngày Quốc tế Đàn ông\nNgày Quốc tế Đàn ông là dịp tôn vinh nam giới.",
			nil},
		// initials, countries and kingdoms are no names
		{"initials of several letters after a kinship word",
			"Hai bố con anh Đ.V.H (38 tuổi) mắc bệnh.",
			nil},
		{"a one-letter initial after a kinship word",
			"Tại cơ quan công an, chị Đ khai nhận hành vi.",
			nil},
		{"a country after a profession cue",
			"Các luật sư Pakistan nói họ bị đe dọa.",
			nil},
		{"a country after đàn ông",
			"Ba người đàn ông Malaysia bị bắt.",
			nil},
		{"a kingdom",
			"Giải đấu khởi tranh tại Vương Quốc Anh. Kimberley Woods (Vương quốc Anh) giành HCĐ.",
			nil},
		{"a person whose family name is Vương and middle name Quốc",
			"Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn đi kiểm tra.",
			[]string{"Vương Quốc Tuấn: Chủ tịch UBND tỉnh Bắc Ninh"}},
		{"a given name that is also a country after ông",
			"Ông Lê Văn Anh, Giám đốc Sở Y tế, cho biết. Ông Anh nói thêm.",
			[]string{"Lê Văn Anh: Giám đốc Sở Y tế"}},
		// places and idioms opened by a cue or kinship word
		{"the idiom of descent after cháu",
			"Mọi thế hệ con Lạc cháu Hồng đều nhớ ngày giỗ Tổ.",
			nil},
		{"a child named Hồng after cháu",
			"Ông Lê Văn An, Chủ tịch UBND xã, đến thăm cháu Hồng.",
			[]string{"Lê Văn An: Chủ tịch UBND xã", "Hồng: "}},
		{"Bà opening a mountain after a place noun",
			"Du khách đổ về núi Bà Đen Tây Ninh dịp Tết.",
			nil},
		{"Bà opening a province without its dash before a heading",
			"18 Bà Rịa Vũng Tàu Các trường nghỉ Tết 9 ngày.",
			nil},
		{"a capitalized Ông after an organization head names the organization",
			"Học sinh Trường Ông Ích Khiêm đạt điểm cao.",
			nil},
		// a date opening the next sentence ends a name run
		{"a date after a province closing a heading",
			"Điểm hẹn mua sắm của Thủ đô Hà Nội Ngày 7/9/2025, chương trình khai mạc.",
			nil},
		{"a date after a full name",
			"Bí thư Tỉnh ủy Lê Văn An Ngày 7/9 đã đến thăm xã.",
			[]string{"Lê Văn An: Bí thư Tỉnh ủy"}},
		// Từ opening a sentence before a comma is the preposition
		{"a fronted Từ phrase before a comma",
			"Đó là quyết định lịch sử. Từ Tân Trào, lệnh khởi nghĩa được phát đi.",
			nil},
		{"a fronted Từ phrase before a person",
			"Từ Nguyễn Văn Bình, Bí thư Tỉnh ủy, đến các cán bộ xã đều có mặt.",
			[]string{"Nguyễn Văn Bình: Bí thư Tỉnh ủy"}},
		{"a Từ subject before an age",
			"Từ Hy Lan, 48 tuổi, qua đời tại Nhật.",
			[]string{"Từ Hy Lan: "}},
		{"a Từ subject without a comma",
			"Cầu thủ ghi bàn. Từ Minh Quang ở thế đối mặt đã ghi bàn.",
			[]string{"Từ Minh Quang: "}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}
