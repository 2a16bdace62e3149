package cmd

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/report"
	"relief/safefile"
	"relief/templates"
)

// BudgetOptions are the options of relief budget.
type BudgetOptions struct {
	Env    *Env
	Assess assessment.Options
	Format string // text | json | csv
	Output string // -o: the budget workbook (.xlsx), or with Allocation the quota notice (.pdf); "" = none
	// Allocation: -o is the quota notice to the townships (名额分配通知).
	Allocation bool
	Docs       DocOptions
}

// NewCmdBudget builds relief budget. runF replaces budgetRun in tests.
func NewCmdBudget(env *Env, runF func(*BudgetOptions) error) *cobra.Command {
	opts := &BudgetOptions{Env: env}
	var rf reportFlags
	var df docFlags
	c := &cobra.Command{
		Use:   "budget FILE|FOLDER...",
		Short: "Compute the quota, its apportionment to townships and the year's relief budget",
		Args:  inputArgs(env),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, opts.Format, err = rf.optionsFor(env, args); err != nil {
				return err
			}
			if opts.Allocation {
				if err := allocationOutput(opts.Output, opts.Assess); err != nil {
					return err
				}
				if opts.Docs, err = df.options(c); err != nil {
					return err
				}
			} else if err := xlsxOutputs(opts.Output, opts.Assess); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return budgetRun(opts)
		},
	}
	rf.register(c)
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "also write the budget workbook (.xlsx) here; with --allocation the quota notice (.pdf)")
	c.Flags().BoolVar(&opts.Allocation, "allocation", false, "-o writes the quota notice to the townships (名额分配通知) as PDF")
	df.register(c)
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdBudget(env, nil) }) }

func budgetRun(opts *BudgetOptions) error {
	if opts.Allocation {
		return allocationRun(opts)
	}
	res, err := assessment.Run(opts.Assess)
	if err != nil {
		return err
	}
	if opts.Output != "" {
		if err := report.WriteBudget(opts.Output, res); err != nil {
			return err
		}
	}
	if !quietReport(opts.Env, opts.Output, opts.Format) {
		if err := report.Budget(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang); err != nil {
			return err
		}
	}
	if opts.Output != "" {
		opts.Env.wrote(opts.Env.IO.ErrOut, opts.Output)
	}
	warnInvalid(opts.Env, res)
	return nil
}

// allocationOutput checks -o of budget --allocation: a .pdf, not an input.
func allocationOutput(out string, ao assessment.Options) error {
	switch {
	case out == "":
		return i18n.Errorf("cmd.budget.allocation-out")
	case !strings.EqualFold(filepath.Ext(out), ".pdf"):
		return i18n.Errorf("cmd.budget.allocation-pdf", out)
	}
	return notInputs(out, ao)
}

// allocationRun writes the quota notice, then reports the budget as
// budget does (not in text under --quiet, as budget -o); the line saying
// what was written goes to stderr, so that the report on stdout stays
// what --format asks for, and is left out under --quiet.
func allocationRun(opts *BudgetOptions) error {
	run, res, err := prepareDocs(opts.Env, opts.Assess, opts.Docs)
	if err != nil {
		return err
	}
	var st templates.Stats
	err = safefile.Write(opts.Output, func(w io.Writer) error {
		var err error
		st, err = templates.Allocation(w, res, run)
		return err
	})
	if err != nil {
		return err
	}
	if !quietReport(opts.Env, opts.Output, opts.Format) {
		if err := report.Budget(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang); err != nil {
			return err
		}
	}
	warnInvalid(opts.Env, res)
	p := res.Budget
	if !opts.Env.Quiet {
		fmt.Fprintln(opts.Env.IO.ErrOut, "relief: "+i18n.M("cmd.budget.allocation-done", opts.Output, p.Quota, len(p.Townships), st.Pages).In(opts.Env.Lang))
	}
	return nil
}
