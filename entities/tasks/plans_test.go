package tasks

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/token"
)

// TestFuturePlan checks a plan set for a coming period without a request
// verb: "trong <period>, <Org> tiếp tục <VP>(; <VP>)*" (made-up texts).
func TestFuturePlan(t *testing.T) {
	date := time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC)
	cases := []taskCase{
		{"a later year and a verb of continuing effort",
			"Phát huy kết quả đạt được, trong năm 2025, Hội Hữu nghị tỉnh tiếp tục đẩy mạnh tuyên truyền về Chỉ thị 12-CT/TW; nâng cao chất lượng hoạt động đối ngoại; phối hợp tổ chức các hoạt động giao lưu.",
			[]string{"Hội Hữu nghị tỉnh tiếp tục đẩy mạnh tuyên truyền về Chỉ thị 12-CT/TW", "nâng cao chất lượng hoạt động đối ngoại", "phối hợp tổ chức các hoạt động giao lưu"}},
		{"a coming-period phrase",
			"Trong thời gian tới, Hội Nông dân huyện sẽ tập trung hỗ trợ hội viên vay vốn; mở các lớp dạy nghề.",
			[]string{"Hội Nông dân huyện sẽ tập trung hỗ trợ hội viên vay vốn", "mở các lớp dạy nghề"}},
		{"the article's own year is no coming period",
			"Trong năm 2024, Hội Hữu nghị tỉnh tiếp tục đẩy mạnh tuyên truyền về Chỉ thị 12-CT/TW.", nil},
		{"a past marker makes it a report",
			"Trong năm 2025, Hội Hữu nghị tỉnh đã tiếp tục đẩy mạnh tuyên truyền.", nil},
		{"no verb of continuing effort",
			"Trong năm 2025, Hội Hữu nghị tỉnh kỷ niệm 30 năm thành lập.", nil},
		{"no capitalized subject",
			"Trong năm 2025, nhiều hội viên tiếp tục tham gia các hoạt động giao lưu.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tasks, _ := Find(Input{Text: c.text, Tokens: token.Tokenize(c.text), Sentences: segment.Sentences(c.text), Date: date})
			checkSpans(t, c.text, tasks)
			assert.Equal(t, c.want, texts(tasks))
		})
	}
}

