package tasks

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStanceAfterModal: a stance word ("nhận định", "phân tích") inside
// the clause of a modal is a noun of the task ("trong đánh giá, nhận định
// tình hình"); before the modal it still makes the sentence an opinion,
// and "theo quy định" in the modal's clause still states a rule.
func TestStanceAfterModal(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a stance noun after the modal",
			"Ngành thống kê phải phục vụ tốt hơn công tác đánh giá, nhận định tình hình kinh tế.",
			[]string{"Ngành thống kê phải phục vụ tốt hơn công tác đánh giá, nhận định tình hình kinh tế"}},
		{"analysis as a capacity",
			"Các sở cần nâng cao năng lực phân tích, dự báo thị trường.",
			[]string{"Các sở cần nâng cao năng lực phân tích, dự báo thị trường"}},
		{"a modal opening the sentence",
			"Cần tăng cường phân tích nguyên nhân của các vụ cháy rừng.",
			[]string{"Cần tăng cường phân tích nguyên nhân của các vụ cháy rừng"}},
		// negatives
		{"an opinion before the modal",
			"Ông Minh nhận định các xã cần thêm vốn để làm đường.", nil},
		{"an analysis before the modal",
			"Phân tích của chuyên gia cho thấy giá vàng cần thời gian để hồi phục.", nil},
		{"a rule's wording after the modal",
			"Người dự thi phải nộp đủ hồ sơ theo quy định của pháp luật.", nil},
	})
}

// TestReasonInRequest: "vì lý do" inside a request or a
// modal's clause gives the reason for the task; "Lý do" opening a
// sentence still explains, no task.
func TestReasonInRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a request with its reason",
			"Sở Công Thương đề nghị công ty hoàn trả tiền ký quỹ vì lý do công ty đã giải thể.",
			[]string{"công ty hoàn trả tiền ký quỹ vì lý do công ty đã giải thể"}},
		{"a direction with its reason",
			"Bộ trưởng yêu cầu tạm dừng dự án vì lý do chưa đủ hồ sơ đất đai.",
			[]string{"tạm dừng dự án vì lý do chưa đủ hồ sơ đất đai"}},
		// negatives
		{"a reason opening the sentence",
			"Lý do là nhiều hộ dân phải di dời khỏi vùng sạt lở.", nil},
	})
}

// TestParentBody: a speaker named with its parent body or province in
// brackets ("Cục X (Bộ Y) đề nghị ...", "UBND huyện X (tỉnh Y) yêu cầu
// ...") speaks; a lower-case aside in brackets or a body a petition went
// to does not.
func TestParentBody(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a department and its ministry",
			"Cục Quản lý thị trường (Bộ Công thương) yêu cầu các chi cục kiểm tra hàng giả.",
			[]string{"các chi cục kiểm tra hàng giả"}},
		{"a district and its province",
			"UBND huyện An Lão (tỉnh Bình Định) đề nghị các xã rà soát hộ nghèo.",
			[]string{"các xã rà soát hộ nghèo"}},
		// negatives
		{"a lower-case aside",
			"Cục Thú y (đơn vị mới thành lập) yêu cầu các tỉnh khẩn trương tiêm phòng.", nil},
		{"a petition sent to a body",
			"Người dân đã gửi đơn lên Sở Xây dựng (Bộ Xây dựng) đề nghị xem xét lại.", nil},
		{"a photo note",
			"Ông Nam (ảnh) đề nghị các xã rà soát hộ nghèo.", nil},
	})
}

// TestRemitAdjunct: an adjunct of remit ("theo chức năng, nhiệm vụ được
// giao", "trên cơ sở chức năng, nhiệm vụ được giao") between an
// addressee and its verb holds no request: the addressee and its verb go
// on with an open list, and a modal after it keeps its subject; a
// narrated past after it stays none.
func TestRemitAdjunct(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a plural addressee goes on with the list",
			"Phó Chủ tịch yêu cầu ngành Y tế tăng cường kiểm tra. Các sở, ban, ngành thành viên Ban chỉ đạo trên cơ sở chức năng, nhiệm vụ được giao vào cuộc quyết liệt. Tăng cường công tác tuyên truyền.",
			[]string{"ngành Y tế tăng cường kiểm tra",
				"Các sở, ban, ngành thành viên Ban chỉ đạo trên cơ sở chức năng, nhiệm vụ được giao vào cuộc quyết liệt",
				"Tăng cường công tác tuyên truyền"}},
		{"a modal keeps its subject",
			"Các sở, ngành theo chức năng, nhiệm vụ được giao cần chủ động phối hợp với huyện.",
			[]string{"Các sở, ngành theo chức năng, nhiệm vụ được giao cần chủ động phối hợp với huyện"}},
		// negatives
		{"a narrated past after the adjunct",
			"Bộ trưởng yêu cầu các xã rà soát hồ sơ. Các sở, ngành theo chức năng, nhiệm vụ được giao đã hoàn thành kế hoạch.",
			[]string{"các xã rà soát hồ sơ"}},
		{"no list open",
			"Các sở, ngành theo chức năng, nhiệm vụ được giao tham gia hội nghị.", nil},
	})
}

