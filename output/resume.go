package output

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Done is the set of inputs an earlier run wrote, by path and content hash.
type Done map[string]bool

// Key is the resume key of an input.
func Key(path, sha256 string) string { return path + "\x00" + sha256 }

// Resume reads a JSONL output written by an earlier run, drops a torn last
// line (one without its newline, as a killed run leaves) by truncating the
// file, and returns the inputs it holds. A missing file is an empty set; a
// whole line that is not a record is an error (the file is not changed).
func Resume(name string) (Done, error) {
	done := Done{}
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if os.IsNotExist(err) {
		return done, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	var good int64
	n := 0
	for {
		line, err := br.ReadBytes('\n')
		if err == io.EOF {
			break // a last line without newline is torn: dropped below
		}
		if err != nil {
			return nil, err
		}
		var rec struct {
			Source struct {
				Path   string `json:"path"`
				SHA256 string `json:"sha256"`
			} `json:"source"`
		}
		if err := json.Unmarshal(bytes.TrimSpace(line), &rec); err != nil || rec.Source.Path == "" {
			// a kill tears only the last line: a broken whole line is not
			// ours to cut away with everything after it
			return nil, fmt.Errorf("%s: line %d is not a vnpol record (the file is left as it is)", name, n+1)
		}
		n++
		done[Key(rec.Source.Path, rec.Source.SHA256)] = true
		good += int64(len(line))
	}
	if err := f.Truncate(good); err != nil {
		return nil, err
	}
	return done, nil
}

// resumeCSV reads the tables an earlier run wrote in dir and cuts each
// after its last row to keep: articles.csv after its last whole row, the
// other tables after the rows of the articles kept (rows are in article
// order). It sets c's row ids to go on from the largest kept. It returns
// nil when dir holds no articles.csv (a new run), and an error, changing
// nothing, when a table is missing or has other columns than vnpol's.
func resumeCSV(dir string, c *csvWriter) (Done, error) {
	if _, err := os.Stat(filepath.Join(dir, "articles.csv")); os.IsNotExist(err) {
		return nil, nil
	}
	done := Done{}
	cuts := make([]int64, len(Tables))
	var last int64 // the id of the last article kept
	maxIDs := map[string]*int64{"officials": &c.n.official, "titles": &c.n.title, "documents": &c.n.document,
		"provinces": &c.n.province, "meetings": &c.n.meeting, "tasks": &c.n.task, "articles": &c.id}
	for i, t := range Tables { // articles first: the others keep the rows of its articles
		keep := func(row []string) bool {
			if t == "articles" {
				done[Key(row[1], row[2])] = true
				return true
			}
			id, err := strconv.ParseInt(row[1], 10, 64)
			return err == nil && id <= last
		}
		cut, maxID, err := scanCSV(filepath.Join(dir, t+".csv"), Columns(t), keep)
		if err != nil {
			return nil, err
		}
		cuts[i], *maxIDs[t] = cut, maxID
		if t == "articles" {
			last = maxID
		}
	}
	for i, t := range Tables {
		if err := os.Truncate(filepath.Join(dir, t+".csv"), cuts[i]); err != nil {
			return nil, err
		}
	}
	return done, nil
}

// scanCSV reads a CSV table whose header must be cols and returns the
// offset after the last row of the leading run of whole rows that keep
// accepts, with the largest id (first column) among them. A row is whole
// when it parses with every column, its id is a number and it ends with
// a newline: a killed run's torn last row is not.
func scanCSV(name string, cols []string, keep func(row []string) bool) (cut, maxID int64, err error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, 0, err
	}
	r := csv.NewReader(bufio.NewReaderSize(f, 1<<20))
	r.FieldsPerRecord = len(cols)
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil || !slices.Equal(head, cols) {
		return 0, 0, fmt.Errorf("%s: not a vnpol table (its header is not %s); the folder is left as it is", name, strings.Join(cols, ","))
	}
	cut = r.InputOffset()
	for {
		row, err := r.Read()
		if err != nil { // io.EOF, or a torn or broken row: the rows after it are extracted again
			return cut, maxID, nil
		}
		off := r.InputOffset()
		id, perr := strconv.ParseInt(row[0], 10, 64)
		if perr != nil || (off == st.Size() && !endsWithNewline(f, off)) || !keep(row) {
			return cut, maxID, nil
		}
		cut, maxID = off, max(maxID, id)
	}
}

func endsWithNewline(f *os.File, size int64) bool {
	var b [1]byte
	_, err := f.ReadAt(b[:], size-1)
	return err == nil && b[0] == '\n'
}
