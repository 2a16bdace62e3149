package roster

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Cells as a clerk sees them. The annotated workbook of check -o copies
// the original sheets (see report/annotated_copy.go): it reads them again
// through Cells, straight from the zip like Read, with date cells shown
// as Chinese Excel and WPS show them (2026/9/5) and every other cell as
// stored. Number formats are read only to tell dates from numbers; a
// format longer than Excel's 255 characters is not a date.

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

// cellStyles says, for each cell style (the s attribute), how a number in
// it is shown: as a date, a time, both, or as stored.
type cellStyles struct {
	kinds []numKind
}

type numKind uint8

const (
	numPlain numKind = iota
	numDate
	numTime
	numDateTime
)

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
	custom := map[int]numKind{}
	inXfs := false
	_ = f.scanPart(f.stylesPart, func(s *xmlScanner) error {
		switch {
		case s.is("numFmt"):
			id, _ := s.attr("numFmtId")
			code, _ := s.attr("formatCode")
			if n, ok := atoiBytes(id); ok && len(custom) < maxCellStyles {
				custom[n] = formatKind(string(code))
			}
		case s.is("cellXfs"):
			inXfs = true
		case s.is("cellStyleXfs"), s.is("dxfs"):
			inXfs = false
		case s.is("xf") && inXfs && len(cs.kinds) < maxCellStyles:
			id, _ := s.attr("numFmtId")
			n, _ := atoiBytes(id)
			k, ok := custom[n]
			if !ok {
				k = builtinKind(n)
			}
			cs.kinds = append(cs.kinds, k)
		}
		return nil
	})
	return cs
}

// builtinKind is the kind of Excel's built-in number formats (the
// Chinese ones included: 27–36 and 50–58 are dates, 年月日).
func builtinKind(id int) numKind {
	switch {
	case id >= 14 && id <= 17, id >= 27 && id <= 31, id >= 34 && id <= 36, id >= 50 && id <= 58:
		return numDate
	case id >= 18 && id <= 21, id == 32, id == 33, id >= 45 && id <= 47:
		return numTime
	case id == 22:
		return numDateTime
	}
	return numPlain
}

// formatKind tells a custom format code's kind by its date and time
// letters outside quoted text, brackets and escapes.
func formatKind(code string) numKind {
	if len(code) > maxFormatCode || strings.EqualFold(code, "general") {
		return numPlain
	}
	date, tm, month := false, false, false
	for i := 0; i < len(code); i++ {
		switch c := code[i] | 0x20; {
		case code[i] == '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			}
		case code[i] == '[':
			if j := strings.IndexByte(code[i+1:], ']'); j >= 0 {
				i += j + 1
			}
		case code[i] == '\\', code[i] == '_', code[i] == '*':
			i++
		case c == 'y' || c == 'd' || c == 'e':
			date = true
		case c == 'h' || c == 's':
			tm = true
		case c == 'm':
			month = true
		}
	}
	switch {
	case date && tm:
		return numDateTime
	case date || month && !tm:
		return numDate
	case tm:
		return numTime
	}
	return numPlain
}

// show renders a cell as Excel shows it: a number in a date or time style
// as 2026/9/5 or 13:05, anything else as stored.
func (cs *cellStyles) show(c rawCell, date1904 bool) string {
	if !c.Numeric || c.Style < 0 || c.Style >= len(cs.kinds) || cs.kinds[c.Style] == numPlain {
		return c.Value
	}
	v, err := strconv.ParseFloat(c.Value, 64)
	if err != nil || v < 0 || v > 2958465 { // 9999-12-31
		return c.Value
	}
	days := math.Floor(v)
	secs := int(math.Round((v - days) * 86400))
	if secs == 86400 {
		days, secs = days+1, 0
	}
	clock := fmt.Sprintf("%d:%02d", secs/3600, secs/60%60)
	d, ok := excelSerialDay(int(days), date1904)
	switch k := cs.kinds[c.Style]; {
	case k == numTime:
		return clock
	case !ok:
		return c.Value
	case k == numDateTime && secs > 0:
		return fmt.Sprintf("%d/%d/%d %s", d.Y, int(d.M), d.D, clock)
	}
	return fmt.Sprintf("%d/%d/%d", d.Y, int(d.M), d.D)
}
