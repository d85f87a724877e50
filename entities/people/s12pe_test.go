package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Session 12 (pe): names after a title that a sector, a country, a foreign
// legislature or a numbered district closes, and a bare role opening an
// item of a list of guests after a semicolon. Made-up sentences.
func TestNameAfterSectorCountryUnit(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		// a ministry named by its sector, then a country, then the name
		{"Bộ trưởng Ngoại giao Việt Nam Trần Văn Khải đã gửi thư.", []string{"Trần Văn Khải: Bộ trưởng Ngoại giao Việt Nam"}},
		{"Bộ trưởng Y tế Lebanon Karim Haddad cho biết.", []string{"Karim Haddad: Bộ trưởng Y tế Lebanon"}},
		{"Bộ trưởng Ngoại giao Chile Mario van Berg nói với báo chí.", []string{"Mario van Berg: Bộ trưởng Ngoại giao Chile"}},
		// a foreign legislature or a ministry's sector, no country
		{"Đoàn do Chủ tịch Thượng viện Jane Forbes làm trưởng đoàn.", []string{"Jane Forbes: Chủ tịch Thượng viện"}},
		{"Đoàn do Bộ trưởng Nông nghiệp Budi Santoso làm trưởng đoàn.", []string{"Budi Santoso: Bộ trưởng Nông nghiệp"}},
		{"Chủ tịch Hạ viện Peter Walsh phát biểu.", []string{"Peter Walsh: Chủ tịch Hạ viện"}},
		{"Bộ trưởng Tài chính Lê Văn Hòa báo cáo.", []string{"Lê Văn Hòa: Bộ trưởng Tài chính"}},
		// a numbered district or ward closing the title
		{"Chủ tịch LĐLĐ quận 3 Phạm Thị Thu Hà chúc tết.", []string{"Phạm Thị Thu Hà: Chủ tịch LĐLĐ quận 3"}},
		{"Bí thư Đảng ủy phường 7 Lê Văn Bình cho biết.", []string{"Lê Văn Bình: Bí thư Đảng ủy phường 7"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

func TestAddressAfterNumberedUnit(t *testing.T) {
	// an address: the number follows a comma and "tại số", no title runs to it
	r := Find(Input{Text: "Ông Hùng, Chủ tịch UBND phường, sống tại số 12 phường 5 Lê Văn Sỹ từ lâu."})
	assert.Equal(t, []string{"Hùng: Chủ tịch UBND phường"}, summary(r))
}

func TestBareRoleAfterSemicolonShares(t *testing.T) {
	text := "Cùng dự có Bộ trưởng Bộ Xây dựng Nguyễn Văn Tâm; Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Quốc Huy; Bộ trưởng Bộ Y tế Đỗ Thị Lan."
	r := Find(Input{Text: text})
	assert.Equal(t, []string{
		"Nguyễn Văn Tâm: Bộ trưởng Bộ Xây dựng",
		"Trần Quốc Huy: Bộ trưởng Văn phòng Chính phủ | Chủ nhiệm Văn phòng Chính phủ",
		"Đỗ Thị Lan: Bộ trưởng Bộ Y tế",
	}, summary(r))
}

// A department named right after "Cục trưởng"/"Vụ trưởng" without its head
// word keeps its lower-case words ("Cục trưởng Quản lý ...", as after "Cục
// Quản lý ..."); a name after the role is still a name.
func TestDeptNamedAfterChiefRole(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ông Hà Văn Lộc - Cục trưởng Quản lý giá, Bộ Tài chính - cho biết.", []string{"Hà Văn Lộc: Cục trưởng Quản lý giá, Bộ Tài chính"}},
		{"Bà Đỗ Thị Mai, Vụ trưởng Pháp chế, Bộ Nội vụ, cho biết.", []string{"Đỗ Thị Mai: Vụ trưởng Pháp chế, Bộ Nội vụ"}},
		{"Ông Lý Văn Tư, Phó Cục trưởng Kiểm tra văn bản, cho biết.", []string{"Lý Văn Tư: Phó Cục trưởng Kiểm tra văn bản"}},
		{"Ông Lý Văn Tư, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Y tế, cho biết.", []string{"Lý Văn Tư: Vụ trưởng Vụ Tổ chức cán bộ, Bộ Y tế"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A fronted prepositional phrase naming someone else ("So với A,", "Theo
// chuyên gia A,") does not keep the name after its comma from being the
// sentence's subject: a later "Ông ..." sentence is about that subject.
func TestSubjectAfterFrontedPhrase(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"So với cố Chủ tịch Lê Văn Hải, ông Trần Văn Nam là người trẻ hơn. Ông làm bộ trưởng Bộ Tài chính trong hai nhiệm kỳ.",
			[]string{"Lê Văn Hải: Chủ tịch", "Trần Văn Nam: bộ trưởng Bộ Tài chính"}},
		{"Theo giáo sư Jean Dupont, ông Trần Văn Nam có nhiều kinh nghiệm. Ông từng giữ chức Bí thư Tỉnh ủy Nghệ An.",
			[]string{"Jean Dupont: ", "Trần Văn Nam: Bí thư Tỉnh ủy Nghệ An"}},
		{"Sau đề nghị của ông Lê Văn Hải, bà Phạm Thị Lan đã ký. Bà hiện vẫn giữ chức Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Hải: ", "Phạm Thị Lan: Phó Chủ tịch UBND tỉnh"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// Foreign names after the roles of monarchs, heirs, the Pope and members of
// a foreign legislature (data/roles.txt, as data/foreignheads.txt lists
// them), after a country of several syllables ("Thái Lan", "Liên bang
// Nga"), and with lower-case particles inside ("bin", "von der").
func TestForeignRolesCountriesParticles(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Đoàn đã chào xã giao Quốc vương Brunei Omar Haziq tại cung điện.", []string{"Omar Haziq: Quốc vương Brunei"}},
		{"Thượng nghị sĩ Peter Brandt phát biểu tại phiên điều trần.", []string{"Peter Brandt: Thượng nghị sĩ"}},
		{"Bộ trưởng đã gặp Thái tử Edward tại London.", []string{"Edward: Thái tử"}},
		// "hoàng tử", "công chúa" are mostly figures of speech: no roles
		{"Cô dâu bước đi bên hoàng tử Kim Min-ho điển trai.", []string{"Kim Min-ho: "}},
		{"Đón đoàn có Thủ tướng Thái Lan Somchai Boonrat.", []string{"Somchai Boonrat: Thủ tướng Thái Lan"}},
		{"Theo lời mời của Tổng thống Liên bang Nga Ivan Petrov, đoàn sang thăm.", []string{"Ivan Petrov: Tổng thống Liên bang Nga"}},
		{"Thái tử Faisal bin Khalid tiếp đoàn tại Riyadh.", []string{"Faisal bin Khalid: Thái tử"}},
		// a ministry of two sectors joined by "và" before the country
		{"Đoàn gặp Bộ trưởng Bộ Năng lượng và Khoáng sản Indonesia Budi Hartono.", []string{"Budi Hartono: Bộ trưởng Bộ Năng lượng và Khoáng sản Indonesia"}},
		// "vua" of Vietnamese history is no role here; a legislators' group is an organization
		{"Ông Lê Văn An, Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản, phát biểu.", []string{"Lê Văn An: Chủ tịch Nhóm nghị sĩ hữu nghị Việt Nam - Nhật Bản"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// "người đồng cấp" (a leader's counterpart) introduces a name like a
// profession word, with the country between; a Korean given name keeps its
// hyphenated part.
func TestCounterpartName(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Bộ trưởng đã điện đàm với người đồng cấp Peru Luis Alvarado.", []string{"Luis Alvarado: "}},
		{"Ông Lê Văn An hội đàm với người đồng cấp Triệu Minh Khang.", []string{"Lê Văn An: ", "Triệu Minh Khang: "}},
		{"Đại tướng đã gặp người đồng cấp Hàn Quốc Kim Min-ho.", []string{"Kim Min-ho: "}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A title written right before a form of address and the name, no comma
// between: the title is the name's (apposition); a verb between them ends
// the title ("Giám đốc đề nghị ông A": A is an object, not the director).
func TestTitleBeforeHonorific(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Dự kiến, Chánh án Tòa án nhân dân tỉnh ông Lê Văn Toàn sẽ chủ tọa.", []string{"Lê Văn Toàn: Chánh án Tòa án nhân dân tỉnh"}},
		{"Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy bà Phạm Thị Hoa phát biểu.", []string{"Phạm Thị Hoa: Ủy viên Ban Thường vụ Tỉnh ủy | Trưởng Ban Dân vận Tỉnh ủy"}},
		{"Giám đốc Sở Nội vụ đề nghị ông Trần Văn Khoa giải trình.", []string{"Trần Văn Khoa: "}},
		// a term qualifier between them, left out of the title
		{"Nguyên Phó Chủ tịch Quốc hội khóa XI Trần Văn Lộc dự lễ.", []string{"Trần Văn Lộc: Nguyên Phó Chủ tịch Quốc hội"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// The heads of a hamlet (lexicon: data/roles.txt), either word order.
func TestHamletHeads(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ông Lê Văn Sáu – Trưởng xóm Đình cho biết cả xóm đã góp tiền.", []string{"Lê Văn Sáu: Trưởng xóm Đình"}},
		{"Cử tri Phan Văn Bảy - Xóm trưởng đề nghị sửa đường.", []string{"Phan Văn Bảy: Xóm trưởng"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A title does not run on into the next clause: an ordinal or incumbency
// word after it describes the holder ("đầu tiên", "đương nhiệm"; data/
// orgstop.txt), and a bare head noun after a comma that a predicate follows
// refers back to the body as the next clause's subject.
func TestTitleEndsBeforeHolderWordsAndBareHead(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ông Lê Văn An là Chủ tịch Hội Nông dân Việt Nam đầu tiên thăm Lào.", []string{"Lê Văn An: Chủ tịch Hội Nông dân Việt Nam"}},
		{"Ông Lý Minh Khoa, Thủ tướng Singapore đương nhiệm, tuyên bố.", []string{"Lý Minh Khoa: Thủ tướng Singapore"}},
		{"Theo ông Vũ Văn Toản - Giám đốc Công ty CP Cảng Hải Phòng, Công ty đã làm việc với huyện.", []string{"Vũ Văn Toản: Giám đốc Công ty CP Cảng Hải Phòng"}},
		{"Ông Trần Văn Nam, Phó Giám đốc Sở Tài chính, Sở đã trình đề án.", []string{"Trần Văn Nam: Phó Giám đốc Sở Tài chính"}},
		// a named parent body after the comma still continues the title
		{"Ông Lê Văn Hải, Phó Vụ trưởng Vụ Pháp chế, Bộ Tài chính cho biết.", []string{"Lê Văn Hải: Phó Vụ trưởng Vụ Pháp chế, Bộ Tài chính"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// The older spelling with final y ("nhạc sỹ", "Thượng nghị sỹ") is read as
// the lexicon's "nhạc sĩ", "Thượng nghị sĩ".
func TestOlderSpellingSy(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Buổi hòa nhạc giới thiệu ca khúc của nhạc sỹ Trần Văn Khê.", []string{"Trần Văn Khê: "}},
		{"Thượng nghị sỹ Tom Harkin phát biểu.", []string{"Tom Harkin: Thượng nghị sỹ"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// "cán bộ đảng viên" (cadres and party members) is a common noun phrase:
// "đảng" there is no organization for the staff noun "cán bộ".
func TestCadresPartyMembers(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Với việc đồng chí Lê Văn Tư giữ chức Bí thư Huyện ủy, cán bộ đảng viên và nhân dân rất phấn khởi.", []string{"Lê Văn Tư: Bí thư Huyện ủy"}},
		{"Ông Lê Văn Tư, cán bộ Đảng ủy xã Hòa Bình, cho biết.", []string{"Lê Văn Tư: cán bộ Đảng ủy xã Hòa Bình"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A short mention ("ông Giang") names the person of that given name named
// last before it, not the one whose first mention is the latest.
func TestShortMentionLastNamed(t *testing.T) {
	text := "Đại tướng Trần Văn Giang dự lễ. Nhà nghiên cứu Lê Khắc Giang cho rằng đây là dấu mốc. Ứng viên thứ hai là Bộ trưởng Quốc phòng Trần Văn Giang. Năm 2021, ông Giang được bầu làm Ủy viên Bộ Chính trị."
	r := Find(Input{Text: text})
	assert.Equal(t, []string{"Trần Văn Giang: Bộ trưởng Quốc phòng | Ủy viên Bộ Chính trị", "Lê Khắc Giang: "}, summary(r))
	checkSpans(t, text, r)
}

// Names after a plural cue share the titles after the last of them only
// in a comma list; a semicolon closes an item, and a bracket after the
// next name is that name's alone.
func TestSemicolonClosesSharedGroup(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Hội đồng đã khiển trách các ông: Lê Văn Hưng; Đỗ Văn Tài (Bí thư Chi bộ, Vụ trưởng Vụ Kế hoạch).",
			[]string{"Lê Văn Hưng: ", "Đỗ Văn Tài: Bí thư Chi bộ Vụ Kế hoạch | Vụ trưởng Vụ Kế hoạch"}},
		{"Hội đồng đã khiển trách các ông Lê Văn Hưng, Đỗ Văn Tài, Bí thư Chi bộ, Vụ trưởng Vụ Kế hoạch.",
			[]string{"Lê Văn Hưng: Bí thư Chi bộ Vụ Kế hoạch | Vụ trưởng Vụ Kế hoạch", "Đỗ Văn Tài: Bí thư Chi bộ Vụ Kế hoạch | Vụ trưởng Vụ Kế hoạch"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A role after a count or "các" names several people: set off by a comma
// before another title and a name, it is not that name's.
func TestCountedRoleNotNext(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Trước sự chứng kiến của hai Thủ tướng, Thứ trưởng Bộ Tài chính Đỗ Văn Hòa đã ký văn kiện.", []string{"Đỗ Văn Hòa: Thứ trưởng Bộ Tài chính"}},
		{"Dự lễ có các Bộ trưởng, Trưởng ban Tổ chức Tỉnh ủy Lê Thị Nga.", []string{"Lê Thị Nga: Trưởng ban Tổ chức Tỉnh ủy"}},
		// a colon list still shares the chain
		{"Các đồng chí Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: Lê Văn Hải, Trần Văn Bình dự.", []string{"Lê Văn Hải: Ủy viên Bộ Chính trị | Bí thư Trung ương Đảng", "Trần Văn Bình: Ủy viên Bộ Chính trị | Bí thư Trung ương Đảng"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// A role does not start inside a country ("Trung Quốc Vương Nghị" holds
// no "Quốc vương"); China's bodies as the news names them.
func TestChineseNamesAfterCountryAndBodies(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ông Lê Văn An hội đàm với Ngoại trưởng Trung Quốc Vương Minh Khải.", []string{"Lê Văn An: ", "Vương Minh Khải: Ngoại trưởng Trung Quốc"}},
		{"Đoàn hội kiến Ủy viên trưởng Nhân đại toàn quốc Trung Quốc Triệu Văn Lạc.", []string{"Triệu Văn Lạc: Ủy viên trưởng Nhân đại toàn quốc Trung Quốc"}},
		{"Đoàn hội kiến Chủ tịch Chính hiệp toàn quốc Trung Quốc Vương Hộ Bình.", []string{"Vương Hộ Bình: Chủ tịch Chính hiệp toàn quốc Trung Quốc"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// Guards of this session's foreign-name rules: particles do not count
// against the four words of a name; a country of several syllables opening
// a Vietnamese name with no role before it stays a name; a foreign
// legislature is an organization head.
func TestForeignNameGuards(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Tổng thống Pedro Luis Santos da Costa đã phát biểu.", []string{"Pedro Luis Santos da Costa: Tổng thống"}},
		{"Công an đã bắt Nguyễn Văn Tý, Châu Mỹ Hạnh cùng đồng phạm.", []string{"Nguyễn Văn Tý: ", "Châu Mỹ Hạnh: "}},
		{"Ông Hải gặp Chủ tịch Nghị viện châu Âu Anna Berg.", []string{"Anna Berg: Chủ tịch Nghị viện châu Âu"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

// "ứng viên" (candidate) before a role makes it a post sought, not held
// (data/nominate.txt, as "ứng cử viên"); the name after it stays a person.
func TestCandidateRole(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ứng viên tổng thống đảng Dân chủ Mỹ Laura Benson phát biểu.", []string{"Laura Benson: "}},
		{"Ông Lê Văn An là ứng viên Chủ tịch UBND tỉnh.", []string{"Lê Văn An: "}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}
