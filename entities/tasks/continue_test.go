package tasks

import "testing"

// TestDirectiveContinuation: once a request has opened a directive, the
// sentences and paragraphs after it that go on with it are items too: an
// action verb opening the clause (after a connector or not), a plural of
// organs with a verb of effort after a connector, "Bên cạnh đó là" and
// "Trọng tâm là"; a narrated, negated or copular clause is none.
func TestDirectiveContinuation(t *testing.T) {
	const req = "UBND tỉnh Hòa Bình giao UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ."
	checkTaskCases(t, []taskCase{
		{"a connector and an action verb",
			req + "\n\nBên cạnh đó, lắp đặt hệ thống camera tại các ngã tư.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ", "lắp đặt hệ thống camera tại các ngã tư"}},
		{"a bare action verb, then Đồng thời + chỉ đạo",
			req + "\n\nBáo cáo kết quả rà soát về Sở Giao thông vận tải.\n\nĐồng thời, chỉ đạo lực lượng chức năng tăng cường tuần tra.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ", "Báo cáo kết quả rà soát về Sở Giao thông vận tải", "chỉ đạo lực lượng chức năng tăng cường tuần tra"}},
		{"Song song đó, an action verb",
			req + "\n\nSong song đó, thu hồi các giấy phép đã cấp sai.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ", "thu hồi các giấy phép đã cấp sai"}},
		{"a connector and a lower-case plural of organs",
			req + "\n\nMặt khác, các cơ quan chức năng trên địa bàn huyện khẩn trương kiểm tra các điểm trông giữ xe.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ", "các cơ quan chức năng trên địa bàn huyện khẩn trương kiểm tra các điểm trông giữ xe"}},
		{"Bên cạnh đó là, Trọng tâm là",
			req + "\n\nTrọng tâm là các chợ đầu mối.\n\nBên cạnh đó là các bến xe khách.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ", "Trọng tâm là các chợ đầu mối", "Bên cạnh đó là các bến xe khách"}},
		// negatives
		{"no directive before: an action verb sets nothing",
			"Chợ Lạc Sơn họp vào sáng chủ nhật.\n\nLắp đặt hệ thống camera tại các ngã tư.",
			nil},
		{"a narrated past stops the list",
			req + "\n\nBáo cáo kết quả đã được gửi về Sở trong tháng trước.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
		{"a negated verb after the noun: a subject",
			req + "\n\nBáo cáo tiến độ dự án không nêu kế hoạch cụ thể.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
		{"a copula after the noun: a subject",
			req + "\n\nTổng hợp hình phạt là ba năm tù.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
		{"a fronted clause before a narrated main clause",
			req + "\n\nTiếp thu ý kiến trên, cơ quan soạn thảo đã bổ sung một điều khoản.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
		{"a noun of the verb",
			req + "\n\nBáo cáo của Sở Giao thông vận tải nêu nhiều khó khăn.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
		{"a noun, a demonstrative and của",
			req + "\n\nCảnh báo trên của Sở Giao thông vận tải dẫn nguồn từ một trang tin.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
		{"a lower-case plural without a connector",
			req + "\n\nTheo thống kê, các cơ quan chức năng trên địa bàn huyện thường xuyên kiểm tra các điểm trông giữ xe.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
	})
}
