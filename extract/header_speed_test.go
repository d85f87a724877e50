package extract

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnpol/vnpol/entities/token"
)

// datelineCueRe is the pattern datelineCue reads by hand.
var datelineCueRe = regexp.MustCompile(`(?i)(?:^|[,(\-–]\s*)(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(sáng|chiều|tối|trưa|ngày|hôm nay|đêm)\s*$`)

// headerPieces builds the strings the header's hand-read patterns are
// checked on: their words in every case (and the long s that folds to
// s), separators, white space, other words and broken UTF-8.
var headerPieces = []string{"sáng", "SÁNG", "Sáng", "ſáng", "sa\u0301ng", "chiều", "CHIỀU", "Chiều", "tối", "TỐI", "trưa", "Trưa",
	"ngày", "NGÀY", "Ngày", "ngay", "hôm nay", "HÔM NAY", "hôm  nay", "đêm", "ĐÊM", "Theo", "Nguồn", "Nguồn:", "TTXVN", "Báo Nhân Dân",
	" ", " ", "  ", "\t", "\n", "\r", "\f", "\v", "\u00a0", ",", "(", ")", "-", "–", "—", ".", ":", "x", "a", "đó", "trước đó", "17",
	"\xe2", "\x80", "\x93", "|", "ừ", "kế hoạch", "Hà Nội", "Quang Hiệu", "quang", "Việt Anh"}

func randomHeaderLine(r *rand.Rand) string {
	var b strings.Builder
	for n := 1 + r.Intn(7); n > 0; n-- {
		b.WriteString(headerPieces[r.Intn(len(headerPieces))])
	}
	s := b.String()
	if r.Intn(3) == 0 && len(s) > 1 { // a window cut at any byte, as leadDate's
		s = s[r.Intn(len(s)):]
	}
	return s
}

// datelineCue answers as its pattern does.
func TestDatelineCue(t *testing.T) {
	for _, s := range []string{"", "Sáng ", "sáng", ", sáng ", "(baochinhphu.vn) - Sáng ", "Chiều ngày ", "lực từ 0 giờ ngày ", "x ngày",
		" ngày", "–ngày", "— ngày", "TRƯA  ", "hôm nay\t", "tối\v", "ſáng", ",\u00a0sáng", "trước đó, ngày", "sáng\nngày "} {
		if got, want := datelineCue(s), datelineCueRe.MatchString(s); got != want {
			t.Errorf("datelineCue(%q) = %v, want %v", s, got, want)
		}
	}
	r := rand.New(rand.NewSource(1))
	for k := 0; k < 200000; k++ {
		s := randomHeaderLine(r)
		if got, want := datelineCue(s), datelineCueRe.MatchString(s); got != want {
			t.Fatalf("datelineCue(%q) = %v, want %v", s, got, want)
		}
	}
}

// sourceStart turns away only lines sourceRe does not match.
func TestSourceStart(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	long := "Theo " + strings.Repeat("x", 60)
	for _, s := range []string{long, long + "x", long + ".", "(" + long + ").", "( Nguồn: " + strings.Repeat("ạ", 60) + " )", "Theo kế hoạch"} {
		if !sourceStart(s) && sourceRe.MatchString(s) {
			t.Errorf("sourceStart(%q) false, but the pattern matches", s)
		}
	}
	for k := 0; k < 200000; k++ {
		s := randomHeaderLine(r)
		if r.Intn(2) == 0 {
			s = []string{"Theo ", "(Theo ", "Nguồn: ", " ( Nguồn "}[r.Intn(4)] + s + strings.Repeat("y", r.Intn(70))
		}
		if !sourceStart(s) && sourceRe.MatchString(s) {
			t.Fatalf("sourceStart(%q) false, but the pattern matches", s)
		}
	}
}

// isSpaceRune is unicode.IsSpace.
func TestIsSpaceRune(t *testing.T) {
	for r := rune(-1); r <= 0x110000; r++ {
		if isSpaceRune(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpaceRune(%U) = %v", r, isSpaceRune(r))
		}
	}
}

