package extract

// Per-stage benchmarks of the pipeline, on three corpora:
//
//   - seed:   the design article (testdata/), always present;
//   - small:  every article text kept in the repository's testdata folders
//     (about 0.2 MB, copies of dev articles), always present;
//   - corpus: the benchmark corpus built by scripts/mkbenchcorpus (at least
//     50 MB of JSONL), read from $VNPOL_BENCH_CORPUS or
//     ../tmp/benchcorpus.jsonl; skipped when absent.
//
// Each stage reports MB/s of input bytes, allocs/KB (allocations per KiB
// of input) and cpu-MB/s (input bytes over the process's CPU time during
// the timed region: the per-core figure, steady when the machine is
// shared), and every stage after "normalize" reports x-normalize, its
// time over the normalize-only pass on the same bytes. Run
//
//	go test -run '^$' -bench 'Stages/(seed|small)' -benchmem ./extract
//	go test -run '^$' -bench 'Stages/corpus' -benchtime 1x -benchmem ./extract
//
// or scripts/bench.sh, which builds the corpus and prints the table.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/vnpol/vnpol/entities/docs"
	"github.com/vnpol/vnpol/entities/events"
	"github.com/vnpol/vnpol/entities/people"
	"github.com/vnpol/vnpol/entities/places"
	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/tasks"
	"github.com/vnpol/vnpol/entities/timex"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// benchDoc is one input with what the stages before a recognizer give it.
type benchDoc struct {
	src   []byte
	text  string
	toks  []token.Token
	sents []schema.Span
	h     headerInfo
	pm    []places.Match
	date  time.Time
}

// need says how much of a benchDoc a stage reads.
type need int

const (
	needSrc need = iota
	needText
	needAll
)

func prepare(src []byte, n need) benchDoc {
	d := benchDoc{src: src}
	if n == needSrc {
		return d
	}
	dec, err := decodeInput(src, 0, decodeHint{})
	if err != nil {
		return d
	}
	d.text, _ = normalize(dec.text, dec.nfc)
	if n == needText {
		return d
	}
	d.toks = token.Tokenize(d.text)
	d.sents = segment.Sentences(d.text)
	d.h = readHeader(d.text, d.toks)
	d.date = d.h.date
	if d.pm = places.Find(d.text, d.toks, d.date); d.pm == nil {
		d.pm = []places.Match{} // as extract passes them to events
	}
	return d
}

type stage struct {
	name string
	need need
	run  func(e *Extractor, d *benchDoc)
}

var stages = []stage{
	{"normalize", needSrc, func(e *Extractor, d *benchDoc) { _, _ = e.Normalize(d.src) }},
	{"tokenize", needText, func(_ *Extractor, d *benchDoc) { token.Tokenize(d.text) }},
	{"segment", needText, func(_ *Extractor, d *benchDoc) { segment.Sentences(d.text) }},
	{"header", needAll, func(_ *Extractor, d *benchDoc) { readHeader(d.text, d.toks) }},
	{"places", needAll, func(_ *Extractor, d *benchDoc) { places.Provinces(places.Find(d.text, d.toks, d.date)) }},
	{"docs", needAll, func(_ *Extractor, d *benchDoc) { docs.Documents(docs.Find(d.text, d.toks, d.date)) }},
	{"timex", needAll, func(_ *Extractor, d *benchDoc) {
		timex.Dates(d.text, d.toks, d.date)
		timex.Periods(d.text, d.toks, d.date)
	}},
	{"people", needAll, func(_ *Extractor, d *benchDoc) {
		people.Find(people.Input{Text: d.text, Tokens: d.toks, Sentences: d.sents, Date: d.date, Exclude: d.h.skip})
	}},
	{"events", needAll, func(_ *Extractor, d *benchDoc) {
		events.Find(events.Input{Text: d.text, Tokens: d.toks, Sentences: d.sents, Date: d.date, Title: d.h.title, Places: d.pm})
	}},
	{"tasks", needAll, func(_ *Extractor, d *benchDoc) {
		tasks.Find(tasks.Input{Text: d.text, Tokens: d.toks, Sentences: d.sents, Date: d.date})
	}},
	{"extract", needSrc, func(e *Extractor, d *benchDoc) {
		_, _ = e.Extract(context.Background(), d.src)
	}},
}

