package eligibility

import (
	"relief/policy"
	"relief/roster"
)

// STUB until the rules land.

// Decide decides every applicant of wb under p as of asOf, and returns the
// procedure warnings (deadline, date order).
func Decide(wb *roster.Workbook, p *policy.Policy, asOf roster.Day) ([]Decision, []roster.Problem) {
	ds := make([]Decision, len(wb.Applicants))
	for i := range wb.Applicants {
		a := &wb.Applicants[i]
		ds[i] = Decision{Applicant: a, Verdict: Pending}
		if a.Invalid {
			ds[i].Verdict = Invalid
		}
	}
	return ds, nil
}
