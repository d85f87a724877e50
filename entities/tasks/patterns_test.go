package tasks

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/token"
)

// TestNonTaskFramings checks, on made-up variants, the framings that look
// like task lists but are not: citizens' complaints, figures after
// "gồm:", an official presiding over an event, a courtesy-call
// programme, and a lead that teases a directive given in full later.
func TestNonTaskFramings(t *testing.T) {
	cases := []taskCase{
		{"voters' complaints with a modal",
			"Trong đó, cử tri xã Hoằng Phú đã nêu hai ý kiến: Đường liên thôn bị xuống cấp, cần được sửa chữa; và cần lắp đèn chiếu sáng tại khu dân cư.", nil},
		{"voters' request",
			"Ngoài ra, cử tri cũng đề nghị tiếp tục duy trì chính sách hỗ trợ làm đường giao thông nông thôn.", nil},
		{"residents' complaint",
			"Nhiều người dân phản ánh cần sớm nạo vét kênh mương trước mùa mưa.", nil},
		{"an official answering voters directs action",
			"Trả lời ý kiến cử tri, Chủ tịch UBND huyện đề nghị các phòng chuyên môn sớm kiểm tra, sửa chữa tuyến đường.",
			[]string{"các phòng chuyên môn sớm kiểm tra, sửa chữa tuyến đường"}},
		{"an official's request to voters is a task",
			"Bí thư Huyện ủy đề nghị bà con tiếp tục chung sức xây dựng nông thôn mới.",
			[]string{"bà con tiếp tục chung sức xây dựng nông thôn mới"}},
		{"figures after bao gồm:",
			"Đến nay, các khoản vay phải thu hồi bao gồm: Nợ trong hạn 5,2 tỷ đồng, với 20 dự án; nợ quá hạn 120 triệu đồng, với 2 dự án.", nil},
		{"tasks after gồm: stay tasks",
			"Chủ tịch UBND tỉnh yêu cầu các sở thực hiện các việc gồm: rà soát 12 dự án chậm tiến độ; thu hồi đất của các dự án vi phạm.",
			[]string{"rà soát 12 dự án chậm tiến độ", "thu hồi đất của các dự án vi phạm"}},
		{"targets with figures after gồm: stay tasks",
			"Giám đốc Sở đề nghị các đơn vị phấn đấu đạt các chỉ tiêu gồm: thu ngân sách đạt 5.000 tỷ đồng; tỷ lệ hộ nghèo giảm 2%.",
			[]string{"thu ngân sách đạt 5.000 tỷ đồng", "tỷ lệ hộ nghèo giảm 2%"}},
		{"a past court order with a modal is narrated",
			"Một tòa án ở Lima đã ra lệnh cho người đàn ông này phải rời khỏi nước này trong 48 giờ.", nil},
		{"a past forcing with a modal is narrated",
			"Cơ quan chức năng đã buộc công ty phải dừng hoạt động xả thải.", nil},
		{"a present order with a modal is a task",
			"Chủ tịch UBND tỉnh yêu cầu buộc các cơ sở vi phạm phải dừng hoạt động ngay.",
			[]string{"buộc các cơ sở vi phạm phải dừng hoạt động ngay"}},
		{"phải đối mặt is no obligation",
			"Tân thủ tướng hiện phải đối mặt nhiều sóng gió chính trường.", nil},
		{"sự cần thiết phải is a noun phrase",
			"Bộ trưởng được đề cử nhấn mạnh sự cần thiết phải giảm quan liêu trong quân đội.", nil},
		{"a bracketed remark is no item",
			"Tiếp tục rà soát tổ chức bộ máy. Thủ tướng đề nghị các bộ rà soát thủ tục; (Ảnh minh họa)", []string{"các bộ rà soát thủ tục"}},
		{"a wish inside a relative clause is no request",
			"Bác là tấm gương mà em luôn mong muốn noi theo suốt đời.", nil},
		{"semicolons inside brackets split nothing",
			"Bộ trưởng đề nghị cán bộ thực hiện tinh thần \"5 dám\" (Dám nghĩ; dám nói; dám làm); nêu gương trong công tác.",
			[]string{"cán bộ thực hiện tinh thần \"5 dám\" (Dám nghĩ; dám nói; dám làm)", "nêu gương trong công tác"}},
		{"a numbered heading opening findings ends the list",
			"Ủy ban Kiểm tra Trung ương đề nghị cấp có thẩm quyền xem xét, thi hành kỷ luật ông Trần Văn Q.\n\nV. Xem xét kết quả kiểm tra tài chính đảng đối với Ban Thường vụ Tỉnh ủy Hà Nam, Ủy ban Kiểm tra Trung ương nhận thấy:\n\nBên cạnh những ưu điểm, các tổ chức đảng được kiểm tra còn có một số vi phạm trong quản lý tài chính.",
			[]string{"cấp có thẩm quyền xem xét, thi hành kỷ luật ông Trần Văn Q"}},
		{"a rule quoted by its principle",
			"Theo nguyên tắc thi hành kỷ luật trong Đảng, đảng viên vi phạm phải được xử lý công minh, chính xác, kịp thời.", nil},
		{"a law debate: a deputy's bare modal is an opinion, a request stays",
			"Ngày 21/3, cho ý kiến xây dựng Luật Đất đai sửa đổi, đại biểu Lê Văn R (tỉnh Bình Định) nêu nhiều vấn đề.\n\nDo vậy việc sửa luật lần này phải đặt trong bối cảnh thị trường biến động.\n\nĐại biểu Trần Thị S đề nghị nhà nước có chính sách hỗ trợ người dân tái định cư.",
			[]string{"nhà nước có chính sách hỗ trợ người dân tái định cư"}},
		{"a modal in what a regulation says",
			"Ủy ban Pháp luật cơ bản tán thành quy định người bị hại cần được hỗ trợ pháp lý miễn phí.", nil},
		{"a former official's modal sentence is an opinion",
			"Theo nguyên Thứ trưởng Bộ Nội vụ Trần Văn U, Nhà nước cần xây dựng phương hướng phát triển cho từng vùng.", nil},
		{"presiding over a ceremony",
			"Sáng 20/3, tại Hà Nội, Thượng tướng Nguyễn Văn G dự và chỉ đạo Lễ công bố Quyết định thành lập Sư đoàn 5.", nil},
		{"presiding over a conference",
			"Bộ trưởng Lê Văn H chủ trì Hội nghị sơ kết công tác 6 tháng đầu năm.", nil},
		{"directing a body named like an event word is still a directive",
			"Tỉnh ủy đề nghị Hội nghị xem xét, biểu quyết nhân sự đúng quy trình.",
			[]string{"Hội nghị xem xét, biểu quyết nhân sự đúng quy trình"}},
		{"a courtesy-call programme",
			"Trong khuôn khổ chuyến thăm, nhóm Chỉ huy tàu Pháp sẽ đến chào xã giao lãnh đạo UBND tỉnh Bình Định, đến thăm Học viện Hải quân.", nil},
		{"a teaser lead ended by an ellipsis, repeated in the body",
			"Theo Thứ trưởng Lê Văn K, Công an Sơn La cần chủ động tham mưu cho cấp ủy giải quyết tốt các vấn đề liên quan ...\n\nThứ trưởng Lê Văn K đề nghị Công an Sơn La chủ động tham mưu cho cấp ủy, chính quyền giải quyết tốt các vấn đề liên quan đến an ninh trật tự.",
			[]string{"Công an Sơn La chủ động tham mưu cho cấp ủy, chính quyền giải quyết tốt các vấn đề liên quan đến an ninh trật tự"}},
		{"a dek repeated in full in the body",
			"Phó Thủ tướng nhấn mạnh, Bộ Công Thương phải là đơn vị đi đầu trong việc thực hiện chuyển đổi số về thương mại điện tử.\n\nSáng 5/3, tại Hà Nội, Bộ Công Thương tổ chức hội nghị tổng kết năm 2024. Kết luận hội nghị, Phó Thủ tướng đề nghị Bộ Công Thương phải là đơn vị đi đầu trong việc thực hiện chuyển đổi số về thương mại điện tử, gắn với cải cách hành chính và phục vụ doanh nghiệp tốt hơn nữa trong năm 2025.",
			[]string{"Bộ Công Thương phải là đơn vị đi đầu trong việc thực hiện chuyển đổi số về thương mại điện tử, gắn với cải cách hành chính và phục vụ doanh nghiệp tốt hơn nữa trong năm 2025"}},
		{"deep in a text, the same task for two addressees stays twice",
			strings.Repeat("Hội nghị diễn ra trong hai ngày với sự tham dự của đại biểu các cơ quan Trung ương và địa phương. ", 6) +
				"\n\nBộ Chính trị giao Đảng ủy Chính phủ rà soát tổ chức bộ máy, ban hành các quyết định về quy chế làm việc theo thẩm quyền trước ngày 30/6.\n\nBộ Chính trị giao Đảng ủy Quốc hội rà soát tổ chức bộ máy, ban hành các quyết định về quy chế làm việc theo thẩm quyền trước ngày 30/6.",
			[]string{"Đảng ủy Chính phủ rà soát tổ chức bộ máy, ban hành các quyết định về quy chế làm việc theo thẩm quyền trước ngày 30/6", "Đảng ủy Quốc hội rà soát tổ chức bộ máy, ban hành các quyết định về quy chế làm việc theo thẩm quyền trước ngày 30/6"}},
		{"an ellipsis item not repeated later stays",
			"Bộ trưởng đề nghị các địa phương rà soát quỹ đất sạch ...\n\nHội nghị kết thúc lúc 17 giờ.",
			[]string{"các địa phương rà soát quỹ đất sạch"}},
	}
	checkTaskCases(t, cases)
}

