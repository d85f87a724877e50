package extract

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/vnpol/vnpol/encoding/vnlegacy"
)

// InputError is an input that yields no record: Kind says why (unreadable,
// binary, undecodable, too_large, empty), Message says it in words.
type InputError struct {
	Kind    string
	Message string
}

func (e *InputError) Error() string { return e.Kind + ": " + e.Message }

// Input formats that the decode stage tells apart (Source.Format).
const (
	FormatText = "text"
	FormatHTML = "html"
)

// decodeHint is what the caller knows of an input: a forced format ("" to
// detect it) and a declared charset (an HTTP Content-Type header).
type decodeHint struct {
	format      string
	contentType string
}

// decoded is the output of the decode stage.
type decoded struct {
	text   string // UTF-8 (not yet NFC)
	nfc    bool   // text is NFC: only characters that are NFC by themselves (see scanUTF8)
	enc    string // the encoding found: utf-8, utf-8-nfd, utf-8-bom, utf-16le, utf-16be, windows-1258, tcvn3, vni
	format string // text or html
}

// decode turns the input bytes into UTF-8 text and names the encoding it found.
func decode(src []byte, max int) (string, string, error) {
	d, err := decodeInput(src, max, decodeHint{})
	return d.text, d.enc, err
}

// decodeInput is the decode stage: size and emptiness checks, byte order
// marks, binary data, HTML (charset honoured, main content extracted, title
// and date from metadata), and for text the encoding: UTF-8 (NFC or NFD),
// else the 8-bit encoding whose text reads most like Vietnamese
// (Windows-1258, TCVN3 or VNI).
func decodeInput(src []byte, max int, hint decodeHint) (decoded, error) {
	if max > 0 && len(src) > max {
		return decoded{}, &InputError{"too_large", fmt.Sprintf("%d bytes, over the limit of %d", len(src), max)}
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return decoded{}, &InputError{"empty", "no text"}
	}
	isHTML := hint.format == FormatHTML || hint.format == "" && looksHTML(src)
	text, enc, nfc, err := decodeBytes(src, isHTML, hint.contentType)
	if err != nil {
		return decoded{}, err
	}
	format := hint.format
	if format == "" {
		format = FormatText
		// the bytes may have been UTF-16 or an 8-bit encoding: look again
		// at the decoded text's start (looksHTML reads 4 KiB at most)
		if isHTML || enc != "utf-8" && looksHTML([]byte(text[:min(len(text), 4096)])) {
			format = FormatHTML
		}
	}
	if format == FormatHTML {
		nfc = false
		if n := frontMatter(text); n > 0 {
			// a CMS export: front matter, then the page's HTML; the front
			// matter stays as written, for the header to read
			text = text[:n] + "\n" + htmlText(text[n:])
		} else {
			text = htmlText(text)
		}
		if len(bytes.TrimSpace([]byte(text))) == 0 {
			return decoded{}, &InputError{"empty", "HTML page without text"}
		}
	}
	return decoded{text: text, nfc: nfc, enc: enc, format: format}, nil
}

// decodeBytes turns bytes into UTF-8. For HTML the declared charset (HTTP
// header, then <meta>) is honoured unless it is a Latin-1 one, which legacy
// Vietnamese pages declared while their fonts drew TCVN3 or VNI.
func decodeBytes(src []byte, isHTML bool, contentType string) (text, enc string, nfc bool, err error) {
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		src = src[3:]
		valid, nfc := scanUTF8(src)
		if !valid {
			return "", "", false, &InputError{"undecodable", "UTF-8 byte order mark but invalid UTF-8"}
		}
		return string(src), "utf-8-bom", nfc, nil
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		end := unicode.LittleEndian
		name := "utf-16le"
		if src[0] == 0xFE {
			end, name = unicode.BigEndian, "utf-16be"
		}
		if len(src)%2 != 0 {
			return "", "", false, &InputError{"undecodable", name + ": odd number of bytes (truncated)"}
		}
		out, err := unicode.UTF16(end, unicode.ExpectBOM).NewDecoder().Bytes(src)
		if err != nil {
			return "", "", false, &InputError{"undecodable", name + ": " + err.Error()}
		}
		if isBinary(out) {
			return "", "", false, &InputError{"binary", name + " byte order mark but binary data"}
		}
		return string(out), name, false, nil
	}
	if isBinary(src) {
		return "", "", false, &InputError{"binary", "binary data (NUL or control bytes), not text"}
	}
	if isHTML {
		if text, enc, ok := declaredCharset(src, contentType); ok {
			return text, enc, false, nil
		}
	}
	if valid, nfc := scanUTF8(src); valid {
		if !nfc && hasCombiningVietMarks(src) && !norm.NFC.IsNormal(src) {
			return string(src), "utf-8-nfd", false, nil
		}
		return string(src), "utf-8", nfc, nil
	}
	if at, good := brokenUTF8(src); at >= 0 {
		return "", "", false, &InputError{"undecodable", fmt.Sprintf("invalid UTF-8 at byte %d (truncated or corrupt multi-byte sequence among %d valid ones)", at, good)}
	}
	c, ok := vnlegacy.Detect(src)
	if !ok {
		return "", "", false, &InputError{"undecodable", "neither UTF-8 nor Vietnamese in Windows-1258, TCVN3 or VNI"}
	}
	out, err := c.Encoding.NewDecoder().Bytes(src)
	if err != nil {
		return "", "", false, &InputError{"undecodable", c.Name + ": " + err.Error()}
	}
	return string(out), c.Name, false, nil
}

