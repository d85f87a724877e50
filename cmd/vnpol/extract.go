package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/vnpol/vnpol/extract"
	"github.com/vnpol/vnpol/input"
	"github.com/vnpol/vnpol/output"
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
func openOut(name string, stdout io.Writer, appendTo bool) (*bufio.Writer, func() error, error) {
	if name == "" || name == "-" {
		w := bufio.NewWriterSize(stdout, 64<<10)
		return w, w.Flush, nil
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if appendTo {
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := os.OpenFile(name, flags, 0o644)
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
	skipped                 int // already in the output (--resume)
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
	skipped := ""
	if s.skipped > 0 {
		skipped = fmt.Sprintf(" (%d more already in the output)", s.skipped)
	}
	fmt.Fprintf(w, "vnpol %s: %d inputs%s, %d records, %d errors, %.2f MB in %.2fs (%.2f MB/s)\n",
		cmd, s.inputs, skipped, s.records, s.errors, mb, el, rate)
}

func cmdExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("extract", "[flags] PATH...",
		"Extract one record per input. PATH is a file, a folder (walked recursively for\n"+
			"*.txt, *.html, *.htm, *.warc, *.warc.gz and *.jsonl in lexical order; --glob to\n"+
			"choose), a glob, or - for standard input. A WARC archive gives one input per\n"+
			"HTML or text response record with a 2xx status, a JSONL file one per line.\n"+
			"One input gives pretty JSON, several give JSONL (one record a line) in input\n"+
			"order; csv, sqlite and parquet write tables joined by article_id. Each record\n"+
			"names its input in source.path; an input that cannot be read or decoded gives\n"+
			"a record with error {kind, message} and the run goes on (exit status 1).\n"+
			"With --input-format jsonl, - is a streaming filter: JSONL lines in on standard\n"+
			"input, one JSONL record out per line as soon as it is extracted (Spark's pipe,\n"+
			"GNU parallel --pipe).")
	format := fs.String("format", "", "output `format`: json, jsonl, csv (folder), sqlite (database file) or parquet (folder); default json for one file, jsonl otherwise")
	inFormat := fs.String("input-format", "auto", "input `format`: auto, text, html, warc or jsonl")
	textField := fs.String("text-field", "text", "JSONL `field` holding the article text (the other fields go to source.meta)")
	glob := fs.String("glob", "", "take the files of folders whose base name matches `PATTERN` (default: the known extensions)")
	fromList := fs.String("from-list", "", "read input paths from `FILE`, one a line (- for standard input)")
	resume := fs.Bool("resume", false, "with -o (jsonl, csv or sqlite): skip the inputs an earlier run already wrote there, drop what a killed run left torn, and append")
	maxBytes := fs.Int("max-bytes", extract.DefaultMaxBytes, "size limit of one input in `bytes` (0: none)")
	withText := fs.Bool("with-text", false, "put the normalized text (the text spans point into) in each record (tables: in articles.text)")
	only := fs.String("only", "", "keep only this `list` besides source and error (tables: the articles table and this list's): "+strings.Join(onlyFields, ", "))
	progress := fs.Bool("progress", true, "show a progress bar on standard error when it is a terminal")
	var cf commonFlags
	cf.register(fs)
	paths, st := parse(fs, args, stdout, stderr)
	if st >= 0 {
		return st
	}
	if *fromList != "" {
		list, err := input.ReadList(*fromList, stdin)
		if err != nil {
			return usageError(stderr, "extract", "--from-list: %v", err)
		}
		paths = append(paths, list...)
	}
	if len(paths) == 0 {
		return usageError(stderr, "extract", "no input (give a file, a folder or -)")
	}
	tables := slices.Contains(output.Formats, *format)
	if *format != "" && *format != "json" && *format != "jsonl" && !tables {
		return usageError(stderr, "extract", "unknown format %q (json, jsonl, csv, sqlite or parquet)", *format)
	}
	if !slices.Contains(input.Formats, *inFormat) {
		return usageError(stderr, "extract", "unknown input format %q (%s)", *inFormat, strings.Join(input.Formats, ", "))
	}
	if *only != "" && !slices.Contains(onlyFields, *only) {
		return usageError(stderr, "extract", "unknown list %q for --only (%s)", *only, strings.Join(onlyFields, ", "))
	}
	if cf.workers < 1 {
		return usageError(stderr, "extract", "--workers must be at least 1")
	}
	if *maxBytes < 0 {
		return usageError(stderr, "extract", "--max-bytes must not be negative")
	}
	if tables && (cf.out == "" || cf.out == "-") {
		return usageError(stderr, "extract", "--format %s needs -o (a folder, or a database file for sqlite)", *format)
	}
	if *resume && (cf.out == "" || cf.out == "-" || (*format != "" && *format != "jsonl" && !output.Resumable(*format))) {
		return usageError(stderr, "extract", "--resume needs -o and the jsonl, csv or sqlite format (parquet files cannot be appended to)")
	}
	if *format == "" {
		*format = "jsonl"
		if len(paths) == 1 && singleFile(paths[0]) && *inFormat != input.JSONL && *inFormat != input.WARC {
			*format = "json"
		}
	}
	ex, err := extract.New(extract.WithText(*withText), extract.WithMaxBytes(*maxBytes))
	if err != nil {
		return usageError(stderr, "extract", "%v", err)
	}
	// the recognizers' data loads on all CPUs while the outputs open and
	// the first input is read
	go extract.Warm()
	if *inFormat == "auto" {
		*inFormat = ""
	}
	opt := input.Options{Format: *inFormat, Glob: *glob, TextField: *textField, Stdin: stdin, MaxBytes: int64(*maxBytes)}

	var done output.Done
	if *resume && !tables {
		if done, err = output.Resume(cf.out); err != nil {
			fmt.Fprintln(stderr, "vnpol extract: --resume:", err)
			return exitUsage
		}
	}
	var (
		w        *bufio.Writer
		closeOut func() error
		tw       output.Writer
	)
	if tables {
		if *resume {
			tw, done, err = output.Open(*format, cf.out)
		} else {
			tw, err = output.New(*format, cf.out)
		}
		if err == nil {
			closeOut = tw.Close
		} else if *resume {
			err = fmt.Errorf("--resume: %w", err)
		}
	} else {
		w, closeOut, err = openOut(cf.out, stdout, *resume)
	}
	if err != nil {
		fmt.Fprintln(stderr, "vnpol extract:", err)
		return exitUsage
	}
	opt.Skip = ownOutput(cf.out, stdout)
	// Into a pipe or a terminal each JSONL record is flushed as soon as it
	// is written: vnpol works as a streaming filter (Spark's pipe, GNU
	// parallel --pipe), a record leaves as soon as its input line has been
	// extracted. Into a file records go out 64 KB at a time (a write call
	// for each record cost a batch of short articles 2% of its time); a
	// killed run leaves a torn last line at worst, which --resume drops.
	flushEach := !regularOut(cf.out, stdout)
	s := stats{start: time.Now()}
	bar := newProgress(stderr, *progress && !cf.quiet, paths, opt)
	pretty := *format == "json"
	array := false
	var pending []byte // the first pretty record, held until we know whether an array is needed
	var prep func(*result)
	if !tables && !pretty {
		prep = func(r *result) { r.line, r.lineErr = encodeRecord(r.rec, *only, false) }
	}
	err = pipeline(context.Background(), ex, walkSource(paths, opt), done, cf.workers, prep, func(in input.Item, r result) error {
		if r.skip {
			s.skipped++
			return nil
		}
		s.inputs++
		s.add(r)
		bar.add(r.rec.Source.Bytes)
		if r.err != nil && !cf.quiet {
			bar.log(fmt.Sprintf("vnpol extract: %s: %v\n", in.Path, r.err))
		}
		if tables {
			return tw.Write(onlyLists(r.rec, *only))
		}
		b, err := r.line, r.lineErr
		if b == nil && err == nil {
			b, err = encodeRecord(r.rec, *only, pretty)
		}
		if err != nil {
			return err
		}
		if pretty {
			switch s.records {
			case 1:
				pending = b
				return nil
			case 2:
				array = true
				w.WriteString("[\n")
				w.Write(indentBlock(pending))
				pending = nil
			}
			w.WriteString(",\n")
			b = indentBlock(b)
			w.Write(b)
			return nil
		}
		w.Write(b)
		w.WriteByte('\n')
		if flushEach {
			return w.Flush()
		}
		return nil
	})
	bar.wait()
	if pending != nil {
		w.Write(pending)
		w.WriteByte('\n')
	}
	if array && err == nil {
		w.WriteString("\n]\n")
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if s.inputs == 0 && err == nil && done == nil {
		return usageError(stderr, "extract", "no input file in %s%s", strings.Join(paths, " "), globHint(paths))
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

// singleFile reports a path that is one plain input (not a folder, glob,
// archive or JSONL file): its record is printed as pretty JSON by default.
func singleFile(p string) bool {
	if p == "-" {
		return true
	}
	st, err := os.Stat(p)
	if err != nil || st.IsDir() {
		return err != nil && !strings.ContainsAny(p, "*?[")
	}
	l := strings.ToLower(p)
	return !strings.HasSuffix(l, ".warc") && !strings.HasSuffix(l, ".warc.gz") && !strings.HasSuffix(l, ".jsonl")
}

// indentBlock indents a pretty JSON value by two spaces, for an array item.
func indentBlock(b []byte) []byte {
	return []byte("  " + strings.ReplaceAll(string(b), "\n", "\n  "))
}

// onlyLists is rec with only the list named by --only (all when only is
// empty) for the table writers: the article's own row is always written,
// as the other tables join on it.
func onlyLists(rec *schema.Record, only string) *schema.Record {
	if only == "" {
		return rec
	}
	r := &schema.Record{SchemaVersion: rec.SchemaVersion, Source: rec.Source, Error: rec.Error, Article: rec.Article,
		Text: rec.Text, Warnings: rec.Warnings}
	onlyList(rec, r, only)
	return r
}

// onlyList returns the list of rec that --only names, and copies it to dst.
func onlyList(rec, dst *schema.Record, only string) any {
	switch only {
	case "article":
		dst.Article = rec.Article
		return rec.Article
	case "documents":
		dst.Documents = rec.Documents
		return rec.Documents
	case "officials":
		dst.Officials = rec.Officials
		return rec.Officials
	case "organizations":
		dst.Organizations = rec.Organizations
		return rec.Organizations
	case "provinces":
		dst.Provinces = rec.Provinces
		return rec.Provinces
	case "meetings":
		dst.Meetings = rec.Meetings
		return rec.Meetings
	case "tasks":
		dst.Tasks = rec.Tasks
		return rec.Tasks
	case "results":
		dst.Results = rec.Results
		return rec.Results
	}
	return nil
}

// encodeRecord encodes a record, or with only its source, error, text (if
// asked for) and one list.
func encodeRecord(rec *schema.Record, only string, pretty bool) ([]byte, error) {
	if only == "" {
		return marshal(rec, pretty)
	}
	v := onlyList(rec, &schema.Record{}, only)
	head, err := marshal(struct {
		SchemaVersion string        `json:"schema_version"`
		Source        schema.Source `json:"source"`
		Error         *schema.Error `json:"error,omitempty"`
		Text          string        `json:"text,omitempty"` // --with-text: the spans of the list point into it
	}{rec.SchemaVersion, rec.Source, rec.Error, rec.Text}, false)
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

// outputFiles returns the file -o names and standard output, each when
// it is a regular file (else nil).
func outputFiles(out string, stdout io.Writer) (named, std os.FileInfo) {
	if out != "" && out != "-" {
		if st, err := os.Stat(out); err == nil && st.Mode().IsRegular() {
			named = st
		}
	}
	if f, ok := stdout.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			std = st
		}
	}
	return named, std
}

// ownOutput is the run's output file (-o FILE, or standard output when it is
// a regular file), which the input walk must not read back.
func ownOutput(out string, stdout io.Writer) []os.FileInfo {
	var fis []os.FileInfo
	named, std := outputFiles(out, stdout)
	for _, st := range []os.FileInfo{named, std} {
		if st != nil {
			fis = append(fis, st)
		}
	}
	return fis
}

// regularOut reports whether the output (-o FILE, or else standard output)
// is a regular file.
func regularOut(out string, stdout io.Writer) bool {
	named, std := outputFiles(out, stdout)
	if out != "" && out != "-" {
		return named != nil
	}
	return std != nil
}

// globHint names the most frequent file ending in the folders of paths that
// a folder walk does not take (" (it holds *.md files: --glob '*.md' takes
// them)"), or returns "". It reads at most a few thousand entries.
func globHint(paths []string) string {
	count := map[string]int{}
	seen := 0
	for _, p := range paths {
		_ = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil || seen >= 5000 {
				return fs.SkipAll
			}
			seen++
			if !d.IsDir() && !input.Takes(q, "") {
				if ext := strings.ToLower(filepath.Ext(q)); ext != "" {
					count[ext]++
				}
			}
			return nil
		})
	}
	best, n := "", 0
	for ext, c := range count {
		if c > n || c == n && ext < best {
			best, n = ext, c
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (it holds *%s files: --glob '*%s' takes them)", best, best)
}
