package main

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/vnpol/vnpol/encoding/vnlegacy"
)

func TestMain(m *testing.M) {
	if os.Getenv("VNPOL_TEST_MAIN") == "1" { // the kill and memory tests run the CLI as a subprocess
		code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		if p := os.Getenv("VNPOL_TEST_STATUS"); p != "" { // the memory test reads VmHWM
			if b, err := os.ReadFile("/proc/self/status"); err == nil {
				_ = os.WriteFile(p, b, 0o644)
			}
		}
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// summaryOf reduces a record to the fields every input kind must agree on.
func summaryOf(m map[string]any) map[string][]string {
	out := map[string][]string{}
	for _, k := range []struct{ list, field string }{{"documents", "text"}, {"officials", "name"}, {"provinces", "name"}} {
		var vals []string
		for _, it := range m[k.list].([]any) {
			vals = append(vals, it.(map[string]any)[k.field].(string))
		}
		sort.Strings(vals)
		out[k.list] = vals
	}
	return out
}

func warcRecord(id, uri, ctype, body string) string {
	httpPart := "HTTP/1.1 200 OK\r\nContent-Type: " + ctype + "\r\nContent-Length: " + fmt.Sprint(len(body)) + "\r\n\r\n" + body
	return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\nWARC-Date: 2024-03-01T08:00:00Z\r\n" +
		"WARC-Target-URI: " + uri + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " +
		fmt.Sprint(len(httpPart)) + "\r\n\r\n" + httpPart + "\r\n\r\n"
}

func gz(t testing.TB, parts ...string) []byte {
	var b bytes.Buffer
	for _, p := range parts { // one gzip member a record, as WARC writers do
		z := gzip.NewWriter(&b)
		_, err := z.Write([]byte(p))
		require.NoError(t, err)
		require.NoError(t, z.Close())
	}
	return b.Bytes()
}

func htmlPage(plain string) string {
	lines := strings.Split(strings.TrimSpace(plain), "\n")
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(lines[0]) + "</title></head><body>")
	b.WriteString("<nav><a href=\"/\">Trang chủ</a> <a href=\"/cs\">Chính trị</a></nav><article><h1>" + html.EscapeString(lines[0]) + "</h1>")
	for _, l := range lines[1:] {
		b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
	}
	b.WriteString("</article><footer>Giấy phép số 123/GP-BTTTT</footer></body></html>")
	return b.String()
}

// TestInputKinds: one sample of every input kind, made here from
// testdata/seed-head.txt, gives the documents, officials and provinces of
// the plain UTF-8 original.
func TestInputKinds(t *testing.T) {
	plain := string(readTestdata(t, "seed-head.txt")) + string(readTestdata(t, "article.txt"))
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, data, 0o644))
		return p
	}
	enc := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().String(s)
		require.NoError(t, err)
		return []byte(b)
	}
	cp1258 := func(s string) string { // precomposed where the code page has it, tone as a combining mark
		var b strings.Builder
		for _, r := range s {
			var rest []rune
			var tone string
			for _, c := range norm.NFD.String(string(r)) {
				if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", c) {
					tone = string(c)
				} else {
					rest = append(rest, c)
				}
			}
			b.WriteString(norm.NFC.String(string(rest)) + tone)
		}
		return b.String()
	}
	// TCVN3 has no upper-case toned letters: its original is the text it can hold.
	tcvnBytes, err := encoding.ReplaceUnsupported(vnlegacy.TCVN3.NewEncoder()).String(plain)
	require.NoError(t, err)
	tcvnOrig, err := vnlegacy.TCVN3.NewDecoder().String(tcvnBytes)
	require.NoError(t, err)

	var escaped strings.Builder // HTML entities in a plain file
	for _, r := range plain {
		if r == 'ộ' || r == 'ư' || r == '&' {
			fmt.Fprintf(&escaped, "&#%d;", r)
		} else {
			escaped.WriteRune(r)
		}
	}
	segmented := strings.NewReplacer("Ban Thường vụ", "Ban_Thường_vụ", "Tỉnh ủy", "Tỉnh_ủy", "Đinh Thế Huynh", "Đinh_Thế_Huynh",
		"hội nghị", "hội_nghị", "Sóc Trăng", "Sóc_Trăng", ", ", " , ", ". ", " . ").Replace(plain)
	page := htmlPage(plain)
	warc := warcRecord("11111111-2222-3333-4444-555555555555", "https://example.vn/bai-viet.html", "text/html; charset=utf-8", page)
	var zpage bytes.Buffer // as wget stores it: gzip content coding, chunked transfer coding
	zw := gzip.NewWriter(&zpage)
	_, err = zw.Write([]byte(page))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", zpage.Len(), zpage.String())
	httpRaw := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked
	warcRaw := "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:11111111-2222-3333-4444-555555555555>\r\nWARC-Date: 2024-03-01T08:00:00Z\r\n" +
		"WARC-Target-URI: https://example.vn/bai-viet.html\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " +
		fmt.Sprint(len(httpRaw)) + "\r\n\r\n" + httpRaw + "\r\n\r\n"
	info := "WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\nWARC-Date: 2024-03-01T08:00:00Z\r\nContent-Type: application/warc-fields\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
	jl := fmt.Sprintf("{\"id\": 7, \"url\": \"https://example.vn/a\", \"text\": %q}\n", plain)

	kinds := []struct{ name, path, orig, format, encoding string }{
		{"utf-8", write("plain.txt", []byte(plain)), plain, "text", "utf-8"},
		{"nfd", write("nfd.txt", []byte(norm.NFD.String(plain))), plain, "text", "utf-8-nfd"},
		{"utf-8 bom", write("bom.txt", append([]byte("\xef\xbb\xbf"), plain...)), plain, "text", "utf-8-bom"},
		{"utf-16le", write("u16le.txt", enc(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), plain)), plain, "text", "utf-16le"},
		{"utf-16be", write("u16be.txt", enc(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), plain)), plain, "text", "utf-16be"},
		{"windows-1258", write("cp1258.txt", enc(charmap.Windows1258, cp1258(plain))), plain, "text", "windows-1258"},
		{"tcvn3", write("tcvn3.txt", []byte(tcvnBytes)), tcvnOrig, "text", "tcvn3"},
		{"vni", write("vni.txt", enc(vnlegacy.VNI, plain)), plain, "text", "vni"},
		{"html page", write("page.html", []byte(page)), plain, "html", "utf-8"},
		{"html fragment", write("frag.txt", []byte("<p>"+strings.ReplaceAll(html.EscapeString(strings.TrimSpace(plain)), "\n", "</p>\n<p>")+"</p>")), plain, "html", "utf-8"},
		{"entities", write("entities.txt", []byte(escaped.String())), plain, "text", "utf-8"},
		{"word-segmented", write("segmented.txt", []byte(segmented)), plain, "text", "utf-8"},
		{"literal escapes", write("dump.txt", []byte(strings.ReplaceAll(plain, "\n", `\r\n`))), plain, "text", "utf-8"},
		{"warc", write("crawl.warc", []byte(info+warc)), plain, "warc", "utf-8"},
		{"warc.gz", write("crawl.warc.gz", gz(t, info, warc)), plain, "warc", "utf-8"},
		{"warc, gzip and chunked payload", write("wget.warc.gz", gz(t, info, warcRaw)), plain, "warc", "utf-8"},
		{"jsonl", write("items.jsonl", []byte(jl)), plain, "jsonl", "utf-8"},
	}
	origs := map[string]map[string][]string{}
	for _, o := range []string{plain, tcvnOrig} {
		code, out, errs := runCLI(t, o, "extract", "-q", "-")
		require.Equal(t, exitOK, code, errs)
		origs[o] = summaryOf(jsonLines(t, strings.ReplaceAll(compact(t, out), "\n", " ")+"\n")[0])
	}
	require.NotEmpty(t, origs[plain]["documents"])
	require.NotEmpty(t, origs[plain]["officials"])
	require.NotEmpty(t, origs[plain]["provinces"])
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", "extract", "--format", "jsonl", "-q", k.path)
			require.Equal(t, exitOK, code, errs)
			lines := jsonLines(t, out)
			require.Len(t, lines, 1, "one record")
			src := lines[0]["source"].(map[string]any)
			assert.Equal(t, k.format, src["format"])
			assert.Equal(t, k.encoding, src["encoding"])
			assert.Equal(t, origs[k.orig], summaryOf(lines[0]))
			switch k.format {
			case "warc":
				assert.Equal(t, k.path+"#urn:uuid:11111111-2222-3333-4444-555555555555", src["path"])
				assert.Equal(t, "https://example.vn/bai-viet.html", src["meta"].(map[string]any)["url"])
			case "jsonl":
				assert.Equal(t, k.path+":1", src["path"])
				assert.Equal(t, map[string]any{"id": "7", "url": "https://example.vn/a"}, src["meta"])
			}
		})
	}
}

