package extract

import (
	_ "embed"
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnpol/vnpol/entities/token"
)

// normalize turns decoded text into the one text all spans point into:
// line ends unified, literal escapes from database dumps and HTML entities
// decoded, NFC, word-segmented text (Ban_Chấp_hành) restored, and the page
// chrome after the article cut off. Tone-mark placement (Hòa/Hoà) is left as
// written: the recognizers match through token keys that ignore it.
//
// nfc says that decode found s NFC (decoded.nfc): the NFC check is skipped
// unless decoding entities may have added other characters.
func normalize(s string, nfc bool) (string, []string) {
	var notes []string
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if strings.Contains(s, `\n`) && strings.Count(s, `\n`) > strings.Count(s, "\n") {
		s = strings.NewReplacer(`\r\n`, "\n", `\n`, "\n", `\r`, "\n", `\t`, "\t", `\"`, `"`).Replace(s)
		notes = append(notes, "literal escape sequences decoded")
	}
	if strings.IndexByte(s, '<') >= 0 && inlineTagRe.MatchString(s) {
		// before entities are decoded: an escaped tag (&lt;b&gt;) is text
		s = stripInlineTags(s)
		notes = append(notes, "inline markup tags removed")
	}
	if strings.IndexByte(s, '&') >= 0 && entityRe.MatchString(s) {
		s, nfc = html.UnescapeString(s), false
	}
	if !nfc && !isNFC(s) {
		s = toNFC(s)
	}
	if isWordSegmented(s) {
		s = unsegment(s)
		notes = append(notes, "word-segmented text restored")
	}
	s = cutChrome(s)
	return s, notes
}

// inlineTagRe matches the markup that scraped text keeps from its page:
// search-result highlights (<b>Thanh Hóa</b>), emphasis, links, line and
// paragraph breaks. Such a tag inside a name or a title chain hides the
// words from every recognizer. Only these tags are matched, each with at
// most 300 bytes of attributes and no '<' or '>' inside, so that text
// such as "a < b" or "<<Tên sách>>" stays.
var inlineTagRe = regexp.MustCompile(`(?i)</?(?:b|strong|i|em|u|span|font|a|mark|sup|sub|br|p)(?:\s[^<>]{0,300})?\s*/?>`)

// stripInlineTags removes inline tags (a line or paragraph break becomes a
// line end). The text the spans point into is the text without them.
func stripInlineTags(s string) string {
	return inlineTagRe.ReplaceAllStringFunc(s, func(tag string) string {
		name := strings.ToLower(strings.TrimLeft(tag, "</"))
		if len(name) >= 2 && (name[:2] == "br" || name[0] == 'p' && (len(name) == 1 || name[1] == '>' || name[1] == ' ' || name[1] == '/')) {
			return "\n"
		}
		return ""
	})
}

var entityRe = regexp.MustCompile(`&(#[0-9]{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});`)

// isNFC reports whether s is in Normalization Form C. Vietnamese text
// uses ASCII, the Latin blocks below U+0300, Latin Extended Additional
// (U+1E00-U+1EFF) and General Punctuation; every character there is NFC
// by itself (but U+2000 and U+2001, which NFC maps to U+2002 and U+2003),
// and none of them combines with the one before. A byte scan accepts those;
// anything else (combining marks U+0300-U+036F, other scripts) goes to the
// full check of x/text/unicode/norm.
func isNFC(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			i++
		case c >= 0xC2 && c <= 0xCB: // U+0080-U+02FF
			i += 2
		case c == 0xE1 && i+1 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB: // U+1E00-U+1EFF
			i += 3
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x82, // U+2002-U+203F
			c == 0xE2 && i+1 < len(s) && s[i+1] == 0x81: // U+2040-U+207F
			i += 3
		default:
			return norm.NFC.IsNormalString(s)
		}
	}
	return true
}

// isWordSegmented reports text whose syllables are joined by underscores
// (the output of Vietnamese word segmenters): many letter_letter joints, or
// fewer joints together with the segmenters' spaced punctuation (" , ").
func isWordSegmented(s string) bool {
	if strings.Count(s, "_") < 3 { // most texts: no underscores at all
		return false
	}
	joints, words := 0, strings.Count(s, " ")+1
	// a joint counts inside a word (letters, digits and underscores) that
	// holds a letter beyond ASCII: "Ban_Chấp_hành", "Hà_Giang", not the
	// snake_case keys, file names and addresses of code and metadata
	// ("trich_yeu", "HDND_2020.PDF", "xăm](https://.../og_image/...")
	runJoints, vietnamese := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x80 && c != '_' && !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'):
			if vietnamese {
				joints += runJoints
			}
			runJoints, vietnamese = 0, false
		case c >= 0x80:
			vietnamese = true
		case c == '_' && i > 0 && i+1 < len(s) && s[i-1] != ' ' && s[i+1] != ' ' && s[i-1] != '_':
			runJoints++
		}
	}
	if vietnamese {
		joints += runJoints
	}
	if joints < 3 {
		return false
	}
	spaced := strings.Count(s, " , ") + strings.Count(s, " . ")
	return joints*20 >= words || spaced >= 3 && joints*200 >= words
}

