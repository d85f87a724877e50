package tasks

import "testing"

// TestUndergoneModal: "phải" before a verb of suffering, undergoing or
// leaving a post under pressure tells what one has to put up with, no
// task; an obligation to bear responsibility stays one.
func TestUndergoneModal(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"suffering pain",
			"Hàng nghìn người khác phải chịu những nỗi đau về thể xác suốt nhiều năm.", nil},
		{"bearing attacks",
			"Thành phố năm nay phải hứng chịu nhiều trận bão lớn.", nil},
		{"undergoing a match run",
			"Đội bóng phải trải qua 5 trận đấu căng thẳng trong 2 tuần.", nil},
		{"it takes days",
			"Các nhà điều tra có thể phải mất nhiều ngày để xác định nguyên nhân.", nil},
		{"evacuating",
			"Cư dân vùng lũ phải sơ tán hơn 50 km về phía nam.", nil},
		{"resigning",
			"Ông Hải cũng phải xin thôi chức sau vụ việc.", nil},
		{"bearing responsibility is an obligation",
			"Các đơn vị phải chịu trách nhiệm trước Chủ tịch UBND tỉnh.",
			[]string{"Các đơn vị phải chịu trách nhiệm trước Chủ tịch UBND tỉnh"}},
		{"a plain obligation",
			"Các xã phải hoàn thành việc kiểm kê trước ngày 30/6.",
			[]string{"Các xã phải hoàn thành việc kiểm kê trước ngày 30/6"}},
	})
}

// TestPastOpened: a sentence opened by an adverbial of narrated past time
// and its comma ("Trước đó,", "Khi đó,") tells what had to be done then;
// a request verb before the modal with no "đã" is a request that stands.
func TestPastOpened(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"before that, had to resign",
			"Trước đó, hai thứ trưởng cũng phải rời ghế khi vụ án bị phanh phui.", nil},
		{"at that time, had to borrow",
			"Khi đó, tỉnh phải vay thêm vốn để trả lương cho giáo viên.", nil},
		{"back then, with an opener of two words",
			"Lúc bấy giờ, nông dân cần bán lúa với giá thấp.", nil},
		{"a past order narrated",
			"Trước đó, tòa án đã ra quyết định yêu cầu công ty phải bồi thường 2 tỷ đồng.", nil},
		{"a request that stands",
			"Trước đó, Bộ Công Thương yêu cầu các sàn thương mại điện tử phải đăng ký trước ngày 30/11.",
			[]string{"các sàn thương mại điện tử phải đăng ký trước ngày 30/11"}},
		{"a coming period opener",
			"Thời gian tới, các xã phải hoàn thành việc kiểm kê đất công.",
			[]string{"Thời gian tới, các xã phải hoàn thành việc kiểm kê đất công"}},
		{"no comma after the opener: not a frame",
			"Trước đó các đơn vị phải gửi báo cáo về Sở Tài chính.",
			[]string{"Trước đó các đơn vị phải gửi báo cáo về Sở Tài chính"}},
	})
}

// TestSignedDirective: a capitalized document that a named issuer signed
// or issued directs a verb with no addressee ("Thủ tướng đã ký Công điện
// số N ngày D chỉ đạo triển khai ..."); a document alone sets out its
// content, a past year's document is history, a lead cut by an ellipsis
// teases.
func TestSignedDirective(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a signed telegram directs a verb",
			"Thủ tướng đã ký Công điện số 71/CĐ-TTg ngày 3/8/2024 chỉ đạo triển khai công tác cứu hộ người dân vùng lũ.",
			[]string{"triển khai công tác cứu hộ người dân vùng lũ"}},
		{"a signed decision requests, no date",
			"Phó Thủ tướng Trần Văn Hải ký Quyết định số 88/QĐ-TTg yêu cầu rà soát toàn bộ dự án chậm tiến độ.",
			[]string{"rà soát toàn bộ dự án chậm tiến độ"}},
		{"a signed telegram with an addressee and a date",
			"Thủ tướng Chính phủ đã ký Công điện số 71/CĐ-TTg ngày 3/8/2024 chỉ đạo các bộ triển khai công tác cứu hộ.",
			[]string{"các bộ triển khai công tác cứu hộ"}},
		{"a document alone sets out its content",
			"Nghị quyết số 99/2015/QH13 giao triển khai công tác giám sát.", nil},
		{"a lower-case document noun",
			"UBND tỉnh đã có văn bản số 12/UBND yêu cầu triển khai công tác giám sát.", nil},
		{"a past year's document",
			"Năm 2015, UBND tỉnh đã ký Quyết định số 12/QĐ-UBND ngày 3/4/2015 yêu cầu triển khai công tác giám sát.", nil},
		{"a lead cut by an ellipsis",
			"Thủ tướng đã có Công điện số 18/CĐ-TTg chỉ đạo khắc phục hậu quả vụ tai nạn tại km ...", nil},
	})
}

