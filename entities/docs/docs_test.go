package docs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

func find(s string, date time.Time) []Citation { return Find(s, token.Tokenize(s), date) }

// merged runs Find (as of d2020) and Documents on text, checks that every
// citation's span holds its text, and returns each document as show writes
// it (nil for none).
func merged(t *testing.T, name, text string, show func(schema.Document) string) []string {
	t.Helper()
	cs := find(text, d2020)
	for _, x := range cs {
		require.GreaterOrEqual(t, x.Span.Start, 0, name)
		assert.Equal(t, x.Document.Text, text[x.Span.Start:x.Span.End], name)
	}
	var got []string
	for _, d := range Documents(cs) {
		got = append(got, show(d))
	}
	return got
}

// typeTextNumber shows a document as "type|text|number".
func typeTextNumber(d schema.Document) string { return d.Type + "|" + d.Text + "|" + d.Number }

var d2020 = time.Date(2020, 7, 26, 0, 0, 0, 0, time.UTC)

// want is the expected first document of a citation string; "" fields are not checked
// except Symbol, which is checked always ("-" means: must be empty).
type want struct {
	in                         string
	text                       string // citation span text ("" = not checked)
	typ, num, sym, issuer, iss string
	date, term                 string
	plenum                     int
	n                          int // number of documents (0 = 1)
}

