// Package input turns command-line arguments into a stream of inputs:
// files, folders walked recursively, globs, standard input, files of
// paths, and the records inside WARC archives and JSONL files.
//
// Every argument yields at least one Item; one that cannot be read yields
// an Item with Err set, so that a batch writes one line for it.
package input

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httputil"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
	"github.com/nlnwa/gowarc/v3"
)

// Formats that --input-format names.
const (
	Auto  = ""
	Text  = "text"
	HTML  = "html"
	WARC  = "warc"
	JSONL = "jsonl"
)

// Formats lists the values of Options.Format.
var Formats = []string{"auto", Text, HTML, WARC, JSONL}

// Error says why an item has no data.
type Error struct {
	Kind    string // unreadable, undecodable, too_large, empty
	Message string
}

func (e *Error) Error() string { return e.Kind + ": " + e.Message }

// Item is one input.
type Item struct {
	Path string
	// Data is the input's bytes when it came out of a container or
	// standard input; nil means: read the file Path (Load does).
	Data []byte
	// Format is "text" or "html" when known (extension, Content-Type, or
	// --input-format), "" to detect.
	Format      string
	ContentType string
	Container   string // warc, jsonl or ""
	Meta        map[string]string
	Err         *Error
	// Size is the file's size when known, else len(Data). A folder walk
	// does not stat its files: Load sets their Size when it opens them.
	Size int64
	// statted: Size comes from the walker's stat of a regular file (a
	// path given as an argument or in a list), so Load need not stat the
	// file again when it opens it
	statted bool

	// line is a JSONL line not decoded yet, and field the name of its
	// text field: Load decodes it into Data, Meta and Err. Decoding the
	// JSON of a line is a good part of its cost, and Load runs in a batch's
	// workers, where Walk yields one item after another.
	line  []byte
	field string
}

// Options configure Walk.
type Options struct {
	// Format forces the input format: "" (auto), text, html, warc, jsonl.
	Format string
	// Glob chooses the files of walked folders by base name (path.Match
	// syntax); "" takes *.txt, *.html, *.htm, *.warc, *.warc.gz, *.jsonl.
	Glob string
	// TextField is the JSONL field holding the text ("text" if empty).
	TextField string
	// Stdin is read for the argument "-".
	Stdin io.Reader
	// MaxBytes is the size limit of one input (0: none).
	MaxBytes int64
	// Skip are files that are never read as inputs: the run's own output
	// (a JSONL file written inside the folder being walked would otherwise
	// be read back while it grows). A folder walk or glob passes over them;
	// one named as an argument gives an error item.
	Skip []os.FileInfo
}

// DefaultExts are the file name endings a folder walk takes.
var DefaultExts = []string{".txt", ".html", ".htm", ".warc", ".warc.gz", ".jsonl"}

// Walk calls yield with the items of args in order: files as given,
// folders walked in lexical order, globs expanded in lexical order,
// containers opened record by record. It stops when yield returns false or
// ctx is done. Only one container is open at a time, and items holding data
// are made one at a time, so memory stays bounded by what yield keeps.
func Walk(ctx context.Context, args []string, opt Options, yield func(Item) bool) {
	w := walker{ctx: ctx, opt: opt, yield: yield}
	for _, a := range args {
		if !w.arg(a) {
			return
		}
	}
}

type walker struct {
	ctx   context.Context
	opt   Options
	yield func(Item) bool
}

func (w *walker) emit(it Item) bool {
	if w.ctx.Err() != nil {
		return false
	}
	return w.yield(it)
}

func (w *walker) fail(path, kind, msg string) bool {
	return w.emit(Item{Path: path, Err: &Error{kind, msg}})
}

