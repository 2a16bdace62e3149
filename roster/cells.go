package roster

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Cells as a clerk sees them. The annotated workbook of check -o copies
// the original sheets (see report/annotated_copy.go): it reads them again
// through Cells, straight from the zip like Read, with dates, times and
// numbers shown by their formats as Chinese Excel and WPS show them
// (2026/9/5, 2026年9月5日, 8,000.00, 1.52824198001011E+17) and text as
// stored. Only dates and plain number formats are rendered; any other
// format, and one longer than Excel's 255 characters, shows the number
// as General does.

// ErrRowsOutOfOrder is returned by Cells.Sheet when it finds the sheet's
// rows stored out of order after fn saw some of them: call Sheet again,
// and it hands the rows out sorted by number.
var ErrRowsOutOfOrder = errors.New("the sheet's rows are stored out of order")

// Cells is a workbook opened to show its cells.
type Cells struct {
	f      *xlsxFile
	styles *cellStyles
}

// OpenCells opens the workbook at path (with its password, if encrypted).
// Errors are *i18n.Error, as Read's.
func OpenCells(path, password string) (*Cells, error) {
	f, err := openXLSX(path, password)
	if err != nil {
		return nil, err
	}
	return &Cells{f: f}, nil
}

// Has reports whether the workbook has a sheet named name.
func (c *Cells) Has(name string) bool {
	_, ok := c.f.sheet(name)
	return ok
}

// Close closes the workbook.
func (c *Cells) Close() error { return c.f.Close() }

// Sheet calls fn, in ascending row order, with each row of the sheet named
// name for which keep(row) is true (keep nil: every row), and its cells as
// displayed (index 0 is column A, trailing empty cells trimmed; the slice
// is only valid during the call). A row stored twice is shown once. A
// sheet the workbook does not have is an error.
func (c *Cells) Sheet(name string, keep func(row int) bool, fn func(row int, cells []string) error) error {
	ref, ok := c.f.sheet(name)
	if !ok {
		return fmt.Errorf("no sheet %q", name)
	}
	if c.styles == nil {
		c.styles = c.f.cellStyles()
	}
	src, err := c.f.rows(ref, true)
	if err != nil {
		return err
	}
	defer src.Close()
	var out []string
	seen := false
	for src.Next() {
		num, cells := src.Row()
		if keep != nil && !keep(num) {
			continue
		}
		out = out[:0]
		for _, cell := range cells {
			out = append(out, c.styles.show(cell, c.f.date1904))
		}
		seen = true
		if err := fn(num, out); err != nil {
			return err
		}
	}
	if err := src.Err(); errors.Is(err, errOutOfOrder) {
		c.f.disorder[ref.Index] = true
		if !seen {
			return c.Sheet(name, keep, fn)
		}
		return ErrRowsOutOfOrder
	} else if err != nil {
		return err
	}
	return nil
}

// sheet finds a sheet by name.
func (f *xlsxFile) sheet(name string) (sheetRef, bool) {
	for _, s := range f.sheets {
		if s.Name == name {
			return s, true
		}
	}
	return sheetRef{}, false
}

// cellStyles says, for each cell style (the s attribute), how a number
// in it is shown.
type cellStyles struct {
	formats []numFormat
}

// numFormat is a number format, as far as the copies show it: a date or
// time format code, a plain number format (decimals, thousands
// separators, percent), or General.
type numFormat struct {
	text      bool   // the text format @: a number shows as stored
	date      string // a date or time format code ("" when none)
	number    bool   // a plain number format
	decimals  int
	thousands bool
	percent   bool
}

// Bounds on what is read of styles.xml: Excel allows 64,000 cell styles
// and format codes of 255 characters.
const (
	maxCellStyles = 65536
	maxFormatCode = 255
)

