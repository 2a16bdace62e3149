package report

// The 上年未再申报 sheet of the annotated workbook (with --previous):
// last year's recipients who have not applied this year.

import (
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"relief/i18n"
	"relief/printout"
)

// writeNotReapplied writes the sheet: one row per recipient of last year
// not among this year's applicants, with where the list gave them.
func (a *annotator) writeNotReapplied(sheet string) error {
	h := a.r.History
	s := &annotSheet{f: a.f, sheet: sheet}
	heads := []string{annotZH("workbook.previous.seq"), annotZH("report.col.name"), annotZH("workbook.previous.id"),
		annotZH("report.col.township"), annotZH("report.col.branch"), annotZH("report.previous.col.relief"), annotZH("report.previous.col.where")}
	s.str(1, 1, annotZH("workbook.previous.title", h.Year, len(h.NotReapplied), h.Recipients))
	s.style(1, 1, 1, 1, a.st.title)
	for i, t := range heads {
		s.str(i+1, 2, t)
	}
	s.style(1, 2, len(heads), 2, a.st.header)
	row := 2
	for i, e := range h.NotReapplied {
		row++
		relief := reliefText(e.Year, e.Amount, e.OutOfPoverty, i18n.ZH)
		s.num(1, row, i+1)
		s.str(2, row, e.Name)
		s.str(3, row, e.IDNumber)
		s.str(4, row, e.Township)
		s.str(5, row, e.Branch)
		s.str(6, row, relief)
		s.str(7, row, annotZH("history.where", filepath.Base(e.File), e.Sheet, e.Row))
		s.style(1, row, len(heads), row, a.st.plain)
	}
	if len(h.NotReapplied) == 0 {
		row++
		s.str(1, row, annotZH("workbook.previous.none"))
	}
	for i, w := range []float64{6, 14, 21, 14, 22, 20, 40} {
		s.width(i+1, w)
	}
	s.do(a.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}))
	if s.err != nil {
		return s.err
	}
	return printout.Setup(a.f, sheet, printout.Page{Cols: len(heads), Rows: max(row, 2), TitleFirst: 2, TitleLast: 2})
}
