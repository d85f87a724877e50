package extract

import (
	_ "embed"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/timex"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// header finds the article header. Three layouts are read:
//
//   - page layout (the seed): category line, title line, timestamp line;
//   - plain text: the title is the first line, an optional timestamp follows;
//   - front matter (--- title: date: ---), then a Markdown link line whose
//     text is the title, as in scraped trend posts.
//
// The byline is a short line near the end: initials ("T.S"), a name
// ("Sơn Hà"), "PV", or a source ("Theo Chinhphu.vn", "(Theo TTXVN)").
type headerInfo struct {
	art   schema.Article
	date  time.Time     // the article's date, zero if unknown
	skip  []schema.Span // spans that hold no article content (front matter, byline, links)
	title schema.Span
	fm    int // the length of the front matter that opens the text, 0 if none
	// noTitle: the text opens with its lead, it has no title (proseLead)
	noTitle bool
	// fmTitle is the title's value in the front matter (the recognizers
	// read it: a scraper's topic label may name the article's subject)
	fmTitle schema.Span
}

var (
	fmDateRe  = regexp.MustCompile(`(?m)^date:\s*(.+)$`)
	fmTitleRe = regexp.MustCompile(`(?m)^title:\s*"?\s*(?:\[[^\]]*\]\s*)?(.*?)"?\s*$`)
	// a credit line: "Tin, ảnh: VĂN ĐẢM", "Bài và ảnh: Hà Duy"
	// (also "Tin bài và ảnh: ...", "Tác giả: ...", "Biên tập: ...")
	creditRe = regexp.MustCompile(`^(?:(?i:tin|bài|ảnh|video|clip)(?:\s*(?:,|/|và|\s)\s*(?i:tin|ảnh|bài|video|clip)){0,2}|(?i:tác giả|biên tập|thực hiện))\s*:\s*(\p{Lu}[^:()]{1,58}?)\s*\.?$`)
	// a photo caption's position marker: "(phải)", "(thứ hai từ trái)"
	captionRe = regexp.MustCompile(`(?i)\((?:bên |ngồi |đứng )?(?:phải|trái|giữa)\)|\(thứ [^)]{1,24} từ (?:trái|phải)[^)]*\)`)
	// a clock time or a full date inside a line
	clockRe    = regexp.MustCompile(`\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b`)
	sourceRe   = regexp.MustCompile(`^\(?\s*((?:Theo|Nguồn:?)\s+[^()]{2,60}?)\s*\)?\.?$`)
	initialsRe = regexp.MustCompile(`^[\p{Lu}][\p{L}]*\.?(?:[\s.]?[\p{Lu}][\p{L}]*\.?){0,3}$`)
)

func readHeader(text string, toks []token.Token) headerInfo {
	var h headerInfo
	var buf [128]schema.Span // most articles: no allocation
	paras := segment.AppendParagraphs(buf[:0], text)
	i := 0
	var fmDate string
	// front matter
	if n := frontMatter(text); n > 0 {
		h.fm = n
		{
			fm := text[:n]
			// the patterns run from the line they need (a (?m)^ pattern
			// has no literal prefix for the engine to skip ahead with)
			if at := lineWith(fm, "date:"); at >= 0 {
				if v, ok := fmDateValue(fmField(fm[at:], len("date:"))); ok {
					fmDate = strings.TrimSpace(v)
				}
			}
			if at := lineWith(fm, "title:"); at >= 0 {
				if m := fmTitle(fmField(fm[at:], len("title:"))); m != nil && h.art.Title == "" {
					h.art.Title = fm[at+m[2] : at+m[3]]
					h.title = schema.Span{Start: at + m[2], End: at + m[3]}
					h.fmTitle = h.title
				}
			}
			// TOML (title = "...") and JSON ("title": "...") front matter
			for _, k := range fmDateKeys {
				if fmDate != "" {
					break
				}
				if vs, ve, ok := fmKey(fm, k); ok {
					fmDate = fm[vs:ve]
				}
			}
			if h.art.Title == "" {
				if vs, ve, ok := fmKey(fm, "title"); ok {
					h.art.Title, h.title = fm[vs:ve], schema.Span{Start: vs, End: ve}
					h.fmTitle = h.title
				}
			}
			h.skip = append(h.skip, schema.Span{Start: 0, End: len(fm)})
			for i < len(paras) && paras[i].Start < len(fm) {
				i++
			}
		}
	}
	// Markdown link and image lines: the link text is the title, unless the
	// page's own headline follows the snippet paragraph (see pageHeadline).
	linkLayout, linkURL := false, ""
	for i < len(paras) {
		p := paras[i]
		m := mdLink(text[p.Start:p.End])
		if m == nil {
			break
		}
		if text[p.Start] == '[' {
			h.title = schema.Span{Start: p.Start + m[2], End: p.Start + m[3]}
			h.art.Title = text[h.title.Start:h.title.End]
			if m[4] >= 0 {
				linkURL = text[p.Start+m[4] : p.Start+m[5]]
			}
		}
		h.skip = append(h.skip, p)
		linkLayout = true
		i++
	}
	if linkLayout && i+1 < len(paras) && isHeadline(text[paras[i+1].Start:paras[i+1].End]) &&
		(continuesTitle(h.art.Title, text[paras[i+1].Start:paras[i+1].End]) || inSlug(linkURL, text[paras[i+1].Start:paras[i+1].End])) {
		h.title = paras[i+1]
		h.art.Title = text[h.title.Start:h.title.End]
	}
	if h.art.Title == "" && i < len(paras) {
		lines := paras[i:]
		switch {
		case len(lines) >= 3 && isTimestampLine(text, lines[2]) && isCategory(text[lines[0].Start:lines[0].End]):
			h.art.Category, h.art.CategorySpan = text[lines[0].Start:lines[0].End], ptr(lines[0])
			h.title = lines[1]
			h.setPublished(text, lines[2])
		case proseLead(text[lines[0].Start:lines[0].End]):
			h.noTitle = true // a page fragment that opens with its lead
		default:
			h.title = lines[0]
			if len(lines) >= 2 && isTimestampLine(text, lines[1]) {
				h.setPublished(text, lines[1])
			}
		}
		h.art.Title = text[h.title.Start:h.title.End]
	}
	if h.art.Title != "" {
		// white space inside a link's brackets ("[ Direct link ...](...)")
		for h.title.End > h.title.Start && isSpaceRe(text[h.title.End-1]) {
			h.title.End--
		}
		for h.title.Start < h.title.End && isSpaceRe(text[h.title.Start]) {
			h.title.Start++
		}
		h.art.Title = text[h.title.Start:h.title.End]
		if h.art.Title != "" {
			h.art.TitleSpan = ptr(h.title)
		}
	}
	// a timestamp line near the top of the body
	if h.art.Published == "" {
		for k := i; k < len(paras) && k < i+12; k++ {
			if isTimestampLine(text, paras[k]) {
				h.setPublished(text, paras[k])
				break
			}
			p := paras[k]
			if names, stamp, ok := bylineStamp(text[p.Start:p.End]); ok {
				h.setPublished(text, schema.Span{Start: p.Start + stamp.Start, End: p.Start + stamp.End})
				h.setByline(schema.Span{Start: p.Start + names.Start, End: p.Start + names.End}, text)
				h.skip = append(h.skip, p)
				break
			}
		}
	}
	if h.art.Published == "" && fmDate == "" {
		h.art.Published = leadDate(text, toks, paras[i:min(i+6, len(paras))])
	}
	if h.art.Published == "" && fmDate != "" {
		if v, ok := timex.ParseTimestamp(fmDate); ok {
			h.art.Published = v
		}
	}
	if h.art.Published != "" {
		if t, err := time.Parse("2006-01-02", h.art.Published[:min(10, len(h.art.Published))]); err == nil {
			h.date = t
		}
	}
	h.findByline(text, paras[min(i+1, len(paras)):])
	return h
}

// isHeadline: a line that reads as a headline rather than a sentence, a
// caption or a snippet: five words or more, no final full stop, colon or
// ellipsis, no photo credit.
func isHeadline(line string) bool {
	if len(line) > 300 || !firstRuneUpper(line) {
		return false
	}
	if strings.HasSuffix(line, ".") || strings.HasSuffix(line, "…") || strings.HasSuffix(line, ":") || strings.HasSuffix(line, ";") || strings.HasSuffix(line, ",") {
		return false
	}
	if !fieldsAtLeast(line, 5) {
		return false
	}
	// the patterns need a bracket (captionRe) or a digit before ':', 'h'
	// or '/' (clockRe)
	if strings.IndexByte(line, '(') >= 0 && captionRe.MatchString(line) || clockMay(line) && clockRe.MatchString(line) {
		return false
	}
	return !strings.Contains(line, "Ảnh:") && !strings.Contains(line, "Ảnh :") && !strings.Contains(line, "](")
}

// bylineStamp reads a line of authors followed by the publication time,
// "Quang Hiệu, Việt Anh - Thứ hai, ngày 10/06/2024 19:27 GMT+7": it
// returns the two spans (relative to the line), or ok false.
func bylineStamp(line string) (names, stamp schema.Span, ok bool) {
	if len(line) > 140 || !hasDigit(line) { // a time stamp holds a digit (see timex.ParseTimestamp)
		return names, stamp, false
	}
	for i := 0; i < len(line); i++ {
		// the next '-', '|' or first byte of '–' (three IndexByte, not a
		// test at every byte)
		i = nextSepByte(line, i)
		if i < 0 {
			break
		}
		sep := 0
		switch c := line[i]; {
		case c == '-' || c == '|':
			sep = 1
		case c == "–"[0] && strings.HasPrefix(line[i:], "–"):
			sep = len("–")
		default:
			continue
		}
		pre, post := trimSpan(line, 0, i), trimSpan(line, i+sep, len(line))
		if pre.Len() == 0 || post.Len() == 0 || !isNameList(line[pre.Start:pre.End]) {
			continue
		}
		if _, ok := timex.ParseTimestamp(line[post.Start:post.End]); ok {
			return pre, post, true
		}
	}
	return names, stamp, false
}

// nextSepByte is the index of the first '-', '|' or 0xE2 byte (that opens
// '–') of s from i on, -1 if none.
func nextSepByte(s string, i int) int {
	best := -1
	for _, c := range [...]byte{'-', '|', "–"[0]} {
		end := len(s)
		if best >= 0 {
			end = best
		}
		if j := strings.IndexByte(s[i:end], c); j >= 0 {
			best = i + j
		}
	}
	return best
}

// trimSpan is the span of s[a:b] without surrounding spaces.
func trimSpan(s string, a, b int) schema.Span {
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	return schema.Span{Start: a, End: b}
}

// isNameList: one to four names of one to four capitalized words each,
// separated by commas ("Quang Hiệu, Việt Anh, Chí Thành").
//
// It walks the parts and their words in place: strings.Split and
// strings.Fields allocated at every '-' of every line near the top.
func isNameList(s string) bool {
	if strings.Count(s, ",") > 3 {
		return false
	}
	for rest := s; ; {
		p, after, more := strings.Cut(rest, ",")
		// the words of p as strings.Fields splits them (unicode.IsSpace)
		n, inWord := 0, false
		for _, r := range p {
			if isSpaceRune(r) {
				inWord = false
				continue
			}
			if !inWord {
				inWord = true
				if n++; n > 4 || !unicode.IsUpper(r) { // firstRuneUpper of the word
					return false
				}
			}
		}
		if n == 0 {
			return false
		}
		if !more {
			return true
		}
		rest = after
	}
}

// fieldsAtLeast reports whether s has at least n words as strings.Fields
// splits them (on unicode.IsSpace), without the slice.
func fieldsAtLeast(s string, n int) bool {
	k, inWord := 0, false
	for _, r := range s {
		if isSpaceRune(r) {
			inWord = false
		} else if !inWord {
			if inWord, k = true, k+1; k >= n {
				return true
			}
		}
	}
	return k >= n
}

// clockMay reports whether an ASCII digit stands right before ':', 'h' or
// '/' in s, as every match of clockRe has one.
func clockMay(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if c := s[i+1]; s[i]-'0' <= 9 && (c == ':' || c == 'h' || c == '/') {
			return true
		}
	}
	return false
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' <= 9 {
			return true
		}
	}
	return false
}

