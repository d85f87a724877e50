package tasks

import "testing"

// TestRequestJoinedToStatement: a sentence opened by a copular statement
// ("Đây là", "Đó là") or closed by a quote's attribution ('"...", ông
// nói') still sets the request of a clause joined to it by "và" with an
// addressee after the request verb; a conditional opener, a noun pair and
// a plain attribution set none.
func TestRequestJoinedToStatement(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a request after a statement",
			"Đây là vụ việc rất nghiêm trọng, và Bộ trưởng đã đề nghị Chánh án Tòa án nhân dân tỉnh chỉ đạo xem xét lại bản án.",
			[]string{"Chánh án Tòa án nhân dân tỉnh chỉ đạo xem xét lại bản án"}},
		{"a request after a statement, a name with its marks",
			"Đó là sai phạm kéo dài, và Bộ trưởng Bộ LĐ-TB & XH đã kiến nghị Viện trưởng viện kiểm sát tỉnh chỉ đạo kháng nghị bản án.",
			[]string{"Viện trưởng viện kiểm sát tỉnh chỉ đạo kháng nghị bản án"}},
		{"a request after an attribution",
			"\"Một bộ phận học sinh vi phạm pháp luật\", ông nói và đề nghị Đoàn phải tạo sức đề kháng cho học sinh trước thông tin xấu.",
			[]string{"Đoàn phải tạo sức đề kháng cho học sinh trước thông tin xấu"}},
		// negatives
		{"a statement of a noun pair",
			"Đây là nhiệm vụ và yêu cầu cấp bách của toàn ngành trong năm nay.", nil},
		{"a statement with no request",
			"Đây là vụ việc rất nghiêm trọng, và Bộ trưởng đã có mặt tại hiện trường từ sáng sớm.", nil},
		{"a plain attribution",
			"\"Các trường cần chủ động hơn nữa\", ông nói và cho biết sẽ kiểm tra vào tháng tới.", nil},
	})
}

// TestNotNecessarily: "không nhất thiết phải" (not necessarily) denies
// the modal, and "chỉ cần" (only need) says what is enough: no task.
func TestNotNecessarily(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a plain modal",
			"Chủ tịch tỉnh yêu cầu các xã phải trồng cỏ cho sân bóng trước tháng 6.",
			[]string{"các xã phải trồng cỏ cho sân bóng trước tháng 6"}},
		// negatives
		{"not necessarily",
			"Sân bóng ở xã không nhất thiết phải trồng cỏ như sân vận động quốc gia.", nil},
		{"not yet necessarily",
			"Các trường chưa nhất thiết phải mua thêm thiết bị trong năm nay.", nil},
		{"only need a thing",
			"Việc làm sân bóng cho xã chỉ cần máy san ủi và vài ngày công.", nil},
		{"only need to act, a condition",
			"Người dùng chỉ cần đưa thẻ lại gần máy đọc là hoàn tất thủ tục.", nil},
	})
}

// TestModalInWhenClause: a modal inside a "khi" clause that follows a
// main clause's predicate ("X bức xúc khi công ty buộc họ phải ...") is
// the situation the main clause is in, no task; a fronted "Khi ...," or
// "Sau khi", a "khi" with no subject of its own and a request before
// "khi" leave the modal its task.
func TestModalInWhenClause(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a fronted when clause",
			"Khi thi công công trình, các đơn vị phải bảo đảm an toàn cho người dân.",
			[]string{"Khi thi công công trình, các đơn vị phải bảo đảm an toàn cho người dân"}},
		{"a when clause with no subject",
			"Các đơn vị khi triển khai dự án phải khảo sát kỹ hiện trạng.",
			[]string{"Các đơn vị khi triển khai dự án phải khảo sát kỹ hiện trạng"}},
		// negatives
		{"the situation of a main clause",
			"Hàng trăm hộ dân bức xúc khi công ty buộc họ phải dỡ bỏ nhà tạm trên khu đất.", nil},
		{"a story's hardship",
			"Cuộc sống của người dân bị đảo lộn khi chính quyền địa phương phải di dời cả khu chợ.", nil},
	})
}

// TestQuestionNoTask: a sentence ending with a question mark asks; it
// sets no task, even after a request.
func TestQuestionNoTask(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a request, then a question",
			"Đại biểu đề nghị các sở làm rõ nguyên nhân chậm tiến độ. \"Các sở, ngành tham mưu cho thành phố như thế nào?\"",
			[]string{"các sở làm rõ nguyên nhân chậm tiến độ"}},
		// negatives
		{"a modal question",
			"Vậy người dân cần phải làm gì để phòng bệnh?", nil},
		{"a why question",
			"Tại sao xã phải huy động cả hệ thống vào cuộc?", nil},
	})
}

// TestAdditiveOwnRequest: in an open list, "Đồng thời, <subject> đề
// nghị <VP>" goes on with it; the item is what is asked, without the
// subject and its request verb. A lower-case subject with a verb of its
// own keeps the whole clause.
func TestAdditiveOwnRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a request under an additive",
			"Ban tổ chức đề nghị các đoàn chỉ mang băng tang, không mang vòng hoa. Đồng thời, gia đình đề nghị tổ chức lễ truy điệu tại quê nhà.",
			[]string{"các đoàn chỉ mang băng tang, không mang vòng hoa", "tổ chức lễ truy điệu tại quê nhà"}},
		{"a subject with its own verb",
			"Chủ tịch tỉnh yêu cầu các sở rà soát hồ sơ dự án. Đồng thời, các huyện báo cáo kết quả trước ngày 15/6.",
			[]string{"các sở rà soát hồ sơ dự án", "các huyện báo cáo kết quả trước ngày 15/6"}},
	})
}

// TestQuocHoiNotSeminar: "Quốc hội thảo luận" (the National Assembly
// debates) holds no seminar ("hội thảo" read across a word's end): the
// article is not an opinion genre, and a bare modal sentence sets a task;
// in a seminar's article it is an opinion.
func TestQuocHoiNotSeminar(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"the National Assembly debates",
			"Sáng 16/4, Quốc hội thảo luận về tình hình kinh tế - xã hội. Các bộ, ngành cần đẩy nhanh giải ngân vốn đầu tư công.",
			[]string{"Các bộ, ngành cần đẩy nhanh giải ngân vốn đầu tư công"}},
		// negatives
		{"a seminar",
			"Sáng 16/4, Viện Kinh tế tổ chức hội thảo về tình hình kinh tế - xã hội. Các bộ, ngành cần đẩy nhanh giải ngân vốn đầu tư công.", nil},
	})
}
