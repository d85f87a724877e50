package timex

import (
	"strings"
	"time"

	"github.com/vnpol/vnpol/entities/token"
)

// ParseTimestamp reads a publication timestamp such as "22:8' 26/7/2020",
// "19/02/2025 14:15", "Wed, 19 Feb 2025 15:00:00 +0700" or "26/7/2020" and
// returns it as local ISO time (2020-07-26T22:08) or a date (2020-07-26).
//
// The whole string must be a timestamp: one date, at most one time of day,
// weekday names, a zone ("GMT+7", "+0700") and punctuation. A sentence
// that contains a date is not a timestamp.
func ParseTimestamp(s string) (string, bool) {
	if len(s) == 0 || len(s) > 120 || !hasDigit(s) {
		return "", false // every reading below needs a date, written with ASCII digits (num, time.Parse)
	}
	if v, ok := isoStamp(s); ok {
		return v, true
	}
	var buf [24]token.Token // a timestamp is a few tokens: no allocation
	toks := token.AppendTokens(buf[:0], s)
	w := words()
	var date ymd
	haveDate, haveTime := false, false
	hh, mm := 0, 0
	for i := 0; i < len(toks); {
		t := toks[i]
		switch t.Kind {
		case token.Punct:
			switch t.Key {
			case ",", "-", "|", "[", "]", "(", ")", "'", ":", "/", ".", "+":
				i++
				continue
			}
			return "", false
		case token.Word:
			if w.stamp[t.Key] {
				i++
				continue
			}
			// "+0700", "T15:00" (ISO), "GMT+7": handled by punct/num rules
			return "", false
		}
		// a number
		if i > 0 && toks[i-1].Key == "+" {
			i++ // zone offset
			continue
		}
		if i > 0 && toks[i-1].Key == "thư1" && len(toks[i].Key) == 1 && toks[i].Key[0] >= '2' && toks[i].Key[0] <= '7' {
			i++ // the weekday written with a digit: "Thứ 6, 21/03/2025"
			continue
		}
		// time of day: h:m[:s]['] (the minute may be unpadded: 22:8')
		if i+2 < len(toks) && toks[i+1].Key == ":" {
			h, ok1 := num(toks, i)
			m, ok2 := num(toks, i+2)
			if !ok1 || !ok2 || h > 23 || m > 59 || len(toks[i].Key) > 2 || len(toks[i+2].Key) > 2 || haveTime {
				return "", false
			}
			hh, mm, haveTime = h, m, true
			i += 3
			if i+1 < len(toks) && toks[i].Key == ":" {
				if sec, ok := num(toks, i+1); ok && sec < 60 {
					i += 2
				}
			}
			continue
		}
		// "Fri, 05 Apr 2024 19 00 00 +0700": a feed's time whose colons were
		// lost, three two-digit numbers after the date
		if haveDate && !haveTime && i+2 < len(toks) && len(toks[i].Key) == 2 && len(toks[i+1].Key) == 2 && len(toks[i+2].Key) == 2 {
			h, ok1 := num(toks, i)
			m, ok2 := num(toks, i+1)
			sec, ok3 := num(toks, i+2)
			if ok1 && ok2 && ok3 && h < 24 && m < 60 && sec < 60 {
				hh, mm, haveTime = h, m, true
				i += 3
				continue
			}
		}
		if haveDate {
			return "", false
		}
		// yyyy-mm-dd
		if y, ok := num(toks, i); ok && isYear(y, toks[i].Key) && i+4 < len(toks) && isSep(toks[i+1]) && toks[i+3].Key == toks[i+1].Key {
			m, ok1 := num(toks, i+2)
			d, ok2 := num(toks, i+4)
			if !ok1 || !ok2 || !validDay(y, m, d) {
				return "", false
			}
			date, haveDate = ymd{y, m, d}, true
			i += 5
			continue
		}
		// d/m/yyyy, d-m-yyyy, d.m.yyyy
		if a, end, hasY, _, ok := dmy(toks, i); ok {
			if !hasY {
				return "", false
			}
			date, haveDate = a, true
			i = end
			continue
		}
		// d tháng m [năm] yyyy, d Mon yyyy
		if d, ok := num(toks, i); ok && i+2 < len(toks) {
			k := i + 1
			m := 0
			if w.month[toks[k].Key] {
				if n, ok := num(toks, k+1); ok {
					m, k = n, k+2
				}
			} else if n, ok := w.mon[toks[k].Key]; ok {
				m, k = n, k+1
			}
			if m > 0 {
				if k < len(toks) && w.year[toks[k].Key] {
					k++
				}
				if y, ok := num(toks, k); ok && isYear(y, toks[k].Key) && validDay(y, m, d) {
					date, haveDate = ymd{y, m, d}, true
					i = k + 1
					continue
				}
			}
		}
		return "", false
	}
	if !haveDate {
		return "", false
	}
	if haveTime {
		// as fmt.Sprintf("%sT%02d:%02d"): hh and mm are below 100 (checked above)
		var b [24]byte
		out := append(b[:0], date.iso()...)
		out = append(out, 'T', byte('0'+hh/10), byte('0'+hh%10), ':', byte('0'+mm/10), byte('0'+mm%10))
		return string(out), true
	}
	return date.iso(), true
}

// isoLayouts are the ISO 8601 / RFC 3339 forms of page metadata and front
// matter ("2020-03-05T02:00:00.000Z", "2024-07-09T11:00:00+07:00",
// "2024-07-09T11:00"), read after a space between date and time is made a T.
var isoLayouts = []string{
	"2006-01-02T15:04:05.999999999Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
}

// vietnam is the zone of Vietnamese news: UTC+7, without daylight saving.
var vietnam = time.FixedZone("ICT", 7*3600)

// isoStamp reads an ISO 8601 date and time. The time is kept as written
// when the stamp has a zone of its own or none; a UTC stamp (Z, +00:00),
// which CMS exports write, is given in Vietnam's time, since published is
// the local time of the article.
func isoStamp(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 16 || s[4] != '-' || s[7] != '-' || s[10] != 'T' && s[10] != ' ' {
		return "", false
	}
	s = s[:10] + "T" + s[11:]
	for _, l := range isoLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if _, off := t.Zone(); off == 0 && (strings.HasSuffix(s, "Z") || strings.HasSuffix(s, "+00:00")) {
			t = t.In(vietnam)
		}
		return t.Format("2006-01-02T15:04"), true
	}
	return "", false
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
