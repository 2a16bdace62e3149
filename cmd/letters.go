package cmd

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/report"
	"relief/safefile"
	"relief/templates"
)

// LettersOptions are the options of relief letters.
type LettersOptions struct {
	Env        *Env
	Assess     assessment.Options
	Output     string // -o: all letters in one PDF
	Split      string // --split: one PDF per person in this folder, a subfolder per township
	Rejections bool   // --rejections: also a 不予救助告知书 per ineligible applicant whose verdict is final
	Format     string // --format: text (skipped applicants on stderr) or json (on stdout)
	Replace    bool   // --replace: --split into the folder of an earlier run
	Docs       DocOptions
}

// NewCmdLetters builds relief letters. runF replaces lettersRun in tests.
func NewCmdLetters(env *Env, runF func(*LettersOptions) error) *cobra.Command {
	opts := &LettersOptions{Env: env}
	var af assessFlags
	var df docFlags
	c := &cobra.Command{
		Use:   "letters FILE|FOLDER... {-o 通知书.pdf | --split DIR [--replace]}",
		Short: "Write a notification letter (救助通知书) to each selected applicant as PDF",
		Args:  inputArgs(env),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, err = af.optionsFor(env, args); err != nil {
				return err
			}
			if opts.Output == "" && opts.Split == "" {
				return i18n.Errorf("cmd.letters-out-required")
			}
			if err := oneOf("--format", opts.Format, "text", "json"); err != nil {
				return err
			}
			if opts.Docs, err = df.options(c); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return lettersRun(opts)
		},
	}
	af.register(c)
	df.register(c)
	c.Flags().StringVarP(&opts.Output, "output", "o", "", `write all letters into this one PDF ("-": to standard output)`)
	c.Flags().StringVar(&opts.Split, "split", "", "write one PDF per person into this folder, a subfolder per township (created if needed)")
	c.Flags().BoolVar(&opts.Rejections, "rejections", false, "also write a rejection letter (不予救助告知书) to each ineligible applicant whose verdict is final")
	c.Flags().StringVar(&opts.Format, "format", "text", "how to report who got a letter and who not yet: text (on stderr) or json (on stdout)")
	c.Flags().BoolVar(&opts.Replace, "replace", false, "--split into a folder that holds an earlier run's letters: remove the files that run wrote (listed in the folder's .relief-files), and only those, first")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdLetters(env, nil) }) }

func lettersRun(opts *LettersOptions) error {
	env := opts.Env
	if err := checkOutput(opts.Output, opts.Assess.Workbook, true); err != nil {
		return err
	}
	if opts.Output == Stdout && opts.Format == "json" {
		return i18n.Errorf("cmd.stdout-taken")
	}
	if err := notInputs(opts.Output, opts.Assess); err != nil {
		return err
	}
	if err := dirNotInput(opts.Split, opts.Assess); err != nil {
		return err
	}
	set := safefile.SetOptions{Replace: opts.Replace, Result: &safefile.SetResult{}}
	if opts.Split != "" {
		if opts.Split == Stdout {
			return i18n.Errorf("cmd.split-stdout")
		}
		if err := safefile.CheckSet(opts.Split, set); err != nil {
			return err
		}
	}
	run, res, err := prepareDocs(env, opts.Assess, opts.Docs)
	if err != nil {
		return err
	}
	run.Rejections = opts.Rejections
	sent, skipped := templates.LetterPlan(res, opts.Rejections)
	if opts.Format == "text" {
		several := len(res.Files()) > 1
		for _, s := range skipped {
			fmt.Fprintln(env.IO.ErrOut, "relief: "+skipText(s, several, env.Lang))
		}
	}
	st, where, err := writeLetters(opts, res, run, set)
	if opts.Format == "json" {
		lr := report.LettersRun{Output: opts.Output, Split: opts.Split, Files: st.Files, Skipped: skipped}
		if err == nil {
			lr.Sent = sent
		}
		if jerr := report.Letters(env.IO.Out, res, lr, env.Lang); jerr != nil && err == nil {
			err = jerr
		}
	}
	if err != nil {
		return err
	}
	warnProblems(env, res)
	if opts.Format == "text" {
		env.confirm(doneOut(env, opts.Output), i18n.M("cmd.letters.done", st.People, st.Rejected, strings.Join(where, listSep(env.Lang))))
	}
	return nil
}

// writeLetters writes the letters to -o and to --split, and says where.
func writeLetters(opts *LettersOptions, res *assessment.Result, run templates.Options, set safefile.SetOptions) (templates.Stats, []string, error) {
	env := opts.Env
	var st templates.Stats
	var where []string
	if opts.Output != "" {
		err := writeOutput(env, opts.Output, func(w io.Writer) error {
			var err error
			st, err = templates.Letters(w, res, run)
			return err
		})
		if err != nil {
			return st, nil, err
		}
		where = append(where, outputName(env, opts.Output))
	}
	if opts.Split != "" {
		var err error
		run.Set = set
		if st, err = templates.Split(opts.Split, res, run); err != nil {
			return st, nil, err
		}
		done := i18n.M("cmd.letters.split-done", opts.Split, st.Files).In(env.Lang)
		if n := set.Result.Removed; n > 0 {
			done += i18n.M("cmd.split.removed", n).In(env.Lang)
		}
		where = append(where, done)
		warnKept(env, opts.Split, set.Result)
	}
	return st, where, nil
}

// skipText names a person who gets no letter yet, and why; over several
// files it names the file too (row numbers repeat from file to file).
func skipText(s templates.Skip, several bool, l i18n.Lang) string {
	key := "cmd.letters.skipped"
	if s.Rejection {
		key = "cmd.letters.skipped-rejection"
	}
	if several && s.File != "" {
		return i18n.M(key+"-in", s.Row, s.Name, report.StageLabel(s.Stage, l), s.Msg.In(l), report.Printable(filepath.Base(s.File))).In(l)
	}
	return i18n.M(key, s.Row, s.Name, report.StageLabel(s.Stage, l), s.Msg.In(l)).In(l)
}

// warnKept tells the clerk that a folder written with --replace still
// holds files relief did not write: they were left alone.
func warnKept(env *Env, dir string, r *safefile.SetResult) {
	if r == nil || r.KeptCount == 0 {
		return
	}
	fmt.Fprintln(env.IO.ErrOut, "relief: "+i18n.M("cmd.split.kept", dir, r.KeptCount, r.Kept[0]).In(env.Lang))
}

// listSep separates the items of a list in a message.
func listSep(l i18n.Lang) string {
	if l == i18n.EN {
		return "; "
	}
	return "；"
}