func (w *walker) arg(a string) bool {
	if a == "-" {
		return w.stdin()
	}
	st, err := os.Stat(a)
	if err != nil {
		if strings.ContainsAny(a, "*?[") {
			matches, gerr := filepath.Glob(a)
			if gerr != nil {
				return w.fail(a, "unreadable", gerr.Error())
			}
			if len(matches) == 0 {
				return w.fail(a, "unreadable", "no file matches the pattern")
			}
			sort.Strings(matches)
			for _, m := range matches {
				if !w.arg(m) {
					return false
				}
			}
			return true
		}
		return w.fail(a, "unreadable", err.Error())
	}
	if st.IsDir() {
		return w.dir(a)
	}
	if w.skipped(st) {
		return w.fail(a, "unreadable", "this is the run's own output file")
	}
	return w.file(a, st.Size(), st.Mode().IsRegular())
}

// skipped reports one of Options.Skip.
func (w *walker) skipped(st os.FileInfo) bool {
	for _, s := range w.opt.Skip {
		if os.SameFile(s, st) {
			return true
		}
	}
	return false
}

// mayBeSkipped reports a file name that one of Options.Skip has: only
// such a file needs a stat to be compared with them.
func (w *walker) mayBeSkipped(name string) bool {
	for _, s := range w.opt.Skip {
		if s.Name() == name {
			return true
		}
	}
	return false
}

// Takes reports whether a folder walk takes the file name.
func Takes(name, glob string) bool {
	if glob != "" {
		ok, _ := filepath.Match(glob, filepath.Base(name))
		return ok
	}
	l := strings.ToLower(name)
	for _, e := range DefaultExts {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

func (w *walker) dir(root string) bool {
	ok := true
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			ok = w.fail(p, "unreadable", err.Error())
			if !ok {
				return fs.SkipAll
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !Takes(p, w.opt.Glob) {
			return nil
		}
		if d.Type()&fs.ModeSymlink == 0 && !w.mayBeSkipped(d.Name()) {
			// a regular file: Load stats it when it opens it. A stat here
			// ran under the batch's input lock, one system call a file
			// (a trap to the hypervisor on a virtual machine)
			if !w.file(p, 0, false) {
				ok = false
				return fs.SkipAll
			}
			return nil
		}
		var size int64
		if info, err := d.Info(); err == nil {
			size = info.Size()
			if w.skipped(info) {
				return nil
			}
		}
		if d.Type()&fs.ModeSymlink != 0 {
			st, err := os.Stat(p)
			if err != nil {
				ok = w.fail(p, "unreadable", err.Error())
			} else if st.IsDir() {
				ok = w.fail(p, "unreadable", "link to a folder, not followed")
			} else {
				ok = w.file(p, st.Size(), false)
			}
		} else {
			ok = w.file(p, size, false)
		}
		if !ok {
			return fs.SkipAll
		}
		return nil
	})
	return ok
}

// kindOf is the container or format of a file by --input-format or name.
func (w *walker) kindOf(name string) string {
	if w.opt.Format != "" {
		return w.opt.Format
	}
	l := strings.ToLower(name)
	switch {
	case strings.HasSuffix(l, ".warc"), strings.HasSuffix(l, ".warc.gz"):
		return WARC
	case strings.HasSuffix(l, ".jsonl"), strings.HasSuffix(l, ".ndjson"):
		return JSONL
	case strings.HasSuffix(l, ".html"), strings.HasSuffix(l, ".htm"), strings.HasSuffix(l, ".xhtml"):
		return HTML
	}
	return Auto
}

// file yields the file p; statted says that size comes from a stat of p
// that found a regular file.
func (w *walker) file(p string, size int64, statted bool) bool {
	switch k := w.kindOf(p); k {
	case WARC, JSONL:
		f, err := os.Open(p)
		if err != nil {
			return w.fail(p, "unreadable", err.Error())
		}
		defer f.Close()
		if k == WARC {
			return w.warc(p, f)
		}
		return w.jsonl(p, f)
	default:
		return w.emit(Item{Path: p, Format: k, Size: size, statted: statted})
	}
}

func (w *walker) stdin() bool {
	if w.opt.Stdin == nil {
		return w.fail("-", "unreadable", "no standard input")
	}
	r := w.opt.Stdin
	if w.opt.MaxBytes > 0 && w.opt.Format != WARC && w.opt.Format != JSONL {
		r = io.LimitReader(r, w.opt.MaxBytes+1)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	k := w.opt.Format
	if k == "" { // peek only to detect: a stream of JSONL lines is read as they come
		head, _ := br.Peek(8)
		if bytes.HasPrefix(head, []byte("WARC/")) || bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
			k = WARC
		}
	}
	switch k {
	case WARC:
		return w.warc("-", br)
	case JSONL:
		return w.jsonl("-", br)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return w.fail("-", "unreadable", err.Error())
	}
	if w.opt.MaxBytes > 0 && int64(len(data)) > w.opt.MaxBytes {
		return w.fail("-", "too_large", fmt.Sprintf("over the limit of %d bytes", w.opt.MaxBytes))
	}
	return w.emit(Item{Path: "-", Data: data, Format: k, Size: int64(len(data))})
}

// Load returns the bytes of an item: its Data, or its file read whole
// (within max bytes, 0: no limit). An item of a JSONL file is decoded
// here, not in Walk: Load sets its Data, Meta and Err.
func (it *Item) Load(max int64) ([]byte, *Error) {
	if it.line != nil {
		it.decodeJSONL()
	}
	if it.Err != nil {
		return nil, it.Err
	}
	if it.Data != nil {
		return it.Data, nil
	}
	data, size, err := readFile(it.Path, max, it.Size, it.statted)
	if size > 0 {
		it.Size = size
	}
	return data, err
}

// readFileOS is readFile through package os (systems without the Unix
// system calls readFile uses).
func readFileOS(path string, max int64) ([]byte, int64, *Error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, &Error{"unreadable", err.Error()}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, 0, &Error{"unreadable", err.Error()}
	}
	if err := checkStat(st.IsDir(), st.Size(), max); err != nil {
		return nil, st.Size(), err
	}
	data, err := readAll(f, st.Size(), max, st.Mode().IsRegular())
	data, e := checkRead(data, err, max)
	return data, st.Size(), e
}