func compact(t *testing.T, s string) string {
	var b bytes.Buffer
	require.NoError(t, jsonCompact(&b, []byte(s)))
	return b.String()
}

// TestBadInputs: a folder of good and bad files gives one line per input,
// the right error kinds and exit status 1.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	art := readTestdata(t, "article.txt")
	files := map[string][]byte{
		"a-good.txt":       art,
		"b-empty.txt":      nil,
		"c-binary.txt":     []byte("\x7fELF\x02\x01\x01\x00\x00\x00binary"),
		"d-nul.txt":        append(append([]byte{}, art[:40]...), 0, 0, 0),
		"e-truncated.txt":  append(append([]byte{}, art[:len(art)-1]...), 0xe1, 0xbb),
		"f-large.txt":      bytes.Repeat(art, 2000),
		"g-broken.warc.gz": append(gz(t, warcRecord("1", "https://x.vn/a", "text/html", htmlPage(string(art))))[:60], "garbage"...),
		"h-deep.html":      []byte("<html><body>" + strings.Repeat("<div>", 50000) + string(art) + "</body></html>"),
		"i-bad.jsonl":      []byte("{\"text\": \"Tỉnh ủy Sóc Trăng họp.\"}\nnot json\n{\"title\": \"no text\"}\n"),
	}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	noRead := filepath.Join(dir, "j-noread.txt")
	require.NoError(t, os.WriteFile(noRead, art, 0o000))
	want := []struct{ path, kind string }{
		{"a-good.txt", ""}, {"b-empty.txt", "empty"}, {"c-binary.txt", "binary"}, {"d-nul.txt", "binary"},
		{"e-truncated.txt", "undecodable"}, {"f-large.txt", "too_large"}, {"g-broken.warc.gz", "undecodable"},
		{"h-deep.html", ""}, {"i-bad.jsonl:1", ""}, {"i-bad.jsonl:2", "undecodable"}, {"i-bad.jsonl:3", "empty"},
		{"j-noread.txt", "unreadable"},
	}
	if os.Geteuid() == 0 { // root reads a file without read permission
		want[len(want)-1].kind = ""
	}
	code, out, errs := runCLI(t, "", "extract", "--max-bytes", fmt.Sprint(len(art)*1000), "--workers", "3", dir)
	assert.Equal(t, exitInput, code, errs)
	lines := jsonLines(t, out)
	require.Len(t, lines, len(want), out)
	for i, w := range want {
		p := srcPath(lines[i])
		assert.True(t, strings.HasPrefix(p, filepath.Join(dir, w.path)), "%s, want %s", p, w.path)
		assert.Equal(t, w.kind, errKind(lines[i]), p)
		if w.kind != "" {
			assert.NotEmpty(t, lines[i]["error"].(map[string]any)["message"])
		}
	}
	assert.Contains(t, errs, fmt.Sprintf("%d inputs, %d records", len(want), len(want)))
	code, _, _ = runCLI(t, "", "extract", "-q", filepath.Join(dir, "a-good.txt"))
	assert.Equal(t, exitOK, code, "all good")
	code, _, _ = runCLI(t, "", "extract", "--format", "sqlite", dir)
	assert.Equal(t, exitUsage, code, "sqlite needs -o")
}

