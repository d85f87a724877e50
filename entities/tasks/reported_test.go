package tasks

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/schema"
)

// TestReportedDirections: directions a report passes on: at a seminar, a
// body's modal attributed by "Theo <official>," in its sentence or one of
// the three before it (one sentence a line, as in a word-segmented
// article); a fronted purpose clause and its connector left out of the
// item; a telegram's bare imperatives after an instrumental frame (kept
// in the item). Not:
// an expert's or an unattributed modal at a seminar, a modal whose
// subject is no body.
func TestReportedDirections(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a body's modal under an official's frame, lines after it",
			"Phó thủ tướng Lê Văn Nam dự hội thảo về thanh toán số.\nTheo Phó thủ tướng, thời gian qua ngân hàng đã nỗ lực nhiều.\nTuy nhiên, để triển khai có hiệu quả đề án, NH Nhà nước phải phối hợp với các bộ hoàn thiện hành lang pháp lý.\nCác bộ, ngành phải xây dựng hệ thống thông tin kết nối với ngân hàng.\n",
			[]string{"NH Nhà nước phải phối hợp với các bộ hoàn thiện hành lang pháp lý", "Các bộ, ngành phải xây dựng hệ thống thông tin kết nối với ngân hàng"}},
		{"the frame in the modal's own sentence",
			"Bộ trưởng Lê Văn Nam dự hội thảo về chuyển đổi số.\nCũng theo Bộ trưởng, Sở Thông tin và Truyền thông cần rà soát hạ tầng dữ liệu.\n",
			[]string{"Sở Thông tin và Truyền thông cần rà soát hạ tầng dữ liệu"}},
		{"a fronted purpose clause outside a seminar",
			"Tuy nhiên, để giảm thiệt hại, UBND các huyện phải chủ động sơ tán dân khỏi vùng trũng.\n",
			[]string{"UBND các huyện phải chủ động sơ tán dân khỏi vùng trũng"}},
		{"bare imperatives after an instrumental frame in a telegram",
			"Thủ tướng yêu cầu UBND các tỉnh kiểm tra, rà soát các khu vực nguy hiểm.\nBằng mọi biện pháp tiếp cận các khu dân cư bị cô lập, hỗ trợ lương thực cho người dân.\nTriển khai các biện pháp bảo vệ đê điều.\n",
			[]string{"UBND các tỉnh kiểm tra, rà soát các khu vực nguy hiểm", "Bằng mọi biện pháp tiếp cận các khu dân cư bị cô lập, hỗ trợ lương thực cho người dân", "Triển khai các biện pháp bảo vệ đê điều"}},
		// negatives
		{"an expert's frame at a seminar",
			"Phó thủ tướng Lê Văn Nam dự hội thảo về thanh toán số.\nTheo TS Trần Văn Ba, thời gian qua ngân hàng đã nỗ lực nhiều.\nNH Nhà nước phải phối hợp với các bộ hoàn thiện hành lang pháp lý.\n",
			nil},
		{"an official's frame too far back",
			"Phó thủ tướng Lê Văn Nam dự hội thảo về thanh toán số.\nTheo Phó thủ tướng, thời gian qua ngân hàng đã nỗ lực nhiều.\nThanh toán di động tăng mạnh.\nNgười dân dùng ví điện tử nhiều hơn.\nCác ngân hàng giảm phí chuyển khoản.\nCác bộ, ngành phải xây dựng hệ thống thông tin kết nối với ngân hàng.\n",
			nil},
		{"a modal with no body for subject at a seminar",
			"Phó thủ tướng Lê Văn Nam dự hội thảo về thanh toán số.\nTheo Phó thủ tướng, lợi ích đã quá rõ.\nTôi cho rằng vấn đề cần được thảo luận kỹ.\n",
			nil},
	})
}

