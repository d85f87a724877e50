// Command mkbenchcorpus builds vnpol's benchmark corpus: a JSONL file of
// article-sized documents, at least -mb megabytes, made only of the keyed
// articles the project already holds (the dev corpus and the repository's
// testdata), in deterministic variations. It is built into an ignored or
// temporary path and never committed.
//
//	go run ./scripts/mkbenchcorpus -o tmp/benchcorpus.jsonl
//
// Make-up (see scripts/README.md): rounds over the source articles in a
// fixed order; in each round every article appears once, as one of
//
//   - as written (55%),
//   - its body paragraphs in a shuffled order, header lines kept (25%),
//   - joined with the next article into one long document (10%),
//   - with CRLF line ends (5%),
//   - decomposed to Unicode NFD, as some scraped pages are (5%),
//
// chosen by a seeded generator, so the same flags give the same bytes.
// Each line is {"id": "<round>/<file>/<variant>", "text": "..."}.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

func main() {
	out := flag.String("o", "tmp/benchcorpus.jsonl", "output `file` (JSONL)")
	mb := flag.Int("mb", 50, "minimum size in `megabytes` (MiB of article text)")
	dev := flag.String("dev", "../shared/corpus/dev", "dev corpus `folder` (*.txt)")
	extra := flag.String("testdata", "testdata,entities/docs/testdata", "comma-separated testdata `folders` (*.txt) read when present")
	seed := flag.Uint64("seed", 7, "seed of the variation generator")
	bulk := flag.String("bulk", "", "instead: every Nth file of each `DIR:N` (comma-separated), once each, unvaried: a corpus of distinct articles (e.g. ../shared/corpus/bulk/trends:5,../shared/corpus/bulk/vims:2)")
	flag.Parse()
	if *bulk != "" {
		if err := distinct(*out, strings.Split(*bulk, ",")); err != nil {
			fmt.Fprintln(os.Stderr, "mkbenchcorpus:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*out, *mb, *dev, strings.Split(*extra, ","), *seed); err != nil {
		fmt.Fprintln(os.Stderr, "mkbenchcorpus:", err)
		os.Exit(1)
	}
}

type article struct{ name, text string }

func load(dirs []string) ([]article, error) {
	seen := map[string]bool{}
	var arts []article
	for _, d := range dirs {
		if d == "" {
			continue
		}
		files, err := filepath.Glob(filepath.Join(d, "*.txt"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			// the testdata folders hold copies of dev articles: keep one of each
			key := string(b)
			if seen[key] || strings.TrimSpace(key) == "" {
				continue
			}
			seen[key] = true
			arts = append(arts, article{filepath.Base(f), key})
		}
	}
	return arts, nil
}

// jsonl writes the corpus file: one {"id", "text"} object a line.
type jsonl struct {
	f     *os.File
	w     *bufio.Writer
	enc   *json.Encoder
	total int64
	docs  int
}

func create(out string) (*jsonl, error) {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(out)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonl{f: f, w: w, enc: enc}, nil
}

func (j *jsonl) add(id, text string) error {
	j.total += int64(len(text))
	j.docs++
	return j.enc.Encode(struct {
		ID   string `json:"id"`
		Text string `json:"text"`
	}{id, text})
}

func (j *jsonl) close() error {
	if err := j.w.Flush(); err != nil {
		return err
	}
	return j.f.Close()
}

func run(out string, mb int, dev string, extra []string, seed uint64) error {
	arts, err := load(append([]string{dev}, extra...))
	if err != nil {
		return err
	}
	if len(arts) == 0 {
		return fmt.Errorf("no articles found in %s or %v", dev, extra)
	}
	j, err := create(out)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 0x76_6e_70_6f_6c))
	limit := int64(mb) << 20
	for round := 0; j.total < limit; round++ {
		for i, a := range arts {
			variant, text := vary(rng, a.text, arts[(i+1)%len(arts)].text)
			if err := j.add(fmt.Sprintf("%d/%s/%s", round, a.name, variant), text); err != nil {
				return err
			}
		}
	}
	if err := j.close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mkbenchcorpus: %s: %d documents from %d articles, %.1f MiB of text\n",
		out, j.docs, len(arts), float64(j.total)/(1<<20))
	return nil
}

// distinct writes every Nth file (sorted by name) of each DIR:N spec, each
// once and as it is: the texts do not repeat, as a real archive's do not.
func distinct(out string, specs []string) error {
	j, err := create(out)
	if err != nil {
		return err
	}
	for _, spec := range specs {
		dir, every := spec, 1
		if i := strings.LastIndexByte(spec, ':'); i > 0 {
			n, err := strconv.Atoi(spec[i+1:])
			if err != nil || n < 1 {
				return fmt.Errorf("bad -bulk spec %q", spec)
			}
			dir, every = spec[:i], n
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		k := 0
		for _, e := range entries { // ReadDir sorts by name
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") && !strings.HasSuffix(e.Name(), ".txt") {
				continue
			}
			if k++; (k-1)%every != 0 {
				continue
			}
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				return err
			}
			if err := j.add(filepath.Join(filepath.Base(dir), e.Name()), string(b)); err != nil {
				return err
			}
		}
	}
	if err := j.close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mkbenchcorpus: %s: %d distinct documents, %.1f MiB of text\n", out, j.docs, float64(j.total)/(1<<20))
	return nil
}

func vary(rng *rand.Rand, text, next string) (string, string) {
	switch p := rng.IntN(100); {
	case p < 55:
		return "plain", text
	case p < 80:
		return "shuffled", shuffle(rng, text)
	case p < 90:
		return "joined", strings.TrimRight(text, "\n") + "\n\n" + next
	case p < 95:
		return "crlf", strings.ReplaceAll(text, "\n", "\r\n")
	default:
		return "nfd", norm.NFD.String(text)
	}
}

// shuffle keeps the first three lines (title, lead, byline) and shuffles the rest.
func shuffle(rng *rand.Rand, text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	if len(lines) <= 4 {
		return text
	}
	body := lines[3:]
	rng.Shuffle(len(body), func(i, j int) { body[i], body[j] = body[j], body[i] })
	return strings.Join(lines, "\n") + "\n"
}
