package cmd

import (
	"fmt"
	"io"
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
	Docs       DocOptions
}

// NewCmdLetters builds relief letters. runF replaces lettersRun in tests.
func NewCmdLetters(env *Env, runF func(*LettersOptions) error) *cobra.Command {
	opts := &LettersOptions{Env: env}
	var af assessFlags
	var df docFlags
	c := &cobra.Command{
		Use:   "letters FILE|FOLDER... {-o letters.pdf | --split DIR}",
		Short: "Write a notification letter (救助通知书) to each selected applicant as PDF",
		Long: `生成救助通知书（PDF，§5 第6步）：只发给公示期满、无异议的救助对象（办理进度为“公示期满”），
每人一页，写明救助决定及依据、公示期、救助金额（含大写）、发放时间和咨询方式；落款日期为
--as-of，不早于公示期满之日。纳入救助但尚未到这一步的（尚未审定、尚未公示、公示期未满、
异议待复核），逐人在错误输出中列出原因（--format json 时列在输出的 JSON 中）。
公示日期取自工作簿的“公示日期”列，或 --noticed-on；审定日期取自“审定日期”列，或 --approved-on。
-o 把全部通知书写入一个文件；--split 在文件夹中按苏木镇分子文件夹，为每人写一个文件
（乌加河镇/001-张三.pdf，序号与该苏木镇的公示一致）；两者可同时使用。--rejections 同时为每位
审核结论为“不符合”且没有待办事项的申报人写不予救助告知书（写明理由及所依据的条款和申请复核
的方式，§6.3.5），放在通知书之后，或在 --split 文件夹中命名为 不予救助-001-李四.pdf。

Exit status: 0 written; 2 could not run (bad flags, unreadable workbook,
no letters to write, a character the font lacks, a fund shortfall with
amount.fit none, an error on the 资金来源 or 党员人数 sheet).`,
		Args: inputArgs(env),
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
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "write all letters into this one PDF")
	c.Flags().StringVar(&opts.Split, "split", "", "write one PDF per person into this folder, a subfolder per township (created if needed)")
	c.Flags().BoolVar(&opts.Rejections, "rejections", false, "also write a rejection letter (不予救助告知书) to each ineligible applicant whose verdict is final")
	c.Flags().StringVar(&opts.Format, "format", "text", "how to report who got a letter and who not yet: text (on stderr) or json (on stdout)")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdLetters(env, nil) }) }

func lettersRun(opts *LettersOptions) error {
	if err := notInputs(opts.Output, opts.Assess); err != nil {
		return err
	}
	if err := dirNotInput(opts.Split, opts.Assess); err != nil {
		return err
	}
	run, res, err := prepareDocs(opts.Env, opts.Assess, opts.Docs)
	if err != nil {
		return err
	}
	run.Rejections = opts.Rejections
	sent, skipped := templates.LetterPlan(res, opts.Rejections)
	if opts.Format == "text" {
		for _, s := range skipped {
			fmt.Fprintln(opts.Env.IO.ErrOut, "relief: "+skipText(s, opts.Env.Lang))
		}
	}
	st, where, err := writeLetters(opts, res, run)
	if opts.Format == "json" {
		lr := report.LettersRun{Output: opts.Output, Split: opts.Split, Files: st.Files, Skipped: skipped}
		if err == nil {
			lr.Sent = sent
		}
		if jerr := report.Letters(opts.Env.IO.Out, res, lr, opts.Env.Lang); jerr != nil && err == nil {
			err = jerr
		}
	}
	if err != nil {
		return err
	}
	warnProblems(opts.Env, res)
	if opts.Format == "text" {
		fmt.Fprintln(opts.Env.IO.Out, i18n.M("cmd.letters.done", st.People, st.Rejected, strings.Join(where, listSep(opts.Env.Lang))).In(opts.Env.Lang))
	}
	return nil
}

// writeLetters writes the letters to -o and to --split, and says where.
func writeLetters(opts *LettersOptions, res *assessment.Result, run templates.Options) (templates.Stats, []string, error) {
	var st templates.Stats
	var where []string
	if opts.Output != "" {
		err := safefile.Write(opts.Output, func(w io.Writer) error {
			var err error
			st, err = templates.Letters(w, res, run)
			return err
		})
		if err != nil {
			return st, nil, err
		}
		where = append(where, opts.Output)
	}
	if opts.Split != "" {
		var err error
		if st, err = templates.Split(opts.Split, res, run, safefile.SetOptions{}); err != nil {
			return st, nil, err
		}
		where = append(where, i18n.M("cmd.letters.split-done", opts.Split, st.Files).In(opts.Env.Lang))
	}
	return st, where, nil
}

// skipText names a person who gets no letter yet, and why.
func skipText(s templates.Skip, l i18n.Lang) string {
	key := "cmd.letters.skipped"
	if s.Rejection {
		key = "cmd.letters.skipped-rejection"
	}
	return i18n.M(key, s.Row, s.Name, report.StageLabel(s.Stage, l), s.Msg.In(l)).In(l)
}

// listSep separates the items of a list in a message.
func listSep(l i18n.Lang) string {
	if l == i18n.EN {
		return "; "
	}
	return "；"
}
