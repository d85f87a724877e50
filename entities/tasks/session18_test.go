package tasks

import "testing"

// TestPastOrderJoinedOrCounted: an order reported as given by a named
// body stands also after "đã <verb> và" ("Chính phủ đã họp và yêu cầu
// ...") and with a counted plural of bodies for its addressee ("đã yêu
// cầu 3 công ty này ..."); a lower-case subject, a speech verb between the
// marker and "và", a past year in front and a count of things set none.
func TestPastOrderJoinedOrCounted(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a meeting then a request",
			"Tuần trước, Chính phủ đã họp và yêu cầu TP Cần Thơ thực hiện theo kết luận của đoàn kiểm tra.",
			[]string{"TP Cần Thơ thực hiện theo kết luận của đoàn kiểm tra"}},
		{"an inspection then an order",
			"Đoàn công tác của Bộ Xây dựng đã kiểm tra và chỉ đạo các sở hoàn thành hồ sơ trong tháng 9.",
			[]string{"các sở hoàn thành hồ sơ trong tháng 9"}},
		{"a counted addressee",
			"Đến nay, TP. Huế đã yêu cầu 3 công ty này đổi mới dây chuyền sản xuất.",
			[]string{"3 công ty này đổi mới dây chuyền sản xuất"}},
		// negatives
		{"a lower-case subject",
			"Lãnh đạo bến xe đã họp và yêu cầu 20 xe khách rời bến ngay trong đêm.", nil},
		{"a speech verb before and",
			"Chính phủ đã cho biết và yêu cầu TP Cần Thơ thực hiện theo kết luận của đoàn kiểm tra.", nil},
		{"under a past year",
			"Năm 2015, Chính phủ đã họp và yêu cầu TP Cần Thơ thực hiện theo kết luận của đoàn kiểm tra.", nil},
		{"a count of things",
			"Đến nay, TP. Huế đã yêu cầu 3 lần về việc đổi mới dây chuyền sản xuất.", nil},
	})
}

// TestExampleTasksSplit: a "như:" list inside a request whose parts open
// with a verb holds tasks: the request before "như" is one item and each
// part another, a verbless part too (a head that ends with a noun of
// tasks, "những việc như:", only introduces them); a list of noun or
// subject-first examples stays in its item.
func TestExampleTasksSplit(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"examples that are tasks",
			"Chủ tịch tỉnh yêu cầu các sở thực hiện các nội dung mà đoàn kiểm tra đã yêu cầu như: tại khu dân cư phải xây tường rào; bố trí thêm bình chữa cháy; khoảng cách giữa hai kho tối thiểu là 5 m.",
			[]string{"các sở thực hiện các nội dung mà đoàn kiểm tra đã yêu cầu", "tại khu dân cư phải xây tường rào", "bố trí thêm bình chữa cháy", "khoảng cách giữa hai kho tối thiểu là 5 m"}},
		{"a list introduced by a task noun",
			"Chủ tịch tỉnh yêu cầu các sở tập trung vào các nhiệm vụ như: rà soát quy hoạch; kiểm tra các dự án chậm tiến độ; xử lý vi phạm.",
			[]string{"rà soát quy hoạch", "kiểm tra các dự án chậm tiến độ", "xử lý vi phạm"}},
		{"a head of a task noun",
			"Các đội cần làm tốt những việc như: tuần tra ban đêm; tăng cường kiểm tra nồng độ cồn.",
			[]string{"tuần tra ban đêm", "tăng cường kiểm tra nồng độ cồn"}},
		// negatives
		{"subject-first examples",
			"Chủ tịch tỉnh yêu cầu các sở khắc phục các hạn chế như: cán bộ thì né tránh; doanh nghiệp thì chờ đợi; người dân thì thờ ơ.",
			[]string{"các sở khắc phục các hạn chế như: cán bộ thì né tránh; doanh nghiệp thì chờ đợi; người dân thì thờ ơ"}},
		{"noun examples",
			"Đề án phải làm rõ những điểm chính như: thẩm quyền ban hành; sự đồng bộ của chính sách; lộ trình áp dụng.",
			[]string{"Đề án phải làm rõ những điểm chính như: thẩm quyền ban hành; sự đồng bộ của chính sách; lộ trình áp dụng"}},
	})
}
