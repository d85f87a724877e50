package input

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Sample text: a sentence of the seed article (abridged)
// (shared/corpus/seed/cum-thi-dua-5-soc-trang-2020.txt; Tạp chí Xây dựng Đảng,
// Thời sự - Chính trị, July 2020), as in cmd/vnpol/testdata/seed-head.txt.
const article = "Ngày 25-7-2020, tại TP. Sóc Trăng, Cụm thi đua số 5 Ngành Tổ chức xây dựng Đảng tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2020.\n"

const page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sơ kết</title></head><body><p>" + article + "</p></body></html>"

// httpResponse is an HTTP response with a body, as a WARC response record holds it.
func httpResponse(ctype, body string) string {
	return "HTTP/1.1 200 OK\r\nContent-Type: " + ctype + "\r\nContent-Length: " + fmt.Sprint(len(body)) + "\r\n\r\n" + body
}

// warcRec is one WARC record of the given type with a block.
func warcRec(typ, id, uri, ctype, block string) string {
	h := "WARC/1.1\r\nWARC-Type: " + typ + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\nWARC-Date: 2024-03-01T08:00:00Z\r\n"
	if uri != "" {
		h += "WARC-Target-URI: " + uri + "\r\n"
	}
	return h + "Content-Type: " + ctype + "\r\nContent-Length: " + fmt.Sprint(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
}

func response(id, uri, ctype, body string) string {
	return warcRec("response", id, uri, "application/http;msgtype=response", httpResponse(ctype, body))
}

const warcinfo = "WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n" +
	"WARC-Date: 2024-03-01T08:00:00Z\r\nContent-Type: application/warc-fields\r\nContent-Length: 0\r\n\r\n\r\n\r\n"

// gzMembers compresses each part as its own gzip member, as WARC writers do.
func gzMembers(t testing.TB, parts ...string) []byte {
	var b bytes.Buffer
	for _, p := range parts {
		z := gzip.NewWriter(&b)
		_, err := z.Write([]byte(p))
		require.NoError(t, err)
		require.NoError(t, z.Close())
	}
	return b.Bytes()
}

// collect walks args and returns the items, JSONL lines decoded (as Load
// does).
func collect(t testing.TB, args []string, opt Options) []Item {
	var out []Item
	Walk(context.Background(), args, opt, func(it Item) bool {
		if it.line != nil {
			it.decodeJSONL()
		}
		out = append(out, it)
		return true
	})
	return out
}

func paths(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Path)
	}
	return out
}

func errKind(it Item) string {
	if it.Err == nil {
		return ""
	}
	return it.Err.Kind
}

func writeFiles(t testing.TB, dir string, files map[string]string) {
	for name, data := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	}
}

func TestWalkFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.txt":           article,
		"a/z.HTM":         page,
		"a/c.html":        page,
		"a/b/deep.txt":    article,
		"notes.md":        "# not an input",
		"image.png":       "\x89PNG",
		"c.jsonl":         `{"text": "` + strings.TrimSpace(article) + `"}` + "\n",
		"d.warc":          warcinfo + response("1", "https://x.vn/a", "text/html", page),
		"e.warc.gz":       string(gzMembers(t, response("2", "https://x.vn/b", "text/plain; charset=utf-8", article))),
		"f.xhtml":         page,
		"sub/readme.text": article,
	})
	j := func(p ...string) string { return filepath.Join(append([]string{dir}, p...)...) }
	tests := []struct {
		name string
		opt  Options
		want []string
	}{
		{"default extensions, lexical order", Options{}, []string{
			j("a", "b", "deep.txt"), j("a", "c.html"), j("a", "z.HTM"), j("b.txt"), j("c.jsonl") + ":1",
			j("d.warc") + "#urn:uuid:1", j("e.warc.gz") + "#urn:uuid:2"}},
		{"--glob *.md", Options{Glob: "*.md"}, []string{j("notes.md")}},
		{"--glob *.t*", Options{Glob: "*.t*"}, []string{j("a", "b", "deep.txt"), j("b.txt"), j("sub", "readme.text")}},
		{"--glob matches nothing", Options{Glob: "*.doc"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := collect(t, []string{dir}, tc.opt)
			assert.Equal(t, tc.want, paths(items))
			for _, it := range items {
				assert.Nil(t, it.Err, it.Path)
			}
		})
	}
	items := collect(t, []string{dir}, Options{})
	formats := map[string]string{}
	for _, it := range items {
		formats[filepath.Base(it.Path)] = it.Format + "/" + it.Container
	}
	assert.Equal(t, map[string]string{"deep.txt": "/", "c.html": "html/", "z.HTM": "html/", "b.txt": "/", "c.jsonl:1": "/jsonl",
		"d.warc#urn:uuid:1": "html/warc", "e.warc.gz#urn:uuid:2": "text/warc"}, formats)
	assert.Nil(t, items[3].Data, "a file is read by Load, not by the walk")
	_, e := items[3].Load(0)
	require.Nil(t, e)
	assert.Equal(t, int64(len(article)), items[3].Size, "size of a file from the walk, once loaded")
}

