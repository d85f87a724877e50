package tasks

import "testing"

// TestOutcomeEndsList: the part after a ";" opened by a connector of
// result ("qua đó") is the outcome of the tasks before it, no task; the
// same connector after a comma stays inside its item, and a ";" before a
// plain task still splits.
func TestOutcomeEndsList(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"the outcome after a semicolon is cut",
			"Chủ tịch UBND tỉnh yêu cầu các sở rà soát quy hoạch vùng; bổ sung nguồn vốn cho các xã; qua đó góp phần nâng cao đời sống người dân.",
			[]string{"các sở rà soát quy hoạch vùng", "bổ sung nguồn vốn cho các xã"}},
		{"with a comma after the connector",
			"Bộ trưởng đề nghị các địa phương sửa đổi quy chế phối hợp; qua đó, tạo thuận lợi cho doanh nghiệp.",
			[]string{"các địa phương sửa đổi quy chế phối hợp"}},
		{"after a comma it stays in its item",
			"Bộ trưởng đề nghị các địa phương sửa đổi quy chế phối hợp, qua đó tạo thuận lợi cho doanh nghiệp.",
			[]string{"các địa phương sửa đổi quy chế phối hợp, qua đó tạo thuận lợi cho doanh nghiệp"}},
		{"a plain task after the semicolon still splits",
			"Bộ trưởng đề nghị các địa phương sửa đổi quy chế phối hợp; quan tâm đào tạo cán bộ.",
			[]string{"các địa phương sửa đổi quy chế phối hợp", "quan tâm đào tạo cán bộ"}},
	})
}
