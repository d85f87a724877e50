package extract

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// InputError is an input that yields no record: Kind says why (unreadable,
// binary, undecodable, too_large, empty), Message says it in words.
type InputError struct {
	Kind    string
	Message string
}

func (e *InputError) Error() string { return e.Kind + ": " + e.Message }

// decode turns the input bytes into UTF-8 text and names the encoding it found.
func decode(src []byte, max int) (string, string, error) {
	if max > 0 && len(src) > max {
		return "", "", &InputError{"too_large", fmt.Sprintf("%d bytes, over the limit of %d", len(src), max)}
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return "", "", &InputError{"empty", "no text"}
	}
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		src = src[3:]
		if !utf8.Valid(src) {
			return "", "", &InputError{"undecodable", "UTF-8 byte order mark but invalid UTF-8"}
		}
		return string(src), "utf-8-bom", nil
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		end := unicode.LittleEndian
		name := "utf-16le"
		if src[0] == 0xFE {
			end, name = unicode.BigEndian, "utf-16be"
		}
		out, err := unicode.UTF16(end, unicode.ExpectBOM).NewDecoder().Bytes(src)
		if err != nil {
			return "", "", &InputError{"undecodable", name + ": " + err.Error()}
		}
		return string(out), name, nil
	}
	if isBinary(src) {
		return "", "", &InputError{"binary", "binary data (NUL or control bytes), not text"}
	}
	if utf8.Valid(src) {
		return string(src), "utf-8", nil
	}
	// Not UTF-8: Windows-1258, the legacy Vietnamese Windows code page. It
	// maps every byte, so check that the result reads as Vietnamese text.
	out, err := charmap.Windows1258.NewDecoder().Bytes(src)
	if err != nil {
		return "", "", &InputError{"undecodable", err.Error()}
	}
	if !utf8.Valid(out) {
		return "", "", &InputError{"undecodable", "neither UTF-8 nor Windows-1258"}
	}
	return string(out), "windows-1258", nil
}

// isBinary reports NUL bytes or many control bytes in the first 8 KiB.
func isBinary(src []byte) bool {
	n := len(src)
	if n > 8192 {
		n = 8192
	}
	ctl := 0
	for _, c := range src[:n] {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
		}
	}
	return ctl*20 > n
}