// TestKillResume kills a batch run (a subprocess) part way, resumes it with
// --resume, and checks that every input appears exactly once.
func TestKillResume(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess")
	}
	dir := t.TempDir()
	// inputs long enough that the run lasts: into a file, records go out
	// 64 KB at a time
	art := strings.Repeat(string(readTestdata(t, "seed-head.txt")), 3)
	const n = 300
	for i := 0; i < n; i++ {
		data := fmt.Sprintf("%sBài số %d.\n", art, i)
		if i%17 == 0 {
			data = ""
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(data), 0o644))
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")
	cmd := exec.Command(os.Args[0], "extract", "-q", "--workers", "1", "-o", out, dir)
	cmd.Env = append(os.Environ(), "VNPOL_TEST_MAIN=1")
	require.NoError(t, cmd.Start())
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		b, _ := os.ReadFile(out)
		if bytes.Count(b, []byte("\n")) >= 10 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Kill())
	_ = cmd.Wait()
	b, err := os.ReadFile(out)
	require.NoError(t, err)
	before := bytes.Count(b, []byte("\n"))
	require.Less(t, before, n, "killed part way")
	// a torn last line, as a kill in the middle of a write leaves
	f, err := os.OpenFile(out, os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString(`{"schema_version":"1.0","source":{"path":"`)
	require.NoError(t, err)
	require.NoError(t, f.Close())

	code, _, errs := runCLI(t, "", "extract", "--resume", "-o", out, "--workers", "2", dir)
	assert.Equal(t, exitInput, code, errs) // the empty inputs fail
	b, err = os.ReadFile(out)
	require.NoError(t, err)
	lines := jsonLines(t, string(b))
	seen := map[string]int{}
	for _, l := range lines {
		seen[srcPath(l)]++
	}
	assert.Len(t, seen, n)
	for p, c := range seen {
		assert.Equal(t, 1, c, p)
	}
	assert.Len(t, lines, n)
	assert.Contains(t, errs, fmt.Sprintf("%d inputs (%d more already in the output)", n-before, before), "only the rest was extracted")
}

