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
		{"a numbered document after a semicolon is one more object",
			"Hội nghị đề nghị Hội Hữu nghị tỉnh tiếp tục tuyên truyền Chỉ thị số 38-CT/TW của Ban Bí thư về “tiếp tục đổi mới hoạt động; Chỉ thị 12-CT/TW ngày 05/01/2022 của Ban Bí thư về “tăng cường đối ngoại nhân dân”; nâng cao chất lượng hoạt động.",
			[]string{"Hội Hữu nghị tỉnh tiếp tục tuyên truyền Chỉ thị số 38-CT/TW của Ban Bí thư về “tiếp tục đổi mới hoạt động; Chỉ thị 12-CT/TW ngày 05/01/2022 của Ban Bí thư về “tăng cường đối ngoại nhân dân”", "nâng cao chất lượng hoạt động"}},
		{"an anniversary after a semicolon is one more object",
			"Đồng chí yêu cầu các đơn vị tổ chức tốt các hoạt động kỷ niệm 80 năm Ngày thành lập Quân đội; 35 năm Ngày hội Quốc phòng toàn dân, bảo đảm thiết thực; rà soát kế hoạch năm 2025.",
			[]string{"các đơn vị tổ chức tốt các hoạt động kỷ niệm 80 năm Ngày thành lập Quân đội; 35 năm Ngày hội Quốc phòng toàn dân, bảo đảm thiết thực", "rà soát kế hoạch năm 2025"}},
		{"a bare prohibition after a speaker's list",
			"Tổng Bí thư đề nghị các cơ quan phải tinh gọn bộ máy.\n\nĐây là cuộc cách mạng về tổ chức bộ máy.\n\nKhông để cơ quan nhà nước là nơi trú ẩn cho cán bộ yếu kém.",
			[]string{"các cơ quan phải tinh gọn bộ máy", "Không để cơ quan nhà nước là nơi trú ẩn cho cán bộ yếu kém"}},
		{"'Tuyệt đối không để' too",
			"Bộ trưởng yêu cầu các địa phương sẵn sàng ứng phó với bão.\n\nTuyệt đối không để người dân thiếu đói.",
			[]string{"các địa phương sẵn sàng ứng phó với bão", "Tuyệt đối không để người dân thiếu đói"}},
		// negatives
		{"a fronted 'Không để' adverbial before its own clause",
			"Bộ trưởng yêu cầu các địa phương sẵn sàng ứng phó với bão.\n\nĐây là cơn bão mạnh nhất năm.\n\nKhông để yên, ca sĩ lập tức đáp trả bằng một bài hát mới.",
			[]string{"các địa phương sẵn sàng ứng phó với bão"}},
		{"a prohibition with no task list before it",
			"Đội bóng thi đấu trên sân nhà.\n\nKhông để thua trận nào từ đầu mùa giải.",
			nil},
		{"a number-led subject after a semicolon is a new item",
			"Thành phố yêu cầu các sở rà soát dự án; 2 công ty này đổi mới công nghệ.",
			[]string{"các sở rà soát dự án", "2 công ty này đổi mới công nghệ"}},
		{"a modal in a concession is no task",
			"Dù phải làm khách, đội bóng vẫn được đánh giá cao hơn nhờ phong độ ấn tượng.",
			nil},
		{"a modal after 'mặc dù' too",
			"Mặc dù phải thi đấu thiếu người, đội chủ nhà vẫn giành chiến thắng.",
			nil},
		{"a copula rating after a clause connective sets no task",
			"Năm 2025 là năm thứ năm thực hiện, rất có ý nghĩa để đánh giá những thành công của Nghị quyết, do vậy, việc giám sát lần này của Ban Thường vụ là rất cần thiết, đặc biệt là thông qua giám sát để phát hiện những cách làm mới, sáng tạo cần nhân rộng; đồng thời chỉ ra những hạn chế, khuyết điểm.",
			nil},
		{"the same after 'do đó'",
			"Năm 2025 là năm thứ năm thực hiện, rất có ý nghĩa để đánh giá những thành công của Nghị quyết, do đó, việc giám sát lần này của Ban Thường vụ là rất cần thiết, đặc biệt là thông qua giám sát để phát hiện những cách làm mới, sáng tạo cần nhân rộng; đồng thời chỉ ra những hạn chế, khuyết điểm.",
			nil},
	})
}
