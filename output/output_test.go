package output

import (
	"database/sql"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/schema"
)

// records are two articles in the shape of the seed article's record
// (shared/corpus/seed/cum-thi-dua-5-soc-trang-2020.txt) and an input that
// failed.
func records() []*schema.Record {
	sp := func(s, e int) *schema.Span { return &schema.Span{Start: s, End: e} }
	a := &schema.Record{SchemaVersion: schema.SchemaVersion,
		Source: schema.Source{Path: "seed/cum-thi-dua.txt", SHA256: "ab12", Bytes: 9000, Encoding: "utf-8", Format: "text",
			Meta: map[string]string{"url": "https://xaydungdang.org.vn/a"}},
		Article: schema.Article{Category: "Thời sự - Chính trị", Title: "Cụm thi đua số 5 Ngành Tổ chức xây dựng Đảng sơ kết",
			Published: "2020-07-26T22:08", PublishedSpan: sp(139, 154)},
		Officials: []schema.Official{
			{Name: "Lâm Văn Mẫn", Mentions: []schema.Span{{Start: 500, End: 517}, {Start: 900, End: 917}}, Titles: []schema.Title{
				{Text: "Bí thư Tỉnh ủy Sóc Trăng", Role: "Bí thư", Organization: "Tỉnh ủy Sóc Trăng", Span: schema.Span{Start: 470, End: 499}},
				{Text: "Trưởng ban Tổ chức Tỉnh ủy", Role: "Trưởng ban", Organization: "Ban Tổ chức Tỉnh ủy", Former: true, Span: schema.Span{Start: 430, End: 460}}}},
			{Name: "Trần Phước Vĩnh", Mentions: []schema.Span{{Start: 1000, End: 1021}}},
		},
		Documents: []schema.Document{
			{Text: "Chỉ thị số 35-CT/TW", Type: "Chỉ thị", TypeCode: "CT", Number: "35", Symbol: "35-CT/TW", Issuer: "Bộ Chính trị",
				IssuerCode: "TW", Year: 2019, Term: "XII", Mentions: []schema.Span{{Start: 2000, End: 2022}}},
			{Text: "Nghị quyết Trung ương 4 (khóa XII)", Type: "Nghị quyết", Plenum: 4, Term: "XII", TermInferred: true,
				Mentions: []schema.Span{{Start: 2100, End: 2140}, {Start: 2500, End: 2540}}},
		},
		Provinces: []schema.Province{{Name: "Sóc Trăng", Code: "94", Scheme: "2004", Successor: "Thành phố Cần Thơ", SuccessorCode: "92",
			Mentions: []schema.Span{{Start: 40, End: 51}}}},
		Meetings: []schema.Meeting{{Kind: "sơ kết", Name: "sơ kết hoạt động 6 tháng đầu năm 2020", Span: sp(300, 340), Date: "2020-07-25",
			Location:     &schema.Location{Text: "TP. Sóc Trăng", Province: "Sóc Trăng"},
			Organizer:    &schema.TextSpan{Text: "Cụm thi đua số 5"},
			Period:       &schema.Period{Start: "2020-01-01", End: "2020-06-30"},
			Participants: []schema.Participant{{Name: "Lâm Văn Mẫn", Role: "chaired"}}}},
		Tasks:    []schema.TaskList{{Period: &schema.Period{Start: "2020-07-01", End: "2020-12-31"}, Items: []schema.Item{{Text: "chuẩn bị nhân sự đại hội", Span: schema.Span{Start: 3000, End: 3030}}}}},
		Results:  []schema.TaskList{{Items: []schema.Item{{Text: "ban hành 12 văn bản", Span: schema.Span{Start: 2800, End: 2820}}, {Text: "thẩm định 40 hồ sơ"}}}},
		Warnings: []string{"html: no main content"},
	}
	bad := &schema.Record{SchemaVersion: schema.SchemaVersion, Source: schema.Source{Path: "dev/broken.txt", Bytes: 12},
		Error: &schema.Error{Kind: "undecodable", Message: "invalid UTF-8 at byte 11"}}
	b := &schema.Record{SchemaVersion: schema.SchemaVersion, Source: schema.Source{Path: "dev/002.txt", SHA256: "cd34", Encoding: "tcvn3"},
		Text:    "Đinh Thế Huynh, Thường trực Ban Bí thư", // --with-text
		Article: schema.Article{Published: "2016-05-04"},
		Officials: []schema.Official{{Name: "Đinh Thế Huynh", Mentions: []schema.Span{{Start: 10, End: 28}}, Titles: []schema.Title{
			{Text: "Thường trực Ban Bí thư", Role: "Thường trực Ban Bí thư", Span: schema.Span{Start: 30, End: 60}}}}},
		Documents: []schema.Document{{Text: "Chỉ thị số 35-CT/TW", Type: "Chỉ thị", Symbol: "35-CT/TW", Mentions: []schema.Span{{Start: 70, End: 92}}}},
	}
	return []*schema.Record{a, bad, b}
}