// TestTablesOnlyAndText: --only keeps the articles table and the named
// list's tables; --with-text puts the normalized text in articles.text,
// where every table's spans (byte offsets) can be checked in SQL.
func TestTablesOnlyAndText(t *testing.T) {
	rows := func(t *testing.T, db *sql.DB, q string) [][]string {
		t.Helper()
		r, err := db.Query(q)
		require.NoError(t, err, q)
		defer r.Close()
		cols, _ := r.Columns()
		var out [][]string
		for r.Next() {
			vals := make([]sql.NullString, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			require.NoError(t, r.Scan(ptrs...))
			row := make([]string, len(cols))
			for i, v := range vals {
				row[i] = v.String
			}
			out = append(out, row)
		}
		require.NoError(t, r.Err())
		return out
	}
	count := func(t *testing.T, db *sql.DB, table string) int {
		var n int
		require.NoError(t, db.QueryRow("SELECT COUNT(*) FROM "+table).Scan(&n))
		return n
	}
	tests := []struct {
		name      string
		args      []string
		nonEmpty  []string // tables with rows
		empty     []string
		textEmpty bool
	}{
		{"all lists, no text", nil, []string{"articles", "officials", "titles", "documents", "meetings", "tasks"}, nil, true},
		{"--only officials", []string{"--only", "officials"}, []string{"articles", "officials", "titles"}, []string{"documents", "provinces", "meetings", "tasks"}, true},
		{"--only documents --with-text", []string{"--only", "documents", "--with-text"}, []string{"articles", "documents"}, []string{"officials", "titles", "meetings", "tasks"}, false},
		{"--with-text", []string{"--with-text"}, []string{"articles", "officials", "titles", "documents", "meetings", "tasks"}, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "t.db")
			args := append([]string{"extract", "-q", "--format", "sqlite", "-o", out}, tc.args...)
			code, _, errs := runCLI(t, "", append(args, "testdata")...)
			require.Equal(t, exitOK, code, errs)
			db, err := sql.Open("sqlite", out)
			require.NoError(t, err)
			defer db.Close()
			for _, tb := range tc.nonEmpty {
				assert.Positive(t, count(t, db, tb), tb)
			}
			for _, tb := range tc.empty {
				assert.Zero(t, count(t, db, tb), tb)
			}
			texts := rows(t, db, "SELECT text FROM articles")
			for _, r := range texts {
				assert.Equal(t, tc.textEmpty, r[0] == "", "articles.text")
			}
			if tc.textEmpty {
				return
			}
			// every span reads back its item from articles.text, as bytes
			span := `CAST(substr(CAST(a.text AS BLOB), x.start + 1, x."end" - x.start) AS TEXT)`
			for table, q := range map[string]string{
				"documents": "SELECT d.text, " + strings.ReplaceAll(span, "x.", "d.") + " FROM documents d JOIN articles a ON a.id = d.article_id WHERE d.\"end\" > 0",
				"titles":    "SELECT t.text, " + strings.ReplaceAll(span, "x.", "t.") + " FROM titles t JOIN articles a ON a.id = t.article_id WHERE t.\"end\" > 0",
			} {
				got := rows(t, db, q)
				if slices.Contains(tc.nonEmpty, table) {
					require.NotEmpty(t, got, q)
				}
				for _, r := range got {
					assert.Equal(t, r[0], r[1], q)
				}
			}
		})
	}
}

