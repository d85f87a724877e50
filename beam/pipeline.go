// Package vnpolbeam runs vnpol's extractor on Apache Beam: it reads article
// text files and JSONL files from a glob, runs the same extract.Extractor
// as the vnpol command on every article, and writes the records as JSONL
// shards. It lives in its own module so that importing vnpol does not pull
// in Beam's dependencies.
//
// The pipeline is MatchFiles → ReadMatches → read (one element per
// article) → Reshuffle → extract → key by shard → GroupByKey → write one
// file per shard. Any Beam runner runs it: prism (in-process, the default),
// direct, Flink, Spark or Dataflow (see README.md).
package vnpolbeam

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path"
	"reflect"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"   // gs:// paths
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vnpol/vnpol/extract"
	"github.com/vnpol/vnpol/input"
	"github.com/vnpol/vnpol/schema"
)

// Config is what the pipeline reads, writes and how it extracts.
type Config struct {
	// Input is a file glob understood by Beam's filesystems (local paths,
	// gs://...). Files ending in .jsonl or .jsonl.gz hold one article a
	// line ({"id": ..., "text": ...}); every other file is one article.
	Input string
	// Output is the prefix of the shards: <Output>-SSSSS-of-NNNNN.jsonl.
	Output string
	// Shards is the number of output files (at least 1).
	Shards int
	// WithText puts the normalized text in each record.
	WithText bool
	// MaxBytes is the size limit of one article (0: vnpol's default).
	MaxBytes int
	// RefDate (YYYY-MM-DD) is the date used when an article states none.
	RefDate string
}

// Doc is one article, as the vnpol command reads it (input.Item): its
// path (file, or file#record in a container), bytes and format hints, or
// the reason it could not be read.
type Doc struct {
	Path        string
	Data        []byte
	Size        int64
	Format      string
	ContentType string
	Container   string
	Meta        map[string]string
	ErrKind     string
	ErrMessage  string
}

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Doc), error](&readFn{})
	register.Emitter1[Doc]()
	register.DoFn2x1[Doc, func(int, string), error](&extractFn{})
	register.Emitter2[int, string]()
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&writeFn{})
	register.Iter1[string]()
	register.Emitter1[string]()
	beam.RegisterType(reflect.TypeOf((*Doc)(nil)).Elem())
}

// Build adds the pipeline to scope s and returns the names of the shards
// it writes.
func Build(s beam.Scope, c Config) beam.PCollection {
	if c.Shards < 1 {
		c.Shards = 1
	}
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, c.Input), fileio.ReadDirectorySkip())
	docs := beam.ParDo(s, &readFn{MaxBytes: c.MaxBytes}, files)
	docs = beam.Reshuffle(s, docs)
	lines := beam.ParDo(s, &extractFn{WithText: c.WithText, MaxBytes: c.MaxBytes, RefDate: c.RefDate, Shards: c.Shards}, docs)
	written := beam.ParDo(s, &writeFn{Output: c.Output, Shards: c.Shards}, beam.GroupByKey(s, lines))
	return written
}

// readFn turns a matched file into articles with vnpol's own input
// reader (package input, as the command: text and HTML files, JSONL a line
// an article, WARC a record an article). A file on a remote filesystem is
// copied to a local temporary file first.
type readFn struct {
	MaxBytes int
}

func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Doc)) error {
	p := f.Metadata.Path
	local := p
	if strings.Contains(p, "://") {
		tmp, err := copyLocal(ctx, f)
		if err != nil {
			return fmt.Errorf("vnpolbeam: read %s: %w", p, err)
		}
		defer os.Remove(tmp)
		local = tmp
	}
	max := int64(fn.MaxBytes)
	if max == 0 {
		max = extract.DefaultMaxBytes
	}
	input.Walk(ctx, []string{local}, input.Options{MaxBytes: max}, func(it input.Item) bool {
		data, bad := it.Load(max)
		d := Doc{Path: p + strings.TrimPrefix(it.Path, local), Data: data, Size: it.Size, Format: it.Format,
			ContentType: it.ContentType, Container: it.Container, Meta: it.Meta}
		if bad != nil {
			d.Data, d.ErrKind, d.ErrMessage = nil, bad.Kind, bad.Message
		}
		emit(d)
		return ctx.Err() == nil
	})
	return ctx.Err()
}

