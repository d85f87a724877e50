// Package timex recognizes dates, times and periods in Vietnamese text and
// normalizes them to ISO 8601.
//
// Dates are read from tokens (package token), never with a regexp over the
// whole text: "25-7-2020", "25/7/2020", "25.7.2020", "ngày 25 tháng 7 năm
// 2020", a day and month after a cue word ("sáng 25-7", "Chiều 15/8",
// "hôm nay 16-5", "ngày 23/5") with the year taken from the reference date,
// ranges ("từ 16 đến 18-5", "hai ngày 20 và 21/8/2019", "19-23/1/2026") and
// months ("tháng 7/2020", "tháng 3-2022"). Document symbols ("35-CT/TW",
// "30/2020/NĐ-CP"), year pairs ("2020-2025") and scores are not dates.
//
// The cue words, weekday and month names live in data/words.tsv.
package timex

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Date is one date (or date and time) in the text.
type Date struct {
	Span schema.Span
	Text string // text[Span.Start:Span.End]
	// Value is ISO 8601: 2020-07-25, 2020-07-26T22:08, or 2020-07 when the day is unknown.
	// A day and month whose year is unknown (no year written, no reference
	// date) is written --07-25.
	Value string
	// YearInferred is true when the year came from the reference date ("sáng 25-7").
	YearInferred bool
	// EndValue is the last day of a range ("từ 16 đến 18-5"), empty otherwise.
	EndValue string
}

// Period is one stretch of time: "6 tháng đầu năm 2020", "nhiệm kỳ 2020-2025".
type Period struct {
	Span       schema.Span
	Text       string
	Start, End string // ISO dates, first and last day
	// Past is true for periods under review, false for coming ones, as far as the words say ("cuối năm", "năm tới").
	Future bool
	// YearInferred is true when the year came from the reference date ("6 tháng đầu năm").
	YearInferred bool
}

// Dates returns the dates in text; ref is the article's date (zero if
// unknown), used for dates written without a year.
func Dates(text string, toks []token.Token, ref time.Time) []Date {
	return AppendDates(nil, text, toks, ref)
}

// AppendDates is Dates appending to out, so that a caller may reuse a
// buffer: it returns out as it is when text holds no date.
func AppendDates(out []Date, text string, toks []token.Token, ref time.Time) []Date {
	if toks == nil {
		toks = token.Tokenize(text)
	}
	w := words()
	for i := nextNumber(toks, 0); i < len(toks); i = nextNumber(toks, i) {
		d, next, ok := dateAt(text, toks, i, ref, w)
		if !ok {
			i++
			continue
		}
		d.Text = text[d.Span.Start:d.Span.End]
		if out == nil {
			out = make([]Date, 0, 4) // spares the first regrowths of an article's few dates
		}
		out = append(out, d)
		i = next
	}
	return out
}

// nextNumber returns the first token from i on that is a number (every
// date starts with one), len(toks) when none. It tests four tokens a
// step: in a loop of one a step, the loop itself cost more than the test
// of the kind, and the scan over every token was most of Dates' cost.
func nextNumber(toks []token.Token, i int) int {
	if i >= len(toks) {
		return len(toks)
	}
	rest := toks[i:]
	for len(rest) >= 4 {
		if rest[0].Kind == token.Number {
			return len(toks) - len(rest)
		}
		if rest[1].Kind == token.Number {
			return len(toks) - len(rest) + 1
		}
		if rest[2].Kind == token.Number {
			return len(toks) - len(rest) + 2
		}
		if rest[3].Kind == token.Number {
			return len(toks) - len(rest) + 3
		}
		rest = rest[4:]
	}
	for k := range rest {
		if rest[k].Kind == token.Number {
			return len(toks) - len(rest) + k
		}
	}
	return len(toks)
}