// continuesTitle reports whether a headline found after the snippet is
// the page's own headline rather than a subheading of the body: it begins
// with the link title's words (the link title is often cut, "Bổ nhiệm hai
// Phó ..."; its last word may be cut too). An empty link title allows any.
//
// It compares the folded words in place, and folds the first dozen words
// of each phrase only (the words before a space fold alike, whatever
// follows) while they hold the words compared: strings.Fields of the two
// folded phrases cost as much as folding them, and a link's text may be a
// paragraph.
func continuesTitle(link, headline string) bool {
	link = strings.TrimRight(strings.TrimSpace(link), ".…")
	lp := link
	if cut := nthByte(link, ' ', 12); cut >= 0 {
		lp = link[:cut]
	}
	lk := token.FoldPhrase(lp)
	if len(lp) < len(link) && fieldCount(lk, 7) < 7 {
		lk = token.FoldPhrase(link)
	}
	n := fieldCount(lk, 7) // 7 words or more: 6 compared
	if n > 1 {
		n-- // the last word may be cut
	}
	n = min(n, 6)
	hp := headline
	if cut := nthByte(headline, ' ', 12); cut >= 0 {
		hp = headline[:cut]
	}
	hk := token.FoldPhrase(hp)
	if len(hp) < len(headline) && fieldCount(hk, n) < n {
		hk = token.FoldPhrase(headline)
	}
	for j, a, b := 0, 0, 0; j < n; j++ {
		var x, y string
		x, a = nextField(lk, a)
		if y, b = nextField(hk, b); y == "" || x != y {
			return false // fewer than n words, or another word
		}
	}
	return true
}

