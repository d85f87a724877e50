package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/schema"
)

// runCLI runs the command in-process.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

// corpusDir makes a folder of good and bad inputs; it returns the folder
// and the inputs it holds in the order extract must list them.
func corpusDir(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}
	write("a-article.txt", readTestdata(t, "article.txt"))
	write("b-empty.txt", nil)
	write("c-binary.txt", []byte("PK\x03\x04\x00\x00binary\x00data"))
	// Hà Nội in Windows-1258: à precomposed, ộ as ô + combining dot below
	write("d-cp1258.txt", []byte("Th\xe0nh \xf0o\xe0n H\xe0 N\xf4\xf2i t\xf4\xec ch\xfac h\xf4\xf2i ngh\xef.\n"))
	write("e-whitespace.txt", []byte(" \n\t\r\n"))
	write("notes.md", []byte("not an input"))
	write("sub/f-seed.txt", readTestdata(t, "seed-head.txt"))
	require.NoError(t, os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "c0-broken.txt")))
	want := []string{"a-article.txt", "b-empty.txt", "c-binary.txt", "c0-broken.txt", "d-cp1258.txt", "e-whitespace.txt", "sub/f-seed.txt"}
	for i, w := range want {
		want[i] = filepath.Join(dir, w)
	}
	return dir, want
}

func jsonLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), "line %q", sc.Text())
		out = append(out, m)
	}
	return out
}

func errKind(m map[string]any) string {
	if e, ok := m["error"].(map[string]any); ok {
		return e["kind"].(string)
	}
	return ""
}

func srcPath(m map[string]any) string { return m["source"].(map[string]any)["path"].(string) }

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.JSONSchema()))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("record.json", doc))
	s, err := c.Compile("record.json")
	require.NoError(t, err)
	return s
}

func TestExtractGoodAndBad(t *testing.T) {
	dir, want := corpusDir(t)
	missing := filepath.Join(dir, "missing.txt")
	wantKinds := map[string]string{
		"a-article.txt": "", "b-empty.txt": "empty", "c-binary.txt": "binary", "c0-broken.txt": "unreadable",
		"d-cp1258.txt": "", "e-whitespace.txt": "empty", "f-seed.txt": "", "missing.txt": "unreadable",
	}
	sch := compileSchema(t)
	var outputs []string
	for _, workers := range []string{"1", "4"} {
		t.Run("workers="+workers, func(t *testing.T) {
			code, out, errs := runCLI(t, "", "extract", "--workers", workers, dir, missing)
			assert.Equal(t, exitInput, code, "some inputs failed")
			lines := jsonLines(t, out)
			require.Len(t, lines, len(want)+1, "one line per input")
			for i, m := range lines {
				p := srcPath(m)
				if i < len(want) {
					assert.Equal(t, want[i], p, "lexical order")
				} else {
					assert.Equal(t, missing, p)
				}
				assert.Equal(t, wantKinds[filepath.Base(p)], errKind(m), p)
				assert.Equal(t, schema.SchemaVersion, m["schema_version"])
				inst, err := jsonschema.UnmarshalJSON(strings.NewReader(strings.Split(out, "\n")[i]))
				require.NoError(t, err)
				assert.NoError(t, sch.Validate(inst), "%s: record does not follow the JSON Schema", p)
			}
			cp := lines[4]["source"].(map[string]any)
			assert.Equal(t, "windows-1258", cp["encoding"])
			assert.Contains(t, errs, "8 inputs, 8 records, 5 errors")
			assert.Contains(t, errs, "MB/s")
			assert.Contains(t, errs, "b-empty.txt: empty")
			outputs = append(outputs, out)
		})
	}
	require.Len(t, outputs, 2)
	assert.Equal(t, outputs[0], outputs[1], "output does not depend on --workers")
}

func TestExtractManyWorkersOrder(t *testing.T) {
	dir := t.TempDir()
	art := readTestdata(t, "article.txt")
	var args []string
	for i := 0; i < 40; i++ {
		name := filepath.Join(dir, strings.Repeat("x", i%3)+string(rune('a'+i%26))+".txt")
		if i%7 == 0 {
			require.NoError(t, os.WriteFile(name, nil, 0o644))
		} else {
			require.NoError(t, os.WriteFile(name, art, 0o644))
		}
		args = append(args, name) // given in this (non-lexical) order
	}
	_, one, _ := runCLI(t, "", append([]string{"extract", "-q", "--workers", "1"}, args...)...)
	_, many, _ := runCLI(t, "", append([]string{"extract", "-q", "--workers", "7"}, args...)...)
	assert.Equal(t, one, many)
	lines := jsonLines(t, many)
	require.Len(t, lines, len(args))
	for i, m := range lines {
		assert.Equal(t, args[i], srcPath(m))
	}
}

