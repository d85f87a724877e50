package tasks

import "testing"

// TestQuotedModalOrder: a quoted sentence with a modal ("cần", "phải")
// whose attribution ends in a request verb ("chỉ đạo", "yêu cầu") is the
// speaker's order; attributed to a verb of reporting or opinion, it stays
// a quoted statement.
func TestQuotedModalOrder(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a direction after the quote",
			"Ông nói nhiều cán bộ còn né tránh việc kê khai. \"Những việc như vậy cần chấm dứt trong năm nay\", Bộ trưởng chỉ đạo.",
			[]string{"Những việc như vậy cần chấm dứt trong năm nay"}},
		{"a request after a dash",
			"\"Các xã phải hoàn thành kiểm kê rừng trước tháng 6\" - Chủ tịch tỉnh yêu cầu.",
			[]string{"Các xã phải hoàn thành kiểm kê rừng trước tháng 6"}},
		// no order
		{"a reporting verb",
			"\"Các xã cần thêm kinh phí để kiểm kê rừng\", Chủ tịch huyện cho biết.", nil},
		{"an opinion",
			"\"Doanh nghiệp phải chịu nhiều chi phí không chính thức\", ông Hùng nói.", nil},
	})
}

// TestCorrectiveActs: "Điều chỉnh" (adjust) and "Khắc phục" (remedy),
// verbs of correcting a defect, open a bare imperative that goes on with
// an open list of an inspection's requirements, as "Rà soát lại" does.
func TestCorrectiveActs(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"adjust, then review",
			"Đoàn giám sát yêu cầu nhà thầu xử lý các điểm sụt lún. Điều chỉnh lại quy trình bảo dưỡng mặt cầu. Rà soát lại nhân lực của đơn vị giám sát.",
			[]string{"nhà thầu xử lý các điểm sụt lún", "Điều chỉnh lại quy trình bảo dưỡng mặt cầu", "Rà soát lại nhân lực của đơn vị giám sát"}},
		{"remedy",
			"Sở yêu cầu các trường kiểm tra hệ thống phòng cháy.\nKhắc phục ngay các điểm rò điện trong ký túc xá.",
			[]string{"các trường kiểm tra hệ thống phòng cháy", "Khắc phục ngay các điểm rò điện trong ký túc xá"}},
		// no list open: a report
		{"no list",
			"Công ty cho biết đã hoàn thành ba hạng mục. Điều chỉnh thiết kế được phê duyệt trong tháng 3.", nil},
	})
}

// TestSaidAndRecommended: '"...", X nói và kiến nghị <what is asked>': a
// request joined to a quotation's attribution is the speaker's own, with
// an addressee after the verb or with none ("có" + what is wanted).
func TestSaidAndRecommended(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"có + what is wanted",
			"\"Việc kê khai vẫn nặng về hình thức\", Tổng Kiểm toán nói và kiến nghị có cơ chế xác minh tài sản của cán bộ.",
			[]string{"có cơ chế xác minh tài sản của cán bộ"}},
		{"an addressee",
			"\"Tiến độ còn chậm\", ông Tâm nói và đề nghị các huyện đẩy nhanh giải ngân.",
			[]string{"các huyện đẩy nhanh giải ngân"}},
		// a quoted opinion alone
		{"said only",
			"\"Cần có cơ chế xác minh tài sản\", ông Tâm nói.", nil},
	})
}

