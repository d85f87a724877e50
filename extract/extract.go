// Package extract is vnpol's pipeline: it decodes an article's bytes,
// normalizes them into one text, segments it, runs the recognizers of
// package entities on it and assembles their matches into a schema.Record.
//
// Spans in the record are byte offsets into the normalized text, which
// Record.Text holds when WithText is set: text[s.Start:s.End] is the item
// as written. They do not point into the input bytes, which may be in
// another encoding, HTML, or written in decomposed Unicode.
//
// The traps of Vietnamese input this package handles before any
// recognizer sees the text:
//
//   - Encodings. Archives hold UTF-8 (with or without a byte order mark),
//     UTF-16, Windows-1258 and the legacy font encodings TCVN3 and VNI,
//     which pages often declare as ISO-8859-1 while their fonts drew
//     TCVN3. Decoding detects which one reads as Vietnamese (package
//     encoding/vnlegacy); a Latin-1 declaration is not trusted.
//   - Composition. The same letter may be one code point (NFC "ộ") or a
//     base and two combining marks (NFD, as Windows-1258 and some sites
//     write it). The text is NFC; a check skips the work on text that
//     already is. Tone-mark placement ("Hòa"/"Hoà", "Ủy"/"Uỷ") is left as
//     written: token keys ignore it (package token).
//   - Word segmentation. NLP corpora join the syllables of a word with
//     underscores ("Ban_Chấp_hành Trung_ương"). Such text is detected by
//     counting joints inside Vietnamese words (not in snake_case keys or
//     file names) and restored: joints become spaces, and the spaces the
//     segmenter put around punctuation ("Đà_Nẵng , ngày") are removed.
//   - Scraped pages. Database dumps keep literal "\n" escapes and HTML
//     entities; CMS exports open with YAML, TOML or JSON front matter (read
//     by the header as metadata, not by the recognizers); page chrome
//     (share buttons, related links, footers) follows the article and is
//     cut off; HTML pages lose their scripts, styles and server code, and
//     their blocks become lines.
//
// Bad input never panics: Extract returns a record whose Error kind says
// why (binary, empty, too_large or undecodable, with an *InputError;
// internal for a recognizer's failure, recovered), so that a batch writes
// one line for every input. An Extractor is safe for concurrent use.
package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/vnpol/vnpol/entities/docs"
	"github.com/vnpol/vnpol/entities/events"
	"github.com/vnpol/vnpol/entities/people"
	"github.com/vnpol/vnpol/entities/places"
	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/tasks"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// DefaultMaxBytes is the default size limit of one input.
const DefaultMaxBytes = 64 << 20

// Extractor turns articles into records. It is safe for concurrent use.
type Extractor struct {
	withText bool
	maxBytes int
	refDate  time.Time
}

// Option configures an Extractor.
type Option func(*Extractor) error

// WithText puts the normalized text in each record (Record.Text).
func WithText(on bool) Option { return func(e *Extractor) error { e.withText = on; return nil } }

// WithMaxBytes sets the size limit of one input (0: no limit).
func WithMaxBytes(n int) Option {
	return func(e *Extractor) error {
		if n < 0 {
			return fmt.Errorf("extract: negative size limit %d", n)
		}
		e.maxBytes = n
		return nil
	}
}

// WithReferenceDate sets the date used when an article states none.
func WithReferenceDate(t time.Time) Option {
	return func(e *Extractor) error { e.refDate = t; return nil }
}

// New returns an Extractor.
func New(opts ...Option) (*Extractor, error) {
	e := &Extractor{maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		if err := o(e); err != nil {
			return nil, err
		}
	}
	return e, nil
}

// Text extracts a record from a string.
func (e *Extractor) Text(s string) (*schema.Record, error) {
	return e.Extract(context.Background(), []byte(s))
}

// Extract extracts a record from an article's bytes, detecting their
// format (plain text or HTML) and encoding. On bad input it returns the
// record (with Source and Error set) and an *InputError.
func (e *Extractor) Extract(ctx context.Context, src []byte) (*schema.Record, error) {
	return e.ExtractInput(ctx, Input{Data: src})
}

