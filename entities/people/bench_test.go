package people

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/vnpol/vnpol/entities/token"
)

// oneLine joins the testdata articles with spaces, repeated up to n bytes:
// scraped text that lost its line breaks.
func oneLine(tb testing.TB, n int) string {
	var parts []string
	for _, f := range []string{"testdata/seed.txt", "testdata/chains.txt"} {
		bs, err := os.ReadFile(f)
		require.NoError(tb, err)
		parts = append(parts, strings.Join(strings.Fields(string(bs)), " "))
	}
	unit := strings.Join(parts, " ") + " "
	s := strings.Repeat(unit, n/len(unit)+1)
	if i := strings.LastIndexByte(s[:n], ' '); i > 0 {
		s = s[:i]
	}
	return s
}

// BenchmarkLinear runs Find on one long line at 1x and 4x its size: ns/op
// of the 4x entry over the 1x entry should stay near 4.
func BenchmarkLinear(b *testing.B) {
	for _, tc := range []struct {
		name string
		size int
	}{{"line-1x", 64 << 10}, {"line-4x", 256 << 10}} {
		b.Run(tc.name, func(b *testing.B) {
			text := oneLine(b, tc.size)
			toks := token.Tokenize(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Find(Input{Text: text, Tokens: toks})
			}
		})
	}
}

// BenchmarkLinearFile is BenchmarkLinear on the files named by
// VNPOL_LINE1 and VNPOL_LINE4 (one long line each, the second 4x the first).
func BenchmarkLinearFile(b *testing.B) {
	for _, env := range []string{"VNPOL_LINE1", "VNPOL_LINE4"} {
		b.Run(env, func(b *testing.B) {
			f := os.Getenv(env)
			if f == "" {
				b.Skip("no " + env)
			}
			bs, err := os.ReadFile(f)
			require.NoError(b, err)
			text := string(bs)
			toks := token.Tokenize(text)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Find(Input{Text: text, Tokens: toks})
			}
		})
	}
}
