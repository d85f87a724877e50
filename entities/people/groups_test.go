package people

import (
	"testing"

	"github.com/stretchr/testify/assert"

	sentences "github.com/vnpol/vnpol/entities/segment"
)

// summaryCase is a text and the people Find should give, as summary
// prints them.
type summaryCase struct {
	name, text string
	want       []string
}

// runSummaryCases runs Find on each case's text, alone and with the text's
// sentences given (the pipeline's path), and checks the spans and the
// people.
func runSummaryCases(t *testing.T, cases []summaryCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Find(Input{Text: c.text})
			checkSpans(t, c.text, r)
			assert.Equal(t, c.want, summary(r))
			r = Find(Input{Text: c.text, Sentences: sentences.Sentences(c.text)})
			assert.Equal(t, c.want, summary(r), "with the sentences given")
		})
	}
}

// TestGroupRoles checks that a role a sentence gives a listed group goes to
// each member (made-up variants of general patterns), and that a list
// without such a role gives none.
func TestGroupRoles(t *testing.T) {
	cases := []summaryCase{
		{"counted members of an organ, gồm",
			"Hiện Ban Thường vụ khóa 5 có 3 Ủy viên, gồm: Bí thư Tỉnh ủy Lê Văn An; Chủ tịch UBND tỉnh Trần Văn Bình và Trưởng Ban Tổ chức Tỉnh ủy Phạm Văn Cường.",
			[]string{"Lê Văn An: Bí thư Tỉnh ủy | Ủy viên Ban Thường vụ", "Trần Văn Bình: Chủ tịch UBND tỉnh | Ủy viên Ban Thường vụ", "Phạm Văn Cường: Trưởng Ban Tổ chức Tỉnh ủy | Ủy viên Ban Thường vụ"}},
		{"members named after a clause, gồm",
			"Một số ủy viên Bộ Chính trị khác không thuộc ban này nhưng cũng dự, gồm: Trưởng Ban Dân vận Trung ương Lê Văn An; Bộ trưởng Bộ Y tế Trần Văn Bình.",
			[]string{"Lê Văn An: Trưởng Ban Dân vận Trung ương | ủy viên Bộ Chính trị", "Trần Văn Bình: Bộ trưởng Bộ Y tế | ủy viên Bộ Chính trị"}},
		{"a list with no group role gives none",
			"Dự lễ có nhiều khách mời, gồm: Bộ trưởng Bộ Y tế Lê Văn An; Giám đốc Sở Y tế Trần Văn Bình.",
			[]string{"Lê Văn An: Bộ trưởng Bộ Y tế", "Trần Văn Bình: Giám đốc Sở Y tế"}},
		{"a counted role in apposition",
			"Trước đó, hai phó thủ tướng dưới thời ông, Lê Văn An và Trần Văn Bình, cũng xin thôi chức.",
			[]string{"Lê Văn An: phó thủ tướng", "Trần Văn Bình: phó thủ tướng"}},
		{"an apposition of another count gives none",
			"Trước đó, hai phó thủ tướng dưới thời ông, Lê Văn An, Trần Văn Bình và Phạm Văn Cường, đều dự.",
			[]string{"Lê Văn An: ", "Trần Văn Bình: ", "Phạm Văn Cường: "}},
		{"both named before are members",
			"Hội nghị có Chủ tịch nước Lê Văn An và Thủ tướng Trần Văn Bình. Cả hai đều là ủy viên Thường vụ Quân ủy Trung ương.",
			[]string{"Lê Văn An: Chủ tịch nước | ủy viên Thường vụ Quân ủy Trung ương", "Trần Văn Bình: Thủ tướng | ủy viên Thường vụ Quân ủy Trung ương"}},
		{"the three named after cả ba ông",
			"Cả ba ông Lê Văn An, Trần Văn Bình và Phạm Văn Cường đều là Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn An: Phó Chủ tịch UBND tỉnh", "Trần Văn Bình: Phó Chủ tịch UBND tỉnh", "Phạm Văn Cường: Phó Chủ tịch UBND tỉnh"}},
		{"cả hai with a count that does not match gives none",
			"Ông Lê Văn An gặp ông Trần Văn Bình và ông Phạm Văn Cường. Cả hai đều là Phó Chủ tịch UBND tỉnh.",
			[]string{"Lê Văn An: ", "Trần Văn Bình: ", "Phạm Văn Cường: "}},
		{"a bare role after các and a colon goes to each listed name",
			"Hiện Tổng cục Hậu cần còn có các phó chủ nhiệm: Trung tướng Lê Văn An (ủy viên Trung ương Đảng) và Trung tướng Trần Văn Bình.",
			[]string{"Lê Văn An: phó chủ nhiệm | ủy viên Trung ương Đảng", "Trần Văn Bình: phó chủ nhiệm"}},
		{"a bare role after các and a colon, with ông before each name",
			"Bộ còn có các thứ trưởng: ông Lê Văn An và ông Trần Văn Bình.",
			[]string{"Lê Văn An: thứ trưởng", "Trần Văn Bình: thứ trưởng"}},
		{"a counted bare role of an organ before gồm các ông stays as written",
			"Hiện Bộ Tư pháp có 5 thứ trưởng, gồm các ông: Lê Văn An; Trần Văn Bình; Phạm Văn Cường.",
			[]string{"Lê Văn An: thứ trưởng", "Trần Văn Bình: thứ trưởng", "Phạm Văn Cường: thứ trưởng"}},
		{"a counted bare role before gồm without a colon",
			"Hiện Bộ Tư pháp có 3 thứ trưởng gồm các ông Lê Văn An, Trần Văn Bình, Phạm Văn Cường.",
			[]string{"Lê Văn An: thứ trưởng", "Trần Văn Bình: thứ trưởng", "Phạm Văn Cường: thứ trưởng"}},
		{"a counted role in another sentence gives none",
			"Bộ có 5 thứ trưởng. Các ông Lê Văn An, Trần Văn Bình dự họp.",
			[]string{"Lê Văn An: ", "Trần Văn Bình: "}},
		{"a plural noun that is no role gives none",
			"Các phóng viên: Lê Văn An và Trần Văn Bình.",
			[]string{"Lê Văn An: ", "Trần Văn Bình: "}},
		{"a lower-case bare role in apposition alone stays dropped",
			"Ông Lê Văn An, phó chủ nhiệm, cho biết.",
			[]string{"Lê Văn An: "}},
		{"a standing board before a colon is a body, not its members' title",
			"Sáng nay, các đồng chí Thường trực Tỉnh ủy: Lê Văn An, Bí thư Tỉnh ủy; Trần Văn Bình, Phó Bí thư Tỉnh ủy đã đến thăm.",
			[]string{"Lê Văn An: Bí thư Tỉnh ủy", "Trần Văn Bình: Phó Bí thư Tỉnh ủy"}},
		{"the standing board of a council likewise",
			"Dự có các đồng chí Thường trực HĐND tỉnh: Lê Văn An, Chủ tịch HĐND tỉnh; Trần Văn Bình, Phó Chủ tịch HĐND tỉnh.",
			[]string{"Lê Văn An: Chủ tịch HĐND tỉnh", "Trần Văn Bình: Phó Chủ tịch HĐND tỉnh"}},
		{"members of a standing committee before a colon keep the shared title",
			"Dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy: Lê Văn An, Trưởng Ban Dân vận Huyện ủy; Trần Văn Bình, Chủ tịch UBND huyện.",
			[]string{"Lê Văn An: Ủy viên Ban Thường vụ Huyện ủy | Trưởng Ban Dân vận Huyện ủy", "Trần Văn Bình: Ủy viên Ban Thường vụ Huyện ủy | Chủ tịch UBND huyện"}},
		{"cả hai with a non-title predicate gives none",
			"Ông Lê Văn An và ông Trần Văn Bình dự họp. Cả hai đều là người con của quê hương.",
			[]string{"Lê Văn An: ", "Trần Văn Bình: "}},
	}
	runSummaryCases(t, cases)
}

