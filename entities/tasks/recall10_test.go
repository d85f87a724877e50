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

// TestAbsoluteOpener: a paragraph opening with the adverb "Tuyệt đối"
// before its verb goes on with an open request's list, like "Luôn" or
// "Không ngừng"; with no request open it sets nothing.
func TestAbsoluteOpener(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"after a request",
			"Bộ trưởng đề nghị Đại tá Nguyễn Văn An tiếp tục giữ vững phẩm chất của người chỉ huy.\n\nTuyệt đối trung thành với Tổ quốc, hết lòng phục vụ nhân dân. Phấn đấu hoàn thành tốt mọi nhiệm vụ được giao.",
			[]string{"Đại tá Nguyễn Văn An tiếp tục giữ vững phẩm chất của người chỉ huy", "Tuyệt đối trung thành với Tổ quốc, hết lòng phục vụ nhân dân", "Phấn đấu hoàn thành tốt mọi nhiệm vụ được giao"}},
		// negatives
		{"with no request open",
			"Buổi lễ diễn ra trang trọng tại hội trường.\n\nTuyệt đối không có sự cố nào xảy ra trong buổi lễ.", nil},
	})
}

// TestQuotedSeries: quotations joined by ";" after an item ('theo tinh
// thần "A"; "B"') are its slogans, in the item; a ";" before a clause still
// splits.
func TestQuotedSeries(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"slogans after the spirit",
			`Thủ tướng yêu cầu các bộ triển khai nhiệm vụ theo tinh thần "đi trước, làm mẫu"; "việc hôm nay không để ngày mai".`,
			[]string{`các bộ triển khai nhiệm vụ theo tinh thần "đi trước, làm mẫu"; "việc hôm nay không để ngày mai"`}},
		// negatives
		{"a clause after the quotation",
			`Thủ tướng yêu cầu các bộ hoàn thành "dự án nhà ở xã hội"; các xã báo cáo tiến độ hằng tuần.`,
			[]string{`các bộ hoàn thành "dự án nhà ở xã hội"`, `các xã báo cáo tiến độ hằng tuần`}},
	})
}

// TestNeedOfSupport: "cần sự <noun>" needs someone's support, a noun
// after "sự", and sets no task; "cần" before a verb still does.
func TestNeedOfSupport(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a modal before a verb",
			"Bí thư Thành ủy nhấn mạnh các lực lượng cần phối hợp chặt chẽ để giữ vững an ninh.",
			[]string{"các lực lượng cần phối hợp chặt chẽ để giữ vững an ninh"}},
		// negatives
		{"need of a body's support",
			"Việc bảo đảm an ninh trật tự rất quan trọng, cần sự vào cuộc của cả hệ thống chính trị.", nil},
		{"need of the people's response",
			"Ngoài nỗ lực của Nhà nước, cần sự hưởng ứng của người dân.", nil},
	})
}

// TestCautionVerbPhrase: a speaker's "lưu ý" right before a bare verb
// phrase sets it as a task; before a forecast ("lưu ý sẽ ...") or a
// content clause ("lưu ý rằng ...") it does not.
func TestCautionVerbPhrase(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a caution before a verb phrase",
			"Bộ trưởng lưu ý triển khai thực hiện khẩn trương nhưng thận trọng việc sáp nhập các trường.",
			[]string{"triển khai thực hiện khẩn trương nhưng thận trọng việc sáp nhập các trường"}},
		{"a caution before a focus verb",
			"Chủ tịch tỉnh lưu ý tập trung kiểm soát chặt chẽ giá vật liệu xây dựng.",
			[]string{"tập trung kiểm soát chặt chẽ giá vật liệu xây dựng"}},
		// negatives
		{"a forecast",
			"Bộ trưởng lưu ý sẽ xuất hiện nhiều dịch bệnh sau mùa mưa.", nil},
		{"a content clause",
			"Bác sĩ lưu ý rằng trẻ nhỏ dễ mất nước khi sốt cao.", nil},
	})
}

