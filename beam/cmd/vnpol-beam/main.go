// Command vnpol-beam runs vnpol's extractor as an Apache Beam pipeline:
//
//	vnpol-beam --input 'articles/*.txt' --output out/records --shards 4
//
// It runs on prism, Beam's local runner, by default; --runner picks
// another (direct, flink, spark, dataflow) with that runner's usual flags
// (see beam/README.md).
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	vnpolbeam "github.com/vnpol/vnpol/beam"
)

var (
	input    = flag.String("input", "", "glob of the inputs: text files (one article each) or .jsonl files ({\"id\",\"text\"} a line)")
	output   = flag.String("output", "", "prefix of the output shards (<prefix>-SSSSS-of-NNNNN.jsonl)")
	shards   = flag.Int("shards", 4, "number of output shards")
	withText = flag.Bool("with-text", false, "put the normalized text in each record")
	maxBytes = flag.Int("max-bytes", 0, "size limit of one article (0: vnpol's default)")
	refDate  = flag.String("ref-date", "", "date (YYYY-MM-DD) used when an article states none")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		log.Fatal("vnpol-beam: --input and --output are required")
	}
	if _, err := vnpolbeam.Options(*withText, *maxBytes, *refDate); err != nil {
		log.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	vnpolbeam.Build(s, vnpolbeam.Config{Input: *input, Output: *output, Shards: *shards,
		WithText: *withText, MaxBytes: *maxBytes, RefDate: *refDate})
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("vnpol-beam: %v", err)
	}
}
