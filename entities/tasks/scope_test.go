package tasks

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The patterns of a request's scope and of non-tasks that a blind set
// exposed (its REPORT.md, sections 1 and 2). The texts are short made-up
// variants of the constructions, not article text.
func TestRequestScope(t *testing.T) {
	cases := []taskCase{
		{"a focus apposition stays inside the request's item, head kept",
			"Thượng tướng Nguyễn Văn An yêu cầu các đơn vị phát huy tính chủ động, tiến hành tốt công tác tuyên truyền trong các nhiệm vụ, trọng tâm là huấn luyện, xây dựng chính quy; công tác dân vận; hội thi và diễn tập theo kế hoạch.",
			[]string{"các đơn vị phát huy tính chủ động, tiến hành tốt công tác tuyên truyền trong các nhiệm vụ, trọng tâm là huấn luyện, xây dựng chính quy; công tác dân vận; hội thi và diễn tập theo kế hoạch"}},
		{"a verb after the focus objects' semicolon starts the next item",
			"Bí thư Huyện ủy đề nghị các đại biểu thảo luận các nhiệm vụ 6 tháng cuối năm; trọng tâm là hoàn thành chỉ tiêu thu ngân sách; tăng cường quản lý đất đai.",
			[]string{"các đại biểu thảo luận các nhiệm vụ 6 tháng cuối năm", "trọng tâm là hoàn thành chỉ tiêu thu ngân sách", "tăng cường quản lý đất đai"}},
		{"a photo caption between two paragraphs of a request interrupts nothing",
			"Bí thư Huyện ủy đề nghị, các đại biểu tập trung thảo luận các nội dung quan trọng; tăng cường quản lý đất đai.\n\nQuang cảnh hội nghị. Ảnh: Minh Anh\n\nBên cạnh đó, làm tốt công tác phòng cháy, chữa cháy; đẩy mạnh cải cách hành chính.",
			[]string{"các đại biểu tập trung thảo luận các nội dung quan trọng", "tăng cường quản lý đất đai", "làm tốt công tác phòng cháy, chữa cháy", "đẩy mạnh cải cách hành chính"}},
		{"without a caption, a line between the paragraphs ends the list",
			"Bí thư Huyện ủy đề nghị, các đại biểu tập trung thảo luận các nội dung quan trọng; tăng cường quản lý đất đai.\n\nQuang cảnh hội nghị.\n\nBên cạnh đó, làm tốt công tác phòng cháy, chữa cháy; đẩy mạnh cải cách hành chính.",
			[]string{"các đại biểu tập trung thảo luận các nội dung quan trọng", "tăng cường quản lý đất đai"}},
		{"Đồng thời đề nghị: a subject-less request goes on with the previous speaker",
			"Trưởng ban Nguyễn Văn Bình cho rằng sự có mặt của ông Cường sẽ làm gia tăng sức mạnh của Ban.\n\nĐồng thời đề nghị tân phó trưởng ban tiếp cận nhanh với công việc, phối hợp tốt với các đồng chí lãnh đạo.",
			[]string{"tân phó trưởng ban tiếp cận nhanh với công việc, phối hợp tốt với các đồng chí lãnh đạo"}},
		{"a sentence-initial Yêu cầu in an open list: the verb is left out",
			"Đồng chí Lê Văn Dũng đề nghị Ban Thường vụ Tỉnh ủy phối hợp chặt chẽ, cung cấp đầy đủ tài liệu. Yêu cầu việc kiểm tra phải bảo đảm hiệu quả, khách quan.",
			[]string{"Ban Thường vụ Tỉnh ủy phối hợp chặt chẽ, cung cấp đầy đủ tài liệu", "việc kiểm tra phải bảo đảm hiệu quả, khách quan"}},
		{"a sentence-initial Giao keeps its verb",
			"Bộ Chính trị yêu cầu các cấp ủy khẩn trương hoàn thành đề án. Giao Ban Tổ chức Trung ương chủ trì, phối hợp hướng dẫn thực hiện.",
			[]string{"các cấp ủy khẩn trương hoàn thành đề án", "Giao Ban Tổ chức Trung ương chủ trì, phối hợp hướng dẫn thực hiện"}},
		{"a verb-first paragraph with a target goes on with a pledge whole",
			"Phát biểu nhận nhiệm vụ, ông Trần Văn Em khẳng định sẽ nêu cao tinh thần trách nhiệm, tiếp tục học tập, rèn luyện.\n\nĐồng thời nâng cao năng lực công tác, thực hiện nghiêm nguyên tắc tập trung dân chủ, phấn đấu hoàn thành tốt các nhiệm vụ được giao.",
			[]string{"nêu cao tinh thần trách nhiệm, tiếp tục học tập, rèn luyện", "nâng cao năng lực công tác, thực hiện nghiêm nguyên tắc tập trung dân chủ, phấn đấu hoàn thành tốt các nhiệm vụ được giao"}},
		{"a copula whose predicate is the modal is a task",
			"Tổng Bí thư nhấn mạnh Ban Kinh tế tiếp tục tăng cường phối hợp với các địa phương. Tổng Bí thư chỉ rõ điều cốt lõi là phải hình thành đội ngũ nghiên cứu cao cấp, phải kết nối chất xám của các nhà khoa học.",
			[]string{"Ban Kinh tế tiếp tục tăng cường phối hợp với các địa phương", "điều cốt lõi là phải hình thành đội ngũ nghiên cứu cao cấp, phải kết nối chất xám của các nhà khoa học"}},
		{"a request to an addressee with a verb of effort is still a task",
			"Chủ tịch nước nhấn mạnh Bộ Quốc phòng tiếp tục nâng cao chất lượng huấn luyện.",
			[]string{"Bộ Quốc phòng tiếp tục nâng cao chất lượng huấn luyện"}},
	}
	checkTaskCases(t, cases)
}

