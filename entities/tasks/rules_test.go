package tasks

import (
	"testing"
)

// TestLanguageRules checks the general rules on made-up sentences (not
// copied from any article): whole-word cues, negation, nominal uses,
// wishes, pledges, targets, list introductions.
func TestLanguageRules(t *testing.T) {
	cases := []taskCase{
		// a cue must be a whole word, not a syllable of a compound
		{"giao thông is no directive",
			"Năm nay, Công an tỉnh Bình Phước kiềm chế tai nạn giao thông trên các tuyến quốc lộ.", nil},
		{"giao dịch is no directive",
			"Sau khi hoàn tất giao dịch với đối tác Hàn Quốc, Công ty sẽ mở rộng sản xuất.", nil},
		{"bàn giao is no directive",
			"Ông Nguyễn Văn A đã bàn giao công việc cho người kế nhiệm tại trụ sở.", nil},
		{"giao followed by a name stays a directive",
			"Bộ Chính trị giao Ban Tổ chức Trung ương theo dõi việc thực hiện Quy định này.",
			[]string{"Ban Tổ chức Trung ương theo dõi việc thực hiện Quy định này"}},
		{"gặp phải is no modal",
			"Nhiều địa phương gặp phải khó khăn trong giải phóng mặt bằng.", nil},
		{"phải chăng is a question, no modal",
			"Phải chăng cơ chế hiện nay còn nhiều vướng mắc.", nil},
		{"Giao thông opens no verb-first item",
			"Thủ tướng đề nghị các bộ rà soát thủ tục hành chính. Giao thông đô thị vẫn còn ùn tắc tại nhiều nút giao.",
			[]string{"các bộ rà soát thủ tục hành chính"}},

		// negation: nothing is asked
		{"không đề xuất",
			"Báo cáo của Thanh tra tỉnh Nam Định lại không đề xuất xử lý trách nhiệm người đứng đầu.", nil},
		{"chưa yêu cầu",
			"Đến nay, Sở Tài chính chưa yêu cầu các đơn vị hoàn trả kinh phí.", nil},
		{"không cam kết",
			"Đại diện Công ty Minh Phát không cam kết sẽ hoàn thành dự án đúng hạn.", nil},
		// a noun before the verb makes it a noun
		{"văn bản đề nghị is a noun phrase",
			"Ngày 5-3, UBND tỉnh Hà Tĩnh có văn bản đề nghị Bộ Nội vụ thẩm định hồ sơ.", nil},
		{"sự chỉ đạo is a noun",
			"Dưới sự lãnh đạo của Tỉnh ủy, sự chỉ đạo sát sao của UBND tỉnh, kinh tế tăng trưởng khá.", nil},

		// wishes
		{"mong muốn + addressee + action",
			"Bí thư Tỉnh ủy Nguyễn Văn B mong muốn các cựu chiến binh tiếp tục phát huy truyền thống, tham gia xây dựng quê hương.",
			[]string{"các cựu chiến binh tiếp tục phát huy truyền thống, tham gia xây dựng quê hương"}},
		{"mong rằng",
			"Chủ tịch UBND huyện mong rằng bà con sẽ chấp hành tốt quy định về phòng cháy.",
			[]string{"bà con sẽ chấp hành tốt quy định về phòng cháy"}},
		{"a wish to receive support sets no task",
			"Đồng chí Giám đốc mong muốn đơn vị tiếp tục nhận được sự quan tâm, giúp đỡ của các cấp, các ngành.", nil},
		{"mong manh is no wish",
			"Hy vọng của Đội tuyển Việt Nam rất mong manh sau trận thua.", nil},

		// pledges: the task starts after the pledge verb
		{"xác định + verb",
			"Nhận nhiệm vụ mới, ông Trần Văn C xác định luôn lắng nghe ý kiến nhân dân, nêu cao tinh thần trách nhiệm.",
			[]string{"luôn lắng nghe ý kiến nhân dân, nêu cao tinh thần trách nhiệm"}},
		{"quyết tâm + verb",
			"Tập thể Ban Thường vụ Huyện ủy quyết tâm hoàn thành các chỉ tiêu Nghị quyết đề ra.",
			[]string{"hoàn thành các chỉ tiêu Nghị quyết đề ra"}},
		{"xác định + noun is no pledge",
			"Hội nghị Tỉnh ủy xác định rõ nguyên nhân của những hạn chế.", nil},
		{"past pledge is a result",
			"Nhiệm kỳ trước, Đảng bộ tỉnh Lai Châu đã xác định tiếp tục đổi mới phương thức lãnh đạo.", nil},
		{"passive xác định is no pledge",
			"Đây là nội dung được xác định tiếp tục triển khai ở Bình Định.", nil},
		// targets: the task starts at "phấn đấu"
		{"phấn đấu đạt a target",
			"Năm 2026, Tổng công ty Đường sắt phấn đấu đạt doanh thu 9.000 tỷ đồng; lợi nhuận tăng 5%.",
			[]string{"phấn đấu đạt doanh thu 9.000 tỷ đồng", "lợi nhuận tăng 5%"}},
		{"target list after như:",
			"Năm tới, Công an tỉnh Sơn La phấn đấu thực hiện một số chỉ tiêu như: Kéo giảm số vụ phạm tội về ma túy; nâng tỷ lệ điều tra án lên trên 85%.",
			[]string{"Kéo giảm số vụ phạm tội về ma túy", "nâng tỷ lệ điều tra án lên trên 85%"}},
		// a photo caption line interrupts a list; a subheading ends it
		{"list continues after a caption line",
			"Giám đốc Công an tỉnh đề nghị đơn vị tăng cường tuần tra, kiểm soát; xử lý nghiêm các vi phạm.\n\nĐại tá Nguyễn Văn D, Phó Giám đốc Công an tỉnh trao bằng khen cho các tập thể có thành tích xuất sắc\n\nQuyết liệt đấu tranh với tội phạm ma túy; nâng cao chất lượng công tác phòng cháy.",
			[]string{"đơn vị tăng cường tuần tra, kiểm soát", "xử lý nghiêm các vi phạm", "Quyết liệt đấu tranh với tội phạm ma túy", "nâng cao chất lượng công tác phòng cháy"}},
		{"a short subheading ends the list",
			"Giám đốc Công an tỉnh đề nghị đơn vị tăng cường tuần tra, kiểm soát.\n\nNhững con số ấn tượng\n\nTăng cường lực lượng ở cơ sở là điểm sáng của năm.",
			[]string{"đơn vị tăng cường tuần tra, kiểm soát"}},
		{"pledge inside a quoted title",
			"Tổng Bí thư có bài viết với nhan đề: \"Tự hào về truyền thống, quyết tâm xây dựng đất nước giàu mạnh\".", nil},
		{"như: after a task noun opens a list; after other words it gives examples",
			"Chủ tịch UBND tỉnh đề nghị các sở hỗ trợ người dân khi cải tạo đất như: san lấp nền nhà, nâng vườn.",
			[]string{"các sở hỗ trợ người dân khi cải tạo đất như: san lấp nền nhà, nâng vườn"}},

		{"a request inside a temporal clause is background",
			"Sau khi Sở Nội vụ đề nghị Bộ Nội vụ thẩm định hồ sơ, UBND tỉnh ký quyết định điều động ông Trần Văn E.", nil},
		{"rằng after the request verb is left out",
			"Bộ trưởng đề nghị rằng các địa phương chủ động rà soát danh sách hộ nghèo.",
			[]string{"các địa phương chủ động rà soát danh sách hộ nghèo"}},
		{"đề nghị của X is a noun",
			"Sau khi xem xét, Thanh tra tỉnh giải quyết đơn kiến nghị của Công ty Minh Long trái quy định.", nil},
		// wishes for oneself and modal subjects before a request verb
		{"a wish for oneself is no request",
			"\"Tôi mong rằng mình chưa từng đọc bài báo đó\", bà Lan kể với phóng viên.", nil},
		{"a modal before the request verb makes a modal sentence",
			"Phó Thủ tướng cho biết Quảng Ninh cần tiếp tục đề xuất cơ chế đặc thù cho khu kinh tế.",
			[]string{"Quảng Ninh cần tiếp tục đề xuất cơ chế đặc thù cho khu kinh tế"}},
		{"tinh thần phấn đấu is a noun",
			"Tinh thần phấn đấu của Đoàn viên thanh niên được lan tỏa.", nil},
	}
	checkTaskCases(t, cases)
}

