package cmd

import (
	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/report"
)

// BudgetOptions are the options of relief budget.
type BudgetOptions struct {
	Env    *Env
	Assess assessment.Options
	Format string // text | json | csv
	Output string // -o: the budget workbook (.xlsx), "" = none
}

// NewCmdBudget builds relief budget. runF replaces budgetRun in tests.
func NewCmdBudget(env *Env, runF func(*BudgetOptions) error) *cobra.Command {
	opts := &BudgetOptions{Env: env}
	var rf reportFlags
	c := &cobra.Command{
		Use:   "budget FILE",
		Short: "Compute the quota, its apportionment to townships and the year's relief budget",
		Long: `计算救助名额（党员总数 × 救助比例）、各苏木镇名额分配（最大余数法）、入选与候补名单、
各档救助金额和资金预算；-o 另存预算工作簿（汇总、苏木镇名额及图表、发放花名册）。

Exit status: 0 done; 2 could not run (bad flags, missing or unreadable file).`,
		Args: exactArgs(env, 1, "cmd.arg-workbook"),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, opts.Format, err = rf.options(env, args[0]); err != nil {
				return err
			}
			if err := xlsxOutput(opts.Output, inputs(opts.Assess)...); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return budgetRun(opts)
		},
	}
	rf.register(c)
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "also write the budget workbook (.xlsx) here")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdBudget(env, nil) }) }

func budgetRun(opts *BudgetOptions) error {
	res, err := assessment.Run(opts.Assess)
	if err != nil {
		return err
	}
	if opts.Output != "" {
		if err := report.WriteBudget(opts.Output, res); err != nil {
			return err
		}
	}
	if err := report.Budget(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang); err != nil {
		return err
	}
	warnInvalid(opts.Env, res)
	return nil
}