// nextField returns the word of s (as strings.Fields splits it, on
// unicode.IsSpace) from byte i on and the byte after it; "" when none is
// left.
func nextField(s string, i int) (string, int) {
	for i < len(s) && isSpaceAt(s, i) {
		i += runeLen(s, i)
	}
	j := i
	for j < len(s) && !isSpaceAt(s, j) {
		j += runeLen(s, j)
	}
	return s[i:j], j
}

// isSpaceAt reports unicode.IsSpace of the rune at byte i of s (a broken
// byte is utf8.RuneError, no space).
func isSpaceAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return c == ' ' || '\t' <= c && c <= '\r'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isSpaceRune(r)
}

// isSpaceRune is unicode.IsSpace, without its table search below U+2000,
// where the letters of Vietnamese lie: there the white space (property
// White_Space) is \t-\r, ' ', U+0085, U+00A0 and U+1680.
func isSpaceRune(r rune) bool {
	if r < 0x2000 {
		return r == ' ' || '\t' <= r && r <= '\r' || r == 0x85 || r == 0xA0 || r == 0x1680
	}
	return unicode.IsSpace(r)
}

func runeLen(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// fieldCount is min(len(strings.Fields(s)), most), without the slice.
func fieldCount(s string, most int) int {
	n := 0
	for i := 0; n < most; n++ {
		var w string
		if w, i = nextField(s, i); w == "" {
			return n
		}
	}
	return n
}

// nthByte returns the index of the k-th byte c in s, -1 if fewer.
func nthByte(s string, c byte, k int) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			if k--; k == 0 {
				return i
			}
		}
	}
	return -1
}