// TestComingFrameAddressee: "đề nghị trong thời gian tới <addressee> cần
// <VP>, <VP>": with no comma after the coming period, the item starts at
// the addressee, and the comma after the modal's verb is the item's own.
func TestComingFrameAddressee(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a comma inside the item",
			"Bộ trưởng đề nghị trong thời gian tới công tác thanh tra cần chủ động, kịp thời phát hiện sai phạm.",
			[]string{"công tác thanh tra cần chủ động, kịp thời phát hiện sai phạm"}},
		{"no comma at all",
			"Bộ trưởng đề nghị trong thời gian tới các địa phương cần chủ động rà soát hồ sơ.",
			[]string{"các địa phương cần chủ động rà soát hồ sơ"}},
		{"a comma after the period",
			"Bộ trưởng đề nghị trong thời gian tới, ngành y tế cần tăng cường kiểm tra.",
			[]string{"ngành y tế cần tăng cường kiểm tra"}},
		{"no addressee: the modal's verb",
			"Bộ trưởng đề nghị thời gian tới cần tăng cường kiểm tra.",
			[]string{"tăng cường kiểm tra"}},
	})
}

// TestGroundOfRequest: an opinion word in a fronted ground, then a comma,
// a connective of result and a speaker's request ("nhận định bão mạnh, nên
// Bộ trưởng yêu cầu ..."): the request stands; an opinion whose result
// clause holds no request stays none.
func TestGroundOfRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a ground, then the request",
			"Tại cuộc họp, nhận định bão có cường độ mạnh, nên Bộ trưởng Nguyễn Văn A yêu cầu các tỉnh chuẩn bị ứng phó.",
			[]string{"các tỉnh chuẩn bị ứng phó"}},
		{"do đó",
			"Cho rằng dịch bệnh còn phức tạp, do đó Chủ tịch tỉnh chỉ đạo các huyện tăng cường giám sát.",
			[]string{"các huyện tăng cường giám sát"}},
		// negatives
		{"an opinion and its consequence",
			"Ông A cho rằng dự án chậm, nên các nhà đầu tư phải chịu thiệt.", nil},
		{"an opinion, no connective",
			"Ông A nhận định bão mạnh, Bộ trưởng yêu cầu các tỉnh chuẩn bị ứng phó.", nil},
	})
}

// TestRequestWith: "đề xuất với <addressee> <VP>": the item starts at the
// addressee, as after "cho"; "với" before a manner stays.
func TestRequestWith(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a proposal to a body",
			"Sở Tài chính đề xuất với UBND tỉnh bố trí thêm vốn cho dự án.",
			[]string{"UBND tỉnh bố trí thêm vốn cho dự án"}},
		{"a request to a ministry",
			"Chủ tịch tỉnh kiến nghị với Bộ Giao thông vận tải sớm phê duyệt dự án.",
			[]string{"Bộ Giao thông vận tải sớm phê duyệt dự án"}},
		// negatives
		{"a manner, no addressee",
			"Bộ trưởng yêu cầu với tinh thần khẩn trương các xã rà soát hồ sơ.",
			[]string{"với tinh thần khẩn trương các xã rà soát hồ sơ"}},
	})
}

// TestHopeNotRequest: "mong (rằng|muốn) X sẽ <VP>" about a thing, an
// event or a named party hopes, as "hy vọng" does; a hope that people or
// bodies act ("mong rằng các địa phương sẽ ...") and a wish without "sẽ"
// ask.
func TestHopeNotRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a hope for people to act asks",
			"Chủ tịch tỉnh mong rằng các địa phương sẽ tiếp tục hỗ trợ ngư dân.",
			[]string{"các địa phương sẽ tiếp tục hỗ trợ ngư dân"}},
		{"a wish without sẽ asks",
			"Tôi mong rằng các cấp, các ngành quan tâm hơn nữa đến ngư dân.",
			[]string{"các cấp, các ngành quan tâm hơn nữa đến ngư dân"}},
		// negatives
		{"a hope for an event",
			"Tôi mong rằng phiên tòa này sẽ mang lại công bằng cho các bác sĩ.", nil},
		{"a hope for a named party",
			"Ông mong muốn hợp tác giữa hai nước sẽ có bước phát triển mới.", nil},
		{"a hope for a company",
			"Giám đốc mong rằng Tổng công ty X sẽ tiếp tục phát triển mạnh mẽ.", nil},
	})
}

