// Package printout is how every workbook relief writes prints and shows
// its numbers, so that a sheet added anywhere prints like the others: A4
// paper in the orientation its columns need, one page wide, margins, the
// header rows repeated on every page, page numbers in the footer and a
// print area (Setup); and the one set of number formats every sheet uses
// (money as 1,500.00, dates as 2026-09-05, counts as whole numbers,
// identity and phone numbers as text). The blank workbook (roster) and
// the result, budget and votes workbooks (report) all call it; it is a
// package of its own because roster cannot import report.
package printout

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"relief/i18n"
)

// The number formats of every workbook relief writes. A sum of money is a
// number cell in MoneyFormat, a day a date cell in DateFormat, a count a
// number cell in CountFormat; identity numbers and phone numbers are text
// cells in TextFormat, so that no program turns them into 1.5E+17.
const (
	MoneyFormat = "#,##0.00"   // custom format: 1,500.00
	DateFormat  = "yyyy-mm-dd" // custom format: 2026-09-05
	CountFormat = 1            // built-in format "0"
	TextFormat  = 49           // built-in format "@"
)

// Paper and margins (inches, as the workbook stores them).
const (
	paperA4      = 9
	marginTop    = 0.75
	marginBottom = 0.75
	marginSide   = 0.6
	marginHF     = 0.3
)

// The widths, in Excel's character units, that decide how a sheet
// prints: up to PortraitWidth its printed columns fit upright on A4 at
// full size (about 180 mm between the margins); up to LandscapeWidth they
// fit across (about 265 mm), and up to a third more are shrunk to one
// page wide, still readable. A sheet wider than that prints at full size
// on several pages across, its first TitleCols columns (the name)
// repeated on each.
const (
	PortraitWidth  = 95
	LandscapeWidth = 145
	shrinkLimit    = LandscapeWidth * 4 / 3
)

// Page says what of a sheet prints.
type Page struct {
	// Cols and Rows bound the print area A1:(Cols, Rows): Rows 0 prints
	// whole columns (a sheet still to be filled in), Cols 0 sets no print
	// area. The orientation follows the width of the printed columns.
	Cols, Rows int
	// TitleFirst and TitleLast are the header rows repeated at the top of
	// every page; zero for none.
	TitleFirst, TitleLast int
	// TitleCols are the first columns repeated on each page across, when
	// a sheet is too wide for one page.
	TitleCols int
	// Wide prints landscape at full size on as many pages across as it
	// takes, whatever the columns: for a sheet whose width is not known
	// when it is set up (one written by a stream writer).
	Wide bool
}

// Setup lays sheet out for printing as p says: A4, portrait or landscape
// as its printed columns need, one page wide when that keeps the type
// readable, centred between margins, page numbers in the footer ("第 1
// 页，共 3 页", the sheet's name on the left), the title rows on every
// page and the print area. Call it once the columns have their widths.
func Setup(f *excelize.File, sheet string, p Page) error {
	w, err := width(f, sheet, p.Cols)
	if err != nil {
		return err
	}
	if p.Wide {
		w = shrinkLimit + 1
	}
	orient := "portrait"
	if w > PortraitWidth {
		orient = "landscape"
	}
	size, one, zero := paperA4, 1, 0
	fit := w <= shrinkLimit
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	layout := &excelize.PageLayoutOptions{Size: &size, Orientation: &orient}
	if fit {
		layout.FitToWidth, layout.FitToHeight = &one, &zero
	}
	if err := f.SetPageLayout(sheet, layout); err != nil {
		return err
	}
	m := func(v float64) *float64 { return &v }
	centre := true
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Top: m(marginTop), Bottom: m(marginBottom), Left: m(marginSide), Right: m(marginSide),
		Header: m(marginHF), Footer: m(marginHF), Horizontally: &centre,
	}); err != nil {
		return err
	}
	footer := i18n.M("workbook.page-footer").In(i18n.ZH)
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
		return err
	}
	var titles []string
	if !fit && p.TitleCols > 0 {
		last, err := excelize.ColumnNumberToName(p.TitleCols)
		if err != nil {
			return err
		}
		titles = append(titles, fmt.Sprintf("%s!$A:$%s", Quote(sheet), last))
	}
	if p.TitleFirst > 0 {
		titles = append(titles, fmt.Sprintf("%s!$%d:$%d", Quote(sheet), p.TitleFirst, max(p.TitleLast, p.TitleFirst)))
	}
	if len(titles) > 0 {
		if err := setName(f, sheet, "_xlnm.Print_Titles", strings.Join(titles, ",")); err != nil {
			return err
		}
	}
	if p.Cols > 0 {
		last, err := excelize.ColumnNumberToName(p.Cols)
		if err != nil {
			return err
		}
		ref := fmt.Sprintf("%s!$A:$%s", Quote(sheet), last)
		if p.Rows > 0 {
			ref = fmt.Sprintf("%s!$A$1:$%s$%d", Quote(sheet), last, p.Rows)
		}
		if err := setName(f, sheet, "_xlnm.Print_Area", ref); err != nil {
			return err
		}
	}
	return nil
}