// benchCorpus is a list of inputs; big corpora are prepared chunk by
// chunk outside the timed region instead of all at once.
type benchCorpus struct {
	name  string
	srcs  [][]byte
	bytes int64
	big   bool
	prep  [3][]benchDoc // prepared docs by need, for small corpora
}

func (c *benchCorpus) add(b []byte) {
	c.srcs = append(c.srcs, b)
	c.bytes += int64(len(b))
}

// smallCorpus is every *.txt kept in the repository's testdata folders, once.
func smallCorpus(tb testing.TB) *benchCorpus {
	var files []string
	for _, g := range []string{"../testdata/*.txt", "../entities/*/testdata/*.txt", "../cmd/*/testdata/*.txt"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	sort.Strings(files)
	c := &benchCorpus{name: "small"}
	seen := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || seen[string(b)] || len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		seen[string(b)] = true
		c.add(b)
	}
	if len(c.srcs) == 0 {
		tb.Skip("no testdata articles")
	}
	return c
}

func seedCorpus(tb testing.TB) *benchCorpus {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		tb.Skip("no seed article:", err)
	}
	c := &benchCorpus{name: "seed"}
	c.add(b)
	return c
}

// benchCorpusPath is where scripts/mkbenchcorpus writes by default.
func benchCorpusPath() string {
	if p := os.Getenv("VNPOL_BENCH_CORPUS"); p != "" {
		return p
	}
	return "../tmp/benchcorpus.jsonl"
}

// bigCorpus reads the JSONL benchmark corpus ({"id","text"} a line).
func bigCorpus(tb testing.TB) *benchCorpus {
	p := benchCorpusPath()
	f, err := os.Open(p)
	if err != nil {
		tb.Skipf("no benchmark corpus at %s (build it with: go run ./scripts/mkbenchcorpus)", p)
	}
	defer f.Close()
	c := &benchCorpus{name: "corpus", big: true}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", p, err)
		}
		c.add([]byte(rec.Text))
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", p, err)
	}
	return c
}

// chunkBytes is how much of a big corpus is prepared at once.
const chunkBytes = 2 << 20

// meter sums the allocations and CPU time of the timed regions.
type meter struct {
	mallocs uint64
	cpu     time.Duration
	ms      runtime.MemStats
	cpu0    time.Duration
}

func (m *meter) start(b *testing.B) {
	runtime.ReadMemStats(&m.ms)
	m.mallocs -= m.ms.Mallocs
	m.cpu0 = cpuTime()
	b.StartTimer()
}

func (m *meter) stop(b *testing.B) {
	b.StopTimer()
	m.cpu += cpuTime() - m.cpu0
	runtime.ReadMemStats(&m.ms)
	m.mallocs += m.ms.Mallocs
}

// normNs holds the normalize stage's ns/op (CPU where measured) by corpus, for x-normalize.
var normNs = map[string]float64{}

func runStage(b *testing.B, c *benchCorpus, st stage) {
	e := mustExtractor(b)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	var m meter
	b.StopTimer()
	if !c.big && c.prep[st.need] == nil {
		for _, s := range c.srcs {
			c.prep[st.need] = append(c.prep[st.need], prepare(s, st.need))
		}
	}
	b.ResetTimer()
	b.StopTimer()
	if !c.big {
		// one measured region for all b.N passes: the process's CPU time
		// advances in clock ticks, which a region of microseconds would
		// round to nothing or a whole tick
		m.start(b)
		for i := 0; i < b.N; i++ {
			for j := range c.prep[st.need] {
				st.run(e, &c.prep[st.need][j])
			}
		}
		m.stop(b)
	}
	for i := 0; c.big && i < b.N; i++ {
		var chunk []benchDoc
		size := 0
		flush := func() {
			m.start(b)
			for j := range chunk {
				st.run(e, &chunk[j])
			}
			m.stop(b)
			chunk, size = chunk[:0], 0
		}
		for _, s := range c.srcs {
			chunk = append(chunk, prepare(s, st.need))
			if size += len(s); size >= chunkBytes {
				flush()
			}
		}
		flush()
	}
	n := float64(b.N)
	kb := float64(c.bytes) / 1024
	b.ReportMetric(float64(m.mallocs)/n/kb, "allocs/KB")
	if m.cpu > 0 {
		b.ReportMetric(float64(c.bytes)*n/m.cpu.Seconds()/1e6, "cpu-MB/s")
	}
	// the ratio on CPU time where measured: wall time swings with the load
	ns := float64(b.Elapsed().Nanoseconds()) / n
	if m.cpu > 0 {
		ns = float64(m.cpu.Nanoseconds()) / n
	}
	if st.name == "normalize" {
		normNs[c.name] = ns
	} else if ref := normNs[c.name]; ref > 0 {
		b.ReportMetric(ns/ref, "x-normalize")
	}
}

