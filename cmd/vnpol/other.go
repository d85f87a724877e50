package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"time"

	"github.com/vnpol/vnpol/eval"
	"github.com/vnpol/vnpol/extract"
	"github.com/vnpol/vnpol/input"
	"github.com/vnpol/vnpol/schema"
)

// citation is one mention of a cited document, as "vnpol cite" prints it.
type citation struct {
	Path   string      `json:"path"`
	Text   string      `json:"text"`
	Type   string      `json:"type"`
	Number string      `json:"number,omitempty"`
	Symbol string      `json:"symbol,omitempty"`
	Issuer string      `json:"issuer,omitempty"`
	Span   schema.Span `json:"span"`
}

func cmdCite(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("cite", "[flags] PATH...",
		"Print the document citations of the inputs as JSONL, one line per mention:\n"+
			"path, text (as written at the mention), type, number, symbol, issuer, span.\n"+
			"Inputs as for 'vnpol extract'.")
	var cf commonFlags
	cf.register(fs)
	paths, st := parse(fs, args, stdout, stderr)
	if st >= 0 {
		return st
	}
	if len(paths) == 0 {
		return usageError(stderr, "cite", "no input (give a file, a folder or -)")
	}
	if cf.workers < 1 {
		return usageError(stderr, "cite", "--workers must be at least 1")
	}
	ex, err := extract.New(extract.WithText(true))
	if err != nil {
		return usageError(stderr, "cite", "%v", err)
	}
	w, closeOut, err := openOut(cf.out, stdout, false)
	if err != nil {
		fmt.Fprintln(stderr, "vnpol cite:", err)
		return exitUsage
	}
	s := stats{start: time.Now()}
	mentions := 0
	err = pipeline(context.Background(), ex, walkSource(paths, input.Options{Stdin: stdin, MaxBytes: int64(ex.MaxBytes())}), nil, cf.workers, nil, func(in input.Item, r result) error {
		s.inputs++
		s.add(r)
		if r.err != nil {
			if !cf.quiet {
				fmt.Fprintf(stderr, "vnpol cite: %s: %v\n", in.Path, r.err)
			}
			return nil
		}
		for _, c := range citations(r.rec) {
			b, err := marshal(c, false)
			if err != nil {
				return err
			}
			w.Write(b)
			w.WriteByte('\n')
			mentions++
		}
		return nil
	})
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if !cf.quiet {
		s.summary(stderr, "cite")
		fmt.Fprintf(stderr, "vnpol cite: %d mentions\n", mentions)
	}
	if err != nil {
		fmt.Fprintln(stderr, "vnpol cite:", err)
		return exitInput
	}
	if s.errors > 0 {
		return exitInput
	}
	return exitOK
}

// citations lists a record's document mentions in text order.
func citations(rec *schema.Record) []citation {
	var out []citation
	for _, d := range rec.Documents {
		for _, m := range d.Mentions {
			text := d.Text
			if m.Start >= 0 && m.Start <= m.End && m.End <= len(rec.Text) {
				text = rec.Text[m.Start:m.End]
			}
			out = append(out, citation{Path: rec.Source.Path, Text: text, Type: d.Type, Number: d.Number,
				Symbol: d.Symbol, Issuer: d.Issuer, Span: m})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

func cmdSchema(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("schema", "", "Print the JSON Schema (draft 2020-12) of the records 'vnpol extract' writes.")
	rest, st := parse(fs, args, stdout, stderr)
	if st >= 0 {
		return st
	}
	if len(rest) > 0 {
		return usageError(stderr, "schema", "no argument expected")
	}
	if _, err := stdout.Write(schema.JSONSchema()); err != nil {
		fmt.Fprintln(stderr, "vnpol schema:", err)
		return exitInput
	}
	return exitOK
}

func cmdVersion(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("version", "", "Print the module version, the record schema version and the Go version.")
	rest, st := parse(fs, args, stdout, stderr)
	if st >= 0 {
		return st
	}
	if len(rest) > 0 {
		return usageError(stderr, "version", "no argument expected")
	}
	fmt.Fprintf(stdout, "vnpol %s (schema %s, %s)\n", moduleVersion(), schema.SchemaVersion, runtime.Version())
	return exitOK
}

// moduleVersion is the main module's version from the build info, with the
// VCS revision when the build recorded one.
func moduleVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if rev != "" && v == "(devel)" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		v += " " + rev + modified
	}
	return v
}

func cmdEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("eval", "--gold DIR [--gold DIR] [--texts DIR] [-v] [--json] (PATH... | --pred FILE)",
		"Score extraction against hand-made answer keys (NAME.gold.json in the --gold\n"+
			"folders), as shared/eval/score does, and print its table. The records come\n"+
			"from extracting PATH (files or folders) or from a JSONL file of records\n"+
			"(--pred FILE, - for standard input). Article texts, needed to score task\n"+
			"lists, are looked for beside the keys and in the --texts folders.")
	var gold, texts listFlag
	fs.Var(&gold, "gold", "folder of answer keys `DIR` (repeatable)")
	fs.Var(&texts, "texts", "folder of article texts `DIR` (repeatable)")
	verbose := fs.Bool("v", false, "list the differences article by article before the table")
	asJSON := fs.Bool("json", false, "print the figures as JSON instead of the table")
	pred := fs.String("pred", "", "read records from the JSONL `FILE` instead of extracting")
	workers := fs.Int("workers", runtime.NumCPU(), "number of inputs extracted at once")
	paths, st := parse(fs, args, stdout, stderr)
	if st >= 0 {
		return st
	}
	if len(gold) == 0 {
		return usageError(stderr, "eval", "no --gold folder")
	}
	if (*pred == "") == (len(paths) == 0) {
		return usageError(stderr, "eval", "give either PATH... to extract or --pred FILE")
	}
	if *workers < 1 {
		return usageError(stderr, "eval", "--workers must be at least 1")
	}
	var rep *eval.Report
	var err error
	if *pred != "" {
		var r io.Reader = stdin
		if *pred != "-" {
			f, ferr := os.Open(*pred)
			if ferr != nil {
				fmt.Fprintln(stderr, "vnpol eval:", ferr)
				return exitUsage
			}
			defer f.Close()
			r = f
		}
		rep, err = eval.ScoreJSONL(gold, r, texts)
	} else {
		ex, xerr := extract.New()
		if xerr != nil {
			return usageError(stderr, "eval", "%v", xerr)
		}
		var recs []*schema.Record
		failed := 0
		_ = pipeline(context.Background(), ex, walkSource(paths, input.Options{Stdin: stdin, MaxBytes: int64(ex.MaxBytes())}), nil, *workers, nil, func(in input.Item, r result) error {
			if r.err != nil {
				failed++
				fmt.Fprintf(stderr, "vnpol eval: %s: %v\n", in.Path, r.err)
			}
			recs = append(recs, r.rec)
			return nil
		})
		if failed > 0 {
			fmt.Fprintf(stderr, "vnpol eval: %d of %d inputs failed\n", failed, len(recs))
		}
		rep, err = eval.ScoreRecords(gold, recs, texts)
	}
	if err != nil {
		fmt.Fprintln(stderr, "vnpol eval:", err)
		return exitUsage
	}
	if *asJSON {
		err = rep.WriteJSON(stdout)
	} else {
		err = rep.WriteTable(stdout, *verbose)
	}
	if err != nil {
		fmt.Fprintln(stderr, "vnpol eval:", err)
		return exitInput
	}
	return exitOK
}
