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
		{"a paragraph with a bare request to an organ noun",
			req + "\n\nĐề nghị cấp có thẩm quyền xem xét trách nhiệm của các cá nhân liên quan.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ", "cấp có thẩm quyền xem xét trách nhiệm của các cá nhân liên quan"}},
		{"a manner adverbial opening the imperative, then an opener",
			req + "\n\nBằng mọi biện pháp tiếp cận các khu dân cư bị cô lập.\n\nChủ động bố trí lực lượng canh gác tại các ngầm, tràn.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ", "Bằng mọi biện pháp tiếp cận các khu dân cư bị cô lập", "Chủ động bố trí lực lượng canh gác tại các ngầm, tràn"}},
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
		{"a bare request verb as a noun",
			req + "\n\nĐề nghị này được nhiều cử tri đồng tình.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
		{"a noun of the verb",
			req + "\n\nBáo cáo của Sở Giao thông vận tải nêu nhiều khó khăn.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
		{"a noun, a demonstrative and của",
			req + "\n\nCảnh báo trên của Sở Giao thông vận tải dẫn nguồn từ một trang tin.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
		{"a lower-case plural after a connector, in a wish's list",
			"Lãnh đạo huyện chúc các thầy cô giáo phấn đấu hoàn thành tốt nhiệm vụ.\n\nBên cạnh đó, các đồn biên phòng tăng cường phối hợp với các trường học.",
			[]string{"phấn đấu hoàn thành tốt nhiệm vụ"}},
		{"a lower-case plural without a connector",
			req + "\n\nTheo thống kê, các cơ quan chức năng trên địa bàn huyện thường xuyên kiểm tra các điểm trông giữ xe.",
			[]string{"UBND huyện Lạc Sơn chủ trì rà soát các tuyến đường xung quanh chợ"}},
	})
}

// TestPluralOrgContinuation: in a directive's open list, a paragraph
// opening with a plural of a capitalized organization ("Các Trung tâm X")
// and its verb, an act verb too, is one more item; a sign glued inside the
// name ("X&Y", "1/6") does not end it, and a stance word after the verb
// ("ưu tiên phân tích") blocks nothing.
func TestPluralOrgContinuation(t *testing.T) {
	const req = "Cục Thú y đề nghị các đơn vị lấy mẫu nước tại các vùng nuôi."
	checkTaskCases(t, []taskCase{
		{"Các Trung tâm + an act verb",
			req + "\n\nCác Trung tâm Thú y vùng tiếp nhận mẫu và ưu tiên phân tích các chỉ tiêu vi sinh.",
			[]string{"các đơn vị lấy mẫu nước tại các vùng nuôi", "Các Trung tâm Thú y vùng tiếp nhận mẫu và ưu tiên phân tích các chỉ tiêu vi sinh"}},
		{"a name with glued signs",
			req + "\n\nCác Chi cục TY&TS vùng 2/4 tiếp nhận mẫu trong ngày.",
			[]string{"các đơn vị lấy mẫu nước tại các vùng nuôi", "Các Chi cục TY&TS vùng 2/4 tiếp nhận mẫu trong ngày"}},
		// negatives
		{"no directive before",
			"Hội nghị diễn ra trong hai ngày.\n\nCác Trung tâm Thú y vùng tiếp nhận mẫu và ưu tiên phân tích các chỉ tiêu vi sinh.",
			nil},
		{"the only verb after a nominalizer",
			req + "\n\nỦy ban Thường vụ Quốc hội cho ý kiến về việc chuẩn bị kỳ họp.",
			[]string{"các đơn vị lấy mẫu nước tại các vùng nuôi"}},
		{"a past report after the list",
			req + "\n\nCác Trung tâm Thú y vùng đã tiếp nhận 20 mẫu.",
			[]string{"các đơn vị lấy mẫu nước tại các vùng nuôi"}},
		{"an analysis opening a sentence stays blocked",
			"Hội nghị diễn ra trong hai ngày.\n\nPhân tích nguyên nhân, ông Lê Văn Nam cho rằng các đơn vị cần phối hợp tốt hơn.",
			nil},
	})
}

