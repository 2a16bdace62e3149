package roster

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"relief/i18n"
)

// Dates arrive as Excel serial numbers (a date cell read raw) or as text
// in the forms clerks type. Only days from 1900 to 2200 are accepted.
const (
	minDayYear = 1900
	maxDayYear = 2200
)

// parseDay reads a date cell: a serial number (numeric, mind date1904) or
// text; monthOK accepts month-only forms (1975.03, 1975年3月), read as the
// first day of the month. An empty cell is the zero Day and no issue.
//
// Number cells are Excel serials (the 1900 system with its phantom
// 1900-02-29 at serial 60, or the 1904 system); a time of day is ignored.
// Numbers a clerk typed into a General cell are read as what they mean:
// 20260905 as a day, 197503 and 1975.03 as a month (monthOK only).
//
// Text forms: 2026-09-05, 2026.9.5, 2026/9/5, 2026年9月5日, 20260905, in
// full-width digits, with spaces, a trailing dot or a time (00:00:00); with
// monthOK also 1975-03, 1975.3, 1975/03, 1975年3月 and 197503.
func parseDay(raw string, numeric, date1904, monthOK bool) (Day, *issue) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return Day{}, nil
	}
	if numeric {
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			return dayFromNumber(s, v, date1904, monthOK)
		}
	}
	return dayFromText(s, monthOK)
}

// ParseDay reads a day written as text in any of the forms the reader
// accepts in a date cell (2026-11-27, 2026/11/27, 2026.11.27,
// 2026年11月27日, 20261127, full-width digits, a trailing time): the one
// date parser for the command line's date flags too. ok is false for
// empty text, a month alone, or a day that does not exist.
func ParseDay(s string) (d Day, ok bool) {
	if strings.TrimSpace(s) == "" {
		return Day{}, false
	}
	d, is := dayFromText(s, false)
	return d, is == nil
}

// dayFromNumber reads the raw value s = v of a number cell.
func dayFromNumber(s string, v float64, date1904, monthOK bool) (Day, *issue) {
	if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v >= 1e9 {
		return Day{}, badDateSerial(s)
	}
	n := int(math.Floor(v))
	whole := float64(n) == v
	if monthOK && !whole && n >= minDayYear && n <= maxDayYear {
		// 1975.03 typed into a General cell: a year and a month.
		return monthFromNumber(s, n)
	}
	if whole {
		// 20260905 (or, for a month, 197503) typed into a General cell;
		// as serials these would lie far beyond 2200.
		if d, bad := checkedDay(n/10000, n/100%100, n%100); n >= 1e7 && bad == nil {
			return d, nil
		}
		if d, bad := checkedDay(n/100, n%100, 1); monthOK && n >= 1e5 && n < 1e6 && bad == nil {
			return d, nil
		}
	}
	if n >= minDayYear && n <= maxDayYear {
		// A bare year (or year.month in a day column): as a serial it
		// would be a day in 1905, which nobody means.
		return Day{}, badDate(monthOK)
	}
	d, ok := excelSerialDay(n, date1904)
	if !ok || d.Y < minDayYear || d.Y > maxDayYear {
		return Day{}, badDateSerial(s)
	}
	return d, nil
}

// monthFromNumber reads year.month stored as a number: 1975.03 and 1975.3
// are March; 1975.1 may have been typed as 1975.1 or as 1975.10, so it is
// refused with a request to write it as text.
func monthFromNumber(s string, year int) (Day, *issue) {
	_, frac, _ := strings.Cut(s, ".")
	switch {
	case frac == "1":
		return Day{}, &issue{SevError, "bad-date", i18n.M("roster.bad-date-month-number", year)}
	case len(frac) <= 2 && allDigits(frac):
		return checkedDay(year, atoiDigits(frac), 1)
	}
	return Day{}, badDate(true)
}

// excelSerialDay converts the integer part of an Excel date serial. In the
// 1900 system serial 1 is 1900-01-01 and serial 60 is the 1900-02-29 that
// Excel (copying Lotus 1-2-3) believes in; in the 1904 system serial 0 is
// 1904-01-01.
func excelSerialDay(n int, date1904 bool) (Day, bool) {
	if date1904 {
		if n < 0 {
			return Day{}, false
		}
		return Day{1904, time.January, 1}.AddDays(n), true
	}
	switch {
	case n < 1 || n == 60:
		return Day{}, false
	case n < 60:
		return Day{1899, time.December, 31}.AddDays(n), true
	default:
		return Day{1899, time.December, 30}.AddDays(n), true
	}
}