// TestReportedLists: a letter's issuer named with its ministry in
// apposition ("Tổng cục X, Bộ Y - Z vừa có văn bản yêu cầu ..."), and a
// list of tasks a document sets out, introduced by a task noun and a
// colon, its first number left on the introduction's line by the
// segmenter. Not: a list of figures, a past issuer's letter.
func TestReportedLists(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"an issuer with its ministry in apposition",
			"Cục Hàng hải, Bộ Giao thông - vận tải vừa có văn bản yêu cầu Cảng vụ Hải Phòng kiểm tra, xử lý nghiêm tàu vi phạm.\n",
			[]string{"Cảng vụ Hải Phòng kiểm tra, xử lý nghiêm tàu vi phạm"}},
		{"a resolution's numbered tasks",
			"Chính phủ ban hành Nghị quyết về chuyển đổi số.\nNghị quyết đưa ra 3 nhiệm vụ, giải pháp gồm: 1.\nXây dựng, hoàn thiện thể chế về dữ liệu; 2.\nPhát triển hạ tầng số cho các địa phương; 3.\nBảo đảm nguồn lực thực hiện.\nThủ tướng phê duyệt đề án mới\n",
			[]string{"Xây dựng, hoàn thiện thể chế về dữ liệu", "Phát triển hạ tầng số cho các địa phương", "Bảo đảm nguồn lực thực hiện"}},
		// negatives
		{"a list of figures",
			"Báo cáo nêu 3 chỉ tiêu gồm: 1.\nTăng trưởng đạt 7%; 2.\nThu ngân sách vượt dự toán.\n",
			nil},
		{"an issuer's letter in the past",
			"Năm 2019, Cục Hàng hải, Bộ Giao thông - vận tải đã có văn bản yêu cầu Cảng vụ Hải Phòng kiểm tra tàu.\n",
			nil},
	})
}

// TestReportedNarrative: narrative sentences with a modal or a request
// verb that set no task: a modal after a causative and its object, a
// modal of waiting or suffering, a body's own plan ("sẽ chỉ đạo giải
// quyết"), the condition of a result ("phải đợi X chỉ đạo mới được xử
// lý"); a task said twice is kept once. Positives: a modal after "làm
// việc", a plan's directive to an addressee.
func TestReportedNarrative(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a modal after a causative and its object",
			"Việc điều chỉnh giá đã làm ngân sách phải chi thêm 60 tỉ đồng.\n",
			nil},
		{"a causative at a distance",
			"Mưa lớn kéo dài nhiều ngày, dẫn đến việc hàng trăm hộ dân phải di dời.\n",
			nil},
		{"a modal of waiting",
			"Nhiều dự án đã xong hồ sơ nhưng phải chờ HĐND họp.\n",
			nil},
		{"a body's own plan",
			"Khi có kết luận của cơ quan chức năng, UBND quận sẽ chỉ đạo giải quyết theo quy định.\n",
			nil},
		{"the condition of a result",
			"Cử tri bức xúc vì nhiều vụ việc phải đợi Trung ương chỉ đạo mới được xử lý.\n",
			nil},
		{"a task said twice",
			"UBND tỉnh vừa có văn bản phê bình nhiều sở ngành vì chậm giải quyết hồ sơ của người dân trong năm qua.\n\nTheo văn bản, nhiều hồ sơ bị trễ hạn mà không có lời giải thích.\n\nCán bộ tiếp dân tại huyện - Ảnh: N.V\n\nGiám đốc Sở yêu cầu cán bộ công chức thường xuyên tìm hiểu nguyện vọng của người dân.\n\nTin bài liên quan.\n\nGiám đốc Sở yêu cầu cán bộ công chức thường xuyên tìm hiểu nguyện vọng của người dân.\n",
			[]string{"cán bộ công chức thường xuyên tìm hiểu nguyện vọng của người dân"}},
		// positives kept
		{"a modal after làm việc",
			"Bộ trưởng yêu cầu cán bộ khi làm việc phải tận tụy với dân.\n",
			[]string{"cán bộ khi làm việc phải tận tụy với dân"}},
		{"a directive to an addressee",
			"Bộ trưởng chỉ đạo Sở Y tế khẩn trương xử lý vụ việc.\n",
			[]string{"Sở Y tế khẩn trương xử lý vụ việc"}},
	})
}

