package cmd

import (
	"fmt"

	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
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
		Use:   "check FILE|FOLDER...",
		Short: "Read the workbook, report every data problem and decide each applicant",
		Args:  inputArgs(env),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, opts.Format, err = rf.optionsFor(env, args); err != nil {
				return err
			}
			if err := xlsxOutputs(opts.Output, opts.Assess); err != nil {
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
	if quietReport(opts.Env, opts.Output, opts.Format) {
		err := failOn(opts.FailOn, res)
		if err != nil {
			// The one line a quiet run prints: what went wrong, and where to look.
			fmt.Fprintln(opts.Env.IO.ErrOut, "relief: "+i18n.M("cmd.check.quiet-fail",
				res.Count(roster.SevError), res.Count(roster.SevWarning), opts.Output).In(opts.Env.Lang))
		}
		return err
	}
	if err := report.Check(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang); err != nil {
		return err
	}
	if opts.Output != "" {
		opts.Env.wrote(opts.Env.IO.ErrOut, opts.Output)
	}
	return failOn(opts.FailOn, res)
}

// quietReport reports whether a command that writes a file (-o) and would
// print a text report skips the report: under --quiet the file is the
// output. A report in JSON or CSV was asked for by a script and is
// always printed.
func quietReport(env *Env, output, format string) bool {
	return env.Quiet && output != "" && format == "text"
}

// failOn returns errFailOn when the result meets the --fail-on condition.
func failOn(cond string, res *assessment.Result) error {
	errs, warns := res.Count(roster.SevError), res.Count(roster.SevWarning)
	if cond == "errors" && errs > 0 || cond == "warnings" && errs+warns > 0 {
		return errFailOn
	}
	return nil
}