// Relative returns the days named relative to ref ("hôm nay", "hôm qua",
// "chiều nay", "sáng mai"), resolved against ref; none when ref is zero.
// A phrase followed by a written date ("chiều nay (23/5)", "hôm qua
// 22/5") is left to Dates: the written date wins.
func Relative(text string, toks []token.Token, ref time.Time) []Date {
	if ref.IsZero() {
		return nil
	}
	if toks == nil {
		toks = token.Tokenize(text)
	}
	w := words()
	var out []Date
	first := w.relDay.FirstKeys()
	for i := 0; i < len(toks); i++ {
		if i = nextIn(first, toks, i); i >= len(toks) {
			break
		}
		if toks[i].Kind != token.Word {
			continue
		}
		m, ok := w.relDay.At(toks, i)
		if !ok {
			continue
		}
		k := m.Last
		if k < len(toks) && (toks[k].Key == "(" || toks[k].Key == ",") {
			k++
		}
		if k < len(toks) && toks[k].Kind == token.Number {
			if _, _, ok := dateAt(text, toks, k, ref, w); ok {
				i = m.Last - 1
				continue
			}
		}
		t := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, m.Value)
		out = append(out, Date{Span: schema.Span{Start: m.Start, End: m.End}, Text: text[m.Start:m.End],
			Value: iso(t.Year(), int(t.Month()), t.Day()), YearInferred: true})
		i = m.Last - 1
	}
	return out
}

// nextIn returns the first token from i on whose key may be in f,
// len(toks) when none. It tests eight tokens a step, as nextNumber four.
func nextIn(f *lexicon.KeyFilter, toks []token.Token, i int) int {
	if i >= len(toks) {
		return len(toks)
	}
	rest := toks[i:]
	for len(rest) >= 8 {
		switch {
		case f.HasToken(&rest[0]):
			return len(toks) - len(rest)
		case f.HasToken(&rest[1]):
			return len(toks) - len(rest) + 1
		case f.HasToken(&rest[2]):
			return len(toks) - len(rest) + 2
		case f.HasToken(&rest[3]):
			return len(toks) - len(rest) + 3
		case f.HasToken(&rest[4]):
			return len(toks) - len(rest) + 4
		case f.HasToken(&rest[5]):
			return len(toks) - len(rest) + 5
		case f.HasToken(&rest[6]):
			return len(toks) - len(rest) + 6
		case f.HasToken(&rest[7]):
			return len(toks) - len(rest) + 7
		}
		rest = rest[8:]
	}
	for k := range rest {
		if f.HasToken(&rest[k]) {
			return len(toks) - len(rest) + k
		}
	}
	return len(toks)
}

// ymd is a calendar date; y == 0 means unknown year.
type ymd struct{ y, m, d int }

func (a ymd) iso() string {
	if a.y == 0 {
		if uint(a.m-1) < 12 && uint(a.d-1) < 31 {
			k := 7 * ((a.m-1)*31 + a.d - 1)
			return yearless()[k : k+7]
		}
		return fmt.Sprintf("--%02d-%02d", a.m, a.d)
	}
	return iso(a.y, a.m, a.d)
}

func num(toks []token.Token, i int) (int, bool) {
	if uint(i) >= uint(len(toks)) || toks[i].Kind != token.Number || len(toks[i].Key) > 4 || toks[i].Key == "" {
		return 0, false
	}
	n := 0
	for _, c := range []byte(toks[i].Key) { // as strconv.Atoi: ASCII digits only (a Number may hold other digits)
		if c < '0' || c > '9' {
			return 0, false
		}
		n = 10*n + int(c-'0')
	}
	return n, true
}

