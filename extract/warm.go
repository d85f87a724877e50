package extract

import (
	"sync"

	"github.com/vnpol/vnpol/entities/docs"
	"github.com/vnpol/vnpol/entities/events"
	"github.com/vnpol/vnpol/entities/people"
	"github.com/vnpol/vnpol/entities/places"
	"github.com/vnpol/vnpol/entities/tasks"
	"github.com/vnpol/vnpol/entities/timex"
)

// Warm loads the word lists and tables of every recognizer now, one
// goroutine a package, and returns when all are loaded. Without it the
// first Extract loads them one after another (about 55 ms on the
// development machine, the start-up of a run on a few files); Warm spreads
// that over the CPUs. Calling it is optional: Extract loads what is
// missing either way. Safe for concurrent use; later calls return at once.
func Warm() {
	loaders := []func(){people.Warm, tasks.Warm, events.Warm, docs.Warm, places.Warm, timex.Warm,
		func() { bylineWords(); composeTab() }}
	var wg sync.WaitGroup
	wg.Add(len(loaders))
	for _, f := range loaders {
		go func() {
			defer wg.Done()
			f()
		}()
	}
	wg.Wait()
}
