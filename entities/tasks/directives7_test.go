package tasks

import "testing"

// TestDirectiveEdges: a modal right before a request verb, a modal in a
// fronted clause, a counted request noun, an announced list, a quoted
// prohibition, a rule's "theo quy định" in a later item.
func TestDirectiveEdges(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a modal right before the request verb: a modal sentence",
			"Các sở cần đề xuất giải pháp tháo gỡ khó khăn.",
			[]string{"Các sở cần đề xuất giải pháp tháo gỡ khó khăn"}},
		{"a modal in a fronted clause before the speaker",
			"Với công tác cán bộ phải làm chặt chẽ, Bí thư Tỉnh ủy đề nghị nghiên cứu kỹ hướng dẫn.",
			[]string{"nghiên cứu kỹ hướng dẫn"}},
		{"a counted request noun",
			"Bộ Chính trị đặt ra 5 yêu cầu đối với công tác chuẩn bị đại hội.", nil},
		{"a numbered name before the request verb",
			"Cục Thú y gửi công văn cho Trung tâm Vùng 3 yêu cầu tổ chức lấy mẫu kiểm tra.",
			[]string{"tổ chức lấy mẫu kiểm tra"}},
		{"an announced list: the request names no task",
			"Bí thư đề nghị lãnh đạo, chỉ đạo thực hiện tốt một số vấn đề. Các địa phương cần xây dựng kế hoạch cụ thể.",
			[]string{"Các địa phương cần xây dựng kế hoạch cụ thể"}},
		{"a quoted prohibition closed by a speech verb of direction",
			"Ông An nói về nhiều việc.\n\n\"Không để lọt cán bộ không đủ tiêu chuẩn vào cấp ủy\" - Bí thư quán triệt.",
			[]string{"Không để lọt cán bộ không đủ tiêu chuẩn vào cấp ủy"}},
		{"'theo quy định' in a later item of a modal's list",
			"Ông An đề nghị rà soát hồ sơ. Công tác cán bộ cần bảo đảm chất lượng; đồng thời phát huy trách nhiệm người đứng đầu theo quy định.",
			[]string{"rà soát hồ sơ", "Công tác cán bộ cần bảo đảm chất lượng", "phát huy trách nhiệm người đứng đầu theo quy định"}},
		{"'theo quy định' in the modal's own clause states a rule",
			"Người trúng thưởng phải có đủ giấy tờ theo quy định của pháp luật.", nil},
		{"a rule's later clause with a subject",
			"Có vụ việc thì phải xác minh làm rõ; vụ việc nhẹ thì xử lý kỷ luật theo quy định.", nil},
	})
}

// TestHandOverAndVows: a thing handed over, a possibility and the
// speaker's own vow set no task.
func TestHandOverAndVows(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a thing handed over, then a request",
			"Đồng chí Lê Văn An giao việc quản lý chợ cho UBND huyện; yêu cầu huyện xây dựng phương án trước ngày 20.",
			[]string{"huyện xây dựng phương án trước ngày 20"}},
		{"a possibility",
			"Huyện có thể giao chợ cho cơ quan chuyên môn quản lý.", nil},
		{"a task handed over with its verb stands",
			"Giám đốc Sở giao nhiệm vụ cho Trung tâm Y tế chủ trì kiểm tra các cơ sở.",
			[]string{"nhiệm vụ cho Trung tâm Y tế chủ trì kiểm tra các cơ sở"}},
		{"the speaker's own vow",
			"“Với lòng biết ơn sâu sắc, tôi nguyện không ngừng học tập theo tấm gương của Bác”, Bí thư khẳng định.", nil},
		{"a body's vow stands",
			"Đảng bộ và Nhân dân tỉnh nguyện đoàn kết một lòng xây dựng quê hương.",
			[]string{"Đảng bộ và Nhân dân tỉnh nguyện đoàn kết một lòng xây dựng quê hương"}},
	})
}

// TestOfficialOpinion: "cho rằng cần" is a direction from a presiding
// speaker or an official, an opinion from anyone else.
func TestOfficialOpinion(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a presiding speaker",
			"Phát biểu khai mạc hội nghị, anh Lê Văn Phong cho rằng cần tập trung đánh giá kết quả năm học.",
			[]string{"cần tập trung đánh giá kết quả năm học"}},
		{"an official's title",
			"Thủ tướng cho rằng cần tìm ra điểm kích hoạt đầu tư cho nghiên cứu.",
			[]string{"cần tìm ra điểm kích hoạt đầu tư cho nghiên cứu"}},
		{"anyone else's opinion",
			"Ông Lê Văn Điều cho rằng cần phân cấp phân quyền phù hợp.", nil},
	})
}

