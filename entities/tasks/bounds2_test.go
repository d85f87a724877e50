package tasks

import "testing"

// TestItemEdges: an item's edges: a coming period with no comma before a
// modal ("đề nghị thời gian tới cần tiếp tục ..."), a clause of cause
// after a comma, a quotation's attribution by a request verb, a framing
// copular clause before the subject of a modal; a modal inside a clause
// of basis is no task.
func TestItemEdges(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a coming period then the modal",
			"Chủ tịch nước đề nghị thời gian tới cần tiếp tục bám sát, theo dõi tình hình khu vực.",
			[]string{"tiếp tục bám sát, theo dõi tình hình khu vực"}},
		{"a coming period with its comma",
			"Chủ tịch nước đề nghị thời gian tới, các bộ tiếp tục bám sát tình hình khu vực.",
			[]string{"các bộ tiếp tục bám sát tình hình khu vực"}},
		{"a clause of cause after a comma",
			"Theo ông Lê Văn Nam, ngân hàng cũng cần xem lại quy trình cho vay, bởi lẽ khi giải ngân, ngân hàng phải kiểm tra tài sản.",
			[]string{"ngân hàng cũng cần xem lại quy trình cho vay"}},
		{"a quotation closed by a request verb",
			"Bộ trưởng Lê Văn Nam yêu cầu các nhà máy tuân thủ quy trình vận hành.\n\n\"Đảm bảo an toàn cho công trình. Đặc biệt, cảnh báo sớm cho người dân vùng hạ du...\", Bộ trưởng yêu cầu.",
			[]string{"các nhà máy tuân thủ quy trình vận hành", "Đảm bảo an toàn cho công trình", "cảnh báo sớm cho người dân vùng hạ du"}},
		{"a framing copula before a subject named with commas",
			"Đồng chí nhấn mạnh: Năm 2025 là năm bứt phá, để phát huy thành quả, ngành Văn hóa, Thể thao và Du lịch cần nỗ lực hoàn thành các mục tiêu.",
			[]string{"ngành Văn hóa, Thể thao và Du lịch cần nỗ lực hoàn thành các mục tiêu"}},
		{"names joined, no clause comma before them",
			"Trong quá trình này, các địa phương là Lai Châu, Yên Bái, Lào Cai phải tăng cường quản lý đất hiếm.",
			[]string{"Lào Cai phải tăng cường quản lý đất hiếm"}},
		{"a quotation attributed to a pronoun of address alone",
			"Đồng chí Lê Văn Nam chủ trì hội nghị.\n\n\"Năm 2025 là năm tăng tốc. Mỗi cán bộ phải nêu cao tinh thần trách nhiệm\", đồng chí nhấn mạnh.",
			[]string{"Mỗi cán bộ phải nêu cao tinh thần trách nhiệm"}},
		// negatives
		{"a modal in a clause of basis",
			"Theo đó, việc cấp giấy chứng nhận vẫn được thực hiện, trên cơ sở giữa chủ đầu tư và ngân hàng phải thỏa thuận với nhau.",
			nil},
		{"bởi alone is no clause of cause",
			"Bộ trưởng Lê Văn Nam yêu cầu các sở rà soát các dự án bị đình trệ bởi thủ tục.",
			[]string{"các sở rà soát các dự án bị đình trệ bởi thủ tục"}},
	})
}
