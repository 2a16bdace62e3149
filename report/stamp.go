package report

import (
	"io"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/xlsxout"
)

// saveWorkbook writes a workbook made from r through xlsxout: the same
// result gives the same bytes, and the document properties say what made
// it. A workbook made from a password-protected input is protected with
// the same password, since it holds the same identity numbers.
func saveWorkbook(w io.Writer, f *excelize.File, r *assessment.Result, title string) error {
	return xlsxout.Write(w, f, xlsxout.Stamp{
		Title:      title,
		Created:    r.Options.Created,
		Provenance: r.Provenance,
		Password:   r.Options.Password,
	})
}

// provenanceNote is the 说明 line of a workbook made from r: what made
// it, for a person to read ("" when the result carries no record).
func provenanceNote(r *assessment.Result) string {
	if r.Provenance == nil {
		return ""
	}
	return r.Provenance.Line()
}
