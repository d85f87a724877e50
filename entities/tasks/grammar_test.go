package tasks

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpeechFrames: a speech verb, then a coming period or an evaluation,
// then the clause that sets the task; the task starts at its subject.
func TestSpeechFrames(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"colon and coming period before a subject",
			"Giám đốc Sở nhấn mạnh: Thời gian tới, Trung tâm Y tế tiếp tục rà soát hồ sơ; nâng cao chất lượng khám bệnh.",
			[]string{"Trung tâm Y tế tiếp tục rà soát hồ sơ", "nâng cao chất lượng khám bệnh"}},
		{"coming period before a modal clause",
			"Ông Nguyễn Văn An lưu ý thời gian đến, nhà máy cần bảo đảm nguồn điện ổn định.",
			[]string{"nhà máy cần bảo đảm nguồn điện ổn định"}},
		{"an evaluation before the modal clause",
			"Bộ trưởng lưu ý đây là nhiệm vụ rất quan trọng, ngành Tư pháp cần làm tốt công tác cải cách.",
			[]string{"ngành Tư pháp cần làm tốt công tác cải cách"}},
		{"a condition, no subject: a statement",
			"Ông nhấn mạnh muốn có bộ máy hiệu quả, buộc phải đổi mới tổ chức.", nil},
		{"continuation paragraphs: a bare verb phrase, then Đồng thời",
			"Giám đốc lưu ý công ty cần bảo đảm nguồn nước sạch.\n\nCó kế hoạch mở rộng sản xuất kinh doanh.\n\nĐồng thời chuẩn bị tốt nguồn nhân lực.",
			[]string{"công ty cần bảo đảm nguồn nước sạch", "Có kế hoạch mở rộng sản xuất kinh doanh", "chuẩn bị tốt nguồn nhân lực"}},
	})
	tasks, _ := run("Sau khi nghe báo cáo kết quả năm 2024, ông Nguyễn Văn An lưu ý thời gian đến, nhà máy cần bảo đảm nguồn điện.")
	require.Len(t, tasks, 1)
	require.NotNil(t, tasks[0].Period)
	assert.Equal(t, "thời gian đến", tasks[0].Period.Text)
}

// TestNotRequests: request words used as nouns or in relative clauses,
// habits, wishes, purposes and what a past period narrates.
func TestNotRequests(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"habitual request",
			"Giám đốc luôn yêu cầu toàn ngành phải chấp hành nghiêm quy trình.", nil},
		{"a quantified noun",
			"Lãnh đạo Sở đã đề ra nhiều yêu cầu, nhiệm vụ, giải pháp để nâng cao chất lượng; đồng thời góp phần ổn định xã hội.", nil},
		{"a relative clause without an object",
			"Ngành đã hoàn thành các chỉ tiêu Quốc hội giao và kết quả năm sau cao hơn năm trước.", nil},
		{"a wish to receive",
			"Trong thời gian tới, ngành mong muốn được Chủ tịch nước quan tâm chỉ đạo để phát triển.", nil},
		{"a purpose clause",
			"Để phấn đấu hoàn thành nhiệm vụ, Viện trưởng đã đề ra nhiều giải pháp.", nil},
		{"a target under a past frame",
			"Bộ trưởng khẳng định, những năm qua, toàn ngành luôn nỗ lực phấn đấu hoàn thành các chỉ tiêu.", nil},
		{"a modal in a clause of cause",
			"Ông khẳng định: ngành đứng trước nhiều áp lực do phải thực hiện nhiều nhiệm vụ mới.", nil},
		{"but a request with an object stands",
			"Giám đốc yêu cầu toàn ngành chấp hành nghiêm quy trình.",
			[]string{"toàn ngành chấp hành nghiêm quy trình"}},
	})
}

// TestRequestBlocks: what goes on with one speaker's request.
func TestRequestBlocks(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"Đó là <NP> phải <VP> and a bare verb after it",
			"Ông đề nghị Sở Y tế phải thực hiện nghiêm quy trình. Đó là cán bộ y tế phải có tinh thần trách nhiệm cao. Thường xuyên rèn luyện bản thân.",
			[]string{"Sở Y tế phải thực hiện nghiêm quy trình", "cán bộ y tế phải có tinh thần trách nhiệm cao", "Thường xuyên rèn luyện bản thân"}},
		{"Đó là with no request before: a statement",
			"Đó là cán bộ y tế phải có tinh thần trách nhiệm cao.", nil},
		{"an ellipsis inside a sentence does not end the list",
			"Ban Nội chính cần xử lý các vụ án tại Tập đoàn An Phú... và các vụ án liên quan.\n\nNgoài ra, làm tốt hơn nữa vai trò tham mưu.",
			[]string{"Ban Nội chính cần xử lý các vụ án tại Tập đoàn An Phú... và các vụ án liên quan", "làm tốt hơn nữa vai trò tham mưu"}},
		{"an attribution with any verb after a closing quote",
			"Bộ trưởng đề nghị các sở rà soát hồ sơ.\n\n“Nâng cao chất lượng phục vụ; phải giữ nghiêm kỷ cương” - Bộ trưởng Nguyễn Văn An quán triệt.",
			[]string{"các sở rà soát hồ sơ", "Nâng cao chất lượng phục vụ", "phải giữ nghiêm kỷ cương"}},
	})
}

