package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/vnpol/vnpol/extract"
	"github.com/vnpol/vnpol/schema"
)

// onlyFields are the record lists --only can keep.
var onlyFields = []string{"article", "documents", "officials", "organizations", "provinces", "meetings", "tasks", "results"}

// commonFlags are the flags of the commands that extract.
type commonFlags struct {
	out     string
	workers int
	quiet   bool
}

func (c *commonFlags) register(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
	BoolVar(*bool, string, bool, string)
}) {
	fs.StringVar(&c.out, "o", "", "write to `FILE` instead of standard output")
	fs.IntVar(&c.workers, "workers", runtime.NumCPU(), "number of inputs extracted at once (output order is input order whatever `N` is)")
	fs.BoolVar(&c.quiet, "q", false, "no summary line on standard error")
}

// openOut opens the output: FILE, or stdout when FILE is empty or "-".
func openOut(name string, stdout io.Writer) (*bufio.Writer, func() error, error) {
	if name == "" || name == "-" {
		w := bufio.NewWriterSize(stdout, 64<<10)
		return w, w.Flush, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, err
	}
	w := bufio.NewWriterSize(f, 64<<10)
	return w, func() error {
		if err := w.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}, nil
}

// stats counts a run for the summary line.
type stats struct {
	start                   time.Time
	inputs, records, errors int
	bytes                   int64
}

func (s *stats) add(r result) {
	s.records++
	s.bytes += int64(r.rec.Source.Bytes)
	if r.err != nil {
		s.errors++
	}
}

func (s *stats) summary(w io.Writer, cmd string) {
	el := time.Since(s.start).Seconds()
	mb := float64(s.bytes) / 1e6
	rate := 0.0
	if el > 0 {
		rate = mb / el
	}
	fmt.Fprintf(w, "vnpol %s: %d inputs, %d records, %d errors, %.2f MB in %.2fs (%.2f MB/s)\n",
		cmd, s.inputs, s.records, s.errors, mb, el, rate)
}

func cmdExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("extract", "[flags] PATH...",
		"Extract one record per input. PATH is a file, a folder (walked for *.txt in\n"+
			"lexical order) or - for standard input. One input gives pretty JSON, several\n"+
			"give JSONL (one record a line), in input order. Each record names its input\n"+
			"in source.path; an input that cannot be read or decoded gives a record with\n"+
			"error {kind, message} and the run goes on (exit status 1).")
	format := fs.String("format", "", "output `format`: json (pretty; an array for several inputs) or jsonl; default json for one input, jsonl for several")
	withText := fs.Bool("with-text", false, "put the normalized text (the text spans point into) in each record")
	only := fs.String("only", "", "keep only this `list` besides source and error: "+strings.Join(onlyFields, ", "))
	var cf commonFlags
	cf.register(fs)
	paths, st := parse(fs, args, stdout, stderr)
	if st >= 0 {
		return st
	}
	if len(paths) == 0 {
		return usageError(stderr, "extract", "no input (give a file, a folder or -)")
	}
	if *format != "" && *format != "json" && *format != "jsonl" {
		return usageError(stderr, "extract", "unknown format %q (json or jsonl)", *format)
	}
	if *only != "" && !slices.Contains(onlyFields, *only) {
		return usageError(stderr, "extract", "unknown list %q for --only (%s)", *only, strings.Join(onlyFields, ", "))
	}
	if cf.workers < 1 {
		return usageError(stderr, "extract", "--workers must be at least 1")
	}
	inputs := expand(paths)
	if len(inputs) == 0 {
		return usageError(stderr, "extract", "no *.txt file in %s", strings.Join(paths, " "))
	}
	if *format == "" {
		*format = "jsonl"
		if len(inputs) == 1 {
			*format = "json"
		}
	}
	ex, err := extract.New(extract.WithText(*withText))
	if err != nil {
		return usageError(stderr, "extract", "%v", err)
	}
	w, closeOut, err := openOut(cf.out, stdout)
	if err != nil {
		fmt.Fprintln(stderr, "vnpol extract:", err)
		return exitUsage
	}
	s := stats{start: time.Now(), inputs: len(inputs)}
	pretty := *format == "json"
	array := pretty && len(inputs) > 1
	if array {
		w.WriteString("[\n")
	}
	err = pipeline(ex, newReader(stdin), inputs, cf.workers, func(in input, r result) error {
		s.add(r)
		if r.err != nil && !cf.quiet {
			fmt.Fprintf(stderr, "vnpol extract: %s: %v\n", in.path, r.err)
		}
		b, err := encodeRecord(r.rec, *only, pretty)
		if err != nil {
			return err
		}
		if array {
			if s.records > 1 {
				w.WriteString(",\n")
			}
			b = indentBlock(b)
		}
		w.Write(b)
		if !array {
			w.WriteByte('\n')
		}
		return nil
	})
	if array && err == nil {
		w.WriteString("\n]\n")
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if !cf.quiet {
		s.summary(stderr, "extract")
	}
	if err != nil {
		fmt.Fprintln(stderr, "vnpol extract:", err)
		return exitInput
	}
	if s.errors > 0 {
		return exitInput
	}
	return exitOK
}

// indentBlock indents a pretty JSON value by two spaces, for an array item.
func indentBlock(b []byte) []byte {
	return []byte("  " + strings.ReplaceAll(string(b), "\n", "\n  "))
}

// encodeRecord encodes a record, or with only its source, error and one list.
func encodeRecord(rec *schema.Record, only string, pretty bool) ([]byte, error) {
	if only == "" {
		return marshal(rec, pretty)
	}
	var v any
	switch only {
	case "article":
		v = rec.Article
	case "documents":
		v = rec.Documents
	case "officials":
		v = rec.Officials
	case "organizations":
		v = rec.Organizations
	case "provinces":
		v = rec.Provinces
	case "meetings":
		v = rec.Meetings
	case "tasks":
		v = rec.Tasks
	case "results":
		v = rec.Results
	}
	head, err := marshal(struct {
		SchemaVersion string        `json:"schema_version"`
		Source        schema.Source `json:"source"`
		Error         *schema.Error `json:"error,omitempty"`
	}{rec.SchemaVersion, rec.Source, rec.Error}, false)
	if err != nil {
		return nil, err
	}
	body, err := marshal(v, false)
	if err != nil {
		return nil, err
	}
	b := append(head[:len(head)-1], fmt.Sprintf(",%q:", only)...)
	b = append(append(b, body...), '}')
	if pretty {
		var out bytes.Buffer
		if err := json.Indent(&out, b, "", "  "); err != nil {
			return nil, err
		}
		return out.Bytes(), nil
	}
	return b, nil
}
