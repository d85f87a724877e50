package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/vnpol/vnpol/extract"
	"github.com/vnpol/vnpol/schema"
)

// input is one article to read: a path, or "-" for standard input. err is
// set when the path was found but could not be listed.
type input struct {
	path string
	err  error
}

// expand turns the arguments into inputs: files as given, folders walked
// for *.txt in lexical order, "-" for standard input. A path that does not
// exist or cannot be listed stays an input, and fails in its own record.
func expand(args []string) []input {
	var out []input
	for _, a := range args {
		if a == "-" {
			out = append(out, input{path: a})
			continue
		}
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			out = append(out, input{path: a})
			continue
		}
		var found []input
		_ = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, input{path: p, err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && strings.HasSuffix(p, ".txt") {
				found = append(found, input{path: p})
			}
			return nil
		})
		sort.SliceStable(found, func(i, j int) bool { return found[i].path < found[j].path })
		out = append(out, found...)
	}
	return out
}

// result is the extraction of one input.
type result struct {
	rec *schema.Record
	err error // the input failed (rec.Error says why)
}

// reader reads the inputs; standard input is read once, whoever asks first.
type reader struct {
	stdin func() ([]byte, error)
	max   int64
}

func newReader(stdin io.Reader) *reader {
	return &reader{
		stdin: sync.OnceValues(func() ([]byte, error) {
			if stdin == nil {
				return nil, nil
			}
			return io.ReadAll(stdin)
		}),
		max: extract.DefaultMaxBytes,
	}
}

// read returns the bytes of an input, or a record saying why there are none.
func (r *reader) read(in input) ([]byte, *schema.Record) {
	if in.err != nil {
		return nil, errorRecord(in.path, 0, "unreadable", in.err.Error())
	}
	if in.path == "-" {
		data, err := r.stdin()
		if err != nil {
			return nil, errorRecord(in.path, 0, "unreadable", err.Error())
		}
		return data, nil
	}
	f, err := os.Open(in.path)
	if err != nil {
		return nil, errorRecord(in.path, 0, "unreadable", err.Error())
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, errorRecord(in.path, 0, "unreadable", "is a directory")
		}
		if r.max > 0 && st.Size() > r.max {
			return nil, errorRecord(in.path, int(st.Size()), "too_large", fmt.Sprintf("%d bytes, over the limit of %d", st.Size(), r.max))
		}
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, errorRecord(in.path, 0, "unreadable", err.Error())
	}
	return data, nil
}

func errorRecord(path string, n int, kind, msg string) *schema.Record {
	rec := &schema.Record{SchemaVersion: schema.SchemaVersion, Source: schema.Source{Path: path, Bytes: n},
		Error: &schema.Error{Kind: kind, Message: msg}}
	fillEmpty(rec)
	return rec
}

// extractOne reads and extracts one input; it never panics.
func extractOne(ex *extract.Extractor, rd *reader, in input) (res result) {
	data, bad := rd.read(in)
	if bad != nil {
		return result{rec: bad, err: fmt.Errorf("%s: %s", bad.Error.Kind, bad.Error.Message)}
	}
	defer func() {
		if p := recover(); p != nil {
			rec := errorRecord(in.path, len(data), "internal", fmt.Sprint("panic: ", p))
			res = result{rec: rec, err: fmt.Errorf("internal: panic: %v", p)}
		}
	}()
	rec, err := ex.Extract(context.Background(), data)
	if rec == nil {
		rec = errorRecord(in.path, len(data), "internal", "no record")
		if err == nil {
			err = fmt.Errorf("internal: no record")
		}
	}
	if err != nil && rec.Error == nil {
		rec.Error = &schema.Error{Kind: "internal", Message: err.Error()}
	}
	rec.Source.Path = in.path
	fillEmpty(rec)
	return result{rec: rec, err: err}
}

// fillEmpty makes absent lists encode as [], as the JSON Schema says.
func fillEmpty(r *schema.Record) {
	if r.Meetings == nil {
		r.Meetings = []schema.Meeting{}
	}
	if r.Officials == nil {
		r.Officials = []schema.Official{}
	}
	if r.Organizations == nil {
		r.Organizations = []schema.Organization{}
	}
	if r.Documents == nil {
		r.Documents = []schema.Document{}
	}
	if r.Provinces == nil {
		r.Provinces = []schema.Province{}
	}
	if r.Tasks == nil {
		r.Tasks = []schema.TaskList{}
	}
	if r.Results == nil {
		r.Results = []schema.TaskList{}
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
}

// pipeline extracts the inputs with the given number of workers and calls
// emit with each result in input order. At most 2×workers inputs are in
// flight (read, extracted or waiting for their turn), so memory stays
// bounded whatever the number of inputs. It stops at the first emit error.
func pipeline(ex *extract.Extractor, rd *reader, inputs []input, workers int, emit func(in input, r result) error) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		in  input
		out chan result
	}
	type slot struct {
		in  input
		out chan result
	}
	jobs := make(chan job)
	queue := make(chan slot, 2*workers)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- extractOne(ex, rd, j.in)
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(jobs)
		for _, in := range inputs {
			out := make(chan result, 1)
			select {
			case queue <- slot{in, out}:
			case <-stop:
				return
			}
			select {
			case jobs <- job{in, out}:
			case <-stop:
				return
			}
		}
	}()
	var err error
	for s := range queue {
		if err = emit(s.in, <-s.out); err != nil {
			close(stop)
			break
		}
	}
	wg.Wait()
	return err
}

// marshal encodes v as JSON without HTML escapes, pretty with indent.
func marshal(v any, indent bool) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
