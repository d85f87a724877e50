package people

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// partRoles runs the recognizer and gives "Name role" of each participant,
// checking the spans and that each person has one role.
func partRoles(t *testing.T, text string) []string {
	t.Helper()
	r := Find(Input{Text: text})
	var out []string
	seen := map[string]bool{}
	for _, p := range r.Participants {
		assert.Equal(t, p.Name, text[p.Span.Start:p.Span.End], "span of %s", p.Name)
		assert.False(t, seen[p.Name], "one role per person: %s", p.Name)
		seen[p.Name] = true
		out = append(out, p.Name+" "+p.Role)
	}
	return out
}

func TestParticipants(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		// the list after "có" ends at the sentence end
		{"list after có", "Dự hội nghị có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy; ông Trần Văn Bình, Chủ tịch UBND tỉnh. Ông Lê Văn Cường được khen thưởng.",
			[]string{"Nguyễn Văn An attended", "Trần Văn Bình attended"}},
		{"list after có with còn", "Tham dự buổi lễ còn có nguyên Chủ tịch nước Nguyễn Văn An, Bộ trưởng Bộ Nội vụ Trần Văn Bình.",
			[]string{"Nguyễn Văn An attended", "Trần Văn Bình attended"}},
		{"chairs listed after có", "Chủ trì hội nghị có các đồng chí: Nguyễn Văn An, Bí thư Tỉnh ủy; Trần Văn Bình, Chủ tịch UBND tỉnh.",
			[]string{"Nguyễn Văn An chaired", "Trần Văn Bình chaired"}},
		{"list continued by Ngoài ra, còn có", "Dự hội nghị có ông Nguyễn Văn An, Bí thư Tỉnh ủy. Ngoài ra, còn có ông Trần Văn Bình, Chủ tịch UBND tỉnh.",
			[]string{"Nguyễn Văn An attended", "Trần Văn Bình attended"}},
		{"list after gồm following an attendance verb", "Các Ủy viên Bộ Chính trị khác cũng tham dự, gồm: Chủ nhiệm Ủy ban Kiểm tra Trung ương Nguyễn Văn An; Trưởng Ban Nội chính Trung ương Trần Văn Bình.",
			[]string{"Nguyễn Văn An attended", "Trần Văn Bình attended"}},
		{"gồm after an attendance verb: not the subject", "Ông Lê Văn Cường tham dự, gồm có nhiều hoạt động.",
			[]string{"Lê Văn Cường attended"}},
		{"list opened by Về phía ... có", "Về phía Học viện Quân y có Thiếu tướng Nguyễn Văn An, Chính ủy Học viện; Trung tướng Trần Văn Bình, Giám đốc Học viện.",
			[]string{"Nguyễn Văn An attended", "Trần Văn Bình attended"}},
		{"no list before Ngoài ra", "Hội nghị diễn ra trong hai ngày. Ngoài ra, còn có ông Trần Văn Bình, Chủ tịch UBND tỉnh.",
			nil},
		{"có without an attendance verb", "Hội nghị có 200 đại biểu. Ông Lê Văn Cường, Giám đốc Sở Nội vụ, được khen thưởng.",
			nil},
		{"sự tham dự của", "Hội nghị diễn ra với sự tham dự của đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy.",
			[]string{"Nguyễn Văn An attended"}},
		{"sự điều hành của", "Tại phiên họp chiều 27/11, dưới sự điều hành của Chủ tịch Quốc hội Nguyễn Văn An, Quốc hội nghe báo cáo.",
			[]string{"Nguyễn Văn An chaired"}},
		{"the list after của ends with its group", "Dưới sự điều hành của Chủ tịch Quốc hội Nguyễn Văn An, Quốc hội nghe Thủ tướng Trần Văn Bình trình bày tờ trình.",
			[]string{"Nguyễn Văn An chaired", "Trần Văn Bình reported"}},
		{"the list after của goes on after gồm", "Hội nghị có sự tham dự của nhiều ủy viên Bộ Chính trị gồm: Chủ tịch nước Nguyễn Văn An và Thủ tướng Trần Văn Bình.",
			[]string{"Nguyễn Văn An attended", "Trần Văn Bình attended"}},
		{"a caption: handing over an award", "Đồng chí Lê Văn Cường, Bí thư Huyện ủy trao bằng khen tặng các tập thể.",
			[]string{"Lê Văn Cường attended"}},
		{"not handing over: trao đổi alone", "Ông Lê Văn Cường trao đổi với phóng viên về dự án.", nil},
		{"sự chủ trì của", "Cuộc họp diễn ra dưới sự chủ trì của đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy.",
			[]string{"Nguyễn Văn An chaired"}},
		// verbs after the name and its title chain
		{"chair after chain", "Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.",
			[]string{"Nguyễn Văn An chaired"}},
		{"dashed chain", "Ông Nguyễn Văn An - bí thư Tỉnh ủy - chủ trì hội nghị.",
			[]string{"Nguyễn Văn An chaired"}},
		{"joined verbs take the highest", "Bí thư Tỉnh ủy Nguyễn Văn An dự và chủ trì hội nghị.",
			[]string{"Nguyễn Văn An chaired"}},
		{"report", "Đồng chí Trần Văn Bình, Phó Trưởng Ban Tổ chức Tỉnh ủy trình bày báo cáo tại hội nghị.",
			[]string{"Trần Văn Bình reported"}},
		{"caption with an aside", "Đồng chí Nguyễn Văn An (đứng) phát biểu tại hội nghị.",
			[]string{"Nguyễn Văn An spoke"}},
		{"plural subject before the verb", "Ông Nguyễn Văn An, Bí thư Tỉnh ủy, và ông Trần Văn Bình, Chủ tịch UBND tỉnh, đồng chủ trì hội nghị.",
			[]string{"Nguyễn Văn An chaired", "Trần Văn Bình chaired"}},
		{"plural subject with a shared title", "Chủ tịch HĐND tỉnh Nguyễn Văn An; các Phó Chủ tịch HĐND tỉnh: Trần Văn Bình, Lê Văn Cường chủ tọa kỳ họp.",
			[]string{"Nguyễn Văn An chaired", "Trần Văn Bình chaired", "Lê Văn Cường chaired"}},
		{"a dashed aside before the verb", "Tại buổi tiếp xúc, bà Phạm Thị Dung - đại diện tổ đại biểu, đơn vị bầu cử số 4 - đã thông tin và trình bày dự thảo chương trình.",
			[]string{"Phạm Thị Dung reported"}},
		{"list of other items before tới dự", "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy; lãnh đạo các sở, ngành tới dự.",
			[]string{"Nguyễn Văn An attended"}},
		// fronted clauses
		{"fronted Phát biểu", "Phát biểu tại hội nghị, đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy đề nghị các cấp ủy tăng cường kiểm tra.",
			[]string{"Trần Văn Bình spoke"}},
		{"fronted Kết luận, two subjects", "Kết luận hội nghị, Chủ tịch nước Nguyễn Văn An, Thủ tướng Trần Văn Bình biểu dương các đơn vị.",
			[]string{"Nguyễn Văn An spoke", "Trần Văn Bình spoke"}},
		{"anchor and a speech verb", "Tại buổi làm việc, đồng chí Nguyễn Văn An biểu dương kết quả của tỉnh.",
			[]string{"Nguyễn Văn An spoke"}},
		{"anchor and another verb", "Tại buổi lễ, ông Lê Văn Cường, Giám đốc Sở Nội vụ, đã trao quyết định cho bà Phạm Thị Dung.",
			[]string{"Lê Văn Cường attended"}},
		{"anchor and a passive", "Tại kỳ họp, bà Phạm Thị Dung được bầu làm Chủ tịch HĐND tỉnh.",
			nil},
		{"on behalf and a speech verb", "Thay mặt các đồng chí được bổ nhiệm, đồng chí Trần Văn Bình, Bí thư Huyện ủy chân thành cảm ơn lãnh đạo tỉnh.",
			[]string{"Trần Văn Bình spoke"}},
		{"on behalf and another verb", "Ngày 2/8, thay mặt Ban Bí thư, Thường trực Ban Bí thư Nguyễn Văn An đã ký quyết định.",
			nil},
		// a speech verb counts when the person is at the event
		{"speech of a present person", "Đồng chí Nguyễn Văn An chủ trì hội nghị. Đồng chí Trần Văn Bình tham dự. Ông Bình đề nghị các sở tập trung chỉ đạo.",
			[]string{"Nguyễn Văn An chaired", "Trần Văn Bình spoke"}},
		{"speech alone", "Ông Nguyễn Văn An nhấn mạnh rằng kinh tế đang phục hồi.",
			nil},
		{"speech with the event after the verb", "Ông Nguyễn Văn An nhấn mạnh tại hội nghị rằng kinh tế đang phục hồi.",
			[]string{"Nguyễn Văn An spoke"}},
		// guards
		{"negation", "Ông Nguyễn Văn An không dự hội nghị.", nil},
		{"future", "Ông Nguyễn Văn An sẽ tham dự hội nghị.", nil},
		{"from the past", "Ông Nguyễn Văn An từng phát biểu tại hội nghị năm 2019.", nil},
		{"earlier time opening the sentence", "Trước đó, ông Nguyễn Văn An đã chủ trì cuộc họp của Ban Thường vụ.", nil},
		{"earlier time inside the sentence", "Ông Nguyễn Văn An làm việc với Thành ủy hồi tháng 8.", nil},
		{"earlier time in the opening clause", "Sáu tháng trước, tại hội nghị tổng kết, ông Nguyễn Văn An đến tham dự và phát biểu.", nil},
		{"a past year compared later in the sentence", "Phát biểu tại hội nghị, ông Nguyễn Văn An cho biết doanh thu tăng so với năm trước.",
			[]string{"Nguyễn Văn An spoke"}},
		{"relative clause", "Tinh thần mà Tổng Bí thư Nguyễn Văn An đã nhấn mạnh tại hội nghị lần thứ 6.", nil},
		{"dự và chủ trì before có", "Dự và chủ trì hội nghị tại điểm cầu tỉnh có Bí thư Tỉnh ủy Nguyễn Văn An; Chủ tịch UBND tỉnh Trần Văn Bình.",
			[]string{"Nguyễn Văn An chaired", "Trần Văn Bình chaired"}},
		{"object of của", "Bài phát biểu của ông Nguyễn Văn An được đăng tải.", nil},
		{"object before a speech verb", "Nhiều quan chức chỉ trích chuyến đi của ông Nguyễn Văn An, cho rằng điều này gây chia rẽ.", nil},
		{"dự inside a word", "Ông Nguyễn Văn An, giáo sư danh dự của Đại học Quốc gia, nhận định tình hình.", nil},
		{"not a verb: dự thảo", "Ông Nguyễn Văn An dự thảo văn bản.", nil},
		{"no event words", "Ông Nguyễn Văn An sinh năm 1970 tại Hà Nội.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, partRoles(t, c.text))
		})
	}
}

