package tasks

import "testing"

// TestPledgeNeedsOwner: a pledge verb ("quyết tâm", "xác định") sets a
// task when someone makes it in its clause (a capitalized subject, a
// pronoun of address); with none, after a comma or a preposition, it is
// an adjunct of another clause and sets none.
func TestPledgeNeedsOwner(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a body pledges",
			"Đảng bộ và nhân dân xã quyết tâm hoàn thành các chỉ tiêu của nghị quyết đại hội.",
			[]string{"hoàn thành các chỉ tiêu của nghị quyết đại hội"}},
		{"a pronoun pledges",
			"Tân Giám đốc Sở chia sẻ, trước hết cá nhân ông xác định luôn lắng nghe ý kiến của người dân.",
			[]string{"luôn lắng nghe ý kiến của người dân"}},
		// negatives
		{"a determination after a preposition",
			"Bộ trưởng cho biết mới đây Bộ đã ban hành công văn về việc chấn chỉnh kỷ cương, với quyết tâm thay đổi tình trạng chậm trễ.", nil},
		{"a determination inside a purpose clause",
			"Thời gian qua, phòng đã rà soát các khoản thu để có giải pháp phù hợp, quyết tâm thực hiện thu đạt kế hoạch.", nil},
		{"a fronted adjunct of a past report",
			"Năm 2023, với tinh thần chủ động, quyết tâm thực hiện hiệu quả nghị quyết, Hội đồng nhân dân huyện đã ban hành 12 nghị quyết.", nil},
	})
}

// TestModalUnderPlan: a modal whose clause first announces what will be
// done ("sẽ" and a verb) details that plan or forecast and sets no task;
// after a connective of consequence or a semicolon the modal opens its
// own clause and does.
func TestModalUnderPlan(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a direction drawn from a forecast",
			"Bộ trưởng lưu ý sẽ xuất hiện dịch bệnh trên gia súc sau mưa lũ, do đó phải huy động lực lượng thú y tham gia tiêu độc khử trùng.",
			[]string{"phải huy động lực lượng thú y tham gia tiêu độc khử trùng"}},
		// negatives
		{"a plan with a conditional modal",
			"Ông cho biết sau đó thành phố sẽ ngồi lại rà soát toàn bộ, nếu đủ điều kiện thì giao trực tiếp, nếu không thì phải tổ chức đấu thầu.", nil},
		{"a forecast",
			"Theo ông, nếu hai huyện sáp nhập, sẽ không còn thủ tục trùng lặp, người dân chỉ phải nộp hồ sơ một lần.", nil},
	})
}

// TestHardshipModal: "lại phải" (had to again) and "đành phải" (had no
// choice but to) narrate a hardship, no task; a plain "phải" after a
// request still sets one.
func TestHardshipModal(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a request with a modal",
			"Chủ tịch tỉnh yêu cầu các huyện phải hoàn thành việc giải ngân trước ngày 30/9.",
			[]string{"các huyện phải hoàn thành việc giải ngân trước ngày 30/9"}},
		// negatives
		{"had to again",
			"Không còn cách nào khác, bà Hoa lại phải trích một khoản tiền tiết kiệm để thuê người chăm sóc mẹ.", nil},
		{"had no choice but to",
			"Nhiều hộ dân đành phải bỏ ruộng hoang vì thiếu nước tưới.", nil},
	})
}