// Real citation strings: DOCUMENTS.md §6 worked examples and §4 prose forms,
// and strings from the seed and dev articles (testdata/).
var positives = []want{
	// DOCUMENTS.md §6
	{in: "Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng", text: "Chỉ thị số 35-CT/TW", typ: "Chỉ thị", num: "35", sym: "35-CT/TW", issuer: "Bộ Chính trị", iss: "TW"},
	{in: "Kết luận số 06-KL/BTCTW của Ban Tổ chức Trung ương", typ: "Kết luận", num: "06", sym: "06-KL/BTCTW", issuer: "Ban Tổ chức Trung ương", iss: "BTCTW"},
	{in: "Nghị quyết Trung ương 4 (khóa XII)", text: "Nghị quyết Trung ương 4 (khóa XII)", typ: "Nghị quyết", sym: "-", issuer: "Ban Chấp hành Trung ương", term: "XII", plenum: 4},
	{in: "Chỉ thị 05 của Bộ Chính trị", text: "Chỉ thị 05 của Bộ Chính trị", typ: "Chỉ thị", num: "05", sym: "-", issuer: "Bộ Chính trị"},
	{in: "Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII", typ: "Nghị quyết", num: "18", sym: "18-NQ/TW", issuer: "Ban Chấp hành Trung ương", date: "2017-10-25", term: "XII"},
	{in: "Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", typ: "Nghị quyết", num: "19", sym: "19-NQ/TW", issuer: "Ban Chấp hành Trung ương", date: "2017-10-25", term: "XII", plenum: 6},
	{in: "Nghị quyết số 26-NQ/TW của Đảng", typ: "Nghị quyết", num: "26", sym: "26-NQ/TW", issuer: "Ban Chấp hành Trung ương"},
	{in: "Quy định số 105-QĐ/TW, ngày 19/12/2017 của Bộ Chính trị", typ: "Quy định", num: "105", sym: "105-QĐ/TW", issuer: "Bộ Chính trị", date: "2017-12-19", term: "XII"},
	{in: "Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương", typ: "Quy định", num: "08", sym: "08-QĐi/TW", issuer: "Ban Chấp hành Trung ương", date: "2018-10-25"},
	{in: "Quy định số 07-QĐi/TW ngày 28/8/2018 của Bộ Chính trị khóa XII", typ: "Quy định", num: "07", sym: "07-QĐi/TW", issuer: "Bộ Chính trị", date: "2018-08-28", term: "XII"},
	{in: "Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm", typ: "Quy định", num: "69", sym: "69-QĐ/TW"},
	{in: "Kết luận 21", typ: "Kết luận", num: "21", sym: "-"},
	{in: "Quy định 08", typ: "Quy định", num: "08", sym: "-"},
	{in: "Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng", typ: "Hướng dẫn", num: "36", sym: "36-HD/VPTW", issuer: "Văn phòng Trung ương Đảng", date: "2018-04-03", term: "XII"},
	{in: "Quy định 66-QĐ/TW năm 2017 về thể loại, thẩm quyền ban hành", typ: "Quy định", num: "66", sym: "66-QĐ/TW"},
	{in: "Quy định số 399-QĐ/TW, ngày 09/01/2026 của Ban Bí thư", typ: "Quy định", num: "399", sym: "399-QĐ/TW", issuer: "Ban Bí thư", date: "2026-01-09", term: "XIII"},
	{in: "Hướng dẫn 22-HD/BTGDVTW", typ: "Hướng dẫn", num: "22", sym: "22-HD/BTGDVTW", issuer: "Ban Tuyên giáo và Dân vận Trung ương"},
	{in: "Quyết định số 519-QĐ/UBKTTW, ngày 28-4-2022", typ: "Quyết định", num: "519", sym: "519-QĐ/UBKTTW", issuer: "Ủy ban Kiểm tra Trung ương", date: "2022-04-28", term: "XIII"},
	{in: "Nghị quyết số 847-NQ/QUTW ngày 28-12-2021 của Quân ủy Trung ương", typ: "Nghị quyết", num: "847", sym: "847-NQ/QUTW", issuer: "Quân ủy Trung ương", date: "2021-12-28"},
	{in: "Chỉ thị 590-CT/ĐUQSTW", typ: "Chỉ thị", num: "590", sym: "590-CT/ĐUQSTW", issuer: "Đảng ủy Quân sự Trung ương"},
	{in: "Nghị quyết 11-NQ/ĐUCA", typ: "Nghị quyết", num: "11", sym: "11-NQ/ĐUCA", issuer: "Đảng ủy Công an Trung ương"},
	{in: "Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng khóa XIII", typ: "Kết luận", num: "121", sym: "121-KL/TW", issuer: "Ban Chấp hành Trung ương", date: "2025-01-24", term: "XIII"},
	{in: "Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII", typ: "Nghị quyết", num: "60", sym: "60-NQ/TW", date: "2025-04-12", term: "XIII", plenum: 11},
	{in: "Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội đảng bộ các cấp", typ: "Chỉ thị", num: "45", sym: "45-CT/TW", issuer: "Bộ Chính trị", date: "2025-04-14", term: "XIII"},
	{in: "Công văn số 43-CV/BCĐ", typ: "Công văn", num: "43", sym: "43-CV/BCĐ", issuer: "Ban Chỉ đạo"},
	{in: "Công văn số 8011-CV/BTCTW, ngày 27/02/2025", typ: "Công văn", num: "8011", sym: "8011-CV/BTCTW", date: "2025-02-27"},
	{in: "Hướng dẫn số 14-HD/BTCTU, ngày 06/10/2014 của Ban Tổ chức Thành ủy Cần Thơ", typ: "Hướng dẫn", num: "14", sym: "14-HD/BTCTU", date: "2014-10-06"},
	{in: "Quyết định số 3917-QĐ/ĐUK, ngày 20 tháng 3 năm 2020, của Đảng bộ Khối các Trường Đại học", typ: "Quyết định", num: "3917", sym: "3917-QĐ/ĐUK", date: "2020-03-20"},
	{in: "Chương trình hành động số 06-CTr/TU ngày 26/10/2020 của Tỉnh ủy", typ: "Chương trình", num: "06", sym: "06-CTr/TU", issuer: "Tỉnh ủy", date: "2020-10-26"},
	{in: "Số 24-BS/UBKTTU", text: "24-BS/UBKTTU", typ: "Bản sao", num: "24", sym: "24-BS/UBKTTU", issuer: "Ủy ban Kiểm tra Tỉnh ủy"},
	{in: "Quyết định số 244-QĐ/TW ngày 24/01/2025 của Bộ Chính trị", typ: "Quyết định", num: "244", sym: "244-QĐ/TW", issuer: "Bộ Chính trị", date: "2025-01-24"},
	{in: "Nghị quyết số 12-NQ/TW ngày 16-1-2012 (Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XI)", typ: "Nghị quyết", num: "12", sym: "12-NQ/TW", date: "2012-01-16", term: "XI", plenum: 4},
	{in: "Kết luận số 34-KL/TW ngày 18/4/2022", typ: "Kết luận", num: "34", sym: "34-KL/TW", date: "2022-04-18", term: "XIII"},
	{in: "Luật số 80/2015/QH13", typ: "Luật", num: "80", sym: "80/2015/QH13", issuer: "Quốc hội", iss: "QH13"},
	{in: "Luật số 64/2025/QH15, Hà Nội, ngày 19 tháng 02 năm 2025", typ: "Luật", num: "64", sym: "64/2025/QH15", issuer: "Quốc hội"},
	{in: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", typ: "Nghị định", num: "30", sym: "30/2020/NĐ-CP", issuer: "Chính phủ", date: "2020-03-05"},
	{in: "Quyết định 759/QĐ-TTg ngày 14/4/2025", typ: "Quyết định", num: "759", sym: "759/QĐ-TTg", issuer: "Thủ tướng Chính phủ", date: "2025-04-14"},
	{in: "Quyết định số 19/2025/QĐ-TTg", typ: "Quyết định", num: "19", sym: "19/2025/QĐ-TTg", issuer: "Thủ tướng Chính phủ"},
	{in: "Thông tư 01/2011/TT-BNV", typ: "Thông tư", num: "01", sym: "01/2011/TT-BNV", issuer: "Bộ Nội vụ", iss: "BNV"},
	{in: "Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP ngày 06 tháng 5 năm 2005", typ: "Thông tư liên tịch", num: "55", sym: "55/2005/TTLT-BNV-VPCP", iss: "BNV-VPCP", date: "2005-05-06"},
	{in: "Nghị quyết số 126/NQ-CP ngày 09/5/2025 của Chính phủ", typ: "Nghị quyết", num: "126", sym: "126/NQ-CP", issuer: "Chính phủ", date: "2025-05-09"},
	{in: "Nghị quyết số 202/2025/QH15", typ: "Nghị quyết", num: "202", sym: "202/2025/QH15", issuer: "Quốc hội"},
	{in: "Nghị quyết số 1314/NQ-UBTVQH15 của UBTVQH", typ: "Nghị quyết", num: "1314", sym: "1314/NQ-UBTVQH15", issuer: "Ủy ban Thường vụ Quốc hội"},
	{in: "Nghị quyết số 76/2025/UBTVQH15", typ: "Nghị quyết", num: "76", sym: "76/2025/UBTVQH15"},
	{in: "văn bản số 4912/UBND-NC về việc thực hiện Chỉ thị của Thủ tướng", text: "văn bản số 4912/UBND-NC", typ: "Công văn", num: "4912", sym: "4912/UBND-NC", issuer: "Ủy ban nhân dân"},
	{in: "Công văn 123/UBND-VX", typ: "Công văn", num: "123", sym: "123/UBND-VX"},
	{in: "Nghị quyết 05/2019/NQ-HĐND của HĐND tỉnh Đắk Nông", typ: "Nghị quyết", num: "05", sym: "05/2019/NQ-HĐND", issuer: "Hội đồng nhân dân"},
	{in: "Chỉ thị 36/2006/CT-TTg", typ: "Chỉ thị", num: "36", sym: "36/2006/CT-TTg"},
	{in: "Báo cáo số 08/BC-ĐGS ngày 12 tháng 10 năm 2017 của Đoàn giám sát của Quốc hội", typ: "Báo cáo", num: "08", sym: "08/BC-ĐGS", date: "2017-10-12"},
	{in: "Công điện 393/CĐ-BVHTTDL", typ: "Công điện", num: "393", sym: "393/CĐ-BVHTTDL", issuer: "Bộ Văn hóa, Thể thao và Du lịch"},
	// DOCUMENTS.md §4 prose forms and spacing variants
	{in: "Nghị quyết 18-NQ/TW", typ: "Nghị quyết", num: "18", sym: "18-NQ/TW"},
	{in: "HD 05-HD/VPTW", typ: "Hướng dẫn", num: "05", sym: "05-HD/VPTW"},
	{in: "KL 198-KL/TW", typ: "Kết luận", num: "198", sym: "198-KL/TW"},
	{in: "NQ 18 của Trung ương", typ: "Nghị quyết", num: "18", sym: "-"},
	{in: "Nghị định 30", typ: "Nghị định", num: "30", sym: "-"},
	{in: "Nghị quyết Hội nghị Trung ương 11 khóa XIII", typ: "Nghị quyết", sym: "-", term: "XIII", plenum: 11},
	{in: "Nghị quyết 35- NQ/TW", typ: "Nghị quyết", num: "35", sym: "35-NQ/TW"},
	{in: "Chỉ thị 35 - CT / TW", text: "Chỉ thị 35 - CT / TW", typ: "Chỉ thị", num: "35", sym: "35-CT/TW"},
	{in: "Chỉ thị 35–CT/TW", typ: "Chỉ thị", num: "35", sym: "35-CT/TW"},
	{in: "Số: 30/2020/NĐ-CP", typ: "Nghị định", num: "30", sym: "30/2020/NĐ-CP"},
	{in: "Số 127-QĐ/TW", typ: "Quyết định", num: "127", sym: "127-QĐ/TW"},
	{in: "theo 15-NQ/TU", typ: "Nghị quyết", num: "15", sym: "15-NQ/TU", issuer: "Tỉnh ủy"},
	{in: "Nghị quyết số 18 (qua Ban Tổ chức Trung ương)", typ: "Nghị quyết", num: "18", sym: "-"},
	{in: "Nghị quyết Trung ương 4 khóa XI, XII", typ: "Nghị quyết", term: "XI", plenum: 4, n: 2},
	{in: "Nghị quyết Trung ương 7 khóa X, khóa XI về công tác cán bộ", text: "Nghị quyết Trung ương 7 khóa X, khóa XI", typ: "Nghị quyết", term: "X", plenum: 7, n: 2},
	{in: "Nghị quyết Trung ương 5 khoá IX và khoá X", text: "Nghị quyết Trung ương 5 khoá IX và khoá X", typ: "Nghị quyết", term: "IX", plenum: 5, n: 2},
	{in: "các Nghị quyết số 18, 19-NQ/TW", typ: "Nghị quyết", num: "18", sym: "18-NQ/TW", n: 2},
	{in: "Chỉ thị 05 và Kết luận 01", typ: "Chỉ thị", num: "05", n: 2},
	{in: "Luật Đất đai 2013", text: "Luật Đất đai 2013", typ: "Luật", sym: "-"},
	{in: "thi hành Luật Cán bộ, công chức", text: "Luật Cán bộ, công chức", typ: "Luật"},
	{in: "Hiến pháp 2013", text: "Hiến pháp 2013", typ: "Hiến pháp"},
	{in: "sửa đổi Hiến pháp năm 2013", text: "Hiến pháp năm 2013", typ: "Hiến pháp"},
	{in: "theo Điều lệ Đảng", text: "Điều lệ Đảng", typ: "Điều lệ"},
	{in: "Cương lĩnh 2011", text: "Cương lĩnh 2011", typ: "Cương lĩnh"},
	{in: "Nghị quyết Đại hội XIII của Đảng", text: "Nghị quyết Đại hội XIII của Đảng", typ: "Nghị quyết"},
	{in: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 16, Đảng bộ tỉnh", text: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 16", typ: "Nghị quyết"},
	// seed and dev articles
	{in: "gắn với thực hiện Chỉ thị 05 của Bộ Chính trị và các quy định", text: "Chỉ thị 05 của Bộ Chính trị", typ: "Chỉ thị", num: "05", issuer: "Bộ Chính trị"},
	{in: "Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập", typ: "Chỉ thị", num: "05", sym: "05-CT/TW", issuer: "Bộ Chính trị"},
	{in: "Nghị quyết Đại hội lần thứ XII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI.", text: "Nghị quyết Đại hội lần thứ XII của Đảng", typ: "Nghị quyết", n: 2},
	{in: "thực hiện Nghị quyết Trung ương 4 khóa XI và thực hiện Chỉ thị 03 của Bộ Chính trị", typ: "Nghị quyết", term: "XI", plenum: 4, n: 2},
	{in: "không vi phạm luật Báo chí và các luật khác hiện hành", text: "luật Báo chí", typ: "Luật"},
	{in: "Báo cáo chính trị tại Đại hội Đảng toàn quốc lần thứ 12 đã xác định", text: "Báo cáo chính trị tại Đại hội Đảng toàn quốc lần thứ 12", typ: "Báo cáo"},
	{in: "được quy định trong Thể lệ giải báo chí toàn quốc về xây dựng Đảng, Ban Tổ chức", text: "Thể lệ giải báo chí toàn quốc", typ: "Thể lệ"},
	{in: "thực hiện Luật BHYT tại địa phương", text: "Luật BHYT", typ: "Luật"},
	{in: "nghị quyết 19 và nghị định 35 với phương châm", text: "nghị quyết 19", typ: "Nghị quyết", num: "19", n: 2},
	{in: "theo nghị quyết 01 liên quan đến", typ: "Nghị quyết", num: "01"},
	{in: "[Kết luận 126-KL/TW] Kết luận về một số nội dung", typ: "Kết luận", num: "126", sym: "126-KL/TW"},
	{in: "Chỉ thị số 35-CT/TW và Kết luận số 118-KL/TW của Bộ Chính trị.", typ: "Chỉ thị", num: "35", sym: "35-CT/TW", n: 2},
	{in: "khẩn trương hoàn thiện Đề án tổ chức lại hệ thống thanh tra, báo cáo Bộ Chính trị", text: "Đề án tổ chức lại hệ thống thanh tra", typ: "Đề án"},
	{in: "nhất là Dự thảo Báo cáo chính trị và dự thảo Nghị quyết Đại hội XIV của Đảng về", text: "Dự thảo Báo cáo chính trị", typ: "Báo cáo", n: 2},
	{in: "sửa đổi, bổ sung Điều lệ Đảng, Cương lĩnh, Hiến pháp (nếu cần)", text: "Điều lệ Đảng", typ: "Điều lệ", n: 3},
	{in: "Công văn số 12089-CV/VPTW và Công văn số 12099-CV/VPTW, ngày 9/11/2024 của Văn phòng Trung ương Đảng", typ: "Công văn", num: "12089", sym: "12089-CV/VPTW", n: 2},
	{in: "phấn đấu hoàn thành Nghị quyết lãnh đạo nhiệm vụ năm 2024 của Quân ủy Trung ương đề ra", text: "Nghị quyết lãnh đạo nhiệm vụ năm 2024 của Quân ủy Trung ương", typ: "Nghị quyết", issuer: "Quân ủy Trung ương"},
	{in: "Kết luận số 01 của Bộ Chính trị, 2 năm thực hiện Nghị quyết 847 của Quân ủy Trung ương", text: "Kết luận số 01 của Bộ Chính trị", typ: "Kết luận", num: "01", n: 2},
	{in: "Nghị quyết Trung ương 8 khóa XIII về Chiến lược bảo vệ Tổ quốc trong tình hình mới", typ: "Nghị quyết", term: "XIII", plenum: 8},
	{in: "thay thế cho Quyết định 195/2008 của Bộ Chính trị ban hành", text: "Quyết định 195/2008 của Bộ Chính trị", typ: "Quyết định", num: "195", sym: "-"},
	{in: "Nghị quyết 18 của Ban Chấp hành Trung ương 12 ra đời", typ: "Nghị quyết", num: "18", term: "XII"},
	{in: "Quy định số 22-QĐ/TW của Ban Chấp hành trung ương, Bộ Chính trị có thẩm quyền", typ: "Quy định", num: "22", sym: "22-QĐ/TW"},
	{in: "Quyết định 1517/QĐNS-TW của Ban Bí thư", typ: "Quyết định", num: "1517", sym: "1517/QĐNS-TW", issuer: "Ban Bí thư"},
	{in: "Quyết định số 1616-QĐNS/TW ngày 25/10/2024 của Bộ Chính trị", typ: "Quyết định", num: "1616", sym: "1616-QĐNS/TW", date: "2024-10-25"},
	{in: "Xét theo Quy định 214-QĐ/TW năm 2020, việc", typ: "Quy định", num: "214", sym: "214-QĐ/TW"},
	{in: "Đề cương Báo cáo tổng kết thực hiện Chiến lược phát triển kinh tế - xã hội 10 năm 2011-2020, xây dựng", text: "Chiến lược phát triển kinh tế - xã hội 10 năm 2011-2020", typ: "Chiến lược"},
	{in: "Tổng kết việc thực hiện chỉ thị số 36 - CT / TW của Bộ Chính trị (khoá XI) về đại hội", typ: "Chỉ thị", num: "36", sym: "36-CT/TW", issuer: "Bộ Chính trị", term: "XI"},
	{in: "trong Chỉ thị 56 - CT / TW, Kết luận số 19 - KL / TW, Chỉ thị số 08 / CT - TTg và Thông báo số 50 - TB / TW", typ: "Chỉ thị", num: "56", sym: "56-CT/TW", n: 4},
	{in: "như: Bộ Luật tố tụng hình sự (sửa đổi); Luật tổ chức cơ quan điều tra hình sự", text: "Bộ Luật tố tụng hình sự (sửa đổi)", typ: "Bộ luật", n: 2},
	{in: "Thực hiện Nghị quyết Trung ương 4 (khoá X), ngày 11/4/2007", typ: "Nghị quyết", term: "X", plenum: 4},
	{in: "kết luận số 19 KL / TW ngày 23/5/2012 của ban Bí thư", typ: "Kết luận", num: "19", sym: "19-KL/TW", date: "2012-05-23", term: "XI"},
	{in: "tiếp tục thực hiện có hiệu quả Đề án “Xã hội hoá công tác phổ biến giáo dục pháp luật giai đoạn 2017 – 2021”", typ: "Đề án"},
	{in: "chỉ thị số 32 CT / TW", typ: "Chỉ thị", num: "32", sym: "32-CT/TW"},
	{in: "(Chỉ thị 33 - CT / TW) và Quy định số 03 - QĐ / TU;", typ: "Chỉ thị", num: "33", sym: "33-CT/TW", n: 2},
	{in: "Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về Đại hội", typ: "Chỉ thị", num: "35", sym: "35-CT/TW", date: "2024-06-14", term: "XIII"},
}

func TestFindPositives(t *testing.T) {
	require.GreaterOrEqual(t, len(positives), 80)
	for _, w := range positives {
		t.Run(w.in, func(t *testing.T) {
			cs := find(w.in, d2020)
			require.NotEmpty(t, cs, "no citation")
			docs := Documents(cs)
			n := w.n
			if n == 0 {
				n = 1
			}
			require.Len(t, docs, n, "documents: %+v", docs)
			d := docs[0]
			if w.text != "" {
				assert.Equal(t, w.text, d.Text)
			}
			assert.Equal(t, w.typ, d.Type)
			if w.num != "" {
				assert.Equal(t, w.num, d.Number)
			}
			switch w.sym {
			case "":
			case "-":
				assert.Empty(t, d.Symbol)
			default:
				assert.Equal(t, w.sym, d.Symbol)
			}
			if w.issuer != "" {
				assert.Equal(t, w.issuer, d.Issuer)
			}
			if w.iss != "" {
				assert.Equal(t, w.iss, d.IssuerCode)
			}
			if w.date != "" {
				assert.Equal(t, w.date, d.Date)
			}
			if w.term != "" {
				assert.Equal(t, w.term, d.Term)
			}
			if w.plenum != 0 {
				assert.Equal(t, w.plenum, d.Plenum)
			}
		})
	}
}

// Strings that must not become citations.
var negatives = []string{
	"Ngày 25-7-2020, tại TP. Sóc Trăng",
	"GIỚI THIỆU TẠP CHÍ IN\nSố 8 - 2020",
	"Cụm thi đua số 5 Ngành Tổ chức xây dựng Đảng",
	"nhiệm kỳ 2020-2025 vào cuối tháng 7",
	"Điện thoại: 0912-345-678, số nhà 35/2 đường Lê Lợi",
	"đội tuyển thắng 3-1 trước Thái Lan",
	"chung cuộc 2 - 0, tỷ số hiệp một 1-0",
	"máy bay Su-30MK2 và tên lửa S-300",
	"các nghị quyết của Trung ương về công tác xây dựng Đảng",
	"triển khai thực hiện các chỉ thị, nghị quyết, kết luận của Trung ương và của tỉnh ủy",
	"cụ thể hóa Cương lĩnh, nghị quyết, giải quyết những vấn đề",
	"nghị quyết đã đi vào cuộc sống",
	"Quyết định của Bộ Chính trị về công tác cán bộ",
	"kế hoạch 5 năm 2021-2025 và triển khai đại hội",
	"xử lý kỷ luật 3 đảng viên vi phạm pháp luật",
	"Kỷ luật 3 đảng viên",
	"không vi phạm pháp luật Việt Nam, kỷ luật Đảng",
	"cử nhân Luật, cử nhân Điều tra tội phạm",
	"tiền vệ Trọng Luật nhảy lên đánh đầu",
	"Công ty Luật Hà Nội cho biết",
	"dự thảo Luật quan trọng như",
	"Luật này có hiệu lực",
	"Kết luận tại Hội nghị, Thủ tướng Nguyễn Xuân Phúc biểu dương",
	"Chương trình xây dựng nông thôn mới có nhiều cố gắng",
	"Tiểu ban Điều lệ Đảng đã khẩn trương chuẩn bị",
	"thực hiện kế hoạch 2015 của tỉnh",
	"điều lệ 70 trang",
	"mua lại 51% vốn điều lệ Công ty Sài Gòn, chiếm 0,2% vốn điều lệ QCG",
	"nguồn: https://example.vn/nghi-quyet-18-nq-tw-ve-sap-xep.html",
	"Hội nghị Trung ương 4 khóa XII đã bàn",
	"tiêu đề của Báo cáo chính trị, kết cấu",
	"các chiến lược, đề án, kế hoạch",
	"Nghị quyết Đại hội Đảng các cấp",
	"ngày 25/10/2017 và 19/5/2018",
}

func TestFindNegatives(t *testing.T) {
	require.GreaterOrEqual(t, len(negatives), 20)
	for _, s := range negatives {
		t.Run(s, func(t *testing.T) {
			cs := find(s, d2020)
			var got []string
			for _, c := range cs {
				got = append(got, c.Document.Text)
			}
			assert.Empty(t, got)
		})
	}
}

func TestDocumentsMerge(t *testing.T) {
	s := "Nghị quyết số 18 và sắp xếp bộ máy. Thực hiện Nghị quyết số 18-NQ/TW. Nghị quyết 18 của Ban Chấp hành Trung ương 12 ra đời. " +
		"Quyết định 1517/QĐNS-TW của Ban Bí thư. Quyết định số 1517-QĐ/TW ngày 27/8/2024. Nghị quyết số 18/NQ-CP của Chính phủ."
	docs := Documents(find(s, d2020))
	require.Len(t, docs, 3)
	assert.Equal(t, "Nghị quyết số 18-NQ/TW", docs[0].Text)
	assert.Equal(t, "18-NQ/TW", docs[0].Symbol)
	assert.Equal(t, "XII", docs[0].Term)
	assert.Len(t, docs[0].Mentions, 3)
	assert.Equal(t, "1517/QĐNS-TW", docs[1].Symbol)
	assert.Equal(t, "2024-08-27", docs[1].Date)
	assert.Len(t, docs[1].Mentions, 2)
	assert.Equal(t, "18/NQ-CP", docs[2].Symbol)
	for _, d := range docs {
		for _, m := range d.Mentions {
			assert.True(t, strings.HasPrefix(s[m.Start:m.End], "Nghị quyết") || strings.HasPrefix(s[m.Start:m.End], "Quyết định"))
		}
	}

	// leading zeros; a plenum without its term joins the one that states it
	s = "Chỉ thị 05 của Bộ Chính trị và Chỉ thị số 5. Nghị quyết Trung ương 4 (khóa XII) và Nghị quyết Trung ương 4."
	docs = Documents(find(s, time.Time{}))
	require.Len(t, docs, 2)
	assert.Len(t, docs[0].Mentions, 2)
	assert.Len(t, docs[1].Mentions, 2)
	assert.Equal(t, "XII", docs[1].Term)

	// the term is inferred from the date of issue, and from the article date for a plenum
	docs = Documents(find("Chỉ thị số 35-CT/TW ngày 30/5/2019 và Nghị quyết Trung ương 4", d2020))
	require.Len(t, docs, 2)
	assert.Equal(t, "XII", docs[0].Term)
	assert.True(t, docs[0].TermInferred)
	assert.Equal(t, "2019-05-30", docs[0].Date)
	assert.True(t, docs[1].TermInferred)

	// ... for the centre's documents only: a provincial committee's terms are its own
	docs = Documents(find("Quyết định số 747-QĐ/TU ngày 08/11/2023 của Ban Thường vụ Tỉnh ủy Cà Mau; Kết luận số 06-KL/BTCTW ngày 15/5/2020", d2020))
	require.Len(t, docs, 2)
	assert.Empty(t, docs[0].Term)
	assert.False(t, docs[0].TermInferred)
	assert.Equal(t, "XII", docs[1].Term)
	assert.True(t, docs[1].TermInferred)
}

func TestDates(t *testing.T) {
	for in, want := range map[string]string{
		"Chỉ thị số 35-CT/TW ngày 25-10-2017":            "2017-10-25",
		"Chỉ thị số 35-CT/TW ngày 25/10/2017":            "2017-10-25",
		"Chỉ thị số 35-CT/TW, ngày 25 tháng 10 năm 2017": "2017-10-25",
		"Chỉ thị số 35-CT/TW ngày 5.3.2020":              "2020-03-05",
		"Chỉ thị số 35-CT/TW ngày 31/02/2020":            "",
	} {
		cs := find(in, time.Time{})
		require.Len(t, cs, 1, in)
		assert.Equal(t, want, cs[0].Document.Date, in)
	}
}

// TestDataExamples runs the examples of the data files.
func TestDataExamples(t *testing.T) {
	d := data()
	for _, ti := range d.types {
		for _, ex := range ti.Examples {
			cs := find("thực hiện "+ex, d2020)
			if assert.NotEmpty(t, cs, "types.tsv %s: %q", ti.Name, ex) {
				assert.Equal(t, ti.Name, cs[0].Document.Type, "types.tsv %q", ex)
			}
		}
	}
	for _, ii := range d.issuers {
		for _, ex := range ii.Examples {
			if strings.ContainsAny(ex, "0123456789") {
				cs := find(ex, d2020)
				if assert.NotEmpty(t, cs, "issuers.tsv %s: %q", ii.Code, ex) {
					found := false
					for _, part := range strings.Split(cs[0].Document.IssuerCode, "-") {
						found = found || strings.EqualFold(issuerFamily(part), ii.Code)
					}
					assert.True(t, found, "issuers.tsv %q: got %q", ex, cs[0].Document.IssuerCode)
				}
				continue
			}
			cs := find("Chỉ thị 05 "+ex, d2020)
			if assert.NotEmpty(t, cs, "issuers.tsv %q", ex) {
				assert.Equal(t, ii.Name, cs[0].Document.Issuer, "issuers.tsv %q", ex)
			}
		}
	}
}

func TestRoman(t *testing.T) {
	for n, s := range map[int]string{4: "IV", 8: "VIII", 12: "XII", 13: "XIII", 14: "XIV", 19: "XIX"} {
		assert.Equal(t, s, roman(n))
		assert.Equal(t, n, parseRoman(s))
	}
	for _, s := range []string{"IIII", "Xa", "VX", "IC", "XXXXX", "", "MX", "i", "CCCCCCCC"} {
		assert.Zero(t, parseRoman(s), s)
	}
	// every numeral roman writes from 1 to 399 reads back
	for n := 1; n < 400; n++ {
		if s := roman(n); len(s) <= 8 {
			assert.Equal(t, n, parseRoman(s), s)
		}
	}
}

func checkSpans(t testing.TB, s string, cs []Citation) {
	prev := -1
	for _, c := range cs {
		if c.Span.Start < 0 || c.Span.End > len(s) || c.Span.Start > c.Span.End {
			t.Fatalf("bad span %+v in %q", c.Span, s)
		}
		if s[c.Span.Start:c.Span.End] != c.Document.Text {
			t.Fatalf("span text %q != %q", s[c.Span.Start:c.Span.End], c.Document.Text)
		}
		if c.Span.Start < prev {
			t.Fatalf("citations out of order in %q", s)
		}
		prev = c.Span.Start
	}
	for _, d := range Documents(cs) {
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(s) || m.Start > m.End {
				t.Fatalf("bad mention %+v", m)
			}
		}
	}
}

