package report

// The half-yearly evaluation form (relief review -o 考评表.xlsx): one row
// per recipient, grouped by township and branch, with the columns the
// branch fills in at the visit (drop-down lists as in relief init), for
// A4 in landscape. Read back with relief check --review.

import (
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/budget"
	"relief/i18n"
	"relief/roster"
	"relief/safefile"
	"relief/templates"
)

// SheetReview is the evaluation form's sheet.
var SheetReview = roster.Review.Name

// ReviewStats say what the evaluation form holds.
type ReviewStats struct {
	Recipients, Townships, Branches int
}

// reviewColumn is one column of the form.
type reviewColumn struct {
	header string
	width  float64
	field  string // the field of roster.Review the branch fills in ("" for printed facts)
	// hidden is set on a working column, hidden and outside the print
	// area, and gives its value.
	hidden func(a *roster.Applicant) string
}

// reviewColumns are the form's columns: the printed facts, the columns
// the branch fills in, then the hidden columns that tie each row to its
// applicant when the form is read back (the whole identity number).
func reviewColumns(withRepeat bool) []reviewColumn {
	h := func(key string) string { return roster.Review.Field(key).Header }
	cols := []reviewColumn{
		{header: zh("report.budget.xlsx.seq"), width: 5},
		{header: h("name"), width: 11},
		{header: h("masked_id") + zh("report.review.masked"), width: 20},
		{header: zh("report.review.col.causes"), width: 14},
		{header: zh("report.budget.col.level"), width: 10},
		{header: zh("report.col.amount"), width: 13},
	}
	if withRepeat {
		cols = append(cols, reviewColumn{header: zh("workbook.result.repeat"), width: 21})
	}
	cols = append(cols,
		reviewColumn{header: h("hardship_continues"), width: 10, field: "hardship_continues"},
		reviewColumn{header: h("out_of_poverty"), width: 8, field: "out_of_poverty"},
		reviewColumn{header: h("conduct"), width: 8, field: "conduct"},
		reviewColumn{header: h("reviewed_on"), width: 12, field: "reviewed_on"},
		reviewColumn{header: h("reviewer"), width: 10, field: "reviewer"},
		reviewColumn{header: h("id_number"), width: 20, hidden: func(a *roster.Applicant) string { return a.IDNumber }},
		reviewColumn{header: h("township"), width: 14, hidden: func(a *roster.Applicant) string { return a.Township }},
		reviewColumn{header: h("branch"), width: 16, hidden: func(a *roster.Applicant) string { return a.Branch }},
	)
	return cols
}

// WriteReview writes the evaluation form of r's recipients to path, whole
// or not at all. With no recipient there is nothing to evaluate: an
// *i18n.Error says so.
func WriteReview(path string, r *assessment.Result) (ReviewStats, error) {
	groups := recipientGroups(r)
	if len(groups) == 0 {
		return ReviewStats{}, i18n.Errorf("report.review.none")
	}
	var st ReviewStats
	for _, g := range groups {
		st.Townships++
		st.Branches += len(g.Branches)
		st.Recipients += g.N
	}
	err := safefile.Write(path, func(w io.Writer) error { return writeReview(w, r, groups) })
	return st, err
}

