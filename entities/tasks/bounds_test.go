package tasks

import "testing"

// TestQuoteAttribution: a quoted task ends at its closing quote; the
// attribution after it ('" - đồng chí X nêu rõ', '", ông X nêu') is no
// part of the item.
func TestQuoteAttribution(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"dash, a title word and a name, then a speech verb",
			"Bí thư yêu cầu các cấp ủy tăng cường kiểm tra, giám sát. “Các chi bộ cần sinh hoạt nền nếp” - đồng chí Lê Văn Bình nêu rõ.",
			[]string{"các cấp ủy tăng cường kiểm tra, giám sát", "Các chi bộ cần sinh hoạt nền nếp"}},
		{"dash, ông and a name, then any verb",
			"Bộ trưởng yêu cầu các bệnh viện cải tiến quy trình. “Ngành y tế phải nâng cao chất lượng khám bệnh”-ông Trần Văn Nam đặt vấn đề.",
			[]string{"các bệnh viện cải tiến quy trình", "Ngành y tế phải nâng cao chất lượng khám bệnh"}},
		{"comma, ông and a name, then a verb of raising an opinion",
			"Bộ trưởng yêu cầu các đơn vị kiểm tra công trình. \"Các đơn vị phải rà soát chất lượng công trình\", ông Hải nêu.",
			[]string{"các đơn vị kiểm tra công trình", "Các đơn vị phải rà soát chất lượng công trình"}},
		{"comma after a quotation that opens the sentence, a name and any verb",
			"Bộ trưởng yêu cầu các đơn vị kiểm tra công trình. “Các đơn vị phải rà soát chất lượng công trình”, Trung úy Vinh chia sẻ.",
			[]string{"các đơn vị kiểm tra công trình", "Các đơn vị phải rà soát chất lượng công trình"}},
		{"negative: a quoted name closing a fronted clause, then its subject and verb",
			"Giám đốc yêu cầu các phòng rà soát hồ sơ. Thực hiện “Đề án số hóa”, Sở Tư pháp triển khai.",
			[]string{"các phòng rà soát hồ sơ", "Thực hiện “Đề án số hóa”, Sở Tư pháp triển khai"}},
		{"no name after the comma, a plain verb of saying (reported-said)",
			"Bộ trưởng yêu cầu các đơn vị kiểm tra công trình. \"Các đơn vị phải rà soát chất lượng công trình\", từng đơn vị nêu.",
			[]string{"các đơn vị kiểm tra công trình", "Các đơn vị phải rà soát chất lượng công trình"}},
		{"no name after the comma and no verb of saying: the item opened inside the quotation",
			"Bộ trưởng yêu cầu các đơn vị kiểm tra công trình. \"Các đơn vị phải rà soát chất lượng công trình\", từng đơn vị ghi nhận.",
			[]string{"các đơn vị kiểm tra công trình", "Các đơn vị phải rà soát chất lượng công trình"}},
	})
}

// TestNounIntro: a clause ending in a noun of tasks before a colon
// ("cần làm rõ 5 nội dung:") introduces the list; it is no item itself.
func TestNounIntro(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"nội dung before the colon",
			"Trưởng đoàn đề nghị trong quá trình kiểm tra, cần làm rõ 3 nội dung: Đánh giá công tác nắm tình hình; kết quả xử lý đơn thư; việc kiện toàn tổ chức.",
			[]string{"Đánh giá công tác nắm tình hình", "kết quả xử lý đơn thư", "việc kiện toàn tổ chức"}},
		{"giải pháp before the colon",
			"Giám đốc yêu cầu triển khai đồng bộ các giải pháp: Rà soát hồ sơ; tăng cường kiểm tra.",
			[]string{"Rà soát hồ sơ", "tăng cường kiểm tra"}},
		{"negative: a noun of tasks with no colon stays in the item",
			"Trưởng đoàn đề nghị các đơn vị làm rõ 3 nội dung trong báo cáo.",
			[]string{"các đơn vị làm rõ 3 nội dung trong báo cáo"}},
	})
}

// TestLongRelQuant: "một số nhiệm vụ <long subject> cần <VP>" is a
// relative clause however long its subject (two bodies joined by a
// comma): the sentence announces tasks without setting one.
func TestLongRelQuant(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"two bodies between the quantifier and the modal",
			"Bộ trưởng quán triệt một số nhiệm vụ trọng tâm Ban Thường vụ Tỉnh ủy, Lãnh đạo Sở Tư pháp cần tập trung thực hiện từ nay đến cuối năm.", nil},
		{"negative: a modal sentence with no quantifier before the modal",
			"Bộ trưởng quán triệt Ban Thường vụ Đảng ủy Khối, Lãnh đạo Sở Kế hoạch và Đầu tư cần tập trung thực hiện một số nhiệm vụ trọng tâm.",
			[]string{"Ban Thường vụ Đảng ủy Khối, Lãnh đạo Sở Kế hoạch và Đầu tư cần tập trung thực hiện một số nhiệm vụ trọng tâm"}},
	})
}

// TestInterimAssignment: an assignment to run a body "until the post is
// filled" is a personnel decision, not a task.
func TestInterimAssignment(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"until the post is filled",
			"Bộ Chính trị giao đồng chí Lê Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, điều hành công việc của Tỉnh ủy cho đến khi kiện toàn chức danh Bí thư Tỉnh ủy.", nil},
		{"until the competent level fills the post",
			"Ban Bí thư giao đồng chí Trần Thị Hoa điều hành hoạt động của Bộ cho đến khi cấp có thẩm quyền kiện toàn chức danh Bộ trưởng.", nil},
		{"negative: a request to fill the post is a task",
			"Bộ Chính trị đề nghị Tỉnh ủy sớm kiện toàn chức danh Bí thư Tỉnh ủy.",
			[]string{"Tỉnh ủy sớm kiện toàn chức danh Bí thư Tỉnh ủy"}},
	})
}