// TestCitedAndPast: what a document sets out or a law says, a promise a
// time ago, and a request to direct others.
func TestCitedAndPast(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a numbered document as the subject",
			"Thứ trưởng trích dẫn Nghị quyết số 12/2020/QH14 giao dự toán thu ngân sách năm 2021.", nil},
		{"a quoted provision",
			"Khoản 3 Điều 9 Nghị định 10/2019/NĐ-CP quy định: “Người đại diện phải lấy ý kiến Bộ Tài chính trước khi biểu quyết.”", nil},
		{"a promise a time ago",
			"Một năm trước, tại Đại hội cổ đông, hai ngân hàng đều cam kết sẽ trả cổ tức bằng tiền mặt nhưng sau đó đều thất hẹn.", nil},
		{"a request to direct: the item starts at whom it asks",
			"Bộ Tài chính đề nghị Thống đốc Ngân hàng Nhà nước chỉ đạo các ngân hàng nộp cổ tức vào ngân sách.",
			[]string{"Thống đốc Ngân hàng Nhà nước chỉ đạo các ngân hàng nộp cổ tức vào ngân sách"}},
	})
}

// TestPoliteAndBelief: a polite request anywhere in the sentence; nothing
// under a belief.
func TestPoliteAndBelief(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"trân trọng đề nghị after a dated clause",
			"Tại phiên họp ngày 04/11/2024, các vị đã nêu nhiều ý kiến, trân trọng đề nghị các vị đại biểu tránh nêu trùng lắp nội dung.",
			[]string{"các vị đại biểu tránh nêu trùng lắp nội dung"}},
		{"an additive before the verb needs a request before it",
			"Ông Lê Văn Hòa vừa ký báo cáo gửi UBND tỉnh, đồng thời đề xuất hướng xử lý công trình.", nil},
		{"under a belief",
			"Tôi tin tưởng rằng, phiên họp sẽ có nhiều kiến nghị cho Chính phủ trong công tác chỉ đạo, điều hành các ngành.", nil},
	})
}

// TestHistoryAndVows: a quotation in a past narrative is history; a vow
// sets what follows it.
func TestHistoryAndVows(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a quotation after a time-ago narrative",
			"Cách đây 70 năm, Chủ tịch Hồ Chí Minh đã về thăm Đền Hùng. Người căn dặn: “Bác cháu ta phải cùng nhau giữ lấy nước”.", nil},
		{"a vow before an adverb: the item starts at its subject",
			"Đảng bộ và Nhân dân tỉnh nguyện cùng nhau đoàn kết một lòng, hoàn thành tốt các nhiệm vụ.",
			[]string{"Đảng bộ và Nhân dân tỉnh nguyện cùng nhau đoàn kết một lòng, hoàn thành tốt các nhiệm vụ"}},
	})
}

// TestFrontedNote: a fronted note before the speaker's request is an item
// of its own; the speaker is none.
func TestFrontedNote(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"Lưu ý việc ..., <speaker> đề nghị ...",
			"Lưu ý việc kiểm tra cần bảo đảm hiệu quả thiết thực, đồng chí Trần Văn Tú đề nghị Ban Thường vụ phối hợp chặt chẽ.",
			[]string{"việc kiểm tra cần bảo đảm hiệu quả thiết thực", "Ban Thường vụ phối hợp chặt chẽ"}},
		{"a fronted frame is no note",
			"Về việc kiểm tra, đồng chí Trần Văn Tú đề nghị Ban Thường vụ phối hợp chặt chẽ.",
			[]string{"Ban Thường vụ phối hợp chặt chẽ"}},
	})
}

// TestAndProposes: "và đề xuất <NP>" inside an item is part of it; "và
// đề nghị <body> <VP>" opens the next item.
func TestAndProposes(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a thing proposed",
			"Chủ tịch đề nghị các đại biểu phân tích những hạn chế và đề xuất các giải pháp khả thi.",
			[]string{"các đại biểu phân tích những hạn chế và đề xuất các giải pháp khả thi"}},
		{"a body asked",
			"Chủ tịch đề nghị các đại biểu phân tích những hạn chế và đề nghị các sở rà soát hồ sơ.",
			[]string{"các đại biểu phân tích những hạn chế", "các sở rà soát hồ sơ"}},
	})
}