func TestExtractShapes(t *testing.T) {
	art := filepath.Join("testdata", "article.txt")
	seed := filepath.Join("testdata", "seed-head.txt")
	t.Run("one input gives pretty JSON", func(t *testing.T) {
		code, out, errs := runCLI(t, "", "extract", art)
		require.Equal(t, exitOK, code, errs)
		assert.True(t, strings.HasPrefix(out, "{\n  \"schema_version\""), out)
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &m))
		assert.Equal(t, art, srcPath(m))
		assert.NotContains(t, m, "text")
	})
	t.Run("with text and jsonl", func(t *testing.T) {
		code, out, _ := runCLI(t, "", "extract", "--format", "jsonl", "--with-text", "-q", art)
		require.Equal(t, exitOK, code)
		lines := jsonLines(t, out)
		require.Len(t, lines, 1)
		assert.Contains(t, lines[0]["text"], "Đinh Thế Huynh")
	})
	t.Run("json array for several", func(t *testing.T) {
		code, out, _ := runCLI(t, "", "extract", "--format=json", "-q", art, seed)
		require.Equal(t, exitOK, code)
		var arr []map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &arr))
		require.Len(t, arr, 2)
		assert.Equal(t, seed, srcPath(arr[1]))
	})
	t.Run("stdin", func(t *testing.T) {
		code, out, _ := runCLI(t, string(readTestdata(t, "seed-head.txt")), "extract", "-q", "-")
		require.Equal(t, exitOK, code)
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &m))
		assert.Equal(t, "-", srcPath(m))
	})
	t.Run("only documents", func(t *testing.T) {
		code, out, _ := runCLI(t, "", "extract", "--only", "documents", "-q", "--format", "jsonl", seed, "testdata/none.txt")
		require.Equal(t, exitInput, code)
		lines := jsonLines(t, out)
		require.Len(t, lines, 2)
		assert.ElementsMatch(t, []string{"schema_version", "source", "documents"}, keys(lines[0]))
		assert.ElementsMatch(t, []string{"schema_version", "source", "error", "documents"}, keys(lines[1]))
		code, out, _ = runCLI(t, "", "extract", "--only", "provinces", "-q", seed)
		require.Equal(t, exitOK, code)
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &m))
		assert.Contains(t, m, "provinces")
	})
	t.Run("only a list keeps the asked-for text", func(t *testing.T) {
		code, out, _ := runCLI(t, "", "extract", "--only", "officials", "--with-text", "-q", "--format", "jsonl", seed)
		require.Equal(t, exitOK, code)
		lines := jsonLines(t, out)
		require.Len(t, lines, 1)
		assert.ElementsMatch(t, []string{"schema_version", "source", "text", "officials"}, keys(lines[0]))
		text := lines[0]["text"].(string)
		off := lines[0]["officials"].([]any)
		require.NotEmpty(t, off)
		m := off[0].(map[string]any)["mentions"].([]any)[0].(map[string]any)
		assert.Equal(t, off[0].(map[string]any)["name"], text[int(m["start"].(float64)):int(m["end"].(float64))])
	})
	t.Run("output file", func(t *testing.T) {
		f := filepath.Join(t.TempDir(), "out.jsonl")
		code, out, _ := runCLI(t, "", "extract", "-o", f, "-q", "--format", "jsonl", art, seed)
		require.Equal(t, exitOK, code)
		assert.Empty(t, out)
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		assert.Len(t, jsonLines(t, string(b)), 2)
	})
	t.Run("flags after paths", func(t *testing.T) {
		code, out, errs := runCLI(t, "", "extract", art, "-q")
		require.Equal(t, exitOK, code)
		assert.Empty(t, errs)
		assert.True(t, json.Valid([]byte(out)))
	})
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		out  string // in stdout
		err  string // in stderr
	}{
		{"no command", nil, exitUsage, "", "usage: vnpol COMMAND"},
		{"unknown command", []string{"frobnicate"}, exitUsage, "", "unknown command"},
		{"help", []string{"help"}, exitOK, "commands:", ""},
		{"help extract", []string{"help", "extract"}, exitOK, "usage: vnpol extract", ""},
		{"extract --help", []string{"extract", "--help"}, exitOK, "-workers N", ""},
		{"cite --help", []string{"cite", "-h"}, exitOK, "usage: vnpol cite", ""},
		{"schema --help", []string{"schema", "--help"}, exitOK, "usage: vnpol schema", ""},
		{"eval --help", []string{"eval", "--help"}, exitOK, "--gold", ""},
		{"version --help", []string{"version", "--help"}, exitOK, "usage: vnpol version", ""},
		{"extract no input", []string{"extract"}, exitUsage, "", "no input"},
		{"extract bad flag", []string{"extract", "--nope", "x"}, exitUsage, "", "flag provided but not defined"},
		{"extract bad format", []string{"extract", "--format", "xml", "x"}, exitUsage, "", "unknown format"},
		{"extract bad only", []string{"extract", "--only", "people", "x"}, exitUsage, "", "unknown list"},
		{"extract zero workers", []string{"extract", "--workers", "0", "x"}, exitUsage, "", "--workers"},
		{"extract empty folder", []string{"extract", t.TempDir()}, exitUsage, "", "no input file"},
		{"extract folder of Markdown", []string{"extract", mdDir(t)}, exitUsage, "", "holds *.md files: --glob '*.md' takes them"},
		{"eval no gold", []string{"eval", "x"}, exitUsage, "", "no --gold"},
		{"eval nothing to score", []string{"eval", "--gold", "x"}, exitUsage, "", "either PATH"},
		{"schema extra arg", []string{"schema", "x"}, exitUsage, "", "no argument"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", tc.args...)
			assert.Equal(t, tc.code, code, "stderr: %s", errs)
			assert.Contains(t, out, tc.out)
			assert.Contains(t, errs, tc.err)
		})
	}
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := runCLI(t, "", "schema")
	require.Equal(t, exitOK, code)
	assert.True(t, json.Valid([]byte(out)))
	assert.Equal(t, string(schema.JSONSchema()), out)
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &m))
	assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", m["$schema"])
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "version")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "vnpol ")
	assert.Contains(t, out, "schema "+schema.SchemaVersion)
}

