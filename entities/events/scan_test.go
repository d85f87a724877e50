package events

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

// kindsIn, whose scan (cueTable.next) skips eight tokens a step and
// passes over the first keys of longer phrases whose pair fails, finds
// the phrases and cues of the plain scan: a call to At wherever an event
// phrase may start, and the cues of every token. On the testdata
// articles, every window of them, and hand-built (hashless) tokens.
func TestKindsInScan(t *testing.T) {
	w := lists()
	plain := func(toks []token.Token) ([]lexicon.Match[kindVal], uint8) {
		var out []lexicon.Match[kindVal]
		var cues uint8
		for i := 0; i < len(toks); i++ {
			c := w.cues.at(toks, i)
			cues |= c
			if c&cueKind == 0 {
				continue
			}
			if m, ok := w.kind.At(toks, i); ok {
				out = append(out, m)
				for j := i + 1; j < m.Last; j++ {
					cues |= w.cues.at(toks, j)
				}
				i = m.Last - 1
			}
		}
		return out, cues
	}
	files, _ := filepath.Glob("testdata/*.txt")
	texts := []string{"", "Sáng 5/6, Hội nghị Ban Chấp hành họp; đại biểu sẽ dự lễ khai mạc (ảnh)", "hội công đại làm"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		toks := token.Tokenize(s)
		hand := append([]token.Token(nil), toks...)
		for k := range hand {
			hand[k].Hash = 0
		}
		for _, ts := range [][]token.Token{toks, hand} {
			for a := 0; a < len(ts); a += 1 + len(ts)/50 {
				for _, b := range []int{a, a + 1, a + 7, a + 9, a + 40, len(ts)} {
					b = min(b, len(ts))
					got, gc := w.kindsIn(nil, ts[a:b])
					want, wc := plain(ts[a:b])
					if !reflect.DeepEqual(got, want) || gc != wc {
						t.Fatalf("tokens %d-%d of %.30q: kindsIn %v %08b, want %v %08b", a, b, s, got, gc, want, wc)
					}
				}
			}
		}
	}
}
