package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/vnpol/vnpol/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const seedPath = "../testdata/cum-thi-dua-5-soc-trang-2020.txt"

func mustExtractor(t testing.TB, opts ...Option) *Extractor {
	e, err := New(opts...)
	require.NoError(t, err)
	return e
}

func TestDecode(t *testing.T) {
	vi := "Ủy ban nhân dân tỉnh Sóc Trăng"
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(vi)
	require.NoError(t, err)
	cp, err := charmap.Windows1258.NewEncoder().String(cp1258Form("Hội nghị tại Hà Nội"))
	require.NoError(t, err)
	tests := []struct {
		name, in, want, enc, errKind string
	}{
		{"utf-8", vi, vi, "utf-8", ""},
		{"utf-8 bom", "\xef\xbb\xbf" + vi, vi, "utf-8-bom", ""},
		{"utf-16le bom", u16, vi, "utf-16le", ""},
		{"windows-1258", cp, cp1258Form("Hội nghị tại Hà Nội"), "windows-1258", ""},
		{"empty", "", "", "", "empty"},
		{"blank", " \n\t ", "", "", "empty"},
		{"binary", "PK\x03\x04\x00\x00\x01", "", "", "binary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := decode([]byte(tt.in), 1<<20)
			if tt.errKind != "" {
				var ie *InputError
				require.ErrorAs(t, err, &ie)
				assert.Equal(t, tt.errKind, ie.Kind)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.enc, enc)
		})
	}
	_, _, err = decode(bytes.Repeat([]byte("a"), 100), 10)
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "too_large", ie.Kind)
}

// cp1258Form writes s as Windows-1258 does: letters with their vowel
// marks precomposed, the tone mark as a combining character after them.
func cp1258Form(s string) string {
	var b strings.Builder
	for _, r := range s {
		var tone []rune
		var rest []rune
		for _, c := range norm.NFD.String(string(r)) {
			if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", c) {
				tone = append(tone, c)
			} else {
				rest = append(rest, c)
			}
		}
		b.WriteString(norm.NFC.String(string(rest)))
		b.WriteString(string(tone))
	}
	return b.String()
}

// prose is a sentence of ordinary article text (20 words).
const prose = "Hội nghị đã thảo luận, làm rõ thêm kết quả đạt được và đề xuất giải pháp khắc phục những khó khăn. "

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf", "a\r\nb\rc", "a\nb\nc"},
		{"nfc", norm.NFD.String("Hội nghị"), "Hội nghị"},
		{"entities", "Ban Tổ chức &amp; Ban Dân vận &#8220;ok&#8221;", "Ban Tổ chức & Ban Dân vận “ok”"},
		{"literal escapes", `Dòng một\r\nDòng hai\r\nDòng ba`, "Dòng một\nDòng hai\nDòng ba"},
		{"word-segmented", "Tổng_Bí_thư , Chủ_tịch nước Nguyễn_Phú_Trọng khai_mạc Hội_nghị ( khoá XII ) .",
			"Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng khai mạc Hội nghị (khoá XII)."},
		{"word-segmented, few joints, spaced punctuation", "Đồng chí Đinh_Thế_Huynh làm việc với Tỉnh_ủy Sóc_Trăng , nhấn mạnh việc học tập . Ông dự hội nghị . Ông nói thêm , cần làm ngay .",
			"Đồng chí Đinh Thế Huynh làm việc với Tỉnh ủy Sóc Trăng, nhấn mạnh việc học tập. Ông dự hội nghị. Ông nói thêm, cần làm ngay."},
		{"snake_case keys and file names are not segmentation", "{\"trich_yeu\": \"Thông báo triệu tập kỳ họp\", \"co_quan_ban_hanh\": \"HĐND huyện\", \"tep\": \"/img/03-TB-HDND_2020.PDF\", \"so_ky_hieu\": \"03/TB-HĐND\"}",
			"{\"trich_yeu\": \"Thông báo triệu tập kỳ họp\", \"co_quan_ban_hanh\": \"HĐND huyện\", \"tep\": \"/img/03-TB-HDND_2020.PDF\", \"so_ky_hieu\": \"03/TB-HĐND\"}"},
		{"an address glued to a Vietnamese word is not segmentation", "Ảnh hình xăm](https://vov.vn/files/styles/og_image/2024T181226Z_135_UP1EK_RTRMADP_3_SOCCER.jpg)",
			"Ảnh hình xăm](https://vov.vn/files/styles/og_image/2024T181226Z_135_UP1EK_RTRMADP_3_SOCCER.jpg)"},
		{"identifiers with underscores in an article are not segmentation", strings.Repeat(prose, 6) + "Xem tệp upload_6/hinh_anh_1.jpg và bien_so_xe.", strings.Repeat(prose, 6) + "Xem tệp upload_6/hinh_anh_1.jpg và bien_so_xe."},
		{"chrome cut", "Tiêu đề\nThân bài một.\nThân bài hai.\nT.S\nÝ KIẾN BẠN ĐỌC VỀ BÀI VIẾT NÀY\nHọ và tên : *", "Tiêu đề\nThân bài một.\nThân bài hai.\nT.S\n"},
		{"no chrome in first lines", "Bình luận\nThân bài.", "Bình luận\nThân bài."},
		{"inline tags", "Đồng chí <b>Bùi Thị Minh Hoài</b>, <STRONG class=\"x\">Bí thư</STRONG> Thành ủy<br/>Dòng hai<p>Đoạn ba</p>", "Đồng chí Bùi Thị Minh Hoài, Bí thư Thành ủy\nDòng hai\nĐoạn ba\n"},
		{"escaped tags and comparisons stay text", "Nếu a < b và b > c thì &lt;b&gt; là thẻ; <<Tên sách>>, <bài viết>", "Nếu a < b và b > c thì <b> là thẻ; <<Tên sách>>, <bài viết>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := normalize(tt.in, false)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestHeaderSeed(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	rec, err := mustExtractor(t).Text(string(src))
	require.NoError(t, err)
	assert.Equal(t, "Thời sự - Chính trị", rec.Article.Category)
	assert.Equal(t, "Cụm thi đua số 5 Ngành Tổ chức xây dựng Đảng sơ kết hoạt động 6 tháng đầu năm 2020", rec.Article.Title)
	assert.Equal(t, "T.S", rec.Article.Byline)
}