// cellStyles reads the number formats of the workbook's styles. A
// workbook without styles (or with unreadable ones) shows every cell as
// stored.
func (f *xlsxFile) cellStyles() *cellStyles {
	cs := &cellStyles{}
	custom := map[int]numFormat{}
	inXfs := false
	_ = f.scanPart(f.stylesPart, func(s *xmlScanner) error {
		switch {
		case s.is("numFmt"):
			id, _ := s.attr("numFmtId")
			code, _ := s.attr("formatCode")
			if n, ok := atoiBytes(id); ok && len(custom) < maxCellStyles {
				custom[n] = parseFormat(string(code))
			}
		case s.is("cellXfs"):
			inXfs = true
		case s.is("cellStyleXfs"), s.is("dxfs"):
			inXfs = false
		case s.is("xf") && inXfs && len(cs.formats) < maxCellStyles:
			id, _ := s.attr("numFmtId")
			n, _ := atoiBytes(id)
			nf, ok := custom[n]
			if !ok {
				nf = parseFormat(builtinFormats[n])
			}
			cs.formats = append(cs.formats, nf)
		}
		return nil
	})
	return cs
}

// builtinFormats are Excel's built-in number formats as Chinese Excel and
// WPS show them (the short date is yyyy/m/d; 27–36 and 50–58 are the
// Chinese ones).
var builtinFormats = map[int]string{
	1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 49: "@",
	14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM",
	20: "h:mm", 21: "h:mm:ss", 22: "yyyy/m/d h:mm",
	27: `yyyy"年"m"月"`, 28: `m"月"d"日"`, 29: `m"月"d"日"`, 30: "yyyy/m/d", 31: `yyyy"年"m"月"d"日"`,
	32: `h"时"mm"分"`, 33: `h"时"mm"分"ss"秒"`, 34: `上午/下午h"时"mm"分"`, 35: `上午/下午h"时"mm"分"ss"秒"`, 36: `yyyy"年"m"月"`,
	37: "#,##0", 38: "#,##0", 39: "#,##0.00", 40: "#,##0.00",
	45: "mm:ss", 46: "[h]:mm:ss", 47: "mm:ss.0",
	50: `yyyy"年"m"月"`, 51: `m"月"d"日"`, 52: `yyyy"年"m"月"`, 53: `m"月"d"日"`, 54: `m"月"d"日"`,
	55: `上午/下午h"时"mm"分"`, 56: `上午/下午h"时"mm"分"ss"秒"`, 57: `yyyy"年"m"月"`, 58: `m"月"d"日"`,
}

// parseFormat tells what a format code shows: a date or time (by its
// letters outside quoted text, brackets and escapes), a plain number
// (0, #, the separators and %), or anything else as stored.
func parseFormat(code string) numFormat {
	if code == "" || len(code) > maxFormatCode || strings.EqualFold(code, "general") {
		return numFormat{}
	}
	if i := strings.IndexByte(code, ';'); i >= 0 {
		code = code[:i] // the format of positive numbers
	}
	if code == "@" {
		return numFormat{text: true}
	}
	plain := strings.Builder{}
	date := false
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case c == '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			}
		case c == '[':
			if j := strings.IndexByte(code[i+1:], ']'); j >= 0 {
				if b := strings.ToLower(code[i+1 : i+1+j]); b == "h" || b == "hh" || b == "m" || b == "mm" || b == "s" || b == "ss" {
					date = true
				}
				i += j + 1
			}
		case c == '\\', c == '_', c == '*':
			i++
		case (c == 'E' || c == 'e') && i+1 < len(code) && (code[i+1] == '+' || code[i+1] == '-'):
			return numFormat{} // scientific: as General
		default:
			switch c | 0x20 {
			case 'y', 'd', 'e', 'h', 's', 'm':
				date = true
			}
			plain.WriteByte(c)
		}
	}
	if date {
		return numFormat{date: code}
	}
	p := strings.TrimSpace(plain.String())
	if p == "" || strings.Trim(p, "#0,.%") != "" {
		return numFormat{}
	}
	nf := numFormat{number: true, percent: strings.Contains(p, "%"), thousands: strings.Contains(p, ",")}
	if i := strings.IndexByte(p, '.'); i >= 0 {
		nf.decimals = strings.Count(p[i:], "0")
	}
	return nf
}

