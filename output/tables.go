// Package output writes records as tables: CSV files, a SQLite database or
// Parquet files, one table per kind (articles, officials, titles,
// documents, provinces, meetings, tasks) joined by article_id, the
// article's position in the run (1, 2, ...). It also reads a JSONL output
// back for --resume.
package output

import (
	"encoding/json"

	"github.com/vnpol/vnpol/schema"
)

// Article is a row of the articles table: one per input.
type Article struct {
	ID           int64  `parquet:"id" sql:"id INTEGER PRIMARY KEY"`
	Path         string `parquet:"path" sql:"path TEXT NOT NULL"`
	SHA256       string `parquet:"sha256" sql:"sha256 TEXT"`
	Bytes        int64  `parquet:"bytes" sql:"bytes INTEGER"`
	Encoding     string `parquet:"encoding" sql:"encoding TEXT"`
	Format       string `parquet:"format" sql:"format TEXT"`
	Title        string `parquet:"title" sql:"title TEXT"`
	Category     string `parquet:"category" sql:"category TEXT"`
	Published    string `parquet:"published" sql:"published TEXT"`
	Year         int64  `parquet:"year" sql:"year INTEGER"`
	Byline       string `parquet:"byline" sql:"byline TEXT"`
	ErrorKind    string `parquet:"error_kind" sql:"error_kind TEXT"`
	ErrorMessage string `parquet:"error_message" sql:"error_message TEXT"`
	Meta         string `parquet:"meta" sql:"meta TEXT"`
	Warnings     string `parquet:"warnings" sql:"warnings TEXT"`
	// Text is the normalized text the spans (start, end: byte offsets) of
	// every table point into, with --with-text; empty otherwise.
	Text string `parquet:"text" sql:"text TEXT"`
}

// Official is a row of the officials table: one per person per article.
type Official struct {
	ID        int64  `parquet:"id" sql:"id INTEGER PRIMARY KEY"`
	ArticleID int64  `parquet:"article_id" sql:"article_id INTEGER NOT NULL REFERENCES articles(id)"`
	Name      string `parquet:"name" sql:"name TEXT NOT NULL"`
	Mentions  int64  `parquet:"mentions" sql:"mentions INTEGER"`
	Start     int64  `parquet:"start" sql:"start INTEGER"`
	End       int64  `parquet:"end" sql:"end INTEGER"`
}

// Title is a row of the titles table: one per position of an official.
type Title struct {
	ID           int64  `parquet:"id" sql:"id INTEGER PRIMARY KEY"`
	ArticleID    int64  `parquet:"article_id" sql:"article_id INTEGER NOT NULL REFERENCES articles(id)"`
	OfficialID   int64  `parquet:"official_id" sql:"official_id INTEGER NOT NULL REFERENCES officials(id)"`
	Text         string `parquet:"text" sql:"text TEXT"`
	Role         string `parquet:"role" sql:"role TEXT"`
	Organization string `parquet:"organization" sql:"organization TEXT"`
	Former       bool   `parquet:"former" sql:"former INTEGER"`
	Start        int64  `parquet:"start" sql:"start INTEGER"`
	End          int64  `parquet:"end" sql:"end INTEGER"`
}

// Document is a row of the documents table: one per cited document per article.
type Document struct {
	ID           int64  `parquet:"id" sql:"id INTEGER PRIMARY KEY"`
	ArticleID    int64  `parquet:"article_id" sql:"article_id INTEGER NOT NULL REFERENCES articles(id)"`
	Text         string `parquet:"text" sql:"text TEXT"`
	Type         string `parquet:"type" sql:"type TEXT"`
	TypeCode     string `parquet:"type_code" sql:"type_code TEXT"`
	Number       string `parquet:"number" sql:"number TEXT"`
	Symbol       string `parquet:"symbol" sql:"symbol TEXT"`
	Issuer       string `parquet:"issuer" sql:"issuer TEXT"`
	IssuerCode   string `parquet:"issuer_code" sql:"issuer_code TEXT"`
	Date         string `parquet:"date" sql:"date TEXT"`
	Year         int64  `parquet:"year" sql:"year INTEGER"`
	Term         string `parquet:"term" sql:"term TEXT"`
	TermInferred bool   `parquet:"term_inferred" sql:"term_inferred INTEGER"`
	Plenum       int64  `parquet:"plenum" sql:"plenum INTEGER"`
	Mentions     int64  `parquet:"mentions" sql:"mentions INTEGER"`
	Start        int64  `parquet:"start" sql:"start INTEGER"`
	End          int64  `parquet:"end" sql:"end INTEGER"`
}

