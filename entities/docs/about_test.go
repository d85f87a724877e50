package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Numberless documents named by subject, office or amended act, lower-case
// known names, law names continued after "và", lists sharing one "Luật".
// The strings are made up in the shape of such citations.
func TestAboutPositives(t *testing.T) {
	cases := []struct {
		in    string
		texts []string
		typ   string
	}{
		{"Quốc hội xem xét dự thảo Nghị quyết của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển tỉnh Hà Tĩnh; Luật", []string{"dự thảo Nghị quyết của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển tỉnh Hà Tĩnh"}, "Nghị quyết"},
		{"thực hiện Nghị quyết của Bộ Chính trị về phát triển vùng Tây Nguyên.", []string{"Nghị quyết của Bộ Chính trị về phát triển vùng Tây Nguyên"}, "Nghị quyết"},
		{"Quốc hội thông qua Nghị quyết bầu Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV đối với ông A", []string{"Nghị quyết bầu Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV"}, "Nghị quyết"},
		{"biểu quyết Nghị quyết miễn nhiệm Phó Chủ tịch Quốc hội, Ủy viên Ủy ban Thường vụ Quốc hội.", []string{"Nghị quyết miễn nhiệm Phó Chủ tịch Quốc hội, Ủy viên Ủy ban Thường vụ Quốc hội"}, "Nghị quyết"},
		{"trình Luật sửa đổi, bổ sung một số điều của Luật Đo lường và chất lượng sản phẩm được", []string{"Luật sửa đổi, bổ sung một số điều của Luật Đo lường và chất lượng sản phẩm"}, "Luật"},
		{"thông qua Nghị quyết sửa đổi, bổ sung Nghị quyết số 45 của Quốc hội về thí điểm mô hình chính quyền đô thị thành phố Hải Phòng.", []string{"Nghị quyết sửa đổi, bổ sung Nghị quyết số 45 của Quốc hội về thí điểm mô hình chính quyền đô thị thành phố Hải Phòng", "Nghị quyết số 45 của Quốc hội"}, "Nghị quyết"},
		{"nhất là cương lĩnh xây dựng đất nước thời kỳ quá độ lên chủ nghĩa xã hội.", []string{"cương lĩnh xây dựng đất nước thời kỳ quá độ lên chủ nghĩa xã hội"}, "Cương lĩnh"},
		{"theo Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội", []string{"Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội"}, "Cương lĩnh"},
		{"vướng mắc giữa Luật Tiêu chuẩn và quy chuẩn kỹ thuật với các luật khác", []string{"Luật Tiêu chuẩn và quy chuẩn kỹ thuật"}, "Luật"},
		{"Trong Luật Tài nguyên nước và môi trường biển, nhiều nội dung", []string{"Luật Tài nguyên nước và môi trường biển"}, "Luật"},
		{"sửa đổi các Luật Đất đai, Nhà ở, Kinh doanh bất động sản để", []string{"Luật Đất đai", "Nhà ở", "Kinh doanh bất động sản"}, "Luật"},
		{"các Luật Đầu tư công, Quy hoạch và Ngân sách nhà nước.", []string{"Luật Đầu tư công", "Quy hoạch", "Ngân sách nhà nước"}, "Luật"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			cs := find(c.in, d2020)
			require.Len(t, cs, len(c.texts))
			for x, want := range c.texts {
				assert.Equal(t, want, cs[x].Document.Text)
				assert.Equal(t, c.typ, cs[x].Document.Type)
				assert.Equal(t, want, c.in[cs[x].Span.Start:cs[x].Span.End])
			}
		})
	}
}

func TestAboutNegatives(t *testing.T) {
	cases := []struct{ in, want string }{
		// generic mentions give nothing
		{"thực hiện các nghị quyết của Quốc hội về phát triển kinh tế", ""},
		{"các chỉ thị, nghị quyết của Trung ương về công tác xây dựng Đảng", ""},
		{"các Nghị quyết của Quốc hội về giám sát", ""},
		{"Quốc hội tiến hành bầu Chủ tịch nước", ""},
		// "và" before a determiner, a person, a new document or a capital ends the law name
		{"theo Luật An toàn thực phẩm và các văn bản hướng dẫn", "Luật An toàn thực phẩm"},
		{"theo Luật Nhà ở và vợ hoặc chồng của người đó", "Luật Nhà ở"},
		{"áp dụng Luật Bảo hiểm xã hội và luật khác có liên quan", "Luật Bảo hiểm xã hội"},
		{"theo Luật Doanh nghiệp và Luật Chứng khoán", "Luật Doanh nghiệp"},
		{"Luật Đê điều và hướng dẫn của Bộ", "Luật Đê điều"},
		// a capital after a comma is not a list without "các"
		{"Theo Luật Đất đai, Bộ Tài nguyên và Môi trường", "Luật Đất đai"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			cs := find(c.in, d2020)
			if c.want == "" {
				assert.Empty(t, cs)
				return
			}
			require.NotEmpty(t, cs)
			assert.Equal(t, c.want, cs[0].Document.Text)
		})
	}
}