// scanUTF8 is utf8.Valid(src), and reports too whether the text is NFC for
// a reason a byte scan can see (so that normalize need not look again):
// every character is ASCII, in U+0080-U+02FF, in Latin Extended Additional
// (U+1E00-U+1EFF: the Vietnamese letters with tone marks) or in
// U+2002-U+207F (General Punctuation), all of which are NFC by themselves
// and combine with nothing before them. Vietnamese news is nothing else, so
// the scan rarely leaves its fast cases; at any other character it hands
// the rest to utf8.Valid and reports nfc false (unknown).
func scanUTF8(src []byte) (valid, nfc bool) {
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xCB && i+1 < len(src) && src[i+1]&0xC0 == 0x80: // U+0080-U+02FF
			i += 2
		case c == 0xE1 && i+2 < len(src) && src[i+1] >= 0xB8 && src[i+1] <= 0xBB && src[i+2]&0xC0 == 0x80: // U+1E00-U+1EFF
			i += 3
		case c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2] >= 0x82 && src[i+2] <= 0xBF, // U+2002-U+203F
			c == 0xE2 && i+2 < len(src) && src[i+1] == 0x81 && src[i+2]&0xC0 == 0x80: // U+2040-U+207F
			i += 3
		default:
			return utf8.Valid(src[i:]), false
		}
	}
	return true, true
}

// brokenUTF8 reports text that is UTF-8 but for a few bad bytes: many valid
// multi-byte sequences, few invalid ones. It returns the offset of the first
// invalid byte and the count of valid sequences, or -1.
func brokenUTF8(src []byte) (at, good int) {
	at, bad := -1, 0
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			if at < 0 {
				at = i
			}
			bad++
			i++
			continue
		}
		good++
		i += n
	}
	if at >= 0 && good >= 4 && good >= 4*bad {
		return at, good
	}
	return -1, good
}

// hasCombiningVietMarks reports combining tone or vowel marks (NFD text).
func hasCombiningVietMarks(src []byte) bool {
	if bytes.IndexByte(src, 0xCC) < 0 { // U+0300-U+033F all open with 0xCC
		return false
	}
	for _, m := range [][]byte{[]byte("\u0300"), []byte("\u0301"), []byte("\u0303"), []byte("\u0309"), []byte("\u0323"), []byte("\u0302"), []byte("\u0306"), []byte("\u031B")} {
		if bytes.Contains(src, m) {
			return true
		}
	}
	return false
}

// isBinary reports NUL bytes or many control bytes in the first 8 KiB.
func isBinary(src []byte) bool {
	n := len(src)
	if n > 8192 {
		n = 8192
	}
	ctl := 0
	b := src[:n]
	for len(b) > 0 {
		// skip 8 bytes at a time while none is below 0x20 (text has few:
		// a line break now and then); bytes of 0x80 and over are not flagged
		for len(b) >= 8 {
			x := binary.LittleEndian.Uint64(b)
			if (x-0x2020202020202020)&^x&0x8080808080808080 != 0 {
				break
			}
			b = b[8:]
		}
		m := min(len(b), 8)
		for _, c := range b[:m] {
			if c == 0 {
				return true
			}
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
				ctl++
			}
		}
		b = b[m:]
	}
	return ctl*20 > n
}
