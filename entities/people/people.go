// Package people recognizes named persons, their title chains (each title a
// role plus its organization chain) and the organizations the text names.
//
// STUB: the API is fixed; the implementation is being written.
package people

import (
	"time"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Input is what the recognizer reads.
type Input struct {
	Text      string
	Tokens    []token.Token // token.Tokenize(Text)
	Sentences []schema.Span // segment.Sentences(Text)
	Date      time.Time     // the article's date, zero if unknown
	// Exclude are spans that hold no people: the byline, photo credits.
	Exclude []schema.Span
}

// Result is what the recognizer finds.
type Result struct {
	Officials     []schema.Official     // one per person, in order of first mention
	Organizations []schema.Organization // one per organization, in order of first mention
	// Participants are the people with a role in the event (chaired,
	// attended, reported, spoke), in order of mention.
	Participants []schema.Participant
}

// Find runs the recognizer.
func Find(in Input) Result { return Result{} }