func TestArgs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"b.txt": article, "a.txt": article, "c.html": page, "x.md": "md"})
	j := func(p string) string { return filepath.Join(dir, p) }
	tests := []struct {
		name  string
		args  []string
		want  []string
		kinds []string
	}{
		{"files as given, in the given order", []string{j("b.txt"), j("a.txt")}, []string{j("b.txt"), j("a.txt")}, []string{"", ""}},
		{"a file given by name is taken whatever its extension", []string{j("x.md")}, []string{j("x.md")}, []string{""}},
		{"glob expanded in lexical order", []string{filepath.Join(dir, "*.txt")}, []string{j("a.txt"), j("b.txt")}, []string{"", ""}},
		{"glob without match", []string{filepath.Join(dir, "*.doc")}, []string{filepath.Join(dir, "*.doc")}, []string{"unreadable"}},
		{"missing file", []string{j("missing.txt"), j("a.txt")}, []string{j("missing.txt"), j("a.txt")}, []string{"unreadable", ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items := collect(t, tc.args, Options{})
			assert.Equal(t, tc.want, paths(items))
			var kinds []string
			for _, it := range items {
				kinds = append(kinds, errKind(it))
			}
			assert.Equal(t, tc.kinds, kinds)
		})
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": article, "b.txt": article, "c.txt": article})
	n := 0
	Walk(context.Background(), []string{dir, dir}, Options{}, func(Item) bool { n++; return n < 2 })
	assert.Equal(t, 2, n, "yield returning false stops the walk")

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	Walk(ctx, []string{dir}, Options{}, func(Item) bool { n++; cancel(); return true })
	assert.Equal(t, 1, n, "a cancelled context stops the walk")
}

func TestReadList(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "list.txt")
	require.NoError(t, os.WriteFile(list, []byte("# inputs\n/data/a.txt\n\n  /data/b b.html  \r\n#skip\n/data/c.warc.gz"), 0o644))
	got, err := ReadList(list, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"/data/a.txt", "/data/b b.html", "/data/c.warc.gz"}, got)

	got, err = ReadList("-", strings.NewReader("x.txt\ny.txt\n"))
	require.NoError(t, err)
	assert.Equal(t, []string{"x.txt", "y.txt"}, got, "- reads standard input")

	_, err = ReadList(filepath.Join(dir, "missing"), nil)
	assert.Error(t, err)
}

