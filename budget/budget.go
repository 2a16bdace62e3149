// Package budget turns the eligible applicants into the year's relief:
// the 2.5 % quota (§2) and its apportionment to townships, the ranking,
// the amounts by hardship level fitted to the fund, and the budget.
// Money is money.Amount (integer fen) throughout.
package budget

import (
	"relief/eligibility"
	"relief/policy"
	"relief/roster"
)

// Plan is the year's budget.
type Plan struct {
	Members int // party members the quota is computed on
	Quota   int // the banner quota
}

// STUB until the budget lands.

// Apply ranks the eligible decisions, selects those within the quota
// (the rest become Waitlisted), sets their amounts and returns the plan.
func Apply(ds []eligibility.Decision, wb *roster.Workbook, p *policy.Policy) *Plan {
	return &Plan{}
}
