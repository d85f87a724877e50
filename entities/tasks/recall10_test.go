package tasks

import "testing"

// TestRequirementIs: "Yêu cầu chung là X", "Yêu cầu đặt ra là X": what is
// required is a task, split at its semicolons; a requirement named without
// a predicate after "là" sets none.
func TestRequirementIs(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a general requirement with its parts",
			"Yêu cầu chung là trường mới phải tốt hơn trường cũ; không để học sinh nghỉ học.",
			[]string{"trường mới phải tốt hơn trường cũ", "không để học sinh nghỉ học"}},
		{"a requirement set out",
			"Yêu cầu đặt ra là các huyện phải hoàn thành việc cấp nước trong quý II.",
			[]string{"các huyện phải hoàn thành việc cấp nước trong quý II"}},
		// negatives
		{"a requirement as a subject",
			"Yêu cầu chung của khách hàng ngày càng cao.", nil},
		{"a requirement's degree",
			"Yêu cầu đặt ra với ngành y tế là hết sức cấp bách.", nil},
		{"a requirement mentioned",
			"Sở đã báo cáo về các yêu cầu đặt ra cho ngành giáo dục.", nil},
	})
}