func TestStdin(t *testing.T) {
	warc := warcinfo + response("7", "https://x.vn/a", "text/html; charset=utf-8", page)
	tests := []struct {
		name   string
		in     []byte
		opt    Options
		paths  []string
		kinds  []string
		format string
	}{
		{"text", []byte(article), Options{}, []string{"-"}, []string{""}, ""},
		{"forced html", []byte(page), Options{Format: HTML}, []string{"-"}, []string{""}, HTML},
		{"jsonl", []byte("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), Options{Format: JSONL}, []string{"-:1", "-:2"}, []string{"", ""}, ""},
		{"warc by its magic", []byte(warc), Options{}, []string{"-#urn:uuid:7"}, []string{""}, HTML},
		{"warc.gz by its magic", gzMembers(t, warcinfo, response("7", "https://x.vn/a", "text/html", page)), Options{}, []string{"-#urn:uuid:7"}, []string{""}, HTML},
		{"over the limit", []byte(article), Options{MaxBytes: 10}, []string{"-"}, []string{"too_large"}, ""},
		{"no stdin", nil, Options{}, []string{"-"}, []string{"unreadable"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			if tc.in != nil {
				opt.Stdin = bytes.NewReader(tc.in)
			}
			items := collect(t, []string{"-"}, opt)
			assert.Equal(t, tc.paths, paths(items))
			var kinds []string
			for _, it := range items {
				kinds = append(kinds, errKind(it))
			}
			assert.Equal(t, tc.kinds, kinds)
			if tc.kinds[0] == "" {
				assert.Equal(t, tc.format, items[0].Format)
				assert.NotEmpty(t, items[0].Data)
			}
		})
	}
	items := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(article)})
	assert.Equal(t, article, string(items[0].Data))
}