// TestJustIssued: "<Org> vừa có <document> (<qualifier>) yêu cầu
// <addressee> <VP>" is the issuer's request; a document issued some time
// ago ("đã có văn bản") is narrated, and a document the speaker received
// is none.
func TestJustIssued(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"vừa có công điện hỏa tốc yêu cầu",
			"Bộ trưởng Bộ Nông nghiệp Lê Văn Nam vừa có công điện hỏa tốc yêu cầu các đơn vị liên quan tập trung ứng phó với mưa lớn.",
			[]string{"các đơn vị liên quan tập trung ứng phó với mưa lớn"}},
		{"a bracketed apposition, vừa ban hành văn bản đề nghị",
			"Cục Trồng trọt (Bộ Nông nghiệp) vừa ban hành văn bản đề nghị các tỉnh rà soát diện tích lúa bị ngập.",
			[]string{"các tỉnh rà soát diện tích lúa bị ngập"}},
		{"a comma before the verb, a capitalized addressee",
			"Hội Nghề cá tỉnh vừa có công văn khẩn, đề nghị Chính phủ sớm hỗ trợ ngư dân.",
			[]string{"Chính phủ sớm hỗ trợ ngư dân"}},
		// negatives
		{"đã có văn bản under a date: narrated",
			"Ngày 3/4/2016, UBND tỉnh Hòa Bình đã có văn bản yêu cầu Sở Xây dựng kiểm tra công trình.",
			nil},
		{"no addressee after the verb",
			"UBND tỉnh Hòa Bình vừa có văn bản yêu cầu về việc kiểm tra công trình.",
			nil},
		{"a lower-case subject with a speech verb",
			"Ông Lê Văn Nam cho biết đơn vị vừa nhận công văn yêu cầu các xã báo cáo.",
			nil},
	})
}

// TestPromisingIsNoPromise: "hứa hẹn" (promising, likely to) predicts; the
// promise verb inside it sets no task.
func TestPromisingIsNoPromise(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"hứa hẹn sẽ",
			"Trận đấu tối nay hứa hẹn sẽ mang đến nhiều bất ngờ cho người hâm mộ.",
			nil},
		{"hứa sẽ",
			"Chủ tịch UBND huyện Lê Văn Nam hứa sẽ giải quyết dứt điểm kiến nghị của cử tri trong tháng 6.",
			[]string{"giải quyết dứt điểm kiến nghị của cử tri trong tháng 6"}},
	})
}

// TestProhibitionAndCondition: in a directive's open list, a prohibition
// ("Không được ...", "Tuyệt đối không ...") goes on with it, and so does a
// condition followed by a modal and its verb ("Nếu X, Y cần Z"), and a
// plural of facilities ("Các cơ sở y tế báo cáo ..."); a speaker's own
// duty ("chúng tôi phải") and a narrated prohibition do not.
func TestProhibitionAndCondition(t *testing.T) {
	const req = "Bộ Y tế đề nghị các bệnh viện tổ chức trực cấp cứu đầy đủ trong dịp nghỉ lễ."
	const first = "các bệnh viện tổ chức trực cấp cứu đầy đủ trong dịp nghỉ lễ"
	checkTaskCases(t, []taskCase{
		{"a prohibition in the same paragraph",
			req + " Không được từ chối người bệnh cấp cứu.",
			[]string{first, "Không được từ chối người bệnh cấp cứu"}},
		{"a condition, then a modal and a verb",
			req + "\n\nNếu vượt quá khả năng, bệnh viện tuyến huyện cần báo cáo Sở Y tế.\n\nPhân công cán bộ trực đường dây nóng.",
			[]string{first, "Nếu vượt quá khả năng, bệnh viện tuyến huyện cần báo cáo Sở Y tế", "Phân công cán bộ trực đường dây nóng"}},
		{"a plural of facilities and an act verb",
			req + "\n\nCác cơ sở khám, chữa bệnh báo cáo số liệu hằng ngày.",
			[]string{first, "Các cơ sở khám, chữa bệnh báo cáo số liệu hằng ngày"}},
		// negatives
		{"the speakers' own duty under a condition",
			req + "\n\nNếu không kịp, chúng tôi phải làm thêm giờ.",
			[]string{first}},
		{"no list open: a prohibition alone",
			"Hội nghị diễn ra trong hai ngày.\n\nKhông được từ chối người bệnh cấp cứu.",
			nil},
		{"a narrated prohibition",
			req + "\n\nKhông được cấp phép, doanh nghiệp đã dừng hoạt động từ năm 2020.",
			[]string{first}},
	})
}

// TestQuotedOrder: a quotation opening with an imperative verb and closed
// by a request verb or a speech verb of emphasis opens a directive's list,
// across its sentences; one closed by a reporting verb ("cho biết"), one
// that rates ("Tham gia X là ...") and a first-person one do not.
func TestQuotedOrder(t *testing.T) {
	const lead = "Mưa lớn kéo dài từ đêm qua khiến nhiều tuyến đường bị ngập sâu.\n\n"
	checkTaskCases(t, []taskCase{
		{"closed by a request verb",
			lead + "\"Tăng cường kiểm tra các hồ đập, chủ động sơ tán người dân\", Bộ trưởng Lê Văn Nam yêu cầu.",
			[]string{"Tăng cường kiểm tra các hồ đập, chủ động sơ tán người dân"}},
		{"two sentences, closed by nêu rõ",
			lead + "\"Kịp thời cắm biển cảnh báo tại các khu vực nguy hiểm. Đồng thời phối hợp chặt chẽ với chính quyền địa phương\", công điện nêu rõ.",
			[]string{"Kịp thời cắm biển cảnh báo tại các khu vực nguy hiểm", "phối hợp chặt chẽ với chính quyền địa phương"}},
		// negatives
		{"closed by cho biết",
			lead + "\"Tăng cường kiểm tra các hồ đập là việc chúng tôi làm hằng năm\", ông Lê Văn Bình cho biết.",
			nil},
		{"a verb phrase as a subject",
			lead + "\"Tham gia chương trình là niềm vinh dự của tôi\", ca sĩ Lê Thu Hà nhấn mạnh.",
			nil},
		{"a report in the first person",
			lead + "\"Chúng tôi đã sơ tán 200 hộ dân\", ông Lê Văn Bình nhấn mạnh.",
			nil},
	})
}

