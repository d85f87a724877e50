package tasks

import "testing"

// TestAskedItem: a request or a modal whose object asks a question with no
// question mark (an interrogative pro-form right after its verb, or a verb
// of telling asked of the addressee) is no task; an embedded question, a
// concession, a question as the topic of a modal, and a plain request keep
// their task.
func TestAskedItem(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a deputy asks for an assessment",
			"Đại biểu Lê Thị Hoa đề nghị bộ trưởng đánh giá thế nào về tình trạng chậm giải ngân vốn đầu tư công.", nil},
		{"a deputy asks to be told",
			"Từ đó, đại biểu đề nghị bộ trưởng cho biết rõ trách nhiệm và giải pháp khắc phục tình trạng này.", nil},
		{"a rhetorical what-to-do",
			"Trước đòi hỏi ngày càng cao, ngành thuế cần làm gì để được doanh nghiệp tin tưởng.", nil},
		{"how it will go",
			"Cử tri đề nghị Sở Xây dựng giải thích dự án sẽ được triển khai ra sao trong năm tới.", nil},
		// positives
		{"a question embedded in a verb of finding out",
			"Chủ tịch tỉnh yêu cầu Sở Tài chính làm rõ khoản kinh phí được chi ra sao, báo cáo trước ngày 10.",
			[]string{"Sở Tài chính làm rõ khoản kinh phí được chi ra sao, báo cáo trước ngày 10"}},
		{"what to do, embedded",
			"Bộ trưởng yêu cầu các cục tìm hiểu người dân cần làm gì để được hỗ trợ.",
			[]string{"các cục tìm hiểu người dân cần làm gì để được hỗ trợ"}},
		{"how, after a verb of considering",
			"Thủ tướng yêu cầu các bộ xem nên sắp xếp lại các đơn vị thế nào cho hợp lý.",
			[]string{"các bộ xem nên sắp xếp lại các đơn vị thế nào cho hợp lý"}},
		{"a plain request",
			"Chủ tịch tỉnh đề nghị Sở Y tế báo cáo kết quả kiểm tra trước ngày 15.",
			[]string{"Sở Y tế báo cáo kết quả kiểm tra trước ngày 15"}},
	})
}