// TestNamesWithCommonWords checks organization names that hold a word
// common elsewhere (a preposition phrase, a verb, a role), roles after
// "giữ vai trò", and streets listed after a colon (made-up variants).
func TestNamesWithCommonWords(t *testing.T) {
	cases := []summaryCase{
		{"a preposition phrase inside the name",
			"Ông Võ Văn An, Vụ trưởng Vụ Thị trường trong nước cho biết.",
			[]string{"Võ Văn An: Vụ trưởng Vụ Thị trường trong nước"}},
		{"a preposition that is no phrase ends the name",
			"Ông Lê Văn An, Giám đốc Sở Y tế trong năm nay đã cho biết.",
			[]string{"Lê Văn An: Giám đốc Sở Y tế"}},
		{"a common noun phrase of cases inside the name",
			"Ông Lê Văn An, Vụ trưởng Vụ Theo dõi xử lý các vụ án của Ban Nội chính Trung ương, phát biểu.",
			[]string{"Lê Văn An: Vụ trưởng Vụ Theo dõi xử lý các vụ án của Ban Nội chính Trung ương"}},
		{"a negation word inside the name",
			"Ông Lê Văn An, Cục trưởng Cục Hàng không Việt Nam, cho biết.",
			[]string{"Lê Văn An: Cục trưởng Cục Hàng không Việt Nam"}},
		{"a lower-case phrase of the name before a country and a person",
			"Phóng viên đã trao đổi với Cục trưởng Cục hàng không Việt Nam Lại Xuân Thanh về kế hoạch.",
			[]string{"Lại Xuân Thanh: Cục trưởng Cục hàng không Việt Nam"}},
		{"the name goes on in title case after it",
			"Ông Lê Văn An, Cục trưởng Hàng không Dân dụng, cho biết.",
			[]string{"Lê Văn An: Cục trưởng Hàng không Dân dụng"}},
		{"a role word inside the name",
			"Ông Lê Văn An, Trưởng Ban Công tác đại biểu, phát biểu.",
			[]string{"Lê Văn An: Trưởng Ban Công tác đại biểu"}},
		{"a delegation head and a verb inside the name",
			"Ông Lê Văn An là Phó trưởng Phái đoàn đại diện thường trực Việt Nam.",
			[]string{"Lê Văn An: Phó trưởng Phái đoàn đại diện thường trực Việt Nam"}},
		{"a reporting verb after the name ends it",
			"Ông Lê Văn An, Giám đốc Sở Y tế thông tin thêm về dịch bệnh.",
			[]string{"Lê Văn An: Giám đốc Sở Y tế"}},
		{"an international organization after tại",
			"Ông Lê Văn An là Phó trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên Hợp Quốc.",
			[]string{"Lê Văn An: Phó trưởng Phái đoàn đại diện thường trực Việt Nam tại Liên Hợp Quốc"}},
		{"posts listed after như with words between",
			"Những năm hòa bình, ông Lê Văn An đảm nhiệm các chức vụ trong quân đội như Tư lệnh Quân khu 4, Tổng Thanh tra Quân đội nhân dân Việt Nam.",
			[]string{"Lê Văn An: Tư lệnh Quân khu 4 | Tổng Thanh tra Quân đội nhân dân Việt Nam"}},
		{"roles after giữ vai trò",
			"Ông Lý Văn Thọ, phó chủ tịch UBND huyện Bình Sơn, giữ vai trò trưởng ban đề thi.",
			[]string{"Lý Văn Thọ: phó chủ tịch UBND huyện Bình Sơn | trưởng ban đề thi"}},
		{"an exam board after với tư cách là",
			"Ông Võ Văn Trà, nguyên chủ tịch UBND huyện Bình Sơn, với tư cách là chủ tịch hội đồng kỳ thi đã có sai sót.",
			[]string{"Võ Văn Trà: nguyên chủ tịch UBND huyện Bình Sơn | chủ tịch hội đồng kỳ thi"}},
		{"streets listed after a colon",
			"Dự án nằm trên các tuyến đường chính: Nguyễn Văn Cừ, Lê Lợi và Ngô Gia Tự thuộc phường Đồng Tâm.",
			nil},
		{"people listed after a colon",
			"Dự lễ có các ông: Nguyễn Văn Cừ, Lê Văn Lợi và Ngô Gia Tự.",
			[]string{"Nguyễn Văn Cừ: ", "Lê Văn Lợi: ", "Ngô Gia Tự: "}},
	}
	runSummaryCases(t, cases)
}

