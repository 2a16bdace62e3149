// Package assessment computes, once, everything relief knows about one
// workbook: it reads the roster, loads the policy, decides every applicant
// and applies the budget. Every command is a view of one Result.
//
// It exists so that the stages (roster → eligibility → budget) are chained
// in exactly one place, and no command re-implements any of them.
package assessment

import (
	"time"

	"relief/budget"
	"relief/eligibility"
	"relief/history"
	"relief/payment"
	"relief/policy"
	"relief/provenance"
	"relief/roster"
	"relief/version"
)

// Options say what to assess.
type Options struct {
	Workbook   string     // the input workbook
	Password   string     // for an encrypted workbook (and the lists below)
	PolicyFile string     // --policy; "" looks for relief.yaml beside the workbook
	AsOf       roster.Day // the day the assessment is made
	Previous   []string   // --previous: lists of last year's recipients
	Review     string     // --review: the half-yearly evaluation form, "" for none
	// Created dates the documents made from the result (their metadata):
	// the --as-of day, or SOURCE_DATE_EPOCH; zero stands for 2000-01-01.
	Created time.Time
}

// Result is one assessment.
type Result struct {
	Workbook  *roster.Workbook
	Policy    *policy.Policy
	AsOf      roster.Day
	Decisions []eligibility.Decision // one per applicant, in sheet order
	// Warnings are the procedure's warnings on applicants' rows: the
	// deadline, last year's 脱贫 (previous-out-of-poverty), recipients the
	// evaluation form leaves out (review-missing, review-not-done).
	Warnings []roster.Problem
	Budget   *budget.Plan
	// BudgetProblems are the budget's warnings and errors (member counts
	// that disagree, a fund shortfall); also in Budget.Problems.
	BudgetProblems []roster.Problem

	// History compares the applicants with last year's recipients; nil
	// without --previous.
	History *history.Comparison
	// Review is the evaluation form as read, and ReviewOutcome what it
	// did; both nil without --review.
	Review        *roster.ReviewForm
	ReviewOutcome *eligibility.ReviewOutcome
	// Payment is the year-end payment as the workbook records it.
	Payment *payment.Status
	// Provenance is what made the result: every document written from it
	// carries it.
	Provenance *provenance.Provenance

	// Options are what was assessed (the annotated workbook reopens the
	// input, with its password, to copy the original sheets).
	Options Options
}

// Run makes the assessment: policy, then workbook and the lists beside
// it, then decisions (the evaluation form read into them), then budget,
// then the comparison with last year and the payment. Input that stops
// the run (bad policy file, unreadable workbook or list) is an
// *i18n.Error.
func Run(opt Options) (*Result, error) {
	pol, err := policy.Resolve(opt.PolicyFile, opt.Workbook)
	if err != nil {
		return nil, err
	}
	ropt := roster.Options{Password: opt.Password, AsOf: opt.AsOf}
	wb, err := roster.Read(opt.Workbook, ropt)
	if err != nil {
		return nil, err
	}
	var lists []*roster.PreviousList
	for _, p := range opt.Previous {
		l, err := roster.ReadPrevious(p, ropt)
		if err != nil {
			return nil, err
		}
		lists = append(lists, l)
	}
	var form *roster.ReviewForm
	if opt.Review != "" {
		if form, err = roster.ReadReview(opt.Review, ropt); err != nil {
			return nil, err
		}
	}
	prov, err := trail(opt, pol)
	if err != nil {
		return nil, err
	}

	ds, warns := eligibility.Decide(wb, pol, opt.AsOf)
	res := &Result{Workbook: wb, Policy: pol, AsOf: opt.AsOf, Options: opt, Review: form, Provenance: prov}
	if form != nil {
		res.ReviewOutcome = eligibility.ApplyReview(ds, form)
	}
	plan, bps := budget.Apply(ds, wb, pol)
	if res.ReviewOutcome != nil {
		warns = append(warns, res.ReviewOutcome.Gaps(ds)...)
	}
	if len(lists) > 0 {
		res.History = history.Compare(ds, lists, opt.AsOf)
		warns = append(warns, res.History.Warnings...)
	}
	res.Decisions, res.Warnings, res.Budget, res.BudgetProblems = ds, warns, plan, bps
	res.Payment = payment.Check(ds, plan)
	return res, nil
}

// trail starts the provenance of the run: the version, the policy, the
// day, and the SHA-256 of every input file.
func trail(opt Options, pol *policy.Policy) (*provenance.Provenance, error) {
	p := provenance.New(version.String(), pol.Fingerprint(), pol.File, opt.AsOf.String())
	if err := p.AddFile(provenance.RoleWorkbook, opt.Workbook); err != nil {
		return nil, err
	}
	for _, f := range opt.Previous {
		if err := p.AddFile(provenance.RolePrevious, f); err != nil {
			return nil, err
		}
	}
	if opt.Review != "" {
		if err := p.AddFile(provenance.RoleReview, opt.Review); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// ListProblems are the problems of the files read beside the workbook
// and of the payment: the lists of last year's recipients (as warnings),
// the evaluation form, and the payment recorded.
func (r *Result) ListProblems() []roster.Problem {
	var ps []roster.Problem
	if r.History != nil {
		ps = append(ps, r.History.Problems...)
	}
	if r.Review != nil {
		ps = append(ps, r.Review.Problems...)
	}
	if r.ReviewOutcome != nil {
		ps = append(ps, r.ReviewOutcome.Problems...)
	}
	if r.Payment != nil {
		ps = append(ps, r.Payment.Problems...)
	}
	return ps
}

// Problems returns the workbook's problems, the procedure warnings, the
// budget's problems and the other files' and the payment's together:
// everything a clerk should look at.
func (r *Result) Problems() []roster.Problem {
	all := make([]roster.Problem, 0, len(r.Workbook.Problems)+len(r.Warnings)+len(r.BudgetProblems))
	all = append(all, r.Workbook.Problems...)
	all = append(all, r.Warnings...)
	all = append(all, r.BudgetProblems...)
	return append(all, r.ListProblems()...)
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