// show renders a cell as Excel shows it: a number (or an ISO date) in a
// date or time style by its format code, a number by its plain number
// format or as General shows it (15 significant digits); text as stored.
func (cs *cellStyles) show(c rawCell, date1904 bool) string {
	var nf numFormat
	if c.Style > 0 && c.Style < len(cs.formats) {
		nf = cs.formats[c.Style]
	}
	if !c.Numeric {
		if nf.date != "" && len(c.Value) == 10 && c.Value[4] == '-' && c.Value[7] == '-' {
			if t, err := time.Parse("2006-01-02", c.Value); err == nil {
				return formatDate(nf.date, t)
			}
		}
		return c.Value
	}
	v, err := strconv.ParseFloat(c.Value, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return c.Value
	}
	switch {
	case nf.date != "":
		if v < 0 || v > 2958465 { // 9999-12-31
			return general(c.Value, v)
		}
		days := math.Floor(v)
		secs := int(math.Round((v - days) * 86400))
		if secs == 86400 {
			days, secs = days+1, 0
		}
		d, ok := excelSerialDay(int(days), date1904)
		if !ok {
			if days != 0 { // 0 is a time of day alone
				return general(c.Value, v)
			}
			d = Day{1899, time.December, 31}
		}
		return formatDate(nf.date, time.Date(d.Y, d.M, d.D, 0, 0, secs, 0, time.UTC))
	case nf.number:
		if nf.percent {
			v *= 100
		}
		s := strconv.FormatFloat(v, 'f', nf.decimals, 64)
		if nf.thousands {
			s = groupThousands(s)
		}
		if nf.percent {
			s += "%"
		}
		return s
	}
	return general(c.Value, v)
}

// general shows a number as General does (and as the reader this one
// replaced showed it): up to 15 significant digits, beyond them in
// E-notation, but for a whole number whose digits past the 15th are
// zeros, shown whole (an identity number typed into a number cell).
func general(raw string, v float64) string {
	f := strconv.FormatFloat(v, 'f', -1, 64)
	if len(f)-strings.Count(f, ".")-strings.Count(f, "-") > 15 && !zeroFilled(raw) {
		return strconv.FormatFloat(v, 'G', 15, 64)
	}
	return f
}

// zeroFilled reports whether raw is a whole number whose digits past
// the 15th are zeros.
func zeroFilled(raw string) bool {
	if strings.ContainsAny(raw, ".Ee") {
		return false
	}
	return len(strings.TrimRight(strings.TrimLeft(raw, "+-0"), "0")) <= 15
}

// groupThousands puts commas into the whole part of a number.
func groupThousands(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		return sign + b.String() + "." + frac
	}
	return sign + b.String()
}