// inSlug reports whether a headline's first words, without diacritics,
// open the last path segment of the article's address (news sites build it
// from the headline: ".../ban-bi-thu-dieu-dong-chi-dinh-...-119240906.htm").
func inSlug(url, headline string) bool {
	seg := url
	if i := strings.IndexAny(seg, "?#"); i >= 0 {
		seg = seg[:i]
	}
	seg = strings.TrimRight(seg, "/")
	seg = seg[strings.LastIndexByte(seg, '/')+1:]
	slug := strings.FieldsFunc(token.ASCII(seg), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
	words := strings.FieldsFunc(token.ASCII(headline), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
	n := min(len(words), 5)
	if n < 3 || len(slug) < n {
		return false
	}
	for j := 0; j < n; j++ {
		if slug[j] != words[j] {
			return false
		}
	}
	return true
}

// datelineCue reports whether s ends with a word that introduces the day
// of the event in a lead, at the start of a paragraph or after a comma,
// bracket or dash: "Sáng 16-5-2019, ...", "..., sáng 16-5-2019 tại Hà
// Nội", "Ngày 25-7-2020, tại ...", "Chiều ngày 08/11/2023",
// "(baochinhphu.vn) - Sáng 01/4/2025". A date after other words ("có hiệu
// lực từ 0 giờ ngày 1/6/2016") is not a dateline.
//
// It is the pattern
//
//	(?i)(?:^|[,(\-–]\s*)(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(sáng|chiều|tối|trưa|ngày|hôm nay|đêm)\s*$
//
// read backwards from the end by hand (TestDatelineCue holds the two
// equal): the regexp package tried it from every position of s.
func datelineCue(s string) bool {
	e := len(s)
	for e > 0 && isSpaceRe(s[e-1]) {
		e--
	}
	for _, w := range datelineWords {
		b, ok := foldSuffix(s[:e], w)
		if !ok {
			continue
		}
		if datelineOpens(s, b) {
			return true
		}
		// a time of day before the word, white space between: "chiều ngày"
		c := b
		for c > 0 && isSpaceRe(s[c-1]) {
			c--
		}
		if c == b {
			continue
		}
		for _, g := range datelineWords[:5] {
			if a, ok := foldSuffix(s[:c], g); ok && datelineOpens(s, a) {
				return true
			}
		}
	}
	return false
}

// datelineWords are datelineCue's day words; the first five, the times of
// day, may also stand before one.
var datelineWords = [...]string{"sáng", "chiều", "tối", "trưa", "đêm", "ngày", "hôm nay"}

// datelineOpens reports whether a dateline's words may start at byte x
// of s: at its start, or after a comma, bracket or dash and white space.
func datelineOpens(s string, x int) bool {
	if x == 0 {
		return true
	}
	y := x
	for y > 0 && isSpaceRe(s[y-1]) {
		y--
	}
	if y == 0 {
		return false // "^" allows no white space before the words
	}
	r, _ := utf8.DecodeLastRuneInString(s[:y])
	return r == ',' || r == '(' || r == '-' || r == '–'
}

// foldSuffix reports whether s ends with w under simple case folding, as
// a (?i) pattern matches it, and returns where in s the match starts.
func foldSuffix(s, w string) (int, bool) {
	i, j := len(s), len(w)
	for j > 0 {
		if i == 0 {
			return 0, false
		}
		pr, pn := utf8.DecodeLastRuneInString(w[:j])
		tr, tn := utf8.DecodeLastRuneInString(s[:i])
		if tr != pr && !inFoldOrbit(pr, tr) {
			return 0, false
		}
		i, j = i-tn, j-pn
	}
	return i, true
}

// inFoldOrbit reports whether r is in p's orbit of unicode.SimpleFold
// (the runes a (?i) literal p matches).
func inFoldOrbit(p, r rune) bool {
	for f := unicode.SimpleFold(p); f != p; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// backrefCue is a frame that sets a date in the past of the story
// ("Trước đó, ngày 12/11/2015, ông Đạt đã ký ..."): no dateline.
var backrefCue = regexp.MustCompile(`(?i)(?:trước|sau) (?:đó|đây)\s*,?\s*(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa|đêm)\s+)?(?:ngày\s*)?$`)

// leadDate is, for an article without a timestamp, the first fully dated
// dateline in its lead: the date of the events it reports, which stands in
// for the publication date. A dateline that opens a paragraph without a
// year ("Ngày 2/6, UBND TP Hải Phòng cho biết ...") is the lead's own
// date, in a year the text does not give: a full date after it is another
// event's ("Trước đó, ngày 12/11/2015, ..."), and the article stays
// undated, as it does when the first dateline is framed as such a past.
func leadDate(text string, toks []token.Token, lead []schema.Span) string {
	for _, p := range lead {
		// the paragraph's tokens: those of the whole text within it
		a := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= p.Start })
		b := a + sort.Search(len(toks)-a, func(i int) bool { return toks[a+i].End > p.End })
		for _, d := range timex.Dates(text, toks[a:b:b], time.Time{}) {
			// a 24-byte window: "^" can only match at the paragraph's start
			before := text[max(p.Start, d.Span.Start-24):d.Span.Start]
			if !datelineCue(before) {
				continue
			}
			if d.YearInferred || len(d.Value) != 10 {
				if d.Span.Start-p.Start <= 24 && datelineCue(text[p.Start:d.Span.Start]) && (d.Value[0] == '-' || d.YearInferred) {
					return "" // "Ngày 2/6, ...": the lead's date, its year not given
				}
				continue
			}
			if backrefCue.MatchString(text[max(p.Start, d.Span.Start-40):d.Span.Start]) {
				return "" // a date before the story's: later ones are no dateline either
			}
			return d.Value
		}
	}
	return ""
}

func (h *headerInfo) setPublished(text string, p schema.Span) {
	if v, ok := timex.ParseTimestamp(text[p.Start:p.End]); ok {
		h.art.Published, h.art.PublishedSpan = v, ptr(p)
		h.skip = append(h.skip, p)
	}
}

// maxBylineLine bounds a line that findByline reads as names: two authors
// of at most 40 bytes each, a dash, and a source or an editor's note. (The
// longest byline of the 19,073 bulk articles is 46 bytes.) Longer lines
// are running text, which the name checks would scan to no end: on the
// benchmark corpus they cost 1.2% of Extract.
const maxBylineLine = 200

// findByline looks at the last lines for a byline: a source line, or a
// short line of one to four capitalized words without final punctuation,
// unless a paragraph of running text follows a line that reads as a
// heading (see headingLike: "NỖI LO AN NINH" before its section).
func (h *headerInfo) findByline(text string, paras []schema.Span) {
	if h.art.Byline != "" {
		return
	}
	// a labelled credit ("Tác giả: ...", "Bài và ảnh: ...") names the
	// author wherever it stands among the last lines, also above a source
	// line ("Nguồn tin: vtcnews.vn") or a signature that closes the page
	for k := len(paras) - 1; k >= 0 && k >= len(paras)-6; k-- {
		p := paras[k]
		if m := creditMatch(text[p.Start:p.End]); m != nil {
			h.setByline(schema.Span{Start: p.Start + m[2], End: p.Start + m[3]}, text)
			h.skip = append(h.skip, p)
			return
		}
	}
	for k := len(paras) - 1; k >= 0 && k >= len(paras)-6; k-- {
		p := paras[k]
		line := text[p.Start:p.End]
		if m := sourceMatch(line); m != nil {
			h.setByline(schema.Span{Start: p.Start + m[2], End: p.Start + m[3]}, text)
			return
		}
		if len(line) > maxBylineLine {
			continue // a paragraph of running text, not names
		}
		if name := withoutNote(line); isBylineName(name) && !((headingLike(name) || isDashed(name)) && bodyAfter(text, paras[k+1:])) {
			h.setByline(schema.Span{Start: p.Start, End: p.Start + bylineEnd(name)}, text)
			return
		}
		if n := markdownStrong(line); n > 0 && isBylineName(line[n:len(line)-n]) {
			h.setByline(schema.Span{Start: p.Start + n, End: p.End - n}, text) // "**Hương Dịu**"
			return
		}
	}
}

// mdLink is mdLinkRe.FindStringSubmatchIndex(s), read by hand: a Markdown
// link or image line, "[text](url)" or "![text](url)", with the indices of
// the text and the address (the closing parenthesis may be missing).
func mdLink(s string) []int {
	i := 0
	if strings.HasPrefix(s, "!") {
		i = 1
	}
	if i >= len(s) || s[i] != '[' {
		return nil
	}
	j := strings.IndexByte(s[i+1:], ']')
	if j <= 0 { // [^\]]+: at least one character
		return nil
	}
	a1, b1 := i+1, i+1+j
	if b1+1 >= len(s) || s[b1+1] != '(' {
		return nil
	}
	a2, b2, end := b1+2, len(s), len(s)
	if c := strings.IndexByte(s[a2:], ')'); c >= 0 {
		b2, end = a2+c, a2+c+1
	}
	return []int{0, end, a1, b1, a2, b2}
}

// lineWith returns the offset of the first line of s that starts with
// prefix, or -1.
func lineWith(s, prefix string) int {
	if strings.HasPrefix(s, prefix) {
		return 0
	}
	if i := strings.Index(s, "\n"+prefix); i >= 0 {
		return i + 1
	}
	return -1
}

// frontMatter returns the length of the front matter that opens s, through
// its closing delimiter, or 0: YAML between "---" lines (the opening line
// may name the format: "---yaml", "---json", as some CMS exports write it),
// TOML between "+++" lines.
func frontMatter(s string) int {
	var delim string
	switch {
	case strings.HasPrefix(s, "---"):
		delim = "---"
	case strings.HasPrefix(s, "+++"):
		delim = "+++"
	default:
		return 0
	}
	nl := strings.IndexByte(s, '\n')
	if nl < 0 {
		return 0
	}
	switch strings.TrimRight(s[len(delim):nl], " \t\r") {
	case "", "yaml", "json", "toml":
	default:
		return 0 // "----" or "--- text": a rule or a line of text
	}
	for from := nl; ; {
		i := strings.Index(s[from:], "\n"+delim)
		if i < 0 {
			return 0
		}
		end := from + i + 1 + len(delim)
		rest := s[end:]
		if j := strings.IndexByte(rest, '\n'); j >= 0 {
			rest = rest[:j]
		}
		if strings.TrimRight(rest, " \t\r") == "" {
			return end
		}
		from = end
	}
}

// fmDateKeys are the front-matter keys of the publication time, in order
// of preference (static site generators and CMS exports name it so).
var fmDateKeys = []string{"date", "published", "published_at", "publishDate", "pubDate", "created_at", "created"}

// fmKey finds key in YAML (key: v), TOML (key = "v") or JSON ("key": "v")
// front matter and returns the span of its value in fm, less quotes and
// white space. A value with escapes is not read: its text would differ
// from fm's.
func fmKey(fm, key string) (vs, ve int, ok bool) {
	for line, off := "", 0; off < len(fm); off += len(line) + 1 {
		line = fm[off:]
		if j := strings.IndexByte(line, '\n'); j >= 0 {
			line = line[:j]
		}
		t := strings.TrimLeft(line, " \t")
		lead := len(line) - len(t)
		var rest string
		switch {
		case strings.HasPrefix(t, `"`+key+`"`):
			rest = strings.TrimLeft(t[len(key)+2:], " \t")
			if !strings.HasPrefix(rest, ":") {
				continue
			}
		case strings.HasPrefix(t, key):
			rest = strings.TrimLeft(t[len(key):], " \t")
			if !strings.HasPrefix(rest, "=") && !(strings.HasPrefix(rest, ":") && len(t) > len(key) && t[len(key)] == ':') {
				continue
			}
		default:
			continue
		}
		v := strings.TrimLeft(rest[1:], " \t")
		start := off + lead + len(t) - len(v)
		v = strings.TrimRight(v, " \t\r,")
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v, start = v[1:len(v)-1], start+1
		}
		v2 := strings.TrimSpace(v)
		if v2 == "" || strings.IndexByte(v2, '\\') >= 0 || strings.IndexByte(v2, '"') >= 0 {
			return 0, 0, false
		}
		start += strings.Index(v, v2)
		return start, start + len(v2), true
	}
	return 0, 0, false
}