// TestResumeTables runs a first part of a folder into csv and sqlite
// tables, then the whole folder with --resume: every input is in the
// articles table once, with ids 1 to n, and only the rest was extracted.
// (What a killed run leaves is tested in package output.)
func TestResumeTables(t *testing.T) {
	dir := t.TempDir()
	art := string(readTestdata(t, "article.txt"))
	const n, first = 12, 5
	var list strings.Builder
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		data := fmt.Sprintf("%sBài số %d.\n", art, i)
		if i == 3 {
			data = "" // an input that fails is done too: its record says why
		}
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
		if i < first {
			list.WriteString(p + "\n")
		}
	}
	listFile := filepath.Join(t.TempDir(), "first.txt")
	require.NoError(t, os.WriteFile(listFile, []byte(list.String()), 0o644))
	for _, format := range []string{"csv", "sqlite"} {
		t.Run(format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out."+format)
			code, _, errs := runCLI(t, "", "extract", "--format", format, "-o", out, "--from-list", listFile)
			require.Equal(t, exitInput, code, errs)
			code, _, errs = runCLI(t, "", "extract", "--format", format, "-o", out, "--resume", dir)
			require.Equal(t, exitOK, code, errs)
			assert.Contains(t, errs, fmt.Sprintf("%d inputs (%d more already in the output)", n-first, first), "only the rest was extracted")
			var ids, paths []string
			if format == "csv" {
				f, err := os.Open(filepath.Join(out, "articles.csv"))
				require.NoError(t, err)
				rows, err := csv.NewReader(f).ReadAll()
				f.Close()
				require.NoError(t, err)
				for _, r := range rows[1:] {
					ids, paths = append(ids, r[0]), append(paths, r[1])
				}
			} else {
				db, err := sql.Open("sqlite", out)
				require.NoError(t, err)
				rows, err := db.Query("SELECT id, path FROM articles ORDER BY id")
				require.NoError(t, err)
				for rows.Next() {
					var id, p string
					require.NoError(t, rows.Scan(&id, &p))
					ids, paths = append(ids, id), append(paths, p)
				}
				rows.Close()
				db.Close()
			}
			var wantIDs, wantPaths []string
			for i := 0; i < n; i++ {
				wantIDs = append(wantIDs, fmt.Sprint(i+1))
				wantPaths = append(wantPaths, filepath.Join(dir, fmt.Sprintf("%02d.txt", i)))
			}
			assert.Equal(t, wantIDs, ids)
			assert.Equal(t, wantPaths, paths)
		})
	}
	code, _, errs := runCLI(t, "", "extract", "--format", "parquet", "-o", filepath.Join(t.TempDir(), "pq"), "--resume", dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errs, "parquet files cannot be appended to")
}

// TestTables writes csv, sqlite and parquet.
func TestTables(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"csv", "parquet", "sqlite"} {
		o := filepath.Join(dir, f)
		code, _, errs := runCLI(t, "", "extract", "-q", "--format", f, "-o", o, "testdata")
		require.Equal(t, exitOK, code, errs)
		if f == "sqlite" {
			st, err := os.Stat(o)
			require.NoError(t, err)
			assert.Greater(t, st.Size(), int64(0))
			continue
		}
		for _, tb := range []string{"articles", "officials", "titles", "documents", "provinces", "meetings", "tasks"} {
			_, err := os.Stat(filepath.Join(o, tb+"."+f))
			assert.NoError(t, err)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "csv", "articles.csv"))
	require.NoError(t, err)
	assert.Equal(t, 3, bytes.Count(b, []byte("\n")), "header and 2 articles (README.md is not an input)")
}

// BenchmarkBatch measures batch throughput with 1 worker and all CPUs.
func BenchmarkBatch(b *testing.B) {
	dir := b.TempDir()
	var total int64
	art := string(readTestdataB(b, "article.txt")) + string(readTestdataB(b, "seed-head.txt"))
	for i := 0; i < 64; i++ {
		data := fmt.Sprintf("%s\nBài số %d.\n", strings.Repeat(art, 4), i)
		total += int64(len(data))
		require.NoError(b, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(data), 0o644))
	}
	// the records go to a file, as in a real run: into a bytes.Buffer they
	// made a third of the bytes allocated (the buffer's growth), collector
	// work that a run writing to a file or a pipe does not have
	outFile := filepath.Join(b.TempDir(), "out.jsonl")
	for _, w := range []int{1, runtime.NumCPU()} {
		b.Run(fmt.Sprintf("workers=%d", w), func(b *testing.B) {
			b.SetBytes(total)
			for i := 0; i < b.N; i++ {
				var errb bytes.Buffer
				if code := run([]string{"extract", "-q", "--workers", fmt.Sprint(w), "-o", outFile, dir}, nil, io.Discard, &errb); code != exitOK {
					b.Fatal(errb.String())
				}
			}
		})
	}
}

func readTestdataB(b *testing.B, name string) []byte {
	d, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(b, err)
	return d
}

func jsonCompact(dst *bytes.Buffer, src []byte) error { return json.Compact(dst, src) }
