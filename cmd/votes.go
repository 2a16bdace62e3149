package cmd

import (
	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/report"
)

// VotesOptions are the options of relief votes.
type VotesOptions struct {
	Env    *Env
	Assess assessment.Options
	Format string // text | json | csv
	Output string // -o: the tally workbook (.xlsx), "" = none
}

// NewCmdVotes builds relief votes. runF replaces votesRun in tests.
func NewCmdVotes(env *Env, runF func(*VotesOptions) error) *cobra.Command {
	opts := &VotesOptions{Env: env}
	var rf reportFlags
	c := &cobra.Command{
		Use:   "votes FILE|FOLDER...",
		Short: "Tally the branch assemblies' votes: quorum, majority and approval rate per applicant",
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
			return votesRun(opts)
		},
	}
	rf.register(c)
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "also write the tally workbook (.xlsx) here")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdVotes(env, nil) }) }

func votesRun(opts *VotesOptions) error {
	res, err := assessment.Run(opts.Assess)
	if err != nil {
		return err
	}
	if opts.Output != "" {
		if err := report.WriteVotes(opts.Output, res); err != nil {
			return err
		}
	}
	if !quietReport(opts.Env, opts.Output, opts.Format) {
		if err := report.Votes(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang); err != nil {
			return err
		}
	}
	if opts.Output != "" {
		opts.Env.wrote(opts.Env.IO.ErrOut, opts.Output)
	}
	return nil
}
