package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnpol/vnpol/entities/token"
)

// candidate skips only tokens where no type word starts and that are not
// numbers that may open a symbol: at every token of the testdata articles
// (and of short texts with type words across lines), a head match or a
// number symbolAt reads a symbol from lies at or after the candidate found
// from there, never before it.
func TestCandidateSkipsNoHead(t *testing.T) {
	d := data()
	texts := []string{"Nghị quyết\nquyết định Luật NQ 35-NQ/TW", "Chỉ thị", "quyết", "Kết luận số 126-KL/TW",
		"theo 19 KL/TW và 30/2020/NĐ-CP, ngày 25/10, 1234567-NQ/TW, số 12\n-NQ/TW, 25-7-2020, 2020-2025, 15/2019\n/NĐ-CP 15/2019/NĐ-CP, 5 năm, 19 KL\n/TW, 20 KL /TW"}
	for _, s := range corpus(t) {
		texts = append(texts, s)
	}
	for _, s := range texts {
		toks := token.Tokenize(s)
		p := &parser{text: s, toks: toks, d: d}
		next := 0
		for i := range toks {
			if next < i {
				next = d.candidate(toks, i)
			}
			_, head := d.heads.At(toks, i)
			sym := false
			if toks[i].Kind == token.Number {
				v, ok := p.symbolAt(i, true)
				sym = ok && v.sym != ""
				if sym {
					assert.True(t, numberMayCite(toks, i), "%q at token %d", s[:min(len(s), 40)], i)
				}
			}
			if head || sym {
				assert.Equal(t, i, next, "%q at token %d (%q)", s[:min(len(s), 40)], i, toks[i].Key)
			}
		}
		assert.Equal(t, len(toks), d.candidate(toks, len(toks)))
	}
}

// The grammar-word keys fold every spelling the parser meant: capitals
// and the old tone placement ("khoá") give the same key.
func TestGrammarKeys(t *testing.T) {
	for k, words := range map[string][]string{
		kDai5: {"Đại", "đại"}, kHoi5: {"Hội", "hội"}, kKhoa1: {"khóa", "khoá"}, kDieu2: {"Điều", "điều"},
		kNawm: {"năm"}, kNam: {"Nam"}, kSo1: {"số"}, kTu: {"TƯ"}, kTw: {"TW"},
	} {
		for _, w := range words {
			assert.Equal(t, token.Fold(w), k, w)
		}
	}
	assert.NotEqual(t, kNawm, kNam)
	assert.NotEqual(t, kBo3, kBo5)
}

// Every class the parser tests by index is a class of data/words.tsv.
func TestWordClasses(t *testing.T) {
	d := data()
	for c, name := range classNames {
		assert.NotNil(t, d.classLex[c], name)
		assert.NotEmpty(t, d.classSet[c], name)
	}
	assert.Len(t, d.titled, len(d.types))
}