func TestCite(t *testing.T) {
	seed := filepath.Join("testdata", "seed-head.txt")
	code, out, errs := runCLI(t, "", "cite", seed, "testdata/none.txt")
	assert.Equal(t, exitInput, code, "the missing input fails")
	assert.Contains(t, errs, "none.txt: unreadable")
	lines := jsonLines(t, out)
	require.NotEmpty(t, lines)
	found := false
	for _, l := range lines {
		assert.Equal(t, seed, l["path"])
		assert.NotEmpty(t, l["text"])
		assert.NotEmpty(t, l["type"])
		assert.Contains(t, l, "span")
		found = found || l["symbol"] == "35-CT/TW"
	}
	assert.True(t, found, "Chỉ thị số 35-CT/TW is cited: %s", out)
}

func TestCitationsSpans(t *testing.T) {
	text := "Theo Chỉ thị số 35-CT/TW và Chỉ thị 35"
	a := strings.Index(text, "Chỉ thị số")
	b := strings.LastIndex(text, "Chỉ thị")
	rec := &schema.Record{Source: schema.Source{Path: "p"}, Text: text,
		Documents: []schema.Document{{Text: "Chỉ thị số 35-CT/TW", Type: "Chỉ thị", Number: "35", Symbol: "35-CT/TW",
			Mentions: []schema.Span{{Start: b, End: len(text)}, {Start: a, End: a + len("Chỉ thị số 35-CT/TW")}, {Start: len(text) - 1, End: 99}}}}}
	cs := citations(rec)
	require.Len(t, cs, 3)
	assert.Equal(t, "Chỉ thị số 35-CT/TW", cs[0].Text, "text order, text at the span")
	assert.Equal(t, "Chỉ thị 35", cs[1].Text)
	assert.Equal(t, "Chỉ thị số 35-CT/TW", cs[2].Text, "a span out of the text falls back to the document text")
}

// TestEvalPred: the eval command prints the reference scorer's table on the
// eval package's fixture.
func TestEvalPred(t *testing.T) {
	fx := filepath.Join("..", "..", "eval", "testdata")
	want, err := os.ReadFile(filepath.Join(fx, "want-verbose.txt"))
	require.NoError(t, err)
	code, out, errs := runCLI(t, "", "eval", "--gold", filepath.Join(fx, "gold"), "-v", "--pred", filepath.Join(fx, "pred.jsonl"))
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, string(want), out)
	pred, err := os.ReadFile(filepath.Join(fx, "pred.jsonl"))
	require.NoError(t, err)
	code, out, _ = runCLI(t, string(pred), "eval", "--json", "--pred", "-", "--gold", filepath.Join(fx, "gold"))
	require.Equal(t, exitOK, code)
	want, err = os.ReadFile(filepath.Join(fx, "want.json"))
	require.NoError(t, err)
	assert.Equal(t, string(want), out)
}

// TestEvalExtract scores the CLI's own extraction of the fixture articles.
func TestEvalExtract(t *testing.T) {
	gold := filepath.Join("..", "..", "eval", "testdata", "gold")
	code, out, errs := runCLI(t, "", "eval", "--gold", gold, "--workers", "2", gold)
	require.Equal(t, exitOK, code, errs)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.True(t, strings.HasPrefix(lines[0], "field "), out)
	assert.Regexp(t, `^overall F1 [01]\.\d{3} \(mean over \d+ fields, 5 articles\)$`, lines[len(lines)-1])
	assert.NotContains(t, out, "no output for")
}

// mdDir is a folder of two Markdown articles and a PDF, which a folder walk
// does not take.
func mdDir(t *testing.T) string {
	dir := t.TempDir()
	for _, name := range []string{"a.md", "b.MD", "c.pdf"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte("Hội nghị"), 0o644))
	}
	return dir
}