// TestRequestsStated checks requests that a past marker, a document or a
// future marker carries, and their continuations (made-up texts).
func TestRequestsStated(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a written request reported under a speech verb",
			"Ông Nguyễn Văn A cho biết, ngày 3/4, Bộ đã có văn bản yêu cầu Tập đoàn Điện lực kiểm tra toàn bộ quy trình thi công.",
			[]string{"Tập đoàn Điện lực kiểm tra toàn bộ quy trình thi công"}},
		{"a past request reported under a speech verb",
			"Phó Chủ tịch UBND tỉnh Trần Văn B cho biết, UBND tỉnh đã yêu cầu Sở Xây dựng kiểm điểm trách nhiệm các cá nhân liên quan.",
			[]string{"Sở Xây dựng kiểm điểm trách nhiệm các cá nhân liên quan"}},
		{"a past written request in narration is background",
			"Ngày 2-4, UBND huyện Kim Sơn đã có văn bản yêu cầu Phòng Nội vụ xác minh vụ việc.", nil},
		{"a past allocation is no request",
			"Ông A nêu rõ, Quốc hội đã giao dự toán thu ngân sách năm 2016 là 50.000 tỷ đồng.", nil},
		{"a direction issued in a numbered document",
			"Ngày 17/5, tại Công văn số 215/UBND-DL, UBND tỉnh Bình Định đã giao Sở Du lịch kiểm tra vụ việc; báo cáo UBND tỉnh trước ngày 20/5.",
			[]string{"Sở Du lịch kiểm tra vụ việc", "báo cáo UBND tỉnh trước ngày 20/5"}},
		{"sẽ yêu cầu with the subject behind an adjunct",
			"Ban cán sự đảng Bộ Công thương căn cứ kết quả kiểm định sẽ yêu cầu Tổng công ty xử lý các cá nhân sai phạm.",
			[]string{"Tổng công ty xử lý các cá nhân sai phạm"}},
		{"a bare-verb sentence continues the request",
			"Bộ trưởng yêu cầu Sở Giao thông kiểm tra chất lượng công trình.\nLàm rõ trách nhiệm của nhà thầu thi công.",
			[]string{"Sở Giao thông kiểm tra chất lượng công trình", "Làm rõ trách nhiệm của nhà thầu thi công"}},
		{"a conditional direction continues the list",
			"UBND huyện giao Công an huyện kiểm tra, xác minh vụ việc.\nNếu phát hiện sai phạm, xử lý nghiêm theo quy định.",
			[]string{"Công an huyện kiểm tra, xác minh vụ việc", "Nếu phát hiện sai phạm, xử lý nghiêm theo quy định"}},
		{"a condition with a passive consequence does not",
			"UBND huyện giao Công an huyện kiểm tra, xác minh vụ việc.\nTrường hợp nào chống đối, sẽ bị nhóm đối tượng đe dọa.",
			[]string{"Công an huyện kiểm tra, xác minh vụ việc"}},
		{"Đồng thời with a new addressee continues the list",
			"UBND thành phố giao Công an thành phố kiểm tra sự việc.\nĐồng thời Chi cục Thuế thành phố kiểm tra việc chấp hành pháp luật về thuế của doanh nghiệp.",
			[]string{"Công an thành phố kiểm tra sự việc", "Chi cục Thuế thành phố kiểm tra việc chấp hành pháp luật về thuế của doanh nghiệp"}},
		{"a manner phrase in the request blocks nothing",
			"UBND tỉnh giao Sở Tài chính phối hợp các sở, ngành xử lý theo quy định.",
			[]string{"Sở Tài chính phối hợp các sở, ngành xử lý theo quy định"}},
		{"a bracket does not end the item",
			"Đoàn kiểm tra đề nghị UBND huyện cung cấp toàn bộ hồ sơ (hồ sơ dự án, bản vẽ,…) để phục vụ công tác giám định, chậm nhất là ngày 12/8.",
			[]string{"UBND huyện cung cấp toàn bộ hồ sơ (hồ sơ dự án, bản vẽ,…) để phục vụ công tác giám định, chậm nhất là ngày 12/8"}},
		{"a second directive verb after a semicolon is dropped before its addressee",
			"Đoàn kiểm tra đề xuất UBND tỉnh thành lập tổ điều tra; đề nghị UBND huyện cung cấp hồ sơ công trình.",
			[]string{"UBND tỉnh thành lập tổ điều tra", "UBND huyện cung cấp hồ sơ công trình"}},
		{"a semicolon inside a closed quotation splits nothing",
			"Ủy ban Kinh tế đề nghị làm rõ cơ sở của quy định về “quy hoạch chung là quy hoạch cấp quốc gia; các loại quy hoạch còn lại là quy hoạch kỹ thuật”; rà soát các quy định về nội dung quy hoạch.",
			[]string{"làm rõ cơ sở của quy định về “quy hoạch chung là quy hoạch cấp quốc gia; các loại quy hoạch còn lại là quy hoạch kỹ thuật”", "rà soát các quy định về nội dung quy hoạch"}},
		{"a quotation never closed does not hold the list",
			"Hội nghị đề nghị các cấp phổ biến Chỉ thị 05 về “Tiếp tục đẩy mạnh học tập; Chỉ thị 12 về “tăng cường đối ngoại nhân dân”; nâng cao chất lượng hoạt động của Hội.",
			// (a numbered document after the ';' is one more object of the
			// item's verb, as keyed: session 10)
			[]string{"các cấp phổ biến Chỉ thị 05 về “Tiếp tục đẩy mạnh học tập; Chỉ thị 12 về “tăng cường đối ngoại nhân dân”", "nâng cao chất lượng hoạt động của Hội"}},
		{"a directive verb with a lower-case object stays in the item",
			"Đoàn kiểm tra đề nghị UBND tỉnh chỉ đạo rà soát; đề xuất giải pháp khắc phục sự cố.",
			[]string{"UBND tỉnh chỉ đạo rà soát", "đề xuất giải pháp khắc phục sự cố"}},
	})
}

