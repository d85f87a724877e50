package tasks

import "testing"

// TestFrontedReport: after a directive's list, a verb-first sentence whose
// fronted frame closes at a comma and whose main clause has a subject of
// its own narrates: a past or progressive marker after the subject, or a
// frame of carrying out a direction before a capitalized subject or a
// date, ends the list. A series of verbs after the comma, or a past marker
// in a relative clause after a verb, goes on with it.
func TestFrontedReport(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a past main clause after a frame of carrying out",
			"Bộ trưởng yêu cầu các sở rà soát hồ sơ đất đai. Thực hiện chỉ đạo của Bộ trưởng, Sở Xây dựng, Sở Tài chính đã tập trung lập danh sách các dự án.",
			[]string{"các sở rà soát hồ sơ đất đai"}},
		{"a topic frame and a progress report",
			"Phó Thủ tướng đề nghị tỉnh Nam Hà hoàn thành giải phóng mặt bằng trong quý III.\n\nĐối với các dự án cảng biển, dự án cảng số 2 đã đạt 40% khối lượng nhưng còn vướng mặt bằng.",
			[]string{"tỉnh Nam Hà hoàn thành giải phóng mặt bằng trong quý III"}},
		{"a speech verb then a past marker",
			"Bộ trưởng đề nghị các tỉnh kiểm soát khai thác khoáng sản. Đối với cát sông, ông Minh nói đã khảo sát ở ba tỉnh ven biển.",
			[]string{"các tỉnh kiểm soát khai thác khoáng sản"}},
		{"a carried-out direction and a named subject",
			"Thủ tướng yêu cầu các bộ báo cáo trước ngày 15/3. Thực hiện ý kiến của Ban cán sự, Bộ Tài chính có văn bản gửi các địa phương.",
			[]string{"các bộ báo cáo trước ngày 15/3"}},
		// going on with the list
		{"a series of verbs",
			"Đại tướng yêu cầu các đơn vị làm tốt các nhiệm vụ. Quán triệt chỉ đạo, hướng dẫn của cấp trên, cụ thể hóa các văn bản chỉ đạo.",
			[]string{"các đơn vị làm tốt các nhiệm vụ", "Quán triệt chỉ đạo, hướng dẫn của cấp trên, cụ thể hóa các văn bản chỉ đạo"}},
		{"a relative past after a verb",
			"Chủ tịch tỉnh yêu cầu các huyện chủ động ứng phó mưa lũ. Tập trung cao cho công tác cứu hộ, cứu nạn, bằng mọi cách đưa 5 người dân đang mắc kẹt tới nơi an toàn.",
			[]string{"các huyện chủ động ứng phó mưa lũ", "Tập trung cao cho công tác cứu hộ, cứu nạn, bằng mọi cách đưa 5 người dân đang mắc kẹt tới nơi an toàn"}},
		{"a list of resolutions and what they set",
			"Bí thư đề nghị các cấp ủy phát huy kết quả đạt được. Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XIII, Nghị quyết Đại hội tỉnh nhiệm kỳ 2020 – 2025 đã đề ra.",
			[]string{"các cấp ủy phát huy kết quả đạt được", "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XIII, Nghị quyết Đại hội tỉnh nhiệm kỳ 2020 – 2025 đã đề ra"}},
	})
}

// TestLawFrame: a modal under a fronted "Theo" and a legal instrument
// (a law, a decree, a draft, regulations) states what the rule requires:
// no task. A resolution or a plan framed the same way, or the rule named
// inside the clause, keeps the modal's task.
func TestLawFrame(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a law",
			"Theo Luật Giao thông đường thủy, người lái ca nô phải mặc áo phao khi ra khơi.", nil},
		{"a decree",
			"Theo Nghị định 99/2025/NĐ-CP, việc thành lập quỹ từ thiện phải có ít nhất ba sáng lập viên.", nil},
		{"a draft",
			"Theo dự thảo, các cơ sở đào tạo lái xe cần lắp thiết bị giám sát thời gian học.", nil},
		{"regulations of an exam",
			"Theo quy chế tuyển sinh của Bộ, thí sinh cần nộp hồ sơ trước ngày 20/7.", nil},
		// kept
		{"a resolution frames a programme",
			"Theo Nghị quyết, các địa phương cần hoàn thành sắp xếp bộ máy trong quý III.",
			[]string{"các địa phương cần hoàn thành sắp xếp bộ máy trong quý III"}},
		{"the law inside the clause",
			"Bộ trưởng cho rằng các địa phương cần thực hiện đúng theo Luật Đất đai.",
			[]string{"các địa phương cần thực hiện đúng theo Luật Đất đai"}},
	})
}

