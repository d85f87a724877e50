// Command icount runs one stage of vnpol's pipeline over a set of article
// files a given number of times. Run under valgrind's callgrind twice, with
// -passes 1 and -passes 5, the difference of the two instruction counts
// over four passes is the stage's cost in instructions: a figure that does
// not depend on what else the machine is doing (see scripts/icount.sh).
//
//	go run ./scripts/icount -stage extract -passes 3 testdata/*.txt
package main

import (
	"context"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/vnpol/vnpol/entities/docs"
	"github.com/vnpol/vnpol/entities/events"
	"github.com/vnpol/vnpol/entities/people"
	"github.com/vnpol/vnpol/entities/places"
	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/tasks"
	"github.com/vnpol/vnpol/entities/timex"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/extract"
	"github.com/vnpol/vnpol/schema"
)

// refDate stands for the article's date in the recognizers' calls.
var refDate = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)

type doc struct {
	src    []byte
	text   string
	toks   []token.Token
	sents  []schema.Span
	places []places.Match
}

var stages = map[string]func(ex *extract.Extractor, d *doc){
	"normalize": func(ex *extract.Extractor, d *doc) { _, _ = ex.Normalize(d.src) },
	"extract":   func(ex *extract.Extractor, d *doc) { _, _ = ex.Extract(context.Background(), d.src) },
	"tokenize":  func(_ *extract.Extractor, d *doc) { token.Tokenize(d.text) },
	// the input's checksum (Source.SHA256), part of extract: under
	// valgrind Go's sha256 takes its AVX2 code, as valgrind hides the SHA
	// instructions of the CPU, so this stage counts far more than the
	// hardware runs (see scripts/README.md)
	"sha256":  func(_ *extract.Extractor, d *doc) { _ = sha256.Sum256(d.src) },
	"segment": func(_ *extract.Extractor, d *doc) { segment.Sentences(d.text) },
	"places":  func(_ *extract.Extractor, d *doc) { places.Find(d.text, d.toks, refDate) },
	"docs":    func(_ *extract.Extractor, d *doc) { docs.Find(d.text, d.toks, refDate) },
	"timex": func(_ *extract.Extractor, d *doc) {
		timex.Dates(d.text, d.toks, refDate)
		timex.Periods(d.text, d.toks, refDate)
	},
	"people": func(_ *extract.Extractor, d *doc) {
		people.Find(people.Input{Text: d.text, Tokens: d.toks, Sentences: d.sents, Date: refDate})
	},
	"events": func(_ *extract.Extractor, d *doc) {
		events.Find(events.Input{Text: d.text, Tokens: d.toks, Sentences: d.sents, Date: refDate, Places: d.places})
	},
	"tasks": func(_ *extract.Extractor, d *doc) {
		tasks.Find(tasks.Input{Text: d.text, Tokens: d.toks, Sentences: d.sents, Date: refDate})
	},
}

func main() {
	stage := flag.String("stage", "extract", "normalize, extract, sha256, tokenize, segment, places, docs, timex, people, events or tasks")
	passes := flag.Int("passes", 1, "how many times to run the stage over the files")
	flag.Parse()
	run, ok := stages[*stage]
	if !ok {
		fmt.Fprintln(os.Stderr, "icount: unknown stage", *stage)
		os.Exit(2)
	}
	ex, err := extract.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, "icount:", err)
		os.Exit(1)
	}
	var ds []*doc
	n := 0
	for _, p := range flag.Args() {
		b, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "icount:", err)
			os.Exit(1)
		}
		d := &doc{src: b}
		if d.text, err = ex.Normalize(b); err != nil {
			continue
		}
		d.toks, d.sents = token.Tokenize(d.text), segment.Sentences(d.text)
		// as extract does: events reads the province mentions places found
		if d.places = places.Find(d.text, d.toks, refDate); d.places == nil {
			d.places = []places.Match{}
		}
		ds = append(ds, d)
		n += len(b)
	}
	for i := 0; i < *passes; i++ {
		for _, d := range ds {
			run(ex, d)
		}
	}
	fmt.Printf("%s: %d files, %d bytes, %d passes\n", *stage, len(ds), n, *passes)
}