// TestPraiseThenRequest: after a praise clause, "đồng thời đề nghị" with an
// organ noun and its name ("ngành Nội vụ") keeps the speaker; "Sớm <V>"
// goes on with a request.
func TestPraiseThenRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"an organ noun and its name after a praise",
			"Bộ trưởng ghi nhận kết quả của ngành, đồng thời đề nghị ngành Nội vụ bám sát nhiệm vụ được giao.",
			[]string{"ngành Nội vụ bám sát nhiệm vụ được giao"}},
		{"an organ noun with no name is no addressee",
			"Bộ trưởng ghi nhận kết quả của ngành, đồng thời đề xuất ngành giải pháp mới.", nil},
		{"Sớm goes on with the request",
			"Bộ trưởng yêu cầu đổi mới công tác đánh giá cán bộ. Sớm nghiên cứu chính sách thu hút nhân tài.",
			[]string{"đổi mới công tác đánh giá cán bộ", "Sớm nghiên cứu chính sách thu hút nhân tài"}},
	})
}

// TestReportedAdvisedRequest: a request an official reports, issued by the
// unit's superior on its advice, stands.
func TestReportedAdvisedRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"advised request with a plural addressee",
			"Bà Lê Thị Tâm cho hay, sở đã tham mưu UBND thành phố yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải ngân.",
			[]string{"các chủ đầu tư đẩy nhanh tiến độ giải ngân"}},
		{"a document's request with a plural addressee",
			"Bà Lê Thị Tâm cho hay, Sở đã có văn bản yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải ngân.",
			[]string{"các chủ đầu tư đẩy nhanh tiến độ giải ngân"}},
		{"no speech verb: a narrated past request",
			"Sở đã tham mưu UBND thành phố yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải ngân.", nil},
	})
}

// TestRequestNouns: "yêu cầu" and "cam kết" as nouns set no task.
func TestRequestNouns(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"meets the requirements",
			"Thí sinh có điểm đánh giá năng lực đạt yêu cầu theo thông báo của Bộ Giáo dục.", nil},
		{"someone's commitment",
			"Bộ trưởng nói chiến lược góp phần thực hiện cam kết của Việt Nam đối với người cao tuổi.", nil},
		{"a request stands",
			"Bộ trưởng yêu cầu các trường công bố điểm chuẩn đúng hạn.",
			[]string{"các trường công bố điểm chuẩn đúng hạn"}},
	})
}

// TestNarrowingClause: after a semicolon, "trong đó" and "nhất là" narrow
// the item before them and stay in it.
func TestNarrowingClause(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"trong đó after a semicolon",
			"Bí thư đề nghị công tác nhân sự chú ý tiêu chuẩn, cơ cấu; trong đó coi trọng chất lượng.",
			[]string{"công tác nhân sự chú ý tiêu chuẩn, cơ cấu; trong đó coi trọng chất lượng"}},
		{"another clause splits",
			"Bí thư đề nghị công tác nhân sự chú ý tiêu chuẩn, cơ cấu; coi trọng chất lượng.",
			[]string{"công tác nhân sự chú ý tiêu chuẩn, cơ cấu", "coi trọng chất lượng"}},
	})
}

// TestAdditivePastDirective: "Đồng thời X chỉ đạo ..." right after a
// narrated "X đã chỉ đạo ..." goes on with the narration.
func TestAdditivePastDirective(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"after a narrated directive",
			"Ngay khi nhận được tin, Thủ tướng đã chỉ đạo gửi lời thăm hỏi gia đình nạn nhân.\n\nĐồng thời Thủ tướng chỉ đạo lãnh đạo tỉnh trực tiếp đến hiện trường.", nil},
		{"after no past directive it stands",
			"Thủ tướng biểu dương lực lượng cứu hộ.\n\nĐồng thời Thủ tướng chỉ đạo lãnh đạo tỉnh trực tiếp đến hiện trường.",
			[]string{"lãnh đạo tỉnh trực tiếp đến hiện trường"}},
	})
}
