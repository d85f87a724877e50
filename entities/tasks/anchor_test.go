package tasks

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// filler is a neutral paragraph that makes a test text long enough for
// stateDoc to judge it.
var filler = strings.Repeat("Trời hôm nay nắng đẹp, gió nhẹ thổi qua những hàng cây xanh bên đường. ", 12)

// TestStateAnchor: a text that names no Party or state actor (a match
// report, a horoscope, exam instructions) sets no task and reports no
// result; naming one, in any case or capitalized, lets the rules read it.
func TestStateAnchor(t *testing.T) {
	for _, c := range []struct {
		name, text string
		tasks      int
	}{
		{"a match report", "Đội bóng buộc phải giành 3 điểm ở trận cuối để đi tiếp.", 0},
		{"a horoscope", "Sự nghiệp: Xử Nữ cần thận trọng hơn trong công việc.", 0},
		{"a lower-case bộ is no ministry", "Thí sinh cần mang theo bộ dụng cụ học tập đầy đủ.", 0},
		{"a ministry, capitalized", "Bộ Y tế cần tăng cường kiểm tra an toàn thực phẩm.", 1},
		{"a Party committee in lower case", "Các cấp ủy cần quan tâm lãnh đạo công tác dân vận.", 1},
		{"a title", "Thủ tướng yêu cầu các địa phương chủ động phòng chống bão.", 1},
		{"a comrade", "Đồng chí Bí thư nhấn mạnh các đơn vị cần chủ động phòng chống bão.", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := c.text + "\n\n" + filler
			tasks, results := run(text)
			assert.Len(t, tasks, c.tasks)
			if c.tasks == 0 {
				assert.Empty(t, results)
			}
		})
	}
}