// TestRequestIntroducers checks, on made-up variants, request framings:
// a speaker headed by a noun that doubles as a verb ("lãnh đạo Bộ X"), a
// demand ("đòi hỏi <addressee> ..."), the coming period's tasks, and a
// semicolon that continues the previous verb's object.
func TestRequestIntroducers(t *testing.T) {
	cases := []taskCase{
		{"lãnh đạo Bộ X đề nghị <person>",
			"Trên cương vị mới, lãnh đạo Bộ Công an đề nghị Đại tá Trần Văn L khẩn trương tiếp nhận công việc; đoàn kết cùng tập thể lãnh đạo; phát huy trí tuệ tập thể.",
			[]string{"Đại tá Trần Văn L khẩn trương tiếp nhận công việc", "đoàn kết cùng tập thể lãnh đạo", "phát huy trí tuệ tập thể"}},
		{"đại diện Sở X đề nghị",
			"Đại diện Sở Tài chính đề nghị các huyện sớm quyết toán vốn đầu tư công.",
			[]string{"các huyện sớm quyết toán vốn đầu tư công"}},
		{"a verb phrase before the request verb is no speaker",
			"Lãnh đạo, chỉ đạo Ban Tuyên giáo đề nghị khen thưởng.", nil},
		{"đòi hỏi + addressee + verbs",
			"Theo Bộ trưởng, nhiệm vụ thời gian tới rất nặng nề đòi hỏi Công an Điện Biên tiếp tục phát huy thành tích; bám sát địa bàn; chủ động tham mưu cho cấp ủy.",
			[]string{"Công an Điện Biên tiếp tục phát huy thành tích", "bám sát địa bàn", "chủ động tham mưu cho cấp ủy"}},
		{"đòi hỏi + a noun sets no task",
			"Công việc này đòi hỏi sự kiên trì rất lớn.", nil},
		{"đòi hỏi + addressee + modal",
			"Tình hình mới đòi hỏi các cấp ủy phải nâng cao năng lực lãnh đạo.",
			[]string{"các cấp ủy phải nâng cao năng lực lãnh đạo"}},
		{"past đòi hỏi is no task",
			"Năm 2020, dịch bệnh đã đòi hỏi Sở Y tế tăng cường nhân lực.", nil},
		{"the coming period's tasks",
			"Nhiệm vụ thời gian tới là tiếp tục cải cách thủ tục hành chính, nâng cao chỉ số năng lực cạnh tranh.",
			[]string{"tiếp tục cải cách thủ tục hành chính, nâng cao chỉ số năng lực cạnh tranh"}},
		{"a semicolon continuing the object is no split",
			"Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Lê Văn M đề nghị: Sở Nông nghiệp bổ sung thông tin, đánh giá cụ thể về kết quả cho vay; một số khó khăn trong việc thẩm định hồ sơ; tăng cường kiểm tra việc sử dụng vốn.",
			[]string{"Sở Nông nghiệp bổ sung thông tin, đánh giá cụ thể về kết quả cho vay; một số khó khăn trong việc thẩm định hồ sơ", "tăng cường kiểm tra việc sử dụng vốn"}},
		{"a how-question opens no verb-first item",
			"Bộ trưởng đề nghị các bộ rà soát thủ tục.\nLàm sao có được bộ máy hoạt động hiệu quả, hiệu lực.",
			[]string{"các bộ rà soát thủ tục"}},
		{"a how-question after ';' is one more object",
			"Bộ trưởng đề nghị báo chí tập trung nghiên cứu những vấn đề mới về Đảng cầm quyền; làm thế nào để cụ thể hóa được nghị quyết.",
			[]string{"báo chí tập trung nghiên cứu những vấn đề mới về Đảng cầm quyền; làm thế nào để cụ thể hóa được nghị quyết"}},
		{"a quantified organ subject after a semicolon is a new item",
			"Bộ trưởng đề nghị hoàn thành việc kiểm điểm tập thể, cá nhân năm 2024; nhiều địa phương có cách làm mới trong đánh giá cán bộ.",
			[]string{"hoàn thành việc kiểm điểm tập thể, cá nhân năm 2024", "nhiều địa phương có cách làm mới trong đánh giá cán bộ"}},
		{"a quantified addressee with a modal after a semicolon is a new task",
			"Chủ tịch tỉnh đề nghị các sở rà soát quy hoạch; một số huyện cần đẩy nhanh giải ngân.",
			[]string{"các sở rà soát quy hoạch", "một số huyện cần đẩy nhanh giải ngân"}},
	}
	checkTaskCases(t, cases)
}

