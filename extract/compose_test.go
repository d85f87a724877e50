package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestToNFC(t *testing.T) {
	viet := "Hội nghị Ban Chấp hành Trung ương Đảng lần thứ 10 khóa XIII; Thủ tướng Phạm Minh Chính – “Ủy ban”… Nguyễn Thị Ánh Tuyết, ngày 20/9"
	for _, tt := range []struct {
		in   string
		fast bool // the fast path answers (no fallback)
	}{
		{norm.NFD.String(viet), true},
		{viet, true},
		{"ê\u0301 ơ\u0323 a\u0306\u0300", true}, // a precomposed letter plus marks
		{"e\u0301\u0302 x", false},              // marks out of canonical order
		{"e\u0323\u0302\u0301", false},          // three marks
		{"\u0301 at the start", false},          // a mark with no letter
		{"a\u0341", false},                      // a mark NFC replaces
		{"Ω\u0301 Ελληνικά", false},             // Greek: outside the fast ranges
		{norm.NFD.String("Xin chào 世界"), false}, // other scripts
		{"\u2000 en quad", false},               // NFC maps it
		{"đ\u0301", false},                      // no precomposed letter
	} {
		_, ok := composeViet(tt.in)
		assert.Equal(t, tt.fast, ok, "%q", tt.in)
		assert.Equal(t, norm.NFC.String(tt.in), toNFC(tt.in), "%q", tt.in)
	}
}

func FuzzToNFC(f *testing.F) {
	f.Add(norm.NFD.String("Hội nghị Ủy ban Thường vụ Quốc hội"))
	f.Add("ê\u0301\u0323 Ω\u0301")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := toNFC(s), norm.NFC.String(s); got != want {
			t.Fatalf("toNFC(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkToNFC(b *testing.B) {
	s := norm.NFD.String("Hội nghị Ban Chấp hành Trung ương Đảng lần thứ 10 khóa XIII; Thủ tướng Phạm Minh Chính chủ trì. ")
	for range 6 {
		s += s
	}
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		toNFC(s)
	}
}
