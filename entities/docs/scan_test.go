package docs

import (
	"testing"

	"github.com/vnpol/vnpol/entities/token"
)

// candidate, with its eight-token skip, stops where the plain scan of one
// token a step would: on the testdata articles and short texts, from
// every token, with hashed and hand-built (hashless) tokens.
func TestCandidateScan(t *testing.T) {
	d := data()
	plain := func(toks []token.Token, i int) int {
		if i < 0 || i >= len(toks) {
			return max(i, len(toks))
		}
		for j := i; j < len(toks); j++ {
			tk := &toks[j]
			if tk.Kind == token.Number {
				if numberMayCite(toks, j) {
					return j
				}
				continue
			}
			e := d.headTab[uint16(tk.Hash)]
			if e != 0 && (e&headOne != 0 || j+1 < len(toks) && d.headPairs.Has(token.HashOf(&toks[j]), token.HashOf(&toks[j+1]))) {
				return j
			}
		}
		return len(toks)
	}
	texts := []string{"", "Luật", "theo Nghị quyết số 35-NQ/TW và Quyết định\n19 KL/TW, Chỉ thị 05", "một hai ba bốn năm sáu bảy tám chín mười 30/2020/NĐ-CP"}
	for _, s := range corpus(t) {
		texts = append(texts, s)
	}
	for _, s := range texts {
		toks := token.Tokenize(s)
		hand := append([]token.Token(nil), toks...)
		for k := range hand {
			hand[k].Hash = 0
		}
		for _, ts := range [][]token.Token{toks, hand} {
			for i := -1; i <= len(ts)+1; i++ {
				if got, want := d.candidate(ts, i), plain(ts, i); got != want {
					t.Fatalf("%.40q from %d: candidate %d, want %d", s, i, got, want)
				}
			}
		}
	}
}