// BenchmarkStages runs every stage on every corpus: decode+normalize,
// tokenize, segment, the header reader, each recognizer and the whole
// Extract.
func BenchmarkStages(b *testing.B) {
	corpora := []struct {
		name string
		mk   func(testing.TB) *benchCorpus
	}{{"seed", seedCorpus}, {"small", smallCorpus}, {"corpus", bigCorpus}}
	for _, cc := range corpora {
		b.Run(cc.name, func(b *testing.B) {
			c := cc.mk(b)
			for _, st := range stages {
				b.Run(st.name, func(b *testing.B) { runStage(b, c, st) })
			}
		})
	}
}

// BenchmarkRatio measures the whole record's cost over the normalize-only
// pass with the two alternating: each benchmark iteration normalizes the
// whole corpus, then extracts it, both timed on the process's CPU clock,
// and the ratio of the two is one reading. On a shared machine whose speed
// drifts by a quarter from minute to minute, BenchmarkStages'
// x-normalize divides passes run minutes apart; here each pair runs within
// seconds. Each pass is the reference job as a user would run it, its own
// loop over the corpus: interleaving the two in 8 MB chunks was tried and
// made the normalize half 40-70% faster (185 against 106-138 cpu-MB/s, its
// heap and caches then shaped by the extraction), which measured the
// interleaving, not the normalize pass. x-normalize is the median of the
// readings, x-min and x-max their range. Run
//
//	go test -run '^$' -bench 'Ratio/corpus' -benchtime 5x ./extract
func BenchmarkRatio(b *testing.B) {
	for _, cc := range []struct {
		name string
		mk   func(testing.TB) *benchCorpus
	}{{"small", smallCorpus}, {"corpus", bigCorpus}} {
		b.Run(cc.name, func(b *testing.B) {
			c := cc.mk(b)
			e := mustExtractor(b)
			// a pass takes long enough for the CPU clock: a small corpus is repeated
			srcs, bytes := c.srcs, c.bytes
			for bytes < ratioMinPass {
				srcs, bytes = append(srcs, c.srcs...), bytes+c.bytes
			}
			b.SetBytes(bytes)
			for _, s := range c.srcs[:min(len(c.srcs), 50)] { // load the data, warm the caches
				_, _ = e.Extract(context.Background(), s)
			}
			b.ResetTimer()
			var ratios []float64
			var extractCPU, normCPU time.Duration
			for i := 0; i < b.N; i++ {
				t0 := cpuTime()
				for _, s := range srcs {
					_, _ = e.Normalize(s)
				}
				t1 := cpuTime()
				for _, s := range srcs {
					_, _ = e.Extract(context.Background(), s)
				}
				t2 := cpuTime()
				norm, ext := t1-t0, t2-t1
				if norm <= 0 { // no CPU clock here
					b.Skip("no process CPU clock on this system")
				}
				ratios = append(ratios, float64(ext)/float64(norm))
				extractCPU, normCPU = extractCPU+ext, normCPU+norm
			}
			sort.Float64s(ratios)
			b.ReportMetric(ratios[len(ratios)/2], "x-normalize")
			b.ReportMetric(ratios[0], "x-min")
			b.ReportMetric(ratios[len(ratios)-1], "x-max")
			b.ReportMetric(float64(bytes)*float64(b.N)/extractCPU.Seconds()/1e6, "extract-cpu-MB/s")
			b.ReportMetric(float64(bytes)*float64(b.N)/normCPU.Seconds()/1e6, "normalize-cpu-MB/s")
		})
	}
}

// ratioMinPass is the least input a pass of BenchmarkRatio covers: tens
// of milliseconds of normalizing, enough for the CPU clock.
const ratioMinPass = 8 << 20
