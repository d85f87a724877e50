// Package docs recognizes citations of Party and state documents
// (35-CT/TW, 30/2020/NĐ-CP, "Nghị quyết Trung ương 4 (khóa XII)") and
// resolves them to type, number, symbol, issuer, date, term and plenum.
//
// STUB: the API is fixed; the implementation is being written.
package docs

import (
	"time"

	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Citation is one mention of a document.
type Citation struct {
	Span schema.Span
	// Document holds the resolved fields; its Text is the citation as written
	// (text[Span.Start:Span.End]) and Mentions holds just Span.
	Document schema.Document
}

// Find returns every citation in text (tokens from token.Tokenize(text)),
// left to right; date is the article's date (zero if unknown), used to
// infer the term of Party documents.
func Find(text string, toks []token.Token, date time.Time) []Citation { return nil }

// Documents merges citations into one entry per distinct document, in order
// of first mention, with every mention.
func Documents(cs []Citation) []schema.Document { return nil }
