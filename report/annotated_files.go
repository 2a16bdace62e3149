package report

// Where each row and problem of the annotated workbook comes from: in a
// run over several files, the copies of the original sheets are one per
// file and sheet, and 审核结果 shows the fields in the schema's order, since
// the files' sheets may order their columns differently.

import (
	"relief/roster"
)

// rowKey is a row of a file's applicants sheet.
type rowKey struct {
	file string
	row  int
}

// file is the input file f names, the workbook's when f is "" (rows and
// problems made by hand, in a run over one file).
func (a *annotator) file(f string) string {
	if f == "" {
		return a.r.Workbook.Path
	}
	return f
}

// probKey is the sheet a problem is on. A problem of the run as a whole
// (no file) is shown on the first file's sheet of that name.
func (a *annotator) probKey(p *roster.Problem) copyKey {
	if p.File == "" && a.several {
		for _, f := range a.r.Workbook.Files {
			for _, si := range f.Sheets {
				if si != nil && si.Name == p.Sheet {
					return copyKey{f.Path, p.Sheet}
				}
			}
		}
	}
	return copyKey{a.file(p.File), p.Sheet}
}

// applSheet is the sheet an applicant was read from.
func (a *annotator) applSheet(ap *roster.Applicant) *roster.SheetInfo {
	if ap != nil && ap.Sheet != nil {
		return ap.Sheet
	}
	return a.appl
}

// applKey is the sheet an applicant was read from, as a copy's key.
func (a *annotator) applKey(ap *roster.Applicant) copyKey {
	si := a.applSheet(ap)
	if si == nil {
		return copyKey{}
	}
	return copyKey{a.file(si.File), si.Name}
}

// resultCol is a column of 审核结果 taken from the applicants' rows.
type resultCol struct {
	head string
	col  int    // one file: the column of the applicants sheet (1-based)
	key  string // the field shown, "" for a column that names none
}

// resultColumns are the columns of the applicants sheet shown on 审核结果,
// with their headers: the canonical header where a field was found, the
// original header text otherwise. Over several files, whose sheets may
// order their columns differently, they are the fields found in any of
// them, in the schema's order.
func (a *annotator) resultColumns() []resultCol {
	if a.several {
		found := map[string]bool{}
		for _, d := range a.r.Decisions {
			if si := a.applSheet(d.Applicant); si != nil {
				for key := range si.Columns {
					found[key] = true
				}
			}
		}
		var cols []resultCol
		for _, f := range roster.Applicants.Fields {
			if found[f.Key] {
				cols = append(cols, resultCol{head: f.Header, key: f.Key})
			}
		}
		return cols
	}
	n := 0
	for _, d := range a.r.Decisions {
		if d.Applicant != nil {
			n = max(n, len(d.Applicant.Raw))
		}
	}
	byCol := map[int]string{}
	keys := map[int]string{}
	if a.appl != nil {
		for key, col := range a.appl.Columns {
			n = max(n, col)
			if f := roster.Applicants.Field(key); f != nil {
				byCol[col], keys[col] = f.Header, key
			}
		}
		if c := a.copies[a.applKey(nil)]; c != nil {
			for col, h := range c.headers {
				if _, ok := byCol[col]; !ok && col <= n {
					byCol[col] = h
				}
			}
		}
	}
	cols := make([]resultCol, n)
	for i := range cols {
		cols[i] = resultCol{head: byCol[i+1], col: i + 1, key: keys[i+1]}
		if cols[i].head == "" {
			cols[i].head = annotZH("workbook.result.column", roster.ColumnName(i+1))
		}
	}
	return cols
}

// value is an applicant's cell in column rc: as read, a date as the day
// it was read as (the cell may hold a date serial).
func (a *annotator) value(ap *roster.Applicant, rc resultCol) string {
	col := rc.col
	if a.several {
		si := a.applSheet(ap)
		if si == nil {
			return ""
		}
		col = si.Columns[rc.key]
	}
	if col < 1 || col > len(ap.Raw) {
		return ""
	}
	if day, ok := applicantDays[rc.key]; ok {
		if d := day(ap); !d.IsZero() {
			return d.String()
		}
	}
	return ap.Raw[col-1]
}