// TestReasonClause: a modal inside a clause of cause that opens its
// clause and that a comma closes before the main clause gives a reason,
// no task; "thì" or "nên" before the modal opens the main clause, "do"
// inside a clause names an agent, "Do đó" is a connector.
func TestReasonClause(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a reason before the main clause",
			"Đến nay, do yêu cầu cần phải tập trung điều trị, ông xin thôi giữ chức.", nil},
		{"a reason with vì",
			"Vì phải đi học xa, các em thường ở trọ gần trường.", nil},
		{"a reason with bởi, after the main clause",
			"Việc giành vé không dễ, bởi vận động viên phải vượt qua nhiều vòng tuyển chọn, cạnh tranh với nhiều đối thủ.", nil},
		{"nên opens the main clause",
			"Do đây là tài sản công nên phải tăng cường đấu giá, bảo đảm thu ngân sách.",
			[]string{"phải tăng cường đấu giá, bảo đảm thu ngân sách"}},
		{"thì opens the main clause",
			"Vì dân thì cán bộ phải gần dân, hiểu dân.",
			[]string{"Vì dân thì cán bộ phải gần dân, hiểu dân"}},
		{"a connector of consequence",
			"Do đó các cơ quan cần khẩn trương rà soát, báo cáo kết quả.",
			[]string{"các cơ quan cần khẩn trương rà soát, báo cáo kết quả"}},
		{"a reason with no main clause after it is left alone",
			"Do điều kiện khó khăn, các xã cần được hỗ trợ thêm kinh phí.",
			[]string{"Do điều kiện khó khăn, các xã cần được hỗ trợ thêm kinh phí"}},
	})
}

// TestPossibleModal: a modal after a word of possibility or of a forecast
// ("có thể phải", "có lẽ cần", "sẽ cần") tells what may be needed, no
// task; the bare modal stays one.
func TestPossibleModal(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"may have to",
			"Các tỉnh có thể phải điều chỉnh kế hoạch đầu tư công.", nil},
		{"perhaps needs",
			"Đội bóng có lẽ cần thêm thời gian để hồi phục.", nil},
		{"will need",
			"Ngân hàng trung ương sẽ cần thêm dữ liệu trước khi quyết định.", nil},
		{"likely to have to",
			"Nhiều hộ dân có khả năng phải di dời khỏi vùng sạt lở.", nil},
		{"a plain need",
			"Các tỉnh cần điều chỉnh kế hoạch đầu tư công.",
			[]string{"Các tỉnh cần điều chỉnh kế hoạch đầu tư công"}},
	})
}

// TestKhongInNoun: "không" as a syllable of a noun ("Cục Hàng không",
// "Phòng không - Không quân") is no negation of the request verb after
// it; after "ngân hàng" or "văn phòng" it is one.
func TestKhongInNoun(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"an aviation authority requests",
			"Cục Hàng không yêu cầu các đơn vị tăng cường tuần tra khu vực hạn chế.",
			[]string{"các đơn vị tăng cường tuần tra khu vực hạn chế"}},
		{"an air defence command proposes",
			"Bộ Tư lệnh Phòng không - Không quân đề nghị các đơn vị tăng cường trực sẵn sàng chiến đấu.",
			[]string{"các đơn vị tăng cường trực sẵn sàng chiến đấu"}},
		{"airlines must report",
			"Các hãng hàng không phải báo cáo số chuyến bay bị hủy.",
			[]string{"Các hãng hàng không phải báo cáo số chuyến bay bị hủy"}},
		{"a negated request",
			"Tỉnh không yêu cầu các đơn vị báo cáo lại.", nil},
		{"an office's deputy is not",
			"Phó Chánh văn phòng không phải là người trực tiếp cầm lái.", nil},
		{"a bank is not",
			"Ngân hàng không phải là nơi nhận khoản tiền này.", nil},
	})
}

// TestAdditiveComma: a request after the additive "đồng thời" and a comma
// goes on with the speaker of the praise before it.
func TestAdditiveComma(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"after a semicolon",
			"Tỉnh đoàn biểu dương các em; đồng thời, đề nghị các cấp bộ Đoàn đẩy mạnh việc tuyên truyền.",
			[]string{"các cấp bộ Đoàn đẩy mạnh việc tuyên truyền"}},
		{"after a comma",
			"Bí thư Tỉnh đoàn biểu dương hai em, đồng thời, đề nghị các cơ sở Đoàn nhân rộng gương tốt.",
			[]string{"các cơ sở Đoàn nhân rộng gương tốt"}},
		{"citizens' complaint is no speaker",
			"Người dân phản ánh đường hỏng; đồng thời, đề nghị sửa chữa.", nil},
	})
}

// TestRelClause: a modal inside a relative clause that "mà" opens after a
// noun, with its own subject, describes the noun, no task; "mà" after a
// negation, right before the modal or before "còn" contrasts.
func TestRelClause(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"what the body needs to weigh",
			"Theo giới quan sát, điều mà Ban lãnh đạo cần tính lúc này là tìm người kế nhiệm.", nil},
		{"the bill a family has to pay",
			"Hóa đơn tiền điện mà gia đình ông phải trả dao động từ 200.000 đồng đến 300.000 đồng.", nil},
		{"the fee a club has to pay",
			"Số tiền mà câu lạc bộ phải chi sẽ không dưới 25 triệu bảng.", nil},
		{"not X but Y must",
			"Không phải đánh giá đề thi khó hay dễ mà đề thi phải có sự phân hóa.",
			[]string{"Không phải đánh giá đề thi khó hay dễ mà đề thi phải có sự phân hóa"}},
		{"not only but also",
			"Cán bộ không chỉ giỏi chuyên môn mà còn phải có đạo đức.",
			[]string{"Cán bộ không chỉ giỏi chuyên môn mà còn phải có đạo đức"}},
		{"but must, no subject",
			"Cần tính toán thận trọng, không cào bằng mà phải dựa trên quy mô từng tỉnh.",
			[]string{"Cần tính toán thận trọng, không cào bằng mà phải dựa trên quy mô từng tỉnh"}},
	})
}
