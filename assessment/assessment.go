// Package assessment computes, once, everything relief knows about the
// workbooks of one run (one, or every township's): it reads the roster,
// loads the policy, decides every applicant and applies the budget, one
// quota, one ranking and one fund over all of them; it follows each case
// through the procedure, compares the applicants with last year's
// recipients and reads the year's payment. Every command is a view of one
// Result.
//
// It exists so that the stages (roster → eligibility → budget →
// procedure) are chained in exactly one place, and no command
// re-implements any of them.
package assessment

import (
	"path/filepath"
	"strconv"
	"time"

	"relief/budget"
	"relief/eligibility"
	"relief/history"
	"relief/i18n"
	"relief/payment"
	"relief/policy"
	"relief/procedure"
	"relief/provenance"
	"relief/roster"
	"relief/version"
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
	Password   string     // for an encrypted workbook (and the lists below)
	PolicyFile string     // --policy; "" looks for relief.yaml in the folders of the inputs
	AsOf       roster.Day // the day the assessment is made
	ApprovedOn roster.Day // --approved-on: the approval of every seat whose 审定日期 is empty
	NoticedOn  roster.Day // --noticed-on: the first notice day of every seat whose 公示日期 is empty
	Year       int        // the relief year (--year); 0: the year of AsOf
	Previous   []string   // --previous: lists of last year's recipients
	Review     string     // --review: the half-yearly evaluation form, "" for none
	// Created dates the documents made from the result (their metadata):
	// the --as-of day, or SOURCE_DATE_EPOCH; zero stands for 2000-01-01.
	Created time.Time
	// Progress, when set, is told how far reading the workbooks has come
	// (see roster.Options.Progress).
	Progress func(sheet string, row int)
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
	// the roster match's (warnings, and the error roster-name-mismatch),
	// last year's 脱贫 (previous-out-of-poverty), and the recipients the
	// evaluation form leaves out.
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
	// Payment is the year-end payment as the workbooks record it.
	Payment *payment.Status
	// Provenance is what made the result: every document written from it
	// carries it.
	Provenance *provenance.Provenance

	// Options are what was assessed (the annotated workbook reopens the
	// input, with its password, to copy the original sheets).
	Options Options
}

// Run makes the assessment: policy, then the workbooks and the lists
// beside them, then how they record the procedure, then decisions (the
// evaluation form read into them), then budget, then each case's stage,
// the comparison with last year and the payment. The inputs are expanded
// (folders into their files) first; the policy is --policy, else the
// relief.yaml of the folders given (or of the files' folders), else the
// built-in one. Input that stops the run (bad policy file, unreadable
// workbook without --keep-going, unreadable list) is an *i18n.Error.
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
	ropt := roster.Options{Password: opt.Password, AsOf: opt.AsOf}
	wb, err := roster.ReadAll(files, roster.Options{
		Password: opt.Password, AsOf: opt.AsOf, Members: opt.Members, KeepGoing: opt.KeepGoing, Sheet: opt.Sheet,
		Progress: opt.Progress,
	})
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
	prov, err := trail(opt, files, pol)
	if err != nil {
		return nil, err
	}

	year := opt.Year
	if year == 0 {
		year = opt.AsOf.Y
	}
	res := &Result{Workbook: wb, Policy: pol, AsOf: opt.AsOf, Year: year, Options: opt, Review: form, Provenance: prov}
	steps := procedure.Check(wb)
	var warns []roster.Problem
	decide := func() {
		ds, ws := eligibility.DecideYear(wb, pol, opt.AsOf, year)
		if form != nil {
			// Before the budget: a recipient found 脱贫 frees the seat.
			res.ReviewOutcome = eligibility.ApplyReview(ds, form)
		}
		res.Budget, res.BudgetProblems = budget.Apply(ds, wb, pol)
		res.Decisions, warns = ds, ws
	}
	decide()
	po := procedure.Options{AsOf: opt.AsOf, ApprovedOn: opt.ApprovedOn, NoticedOn: opt.NoticedOn, NoticeDays: pol.Notice.Days}
	if procedure.Fill(res.Decisions, po) {
		// The approvals filled in for the seats are read by the §5.6
		// deadline: judge the completed record. Verdicts and seats do not
		// depend on the approval day, so they come out the same.
		decide()
	}
	ds := res.Decisions
	warns = append(steps, warns...)
	if res.ReviewOutcome != nil {
		warns = append(warns, res.ReviewOutcome.Gaps(ds)...)
	}
	if len(lists) > 0 {
		res.History = history.Compare(ds, lists, opt.AsOf)
		warns = append(warns, res.History.Warnings...)
	}
	res.Warnings = warns
	res.Cases = procedure.Follow(ds, warns, po)
	pending := map[*eligibility.Decision]i18n.Msg{}
	for _, c := range res.Cases {
		if c.D != nil && !c.Final() {
			pending[c.D] = c.Next.Msg
		}
	}
	res.Payment = payment.Check(ds, res.Budget, pending)
	return res, nil
}

// trail starts the provenance of the run: the version, the policy, the
// day, and the SHA-256 of every input file.
func trail(opt Options, files []string, pol *policy.Policy) (*provenance.Provenance, error) {
	p := provenance.New(version.String(), pol.Fingerprint(), pol.File, opt.AsOf.String())
	if opt.Year != 0 {
		p.AddFlag("--year", strconv.Itoa(opt.Year))
	}
	if !opt.ApprovedOn.IsZero() {
		p.AddFlag("--approved-on", opt.ApprovedOn.String())
	}
	if !opt.NoticedOn.IsZero() {
		p.AddFlag("--noticed-on", opt.NoticedOn.String())
	}
	if opt.Sheet != "" {
		p.AddFlag("--sheet", opt.Sheet)
	}
	if opt.KeepGoing {
		p.AddFlag("--keep-going", "true")
	}
	for _, f := range files {
		if err := p.AddFile(provenance.RoleWorkbook, f); err != nil {
			return nil, err
		}
	}
	if opt.Members != "" {
		if err := p.AddFile(provenance.RoleMembers, opt.Members); err != nil {
			return nil, err
		}
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

// ListProblems are the problems of the files read beside the workbooks
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

// Problems returns the workbook's problems, the rules' problems, the
// budget's problems (its notes of severity info among them) and the other
// files' and the payment's together: everything a clerk should look at.
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
