package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/extract"
	"github.com/vnpol/vnpol/input"
)

// memSource yields n in-memory inputs of varied length (so that workers
// finish out of order) and counts how many the pipeline pulled.
func memSource(n int, pulled *atomic.Int64) inputSource {
	return func(ctx context.Context, yield func(input.Item) bool) {
		for i := 0; i < n; i++ {
			text := fmt.Sprintf("Bài số %d.\n", i)
			for j := 0; j < i%5*40; j++ {
				text += "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, phát biểu tại hội nghị. "
			}
			pulled.Add(1)
			if !yield(input.Item{Path: fmt.Sprint(i), Data: []byte(text), Size: int64(len(text))}) {
				return
			}
		}
	}
}

func TestPipeline(t *testing.T) {
	ex, err := extract.New()
	require.NoError(t, err)
	// a window smaller than the 30 inputs, so that its bound shows
	defer func(n int) { inFlightPerWorker = n }(inFlightPerWorker)
	inFlightPerWorker = 2
	stopErr := errors.New("disk full")
	for _, tc := range []struct {
		name    string
		workers int
		failAt  int // emit fails at this input (-1: never)
		cancel  int // ctx is cancelled after this many emits (-1: never)
		wantErr error
		emitted int
	}{
		{"one worker", 1, -1, -1, nil, 30},
		{"two workers", 2, -1, -1, nil, 30},
		{"more workers than inputs", 40, -1, -1, nil, 30},
		{"emit error stops one worker", 1, 7, -1, stopErr, 8},
		{"emit error stops many", 4, 7, -1, stopErr, 8},
		{"cancel", 3, -1, 5, context.Canceled, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var pulled atomic.Int64
			var got []string
			err := pipeline(ctx, ex, memSource(30, &pulled), nil, tc.workers, func(r *result) { r.line = []byte(r.rec.Source.Path) },
				func(it input.Item, r result) error {
					require.Equal(t, it.Path, r.rec.Source.Path)
					require.Equal(t, it.Path, string(r.line), "prep ran on the result")
					got = append(got, it.Path)
					if len(got)-1 == tc.failAt {
						return stopErr
					}
					if len(got) == tc.cancel {
						cancel()
					}
					return nil
				})
			assert.ErrorIs(t, err, tc.wantErr)
			require.Len(t, got, tc.emitted)
			for i, p := range got {
				assert.Equal(t, fmt.Sprint(i), p, "input order")
			}
			// in flight at most inFlightPerWorker×workers beyond what was emitted
			assert.LessOrEqual(t, pulled.Load(), int64(tc.emitted+inFlightPerWorker*max(tc.workers, 1)+1))
		})
	}
}
