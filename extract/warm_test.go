package extract

import (
	"context"
	"encoding/json"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWarm: Warm running alongside Extract calls (as the command starts
// it) leaves every record as a lone Extract makes it, and returns at once
// the second time (run with -race: the loaders share nothing unguarded).
func TestWarm(t *testing.T) {
	src, err := os.ReadFile(seedPath)
	require.NoError(t, err)
	e := mustExtractor(t)
	want, err := e.Extract(context.Background(), src)
	require.NoError(t, err)
	wantJSON, err := json.Marshal(want)
	require.NoError(t, err)
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Add(2)
		go func() { defer wg.Done(); Warm() }()
		go func() {
			defer wg.Done()
			rec, err := e.Extract(context.Background(), src)
			if assert.NoError(t, err) {
				got[i], _ = json.Marshal(rec)
			}
		}()
	}
	wg.Wait()
	for i := range got {
		assert.JSONEq(t, string(wantJSON), string(got[i]), "extract %d", i)
	}
	allocs := testing.AllocsPerRun(3, Warm)
	assert.Less(t, allocs, 50.0, "a second Warm loads nothing (only its goroutines allocate)")
}