// want are the rows the records give, table by table, as strings.
var want = map[string][][]string{
	"articles": {
		{"1", "seed/cum-thi-dua.txt", "ab12", "9000", "utf-8", "text", "Cụm thi đua số 5 Ngành Tổ chức xây dựng Đảng sơ kết", "Thời sự - Chính trị",
			"2020-07-26T22:08", "2020", "", "", "", `{"url":"https://xaydungdang.org.vn/a"}`, `["html: no main content"]`, ""},
		{"2", "dev/broken.txt", "", "12", "", "", "", "", "", "0", "", "undecodable", "invalid UTF-8 at byte 11", "", "", ""},
		{"3", "dev/002.txt", "cd34", "0", "tcvn3", "", "", "", "2016-05-04", "2016", "", "", "", "", "", "Đinh Thế Huynh, Thường trực Ban Bí thư"},
	},
	"officials": {
		{"1", "1", "Lâm Văn Mẫn", "2", "500", "517"},
		{"2", "1", "Trần Phước Vĩnh", "1", "1000", "1021"},
		{"3", "3", "Đinh Thế Huynh", "1", "10", "28"},
	},
	"titles": {
		{"1", "1", "1", "Bí thư Tỉnh ủy Sóc Trăng", "Bí thư", "Tỉnh ủy Sóc Trăng", "0", "470", "499"},
		{"2", "1", "1", "Trưởng ban Tổ chức Tỉnh ủy", "Trưởng ban", "Ban Tổ chức Tỉnh ủy", "1", "430", "460"},
		{"3", "3", "3", "Thường trực Ban Bí thư", "Thường trực Ban Bí thư", "", "0", "30", "60"},
	},
	"documents": {
		{"1", "1", "Chỉ thị số 35-CT/TW", "Chỉ thị", "CT", "35", "35-CT/TW", "Bộ Chính trị", "TW", "", "2019", "XII", "0", "0", "1", "2000", "2022"},
		{"2", "1", "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết", "", "", "", "", "", "", "0", "XII", "1", "4", "2", "2100", "2140"},
		{"3", "3", "Chỉ thị số 35-CT/TW", "Chỉ thị", "", "", "35-CT/TW", "", "", "", "0", "", "0", "0", "1", "70", "92"},
	},
	"provinces": {
		{"1", "1", "Sóc Trăng", "94", "2004", "Thành phố Cần Thơ", "92", "1", "40", "51"},
	},
	"meetings": {
		{"1", "1", "sơ kết", "sơ kết hoạt động 6 tháng đầu năm 2020", "2020-07-25", "TP. Sóc Trăng", "Sóc Trăng", "Cụm thi đua số 5",
			"2020-01-01", "2020-06-30", `[{"name":"Lâm Văn Mẫn","role":"chaired","span":{"start":0,"end":0}}]`, "300", "340"},
	},
	"tasks": {
		{"1", "1", "task", "1", "2020-07-01", "2020-12-31", "chuẩn bị nhân sự đại hội", "3000", "3030"},
		{"2", "1", "result", "1", "", "", "ban hành 12 văn bản", "2800", "2820"},
		{"3", "1", "result", "1", "", "", "thẩm định 40 hồ sơ", "0", "0"},
	},
}

