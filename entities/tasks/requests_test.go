package tasks

import "testing"

// TestCarriedSpeaker: a request after a semicolon goes on with the
// speaker of the praise or speech clause before it.
func TestCarriedSpeaker(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"praise; đồng thời yêu cầu",
			"Phát biểu tại buổi làm việc, Bộ trưởng Lê Văn Nam ghi nhận, đánh giá cao sự nỗ lực của Sở Y tế trong phòng dịch; đồng thời yêu cầu Sở Y tế tiếp tục rà soát các cơ sở khám bệnh.",
			[]string{"Sở Y tế tiếp tục rà soát các cơ sở khám bệnh"}},
		{"praise; yêu cầu",
			"Kết luận cuộc họp, Chủ tịch tỉnh Trần Văn Bình hoan nghênh các sở đã chủ động triển khai; yêu cầu hai sở phối hợp hoàn thiện đề án.",
			[]string{"hai sở phối hợp hoàn thiện đề án"}},
		{"praise, đồng thời đề nghị",
			"Bộ trưởng Lê Văn Nam biểu dương thành tích của ngành y tế tỉnh, đồng thời đề nghị Sở Y tế nâng cao chất lượng khám bệnh.",
			[]string{"Sở Y tế nâng cao chất lượng khám bệnh"}},
		{"speech; đề nghị",
			"Bí thư Tỉnh ủy Lê Thị Hoa khẳng định vai trò của thanh niên rất quan trọng; đề nghị Tỉnh đoàn đổi mới nội dung sinh hoạt.",
			[]string{"Tỉnh đoàn đổi mới nội dung sinh hoạt"}},
		// negatives
		{"no speaker before the praise",
			"Nhiều ý kiến ghi nhận kết quả của ngành; yêu cầu cao hơn về chất lượng dịch vụ.",
			nil},
		{"praise và yêu cầu + a number of organs",
			"Thủ tướng đánh giá cao kết quả của ngành y tế, ngành công an trong thời gian qua và yêu cầu hai ngành tiếp tục phối hợp chặt chẽ.",
			[]string{"hai ngành tiếp tục phối hợp chặt chẽ"}},
		{"praise và a noun pair",
			"Thủ tướng đánh giá cao kết quả của ngành y tế, ngành công an trong việc thực hiện nhiệm vụ và yêu cầu công tác năm qua.",
			nil},
		{"a comma, đồng thời and no addressee",
			"Nguồn tin cho biết, ông Lê Văn Nam vừa ký báo cáo gửi UBND tỉnh, đồng thời đề xuất hướng xử lý công trình.",
			nil},
		{"a comma without đồng thời: a noun pair",
			"Bộ trưởng Lê Văn Nam đánh giá cao công tác lãnh đạo, chỉ đạo của Tỉnh ủy.",
			nil},
		{"a praise alone sets nothing",
			"Bộ trưởng Lê Văn Nam ghi nhận, đánh giá cao sự nỗ lực của Sở Y tế trong phòng dịch.",
			nil},
	})
}

// TestSpeechRequest: "nhấn mạnh yêu cầu" before a verb is the speaker's
// request; before a noun it is a noun phrase.
func TestSpeechRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"fronted addressee, nhấn mạnh yêu cầu + verbs",
			"Với Bộ Tài chính, Thủ tướng nhấn mạnh yêu cầu nâng cao hiệu quả quản lý nợ công; đẩy mạnh cải cách thủ tục thuế.",
			[]string{"nâng cao hiệu quả quản lý nợ công", "đẩy mạnh cải cách thủ tục thuế"}},
		{"nhấn mạnh yêu cầu + noun",
			"Nhấn mạnh yêu cầu, nhiệm vụ của công tác dân vận, đồng chí Trần Văn Bình nói về kết quả đạt được.",
			nil},
		{"nhấn mạnh yêu cầu without a speaker",
			"Báo cáo nhấn mạnh yêu cầu nâng cao hiệu quả quản lý nợ công.",
			nil},
	})
}

