package cmd

import (
	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/report"
)

// ReviewOptions are the options of relief review.
type ReviewOptions struct {
	Env    *Env
	Assess assessment.Options
	Output string // -o: the evaluation form (.xlsx)
}

// NewCmdReview builds relief review. runF replaces reviewRun in tests.
func NewCmdReview(env *Env, runF func(*ReviewOptions) error) *cobra.Command {
	opts := &ReviewOptions{Env: env}
	var af assessFlags
	c := &cobra.Command{
		Use:   "review FILE|FOLDER... -o 考评表.xlsx",
		Short: "Write the half-yearly evaluation form of this year's recipients (考评表)",
		Args:  inputArgs(env),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, err = af.optionsFor(env, args); err != nil {
				return err
			}
			if opts.Output == "" {
				return i18n.Errorf("cmd.xlsx-out-required", "考评表.xlsx")
			}
			if err := xlsxOutputs(opts.Output, opts.Assess); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return reviewRun(opts)
		},
	}
	af.register(c)
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "the evaluation form to write (.xlsx, required)")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdReview(env, nil) }) }

func reviewRun(opts *ReviewOptions) error {
	res, err := assessment.Run(opts.Assess)
	if err != nil {
		return err
	}
	st, err := report.WriteReview(opts.Output, res)
	if err != nil {
		return err
	}
	warnInvalid(opts.Env, res)
	opts.Env.confirm(opts.Env.IO.Out, i18n.M("report.review.done", opts.Output, st.Townships, st.Branches, st.Recipients))
	return nil
}
