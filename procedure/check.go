package procedure

import (
	"sort"
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
	var errs []roster.Problem
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
		errs = append(errs, a.Problem(roster.SevError, "step-missing", "approved_on", a.ApprovedOn.String(),
			i18n.M("procedure.step-missing", a.ApprovedOn.String(), strings.Join(missing, "、"))))
		a.Invalid = true
	}
	if len(errs) > 0 {
		wb.Problems = mergeProblems(wb.Problems, errs)
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

// mergeProblems adds more to ps, which the reader keeps by sheet, then
// row, then column, in that order: each new problem goes among those of
// its sheet (and file) by row and column, after any of the same cell; a
// sheet with none comes last. One stable sort, whatever the number of
// problems.
func mergeProblems(ps, more []roster.Problem) []roster.Problem {
	type sheet struct{ file, name string }
	group := map[sheet]int{}
	for _, p := range append(ps[:len(ps):len(ps)], more...) {
		if _, ok := group[sheet{p.File, p.Sheet}]; !ok {
			group[sheet{p.File, p.Sheet}] = len(group)
		}
	}
	out := append(append(make([]roster.Problem, 0, len(ps)+len(more)), ps...), more...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ga, gb := group[sheet{a.File, a.Sheet}], group[sheet{b.File, b.Sheet}]; ga != gb {
			return ga < gb
		}
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		return column(a.Cell) < column(b.Cell)
	})
	return out
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