// TestReportedVoices: citizens asking a body to act make a request (the
// item starts at the body); a complaint, a new speaker's remark after a
// request, and a clause that shows something are none.
func TestReportedVoices(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"citizens ask the government",
			"Báo cáo của Mặt trận tổng hợp ý kiến cử tri cả nước.\nCử tri đề nghị Chính phủ chỉ đạo các địa phương chấn chỉnh ngay tình trạng mua bán đất trái phép.\n",
			[]string{"Chính phủ chỉ đạo các địa phương chấn chỉnh ngay tình trạng mua bán đất trái phép"}},
		{"citizens wish the Party and State to act",
			"Cử tri mong muốn Đảng và Nhà nước tiếp tục đẩy mạnh công tác phòng, chống tham nhũng.\n",
			[]string{"Đảng và Nhà nước tiếp tục đẩy mạnh công tác phòng, chống tham nhũng"}},
		{"a new speaker's remark ends the request's list",
			"Cử tri đề nghị Chính phủ chỉ đạo các địa phương chấn chỉnh ngay tình trạng này. Chia sẻ về vấn đề này, phó chủ tịch Quốc hội Trần Văn An nhận định bức xúc lớn vẫn ở đất đai.\n",
			[]string{"Chính phủ chỉ đạo các địa phương chấn chỉnh ngay tình trạng này"}},
		// negatives
		{"citizens voice a complaint",
			"Cử tri phản ánh việc thu hồi đất thiếu minh bạch ở nhiều địa phương.\n",
			nil},
		{"citizens wish for a good",
			"Cử tri mong muốn được hỗ trợ vốn để sản xuất.\n",
			nil},
		{"keep having to",
			"Bà con cứ phải về Hà Nội khiếu kiện nhiều lần.\n",
			nil},
		{"a clause that shows something",
			"Theo đại biểu, nhiều người dân vẫn phải đi lại nhiều lần, cho thấy thủ tục còn rườm rà.\n",
			nil},
	})
}

// TestReportedFindings: what a verb of showing finds ("thực tiễn cho
// thấy ..., cần ...") and a modal under a past period with its aspect
// marker ("50 năm đã qua, ... phải ...") set no task; a coming period
// then a modal before a non-verb keeps the modal's whole clause.
func TestReportedFindings(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a coming period, the modal, then a comma inside the item",
			"Anh đề xuất thời gian tới cần có sự cam kết mạnh về các giải pháp đồng hành, hỗ trợ các mô hình khởi nghiệp.\n",
			[]string{"cần có sự cam kết mạnh về các giải pháp đồng hành, hỗ trợ các mô hình khởi nghiệp"}},
		// negatives
		{"what practice shows",
			"Thực tiễn cho thấy việc tập huấn chỉ mới dừng ở mức giao lưu, cần tập trung nhiều hơn vào kỹ năng.\n",
			nil},
		{"a past period with its aspect marker",
			"Ông phát biểu: \"50 năm đã qua, thời gian đã thay đổi nhiều thứ, nhưng những bài học ấy phải được trân trọng\".\n",
			nil},
	})
}