// checkStat refuses a folder, and a file over max bytes before it is read.
func checkStat(dir bool, size, max int64) *Error {
	if dir {
		return &Error{"unreadable", "is a directory"}
	}
	if max > 0 && size > max {
		return &Error{"too_large", fmt.Sprintf("%d bytes, over the limit of %d", size, max)}
	}
	return nil
}

// checkRead turns readAll's outcome into Load's.
func checkRead(data []byte, err error, max int64) ([]byte, *Error) {
	if err != nil {
		return nil, &Error{"unreadable", err.Error()}
	}
	if max > 0 && int64(len(data)) > max {
		return nil, &Error{"too_large", fmt.Sprintf("over the limit of %d bytes", max)}
	}
	return data, nil
}

// readAll reads f to its end, or to max+1 bytes when max > 0, into a
// buffer sized by the size Stat gave: one read for the bytes and one for
// the end of the file, where io.ReadAll's buffer, starting at 512 bytes,
// takes a read call and a copy each time it grows. A file that grew since
// Stat is read on with a larger buffer. With regular set (f is a regular
// file, which never returns fewer bytes than asked but at its end), a
// read that falls short once the size is reached is the end: the second
// read is saved.
func readAll(f io.Reader, size, max int64, regular bool) ([]byte, error) {
	limit := int64(-1)
	if max > 0 {
		limit = max + 1
	}
	n := size + 1 // one byte past the size: room to see the end
	if n < 512 {
		n = 512
	}
	if limit > 0 && n > limit {
		n = limit
	}
	data := make([]byte, 0, n)
	for {
		if limit > 0 && int64(len(data)) >= limit {
			return data, nil
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // grows the buffer
		}
		buf := data[len(data):cap(data)]
		if limit > 0 && int64(len(data)+len(buf)) > limit {
			buf = buf[:limit-int64(len(data))]
		}
		k, err := f.Read(buf)
		data = data[:len(data)+k]
		if err == io.EOF || regular && err == nil && k > 0 && k < len(buf) && int64(len(data)) == size {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// jsonl yields one item a non-blank line: the text field as data, the
// other fields as meta (strings as they are, other values as JSON).
func (w *walker) jsonl(p string, r io.Reader) bool {
	field := w.opt.TextField
	if field == "" {
		field = "text"
	}
	br := bufio.NewReaderSize(r, 1<<20)
	n := 0
	for {
		line, err := readLine(br, w.opt.MaxBytes)
		if len(line) == 0 && err == io.EOF {
			return true
		}
		n++
		name := p + ":" + strconv.Itoa(n)
		if err == errLineTooLong {
			if !w.fail(name, "too_large", fmt.Sprintf("line over the limit of %d bytes", w.opt.MaxBytes)) {
				return false
			}
			continue
		}
		if err != nil && err != io.EOF {
			return w.fail(name, "unreadable", err.Error())
		}
		if len(bytes.TrimSpace(line)) == 0 {
			if err == io.EOF {
				return true
			}
			continue
		}
		if !w.emit(Item{Path: name, Container: JSONL, Size: int64(len(line)), line: line, field: field}) {
			return false
		}
		if err == io.EOF {
			return true
		}
	}
}

var errLineTooLong = fmt.Errorf("line too long")

// readLine reads one line (without its end), within max bytes.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if max > 0 && int64(len(line)) > max+1 {
			// skip the rest of the line
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return nil, errLineTooLong
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

// decodeJSONL sets Data and Meta from the item's line, or Err.
func (it *Item) decodeJSONL() {
	line, field := it.line, it.field
	it.line, it.field = nil, ""
	if !it.decodeFast(line, field) {
		it.decodeStd(line, field)
	}
}

// decodeFast is decodeStd for a line scanObject reads, in one pass.
func (it *Item) decodeFast(line []byte, field string) bool {
	fields, ok := scanObject(line, make([]lineField, 0, 8))
	if !ok {
		return false
	}
	var text []byte
	notString := false
	for _, f := range fields { // a repeated key: the last one counts
		if string(f.key) != field {
			continue
		}
		// null leaves the text empty, as Unmarshal does
		text, notString = nil, !f.str && string(f.value) != "null"
		if f.str {
			text = f.value
		}
	}
	if notString {
		it.Err = &Error{"undecodable", fmt.Sprintf("field %q is not a string", field)}
		return true
	}
	if len(bytes.TrimSpace(text)) == 0 {
		it.Err = &Error{"empty", fmt.Sprintf("no text in field %q", field)}
	}
	// (the text is the line's own bytes unless it had escapes: the line
	// was read for this item alone)
	it.Data = text[:len(text):len(text)]
	if it.Data == nil {
		it.Data = []byte{}
	}
	for _, f := range fields {
		if string(f.key) == field {
			continue
		}
		if it.Meta == nil {
			it.Meta = map[string]string{}
		}
		v := string(f.value)
		if !f.str && v == "null" {
			v = ""
		}
		it.Meta[string(f.key)] = v
	}
	return true
}

// decodeStd decodes the line with encoding/json.
func (it *Item) decodeStd(line []byte, field string) {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var obj map[string]json.RawMessage
	if err := dec.Decode(&obj); err != nil {
		it.Err = &Error{"undecodable", "not a JSON object: " + err.Error()}
		return
	}
	raw, ok := obj[field]
	var text string
	if ok {
		if err := json.Unmarshal(raw, &text); err != nil {
			it.Err = &Error{"undecodable", fmt.Sprintf("field %q is not a string", field)}
			return
		}
	}
	if strings.TrimSpace(text) == "" {
		it.Err = &Error{"empty", fmt.Sprintf("no text in field %q", field)}
	}
	it.Data = []byte(text)
	for k, v := range obj {
		if k == field {
			continue
		}
		if it.Meta == nil {
			it.Meta = map[string]string{}
		}
		var s string
		if json.Unmarshal(v, &s) == nil {
			it.Meta[k] = s
		} else {
			it.Meta[k] = string(v)
		}
	}
}

// warc yields one item per HTML or plain-text response record with a 2xx
// status (redirects and error pages are skipped), named
// ARCHIVE#RECORD-ID, with the target URI, record id and date as meta. A
// broken record or archive yields an error item and ends the archive.
func (w *walker) warc(p string, r io.Reader) bool {
	// A .warc.gz is one gzip member a record (the standard) or one member
	// for the whole file (gzip run over a .warc). gowarc reads one record a
	// member and drops the rest of a member, so the archive is decompressed
	// here, members one after another, and gowarc reads plain WARC.
	br := bufio.NewReaderSize(r, 64<<10)
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return w.fail(p, "undecodable", "broken gzip: "+err.Error())
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	// gowarc reads a record to its end before Next returns: only a cached
	// block (kept in memory up to 1 MiB, then in a temporary file) still has
	// its payload, and it caches only when spec violations are not ignored.
	// Under ErrIgnore the payload is what its 4 KiB header buffer happened
	// to hold: a truncated page. ErrWarn caches and only collects findings.
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		return w.fail(p, "unreadable", err.Error())
	}
	defer wr.Close()
	found := 0
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			if found == 0 {
				return w.fail(p, "empty", "no HTML or text response record in the archive")
			}
			return true
		}
		if err != nil {
			rec.Close()
			return w.fail(fmt.Sprintf("%s#offset=%d", p, rec.Offset), "undecodable", "broken WARC record: "+err.Error())
		}
		if msg := brokenRecord(rec); msg != "" {
			name := fmt.Sprintf("%s#offset=%d", p, rec.Offset)
			if rec.WarcRecord != nil && rec.WarcRecord.RecordId() != "" {
				name = p + "#" + strings.Trim(rec.WarcRecord.RecordId(), "<>")
			}
			rec.Close()
			found++
			if !w.fail(name, "undecodable", "broken WARC record: "+msg) {
				return false
			}
			continue
		}
		it, ok := w.warcItem(p, rec)
		rec.Close()
		if !ok {
			continue
		}
		found++
		if !w.emit(it) {
			return false
		}
	}
}