// unsegment joins syllables and re-attaches punctuation to its word. It
// copies the text between underscores and spaces as it is; only at those
// two bytes does it look at the runes around (unsegmentRunes is the same
// rune by rune, for text that is not valid UTF-8).
func unsegment(s string) string {
	if !utf8.ValidString(s) {
		return unsegmentRunes(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(-1) // the rune before s[i]; -1 at the start
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != '_' && s[j] != ' ' {
			j++
		}
		if j > i {
			b.WriteString(s[i:j])
			prev, _ = utf8.DecodeLastRuneInString(s[i:j])
			if i = j; i == len(s) {
				break
			}
		}
		r := rune(s[i])
		if i+1 < len(s) {
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			switch {
			case r == '_' && prev >= 0 && isLetterOrDigit(prev) && isLetterOrDigit(next):
				b.WriteByte(' ')
				prev, i = r, i+1
				continue
			case r == ' ' && strings.ContainsRune(",.;:!?)]”…%", next) && prev >= 0 && prev != ' ' && prev != '\n',
				r == ' ' && prev >= 0 && strings.ContainsRune("([“", prev):
				prev, i = r, i+1
				continue
			}
		}
		b.WriteByte(s[i])
		prev, i = r, i+1
	}
	return b.String()
}

// unsegmentRunes is unsegment rune by rune.
func unsegmentRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '_' && i > 0 && i+1 < len(rs) && isLetterOrDigit(rs[i-1]) && isLetterOrDigit(rs[i+1]) {
			b.WriteByte(' ')
			continue
		}
		if r == ' ' && i+1 < len(rs) {
			next := rs[i+1]
			// "word ," -> "word,"; "word )" -> "word)"
			if strings.ContainsRune(",.;:!?)]”…%", next) && i > 0 && rs[i-1] != ' ' && rs[i-1] != '\n' {
				continue
			}
			// "( word" -> "(word"; "“ word" -> "“word"
			if i > 0 && strings.ContainsRune("([“", rs[i-1]) {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isLetterOrDigit(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

//go:embed data/noise.txt
var noiseData string

var noiseKeys = func() []string {
	var out []string
	for _, l := range strings.Split(noiseData, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, token.FoldPhrase(l))
	}
	return out
}()

// noiseFirst holds the first word of every noise marker.
var noiseFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range noiseKeys {
		m[strings.Fields(k)[0]] = true
	}
	return m
}()

func notWordRune(r rune) bool { return !isLetterOrDigit(r) }

// cutChrome cuts the text at the first line, after the first three, that
// starts the page chrome (comment forms, related items, widgets).
func cutChrome(s string) string {
	lines, off := 0, 0
	for off < len(s) {
		end := strings.IndexByte(s[off:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += off
		}
		line := strings.TrimSpace(s[off:end])
		if line != "" {
			lines++
			if lines > 3 && isChrome(line) {
				return strings.TrimRightFunc(s[:off], unicode.IsSpace) + "\n"
			}
		}
		off = end + 1
	}
	return s
}

func isChrome(line string) bool {
	if len(line) > 200 {
		return false
	}
	// the markers are prefixes of a few words: fold only the line's start
	if len(line) > 48 {
		cut := 48
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		line = line[:cut]
	}
	// a cheap test first: does the line's first word open a marker?
	w := line
	if i := strings.IndexFunc(line, notWordRune); i >= 0 {
		w = line[:i]
	}
	var buf [64]byte
	if w == "" || len(w) > len(buf)/2 || !noiseFirst[string(token.AppendFold(buf[:0], w))] {
		return false
	}
	key := token.FoldPhrase(line)
	for _, k := range noiseKeys {
		if strings.HasPrefix(key, k) && (len(key) == len(k) || key[len(k)] == ' ') {
			return true
		}
	}
	return false
}

// firstRuneUpper reports whether s starts with an upper-case letter.
func firstRuneUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
