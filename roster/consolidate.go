package roster

// The consolidated workbook of relief merge: every file's records in one
// workbook of the canonical layout (relief init's: 序号 in column A, the
// schema's fields from column B), one sheet per kind, each row followed by
// the file and the row it came from (来源文件, 来源行号), which the reader
// leaves aside. Rows are copied as read, values and not the originals'
// styles, so that checking the merged workbook decides as checking the
// files does: text stays text (identity numbers keep every digit), a
// number stays the number stored, a date cell becomes a date cell (of the
// 1900 date system), a formula's cached result is its value, and an error
// value is written as its text, which the reader takes for the error.

import (
	"errors"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"relief/i18n"
	"relief/printout"
)

// Consolidated says what Consolidate wrote.
type Consolidated struct {
	Workbook *Workbook      // everything read, as ReadAll returns it
	Rows     map[string]int // records written, by Sheet.Key
}

// Headers of the columns that follow the fields in the consolidated
// workbook.
var (
	SourceFileHeader = zh("merge.col.file")
	SourceRowHeader  = zh("merge.col.row")
)

// Consolidate reads files as ReadAll does (opt.OnRow is its own) and
// writes the consolidated workbook to w, encrypted with opt.Password when
// one is given (the inputs were). What ReadAll finds is in the result,
// not an error: the rows are copied as read, problems and all, for relief
// check to report. But members given partly by rosters and partly by
// counts, or a fund given in several files, cannot be put into one
// workbook without deciding which figure holds: that is an *i18n.Error,
// and nothing is written.
func Consolidate(w io.Writer, files []string, opt Options) (res *Consolidated, err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	cw, err := newConsolidator(f)
	if err != nil {
		return nil, err
	}
	opt.OnRow = cw.add
	wb, err := ReadAll(files, opt)
	if err != nil {
		return nil, err
	}
	if cw.err != nil {
		return nil, cw.err
	}
	for _, p := range wb.Problems {
		if p.Code == "members-mixed" || p.Code == "funds-several-files" {
			return nil, &i18n.Error{Msg: p.Msg} // it says what to do
		}
	}
	if err := cw.finish(); err != nil {
		return nil, err
	}
	res = &Consolidated{Workbook: wb, Rows: map[string]int{}}
	for k, o := range cw.out {
		res.Rows[k] = o.row - 1
	}
	return res, f.Write(w, excelize.Options{Password: opt.Password})
}

// consolidator streams the records into the sheets of the workbook.
type consolidator struct {
	f                                 *excelize.File
	out                               map[string]*sheetOut
	header, text, date, serial, plain int
	err                               error
}

// sheetOut is one sheet being written.
type sheetOut struct {
	s   *Sheet
	sw  *excelize.StreamWriter
	row int // the last row written
}

func newConsolidator(f *excelize.File) (*consolidator, error) {
	c := &consolidator{f: f, out: map[string]*sheetOut{}}
	// Every sheet in the template's order; those left empty are removed.
	for i, s := range Sheets {
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.Name)
		} else {
			_, err = f.NewSheet(s.Name)
		}
		if err != nil {
			return nil, err
		}
	}
	df := dateFormat
	for _, st := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&c.header, &excelize.Style{Font: &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&c.text, &excelize.Style{NumFmt: numFmtText}},
		{&c.date, &excelize.Style{CustomNumFmt: &df}},
		{&c.serial, &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&c.plain, &excelize.Style{}},
	} {
		id, err := f.NewStyle(st.style)
		if err != nil {
			return nil, err
		}
		*st.id = id
	}
	return c, nil
}

