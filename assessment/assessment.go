// Package assessment computes, once, everything relief knows about the
// workbooks of one run (one, or every township's): it reads the roster,
// loads the policy, decides every applicant and applies the budget, one
// quota, one ranking and one fund over all of them. Every command is a
// view of one Result.
//
// It exists so that the stages (roster → eligibility → budget →
// procedure) are chained in exactly one place, and no command
// re-implements any of them.
package assessment

import (
	"path/filepath"

	"relief/budget"
	"relief/eligibility"
	"relief/policy"
	"relief/procedure"
	"relief/roster"
)

// Options say what to assess.
type Options struct {
	// Inputs are the files and folders named on the command line (a
	// folder stands for every .xlsx and .csv file in it); one assessment
	// is made over all of them. When empty, Workbook is the one input.
	Inputs []string
	// Workbook is the first input, kept for the views that name one file.
	Workbook   string
	Members    string     // --members: the roster (or 党员人数) is read from this file
	KeepGoing  bool       // --keep-going: an unreadable file is a problem, not the end of the run
	Sheet      string     // --sheet: the sheet a single CSV file holds
	Password   string     // for an encrypted workbook
	PolicyFile string     // --policy; "" looks for relief.yaml in the folders of the inputs
	AsOf       roster.Day // the day the assessment is made
	ApprovedOn roster.Day // --approved-on: the approval of every seat whose 审定日期 is empty
	NoticedOn  roster.Day // --noticed-on: the first notice day of every seat whose 公示日期 is empty
	Year       int        // the relief year (--year); 0: the year of AsOf
}

// InputArgs returns the inputs as named on the command line.
func (o Options) InputArgs() []string {
	if len(o.Inputs) > 0 {
		return o.Inputs
	}
	if o.Workbook != "" {
		return []string{o.Workbook}
	}
	return nil
}

// Result is one assessment.
type Result struct {
	Workbook  *roster.Workbook
	Policy    *policy.Policy
	AsOf      roster.Day
	Year      int                    // the relief year: Options.Year, else the year of AsOf
	Decisions []eligibility.Decision // one per applicant, in file and sheet order
	Cases     []procedure.Case       // where each applicant's case stands, as Decisions
	// Warnings are the problems the rules find about applicants: the
	// procedure's (step columns, deadline, application year), the vote's,
	// the roster match's (warnings, and the error roster-name-mismatch).
	Warnings []roster.Problem
	Budget   *budget.Plan
	// BudgetProblems are the budget's warnings and errors (member counts
	// that disagree, a fund shortfall); also in Budget.Problems.
	BudgetProblems []roster.Problem
	// Options are what was assessed (the annotated workbook reopens the
	// input, with its password, to copy the original sheets).
	Options Options
}

// Run makes the assessment: policy, then workbooks, then how they record
// the procedure, then decisions, then budget, then each case's stage.
// The inputs are expanded (folders into their files) first; the policy is
// --policy, else the relief.yaml of the folders given (or of the files'
// folders), else the built-in one. Input that stops the run (bad policy
// file, unreadable workbook without --keep-going) is an
// *i18n.Error.
func Run(opt Options) (*Result, error) {
	files, dirs, err := roster.ExpandInputs(opt.InputArgs())
	if err != nil {
		return nil, err
	}
	if len(dirs) == 0 {
		for _, f := range files {
			dirs = append(dirs, filepath.Dir(f))
		}
	}
	pol, err := policy.ResolveDirs(opt.PolicyFile, dirs)
	if err != nil {
		return nil, err
	}
	wb, err := roster.ReadAll(files, roster.Options{
		Password: opt.Password, AsOf: opt.AsOf, Members: opt.Members, KeepGoing: opt.KeepGoing, Sheet: opt.Sheet,
	})
	if err != nil {
		return nil, err
	}
	year := opt.Year
	if year == 0 {
		year = opt.AsOf.Y
	}
	steps := procedure.Check(wb)
	ds, warns := eligibility.DecideYear(wb, pol, opt.AsOf, year)
	plan, bps := budget.Apply(ds, wb, pol)
	po := procedure.Options{AsOf: opt.AsOf, ApprovedOn: opt.ApprovedOn, NoticedOn: opt.NoticedOn, NoticeDays: pol.Notice.Days}
	if procedure.Fill(ds, po) {
		// The approvals filled in for the seats are read by the §5.6
		// deadline: judge the completed record. Verdicts and seats do not
		// depend on the approval day, so they come out the same.
		ds, warns = eligibility.DecideYear(wb, pol, opt.AsOf, year)
		plan, bps = budget.Apply(ds, wb, pol)
	}
	warns = append(steps, warns...)
	cases := procedure.Follow(ds, warns, po)
	return &Result{Workbook: wb, Policy: pol, AsOf: opt.AsOf, Year: year, Decisions: ds, Cases: cases, Warnings: warns,
		Budget: plan, BudgetProblems: bps, Options: opt}, nil
}

// Files returns the paths of the files read, in order.
func (r *Result) Files() []string {
	var out []string
	for _, f := range r.Workbook.Files {
		out = append(out, f.Path)
	}
	if len(out) == 0 && r.Workbook.Path != "" {
		out = []string{r.Workbook.Path}
	}
	return out
}

// Problems returns the workbook's problems, the rules' problems and the
// budget's problems together: everything a clerk should look at (the
// budget's notes of severity info among them).
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
