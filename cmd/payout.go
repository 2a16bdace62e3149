package cmd

import (
	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/report"
)

// PayoutOptions are the options of relief payout.
type PayoutOptions struct {
	Env    *Env
	Assess assessment.Options
	Format string // text | json | csv
	Output string // -o: the payment workbook (.xlsx), "" = none
}

// NewCmdPayout builds relief payout. runF replaces payoutRun in tests.
func NewCmdPayout(env *Env, runF func(*PayoutOptions) error) *cobra.Command {
	opts := &PayoutOptions{Env: env}
	var rf reportFlags
	c := &cobra.Command{
		Use:   "payout FILE|FOLDER...",
		Short: "Report the year-end payment: who was paid, who is unpaid, wrong amounts, the fund's ledger",
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
			return payoutRun(opts)
		},
	}
	rf.register(c)
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "also write the payment workbook (.xlsx) here")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdPayout(env, nil) }) }

func payoutRun(opts *PayoutOptions) error {
	res, err := assessment.Run(opts.Assess)
	if err != nil {
		return err
	}
	if opts.Output != "" {
		if err := report.WritePayout(opts.Output, res); err != nil {
			return err
		}
	}
	if !quietReport(opts.Env, opts.Output, opts.Format) {
		if err := report.Payout(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang); err != nil {
			return err
		}
	}
	warnInvalid(opts.Env, res)
	if opts.Output != "" {
		opts.Env.confirm(opts.Env.IO.ErrOut, i18n.M("payout.done", opts.Output))
	}
	return nil
}
