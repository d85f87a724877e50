package tasks

import "testing"

// TestCarriedSpeaker: a request after a semicolon goes on with the
// speaker of the praise or speech clause before it.
func TestCarriedSpeaker(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"praise; đồng thời yêu cầu",
			"Phát biểu tại buổi làm việc, Bộ trưởng Lê Văn Nam ghi nhận, đánh giá cao sự nỗ lực của Sở Y tế trong phòng dịch; đồng thời yêu cầu Sở Y tế tiếp tục rà soát các cơ sở khám bệnh.",
			[]string{"Sở Y tế tiếp tục rà soát các cơ sở khám bệnh"}},
		{"praise; yêu cầu",
			"Kết luận cuộc họp, Chủ tịch tỉnh Trần Văn Bình hoan nghênh các sở đã chủ động triển khai; yêu cầu hai sở phối hợp hoàn thiện đề án.",
			[]string{"hai sở phối hợp hoàn thiện đề án"}},
		{"speech; đề nghị",
			"Bí thư Tỉnh ủy Lê Thị Hoa khẳng định vai trò của thanh niên rất quan trọng; đề nghị Tỉnh đoàn đổi mới nội dung sinh hoạt.",
			[]string{"Tỉnh đoàn đổi mới nội dung sinh hoạt"}},
		// negatives
		{"no speaker before the praise",
			"Nhiều ý kiến ghi nhận kết quả của ngành; yêu cầu cao hơn về chất lượng dịch vụ.",
			nil},
		{"a praise alone sets nothing",
			"Bộ trưởng Lê Văn Nam ghi nhận, đánh giá cao sự nỗ lực của Sở Y tế trong phòng dịch.",
			nil},
	})
}

// TestSpeechRequest: "nhấn mạnh yêu cầu" before a verb is the speaker's
// request; before a noun it is a noun phrase.
func TestSpeechRequest(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"fronted addressee, nhấn mạnh yêu cầu + verbs",
			"Với Bộ Tài chính, Thủ tướng nhấn mạnh yêu cầu nâng cao hiệu quả quản lý nợ công; đẩy mạnh cải cách thủ tục thuế.",
			[]string{"nâng cao hiệu quả quản lý nợ công", "đẩy mạnh cải cách thủ tục thuế"}},
		{"nhấn mạnh yêu cầu + noun",
			"Nhấn mạnh yêu cầu, nhiệm vụ của công tác dân vận, đồng chí Trần Văn Bình nói về kết quả đạt được.",
			nil},
		{"nhấn mạnh yêu cầu without a speaker",
			"Báo cáo nhấn mạnh yêu cầu nâng cao hiệu quả quản lý nợ công.",
			nil},
	})
}
