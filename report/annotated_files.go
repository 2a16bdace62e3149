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