func corpus(t testing.TB) map[string]string {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		out[filepath.Base(f)] = string(b)
	}
	return out
}

func TestCorpusSpans(t *testing.T) {
	for name, s := range corpus(t) {
		cs := find(s, d2020)
		checkSpans(t, s, cs)
		if name == "cum-thi-dua-5-soc-trang-2020.txt" {
			docs := Documents(cs)
			var got []string
			for _, d := range docs {
				got = append(got, d.Text)
			}
			assert.Equal(t, []string{"Kết luận số 06-KL/BTCTW", "Chỉ thị số 35-CT/TW",
				"Nghị quyết Trung ương 4 (khóa XII)", "Chỉ thị 05 của Bộ Chính trị"}, got)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, w := range positives {
		f.Add(w.in)
	}
	for _, s := range negatives {
		f.Add(s)
	}
	f.Add("Nghị quyết số 18,")
	f.Add("35-")
	f.Add("Số 1/")
	f.Add("văn bản 168 của")
	f.Add("Hiệp định A - (B)")
	f.Add("luật Ngân sách năm 2002, luật X năm")
	f.Add("Luật A b c d e f. Luật A b c d f")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		cs := find(s, d2020)
		checkSpans(t, s, cs)
	})
}

func BenchmarkFind(b *testing.B) {
	c := corpus(b)
	var texts []string
	var toks [][]token.Token
	n := 0
	for _, s := range c {
		texts = append(texts, s)
		toks = append(toks, token.Tokenize(s))
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	var sink []schema.Document
	for i := 0; i < b.N; i++ {
		for j, s := range texts {
			sink = Documents(Find(s, toks[j], d2020))
		}
	}
	_ = sink
}

// A number with a decimal comma is a quantity, whatever word stands before
// it; a list of numbers after a comma and a space stays a list.
func TestDecimalIsNoNumber(t *testing.T) {
	assert.Empty(t, Documents(find("Phiên hôm qua khớp lệnh 74,8 triệu cổ phiếu, quyết định 2,5 lần.", time.Time{})))
	docs := Documents(find("Nghị quyết 18, 19 của Ban Chấp hành Trung ương", time.Time{}))
	require.Len(t, docs, 2)
	assert.Equal(t, "18", docs[0].Number)
}
