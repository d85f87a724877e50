// Package places recognizes Vietnam's provinces and centrally-run cities,
// resolved as of the article's date: the 63 units of the 2004 code list
// before 1 July 2025, the 34 units of the 2025 list from then on.
//
// STUB: the API is fixed; the implementation is being written.
package places

import (
	"time"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Unit is one provincial unit of one code scheme.
type Unit struct {
	Name   string // canonical name without tỉnh/thành phố: "Sóc Trăng", "Hồ Chí Minh"
	Code   string // official two-digit code in Scheme
	Scheme string // "2004" or "2025"
	City   bool   // centrally-run city (thành phố trực thuộc trung ương)
	// Successor is, for a 2004 unit, the 2025 unit it became part of.
	Successor, SuccessorCode string
	Historical               bool // a pre-1997 province (Hà Tây, Minh Hải...): no code
}

// Match is one mention of a province in the text.
type Match struct {
	Span schema.Span
	Text string // text[Span.Start:Span.End], the name as written with any prefix (TP., tỉnh)
	Unit Unit
}

// MergerDate is the day the 34-unit list took effect.
var MergerDate = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

// Find returns the province mentions in text (tokens from token.Tokenize(text)),
// resolved as of date (the zero time means unknown: resolve as before the merger).
// Regions, rivers and people named after places are not returned.
func Find(text string, toks []token.Token, date time.Time) []Match { return nil }

// Lookup resolves one name or alias ("TP. Hồ Chí Minh", "Đác Lắc", "Soc Trang") as of date.
func Lookup(name string, date time.Time) (Unit, bool) { return Unit{}, false }

// Provinces merges matches into the record's list: one entry per unit, in
// order of first mention, with all mentions.
func Provinces(ms []Match) []schema.Province { return nil }
