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
	// Progress, when set, is told how far reading the workbook has come
	// (see roster.Options.Progress).
	Progress func(sheet string, row int)
}

// Result is one assessment.
type Result struct {
	Workbook  *roster.Workbook
	Policy    *policy.Policy
	AsOf      roster.Day
	Decisions []eligibility.Decision // one per applicant, in sheet order
	Warnings  []roster.Problem       // procedure warnings (deadline, date order)
	Budget    *budget.Plan
	// BudgetProblems are the budget's warnings and errors (member counts
	// that disagree, a fund shortfall); also in Budget.Problems.
	BudgetProblems []roster.Problem
	// Options are what was assessed (the annotated workbook reopens the
	// input, with its password, to copy the original sheets).
	Options Options
}

// Run makes the assessment: policy, then workbook, then decisions, then
// budget. Input that stops the run (bad policy file, unreadable workbook)
// is an *i18n.Error.
func Run(opt Options) (*Result, error) {
	pol, err := policy.Resolve(opt.PolicyFile, opt.Workbook)
	if err != nil {
		return nil, err
	}
	wb, err := roster.Read(opt.Workbook, roster.Options{Password: opt.Password, AsOf: opt.AsOf, Progress: opt.Progress})
	if err != nil {
		return nil, err
	}
	ds, warns := eligibility.Decide(wb, pol, opt.AsOf)
	plan, bps := budget.Apply(ds, wb, pol)
	return &Result{Workbook: wb, Policy: pol, AsOf: opt.AsOf, Decisions: ds, Warnings: warns, Budget: plan, BudgetProblems: bps, Options: opt}, nil
}

// Problems returns the workbook's problems, the procedure warnings and
// the budget's problems together: everything a clerk should look at.
func (r *Result) Problems() []roster.Problem {
	all := make([]roster.Problem, 0, len(r.Workbook.Problems)+len(r.Warnings)+len(r.BudgetProblems))
	all = append(all, r.Workbook.Problems...)
	all = append(all, r.Warnings...)
	return append(all, r.BudgetProblems...)
}

// Count returns how many problems have severity s.
func (r *Result) Count(s roster.Severity) int {
	n := 0
	for _, p := range r.Problems() {
		if p.Severity == s {
			n++
		}
	}
	return n
}
