package tasks

import "testing"

// TestSession10Classes: classes of task misses shared by the tuning sets of
// session 10 (made-up variants).
func TestSession10Classes(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a request noun after a preposition is no speech verb",
			"Bộ trưởng Lê Văn Nam đề nghị các sở thực hiện tốt công tác tư tưởng.\n\nVới yêu cầu cao hơn khi vận hành bộ máy mới, phải có kế hoạch bồi dưỡng lại cán bộ.",
			[]string{"các sở thực hiện tốt công tác tư tưởng", "phải có kế hoạch bồi dưỡng lại cán bộ"}},
		{"a speech verb before the modal still starts the item",
			"Bộ trưởng nhấn mạnh, các sở phải có kế hoạch bồi dưỡng lại cán bộ.",
			[]string{"các sở phải có kế hoạch bồi dưỡng lại cán bộ"}},
		{"a clause connective 'do vậy' before the modal's subject",
			"Đồng chí Lê Văn Nam nhấn mạnh công tác cán bộ là công tác của Đảng, do vậy các cấp ủy phải thực hiện nghiêm Điều lệ Đảng.",
			[]string{"các cấp ủy phải thực hiện nghiêm Điều lệ Đảng"}},
		{"'bởi vậy' too",
			"Bộ trưởng nói dự án chậm tiến độ, bởi vậy các nhà thầu phải tăng ca.",
			[]string{"các nhà thầu phải tăng ca"}},
		// negatives
		{"a copula rating after a clause connective sets no task",
			"Năm 2025 là năm thứ năm thực hiện, rất có ý nghĩa để đánh giá những thành công của Nghị quyết, do vậy, việc giám sát lần này của Ban Thường vụ là rất cần thiết, đặc biệt là thông qua giám sát để phát hiện những cách làm mới, sáng tạo cần nhân rộng; đồng thời chỉ ra những hạn chế, khuyết điểm.",
			nil},
		{"the same after 'do đó'",
			"Năm 2025 là năm thứ năm thực hiện, rất có ý nghĩa để đánh giá những thành công của Nghị quyết, do đó, việc giám sát lần này của Ban Thường vụ là rất cần thiết, đặc biệt là thông qua giám sát để phát hiện những cách làm mới, sáng tạo cần nhân rộng; đồng thời chỉ ra những hạn chế, khuyết điểm.",
			nil},
	})
}
