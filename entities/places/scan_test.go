package places

import (
	"testing"

	"github.com/vnpol/vnpol/entities/token"
)

// next, with its eight-token skip and its gate in line, stops where the
// plain scan would: at the first word from i on in starts whose gate
// (startGate.may) says a phrase may start, on texts longer and shorter
// than a step, with lines between, and on hand-built tokens (no hash).
func TestNextScan(t *testing.T) {
	tb := load()
	plain := func(toks []token.Token, i int) int {
		for ; i < len(toks); i++ {
			if tk := &toks[i]; tk.Kind == token.Word && tb.starts.HasToken(tk) && tb.startGate.may(toks, i) {
				return i
			}
		}
		return len(toks)
	}
	texts := []string{
		"",
		"Sóc Trăng",
		"Đoàn công tác làm việc tại tỉnh Sóc Trăng, TP. Hồ Chí Minh và Hà Nội ngày 5/6.",
		"Trung ương Đảng họp tại Hà Nội; đồng chí Trần Văn Long, Bí thư Tỉnh ủy Long An, thăm huyện Trần Đề",
		"các đồng chí lãnh đạo thành phố\nCần Thơ và Hậu Giang cùng dự, một hai ba bốn năm sáu bảy tám chín mười Huế",
		"Soc Trang va Bac Lieu, Dong bang song Cuu Long",
	}
	for _, s := range texts {
		toks := token.Tokenize(s)
		hand := make([]token.Token, len(toks))
		copy(hand, toks)
		for k := range hand {
			hand[k].Hash = 0
		}
		for _, ts := range [][]token.Token{toks, hand} {
			for i := 0; i <= len(ts)+1; i++ {
				if got, want := tb.next(ts, i), plain(ts, i); got != want {
					t.Errorf("%q from %d: next %d, want %d", s, i, got, want)
				}
			}
		}
	}
}
