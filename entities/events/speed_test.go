package events

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/timex"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// withTestdata returns the texts followed by the testdata articles.
func withTestdata(t *testing.T, texts ...string) []string {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		bs, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(bs))
	}
	return texts
}

// sentenceTokens gives what tokenizing the sentence again gives, for
// every sentence of the testdata articles and for spans that cut tokens.
func TestSentenceTokensEqualTokenize(t *testing.T) {
	texts := withTestdata(t, "  \n Hội nghị.\u00a0 Ngày 10/1, họp.\n\nKết thúc", "TP.HCM họp. Xong")
	var buf []token.Token
	eachSpan(texts, func(text string, toks []token.Token, s0, s1 int, sp schema.Span) {
		var got []token.Token
		got, buf = sentenceTokens(text, toks, s0, s1, sp, buf)
		assert.Equal(t, token.Tokenize(text[sp.Start:sp.End]), got, "%q", text[sp.Start:sp.End])
	})
}

// eachSpan calls f with every sentence of each text and with spans that
// start or end inside a token or in white space, each with the tokens
// [s0, s1) of the text that lie inside it (spans holding none are left out).
func eachSpan(texts []string, f func(text string, toks []token.Token, s0, s1 int, sp schema.Span)) {
	for _, text := range texts {
		toks := token.Tokenize(text)
		sents := segment.Sentences(text)
		for i := 0; i+1 < len(text) && i < 40; i += 3 {
			sents = append(sents, schema.Span{Start: i, End: min(len(text), i+17)})
		}
		for _, sp := range sents {
			s0 := 0
			for s0 < len(toks) && toks[s0].Start < sp.Start {
				s0++
			}
			s1 := s0
			for s1 < len(toks) && toks[s1].End <= sp.End {
				s1++
			}
			if s1 > s0 {
				f(text, toks, s0, s1, sp)
			}
		}
	}
}

// sentDates gives what timex gives on the sentence tokenized again, for
// every sentence of the testdata articles and for spans that cut tokens.
func TestSentDatesEqualTokenize(t *testing.T) {
	ref := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	texts := withTestdata(t, "Sáng 10/1, họp.\nChiều nay (2/6), hội nghị ngày 3-5-2024.", "hôm qua 15/5 và hôm nay họp")
	var buf []timex.Date
	n := 0 // dates found in the buffer
	eachSpan(texts, func(text string, toks []token.Token, s0, s1 int, sp schema.Span) {
		sub := text[sp.Start:sp.End]
		assert.Equal(t, timex.Dates(sub, nil, ref), sentDates(text, toks, s0, s1, sp, ref, false), "%q", sub)
		assert.Equal(t, timex.Relative(sub, nil, ref), sentDates(text, toks, s0, s1, sp, ref, true), "%q", sub)
		// in a buffer shared by the calls: the same dates, nil when none
		for _, r := range []time.Time{ref, {}} {
			want := sentDates(text, toks, s0, s1, sp, r, false)
			got := sentDatesIn(&buf, text, toks, s0, s1, sp, r)
			assert.Equal(t, want, got, "%q", sub)
			assert.Equal(t, want == nil, got == nil, "%q", sub)
			n += len(got)
		}
	})
	assert.Greater(t, n, 40)
}

// kindsIn finds what w.kind.AppendAll finds, over whole testdata
// articles and over every sentence of them; a cue it leaves out is one
// the scans it spares would not find.
func TestKindsInEqualAppendAll(t *testing.T) {
	w := lists()
	rel := 0 // sentences with a relative day
	for _, text := range withTestdata(t, "Hội nghị\nhọp lễ buổi lễ khai mạc", "Lễ", "kỳ họp thứ 8 Đại hội",
		"Hội nghị sẽ họp cùng ngày", "Kỳ họp dự kiến sẽ diễn ra", "hôm nay họp", "Chiều qua, đoàn đã làm việc. Sáng mai họp tiếp; ngày mai (5/6) nữa") {
		toks := token.Tokenize(text)
		ms, _ := w.kindsIn(nil, toks)
		assert.Equal(t, w.kind.AppendAll(nil, toks), ms)
		for _, sp := range segment.Sentences(text) {
			st := token.Tokenize(text[sp.Start:sp.End])
			ms, cues := w.kindsIn(nil, st)
			assert.Equal(t, w.kind.AppendAll(nil, st), ms)
			sub := text[sp.Start:sp.End]
			n := len(st)
			assert.Equal(t, anyIn(w.future, st, 0, n) || futureBefore(w, st, 0, n), cues&cueFuture != 0 && (anyIn(w.future, st, 0, n) || futureBefore(w, st, 0, n)), "%q", sub)
			assert.Equal(t, futureAfter(w, st, 0, n), cues&cueFuture != 0 && futureAfter(w, st, 0, n), "%q", sub)
			assert.Equal(t, anyIn(w.anchor, st, 0, n), cues&cueAnchor != 0 && anyIn(w.anchor, st, 0, n), "%q", sub)
			assert.Equal(t, anyIn(w.same, st, 0, n), cues&cueAnchor != 0 && anyIn(w.same, st, 0, n), "%q", sub)
			if len(timex.Relative(sub, st, time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC))) > 0 {
				assert.NotZero(t, cues&cueRel, "%q", sub)
				rel++
			}
		}
	}
	assert.GreaterOrEqual(t, rel, 3)
	// the cues of short sentences
	for text, want := range map[string]uint8{
		"Hội nghị sẽ họp cùng ngày": cueKind | cueFuture | cueAnchor,
		"Kỳ họp dự kiến diễn ra":    cueKind | cueFuture,
		"hôm nay họp":               cueKind | cueAnchor | cueRel,
		"Chiều qua, đoàn về":        cueAnchor | cueRel,
		"Hội nghị đã họp xong.":     cueKind,
		"Ông A phát biểu.":          0,
		"Ông A (QNO) phát biểu.":    cueMark,
		"![ảnh](http://a.vn/b.jpg)": cueMark,
	} {
		_, cues := w.kindsIn(nil, token.Tokenize(text))
		assert.Equal(t, want, cues, text)
	}
}