func TestJSONL(t *testing.T) {
	lines := strings.Join([]string{
		`{"id": 7, "url": "https://example.vn/a", "text": "Tỉnh ủy Sóc Trăng họp.", "tags": ["a", "b"], "ok": true}`,
		``,
		`not json`,
		`{"title": "no text"}`,
		`{"text": 42}`,
		`{"body": "Bộ Chính trị ban hành Chỉ thị số 35-CT/TW.", "text": "   "}`,
		`[1, 2]`,
		`{"text": "Ban Bí thư."}`, // last line without newline
	}, "\n")
	tests := []struct {
		name  string
		field string
		want  []Item
	}{
		{"default field text", "", []Item{
			{Path: "f.jsonl:1", Data: []byte("Tỉnh ủy Sóc Trăng họp."), Meta: map[string]string{"id": "7", "url": "https://example.vn/a", "tags": `["a", "b"]`, "ok": "true"}},
			{Path: "f.jsonl:3", Err: &Error{Kind: "undecodable"}},
			{Path: "f.jsonl:4", Err: &Error{Kind: "empty"}, Meta: map[string]string{"title": "no text"}},
			{Path: "f.jsonl:5", Err: &Error{Kind: "undecodable"}},
			{Path: "f.jsonl:6", Err: &Error{Kind: "empty"}, Meta: map[string]string{"body": "Bộ Chính trị ban hành Chỉ thị số 35-CT/TW."}},
			{Path: "f.jsonl:7", Err: &Error{Kind: "undecodable"}},
			{Path: "f.jsonl:8", Data: []byte("Ban Bí thư.")},
		}},
		{"--text-field body", "body", []Item{
			{Path: "f.jsonl:1", Err: &Error{Kind: "empty"}},
			{Path: "f.jsonl:3", Err: &Error{Kind: "undecodable"}},
			{Path: "f.jsonl:4", Err: &Error{Kind: "empty"}},
			{Path: "f.jsonl:5", Err: &Error{Kind: "empty"}},
			{Path: "f.jsonl:6", Data: []byte("Bộ Chính trị ban hành Chỉ thị số 35-CT/TW."), Meta: map[string]string{"text": "   "}},
			{Path: "f.jsonl:7", Err: &Error{Kind: "undecodable"}},
			{Path: "f.jsonl:8", Err: &Error{Kind: "empty"}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := walker{ctx: context.Background(), opt: Options{TextField: tc.field}}
			var got []Item
			w.yield = func(it Item) bool {
				assert.Nil(t, it.Data, "decoded by Load, not by Walk")
				it.Load(0)
				got = append(got, it)
				return true
			}
			require.True(t, w.jsonl("f.jsonl", strings.NewReader(lines)))
			require.Len(t, got, len(tc.want))
			for i, want := range tc.want {
				g := got[i]
				assert.Equal(t, want.Path, g.Path)
				assert.Equal(t, JSONL, g.Container, g.Path)
				assert.Equal(t, errKind(want), errKind(g), g.Path)
				if want.Err != nil {
					assert.NotEmpty(t, g.Err.Message, g.Path)
					continue
				}
				assert.Equal(t, string(want.Data), string(g.Data), g.Path)
				if want.Meta != nil {
					assert.Equal(t, want.Meta["url"], g.Meta["url"], g.Path)
					assert.Equal(t, want.Meta["id"], g.Meta["id"], g.Path)
					assert.Equal(t, want.Meta["body"], g.Meta["body"], g.Path)
					assert.Len(t, g.Meta, len(want.Meta), g.Path)
				} else {
					assert.Empty(t, g.Meta, g.Path)
				}
			}
		})
	}
	t.Run("line over the limit", func(t *testing.T) {
		long := `{"text": "` + strings.Repeat("Đảng ", 50000) + `"}`
		w := walker{ctx: context.Background(), opt: Options{MaxBytes: 1000}}
		var got []Item
		w.yield = func(it Item) bool { it.Load(0); got = append(got, it); return true }
		w.jsonl("f.jsonl", strings.NewReader(long+"\n"+`{"text": "Ban Bí thư."}`+"\n"))
		require.Len(t, got, 2)
		assert.Equal(t, "too_large", errKind(got[0]))
		assert.Equal(t, "f.jsonl:2", got[1].Path, "the next line is read after a long one")
		assert.Equal(t, "Ban Bí thư.", string(got[1].Data))
	})
	t.Run("meta values", func(t *testing.T) {
		it := Item{line: []byte(`{"text": "a", "n": 1.50, "o": {"k": "v"}, "s": "chuỗi", "z": null}`), field: "text"}
		it.decodeJSONL()
		assert.Equal(t, map[string]string{"n": "1.50", "o": `{"k": "v"}`, "s": "chuỗi", "z": ""}, it.Meta)
	})
}

func TestWARC(t *testing.T) {
	html := response("11111111-2222-3333-4444-555555555555", "https://example.vn/bai-viet.html", "text/html; charset=windows-1258", page)
	text := response("22222222-2222-3333-4444-555555555555", "https://example.vn/a.txt", "text/plain; charset=utf-8", article)
	image := response("33333333-2222-3333-4444-555555555555", "https://example.vn/logo.png", "image/png", "\x89PNG\r\n\x1a\n")
	request := warcRec("request", "44444444-2222-3333-4444-555555555555", "https://example.vn/bai-viet.html", "application/http;msgtype=request",
		"GET /bai-viet.html HTTP/1.1\r\nHost: example.vn\r\n\r\n")
	resource := warcRec("resource", "55555555-2222-3333-4444-555555555555", "https://example.vn/r.txt", "text/plain", article)
	metadata := warcRec("metadata", "66666666-2222-3333-4444-555555555555", "https://example.vn/bai-viet.html", "application/warc-fields", "via: x\r\n")
	js := response("77777777-2222-3333-4444-555555555555", "https://example.vn/app.js", "application/javascript", "var a = 1;")
	xhtml := response("88888888-2222-3333-4444-555555555555", "https://example.vn/x", "application/xhtml+xml", page)
	notFound := strings.Replace(response("aaaaaaaa-2222-3333-4444-555555555555", "https://example.vn/x", "text/html", "<p>Không tìm thấy trang</p>"),
		"HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found", 1)
	moved := strings.Replace(response("bbbbbbbb-2222-3333-4444-555555555555", "https://example.vn/y", "text/html", "<a href=/z>moved</a>"),
		"HTTP/1.1 200 OK", "HTTP/1.1 301 Moved Permanently", 1)
	big := response("99999999-2222-3333-4444-555555555555", "https://example.vn/big.html", "text/html", strings.Repeat(page, 2000))
	all := warcinfo + request + html + image + metadata + notFound + text + resource + js + moved + xhtml + big

	ids := []string{"11111111-2222-3333-4444-555555555555", "22222222-2222-3333-4444-555555555555",
		"88888888-2222-3333-4444-555555555555", "99999999-2222-3333-4444-555555555555"}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"warc", []byte(all)},
		{"warc.gz, one gzip member a record", gzMembers(t, warcinfo, request, html, image, metadata, notFound, text, resource, js, moved, xhtml, big)},
		{"warc.gz, one gzip member for all", gzMembers(t, all)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := collect(t, []string{"-"}, Options{Stdin: bytes.NewReader(tc.data), Format: WARC})
			var got []string
			for _, it := range items {
				got = append(got, it.Path)
			}
			var want []string
			for _, id := range ids {
				want = append(want, "-#urn:uuid:"+id)
			}
			require.Equal(t, want, got, "one input per HTML or text response record with a 2xx status, in archive order")
			for _, it := range items {
				require.Nil(t, it.Err, it.Path)
				assert.Equal(t, WARC, it.Container)
			}
			assert.Equal(t, page, string(items[0].Data), "the whole payload, without the HTTP header")
			assert.Equal(t, HTML, items[0].Format)
			assert.Equal(t, "text/html; charset=windows-1258", items[0].ContentType, "the charset hint")
			assert.Equal(t, map[string]string{"url": "https://example.vn/bai-viet.html", "warc_record_id": "urn:uuid:" + ids[0],
				"archive": "-", "warc_date": "2024-03-01T08:00:00Z", "http_status": "200"}, items[0].Meta)
			assert.Equal(t, article, string(items[1].Data))
			assert.Equal(t, Text, items[1].Format)
			assert.Equal(t, HTML, items[2].Format, "xhtml")
			assert.Equal(t, strings.Repeat(page, 2000), string(items[3].Data), "a payload over gowarc's memory buffer")
		})
	}

	t.Run("payload over the limit", func(t *testing.T) {
		items := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(html + text), Format: WARC, MaxBytes: 200})
		require.Len(t, items, 2)
		assert.Equal(t, "too_large", errKind(items[0]))
		assert.Equal(t, "", errKind(items[1]))
	})

	bad := []struct {
		name  string
		data  []byte
		paths []string
		kinds []string
	}{
		{"no HTML record", []byte(warcinfo + image), []string{"a.warc"}, []string{"empty"}},
		{"not a WARC file", []byte("Tỉnh ủy Sóc Trăng"), []string{"a.warc#offset=19"}, []string{"undecodable"}},
		{"empty file", nil, []string{"a.warc"}, []string{"empty"}},
		{"broken record after a good one", []byte(html + "WARC/1.1\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n" + text),
			[]string{"a.warc#urn:uuid:" + ids[0], "a.warc#offset=628", "a.warc#urn:uuid:" + ids[1]}, []string{"", "undecodable", ""}},
		{"record cut short", []byte(html + text[:len(text)/2]), []string{"a.warc#urn:uuid:" + ids[0], "a.warc#urn:uuid:" + ids[1]}, []string{"", "undecodable"}},
		{"broken gzip", append(gzMembers(t, html)[:60], "garbage"...), []string{"a.warc#offset=0"}, []string{"undecodable"}},
		{"gzip cut short after a good member", append(gzMembers(t, html), gzMembers(t, text)[:40]...),
			[]string{"a.warc#urn:uuid:" + ids[0], "a.warc#offset=628"}, []string{"", "undecodable"}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "a.warc")
			require.NoError(t, os.WriteFile(p, tc.data, 0o644))
			items := collect(t, []string{p}, Options{})
			require.Len(t, items, len(tc.paths), "%v", paths(items))
			for i, it := range items {
				assert.Equal(t, filepath.Join(dir, tc.paths[i]), it.Path)
				assert.Equal(t, tc.kinds[i], errKind(it), it.Path)
				if it.Err != nil {
					assert.NotEmpty(t, it.Err.Message)
				}
			}
		})
	}
}