// TestNominalOrPowerDirective: a request verb after the nominalizer
// "việc" ("việc đề nghị truy tố X") names a proposal, and one after
// "quyền" ("có quyền yêu cầu X") a power held: nothing is asked.
func TestNominalOrPowerDirective(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a proposal named",
			"Bộ trưởng Ngoại giao cho biết việc đề nghị dẫn độ nghi phạm này là phù hợp với luật pháp quốc tế.", nil},
		{"a power held",
			"Khi bản án có hiệu lực, UBND tỉnh Bình An có quyền yêu cầu các bị cáo hoàn trả số tiền đã chiếm đoạt.", nil},
		{"a document about a proposal",
			"Sở Nội vụ có tờ trình gửi UBND tỉnh về việc đề nghị bổ nhiệm lại ông Trần Văn B giữ chức Phó Giám đốc Sở.", nil},
		// kept
		{"a request made",
			"Chủ tịch UBND tỉnh Bình An yêu cầu các sở hoàn thành việc rà soát trước ngày 30/6.",
			[]string{"các sở hoàn thành việc rà soát trước ngày 30/6"}},
	})
}

// TestCourtMotion: a proposal whose object opens with a court addressed
// or a step of a case (prosecution, a sentence, an appeal) is a motion in
// that case, no task; a steering body's order to prosecute and try cases,
// and a proposal to an executive body, stand.
func TestCourtMotion(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a prosecutor asks the trial panel",
			"Tại phần luận tội, đại diện VKS đề nghị HĐXX tuyên phạt bị cáo Lê Văn C từ 7 đến 8 năm tù.", nil},
		{"investigators propose prosecution",
			"Cơ quan Cảnh sát điều tra Bộ Công an đề nghị truy tố 9 bị can về tội vi phạm quy định về đấu thầu.", nil},
		{"a lawyer asks the court",
			"Luật sư bào chữa đề nghị tòa xem xét các tình tiết giảm nhẹ cho thân chủ.", nil},
		{"a sentence proposed",
			"Từ đó, VKS đề nghị mức án 3-4 năm tù đối với bị cáo.", nil},
		// kept
		{"a steering body's order",
			"Ban Chỉ đạo yêu cầu các cơ quan tố tụng khẩn trương truy tố, xét xử nghiêm minh các vụ án tham nhũng.",
			[]string{"các cơ quan tố tụng khẩn trương truy tố, xét xử nghiêm minh các vụ án tham nhũng"}},
		{"a proposal to a province",
			"Bộ Công an đề nghị UBND tỉnh Bình An chỉ đạo rà soát các dự án có dấu hiệu vi phạm.",
			[]string{"UBND tỉnh Bình An chỉ đạo rà soát các dự án có dấu hiệu vi phạm"}},
	})
}

// TestCaseReport: a text that names the accused densely reports a trial
// or an investigation: what the story tells of them sets no task. A
// meeting's directions that mention a case or two stand.
func TestCaseReport(t *testing.T) {
	trial := "Ngày 5/3, TAND tỉnh Bình An mở phiên tòa xét xử bị cáo Lê Văn C và 5 bị cáo khác. " +
		"Theo cáo trạng, bị cáo C đã chỉ đạo kế toán lập chứng từ khống. " +
		"Bị cáo D khai phải nhờ người quen tìm mua hóa đơn để hợp thức chi phí. " +
		"Tại tòa, các bị cáo đều thừa nhận hành vi. " +
		"Sau khi nghị án, HĐXX tuyên bị cáo C 12 năm tù; bị cáo C phải bồi thường 3 tỷ đồng cho ngân sách. " +
		"Chủ tịch UBND tỉnh đề nghị các sở rà soát lại các gói thầu liên quan."
	meeting := "Chủ tịch UBND tỉnh chủ trì phiên họp Ban Chỉ đạo phòng, chống tham nhũng của tỉnh. " +
		"Ban Chỉ đạo cho biết vụ án tại Sở Y tế đã xét xử sơ thẩm, 5 bị cáo bị tuyên phạt tù. " +
		"Chủ tịch UBND tỉnh yêu cầu các sở rà soát lại các gói thầu mua sắm thiết bị y tế trong năm 2025. " +
		"Các huyện cần công khai kết quả xử lý sai phạm trên cổng thông tin điện tử của huyện. " +
		"Đồng thời tăng cường kiểm tra, giám sát việc sử dụng ngân sách tại các đơn vị sự nghiệp công lập trên địa bàn tỉnh."
	checkTaskCases(t, []taskCase{
		{"a trial", trial, nil},
		{"a meeting mentioning a case", meeting, []string{
			"các sở rà soát lại các gói thầu mua sắm thiết bị y tế trong năm 2025",
			"Các huyện cần công khai kết quả xử lý sai phạm trên cổng thông tin điện tử của huyện",
			"tăng cường kiểm tra, giám sát việc sử dụng ngân sách tại các đơn vị sự nghiệp công lập trên địa bàn tỉnh"}},
	})
}

