package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/vnpol/vnpol/extract"
	"github.com/vnpol/vnpol/input"
	"github.com/vnpol/vnpol/output"
	"github.com/vnpol/vnpol/schema"
)

// inputSource streams the inputs of a run (input.Walk over the arguments).
type inputSource func(ctx context.Context, yield func(input.Item) bool)

func walkSource(paths []string, opt input.Options) inputSource {
	return func(ctx context.Context, yield func(input.Item) bool) { input.Walk(ctx, paths, opt, yield) }
}

// result is the extraction of one input.
type result struct {
	rec  *schema.Record
	err  error // the input failed (rec.Error says why)
	skip bool  // already in the output (--resume)
	// line is the record already encoded by the worker (see pipeline's
	// prep), so that encoding runs in parallel too; lineErr its error.
	line    []byte
	lineErr error
}

func errorRecord(path string, n int, kind, msg string) *schema.Record {
	return extract.ErrorRecord(path, n, kind, msg)
}

// extractOne reads and extracts one input; it never panics.
func extractOne(ctx context.Context, ex *extract.Extractor, it input.Item, done output.Done) (res result) {
	data, bad := it.Load(int64(ex.MaxBytes()))
	if bad != nil {
		if done != nil && done[output.Key(it.Path, "")] {
			return result{skip: true}
		}
		rec := errorRecord(it.Path, int(it.Size), bad.Kind, bad.Message)
		rec.Source.Format, rec.Source.Meta = it.Container, it.Meta
		return result{rec: rec, err: bad}
	}
	if done != nil {
		sum := sha256.Sum256(data)
		if done[output.Key(it.Path, hex.EncodeToString(sum[:]))] {
			return result{skip: true}
		}
	}
	defer func() {
		if p := recover(); p != nil {
			rec := errorRecord(it.Path, len(data), "internal", fmt.Sprint("panic: ", p))
			res = result{rec: rec, err: fmt.Errorf("internal: panic: %v", p)}
		}
	}()
	rec, err := ex.ExtractInput(ctx, extract.Input{Path: it.Path, Data: data, Format: it.Format,
		ContentType: it.ContentType, Container: it.Container, Meta: it.Meta})
	if rec == nil {
		rec = errorRecord(it.Path, len(data), "internal", "no record")
		if err == nil {
			err = fmt.Errorf("internal: no record")
		}
	}
	if err != nil && rec.Error == nil {
		rec.Error = &schema.Error{Kind: "internal", Message: err.Error()}
	}
	return result{rec: rec, err: err}
}

// pipeline extracts the inputs with the given number of workers and calls
// emit with each result in input order (an input already in done gives a
// result with skip set and no record). At most 2×workers inputs are in
// flight (read, extracted or waiting for their turn), so memory stays
// bounded whatever the number of inputs. It stops at the first emit error
// or when ctx is done (the results already emitted stay emitted).
//
// prep, when not nil, runs in the worker on each result before it waits for
// its turn: work such as encoding the record then runs in parallel too.
func pipeline(ctx context.Context, ex *extract.Extractor, src inputSource, done output.Done, workers int, prep func(*result), emit func(it input.Item, r result) error) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		it  input.Item
		out chan result
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job)
	queue := make(chan job, 2*workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := extractOne(ctx, ex, j.it, done)
				if prep != nil && !r.skip {
					prep(&r)
				}
				j.out <- r
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(jobs)
		src(ctx, func(it input.Item) bool {
			j := job{it, make(chan result, 1)}
			select {
			case queue <- j:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return false
			}
			return true
		})
	}()
	var err error
	for j := range queue {
		r := <-j.out
		if ctx.Err() != nil {
			err = ctx.Err()
			break
		}
		if err = emit(j.it, r); err != nil {
			break
		}
	}
	cancel()
	for range queue { // let the producer and workers finish
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
