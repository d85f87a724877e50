// Package eval scores extraction records against hand-made answer keys
// (NAME.gold.json). It is a faithful port of the project's reference
// scorer, shared/eval/score (Python): same folding, same matching rules,
// same figures and the same table, so that "vnpol eval" and the script
// print the same thing on the same records. The rules are described in
// shared/corpus/GOLD_FORMAT.md.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vnpol/vnpol/schema"
)

// Fields are the scored fields, in table order.
var Fields = []string{"officials", "titles", "documents", "doc_symbols", "provinces", "members",
	"meeting_kind", "meeting_date", "meeting_location", "tasks", "article"}

// Tally counts true positives, false positives and false negatives.
type Tally struct{ TP, FP, FN int }

func (t *Tally) add(tp, fp, fn int) { t.TP += tp; t.FP += fp; t.FN += fn }

// PRF is precision, recall and F1, with the script's conventions for
// empty counts (nothing predicted and nothing missed: precision 1).
func (t Tally) PRF() (p, r, f float64) {
	switch {
	case t.TP+t.FP > 0:
		p = float64(t.TP) / float64(t.TP+t.FP)
	case t.FN == 0:
		p = 1
	}
	r = 1
	if t.TP+t.FN > 0 {
		r = float64(t.TP) / float64(t.TP+t.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Field is the score of one field.
type Field struct {
	Name string
	Tally
	P, R, F1 float64
}

// Article is the list of differences found in one article (verbose output).
type Article struct {
	Name    string
	Details []string
}

// Report is the result of scoring.
type Report struct {
	Fields []Field
	// Overall is the mean F1 of the fields with something to count, the
	// article header left out; NFields says how many.
	Overall  float64
	NFields  int
	Articles int
	// Missing lists the gold articles no record was given for.
	Missing []string
	// PerArticle holds every gold article in name order.
	PerArticle []Article
}

// Score scores records given as JSON-like maps (as json.Unmarshal makes
// them) against the keys in goldDirs. Each record names its input in
// source.path (or file, or path); keys are matched by the base name.
// Article texts, needed for task lists, are looked for beside the keys and
// then in textDirs. Maps have no key order, so in verbose details an
// object is shown with sorted keys; ScoreJSONL keeps the written order.
func Score(goldDirs []string, records []map[string]any, textDirs []string) (*Report, error) {
	vals := make([]any, 0, len(records))
	for i, r := range records {
		v, err := reencode(r)
		if err != nil {
			return nil, fmt.Errorf("eval: record %d: %w", i+1, err)
		}
		vals = append(vals, v)
	}
	return score(goldDirs, vals, textDirs)
}

// ScoreRecords scores extraction records against the keys in goldDirs.
func ScoreRecords(goldDirs []string, records []*schema.Record, textDirs []string) (*Report, error) {
	vals := make([]any, 0, len(records))
	for i, r := range records {
		v, err := reencode(r)
		if err != nil {
			return nil, fmt.Errorf("eval: record %d: %w", i+1, err)
		}
		vals = append(vals, v)
	}
	return score(goldDirs, vals, textDirs)
}

// ScoreJSONL scores the records of a JSONL stream (one JSON object a line,
// blank lines skipped) against the keys in goldDirs.
func ScoreJSONL(goldDirs []string, r io.Reader, textDirs []string) (*Report, error) {
	var vals []any
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<30)
	ln := 0
	for sc.Scan() {
		ln++
		line := pyStrip(sc.Text())
		if line == "" {
			continue
		}
		v, err := decodeJSON([]byte(line))
		if err != nil {
			return nil, fmt.Errorf("eval: line %d is not JSON: %w", ln, err)
		}
		vals = append(vals, v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return score(goldDirs, vals, textDirs)
}

func reencode(x any) (any, error) {
	data, err := json.Marshal(x)
	if err != nil {
		return nil, err
	}
	return decodeJSON(data)
}

func score(goldDirs []string, records []any, textDirs []string) (*Report, error) {
	if len(goldDirs) == 0 {
		return nil, fmt.Errorf("eval: no gold folder")
	}
	gold := map[string]*object{}
	for _, d := range goldDirs {
		ents, err := os.ReadDir(d)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		names := make([]string, 0, len(ents))
		for _, e := range ents {
			names = append(names, e.Name())
		}
		sort.Strings(names)
		for _, f := range names {
			if !strings.HasSuffix(f, ".gold.json") {
				continue
			}
			data, err := os.ReadFile(filepath.Join(d, f))
			if err != nil {
				return nil, fmt.Errorf("eval: %w", err)
			}
			v, err := decodeJSON(data)
			if err != nil {
				return nil, fmt.Errorf("eval: %s: %w", filepath.Join(d, f), err)
			}
			g := asObject(v)
			if g == nil {
				return nil, fmt.Errorf("eval: %s: not a JSON object", filepath.Join(d, f))
			}
			name := or(g.get("file"), strings.ReplaceAll(f, ".gold.json", ".txt"))
			gold[basename(pyStr(name))] = g
		}
	}
	preds := map[string]*object{}
	for _, v := range records {
		r := asObject(v)
		if r == nil {
			return nil, fmt.Errorf("eval: a record is not a JSON object")
		}
		src := or(r.get("source"), newObject())
		var path any
		if o := asObject(src); o != nil {
			path = o.get("path")
		} else {
			path = src
		}
		path = or(path, r.get("file"), r.get("path"), "")
		preds[basename(pyStr(path))] = r
	}
	T := map[string]*Tally{}
	for _, f := range Fields {
		T[f] = &Tally{}
	}
	rep := &Report{Articles: len(gold)}
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	sort.Strings(names)
	dirs := append(append([]string{}, goldDirs...), textDirs...)
	for _, name := range names {
		p, ok := preds[name]
		if !ok {
			rep.Missing = append(rep.Missing, name)
			p = newObject()
		}
		var detail []string
		scoreArticle(gold[name], p, T, &detail, findBody(name, dirs))
		rep.PerArticle = append(rep.PerArticle, Article{Name: name, Details: detail})
	}
	sum := 0.0
	for _, f := range Fields {
		t := *T[f]
		p, r, f1 := t.PRF()
		rep.Fields = append(rep.Fields, Field{Name: f, Tally: t, P: p, R: r, F1: f1})
		if f != "article" && t.TP+t.FP+t.FN > 0 {
			sum += f1
			rep.NFields++
		}
	}
	if rep.NFields > 0 {
		rep.Overall = sum / float64(rep.NFields)
	}
	return rep, nil
}

// findBody reads the article text NAME from the first folder holding it.
func findBody(name string, dirs []string) string {
	for _, d := range dirs {
		data, err := os.ReadFile(filepath.Join(d, name))
		if err == nil {
			return readBody(data)
		}
	}
	return ""
}

// WriteTable prints the script's table: with verbose, first the
// differences article by article; last the "overall F1" line.
func (r *Report) WriteTable(w io.Writer, verbose bool) error {
	bw := bufio.NewWriter(w)
	if verbose {
		for _, a := range r.PerArticle {
			if len(a.Details) == 0 {
				continue
			}
			fmt.Fprintln(bw, "== "+a.Name)
			for _, d := range a.Details {
				fmt.Fprintln(bw, "   "+d)
			}
		}
	}
	fmt.Fprintf(bw, "%-17s %5s %5s %5s %6s %6s %6s\n", "field", "tp", "fp", "fn", "P", "R", "F1")
	for _, f := range r.Fields {
		fmt.Fprintf(bw, "%-17s %5d %5d %5d %6.3f %6.3f %6.3f\n", f.Name, f.TP, f.FP, f.FN, f.P, f.R, f.F1)
	}
	if len(r.Missing) > 0 {
		m := r.Missing
		if len(m) > 10 {
			m = m[:10]
		}
		fmt.Fprintf(bw, "no output for %d of %d gold articles: %s\n", len(r.Missing), r.Articles, strings.Join(m, ", "))
	}
	fmt.Fprintf(bw, "overall F1 %.3f (mean over %d fields, %d articles)\n", r.Overall, r.NFields, r.Articles)
	return bw.Flush()
}

// WriteJSON prints the script's --json output (json.dumps with indent 1).
func (r *Report) WriteJSON(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("{\n \"fields\": {")
	for i, f := range r.Fields {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "\n  %s: {\n   \"tp\": %d,\n   \"fp\": %d,\n   \"fn\": %d,\n   \"p\": %s,\n   \"r\": %s,\n   \"f1\": %s\n  }",
			jsonStr(f.Name), f.TP, f.FP, f.FN, round4(f.P), round4(f.R), round4(f.F1))
	}
	fmt.Fprintf(&b, "\n },\n \"overall\": {\n  \"f1\": %s,\n  \"fields\": %d\n },\n \"articles\": %d,\n \"missing\": ", round4(r.Overall), r.NFields, r.Articles)
	if len(r.Missing) == 0 {
		b.WriteString("[]")
	} else {
		b.WriteString("[")
		for i, m := range r.Missing {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n  " + jsonStr(m))
		}
		b.WriteString("\n ]")
	}
	b.WriteString("\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// round4 is repr(round(x, 4)).
func round4(x float64) string {
	var y float64
	fmt.Sscan(fmt.Sprintf("%.4f", x), &y)
	return floatRepr(y)
}

// jsonStr is a string as json.dumps(ensure_ascii=False) writes it.
func jsonStr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
