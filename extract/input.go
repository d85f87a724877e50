package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/vnpol/vnpol/schema"
)

// Input is one input with what the caller knows of it (a CLI that read it
// from a folder, a WARC archive or a JSONL file).
type Input struct {
	Path string
	Data []byte
	// Format forces the decode stage's format: "text" or "html"; "" detects it.
	Format string
	// ContentType is a declared media type with charset (an HTTP header).
	ContentType string
	// Container names the file format the input came out of ("warc",
	// "jsonl"); it becomes Source.Format when set.
	Container string
	// Meta is carried through as Source.Meta.
	Meta map[string]string
}

// ErrorRecord is the record of an input that yields no extraction: its
// Source, its Error, and every list empty (never null), as for any record.
func ErrorRecord(path string, size int, kind, msg string) *schema.Record {
	rec := &schema.Record{SchemaVersion: schema.SchemaVersion, Source: schema.Source{Path: path, Bytes: size},
		Error: &schema.Error{Kind: kind, Message: msg}}
	emptySlices(rec)
	return rec
}

// ExtractInput extracts a record from an Input: as Extract, plus the
// format and charset hints, Source.Path, Source.Format and Source.Meta.
// It never panics: a failure inside a recognizer gives a record whose
// Error kind is "internal".
func (e *Extractor) ExtractInput(ctx context.Context, in Input) (rec *schema.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec = ErrorRecord(in.Path, len(in.Data), "internal", fmt.Sprint("panic: ", p))
			err = fmt.Errorf("internal: panic: %v", p)
		}
	}()
	sum := sha256.Sum256(in.Data)
	rec = &schema.Record{
		SchemaVersion: schema.SchemaVersion,
		Source:        schema.Source{Path: in.Path, SHA256: hex.EncodeToString(sum[:]), Bytes: len(in.Data), Format: in.Container, Meta: in.Meta},
	}
	fail := func(kind, msg string, err error) (*schema.Record, error) {
		rec.Error = &schema.Error{Kind: kind, Message: msg}
		emptySlices(rec)
		return rec, err
	}
	if err := ctx.Err(); err != nil {
		return fail("canceled", err.Error(), err)
	}
	d, err := decodeInput(in.Data, e.maxBytes, decodeHint{format: in.Format, contentType: in.ContentType})
	if err != nil {
		ie := err.(*InputError)
		return fail(ie.Kind, ie.Message, err)
	}
	rec.Source.Encoding = d.enc
	if rec.Source.Format == "" {
		rec.Source.Format = d.format
	}
	text, notes := normalize(d.text, d.nfc)
	rec.Warnings = append(rec.Warnings, notes...)
	if err := ctx.Err(); err != nil {
		return fail("canceled", err.Error(), err)
	}
	e.fill(rec, text)
	if e.withText {
		rec.Text = text
	}
	return rec, nil
}

// Normalize decodes an article's bytes (plain text or HTML, in any
// encoding Extract reads) and returns the normalized text that a record's
// spans point into, without running the recognizers: the reference pass
// extraction's cost is measured against.
func (e *Extractor) Normalize(src []byte) (string, error) {
	d, err := decodeInput(src, e.maxBytes, decodeHint{})
	if err != nil {
		return "", err
	}
	text, _ := normalize(d.text, d.nfc)
	return text, nil
}

// MaxBytes is the size limit of one input (0: none).
func (e *Extractor) MaxBytes() int { return e.maxBytes }
