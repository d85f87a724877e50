package extract_test

import (
	"context"
	"fmt"

	"github.com/vnpol/vnpol/extract"
)

const article = `Hội nghị sơ kết công tác tổ chức xây dựng Đảng
Ngày 25-7-2020, tại TP. Sóc Trăng, Ban Tổ chức Tỉnh ủy Sóc Trăng tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2020.
Đồng chí Lâm Văn Mẫn, Phó Bí thư Thường trực Tỉnh ủy Sóc Trăng dự và phát biểu chỉ đạo, yêu cầu tiếp tục thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.`

// Extract a record from an article's text and list what it cites.
func ExampleExtractor_Text() {
	ex, err := extract.New()
	if err != nil {
		panic(err)
	}
	rec, err := ex.Text(article)
	if err != nil {
		panic(err)
	}
	for _, d := range rec.Documents {
		fmt.Println(d.Type, "|", d.Symbol, "|", d.Issuer)
	}
	for _, p := range rec.Provinces {
		fmt.Println(p.Name, p.Code, "→", p.Successor, p.SuccessorCode)
	}
	// Output:
	// Chỉ thị | 35-CT/TW | Bộ Chính trị
	// Sóc Trăng 94 → Cần Thơ 92
}

// Every item carries byte spans into the normalized text.
func ExampleWithText() {
	ex, _ := extract.New(extract.WithText(true))
	rec, _ := ex.Extract(context.Background(), []byte(article))
	for _, o := range rec.Officials {
		m := o.Mentions[0]
		fmt.Printf("%s [%d:%d] %q\n", o.Name, m.Start, m.End, rec.Text[m.Start:m.End])
		for _, t := range o.Titles {
			fmt.Printf("  role=%q organization=%q\n", t.Role, t.Organization)
		}
	}
	// Output:
	// Lâm Văn Mẫn [232:247] "Lâm Văn Mẫn"
	//   role="Phó Bí thư Thường trực" organization="Tỉnh ủy Sóc Trăng"
}

// A file that is not text yields a record with an error, never a panic.
func ExampleExtractor_Extract_badInput() {
	ex, _ := extract.New()
	rec, err := ex.Extract(context.Background(), []byte{0x00, 0x01, 0x02})
	fmt.Println(err != nil, rec.Error.Kind)
	// Output: true binary
}
