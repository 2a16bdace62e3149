package cmd

import (
	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/report"
	"relief/roster"
)

// CheckOptions are the options of relief check.
type CheckOptions struct {
	Env    *Env
	Assess assessment.Options
	Format string // text | json | csv
	FailOn string // errors | warnings | never
	Output string // -o: the annotated result workbook ("" = none)
}

// NewCmdCheck builds relief check. runF replaces checkRun in tests.
func NewCmdCheck(env *Env, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{Env: env}
	var rf reportFlags
	c := &cobra.Command{
		Use:   "check FILE",
		Short: "Read the workbook, report every data problem and decide each applicant",
		Long: `检查救助申报工作簿：逐格报告数据问题，并给出每位申报人的审核结论及依据条款。

Exit status: 0 done; 1 done but --fail-on was met (default: any error);
2 could not run (bad flags, missing or unreadable file, no applicants sheet).`,
		Args: exactArgs(env, 1, "cmd.arg-workbook"),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, opts.Format, err = rf.options(env, args[0]); err != nil {
				return err
			}
			if err := xlsxOutput(opts.Output, inputs(opts.Assess)...); err != nil {
				return err
			}
			if err := oneOf("--fail-on", opts.FailOn, "errors", "warnings", "never"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts)
		},
	}
	rf.register(c)
	c.Flags().StringVar(&opts.FailOn, "fail-on", "errors", "exit 1 when the workbook has: errors, warnings (or errors), never")
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "also write the annotated result workbook (.xlsx) here")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdCheck(env, nil) }) }

func checkRun(opts *CheckOptions) error {
	res, err := assessment.Run(opts.Assess)
	if err != nil {
		return err
	}
	if opts.Output != "" {
		if err := report.WriteAnnotated(opts.Output, res); err != nil {
			return err
		}
	}
	if err := report.Check(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang); err != nil {
		return err
	}
	return failOn(opts.FailOn, res)
}

// failOn returns errFailOn when the result meets the --fail-on condition.
func failOn(cond string, res *assessment.Result) error {
	errs, warns := res.Count(roster.SevError), res.Count(roster.SevWarning)
	if cond == "errors" && errs > 0 || cond == "warnings" && errs+warns > 0 {
		return errFailOn
	}
	return nil
}