// TestReportedQuotes: a quotation opening with a bare request verb and a
// body, closed by a report's attribution, is a request; the attribution
// after the closing quote is cut from any item; a quotation may open at
// the request verb after its speaker ('Cử tri cũng " đề nghị X ..."').
// Not: a quotation without a request verb's closer, a bare request verb
// before a non-body, a quoted function after a noun ('có chức năng "đề
// nghị ..."').
func TestReportedQuotes(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a quoted request closed by a report's attribution",
			"Báo cáo tổng hợp ý kiến cử tri.\n\" Đề nghị chính quyền địa phương tăng cường đối thoại với người dân \", báo cáo nêu rõ.\n",
			[]string{"chính quyền địa phương tăng cường đối thoại với người dân"}},
		{"the attribution cut from a request's item",
			"Cử tri mong muốn Đảng và Nhà nước tiếp tục đẩy mạnh phòng, chống tham nhũng \", báo cáo nêu rõ.\n",
			[]string{"Đảng và Nhà nước tiếp tục đẩy mạnh phòng, chống tham nhũng"}},
		{"a quotation opening at the request verb",
			"Cử tri cũng \" đề nghị người đứng đầu các bộ, ngành xây dựng chương trình hành động cụ thể \".\n",
			[]string{"người đứng đầu các bộ, ngành xây dựng chương trình hành động cụ thể"}},
		// negatives
		{"a quotation closed by a reporting verb",
			"Báo cáo tổng hợp ý kiến cử tri.\n\" Đề nghị chính quyền địa phương tăng cường đối thoại với người dân \", báo cáo cho biết.\n",
			nil},
		{"a quoted function after a noun",
			"Ủy ban này còn có chức năng \"đề nghị Bộ Chính trị thi hành kỷ luật đối với đảng viên\".\n",
			nil},
		{"a request verb before a non-body",
			"Báo cáo tổng hợp ý kiến cử tri.\n\" Đề nghị tăng cường đối thoại với người dân \", báo cáo nêu rõ.\n",
			nil},
	})
}

// TestGluedHeadline: a subheading glued onto the sentence after it (no
// space between its last word and the next sentence's first) carries no
// task in its modal; a brand name with an inner capital is no glue.
func TestGluedHeadline(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a glued subheading's modal",
			"Tin tuần qua.\n13 hoạt động đo đạc phải có giấy phépChính phủ đã ban hành Nghị định số 27/2019/NĐ-CP.\n",
			nil},
		// positives kept
		{"a brand with an inner capital",
			"Bộ trưởng yêu cầu các cửa hàng phải niêm yết giá bán iPhone rõ ràng.\n",
			[]string{"các cửa hàng phải niêm yết giá bán iPhone rõ ràng"}},
		{"a brand opening with a capital",
			"Các doanh nghiệp cần phối hợp với VinFast lắp trạm sạc.\n",
			[]string{"Các doanh nghiệp cần phối hợp với VinFast lắp trạm sạc"}},
	})
}

// TestFirstPersonRequest: the speaker's "tôi đề nghị" after a fronted
// frame, inside a quotation, is his request; "chúng tôi mong" is a wish.
func TestFirstPersonRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"tôi đề nghị after a frame, quoted",
			"Tin.\n\n\" Về vấn đề này, tôi đề nghị các cơ quan có liên quan phải vào cuộc, làm rõ trách nhiệm \" - ông Lê Văn An nói.\n",
			[]string{"các cơ quan có liên quan phải vào cuộc, làm rõ trách nhiệm"}},
		// negatives
		{"a first-person wish",
			"Tin.\n\n\" Nhưng sự thật không phải vậy, chúng tôi mong mọi việc sẽ được làm sáng tỏ \", bà Lê Thị Hoa bày tỏ.\n",
			nil},
	})
}