func writeAll(t *testing.T, format, path string) {
	w, err := New(format, path)
	require.NoError(t, err)
	for _, r := range records() {
		require.NoError(t, w.Write(r))
	}
	require.NoError(t, w.Close())
}

func TestCSV(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "tables")
	writeAll(t, "csv", dir)
	for _, table := range Tables {
		t.Run(table, func(t *testing.T) {
			f, err := os.Open(filepath.Join(dir, table+".csv"))
			require.NoError(t, err)
			defer f.Close()
			rows, err := csv.NewReader(f).ReadAll()
			require.NoError(t, err)
			require.NotEmpty(t, rows)
			assert.Equal(t, Columns(table), rows[0], "header")
			assert.Equal(t, want[table], rows[1:])
		})
	}
}

func TestSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.db")
	require.NoError(t, os.WriteFile(path, []byte("an old file is replaced"), 0o644))
	writeAll(t, "sqlite", path)
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	defer db.Close()
	query := func(q string, args ...any) [][]string { return queryRows(t, db, q, args...) }
	var tables []string
	for _, r := range query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
		tables = append(tables, r[0])
	}
	sorted := append([]string(nil), Tables...)
	sort.Strings(sorted)
	assert.Equal(t, sorted, tables)
	for _, table := range Tables {
		t.Run(table, func(t *testing.T) {
			var cols []string
			for _, r := range query("SELECT name FROM pragma_table_info(?) ORDER BY cid", table) {
				cols = append(cols, r[0])
			}
			assert.Equal(t, Columns(table), cols)
			assert.Equal(t, want[table], query("SELECT * FROM "+table+" ORDER BY id"))
			fks := query("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY \"from\"", table)
			switch table {
			case "articles":
				assert.Empty(t, fks)
			case "titles":
				assert.Equal(t, [][]string{{"articles", "article_id", "id"}, {"officials", "official_id", "id"}}, fks)
			default:
				assert.Equal(t, [][]string{{"articles", "article_id", "id"}}, fks)
			}
		})
	}
	assert.Empty(t, query("SELECT * FROM pragma_foreign_key_check"), "every article_id and official_id points to a row")
	var idx []string
	for _, r := range query("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name") {
		idx = append(idx, r[0])
	}
	assert.Len(t, idx, len(Indexes))
	assert.Contains(t, idx, "documents_symbol")
	assert.Equal(t, [][]string{{"delete"}}, query("PRAGMA journal_mode"), "no -wal file left beside the database")
	// the README's query, as written there
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	cmd := "sqlite3 -header -column corpus.db \""
	i := strings.Index(string(readme), cmd)
	require.GreaterOrEqual(t, i, 0, "the README's sqlite3 command")
	q := string(readme[i+len(cmd):])
	q = q[:strings.Index(q, "\"\n```")]
	require.Contains(t, q, "FROM documents d JOIN articles a")
	wantRows := [][]string{{"2020", "Chỉ thị 35-CT/TW", "1", "1"}, {"2016", "Chỉ thị 35-CT/TW", "1", "1"}}
	assert.Equal(t, wantRows, query(q))
	if bin, err := exec.LookPath("sqlite3"); err == nil { // Debian's sqlite3 opens the database
		out, err := exec.Command(bin, "-header", "-column", path, q).CombinedOutput()
		require.NoError(t, err, string(out))
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		require.Len(t, lines, 4, string(out))
		assert.Equal(t, []string{"year", "document", "articles", "mentions"}, strings.Fields(lines[0]))
		assert.Equal(t, []string{"2020", "Chỉ", "thị", "35-CT/TW", "1", "1"}, strings.Fields(lines[2]))
		assert.Equal(t, []string{"2016", "Chỉ", "thị", "35-CT/TW", "1", "1"}, strings.Fields(lines[3]))
	} else {
		t.Log("no sqlite3 program: the README query ran through modernc.org/sqlite only")
	}
}

