package tasks

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/token"
)

// TestListPeriod checks the period of a task list: the time phrase of the
// clause that opens it, never one inside an item (made-up texts).
func TestListPeriod(t *testing.T) {
	date := time.Date(2024, 8, 7, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text, want string // want "": no period
	}{
		{"the opening clause's frame, not a date in the first item",
			"Trong thời gian tới, các sở, ngành cần rà soát các công việc còn lại đến hết năm 2024.",
			"thời gian tới"},
		{"a directive's opening clause, not a date in its item",
			"Để hoàn thành nhiệm vụ trong thời gian tới, Chủ tịch UBND tỉnh yêu cầu các sở rà soát các công việc còn lại đến hết năm 2024; chuẩn bị tốt đại hội.",
			"thời gian tới"},
		{"a date inside a vow is the vow's own",
			"Thay mặt Đảng bộ tỉnh, đồng chí Bí thư nguyện đoàn kết một lòng, phấn đấu hoàn thành các mục tiêu năm 2024.",
			""},
		{"a fronted frame before the directive",
			"Trong năm 2025, Chủ tịch UBND tỉnh yêu cầu các sở tập trung cải cách thủ tục hành chính.",
			"năm 2025"},
		{"a frame set off by commas at the head of the first item",
			"Đồng chí đề nghị phát huy thành tích đạt được, thời gian tới, Công an huyện cần tiếp tục làm tốt công tác nắm tình hình.",
			"thời gian tới"},
		{"a frame after the addressee",
			"Thủ tướng đề nghị các địa phương ngay trong năm 2024, hỗ trợ mức đóng bảo hiểm y tế cho người cao tuổi.",
			"năm 2024"},
		{"a deadline after the addressee is the item's own",
			"Thủ tướng đề nghị các địa phương đến hết năm 2024, hoàn thành việc hỗ trợ mức đóng bảo hiểm y tế.",
			""},
		{"a frame opening the first item, with no comma",
			"Về lãi suất, từ nay đến cuối năm 2024 các ngân hàng phải đưa ra biện pháp giảm lãi suất.",
			"năm 2024"},
		{"the preposition is no part of the period",
			"Ông A nhấn mạnh, trong thời gian tới, ngành Y tế cần nâng cao chất lượng khám chữa bệnh.",
			"thời gian tới"},
		{"a clause before a semicolon frames nothing of the next",
			"Ông B cho biết: Lễ hội năm nay được các cơ sở tổ chức trang trọng, góp phần gắn kết nhân dân; đồng thời khẳng định, sẽ luôn đồng hành cùng sự phát triển của địa phương.",
			""},
		{"a coming period closing the first item frames the list",
			"Bộ trưởng nhấn mạnh ba nhóm công tác cán bộ cần tập trung thực hiện trong thời gian tới.",
			"thời gian tới"},
		{"a frame opening the paragraph scopes a list opened later in it",
			"Ông A nhấn mạnh, trong 6 tháng cuối năm 2024, tình hình sẽ còn nhiều khó khăn. Vì vậy, các cấp ủy cần tiếp tục nỗ lực hoàn thành các mục tiêu.",
			"6 tháng cuối năm 2024"},
		{"a frame opening another paragraph does not",
			"Ông A nhấn mạnh, trong 6 tháng cuối năm 2024, tình hình sẽ còn nhiều khó khăn.\n\nVì vậy, các cấp ủy cần tiếp tục nỗ lực hoàn thành các mục tiêu.",
			""},
		{"a frame of a narrated sentence does not",
			"Từ tháng 8/2024, Sở X đã triển khai phần mềm tra cứu. Các phòng, ban cần phối hợp khai thác hiệu quả phần mềm này.",
			""},
		{"the same frame of a sentence that narrates nothing does",
			"Từ tháng 8/2024, Sở X triển khai phần mềm tra cứu. Các phòng, ban cần phối hợp khai thác hiệu quả phần mềm này.",
			"tháng 8/2024"},
		{"a date inside the paragraph's first sentence is no frame",
			"Ông A cho biết tình hình năm 2024 sẽ còn nhiều khó khăn. Vì vậy, các cấp ủy cần tiếp tục nỗ lực hoàn thành các mục tiêu.",
			""},
		{"a date closing the first item is the item's own",
			"Ban Thường vụ đề nghị các đồng chí ủy viên tiếp tục phấn đấu hoàn thành tốt các mục tiêu trong năm 2024.",
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tasks, _ := Find(Input{Text: c.text, Tokens: token.Tokenize(c.text), Sentences: segment.Sentences(c.text), Date: date})
			require.NotEmpty(t, tasks)
			checkSpans(t, c.text, tasks)
			got := ""
			if p := tasks[0].Period; p != nil {
				got = p.Text
				require.NotNil(t, p.Span)
				assert.Equal(t, p.Text, c.text[p.Span.Start:p.Span.End])
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestListPeriodDates checks the dates of a list's period: months, joined
// years, the rest of the year, and periods over before the article's
// date, which no list of things to do is set for (made-up texts).
func TestListPeriodDates(t *testing.T) {
	date := time.Date(2024, 7, 31, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		name, text       string
		want, start, end string // want "": no period
	}{
		{"a month in a frame naming tasks",
			"Về nhiệm vụ trọng tâm tháng 8-2024, Thượng tướng A yêu cầu các cơ quan phát huy tính chủ động, sáng tạo.",
			"tháng 8-2024", "2024-08-01", "2024-08-31"},
		{"a month written with a slash",
			"Về công tác tháng 9/2024, Bộ trưởng yêu cầu công an các địa phương rà soát địa bàn.",
			"tháng 9/2024", "2024-09-01", "2024-09-30"},
		{"a month after an event noun dates the event",
			"Về nội dung giao ban tháng 8-2024, Thượng tướng A giao Văn phòng rà soát các nhiệm vụ.",
			"", "", ""},
		{"two years joined",
			"Tinh thần của Hội nghị là phải tạo sự bứt phá trong năm 2024 và năm 2025, phấn đấu đạt và vượt các mục tiêu đề ra.",
			"năm 2024 và năm 2025", "2024-01-01", "2025-12-31"},
		{"the rest of the year",
			"Từ nay đến cuối năm, các ngân hàng cần tiếp tục giảm lãi suất cho vay.",
			"Từ nay đến cuối năm", "2024-07-31", "2024-12-31"},
		{"a year over before the article's date",
			"Trong năm 2018, các sở cần tập trung cải cách thủ tục hành chính.",
			"", "", ""},
		{"a past year passed over for a coming one in the same clause",
			"Phát huy kết quả năm 2023, trong năm 2025, các sở cần tập trung cải cách thủ tục hành chính.",
			"năm 2025", "2025-01-01", "2025-12-31"},
		{"last year",
			"Năm ngoái, Chủ tịch tỉnh yêu cầu các sở rà soát thủ tục hành chính.",
			"", "", ""},
		{"a half year ahead",
			"Trong 6 tháng cuối năm 2024, các sở cần tập trung cải cách thủ tục hành chính.",
			"6 tháng cuối năm 2024", "2024-07-01", "2024-12-31"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tasks, _ := Find(Input{Text: c.text, Tokens: token.Tokenize(c.text), Sentences: segment.Sentences(c.text), Date: date})
			require.NotEmpty(t, tasks)
			checkSpans(t, c.text, tasks)
			got, start, end := "", "", ""
			if p := tasks[0].Period; p != nil {
				got, start, end = p.Text, p.Start, p.End
				require.NotNil(t, p.Span)
				assert.Equal(t, p.Text, c.text[p.Span.Start:p.Span.End])
			}
			assert.Equal(t, []string{c.want, c.start, c.end}, []string{got, start, end})
		})
	}
	t.Run("no month without the article's date", func(t *testing.T) {
		text := "Về nhiệm vụ trọng tâm tháng 8-2024, Thượng tướng A yêu cầu các cơ quan phát huy tính chủ động, sáng tạo."
		tasks, _ := Find(Input{Text: text, Tokens: token.Tokenize(text), Sentences: segment.Sentences(text)})
		require.NotEmpty(t, tasks)
		assert.Nil(t, tasks[0].Period)
	})
}
