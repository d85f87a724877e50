package docs

import "github.com/vnpol/vnpol/entities/token"

// The folded keys of the grammar words the parser tests tokens against
// (p.isKey), folded once.
var (
	kAn1    = token.Fold("án")
	kBieu3  = token.Fold("biểu")
	kBo3    = token.Fold("bổ")
	kBo5    = token.Fold("bộ")
	kCac1   = token.Fold("các")
	kCap1   = token.Fold("cấp")
	kChong1 = token.Fold("chống")
	kChuc1  = token.Fold("chức")
	kCong5  = token.Fold("Cộng")
	kCua3   = token.Fold("của")
	kDai5   = token.Fold("Đại")
	kDang3  = token.Fold("Đảng")
	kDe2    = token.Fold("đề")
	kDen1   = token.Fold("đến")
	kDieu2  = token.Fold("Điều")
	kDinh6  = token.Fold("định")
	kDoan6  = token.Fold("đoạn")
	kDoi3   = token.Fold("đổi")
	kDu5    = token.Fold("dự")
	kGiai3  = token.Fold("giai")
	kGui3   = token.Fold("gửi")
	kHoi5   = token.Fold("Hội")
	kHuong3 = token.Fold("hướng")
	kKhoa1  = token.Fold("khoá")
	kKy2    = token.Fold("kỳ")
	kLan2   = token.Fold("lần")
	kLien   = token.Fold("liên")
	kMot5   = token.Fold("một")
	kNam    = token.Fold("Nam")
	kNawm   = token.Fold("năm")
	kNgay2  = token.Fold("ngày")
	kNghi5  = token.Fold("nghị")
	kNhiem5 = token.Fold("nhiệm")
	kNhin2  = token.Fold("nhìn")
	kQuoc1  = token.Fold("quốc")
	kSan3   = token.Fold("sản")
	kSo1    = token.Fold("số")
	kSua3   = token.Fold("sửa")
	kSung   = token.Fold("sung")
	kT      = token.Fold("T")
	kTai5   = token.Fold("tại")
	kTam2   = token.Fold("tầm")
	kThang1 = token.Fold("tháng")
	kThao3  = token.Fold("thảo")
	kThoi2  = token.Fold("thời")
	kThu1   = token.Fold("thứ")
	kToan2  = token.Fold("toàn")
	kTrung  = token.Fold("Trung")
	kTu     = token.Fold("TƯ")
	kTw     = token.Fold("TW")
	kU      = token.Fold("Ư")
	kUong   = token.Fold("ương")
	kVa2    = token.Fold("và")
	kVe2    = token.Fold("về")
	kViec5  = token.Fold("việc")
	kViet5  = token.Fold("Việt")
	kVu5    = token.Fold("vụ")
)

// isKey reports whether token i exists and has the key k.
func (p *parser) isKey(i int, k string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Key == k
}

// nationalWords are the words of a national congress's name ("Đại hội
// đại biểu toàn quốc", "Đảng Cộng sản Việt Nam").
var nationalWords = map[string]bool{kDang3: true, kDai5: true, kBieu3: true,
	kToan2: true, kQuoc1: true, kCong5: true, kSan3: true, kViet5: true, kNam: true}