// TestNonTasksStated checks sentences with a cue word that set no task
// (made-up texts).
func TestNonTasksStated(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"nút giao holds no directive",
			"Ông A cho biết: “Nút giao Cát Lái là một trong những nút giao trọng điểm của thành phố.", nil},
		{"rẽ phải holds no modal",
			"Giai đoạn 1, chủ đầu tư sẽ xây dựng một nhánh rẽ phải cho các phương tiện từ cảng vào Vành đai 2.", nil},
		{"đáp ứng yêu cầu is a noun",
			"Với hình thức nút giao như hiện nay, Cầu Mới không thể đáp ứng yêu cầu về giao thông.", nil},
		{"a modal after đã bị is narrated",
			"Kết thúc chuyến đi, đoàn khách phản ánh đã bị chủ tàu ép giá, phải thanh toán bữa ăn gần 8 triệu đồng.", nil},
		{"a modal in a condition",
			"Chúng tôi mời cơ quan chức năng hỗ trợ trong trường hợp cần xác minh nội dung phản ánh.", nil},
		{"a first-person assurance",
			"Chúng tôi khẳng định sẽ xử lý nghiêm các sai phạm theo quy định của pháp luật.", nil},
		{"a named appointee's pledge stays",
			"Phát biểu nhận nhiệm vụ, ông Trần Văn C khẳng định sẽ nỗ lực hết sức, hoàn thành tốt nhiệm vụ được giao.",
			[]string{"nỗ lực hết sức, hoàn thành tốt nhiệm vụ được giao"}},
		{"an assurance does not open a list for what follows",
			"Chúng tôi khẳng định sẽ xử lý nghiêm các sai phạm. Đối với các nhà thầu, chúng tôi đã tính đến việc cấm tham gia đấu thầu.", nil},
		{"a belief about someone's effort",
			"Chủ tịch nước tin tưởng rằng đồng chí Nguyễn Văn D tiếp tục phát huy truyền thống, nỗ lực phấn đấu hoàn thành xuất sắc nhiệm vụ.", nil},
		{"a habitual practice reported",
			"Thời gian qua, Đảng ủy Học viện thường xuyên chỉ đạo nâng cao chất lượng đào tạo; đổi mới chương trình giảng dạy.", nil},
		{"a draft's proposal",
			"Điểm mới là dự thảo luật đề xuất rút gọn trình tự lập quy hoạch: Không yêu cầu lấy ý kiến cộng đồng dân cư.", nil},
		{"a negated request verb",
			"Không yêu cầu lập riêng quy hoạch phân khu đối với các đô thị nhỏ.", nil},
		{"với mong muốn is a noun",
			"Chúng tôi thành lập hợp tác xã với mong muốn sản xuất sản phẩm thương mại từ dược liệu.", nil},
		{"a caption ending in a photo credit",
			"Bí thư Tỉnh ủy Nguyễn Văn E đề nghị huyện tập trung xây dựng vùng nguyên liệu. Ảnh: NGỌC ANH\nHợp tác xã có 20 thành viên.", nil},
		{"a request in the body stays",
			"Bí thư Tỉnh ủy Nguyễn Văn E đề nghị huyện tập trung xây dựng vùng nguyên liệu, khớp nối với quy hoạch tỉnh.",
			[]string{"huyện tập trung xây dựng vùng nguyên liệu, khớp nối với quy hoạch tỉnh"}},
		{"the first step named as such is a lead-in",
			"Theo Bí thư Tỉnh ủy, việc trước nhất là ngay sau Đại hội, Ủy ban MTTQ tỉnh cần sửa đổi quy chế làm việc.",
			[]string{"ngay sau Đại hội, Ủy ban MTTQ tỉnh cần sửa đổi quy chế làm việc"}},
		{"a frame after the speech verb is no part of the task",
			"Chủ nhiệm Ủy ban Kinh tế cho biết, về định hướng xây dựng luật, cần kiên quyết xóa bỏ cơ chế xin - cho.",
			[]string{"cần kiên quyết xóa bỏ cơ chế xin - cho"}},
	})
}
