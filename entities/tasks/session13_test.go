package tasks

import "testing"

// TestSession13Classes: classes of task misses of the session-10 round-2
// tuning sets (made-up variants).
func TestSession13Classes(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a subjectless list goes on through 'Khuyến khích'",
			"Đồng chí đề nghị UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng. Chủ động kết nối tiêu thụ nông sản. Khuyến khích người dân bán hàng trên mạng xã hội. Chuẩn bị tốt các điều kiện cho mùa thu hoạch.",
			[]string{"UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng", "Chủ động kết nối tiêu thụ nông sản", "Khuyến khích người dân bán hàng trên mạng xã hội", "Chuẩn bị tốt các điều kiện cho mùa thu hoạch"}},
		{"and through 'Đấu tranh'",
			"Bộ trưởng yêu cầu các đơn vị nâng cao chất lượng tuyên truyền. Đấu tranh có hiệu quả với các quan điểm sai trái.",
			[]string{"các đơn vị nâng cao chất lượng tuyên truyền", "Đấu tranh có hiệu quả với các quan điểm sai trái"}},
		{"a plain verb of saying after a closing quote and a comma is cut",
			"Cử tri mong muốn Nhà nước tiếp tục đẩy mạnh phòng, chống lãng phí \", báo cáo nêu.",
			[]string{"Nhà nước tiếp tục đẩy mạnh phòng, chống lãng phí"}},
		{"'ông X nói' too",
			"Bộ trưởng yêu cầu các bệnh viện cải tiến quy trình. \"Ngành y tế phải nâng cao chất lượng khám bệnh\", ông Nam nói.",
			[]string{"các bệnh viện cải tiến quy trình", "Ngành y tế phải nâng cao chất lượng khám bệnh"}},
		{"an item opening inside a quotation ends at its closing mark",
			"Bộ trưởng yêu cầu các đơn vị kiểm tra công trình. “Các địa phương phải nghiên cứu kỹ trước khi nâng cấp khu tái định cư”, người phát ngôn của Sở Xây dựng thông tin.",
			[]string{"các đơn vị kiểm tra công trình", "Các địa phương phải nghiên cứu kỹ trước khi nâng cấp khu tái định cư"}},
		{"a straight closing quote and a dash too",
			"Bộ trưởng yêu cầu các đơn vị kiểm tra công trình. \"Các địa phương cần lưu ý ngập úng đô thị\" - người phát ngôn của Sở cảnh báo và cho biết thêm về cơn bão.",
			[]string{"các đơn vị kiểm tra công trình", "Các địa phương cần lưu ý ngập úng đô thị"}},
		{"negative: a verb after the closing mark goes on with the task",
			"Bộ trưởng yêu cầu các đơn vị kiểm tra công trình. \"Các địa phương cần lưu ý ngập úng đô thị\", đồng thời báo cáo kết quả về Bộ.",
			[]string{"các đơn vị kiểm tra công trình", "Các địa phương cần lưu ý ngập úng đô thị\", đồng thời báo cáo kết quả về Bộ"}},
		{"an item ends before a straight-quoted citation left open to the sentence's end",
			"Đại biểu đề nghị văn kiện phải đánh giá đúng thực chất \"Tình hình khu vực tiếp tục diễn biến phức tạp, khó lường.",
			[]string{"văn kiện phải đánh giá đúng thực chất"}},
		{"and through 'Ngoài ra, ủng hộ'",
			"Bộ trưởng đề nghị các đơn vị truyền thông tăng cường tuyên truyền về giải đấu. Ngoài ra, ủng hộ lực lượng chức năng giữ gìn trật tự.",
			[]string{"các đơn vị truyền thông tăng cường tuyên truyền về giải đấu", "ủng hộ lực lượng chức năng giữ gìn trật tự"}},
		// negatives
		{"a straight-quoted name closed later in the sentence stays",
			"Đại biểu đề nghị văn kiện phải đánh giá đúng thực chất \"Tình hình khu vực\" trong giai đoạn tới.",
			[]string{"văn kiện phải đánh giá đúng thực chất \"Tình hình khu vực\" trong giai đoạn tới"}},
		{"a typographic opening mark left open stays",
			"Đại biểu đề nghị văn kiện phải đánh giá đúng thực chất “Tình hình khu vực tiếp tục diễn biến phức tạp.",
			[]string{"văn kiện phải đánh giá đúng thực chất “Tình hình khu vực tiếp tục diễn biến phức tạp"}},
		{"a quotation opened and closed inside the item stays",
			"Bộ trưởng yêu cầu các tỉnh thực hiện phương châm “bốn tại chỗ”, không để bị động trong mọi tình huống.",
			[]string{"các tỉnh thực hiện phương châm “bốn tại chỗ”, không để bị động trong mọi tình huống"}},
		{"a quotation closed by a plain verb of saying makes no request",
			"Báo cáo tổng hợp ý kiến cử tri.\n\" Đề nghị chính quyền địa phương tăng cường đối thoại với người dân \", báo cáo nêu.\n",
			nil},
		{"a sentence opening with such a verb and no list before it",
			"Hội nghị diễn ra trong hai ngày. Khuyến khích người dân tham gia là mục tiêu của chương trình.",
			nil},
	})
}
