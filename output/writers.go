package output

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/parquet-go/parquet-go"
	_ "modernc.org/sqlite" // database/sql driver "sqlite", pure Go

	"github.com/vnpol/vnpol/schema"
)

// Formats are the table formats New writes.
var Formats = []string{"csv", "sqlite", "parquet"}

// Tables names the tables in the order they are written.
var Tables = []string{"articles", "officials", "titles", "documents", "provinces", "meetings", "tasks"}

// Writer writes records as table rows.
type Writer interface {
	Write(rec *schema.Record) error
	Close() error
}

// New returns a writer of format (csv, sqlite or parquet) at path: a folder
// of NAME.csv or NAME.parquet files, or a database file. What path held
// before is replaced.
func New(format, path string) (Writer, error) {
	w, _, err := open(format, path, false)
	return w, err
}

// Resumable reports whether Open can resume a run in format.
func Resumable(format string) bool { return format == "csv" || format == "sqlite" }

// Open is New for --resume: it keeps the records an earlier, perhaps
// killed, run of the same format wrote at path, returns the inputs they
// are of, and appends after them. Only whole records are kept: a SQLite
// database keeps its committed transactions (each holds whole records);
// CSV tables are cut after the last whole articles row, and the other
// tables after the rows of the articles kept. Row ids go on from the
// largest kept. A path that does not exist starts a new output; tables
// that are not vnpol's give an error and are left as they are. Parquet
// files cannot be appended to: Open refuses them.
func Open(format, path string) (Writer, Done, error) {
	return open(format, path, true)
}

func open(format, path string, resume bool) (Writer, Done, error) {
	if path == "" || path == "-" {
		return nil, nil, fmt.Errorf("--format %s needs -o (a %s)", format, map[bool]string{true: "database file", false: "folder"}[format == "sqlite"])
	}
	var (
		w    Writer
		done Done
		err  error
	)
	switch format {
	case "csv":
		w, done, err = newCSV(path, resume)
	case "sqlite":
		w, done, err = newSQLite(path, resume)
	case "parquet":
		if resume {
			return nil, nil, fmt.Errorf("parquet files cannot be appended to: write the rest to a new folder (DuckDB, pandas and Spark read several folders' files as one table) or use --format csv or sqlite")
		}
		w, err = newParquet(path)
	default:
		return nil, nil, fmt.Errorf("unknown table format %q", format)
	}
	if err != nil {
		return nil, nil, err // not a typed nil in a non-nil Writer
	}
	return w, done, nil
}

// each calls fn with the table name and the rows of each table of r.
func each(r *Rows, fn func(table string, rows any) error) error {
	for _, t := range []struct {
		name string
		rows any
	}{{"articles", []Article{r.Article}}, {"officials", r.Officials}, {"titles", r.Titles}, {"documents", r.Documents},
		{"provinces", r.Provinces}, {"meetings", r.Meetings}, {"tasks", r.Tasks}} {
		if err := fn(t.name, t.rows); err != nil {
			return err
		}
	}
	return nil
}

var rowTypes = map[string]reflect.Type{
	"articles": reflect.TypeOf(Article{}), "officials": reflect.TypeOf(Official{}), "titles": reflect.TypeOf(Title{}),
	"documents": reflect.TypeOf(Document{}), "provinces": reflect.TypeOf(Province{}), "meetings": reflect.TypeOf(Meeting{}),
	"tasks": reflect.TypeOf(Task{}),
}

// Columns are the column names of a table.
func Columns(table string) []string {
	t := rowTypes[table]
	out := make([]string, t.NumField())
	for i := range out {
		out[i] = t.Field(i).Tag.Get("parquet")
	}
	return out
}

// DDL is the CREATE TABLE statement of a table.
func DDL(table string) string {
	t := rowTypes[table]
	cols := make([]string, t.NumField())
	for i := range cols {
		cols[i] = t.Field(i).Tag.Get("sql")
	}
	return "CREATE TABLE " + table + " (\n  " + strings.Join(cols, ",\n  ") + "\n)"
}

