package report

// What the workbooks of the year's records (the evaluation form, the
// payment status, the report upward) share: their extra styles, the page
// setup, and the 说明 line that says what made them.

import (
	"relief/printout"

	"github.com/xuri/excelize/v2"
)

// yearStyles are the styles of the year's workbooks beyond the budget
// workbook's (xlsxStyles).
type yearStyles struct {
	xlsxStyles
	section, sub, heading, fill, fillDate, small, bad, warn, left, date int
}

func newYearStyles(f *excelize.File) (yearStyles, error) {
	base, err := newStyles(f)
	if err != nil {
		return yearStyles{}, err
	}
	s := yearStyles{xlsxStyles: base}
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	font := &excelize.Font{Family: "宋体", Size: 11}
	bold := &excelize.Font{Family: "宋体", Size: 11, Bold: true}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	mid := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true}
	}
	dateFmt := "yyyy-mm-dd"
	for _, st := range []struct {
		dst   *int
		style *excelize.Style
	}{
		{&s.section, &excelize.Style{Font: bold, Border: border, Alignment: mid("left"), Fill: fill("EDEDED")}},
		{&s.sub, &excelize.Style{Font: bold, Border: border, Alignment: mid("left")}},
		{&s.heading, &excelize.Style{Font: &excelize.Font{Family: "宋体", Size: 12, Bold: true}, Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&s.fill, &excelize.Style{Font: font, Border: border, Alignment: mid("center"), NumFmt: 49}},
		{&s.fillDate, &excelize.Style{Font: font, Border: border, Alignment: mid("center"), CustomNumFmt: &dateFmt}},
		{&s.small, &excelize.Style{Font: &excelize.Font{Family: "宋体", Size: 8, Color: "595959"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.bad, &excelize.Style{Font: font, Border: border, Alignment: mid("left"), Fill: fill("FFC7CE")}},
		{&s.warn, &excelize.Style{Font: font, Border: border, Alignment: mid("left"), Fill: fill("FFEB9C")}},
		{&s.left, &excelize.Style{Font: font, Alignment: mid("left")}},
		{&s.date, &excelize.Style{Font: font, Border: border, Alignment: mid("center"), CustomNumFmt: &dateFmt}},
	} {
		if *st.dst, err = f.NewStyle(st.style); err != nil {
			return s, err
		}
	}
	return s, nil
}

// yearPageSetup lays a sheet of the year's workbooks out for A4 (printout:
// orientation by the printed columns, one page wide, margins, page
// numbers, the header row repeated) and limits printing to the columns up
// to lastCol, so that hidden working columns never print. It is the one
// place these workbooks set up their pages.
func yearPageSetup(f *excelize.File, sheet string, titleRow, lastCol, lastRow int) error {
	return printout.Setup(f, sheet, printout.Page{Cols: lastCol, Rows: max(lastRow, 1), TitleFirst: titleRow, TitleLast: titleRow, TitleCols: 0})
}

// noteRow writes the 说明 line (what made the workbook) across columns 1
// to cols at row, in small type, and returns the next free row. The line
// is for the file's reader (relief verify checks the file, not paper):
// callers end the print area above it, so that it never prints on a page
// of its own.
func noteRow(w *sheetWriter, row, cols int, text string, style int) int {
	if text == "" {
		return row
	}
	w.note(1, row, text, style)
	w.merge(1, row, cols, row)
	w.height(row, float64(wrapLines(text, 16*cols))*11+4)
	return row + 1
}
