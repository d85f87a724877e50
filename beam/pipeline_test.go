package vnpolbeam

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The pipeline runs on prism, Beam's in-process local runner, unless
// --runner says otherwise.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// want runs the vnpol command (built from the parent module) on the
// same inputs and returns its records by source path.
func want(t *testing.T, glob string) map[string]map[string]any {
	files, err := filepath.Glob(glob)
	require.NoError(t, err)
	bin := filepath.Join(t.TempDir(), "vnpol")
	build := exec.Command("go", "build", "-C", "..", "-o", bin, "./cmd/vnpol")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)
	cmd := exec.Command(bin, append([]string{"extract", "--format", "jsonl", "-q"}, files...)...)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	_ = cmd.Run() // exit status 1 when an input fails; its record says why
	recs := map[string]map[string]any{}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m))
		recs[m["source"].(map[string]any)["path"].(string)] = m
	}
	return recs
}

// got reads every shard the pipeline wrote.
func got(t *testing.T, prefix string) map[string]map[string]any {
	files, err := filepath.Glob(prefix + "-*-of-*.jsonl")
	require.NoError(t, err)
	out := map[string]map[string]any{}
	for _, f := range files {
		fh, err := os.Open(f)
		require.NoError(t, err)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			var m map[string]any
			require.NoError(t, json.Unmarshal(sc.Bytes(), &m))
			path := m["source"].(map[string]any)["path"].(string)
			require.NotContains(t, out, path, "record written twice")
			out[path] = m
		}
		require.NoError(t, sc.Err())
		fh.Close()
	}
	return out
}

func TestPipelineEqualsExtractor(t *testing.T) {
	glob, err := filepath.Abs("testdata/articles/*")
	require.NoError(t, err)
	prefix := filepath.Join(t.TempDir(), "records")

	p, s := beam.NewPipelineWithRoot()
	Build(s, Config{Input: glob, Output: prefix, Shards: 3})
	require.NoError(t, ptest.Run(p))

	w, g := want(t, glob), got(t, prefix)
	require.Len(t, w, 7, "4 text files and 3 JSONL lines")
	assert.Equal(t, keys(w), keys(g))
	for id, rec := range w {
		assert.Equal(t, rec, g[id], id)
	}
	// the records are not empty: people and provinces are found
	var officials int
	for _, rec := range g {
		officials += len(rec["officials"].([]any))
	}
	assert.Greater(t, officials, 5)
	errs := 0
	for _, rec := range g {
		if rec["error"] != nil {
			errs++
		}
	}
	assert.Equal(t, 1, errs, "the empty JSONL article gives an error record")
}

func TestShard(t *testing.T) {
	assert.Equal(t, 0, Shard("a", 1))
	seen := map[int]bool{}
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		n := Shard(id, 4)
		require.True(t, n >= 0 && n < 4)
		assert.Equal(t, n, Shard(id, 4), "stable")
		seen[n] = true
	}
	assert.Greater(t, len(seen), 1)
	assert.Equal(t, "out/r-00002-of-00004.jsonl", ShardName("out/r", 2, 4))
}

func TestOptions(t *testing.T) {
	_, err := Options(false, 0, "2020-07-01")
	require.NoError(t, err)
	_, err = Options(false, 0, "July")
	require.Error(t, err)
}

func keys(m map[string]map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
