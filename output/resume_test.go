package output

import (
	"database/sql"
	"encoding/csv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tableRows reads every table of a csv folder or a database as strings,
// without the header.
func tableRows(t *testing.T, format, path string) map[string][][]string {
	t.Helper()
	out := map[string][][]string{}
	if format == "csv" {
		for _, table := range Tables {
			f, err := os.Open(filepath.Join(path, table+".csv"))
			require.NoError(t, err)
			rows, err := csv.NewReader(f).ReadAll()
			f.Close()
			require.NoError(t, err, table)
			require.NotEmpty(t, rows, table)
			assert.Equal(t, Columns(table), rows[0], table)
			if len(rows) > 1 {
				out[table] = rows[1:]
			}
		}
		return out
	}
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	defer db.Close()
	for _, table := range Tables {
		if rows := queryRows(t, db, "SELECT * FROM "+table+" ORDER BY id"); len(rows) > 0 {
			out[table] = rows
		}
	}
	return out
}

func doneKeys(done Done) []string {
	var keys []string
	for k, v := range done {
		if v {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// firstTwo are the keys of the first two of records().
var firstTwo = []string{Key("dev/broken.txt", ""), Key("seed/cum-thi-dua.txt", "ab12")}

func TestOpenResumesAFinishedRun(t *testing.T) {
	for _, format := range []string{"csv", "sqlite"} {
		t.Run(format, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out")
			recs := records()
			w, done, err := Open(format, path)
			require.NoError(t, err)
			assert.NotNil(t, done)
			assert.Empty(t, done, "nothing there yet: a new output")
			for _, r := range recs[:2] {
				require.NoError(t, w.Write(r))
			}
			require.NoError(t, w.Close())

			w, done, err = Open(format, path)
			require.NoError(t, err)
			assert.Equal(t, firstTwo, doneKeys(done))
			require.NoError(t, w.Write(recs[2]))
			require.NoError(t, w.Close())
			assert.Equal(t, want, tableRows(t, format, path), "the ids go on: the same tables as one run")
		})
	}
}

// cutCSV rewrites a table of dir: keep its first n lines (header
// included), then append extra.
func cutCSV(t *testing.T, dir, table string, n int, extra string) {
	t.Helper()
	p := filepath.Join(dir, table+".csv")
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	lines := strings.SplitAfter(string(b), "\n")
	require.GreaterOrEqual(t, len(lines), n)
	require.NoError(t, os.WriteFile(p, []byte(strings.Join(lines[:n], "")+extra), 0o644))
}

func TestOpenResumesAKilledCSVRun(t *testing.T) {
	// what a killed run can leave: the rows of other tables are written
	// before the articles rows, so a torn or missing articles row may
	// leave rows of its article in other tables
	lastArticle := `3,dev/002.txt,cd34,0,tcvn3,,,,2016-05-04,2016,,,,,,"Đinh Thế Huynh, Thường trực Ban Bí thư"` + "\n"
	tests := []struct {
		name string
		kill func(t *testing.T, dir string)
		keys []string
	}{
		{"the last articles row torn", func(t *testing.T, dir string) {
			cutCSV(t, dir, "articles", 3, lastArticle[:20])
		}, firstTwo},
		{"the last articles row whole but without its newline", func(t *testing.T, dir string) {
			cutCSV(t, dir, "articles", 3, strings.TrimSuffix(lastArticle, "\n"))
		}, firstTwo},
		{"the last articles row missing, a tasks row torn", func(t *testing.T, dir string) {
			cutCSV(t, dir, "articles", 3, "")
			cutCSV(t, dir, "tasks", 4, `4,3,task,1,"unterminated`)
		}, firstTwo},
		{"killed before any articles row", func(t *testing.T, dir string) {
			cutCSV(t, dir, "articles", 1, "")
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "tables")
			writeAll(t, "csv", dir)
			b, err := os.ReadFile(filepath.Join(dir, "articles.csv"))
			require.NoError(t, err)
			require.True(t, strings.HasSuffix(string(b), "\n"+lastArticle), "lastArticle is the last row as written")
			tc.kill(t, dir)
			w, done, err := Open("csv", dir)
			require.NoError(t, err)
			assert.Equal(t, tc.keys, doneKeys(done))
			for _, r := range records()[len(tc.keys):] {
				require.NoError(t, w.Write(r))
			}
			require.NoError(t, w.Close())
			assert.Equal(t, want, tableRows(t, "csv", dir), "the rows of the articles not kept are cut, then written again")
		})
	}
}

func TestOpenDropsAnUncommittedSQLiteBatch(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.db")
	recs := records()
	w, _, err := Open("sqlite", path)
	require.NoError(t, err)
	s := w.(*sqliteWriter)
	for _, r := range recs[:2] {
		require.NoError(t, s.Write(r))
	}
	require.NoError(t, s.commit())
	require.NoError(t, s.begin())
	require.NoError(t, s.Write(recs[2]))
	require.NoError(t, s.tx.Rollback()) // what SQLite does with the open transaction of a killed run
	require.NoError(t, s.db.Close())

	w, done, err := Open("sqlite", path)
	require.NoError(t, err)
	assert.Equal(t, firstTwo, doneKeys(done))
	require.NoError(t, w.Write(recs[2]))
	require.NoError(t, w.Close())
	assert.Equal(t, want, tableRows(t, "sqlite", path))
}

func TestOpenRefuses(t *testing.T) {
	tests := []struct {
		name, format string
		setup        func(t *testing.T, path string)
		err          string
	}{
		{"parquet", "parquet", func(t *testing.T, path string) {}, "parquet files cannot be appended to"},
		{"a csv table of other columns", "csv", func(t *testing.T, path string) {
			writeAll(t, "csv", path)
			require.NoError(t, os.WriteFile(filepath.Join(path, "titles.csv"), []byte("id,name\n1,x\n"), 0o644))
		}, "titles.csv: not a vnpol table"},
		{"a missing csv table", "csv", func(t *testing.T, path string) {
			writeAll(t, "csv", path)
			require.NoError(t, os.Remove(filepath.Join(path, "tasks.csv")))
		}, "tasks.csv"},
		{"a database of other tables", "sqlite", func(t *testing.T, path string) {
			db, err := sql.Open("sqlite", path)
			require.NoError(t, err)
			_, err = db.Exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes VALUES (1, 'keep me')")
			require.NoError(t, err)
			require.NoError(t, db.Close())
		}, "not a vnpol database"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out")
			tc.setup(t, path)
			before := snapshot(t, path)
			_, _, err := Open(tc.format, path)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.err)
			assert.Equal(t, before, snapshot(t, path), "left as it is")
		})
	}
}

// snapshot is the content of a file, or of the files of a folder.
func snapshot(t *testing.T, path string) map[string]string {
	out := map[string]string{}
	st, err := os.Stat(path)
	if os.IsNotExist(err) {
		return out
	}
	require.NoError(t, err)
	if !st.IsDir() {
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		out[""] = string(b)
		return out
	}
	ents, err := os.ReadDir(path)
	require.NoError(t, err)
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(path, e.Name()))
		require.NoError(t, err)
		out[e.Name()] = string(b)
	}
	return out
}