// TestPastOrders: an order reported as given ("X đã yêu cầu Y <VP>")
// stands; a self-report, an order with no addressee and one under a past
// year do not.
func TestPastOrders(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"đã yêu cầu + capitalized addressee",
			"Trước tình hình trên, UBND tỉnh Bình Thuận đã yêu cầu Sở Xây dựng kiểm tra toàn bộ các công trình.",
			[]string{"Sở Xây dựng kiểm tra toàn bộ các công trình"}},
		{"đã chỉ đạo cho: the item starts at the addressee",
			"Lãnh đạo TP Cần Thơ đã chỉ đạo cho Công ty Cấp nước khẩn trương sửa chữa đường ống.",
			[]string{"Công ty Cấp nước khẩn trương sửa chữa đường ống"}},
		{"đã giao + plural of organs",
			"UBND huyện đã giao các xã rà soát danh sách hộ nghèo.",
			[]string{"các xã rà soát danh sách hộ nghèo"}},
		{"Cụ thể là continues the order",
			"UBND tỉnh Bình Thuận đã yêu cầu Sở Xây dựng kiểm tra các công trình.\n\nCụ thể là xử lí dứt điểm các công trình xây trái phép.",
			[]string{"Sở Xây dựng kiểm tra các công trình", "xử lí dứt điểm các công trình xây trái phép"}},
		{"vừa yêu cầu: just given",
			"Thủ tướng Chính phủ vừa yêu cầu các bộ, ngành rà soát thủ tục đầu tư.",
			[]string{"các bộ, ngành rà soát thủ tục đầu tư"}},
		{"an acronym addressee",
			"Sở Y tế đã yêu cầu CDC tỉnh giám sát chặt chẽ các ca bệnh.",
			[]string{"CDC tỉnh giám sát chặt chẽ các ca bệnh"}},
		// negatives
		{"a person named as addressee: narrated",
			"Tổng thống Mỹ đã yêu cầu Mike Donilon cầm máy để trao đổi.",
			nil},
		{"a self-report after a speech verb",
			"Ủy ban Thường vụ cho biết đã chỉ đạo các cơ quan hoàn chỉnh tài liệu.",
			nil},
		{"no addressee",
			"Ngay sau vụ việc, Thủ tướng đã chỉ đạo hỗ trợ gạo cho ngư dân.",
			nil},
		{"under a past year",
			"Năm 2015, Thủ tướng Chính phủ đã giao các địa phương hỗ trợ người dân mua bảo hiểm.",
			nil},
		{"an upward request stays a report",
			"UBND tỉnh đã đề nghị Bộ Xây dựng hướng dẫn thủ tục.",
			nil},
	})
}

// TestAdditiveOrder: a subject-less "Đồng thời chỉ đạo <addressee> <VP>"
// goes on with the previous speaker, the item starting at the addressee.
func TestAdditiveOrder(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"no list open",
			"Ông Lê Văn Tâm cho biết huyện đang huy động lực lượng xuống hiện trường.\n\nĐồng thời chỉ đạo các xã thống kê thiệt hại.",
			[]string{"các xã thống kê thiệt hại"}},
		{"no addressee: nothing",
			"Ông Lê Văn Tâm cho biết huyện đang huy động lực lượng xuống hiện trường.\n\nĐồng thời chỉ đạo quyết liệt việc khắc phục.",
			nil},
	})
}