func readParquet[T any](t *testing.T, path string) []T {
	rows, err := parquet.ReadFile[T](path)
	require.NoError(t, err)
	return rows
}

func TestParquet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pq")
	writeAll(t, "parquet", dir)
	for _, table := range Tables {
		_, err := os.Stat(filepath.Join(dir, table+".parquet"))
		require.NoError(t, err, table)
	}
	arts := readParquet[Article](t, filepath.Join(dir, "articles.parquet"))
	require.Len(t, arts, 3)
	assert.Equal(t, []int64{1, 2, 3}, []int64{arts[0].ID, arts[1].ID, arts[2].ID})
	assert.Equal(t, "undecodable", arts[1].ErrorKind)
	assert.Equal(t, "invalid UTF-8 at byte 11", arts[1].ErrorMessage)
	assert.Equal(t, int64(2020), arts[0].Year)
	assert.Equal(t, `{"url":"https://xaydungdang.org.vn/a"}`, arts[0].Meta)

	offs := readParquet[Official](t, filepath.Join(dir, "officials.parquet"))
	assert.Equal(t, []Official{{1, 1, "Lâm Văn Mẫn", 2, 500, 517}, {2, 1, "Trần Phước Vĩnh", 1, 1000, 1021}, {3, 3, "Đinh Thế Huynh", 1, 10, 28}}, offs)
	titles := readParquet[Title](t, filepath.Join(dir, "titles.parquet"))
	require.Len(t, titles, 3)
	assert.Equal(t, Title{ID: 2, ArticleID: 1, OfficialID: 1, Text: "Trưởng ban Tổ chức Tỉnh ủy", Role: "Trưởng ban",
		Organization: "Ban Tổ chức Tỉnh ủy", Former: true, Start: 430, End: 460}, titles[1])
	assert.Equal(t, int64(3), titles[2].OfficialID)
	docs := readParquet[Document](t, filepath.Join(dir, "documents.parquet"))
	require.Len(t, docs, 3)
	assert.Equal(t, []string{"35-CT/TW", "", "35-CT/TW"}, []string{docs[0].Symbol, docs[1].Symbol, docs[2].Symbol})
	assert.Equal(t, []int64{1, 1, 3}, []int64{docs[0].ArticleID, docs[1].ArticleID, docs[2].ArticleID})
	assert.True(t, docs[1].TermInferred)
	assert.Len(t, readParquet[Province](t, filepath.Join(dir, "provinces.parquet")), 1)
	assert.Len(t, readParquet[Meeting](t, filepath.Join(dir, "meetings.parquet")), 1)
	tasks := readParquet[Task](t, filepath.Join(dir, "tasks.parquet"))
	assert.Equal(t, []string{"task", "result", "result"}, []string{tasks[0].Kind, tasks[1].Kind, tasks[2].Kind})
}

func TestNew(t *testing.T) {
	for _, tc := range []struct{ format, path, err string }{
		{"csv", "", "needs -o (a folder)"},
		{"sqlite", "-", "needs -o (a database file)"},
		{"xlsx", "x", "unknown table format"},
	} {
		_, err := New(tc.format, tc.path)
		require.Error(t, err)
		assert.Contains(t, err.Error(), tc.err)
	}
	assert.True(t, strings.HasPrefix(DDL("titles"), "CREATE TABLE titles (\n  id INTEGER PRIMARY KEY,"))
	assert.Contains(t, DDL("titles"), "official_id INTEGER NOT NULL REFERENCES officials(id)")
}

