// Package schema holds the record types that vnpol produces: the public
// contract of the module. It holds types only, no extraction logic.
//
// Every item taken from the text carries a Span (or Mentions, a list of
// spans): byte offsets into the record's normalized text, with the
// invariant text[Start:End] == item.Text. The normalized text is the input
// after decoding, NFC normalization, word-segmentation restoration and
// page-noise removal; the CLI's --with-text puts it in the record.
package schema

// SchemaVersion is the version of the record layout. It changes when a
// field is removed or changes meaning; added fields keep it.
const SchemaVersion = "1.0"

// Span is a half-open byte range [Start, End) of the normalized text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Record is everything extracted from one article.
type Record struct {
	SchemaVersion string         `json:"schema_version"`
	Source        Source         `json:"source"`
	Error         *Error         `json:"error,omitempty"`
	Article       Article        `json:"article"`
	Meetings      []Meeting      `json:"meetings"`
	Officials     []Official     `json:"officials"`
	Organizations []Organization `json:"organizations"`
	Documents     []Document     `json:"documents"`
	Provinces     []Province     `json:"provinces"`
	Tasks         []TaskList     `json:"tasks"`
	Results       []TaskList     `json:"results"`
	Warnings      []string       `json:"warnings"`
	// Text is the normalized text all spans point into; set only when the
	// caller asks for it (extract.WithText, the CLI's --with-text).
	Text string `json:"text,omitempty"`
}

// Source describes the input a record came from.
type Source struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Bytes  int    `json:"bytes"`
	// Encoding is what the bytes were decoded from: utf-8, utf-8-bom,
	// utf-8-nfd (decomposed), utf-16le, utf-16be, windows-1258, tcvn3, vni.
	Encoding string `json:"encoding"`
	// Format is the input's format: text, html, or the container it came
	// out of (warc, jsonl).
	Format string            `json:"format,omitempty"`
	Meta   map[string]string `json:"meta,omitempty"`
}

// Error says why an input yielded no extraction.
type Error struct {
	// Kind is one of: unreadable, binary, undecodable, too_large, empty, internal, canceled.
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

// Article is the header of the article.
type Article struct {
	Category     string `json:"category,omitempty"`
	CategorySpan *Span  `json:"category_span,omitempty"`
	Title        string `json:"title,omitempty"`
	TitleSpan    *Span  `json:"title_span,omitempty"`
	// Published is ISO 8601 local time as written: 2020-07-26T22:08, or a date alone.
	Published     string `json:"published,omitempty"`
	PublishedSpan *Span  `json:"published_span,omitempty"`
	Byline        string `json:"byline,omitempty"`
	BylineSpan    *Span  `json:"byline_span,omitempty"`
}

// Meeting is one event the article reports as held.
type Meeting struct {
	// Kind is the Vietnamese head word: sơ kết, tổng kết, hội nghị, đại hội, kỳ họp, làm việc...
	Kind         string        `json:"kind"`
	Name         string        `json:"name,omitempty"`
	Span         *Span         `json:"span,omitempty"`
	Modifiers    []string      `json:"modifiers,omitempty"`
	Date         string        `json:"date,omitempty"`
	DateSpan     *Span         `json:"date_span,omitempty"`
	Location     *Location     `json:"location,omitempty"`
	Organizer    *TextSpan     `json:"organizer,omitempty"`
	Period       *Period       `json:"period,omitempty"`
	Members      []Member      `json:"members,omitempty"`
	Participants []Participant `json:"participants,omitempty"`
}

// Location is where an event took place.
type Location struct {
	Text     string `json:"text"`
	Span     Span   `json:"span"`
	Province string `json:"province,omitempty"`
	Code     string `json:"code,omitempty"`
}

// TextSpan is a piece of text with its span.
type TextSpan struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}

// Period is a stretch of time as written, normalized to ISO dates.
type Period struct {
	Text  string `json:"text"`
	Span  *Span  `json:"span,omitempty"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Member is a province named as a member of the organizing group.
type Member struct {
	Name string `json:"name"`
	Code string `json:"code,omitempty"`
	Span Span   `json:"span"`
}

// Participant is a person with a role in an event.
type Participant struct {
	Name string `json:"name"`
	// Role is one of: chaired, attended, reported, spoke.
	Role string `json:"role"`
	Span Span   `json:"span"`
}

// Official is one named person, however often mentioned.
type Official struct {
	Name     string  `json:"name"`
	Titles   []Title `json:"titles"`
	Mentions []Span  `json:"mentions"`
}

// Title is one position: a role plus its organization chain.
type Title struct {
	// Text is the title as written (shared organization propagated where
	// the chain shares it, so Text may then differ from the span's text).
	Text         string `json:"text"`
	Role         string `json:"role"`
	Organization string `json:"organization,omitempty"`
	Former       bool   `json:"former,omitempty"`
	Span         Span   `json:"span"`
}

// Organization is a Party, state or mass organization named in the text.
type Organization struct {
	Name      string `json:"name"`
	Canonical string `json:"canonical,omitempty"`
	Mentions  []Span `json:"mentions"`
}

// Document is one distinct cited document, with every mention of it.
type Document struct {
	Text       string `json:"text"`
	Type       string `json:"type"`
	TypeCode   string `json:"type_code,omitempty"`
	Number     string `json:"number,omitempty"`
	Symbol     string `json:"symbol,omitempty"`
	Issuer     string `json:"issuer,omitempty"`
	IssuerCode string `json:"issuer_code,omitempty"`
	Date       string `json:"date,omitempty"`
	Year       int    `json:"year,omitempty"`
	Term       string `json:"term,omitempty"`
	// TermInferred is true when Term comes from the date rather than the text.
	TermInferred bool   `json:"term_inferred,omitempty"`
	Plenum       int    `json:"plenum,omitempty"`
	Mentions     []Span `json:"mentions"`
}

// Province is a province or centrally-run city named in the text.
type Province struct {
	Name string `json:"name"`
	Code string `json:"code,omitempty"`
	// Scheme is the code list Code belongs to: "2004" (63 units) or "2025" (34 units).
	Scheme string `json:"scheme,omitempty"`
	// Successor is, for a unit of the 63-unit list, the 34-unit list's unit it belongs to now.
	Successor     string `json:"successor,omitempty"`
	SuccessorCode string `json:"successor_code,omitempty"`
	Mentions      []Span `json:"mentions"`
}

// TaskList is a list of tasks set for (or results reported for) a period.
type TaskList struct {
	Period *Period `json:"period,omitempty"`
	Items  []Item  `json:"items"`
}

// Item is one task or result.
type Item struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
}