// TestOpinions checks that experts' and seminar speakers' opinions with a
// bare modal are not tasks, while officials' directions, a stated need
// ("việc cần làm là") and sentences naming a coming period still are.
func TestOpinions(t *testing.T) {
	seminar := "Ngày 10-3, tại hội thảo về phát triển đô thị do Báo Nhân Dân tổ chức, nhiều đại biểu đã góp ý.\n\n"
	cases := []taskCase{
		{"named expert's modal sentence",
			"Theo TS Lê Văn Bình, Hà Nội phải có tầm nhìn dài hạn về giao thông công cộng.", nil},
		{"expert quoted at the end",
			"\"Thành phố cần một cơ chế tài chính riêng\" - PGS-TS Phạm Hùng nhấn mạnh.", nil},
		{"expert named by này",
			"Theo chuyên gia này, cần nghiên cứu kỹ các điều kiện của đối tác.", nil},
		{"an unnamed group of experts is no speaker",
			"Bộ trưởng đề nghị mời các nhà khoa học tham gia; các bộ cần phối hợp chặt chẽ.",
			[]string{"mời các nhà khoa học tham gia", "các bộ cần phối hợp chặt chẽ"}},
		{"seminar: bare modal is an opinion",
			seminar + "Đó phải là một cuộc cải cách thực sự về thể chế.\n\nThành phố cần có những đột phá mạnh mẽ hơn.", nil},
		{"seminar: official's speech verb keeps the task",
			seminar + "Chủ tịch UBND thành phố cho biết thành phố cần kiên trì hoàn thiện thể chế đặc thù.",
			[]string{"thành phố cần kiên trì hoàn thiện thể chế đặc thù"}},
		{"seminar: a coming period keeps the task",
			seminar + "Trong thời gian tới, thành phố cần ưu tiên đầu tư cho giao thông công cộng.",
			[]string{"Trong thời gian tới, thành phố cần ưu tiên đầu tư cho giao thông công cộng"}},
		{"seminar: what needs doing, then an additive continuation",
			seminar + "Theo TS Ngô Minh, việc cần làm ngay là khơi thông nguồn lực xã hội.\n\nĐồng thời phải cải cách mạnh thủ tục hành chính.",
			[]string{"khơi thông nguồn lực xã hội", "phải cải cách mạnh thủ tục hành chính"}},
		{"no seminar: a bare modal stays a task",
			"Thành phố cần có những đột phá mạnh mẽ hơn về thể chế.",
			[]string{"Thành phố cần có những đột phá mạnh mẽ hơn về thể chế"}},
		{"attribution to an official: the task starts after it",
			"Nhiệm vụ nữa, theo ông Trần Văn Nam, Ban Nội chính cần tập trung tham mưu xử lý các vụ án.",
			[]string{"Ban Nội chính cần tập trung tham mưu xử lý các vụ án"}},
	}
	checkTaskCases(t, cases)
}