// TestStanceOpeners: "Kiên định", "Kiên trì" (hold firm to, persist in)
// open bare imperatives of a programme, as "Kiên quyết" does: paragraphs
// of them go on with the list a modal opened.
func TestStanceOpeners(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a programme after a modal",
			"Để thực hiện thắng lợi các mục tiêu đã đề ra, toàn Đảng, toàn dân cần nỗ lực phấn đấu hơn nữa.\n\nKiên định đường lối đổi mới của Đảng.\n\nKiên trì chính sách đối ngoại hòa bình, hữu nghị, hợp tác và phát triển.",
			[]string{"toàn dân cần nỗ lực phấn đấu hơn nữa", "Kiên định đường lối đổi mới của Đảng", "Kiên trì chính sách đối ngoại hòa bình, hữu nghị, hợp tác và phát triển"}},
		{"narration",
			"Ông Nguyễn Văn A sinh năm 1960 tại Nam Định.\n\nKiên trì theo đuổi nghề giáo suốt 30 năm, ông được nhiều thế hệ học trò quý mến.", nil},
	})
}

// TestCaptionAfterOneItem: a photo caption with a final stop between a
// speaker's one-item paragraph and the bare imperatives that go on with
// it interrupts nothing; narration after the caption still ends the list.
func TestCaptionAfterOneItem(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a caption inside the list",
			"Phát biểu tại buổi lễ, Chủ tịch nước lưu ý, đồng chí Trần Văn B cần chăm lo xây dựng các cấp ủy trong sạch, vững mạnh.\n\nĐồng chí Nguyễn Văn C, Trưởng Ban Tổ chức Trung ương chúc mừng Thượng tướng Trần Văn B.\n\nQuan tâm giáo dục, đào tạo, bồi dưỡng cán bộ, chiến sĩ trong toàn quân.",
			[]string{"đồng chí Trần Văn B cần chăm lo xây dựng các cấp ủy trong sạch, vững mạnh", "Quan tâm giáo dục, đào tạo, bồi dưỡng cán bộ, chiến sĩ trong toàn quân"}},
		{"narration after the caption",
			"Phát biểu tại buổi lễ, Chủ tịch nước lưu ý, đồng chí Trần Văn B cần chăm lo xây dựng các cấp ủy trong sạch, vững mạnh.\n\nĐồng chí Nguyễn Văn C, Trưởng Ban Tổ chức Trung ương chúc mừng Thượng tướng Trần Văn B.\n\nThượng tướng Trần Văn B bày tỏ vinh dự khi được giao trọng trách mới.",
			[]string{"đồng chí Trần Văn B cần chăm lo xây dựng các cấp ủy trong sạch, vững mạnh"}},
	})
}

// TestBeforeRequestNoun: "trước" before a request word is the
// preposition "in the face of" and the word a noun ("Trước yêu cầu ngày
// càng cao ..."): nothing is asked; the modal clause after it stands.
func TestBeforeRequestNoun(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a demand faced, a first-person vow",
			"Chủ tịch tỉnh nhấn mạnh: “Trước yêu cầu ngày càng cao của sự nghiệp phát triển, tôi sẽ nỗ lực hết sức mình”.", nil},
		{"a demand faced, then a modal",
			"Bí thư lưu ý trước yêu cầu phát triển nhanh và bền vững, đòi hỏi đội ngũ cán bộ phải thực sự năng động, sáng tạo.",
			[]string{"đội ngũ cán bộ phải thực sự năng động, sáng tạo"}},
	})
}

// TestNeedInNouns: "cần" as the first syllable of a noun ("cần cẩu", a
// crane; "cần sa", cannabis) is no modal.
func TestNeedInNouns(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a crane",
			"Chủ tịch tỉnh yêu cầu các sở kiểm tra cảng. Tại cảng Bình An, 2 cần cẩu bị đổ, 5 tàu bị đắm.",
			[]string{"các sở kiểm tra cảng"}},
		{"cannabis",
			"Công an tỉnh đã thu giữ hơn 3 tấn cần sa và nhiều vật chứng liên quan.", nil},
		// kept
		{"a modal before a noun",
			"Chủ tịch tỉnh nhấn mạnh các sở cần sáng tạo hơn trong quản lý cảng.",
			[]string{"các sở cần sáng tạo hơn trong quản lý cảng"}},
	})
}
