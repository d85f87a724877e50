package tasks

import "testing"

// TestOutcomeEndsList: the part after a ";" opened by a connector of
// result ("qua đó") is the outcome of the tasks before it, no task; the
// same connector after a comma stays inside its item, and a ";" before a
// plain task still splits.
func TestOutcomeEndsList(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"the outcome after a semicolon is cut",
			"Chủ tịch UBND tỉnh yêu cầu các sở rà soát quy hoạch vùng; bổ sung nguồn vốn cho các xã; qua đó góp phần nâng cao đời sống người dân.",
			[]string{"các sở rà soát quy hoạch vùng", "bổ sung nguồn vốn cho các xã"}},
		{"with a comma after the connector",
			"Bộ trưởng đề nghị các địa phương sửa đổi quy chế phối hợp; qua đó, tạo thuận lợi cho doanh nghiệp.",
			[]string{"các địa phương sửa đổi quy chế phối hợp"}},
		{"after a comma it stays in its item",
			"Bộ trưởng đề nghị các địa phương sửa đổi quy chế phối hợp, qua đó tạo thuận lợi cho doanh nghiệp.",
			[]string{"các địa phương sửa đổi quy chế phối hợp, qua đó tạo thuận lợi cho doanh nghiệp"}},
		{"a plain task after the semicolon still splits",
			"Bộ trưởng đề nghị các địa phương sửa đổi quy chế phối hợp; quan tâm đào tạo cán bộ.",
			[]string{"các địa phương sửa đổi quy chế phối hợp", "quan tâm đào tạo cán bộ"}},
	})
}

// TestRelatedToProposal: a directive word after "liên quan đến/tới" is
// the noun of a topic (the proposal talked about), no request; the same
// verb with a speaker before it stays a request.
func TestRelatedToProposal(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"information related to a proposal",
			"Trước các thông tin liên quan đến đề xuất bỏ quỹ bình ổn giá, Bộ trưởng cho biết quỹ vẫn sẽ hoạt động.", nil},
		{"with tới",
			"Về những ý kiến liên quan tới đề nghị tăng phí cầu đường, ông Nam cho biết chưa có quyết định nào.", nil},
		{"a speaker's proposal stays",
			"Bộ trưởng đề xuất bỏ quỹ bình ổn giá xăng dầu.",
			[]string{"bỏ quỹ bình ổn giá xăng dầu"}},
	})
}

// TestAssessmentItem: after a direction's colon, an item that opens with
// a nominalizer and whose predicate is "là" + a degree adverb judges the
// matter ("Việc X là rất cấp bách"); the tasks after it stay, and a modal
// before the copula keeps the item a task.
func TestAssessmentItem(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"an assessment then a task",
			"Phó Thủ tướng chỉ đạo: Việc nạo vét kênh, đặc biệt là kênh Nhiêu Lộc là rất cấp bách để bảo vệ sức khỏe người dân. Trước mắt, UBND thành phố cần triển khai ngay dự án nạo vét.",
			[]string{"Trước mắt, UBND thành phố cần triển khai ngay dự án nạo vét"}},
		{"hết sức as the degree",
			"Bộ trưởng yêu cầu: Sự phối hợp giữa các bộ là hết sức quan trọng; các bộ cần chia sẻ dữ liệu kịp thời.",
			[]string{"các bộ cần chia sẻ dữ liệu kịp thời"}},
		{"a modal before the copula keeps the task",
			"Bộ trưởng yêu cầu: Việc cấp phép cần hoàn thành sớm, là rất cấp bách.",
			[]string{"Việc cấp phép cần hoàn thành sớm, là rất cấp bách"}},
	})
}

// TestSideNotModal: "phải" in "từ trái sang phải" is the side, no modal;
// a modal "phải" after "sang" in another phrase stays one.
func TestSideNotModal(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a line-up from left to right",
			"Đội tuyển có thể ra sân với hàng hậu vệ từ trái sang phải là Minh, Long, Hải và Nam.", nil},
		{"a modal stays",
			"Các xã phải chuyển sang phương án mới trước ngày 30/6.",
			[]string{"Các xã phải chuyển sang phương án mới trước ngày 30/6"}},
	})
}

// TestAlternativeModal: a modal that only follows "hoặc" names an
// alternative outcome in a finding, no task; a task whose first
// alternative carries the modal stays whole.
func TestAlternativeModal(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a finding with an alternative",
			"Báo cáo cũng chỉ rõ, một số dự án không đạt được mục tiêu hoặc phải điều chỉnh mục tiêu.", nil},
		{"a league outcome",
			"Sẽ có các đội lên hạng, hoặc phải đá play-off để xác định đội xuống hạng.", nil},
		{"the first alternative carries the modal",
			"Các đơn vị phải nộp báo cáo hoặc phải giải trình trước ngày 15/7.",
			[]string{"Các đơn vị phải nộp báo cáo hoặc phải giải trình trước ngày 15/7"}},
	})
}

// TestSiteNotice: a website's notice to its readers ("... từ website này
// phải có sự chấp thuận ...") is no task; the same modal in a directive stays.
func TestSiteNotice(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a reprint notice",
			"Mọi bài viết đăng lại từ website này phải có sự đồng ý bằng văn bản của tòa soạn.", nil},
		{"a source notice",
			"Sử dụng thông tin của trang web này phải ghi rõ nguồn.", nil},
		{"a directive stays",
			"Các sở phải công khai thông tin trên cổng thông tin điện tử của tỉnh.",
			[]string{"Các sở phải công khai thông tin trên cổng thông tin điện tử của tỉnh"}},
	})
}