// TestProposedPosts checks that a post the subject proposes someone for, or
// one a person will take, is not the subject's title, while the appointee
// named after "đối với" keeps it (made-up variants).
func TestProposedPosts(t *testing.T) {
	cases := []summaryCase{
		{"a proposed appointment is not the proposer's",
			"Thủ tướng Phạm Văn Chính đã trình Quốc hội danh sách đề nghị bổ nhiệm Bộ trưởng Bộ Công an.",
			[]string{"Phạm Văn Chính: Thủ tướng"}},
		{"a proposal to approve an appointment is not the proposer's",
			"Thủ tướng Phạm Văn Chính đã trình Quốc hội danh sách đề nghị Quốc hội phê chuẩn bổ nhiệm Bộ trưởng Bộ Công an.",
			[]string{"Phạm Văn Chính: Thủ tướng"}},
		{"the appointee of a proposed approval keeps it",
			"Thủ tướng Phạm Văn Chính trình Quốc hội phê chuẩn bổ nhiệm Bộ trưởng Bộ Tài chính đối với ông Nguyễn Văn Thắng.",
			[]string{"Phạm Văn Chính: Thủ tướng", "Nguyễn Văn Thắng: Bộ trưởng Bộ Tài chính"}},
		{"the appointee after đối với keeps it",
			"Thủ tướng Phạm Văn Chính đề nghị bổ nhiệm Bộ trưởng Bộ Tài chính đối với ông Nguyễn Văn Thắng.",
			[]string{"Phạm Văn Chính: Thủ tướng", "Nguyễn Văn Thắng: Bộ trưởng Bộ Tài chính"}},
		{"an approved appointment is held",
			"Quốc hội phê chuẩn bổ nhiệm Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng.",
			[]string{"Nguyễn Văn Thắng: Bộ trưởng Bộ Tài chính"}},
		{"a future post is not held",
			"Ông Đinh Văn Tường, Phó thủ tướng, sẽ trở thành Tổng bí thư.",
			[]string{"Đinh Văn Tường: Phó thủ tướng"}},
	}
	runSummaryCases(t, cases)
}

