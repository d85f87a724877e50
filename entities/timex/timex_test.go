package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/token"
)

var ref2019 = time.Date(2019, 5, 16, 0, 0, 0, 0, time.UTC)

func TestParseTimestamp(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"22:8' 26/7/2020", "2020-07-26T22:08", true},
		{"19/02/2025 14:15", "2025-02-19T14:15", true},
		{"Wed, 19 Feb 2025 15:00:00 +0700", "2025-02-19T15:00", true},
		{"26/7/2020", "2020-07-26", true},
		{"Thứ hai, 16/05/2019 09:30 (GMT+7)", "2019-05-16T09:30", true},
		{"16 tháng 6 2024", "2024-06-16", true},
		{"16 tháng 6 năm 2024", "2024-06-16", true},
		{"Chủ nhật, 16/6/2024", "2024-06-16", true},
		{"16-5-2019", "2019-05-16", true},
		{"Thứ Sáu, 17/02/2023, 06:29 [GMT+7]", "2023-02-17T06:29", true},
		{"15:05 - 25/05/2024", "2024-05-25T15:05", true},
		{"Thứ hai, 26 Tháng 10 2020 14:49", "2020-10-26T14:49", true},
		{"21:11 29/12/2024", "2024-12-29T21:11", true},
		{"- 22/06/2023 05:46:28", "2023-06-22T05:46", true},
		{"2025-02-19 15:00:00 +0700", "2025-02-19T15:00", true},
		{"2020-03-05T02:00:00.000Z", "2020-03-05T09:00", true},
		{"2024-07-09T11:00:00+07:00", "2024-07-09T11:00", true},
		{"2024-07-09 11:00:00", "2024-07-09T11:00", true},
		{"2024-07-09T11:00", "2024-07-09T11:00", true},
		{"Thứ 6, 21/03/2025 | 15:45", "2025-03-21T15:45", true},
		{"Fri, 05 Apr 2024 19 00 00 +0700", "2024-04-05T19:00", true},
		{"Fri, 05 Apr 2024 19 00 +0700", "", false},
		{"05 Apr 2024 25 00 00", "", false},
		{"Thứ 9, 21/03/2025", "", false},
		{"2024-07-09T25:00:00Z", "", false},
		{"2024-07-09 Hội nghị", "", false},
		// not timestamps
		{"Ngày 25-7-2020, tại TP. Sóc Trăng, Cụm thi đua số 5 tổ chức", "", false},
		{"35-CT/TW", "", false},
		{"2020-2025", "", false},
		{"26/7", "", false},
		{"31/2/2020", "", false},
		{"25:99 26/7/2020", "", false},
		{"26/7/2020 27/7/2020", "", false},
		{"Thời sự - Chính trị", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := ParseTimestamp(c.in)
		assert.Equal(t, c.ok, ok, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
}

func TestDates(t *testing.T) {
	cases := []struct {
		text string
		ref  time.Time
		want []string // Text=Value[..EndValue][~] (~: year inferred)
	}{
		{"Ngày 25-7-2020, tại TP. Sóc Trăng", time.Time{}, []string{"25-7-2020=2020-07-25"}},
		{"Ngày 24/7/2025 và 05/3/2020, 25.7.2020", time.Time{}, []string{"24/7/2025=2025-07-24", "05/3/2020=2020-03-05", "25.7.2020=2020-07-25"}},
		{"ngày 25 tháng 7 năm 2020, ngày 05 tháng 02 năm 2026", time.Time{}, []string{"25 tháng 7 năm 2020=2020-07-25", "05 tháng 02 năm 2026=2026-02-05"}},
		{"sáng 25-7, Chiều 15/8, hôm nay 16-5, Tối 29/12", ref2019, []string{"25-7=2019-07-25~", "15/8=2019-08-15~", "16-5=2019-05-16~", "29/12=2018-12-29~"}},
		{"Chiều nay (23/5), ông Đinh Thế Huynh", ref2019, []string{"23/5=2019-05-23~"}},
		{"Chiều 23/5, đồng chí", time.Time{}, []string{"23/5=--05-23"}},
		{"Trong hai ngày 20 và 21/8/2019 , tại thành phố Hà Giang", time.Time{}, []string{"20 và 21/8/2019=2019-08-20..2019-08-21"}},
		{"trong các ngày từ 16 đến 18-5 , tại Hà Nội", ref2019, []string{"16 đến 18-5=2019-05-16..2019-05-18~"}},
		{"từ ngày 19 đến 23/1/2026", time.Time{}, []string{"19 đến 23/1/2026=2026-01-19..2026-01-23"}},
		{"19-23/1/2026", time.Time{}, []string{"19-23/1/2026=2026-01-19..2026-01-23"}},
		{"diễn ra từ ngày 26/1 đến ngày 1/2/2021, từ 28/12 đến 3/1/2021", ref2019, []string{"26/1 đến ngày 1/2/2021=2021-01-26..2021-02-01", "28/12 đến 3/1/2021=2020-12-28..2021-01-03"}},
		{"(19/8/1945 - 19/8/2025)", time.Time{}, []string{"19/8/1945=1945-08-19", "19/8/2025=2025-08-19"}},
		{"hội nghị báo cáo viên tháng 8/2025, tháng 3-2022, tháng 9 năm 2021", time.Time{}, []string{"tháng 8/2025=2025-08", "tháng 3-2022=2022-03", "tháng 9 năm 2021=2021-09"}},
		// word-segmented text spaces the slash: after "tháng" a month still
		{"trong tháng 11 / 2015 và quý 1 năm 2016", time.Time{}, []string{"tháng 11 / 2015=2015-11"}},
		// negatives
		{"Chỉ thị số 35-CT/TW, Nghị định 30/2020/NĐ-CP, Quyết định 01/2019/QĐ-TTg", time.Time{}, nil},
		{"nhiệm kỳ 2020-2025, giai đoạn 2021 – 2025", time.Time{}, nil},
		{"thắng 3-1, tỷ lệ 2.5, 4/5 số đại biểu", ref2019, nil},
		{"Kết luận số 25/7/2020", time.Time{}, nil},
		{"tỷ lệ 12 / 2015 hồ sơ, 11 / 2015", time.Time{}, nil},
		// a time of day with "sớm"/"muộn" cues the day; a counted noun after
		// two numbers makes them a range of counts
		{"Chiều muộn 16-5, Sáng sớm 17/5, Chiều tối 18-5", ref2019, []string{"16-5=2019-05-16~", "17/5=2019-05-17~", "18-5=2019-05-18~"}},
		{"khách sạn từ 3-5 sao, từ 3-5 năm, từ 2-4 tuần, từ 5-7 người, sáng 3-5 năm 2016", ref2019, []string{"3-5=2019-05-03~"}},
	}
	for _, c := range cases {
		var got []string
		for _, d := range Dates(c.text, nil, c.ref) {
			require.Equal(t, d.Text, c.text[d.Span.Start:d.Span.End])
			s := d.Text + "=" + d.Value
			if d.EndValue != "" {
				s += ".." + d.EndValue
			}
			if d.YearInferred {
				s += "~"
			}
			got = append(got, s)
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

func TestPeriods(t *testing.T) {
	ref := time.Date(2020, 7, 26, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want []string // Text=Start..End[+] (+: future)
	}{
		{"sơ kết hoạt động 6 tháng đầu năm 2020", []string{"6 tháng đầu năm 2020=2020-01-01..2020-06-30"}},
		{"nhiệm vụ 6 tháng cuối năm 2020", []string{"6 tháng cuối năm 2020=2020-07-01..2020-12-31+"}},
		{"quý III/2024, quý I năm 2025, quý 2", []string{"quý III/2024=2024-07-01..2024-09-30+", "quý I năm 2025=2025-01-01..2025-03-31+", "quý 2=2020-04-01..2020-06-30"}},
		{"9 tháng năm 2021", []string{"9 tháng năm 2021=2021-01-01..2021-09-30+"}},
		{"nhiệm kỳ 2020-2025, nhiệm kỳ 2025 - 2030", []string{"nhiệm kỳ 2020-2025=2020-01-01..2025-12-31", "nhiệm kỳ 2025 - 2030=2025-01-01..2030-12-31+"}},
		{"giai đoạn 2021-2025", []string{"giai đoạn 2021-2025=2021-01-01..2025-12-31+"}},
		{"năm 2019, năm tới, năm 2021", []string{"năm 2019=2019-01-01..2019-12-31", "năm tới=2021-01-01..2021-12-31+", "năm 2021=2021-01-01..2021-12-31+"}},
		{"6 tháng đầu năm, đánh giá", []string{"6 tháng đầu năm=2020-01-01..2020-06-30"}},
		{"năm học 2026-2027", []string{"năm học 2026-2027=2026-09-01..2027-08-31+"}},
		{"Chỉ thị số 35-CT/TW, ngày 25-7-2020", nil},
		// a count before "năm": a span of years, not last or next year
		{"trong 20 năm qua, những năm qua, hai năm tới; năm qua", []string{"năm qua=2019-01-01..2019-12-31"}},
	}
	for _, c := range cases {
		var got []string
		for _, p := range Periods(c.text, nil, ref) {
			require.Equal(t, p.Text, c.text[p.Span.Start:p.Span.End])
			s := p.Text + "=" + p.Start + ".." + p.End
			if p.Future {
				s += "+"
			}
			got = append(got, s)
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{"Ngày 25-7-2020, tại TP. Sóc Trăng", "từ 16 đến 18-5", "22:8' 26/7/2020", "6 tháng đầu năm", "quý III/2024", "1/2/3/4/5", "ngày 31 tháng 2", "(\xff9/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
		for _, d := range Dates(s, nil, ref) {
			if d.Span.Start < 0 || d.Span.End > len(s) || d.Span.Start > d.Span.End || s[d.Span.Start:d.Span.End] != d.Text {
				t.Fatalf("bad span %+v", d)
			}
		}
		for _, p := range Periods(s, nil, time.Time{}) {
			if p.Span.Start < 0 || p.Span.End > len(s) || s[p.Span.Start:p.Span.End] != p.Text {
				t.Fatalf("bad span %+v", p)
			}
		}
		ParseTimestamp(s)
	})
}

func BenchmarkDates(b *testing.B) {
	text := strings.Repeat("Ngày 25-7-2020, tại TP. Sóc Trăng, Cụm thi đua số 5 sơ kết hoạt động 6 tháng đầu năm 2020 và triển khai nhiệm vụ 6 tháng cuối năm 2020; Chỉ thị số 35-CT/TW; sáng 25-7. ", 50)
	toks := token.Tokenize(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Dates(text, toks, ref2019)
		Periods(text, toks, ref2019)
	}
}

func TestDatesDottedAndWeekday(t *testing.T) {
	ref := time.Date(2022, 5, 24, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want []string // as in TestDates
	}{
		// a dotted day.month after a cue word, in brackets after one, or after a weekday
		{"Chiều 20.5, Ban Thường vụ Tỉnh ủy họp", []string{"20.5=2022-05-20~"}},
		{"vào sáng nay (24.5), tại Hà Nội", []string{"24.5=2022-05-24~"}},
		{"Thứ Sáu, 20.5, đoàn công tác", []string{"20.5=2022-05-20~"}},
		// a weekday makes the next number a day: "thứ Hai (23/5)", "Chủ nhật 22/5"
		{"Sáng thứ Hai (23/5), Bộ Chính trị", []string{"23/5=2022-05-23~"}},
		{"Chủ nhật 22/5, tại Hà Nội", []string{"22/5=2022-05-22~"}},
		{"thứ bảy, 21/5 đã diễn ra", []string{"21/5=2022-05-21~"}},
		// full dotted dates need no cue
		{"có hiệu lực từ 2.1.2024 đến 31.12.2024", []string{"2.1.2024=2024-01-02", "31.12.2024=2024-12-31"}},
		// negatives: decimals, versions, times of day, a dotted pair with no cue
		{"tăng 11.12 lần so với cùng kỳ", nil},
		{"phiên bản 1.12 của phần mềm", nil},
		{"bắt đầu lúc 14.30, kết thúc 16.10", nil},
		{"Sáng 8.10 giờ, đoàn xuất phát", nil},
		{"Sáng 8.10h, đoàn xuất phát", nil},
		{"chiếm 2.5 phần trăm", nil},
	}
	for _, c := range cases {
		var got []string
		for _, d := range Dates(c.text, nil, ref) {
			require.Equal(t, d.Text, c.text[d.Span.Start:d.Span.End])
			s := d.Text + "=" + d.Value
			if d.YearInferred {
				s += "~"
			}
			got = append(got, s)
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

func TestRelative(t *testing.T) {
	ref := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		ref  time.Time
		want []string // Text=Value
	}{
		{"Hôm nay, Thành ủy tổ chức hội nghị", ref, []string{"Hôm nay=2025-01-01"}},
		{"Chiều qua, Ủy ban Kiểm tra Trung ương họp", ref, []string{"Chiều qua=2024-12-31"}},
		{"hội nghị diễn ra hôm qua và sáng mai tiếp tục", ref, []string{"hôm qua=2024-12-31", "sáng mai=2025-01-02"}},
		{"hôm kia, đoàn công tác đã đến", ref, []string{"hôm kia=2024-12-30"}},
		// a written date wins: left to Dates
		{"Chiều nay (1/1), tại Hà Nội", ref, nil},
		{"sáng nay 1-1, tại Hà Nội", ref, nil},
		// no reference date: nothing to resolve
		{"Hôm nay, Thành ủy tổ chức hội nghị", time.Time{}, nil},
		// "năm qua", "thời gian qua" are periods, not days
		{"trong năm qua và thời gian qua", ref, nil},
	}
	for _, c := range cases {
		var got []string
		for _, d := range Relative(c.text, nil, c.ref) {
			require.Equal(t, d.Text, c.text[d.Span.Start:d.Span.End])
			assert.True(t, d.YearInferred)
			got = append(got, d.Text+"="+d.Value)
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

func FuzzRelative(f *testing.F) {
	for _, s := range []string{"Hôm nay, Thành ủy", "chiều nay (1/1)", "hôm qua", "thứ Hai (23/5)", "Chiều 11.12,", "sáng mai 3.4"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ref := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
		for _, d := range Relative(s, nil, ref) {
			if d.Span.Start < 0 || d.Span.End > len(s) || d.Span.Start > d.Span.End || s[d.Span.Start:d.Span.End] != d.Text {
				t.Fatalf("bad span %+v", d)
			}
		}
	})
}

func TestISO(t *testing.T) {
	for _, c := range [][3]int{{2024, 6, 1}, {1, 2, 3}, {9999, 12, 31}, {10000, 1, 1}, {-5, 1, 1}, {2024, 100, 1}, {0, 0, 0}} {
		assert.Equal(t, fmt.Sprintf("%04d-%02d-%02d", c[0], c[1], c[2]), iso(c[0], c[1], c[2]), "%v", c)
	}
}

// The class table answers for every key of every class, through the
// token's stored hash or a hand-built token's, and nothing for others.
func TestKeyBits(t *testing.T) {
	w := words()
	for _, c := range []struct {
		m map[string]bool
		b uint16
	}{{w.day, bDay}, {w.cue, bCue}, {w.from, bFrom}, {w.to, bTo}, {w.month, bMonth}, {w.year, bYear},
		{w.first, bFirst}, {w.last, bLast}, {w.quarter, bQuarter}, {w.clock, bClock}, {w.unit, bUnit}} {
		require.NotEmpty(t, c.m)
		for k := range c.m {
			assert.NotZero(t, w.bits.of(&token.Token{Key: k})&c.b, k)
		}
	}
	toks := token.Tokenize("Sáng ngày 25 tháng 7 năm 2020, từ 16 đến 18-5 và 8 giờ")
	var got []uint16
	for i := range toks {
		got = append(got, w.at(toks, i))
	}
	assert.Equal(t, []uint16{bCue, bDay | bCue | bUnit, 0, bMonth | bUnit, 0, bYear | bUnit, 0, 0, bCue | bFrom, 0, bCue | bTo, 0, 0, 0, bTo, 0, bClock | bUnit}, got)
	assert.Zero(t, w.at(toks, -1))
	assert.Zero(t, w.at(toks, len(toks)))
}

// num reads ASCII digits only, as strconv.Atoi did: other digits make a
// Number token but no date.
func TestNumASCIIOnly(t *testing.T) {
	toks := token.Tokenize("25 ٢٥ 2020 12345")
	n, ok := num(toks, 0)
	assert.True(t, ok)
	assert.Equal(t, 25, n)
	_, ok = num(toks, 1)
	assert.False(t, ok)
	n, ok = num(toks, 2)
	assert.True(t, ok)
	assert.Equal(t, 2020, n)
	_, ok = num(toks, 3)
	assert.False(t, ok)
	_, ok = num(toks, 4)
	assert.False(t, ok)
	assert.Empty(t, Dates("ngày ٢٥/٧/٢٠٢٠", nil, time.Time{}))
}

// TestCivilDays checks the day arithmetic against package time, both ways,
// over four centuries around the epoch and across leap days.
func TestCivilDays(t *testing.T) {
	for _, c := range []struct {
		y, m, d, days int
	}{{1970, 1, 1, 0}, {2000, 3, 1, 11017}, {2024, 2, 29, 19782}, {1969, 12, 31, -1}} {
		assert.Equal(t, c.days, DaysFromCivil(c.y, c.m, c.d), "%d-%d-%d", c.y, c.m, c.d)
	}
	start := time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC)
	for z := int(start.Unix() / 86400); z < 100000; z += 7 {
		want := time.Unix(int64(z)*86400, 0).UTC()
		y, m, d := CivilFromDays(z)
		if y != want.Year() || m != int(want.Month()) || d != want.Day() {
			t.Fatalf("CivilFromDays(%d) = %d-%d-%d, want %s", z, y, m, d, want.Format("2006-01-02"))
		}
		if got := DaysFromCivil(y, m, d); got != z {
			t.Fatalf("DaysFromCivil(%d-%d-%d) = %d, want %d", y, m, d, got, z)
		}
	}
}
