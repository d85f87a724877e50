package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/vnpol/vnpol/encoding/vnlegacy"
)

// testPage wraps paragraphs in a news page's chrome: menu, related links,
// comment form and footer around the article body.
func testPage(title, date string, paras []string, head string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html lang=\"vi\"><head>" + head + "<title>" + title + " - Báo Điện tử</title>")
	b.WriteString(`<meta property="og:title" content="` + title + `">`)
	if date != "" {
		b.WriteString(`<meta property="article:published_time" content="` + date + `">`)
	}
	b.WriteString(`<script>var s = "<p>không phải bài</p>";</script><style>p{color:red}</style></head><body><header><nav><ul>`)
	for _, m := range []string{"Trang chủ", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới"} {
		b.WriteString(`<li><a href="/m">` + m + `</a></li>`)
	}
	b.WriteString(`</ul></nav></header><main><article><div class="content">`)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>\n")
	}
	b.WriteString(`</div></article><aside><h3>Tin liên quan</h3><ul>`)
	for i := 0; i < 6; i++ {
		b.WriteString(`<li><a href="/t">Hội nghị Ban Chấp hành Đảng bộ tỉnh bàn về công tác cán bộ</a></li>`)
	}
	b.WriteString(`</ul></aside></main><footer><p>Cơ quan chủ quản: Ban Tuyên giáo. Giấy phép số 123/GP-BTTTT.</p></footer></body></html>`)
	return b.String()
}

var testParas = []string{
	"Sau khi nghe báo cáo của Ban Thường vụ Tỉnh ủy Đắk Lắk, đồng chí Đinh Thế Huynh biểu dương những kết quả Đảng bộ tỉnh đạt được trong thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị.",
	"Đồng chí lưu ý, Đắk Lắk vẫn là tỉnh gặp nhiều khó khăn, kinh tế phụ thuộc vào nông nghiệp là chính &amp; cần tổ chức đánh giá đầy đủ nguyên nhân gây ra hạn hán.",
	"Tỉnh cần tập trung chỉ đạo thực hiện tốt Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
}

func TestHTMLPage(t *testing.T) {
	page := testPage("Đồng chí Đinh Thế Huynh làm việc tại Đắk Lắk", "2016-05-12T08:30:00+07:00", testParas, `<meta charset="utf-8">`)
	d, err := decodeInput([]byte(page), 0, decodeHint{})
	require.NoError(t, err)
	assert.Equal(t, "html", d.format)
	assert.Equal(t, "utf-8", d.enc)
	lines := strings.Split(strings.TrimSpace(d.text), "\n")
	require.GreaterOrEqual(t, len(lines), 5, d.text)
	assert.Equal(t, "Đồng chí Đinh Thế Huynh làm việc tại Đắk Lắk", lines[0], "title from metadata")
	assert.Equal(t, "12/05/2016 08:30", lines[1], "date from metadata")
	assert.Contains(t, d.text, "kinh tế phụ thuộc vào nông nghiệp là chính & cần", "entities decoded")
	for _, chrome := range []string{"Tin liên quan", "Trang chủ", "Cơ quan chủ quản", "không phải bài", "color:red"} {
		assert.NotContains(t, d.text, chrome)
	}
}

func TestHTMLCharsets(t *testing.T) {
	body := testParas
	utf := testPage("Hội nghị", "", body, `<meta charset="utf-8">`)
	plain, err := decodeInput([]byte(utf), 0, decodeHint{})
	require.NoError(t, err)

	cp := strings.Replace(utf, `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`, 1)
	cpb, err := charmap.Windows1258.NewEncoder().String(cp1258Form(cp))
	require.NoError(t, err)
	tcvn := strings.Replace(utf, `<meta charset="utf-8">`, `<meta charset="iso-8859-1">`, 1)
	tcvnb, err := vnlegacy.TCVN3.NewEncoder().String(strings.ToLower(tcvn))
	require.NoError(t, err)
	vnib, err := vnlegacy.VNI.NewEncoder().String(strings.Replace(utf, `<meta charset="utf-8">`, ``, 1))
	require.NoError(t, err)
	for _, tc := range []struct {
		name, data, enc, ctype string
	}{
		{"windows-1258 meta", cpb, "windows-1258", ""},
		{"windows-1258 http header", cpb, "windows-1258", "text/html; charset=windows-1258"},
		{"tcvn3 declared latin-1", tcvnb, "tcvn3", ""},
		{"vni undeclared", vnib, "vni", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := decodeInput([]byte(tc.data), 0, decodeHint{contentType: tc.ctype})
			require.NoError(t, err)
			assert.Equal(t, tc.enc, d.enc)
			assert.Equal(t, "html", d.format)
			text, _ := normalize(d.text, d.nfc)
			want, _ := normalize(plain.text, plain.nfc)
			if tc.enc == "tcvn3" {
				want = strings.ToLower(want)
			}
			assert.Contains(t, text, strings.Split(want, "\n")[1])
		})
	}
}

