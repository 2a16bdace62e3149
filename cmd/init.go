package cmd

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"relief/i18n"
	"relief/policy"
	"relief/provenance"
	"relief/report"
	"relief/roster"
	"relief/safefile"
	"relief/version"
)

// DefaultTemplateName is the file relief init writes when given none.
const DefaultTemplateName = "救助申报表.xlsx"

// InitOptions are the options of relief init.
type InitOptions struct {
	Env        *Env
	File       string // the workbook to write
	Force      bool   // overwrite an existing file
	PolicyFile string // --policy: the figures shown on 填表说明
}

// NewCmdInit builds relief init. runF replaces initRun in tests.
func NewCmdInit(env *Env, runF func(*InitOptions) error) *cobra.Command {
	opts := &InitOptions{Env: env}
	c := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a blank relief workbook to fill in (default " + DefaultTemplateName + ")",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 1 {
				return i18n.Errorf("init.args", c.CommandPath(), c.UseLine())
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			opts.File = DefaultTemplateName
			if len(args) == 1 {
				opts.File = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return initRun(opts)
		},
	}
	c.Flags().BoolVar(&opts.Force, "force", false, "overwrite FILE if it exists")
	c.Flags().StringVar(&opts.PolicyFile, "policy", "", "policy file (YAML) whose figures the 填表说明 sheet shows; default the built-in policy")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdInit(env, nil) }) }

func initRun(opts *InitOptions) error {
	if !strings.EqualFold(filepath.Ext(opts.File), ".xlsx") {
		return i18n.Errorf("init.not-xlsx", opts.File)
	}
	if fi, err := os.Stat(opts.File); err == nil {
		if fi.IsDir() {
			return i18n.Errorf("safefile.is-dir", opts.File)
		}
		if !opts.Force {
			return i18n.Errorf("init.exists", opts.File)
		}
	}
	pol, err := policy.Resolve(opts.PolicyFile, "")
	if err != nil {
		return err
	}
	created, err := creationTime(roster.DayOf(opts.Env.Now()), os.Getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		return err
	}
	tpl := roster.TemplateOptions{
		Figures:    report.TemplateFigures(pol),
		PolicyFile: pol.File,
		Year:       opts.Env.Now().Year(),
		Provenance: provenance.New(version.String(), pol.Fingerprint(), pol.File, ""),
		Created:    created,
	}
	err = safefile.Write(opts.File, func(w io.Writer) error { return roster.WriteTemplate(w, tpl) })
	if err != nil {
		return err
	}
	opts.Env.confirm(opts.Env.IO.Out, i18n.M("init.done", opts.File))
	return nil
}