// TestReportedDirectives checks the second-round rules: a speech verb that
// reports a directive (a coming period + "sẽ", or an addressee + a verb of
// continuing effort), "Trước mắt là" continuing a list, and the non-tasks:
// first-person opinions, purpose clauses, reasons and quote attributions.
func TestReportedDirectives(t *testing.T) {
	cases := []taskCase{
		{"speech verb + coming period + sẽ, then verb-first items",
			"Kết luận của Ban Thường vụ cũng nhấn mạnh, thời gian tới sẽ tiếp tục rà soát quy hoạch đất rừng; Kiên quyết thu hồi các dự án chậm tiến độ; Nâng cao hiệu quả quản lý đất đai.",
			[]string{"tiếp tục rà soát quy hoạch đất rừng", "Kiên quyết thu hồi các dự án chậm tiến độ", "Nâng cao hiệu quả quản lý đất đai"}},
		{"speech verb + addressee + tiếp tục",
			"Bộ trưởng nhấn mạnh Cục Thuế tiếp tục đẩy mạnh chuyển đổi số trong quản lý thu.",
			[]string{"Cục Thuế tiếp tục đẩy mạnh chuyển đổi số trong quản lý thu"}},
		{"Trước mắt là continues the list",
			"Bộ trưởng nhấn mạnh Cục Thuế tiếp tục đẩy mạnh chuyển đổi số trong quản lý thu. Trước mắt là tổng kết việc thực hiện đề án hóa đơn điện tử.",
			[]string{"Cục Thuế tiếp tục đẩy mạnh chuyển đổi số trong quản lý thu", "Trước mắt là tổng kết việc thực hiện đề án hóa đơn điện tử"}},
		{"speech verb + a past statement is no directive",
			"Bộ trưởng nhấn mạnh Cục Thuế đã hoàn thành vượt dự toán thu năm 2023.", nil},
		{"speech verb + coming period without sẽ is no directive",
			"Giám đốc Sở cho biết, thời gian tới thời tiết diễn biến phức tạp.", nil},
		{"first-person opinion",
			"\"Theo tôi phải xử lý nghiêm hành vi này\", đại biểu Nguyễn Văn C nói.", nil},
		{"a modal inside a purpose clause",
			"Tuy nhiên, để răn đe và nhắc nhở cán bộ trong đơn vị phải luôn chấp hành kỷ luật, Giám đốc đã ký quyết định khiển trách.", nil},
		{"a reason is no task",
			"Lý do ông Trần Văn D đề xuất nội dung này vì nhiều hộ dân chưa được bồi thường.", nil},
		{"the attribution after a quoted directive is cut",
			"\"Ban Thường vụ Tỉnh ủy đề nghị các sở, ngành tiếp tục bám sát cơ sở, hoàn thành kế hoạch năm\" - ông Lê Văn E nói.",
			[]string{"các sở, ngành tiếp tục bám sát cơ sở, hoàn thành kế hoạch năm"}},
	}
	checkTaskCases(t, cases)
}

