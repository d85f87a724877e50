package tasks

import "testing"

// TestSession14Captions: a photo caption with a final stop between two
// paragraphs of a list (made-up variants).
func TestSession14Captions(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a caption between two paragraphs of a list is no item and interrupts nothing",
			"Đồng chí đề nghị UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng. Chủ động kết nối tiêu thụ nông sản.\n\nPhương tiện chở nhãn sớm Hưng Yên sang Nhật Bản và thị trường Châu Âu.\n\nCác sở, ngành chuyên môn của tỉnh tiếp tục làm tốt công tác tham mưu cho UBND tỉnh.",
			[]string{"UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng", "Chủ động kết nối tiêu thụ nông sản", "Các sở, ngành chuyên môn của tỉnh tiếp tục làm tốt công tác tham mưu cho UBND tỉnh"}},
		{"the adjective 'sớm' after a noun does not make a caption an item",
			"Đồng chí đề nghị UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng. Chủ động kết nối tiêu thụ nông sản.\n\nCác đại biểu cắt băng tiễn chuyến xe nhãn sớm Hưng Yên đi các thị trường.",
			[]string{"UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng", "Chủ động kết nối tiêu thụ nông sản"}},
		// negatives
		{"the adverb 'sớm' before a verb still continues the list",
			"Đồng chí đề nghị UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng. Chủ động kết nối tiêu thụ nông sản.\n\nCác sở, ngành sớm ban hành kế hoạch tiêu thụ.",
			[]string{"UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng", "Chủ động kết nối tiêu thụ nông sản", "Các sở, ngành sớm ban hành kế hoạch tiêu thụ"}},
		{"after a one-item list a caption ends it",
			"Bộ trưởng yêu cầu các đơn vị kiểm tra công trình.\n\nBộ trưởng và các đại biểu dự buổi gặp mặt.\n\nCác đơn vị luôn tự hào là những thế hệ tiếp bước.",
			[]string{"các đơn vị kiểm tra công trình"}},
		{"a narrated sentence with a verb of saying is no caption",
			"Đồng chí đề nghị UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng. Chủ động kết nối tiêu thụ nông sản.\n\nGiám đốc Sở phát biểu tại hội nghị.\n\nCác sở, ngành chuyên môn của tỉnh tiếp tục làm tốt công tác tham mưu.",
			[]string{"UBND huyện tiếp tục hướng dẫn bà con chăm sóc cây trồng", "Chủ động kết nối tiêu thụ nông sản"}},
	})
}

// TestSession14Intro: a clause that only introduces a list is no item.
func TestSession14Intro(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"'đề nghị X, Y chỉ đạo:' introduces the list after it",
			"Phó Thủ tướng đề nghị Bộ Công an, Bộ Y tế và UBND các tỉnh chỉ đạo:\nCác cơ quan báo chí tăng cường tuyên truyền về phòng dịch.\nĐồng thời, nghiêm chỉnh chấp hành các quy định về phòng dịch.",
			[]string{"Các cơ quan báo chí tăng cường tuyên truyền về phòng dịch", "nghiêm chỉnh chấp hành các quy định về phòng dịch"}},
		// negatives
		{"an item whose directive has an object before the colon stays",
			"Phó Thủ tướng đề nghị Bộ Công an chỉ đạo lực lượng chức năng tăng cường tuần tra:\nCác cơ quan báo chí tăng cường tuyên truyền về phòng dịch.",
			[]string{"Bộ Công an chỉ đạo lực lượng chức năng tăng cường tuần tra", "Các cơ quan báo chí tăng cường tuyên truyền về phòng dịch"}},
	})
}

// TestSession14Functional: "Lực lượng chức năng", "Cơ quan chức năng" with
// no determiner go on with a directive's list.
func TestSession14Functional(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"'Lực lượng chức năng' continues a directive list",
			"Phó Thủ tướng đề nghị Bộ Công an và UBND các tỉnh chỉ đạo:\nCác cơ quan báo chí tăng cường tuyên truyền về an toàn giao thông.\nLực lượng chức năng thực hiện nghiêm các phương án bảo đảm trật tự.",
			[]string{"Các cơ quan báo chí tăng cường tuyên truyền về an toàn giao thông", "Lực lượng chức năng thực hiện nghiêm các phương án bảo đảm trật tự"}},
		// negatives
		{"'Lực lượng' with no 'chức năng' after it does not",
			"Phó Thủ tướng đề nghị Bộ Công an và UBND các tỉnh chỉ đạo:\nCác cơ quan báo chí tăng cường tuyên truyền về an toàn giao thông.\nLực lượng vũ trang tỉnh tổ chức lễ kỷ niệm ngày thành lập.",
			[]string{"Các cơ quan báo chí tăng cường tuyên truyền về an toàn giao thông"}},
	})
}
