package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/vnpol/vnpol/entities/token"
)

// iso's year blocks, the yearless block and daysIn's table give what
// formatting and package time give, on and around their ranges.
func TestISOTables(t *testing.T) {
	for y := isoFirstYear - 2; y <= isoFirstYear+len(isoYears)+1; y++ {
		for m := -1; m <= 14; m++ {
			for d := -1; d <= 33; d++ {
				if got, want := iso(y, m, d), fmt.Sprintf("%04d-%02d-%02d", y, m, d); got != want {
					t.Fatalf("iso(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
			}
		}
	}
	for m := 1; m <= 12; m++ {
		for d := 1; d <= 31; d++ {
			if got, want := (ymd{0, m, d}).iso(), fmt.Sprintf("--%02d-%02d", m, d); got != want {
				t.Fatalf("ymd{0, %d, %d}.iso() = %q, want %q", m, d, got, want)
			}
		}
	}
	for _, y := range []int{-401, -400, -100, -4, -1, 0, 1, 4, 100, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999, 10000, 12345} {
		for m := 1; m <= 12; m++ {
			if got, want := daysIn(y, m), time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day(); got != want {
				t.Fatalf("daysIn(%d, %d) = %d, want %d", y, m, got, want)
			}
		}
	}
}

// nextPeriod stops at a number only before a month word: it takes that
// periodAt reads no other period from a number, so no word of the
// classes periodAt tests on the token itself (quarter, year) and no term
// phrase starts with a number.
func TestNoNumberKeys(t *testing.T) {
	w := words()
	digits := func(k string) bool {
		for _, r := range k {
			if !unicode.IsDigit(r) {
				return false
			}
		}
		return k != ""
	}
	for _, m := range []map[string]bool{w.quarter, w.year} {
		for k := range m {
			if digits(k) {
				t.Errorf("class key %q is a number", k)
			}
		}
	}
	for _, line := range strings.Split(wordsTSV, "\n") {
		if f := strings.Split(strings.TrimSpace(line), "\t"); len(f) >= 2 && f[0] == "term" {
			if ks := strings.Fields(token.FoldPhrase(f[1])); len(ks) > 0 && digits(ks[0]) {
				t.Errorf("term %q starts with a number", f[1])
			}
		}
	}
}

// The scans' prefilters change nothing: dates and periods at numbers
// before and after the words the filters hold, and at numbers they skip.
func TestScanFilters(t *testing.T) {
	ref := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text          string
		dates, period []string
	}{
		{"Sáng 25-7, hội nghị; ngày 3/9/2020 và 6 tháng đầu năm 2020.", []string{"2024-07-25", "2020-09-03"}, []string{"2020-01-01"}},
		{"Có 12 người, 6 tháng cuối năm, quý III/2023 và nhiệm kỳ 2020-2025.", nil, []string{"2024-07-01", "2023-07-01", "2020-01-01"}},
		{"tháng 7/2020 ngày 20 và 21/8/2019, từ 16 đến 18-5", []string{"2020-07", "2019-08-20", "2024-05-16"}, nil},
		{"12 tháng", nil, nil},
		{"3 tháng 6", nil, nil},
		{"năm 2021 năm nay", nil, []string{"2021-01-01"}}, // "2021 năm nay": a count before "năm"
	} {
		var ds, ps []string
		for _, d := range Dates(c.text, token.Tokenize(c.text), ref) {
			ds = append(ds, d.Value)
		}
		for _, p := range Periods(c.text, token.Tokenize(c.text), ref) {
			ps = append(ps, p.Start)
		}
		if strings.Join(ds, " ") != strings.Join(c.dates, " ") || strings.Join(ps, " ") != strings.Join(c.period, " ") {
			t.Errorf("%q: dates %v periods %v, want %v %v", c.text, ds, ps, c.dates, c.period)
		}
	}
}

// ParseTimestamp turns away a string without an ASCII digit before
// tokenizing it (every reading needs a written date), and writes the time
// of day as "%02d:%02d" did.
func TestParseTimestampShortcuts(t *testing.T) {
	for _, s := range []string{"Thứ hai, ngày mười tháng sáu", "Chủ nhật", "GMT+7", "Thời sự", "٢٦/٧/٢٠٢٠"} {
		if v, ok := ParseTimestamp(s); ok {
			t.Errorf("ParseTimestamp(%q) = %q", s, v)
		}
	}
	for in, want := range map[string]string{"0:0' 1/1/2020": "2020-01-01T00:00", "23:59 31/12/1999": "1999-12-31T23:59", "9:5 2/3/2021": "2021-03-02T09:05"} {
		if v, ok := ParseTimestamp(in); !ok || v != want {
			t.Errorf("ParseTimestamp(%q) = %q, %v, want %q", in, v, ok, want)
		}
	}
}

// withYear's count of the days gives what time.Date and Sub give: the
// day and month of every day of some years around leap days, against
// references at several hours and zones.
func TestWithYearCount(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	west := time.FixedZone("W", -11*3600)
	old := func(a ymd, ref time.Time) ymd {
		if ref.IsZero() {
			return a
		}
		a.y = ref.Year()
		if !validDay(a.y, a.m, a.d) {
			a.y = 0
			return a
		}
		if time.Date(a.y, time.Month(a.m), a.d, 0, 0, 0, 0, time.UTC).Sub(ref) > 183*24*time.Hour {
			a.y--
		}
		return a
	}
	refs := []time.Time{}
	for _, y := range []int{1, 1600, 1999, 2000, 2023, 2024, 2100, 9999} {
		for _, md := range [][2]int{{1, 1}, {2, 29}, {3, 1}, {6, 1}, {7, 3}, {7, 4}, {12, 31}} {
			for _, z := range []*time.Location{time.UTC, ict, west} {
				refs = append(refs, time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, z), time.Date(y, time.Month(md[0]), md[1], 23, 59, 59, 999999999, z))
			}
		}
	}
	for _, ref := range refs {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= 31; d++ {
				a := ymd{0, m, d}
				got, _ := withYear(a, ref)
				if want := old(a, ref); got != want {
					t.Fatalf("withYear(%v, %v) = %v, want %v", a, ref, got, want)
				}
			}
		}
	}
}