// copyLocal copies a remote file to a local temporary file, keeping its
// name's ending so that the input reader knows its kind.
func copyLocal(ctx context.Context, f fileio.ReadableFile) (string, error) {
	fs, err := filesystem.New(ctx, f.Metadata.Path)
	if err != nil {
		return "", err
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, f.Metadata.Path)
	if err != nil {
		return "", err
	}
	defer r.Close()
	out, err := os.CreateTemp("", "vnpolbeam-*-"+path.Base(f.Metadata.Path))
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(out, r); err != nil {
		out.Close()
		os.Remove(out.Name())
		return "", err
	}
	return out.Name(), out.Close()
}

// extractFn runs vnpol's extractor and emits (shard, JSON line).
type extractFn struct {
	WithText bool
	MaxBytes int
	RefDate  string
	Shards   int

	once sync.Once
	ex   *extract.Extractor
	err  error
}

// Options are the extractor options of a Config.
func Options(withText bool, maxBytes int, refDate string) ([]extract.Option, error) {
	opts := []extract.Option{extract.WithText(withText)}
	if maxBytes > 0 {
		opts = append(opts, extract.WithMaxBytes(maxBytes))
	}
	if refDate != "" {
		t, err := time.Parse("2006-01-02", refDate)
		if err != nil {
			return nil, fmt.Errorf("vnpolbeam: reference date %q: %w", refDate, err)
		}
		opts = append(opts, extract.WithReferenceDate(t))
	}
	return opts, nil
}

func (fn *extractFn) Setup() error {
	fn.once.Do(func() {
		opts, err := Options(fn.WithText, fn.MaxBytes, fn.RefDate)
		if err != nil {
			fn.err = err
			return
		}
		fn.ex, fn.err = extract.New(opts...)
		// load the recognizers' data now, on all CPUs, not in the
		// worker's first bundle
		extract.Warm()
	})
	return fn.err
}

func (fn *extractFn) ProcessElement(d Doc, emit func(int, string)) error {
	line, err := Record(fn.ex, d)
	if err != nil {
		return err
	}
	emit(Shard(d.Path, fn.Shards), line)
	return nil
}

// Record extracts one article and returns its record as one JSON line
// (without the newline), as the vnpol command writes it: an article that
// could not be read gives a record with its error set.
func Record(ex *extract.Extractor, d Doc) (line string, err error) {
	var rec *schema.Record
	defer func() {
		if p := recover(); p != nil {
			rec = errorRecord(d.Path, len(d.Data), "internal", fmt.Sprint("panic: ", p))
			line, err = marshal(rec)
		}
	}()
	if d.ErrKind != "" {
		rec = errorRecord(d.Path, int(d.Size), d.ErrKind, d.ErrMessage)
		rec.Source.Format, rec.Source.Meta = d.Container, d.Meta
		return marshal(rec)
	}
	rec, xerr := ex.ExtractInput(context.Background(), extract.Input{Path: d.Path, Data: d.Data, Format: d.Format,
		ContentType: d.ContentType, Container: d.Container, Meta: d.Meta})
	if rec == nil {
		rec = errorRecord(d.Path, len(d.Data), "internal", "no record")
	}
	if xerr != nil && rec.Error == nil {
		rec.Error = &schema.Error{Kind: "internal", Message: xerr.Error()}
	}
	return marshal(rec)
}

func marshal(rec *schema.Record) (string, error) {
	b, err := json.Marshal(rec)
	if err != nil {
		return "", fmt.Errorf("vnpolbeam: %s: %w", rec.Source.Path, err)
	}
	return string(b), nil
}

// errorRecord is the record of an input that could not be read: every
// list empty (not null), as in every record.
func errorRecord(path string, n int, kind, msg string) *schema.Record {
	rec := &schema.Record{SchemaVersion: schema.SchemaVersion, Source: schema.Source{Path: path, Bytes: n},
		Error: &schema.Error{Kind: kind, Message: msg}}
	rec.Meetings, rec.Officials, rec.Organizations = []schema.Meeting{}, []schema.Official{}, []schema.Organization{}
	rec.Documents, rec.Provinces, rec.Tasks, rec.Results = []schema.Document{}, []schema.Province{}, []schema.TaskList{}, []schema.TaskList{}
	rec.Warnings = []string{}
	return rec
}

// Shard is the output shard of an article id.
func Shard(id string, shards int) int {
	if shards <= 1 {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(shards))
}

// ShardName is the file name of shard i of n.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// writeFn writes one shard: its records in the order of their lines
// (records start with the same fields, so this is by source path), so the
// output does not depend on the runner's scheduling.
type writeFn struct {
	Output string
	Shards int
}

func (fn *writeFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool, emit func(string)) error {
	var all []string
	var l string
	for lines(&l) {
		all = append(all, l)
	}
	sort.Strings(all)
	name := ShardName(fn.Output, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	for _, l := range all {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	emit(name)
	return nil
}
