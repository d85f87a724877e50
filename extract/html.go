package extract

import (
	"bytes"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// maxHTMLDepth is the deepest element nesting handed to the main-content
// extractor (a tree walk); deeper pages are read as a token stream.
const maxHTMLDepth = 256

// maxHTMLTokens bounds the pages handed to the main-content extractor.
const maxHTMLTokens = 400_000

var htmlMarkers = [][]byte{
	[]byte("<p>"), []byte("<p "), []byte("</p>"), []byte("<div"), []byte("<br"), []byte("<span"),
	[]byte("<a href"), []byte("<h1"), []byte("<h2"), []byte("<h3"), []byte("<li>"), []byte("<article"),
	[]byte("<table"), []byte("<td"), []byte("<meta"), []byte("<title"), []byte("<img"),
}

// looksHTML reports an HTML page (doctype, html, head or body tag near the
// start) or fragment (at least three common tags in the first 4 KiB).
func looksHTML(src []byte) bool {
	n := len(src)
	if n > 4096 {
		n = 4096
	}
	if bytes.IndexByte(src[:n], '<') < 0 { // every marker opens with "<"
		return false
	}
	// the markers are ASCII: fold ASCII letters only, into a stack buffer
	var buf [4096]byte
	head := buf[:n]
	for i, c := range src[:n] {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		head[i] = c
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if bytes.HasPrefix(t, []byte("<!doctype html")) || bytes.HasPrefix(t, []byte("<html")) {
		return true
	}
	if bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<body")) || bytes.Contains(head, []byte("<head>")) {
		return true
	}
	tags := 0
	for _, m := range htmlMarkers {
		tags += bytes.Count(head, m)
		if tags >= 3 {
			return true
		}
	}
	return false
}

// declaredCharset decodes an HTML page by the charset its HTTP header or
// <meta> declares. It declines (ok false) for UTF-8 and the Latin-1 family
// (and when nothing is declared): the caller's detection handles those.
func declaredCharset(src []byte, contentType string) (string, string, bool) {
	e, name, _ := charset.DetermineEncoding(src, contentType)
	switch name {
	case "utf-8", "windows-1252", "iso-8859-1", "":
		return "", "", false
	}
	out, err := e.NewDecoder().Bytes(src)
	if err != nil || !utf8.Valid(out) {
		return "", "", false
	}
	return string(out), name, true
}

var pageURL, _ = url.Parse("http://localhost/")

// htmlText returns the text of an HTML page or fragment: for a page, its
// main content (readability), with the title and publication date from the
// page's metadata put first when the content lacks them; for a fragment,
// deeply nested or huge page, the text of all its elements. Entities are
// decoded; script and style are dropped; blocks become lines.
func htmlText(s string) string {
	if strings.Contains(s, "<?") {
		s = dropProcessing(s)
	}
	lower := strings.ToLower(s[:min(len(s), 8192)])
	page := strings.Contains(lower, "<body") || strings.Contains(lower, "<html")
	if !page || !shallow(s) {
		return streamText(s)
	}
	art, err := readability.FromReader(strings.NewReader(s), pageURL)
	if err != nil || art.Node == nil {
		return streamText(s)
	}
	var b strings.Builder
	if art.RenderText(&b) != nil {
		return streamText(s)
	}
	body := cleanLines(b.String())
	if strings.TrimSpace(body) == "" {
		return streamText(s)
	}
	var head []string
	title := strings.Join(strings.Fields(art.Title()), " ")
	start := body[:min(len(body), 600)]
	if title != "" && !strings.Contains(start, title) {
		head = append(head, title)
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() && !hasDateLine(start) {
		head = append(head, t.Format("02/01/2006 15:04"))
	}
	if len(head) == 0 {
		return body
	}
	return strings.Join(head, "\n") + "\n" + body
}

// hasDateLine reports a dd/mm/yyyy or yyyy-mm-dd date in the text.
func hasDateLine(s string) bool {
	for i := 0; i+10 <= len(s); i++ {
		c := s[i : i+10]
		if isDigits(c[0:2]) && (c[2] == '/' || c[2] == '-') && isDigits(c[3:5]) && c[5] == c[2] && isDigits(c[6:10]) {
			return true
		}
		if isDigits(c[0:4]) && c[4] == '-' && isDigits(c[5:7]) && c[7] == '-' && isDigits(c[8:10]) {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

// voidElements have no end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true}

// shallow reports a page whose element nesting and size the tree-based
// extractor handles without deep recursion.
func shallow(s string) bool {
	z := html.NewTokenizer(strings.NewReader(s))
	depth, tokens := 0, 0
	for {
		tt := z.Next()
		tokens++
		if tokens > maxHTMLTokens {
			return false
		}
		switch tt {
		case html.ErrorToken:
			return true
		case html.StartTagToken:
			name, _ := z.TagName()
			if !voidElements[string(name)] {
				depth++
				if depth > maxHTMLDepth {
					return false
				}
			}
		case html.EndTagToken:
			if depth > 0 {
				depth--
			}
		}
	}
}

// blockElements start a new line.
var blockElements = map[string]bool{"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "table": true,
	"article": true, "section": true, "header": true, "footer": true, "blockquote": true, "pre": true,
	"hr": true, "dd": true, "dt": true, "dl": true, "figure": true, "figcaption": true, "main": true,
	"aside": true, "nav": true, "title": true, "td": true, "th": true, "form": true, "address": true}

// skipElements hold no article text.
var skipElements = map[string]bool{"script": true, "style": true, "noscript": true, "template": true,
	"svg": true, "iframe": true, "object": true}

// streamText renders the text of any HTML as a token stream (no tree, so
// no depth limit), blocks on their own lines.
func streamText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return cleanLines(b.String()) // io.EOF, or a read error on a strings.Reader: never
		case html.TextToken:
			if skip == 0 {
				space := false
				for _, r := range string(z.Text()) {
					if unicode.IsSpace(r) {
						if !space {
							b.WriteByte(' ')
						}
						space = true
						continue
					}
					space = false
					b.WriteRune(r)
				}
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			n := string(name)
			if skipElements[n] && tt != html.SelfClosingTagToken {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
				continue
			}
			if blockElements[n] {
				b.WriteByte('\n')
			}
		}
	}
}

// cleanLines trims lines, collapses inner runs of spaces and drops empty lines.
func cleanLines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if l != "" {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}

// dropProcessing removes server-side code blocks (<?php ... ?>, <?= ... ?>,
// <% ... %>) left in saved page templates. An HTML parser reads "<?" as a
// bogus comment that ends at the first ">", which may sit inside the code
// ("echo '<img src=...>'"), so the rest of the block would leak into the
// text. An unclosed block runs to the end.
func dropProcessing(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "<?")
		open, close := "<?", "?>"
		if j := strings.Index(s, "<%"); j >= 0 && (i < 0 || j < i) {
			i, open, close = j, "<%", "%>"
		}
		if i < 0 {
			break
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[:i])
		end := strings.Index(s[i+len(open):], close)
		if end < 0 {
			return b.String()
		}
		s = s[i+len(open)+end+len(close):]
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s)
	return b.String()
}
