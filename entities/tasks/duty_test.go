package tasks

import "testing"

// TestBodyDuties: the duties of a body set up by a decision ("Ban chỉ đạo
// có nhiệm vụ, quyền hạn ...") are its task list; the verb-first
// paragraphs after them, and "Ban chỉ đạo còn ...", go on with it.
func TestBodyDuties(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"duties with powers, then verb series",
			"Ban chỉ đạo có nhiệm vụ, quyền hạn nghiên cứu, đề xuất với Thủ tướng giải pháp tháo gỡ vướng mắc.\n\n" +
				"Tổng hợp khó khăn theo từng nhóm vấn đề, xác định thẩm quyền xử lý, báo cáo Thủ tướng xem xét.\n\n" +
				"Xem xét, chỉ đạo sửa đổi cơ chế, chính sách liên quan.\n\n" +
				"Ngoài ra, Ban chỉ đạo còn thực hiện các nhiệm vụ khác do Thủ tướng giao.",
			[]string{"nghiên cứu, đề xuất với Thủ tướng giải pháp tháo gỡ vướng mắc",
				"Tổng hợp khó khăn theo từng nhóm vấn đề, xác định thẩm quyền xử lý, báo cáo Thủ tướng xem xét",
				"Xem xét, chỉ đạo sửa đổi cơ chế, chính sách liên quan",
				"thực hiện các nhiệm vụ khác do Thủ tướng giao"}},
		{"a working group",
			"Tổ công tác có nhiệm vụ rà soát các dự án chậm tiến độ.",
			[]string{"rà soát các dự án chậm tiến độ"}},
		{"a framing before a colon is no item",
			"Thủ tướng yêu cầu các bộ chỉ đạo, đôn đốc địa phương thực hiện: Rà soát hồ sơ dự án; báo cáo kết quả trước ngày 15.",
			[]string{"Rà soát hồ sơ dự án", "báo cáo kết quả trước ngày 15"}},
		{"a school's mission is described, no task",
			"Trường Đại học Bách khoa có nhiệm vụ đào tạo nguồn nhân lực chất lượng cao.", nil},
		{"a reservoir's function is no task",
			"Hồ chứa có nhiệm vụ cung cấp nước tưới cho ba huyện.", nil},
		{"a person's duties are described",
			"Ở vị trí này, ông Nguyễn Văn An có nhiệm vụ theo dõi lĩnh vực thương mại.", nil},
		{"no duty phrase: a body's narrated act",
			"Ban chỉ đạo đã họp ba lần trong năm.", nil},
		{"past 'từng' still narrates",
			"Ông An từng giữ chức Bí thư Tỉnh ủy.", nil},
	})
}
