package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRound6Forms covers "văn bản" + a number without a symbol, a law cited
// with a lower-case "luật" and its year, treaties (Hiệp định), known
// declarations and one draft cited in two wordings (made-up sentences in
// the style of the press). want lists the documents after merging as
// "type|text|number".
func TestRound6Forms(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		// văn bản + number: a công văn when a trailer or the clause's end follows
		{"văn bản N của", "Nhưng đang thi công thì có văn bản 168 của công ty quản lý bay yêu cầu tạm dừng.",
			[]string{"Công văn|văn bản 168|168"}},
		{"văn bản số N ngày", "UBND thành phố tại văn bản số 2379 ngày 19/5 đề nghị từ chối cấp phép.",
			[]string{"Công văn|văn bản số 2379|2379"}},
		{"văn bản số N, end of clause", "Sở đã có văn bản số 45, đề nghị các đơn vị phối hợp.",
			[]string{"Công văn|văn bản số 45|45"}},
		{"văn bản NN, end of clause", "Theo văn bản 1024, tỉnh sẽ kiểm tra lại.",
			[]string{"Công văn|văn bản 1024|1024"}},
		{"a count of pages", "Sở gửi văn bản 2 trang đến các đơn vị.", nil},
		{"a year", "Các văn bản 2016 của Sở đã được rà soát.", nil},
		{"a small number at a clause end", "Xem văn bản 2, phần phụ lục.", nil},
		{"a quantity", "Bộ ban hành văn bản 5 năm một lần.", nil},
		{"a decimal", "Điểm văn bản 7.5 của học sinh.", nil},
		{"a typed document dated", "Bộ Chính trị ban hành Quyết định 165 ngày 1/6/2024 về kỷ luật.",
			[]string{"Quyết định|Quyết định 165|165"}},
		{"a typed document, a count of days", "Kế hoạch 5 ngày được triển khai.", nil},
		// luật + a capitalized name + its year
		{"two laws with years", "vi phạm quy định của luật Ngân sách năm 2002, luật Xây dựng năm 2003 và các quy định khác.",
			[]string{"Luật|luật Ngân sách năm 2002|", "Luật|luật Xây dựng năm 2003|"}},
		{"a bare year", "theo luật Đấu thầu 2013 thì không được chỉ định thầu.",
			[]string{"Luật|luật Đấu thầu 2013|"}},
		{"no year: not a citation", "theo luật Rừng xanh thì không được chặt cây.", nil}, // (a name not listed: "luật ngân sách" is the budget law)
		{"kỷ luật", "thi hành kỷ luật Nguyễn Văn An năm 2020 theo quy định.", nil},
		{"lower-case name", "vi phạm luật giao thông năm 2020 bị xử phạt.", nil},
		// treaties
		{"treaty with lower-case words and an acronym", "khai thác tốt hơn Hiệp định Thương mại tự do Việt Nam - EU (EVFTA) và Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP).",
			[]string{"Hiệp định|Hiệp định Thương mại tự do Việt Nam - EU|", "Hiệp định|Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương|"}},
		{"treaty between parties, a verb after", "nhấn mạnh ý nghĩa của Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu mở cửa thị trường dịch vụ.",
			[]string{"Hiệp định|Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á – Âu|"}},
		{"acronym closes lower-case words", "chứng kiến lễ ký kết Hiệp định Đối tác kinh tế toàn diện (CEPA) và sáu văn kiện.",
			[]string{"Hiệp định|Hiệp định Đối tác kinh tế toàn diện|"}},
		{"lower-case head, a name", "đi ngược lại hiệp định Oslo về hòa bình.",
			[]string{"Hiệp định|hiệp định Oslo|"}},
		{"a kind of treaty", "Việt Nam đã ký nhiều hiệp định thương mại tự do với các đối tác.", nil},
		{"a count before", "mắt xích trong 16 Hiệp định thương mại tự do (FTA) đã ký.", nil},
		{"a plural before", "tận dụng các Hiệp định Thương mại tự do đã ký.", nil},
		{"no title", "Hiệp định cũng bao gồm nhiều quy định.", nil},
		{"a number without số", "nhu cầu vốn cho Hiệp định 2 khoảng 6 triệu USD.", nil},
		// known declarations
		{"declaration", "đại biểu được nghe toàn văn Bản Tuyên ngôn độc lập khai sinh ra nước Việt Nam.",
			[]string{"Tuyên ngôn|Tuyên ngôn độc lập|"}},
		{"not a known declaration", "Hội nghị thông qua Tuyên ngôn chung của hai bên.", nil},
		// one draft in two wordings
		{"two wordings of one draft", "cho ý kiến về dự án Luật Quy hoạch đô thị và quy hoạch nông thôn. Bộ trưởng trình bày tờ trình dự án Luật Quy hoạch đô thị và nông thôn.",
			[]string{"Luật|Luật Quy hoạch đô thị và quy hoạch nông thôn|"}},
		{"two laws, one name inside the other", "sửa đổi Luật Đầu tư và Luật Đầu tư công cùng lúc.",
			[]string{"Luật|Luật Đầu tư|", "Luật|Luật Đầu tư công|"}},
		{"an old law and its successor", "thay thế Luật Quy hoạch đô thị bằng Luật Quy hoạch đô thị và nông thôn.",
			[]string{"Luật|Luật Quy hoạch đô thị|", "Luật|Luật Quy hoạch đô thị và nông thôn|"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, typeTextNumber), c.name)
	}
}

// sameName merges close wordings of a long name only.
func TestSameName(t *testing.T) {
	assert.True(t, sameName("t|luật|quy hoạch đô thị và quy hoạch nông thôn", "t|luật|quy hoạch đô thị và nông thôn"))
	assert.False(t, sameName("t|luật|đầu tư", "t|luật|đầu tư công"))
	assert.False(t, sameName("t|luật|quy hoạch đô thị và nông thôn", "t|đề án|quy hoạch đô thị và quy hoạch nông thôn"))
	assert.False(t, sameName("t|luật|quy hoạch đô thị và nông thôn|2024", "t|luật|quy hoạch đô thị và quy hoạch nông thôn"))
	assert.False(t, sameName("t|luật|phòng chống tác hại của thuốc lá", "t|luật|phòng chống tác hại của rượu bia"))
	assert.False(t, sameName("n|luật|80", "n|luật|80"))
}