// TestListContinuations checks, on made-up variants, how a list goes on:
// a pledge with a coming period, a list line without a final stop, a
// subject with a verb of continuing effort, and the joins that are not a
// new task ("nhiệm vụ và yêu cầu", a further name after a semicolon).
func TestListContinuations(t *testing.T) {
	cases := []taskCase{
		{"a past pledge naming a coming period",
			"Đại hội đã xác định, trong nhiệm kỳ tới tiếp tục củng cố tổ chức Hội; phát huy vai trò của hội viên.",
			[]string{"tiếp tục củng cố tổ chức Hội", "phát huy vai trò của hội viên"}},
		{"a past pledge without a coming period stays a result",
			"Đại hội đã xác định tiếp tục củng cố tổ chức Hội.", nil},
		{"a list line without a final stop goes on",
			"Chủ tịch tỉnh đề nghị Hội cần tập trung phát triển hội viên.\nPhát huy vai trò của Ban Chấp hành; tiếp tục đổi mới phương thức hoạt động\nĐại hội đã bầu Ban Chấp hành gồm 21 người.",
			[]string{"Hội cần tập trung phát triển hội viên", "Phát huy vai trò của Ban Chấp hành", "tiếp tục đổi mới phương thức hoạt động"}},
		{"a heading line without a final stop ends the list",
			"Chủ tịch tỉnh đề nghị Hội cần tập trung phát triển hội viên.\n\nPhát huy vai trò của Hội trong tình hình mới\n\nĐổi mới phương thức hoạt động là yêu cầu cấp thiết.",
			[]string{"Hội cần tập trung phát triển hội viên"}},
		{"a subject with tiếp tục continues an open list",
			"Giám đốc Sở đề nghị các phòng đẩy mạnh cải cách hành chính.\nThanh tra Sở tiếp tục kiểm tra, xử lý các vi phạm theo thẩm quyền.",
			[]string{"các phòng đẩy mạnh cải cách hành chính", "Thanh tra Sở tiếp tục kiểm tra, xử lý các vi phạm theo thẩm quyền"}},
		{"a subject with tiếp tục opens no list",
			"Thanh tra Sở tiếp tục kiểm tra, xử lý các vi phạm theo thẩm quyền.", nil},
		{"a long subject listed with commas, then quan tâm",
			"Chủ tịch tỉnh đề nghị các đồng chí được bổ nhiệm nhanh chóng tiếp cận công việc.\n\nCác đồng chí lãnh đạo, cán bộ, công chức, người lao động các cơ quan, đơn vị liên quan quan tâm tạo điều kiện cho 3 đồng chí hoàn thành nhiệm vụ.",
			[]string{"các đồng chí được bổ nhiệm nhanh chóng tiếp cận công việc", "Các đồng chí lãnh đạo, cán bộ, công chức, người lao động các cơ quan, đơn vị liên quan quan tâm tạo điều kiện cho 3 đồng chí hoàn thành nhiệm vụ"}},
		{"sự quan tâm is a noun",
			"Chủ tịch tỉnh đề nghị các đồng chí được bổ nhiệm nhanh chóng tiếp cận công việc.\n\nĐại diện gia đình và các đồng chí nguyên lãnh đạo tỉnh trân trọng cảm ơn tình cảm, sự quan tâm của lãnh đạo tỉnh.",
			[]string{"các đồng chí được bổ nhiệm nhanh chóng tiếp cận công việc"}},
		{"the subject's own wish comes before tiếp tục",
			"Chủ tịch tỉnh đề nghị các sở hỗ trợ đồng chí Lê Văn T.\n\nVới khối lượng công việc lớn, đồng chí Lê Văn T mong muốn, tiếp tục nhận được sự phối hợp của các cơ quan.",
			[]string{"các sở hỗ trợ đồng chí Lê Văn T"}},
		{"Các + organ + any verb continues an open list",
			"Bí thư Tỉnh ủy đề nghị Đảng bộ Khối tập trung xây dựng đội ngũ cán bộ.\nCác cấp ủy làm tốt công tác quy hoạch cán bộ; tăng cường quản lý đảng viên.",
			[]string{"Đảng bộ Khối tập trung xây dựng đội ngũ cán bộ", "Các cấp ủy làm tốt công tác quy hoạch cán bộ", "tăng cường quản lý đảng viên"}},
		{"Các + a list of organs + the steering committee they belong to",
			"Phó Chủ tịch tỉnh yêu cầu ngành Giáo dục tăng cường ôn tập cho học sinh.\nCác sở, ban, ngành thành viên Ban chỉ đạo vào cuộc quyết liệt, chuẩn bị tốt mọi phương án cho kỳ thi.",
			[]string{"ngành Giáo dục tăng cường ôn tập cho học sinh", "Các sở, ban, ngành thành viên Ban chỉ đạo vào cuộc quyết liệt, chuẩn bị tốt mọi phương án cho kỳ thi"}},
		{"Các + non-organ + verb does not",
			"Bí thư Tỉnh ủy đề nghị Đảng bộ Khối tập trung xây dựng đội ngũ cán bộ.\nCác đại biểu tham gia thảo luận sôi nổi.",
			[]string{"Đảng bộ Khối tập trung xây dựng đội ngũ cán bộ"}},
		{"a part after ';' opening with là continues the predicate",
			"Bộ trưởng đề nghị coi đây là nhiệm vụ hàng đầu của ngành; là công việc thường xuyên của mỗi cơ quan.",
			[]string{"coi đây là nhiệm vụ hàng đầu của ngành; là công việc thường xuyên của mỗi cơ quan"}},
		{"the speaker's own further words end the task",
			"Do đó, theo ông, cần quyết liệt tinh gọn bộ máy và ông cũng xác định đây là nhiệm vụ đặc biệt quan trọng.",
			[]string{"cần quyết liệt tinh gọn bộ máy"}},
		{"và + another subject's verb stays in the task",
			"Bộ trưởng đề nghị Sở Y tế rà soát danh sách và các bệnh viện báo cáo trước ngày 30/6.",
			[]string{"Sở Y tế rà soát danh sách và các bệnh viện báo cáo trước ngày 30/6"}},
		{"another main verb before tiếp tục",
			"Giám đốc Sở đề nghị các phòng đẩy mạnh cải cách hành chính.\nĐề án gắn với mục tiêu tiếp tục tinh gọn bộ máy.",
			[]string{"các phòng đẩy mạnh cải cách hành chính"}},
		{"nhiệm vụ và yêu cầu is a noun pair",
			"Hội Luật gia tỉnh cần nâng cao nhận thức về chức năng, nhiệm vụ và yêu cầu công tác của Hội trong tình hình mới.",
			[]string{"Hội Luật gia tỉnh cần nâng cao nhận thức về chức năng, nhiệm vụ và yêu cầu công tác của Hội trong tình hình mới"}},
		{"và yêu cầu + addressee is a new request",
			"Thủ tướng đề nghị Bộ Tài chính cân đối ngân sách và yêu cầu các địa phương giải ngân nhanh vốn đầu tư.",
			[]string{"Bộ Tài chính cân đối ngân sách", "các địa phương giải ngân nhanh vốn đầu tư"}},
		{"Nhất là elaborates the task before it",
			"Bộ trưởng đề nghị không ngừng đổi mới tư duy, nâng cao năng lực dự báo.\n\nNhất là trước các xu hướng lớn của thế giới về chuyển đổi số.",
			[]string{"không ngừng đổi mới tư duy, nâng cao năng lực dự báo", "Nhất là trước các xu hướng lớn của thế giới về chuyển đổi số"}},
		{"Nhất là opens no list",
			"Nhất là trước các xu hướng lớn của thế giới về chuyển đổi số.", nil},
		{"a further name after a semicolon is no task",
			"Ủy ban Kiểm tra Trung ương đề nghị cấp có thẩm quyền xem xét, thi hành kỷ luật Ban Thường vụ Tỉnh ủy Gia Lai; Ban cán sự đảng Sở Tài chính nhiệm kỳ 2016-2021 và ông Trần Văn N.",
			[]string{"cấp có thẩm quyền xem xét, thi hành kỷ luật Ban Thường vụ Tỉnh ủy Gia Lai; Ban cán sự đảng Sở Tài chính nhiệm kỳ 2016-2021 và ông Trần Văn N"}},
		{"a capitalized addressee with a verb after a semicolon is a new task",
			"Thủ tướng đề nghị các bộ rà soát thủ tục; Bộ Tài chính chủ động cân đối nguồn vốn.",
			[]string{"các bộ rà soát thủ tục", "Bộ Tài chính chủ động cân đối nguồn vốn"}},
		{"names of bills after a colon stay in one request",
			"Ủy ban Thường vụ Quốc hội đề nghị bổ sung trình Quốc hội cho ý kiến tại Kỳ họp thứ 9 đối với các dự án: Luật Đường bộ; Luật Cư trú (sửa đổi); Luật Thuế giá trị gia tăng (sửa đổi).",
			[]string{"bổ sung trình Quốc hội cho ý kiến tại Kỳ họp thứ 9 đối với các dự án: Luật Đường bộ; Luật Cư trú (sửa đổi); Luật Thuế giá trị gia tăng (sửa đổi)"}},
		{"lower-case contents after a colon are split; the noun introducing them is no item",
			"Đoàn kiểm tra đề nghị Tỉnh ủy làm rõ 2 nội dung: kết quả phát triển đảng viên; công tác tuyên truyền về biển đảo.",
			[]string{"kết quả phát triển đảng viên", "công tác tuyên truyền về biển đảo"}},
		{"a stance word inside a request blocks nothing",
			"Tổng Bí thư đề nghị không ngừng đổi mới tư duy, tăng cường năng lực phân tích, dự báo.",
			[]string{"không ngừng đổi mới tư duy, tăng cường năng lực phân tích, dự báo"}},
		{"a stance verb of the speaker blocks",
			"Giám đốc Sở phân tích các địa phương cần chuẩn bị nguồn nước.", nil},
		{"an announced list: its items follow",
			"Về nhiệm vụ thời gian tới, Bộ trưởng nhấn mạnh một số nội dung Cục Hải quan, Cục Thuế cần thực hiện. Trong đó, tăng cường chống buôn lậu qua biên giới. Đẩy mạnh hóa đơn điện tử; rà soát hoàn thuế.",
			[]string{"tăng cường chống buôn lậu qua biên giới", "Đẩy mạnh hóa đơn điện tử", "rà soát hoàn thuế"}},
		{"a quantified noun with a modal inside a longer sentence announces nothing",
			"Bộ trưởng nhấn mạnh một số nội dung ngành cần thực hiện ngay trong quý IV để bảo đảm thu ngân sách. Trong đó, tăng cường chống buôn lậu.", nil},
		{"presiding over sessions after a determiner",
			"Tổng Bí thư chủ trì và chỉ đạo các phiên họp tại Hội nghị Trung ương.", nil},
		{"a definition with là before the directive verb",
			"Nhiệm vụ chính của ủy ban này là chỉ đạo công tác kiểm tra, giám sát trong Đảng.", nil},
		{"là after a speech verb is a joiner",
			"Thủ tướng nhấn mạnh là giao cho Bộ Y tế làm đầu mối kết nối dữ liệu.",
			[]string{"Bộ Y tế làm đầu mối kết nối dữ liệu"}},
		{"a modal inside a state-of-affairs noun is relative",
			"Trước tình trạng nhiều doanh nghiệp phải thu hẹp sản xuất, đại biểu Lê Văn P nhấn mạnh nhiều ngành gặp khó khăn.", nil},
	}
	checkTaskCases(t, cases)
}