// formatDate renders t by a date and time format code: y, m, d, h, m
// (minutes after h or before s), s, AM/PM and 上午/下午, quoted text and
// escapes; months by name show as 1月, weekdays as 星期一.
func formatDate(code string, t time.Time) string {
	type tok struct {
		kind byte // y m d h M(inute) s a(m/pm) c(jk am/pm) literal 0
		n    int
		lit  string
	}
	var toks []tok
	ampm := strings.Contains(strings.ToUpper(code), "AM/PM") || strings.Contains(code, "上午/下午") || strings.Contains(strings.ToUpper(code), "A/P")
	for i := 0; i < len(code); {
		c := code[i]
		switch {
		case c == '"':
			j := strings.IndexByte(code[i+1:], '"')
			if j < 0 {
				j = len(code) - i - 1
			}
			toks = append(toks, tok{lit: code[i+1 : i+1+j]})
			i += j + 2
			continue
		case c == '[':
			j := strings.IndexByte(code[i+1:], ']')
			if j < 0 {
				j = len(code) - i - 1
			}
			if b := strings.ToLower(code[i+1 : i+1+j]); strings.Trim(b, "hms") == "" && b != "" {
				toks = append(toks, tok{kind: b[0], n: len(b)})
			}
			i += j + 2
			continue
		case c == '\\' && i+1 < len(code):
			toks = append(toks, tok{lit: code[i+1 : i+2]})
			i += 2
			continue
		case c == '_' || c == '*':
			i += 2
			continue
		case strings.HasPrefix(strings.ToUpper(code[i:]), "AM/PM"):
			toks = append(toks, tok{kind: 'a'})
			i += 5
			continue
		case strings.HasPrefix(strings.ToUpper(code[i:]), "A/P"):
			toks = append(toks, tok{kind: 'a', n: 1})
			i += 3
			continue
		case strings.HasPrefix(code[i:], "上午/下午"):
			toks = append(toks, tok{kind: 'c'})
			i += len("上午/下午")
			continue
		}
		switch l := c | 0x20; l {
		case 'y', 'm', 'd', 'h', 's', 'e':
			n := 1
			for i+n < len(code) && code[i+n]|0x20 == l {
				n++
			}
			if l == 'e' {
				l, n = 'y', 4
			}
			toks = append(toks, tok{kind: l, n: n})
			i += n
			continue
		}
		if c == '.' && len(toks) > 0 && toks[len(toks)-1].kind == 's' { // fractions of a second
			i++
			for i < len(code) && code[i] == '0' {
				i++
			}
			continue
		}
		_, size := utf8.DecodeRuneInString(code[i:])
		toks = append(toks, tok{lit: code[i : i+size]})
		i += size
	}
	// m is minutes after an hour or before a second, else the month.
	for k := range toks {
		if toks[k].kind != 'm' || toks[k].n > 2 {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if toks[j].kind == 'h' {
				toks[k].kind = 'M'
			}
			if toks[j].kind != 0 {
				break
			}
		}
		for j := k + 1; j < len(toks); j++ {
			if toks[j].kind == 's' {
				toks[k].kind = 'M'
			}
			if toks[j].kind != 0 {
				break
			}
		}
	}
	pad := func(v, n int) string {
		if n >= 2 {
			return fmt.Sprintf("%02d", v)
		}
		return strconv.Itoa(v)
	}
	var b strings.Builder
	for _, k := range toks {
		switch k.kind {
		case 0:
			b.WriteString(k.lit)
		case 'y':
			if k.n <= 2 {
				b.WriteString(fmt.Sprintf("%02d", t.Year()%100))
			} else {
				b.WriteString(strconv.Itoa(t.Year()))
			}
		case 'm':
			if k.n >= 3 {
				b.WriteString(strconv.Itoa(int(t.Month())) + "月")
			} else {
				b.WriteString(pad(int(t.Month()), k.n))
			}
		case 'd':
			if k.n >= 3 {
				b.WriteString("星期" + string([]rune("日一二三四五六")[t.Weekday()]))
			} else {
				b.WriteString(pad(t.Day(), k.n))
			}
		case 'h':
			h := t.Hour()
			if ampm {
				h = (h+11)%12 + 1
			}
			b.WriteString(pad(h, k.n))
		case 'M':
			b.WriteString(pad(t.Minute(), k.n))
		case 's':
			b.WriteString(pad(t.Second(), k.n))
		case 'a':
			switch {
			case k.n == 1 && t.Hour() < 12:
				b.WriteString("A")
			case k.n == 1:
				b.WriteString("P")
			case t.Hour() < 12:
				b.WriteString("AM")
			default:
				b.WriteString("PM")
			}
		case 'c':
			if t.Hour() < 12 {
				b.WriteString("上午")
			} else {
				b.WriteString("下午")
			}
		}
	}
	return b.String()
}
