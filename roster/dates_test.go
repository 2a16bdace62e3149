package roster

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func day(y, m, d int) Day { return Day{y, time.Month(m), d} }

func TestParseDayText(t *testing.T) {
	sep5 := day(2026, 9, 5)
	mar75 := day(1975, 3, 1)
	tests := []struct {
		raw     string
		monthOK bool
		want    Day
		key     string // message key of the issue, "" for none
	}{
		{"2026.9.5", false, sep5, ""},
		{"2026.09.05", false, sep5, ""},
		{"2026.09.05.", false, sep5, ""},
		{"2026-09-05", false, sep5, ""},
		{"2026-9-5", false, sep5, ""},
		{"2026/9/5", false, sep5, ""},
		{"2026/09/05", false, sep5, ""},
		{"2026年9月5日", false, sep5, ""},
		{"2026年09月05日", false, sep5, ""},
		{"2026年9月5号", false, sep5, ""},
		{"2026 年 9 月 5 日", false, sep5, ""},
		{"20260905", false, sep5, ""},
		{"２０２６．９．５", false, sep5, ""},
		{"２０２６年９月５日", false, sep5, ""},
		{"２０２６０９０５", false, sep5, ""},
		{"2026。9。5", false, sep5, ""},
		{" 2026 . 9 . 5 ", false, sep5, ""},
		{"2026 9 5", false, sep5, ""},
		{"2026-09-05 00:00:00", false, sep5, ""},
		{"2026/9/5 0:00", false, sep5, ""},
		{"2026-09-05T13:45:00", false, sep5, ""},
		{"\u00a02026-09-05\n", false, sep5, ""},
		{"2026年9月5日", true, sep5, ""},
		{"2000-02-29", false, day(2000, 2, 29), ""},
		{"1900-01-01", false, day(1900, 1, 1), ""},
		{"2200-12-31", false, day(2200, 12, 31), ""},

		{"1975.03", true, mar75, ""},
		{"1975.3", true, mar75, ""},
		{"1975-3", true, mar75, ""},
		{"1975-03", true, mar75, ""},
		{"1975/03", true, mar75, ""},
		{"1975年3月", true, mar75, ""},
		{"1975年03月", true, mar75, ""},
		{"1975年3月份", true, mar75, ""},
		{"197503", true, mar75, ""},
		{"１９７５．０３", true, mar75, ""},
		{"1975.03.", true, mar75, ""},

		{"1975.03", false, Day{}, "roster.bad-date"},
		{"1975年3月", false, Day{}, "roster.bad-date"},
		{"197503", false, Day{}, "roster.bad-date"},
		{"1975", true, Day{}, "roster.bad-month-date"},
		{"1975年", true, Day{}, "roster.bad-month-date"},
		{"1975年3", true, Day{}, "roster.bad-month-date"},
		{"2026-02-30", false, Day{}, "roster.bad-date-calendar"},
		{"2025年2月29日", false, Day{}, "roster.bad-date-calendar"},
		{"20260431", false, Day{}, "roster.bad-date-calendar"},
		{"2026-13-01", false, Day{}, "roster.bad-date-month"},
		{"1975.13", true, Day{}, "roster.bad-date-month"},
		{"1975.00", true, Day{}, "roster.bad-date-month"},
		{"1899-12-31", false, Day{}, "roster.bad-date-range"},
		{"2201-01-01", false, Day{}, "roster.bad-date-range"},
		{"26.9.5", false, Day{}, "roster.bad-date"},
		{"9/5/2026", false, Day{}, "roster.bad-date"},
		{"2026年9.5", false, Day{}, "roster.bad-date"},
		{"2026.9.5.1", false, Day{}, "roster.bad-date"},
		{"2026-09-05 12", false, Day{}, "roster.bad-date"},
		{"九月五日", false, Day{}, "roster.bad-date"},
		{"不详", true, Day{}, "roster.bad-month-date"},
		{"2026.9.5 上午", false, Day{}, "roster.bad-date"},
		{"123456789012", false, Day{}, "roster.bad-date"},
		{"", false, Day{}, ""},
		{"  \u3000", true, Day{}, ""},
	}
	for _, tt := range tests {
		got, is := parseDay(tt.raw, false, false, tt.monthOK)
		key := ""
		if is != nil {
			key = is.Msg.Key
			if is.Code != "bad-date" || is.Sev != SevError {
				t.Errorf("parseDay(%q) issue %s/%s", tt.raw, is.Sev, is.Code)
			}
		}
		if got != tt.want || key != tt.key {
			t.Errorf("parseDay(%q, monthOK=%v) = %v %q, want %v %q", tt.raw, tt.monthOK, got, key, tt.want, tt.key)
		}
	}
}

