package tasks

import "testing"

// TestSession10Classes: classes of task misses shared by the tuning sets of
// session 10 (made-up variants).
func TestSession10Classes(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"a request noun after a preposition is no speech verb",
			"Bộ trưởng Lê Văn Nam đề nghị các sở thực hiện tốt công tác tư tưởng.\n\nVới yêu cầu cao hơn khi vận hành bộ máy mới, phải có kế hoạch bồi dưỡng lại cán bộ.",
			[]string{"các sở thực hiện tốt công tác tư tưởng", "phải có kế hoạch bồi dưỡng lại cán bộ"}},
		{"a speech verb before the modal still starts the item",
			"Bộ trưởng nhấn mạnh, các sở phải có kế hoạch bồi dưỡng lại cán bộ.",
			[]string{"các sở phải có kế hoạch bồi dưỡng lại cán bộ"}},
	})
}
