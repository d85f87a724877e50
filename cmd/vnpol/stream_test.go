package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/extract"
)

// TestStreamingFilter: `vnpol extract --input-format jsonl -` reads JSONL on
// standard input and writes one JSONL record per line on standard output as
// each line comes (the way Spark's RDD.pipe and GNU parallel --pipe use a
// program): the record of line 1 is out before line 2 is written.
func TestStreamingFilter(t *testing.T) {
	// one worker runs alone, more share the walker: both must write each
	// record before the next line arrives
	for _, workers := range []string{"1", "2"} {
		t.Run("workers="+workers, func(t *testing.T) {
			art := strings.TrimSpace(string(readTestdata(t, "article.txt")))
			inR, inW := io.Pipe()
			outR, outW := io.Pipe()
			var stderr strings.Builder
			code := make(chan int, 1)
			go func() {
				c := run([]string{"extract", "-q", "--workers", workers, "--input-format", "jsonl", "-"}, inR, outW, &stderr)
				outW.Close()
				code <- c
			}()
			out := bufio.NewReader(outR)
			readRecord := func() map[string]any {
				line := make(chan string, 1)
				go func() {
					l, _ := out.ReadString('\n')
					line <- l
				}()
				select {
				case l := <-line:
					require.True(t, strings.HasSuffix(l, "\n"), "a whole line: %q", l)
					var m map[string]any
					require.NoError(t, json.Unmarshal([]byte(l), &m), l)
					return m
				case <-time.After(20 * time.Second):
					t.Fatal("no record while the input is still open: the filter does not stream")
					return nil
				}
			}
			lines := []string{
				fmt.Sprintf(`{"id": "a1", "text": %q}`, art),
				`not json`,
				fmt.Sprintf(`{"id": "a3", "lang": "vi", "text": %q}`, art+" Bài số 3."),
			}
			for i, l := range lines {
				_, err := io.WriteString(inW, l+"\n")
				require.NoError(t, err)
				rec := readRecord() // before the next line is written
				src := rec["source"].(map[string]any)
				assert.Equal(t, fmt.Sprintf("-:%d", i+1), src["path"])
				if i == 1 {
					assert.Equal(t, "undecodable", errKind(rec))
					continue
				}
				assert.Equal(t, "", errKind(rec))
				assert.Equal(t, "jsonl", src["format"])
				assert.Equal(t, fmt.Sprintf("a%d", i+1), src["meta"].(map[string]any)["id"])
				assert.NotEmpty(t, rec["officials"], "extracted")
			}
			require.NoError(t, inW.Close())
			rest, err := io.ReadAll(out)
			require.NoError(t, err)
			assert.Empty(t, string(rest), "one record per line")
			assert.Equal(t, exitInput, <-code, "a line failed: %s", stderr.String())
		})
	}
}

// TestStreamingDefaultFormat: JSONL in, JSONL out, also for a single "-".
func TestStreamingDefaultFormat(t *testing.T) {
	in := "{\"text\": \"Tỉnh ủy Sóc Trăng họp.\"}\n{\"text\": \"Ban Bí thư họp.\"}\n"
	code, out, errs := runCLI(t, in, "extract", "-q", "--input-format", "jsonl", "-")
	require.Equal(t, exitOK, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2, out)
	for i, l := range lines {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m))
		assert.Equal(t, fmt.Sprintf("-:%d", i+1), srcPath(m))
	}
}

// TestHugeSparseFile: a 200 MB single file (sparse: it takes no disk
// space) is reported as too_large from its size with the default limit,
// before any byte of it is read, so the run allocates far less than 200 MB.
func TestHugeSparseFile(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	require.NoError(t, os.WriteFile(huge, nil, 0o644))
	require.NoError(t, os.Truncate(huge, 200<<20))
	small := filepath.Join(dir, "small.txt")
	require.NoError(t, os.WriteFile(small, readTestdata(t, "article.txt"), 0o644))
	code, _, errs := runCLI(t, "", "extract", "-q", small) // load the extractor's data first
	require.Equal(t, exitOK, code, errs)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	code, out, errs := runCLI(t, "", "extract", "-q", "--format", "jsonl", huge)
	runtime.ReadMemStats(&after)
	assert.Equal(t, exitInput, code, errs)
	lines := jsonLines(t, out)
	require.Len(t, lines, 1)
	assert.Equal(t, "too_large", errKind(lines[0]))
	msg := lines[0]["error"].(map[string]any)["message"].(string)
	assert.Contains(t, msg, fmt.Sprintf("%d bytes, over the limit of %d", 200<<20, extract.DefaultMaxBytes))
	assert.Equal(t, float64(200<<20), lines[0]["source"].(map[string]any)["bytes"])
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(16<<20), "bytes allocated by the run")
}

// BenchmarkHugeSparseFile: refusing a 200 MB file by its size costs about
// what a 1 KB file's error record costs.
func BenchmarkHugeSparseFile(b *testing.B) {
	dir := b.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	require.NoError(b, os.WriteFile(huge, nil, 0o644))
	require.NoError(b, os.Truncate(huge, 200<<20))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var out, errb strings.Builder
		if code := run([]string{"extract", "-q", "--format", "jsonl", huge}, nil, &out, &errb); code != exitInput {
			b.Fatal(code, errb.String())
		}
	}
}