func writeReview(out io.Writer, r *assessment.Result, groups []townGroup) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetReview); err != nil {
		return err
	}
	st, err := newYearStyles(f)
	if err != nil {
		return err
	}
	cols := reviewColumns(r.History != nil)
	visible := 0
	for _, c := range cols {
		if c.hidden == nil {
			visible++
		}
	}
	w := newSheetWriter(f, SheetReview)
	w.str(1, 1, zh("report.review.title", r.AsOf.Y), st.title)
	w.merge(1, 1, visible, 1)
	w.height(1, 34)
	intro := zh("report.review.intro")
	w.note(1, 2, intro, st.note)
	w.merge(1, 2, visible, 2)
	w.height(2, float64(wrapLines(intro, int(totalWidth(cols, visible))))*15+4)
	const headRow = 3
	for i, c := range cols {
		w.str(i+1, headRow, c.header, st.header)
	}
	w.height(headRow, 32)

	row := headRow + 1
	first := row
	seq := 0
	pol := r.Policy
	for ti, g := range groups {
		w.note(1, row, zh("report.review.town", templates.ChineseNumber(ti+1), TownshipLabel(g.Township, i18n.ZH), g.N), st.section)
		for c := 2; c <= visible; c++ {
			w.note(c, row, "", st.section)
		}
		w.merge(1, row, visible, row)
		w.height(row, 22)
		row++
		for bi, b := range g.Branches {
			label := b.Branch
			if label == "" {
				label = zh("report.review.no-branch")
			}
			w.note(1, row, zh("report.review.branch", templates.ChineseNumber(bi+1), label, len(b.Recipients)), st.sub)
			for c := 2; c <= visible; c++ {
				w.note(c, row, "", st.sub)
			}
			w.merge(1, row, visible, row)
			w.height(row, 20)
			row++
			for _, d := range b.Recipients {
				a := d.Applicant
				seq++
				col := 0
				next := func() int { col++; return col }
				w.num(next(), row, seq, st.centre)
				w.str(next(), row, a.Name, st.centre)
				w.str(next(), row, templates.MaskID(a.IDNumber), st.id)
				w.str(next(), row, strings.Join(a.HardshipCauses, "、"), st.text)
				w.str(next(), row, budget.LevelOf(a, pol), st.centre)
				w.money(next(), row, d.Amount, st.money)
				if r.History != nil {
					w.str(next(), row, RepeatText(r, a, i18n.ZH), st.text)
				}
				for _, c := range cols[col:] {
					n := next()
					switch {
					case c.hidden != nil:
						w.str(n, row, c.hidden(a), st.id)
					case c.field == "reviewed_on":
						w.str(n, row, "", st.fillDate)
					default:
						w.str(n, row, "", st.fill)
					}
				}
				w.height(row, 30) // room to write by hand
				row++
			}
		}
	}
	last := row - 1

	// The drop-down lists and checks relief init gives these columns.
	for i, c := range cols {
		if c.field == "" {
			continue
		}
		dv, err := roster.ColumnValidation(roster.Review.Field(c.field))
		if err != nil {
			return err
		}
		if dv == nil {
			continue
		}
		name := roster.ColumnName(i + 1)
		dv.Sqref = name + strconv.Itoa(first) + ":" + name + strconv.Itoa(last)
		if err := f.AddDataValidation(SheetReview, dv); err != nil {
			return err
		}
	}

	row++
	w.note(1, row, zh("report.review.sign"), st.left)
	w.merge(1, row, visible, row)
	w.height(row, 30)
	printed := w.lastRow // the 说明 line below is not printed (noteRow)
	noteRow(w, row+2, visible, provenanceNote(r), st.small)

	for i, c := range cols {
		name := roster.ColumnName(i + 1)
		if w.err == nil {
			w.err = f.SetColWidth(SheetReview, name, name, c.width)
		}
		if c.hidden != nil && w.err == nil {
			w.err = f.SetColVisible(SheetReview, name, false)
		}
	}
	if w.err == nil {
		w.err = f.SetPanes(SheetReview, &excelize.Panes{Freeze: true, YSplit: headRow, TopLeftCell: "A4", ActivePane: "bottomLeft"})
	}
	if w.err != nil {
		return w.err
	}
	if err := yearPageSetup(f, SheetReview, headRow, visible, printed); err != nil {
		return err
	}
	return saveWorkbook(out, f, r, zh("report.review.title", r.AsOf.Y))
}

// totalWidth adds up the widths of the first n columns.
func totalWidth(cols []reviewColumn, n int) float64 {
	t := 0.0
	for _, c := range cols[:n] {
		t += c.width
	}
	return t
}