// setName defines (or redefines) a name scoped to sheet.
func setName(f *excelize.File, sheet, name, refersTo string) error {
	_ = f.DeleteDefinedName(&excelize.DefinedName{Name: name, Scope: sheet})
	return f.SetDefinedName(&excelize.DefinedName{Name: name, RefersTo: refersTo, Scope: sheet})
}

// width is the total width of columns 1 to last (0: those in use), in
// character units; give last for a big sheet, as finding the columns in
// use reads it whole.
func width(f *excelize.File, sheet string, last int) (float64, error) {
	if last == 0 {
		cols, err := f.GetCols(sheet)
		if err != nil {
			return 0, err
		}
		last = len(cols)
	}
	total := 0.0
	for c := 1; c <= last; c++ {
		name, err := excelize.ColumnNumberToName(c)
		if err != nil {
			return 0, err
		}
		w, err := f.GetColWidth(sheet, name)
		if err != nil {
			return 0, err
		}
		total += w
	}
	return total, nil
}

// Quote writes a sheet's name as a formula or a defined name refers to
// it: '原表-救助申报', with quotes doubled.
func Quote(sheet string) string { return "'" + strings.ReplaceAll(sheet, "'", "''") + "'" }

// Paper between the margins, in points: A4 portrait and landscape.
const (
	portraitW, portraitH   = (210/25.4 - 2*marginSide) * 72, (297/25.4 - marginTop - marginBottom) * 72
	landscapeW, landscapeH = (297/25.4 - 2*marginSide) * 72, (210/25.4 - marginTop - marginBottom) * 72
)

// ColumnPoints is the printed width, in points, of a column width
// character units wide (7 pixels a character and 5 of padding, at 96
// pixels an inch, as Excel draws its default font).
func ColumnPoints(width float64) float64 { return (width*7 + 5) * 0.75 }

// PageHeight is how much of a sheet, in points of its own row heights,
// one printed page holds when Setup lays it out and its printed columns
// are widths wide (character units): the paper's height between the
// margins, enlarged by the shrinking that one page wide needs (rounded
// down to a whole percent, as Excel does). A sheet that places its own
// page breaks uses it to keep rows together.
func PageHeight(widths []float64) float64 {
	total, pts := 0.0, 0.0
	for _, w := range widths {
		total += w
		pts += ColumnPoints(w)
	}
	paperW, paperH := portraitW, portraitH
	if total > PortraitWidth {
		paperW, paperH = landscapeW, landscapeH
	}
	scale := 1.0
	if pts > paperW && total <= shrinkLimit {
		scale = float64(int(100*paperW/pts)) / 100
	}
	return paperH / scale
}

// Breaks places every page break of a table, so that no program needs to
// add one of its own and the last rows are never left alone: rows 1 to
// first-1 (a title, the header) open the first page; the title rows
// titleFirst..titleLast repeat atop every other page; rows first..last
// follow, and the closing rows tail..last (totals, signatures) share the
// last page with at least keep rows above them. heights[r] is row r's
// height in points (heights[0] unused) and pageH what a page holds
// (PageHeight). Pages are filled to a safe share of pageH, as the
// programs round row heights and scales each their own way. It returns
// the rows before which to break, in order.
func Breaks(heights []float64, first, tail, last, keep, titleFirst, titleLast int, pageH float64) []int {
	if first < 1 || tail < first || last < tail || last >= len(heights) {
		return nil
	}
	room := pageH * safeShare
	titles := 0.0
	if titleFirst > 0 {
		for r := titleFirst; r <= min(titleLast, last); r++ {
			titles += heights[r]
		}
	}
	used := 0.0
	for r := 1; r < first; r++ {
		used += heights[r]
	}
	var breaks []int
	start := first // the first table row of the current page
	for r := first; r <= last; r++ {
		closing := r >= tail
		if used+heights[r] > room && r > start && !(closing && r > tail) {
			breaks = append(breaks, r)
			start, used = r, titles
		}
		if r == tail && used+rowsHeight(heights, tail, last) > room && r > start {
			// The closing rows do not fit below: they start a page.
			breaks = append(breaks, r)
			start, used = r, titles
		}
		used += heights[r]
	}
	// The last page must hold keep rows above the closing ones: move its
	// break up, and the breaks before it as far as it takes to leave each
	// page a row (pages above only lose rows, so they still fit).
	need := max(tail-keep, first+1)
	for i := len(breaks) - 1; i >= 0 && breaks[i] > need; i-- {
		breaks[i] = need
		need = max(need-1, first+1)
	}
	out := breaks[:0]
	for _, b := range breaks {
		if b > first && (len(out) == 0 || b > out[len(out)-1]) {
			out = append(out, b)
		}
	}
	return out
}

// safeShare is the share of a page Breaks fills.
const safeShare = 0.92

func rowsHeight(heights []float64, from, to int) float64 {
	h := 0.0
	for r := from; r <= to; r++ {
		h += heights[r]
	}
	return h
}