// rawResponse is a WARC response record holding an HTTP response as a
// crawler received it (header lines given, body bytes as sent).
func rawResponse(id string, header []string, body []byte) string {
	http := "HTTP/1.1 200 OK\r\n" + strings.Join(header, "\r\n") + "\r\n\r\n" + string(body)
	return warcRec("response", id, "https://example.vn/"+id, "application/http;msgtype=response", http)
}

func chunk(parts ...string) []byte {
	var b bytes.Buffer
	for _, p := range parts {
		fmt.Fprintf(&b, "%x\r\n%s\r\n", len(p), p)
	}
	b.WriteString("0\r\n\r\n")
	return b.Bytes()
}

func compress(t *testing.T, coding string, data []byte) []byte {
	var b bytes.Buffer
	var w io.WriteCloser
	switch coding {
	case "gzip":
		w = gzip.NewWriter(&b)
	case "deflate":
		w = zlib.NewWriter(&b)
	case "raw-deflate":
		w, _ = flate.NewWriter(&b, flate.DefaultCompression)
	case "br":
		w = brotli.NewWriter(&b)
	case "zstd":
		z, err := zstd.NewWriter(&b)
		require.NoError(t, err)
		w = z
	}
	_, err := w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

// TestWARCCodings: payloads stored as the server sent them (chunked,
// compressed) give the page, as wget and Heritrix archives hold them.
func TestWARCCodings(t *testing.T) {
	pg := []byte(page)
	tests := []struct {
		name   string
		header []string
		body   []byte
		max    int64
		want   string
		kind   string
	}{
		{"chunked", []string{"Content-Type: text/html", "Transfer-Encoding: chunked"}, chunk(page[:100], page[100:]), 0, page, ""},
		{"gzip", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, compress(t, "gzip", pg), 0, page, ""},
		{"gzip and chunked", []string{"Content-Type: text/html", "Content-Encoding: gzip", "transfer-encoding:  Chunked"},
			func() []byte { z := compress(t, "gzip", pg); return chunk(string(z[:50]), string(z[50:])) }(), 0, page, ""},
		{"deflate (zlib)", []string{"Content-Type: text/html", "Content-Encoding: deflate"}, compress(t, "deflate", pg), 0, page, ""},
		{"deflate (raw)", []string{"Content-Type: text/html", "Content-Encoding: deflate"}, compress(t, "raw-deflate", pg), 0, page, ""},
		{"br", []string{"Content-Type: text/html", "Content-Encoding: br"}, compress(t, "br", pg), 0, page, ""},
		{"zstd", []string{"Content-Type: text/html", "Content-Encoding: zstd"}, compress(t, "zstd", pg), 0, page, ""},
		{"already decoded, header kept", []string{"Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"}, pg, 0, page, ""},
		{"unknown coding (servers send utf-8 here)", []string{"Content-Type: text/html", "Content-Encoding: utf-8"}, pg, 0, page, ""},
		{"decompresses over the limit", []string{"Content-Type: text/html", "Content-Encoding: gzip"},
			compress(t, "gzip", bytes.Repeat(pg, 100)), int64(len(page) * 10), "", "too_large"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := rawResponse("c1", tc.header, tc.body)
			items := collect(t, []string{"-"}, Options{Stdin: strings.NewReader(rec), Format: WARC, MaxBytes: tc.max})
			require.Len(t, items, 1)
			assert.Equal(t, tc.kind, errKind(items[0]))
			assert.Equal(t, tc.want, string(items[0].Data))
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(p, []byte(article), 0o644))
	tests := []struct {
		name string
		it   Item
		max  int64
		kind string
	}{
		{"file", Item{Path: p}, 0, ""},
		{"file within the limit", Item{Path: p}, int64(len(article)), ""},
		{"file over the limit", Item{Path: p}, int64(len(article)) - 1, "too_large"},
		{"data", Item{Path: "-", Data: []byte(article)}, 0, ""},
		{"error item", Item{Path: p, Err: &Error{"empty", "x"}}, 0, "empty"},
		{"missing", Item{Path: filepath.Join(dir, "missing")}, 0, "unreadable"},
		{"folder", Item{Path: dir}, 0, "unreadable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := tc.it.Load(tc.max)
			if tc.it.Data == nil && tc.it.Err == nil {
				// the portable reader agrees with the system-call one
				osData, _, osErr := readFileOS(tc.it.Path, tc.max)
				assert.Equal(t, string(osData), string(data))
				assert.Equal(t, osErr == nil, err == nil)
				if osErr != nil && err != nil {
					assert.Equal(t, osErr.Kind, err.Kind)
				}
			}
			if tc.kind != "" {
				require.NotNil(t, err)
				assert.Equal(t, tc.kind, err.Kind)
				assert.NotEmpty(t, err.Error())
				return
			}
			require.Nil(t, err)
			assert.Equal(t, article, string(data))
		})
	}
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	data, err := (&Item{Path: empty}).Load(0)
	require.Nil(t, err)
	assert.Empty(t, data)
}

// TestLoadStatted: an item whose size the walker took from a stat (a path
// given as an argument or in a list) is read without a second stat, and
// read whole even when the file changed size since that stat; the limit
// still holds. A folder walk leaves the stat to Load.
func TestLoadStatted(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(p, []byte(article), 0o644))
	n := int64(len(article))
	tests := []struct {
		name      string
		size, max int64
		kind      string
	}{
		{"size as stat'ed", n, 0, ""},
		{"file grew since the stat", n - 10, 0, ""},
		{"file shrank since the stat", n + 10, 0, ""},
		{"empty at the stat", 0, 0, ""},
		{"over the limit by the stat", n, n - 1, "too_large"},
		{"over the limit after growing", n - 10, n - 1, "too_large"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := Item{Path: p, Size: tc.size, statted: true}
			data, err := it.Load(tc.max)
			if tc.kind != "" {
				require.NotNil(t, err)
				assert.Equal(t, tc.kind, err.Kind)
				return
			}
			require.Nil(t, err)
			assert.Equal(t, article, string(data))
		})
	}
	var got []Item
	Walk(context.Background(), []string{p, dir}, Options{}, func(it Item) bool { got = append(got, it); return true })
	require.Len(t, got, 2)
	assert.True(t, got[0].statted, "an argument is stat'ed by the walker")
	assert.Equal(t, n, got[0].Size)
	assert.False(t, got[1].statted, "a folder's file is not")
}

