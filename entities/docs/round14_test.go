package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
)

// TestRound14Citations covers a regulation named by its issuer and subject,
// certificates cited by their registry number and the short title of the
// budget law (made-up sentences in the style of the press), as
// "type|text|number|issuer".
func TestRound14Citations(t *testing.T) {
	show := func(d schema.Document) string {
		return d.Type + "|" + d.Text + "|" + d.Number + "|" + d.Issuer
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a regulation by issuer and subject", "Tổng Bí thư vừa ký ban hành Quy định của Bộ Chính trị về luân chuyển cán bộ, nhằm tạo nguồn cán bộ.",
			[]string{"Quy định|Quy định của Bộ Chính trị về luân chuyển cán bộ||Bộ Chính trị"}},
		{"the discipline formula", "Thực hiện Quy định của Ban Bí thư về kỷ luật tổ chức đảng, đảng viên vi phạm, Ban Bí thư quyết định.",
			[]string{"Quy định|Quy định của Ban Bí thư về kỷ luật tổ chức đảng, đảng viên vi phạm||Ban Bí thư"}},
		// negatives: lower case speaks of the rules; a bare title with an issuer is no citation for this type
		{"lower-case rules", "Cán bộ luân chuyển theo quy định của Bộ Chính trị về công tác cán bộ.", nil},
		{"a bare title", "Việc thu phí thực hiện theo Quy định hiện hành của Bộ Tài chính.", nil},
		{"no subject after về", "Theo Quy định của Bộ Chính trị, cán bộ được bố trí làm cấp trưởng.", nil},
		{"an investment certificate", "Công ty hoạt động theo Giấy chứng nhận đầu tư số: 012345678901 do UBND thành phố cấp.",
			[]string{"Giấy chứng nhận|Giấy chứng nhận đầu tư số: 012345678901|012345678901|"}},
		{"a business registration certificate issued on a day", "Tỉnh thu hồi giấy chứng nhận đăng ký doanh nghiệp số 3812100017 cấp ngày 15/5/2015.",
			[]string{"Giấy chứng nhận|giấy chứng nhận đăng ký doanh nghiệp số 3812100017|3812100017|"}},
		{"a certificate with a symbol", "Công ty có Giấy chứng nhận đăng ký hoạt động bán hàng đa cấp số: 007/QLCT-GCN.",
			[]string{"Giấy chứng nhận|Giấy chứng nhận đăng ký hoạt động bán hàng đa cấp số: 007/QLCT-GCN|007|"}},
		// negatives: no number, a land-use certificate at an address, a long number of another type
		{"a certificate without a number", "Tỉnh đã cấp giấy chứng nhận đầu tư cho 12 dự án trong năm.", nil},
		{"an address after the certificate", "Người dân được cấp giấy chứng nhận quyền sử dụng đất tại số 5 phố Huế.", nil},
		{"a long number after another type", "Theo quyết định số 1234567 của công ty, giá tăng.", nil},
		{"a personnel letter's Party symbol", "Ban Tổ chức Trung ương có ý kiến tại Công văn số 2870-CVNS/BTCTW với nội dung sau.",
			[]string{"Công văn|Công văn số 2870-CVNS/BTCTW|2870|Ban Tổ chức Trung ương"}},
		{"a lower-case project with its horizon", "Để triển khai có hiệu quả đề án phát triển thanh toán không dùng tiền mặt giai đoạn 2016-2020, ngân hàng đã họp.",
			[]string{"Đề án|đề án phát triển thanh toán không dùng tiền mặt giai đoạn 2016-2020||"}},
		{"a lower-case strategy to a year", "Tỉnh thực hiện chiến lược phát triển ngành logistics đến năm 2030.",
			[]string{"Chiến lược|chiến lược phát triển ngành logistics đến năm 2030||"}},
		// negatives: no horizon; a plural; being drafted; a title of two syllables
		{"lower case without a horizon", "Ngân hàng triển khai đề án đẩy mạnh thanh toán qua ngân hàng.", nil},
		{"a plural", "Các đề án phát triển giai đoạn 2021-2025 đều chậm.", nil},
		{"being drafted", "Tỉnh sẽ xây dựng đề án phát triển du lịch đến năm 2030.", nil},
		{"two syllables", "Tỉnh giao sở lập đề án du lịch đến năm 2030.", nil},
		{"the budget law by its short title", "Quỹ sẽ được phân chia theo Luật ngân sách còn phí vẫn thu.",
			[]string{"Luật|Luật ngân sách||"}},
		{"the full title stays whole", "Việc chi tiêu theo Luật Ngân sách nhà nước năm 2015.",
			[]string{"Luật|Luật Ngân sách nhà nước năm 2015||"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}