// TestNominalContinuations: "Cùng với đó là <VP>" and a quoted
// prohibition go on with an open list; a document's attribution after the
// quote is no part of the item.
func TestNominalContinuations(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"Cùng với đó là + verb",
			"Bộ Y tế đề nghị các Sở Y tế rà soát nhân lực.\n\nCùng với đó là nâng cao năng lực cho đội ngũ y tế cơ sở; tăng cường trang thiết bị.",
			[]string{"các Sở Y tế rà soát nhân lực", "Cùng với đó là nâng cao năng lực cho đội ngũ y tế cơ sở", "tăng cường trang thiết bị"}},
		{"a quoted prohibition and its document's attribution",
			"Bộ Y tế đề nghị các Sở Y tế rà soát nhân lực.\n\n\"Nghiêm cấm việc thu thêm các khoản ngoài quy định.\n\nĐồng thời, tăng cường thanh tra các cơ sở\", công văn của Bộ nêu rõ.",
			[]string{"các Sở Y tế rà soát nhân lực", "Nghiêm cấm việc thu thêm các khoản ngoài quy định", "tăng cường thanh tra các cơ sở"}},
		{"an attribution whose name holds a hyphen",
			"Bộ Y tế đề nghị các Sở Y tế rà soát nhân lực.\n\n\"Nghiêm cấm việc thu thêm các khoản ngoài quy định\", Bộ GD-ĐT nêu rõ.",
			[]string{"các Sở Y tế rà soát nhân lực", "Nghiêm cấm việc thu thêm các khoản ngoài quy định"}},
		// negatives
		{"no list open",
			"Cùng với đó là nâng cao năng lực cho đội ngũ y tế cơ sở.",
			nil},
		{"Cùng với đó là + noun after a report",
			"Năm nay tỉnh thu hút nhiều dự án lớn.\n\nCùng với đó là sự tăng trưởng của ngành du lịch.",
			nil},
	})
}

// TestVowsAndCommitments: a vow's item starts at its subject, whatever
// verb phrase follows; "khẳng định, sẽ <VP>" is a commitment like
// "khẳng định sẽ".
func TestVowsAndCommitments(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a vow after a fronted frame, before a verb phrase no opener starts",
			"Thay mặt cán bộ, chiến sĩ, Đại tá Lê Văn Hòa và đoàn công tác nguyện đoàn kết một lòng, giữ vững biên cương.",
			[]string{"Đại tá Lê Văn Hòa và đoàn công tác nguyện đoàn kết một lòng, giữ vững biên cương"}},
		{"nouns joined by commas in the vow's subject",
			"Đảng bộ, chính quyền và Nhân dân huyện Mê Linh nguyện đoàn kết xây dựng quê hương.",
			[]string{"Đảng bộ, chính quyền và Nhân dân huyện Mê Linh nguyện đoàn kết xây dựng quê hương"}},
		{"khẳng định, sẽ after đồng thời",
			"Hòa thượng Thích Minh Tâm cho biết lễ hội năm nay diễn ra an toàn; đồng thời khẳng định, sẽ luôn đồng hành cùng chính quyền địa phương.",
			[]string{"luôn đồng hành cùng chính quyền địa phương"}},
		// negatives
		{"nguyện vọng is a noun",
			"Bộ trưởng Lê Văn Hòa lắng nghe nguyện vọng của cử tri huyện Mê Linh.",
			nil},
		{"tự nguyện is no vow",
			"Nhiều hộ dân huyện Mê Linh tự nguyện hiến đất làm đường.",
			nil},
		{"a vow in a past narrative",
			"Năm 1975, Nhân dân huyện Mê Linh đã nguyện đoàn kết giữ vững quê hương.",
			nil},
		{"khẳng định, sẽ with no speaker",
			"Nhiều người khẳng định, sẽ còn khó khăn trong năm tới.",
			nil},
	})
}