// fmField cuts s, which starts with a front-matter key of n bytes, to the
// key's line when the line holds a value, so that the pattern reads one
// line rather than the rest of the front matter (the regexp package's
// backtracker clears memory in proportion to its input, and tries every
// position of it). It does not cut when the pattern could run on past the
// line: a blank or quote-only value (its \s* would cross the line break),
// or a value opening with '[' that the line does not close (fmTitleRe's
// [^\]]*) or closes with nothing after it (the \s* after the bracket).
func fmField(s string, n int) string {
	end := strings.IndexByte(s, '\n')
	if end < 0 {
		return s
	}
	v := strings.TrimLeft(s[n:end], " \t\r\f")
	v = strings.TrimLeft(strings.TrimPrefix(v, `"`), " \t\r\f")
	if strings.Trim(v, " \t\r\f\"") == "" {
		return s
	}
	if v[0] == '[' { // the bracket must close on the line, and text follow it
		c := strings.IndexByte(v, ']')
		if c < 0 || strings.Trim(v[c+1:], " \t\r\f\"") == "" {
			return s
		}
	}
	return s[:end]
}

// fmTitle is fmTitleRe.FindStringSubmatchIndex(s), read by hand when s is
// one line (as fmField leaves it nearly always): after "title:", white
// space, a quote, white space, a bracketed label ("[Tin]") and white
// space are skipped, and the value runs to the end of the line less its
// trailing white space and one closing quote.
func fmTitle(s string) []int {
	if strings.IndexByte(s, '\n') >= 0 || !strings.HasPrefix(s, "title:") {
		return fmTitleRe.FindStringSubmatchIndex(s)
	}
	i := skipSpace(s, len("title:"))
	if i < len(s) && s[i] == '"' {
		i = skipSpace(s, i+1)
	}
	if i < len(s) && s[i] == '[' {
		if c := strings.IndexByte(s[i:], ']'); c >= 0 {
			i = skipSpace(s, i+c+1)
		}
	}
	e := len(s)
	for e > i && isSpaceRe(s[e-1]) {
		e--
	}
	if e > i && s[e-1] == '"' {
		e--
	}
	return []int{0, len(s), i, e}
}