func TestIsoDay(t *testing.T) {
	for _, d := range []time.Time{
		time.Date(2024, 6, 1, 23, 59, 0, 0, time.UTC), time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 2, 29, 0, 0, 0, 0, time.FixedZone("ICT", 7*3600)), time.Date(999, 1, 2, 0, 0, 0, 0, time.UTC),
		time.Date(10000, 1, 2, 0, 0, 0, 0, time.UTC), time.Date(-5, 1, 2, 0, 0, 0, 0, time.UTC), {},
	} {
		assert.Equal(t, d.Format("2006-01-02"), isoDay(d))
	}
}

// tokensTo finds what the linear scan finds.
func TestTokensTo(t *testing.T) {
	// short tokens (a guess past the answer), long ones (short of it), both
	for _, text := range []string{"Ngày 10/1, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị tổng kết công tác năm 2019. Hội nghị diễn ra ngày 10/1.",
		strings.Repeat("a,b.c ", 40) + strings.Repeat("nghiêng ", 30) + strings.Repeat("x", 300) + strings.Repeat(" ạ", 50)} {
		toks := token.Tokenize(text)
		for i := 0; i <= len(toks); i++ {
			for end := 0; end <= len(text)+1; end++ {
				want := i
				for want < len(toks) && toks[want].End <= end {
					want++
				}
				for _, tpb := range []int{tokensPerByte(toks), 1 << 16 / 5, 0, 1 << 16, 1 << 12} {
					require.Equal(t, want, tokensTo(toks, i, end, tpb), "i=%d end=%d tpb=%d", i, end, tpb)
				}
			}
		}
	}
	assert.Equal(t, 0, tokensTo(nil, 0, 10, 1<<16/5))
	assert.Equal(t, 1<<16/5, tokensPerByte(nil))
}

// isoDayAdd gives what isoDay of AddDate gives: every day of some years
// around leap days and centuries, shifted by the offsets Find uses and
// others, in UTC and in another zone.
func TestIsoDayAdd(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	for _, from := range []int{1095, 1599, 1899, 1999, 2023, 2099, 8999} {
		for d := time.Date(from, 1, 1, 13, 0, 0, 0, time.UTC); d.Year() <= from+2; d = d.AddDate(0, 0, 1) {
			for _, c := range [][2]int{{0, 2}, {-10, 0}, {0, -7}, {0, 0}, {-1, 365}, {3, -1000}} {
				for _, tt := range []time.Time{d, d.In(ict)} {
					if got, want := isoDayAdd(tt, c[0], c[1]), isoDay(tt.AddDate(c[0], 0, c[1])); got != want {
						t.Fatalf("isoDayAdd(%v, %d, %d) = %s, want %s", tt, c[0], c[1], got, want)
					}
				}
			}
		}
	}
}

// dayBounds gives what isoDay and isoDayAdd give for the article's day,
// the last day an event may be held and the start of its history.
func TestDayBounds(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	for _, from := range []int{999, 1095, 1109, 1599, 1899, 1999, 2023, 2099, 8999, 9995} {
		for d := time.Date(from, 1, 1, 23, 0, 0, 0, time.UTC); d.Year() <= from+2; d = d.AddDate(0, 0, 1) {
			for _, tt := range []time.Time{d, d.In(ict)} {
				a, b, c := dayBounds(tt)
				if a != isoDay(tt) || b != isoDayAdd(tt, 0, heldAhead) || c != isoDayAdd(tt, -historyYears, 0) {
					t.Fatalf("dayBounds(%v) = %s %s %s", tt, a, b, c)
				}
			}
		}
	}
}

// composes answers as the folded kind's lookup in composeHead, for the
// kinds of the list (from kindComposes) and others.
func TestComposes(t *testing.T) {
	w := lists()
	kinds := []string{"", "hội nghị tổng kết", "Hội Nghị", "cuộc họp", "họp"}
	for k := range w.kindComposes {
		kinds = append(kinds, k)
	}
	n := 0
	for _, k := range kinds {
		want := w.composeHead.has(token.FoldPhrase(k))
		assert.Equal(t, want, w.composes(k), "%q", k)
		if want {
			n++
		}
	}
	assert.Greater(t, n, 1)
}