// TestReportsNotTasks: what a report made lists as needing doing, a
// unit's progress with its own aim, and what a document's dek names are
// no tasks; a document issued by a speaker with an addressee is.
func TestReportsNotTasks(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"đã báo cáo + an object holding cần",
			"Thay mặt Ban chỉ đạo, Phó Trưởng ban Lê Văn Hòa đã báo cáo tóm tắt những việc đã làm trong quý I, những việc cần làm trong quý II.",
			nil},
		{"a unit in progress and its own aim",
			"Nhà thầu đang tiếp tục thi công các hạng mục còn lại, phấn đấu hoàn thành trong năm 2026.",
			nil},
		// (a capitalized document a named issuer signed or issued directs
		// its verb, as set K's digest key counts it: see TestSignedDirective)
		{"a document with a symbol, signed by a named issuer, directs",
			"Ngày 5/3, Thủ tướng Chính phủ đã có Công điện số 25/CĐ-TTg chỉ đạo khắc phục hậu quả mưa lũ tại miền Trung.",
			[]string{"khắc phục hậu quả mưa lũ tại miền Trung"}},
		{"a dated document, signed by a named issuer, directs",
			"Thủ tướng Chính phủ ký Công điện số 67/CĐ-TTg ngày 13/7/2024 yêu cầu tập trung khắc phục sự cố sạt lở.",
			[]string{"tập trung khắc phục sự cố sạt lở"}},
		{"a document with a symbol and no issuer names its subject",
			"Công điện số 25/CĐ-TTg chỉ đạo khắc phục hậu quả mưa lũ tại miền Trung.",
			nil},
		{"a numbered resolution sets out its content (capitals with tone marks before the number)",
			"Thứ trưởng trích dẫn Nghị Quyết số 88/2016/QH14 giao dự toán thu ngân sách năm 2017.",
			nil},
		// positives
		{"a document issued with an addressee: the issuer's request",
			"UBND huyện Ba Vì đã có văn bản số 1234/UBND-KT giao Phòng Kinh tế kiểm tra các cơ sở sản xuất.",
			[]string{"Phòng Kinh tế kiểm tra các cơ sở sản xuất"}},
		{"a document issued with a plural of organs as addressee",
			"Thủ tướng Chính phủ đã có Công điện số 25/CĐ-TTg yêu cầu các bộ tập trung khắc phục hậu quả mưa lũ.",
			[]string{"các bộ tập trung khắc phục hậu quả mưa lũ"}},
		{"báo cáo without a past marker is a report verb only with đã",
			"Chủ tịch tỉnh yêu cầu các sở báo cáo những việc cần giải quyết ngay.",
			[]string{"các sở báo cáo những việc cần giải quyết ngay"}},
		{"a target after a plan, no progress",
			"Năm 2026, Công ty Điện lực phấn đấu hoàn thành cải tạo lưới điện.",
			[]string{"phấn đấu hoàn thành cải tạo lưới điện"}},
	})
}

// TestVerbNoun: a verb opener followed by "của" is a noun ("Đề xuất của
// doanh nghiệp ..."), no item of the open list.
func TestVerbNoun(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"Đề xuất của after a list",
			"UBND tỉnh giao Sở Xây dựng chủ trì nghiên cứu dự án công viên.\n\nĐề xuất của doanh nghiệp xuất phát từ chủ trương xã hội hóa.",
			[]string{"Sở Xây dựng chủ trì nghiên cứu dự án công viên"}},
		{"Đề xuất + verb phrase after a list",
			"UBND tỉnh giao Sở Xây dựng chủ trì nghiên cứu dự án công viên.\n\nĐề xuất cơ chế hỗ trợ cho doanh nghiệp.",
			[]string{"Sở Xây dựng chủ trì nghiên cứu dự án công viên", "Đề xuất cơ chế hỗ trợ cho doanh nghiệp"}},
	})
}

