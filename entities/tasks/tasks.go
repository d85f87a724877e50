// Package tasks recognizes the task lists an article sets for the coming
// period and, apart from them, the results it reports for the past one.
//
// STUB: the API is fixed; the implementation is being written.
package tasks

import (
	"time"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Input is what the recognizer reads.
type Input struct {
	Text      string
	Tokens    []token.Token
	Sentences []schema.Span
	Date      time.Time
}

// Find returns the task lists and the result lists.
func Find(in Input) (tasks, results []schema.TaskList) { return nil, nil }