// Province is a row of the provinces table.
type Province struct {
	ID            int64  `parquet:"id" sql:"id INTEGER PRIMARY KEY"`
	ArticleID     int64  `parquet:"article_id" sql:"article_id INTEGER NOT NULL REFERENCES articles(id)"`
	Name          string `parquet:"name" sql:"name TEXT"`
	Code          string `parquet:"code" sql:"code TEXT"`
	Scheme        string `parquet:"scheme" sql:"scheme TEXT"`
	Successor     string `parquet:"successor" sql:"successor TEXT"`
	SuccessorCode string `parquet:"successor_code" sql:"successor_code TEXT"`
	Mentions      int64  `parquet:"mentions" sql:"mentions INTEGER"`
	Start         int64  `parquet:"start" sql:"start INTEGER"`
	End           int64  `parquet:"end" sql:"end INTEGER"`
}

// Meeting is a row of the meetings table.
type Meeting struct {
	ID           int64  `parquet:"id" sql:"id INTEGER PRIMARY KEY"`
	ArticleID    int64  `parquet:"article_id" sql:"article_id INTEGER NOT NULL REFERENCES articles(id)"`
	Kind         string `parquet:"kind" sql:"kind TEXT"`
	Name         string `parquet:"name" sql:"name TEXT"`
	Date         string `parquet:"date" sql:"date TEXT"`
	Location     string `parquet:"location" sql:"location TEXT"`
	Province     string `parquet:"province" sql:"province TEXT"`
	Organizer    string `parquet:"organizer" sql:"organizer TEXT"`
	PeriodStart  string `parquet:"period_start" sql:"period_start TEXT"`
	PeriodEnd    string `parquet:"period_end" sql:"period_end TEXT"`
	Participants string `parquet:"participants" sql:"participants TEXT"`
	Start        int64  `parquet:"start" sql:"start INTEGER"`
	End          int64  `parquet:"end" sql:"end INTEGER"`
}

// Task is a row of the tasks table: one per task or result item.
type Task struct {
	ID          int64  `parquet:"id" sql:"id INTEGER PRIMARY KEY"`
	ArticleID   int64  `parquet:"article_id" sql:"article_id INTEGER NOT NULL REFERENCES articles(id)"`
	Kind        string `parquet:"kind" sql:"kind TEXT"` // task or result
	List        int64  `parquet:"list" sql:"list INTEGER"`
	PeriodStart string `parquet:"period_start" sql:"period_start TEXT"`
	PeriodEnd   string `parquet:"period_end" sql:"period_end TEXT"`
	Text        string `parquet:"text" sql:"text TEXT"`
	Start       int64  `parquet:"start" sql:"start INTEGER"`
	End         int64  `parquet:"end" sql:"end INTEGER"`
}

// Rows are the rows of one record.
type Rows struct {
	Article   Article
	Officials []Official
	Titles    []Title
	Documents []Document
	Provinces []Province
	Meetings  []Meeting
	Tasks     []Task
}

// ids hands out row ids per table.
type ids struct{ official, title, document, province, meeting, task int64 }