func TestBylines(t *testing.T) {
	tests := []struct{ name, in, byline string }{
		{"initials", "Tiêu đề\n\nNội dung bài viết.\n\nT.S\n", "T.S"},
		{"source", "Tiêu đề\n\nNội dung bài viết.\n\n(Theo TTXVN)\n", "Theo TTXVN"},
		{"credit line", "Tiêu đề\n\nNội dung bài viết.\n\nTin, ảnh: VĂN ĐẢM\n\n*Mời bạn đọc xem các tin liên quan.\n", "VĂN ĐẢM"},
		{"credit line, two words", "Tiêu đề\n\nNội dung bài viết.\n\nBài và ảnh: Hà Duy\n", "Hà Duy"},
		{"credit line, three words", "Tiêu đề\n\nNội dung bài viết.\n\nTin bài và ảnh: Thành Trung - Duy Chiến\n", "Thành Trung - Duy Chiến"},
		{"author line", "Tiêu đề\n\nNội dung bài viết.\n\nTác giả: Trang Lê\n", "Trang Lê"},
		{"a photo credit is no byline", "Tiêu đề\n\nNội dung bài viết.\n\nẢnh: Reuters\n", ""},
		{"a name in Markdown bold", "Tiêu đề\n\nNội dung bài viết.\n\n**Hương Dịu**\n", "Hương Dịu"},
		{"a bold sentence is no byline", "Tiêu đề\n\nNội dung bài viết.\n\n**Hội nghị kết thúc tốt đẹp.**\n", ""},
		{"authors and time", "Tiêu đề\n\nQuang Hiệu, Việt Anh, Chí Thành-Thứ hai, ngày 10/06/2024 19:27 GMT+7\n\nNội dung bài viết.\n", "Quang Hiệu, Việt Anh, Chí Thành"},
		{"a sentence is not a byline", "Tiêu đề\n\nNội dung bài viết.\n\nHội nghị kết thúc tốt đẹp.\n", ""},
		{"a source after a media noun", "Tiêu đề\n\nNội dung bài viết.\n\nTheo báo Nhân Dân\n", "Theo báo Nhân Dân"},
		{"a source by its address", "Tiêu đề\n\nNội dung bài viết.\n\nTheo dantri.com.vn\n", "Theo dantri.com.vn"},
		{"co-authors joined by a dash", "Tiêu đề\n\nNội dung bài viết.\n\nLê Hà - Trần Vũ\n\nẢnh minh họa.\n", "Lê Hà - Trần Vũ"},
		{"a dashed pair before running text is a subheading", "Tiêu đề\n\nNội dung bài viết.\n\nLê Hà - Trần Vũ\n\n" + strings.Repeat("Hai người quen nhau từ năm 2015 và kết hôn sau đó. ", 5) + "\n", ""},
		{"a name, then a note that it was compiled", "Tiêu đề\n\nNội dung bài viết.\n\nLê Hà (tổng hợp)\n", "Lê Hà"},
		{"a name, then its source in brackets", "Tiêu đề\n\nNội dung bài viết.\n\nLê Hà (Theo Tuổi Trẻ)\n", "Lê Hà"},
		{"a sentence in brackets is no note", "Tiêu đề\n\nNội dung bài viết.\n\nLê Hà (ảnh bên phải)\n", ""},
		{"an author, then a source after a dash", "Tiêu đề\n\nNội dung bài viết.\n\nLê Hà - Theo Reuters\n", "Lê Hà"},
		{"a foreign page's pairing is no byline", "Tiêu đề\n\nNội dung bài viết.\n\nBayern Munich - Borussia Dortmund\n", ""},
		{"a section name joined by a dash is no byline", "Tiêu đề\n\nNội dung bài viết.\n\nThời sự - chính trị\n", ""},
		{"an author line above a source line", "Tiêu đề\n\nNội dung bài viết.\n\nTác giả: HOÀNG AN\n\nNguồn tin: baomoi.vn\n", "HOÀNG AN"},
		{"a credit line above a signature", "Tiêu đề\n\nNội dung bài viết.\n\nBài và ảnh: Lê Minh\n\nBan Biên tập\n", "Lê Minh"},
		{"a source after Nguồn tin:", "Tiêu đề\n\nNội dung bài viết.\n\nNguồn tin: vtcnews.vn\n", "Nguồn tin: vtcnews.vn"},
		{"a clause after Theo is no source", "Tiêu đề\n\nNội dung bài viết.\n\nTheo kế hoạch, đội tuyển sẽ tập trung vào ngày 23/5\n", ""},
		{"a clause after a comma is no source", "Tiêu đề\n\nNội dung bài viết.\n\nTheo Hoa Kỳ, cạnh tranh không bình đẳng\n", ""},
		{"a link placeholder is no source", "Tiêu đề\n\nNội dung bài viết.\n\nNguồn: [Link nguồn]\n", ""},
		{"an ad label is no byline", "Tiêu đề\n\nNội dung bài viết.\n\nAnzeige\n", ""},
		{"a heading in capitals before its section", "Tiêu đề\n\nNội dung bài viết.\n\nNỖI LO AN NINH\n\n" + strings.Repeat("Lực lượng chức năng tăng cường tuần tra. ", 5) + "\n", ""},
		{"a name in capitals before related items", "Tiêu đề\n\nNội dung bài viết.\n\nTAM NGUYÊN\n\n" + strings.Repeat("Tin khác về hội nghị tổng kết. ", 6) + "\n", "TAM NGUYÊN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := mustExtractor(t, WithText(true)).Text(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.byline, rec.Article.Byline)
			if tt.byline != "" {
				require.NotNil(t, rec.Article.BylineSpan)
				assert.Equal(t, tt.byline, rec.Text[rec.Article.BylineSpan.Start:rec.Article.BylineSpan.End])
			}
		})
	}
}