// fmDateValue is fmDateRe.FindStringSubmatch(s)[1], read by hand when s
// is one line: the value after "date:" and white space (the last white
// space character when nothing else follows, as .+ takes it back).
func fmDateValue(s string) (string, bool) {
	if strings.IndexByte(s, '\n') >= 0 || !strings.HasPrefix(s, "date:") {
		if m := fmDateRe.FindStringSubmatch(s); m != nil {
			return m[1], true
		}
		return "", false
	}
	i := skipSpace(s, len("date:"))
	if i == len(s) && i > len("date:") {
		i-- // .+ needs a character
	}
	if i == len(s) {
		return "", false
	}
	return s[i:], true
}

// isSpaceRe is the regexp package's \s: [\t\n\f\r ].
func isSpaceRe(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func skipSpace(s string, i int) int {
	for i < len(s) && isSpaceRe(s[i]) {
		i++
	}
	return i
}

// creditMatch is creditRe on a line, after the literal tests it implies:
// a colon, and a first letter of tin, bài, ảnh, video or clip (ả is E1 BA A3).
func creditMatch(line string) []int {
	if line == "" || strings.IndexByte(line, ':') < 0 {
		return nil
	}
	switch line[0] {
	case 't', 'T', 'b', 'B', 'v', 'V', 'c', 'C', 0xE1:
		if nonSpaceRunes(line, 80) > 80 {
			// besides white space the pattern reads 19 runes of labels at
			// most ("video và tin và video"), the colon, 59 of the name
			// and a full stop: a longer line is a sentence
			return nil
		}
		m := creditRe.FindStringSubmatchIndex(line)
		if m == nil || mediaOnly(line[:m[2]]) {
			return nil // "Ảnh: Reuters", "Video: VTV": the photographer's, not the author's
		}
		return m
	}
	return nil
}

// mediaOnly reports a credit's label that names pictures or video only
// (ảnh, video, clip), no text (tin, bài) and no author label.
func mediaOnly(label string) bool {
	l := strings.ToLower(label)
	return !strings.Contains(l, "tin") && !strings.Contains(l, "bài") && !strings.Contains(l, "tác giả") &&
		!strings.Contains(l, "biên tập") && !strings.Contains(l, "thực hiện")
}

// sourceMatch is sourceRe on a line that holds one of its words, for a
// source that names one: not a clause ("Theo kế hoạch, đội tuyển ...",
// "Theo Hoa Kỳ, cạnh tranh ...": a lower-case first word other than a
// media noun, or a comma that a lower-case word follows) nor a link's
// placeholder ("Nguồn: [Link nguồn]").
func sourceMatch(line string) []int {
	if !sourceStart(line) {
		return nil
	}
	m := sourceRe.FindStringSubmatchIndex(line)
	if m == nil {
		return nil
	}
	src := line[m[2]:m[3]]
	if strings.ContainsAny(src, "[]") || strings.Contains(src, "http") {
		return nil
	}
	for i := strings.IndexByte(src, ','); i >= 0; i = nextComma(src, i) {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(src[i+1:], " ")); unicode.IsLower(r) {
			return nil
		}
	}
	rest := src[strings.IndexByte(src, ' ')+1:] // after "Theo" or "Nguồn:"
	first, _, _ := strings.Cut(rest, " ")
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) && !bylineWords().mediaAt(strings.Replace(rest, ":", "", 1)) && !strings.Contains(first, ".") {
		return nil // (a site's address is a source: "Theo dantri.com.vn")
	}
	return m
}

