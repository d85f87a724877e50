package people

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var updateChains = flag.Bool("update", false, "rewrite testdata/chains_dev.golden")

// TestTitleChainsDev runs the recognizer on real sentences of the dev
// corpus (testdata/chains_dev.txt, one a line) and compares the officials
// with testdata/chains_dev.golden, one line per sentence: "Name: t1 | t2",
// people separated by " ;; ". The golden lines were checked against the dev
// answer keys when the sentences were chosen (every title a key's title);
// run go test -update after a deliberate change and review the diff.
func TestTitleChainsDev(t *testing.T) {
	lines := readLines(t, "testdata/chains_dev.txt")
	require.GreaterOrEqual(t, len(lines), 30)
	var got []string
	for _, line := range lines {
		r := Find(Input{Text: line})
		checkSpans(t, line, r)
		require.NotEmpty(t, r.Officials, line)
		got = append(got, strings.Join(summary(r), " ;; "))
	}
	const golden = "testdata/chains_dev.golden"
	if *updateChains {
		require.NoError(t, os.WriteFile(golden, []byte(strings.Join(got, "\n")+"\n"), 0o644))
	}
	want := readLines(t, golden)
	require.Len(t, want, len(lines))
	for i := range lines {
		if want[i] != got[i] {
			t.Errorf("%s\n  want %s\n  got  %s", lines[i], want[i], got[i])
		}
	}
}
