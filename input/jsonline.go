package input

import (
	"unicode/utf16"
	"unicode/utf8"
)

// JSONL lines are decoded by hand, in one pass: encoding/json read each
// line three times (Decoder.Decode finds the value's end, then decodes it
// into a map of raw values, then Unmarshal checks and unquotes the text
// once more), which came to a fifth of a batch run over a JSONL file.
// scanObject accepts only what encoding/json accepts and gives the same
// values; on anything else (a syntax error, a line that is not an object,
// invalid UTF-8 in a string, deep nesting) it reports !ok and the line goes
// to encoding/json, which gives the error message. FuzzJSONLine checks the
// two agree.

// lineField is one member of a JSONL object: its key unquoted, and its
// value unquoted when a string (str set), else as written. A value holds
// the line's own bytes unless unquoting changed them.
type lineField struct {
	key   []byte
	value []byte
	str   bool
}

// scanObject reads the first JSON value of line, which must be an object,
// into its members in order (a repeated key: each time). Bytes after the
// object are not read, as json.Decoder.Decode does not read them.
func scanObject(line []byte, fields []lineField) ([]lineField, bool) {
	s := scanner{b: line}
	s.space()
	if !s.byte('{') {
		return nil, false
	}
	s.space()
	if s.byte('}') {
		return fields, true
	}
	for {
		s.space()
		key, ok := s.str()
		if !ok {
			return nil, false
		}
		s.space()
		if !s.byte(':') {
			return nil, false
		}
		s.space()
		f := lineField{key: key}
		if s.i < len(s.b) && s.b[s.i] == '"' {
			if f.value, ok = s.str(); !ok {
				return nil, false
			}
			f.str = true
		} else {
			start := s.i
			if !s.skipValue(0) {
				return nil, false
			}
			f.value = s.b[start:s.i]
		}
		fields = append(fields, f)
		s.space()
		if s.byte('}') {
			return fields, true
		}
		if !s.byte(',') {
			return nil, false
		}
	}
}

type scanner struct {
	b []byte
	i int
}

func (s *scanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *scanner) byte(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// maxDepth bounds the nesting scanObject reads (encoding/json allows
// 10,000; deeper lines go to it).
const maxDepth = 500

// skipValue passes over a value that is not a string at the top of a
// member: an object, array, number, true, false or null.
func (s *scanner) skipValue(depth int) bool {
	if s.i >= len(s.b) || depth > maxDepth {
		return false
	}
	switch c := s.b[s.i]; {
	case c == '"':
		_, ok := s.str()
		return ok
	case c == '{' || c == '[':
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		s.i++
		s.space()
		if s.byte(end) {
			return true
		}
		for {
			s.space()
			if c == '{' {
				if _, ok := s.str(); !ok {
					return false
				}
				s.space()
				if !s.byte(':') {
					return false
				}
				s.space()
			}
			if !s.skipValue(depth + 1) {
				return false
			}
			s.space()
			if s.byte(end) {
				return true
			}
			if !s.byte(',') {
				return false
			}
		}
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return s.number()
	}
	return false
}

func (s *scanner) literal(w string) bool {
	if len(s.b)-s.i >= len(w) && string(s.b[s.i:s.i+len(w)]) == w {
		s.i += len(w)
		return true
	}
	return false
}

// number passes over -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (s *scanner) number() bool {
	s.byte('-')
	switch {
	case s.byte('0'):
	case s.digits() == 0:
		return false
	}
	if s.byte('.') && s.digits() == 0 {
		return false
	}
	if s.byte('e') || s.byte('E') {
		if !s.byte('+') {
			s.byte('-')
		}
		if s.digits() == 0 {
			return false
		}
	}
	return true
}

func (s *scanner) digits() int {
	n := 0
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
		s.i++
		n++
	}
	return n
}

// str reads a string and returns it unquoted as encoding/json unquotes it
// (a lone UTF-16 surrogate becomes U+FFFD): the line's own bytes when it
// holds no escape. Invalid UTF-8 inside is left to encoding/json.
func (s *scanner) str() ([]byte, bool) {
	if !s.byte('"') {
		return nil, false
	}
	start := s.i
	plain, ascii := true, true
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
			s.i++
		case c == '"':
			raw := s.b[start:s.i]
			s.i++
			if !ascii && !utf8.Valid(raw) {
				return nil, false
			}
			if plain {
				return raw, true
			}
			return unquote(raw), true
		case c == '\\':
			plain = false
			s.i++
			if s.i >= len(s.b) {
				return nil, false
			}
			switch s.b[s.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				s.i++
			case 'u':
				if len(s.b)-s.i < 5 || hex4(s.b[s.i+1:s.i+5]) < 0 {
					return nil, false
				}
				s.i += 5
			default:
				return nil, false
			}
		case c < 0x20:
			return nil, false
		default:
			s.i++
		}
	}
	return nil, false
}

// hex4 is the value of four hex digits, or -1.
func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// unquote decodes the escapes of a string's bytes, which str has checked.
func unquote(raw []byte) []byte {
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		c := raw[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		switch raw[i] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(raw[i+1:])
			i += 5
			if utf16.IsSurrogate(r) {
				// a pair makes one character; encoding/json writes
				// U+FFFD for a surrogate that is not the first of one
				if i+6 <= len(raw) && raw[i] == '\\' && raw[i+1] == 'u' {
					if d := utf16.DecodeRune(r, hex4(raw[i+2:])); d != utf8.RuneError {
						out = utf8.AppendRune(out, d)
						i += 6
						continue
					}
				}
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
			continue
		default: // '"', '\\', '/'
			out = append(out, raw[i])
		}
		i++
	}
	return out
}
