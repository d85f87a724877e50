package output

import (
	"database/sql"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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
// of NAME.csv or NAME.parquet files, or a database file.
func New(format, path string) (Writer, error) {
	if path == "" || path == "-" {
		return nil, fmt.Errorf("--format %s needs -o (a %s)", format, map[bool]string{true: "database file", false: "folder"}[format == "sqlite"])
	}
	switch format {
	case "csv":
		return newCSV(path)
	case "sqlite":
		return newSQLite(path)
	case "parquet":
		return newParquet(path)
	}
	return nil, fmt.Errorf("unknown table format %q", format)
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
	"CREATE INDEX articles_path ON articles(path)",
	"CREATE INDEX officials_article ON officials(article_id)",
	"CREATE INDEX officials_name ON officials(name)",
	"CREATE INDEX titles_article ON titles(article_id)",
	"CREATE INDEX titles_official ON titles(official_id)",
	"CREATE INDEX documents_article ON documents(article_id)",
	"CREATE INDEX documents_symbol ON documents(symbol)",
	"CREATE INDEX provinces_article ON provinces(article_id)",
	"CREATE INDEX provinces_code ON provinces(code)",
	"CREATE INDEX meetings_article ON meetings(article_id)",
	"CREATE INDEX tasks_article ON tasks(article_id)",
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

// csvWriter writes NAME.csv files in a folder.
type csvWriter struct {
	n     ids
	id    int64
	files map[string]*os.File
	w     map[string]*csv.Writer
}

func newCSV(dir string) (*csvWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	c := &csvWriter{files: map[string]*os.File{}, w: map[string]*csv.Writer{}}
	for _, t := range Tables {
		f, err := os.Create(filepath.Join(dir, t+".csv"))
		if err != nil {
			c.Close()
			return nil, err
		}
		c.files[t] = f
		c.w[t] = csv.NewWriter(f)
		if err := c.w[t].Write(Columns(t)); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (c *csvWriter) Write(rec *schema.Record) error {
	c.id++
	r := rowsOf(c.id, rec, &c.n)
	return each(&r, func(table string, rows any) error {
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
}

func (c *csvWriter) Close() error {
	var first error
	for _, t := range Tables {
		if w := c.w[t]; w != nil {
			w.Flush()
			if err := w.Error(); err != nil && first == nil {
				first = err
			}
		}
		if f := c.files[t]; f != nil {
			if err := f.Close(); err != nil && first == nil {
				first = err
			}
		}
	}
	return first
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

func newSQLite(path string) (*sqliteWriter, error) {
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	s := &sqliteWriter{db: db}
	for _, q := range []string{"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"} {
		if _, err := db.Exec(q); err != nil {
			db.Close()
			return nil, err
		}
	}
	for _, t := range Tables {
		if _, err := db.Exec(DDL(t)); err != nil {
			db.Close()
			return nil, fmt.Errorf("%s: %w", t, err)
		}
	}
	return s, s.begin()
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
