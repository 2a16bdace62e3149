package procedure

import (
	"strings"

	"relief/eligibility"
	"relief/i18n"
	"relief/roster"
)

// Check looks at how the workbook records the procedure, before the rules
// run. It returns a step-column-missing warning for each mandatory step
// (入户调查日期, 复核日期) whose column an applicants sheet lacks: the step
// is then taken as done. And each applicant whose approval (审定日期) is
// recorded while a mandatory step's cell is empty gets a step-missing
// error on the 审定日期 cell, added to the workbook's problems in row order
// as the reader adds its own, and the row becomes invalid: the banner
// approved an incomplete case.
func Check(wb *roster.Workbook) []roster.Problem {
	var warns []roster.Problem
	for _, si := range applicantSheets(wb) {
		for _, st := range eligibility.MandatorySteps {
			if _, ok := si.Columns[st.Field]; ok {
				continue
			}
			warns = append(warns, roster.Problem{
				Severity: roster.SevWarning, Code: "step-column-missing", File: si.File, Sheet: si.Name,
				Row: si.HeaderRow, Field: st.Field,
				Msg: i18n.M("procedure.step-column-missing", st.Header(), i18n.M("procedure.step."+st.Field).In(i18n.ZH), i18n.M("procedure.step."+st.Field).In(i18n.EN)),
			})
		}
	}
	for i := range wb.Applicants {
		a := &wb.Applicants[i]
		if a.ApprovedOn.IsZero() {
			continue
		}
		var missing []string
		for _, st := range eligibility.MandatorySteps {
			if st.Missing(a) {
				missing = append(missing, st.Header())
			}
		}
		if len(missing) == 0 {
			continue
		}
		p := a.Problem(roster.SevError, "step-missing", "approved_on", a.ApprovedOn.String(),
			i18n.M("procedure.step-missing", a.ApprovedOn.String(), strings.Join(missing, "、")))
		wb.Problems = insertProblem(wb.Problems, p)
		a.Invalid = true
	}
	return warns
}

// applicantSheets are the applicants sheets read, each once, in the order
// their rows come.
func applicantSheets(wb *roster.Workbook) []*roster.SheetInfo {
	var out []*roster.SheetInfo
	seen := map[*roster.SheetInfo]bool{}
	add := func(si *roster.SheetInfo) {
		if si != nil && !seen[si] {
			seen[si] = true
			out = append(out, si)
		}
	}
	add(wb.Sheets[roster.Applicants.Key])
	for i := range wb.Applicants {
		add(wb.Applicants[i].Sheet)
	}
	return out
}

// insertProblem inserts p among ps, which the reader keeps by sheet, then
// row, then column: after the last problem of p's sheet that comes before
// it, or else before the first one of that sheet; at the end when the
// sheet has none.
func insertProblem(ps []roster.Problem, p roster.Problem) []roster.Problem {
	first, after := -1, -1
	for i, q := range ps {
		if q.File != p.File || q.Sheet != p.Sheet {
			continue
		}
		if first < 0 {
			first = i
		}
		if q.Row < p.Row || q.Row == p.Row && column(q.Cell) <= column(p.Cell) {
			after = i
		}
	}
	at := len(ps)
	switch {
	case after >= 0:
		at = after + 1
	case first >= 0:
		at = first
	}
	ps = append(ps, roster.Problem{})
	copy(ps[at+1:], ps[at:])
	ps[at] = p
	return ps
}

// column is the column number of an A1 reference (0 when there is none).
func column(ref string) int {
	n := 0
	for _, r := range ref {
		if r < 'A' || r > 'Z' {
			break
		}
		n = n*26 + int(r-'A'+1)
	}
	return n
}
