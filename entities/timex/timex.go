// Package timex recognizes dates, times and periods in Vietnamese text and
// normalizes them to ISO 8601.
//
// STUB: the API is fixed; the implementation is being written.
package timex

import (
	"time"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Date is one date (or date and time) in the text.
type Date struct {
	Span schema.Span
	Text string // text[Span.Start:Span.End]
	// Value is ISO 8601: 2020-07-25, 2020-07-26T22:08, or 2020-07 when the day is unknown.
	Value string
	// YearInferred is true when the year came from the reference date ("sáng 25-7").
	YearInferred bool
}

// Period is one stretch of time: "6 tháng đầu năm 2020", "nhiệm kỳ 2020-2025".
type Period struct {
	Span       schema.Span
	Text       string
	Start, End string // ISO dates, first and last day
	// Past is true for periods under review, false for coming ones, as far as the words say ("cuối năm", "năm tới").
	Future bool
}

// Dates returns the dates in text; ref is the article's date (zero if
// unknown), used for dates written without a year.
func Dates(text string, toks []token.Token, ref time.Time) []Date { return nil }

// Periods returns the periods in text; ref as for Dates.
func Periods(text string, toks []token.Token, ref time.Time) []Period { return nil }

// ParseTimestamp reads a publication timestamp such as "22:8' 26/7/2020",
// "19/02/2025 14:15", "Wed, 19 Feb 2025 15:00:00 +0700" or "26/7/2020" and
// returns it as local ISO time (2020-07-26T22:08) or a date (2020-07-26).
func ParseTimestamp(s string) (string, bool) { return "", false }