// Indexes are the indexes of the database.
var Indexes = []string{
	"CREATE INDEX IF NOT EXISTS articles_path ON articles(path)",
	"CREATE INDEX IF NOT EXISTS officials_article ON officials(article_id)",
	"CREATE INDEX IF NOT EXISTS officials_name ON officials(name)",
	"CREATE INDEX IF NOT EXISTS titles_article ON titles(article_id)",
	"CREATE INDEX IF NOT EXISTS titles_official ON titles(official_id)",
	"CREATE INDEX IF NOT EXISTS documents_article ON documents(article_id)",
	"CREATE INDEX IF NOT EXISTS documents_symbol ON documents(symbol)",
	"CREATE INDEX IF NOT EXISTS provinces_article ON provinces(article_id)",
	"CREATE INDEX IF NOT EXISTS provinces_code ON provinces(code)",
	"CREATE INDEX IF NOT EXISTS meetings_article ON meetings(article_id)",
	"CREATE INDEX IF NOT EXISTS tasks_article ON tasks(article_id)",
}

func values(v reflect.Value) []any {
	out := make([]any, v.NumField())
	for i := range out {
		f := v.Field(i)
		if f.Kind() == reflect.Bool {
			out[i] = map[bool]int{false: 0, true: 1}[f.Bool()]
		} else {
			out[i] = f.Interface()
		}
	}
	return out
}

// csvWriter writes NAME.csv files in a folder. Rows are gathered in
// memory per table and written out every csvFlush bytes,
// the other tables first and articles last, so that a killed run leaves
// in articles.csv only articles whose rows in the other tables are on
// disk: what --resume counts on.
type csvWriter struct {
	n     ids
	id    int64
	files map[string]*os.File
	buf   map[string]*bytes.Buffer
	w     map[string]*csv.Writer
}

const csvFlush = 256 << 10

func newCSV(dir string, resume bool) (*csvWriter, Done, error) {
	c := &csvWriter{files: map[string]*os.File{}, buf: map[string]*bytes.Buffer{}, w: map[string]*csv.Writer{}}
	var done Done
	if resume {
		var err error
		if done, err = resumeCSV(dir, c); err != nil {
			return nil, nil, err
		}
	}
	if done == nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, err
		}
	}
	for _, t := range Tables {
		var f *os.File
		var err error
		if done != nil {
			f, err = os.OpenFile(filepath.Join(dir, t+".csv"), os.O_WRONLY|os.O_APPEND, 0)
		} else {
			f, err = os.Create(filepath.Join(dir, t+".csv"))
		}
		if err != nil {
			c.closeFiles()
			return nil, nil, err
		}
		c.files[t] = f
		c.buf[t] = new(bytes.Buffer)
		c.w[t] = csv.NewWriter(c.buf[t])
		if done == nil {
			c.w[t].Write(Columns(t)) // into memory: it cannot fail
		}
	}
	if done == nil && resume {
		done = Done{}
	}
	return c, done, nil
}

