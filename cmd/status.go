package cmd

import (
	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/report"
)

// StatusOptions are the options of relief status.
type StatusOptions struct {
	Env    *Env
	Assess assessment.Options
	Format string // text | json | csv
}

// NewCmdStatus builds relief status. runF replaces statusRun in tests.
func NewCmdStatus(env *Env, runF func(*StatusOptions) error) *cobra.Command {
	opts := &StatusOptions{Env: env}
	var rf reportFlags
	c := &cobra.Command{
		Use:   "status FILE|FOLDER...",
		Short: "Show how far each township's cases have gone in the procedure, and who is late",
		Args:  inputArgs(env),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, opts.Format, err = rf.optionsFor(env, args); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return statusRun(opts)
		},
	}
	rf.register(c)
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdStatus(env, nil) }) }

func statusRun(opts *StatusOptions) error {
	res, err := assessment.Run(opts.Assess)
	if err != nil {
		return err
	}
	return report.Status(opts.Env.IO.Out, res, opts.Format, opts.Env.Lang)
}
