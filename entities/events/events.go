// Package events recognizes the events an article reports as held
// (conferences, reviews, congresses, sessions, working visits, press
// conferences, ceremonies) with their date, place, organizer, period and
// member provinces.
//
// STUB: the API is fixed; the implementation is being written.
package events

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
	Title     schema.Span   // the title's span, zero if none
}

// Find returns the events reported as held, the main one first.
// Participants are filled in by the caller (package people finds them).
func Find(in Input) []schema.Meeting { return nil }