// creditMatch's length bound turns away only lines creditRe does not match.
func TestCreditBound(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	labels := []string{"Tin", "tin", "Bài", "Ảnh", "ảnh", "Video", "video và tin và video", "Tin, ảnh", "Bài và ảnh", "Tác giả", "Biên tập", "Thực hiện", "Clip / Video / video"}
	for k := 0; k < 100000; k++ {
		s := labels[r.Intn(len(labels))] + strings.Repeat(" ", r.Intn(3)) + ":" + strings.Repeat(" ", r.Intn(3)) +
			[]string{"VĂN ĐẢM", "Hà Duy", "Ư"}[r.Intn(3)] + strings.Repeat([]string{"x", "ạ", " ", "\xe2"}[r.Intn(4)], r.Intn(70)) + []string{"", ".", " .", "  "}[r.Intn(4)]
		if nonSpaceRunes(s, 80) > 80 && creditRe.MatchString(s) {
			t.Fatalf("%q: over the bound, but creditRe matches", s)
		}
	}
}

// isNameList and fieldsAtLeast read the words as strings.Split and
// strings.Fields did.
func TestNameListWords(t *testing.T) {
	old := func(s string) bool {
		parts := strings.Split(s, ",")
		if len(parts) > 4 {
			return false
		}
		for _, p := range parts {
			w := strings.Fields(p)
			if len(w) == 0 || len(w) > 4 {
				return false
			}
			for _, x := range w {
				if !firstRuneUpper(x) {
					return false
				}
			}
		}
		return true
	}
	r := rand.New(rand.NewSource(3))
	for k := 0; k < 200000; k++ {
		s := randomHeaderLine(r)
		if got, want := isNameList(s), old(s); got != want {
			t.Fatalf("isNameList(%q) = %v, want %v", s, got, want)
		}
		for n := 0; n < 7; n++ {
			if got, want := fieldsAtLeast(s, n), len(strings.Fields(s)) >= n; got != want {
				t.Fatalf("fieldsAtLeast(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
		if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Fatalf("hasDigit(%q) = %v", s, got)
		}
		for i := 0; i <= len(s); i++ {
			want := -1
			for j := i; j < len(s); j++ {
				if s[j] == '-' || s[j] == '|' || s[j] == 0xE2 {
					want = j
					break
				}
			}
			if got := nextSepByte(s, i); got != want {
				t.Fatalf("nextSepByte(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
		c := s + []string{"", "7:30", "07h15", "3/9/2024", "12 h", "9 : 30", "a1/"}[r.Intn(7)]
		if !clockMay(c) && clockRe.MatchString(c) {
			t.Fatalf("clockMay(%q) false, but clockRe matches", c)
		}
	}
	if !utf8.ValidString("Quang Hiệu") || !isNameList("Quang Hiệu, Việt Anh") || isNameList("Quang Hiệu, việt Anh") || isNameList("A, B, C, D, E") {
		t.Error("isNameList on the doc's names")
	}
}

// continuesTitle, which folds the headline's first dozen words only and
// walks the words in place, answers as the fold and strings.Fields of the
// whole phrases did.
func TestContinuesTitle(t *testing.T) {
	old := func(link, headline string) bool {
		lk := strings.Fields(token.FoldPhrase(strings.TrimRight(strings.TrimSpace(link), ".…")))
		hk := strings.Fields(token.FoldPhrase(headline))
		if len(lk) > 1 {
			lk = lk[:len(lk)-1]
		}
		n := min(len(lk), 6)
		if n > len(hk) {
			return false
		}
		for j := 0; j < n; j++ {
			if lk[j] != hk[j] {
				return false
			}
		}
		return true
	}
	words := []string{"Bổ", "nhiệm", "hai", "Phó", "Chủ", "tịch", "UBND", "tỉnh", "Hà", "Giang", "-", "...", "…", ",", "(", "2024",
		"bo", "NHIỆM", "Hòa", "Hoà", " ", "  ", " ", "	", "â", "TP.", "Hồ", "Chí", "Minh"}
	r := rand.New(rand.NewSource(4))
	gen := func(n int) string {
		var b strings.Builder
		for ; n > 0; n-- {
			if b.Len() > 0 && r.Intn(4) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[r.Intn(len(words))])
		}
		return b.String()
	}
	for k := 0; k < 100000; k++ {
		head := gen(r.Intn(30))
		link := head
		if cut := r.Intn(len(head) + 1); r.Intn(3) > 0 {
			link = head[:cut] + []string{"", "…", "...", " "}[r.Intn(4)]
		} else {
			link = gen(r.Intn(9))
		}
		if got, want := continuesTitle(link, head), old(link, head); got != want {
			t.Fatalf("continuesTitle(%q, %q) = %v, want %v", link, head, got, want)
		}
	}
}