// sheet returns the writer of sheet s, starting it (widths, header) on
// first use.
func (c *consolidator) sheet(s *Sheet) (*sheetOut, error) {
	if o := c.out[s.Key]; o != nil {
		return o, nil
	}
	// Printed as relief init's sheets are: landscape, one page wide, the
	// header on every page (set before streaming, which keeps it).
	if err := printout.Setup(c.f, s.Name, printout.Page{Wide: true, TitleFirst: 1, TitleLast: 1, TitleCols: 2}); err != nil {
		return nil, err
	}
	sw, err := c.f.NewStreamWriter(s.Name)
	if err != nil {
		return nil, err
	}
	n := len(s.Fields)
	if err := sw.SetColWidth(1, 1, 6); err != nil {
		return nil, err
	}
	for i := range s.Fields {
		fd := &s.Fields[i]
		if err := sw.SetColWidth(i+2, i+2, columnWidth(fd, exampleValue(s.Key, fd.Key, 2026))); err != nil {
			return nil, err
		}
	}
	if err := sw.SetColWidth(n+2, n+2, 24); err != nil {
		return nil, err
	}
	if err := sw.SetColWidth(n+3, n+3, 9); err != nil {
		return nil, err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	head := []any{excelize.Cell{Value: TemplateSerialHeader, StyleID: c.header}}
	for _, fd := range s.Fields {
		head = append(head, excelize.Cell{Value: fd.Header, StyleID: c.header})
	}
	head = append(head, excelize.Cell{Value: SourceFileHeader, StyleID: c.header}, excelize.Cell{Value: SourceRowHeader, StyleID: c.header})
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 30}); err != nil {
		return nil, err
	}
	o := &sheetOut{s: s, sw: sw, row: 1}
	c.out[s.Key] = o
	return o, nil
}

// add writes one record (Options.OnRow); the first error is kept.
func (c *consolidator) add(r DataRow) {
	if c.err != nil {
		return
	}
	o, err := c.sheet(r.Sheet)
	if err != nil {
		c.err = err
		return
	}
	o.row++
	vals := make([]any, 0, len(r.Sheet.Fields)+3)
	vals = append(vals, excelize.Cell{Value: o.row - 1, StyleID: c.serial})
	for i := range r.Sheet.Fields {
		fd := &r.Sheet.Fields[i]
		col, ok := r.Info.Columns[fd.Key]
		if !ok || col > len(r.Cells) {
			vals = append(vals, nil)
			continue
		}
		vals = append(vals, c.value(fd, r.Cells[col-1], r.Date1904))
	}
	vals = append(vals, excelize.Cell{Value: r.File, StyleID: c.text}, r.Row)
	cell, _ := excelize.CoordinatesToCellName(1, o.row)
	c.err = o.sw.SetRow(cell, vals)
}

// value is a cell to write for a cell of field fd as read.
func (c *consolidator) value(fd *Field, cell RawCell, date1904 bool) any {
	switch {
	case isBlank(cell.Value) && !cell.Error:
		return nil
	case cell.Error || !cell.Numeric:
		return excelize.Cell{Value: cell.Value, StyleID: c.text}
	}
	v, err := strconv.ParseFloat(cell.Value, 64)
	if err != nil {
		return excelize.Cell{Value: cell.Value, StyleID: c.text}
	}
	if fd.Kind == Date || fd.Kind == MonthDate {
		// A date serial (in either date system) becomes a date cell of
		// the 1900 system; a number that means a date otherwise
		// (20260905, 1975.03) is kept as it is.
		if d, is := parseDay(cell.Value, true, date1904, fd.Kind == MonthDate); is == nil && !d.IsZero() && v < 1e5 {
			if s, ok := serial1900(d); ok {
				return excelize.Cell{Value: s, StyleID: c.date}
			}
		}
	}
	return excelize.Cell{Value: v, StyleID: c.plain}
}

// serial1900 is the Excel serial of d in the 1900 date system, the
// inverse of excelSerialDay.
func serial1900(d Day) (int, bool) {
	if d.Before(Day{1900, 3, 1}) {
		n := Day{1899, 12, 31}.DaysUntil(d)
		return n, n >= 1 && n < 60
	}
	return Day{1899, 12, 30}.DaysUntil(d), true
}

// finish flushes the sheets and removes those left empty; the applicants
// sheet is always kept and is the one the workbook opens on.
func (c *consolidator) finish() error {
	if _, err := c.sheet(&Applicants); err != nil {
		return err
	}
	for _, s := range Sheets {
		o := c.out[s.Key]
		if o == nil {
			if err := c.f.DeleteSheet(s.Name); err != nil {
				return err
			}
			continue
		}
		if err := o.sw.Flush(); err != nil {
			return err
		}
	}
	idx, err := c.f.GetSheetIndex(Applicants.Name)
	if err != nil {
		return err
	}
	if idx < 0 {
		return errors.New("consolidate: no applicants sheet")
	}
	c.f.SetActiveSheet(idx)
	return nil
}