// brokenRecord says why a record that gowarc read leniently cannot be
// trusted: its content is shorter than its Content-Length (a truncated
// archive) or its Content-Length is unreadable. Other findings (missing
// fields, digests) are tolerated. "" means a sound record.
func brokenRecord(rec gowarc.Record) string {
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) && cl.Actual < cl.Expected {
			return fmt.Sprintf("cut short: %d of %d bytes", cl.Actual, cl.Expected)
		}
		var hf *gowarc.HeaderFieldError
		if errors.As(v, &hf) && strings.EqualFold(hf.FieldName, gowarc.ContentLength) {
			return v.Error()
		}
	}
	return ""
}

func (w *walker) warcItem(p string, rec gowarc.Record) (Item, bool) {
	wr := rec.WarcRecord
	if wr == nil || wr.Type() != gowarc.Response {
		return Item{}, false
	}
	blk, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return Item{}, false
	}
	if c := blk.HttpStatusCode(); c != 0 && (c < 200 || c > 299) {
		return Item{}, false // a redirect stub or an error page is no article
	}
	ctype := ""
	if h := blk.HttpHeader(); h != nil {
		ctype = h.Get("Content-Type")
	}
	lc := strings.ToLower(ctype)
	format := ""
	switch {
	case strings.Contains(lc, "html"):
		format = HTML
	case strings.HasPrefix(lc, "text/plain"):
		format = Text
	default:
		return Item{}, false
	}
	id := strings.Trim(wr.RecordId(), "<>")
	uri := wr.WarcHeader().Get(gowarc.WarcTargetURI)
	it := Item{Path: p + "#" + id, Format: format, ContentType: ctype, Container: WARC,
		Meta: map[string]string{"url": uri, "warc_record_id": id, "archive": p}}
	if d := wr.WarcHeader().Get(gowarc.WarcDate); d != "" {
		it.Meta["warc_date"] = d
	}
	if blk.HttpStatusCode() != 0 {
		it.Meta["http_status"] = strconv.Itoa(blk.HttpStatusCode())
	}
	pr, err := blk.PayloadBytes()
	if err != nil {
		it.Err = &Error{"undecodable", "WARC payload: " + err.Error()}
		return it, true
	}
	max := w.opt.MaxBytes
	var lr io.Reader = pr
	if max > 0 {
		lr = io.LimitReader(pr, max+1)
	}
	data, err := io.ReadAll(lr)
	if err != nil {
		it.Err = &Error{"undecodable", "WARC payload: " + err.Error()}
		return it, true
	}
	if max > 0 && int64(len(data)) > max {
		it.Err = &Error{"too_large", fmt.Sprintf("payload over the limit of %d bytes", max)}
		return it, true
	}
	if data, it.Err = decodeBody(data, blk.ProtocolHeaderBytes(), blk.HttpHeader(), max); it.Err != nil {
		return it, true
	}
	it.Data, it.Size = data, int64(len(data))
	return it, true
}