func TestParseDaySerial(t *testing.T) {
	tests := []struct {
		raw      string
		date1904 bool
		monthOK  bool
		want     Day
		bad      bool
	}{
		{"1", false, false, day(1900, 1, 1), false},
		{"59", false, false, day(1900, 2, 28), false},
		{"60", false, false, Day{}, true}, // Excel's phantom 1900-02-29
		{"61", false, false, day(1900, 3, 1), false},
		{"25569", false, false, day(1970, 1, 1), false},
		{"36526", false, false, day(2000, 1, 1), false},
		{"44197", false, false, day(2021, 1, 1), false},
		{"44197.75", false, false, day(2021, 1, 1), false},
		{"44197.999988426", false, false, day(2021, 1, 1), false},
		{"4.4197E+4", false, false, day(2021, 1, 1), false},
		{"0", true, false, day(1904, 1, 1), false},
		{"1", true, false, day(1904, 1, 2), false},
		{"35064", true, false, day(2000, 1, 1), false},
		{"42735", true, false, day(2021, 1, 1), false},
		{"0", false, false, Day{}, true},
		{"-1", false, false, Day{}, true},
		{"-1", true, false, Day{}, true},
		{"150000", false, false, Day{}, true}, // 2310
		{"1e300", false, false, Day{}, true},
		{"NaN", false, false, Day{}, true},

		// Numbers a clerk typed into General cells.
		{"20260905", false, false, day(2026, 9, 5), false},
		{"20260905", true, false, day(2026, 9, 5), false},
		{"20260230", false, false, Day{}, true},
		{"12345678", false, false, Day{}, true},
		{"197503", false, true, day(1975, 3, 1), false},
		{"197503", false, false, Day{}, true},
		{"1975.03", false, true, day(1975, 3, 1), false},
		{"1975.3", false, true, day(1975, 3, 1), false},
		{"1975.12", false, true, day(1975, 12, 1), false},
		{"1975.1", false, true, Day{}, true}, // January or October?
		{"1975.13", false, true, Day{}, true},
		{"1975.031", false, true, Day{}, true},
		{"1975.03", false, false, Day{}, true},
		{"1975", false, true, Day{}, true},
		{"2026", false, false, Day{}, true},
		// Not a number after all: read as text.
		{"2026-09-05", false, false, day(2026, 9, 5), false},
	}
	for _, tt := range tests {
		got, is := parseDay(tt.raw, true, tt.date1904, tt.monthOK)
		if got != tt.want || (is != nil) != tt.bad {
			t.Errorf("parseDay(%q, numeric, 1904=%v, monthOK=%v) = %v %v, want %v bad=%v",
				tt.raw, tt.date1904, tt.monthOK, got, is, tt.want, tt.bad)
		}
		if is != nil && is.Code != "bad-date" {
			t.Errorf("parseDay(%q) code %s", tt.raw, is.Code)
		}
	}
	if _, is := parseDay("1975.1", true, false, true); is == nil || is.Msg.Key != "roster.bad-date-month-number" {
		t.Errorf("1975.1 issue = %+v", is)
	}
}

// serialOf is the Excel serial of d, computed from the epochs rather than by
// the code under test.
func serialOf(d Day, date1904 bool) int {
	// Unix seconds rather than Day.DaysUntil, whose time.Duration
	// saturates beyond 292 years.
	days := func(from Day) int { return int((d.Time().Unix() - from.Time().Unix()) / 86400) }
	if date1904 {
		return days(Day{1904, 1, 1})
	}
	n := days(Day{1899, 12, 30})
	if d.Before(Day{1900, 3, 1}) {
		n-- // before Excel's phantom 1900-02-29
	}
	return n
}

// dayForms are the ways a clerk writes d.
func dayForms(d Day) []string {
	y, m, dd := d.Y, int(d.M), d.D
	return []string{
		d.String(), d.Chinese(),
		fmt.Sprintf("%d.%d.%d", y, m, dd),
		fmt.Sprintf("%d.%02d.%02d.", y, m, dd),
		fmt.Sprintf("%d/%d/%d", y, m, dd),
		fmt.Sprintf("%04d%02d%02d", y, m, dd),
		fmt.Sprintf("%d年%02d月%02d日", y, m, dd),
		fullWidth(d.String()),
		d.String() + " 00:00:00",
	}
}