func (c *csvWriter) Write(rec *schema.Record) error {
	c.id++
	r := rowsOf(c.id, rec, &c.n)
	err := each(&r, func(table string, rows any) error {
		rv := reflect.ValueOf(rows)
		for i := 0; i < rv.Len(); i++ {
			vals := values(rv.Index(i))
			row := make([]string, len(vals))
			for j, v := range vals {
				switch x := v.(type) {
				case string:
					row[j] = x
				case int64:
					row[j] = strconv.FormatInt(x, 10)
				default:
					row[j] = fmt.Sprint(x)
				}
			}
			if err := c.w[table].Write(row); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil && c.pending() >= csvFlush {
		err = c.flush()
	}
	return err
}

// pending is the size of the rows gathered (less the csv.Writers' own
// buffers of 4 KB each).
func (c *csvWriter) pending() int {
	n := 0
	for _, b := range c.buf {
		n += b.Len()
	}
	return n
}

// flush writes the gathered rows out, articles last.
func (c *csvWriter) flush() error {
	for i := len(Tables) - 1; i >= 0; i-- { // articles is Tables[0]: written last
		t := Tables[i]
		c.w[t].Flush()
		if err := c.w[t].Error(); err != nil {
			return err
		}
		if _, err := c.files[t].Write(c.buf[t].Bytes()); err != nil {
			return err
		}
		c.buf[t].Reset()
	}
	return nil
}

func (c *csvWriter) closeFiles() error {
	var first error
	for _, t := range Tables {
		if f := c.files[t]; f != nil {
			if err := f.Close(); err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}

func (c *csvWriter) Close() error {
	err := c.flush()
	if cerr := c.closeFiles(); err == nil {
		err = cerr
	}
	return err
}

// sqliteWriter writes a database file, committing every batch records.
type sqliteWriter struct {
	db    *sql.DB
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	n     ids
	id    int64
}

const sqliteBatch = 500

func newSQLite(path string, resume bool) (*sqliteWriter, Done, error) {
	var done Done
	if resume {
		done = Done{}
	} else if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		return nil, nil, err
	}
	isNew := true // no database there yet (an empty file is none)
	if st, err := os.Stat(path); err == nil && st.Size() > 0 {
		isNew = false
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, nil, err
	}
	db.SetMaxOpenConns(1)
	s := &sqliteWriter{db: db}
	fail := func(err error) (*sqliteWriter, Done, error) { db.Close(); return nil, nil, err }
	if resume && !isNew {
		if err := s.resume(path, done); err != nil {
			return fail(err)
		}
	}
	for _, q := range []string{"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"} {
		if _, err := db.Exec(q); err != nil {
			return fail(err)
		}
	}
	if isNew {
		for _, t := range Tables {
			if _, err := db.Exec(DDL(t)); err != nil {
				return fail(fmt.Errorf("%s: %w", t, err))
			}
		}
	}
	if err := s.begin(); err != nil {
		return fail(err)
	}
	return s, done, nil
}

// resume reads what an earlier run committed to the database: the
// inputs into done, and the largest row id of each table, to go on from.
// The transaction a killed run had open is rolled back by SQLite itself.
func (s *sqliteWriter) resume(path string, done Done) error {
	for _, t := range Tables {
		rows, err := s.db.Query("SELECT * FROM " + t + " LIMIT 0")
		if err != nil {
			return fmt.Errorf("%s: not a vnpol database (%v); it is left as it is", path, err)
		}
		cols, err := rows.Columns()
		rows.Close()
		if err != nil || !slices.Equal(cols, Columns(t)) {
			return fmt.Errorf("%s: not a vnpol database (table %s has other columns); it is left as it is", path, t)
		}
	}
	rows, err := s.db.Query("SELECT path, COALESCE(sha256, '') FROM articles")
	if err != nil {
		return err
	}
	for rows.Next() {
		var p, sum string
		if err := rows.Scan(&p, &sum); err != nil {
			rows.Close()
			return err
		}
		done[Key(p, sum)] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for t, id := range map[string]*int64{"articles": &s.id, "officials": &s.n.official, "titles": &s.n.title,
		"documents": &s.n.document, "provinces": &s.n.province, "meetings": &s.n.meeting, "tasks": &s.n.task} {
		if err := s.db.QueryRow("SELECT COALESCE(MAX(id), 0) FROM " + t).Scan(id); err != nil {
			return err
		}
	}
	return nil
}

func (s *sqliteWriter) begin() error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	s.tx = tx
	s.stmts = map[string]*sql.Stmt{}
	for _, t := range Tables {
		cols := Columns(t)
		q := "INSERT INTO " + t + " (" + strings.Join(cols, ", ") + ") VALUES (" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
		st, err := tx.Prepare(q)
		if err != nil {
			return err
		}
		s.stmts[t] = st
	}
	return nil
}

func (s *sqliteWriter) commit() error {
	for _, st := range s.stmts {
		st.Close()
	}
	return s.tx.Commit()
}

func (s *sqliteWriter) Write(rec *schema.Record) error {
	s.id++
	r := rowsOf(s.id, rec, &s.n)
	err := each(&r, func(table string, rows any) error {
		rv := reflect.ValueOf(rows)
		for i := 0; i < rv.Len(); i++ {
			if _, err := s.stmts[table].Exec(values(rv.Index(i))...); err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if s.id%sqliteBatch == 0 {
		if err := s.commit(); err != nil {
			return err
		}
		return s.begin()
	}
	return nil
}

func (s *sqliteWriter) Close() error {
	err := s.commit()
	if err == nil {
		for _, q := range Indexes {
			if _, err = s.db.Exec(q); err != nil {
				break
			}
		}
	}
	if err == nil {
		_, err = s.db.Exec("PRAGMA journal_mode = DELETE")
	}
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// parquetWriter writes NAME.parquet files in a folder.
type parquetWriter struct {
	n     ids
	id    int64
	files []*os.File
	art   *parquet.GenericWriter[Article]
	off   *parquet.GenericWriter[Official]
	tit   *parquet.GenericWriter[Title]
	doc   *parquet.GenericWriter[Document]
	prov  *parquet.GenericWriter[Province]
	meet  *parquet.GenericWriter[Meeting]
	task  *parquet.GenericWriter[Task]
}

func newParquet(dir string) (*parquetWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	p := &parquetWriter{}
	open := func(name string) (*os.File, error) {
		f, err := os.Create(filepath.Join(dir, name+".parquet"))
		if err == nil {
			p.files = append(p.files, f)
		}
		return f, err
	}
	var err error
	var f *os.File
	if f, err = open("articles"); err == nil {
		p.art = parquet.NewGenericWriter[Article](f)
	}
	if f, err = open("officials"); err == nil {
		p.off = parquet.NewGenericWriter[Official](f)
	}
	if f, err = open("titles"); err == nil {
		p.tit = parquet.NewGenericWriter[Title](f)
	}
	if f, err = open("documents"); err == nil {
		p.doc = parquet.NewGenericWriter[Document](f)
	}
	if f, err = open("provinces"); err == nil {
		p.prov = parquet.NewGenericWriter[Province](f)
	}
	if f, err = open("meetings"); err == nil {
		p.meet = parquet.NewGenericWriter[Meeting](f)
	}
	if f, err = open("tasks"); err == nil {
		p.task = parquet.NewGenericWriter[Task](f)
	}
	if err != nil {
		for _, f := range p.files {
			f.Close()
		}
		return nil, err
	}
	return p, nil
}

func (p *parquetWriter) Write(rec *schema.Record) error {
	p.id++
	r := rowsOf(p.id, rec, &p.n)
	if _, err := p.art.Write([]Article{r.Article}); err != nil {
		return err
	}
	for _, e := range []error{write(p.off, r.Officials), write(p.tit, r.Titles), write(p.doc, r.Documents),
		write(p.prov, r.Provinces), write(p.meet, r.Meetings), write(p.task, r.Tasks)} {
		if e != nil {
			return e
		}
	}
	return nil
}

func write[T any](w *parquet.GenericWriter[T], rows []T) error {
	if len(rows) == 0 {
		return nil
	}
	_, err := w.Write(rows)
	return err
}

func (p *parquetWriter) Close() error {
	var first error
	for _, c := range []interface{ Close() error }{p.art, p.off, p.tit, p.doc, p.prov, p.meet, p.task} {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	for _, f := range p.files {
		if err := f.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