// TestCareerRanks checks that staff and diplomatic ranks head a title of
// their own in a chain, not a word of the organization before (made-up).
func TestCareerRanks(t *testing.T) {
	cases := []summaryCase{
		{"a secretary to an office holder after another title",
			"Ông Lê Văn An, Phó Trưởng phòng A5, Thư ký Thứ trưởng Bộ Nội vụ, dự họp.",
			[]string{"Lê Văn An: Phó Trưởng phòng A5 | Thư ký Thứ trưởng Bộ Nội vụ"}},
		{"a counsellor rank then a delegation title",
			"Ông Lê Văn An từng là Tham tán Công sứ, Phó trưởng Phái đoàn đại diện thường trực Việt Nam.",
			[]string{"Lê Văn An: Tham tán Công sứ | Phó trưởng Phái đoàn đại diện thường trực Việt Nam"}},
		{"the office a secretary serves is not shared back",
			"Ông Lê Văn An, Phó Cục trưởng, Thư ký Ủy viên Bộ Chính trị, dự họp.",
			[]string{"Lê Văn An: Phó Cục trưởng | Thư ký Ủy viên Bộ Chính trị"}},
		{"a secretary-general shares the organization",
			"Bà Lê Thị An, Phó Chủ tịch, Tổng Thư ký Hội đồng Trị sự Giáo hội X, phát biểu.",
			[]string{"Lê Thị An: Phó Chủ tịch Hội đồng Trị sự Giáo hội X | Tổng Thư ký Hội đồng Trị sự Giáo hội X"}},
		{"posts held at once share the body",
			"Ông Lê Văn An, Chánh Văn phòng kiêm Người phát ngôn Bộ Y tế, cho biết.",
			[]string{"Lê Văn An: Chánh Văn phòng Bộ Y tế | Người phát ngôn Bộ Y tế"}},
		{"a unit then another body after rồi",
			"Ông Lê Văn An từng là Phó Đội trưởng rồi Phó Trưởng phòng Tham mưu.",
			[]string{"Lê Văn An: Phó Đội trưởng | Phó Trưởng phòng Tham mưu"}},
		{"a lower-case secretary is no title",
			"Ông Lê Văn An nhờ thư ký gửi thư.",
			[]string{"Lê Văn An: "}},
	}
	runSummaryCases(t, cases)
}

