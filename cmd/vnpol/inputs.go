package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"iter"
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
// result with skip set and no record). At most inFlightPerWorker×workers
// inputs are in flight (read, extracted or waiting for their turn), so memory stays
// bounded whatever the number of inputs. It stops at the first emit error
// or when ctx is done (the results already emitted stay emitted).
//
// prep, when not nil, runs in the worker on each result before it waits for
// its turn: work such as encoding the record then runs in parallel too.
//
// No goroutine hands inputs or results to another: each worker pulls the
// next input from the walker itself (iter.Pull, under srcMu) and, once it
// has extracted it, emits every result that is next in order, its own or
// those other workers left waiting. While one worker emits (writes and
// flushes, outside mu), the others leave their results to it and go on
// extracting. A hand-off through channels (a producer, the workers, an
// emitter) woke a parked thread once or twice per input, and on short
// articles the futex and scheduler spinning that cost came to a fifth of
// the user time. Emitting outside srcMu keeps the streaming filter prompt:
// a worker waiting on standard input for the next line does not hold back
// a record that is ready.
// inFlightPerWorker bounds the inputs in flight per worker. Results leave
// in input order, so one long article holds back those after it, and a
// worker that finds no free slot waits. Over the 19,073 bulk articles with
// 2 workers (a folder walk), 2 slots a worker made them wait 606 times,
// 0.39 s in all; 8 slots, 31 times (0.09 s); 16 slots, about ten times
// (0.02 s). The waiting results are records (their JSON already encoded):
// only the inputs being extracted hold their text.
var inFlightPerWorker = 16 // (a variable: the pipeline's tests lower it)

func pipeline(ctx context.Context, ex *extract.Extractor, src inputSource, done output.Done, workers int, prep func(*result), emit func(it input.Item, r result) error) error {
	if workers < 1 {
		workers = 1
	}
	window := inFlightPerWorker * workers
	next, stop := iter.Pull(func(yield func(input.Item) bool) { src(ctx, yield) })
	type slot struct {
		it   input.Item
		r    result
		full bool
	}
	var (
		srcMu   sync.Mutex
		taken   int  // inputs pulled from the walker (srcMu)
		srcDone bool // the walker has no more (srcMu)

		mu      sync.Mutex
		ring    = make([]slot, window) // results waiting for their turn, by taken % window (mu)
		emitted int                    // results taken out of ring to be emitted (mu)
		err     error                  // the first emit error (mu)
		// a worker is emitting: the others leave their results in ring
		// for it and go back to work (mu)
		emitting bool

		// a free slot for each input in flight: taken at the pull,
		// given back when its result is emitted
		free = make(chan struct{}, window)
		wg   sync.WaitGroup
	)
	failed := func() bool {
		mu.Lock()
		defer mu.Unlock()
		return err != nil
	}
	work := func() {
		defer wg.Done()
		var batch []slot // results being emitted by this worker
		for {
			select {
			case free <- struct{}{}:
			case <-ctx.Done():
				return
			}
			if failed() {
				return
			}
			srcMu.Lock()
			var it input.Item
			ok := !srcDone
			if ok {
				it, ok = next()
			}
			seq := taken
			if ok {
				taken++
			} else {
				srcDone = true
			}
			srcMu.Unlock()
			if !ok {
				<-free
				return
			}
			r := extractOne(ctx, ex, it, done)
			if prep != nil && !r.skip {
				prep(&r)
			}
			mu.Lock()
			ring[seq%window] = slot{it, r, true}
			if emitting { // that worker will emit this one too
				mu.Unlock()
				continue
			}
			emitting = true
			for {
				batch = batch[:0]
				for s := &ring[emitted%window]; s.full; s = &ring[emitted%window] {
					batch = append(batch, *s)
					*s = slot{}
					emitted++
				}
				if len(batch) == 0 {
					emitting = false
					break
				}
				stopped := err != nil
				mu.Unlock()
				// emit (write, flush) outside mu: the other workers
				// leave their results and go on extracting meanwhile
				var e error
				for i := range batch {
					if !stopped && e == nil {
						if e = ctx.Err(); e == nil {
							e = emit(batch[i].it, batch[i].r)
						}
					}
					batch[i] = slot{}
					<-free
				}
				mu.Lock()
				if e != nil && err == nil {
					err = e
				}
			}
			mu.Unlock()
		}
	}
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go work()
	}
	wg.Wait()
	srcMu.Lock()
	stop()
	srcMu.Unlock()
	if err == nil {
		err = ctx.Err()
	}
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
