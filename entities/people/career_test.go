package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCareerListPlainItems checks that a career list introduced by "các
// chức vụ" goes on past an item that is no title (lower-case words, perhaps
// opening with a bare role), and that nothing else is read past it.
func TestCareerListPlainItems(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"an item opening with a bare role is passed over",
			"Ông Lê Văn Nam từng đảm nhiệm các chức vụ: Phó trưởng phòng Văn phòng Bộ Xây dựng, thư ký giúp việc của bộ trưởng; vụ trưởng Vụ Pháp chế; thứ trưởng Bộ Xây dựng.",
			[]string{"Lê Văn Nam: Phó trưởng phòng Văn phòng Bộ Xây dựng | vụ trưởng Vụ Pháp chế | thứ trưởng Bộ Xây dựng"}},
		{"an item of plain words is passed over",
			"Ông Lê Văn Nam từng giữ các chức vụ: Giám đốc Sở Tài chính, giúp việc cho lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Nam: Giám đốc Sở Tài chính | Phó Chủ tịch UBND tỉnh"}},
		{"a one-post introducer reads no further",
			"Ông Lê Văn Nam là Phó trưởng phòng Văn phòng Bộ Xây dựng, thư ký giúp việc của bộ trưởng; vụ trưởng Vụ Pháp chế.",
			[]string{"Lê Văn Nam: Phó trưởng phòng Văn phòng Bộ Xây dựng"}},
		{"a title before another name is that name's",
			"Ông Lê Văn Nam từng đảm nhiệm các chức vụ: Phó trưởng phòng Văn phòng Bộ Xây dựng, thư ký giúp việc của bộ trưởng; vụ trưởng Vụ Pháp chế Trần Văn Bình cũng dự.",
			[]string{"Lê Văn Nam: Phó trưởng phòng Văn phòng Bộ Xây dựng", "Trần Văn Bình: vụ trưởng Vụ Pháp chế"}},
		{"a long clause is no item",
			"Ông Lê Văn Nam từng giữ các chức vụ: Giám đốc Sở Tài chính, sau đó được điều động về công tác tại cơ quan khác của tỉnh nhà; Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Nam: Giám đốc Sở Tài chính"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestRareFamilyLieu checks the family name Liêu after a title set off by a
// dash, and that the place Bạc Liêu stays no person.
func TestRareFamilyLieu(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"Liêu after a dashed title",
			"Phó Chủ tịch UBND huyện - Liêu Văn Bình tặng hoa các thầy cô.",
			[]string{"Liêu Văn Bình: Phó Chủ tịch UBND huyện"}},
		{"the province Bạc Liêu is no person",
			"Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn Thiều cho biết.",
			[]string{"Phạm Văn Thiều: Chủ tịch UBND tỉnh Bạc Liêu"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestAgentDoChain checks that a chain after the agent marker "do" and set
// off by a comma before "ông B" is B's, and that "do" meaning "because"
// gives nothing.
func TestAgentDoChain(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"chain after do, comma, form of address",
			"Báo cáo do Chủ nhiệm Ủy ban Kinh tế của Quốc hội, ông Trần Văn Hải trình bày.",
			[]string{"Trần Văn Hải: Chủ nhiệm Ủy ban Kinh tế của Quốc hội"}},
		{"not after another lower-case word",
			"Báo cáo của Bộ trưởng Bộ Tài chính, ông Trần Văn Hải được gửi đi.",
			[]string{"Trần Văn Hải: "}},
		{"do meaning because before a clause",
			"Do Bộ trưởng vắng mặt, ông Trần Văn Hải chủ trì.",
			[]string{"Trần Văn Hải: "}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestPartyAgeBeforeChain checks that a profile's Party age ("85 năm tuổi
// Đảng"), after the age or alone, does not cut the chain after the name.
func TestPartyAgeBeforeChain(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"age and Party age",
			"Đoàn đến thăm Đại tá Lê Văn Nam, 98 tuổi, 70 năm tuổi Đảng, nguyên Thứ trưởng Bộ Nội vụ.",
			[]string{"Lê Văn Nam: nguyên Thứ trưởng Bộ Nội vụ"}},
		{"Party age alone",
			"Đoàn đến thăm ông Lê Văn Nam, 60 năm tuổi Đảng, nguyên Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Nam: nguyên Phó Chủ tịch UBND tỉnh"}},
		{"years of life are not read through",
			"Đoàn đến thăm ông Lê Văn Nam, 60 năm tuổi đời, nguyên Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Nam: "}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestCoordinatedSubjects checks that a post introduced after two names
// joined by "và" is both names', but not with "lần lượt" (respectively).
func TestCoordinatedSubjects(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"two names elected to one post",
			"Với đa số phiếu, ông Lê Văn Hòa và ông Trần Minh Tú được bầu làm Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Hòa: Phó Chủ tịch UBND tỉnh", "Trần Minh Tú: Phó Chủ tịch UBND tỉnh"}},
		{"two names become one post, no form of address before the second",
			"Ông Lê Văn Hòa và Trần Minh Tú đã trở thành Phó Chủ tịch UBND thành phố.",
			[]string{"Lê Văn Hòa: Phó Chủ tịch UBND thành phố", "Trần Minh Tú: Phó Chủ tịch UBND thành phố"}},
		{"respectively: the posts are not shared",
			"Ông Lê Văn Hòa và ông Trần Minh Tú lần lượt được bầu làm Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Hòa: ", "Trần Minh Tú: Chủ tịch UBND tỉnh"}},
		{"a first name with its own chain keeps it",
			"Ông Lê Văn Hòa, Giám đốc Sở Tài chính và ông Trần Minh Tú được bầu làm Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn Hòa: Giám đốc Sở Tài chính", "Trần Minh Tú: Phó Chủ tịch UBND tỉnh"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestCareerListColonAfterPlace checks that a noun of posts ("cương vị",
// "vị trí", "chức vụ") followed by a place or a field and a colon opens a
// list of the subject's posts, and that the list stops at another name.
func TestCareerListColonAfterPlace(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"a place between the noun and the colon",
			"Ông Lê Văn Nam từng đảm nhiệm nhiều cương vị ở tỉnh Quảng Trị gồm: phó chủ tịch, chủ tịch UBND thị xã Quảng Trị.",
			[]string{"Lê Văn Nam: phó chủ tịch UBND thị xã Quảng Trị | chủ tịch UBND thị xã Quảng Trị"}},
		{"a field between the noun and the colon, a one-post noun",
			"Ông Lê Văn Nam đã kinh qua nhiều vị trí công tác trong Quân đội như: Chính ủy Sư đoàn 5, Phó chính ủy Quân khu 9.",
			[]string{"Lê Văn Nam: Chính ủy Sư đoàn 5 | Phó chính ủy Quân khu 9"}},
		{"the sentence goes on after the list",
			"Ông Lê Văn Nam kinh qua nhiều vị trí tại địa phương như: Phó Chánh Văn phòng UBND tỉnh Sơn La; Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mai Sơn, trước khi trở thành Phó Chủ tịch tỉnh Sơn La.",
			[]string{"Lê Văn Nam: Phó Chánh Văn phòng UBND tỉnh Sơn La | Phó Bí thư Huyện ủy Mai Sơn | Chủ tịch UBND huyện Mai Sơn | Phó Chủ tịch tỉnh Sơn La"}},
		{"no colon: no list",
			"Ông Lê Văn Nam nói về vị trí của tỉnh Sơn La trong vùng, Phó Chủ tịch UBND tỉnh Trần Văn Bình cũng dự.",
			[]string{"Lê Văn Nam: ", "Trần Văn Bình: Phó Chủ tịch UBND tỉnh"}},
		{"a name before the colon stops the reading",
			"Ông Lê Văn Nam nhắc lại vị trí mà ông Trần Văn Bình giao: Phó Chánh Văn phòng UBND tỉnh Sơn La.",
			[]string{"Lê Văn Nam: ", "Trần Văn Bình: "}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestAssistantLowerCaseOffice checks that an assistant's word followed by
// the office it serves in lower case reads that office whole ("trợ lý bộ
// trưởng X", not "trợ lý bộ"), and that a lower-case word that is no role
// is read as before.
func TestAssistantLowerCaseOffice(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"a minister's assistant in lower case",
			"Năm 2005, ông Lê Văn Nam là trợ lý bộ trưởng Tư pháp.",
			[]string{"Lê Văn Nam: trợ lý bộ trưởng Tư pháp"}},
		{"a deputy minister's assistant with the ministry",
			"Năm 2005, ông Lê Văn Nam là trợ lý thứ trưởng Bộ Xây dựng.",
			[]string{"Lê Văn Nam: trợ lý thứ trưởng Bộ Xây dựng"}},
		{"a chairman's secretary",
			"Năm 2005, ông Lê Văn Nam là thư ký chủ tịch UBND tỉnh Hà Nam.",
			[]string{"Lê Văn Nam: thư ký chủ tịch UBND tỉnh Hà Nam"}},
		{"a lower-case object that is no role is read as before",
			"Năm 2005, ông Lê Văn Nam là thư ký tòa soạn báo Lao Động.",
			[]string{"Lê Văn Nam: thư ký tòa soạn báo Lao Động"}},
		{"capitalized as before",
			"Năm 2005, ông Lê Văn Nam là Trợ lý Bộ trưởng Tư pháp.",
			[]string{"Lê Văn Nam: Trợ lý Bộ trưởng Tư pháp"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestKiemIntroducer checks that "kiêm" and "kiêm nhiệm" after a subject
// introduce a post the subject holds too, and that a post after another
// name stays that name's.
func TestKiemIntroducer(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"kiêm after the subject",
			"Từ năm 2010, Phó Thủ tướng Lê Văn Nam cũng kiêm bộ trưởng Bộ Xây dựng.",
			[]string{"Lê Văn Nam: Phó Thủ tướng | bộ trưởng Bộ Xây dựng"}},
		{"kiêm nhiệm inside a career list",
			"Ông Lê Văn Nam đã kinh qua các chức vụ gồm: phó tổng cục trưởng Tổng cục Hậu cần, kiêm nhiệm cục trưởng Cục Quân nhu, Bộ Quốc phòng.",
			[]string{"Lê Văn Nam: phó tổng cục trưởng Tổng cục Hậu cần | cục trưởng Cục Quân nhu, Bộ Quốc phòng"}},
		{"a post after another name is that name's",
			"Phó Thủ tướng Lê Văn Nam cũng kiêm nhiệm, cho tới khi ông Trần Văn Bình được bầu làm Bộ trưởng Bộ Xây dựng.",
			[]string{"Lê Văn Nam: Phó Thủ tướng", "Trần Văn Bình: Bộ trưởng Bộ Xây dựng"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}

// TestNumberedUnitCapitalized checks that a capitalized unit word followed
// by its number ("Quận 11", "Phường 3") is read whole as the place closing a
// chain, and given to the bare titles before it.
func TestNumberedUnitCapitalized(t *testing.T) {
	cases := []struct {
		rule, text string
		want       []string
	}{
		{"a numbered district after UBND",
			"Ông Lê Văn Nam, Chủ tịch UBND Quận 12, phát biểu.",
			[]string{"Lê Văn Nam: Chủ tịch UBND Quận 12"}},
		{"a numbered district after the district committee",
			"Ông Lê Văn Nam, Bí thư Quận ủy Quận 5, phát biểu.",
			[]string{"Lê Văn Nam: Bí thư Quận ủy Quận 5"}},
		{"given to the bare title before it",
			"Ông Lê Văn Nam từng là Phó Bí thư Quận ủy, Chủ tịch UBND Quận 12.",
			[]string{"Lê Văn Nam: Phó Bí thư Quận ủy Quận 12 | Chủ tịch UBND Quận 12"}},
		{"lower case as before",
			"Ông Lê Văn Nam, Chủ tịch UBND quận 12, phát biểu.",
			[]string{"Lê Văn Nam: Chủ tịch UBND quận 12"}},
		{"a named district as before",
			"Ông Lê Văn Nam, Chủ tịch UBND Quận Ba Đình, phát biểu.",
			[]string{"Lê Văn Nam: Chủ tịch UBND Quận Ba Đình"}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
		})
	}
}