// TestListEnds: a list opened by "... nhiệm vụ sau:" ends at a narrated
// paragraph ("Dịp này, X đã trao ..."); a broadcaster named "Đài Tiếng nói
// Việt Nam" is an addressee, its "nói" no speech verb.
func TestListEnds(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a narration after a colon list",
			"Đồng chí đề nghị huyện thực hiện tốt các nhiệm vụ sau:\n\n- Đẩy mạnh phát triển nông nghiệp.\n\n- Làm tốt công tác cán bộ.\n\nDịp này, đồng chí Bí thư Tỉnh ủy đã trao 50 suất quà cho các hộ nghèo.",
			[]string{"Đẩy mạnh phát triển nông nghiệp", "Làm tốt công tác cán bộ"}},
		{"a subject's item after a colon list stays",
			"Đồng chí đề nghị huyện thực hiện tốt các nhiệm vụ sau:\n\n- Đẩy mạnh phát triển nông nghiệp.\n\nCác xã rà soát các hộ đã thoát nghèo.",
			[]string{"Đẩy mạnh phát triển nông nghiệp", "Các xã rà soát các hộ đã thoát nghèo"}},
		{"Đài Tiếng nói Việt Nam, an addressee",
			"Thủ tướng yêu cầu Bộ Quốc phòng sẵn sàng lực lượng cứu hộ.\n\nĐài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam tăng cường thông tin về diễn biến của bão.",
			[]string{"Bộ Quốc phòng sẵn sàng lực lượng cứu hộ", "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam tăng cường thông tin về diễn biến của bão"}},
	})
}

// TestAnnouncedTasks: a speaker's sentence ending with a quantified noun of
// tasks ("nhấn mạnh một số nhiệm vụ trọng tâm trong thời gian tới.") opens
// the list its next sentences give; one with a verb or a past marker after
// the noun does not.
func TestAnnouncedTasks(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"một số nhiệm vụ, then Thứ nhất",
			"Phát biểu chỉ đạo, đồng chí Lê Văn Nam nhấn mạnh một số nhiệm vụ trọng tâm trong thời gian tới.\n\nThứ nhất, tiếp tục quán triệt các nghị quyết của Trung ương.\n\nThứ hai, làm tốt công tác bảo vệ chính trị nội bộ.",
			[]string{"tiếp tục quán triệt các nghị quyết của Trung ương", "làm tốt công tác bảo vệ chính trị nội bộ"}},
		// negatives
		{"a verb after the noun",
			"Đồng chí Lê Văn Nam nhấn mạnh một số nhiệm vụ đã hoàn thành tốt.\n\nThứ nhất, tiếp tục quán triệt các nghị quyết của Trung ương.",
			nil},
	})
}

// TestEtcEllipsis: past the lead, an item ended by "…" (and so on) is no
// teaser cut short, though a later item shares most of its words; a lead
// cut with dots still is.
func TestEtcEllipsis(t *testing.T) {
	const lead = "Bão số 4 đang tiến vào đất liền, gây mưa lớn trên diện rộng ở nhiều tỉnh miền Trung trong suốt ba ngày qua, nhiều tuyến đường đã bị ngập sâu và chia cắt.\n\n"
	checkTaskCases(t, []taskCase{
		{"… in the body",
			lead + "Chủ tịch tỉnh yêu cầu các huyện kiểm tra đê điều; chủ động, sẵn sàng các lực lượng, phương tiện cứu hộ để ứng phó với bão, mưa lũ…\n\nNgoài ra, các đơn vị chủ động bố trí lực lượng, phương tiện cứu hộ để ứng phó với bão, mưa lũ tại các địa bàn trọng điểm.",
			[]string{"các huyện kiểm tra đê điều", "chủ động, sẵn sàng các lực lượng, phương tiện cứu hộ để ứng phó với bão, mưa lũ", "các đơn vị chủ động bố trí lực lượng, phương tiện cứu hộ để ứng phó với bão, mưa lũ tại các địa bàn trọng điểm"}},
	})
}