func TestReportedDirectivesMore(t *testing.T) {
	cases := []taskCase{
		{"Trước mắt là continues the list across a paragraph",
			"Bộ trưởng nhấn mạnh Cục Thuế tiếp tục đẩy mạnh chuyển đổi số trong quản lý thu.\n\nTrước mắt là tổng kết việc thực hiện đề án hóa đơn điện tử.",
			[]string{"Cục Thuế tiếp tục đẩy mạnh chuyển đổi số trong quản lý thu", "Trước mắt là tổng kết việc thực hiện đề án hóa đơn điện tử"}},
		{"a condition after a speech verb is a statement",
			"Ông nhấn mạnh muốn có bộ máy tinh gọn, buộc phải sắp xếp lại các đầu mối.", nil},
	}
	checkTaskCases(t, cases)
}

func TestAdditiveContinuation(t *testing.T) {
	cases := []taskCase{
		{"Đồng thời + a verb continues the list across a paragraph",
			"Bộ trưởng đề nghị Cục Xúc tiến thương mại mở rộng thị trường xuất khẩu.\n\nĐồng thời quảng bá, giới thiệu sản phẩm nông nghiệp với đối tác nước ngoài.",
			[]string{"Cục Xúc tiến thương mại mở rộng thị trường xuất khẩu", "quảng bá, giới thiệu sản phẩm nông nghiệp với đối tác nước ngoài"}},
		{"Đồng thời + a capitalized subject ends a list in a new paragraph",
			"Bộ trưởng đề nghị Cục Xúc tiến thương mại mở rộng thị trường xuất khẩu.\n\nĐồng thời, Bộ Công Thương đã ký kết 5 thỏa thuận hợp tác.",
			[]string{"Cục Xúc tiến thương mại mở rộng thị trường xuất khẩu"}},
	}
	checkTaskCases(t, cases)
}

func TestOpinionVerbOfOfficial(t *testing.T) {
	cases := []taskCase{
		{"an official's cho rằng + addressee + modal",
			"Phó Thủ tướng cho rằng Hà Giang cần ưu tiên phát triển du lịch cộng đồng.",
			[]string{"Hà Giang cần ưu tiên phát triển du lịch cộng đồng"}},
		{"an expert's cho rằng stays an opinion",
			"TS Nguyễn Văn F cho rằng Hà Giang cần ưu tiên phát triển du lịch cộng đồng.", nil},
		{"cho rằng without a modal stays an opinion",
			"Phó Thủ tướng cho rằng Hà Giang có nhiều tiềm năng du lịch.", nil},
	}
	checkTaskCases(t, cases)
}
