// Package assessment computes, once, everything relief knows about one
// workbook: it reads the roster, loads the policy, decides every applicant
// and applies the budget. Every command is a view of one Result.
//
// It exists so that the stages (roster → eligibility → budget →
// procedure) are chained in exactly one place, and no command
// re-implements any of them.
package assessment

import (
	"relief/budget"
	"relief/eligibility"
	"relief/policy"
	"relief/procedure"
	"relief/roster"
)

// Options say what to assess.
type Options struct {
	Workbook   string     // the input workbook
	Password   string     // for an encrypted workbook
	PolicyFile string     // --policy; "" looks for relief.yaml beside the workbook
	AsOf       roster.Day // the day the assessment is made
	ApprovedOn roster.Day // --approved-on: the approval of every seat whose 审定日期 is empty
	NoticedOn  roster.Day // --noticed-on: the first notice day of every seat whose 公示日期 is empty
}

// Result is one assessment.
type Result struct {
	Workbook  *roster.Workbook
	Policy    *policy.Policy
	AsOf      roster.Day
	Decisions []eligibility.Decision // one per applicant, in sheet order
	Cases     []procedure.Case       // where each applicant's case stands, as Decisions
	Warnings  []roster.Problem       // procedure warnings (step columns, deadline)
	Budget    *budget.Plan
	// BudgetProblems are the budget's warnings and errors (member counts
	// that disagree, a fund shortfall); also in Budget.Problems.
	BudgetProblems []roster.Problem
	// Options are what was assessed (the annotated workbook reopens the
	// input, with its password, to copy the original sheets).
	Options Options
}

// Run makes the assessment: policy, then workbook, then how it records
// the procedure, then decisions, then budget, then each case's stage.
// Input that stops the run (bad policy file, unreadable workbook) is an
// *i18n.Error.
func Run(opt Options) (*Result, error) {
	pol, err := policy.Resolve(opt.PolicyFile, opt.Workbook)
	if err != nil {
		return nil, err
	}
	wb, err := roster.Read(opt.Workbook, roster.Options{Password: opt.Password, AsOf: opt.AsOf})
	if err != nil {
		return nil, err
	}
	steps := procedure.Check(wb)
	ds, warns := eligibility.Decide(wb, pol, opt.AsOf)
	plan, bps := budget.Apply(ds, wb, pol)
	po := procedure.Options{AsOf: opt.AsOf, ApprovedOn: opt.ApprovedOn, NoticedOn: opt.NoticedOn, NoticeDays: pol.Notice.Days}
	if procedure.Fill(ds, po) {
		// The approvals filled in for the seats are read by the §5.6
		// deadline: judge the completed record. Verdicts and seats do not
		// depend on the approval day, so they come out the same.
		ds, warns = eligibility.Decide(wb, pol, opt.AsOf)
		plan, bps = budget.Apply(ds, wb, pol)
	}
	warns = append(steps, warns...)
	cases := procedure.Follow(ds, warns, po)
	return &Result{Workbook: wb, Policy: pol, AsOf: opt.AsOf, Decisions: ds, Cases: cases, Warnings: warns,
		Budget: plan, BudgetProblems: bps, Options: opt}, nil
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