func TestHTMLFragmentAndDeep(t *testing.T) {
	frag := "<p>Đồng chí Nguyễn Văn A&nbsp;phát biểu.</p><p>Hội nghị lần thứ <b>mười</b> bế mạc.</p><div>Hà Nội</div>"
	d, err := decodeInput([]byte(frag), 0, decodeHint{})
	require.NoError(t, err)
	assert.Equal(t, "html", d.format)
	assert.Equal(t, "Đồng chí Nguyễn Văn A phát biểu.\nHội nghị lần thứ mười bế mạc.\nHà Nội\n", d.text)

	deep := "<html><body>" + strings.Repeat("<div>", 100000) + "<p>Tỉnh ủy Sóc Trăng họp.</p>" + strings.Repeat("</div>", 100000) + "</body></html>"
	d, err = decodeInput([]byte(deep), 0, decodeHint{})
	require.NoError(t, err)
	assert.Equal(t, "Tỉnh ủy Sóc Trăng họp.\n", d.text)

	_, err = decodeInput([]byte("<html><body><script>x</script></body></html>"), 0, decodeHint{})
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "empty", ie.Kind)

	// forced text: tags kept as text
	d, err = decodeInput([]byte(frag), 0, decodeHint{format: "text"})
	require.NoError(t, err)
	assert.Equal(t, "text", d.format)
	assert.Contains(t, d.text, "<p>")
}

func TestDecodeMore(t *testing.T) {
	nfd := "Ho\u0323\u0302i nghi\u0323 ta\u0323i Ha\u0300 No\u0323\u0302i"
	_, enc, err := decode([]byte(nfd), 0)
	require.NoError(t, err)
	assert.Equal(t, "utf-8-nfd", enc)

	trunc := []byte("Hội nghị tại Hà Nội và Sóc Trăng")
	trunc = append(trunc[:len(trunc)-1:len(trunc)-1], 0xe1, 0xbb) // cut inside a multi-byte letter
	_, _, err = decode(trunc, 0)
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "undecodable", ie.Kind)

	_, _, err = decode([]byte{0xff, 0xfe, 'a', 0, 'b'}, 0)
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "undecodable", ie.Kind, "odd-length UTF-16")

	_, _, err = decode([]byte("\x89\x90\x91\x92\x93\x94\x95 \x96\x97\x98"), 0)
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "undecodable", ie.Kind, "8-bit bytes that read as no Vietnamese")

	tc, err := vnlegacy.VNI.NewEncoder().String("Ban Chấp hành Trung ương Đảng họp tại Hà Nội.")
	require.NoError(t, err)
	got, enc, err := decode([]byte(tc), 0)
	require.NoError(t, err)
	assert.Equal(t, "vni", enc)
	assert.Equal(t, "Ban Chấp hành Trung ương Đảng họp tại Hà Nội.", got)
}

func TestExtractInputFields(t *testing.T) {
	e := mustExtractor(t)
	rec, err := e.ExtractInput(context.Background(), Input{Path: "a.warc#1", Data: []byte("<p>Tỉnh ủy Sóc Trăng</p><p>họp</p><p>x</p>"),
		Container: "warc", Meta: map[string]string{"url": "http://x"}})
	require.NoError(t, err)
	assert.Equal(t, "warc", rec.Source.Format)
	assert.Equal(t, "a.warc#1", rec.Source.Path)
	assert.Equal(t, "http://x", rec.Source.Meta["url"])
	rec, err = e.ExtractInput(context.Background(), Input{Path: "b", Data: []byte("Tỉnh ủy Sóc Trăng họp.")})
	require.NoError(t, err)
	assert.Equal(t, "text", rec.Source.Format)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec, err = e.ExtractInput(ctx, Input{Path: "c", Data: []byte("x")})
	require.Error(t, err)
	assert.Equal(t, "canceled", rec.Error.Kind)
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(testPage("Hội nghị", "2020-01-02", testParas, "")))
	f.Add([]byte("<p>a<div><p>b</b></i>&amp;&#xffffff;</p>"))
	f.Add([]byte("<html><body>" + strings.Repeat("<b>", 300)))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := decodeInput(b, 1<<20, decodeHint{format: "html"})
		if err == nil {
			require.NotEmpty(t, strings.TrimSpace(d.text))
		}
		_, _, _ = decode(b, 1<<20)
	})
}

func BenchmarkHTML(b *testing.B) {
	page := []byte(testPage("Hội nghị", "2016-05-12T08:30:00+07:00", append(append(testParas, testParas...), testParas...), `<meta charset="utf-8">`))
	b.SetBytes(int64(len(page)))
	for i := 0; i < b.N; i++ {
		if _, err := decodeInput(page, 0, decodeHint{}); err != nil {
			b.Fatal(err)
		}
	}
}

// Server-side code left in a saved template is dropped whole: the parser
// alone would end "<?php" at the first ">" inside the code.
func TestHTMLServerCode(t *testing.T) {
	page := "<h1>Kỳ họp thứ 22 HĐND tỉnh</h1>\n<p>Sáng 21/3, HĐND tỉnh khai mạc kỳ họp.</p>\n" +
		"<div><?php echo '<img src=\"' . $dir . '1.jpg\" alt=\"\">'; ?><i>Chủ tọa chủ trì kỳ họp</i></div>\n" +
		"<p>Kỳ họp bế mạc.</p><%= footer %>"
	d, err := decodeInput([]byte(page), 0, decodeHint{})
	require.NoError(t, err)
	assert.Equal(t, "html", d.format)
	assert.Equal(t, "Kỳ họp thứ 22 HĐND tỉnh\nSáng 21/3, HĐND tỉnh khai mạc kỳ họp.\nChủ tọa chủ trì kỳ họp\nKỳ họp bế mạc.\n", d.text)
	assert.Equal(t, "<p>a</p>", dropProcessing("<p>a</p><?php unclosed"))
	assert.Equal(t, "<p>a</p>", dropProcessing("<p>a</p>"))
}
