// Package assessment computes, once, everything relief knows about one
// workbook: it reads the roster, loads the policy, decides every applicant
// and applies the budget. Every command is a view of one Result.
//
// It exists so that the stages (roster → eligibility → budget) are chained
// in exactly one place, and no command re-implements any of them.
package assessment

import (
	"relief/budget"
	"relief/eligibility"
	"relief/policy"
	"relief/roster"
)

// Options say what to assess.
type Options struct {
	Workbook   string     // the input workbook
	Password   string     // for an encrypted workbook
	PolicyFile string     // --policy; "" looks for relief.yaml beside the workbook
	AsOf       roster.Day // the day the assessment is made
}

// Result is one assessment.
type Result struct {
	Workbook  *roster.Workbook
	Policy    *policy.Policy
	AsOf      roster.Day
	Decisions []eligibility.Decision // one per applicant, in sheet order
	Warnings  []roster.Problem       // procedure warnings (deadline, date order)
	Budget    *budget.Plan
}
