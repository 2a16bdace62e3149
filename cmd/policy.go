package cmd

import (
	"io"
	"os"

	"github.com/spf13/cobra"

	"relief/i18n"
	"relief/policy"
	"relief/safefile"
)

// NewCmdPolicy builds relief policy, the parent of policy show and policy
// init.
func NewCmdPolicy(env *Env) *cobra.Command {
	c := &cobra.Command{
		Use:   "policy",
		Short: "Show the effective relief policy, or write a starter policy file",
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return i18n.Errorf("policy.subcommand", c.CommandPath(), args[0])
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error { return c.Help() },
	}
	c.AddCommand(NewCmdPolicyShow(env, nil), NewCmdPolicyInit(env, nil))
	return c
}

func init() { register(NewCmdPolicy) }

// PolicyShowOptions are the options of relief policy show.
type PolicyShowOptions struct {
	Env      *Env
	File     string // --policy
	Workbook string // a workbook or a folder of them; "" = look for relief.yaml in the current folder
}

// NewCmdPolicyShow builds relief policy show. runF replaces policyShowRun
// in tests.
func NewCmdPolicyShow(env *Env, runF func(*PolicyShowOptions) error) *cobra.Command {
	opts := &PolicyShowOptions{Env: env}
	c := &cobra.Command{
		Use:   "show [WORKBOOK|FOLDER]",
		Short: "Print the effective policy as YAML, saying where each value came from",
		Args:  atMostArgs(env, 1, "policy.arg-workbook"),
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Workbook = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return policyShowRun(opts)
		},
	}
	c.Flags().StringVar(&opts.File, "policy", "", "policy file (YAML); default relief.yaml beside the workbook, else the built-in policy")
	return c
}

func policyShowRun(opts *PolicyShowOptions) error {
	if opts.Workbook != "" {
		if _, err := os.Stat(opts.Workbook); err != nil {
			return &i18n.Error{Msg: i18n.M("policy.no-workbook", opts.Workbook), Err: err}
		}
	}
	// A folder is read as the other commands read it: its own relief.yaml,
	// not the one beside it.
	var p *policy.Policy
	var err error
	if st, serr := os.Stat(opts.Workbook); serr == nil && st.IsDir() {
		p, err = policy.ResolveDirs(opts.File, []string{opts.Workbook})
	} else {
		p, err = policy.Resolve(opts.File, opts.Workbook)
	}
	if err != nil {
		return err
	}
	return p.WriteYAML(opts.Env.IO.Out, opts.Env.Lang)
}

// PolicyInitOptions are the options of relief policy init.
type PolicyInitOptions struct {
	Env   *Env
	File  string // default relief.yaml
	Force bool   // overwrite an existing file
}

// NewCmdPolicyInit builds relief policy init. runF replaces policyInitRun
// in tests.
func NewCmdPolicyInit(env *Env, runF func(*PolicyInitOptions) error) *cobra.Command {
	opts := &PolicyInitOptions{Env: env}
	c := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a commented starter policy file (default relief.yaml)",
		Args:  atMostArgs(env, 1, "policy.arg-file"),
		RunE: func(c *cobra.Command, args []string) error {
			opts.File = policy.FileName
			if len(args) == 1 {
				opts.File = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return policyInitRun(opts)
		},
	}
	c.Flags().BoolVar(&opts.Force, "force", false, "overwrite the file if it exists")
	return c
}

func policyInitRun(opts *PolicyInitOptions) error {
	if opts.File == Stdout {
		_, err := io.WriteString(opts.Env.IO.Out, policy.Starter)
		return err
	}
	if _, err := os.Lstat(opts.File); err == nil && !opts.Force {
		return i18n.Errorf("policy.init.exists", opts.File)
	}
	err := safefile.Write(opts.File, func(w io.Writer) error {
		_, err := io.WriteString(w, policy.Starter)
		return err
	})
	if err != nil {
		return err
	}
	opts.Env.confirm(opts.Env.IO.Out, i18n.M("policy.init.done", opts.File))
	return nil
}

// atMostArgs accepts at most n arguments, with a message in the user's
// language; what is the catalogue key that names them.
func atMostArgs(env *Env, n int, what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) > n {
			return i18n.Errorf("cmd.args", c.CommandPath(), i18n.M(what).In(env.Lang), c.UseLine())
		}
		return noBlankArgs(env, c, args, what)
	}
}