// TestPassiveRequest: "<addressee> được yêu cầu <VP>" sets the addressee,
// the clause's subject, a task; the item starts at it. A past, negated
// or noun use sets none.
func TestPassiveRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"organ được yêu cầu + VP",
			"Sở Y tế các tỉnh được yêu cầu khẩn trương rà soát các cơ sở khám bệnh.",
			[]string{"Sở Y tế các tỉnh được yêu cầu khẩn trương rà soát các cơ sở khám bệnh"}},
		{"determiner + organ được đề nghị + VP",
			"Các sở được đề nghị phối hợp hoàn thiện đề án trong tháng 6.",
			[]string{"Các sở được đề nghị phối hợp hoàn thiện đề án trong tháng 6"}},
		{"organ được giao + VP",
			"Bộ Xây dựng được giao chủ trì xây dựng định mức mới, hoàn thành trong quý III.",
			[]string{"Bộ Xây dựng được giao chủ trì xây dựng định mức mới, hoàn thành trong quý III"}},
		// negatives
		{"nhiệm vụ được giao: a relative clause",
			"Các đơn vị đã hoàn thành tốt nhiệm vụ được giao trong năm.",
			nil},
		{"đã được giao: a report",
			"Bộ Xây dựng đã được giao chủ trì xây dựng định mức mới.",
			nil},
		{"đã được yêu cầu: a report",
			"Sở Y tế đã được yêu cầu rà soát các cơ sở khám bệnh.",
			nil},
		{"không được yêu cầu",
			"Sở Y tế không được yêu cầu rà soát các cơ sở khám bệnh.",
			nil},
		{"được yêu cầu + noun",
			"Sở Y tế được yêu cầu cao về chất lượng dịch vụ.",
			nil},
		{"no addressee before it",
			"Năm nay công việc được yêu cầu hoàn thành sớm.",
			nil},
	})
}

// TestAdviseRequest: a speech verb of advice ("nêu rõ", "lưu ý") after a
// speaker, directly before a verb of continuing effort or a lower-case
// addressee and one, is a request; the items start at the verb phrase or
// the addressee. Before a copula or a noun it sets nothing.
func TestAdviseRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"nêu rõ + tiếp tục VP; VP",
			"Kết luận hội nghị, Bí thư Tỉnh ủy Lê Văn Nam nêu rõ tiếp tục rà soát quy hoạch cán bộ; kế thừa kinh nghiệm các nhiệm kỳ trước.",
			[]string{"tiếp tục rà soát quy hoạch cán bộ", "kế thừa kinh nghiệm các nhiệm kỳ trước"}},
		{"lưu ý + lower-case addressee + tiếp tục VP",
			"Bộ trưởng Trần Văn Bình lưu ý các thành viên Tổ công tác tiếp tục dành thời gian kiểm tra cơ sở.",
			[]string{"các thành viên Tổ công tác tiếp tục dành thời gian kiểm tra cơ sở"}},
		// negatives
		{"tiếp tục + copula",
			"Bộ trưởng Trần Văn Bình nhấn mạnh tiếp tục là ưu tiên hàng đầu.",
			nil},
		{"lưu ý + noun, no verb of effort",
			"Bộ trưởng Trần Văn Bình lưu ý các thành viên về kết quả kiểm tra cơ sở.",
			nil},
		{"a past advice: a report",
			"Năm ngoái, Bộ trưởng Trần Văn Bình đã lưu ý tiếp tục rà soát quy hoạch cán bộ.",
			nil},
	})
}

// TestLowerSpeaker: after a fronted adverbial or connector, a lower-case
// pronoun of address or organ is the request's speaker.
func TestLowerSpeaker(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"comma, organ lower-case",
			"Tại phiên họp, ban chỉ đạo yêu cầu các sở rà soát hồ sơ dự án.",
			[]string{"các sở rà soát hồ sơ dự án"}},
		{"connector, pronoun",
			"Do đó, ông đề nghị các cơ quan liên quan khẩn trương hoàn thiện quy hoạch.",
			[]string{"các cơ quan liên quan khẩn trương hoàn thiện quy hoạch"}},
		{"lead-in adverb without comma",
			"Đặc biệt ban chỉ đạo yêu cầu các huyện kiểm tra công trình.",
			[]string{"các huyện kiểm tra công trình"}},
		// negatives
		{"a lower-case common noun is no speaker",
			"Do đó, người dân đề nghị cơ quan chức năng xử lý dứt điểm.",
			nil},
		{"a wish for oneself",
			"Sau đó, ông yêu cầu được gặp luật sư.",
			nil},
	})
}

