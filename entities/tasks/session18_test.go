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