// decodeBody undoes the HTTP transfer and content codings a crawler kept
// in the record (wget and Heritrix store the bytes as they came): chunked
// transfer coding, then gzip, deflate, br or zstd content coding. A body
// that does not decode as its header says is kept as it is (some tools
// decode it and keep the header), and so is one of an unknown coding; a
// body that grows over max is too_large.
func decodeBody(data, rawHeader []byte, h *http.Header, max int64) ([]byte, *Error) {
	if chunked(rawHeader) {
		if d, err := readMax(httputil.NewChunkedReader(bytes.NewReader(data)), max); err == nil {
			data = d
		} else if err == errTooLarge {
			return nil, &Error{"too_large", fmt.Sprintf("payload over the limit of %d bytes", max)}
		}
	}
	if h == nil {
		return data, nil
	}
	ce := strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding")))
	var zr io.Reader
	switch ce {
	case "", "identity":
		return data, nil
	case "gzip", "x-gzip":
		g, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return data, nil
		}
		zr = g
	case "deflate": // zlib-wrapped as the RFC says, or raw deflate as some servers send
		if z, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
			zr = z
		} else {
			zr = flate.NewReader(bytes.NewReader(data))
		}
	case "br":
		zr = brotli.NewReader(bytes.NewReader(data))
	case "zstd":
		z, err := zstd.NewReader(bytes.NewReader(data), zstd.WithDecoderConcurrency(1))
		if err != nil {
			return data, nil
		}
		defer z.Close()
		zr = z
	default: // servers send junk here (utf-8, text/html): the decode stage judges the bytes
		return data, nil
	}
	d, err := readMax(zr, max)
	if err == errTooLarge {
		return nil, &Error{"too_large", fmt.Sprintf("decompressed payload over the limit of %d bytes", max)}
	}
	if err != nil {
		return data, nil
	}
	return d, nil
}

var errTooLarge = errors.New("too large")

// readMax reads r to its end, failing with errTooLarge past max bytes (0: no limit).
func readMax(r io.Reader, max int64) ([]byte, error) {
	if max > 0 {
		r = io.LimitReader(r, max+1)
	}
	d, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if max > 0 && int64(len(d)) > max {
		return nil, errTooLarge
	}
	return d, nil
}

// chunked reports a Transfer-Encoding: chunked line in a raw HTTP header
// (net/http drops the field from the parsed header).
func chunked(h []byte) bool {
	for len(h) > 0 {
		line := h
		if i := bytes.IndexByte(h, '\n'); i >= 0 {
			line, h = h[:i], h[i+1:]
		} else {
			h = nil
		}
		k, v, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(k)), "Transfer-Encoding") &&
			bytes.Contains(bytes.ToLower(v), []byte("chunked")) {
			return true
		}
	}
	return false
}

// ReadList reads a file of paths, one a line (blank lines and lines
// starting with # skipped); "-" reads standard input.
func ReadList(name string, stdin io.Reader) ([]string, error) {
	var r io.Reader
	if name == "-" {
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, sc.Err()
}
