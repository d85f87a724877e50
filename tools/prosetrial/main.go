// Command prosetrial measures github.com/jdkato/prose/v2 against vnpol's own
// sentence splitter and tokenizer on Vietnamese political news, so that the
// choice of what prose does in vnpol rests on figures. It lives in its own
// module so that vnpol itself does not depend on prose.
//
//	cd tools/prosetrial && go run . ../../../shared/corpus/seed ../../../shared/corpus/dev
//
// It prints a Markdown report: time and memory per document, sentence
// counts, whether citation symbols survive tokenization, and how prose's
// PERSON entities compare with the answer keys' officials.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/jdkato/prose/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/token"
)

type gold struct {
	Officials []struct {
		Name string `json:"name"`
	} `json:"officials"`
}

func main() {
	var files []string
	for _, d := range os.Args[1:] {
		m, _ := filepath.Glob(filepath.Join(d, "*.txt"))
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "usage: prosetrial DIR...")
		os.Exit(2)
	}
	var (
		proseDur, ourDur       time.Duration
		proseSents, ourSents   int
		proseAlloc             uint64
		symbolsKept, symbols   int
		tp, fp, fn             int
		gpeWrong               = map[string]int{}
		bytesTotal             int
		firstDocDur, firstDocM uint64
	)
	model := (*prose.Model)(nil)
	for i, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		text := norm.NFC.String(string(raw))
		text = strings.ReplaceAll(text, "_", " ")
		bytesTotal += len(text)

		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		before := ms.TotalAlloc
		t0 := time.Now()
		opts := []prose.DocOpt{}
		if model != nil {
			opts = append(opts, prose.UsingModel(model))
		}
		doc, err := prose.NewDocument(text, opts...)
		if err != nil {
			continue
		}
		d := time.Since(t0)
		runtime.ReadMemStats(&ms)
		if i == 0 {
			firstDocDur, firstDocM = uint64(d.Milliseconds()), (ms.TotalAlloc-before)>>20
		}
		proseDur += d
		proseAlloc += ms.TotalAlloc - before
		proseSents += len(doc.Sentences())

		t1 := time.Now()
		ourSents += len(segment.Sentences(text))
		_ = token.Tokenize(text)
		ourDur += time.Since(t1)

		// citation symbols: does the tokenizer keep "35-CT/TW" whole?
		toks := map[string]bool{}
		for _, t := range doc.Tokens() {
			toks[t.Text] = true
		}
		for _, w := range strings.Fields(text) {
			w = strings.Trim(w, ",.;:()")
			if strings.Contains(w, "/") && strings.ContainsAny(w, "0123456789") && strings.ContainsAny(w, "-") {
				symbols++
				if toks[w] {
					symbolsKept++
				}
			}
		}

		// PERSON entities against the key's officials
		g := gold{}
		if b, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json"); err == nil {
			_ = json.Unmarshal(b, &g)
		}
		want := map[string]bool{}
		for _, o := range g.Officials {
			want[token.ASCII(o.Name)] = true
		}
		got := map[string]bool{}
		for _, e := range doc.Entities() {
			if e.Label == "PERSON" {
				got[token.ASCII(e.Text)] = true
			} else if e.Label == "GPE" && len(e.Text) < 12 {
				gpeWrong[e.Text]++
			}
		}
		for n := range got {
			if want[n] {
				tp++
			} else {
				fp++
			}
		}
		for n := range want {
			if !got[n] {
				fn++
			}
		}
	}
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	mb := float64(bytesTotal) / 1e6
	fmt.Printf("# prose/v2 trial on %d articles (%.2f MB)\n\n", len(files), mb)
	fmt.Printf("| measure | prose/v2 | vnpol |\n|---|---|---|\n")
	fmt.Printf("| time, whole set | %v | %v |\n", proseDur.Round(time.Millisecond), ourDur.Round(time.Microsecond))
	fmt.Printf("| throughput | %.3f MB/s | %.1f MB/s |\n", mb/proseDur.Seconds(), mb/ourDur.Seconds())
	fmt.Printf("| first document | %d ms, %d MB allocated | |\n", firstDocDur, firstDocM)
	fmt.Printf("| allocated, whole set | %d MB | |\n", proseAlloc>>20)
	fmt.Printf("| sentences | %d | %d |\n", proseSents, ourSents)
	fmt.Printf("| citation symbols kept whole by the tokenizer | %d of %d | tokens keep byte offsets; symbols are parsed by entities/docs |\n", symbolsKept, symbols)
	fmt.Printf("| PERSON entities vs the keys' officials | P %.2f R %.2f F1 %.2f | see the score table |\n", p, r, f1)
	var short []string
	for k, v := range gpeWrong {
		short = append(short, fmt.Sprintf("%s (%d)", k, v))
	}
	sort.Strings(short)
	if len(short) > 15 {
		short = short[:15]
	}
	fmt.Printf("\nShort GPE entities prose reports (a sample): %s\n", strings.Join(short, ", "))
}