// TestLoadHugeSparse: a 200 MB file over the limit is refused by its size,
// before any byte is read (the file is sparse: it takes no disk space).
func TestLoadHugeSparse(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	require.NoError(t, os.Truncate(p, 200<<20))
	allocs := testing.AllocsPerRun(5, func() {
		data, e := (&Item{Path: p}).Load(64 << 20)
		if e == nil || e.Kind != "too_large" || data != nil {
			t.Fatalf("want too_large, got %v", e)
		}
	})
	assert.Less(t, allocs, 20.0, "no read of the file")
	var ms1, ms2 runtime.MemStats
	runtime.ReadMemStats(&ms1)
	_, e := (&Item{Path: p}).Load(64 << 20)
	runtime.ReadMemStats(&ms2)
	require.NotNil(t, e)
	assert.Contains(t, e.Message, "209715200 bytes")
	assert.Less(t, ms2.TotalAlloc-ms1.TotalAlloc, uint64(1<<20), "allocated bytes")
}

// BenchmarkLoadTooLarge: refusing a file by its size costs a stat, whatever
// the file's size.
func BenchmarkLoadTooLarge(b *testing.B) {
	p := filepath.Join(b.TempDir(), "huge.txt")
	require.NoError(b, os.WriteFile(p, nil, 0o644))
	require.NoError(b, os.Truncate(p, 200<<20))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, e := (&Item{Path: p}).Load(64 << 20); e == nil {
			b.Fatal("not refused")
		}
	}
}