// White space inside a link's brackets is not part of the title.
func TestHeaderLinkTitleTrimmed(t *testing.T) {
	in := "---\ntitle: \" [Tag] Tiêu đề\"\ndate: Tue, 09 Jul 2024 11:00:00 +0700\n---\n[ Tiêu đề bài viết ](https://example.org/a.html)\n\nThân bài một.\n"
	rec, err := mustExtractor(t, WithText(true)).Text(in)
	require.NoError(t, err)
	assert.Equal(t, "Tiêu đề bài viết", rec.Article.Title)
	require.NotNil(t, rec.Article.TitleSpan)
	assert.Equal(t, rec.Article.Title, rec.Text[rec.Article.TitleSpan.Start:rec.Article.TitleSpan.End])
}

func TestHeaderFrontMatter(t *testing.T) {
	in := "---\nlayout: post\ntitle: \" [Tag] Tiêu đề bài ...\"\ndate: Tue, 09 Jul 2024 11:00:00 +0700\n---\n" +
		"[Tiêu đề bài ...](https://example.org/a.html)\n\n![Tiêu đề bài ...](https://example.org/a.jpg)\n\nThân bài một.\n\nThân bài hai.\n\nSơn Hà\n"
	rec, err := mustExtractor(t).Text(in)
	require.NoError(t, err)
	assert.Equal(t, "Tiêu đề bài ...", rec.Article.Title)
	assert.Equal(t, "Sơn Hà", rec.Article.Byline)
	require.NotNil(t, rec.Article.TitleSpan)
}

func TestHeaderRules(t *testing.T) {
	link := "[Ông A làm Bí thư Tỉnh ủy ...](https://example.org/a.html)\n\n![Ông A ...](https://example.org/a.jpg)\n\n"
	tests := []struct {
		name, in, title, published string
	}{
		{"page headline after the snippet beats a truncated link title (its words open the address)",
			"[Ông A làm Bí thư Tỉnh ủy ...](https://example.org/chinh-tri/ong-nguyen-van-a-lam-bi-thu-tinh-uy-lang-son-1192411.htm)\n\n" +
				"Tóm tắt bài viết trên trang xu hướng ...\n\nÔng Nguyễn Văn A làm Bí thư Tỉnh ủy Lạng Sơn\n\nSáng 15/11, Tỉnh ủy họp.\n",
			"Ông Nguyễn Văn A làm Bí thư Tỉnh ủy Lạng Sơn", ""},
		{"page headline after the snippet that continues the cut link title",
			"[Bổ nhiệm hai Phó Giám đốc Sở Nội vụ tỉnh ...](https://example.org/a.html)\n\n" +
				"Tóm tắt bài viết ...\n\nBổ nhiệm hai Phó Giám đốc Sở Nội vụ tỉnh Lạng Sơn\n\nSáng 15/11, Tỉnh ủy họp.\n",
			"Bổ nhiệm hai Phó Giám đốc Sở Nội vụ tỉnh Lạng Sơn", ""},
		{"a subheading after the snippet is not the headline: the link title stays",
			"[Bổ nhiệm hai Phó Giám đốc Sở Nội vụ tỉnh ...](https://example.org/bo-nhiem-hai-pho-giam-doc-so-noi-vu-123.htm)\n\n" +
				"Tóm tắt bài viết ...\n\nBổ nhiệm ba Trợ lý Chủ tịch tỉnh\n\nSáng 15/11, Tỉnh ủy họp.\n",
			"Bổ nhiệm hai Phó Giám đốc Sở Nội vụ tỉnh ...", ""},
		{"a caption with a position marker is not a headline",
			link + "Tóm tắt bài viết ...\n\nBí thư Tỉnh ủy Nguyễn Văn B (phải) trao quyết định cho ông Nguyễn Văn A\n\nSáng 15/11, Tỉnh ủy họp.\n",
			"Ông A làm Bí thư Tỉnh ủy ...", ""},
		{"authors and time after the snippet: byline and published, not a headline",
			link + "Tóm tắt bài viết ...\n\nQuang Hiệu, Việt Anh - Thứ hai, ngày 10/06/2024 19:27 GMT+7\n\nSáng 10/6, đoàn công tác làm việc.\n",
			"Ông A làm Bí thư Tỉnh ủy ...", "2024-06-10T19:27"},
		{"a caption after the snippet is not a headline",
			link + "Tóm tắt bài viết ...\n\nQuang cảnh phiên họp - Ảnh: TTXVN\n\nSáng 15/11, Tỉnh ủy họp.\n",
			"Ông A làm Bí thư Tỉnh ủy ...", ""},
		{"a sentence after the snippet is not a headline",
			link + "Tóm tắt ...\n\nSáng 15/11, Tỉnh ủy Lạng Sơn tổ chức hội nghị.\n",
			"Ông A làm Bí thư Tỉnh ủy ...", ""},
		{"plain text: title line, no timestamp, dateline in the lead",
			"Khai mạc Hội nghị Trung ương 10\n\nHội nghị khai mạc hôm nay 16-5.\nKhai mạc Hội nghị lần thứ 10, sáng 16-5-2019 tại Hà Nội.\n",
			"Khai mạc Hội nghị Trung ương 10", "2019-05-16"},
		{"an effective date is not a dateline",
			"Tiêu đề bài viết\n\nQuyết định có hiệu lực từ 0 giờ ngày 1/6/2016 theo đề nghị của Hội đồng.\n",
			"Tiêu đề bài viết", ""},
		{"a dateline after a comma",
			"Tiêu đề bài viết\n\nKhai mạc Hội nghị lần thứ 10, sáng 16-5-2019 tại Hà Nội.\n",
			"Tiêu đề bài viết", "2019-05-16"},
		{"a date of issue is not a dateline",
			"Tiêu đề bài viết\n\nThực hiện Chỉ thị 35 ban hành 30-5-2019 của Bộ Chính trị.\n",
			"Tiêu đề bài viết", ""},
		{"plain text with a timestamp line",
			"Tiêu đề bài viết\n19/02/2025 14:15\n\nNội dung.\n",
			"Tiêu đề bài viết", "2025-02-19T14:15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := mustExtractor(t).Text(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.title, rec.Article.Title)
			assert.Equal(t, tt.published, rec.Article.Published)
		})
	}
}