// TestAbbrevSpeaker: a parenthesised abbreviation between the speaker's
// name and the request verb leaves the name the speaker.
func TestAbbrevSpeaker(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"name (ABBR) đề nghị",
			"Để bảo đảm an toàn thực phẩm, Cục Quản lý Chất lượng Vật tư (QLCLVT) đề nghị các chi cục tăng cường lấy mẫu kiểm tra.",
			[]string{"các chi cục tăng cường lấy mẫu kiểm tra"}},
		{"name (A&B) yêu cầu",
			"Tại cuộc họp, Cục Thú y (TY&TS) yêu cầu các tỉnh khẩn trương tiêm phòng.",
			[]string{"các tỉnh khẩn trương tiêm phòng"}},
		// negatives
		{"a lower-case aside is no abbreviation",
			"Tại cuộc họp, Cục Thú y (đơn vị mới thành lập) yêu cầu các tỉnh khẩn trương tiêm phòng.",
			nil},
		{"a petition sent to a body",
			"Tại cuộc họp, các hộ dân đã gửi đơn lên Ủy ban Thương mại (UTM) đề nghị các tỉnh khẩn trương tiêm phòng.",
			nil},
	})
}

// TestPastInstance: "Trong đó, X đã chỉ đạo Y <VP>" after a sentence of
// the same paragraph that reports past work is one instance of that work,
// no task; the same order after a sentence that reports none stands.
func TestPastInstance(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"after a progress report",
			"Công tác chuẩn bị kỳ họp đã và đang được các cơ quan tiến hành khẩn trương. Trong đó, Ủy ban Thường vụ Quốc hội đã chỉ đạo Thường trực các Ủy ban phối hợp với cơ quan soạn thảo.",
			nil},
		{"with no past report before it",
			"Kỳ họp sẽ khai mạc vào ngày 20/5. Trong đó, Ủy ban Thường vụ Quốc hội đã chỉ đạo Thường trực các Ủy ban phối hợp với cơ quan soạn thảo.",
			[]string{"Thường trực các Ủy ban phối hợp với cơ quan soạn thảo"}},
		{"not opened by Trong đó",
			"Công tác chuẩn bị kỳ họp đã được tiến hành khẩn trương. Từ đó, Ủy ban Thường vụ Quốc hội đã chỉ đạo Thường trực các Ủy ban phối hợp với cơ quan soạn thảo.",
			[]string{"Thường trực các Ủy ban phối hợp với cơ quan soạn thảo"}},
	})
}

// TestTopicFramedRequest: after a fronted topic frame ("Đối với X,", "Về
// X,"), a bare request to an addressee, an organ noun too, is a request
// of the article's speaker; a request verb used as a noun there is none.
func TestTopicFramedRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"Đối với X, đề nghị + organ noun",
			"Chủ tịch Quốc hội đánh giá cao sự chuẩn bị của các cơ quan.\n\nĐối với dự án Luật Đất đai, đề nghị cơ quan soạn thảo tiếp thu tối đa ý kiến đại biểu.",
			[]string{"cơ quan soạn thảo tiếp thu tối đa ý kiến đại biểu"}},
		{"Về X, yêu cầu + determiner",
			"Về công tác cán bộ, yêu cầu các địa phương rà soát quy hoạch trước tháng 6.",
			[]string{"các địa phương rà soát quy hoạch trước tháng 6"}},
		// negatives
		{"a request as a noun",
			"Về đề nghị của cử tri, Bộ Xây dựng đã có văn bản trả lời.",
			nil},
		{"no addressee",
			"Về công tác cán bộ, yêu cầu đặt ra là rất cao.",
			nil},
	})
}

