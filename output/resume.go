package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
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