// TestSeedGolden keeps the seed's whole record in testdata/seed.golden.json;
// run with -update to rewrite it after a deliberate change.
func TestSeedGolden(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	rec, err := mustExtractor(t, WithText(true)).Extract(context.Background(), src)
	require.NoError(t, err)
	rec.Source.Path = filepath.Base(seedPath)
	checkSpans(t, rec)
	got, err := json.MarshalIndent(rec, "", "  ")
	require.NoError(t, err)
	golden := "../testdata/seed.golden.json"
	if *update {
		require.NoError(t, os.WriteFile(golden, append(got, '\n'), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test ./extract -update to create the golden file")
	if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
		_ = os.WriteFile(golden+".got", append(got, '\n'), 0o644)
		t.Fatalf("the seed's record differs from %s: compare with %s.got (diff -u), and run go test ./extract -update if the change is meant", golden, golden)
	}
}

// checkSpans asserts the span invariant for every item of a record.
func checkSpans(t testing.TB, rec *schema.Record) {
	text := rec.Text
	in := func(s schema.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) }
	eq := func(s schema.Span, want, what string) {
		if !in(s) {
			t.Fatalf("%s: span %v outside the text (%d bytes)", what, s, len(text))
		}
		if want != "" && text[s.Start:s.End] != want {
			t.Fatalf("%s: text[%d:%d] = %q, want %q", what, s.Start, s.End, text[s.Start:s.End], want)
		}
	}
	for _, p := range []*schema.Span{rec.Article.TitleSpan, rec.Article.CategorySpan, rec.Article.BylineSpan} {
		if p != nil {
			eq(*p, "", "article")
		}
	}
	if p := rec.Article.TitleSpan; p != nil {
		eq(*p, rec.Article.Title, "article.title")
	}
	for _, d := range rec.Documents {
		require.NotEmpty(t, d.Mentions, d.Text)
		eq(d.Mentions[0], d.Text, "document")
		for _, m := range d.Mentions {
			eq(m, "", "document mention")
		}
	}
	for _, p := range rec.Provinces {
		for _, m := range p.Mentions {
			eq(m, "", "province mention")
		}
	}
	for _, o := range rec.Officials {
		for _, m := range o.Mentions {
			eq(m, "", "official mention")
		}
		for _, ti := range o.Titles {
			eq(ti.Span, "", "title")
		}
	}
	for _, o := range rec.Organizations {
		for _, m := range o.Mentions {
			eq(m, "", "organization mention")
		}
	}
	for _, lists := range [][]schema.TaskList{rec.Tasks, rec.Results} {
		for _, l := range lists {
			for _, it := range l.Items {
				eq(it.Span, it.Text, "task item")
			}
		}
	}
	for _, m := range rec.Meetings {
		if m.Location != nil {
			eq(m.Location.Span, m.Location.Text, "meeting location")
		}
		if m.Organizer != nil {
			eq(m.Organizer.Span, m.Organizer.Text, "meeting organizer")
		}
		for _, mb := range m.Members {
			eq(mb.Span, "", "member")
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	e := mustExtractor(t)
	first, err := e.Text(string(src))
	require.NoError(t, err)
	want, _ := json.Marshal(first)
	done := make(chan []byte)
	for range 4 {
		go func() {
			r, _ := e.Text(string(src))
			b, _ := json.Marshal(r)
			done <- b
		}()
	}
	for range 4 {
		assert.Equal(t, string(want), string(<-done))
	}
}

// Token slices are reused between articles (bufPool): an article
// extracted after others, of other sizes, concurrently, gives the record it
// gives alone.
func TestTokenReuse(t *testing.T) {
	files, err := filepath.Glob("../entities/*/testdata/*.txt")
	require.NoError(t, err)
	files = append(files, seedPath)
	var srcs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		srcs = append(srcs, string(b))
	}
	require.Greater(t, len(srcs), 3)
	alone := make([]string, len(srcs))
	for i, s := range srcs {
		r, err := mustExtractor(t).Text(s)
		require.NoError(t, err)
		b, _ := json.Marshal(r)
		alone[i] = string(b)
	}
	e := mustExtractor(t)
	done := make(chan bool)
	for w := range 3 {
		go func() {
			defer func() { done <- true }()
			for k := range srcs {
				i := (k*7 + w) % len(srcs) // another order in each goroutine
				r, err := e.Text(srcs[i])
				if !assert.NoError(t, err) {
					return
				}
				b, _ := json.Marshal(r)
				assert.Equal(t, alone[i], string(b), files[i])
			}
		}()
	}
	for range 3 {
		<-done
	}
}

func TestBadInputRecords(t *testing.T) {
	e := mustExtractor(t)
	for _, in := range [][]byte{nil, []byte("\x00\x01\x02\x03binary"), []byte("   ")} {
		rec, err := e.Extract(context.Background(), in)
		require.Error(t, err)
		require.NotNil(t, rec)
		require.NotNil(t, rec.Error)
		assert.NotEmpty(t, rec.Error.Kind)
		assert.NotEmpty(t, rec.Source.SHA256)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := e.Extract(ctx, []byte("Hội nghị"))
	assert.ErrorIs(t, err, context.Canceled)
}

func FuzzExtract(f *testing.F) {
	if src, err := os.ReadFile(seedPath); err == nil {
		f.Add(src)
	}
	f.Add([]byte("Ngày 25-7-2020, tại TP. Sóc Trăng, Chỉ thị số 35-CT/TW"))
	f.Add([]byte("Tổng_Bí_thư , Chủ_tịch nước Nguyễn_Phú_Trọng"))
	f.Add([]byte("---\ntitle: x\n---\n[a](b"))
	f.Add([]byte("---json\n{\n \"title\": \"Hội nghị\",\n \"date\": \"2020-03-05T02:00:00.000Z\"\n}\n---\n<p>Sáng 27/2/2020, <?php echo '<b>'; ?> hội nghị.</p>"))
	f.Add([]byte("+++\ntitle = \"Tiêu đề\"\ncreated_at = 2020-03-05 09:00:00\n+++\nĐồng chí <b>Nguyễn Văn A</b>, Bí thư Tỉnh ủy."))
	f.Add([]byte("---\ntitle: \" [Kết luận 126-KL/TW] Kết luận\"\n---\nThứ 6, 21/03/2025 | 15:45\n\nTác giả: Trang Lê\n**Hương Dịu**"))
	f.Add([]byte{0xff, 0xfe, 0x41, 0x00})
	e := mustExtractor(f, WithText(true))
	f.Fuzz(func(t *testing.T, src []byte) {
		rec, err := e.Extract(context.Background(), src)
		if rec == nil {
			t.Fatal("nil record")
		}
		if err != nil {
			return
		}
		if !utf8.ValidString(rec.Text) {
			t.Fatal("normalized text is not UTF-8")
		}
		checkSpans(t, rec)
	})
}

func BenchmarkExtractSeed(b *testing.B) {
	src, err := os.ReadFile(seedPath)
	require.NoError(b, err)
	e := mustExtractor(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := e.Extract(context.Background(), src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNormalizeSeed is the reference: decoding and normalizing only.
func BenchmarkNormalizeSeed(b *testing.B) {
	src, err := os.ReadFile(seedPath)
	require.NoError(b, err)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		d, err := decodeInput(src, 0, decodeHint{})
		if err != nil {
			b.Fatal(err)
		}
		normalize(d.text, d.nfc)
	}
}

func TestIsNFC(t *testing.T) {
	for _, s := range []string{
		"Ủy ban nhân dân tỉnh Sóc Trăng – “Hòa”…", "ASCII only", "", "Straße ½ °C €",
		norm.NFD.String("Hội nghị"), "A\u0301", "\u2000 en quad", "Ω\u2126", "한국어", "\u1f71", "e\u0323\u0302",
		"Xin chào 世界", "\u0958 Devanagari", "a\u0341",
	} {
		assert.Equal(t, norm.NFC.IsNormalString(s), isNFC(s), "%q", s)
	}
}

func FuzzIsNFC(f *testing.F) {
	f.Add("Hội nghị")
	f.Add(norm.NFD.String("Hội nghị"))
	f.Fuzz(func(t *testing.T, s string) {
		if norm.NFC.IsNormalString(s) != isNFC(s) {
			t.Fatalf("isNFC(%q) = %v", s, isNFC(s))
		}
	})
}

// scanUTF8 is utf8.Valid, and its nfc is never true of text that is not
// NFC; it is true of Vietnamese news text, so normalize skips its check.
func TestScanUTF8(t *testing.T) {
	for _, tt := range []struct {
		s          string
		valid, nfc bool
	}{
		{"Ủy ban nhân dân tỉnh Sóc Trăng – “Hòa”…", true, true},
		{"ASCII only", true, true},
		{"", true, true},
		{"Straße ½ °C", true, true},
		{"€ 5", true, false}, // U+20AC: outside the fast ranges, so unknown
		{norm.NFD.String("Hội nghị"), true, false},
		{"\u2000 en quad", true, false},
		{"Xin chào 世界", true, false},
		{"Hội\xff nghị", false, false},
		{"Hội nghị\xe1\xbb", false, false},
		{"\xed\xa0\x80 surrogate", false, false},
		{"\xc0\xaf overlong", false, false},
	} {
		valid, nfc := scanUTF8([]byte(tt.s))
		assert.Equal(t, tt.valid, valid, "valid %q", tt.s)
		assert.Equal(t, tt.nfc, nfc, "nfc %q", tt.s)
	}
}

func FuzzScanUTF8(f *testing.F) {
	f.Add([]byte("Hội nghị"))
	f.Add([]byte(norm.NFD.String("Hội nghị")))
	f.Add([]byte("\xe2\x80\x81\xe1\xbb"))
	f.Fuzz(func(t *testing.T, b []byte) {
		valid, nfc := scanUTF8(b)
		if valid != utf8.Valid(b) {
			t.Fatalf("scanUTF8(%q) valid = %v", b, valid)
		}
		if nfc && !norm.NFC.IsNormal(b) {
			t.Fatalf("scanUTF8(%q) nfc, but it is not", b)
		}
	})
}

// isBinarySlow is isBinary byte by byte: the reference for its word-at-a-time scan.
func isBinarySlow(src []byte) bool {
	n := min(len(src), 8192)
	ctl := 0
	for _, c := range src[:n] {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	return ctl*20 > n
}

func TestIsBinary(t *testing.T) {
	ctl := strings.Repeat("ab\x01cdefgh", 3) // one control byte in 10: over 1 in 20
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Hội nghị Ban Chấp hành\nTrung ương\r\n\tkhóa XIII", false},
		{"Hội nghị\x00", true},
		{strings.Repeat("x", 9000) + "\x00", false}, // past the first 8 KiB
		{ctl, true},
		{"\x1b[0m " + strings.Repeat("văn bản ", 10), false},
		{"", false},
	} {
		assert.Equal(t, tt.want, isBinary([]byte(tt.s)), "%q", tt.s)
		assert.Equal(t, isBinarySlow([]byte(tt.s)), isBinary([]byte(tt.s)), "%q", tt.s)
	}
}

func FuzzIsBinary(f *testing.F) {
	f.Add([]byte("Hội nghị\n\x01\x02"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if isBinary(b) != isBinarySlow(b) {
			t.Fatalf("isBinary(%q) = %v", b, isBinary(b))
		}
	})
}

// fmField cuts the front matter to the key's line only where the patterns
// give the same match on the line as on the rest of the front matter.
func TestFmField(t *testing.T) {
	for _, fm := range []string{
		"title: \"Hội nghị Ban Chấp hành\"\nslug: hoi-nghi\n---",
		"title: Hội nghị\n\n\nslug: x\n---",
		"title:\n  Hội nghị tổng kết\n---",
		"title: \"\"\n---",
		"title: [Tin] Hội nghị\n---",
		"title: [Tin\nnhanh] Hội nghị\n---",
		"title: \" [Kết luận 126-KL/TW] Kết luận về một số nội dung ...\"\ndate: x\n---",
		"title: \" [Tin nhanh Hội nghị\n] x\"\n---",
		"title: Hội nghị [mở rộng\nlần 2]\n---",
		"title: [Tin]\n  Hội nghị\n---",
		"title: \"[Tin] \"\n  Hội nghị\n---",
		"title: Hội nghị",
		"date: 2024-04-03 10:00:00\ntitle: x\n---",
		"date:\n  2024-04-03\n---",
		"date: \t\n---",
	} {
		for _, f := range []struct {
			key string
			re  *regexp.Regexp
		}{{"title:", fmTitleRe}, {"date:", fmDateRe}} {
			if !strings.HasPrefix(fm, f.key) {
				continue
			}
			want := f.re.FindStringSubmatch(fm)
			got := f.re.FindStringSubmatch(fmField(fm, len(f.key)))
			require.Len(t, got, len(want), "%q", fm)
			if want != nil {
				assert.Equal(t, want[1], got[1], "%q", fm)
			}
		}
	}
	assert.Equal(t, "title: x", fmField("title: x\nslug: y", len("title:")))
	assert.Equal(t, `title: " [A] B"`, fmField("title: \" [A] B\"\nslug: y", len("title:")))
}

// unsegment copies the text between underscores and spaces; it must give
// what the rune-by-rune version gives.
func TestUnsegment(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Ban_Chấp_hành Trung_ương Đảng , Bộ_Chính_trị .", "Ban Chấp hành Trung ương Đảng, Bộ Chính trị."},
		{"( Ảnh : TTXVN ) “ Hội_nghị ” đạt 95 % _x", "(Ảnh: TTXVN) “Hội nghị” đạt 95% _x"},
		{"a _ b\n , c", "a _ b\n , c"},
		{"__init__ snake_case_", "__init__ snake case_"},
	} {
		assert.Equal(t, tt.want, unsegment(tt.in), "%q", tt.in)
		assert.Equal(t, unsegmentRunes(tt.in), unsegment(tt.in), "%q", tt.in)
	}
}

func FuzzUnsegment(f *testing.F) {
	f.Add("Ban_Chấp_hành Trung_ương , ( Bộ_Chính_trị ) 5 %")
	f.Add("x_\xff_y ,")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := unsegment(s), unsegmentRunes(s); got != want {
			t.Fatalf("unsegment(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzFmField(f *testing.F) {
	f.Add("title: \" [Tin] Hội nghị\"\nslug: x\n---")
	f.Add("title: [Tin]\n  Hội nghị\n---")
	f.Add("date: 2024-04-03\n---")
	f.Fuzz(func(t *testing.T, fm string) {
		for _, k := range []struct {
			key string
			re  *regexp.Regexp
		}{{"title:", fmTitleRe}, {"date:", fmDateRe}} {
			if !strings.HasPrefix(fm, k.key) {
				continue
			}
			want := k.re.FindStringSubmatch(fm)
			got := k.re.FindStringSubmatch(fmField(fm, len(k.key)))
			if len(want) != len(got) || want != nil && want[1] != got[1] {
				t.Fatalf("%q: %q on the line, %q on the rest", fm, got, want)
			}
		}
	})
}

// fmTitle and fmDateValue read a front-matter line as fmTitleRe and
// fmDateRe do.
func FuzzFmLine(f *testing.F) {
	for _, s := range []string{`title: " [Cổng dịch vụ công] Quyền Chủ tịch ..."`, `title: abc "  `, `title: ""`, `title: " `, `title:[a]`,
		`title: [a`, `title:   `, "title: \t\"x\"\r", "date: Tue, 04 Feb 2025 14:00:00 +0700", "date:", "date: ", "date:  ", "date:x", "date: \f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []string{"title:", "date:"} {
			line := p + strings.TrimPrefix(strings.TrimPrefix(s, "title:"), "date:")
			if p == "title:" {
				require.Equal(t, fmTitleRe.FindStringSubmatchIndex(line), fmTitle(line), "%q", line)
				continue
			}
			var want []string
			if m := fmDateRe.FindStringSubmatch(line); m != nil {
				want = []string{m[1]}
			}
			var got []string
			if v, ok := fmDateValue(line); ok {
				got = []string{v}
			}
			require.Equal(t, want, got, "%q", line)
		}
	})
}

// mdLink reads a Markdown link line as mdLinkRe does.
func TestMdLink(t *testing.T) {
	for _, s := range []string{
		"[Kết luận về một số nội dung ...](https://kiemsat.vn/ket-luan-12345.html)",
		"![Ảnh](https://x.vn/a.jpg)", "[a](b", "[](x)", "[a] (b)", "!![a](b)", "[a](b)c)", "[a]", "x[a](b)", "",
	} {
		assert.Equal(t, mdLinkRe.FindStringSubmatchIndex(s), mdLink(s), "%q", s)
	}
}

func FuzzMdLink(f *testing.F) {
	f.Add("[Tin](https://x.vn/a)")
	f.Add("![a](b")
	f.Fuzz(func(t *testing.T, s string) {
		want, got := mdLinkRe.FindStringSubmatchIndex(s), mdLink(s)
		if !slices.Equal(want, got) {
			t.Fatalf("mdLink(%q) = %v, want %v", s, got, want)
		}
	})
}

// mdLinkRe is the pattern mdLink reads by hand.
var mdLinkRe = regexp.MustCompile(`^!?\[([^\]]+)\]\(([^)]*)\)?`)

// A name wrapped in a scraped highlight tag is found, with its title, and
// the spans point into the text without the tags.
func TestInlineTagsHideNoName(t *testing.T) {
	in := "Tiêu đề\n\nSáng 5/6, đồng chí <b>Bùi Thị Minh Hoài</b>, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội chủ trì hội nghị.\n"
	rec, err := mustExtractor(t, WithText(true)).Text(in)
	require.NoError(t, err)
	assert.NotContains(t, rec.Text, "<b>")
	assert.Contains(t, rec.Warnings, "inline markup tags removed")
	var names []string
	for _, o := range rec.Officials {
		names = append(names, o.Name)
		for _, m := range o.Mentions {
			assert.Equal(t, o.Name, rec.Text[m.Start:m.End])
		}
		if o.Name == "Bùi Thị Minh Hoài" {
			require.NotEmpty(t, o.Titles)
			assert.Equal(t, "Ủy viên Bộ Chính trị", o.Titles[0].Text)
		}
	}
	assert.Contains(t, names, "Bùi Thị Minh Hoài")
}

// Front matter in the forms static sites and CMS exports write: YAML,
// TOML, JSON (named on the opening line), before text or HTML.
func TestFrontMatterForms(t *testing.T) {
	body := "Sáng 27/2/2020, Ban Tuyên giáo Huyện ủy tổ chức hội nghị tổng kết.\n\nNội dung bài viết.\n"
	tests := []struct{ name, in, title, published string }{
		{"yaml", "---\ntitle: Hội nghị tổng kết công tác tuyên giáo\ndate: 2020-03-05 09:00:00\n---\n" + body,
			"Hội nghị tổng kết công tác tuyên giáo", "2020-03-05T09:00"},
		{"toml", "+++\ntitle = \"Hội nghị tổng kết công tác tuyên giáo\"\ndate = 2020-03-05T09:00:00+07:00\n+++\n" + body,
			"Hội nghị tổng kết công tác tuyên giáo", "2020-03-05T09:00"},
		{"json", "---json\n{\n    \"slug\": \"hoi-nghi\",\n    \"title\": \"Hội nghị tổng kết công tác tuyên giáo\",\n    \"date\": \"2020-03-05T02:00:00.000Z\"\n}\n---\n" + body,
			"Hội nghị tổng kết công tác tuyên giáo", "2020-03-05T09:00"},
		{"json before an HTML body", "---json\n{\n    \"title\": \"Hội nghị tổng kết công tác tuyên giáo\",\n    \"date\": \"2020-03-05T02:00:00.000Z\"\n}\n---\n" +
			"<p style=\"text-align:center\"><strong><span>Hội nghị tổng kết c&ocirc;ng t&aacute;c</span></strong></p>\n<p><span>Sáng 27/2/2020, Ban Tuyên giáo Huyện ủy tổ chức hội nghị.</span></p>\n<p><span>Nội dung b&agrave;i viết.</span></p>\n",
			"Hội nghị tổng kết công tác tuyên giáo", "2020-03-05T09:00"},
		{"an escaped JSON title is not read", "---json\n{\n    \"title\": \"Hội nghị \\\"A\\\"\"\n}\n---\nTiêu đề trong bài\n\nNội dung bài viết.\n",
			"Tiêu đề trong bài", ""},
		{"a rule is no front matter", "----\nTiêu đề bài\n----\nNội dung bài viết.\n", "----", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := mustExtractor(t, WithText(true)).Text(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.title, rec.Article.Title)
			assert.Equal(t, tt.published, rec.Article.Published)
			require.NotNil(t, rec.Article.TitleSpan)
			assert.Equal(t, tt.title, rec.Text[rec.Article.TitleSpan.Start:rec.Article.TitleSpan.End])
		})
	}
}

// A CMS export: JSON front matter, then the page's HTML. The front matter
// is kept as written for the header, the HTML is rendered to text.
func TestFrontMatterBeforeHTML(t *testing.T) {
	in := "---json\n{\n    \"title\": \"Hội nghị tổng kết công tác tuyên giáo\",\n    \"date\": \"2020-03-05T02:00:00.000Z\"\n}\n---\n" +
		"<p style=\"text-align:center\"><strong><span>Hội nghị tổng kết c&ocirc;ng t&aacute;c</span></strong></p>\n" +
		"<p><span>Sáng 27/2/2020, đồng ch&iacute; Đoàn Văn Sự, Phó Bí thư Huyện ủy chủ trì hội nghị.</span></p>\n<p><span>Nội dung b&agrave;i viết.</span></p>\n"
	rec, err := mustExtractor(t, WithText(true)).Extract(context.Background(), []byte(in))
	require.NoError(t, err)
	assert.Equal(t, "html", rec.Source.Format)
	assert.Equal(t, "Hội nghị tổng kết công tác tuyên giáo", rec.Article.Title)
	assert.Equal(t, "2020-03-05T09:00", rec.Article.Published)
	assert.NotContains(t, rec.Text, "<span>")
	assert.True(t, strings.HasPrefix(rec.Text, "---json\n{\n"), rec.Text)
	require.NotEmpty(t, rec.Officials)
	assert.Equal(t, "Đoàn Văn Sự", rec.Officials[0].Name)
}

// Front matter is metadata: its values do not become entities of the
// article (a CMS "description" may even hold another story's lead).
func TestFrontMatterIsNotContent(t *testing.T) {
	in := "---json\n{\n    \"title\": \"Hội nghị tổng kết công tác tuyên giáo\",\n    \"created_at\": \"2020-03-05 09:00:00\",\n" +
		"    \"doangioithieu\": \"Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy Cà Mau dự hội nghị.\"\n}\n---\n" +
		"Sáng 27/2/2020, Ban Tuyên giáo Huyện ủy tổ chức hội nghị tổng kết.\n\nĐồng chí Đoàn Văn Sự, Phó Bí thư Huyện ủy chủ trì hội nghị.\n"
	rec, err := mustExtractor(t, WithText(true)).Text(in)
	require.NoError(t, err)
	assert.Equal(t, "2020-03-05T09:00", rec.Article.Published)
	var names []string
	for _, o := range rec.Officials {
		names = append(names, o.Name)
	}
	assert.Equal(t, []string{"Đoàn Văn Sự"}, names)
	assert.Empty(t, rec.Provinces)
	require.NotEmpty(t, rec.Meetings)
	assert.Equal(t, "2020-02-27", rec.Meetings[0].Date)
}

// A fragment that opens with its lead paragraph has no title: the lead is
// text, not a headline.
func TestProseLeadIsNoTitle(t *testing.T) {
	lead := "Sáng 01/4/2025, Tỉnh ủy Bình Định tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025 với sự tham dự của lãnh đạo tỉnh và đại biểu các sở, ngành, địa phương."
	rec, err := mustExtractor(t).Text(lead + "\n\nĐồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy chủ trì hội nghị.\n")
	require.NoError(t, err)
	assert.Empty(t, rec.Article.Title)
	assert.Nil(t, rec.Article.TitleSpan)
	require.NotEmpty(t, rec.Meetings) // the lead is text: its event has its date
	assert.Equal(t, "2025-04-01", rec.Meetings[0].Date)
	rec, err = mustExtractor(t).Text("Tỉnh ủy Bình Định tổng kết công tác năm 2024\n\n" + lead + "\n")
	require.NoError(t, err)
	assert.Equal(t, "Tỉnh ủy Bình Định tổng kết công tác năm 2024", rec.Article.Title)
}

// The lead's dateline gives the publication date of an undated article.
func TestLeadDateline(t *testing.T) {
	tests := []struct{ name, in, published string }{
		{"time of day and ngày", "Tiêu đề bài viết ở đây\n\nChiều ngày 08/11/2023, Trường tổ chức hội nghị công bố quyết định.\n", "2023-11-08"},
		{"after a source tag and a dash", "Tiêu đề bài viết ở đây\n\n(baochinhphu.vn) - Sáng 01/4/2025, Tỉnh ủy tổ chức hội nghị.\n", "2025-04-01"},
		{"a date after other words is no dateline", "Tiêu đề bài viết ở đây\n\nQuy định có hiệu lực từ 0 giờ ngày 1/6/2016.\n", ""},
		{"a yearless dateline leaves the year unknown", "Tiêu đề bài viết ở đây\nNgày 2/6, UBND tỉnh cho biết đã yêu cầu kiểm điểm.\nTrước đó, ngày 12/11/2015, ông Tân đã ký quyết định.\n", ""},
		{"a yearless dateline then a full one", "Tiêu đề bài viết ở đây\nSáng 19.5, Tòa án tỉnh mở phiên xét xử.\nNgày 23.12.2015, bị cáo về nhà.\n", ""},
		{"a past frame is no dateline", "Tiêu đề bài viết ở đây\nTrước đó, ngày 29/4/2016, bà Hoa có đơn gửi cơ quan chức năng.\nNgày 30/8/2011, ông Lâm nhận tiền.\n", ""},
		{"a past frame after the dateline", "Tiêu đề bài viết ở đây\nNgày 2/6/2016, UBND tỉnh cho biết.\nTrước đó, ngày 12/11/2015, ông Tân đã ký.\n", "2016-06-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := mustExtractor(t).Text(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.published, rec.Article.Published)
		})
	}
}

// FuzzFrontMatter: the front matter's length and a key's value span stay
// inside the text, and a value is the text at its span.
func FuzzFrontMatter(f *testing.F) {
	f.Add("---json\n{\n \"title\": \"Hội nghị\"\n}\n---\nthân bài", "title")
	f.Add("+++\ndate = 2020-03-05\n+++\n", "date")
	f.Add("---\ncreated_at: \"2025-07-23 20:49:22\"\n---", "created_at")
	f.Add("---\n---", "")
	f.Fuzz(func(t *testing.T, s, key string) {
		n := frontMatter(s)
		if n < 0 || n > len(s) {
			t.Fatalf("front matter length %d of %d bytes", n, len(s))
		}
		if key == "" {
			return
		}
		if vs, ve, ok := fmKey(s[:n], key); ok && (vs < 0 || vs > ve || ve > n) {
			t.Fatalf("value span [%d,%d) outside the front matter's %d bytes", vs, ve, n)
		}
	})
}

// FuzzDropProcessing: removing server code never grows the page, and a
// page without "<?" or "<%" is left as it is.
func FuzzDropProcessing(f *testing.F) {
	f.Add("<p>a</p><?php echo '<b>'; ?><i>b</i><%= c %>")
	f.Add("<?php")
	f.Fuzz(func(t *testing.T, s string) {
		out := dropProcessing(s)
		if len(out) > len(s) {
			t.Fatalf("grew from %d to %d bytes", len(s), len(out))
		}
		if !strings.Contains(s, "<?") && !strings.Contains(s, "<%") && out != s {
			t.Fatal("changed a page without server code")
		}
	})
}
