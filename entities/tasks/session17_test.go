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
// the modal: no task.
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
	})
}
