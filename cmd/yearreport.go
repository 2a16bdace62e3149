package cmd

import (
	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/report"
)

// ReportOptions are the options of relief report.
type ReportOptions struct {
	Env    *Env
	Assess assessment.Options
	Format string // text | json | csv
	Output string // -o: the statistics workbook (.xlsx), "" = none
}

// NewCmdReport builds relief report. runF replaces reportRun in tests.
func NewCmdReport(env *Env, runF func(*ReportOptions) error) *cobra.Command {
	opts := &ReportOptions{Env: env}
	var rf reportFlags
	c := &cobra.Command{
		Use:   "report FILE|FOLDER...",
		Short: "The report upward: figures per township and the recipients by cause, level, ethnicity, gender, age and other aid",
		Args:  inputArgs(env),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, opts.Format, err = rf.optionsFor(env, args); err != nil {
				return err
			}
			if err := xlsxOutputs(opts.Output, opts.Assess); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return reportRun(opts)
		},
	}
	rf.register(c)
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "also write the statistics workbook (.xlsx) here")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdReport(env, nil) }) }

func reportRun(opts *ReportOptions) error {
	res, err := assessment.Run(opts.Assess)
	if err != nil {
		return err
	}
	if opts.Output != "" {
		if err := report.WriteYearReport(opts.Output, res); err != nil {
			return err
		}
	}
	if !quietReport(opts.Env, opts.Output, opts.Format) {
		if err := report.YearReport(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang); err != nil {
			return err
		}
	}
	warnInvalid(opts.Env, res)
	if opts.Output != "" {
		opts.Env.confirm(opts.Env.IO.ErrOut, i18n.M("report.stats.done", opts.Output))
	}
	return nil
}
