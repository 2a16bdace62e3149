package cmd

import (
	"fmt"

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
		Use:   "payout FILE",
		Short: "Report the year-end payment: who was paid, who is unpaid, wrong amounts, the fund's ledger",
		Long: `统计救助金发放情况（§5 年终发放，§2 专款专用）：按申报表中的发放方式、账号、发放日期、实发金额，
分苏木镇和合计列出已发放、未发放的救助对象，实发金额与核定金额不符的（错误），非救助对象的发放记录（错误），
以及资金台账（资金来源、已发放、结余）。-o 另存发放情况工作簿（发放汇总、发放明细）。

Exit status: 0 done, even with payment errors (they are listed); 2 could not run.`,
		Args: exactArgs(env, 1, "cmd.arg-workbook"),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, opts.Format, err = rf.options(env, args[0]); err != nil {
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
	if err := report.Payout(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang); err != nil {
		return err
	}
	warnInvalid(opts.Env, res)
	if opts.Output != "" && opts.Format == "text" {
		fmt.Fprintln(opts.Env.IO.ErrOut, "relief: "+i18n.M("payout.done", opts.Output).In(opts.Env.Lang))
	}
	return nil
}