func BenchmarkWARC(b *testing.B) {
	var parts []string // 50 pages of 28 KB
	for i := 0; i < 50; i++ {
		parts = append(parts, response(fmt.Sprintf("%08d-0000-0000-0000-000000000000", i), "https://x.vn/a", "text/html", strings.Repeat(page, 100)))
	}
	data := gzMembers(b, parts...)
	b.SetBytes(int64(len(strings.Join(parts, ""))))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		n := 0
		Walk(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data)}, func(Item) bool { n++; return true })
		if n != 50 {
			b.Fatal(n)
		}
	}
}

func FuzzWARC(f *testing.F) {
	html := response("1", "https://example.vn/a", "text/html", page)
	f.Add([]byte(warcinfo + html))
	f.Add(gzMembers(f, warcinfo, html))
	f.Add([]byte(html[:100]))
	f.Add([]byte("WARC/1.1\r\nContent-Length: -1\r\n\r\n"))
	z := compress(&testing.T{}, "gzip", []byte(page))
	f.Add([]byte(rawResponse("2", []string{"Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"}, chunk(string(z)))))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		Walk(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data), Format: WARC, MaxBytes: 1 << 20}, func(it Item) bool {
			n++
			if it.Err == nil && it.Data == nil {
				t.Fatalf("item %s without data or error", it.Path)
			}
			return n < 1000
		})
		if n == 0 {
			t.Fatal("no item: every input yields at least one")
		}
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id": 7, "text": "Tỉnh ủy Sóc Trăng họp."}` + "\n\nnot json\n"))
	f.Add([]byte(`{"text": "\ud800"}`))
	f.Add([]byte(`{"text": 1, "text": "a"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 0
		Walk(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data), Format: JSONL, MaxBytes: 1 << 16}, func(it Item) bool {
			lines++
			it.Load(1 << 16)
			if it.Err == nil && len(bytes.TrimSpace(it.Data)) == 0 {
				t.Fatalf("item %s without text or error", it.Path)
			}
			return true
		})
		if lines > bytes.Count(data, []byte("\n"))+1 {
			t.Fatalf("%d items for %d lines", lines, bytes.Count(data, []byte("\n"))+1)
		}
	})
}

// readAll reads what io.ReadAll reads, capped at max+1 bytes, whatever size
// Stat gave (a file may have grown or shrunk since) and however the reader
// splits its reads.
func TestReadAll(t *testing.T) {
	long := strings.Repeat("Hội nghị sơ kết. ", 300) // 5,400 bytes
	for _, tc := range []struct {
		name      string
		text      string
		size, max int64
		want      int // bytes read
	}{
		{"empty", "", 0, 0, 0},
		{"size right", long, int64(len(long)), 0, len(long)},
		{"grew since stat", long, 100, 0, len(long)},
		{"shrank since stat", long[:10], int64(len(long)), 0, 10},
		{"at the limit", long, int64(len(long)), int64(len(long)), len(long)},
		{"over the limit: max+1 bytes", long, int64(len(long)), 1000, 1001},
		{"over the limit, stat said small", long, 10, 1000, 1001},
	} {
		for _, wrap := range []struct {
			name string
			r    func(io.Reader) io.Reader
		}{{"whole", func(r io.Reader) io.Reader { return r }}, {"one byte", iotest.OneByteReader}, {"half", iotest.HalfReader}} {
			t.Run(tc.name+"/"+wrap.name, func(t *testing.T) {
				got, err := readAll(wrap.r(strings.NewReader(tc.text)), tc.size, tc.max, false)
				require.NoError(t, err)
				assert.Equal(t, tc.text[:tc.want], string(got))
			})
		}
	}
	_, err := readAll(iotest.TimeoutReader(strings.NewReader(long)), int64(len(long)), 0, false)
	assert.ErrorIs(t, err, iotest.ErrTimeout, "a read error is returned")
	// a regular file that gave its stat size in a short read is at its
	// end: no second read (which this reader would fail)
	got, err := readAll(iotest.TimeoutReader(strings.NewReader(long)), int64(len(long)), 0, true)
	require.NoError(t, err)
	assert.Equal(t, long, string(got))
	// but one that grew since stat, or gave fewer bytes, is read on
	for _, size := range []int64{10, int64(len(long)) + 5} {
		_, err = readAll(iotest.TimeoutReader(strings.NewReader(long)), size, 0, true)
		assert.ErrorIs(t, err, iotest.ErrTimeout, "size %d", size)
	}
}