func jsonString(v any) string {
	if v == nil {
		return ""
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func first(m []schema.Span) (int64, int64) {
	if len(m) == 0 {
		return 0, 0
	}
	return int64(m[0].Start), int64(m[0].End)
}

func spanOf(s *schema.Span) (int64, int64) {
	if s == nil {
		return 0, 0
	}
	return int64(s.Start), int64(s.End)
}

// yearOf is the year of an ISO date (2020-07-26...), 0 if none.
func yearOf(d string) int64 {
	if len(d) < 4 {
		return 0
	}
	y := int64(0)
	for i := 0; i < 4; i++ {
		c := d[i]
		if c < '0' || c > '9' {
			return 0
		}
		y = y*10 + int64(c-'0')
	}
	return y
}

// rowsOf flattens a record into rows; id is its article id.
func rowsOf(id int64, rec *schema.Record, n *ids) Rows {
	a := Article{ID: id, Path: rec.Source.Path, SHA256: rec.Source.SHA256, Bytes: int64(rec.Source.Bytes),
		Encoding: rec.Source.Encoding, Format: rec.Source.Format, Title: rec.Article.Title, Category: rec.Article.Category,
		Published: rec.Article.Published, Year: yearOf(rec.Article.Published), Byline: rec.Article.Byline}
	if rec.Error != nil {
		a.ErrorKind, a.ErrorMessage = rec.Error.Kind, rec.Error.Message
	}
	if len(rec.Source.Meta) > 0 {
		a.Meta = jsonString(rec.Source.Meta)
	}
	if len(rec.Warnings) > 0 {
		a.Warnings = jsonString(rec.Warnings)
	}
	a.Text = rec.Text
	r := Rows{Article: a}
	for _, o := range rec.Officials {
		n.official++
		s, e := first(o.Mentions)
		r.Officials = append(r.Officials, Official{ID: n.official, ArticleID: id, Name: o.Name, Mentions: int64(len(o.Mentions)), Start: s, End: e})
		for _, t := range o.Titles {
			n.title++
			r.Titles = append(r.Titles, Title{ID: n.title, ArticleID: id, OfficialID: n.official, Text: t.Text, Role: t.Role,
				Organization: t.Organization, Former: t.Former, Start: int64(t.Span.Start), End: int64(t.Span.End)})
		}
	}
	for _, d := range rec.Documents {
		n.document++
		s, e := first(d.Mentions)
		r.Documents = append(r.Documents, Document{ID: n.document, ArticleID: id, Text: d.Text, Type: d.Type, TypeCode: d.TypeCode,
			Number: d.Number, Symbol: d.Symbol, Issuer: d.Issuer, IssuerCode: d.IssuerCode, Date: d.Date, Year: int64(d.Year),
			Term: d.Term, TermInferred: d.TermInferred, Plenum: int64(d.Plenum), Mentions: int64(len(d.Mentions)), Start: s, End: e})
	}
	for _, p := range rec.Provinces {
		n.province++
		s, e := first(p.Mentions)
		r.Provinces = append(r.Provinces, Province{ID: n.province, ArticleID: id, Name: p.Name, Code: p.Code, Scheme: p.Scheme,
			Successor: p.Successor, SuccessorCode: p.SuccessorCode, Mentions: int64(len(p.Mentions)), Start: s, End: e})
	}
	for _, m := range rec.Meetings {
		n.meeting++
		s, e := spanOf(m.Span)
		row := Meeting{ID: n.meeting, ArticleID: id, Kind: m.Kind, Name: m.Name, Date: m.Date, Start: s, End: e}
		if m.Location != nil {
			row.Location, row.Province = m.Location.Text, m.Location.Province
		}
		if m.Organizer != nil {
			row.Organizer = m.Organizer.Text
		}
		if m.Period != nil {
			row.PeriodStart, row.PeriodEnd = m.Period.Start, m.Period.End
		}
		if len(m.Participants) > 0 {
			row.Participants = jsonString(m.Participants)
		}
		r.Meetings = append(r.Meetings, row)
	}
	add := func(kind string, lists []schema.TaskList) {
		for li, l := range lists {
			var ps, pe string
			if l.Period != nil {
				ps, pe = l.Period.Start, l.Period.End
			}
			for _, it := range l.Items {
				n.task++
				r.Tasks = append(r.Tasks, Task{ID: n.task, ArticleID: id, Kind: kind, List: int64(li + 1), PeriodStart: ps, PeriodEnd: pe,
					Text: it.Text, Start: int64(it.Span.Start), End: int64(it.Span.End)})
			}
		}
	}
	add("task", rec.Tasks)
	add("result", rec.Results)
	return r
}
