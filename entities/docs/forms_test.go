package docs

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestForms runs the cases of testdata/forms.tsv: the citations found (as
// written, in order), the number of documents after merging and the symbol
// of the first document.
func TestForms(t *testing.T) {
	f, err := os.Open("testdata/forms.tsv")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.GreaterOrEqual(t, len(cols), 2, line)
		in := cols[0]
		var want []string
		for _, w := range strings.Split(cols[1], " | ") {
			if w = strings.TrimSpace(w); w != "" {
				want = append(want, w)
			}
		}
		n++
		t.Run(in, func(t *testing.T) {
			cs := find(in, d2020)
			var got []string
			for _, c := range cs {
				got = append(got, c.Document.Text)
				assert.Equal(t, c.Document.Text, in[c.Span.Start:c.Span.End])
			}
			assert.Equal(t, want, got)
			docs := Documents(cs)
			if len(cols) > 2 && cols[2] != "" {
				nd, err := strconv.Atoi(cols[2])
				require.NoError(t, err)
				assert.Len(t, docs, nd)
			}
			if len(cols) > 3 && cols[3] != "" {
				require.NotEmpty(t, docs)
				assert.Equal(t, cols[3], docs[0].Symbol)
			}
		})
	}
	require.NoError(t, sc.Err())
	require.Greater(t, n, 10)
}