// fill runs the recognizers on the normalized text and assembles the record.
func (e *Extractor) fill(rec *schema.Record, text string) {
	b := bufPool.Get().(*buffers)
	toks := token.AppendTokens(b.toks[:0], text)
	sents := segment.AppendSentences(b.sents[:0], text)
	var pm []places.Match
	defer func() {
		if cap(toks) <= maxPooledTokens {
			clear(toks) // the keys hold this text and its key buffer
			clear(pm)
			b.toks, b.sents, b.places = toks[:0], sents[:0], pm[:0]
			bufPool.Put(b)
		}
	}()
	h := readHeader(text, toks)
	rec.Article = h.art
	date := h.date
	if date.IsZero() {
		date = e.refDate
	}
	// the recognizers' tokens and sentences
	rtoks, rsents := toks, sents
	if h.fm > 0 {
		// the front matter is metadata, read by the header alone
		rtoks, rsents = afterFront(text, toks, sents, h.fm, h.fmTitle)
	}

	pm = places.AppendFind(b.places[:0], text, rtoks, date)
	rec.Provinces = places.Provinces(pm)
	rec.Documents = docs.Documents(docs.Find(text, rtoks, date))

	pr := people.Find(people.Input{Text: text, Tokens: rtoks, Sentences: rsents, Date: date, Exclude: h.skip})
	rec.Officials = pr.Officials
	rec.Organizations = pr.Organizations

	if pm == nil {
		pm = []places.Match{} // found: none (nil would make events look again)
	}
	rec.Meetings = events.Find(events.Input{Text: text, Tokens: rtoks, Sentences: rsents, Date: date, Title: h.title, NoTitle: h.noTitle, Places: pm})
	if len(rec.Meetings) > 0 && len(pr.Participants) > 0 {
		rec.Meetings[0].Participants = pr.Participants
	}
	rec.Tasks, rec.Results = tasks.Find(tasks.Input{Text: text, Tokens: rtoks, Sentences: rsents, Date: date})
	emptySlices(rec)
}

// afterFront returns the tokens and sentences the recognizers read when
// the text opens with n bytes of front matter: those after it, with a
// scraper's topic label before the title first ("title: \" [Kết luận
// 126-KL/TW] Kết luận về ...": the title itself is the page's headline,
// which the text repeats). The recognizers find entities through tokens
// and sentences, so the front matter's values (a CMS "description" may
// hold another story's lead) give none; the text is not copied.
func afterFront(text string, toks []token.Token, sents []schema.Span, n int, title schema.Span) ([]token.Token, []schema.Span) {
	keepA, keepB := 0, 0
	if title.End > title.Start && title.End <= n {
		line := strings.LastIndexByte(text[:title.Start], '\n') + 1
		if a := strings.IndexByte(text[line:title.Start], '['); a >= 0 {
			if b := strings.IndexByte(text[line+a:title.Start], ']'); b >= 0 {
				keepA, keepB = line+a, line+a+b+1
			}
		}
	}
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= n })
	rt := toks[k:]
	if keepB > keepA {
		// the label's tokens, then those after the front matter: moved in
		// place over the front matter's last tokens (toks is the caller's
		// own buffer), or copied when those are too few
		a := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= keepA })
		z := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= keepB })
		if at := k - (z - a); at >= z {
			copy(toks[at:k], toks[a:z])
			rt = toks[at:]
		} else {
			rt = append(append(make([]token.Token, 0, z-a+len(toks)-k), toks[a:z]...), toks[k:]...)
		}
	}
	rs := sents[sort.Search(len(sents), func(i int) bool { return sents[i].Start >= n }):]
	return rt, rs
}

// bufPool keeps the token and sentence slices from one article to the
// next. A token slice takes about 10 bytes per byte of text, the largest
// allocation of an extraction; allocated afresh each time, it kept the
// collector and the kernel busy (zeroing, returning and faulting in
// pages). Nothing that outlives fill points into them.
var bufPool = sync.Pool{New: func() any { return new(buffers) }}

type buffers struct {
	toks   []token.Token
	sents  []schema.Span
	places []places.Match
}

// maxPooledTokens is the largest slice kept (2^20 tokens, 40 MiB).
const maxPooledTokens = 1 << 20

// emptySlices makes absent lists encode as [] rather than null, so that
// every record has the same shape for tables and schema validation.
func emptySlices(r *schema.Record) {
	if r.Meetings == nil {
		r.Meetings = []schema.Meeting{}
	}
	if r.Officials == nil {
		r.Officials = []schema.Official{}
	}
	if r.Organizations == nil {
		r.Organizations = []schema.Organization{}
	}
	if r.Documents == nil {
		r.Documents = []schema.Document{}
	}
	if r.Provinces == nil {
		r.Provinces = []schema.Province{}
	}
	if r.Tasks == nil {
		r.Tasks = []schema.TaskList{}
	}
	if r.Results == nil {
		r.Results = []schema.TaskList{}
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
}