// sourceStart reports whether line opens as sourceRe needs: an optional
// bracket, white space (\s), then "Theo" or "Nguồn". The pattern is
// anchored at the start: a line that holds the words further on cannot
// match, and the backtracker tried it from every position.
//
// Nor can a line of more than 69 runes other than white space: besides
// white space, the pattern reads a bracket, "Theo" or "Nguồn:" (6 runes),
// the source (60 runes at most), a closing bracket and a full stop. A
// long sentence that opens with "Theo" ("Theo kế hoạch, ...") cost the
// backtracker most.
func sourceStart(line string) bool {
	i := 0
	if i < len(line) && line[i] == '(' {
		i++
	}
	i = skipSpace(line, i)
	if !strings.HasPrefix(line[i:], "Theo") && !strings.HasPrefix(line[i:], "Nguồn") {
		return false
	}
	return nonSpaceRunes(line, 69) <= 69
}

// nonSpaceRunes counts the runes of s other than the regexp package's \s
// ([\t\n\f\r ]; a broken byte is one rune, as the regexp reads it), up
// to most+1.
func nonSpaceRunes(s string, most int) int {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf || !isSpaceRe(byte(r)) {
			if n++; n > most {
				break
			}
		}
	}
	return n
}

func nextComma(s string, i int) int {
	if j := strings.IndexByte(s[i+1:], ','); j >= 0 {
		return i + 1 + j
	}
	return -1
}

//go:embed data/byline.txt
var bylineData string

type bylineLists struct {
	notName map[string]bool
	media   []string // lower-case words that may open a source, longest first
}

// mediaAt reports whether s starts with a media noun and a space.
func (b *bylineLists) mediaAt(s string) bool {
	for _, w := range b.media {
		if strings.HasPrefix(s, w+" ") {
			return true
		}
	}
	return false
}

var bylineWords = sync.OnceValue(func() *bylineLists {
	b := &bylineLists{notName: map[string]bool{}}
	for _, l := range strings.Split(bylineData, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		class, w, ok := strings.Cut(l, "\t")
		if !ok {
			continue
		}
		switch w = strings.TrimSpace(w); class {
		case "notname":
			for _, f := range strings.Fields(w) {
				b.notName[f] = true
			}
		case "media":
			b.media = append(b.media, w)
		}
	}
	sort.Slice(b.media, func(i, j int) bool { return len(b.media[i]) > len(b.media[j]) })
	return b
})

func (h *headerInfo) setByline(s schema.Span, text string) {
	h.art.Byline, h.art.BylineSpan = text[s.Start:s.End], ptr(s)
	h.skip = append(h.skip, s)
}