// TestParticipantPrecedence: one role per person, the highest of chaired >
// reported > spoke > attended, whatever the order of the cues.
func TestParticipantPrecedence(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Dự hội nghị có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy. Phát biểu tại hội nghị, đồng chí Nguyễn Văn An nhấn mạnh nhiệm vụ. Đồng chí Nguyễn Văn An chủ trì phiên thảo luận.",
			[]string{"Nguyễn Văn An chaired"}},
		{"Đồng chí Nguyễn Văn An chủ trì hội nghị. Dự hội nghị có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy.",
			[]string{"Nguyễn Văn An chaired"}},
		{"Dự hội nghị có ông Trần Văn Bình, Phó Giám đốc Sở Nội vụ. Ông Trần Văn Bình trình bày báo cáo. Ông Trần Văn Bình phát biểu.",
			[]string{"Trần Văn Bình reported"}},
		{"Dự hội nghị có ông Trần Văn Bình, Phó Giám đốc Sở Nội vụ. Ông Trần Văn Bình phát biểu.",
			[]string{"Trần Văn Bình spoke"}},
	} {
		got := partRoles(t, c.text)
		assert.Equal(t, c.want, got, c.text)
	}
	assert.True(t, partChaired > partReported && partReported > partSpoke && partSpoke > partAttended && partAttended > partNone)
	for r := partAttended; r <= partChaired; r++ {
		assert.True(t, slices.Contains([]string{"chaired", "reported", "spoke", "attended"}, r.String()))
	}
}