// TestComingFrame checks that, in an open list, a sentence framed by a
// period after the article's date is one more task, and one framed by a
// past period is not.
func TestComingFrame(t *testing.T) {
	date := time.Date(2016, 5, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"a later year continues the list",
			"Thủ tướng yêu cầu các bộ rà soát đối tượng hỗ trợ.\nTừ năm 2017 các địa phương bố trí ngân sách hỗ trợ người dân mua thẻ.",
			[]string{"các bộ rà soát đối tượng hỗ trợ", "Từ năm 2017 các địa phương bố trí ngân sách hỗ trợ người dân mua thẻ"}},
		{"an earlier year does not",
			"Thủ tướng yêu cầu các bộ rà soát đối tượng hỗ trợ.\nTừ năm 2014 các địa phương bố trí ngân sách hỗ trợ người dân mua thẻ.",
			[]string{"các bộ rà soát đối tượng hỗ trợ"}},
		{"a past marker does not",
			"Thủ tướng yêu cầu các bộ rà soát đối tượng hỗ trợ.\nTừ năm 2017 các địa phương đã bố trí ngân sách.",
			[]string{"các bộ rà soát đối tượng hỗ trợ"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tasks, _ := Find(Input{Text: c.text, Tokens: token.Tokenize(c.text), Sentences: segment.Sentences(c.text), Date: date})
			checkSpans(t, c.text, tasks)
			assert.Equal(t, c.want, texts(tasks))
		})
	}
}