func TestYearOf(t *testing.T) {
	for in, want := range map[string]int64{"2020-07-26T22:08": 2020, "2016": 2016, "": 0, "20": 0, "x020-01-01": 0, "năm 2020": 0} {
		assert.Equal(t, want, yearOf(in), in)
	}
}

func TestResume(t *testing.T) {
	const (
		a = `{"schema_version":"1.0","source":{"path":"dev/a.txt","sha256":"aa"},"documents":[]}` + "\n"
		b = `{"schema_version":"1.0","source":{"path":"dev/b.txt","sha256":"bb"},"error":{"kind":"empty","message":"no text"}}` + "\n"
		c = `{"schema_version":"1.0","source":{"path":"dev/c.txt","sha256":"cc"}}` + "\n"
	)
	tests := []struct {
		name     string
		content  string
		keys     []string
		contents string
	}{
		{"whole lines", a + b, []string{Key("dev/a.txt", "aa"), Key("dev/b.txt", "bb")}, a + b},
		{"torn last line dropped", a + b + c[:30], []string{Key("dev/a.txt", "aa"), Key("dev/b.txt", "bb")}, a + b},
		{"last line complete JSON without its newline is torn too", a + strings.TrimSuffix(c, "\n"), []string{Key("dev/a.txt", "aa")}, a},
		{"empty file", "", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "out.jsonl")
			require.NoError(t, os.WriteFile(p, []byte(tc.content), 0o644))
			done, err := Resume(p)
			require.NoError(t, err)
			var keys []string
			for k, v := range done {
				assert.True(t, v)
				keys = append(keys, k)
			}
			sort.Strings(keys)
			assert.Equal(t, tc.keys, keys)
			got, err := os.ReadFile(p)
			require.NoError(t, err)
			assert.Equal(t, tc.contents, string(got), "the file is cut after its last whole line")
		})
	}
	t.Run("keys by path and content hash", func(t *testing.T) {
		p := filepath.Join(t.TempDir(), "out.jsonl")
		require.NoError(t, os.WriteFile(p, []byte(a+b), 0o644))
		done, err := Resume(p)
		require.NoError(t, err)
		assert.True(t, done[Key("dev/a.txt", "aa")])
		assert.False(t, done[Key("dev/a.txt", "changed")], "same path, other content: extracted again")
		assert.False(t, done[Key("dev/x.txt", "aa")], "same content, other path: extracted again")
		assert.False(t, done[Key("dev/b.txt", "")], "an error record keeps its hash")
	})
	for name, content := range map[string]string{"broken line": a + "{not json\n" + c, "not a record": a + "{\"x\": 1}\n" + c} {
		t.Run(name+": an error, the file left as it is", func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "out.jsonl")
			require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
			_, err := Resume(p)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "line 2 is not a vnpol record")
			got, err := os.ReadFile(p)
			require.NoError(t, err)
			assert.Equal(t, content, string(got))
		})
	}
	t.Run("missing file", func(t *testing.T) {
		done, err := Resume(filepath.Join(t.TempDir(), "none.jsonl"))
		require.NoError(t, err)
		assert.Empty(t, done)
	})
	t.Run("a folder", func(t *testing.T) {
		_, err := Resume(t.TempDir())
		assert.Error(t, err)
	})
}

// queryRows runs a query and returns its rows as strings (NULL as "").
func queryRows(t *testing.T, db *sql.DB, q string, args ...any) [][]string {
	t.Helper()
	rows, err := db.Query(q, args...)
	require.NoError(t, err, q)
	defer rows.Close()
	cols, err := rows.Columns()
	require.NoError(t, err)
	var out [][]string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		require.NoError(t, rows.Scan(ptrs...))
		row := make([]string, len(cols))
		for i, v := range vals {
			row[i] = v.String
		}
		out = append(out, row)
	}
	require.NoError(t, rows.Err())
	return out
}
