package input

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsonlCases are lines for the one-pass decoder: each must give what
// encoding/json gives (decodeStd), and fast says whether the one-pass
// scan reads it (false: it goes to encoding/json).
var jsonlCases = []struct {
	name, line string
	fast       bool
}{
	{"plain", `{"id": 7, "text": "Tỉnh ủy Sóc Trăng họp."}`, true},
	{"escapes as Python writes them", `{"text": "T\u1ec9nh \u1ee7y S\u00f3c Tr\u0103ng h\u1ecdp.\nD\u00f2ng 2 \"tr\u00edch\" \\ \/ \t"}`, true},
	{"surrogate pair", `{"text": "a \ud83d\ude00 b"}`, true},
	{"lone surrogates", `{"text": "\ud800 x \udc00 \ud800\u0041 \ud800\\u0041"}`, true},
	{"meta of every kind", `{"text": "a", "n": -1.50e+3, "o": {"k": ["v", 1, true, null, {}], "e": []}, "s": "chuỗi", "z": null, "t": true, "f": false}`, true},
	{"repeated keys: the last counts", `{"text": 1, "k": "a", "k": "b", "text": "x"}`, true},
	{"text null", `{"text": null, "title": "t"}`, true},
	{"text not a string", `{"text": ["a"], "title": "t"}`, true},
	{"text missing", `{"title": "t"}`, true},
	{"escaped key", `{"t\u0065xt": "a"}`, true},
	{"empty object", `{}`, true},
	{"white space everywhere", " \t{ \"text\" :\"a\" , \"b\" : [ 1 , 2 ] } ", true},
	{"bytes after the object are not read", `{"text": "a"} {oops`, true},
	{"nul escape", `{"text": "a\u0000b"}`, true},
	{"not an object", `[1, 2]`, false},
	{"syntax error", `{"text": "a",}`, false},
	{"unterminated", `{"text": "a`, false},
	{"bad escape", `{"text": "a\x"}`, false},
	{"short unicode escape", `{"text": "\u12"}`, false},
	{"control character", "{\"text\": \"a\tb\"}", false},
	{"bad number", `{"text": "a", "n": 01}`, false},
	{"bad literal", `{"text": "a", "n": nul}`, false},
	{"invalid UTF-8", "{\"text\": \"a\xffb\"}", false},
	{"not JSON", `Tỉnh ủy họp`, false},
}

// TestDecodeFast: the one-pass decoder gives encoding/json's items.
func TestDecodeFast(t *testing.T) {
	for _, tc := range jsonlCases {
		t.Run(tc.name, func(t *testing.T) {
			var fast, std Item
			ok := fast.decodeFast([]byte(tc.line), "text")
			require.Equal(t, tc.fast, ok, "read in one pass")
			std.decodeStd([]byte(tc.line), "text")
			if ok {
				assert.Equal(t, std, fast)
			}
			var it Item
			it.line, it.field = []byte(tc.line), "text"
			it.decodeJSONL()
			assert.Equal(t, std, it, "decodeJSONL")
		})
	}
}

// FuzzJSONLine: wherever the one-pass decoder reads a line, it gives what
// encoding/json gives.
func FuzzJSONLine(f *testing.F) {
	for _, tc := range jsonlCases {
		f.Add(tc.line)
	}
	f.Fuzz(func(t *testing.T, line string) {
		for _, field := range []string{"text", "k"} {
			var fast, std Item
			if !fast.decodeFast([]byte(line), field) {
				continue
			}
			std.decodeStd([]byte(line), field)
			if !assert.Equal(t, std, fast, "%q", line) {
				t.FailNow()
			}
		}
	})
}

func BenchmarkDecodeJSONL(b *testing.B) {
	line := []byte(`{"id": "vn-2024-000123", "url": "https://example.vn/thoi-su/a.html", "date": "2024-04-03", "tags": ["chính trị", "xây dựng Đảng"], "text": "` +
		repeatJSON("Chiều 3/4, Tỉnh ủy Sóc Trăng tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.\n", 30) + `"}`)
	for _, impl := range []struct {
		name string
		f    func(*Item)
	}{{"onepass", func(it *Item) { it.decodeFast(line, "text") }}, {"encoding-json", func(it *Item) { it.decodeStd(line, "text") }}} {
		b.Run(impl.name, func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var it Item
				impl.f(&it)
			}
		})
	}
}

// repeatJSON is s repeated n times, quoted for a JSON string (without
// the quotes).
func repeatJSON(s string, n int) string {
	out := make([]byte, 0, len(s)*n+n)
	for i := 0; i < n; i++ {
		for _, c := range []byte(s) {
			if c == '\n' {
				out = append(out, '\\', 'n')
				continue
			}
			out = append(out, c)
		}
	}
	return string(out)
}