// checkDayRoundTrip checks parse(format(d)) == d for every text form and
// for the serial in both date systems.
func checkDayRoundTrip(t *testing.T, d Day) {
	t.Helper()
	for _, monthOK := range []bool{false, true} {
		for _, s := range dayForms(d) {
			if got, is := parseDay(s, false, false, monthOK); got != d || is != nil {
				t.Fatalf("parseDay(%q) = %v %v, want %v", s, got, is, d)
			}
		}
		for _, date1904 := range []bool{false, true} {
			n := serialOf(d, date1904)
			if n >= minDayYear && n <= maxDayYear || date1904 && n < 0 {
				continue // refused as a bare year; 1904 system starts in 1904
			}
			s := fmt.Sprint(n)
			if got, is := parseDay(s, true, date1904, monthOK); got != d || is != nil {
				t.Fatalf("parseDay(serial %s, 1904=%v) = %v %v, want %v", s, date1904, got, is, d)
			}
			if got, _ := parseDay(s+".5", true, date1904, false); got != d {
				t.Fatalf("parseDay(serial %s.5, 1904=%v) = %v, want %v", s, date1904, got, d)
			}
		}
	}
	m := Day{d.Y, d.M, 1}
	for _, s := range []string{fmt.Sprintf("%d.%02d", d.Y, int(d.M)), fmt.Sprintf("%d年%d月", d.Y, int(d.M)), fmt.Sprintf("%d-%d", d.Y, int(d.M)), fmt.Sprintf("%d%02d", d.Y, int(d.M))} {
		if got, is := parseDay(s, false, false, true); got != m || is != nil {
			t.Fatalf("parseDay(%q, monthOK) = %v %v, want %v", s, got, is, m)
		}
	}
}

func TestParseDayRoundTrip(t *testing.T) {
	for d := (Day{1900, 1, 1}); d.Y <= 2200; d = d.AddDays(13) {
		checkDayRoundTrip(t, d)
	}
	for _, d := range []Day{{1900, 2, 28}, {1900, 3, 1}, {1904, 1, 1}, {2000, 2, 29}, {2200, 12, 31}} {
		checkDayRoundTrip(t, d)
	}
}

func FuzzDayRoundTrip(f *testing.F) {
	f.Add(uint16(126), uint8(8), uint8(4))
	f.Add(uint16(0), uint8(1), uint8(27))
	f.Add(uint16(100), uint8(1), uint8(28))
	f.Fuzz(func(t *testing.T, y uint16, m, d uint8) {
		first := Day{1900 + int(y)%301, time.Month(1 + int(m)%12), 1}
		days := first.DaysUntil(Day{first.Y, first.M + 1, 1}) // time.Date normalises month 13
		checkDayRoundTrip(t, Day{first.Y, first.M, 1 + int(d)%days})
	})
}

func FuzzParseDay(f *testing.F) {
	for _, s := range []string{
		"2026.9.5", "2026-09-05", "2026/9/5", "2026年9月5日", "20260905", "２０２６．９．５",
		"2026.09.05.", "2026-09-05 00:00:00", "1975.03", "1975年3月", "197503", "44197",
		"44197.5", "60", "1975.1", "2026-02-30", "", "1e300", "-0", "9/5/2026", "2026年9月5日 8:00",
	} {
		f.Add(s, false, false, false)
		f.Add(s, true, false, true)
		f.Add(s, true, true, false)
	}
	f.Fuzz(func(t *testing.T, raw string, numeric, date1904, monthOK bool) {
		d, is := parseDay(raw, numeric, date1904, monthOK)
		if is != nil {
			if !d.IsZero() || is.Code != "bad-date" {
				t.Fatalf("parseDay(%q) = %v with issue %+v", raw, d, is)
			}
			return
		}
		if d.IsZero() {
			if strings.TrimSpace(raw) != "" {
				t.Fatalf("parseDay(%q) read nothing and reported nothing", raw)
			}
			return
		}
		if d.Y < 1900 || d.Y > 2200 || !validYMD(d.Y, int(d.M), d.D) {
			t.Fatalf("parseDay(%q) = %v: out of range", raw, d)
		}
		if again, is := parseDay(d.String(), false, false, false); again != d || is != nil {
			t.Fatalf("parseDay(%q) = %v does not round-trip: %v %v", raw, d, again, is)
		}
	})
}

// ParseDay reads the forms a clerk types, for the date flags.
func TestParseDay(t *testing.T) {
	want := Day{2026, time.November, 27}
	for _, s := range []string{"2026-11-27", "2026/11/27", "2026.11.27", "2026年11月27日", "20261127", "２０２６－１１－２７", " 2026-11-27 ", "2026-11-27 00:00:00", "2026.11.27."} {
		if d, ok := ParseDay(s); !ok || d != want {
			t.Errorf("ParseDay(%q) = %v, %v", s, d, ok)
		}
	}
	for _, s := range []string{"", "2026-11", "2026-02-30", "11/27/2026", "27.11.2026", "tomorrow", "46000"} {
		if d, ok := ParseDay(s); ok {
			t.Errorf("ParseDay(%q) = %v, want refused", s, d)
		}
	}
}