// TestAssuranceEndsRequest: after a request, a clause of the same speaker
// opening with a verb of assurance or belief ("khẳng định", "tin tưởng
// rằng"), after ";" or ", đồng thời", states; it is no item. A pledge
// ("khẳng định sẽ") and a second request go on as before.
func TestAssuranceEndsRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"after a semicolon",
			"Phó Thủ tướng mong muốn tỉnh tiếp tục phát huy thế mạnh du lịch; khẳng định Chính phủ luôn đồng hành cùng địa phương.",
			[]string{"tỉnh tiếp tục phát huy thế mạnh du lịch"}},
		{"after đồng thời",
			"Bộ trưởng đề nghị các trường chủ động tuyển sinh sớm, đồng thời tin tưởng rằng ngành giáo dục tỉnh sẽ hoàn thành kế hoạch.",
			[]string{"các trường chủ động tuyển sinh sớm"}},
		// going on
		{"a second request",
			"Bộ trưởng đề nghị các trường chủ động tuyển sinh sớm; rà soát lại đội ngũ giáo viên.",
			[]string{"các trường chủ động tuyển sinh sớm", "rà soát lại đội ngũ giáo viên"}},
	})
}

// TestCommitmentNoun: "cam kết", "hứa" after a classifier, a determiner
// or a nominalizer ("bản cam kết", "các cam kết", "sự cam kết", "việc
// hứa") is a noun: the paper signed or the commitment talked about, no
// promise made; said by a named speaker it is still one.
func TestCommitmentNoun(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"the paper signed",
			"Ông Hải đã ký bản cam kết cho doanh nghiệp tư nhân được thu phí bến xe.", nil},
		{"a determiner",
			"Bộ trưởng cho biết Nhật Bản sẽ giữ các cam kết hiện tại, gồm khoản vay ưu đãi cho dự án.", nil},
		{"a nominalizer",
			"Việc hứa cải cách thủ tục có phần giống bài phát biểu năm ngoái của ông.", nil},
		// a promise
		{"a named speaker",
			"Giám đốc Sở Giao thông cam kết sẽ thông xe cầu Bình Lợi trong tháng 9.",
			[]string{"thông xe cầu Bình Lợi trong tháng 9"}},
	})
}

// TestFrontedThenBelief: "Nhấn mạnh X, <speaker> tin tưởng rằng ...": after
// a fronted clause, a main clause of belief with "rằng" is no part of the
// item; a passive relative ("được Đảng, Nhà nước tin tưởng giao phó") is
// no such clause.
func TestFrontedThenBelief(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a belief after the fronted clause",
			"Bộ trưởng đề nghị ngành y tế tiếp tục nâng cao chất lượng khám bệnh.\nNhấn mạnh sự cần thiết phải tăng cường y tế cơ sở, Bộ trưởng, Trưởng ban tin tưởng rằng ngành sẽ hoàn thành các chỉ tiêu.",
			[]string{"ngành y tế tiếp tục nâng cao chất lượng khám bệnh", "Nhấn mạnh sự cần thiết phải tăng cường y tế cơ sở"}},
		{"a passive relative",
			"Tân Bộ trưởng hứa sẽ phấn đấu hoàn thành tốt nhiệm vụ được Chính phủ, nhân dân tin tưởng giao phó.",
			[]string{"phấn đấu hoàn thành tốt nhiệm vụ được Chính phủ, nhân dân tin tưởng giao phó"}},
	})
}

// TestOnlySoFar: in an open list, a sentence under a dated frame goes on
// as one more task unless it reports ("đã"); "chỉ mới" before the verb
// (only so far) reports how little is done, as "đã" does.
func TestOnlySoFar(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"only so far",
			"Chủ tịch tỉnh yêu cầu các huyện đẩy nhanh giải phóng mặt bằng.\nTrong năm 2019, huyện Tân Lạc chỉ mới bàn giao 12 ha cho nhà đầu tư.",
			[]string{"các huyện đẩy nhanh giải phóng mặt bằng"}},
		// one more task
		{"a dated frame",
			"Chủ tịch tỉnh yêu cầu các huyện đẩy nhanh giải phóng mặt bằng.\nTrong năm 2019, huyện Tân Lạc bàn giao 12 ha cho nhà đầu tư.",
			[]string{"các huyện đẩy nhanh giải phóng mặt bằng", "Trong năm 2019, huyện Tân Lạc bàn giao 12 ha cho nhà đầu tư"}},
	})
}