// timeOfDay is a time after the date ("2026-09-05 00:00:00", "2026/9/5 0:00").
var timeOfDay = regexp.MustCompile(`(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*$`)

// dayFromText reads the text forms listed at parseDay.
func dayFromText(raw string, monthOK bool) (Day, *issue) {
	s := strings.TrimSpace(strings.ReplaceAll(foldForm(raw), "。", "."))
	if strings.Contains(s, ":") {
		s = timeOfDay.ReplaceAllString(s, "")
	}
	groups, seps, ok := splitDigitGroups(s)
	if !ok {
		return Day{}, badDate(monthOK)
	}
	// seps[0] leads, seps[i] follows groups[i-1].
	if seps[0] != "" || len(groups[0]) != 4 && len(groups) > 1 {
		return Day{}, badDate(monthOK)
	}
	last := seps[len(seps)-1]
	switch len(groups) {
	case 1:
		g := groups[0]
		if last != "" && last != "." {
			break
		}
		switch {
		case len(g) == 8:
			return checkedDay(atoiDigits(g[:4]), atoiDigits(g[4:6]), atoiDigits(g[6:]))
		case len(g) == 6 && monthOK:
			return checkedDay(atoiDigits(g[:4]), atoiDigits(g[4:]), 1)
		}
	case 2:
		if !monthOK || len(groups[1]) > 2 || !oneOf(seps[1], "", ".", "-", "/", "年") ||
			!oneOf(last, "", ".", "月", "月份") || seps[1] == "年" && last != "月" && last != "月份" {
			break
		}
		return checkedDay(atoiDigits(groups[0]), atoiDigits(groups[1]), 1)
	case 3:
		if len(groups[1]) > 2 || len(groups[2]) > 2 ||
			!oneOf(seps[1], "", ".", "-", "/", "年") || !oneOf(seps[2], "", ".", "-", "/", "月") ||
			!oneOf(last, "", ".", "日", "号", "日.") || (seps[1] == "年") != (seps[2] == "月") {
			break
		}
		return checkedDay(atoiDigits(groups[0]), atoiDigits(groups[1]), atoiDigits(groups[2]))
	}
	return Day{}, badDate(monthOK)
}

// splitDigitGroups splits s into its runs of ASCII digits and the text
// between them, white space removed: len(seps) == len(groups)+1. ok is
// false when there are no digits, more than three runs or a run longer
// than 8 digits.
func splitDigitGroups(s string) (groups, seps []string, ok bool) {
	var sep, digits strings.Builder
	flush := func() bool {
		if digits.Len() == 0 {
			return true
		}
		if len(groups) == 3 || digits.Len() > 8 {
			return false
		}
		seps = append(seps, sep.String())
		groups = append(groups, digits.String())
		sep.Reset()
		digits.Reset()
		return true
	}
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
		case unicode.IsSpace(r):
			if !flush() {
				return nil, nil, false
			}
		default:
			if !flush() {
				return nil, nil, false
			}
			sep.WriteRune(r)
		}
	}
	if !flush() {
		return nil, nil, false
	}
	seps = append(seps, sep.String())
	return groups, seps, len(groups) > 0
}

// checkedDay validates a parsed date.
func checkedDay(y, m, d int) (Day, *issue) {
	if m < 1 || m > 12 {
		return Day{}, &issue{SevError, "bad-date", i18n.M("roster.bad-date-month", m)}
	}
	if !validYMD(y, m, d) {
		return Day{}, &issue{SevError, "bad-date", i18n.M("roster.bad-date-calendar", y, m, d)}
	}
	if y < minDayYear || y > maxDayYear {
		return Day{}, &issue{SevError, "bad-date", i18n.M("roster.bad-date-range", y)}
	}
	return Day{y, time.Month(m), d}, nil
}

// validYMD reports whether y-m-d is a day of the (proleptic Gregorian)
// calendar.
func validYMD(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && int(t.Month()) == m
}

func badDate(monthOK bool) *issue {
	if monthOK {
		return &issue{SevError, "bad-date", i18n.M("roster.bad-month-date")}
	}
	return &issue{SevError, "bad-date", i18n.M("roster.bad-date")}
}

func badDateSerial(raw string) *issue {
	return &issue{SevError, "bad-date", i18n.M("roster.bad-date-serial", raw)}
}

// atoiDigits reads a short run of ASCII digits.
func atoiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func oneOf(s string, set ...string) bool {
	for _, t := range set {
		if s == t {
			return true
		}
	}
	return false
}
