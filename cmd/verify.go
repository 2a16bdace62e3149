package cmd

import (
	"io"

	"github.com/spf13/cobra"

	"relief/i18n"
	"relief/policy"
	"relief/provenance"
	"relief/report"
)

// VerifyOptions are the options of relief verify.
type VerifyOptions struct {
	Env        *Env
	Document   string   // the document to check: PDF, workbook or JSON
	Files      []string // the input files it should have been made from
	PolicyFile string   // --policy; "" looks for relief.yaml beside the first file
	Password   string   // for a password-protected workbook
	Format     string   // text | json
}

// NewCmdVerify builds relief verify. runF replaces verifyRun in tests.
func NewCmdVerify(env *Env, runF func(*VerifyOptions) error) *cobra.Command {
	opts := &VerifyOptions{Env: env}
	c := &cobra.Command{
		Use:   "verify DOCUMENT FILE...",
		Short: "Check that a document relief wrote was made from these files and under which policy",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) < 2 {
				return i18n.Errorf("cmd.args", c.CommandPath(), i18n.M("cmd.arg-verify").In(env.Lang), c.UseLine())
			}
			return noBlankArgs(env, c, args, "cmd.arg-verify")
		},
		RunE: func(c *cobra.Command, args []string) error {
			opts.Document, opts.Files = args[0], args[1:]
			if err := oneOf("--format", opts.Format, "text", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return verifyRun(opts)
		},
	}
	c.Flags().StringVar(&opts.PolicyFile, "policy", "", "policy file (YAML) to compare with; default relief.yaml beside the first FILE, else the built-in policy")
	c.Flags().StringVar(&opts.Password, "password", "", "password of a password-protected workbook")
	c.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdVerify(env, nil) }) }

func verifyRun(opts *VerifyOptions) error {
	rec, err := provenance.Read(opts.Document, opts.Password)
	if err != nil {
		return err
	}
	pol, err := policy.Resolve(opts.PolicyFile, opts.Files[0])
	if err != nil {
		return err
	}
	v, err := provenance.Verify(rec, opts.Files, pol.Fingerprint())
	if err != nil {
		return err
	}
	var w io.Writer = opts.Env.IO.Out
	if err := report.Verify(w, opts.Document, v, pol.File, opts.Format, opts.Env.Lang); err != nil {
		return err
	}
	if !v.OK() {
		return errFailOn
	}
	return nil
}
