package docs

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/schema"
)

// TestLawTitles covers the titles of class "law" (data/words.tsv) that hold
// "của", "và", a comma or a stop word, which would end an unlisted name
// (made-up sentences in the style of the press). want lists the documents
// after merging as "type|text|year|issuer".
func TestLawTitles(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"của inside the title", "Người bị thiệt hại được bồi thường theo Luật Trách nhiệm bồi thường của Nhà nước năm 2017.",
			[]string{"Luật|Luật Trách nhiệm bồi thường của Nhà nước năm 2017|2017|"}},
		{"a comma and và inside the title", "Bộ Quốc phòng triển khai Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp, có hiệu lực từ năm 2025.",
			[]string{"Luật|Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp|0|"}},
		{"a comma then và", "Quốc hội biểu quyết thông qua Luật Khoa học, công nghệ và đổi mới sáng tạo với đa số đại biểu tán thành.",
			[]string{"Luật|Luật Khoa học, công nghệ và đổi mới sáng tạo|0|"}},
		{"a comma without a parallel half", "Doanh nghiệp phải tuân thủ Luật An toàn, vệ sinh lao động và các văn bản hướng dẫn.",
			[]string{"Luật|Luật An toàn, vệ sinh lao động|0|"}},
		{"trong inside the title", "Dự án được hưởng ưu đãi theo Luật Khuyến khích đầu tư trong nước năm 1998.",
			[]string{"Luật|Luật Khuyến khích đầu tư trong nước năm 1998|1998|"}},
		{"của and a comma inside an old title", "Tỉnh rà soát văn bản theo Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân.",
			[]string{"Luật|Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân|0|"}},
		{"the longest listed title wins", "Đoàn giám sát việc thi hành Luật Hoạt động giám sát của Quốc hội năm 2003 tại tỉnh.",
			[]string{"Luật|Luật Hoạt động giám sát của Quốc hội năm 2003|2003|"}},
		{"a code", "Tàu biển đăng ký theo Bộ luật Hàng hải Việt Nam năm 2015, không theo luật nước ngoài.",
			[]string{"Bộ luật|Bộ luật Hàng hải Việt Nam năm 2015|2015|"}},
		{"a lower-case luật and a listed title", "Các đại biểu góp ý dự thảo luật Phòng, chống mua bán người (sửa đổi).",
			[]string{"Luật|dự thảo luật Phòng, chống mua bán người (sửa đổi)|0|"}},
		{"a shorter title does not cut a longer one", "Sở Công Thương hướng dẫn Luật Thương mại điện tử cho các sàn giao dịch.",
			[]string{"Luật|Luật Thương mại điện tử|0|"}},
		{"a listed title ends the name before prose", "Luật Quảng cáo kỳ vọng sẽ tạo hành lang pháp lý mới.",
			[]string{"Luật|Luật Quảng cáo|0|"}},
		{"the issuer after the title is no part of it", "Thực hiện Luật Thuế giá trị gia tăng của Quốc hội, Bộ Tài chính đã ban hành hướng dẫn.",
			[]string{"Luật|Luật Thuế giá trị gia tăng|0|"}},
		{"của Quốc hội after a title that ends in Quốc hội", "Thực hiện Luật Tổ chức Quốc hội của Quốc hội khóa XV, Văn phòng Quốc hội đã chuẩn bị tài liệu.",
			[]string{"Luật|Luật Tổ chức Quốc hội|0|"}},
		{"the old tone placement and ở inside the title", "Tổ hòa giải hoạt động theo Luật Hoà giải ở cơ sở năm 2013.",
			[]string{"Luật|Luật Hoà giải ở cơ sở năm 2013|2013|"}},
		{"a short form", "Điều 9 Luật Thuế TNCN quy định các khoản thu nhập được miễn thuế.",
			[]string{"Luật|Luật Thuế TNCN|0|"}},
		{"a lawyer is no law", "Luật sư Nguyễn Văn A cho biết thân chủ sẽ kháng cáo.", nil},
		{"a common noun after pháp luật", "Người dân cần tìm hiểu pháp luật về trẻ em và người cao tuổi.", nil},
	}
	show := func(d schema.Document) string {
		return d.Type + "|" + d.Text + "|" + strconv.Itoa(d.Year) + "|" + d.Issuer
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, show), c.name)
	}
}

// TestLawClassSize guards the list of law titles against a lost block: it
// holds every field's titles, written after the head word.
func TestLawClassSize(t *testing.T) {
	d := data()
	lx := d.classLex[cLaw]
	require.NotNil(t, lx)
	assert.GreaterOrEqual(t, lx.Len(), 250)
	for _, name := range []string{"Đất đai", "Tổ chức Tòa án nhân dân", "Phòng, chống mua bán người",
		"Sĩ quan Quân đội nhân dân Việt Nam", "Thủ đô", "Thực hiện dân chủ ở cơ sở", "Căn cước", "Đấu thầu",
		"Các tổ chức tín dụng", "Công đoàn", "Lao động", "Hàng hải Việt Nam",
		"Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", "Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác"} {
		_, ok := lx.Lookup(name)
		assert.True(t, ok, name)
	}
	for _, name := range []string{"Luật", "Bộ luật", "pháp luật", "Thuế"} {
		_, ok := lx.Lookup(name)
		assert.False(t, ok, name)
	}
}