// TestContrastLeadIns: a contrastive or additive connective fronting a
// task ("Tuy nhiên,", "Cùng với đó,") is no part of its item; the list
// goes on by the connective all the same.
func TestContrastLeadIns(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"Tuy nhiên before a modal",
			"Tỉnh đã hoàn thành nhiều dự án lớn. Tuy nhiên, việc giải phóng mặt bằng thời gian tới phải đẩy nhanh hơn nữa.",
			[]string{"việc giải phóng mặt bằng thời gian tới phải đẩy nhanh hơn nữa"}},
		{"Cùng với đó after a request",
			"Chủ tịch tỉnh yêu cầu các sở rà soát các dự án chậm tiến độ.\n\nCùng với đó, kịp thời tháo gỡ vướng mắc cho doanh nghiệp.",
			[]string{"các sở rà soát các dự án chậm tiến độ", "kịp thời tháo gỡ vướng mắc cho doanh nghiệp"}},
		{"an enumeration and its copula",
			"Bộ trưởng yêu cầu các đơn vị làm tốt hai việc. Thứ nhất, rà soát hồ sơ tồn đọng. Thứ hai là kiểm tra tiến độ giải ngân.",
			[]string{"các đơn vị làm tốt hai việc", "rà soát hồ sơ tồn đọng", "kiểm tra tiến độ giải ngân"}},
		// negatives
		{"Tuy nhiên before a report",
			"Tuy nhiên, từ đó đến nay, các hạng mục này vẫn tiếp tục tồn tại.",
			nil},
	})
}

// TestSemicolonRequests: a request verb opening a clause after a
// semicolon, its subject elided, asks the addressee after it; the clauses
// before it (decisions, condolences) are no part of the item.
func TestSemicolonRequests(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a discipline decision, then a request to a provincial body",
			"2 - Thi hành kỷ luật bằng hình thức khiển trách đối với ông Lê Văn A, Bí thư Huyện ủy; đề nghị Ban Thường vụ Tỉnh ủy Gia Lai thi hành kỷ luật theo thẩm quyền đối với Ban Thường vụ Huyện ủy Đak Pơ.",
			[]string{"Ban Thường vụ Tỉnh ủy Gia Lai thi hành kỷ luật theo thẩm quyền đối với Ban Thường vụ Huyện ủy Đak Pơ"}},
		{"a body's decision, then a request to the bodies concerned",
			"Ban Bí thư quyết định khiển trách ông Trần Văn B; đề nghị các cơ quan có thẩm quyền xử lý kỷ luật hành chính kịp thời.",
			[]string{"các cơ quan có thẩm quyền xử lý kỷ luật hành chính kịp thời"}},
		// negatives
		{"a past request after a semicolon is a report",
			"Năm 2020, Thanh tra tỉnh đã kết luận nhiều sai phạm; đề nghị UBND huyện thu hồi 2 tỷ đồng.",
			nil},
		{"no addressee after the verb",
			"Đoàn đã làm việc với huyện; đề nghị nêu trên được ghi nhận.",
			nil},
	})
}

// TestCandidateRules: a modal whose clause has a candidate ("thí sinh",
// "ứng viên", "người dự thi") or a contested post ("chức danh") before it
// states a rule's condition, no task; a direction about candidates stands.
func TestCandidateRules(t *testing.T) {
	checkTaskCases(t, []taskCase{
		// negatives
		{"candidates bound by an exam's rule",
			"Các ứng viên phải làm hai bài thi viết và một bài phỏng vấn.",
			nil},
		{"a candidate after a fronted time clause",
			"Khi nhận phiếu trả lời, thí sinh phải ghi đủ số báo danh của mình.",
			nil},
		{"a post's condition",
			"Mỗi chức danh cần ít nhất 3 người dự thi mới đủ điều kiện tổ chức thi.",
			nil},
		// a direction about candidates
		{"candidates after the modal",
			"Phó Thủ tướng yêu cầu các hội đồng thi phải tạo điều kiện tốt nhất cho thí sinh.",
			[]string{"các hội đồng thi phải tạo điều kiện tốt nhất cho thí sinh"}},
	})
}

// TestContrastEndsList: after a contrastive lead-in, a clause with a
// subject and a verb of its own reports what went against an open list,
// no more of it.
func TestContrastEndsList(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"noncompliance after a request",
			"Sở Xây dựng yêu cầu Công ty Cổ phần ABC dừng thi công công trình.\nTuy nhiên, Công ty Cổ phần ABC vẫn tiếp tục thi công.",
			[]string{"Công ty Cổ phần ABC dừng thi công công trình"}},
	})
}