func TestNonTasksReported(t *testing.T) {
	cases := []struct {
		name string
		text string
	}{
		{"a past-period report with a motto's modal",
			"Đại hội nhất trí đánh giá: 5 năm qua, Đảng ủy Cục Hai đã tập trung lãnh đạo, chỉ đạo thực hiện nghiêm Luật Thi đua khen thưởng; xây dựng các quy chế theo phương châm: Thi đua phải hướng về cơ sở."},
		{"a copular rationale sentence",
			"Năm 2024 là năm thứ tư thực hiện Nghị quyết, do vậy, việc kiểm tra lần này là rất cần thiết, đặc biệt là thông qua kiểm tra phát hiện những cách làm mới, sáng tạo cần nhân rộng."},
		{"a reported copular sentence",
			"Chủ tịch nước nhấn mạnh, phát triển kinh tế quan trọng nhưng nhiệm vụ không kém quan trọng là nâng cao đời sống nhân dân, phát triển đến đâu người dân phải được thụ hưởng đến đó."},
		{"an assurance and a belief",
			"Thủ tướng Nguyễn Văn Phong khẳng định Chính phủ Việt Nam đã và sẽ tiếp tục tạo mọi điều kiện để hỗ trợ dự án và tin tưởng rằng dự án sẽ hoàn thành đúng tiến độ."},
		{"a hope for an addressee",
			"Đại sứ Trần Văn Giang hy vọng Ban quản lý tiếp tục phát huy vai trò cầu nối."},
		{"a request inside a purpose clause",
			"Hiện UBND huyện cũng đã có ý kiến về việc này đối với UBND xã để yêu cầu xử lý, làm rõ nguyên nhân."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tasks, results := run(c.text)
			checkSpans(t, c.text, tasks)
			checkSpans(t, c.text, results)
			assert.Empty(t, texts(tasks))
		})
	}
}

// A past period never becomes a task list's period.
func TestPastPeriodNotTaskPeriod(t *testing.T) {
	text := "Thời gian qua, Ban Thường vụ Tỉnh ủy đã chỉ đạo quyết liệt, nhưng các cấp ủy cần tiếp tục rà soát các dự án chậm tiến độ."
	tasks, _ := run(text)
	checkSpans(t, text, tasks)
	for _, l := range tasks {
		if l.Period != nil {
			assert.NotContains(t, l.Period.Text, "qua")
		}
	}
}

// With no article date (the text never states its year), a dated frame
// without "đã" in an open list of requests is one more request.
func TestComingFrameUndated(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a dated frame continues the list",
			"Thủ tướng yêu cầu các bộ rà soát đối tượng hỗ trợ.\nTừ năm 2017 các địa phương bố trí ngân sách hỗ trợ người dân mua thẻ.",
			[]string{"các bộ rà soát đối tượng hỗ trợ", "Từ năm 2017 các địa phương bố trí ngân sách hỗ trợ người dân mua thẻ"}},
		{"a past marker does not",
			"Thủ tướng yêu cầu các bộ rà soát đối tượng hỗ trợ.\nTừ năm 2017 các địa phương đã bố trí ngân sách.",
			[]string{"các bộ rà soát đối tượng hỗ trợ"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tasks, _ := run(c.text)
			checkSpans(t, c.text, tasks)
			assert.Equal(t, c.want, texts(tasks))
		})
	}
}