// TestCareerLines checks career lines that open with their period and no
// subject: the posts are the person the text is about (made-up variants).
func TestCareerLines(t *testing.T) {
	cases := []summaryCase{
		{"a period then là",
			"Bà Lê Thị An sinh năm 1970.\nTừ tháng 6/2013 đến tháng 11/2015 là Phó Chủ nhiệm Văn phòng Quốc hội; Ủy viên Ủy ban Kinh tế của Quốc hội khóa XIII.",
			[]string{"Lê Thị An: Phó Chủ nhiệm Văn phòng Quốc hội | Ủy viên Ủy ban Kinh tế của Quốc hội"}},
		{"an aside inside the run",
			"Ông Trần Văn Bình quê Nam Định.\nTừ năm 2016 đến nay là Ủy viên Ban Chấp hành Trung ương Đảng (trúng cử tháng 1/2016); Bí thư Tỉnh ủy Nam Định.",
			[]string{"Trần Văn Bình: Ủy viên Ban Chấp hành Trung ương Đảng | Bí thư Tỉnh ủy Nam Định"}},
		{"a chain before a name is that person's",
			"Ông Trần Văn Bình quê Nam Định.\nTừ năm 2016 đến nay là Bí thư Tỉnh ủy Lê Văn Cường.",
			[]string{"Trần Văn Bình: ", "Lê Văn Cường: Bí thư Tỉnh ủy"}},
		{"a period with no là gives nothing",
			"Ông Trần Văn Bình quê Nam Định.\nTừ năm 2016 đến nay, Bí thư Tỉnh ủy đã chỉ đạo nhiều việc.",
			[]string{"Trần Văn Bình: "}},
	}
	runSummaryCases(t, cases)
}

// TestProfileLine checks that a line of title chains alone after a
// person's profile line is that person's (made-up variants).
func TestProfileLine(t *testing.T) {
	cases := []summaryCase{
		{"titles alone after a profile",
			"Thượng tướng Lê Văn An sinh ngày 1/1/1965; Quê quán: tỉnh Hưng Yên.\n\nỦy viên Trung ương Đảng khóa XIII; Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương; Thủ trưởng Cơ quan An ninh điều tra Bộ Công an.",
			[]string{"Lê Văn An: Ủy viên Trung ương Đảng | Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương | Thủ trưởng Cơ quan An ninh điều tra Bộ Công an"}},
		{"a line with a verb is no profile item",
			"Thượng tướng Lê Văn An sinh ngày 1/1/1965; Quê quán: tỉnh Hưng Yên.\n\nBộ trưởng Bộ Công an chủ trì hội nghị.",
			[]string{"Lê Văn An: "}},
		{"a list of posts after no profile",
			"Ông Lê Văn An dự họp.\n\nTổng Bí thư Ban Chấp hành Trung ương Đảng; Chủ tịch nước.",
			[]string{"Lê Văn An: "}},
	}
	runSummaryCases(t, cases)
}

// TestSecondPostAfterVa checks a second post after "và" in the chain after
// a name: the person's when both posts close with the same place (made-up).
func TestSecondPostAfterVa(t *testing.T) {
	cases := []summaryCase{
		{"two posts in one place",
			"Ông Lê Văn An, Bí thư Thành ủy Móng Cái và Chủ tịch UBND TP Móng Cái đến dự.",
			[]string{"Lê Văn An: Bí thư Thành ủy Móng Cái | Chủ tịch UBND TP Móng Cái"}},
		{"the second post before another name",
			"Ông Lê Văn An, Bí thư Thành ủy Móng Cái và Chủ tịch UBND TP Móng Cái Trần Văn Bình đến dự.",
			[]string{"Lê Văn An: Bí thư Thành ủy Móng Cái", "Trần Văn Bình: Chủ tịch UBND TP Móng Cái"}},
		{"other guests' posts",
			"Ông Lê Văn An, Chủ tịch UBND tỉnh Hà Nam và Chủ tịch UBND tỉnh Nam Định cùng dự.",
			[]string{"Lê Văn An: Chủ tịch UBND tỉnh Hà Nam"}},
	}
	runSummaryCases(t, cases)
}

// TestNameCutBeforeLowerSyllable checks that a name cut before its last
// syllable written in lower case is the person named in full (made-up).
func TestNameCutBeforeLowerSyllable(t *testing.T) {
	cases := []summaryCase{
		{"the lower-case last syllable",
			"Đại biểu Nguyễn Thị Quyết tâm (TP. HCM) cho rằng cần cân nhắc.\nĐại biểu TP. HCM Nguyễn Thị Quyết Tâm cho rằng HĐND là cơ quan quan trọng.\nĐB Nguyễn Thị Quyết Tâm (TP. HCM) nêu ý kiến.",
			[]string{"Nguyễn Thị Quyết Tâm: Đại biểu TP. HCM"}},
		{"another word after the shorter name",
			"Ông Nguyễn Văn Quyết nói.\nÔng Nguyễn Văn Quyết Thắng cho rằng cần dự.\nÔng Nguyễn Văn Quyết Thắng (Hà Nội) nêu ý kiến.",
			[]string{"Nguyễn Văn Quyết: ", "Nguyễn Văn Quyết Thắng: "}},
	}
	runSummaryCases(t, cases)
}