// TestOccasionAndCitizenView: the occasion a request was made at, ending
// its sentence, is cut from the item ("... tại cuộc làm việc với X sáng
// 14-3"), not an occasion inside the item before a comma; citizens voicing
// a view after a fronted frame end the list before ("Đối với X, cử tri
// đồng tình với việc ...").
func TestOccasionAndCitizenView(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"the occasion ending a request",
			"Ông Lê Văn An yêu cầu cần phải xử lý nghiêm trong việc quản lý đất đai, xây dựng tại cuộc làm việc với Quận uỷ Hòa Vang sáng 14-3.\n",
			[]string{"cần phải xử lý nghiêm trong việc quản lý đất đai, xây dựng"}},
		{"an occasion inside the item",
			"Bộ trưởng yêu cầu Sở Y tế báo cáo tại hội nghị tổng kết, kèm đề xuất cụ thể.\n",
			[]string{"Sở Y tế báo cáo tại hội nghị tổng kết, kèm đề xuất cụ thể"}},
		{"citizens' view after a frame ends the list",
			"Cử tri đề nghị Chính phủ chỉ đạo các địa phương xử lý dứt điểm khiếu kiện. Đối với công tác cán bộ, cử tri đồng tình với việc rà soát, thu hồi các quyết định bổ nhiệm sai quy trình.\n",
			[]string{"Chính phủ chỉ đạo các địa phương xử lý dứt điểm khiếu kiện"}},
	})
}

// TestPolicyContent: a modal stating a policy's content after its colon
// ("chủ trương của tỉnh: phải xin lỗi dân ...") is no task; a modal after
// a colon of speech is.
func TestPolicyContent(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a policy's content",
			"Chủ tịch tỉnh phê bình giám đốc Sở Tài chính vì không thực hiện nghiêm chủ trương của tỉnh: phải xin lỗi dân khi giải quyết công việc chậm trễ.\n",
			nil},
		{"a modal after a colon of speech",
			"Chủ tịch tỉnh nhấn mạnh: các sở phải xin lỗi dân khi giải quyết công việc chậm trễ.\n",
			[]string{"các sở phải xin lỗi dân khi giải quyết công việc chậm trễ"}},
	})
}

// TestTopicNoun: a request verb after "Về" is a noun, the topic ("Về kiến
// nghị xin thêm tiền, UBND ... đồng ý ..."); a request after a topic
// frame's comma still is one.
func TestTopicNoun(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a request noun after Về",
			"Về kiến nghị xin thêm tiền, UBND thành phố mới chỉ đồng ý về mặt chủ trương.\n",
			nil},
		{"a request after a topic frame",
			"Về vấn đề này, Bộ trưởng yêu cầu Sở Tài chính thẩm định lại dự toán.\n",
			[]string{"Sở Tài chính thẩm định lại dự toán"}},
	})
}

// TestPastAdvice: a modal under a past advice ("đã có văn bản ... khuyến
// cáo cần ...") is narrated; a present advice with a modal is a task.
func TestPastAdvice(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a past advice",
			"Trước khi cấp phép, Bộ Y tế đã có văn bản gửi trường khuyến cáo cần bổ sung đội ngũ giảng viên.\n",
			nil},
		{"an advice given now",
			"Bộ Y tế khuyến cáo người dân cần tiêm đủ mũi vắc xin.\n",
			[]string{"Bộ Y tế khuyến cáo người dân cần tiêm đủ mũi vắc xin"}},
	})
}

// TestDropRepeats checks that an item whose text an earlier item has is
// dropped, and a list left empty with it, both below repeatsInline items
// (compared in a slice) and above it (a set).
func TestDropRepeats(t *testing.T) {
	for _, n := range []int{3, repeatsInline, repeatsInline + 1, 3 * repeatsInline} {
		var ls []schema.TaskList
		var want []string
		seen := map[string]bool{}
		for li := 0; li < n/3+1; li++ {
			var l schema.TaskList
			for k := 0; k < 3; k++ {
				text := fmt.Sprintf("nhiệm vụ %d", (li*7+k*5)%(n/2+1))
				l.Items = append(l.Items, schema.Item{Text: text})
				if !seen[text] {
					seen[text] = true
					want = append(want, text)
				}
			}
			ls = append(ls, l)
		}
		var got []string
		for _, l := range dropRepeats(ls) {
			require.NotEmpty(t, l.Items, "n %d: an empty list is dropped", n)
			for _, it := range l.Items {
				got = append(got, it.Text)
			}
		}
		require.Equal(t, want, got, "n %d", n)
	}
}