// TestNamedOrganGoesOn: in the paragraph of a directive's list, a sentence
// opening with a named organ and any verb ("Bộ X phối hợp với Bộ Y ...")
// is one more item; with no list open it is a report.
func TestNamedOrganGoesOn(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a ministry after an assignment",
			"Thủ tướng giao Bộ Tài chính rà soát các khoản chi. Bộ Kế hoạch và Đầu tư phối hợp với Bộ Tài chính tổng hợp báo cáo.",
			[]string{"Bộ Tài chính rà soát các khoản chi", "Bộ Kế hoạch và Đầu tư phối hợp với Bộ Tài chính tổng hợp báo cáo"}},
		// negatives
		{"with no list open",
			"Hội nghị diễn ra tại Hà Nội. Bộ Kế hoạch và Đầu tư phối hợp với Bộ Tài chính tổng hợp báo cáo.", nil},
	})
}

// TestExampleList: after "như:" the parts joined by ";" are examples of
// one item, kept in it; a part that opens with a verb makes the parts
// tasks of their own (see TestExampleTasksSplit).
func TestExampleList(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"examples of the contents",
			"Đề án phải làm rõ những vấn đề như: thẩm quyền ban hành văn bản; sự phù hợp của chính sách với pháp luật.",
			[]string{"Đề án phải làm rõ những vấn đề như: thẩm quyền ban hành văn bản; sự phù hợp của chính sách với pháp luật"}},
		// negatives
		{"a verb after the semicolon",
			"Các đội cần làm tốt những việc như: tuần tra ban đêm; tăng cường kiểm tra nồng độ cồn.",
			[]string{"tuần tra ban đêm", "tăng cường kiểm tra nồng độ cồn"}},
	})
}

// TestCategoryRelative: a modal after "thuộc diện" describes the category
// ("các đơn vị thuộc diện phải sáp nhập"), a relative clause, no task; a
// modal of the main clause after it still sets one.
func TestCategoryRelative(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a modal of the main clause",
			"Các đơn vị thuộc diện sáp nhập phải hoàn thành bàn giao tài sản trước ngày 31/3.",
			[]string{"Các đơn vị thuộc diện sáp nhập phải hoàn thành bàn giao tài sản trước ngày 31/3"}},
		// negatives
		{"a decision on the category",
			"Tỉnh ủy đã có chủ trương tạm dừng bổ nhiệm ở các đơn vị thuộc diện dự kiến phải sáp nhập.", nil},
	})
}

// TestAnnouncedItemLeadIn: after an announced list, "Trong đó có việc"
// opening a sentence is dropped and the verb phrase after it is an item;
// with no list announced it sets nothing.
func TestAnnouncedItemLeadIn(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"an item after an announcement",
			"Bộ trưởng nhấn mạnh một số nội dung các sở cần thực hiện. Trong đó có việc tiếp tục rà soát thủ tục hành chính.",
			[]string{"tiếp tục rà soát thủ tục hành chính"}},
		// negatives
		{"no list announced",
			"Hội nghị có nhiều tham luận. Trong đó có việc tiếp tục rà soát thủ tục hành chính.", nil},
	})
}

// TestNeedNow: "đang (rất) cần" states a need the subject has now, not a
// task set for it; a bare "cần" after a request still sets one.
func TestNeedNow(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a modal after a request",
			"Chủ tịch tỉnh yêu cầu các huyện cần tập trung nguồn vốn cho đường giao thông nông thôn.",
			[]string{"các huyện cần tập trung nguồn vốn cho đường giao thông nông thôn"}},
		// negatives
		{"a need now, after a lead-in",
			"Trước mắt huyện đang rất cần những khảo sát kỹ lưỡng, làm căn cứ để ban hành kế hoạch.", nil},
		{"a need now, a thing",
			"Theo ông, thành phố đang cần thêm nguồn vốn cho các tuyến đường mới.", nil},
	})
}