// bodyAfter reports a paragraph of running text among paras (more than
// 160 bytes, holding a full stop inside).
func bodyAfter(text string, paras []schema.Span) bool {
	for _, q := range paras {
		if q.End-q.Start > 160 && strings.Contains(text[q.Start:q.End], ". ") {
			return true
		}
	}
	return false
}

// headingLike reports a short line that, before running text, is a
// section heading rather than a byline: three or more words in capitals
// ("ĐỘI HÌNH THI ĐẤU"; a name in capitals has two or three: "TAM NGUYÊN"),
// or words of plain ASCII in mixed case, which no Vietnamese name is
// written in ("Hintergrund", "Die Jury": foreign pages' headings). Initials
// and acronyms ("PV", "BTV") are neither.
func headingLike(line string) bool {
	upper, ascii, words, space := true, true, 0, true
	for _, r := range line {
		if unicode.IsLower(r) {
			upper = false
		}
		if r >= utf8.RuneSelf {
			ascii = false
		}
		if unicode.IsSpace(r) {
			space = true
		} else if space {
			words, space = words+1, false
		}
	}
	return upper && words >= 3 || ascii && !upper
}

func isBylineName(line string) bool {
	if a, b, ok := cutAuthors(line); ok {
		// co-authors joined by a dash ("Võ Hải - Đoàn Loan"): each a name
		// (findByline rejects such a line when running text follows it);
		// a source may follow ("Quỳnh An - Theo PEOPLE": see bylineEnd).
		// Names of plain ASCII on both sides are a foreign page's line
		// ("Kickers Offenbach - Karlsruher SC"), not Vietnamese authors.
		if strings.HasPrefix(b, "Theo ") {
			return isBylineName(a)
		}
		return isBylineName(a) && isBylineName(b) && !(isASCII(a) && isASCII(b))
	}
	if len(line) > 40 || strings.ContainsAny(line, ",;:!?\"“”") {
		return false
	}
	if line == "PV" || strings.HasPrefix(line, "Nhóm PV") {
		return true
	}
	words := strings.Fields(line)
	if len(words) > 4 || strings.HasSuffix(line, ".") && len(words) > 1 {
		return false
	}
	for _, w := range words {
		if bylineWords().notName[w] { // page furniture: "Anzeige"
			return false
		}
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return initialsRe.MatchString(line) || len(words) >= 2
}

// cutAuthors splits a line at its first spaced dash ("A - B", "A – B").
func cutAuthors(line string) (a, b string, ok bool) {
	for _, sep := range []string{" - ", " – "} {
		if a, b, ok = strings.Cut(line, sep); ok {
			return a, b, true
		}
	}
	return "", "", false
}

// withoutNote drops an editor's note in brackets after a byline's names:
// "Minh Anh (tổng hợp)", "Hà Vy (TH)", "Lê An (theo VnExpress)" give the
// names; any other line is returned whole.
func withoutNote(line string) string {
	i := strings.LastIndex(line, " (")
	if i <= 0 || !strings.HasSuffix(line, ")") {
		return line
	}
	note := strings.ToLower(line[i+2 : len(line)-1])
	if note == "tổng hợp" || note == "th" || note == "t/h" || strings.HasPrefix(note, "theo ") {
		return line[:i]
	}
	return line
}

// bylineEnd is the length of a byline line without a source that follows
// its authors after a dash ("Quỳnh An - Theo PEOPLE" -> "Quỳnh An").
func bylineEnd(line string) int {
	for _, sep := range []string{" - Theo ", " – Theo "} {
		if i := strings.Index(line, sep); i > 0 {
			return i
		}
	}
	return len(line)
}

// isASCII reports a string of plain ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isDashed reports names joined by a dash: co-authors, or, before running
// text, a subheading naming a couple ("A - B" above the story of both).
func isDashed(line string) bool { _, _, ok := cutAuthors(line); return ok }

// isCategory: a short line without sentence punctuation ("Thời sự - Chính trị").
func isCategory(line string) bool {
	return len(line) < 80 && !strings.ContainsAny(line, ".,:;!?") && len(strings.Fields(line)) <= 8 && firstRuneUpper(line)
}

func isTimestampLine(text string, p schema.Span) bool {
	if p.End-p.Start > 60 {
		return false
	}
	_, ok := timex.ParseTimestamp(text[p.Start:p.End])
	return ok
}

func ptr(s schema.Span) *schema.Span { return &s }

// markdownStrong returns the length of the Markdown emphasis marks ("**",
// "__", "*", "_") that open and close line, 0 if none.
func markdownStrong(line string) int {
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(line) > 2*len(m) && strings.HasPrefix(line, m) && strings.HasSuffix(line, m) {
			return len(m)
		}
	}
	return 0
}

// proseLead reports a first line that is running text rather than a
// headline: longer than any headline (250 bytes; the 2,000 headlines of
// dev, the keyed sets and the ViMs and vietnews articles stay under 170),
// or ending a sentence after 160 bytes. Article fragments cut from a page
// body open so ("(binhdinh.gov.vn) - Sáng 01/4, đồng chí ... chủ trì buổi
// làm việc ...").
func proseLead(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) > 250 {
		return true
	}
	return len(line) > 160 && (strings.HasSuffix(line, ".") || strings.HasSuffix(line, "…"))
}
