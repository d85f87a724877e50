package tasks

import "testing"

// TestAskedModal: a modal inside a question someone asks (after "vì sao",
// "tại sao", or after "câu hỏi"/"thắc mắc" and a colon listing what was
// asked) is no task; a request between the question and the modal, and a
// modal with no question before it, keep their task.
func TestAskedModal(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a reported why-question",
			"Một hộ chăn nuôi đã hỏi vì sao họ chưa được vay vốn, phải đi vay nặng lãi.", nil},
		{"a bare why-question",
			"Tại sao các xã phải tổ chức lại hội nghị này?", nil},
		{"questions listed after a colon",
			"Nhiều câu hỏi được gửi tới Chủ tịch tỉnh: người trồng cam phải bán rẻ, người nuôi cá phải đổ bỏ cá chết.", nil},
		{"concerns listed after a colon",
			"Cử tri nêu nhiều thắc mắc: vì đâu thôn này phải chờ điện lâu như vậy.", nil},
		// positives
		{"a request after the question",
			"Trả lời câu hỏi của cử tri, Chủ tịch UBND tỉnh yêu cầu Sở Công thương phải kiểm tra giá phân bón.",
			[]string{"Sở Công thương phải kiểm tra giá phân bón"}},
		{"a question word without a colon",
			"Sau các câu hỏi của cử tri, các sở cần rà soát lại quy trình cấp phép.",
			[]string{"Sau các câu hỏi của cử tri, các sở cần rà soát lại quy trình cấp phép"}},
	})
}

// TestBareTaskNounObject: "giao nhiệm vụ," with a comma right after the
// noun names the occasion of a speech, not a request: what follows is the
// speaker's own sentence.
func TestBareTaskNounObject(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"the occasion of a speech",
			"Phát biểu chúc mừng và giao nhiệm vụ, bà Trần Thị Hòa nêu rõ đây là niềm vinh dự của ngành y tế tỉnh.", nil},
		{"a request after the occasion",
			"Phát biểu giao nhiệm vụ, Bí thư Tỉnh ủy yêu cầu tân Giám đốc sở phát huy kinh nghiệm.",
			[]string{"tân Giám đốc sở phát huy kinh nghiệm"}},
		{"a task noun with its content",
			"Ủy ban nhân dân tỉnh giao nhiệm vụ cho Sở Xây dựng kiểm tra các công trình.",
			[]string{"nhiệm vụ cho Sở Xây dựng kiểm tra các công trình"}},
	})
}

// TestAwaitCompound: "chờ mong" (to look forward to) is one word, no
// "mong" wish.
func TestAwaitCompound(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"looking forward",
			"Cả xã chờ mong ngày khánh thành cây cầu mới.", nil},
		{"a wish",
			"Tôi mong các đồng chí lắng nghe ý kiến của bà con.",
			[]string{"các đồng chí lắng nghe ý kiến của bà con"}},
	})
}

// TestPromiseNounCoordinated: a commitment word followed by "và" is a
// noun coordinated with another ("bày tỏ cam kết và quyết tâm X"): no
// promise, and no pledge in the noun after it; a commitment verb with its
// content keeps its task.
func TestPromiseNounCoordinated(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"commitment and determination shown",
			"Ông Mark Lee nói Thủ tướng Lê Văn An đã bày tỏ cam kết và quyết tâm mở rộng hợp tác giữa hai nước.", nil},
		{"as committed",
			"Công ty Minh Phát không trả tiền thuê đất như cam kết và vẫn nợ huyện 2 tỉ đồng.", nil},
		// positive
		{"a commitment with its content",
			"Chủ tịch UBND tỉnh Lê Văn An cam kết sẽ hoàn thành việc giải phóng mặt bằng trong tháng 6.",
			[]string{"hoàn thành việc giải phóng mặt bằng trong tháng 6"}},
	})
}
