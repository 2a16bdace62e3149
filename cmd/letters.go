package cmd

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/safefile"
	"relief/templates"
)

// LettersOptions are the options of relief letters.
type LettersOptions struct {
	Env        *Env
	Assess     assessment.Options
	Output     string // -o: all letters in one PDF
	Split      string // --split: one PDF per person in this folder
	Rejections bool   // --rejections: also a 不予救助告知书 per ineligible applicant
	Docs       DocOptions
}

// NewCmdLetters builds relief letters. runF replaces lettersRun in tests.
func NewCmdLetters(env *Env, runF func(*LettersOptions) error) *cobra.Command {
	opts := &LettersOptions{Env: env}
	var af assessFlags
	var df docFlags
	c := &cobra.Command{
		Use:   "letters FILE {-o letters.pdf | --split DIR}",
		Short: "Write a notification letter (救助通知书) to each selected applicant as PDF",
		Long: `生成救助通知书（PDF，§5 第6步）：每位纳入救助的申报人一页，写明救助决定及依据、
救助金额（含大写）、发放时间和咨询方式。-o 把全部通知书写入一个文件；--split 在文件夹中
为每人写一个文件（001-张三.pdf，序号与公示一致）；两者可同时使用。--rejections 同时为每位
审核结论为“不符合”的申报人写不予救助告知书（写明理由和申请复核的方式，§6.3.5），
放在通知书之后，或在 --split 文件夹中命名为 不予救助-001-李四.pdf。

Exit status: 0 written; 2 could not run (bad flags, unreadable workbook,
no letters to write, a character the font lacks, a fund shortfall with
amount.fit none, an error on the 资金来源 or 党员人数 sheet).`,
		Args: exactArgs(env, 1, "cmd.arg-workbook"),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, err = af.options(env, args[0]); err != nil {
				return err
			}
			if opts.Output == "" && opts.Split == "" {
				return i18n.Errorf("cmd.letters-out-required")
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
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "write all letters into this one PDF")
	c.Flags().StringVar(&opts.Split, "split", "", "write one PDF per person into this folder (created if needed)")
	c.Flags().BoolVar(&opts.Rejections, "rejections", false, "also write a rejection letter (不予救助告知书) to each ineligible applicant")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdLetters(env, nil) }) }

func lettersRun(opts *LettersOptions) error {
	if err := notInput(opts.Output, inputs(opts.Assess)...); err != nil {
		return err
	}
	run, res, err := prepareDocs(opts.Env, opts.Assess, opts.Docs)
	if err != nil {
		return err
	}
	run.Rejections = opts.Rejections
	var st templates.Stats
	var where []string
	if opts.Output != "" {
		err = safefile.Write(opts.Output, func(w io.Writer) error {
			var err error
			st, err = templates.Letters(w, res, run)
			return err
		})
		if err != nil {
			return err
		}
		where = append(where, opts.Output)
	}
	if opts.Split != "" {
		if st, err = templates.Split(opts.Split, res, run); err != nil {
			return err
		}
		where = append(where, i18n.M("cmd.letters.split-done", opts.Split, st.Files).In(opts.Env.Lang))
	}
	warnProblems(opts.Env, res)
	fmt.Fprintln(opts.Env.IO.Out, i18n.M("cmd.letters.done", st.People, st.Rejected, strings.Join(where, listSep(opts.Env.Lang))).In(opts.Env.Lang))
	return nil
}

// listSep separates the items of a list in a message.
func listSep(l i18n.Lang) string {
	if l == i18n.EN {
		return "; "
	}
	return "；"
}