// TestNotAnchor: a country holding an anchor word ("Tây Ban Nha"), a
// lower-case front ("trên mọi mặt trận") and a capital opening a sentence
// before a lower-case word ("Đoàn quân", "Ban huấn luyện", "Bộ đôi") name
// no Party or state actor; the Fatherland Front, a ministry named, the
// Party inside a sentence do.
func TestNotAnchor(t *testing.T) {
	for _, c := range []struct {
		name, text string
		tasks      int
	}{
		{"Spain is no committee", "Tây Ban Nha cần thắng trận cuối để đi tiếp vào vòng sau.", 0},
		{"a front in a match", "Ở mặt trận tấn công, tiền đạo này cần thêm sự hỗ trợ từ đồng đội.", 0},
		{"the Fatherland Front", "Mặt trận Tổ quốc các cấp cần tăng cường giám sát việc hỗ trợ người dân.", 1},
		{"a committee still counts beside Spain", "Ban Chỉ đạo yêu cầu các đội từ Tây Ban Nha khẩn trương hoàn tất thủ tục.", 1},
		{"a squad opening a sentence", "Đoàn quân của HLV Park cần một chiến thắng trước Thái Lan.", 0},
		{"a coaching staff opening a sentence", "Ban huấn luyện phải tính toán lại đội hình cho trận sau.", 0},
		{"a duo opening a sentence", "Bộ đôi tiền đạo cần phối hợp ăn ý hơn ở hiệp hai.", 0},
		{"a ministry named", "Bộ Y tế cần tăng cường kiểm tra an toàn thực phẩm dịp Tết.", 1},
		{"the Party inside a sentence", "Mọi tổ chức của Đảng cần giữ vững kỷ luật.", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			tasks, _ := run(c.text + "\n\n" + filler)
			assert.Len(t, tasks, c.tasks)
		})
	}
}

// TestNeedAThing: "cần một <noun>" needs a thing ("cần một chiến thắng",
// "cần một cầu thủ"), no task; "cần có", "cần một cách", "cần một lần
// nữa" stay modals.
func TestNeedAThing(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a coach needs a player",
			"Huấn luyện viên trưởng cần một tiền vệ mới cho mùa giải tới.", nil},
		{"a team needs a win",
			"Đội tuyển cần một chiến thắng để đi tiếp.", nil},
		{"cần có stays",
			"Các địa phương cần có cơ chế riêng để tháo gỡ khó khăn.",
			[]string{"Các địa phương cần có cơ chế riêng để tháo gỡ khó khăn"}},
		{"cần một cách stays",
			"Các địa phương cần một cách quyết liệt triển khai nghị quyết.",
			[]string{"Các địa phương cần một cách quyết liệt triển khai nghị quyết"}},
		{"cần một lần nữa under a request",
			"Bộ trưởng yêu cầu các tỉnh cần một lần nữa rà soát danh sách.",
			[]string{"các tỉnh cần một lần nữa rà soát danh sách"}},
	})
}

// TestLongCausedModal: a causative verb and a long object before "phải"
// ("khiến hàng chục nghìn người dân ở hai bên biên giới phải ...")
// narrate a result; after "làm" a long object holds its own verb ("làm
// rõ trách nhiệm ... phải xử lý"), which stays a request.
func TestLongCausedModal(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a long object after khiến",
			"Trận lũ khiến hàng nghìn hộ dân ở các xã ven sông phía bắc phải sơ tán.", nil},
		{"a long object after dẫn đến",
			"Việc chậm giải ngân dẫn đến nhiều nhà thầu ở các tỉnh miền núi phía bắc phải dừng thi công.", nil},
		{"làm rõ stays a request",
			"Bộ trưởng yêu cầu làm rõ trách nhiệm của các cá nhân và tổ chức liên quan phải xử lý nghiêm.",
			[]string{"làm rõ trách nhiệm của các cá nhân và tổ chức liên quan phải xử lý nghiêm"}},
	})
}

// TestQuotedRelQuant: quotation marks around the noun between a
// quantifier and its modal ("còn nhiều “bất thường” cần được làm rõ")
// keep the modal relative, as without them.
func TestQuotedRelQuant(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"curly quotes",
			"Vẫn còn nhiều “điểm nghẽn” cần được tháo gỡ.", nil},
		{"straight quotes",
			"Hiện còn một số \"vùng trũng\" cần đầu tư thêm.", nil},
		{"no quantifier: a task",
			"Các “điểm nghẽn” này cần được tháo gỡ ngay trong quý III.",
			[]string{"Các “điểm nghẽn” này cần được tháo gỡ ngay trong quý III"}},
	})
}