func isYear(n int, s string) bool { return len(s) == 4 && n >= 1900 && n <= 2100 }

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year: 29/2 stays possible
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	if m == 2 && y >= 0 && y <= 9999 {
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) { // as the proleptic Gregorian calendar of package time
			return 29
		}
		return 28
	}
	if uint(m-1) < 12 && m != 2 {
		return monthDays[m-1]
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// monthDays are the days of the months of a common year.
var monthDays = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// glued reports whether tokens i and i+1 touch (no space between).
func glued(toks []token.Token, i int) bool {
	return i+1 < len(toks) && !toks[i+1].SpaceBefore && toks[i].End == toks[i+1].Start
}

func isSep(t token.Token) bool {
	return t.Kind == token.Punct && (t.Key == "/" || t.Key == "-" || t.Key == ".")
}

// dmy reads d SEP m [SEP yyyy] glued, from token i. It returns the date,
// the index after it, whether a year was written, and the separator.
func dmy(toks []token.Token, i int) (ymd, int, bool, string, bool) {
	d, ok := num(toks, i)
	if !ok || !glued(toks, i) || i+2 >= len(toks) || !isSep(toks[i+1]) || !glued(toks, i+1) {
		return ymd{}, 0, false, "", false
	}
	sep := toks[i+1].Key
	m, ok := num(toks, i+2)
	if !ok || len(toks[i+2].Key) > 2 || len(toks[i].Key) > 2 {
		return ymd{}, 0, false, "", false
	}
	if i+4 < len(toks) && glued(toks, i+2) && toks[i+3].Key == sep && glued(toks, i+3) {
		if y, ok := num(toks, i+4); ok && isYear(y, toks[i+4].Key) && validDay(y, m, d) {
			return ymd{y, m, d}, i + 5, true, sep, true
		}
		return ymd{}, 0, false, "", false
	}
	if !validDay(0, m, d) {
		return ymd{}, 0, false, "", false
	}
	return ymd{0, m, d}, i + 3, false, sep, true
}

// symbolAfter reports whether token j continues a document symbol or
// number ("30/2020/NĐ-CP", "25-7-2020-QĐ"): a glued / or - then a word or number.
func symbolAfter(toks []token.Token, j int) bool {
	if j >= len(toks) || toks[j].SpaceBefore || !isSep(toks[j]) || toks[j].Key == "." {
		return false
	}
	return j+1 < len(toks) && glued(toks, j) && toks[j+1].Kind != token.Punct
}

func prevKey(toks []token.Token, i int) string {
	if i <= 0 || i > len(toks) {
		return ""
	}
	return toks[i-1].Key
}

// withYear completes a yearless date from ref.
func withYear(a ymd, ref time.Time) (ymd, bool) {
	if a.y != 0 {
		return a, false
	}
	if ref.IsZero() {
		return a, false
	}
	a.y = ref.Year()
	if !validDay(a.y, a.m, a.d) {
		a.y = 0
		return a, false
	}
	// an event more than half a year after publication is last year's:
	// time.Date(a.y, a.m, a.d, 0, 0, 0, 0, time.UTC).Sub(ref) > 183 days,
	// counted in seconds and nanoseconds (the day is in ref's year, so
	// the difference is far from Sub's bounds; Date and Sub cost more than
	// the rest of a date)
	ds := int64(DaysFromCivil(a.y, a.m, a.d))*86400 - ref.Unix()
	if d := time.Duration(ds)*time.Second - time.Duration(ref.Nanosecond()); d > 183*24*time.Hour {
		a.y--
	}
	return a, true
}

// DaysFromCivil is the number of days from 1970-01-01 to y-m-d (m 1-12)
// in the proleptic Gregorian calendar of package time (H. Hinnant's
// "chrono-Compatible Low-Level Date Algorithms"): day arithmetic on dates
// without time.Date's normalization and time zones.
func DaysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// CivilFromDays is the inverse of DaysFromCivil: the date z days after
// 1970-01-01.
func CivilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

func dateAt(text string, toks []token.Token, i int, ref time.Time, w *wordSet) (Date, int, bool) {
	// every reading below needs a joiner, separator or month word after
	// the number, or a month word before it (the exact test, on the
	// classes, follows): most numbers are no dates and end here
	if !(i > 0 && w.monthKeys.HasToken(&toks[i-1])) {
		if i+1 >= len(toks) {
			return Date{}, 0, false
		}
		if nt := &toks[i+1]; !w.dateNext.HasToken(nt) && nt.Key != "-" && nt.Key != "/" && nt.Key != "." {
			return Date{}, 0, false
		}
	}
	pk := prevKey(toks, i)
	if pk == keySo || (i > 0 && !toks[i].SpaceBefore && toks[i-1].Kind != token.Punct) {
		return Date{}, 0, false
	}
	if i > 0 && !toks[i].SpaceBefore && isSep(toks[i-1]) && toks[i-1].Key != "." && i > 1 && toks[i-2].Kind != token.Punct {
		// inside a symbol or a number chain ("01/2019/NĐ", "a-25-7")
		return Date{}, 0, false
	}
	pb := w.at(toks, i-1) // pk's classes
	var nb uint16         // the next token's
	if i+1 < len(toks) {
		nb = w.bits.of(&toks[i+1])
		// every reading below needs a joiner, separator or month word
		// after the number, or a month word before it
		if nk := toks[i+1].Key; nb&(bTo|bMonth) == 0 && pb&bMonth == 0 && nk != "-" && nk != "/" && nk != "." && nk != "và" && nk != "va2" {
			return Date{}, 0, false
		}
	} else if pb&bMonth == 0 {
		return Date{}, 0, false
	}
	cue := pb&bCue != 0 || (pk == "(" && i > 1 && w.at(toks, i-2)&bCue != 0) || afterWeekday(toks, i, w)
	rangeCue := pb&bFrom != 0 || (pb&bCue != 0 && pk != "(")
	// ranges first: d1 (đến|tới|-|và) [ngày] d2 SEP m [SEP y]
	if d1, ok := num(toks, i); ok && len(toks[i].Key) <= 2 && d1 >= 1 && d1 <= 31 {
		j := i + 1
		if j < len(toks) && (nb&bTo != 0 || toks[j].Key == "-" || (toks[j].Key == "và" || toks[j].Key == "va2")) {
			joiner := toks[j].Key
			if joiner != "-" || rangeCue || true {
				k := j + 1
				if w.at(toks, k)&bDay != 0 {
					k++
				}
				if b, end, hasY, sep, ok := dmy(toks, k); ok && b.d > d1 && !symbolAfter(toks, end) {
					dashOK := joiner != "-" || sep != "-" || rangeCue
					wordOK := joiner == "-" || rangeCue || cue || pb&bDay != 0
					if dashOK && wordOK && (hasY || rangeCue || cue || pb&bDay != 0) {
						a := ymd{b.y, b.m, d1}
						inf := false
						if !hasY {
							a, inf = withYear(a, ref)
							b.y = a.y
						}
						if validDay(a.y, a.m, a.d) {
							return Date{Span: schema.Span{Start: toks[i].Start, End: toks[end-1].End},
								Value: a.iso(), EndValue: b.iso(), YearInferred: inf}, end, true
						}
					}
				}
			}
		}
	}
	// d SEP m [SEP y]
	if a, end, hasY, sep, ok := dmy(toks, i); ok && !symbolAfter(toks, end) {
		if hasY {
			return Date{Span: schema.Span{Start: toks[i].Start, End: toks[end-1].End}, Value: a.iso()}, end, true
		}
		// d1/m1 (đến|tới) [ngày] d2/m2/y: a range across months whose year
		// is written at its end ("từ ngày 26/1 đến ngày 1/2/2021")
		if end < len(toks) && w.at(toks, end)&bTo != 0 {
			k := end + 1
			if w.at(toks, k)&bDay != 0 {
				k++
			}
			if b, end2, hasY2, _, ok := dmy(toks, k); ok && hasY2 && !symbolAfter(toks, end2) {
				a.y = b.y
				if a.m > b.m || a.m == b.m && a.d > b.d {
					a.y-- // "từ 28/12 đến 3/1/2021"
				}
				if validDay(a.y, a.m, a.d) {
					return Date{Span: schema.Span{Start: toks[i].Start, End: toks[end2-1].End}, Value: a.iso(), EndValue: b.iso()}, end2, true
				}
			}
		}
		if cue && (sep != "." || dottedOK(toks, i, end, w)) && !countedAfter(toks, end, w) {
			a, inf := withYear(a, ref)
			return Date{Span: schema.Span{Start: toks[i].Start, End: toks[end-1].End}, Value: a.iso(), YearInferred: inf}, end, true
		}
	}
	// d tháng m [năm] y / ngày d tháng m
	if d, ok := num(toks, i); ok && i+2 < len(toks) && nb&bMonth != 0 {
		if m, ok := num(toks, i+2); ok && len(toks[i+2].Key) <= 2 {
			end := i + 3
			a := ymd{0, m, d}
			hasY := false
			k := end
			if w.at(toks, k)&bYear != 0 {
				k++
			}
			if y, ok := num(toks, k); ok && isYear(y, toks[k].Key) {
				a.y, end, hasY = y, k+1, true
			}
			if validDay(a.y, a.m, a.d) && (hasY || pb&bDay != 0 || cue) {
				inf := false
				if !hasY {
					a, inf = withYear(a, ref)
				}
				return Date{Span: schema.Span{Start: toks[i].Start, End: toks[end-1].End}, Value: a.iso(), YearInferred: inf}, end, true
			}
		}
	}
	// tháng m/yyyy, tháng m-yyyy, tháng m năm yyyy; after "tháng" also
	// "tháng 12 / 2016", the slash spaced as word-segmented text writes it
	if pb&bMonth != 0 {
		if m, ok := num(toks, i); ok && m >= 1 && m <= 12 && len(toks[i].Key) <= 2 {
			k := i + 1
			if k+1 < len(toks) && ((isSep(toks[k]) && toks[k].Key != "." && glued(toks, i) && glued(toks, k)) || nb&bYear != 0 ||
				(toks[k].Key == "/" && len(toks[k+1].Key) == 4)) {
				if y, ok := num(toks, k+1); ok && isYear(y, toks[k+1].Key) && !symbolAfter(toks, k+2) {
					return Date{Span: schema.Span{Start: toks[i-1].Start, End: toks[k+1].End},
						Value: iso(y, m, 1)[:7]}, k + 2, true // as "%04d-%02d": y is a year of isYear, m a month
				}
			}
		}
	}
	return Date{}, 0, false
}

// countedAfter reports whether the token at end is a counted noun (class
// unit) that makes the two numbers before it a range of counts: "từ 3-5
// sao", "từ 3-5 năm", not "3-5 năm 2016".
func countedAfter(toks []token.Token, end int, w *wordSet) bool {
	if w.at(toks, end)&bUnit == 0 {
		return false
	}
	if w.at(toks, end)&bYear != 0 && end+1 < len(toks) {
		if y, ok := num(toks, end+1); ok && isYear(y, toks[end+1].Key) {
			return false
		}
	}
	return true
}

// afterWeekday reports whether the number at token i follows a weekday
// name, directly, after a comma or inside a bracket: "thứ Hai (23/5)",
// "Thứ Sáu, 17/2", "chủ nhật 5/6". A weekday is a calendar word, so the
// number after it is a day.
func afterWeekday(toks []token.Token, i int, w *wordSet) bool {
	j := i
	if j > 0 && (toks[j-1].Key == "(" || toks[j-1].Key == ",") {
		j--
	}
	for k := max(0, j-3); k < j; k++ {
		if !w.weekdayFirst.HasToken(&toks[k]) { // in line: At is not
			continue
		}
		if m, ok := w.weekday.At(toks, k); ok && m.Last == j {
			return true
		}
	}
	return false
}

// dottedOK reports whether a yearless d.m at tokens [i, end) reads as a
// date: the dot also writes decimals, versions and times ("14.30"), so
// it needs a cue word right before it ("Chiều 11.12", "ngày 2.9"), in a
// bracket after one ("chiều nay (11.12)"), or a weekday, and no unit of
// time after it ("9.30 giờ", "8.15 phút").
func dottedOK(toks []token.Token, i, end int, w *wordSet) bool {
	pk := prevKey(toks, i)
	ok := w.at(toks, i-1)&bCue != 0 || afterWeekday(toks, i, w)
	if !ok && pk == "(" && i > 1 && w.at(toks, i-2)&bCue != 0 {
		ok = end < len(toks) && toks[end].Key == ")"
	}
	if !ok {
		return false
	}
	if w.at(toks, end)&bClock != 0 {
		return false
	}
	if end < len(toks) && glued(toks, end-1) && toks[end].Kind != token.Punct {
		return false // "9.30h", "1.5x"
	}
	return true
}

// Periods returns the periods in text; ref as for Dates.
func Periods(text string, toks []token.Token, ref time.Time) []Period {
	if toks == nil {
		var buf [32]token.Token // most callers pass a short phrase
		toks = token.AppendTokens(buf[:0], text)
	}
	w := words()
	var out []Period
	refDay := ""
	if !ref.IsZero() {
		if y := ref.Year(); y >= 0 && y <= 9999 {
			refDay = iso(y, int(ref.Month()), ref.Day()) // as Format("2006-01-02"), without its cost
		} else {
			refDay = ref.Format("2006-01-02")
		}
	}
	for i := w.nextPeriod(toks, 0); i < len(toks); i = w.nextPeriod(toks, i) {
		p, next, ok := periodAt(toks, i, ref, w)
		if !ok {
			i++
			continue
		}
		p.Text = text[p.Span.Start:p.Span.End]
		if refDay != "" && p.Start > refDay {
			p.Future = true
		}
		if out == nil {
			out = make([]Period, 0, 8) // as in Dates
		}
		out = append(out, p)
		i = next
	}
	return out
}

// nextPeriod returns the first token from i on that may open a period: a
// word of periodStart, or a number followed by a month word ("6 tháng đầu
// năm"). periodAt reads nothing else from a number: no class or term word
// is a number (TestNoNumberKeys), so periodAt failed at every other number
// this scan once stopped at. One filter test a token (periodScan): a hit
// on a month word at j stands for the number before it.
func (w *wordSet) nextPeriod(toks []token.Token, i int) int {
	for j := w.nextScanHit(toks, i); j < len(toks); j = w.nextScanHit(toks, j+1) {
		if j > i && toks[j-1].Kind == token.Number && w.monthKeys.HasToken(&toks[j]) {
			return j - 1
		}
		if w.periodStart.HasToken(&toks[j]) {
			return j
		}
	}
	return len(toks)
}

// nextScanHit returns the first token from i on in periodScan, four
// tokens a step as nextNumber.
func (w *wordSet) nextScanHit(toks []token.Token, i int) int {
	if i >= len(toks) {
		return len(toks)
	}
	f := &w.periodScan
	rest := toks[i:]
	for len(rest) >= 4 {
		if f.HasToken(&rest[0]) {
			return len(toks) - len(rest)
		}
		if f.HasToken(&rest[1]) {
			return len(toks) - len(rest) + 1
		}
		if f.HasToken(&rest[2]) {
			return len(toks) - len(rest) + 2
		}
		if f.HasToken(&rest[3]) {
			return len(toks) - len(rest) + 3
		}
		rest = rest[4:]
	}
	for k := range rest {
		if f.HasToken(&rest[k]) {
			return len(toks) - len(rest) + k
		}
	}
	return len(toks)
}

// yearAt reads "năm yyyy", "yyyy" or a relative year ("năm nay", "năm tới")
// at token k (the token after "năm" when named is true). It returns the year,
// the index after it, whether it is relative to ref, and whether it points ahead.
func yearAfterNam(toks []token.Token, k int, ref time.Time, w *wordSet) (y, next int, inferred, future, ok bool) {
	if n, ok2 := num(toks, k); ok2 && isYear(n, toks[k].Key) {
		if k+1 < len(toks) && isSep(toks[k+1]) && toks[k+1].Key != "." && k+2 < len(toks) {
			if _, ok3 := num(toks, k+2); ok3 && glued(toks, k) {
				return 0, 0, false, false, false // 2020-2025 is a pair, not one year
			}
		}
		return n, k + 1, false, false, true
	}
	if k < len(toks) && !ref.IsZero() {
		if off, ok2 := w.relYear[toks[k].Key]; ok2 {
			return ref.Year() + off, k + 1, true, off > 0, true
		}
	}
	return 0, 0, false, false, false
}

// iso formats a date as YYYY-MM-DD (as fmt's "%04d-%02d-%02d" would, for
// years 0-9999, without its cost: dates are formatted at every match). A
// date of 1900-2100 is sliced from its year's block (see isoYear): no
// allocation.
func iso(y, m, d int) string {
	if uint(y-isoFirstYear) < uint(len(isoYears)) && uint(m-1) < 12 && uint(d-1) < 31 {
		p := isoYears[y-isoFirstYear].Load()
		if p == nil {
			p = isoYear(y)
		}
		k := 10 * ((m-1)*31 + d - 1)
		return (*p)[k : k+10]
	}
	if y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// isoYears holds, for each year from isoFirstYear on, one string of the
// 12×31 dates YYYY-MM-DD of that year, 10 bytes each, month by month
// and day 1 to 31 (impossible days included: this is formatting only),
// built the first time iso meets the year. Every Date and Period holds
// one or two such strings.
var isoYears [201]atomic.Pointer[string]

const isoFirstYear = 1900

func isoYear(y int) *string {
	b := make([]byte, 0, 12*31*10)
	for m := 1; m <= 12; m++ {
		for d := 1; d <= 31; d++ {
			b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
				byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
		}
	}
	s := string(b)
	isoYears[y-isoFirstYear].Store(&s) // two goroutines may both build it: the same text
	return &s
}

// yearless holds the 12×31 days --MM-DD, 7 bytes each, as isoYear's
// blocks: a day whose year is unknown (see ymd.iso).
var yearless = sync.OnceValue(func() string {
	b := make([]byte, 0, 12*31*7)
	for m := 1; m <= 12; m++ {
		for d := 1; d <= 31; d++ {
			b = append(b, '-', '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
		}
	}
	return string(b)
})

func periodAt(toks []token.Token, i int, ref time.Time, w *wordSet) (Period, int, bool) {
	t := &toks[i]
	tb := w.bits.of(t)
	span := func(a, b int) schema.Span { return schema.Span{Start: toks[a].Start, End: toks[b-1].End} }
	// N tháng (đầu|cuối) năm [yyyy]
	if n, ok := num(toks, i); ok && n >= 1 && n <= 12 && i+2 < len(toks) && w.bits.of(&toks[i+1])&bMonth != 0 {
		k := i + 2
		first, last := true, false
		if kb := w.bits.of(&toks[k]); kb&bFirst != 0 {
			k++
		} else if kb&bLast != 0 {
			first, last = false, true
			k++
		}
		if w.at(toks, k)&bYear != 0 {
			k++
			y, next, inf, fut, ok := yearAfterNam(toks, k, ref, w)
			if !ok && !ref.IsZero() && (first || last) && k-1 > i+2 {
				// "6 tháng đầu năm" with no year: the reference year
				y, next, inf, ok = ref.Year(), k, true, true
			}
			if ok {
				sm, em := 1, n
				if last {
					sm, em = 13-n, 12
				}
				_ = first
				return Period{Span: span(i, next), Start: iso(y, sm, 1), End: iso(y, em, daysIn(y, em)),
					Future: last || fut, YearInferred: inf}, next, true
			}
		}
	}
	// quý I/2024, quý III năm 2024, quý 3
	if tb&bQuarter != 0 && i+1 < len(toks) {
		q := roman(toks[i+1].Key)
		if n, ok := num(toks, i+1); ok {
			q = n
		}
		if q >= 1 && q <= 4 {
			k := i + 2
			y, next, inf := 0, 0, false
			fut := false
			if k+1 < len(toks) && isSep(toks[k]) && toks[k].Key != "." {
				if n, ok := num(toks, k+1); ok && isYear(n, toks[k+1].Key) {
					y, next = n, k+2
				}
			} else if w.at(toks, k)&bYear != 0 {
				var ok bool
				y, next, inf, fut, ok = yearAfterNam(toks, k+1, ref, w)
				if !ok {
					y = 0
				}
			}
			if y == 0 && !ref.IsZero() {
				y, next, inf = ref.Year(), i+2, true
			}
			if y != 0 {
				return Period{Span: span(i, next), Start: iso(y, 3*q-2, 1), End: iso(y, 3*q, daysIn(y, 3*q)),
					Future: fut, YearInferred: inf}, next, true
			}
		}
	}
	// nhiệm kỳ / giai đoạn / thời kỳ / năm học yyyy-yyyy (the filter in line: At is not)
	if w.termFirst.HasToken(t) {
		if m, ok := w.term.At(toks, i); ok {
			k := m.Last
			if k < len(toks) && toks[k].Key == "(" {
				k++
			}
			if y1, ok := num(toks, k); ok && isYear(y1, toks[k].Key) && k+2 < len(toks) && isSep(toks[k+1]) && toks[k+1].Key != "." {
				if y2, ok := num(toks, k+2); ok && isYear(y2, toks[k+2].Key) && y2 >= y1 && y2-y1 <= 30 {
					end := k + 3
					if toks[m.First].Key == "năm" {
						return Period{Span: span(i, end), Start: iso(y1, 9, 1), End: iso(y2, 8, 31)}, end, true
					}
					return Period{Span: span(i, end), Start: iso(y1, 1, 1), End: iso(y2, 12, 31)}, end, true
				}
			}
		}
	}
	// năm yyyy, năm tới, năm nay
	if tb&bYear != 0 && i+1 < len(toks) {
		if y, next, inf, fut, ok := yearAfterNam(toks, i+1, ref, w); ok && !(inf && countBefore(toks, i, w)) {
			return Period{Span: span(i, next), Start: iso(y, 1, 1), End: iso(y, 12, 31), Future: fut, YearInferred: inf}, next, true
		}
	}
	return Period{}, 0, false
}

// countBefore reports a count right before "năm" at token i: a number or
// a word of class count ("20 năm qua", "những năm tới": years, not one).
func countBefore(toks []token.Token, i int, w *wordSet) bool {
	if i == 0 {
		return false
	}
	p := &toks[i-1]
	return p.Kind == token.Number || p.Kind == token.Word && w.count[p.Key]
}

func roman(s string) int {
	switch s {
	case "i":
		return 1
	case "ii":
		return 2
	case "iii":
		return 3
	case "iv":
		return 4
	}
	return 0
}
