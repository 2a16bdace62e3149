package cmd

import (
	"github.com/spf13/cobra"

	"relief/i18n"
	"relief/templates"
)

// TemplatesExportOptions are the options of relief templates export.
type TemplatesExportOptions struct {
	Env   *Env
	Dir   string
	Force bool
}

// NewCmdTemplates builds relief templates and its subcommand export.
func NewCmdTemplates(env *Env, runF func(*TemplatesExportOptions) error) *cobra.Command {
	c := &cobra.Command{
		Use:   "templates",
		Short: "Export the wording of the notice and the letters, to edit it",
		Args:  cobra.NoArgs,
		RunE:  func(c *cobra.Command, _ []string) error { return c.Help() },
	}
	opts := &TemplatesExportOptions{Env: env}
	export := &cobra.Command{
		Use:   "export DIR",
		Short: "Write the built-in wording files into DIR (refuses to overwrite without --force)",
		Args:  exactArgs(env, 1, "cmd.arg-folder"),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Dir = args[0]
			if runF != nil {
				return runF(opts)
			}
			return templatesExportRun(opts)
		},
	}
	export.Flags().BoolVar(&opts.Force, "force", false, "overwrite wording files already in DIR")
	c.AddCommand(export)
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdTemplates(env, nil) }) }

func templatesExportRun(opts *TemplatesExportOptions) error {
	paths, err := templates.Export(opts.Dir, opts.Force)
	if err != nil {
		return err
	}
	opts.Env.confirm(opts.Env.IO.Out, i18n.M("cmd.templates.done", i18n.List(paths), opts.Dir))
	return nil
}
