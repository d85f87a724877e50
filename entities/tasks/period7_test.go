package tasks

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTargetsAndTime: a target's deadline before its verb; "cần có thời
// gian" (it takes time) sets no task.
func TestTargetsAndTime(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a deadline between the target and its verb",
			"Theo kết luận, 8 tỉnh phấn đấu đến ngày 1-6-2026, đạt 100% cửa hàng bán xăng sinh học.",
			[]string{"phấn đấu đến ngày 1-6-2026, đạt 100% cửa hàng bán xăng sinh học"}},
		{"a deadline with no verb after it",
			"Các tỉnh phấn đấu đến năm 2030, một trung tâm lớn.", nil},
		{"it takes time",
			"Đại diện Bộ chia sẻ, không thể loại bỏ ngay xăng cũ, mà cần có thời gian để người dân thay thế.", nil},
	})
}

// TestFrontedPast: results follow a past-period frame fronted before
// "đã"; a duration after the verb ("trong suốt 25 năm qua") narrates.
func TestFrontedPast(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a fronted frame",
			"Trong 6 tháng đầu năm, ngành đã hoàn thành 12 công trình trọng điểm.",
			[]string{"hoàn thành 12 công trình trọng điểm"}},
		{"a duration after the verb",
			"Hãng xe đã thừa nhận gian lận số liệu nhiên liệu trong suốt 25 năm qua.", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, results := run(c.text)
			checkSpans(t, c.text, results)
			assert.Equal(t, c.want, texts(results))
		})
	}
}
