package segment

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviation TP.", "Ngày 25-7-2020, tại TP. Sóc Trăng, Cụm thi đua họp. Đồng chí Mẫn dự.",
			[]string{"Ngày 25-7-2020, tại TP. Sóc Trăng, Cụm thi đua họp.", "Đồng chí Mẫn dự."}},
		{"missing space", "Ban Tổ chức Trung ương tới dự.Báo cáo sơ kết do đồng chí Vĩnh trình bày.",
			[]string{"Ban Tổ chức Trung ương tới dự.", "Báo cáo sơ kết do đồng chí Vĩnh trình bày."}},
		{"academic prefix", "Dự có PGS.TS. Nguyễn Văn A và TS. Lê Bình. Hội nghị bế mạc.",
			[]string{"Dự có PGS.TS. Nguyễn Văn A và TS. Lê Bình.", "Hội nghị bế mạc."}},
		{"numbered item", "1. Thực hiện Kết luận số 121-KL/TW\n1.1. Căn cứ các kết luận.",
			[]string{"1. Thực hiện Kết luận số 121-KL/TW", "1.1. Căn cứ các kết luận."}},
		{"initials", "T.S", []string{"T.S"}},
		{"question", "Làm thế nào? Phải làm ngay!", []string{"Làm thế nào?", "Phải làm ngay!"}},
		{"quote", "Ông nói: “Phải làm.” Sau đó họp.", []string{"Ông nói: “Phải làm.”", "Sau đó họp."}},
		{"decimal", "Tăng 2.5 lần. Xong.", []string{"Tăng 2.5 lần.", "Xong."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "  Tiêu đề \n\n\tThân bài.\n"
	ps := Paragraphs(in)
	assert.Len(t, ps, 2)
	assert.Equal(t, "Tiêu đề", in[ps[0].Start:ps[0].End])
	assert.Equal(t, "Thân bài.", in[ps[1].Start:ps[1].End])
}

func FuzzSentences(f *testing.F) {
	f.Add("TP. Sóc Trăng. Hà Nội.")
	f.Add("1.1. a\n\n.")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Sentences(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %+v", sp)
			}
			prev = sp.End
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	src := "Ngày 25-7-2020, tại TP. Sóc Trăng, Cụm thi đua số 5 tổ chức sơ kết. Đồng chí Lâm Văn Mẫn tới dự.Báo cáo nêu rõ.\n"
	for len(src) < 64<<10 {
		src += src
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(src)
	}
}

// isBoundaryRef is isBoundary as it was before its early return for a stop
// followed by neither a space nor a capital.
func isBoundaryRef(text string, start, i, j, end int, r rune) bool {
	if j >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j:end])
	if r != '.' {
		return unicode.IsSpace(next) || unicode.IsUpper(next)
	}
	// word before the stop
	w := i
	for w > start {
		pr, pn := utf8.DecodeLastRuneInString(text[start:w])
		if unicode.IsLetter(pr) || unicode.IsDigit(pr) || pr == '.' {
			w -= pn
			continue
		}
		break
	}
	word := text[w:i]
	if word == "" {
		return unicode.IsSpace(next)
	}
	if abbrev[word] || abbrev[strings.TrimRight(word, ".")] {
		return false
	}
	// initials such as "T.S" or "N.V.A"
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return false
	}
	allDigits := true
	for _, c := range word {
		if !unicode.IsDigit(c) && c != '.' {
			allDigits = false
		}
	}
	if allDigits {
		// "1." or "1.1." at the start of a line is a list number; "2.5" a decimal
		if w == start || unicode.IsDigit(next) {
			return false
		}
	}
	if unicode.IsSpace(next) {
		return true
	}
	// "dự.Báo": a missing space before a capital still ends the sentence
	return unicode.IsUpper(next)
}

func FuzzIsBoundary(f *testing.F) {
	for _, s := range []string{"Ông A. Nguyễn", "2.5 tỷ", "1. Mục", "TP. Huế", "dự.Báo", "N.V.A nói", "x.vn/a.b", "Hết.", "Sao? Vì", "a.\u00a0b", "T.Ư."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c == '.' || c == '!' || c == '?' {
				for _, start := range []int{0, i / 2} {
					require.Equal(t, isBoundaryRef(s, start, i, i+1, len(s), rune(c)), isBoundary(s, start, i, i+1, len(s), rune(c)), "%q at %d from %d", s, i, start)
				}
			}
		}
	})
}
