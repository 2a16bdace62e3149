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
	Replace    bool   // --replace: --split into the folder of an earlier run
	Docs       DocOptions
}

// NewCmdLetters builds relief letters. runF replaces lettersRun in tests.
func NewCmdLetters(env *Env, runF func(*LettersOptions) error) *cobra.Command {
	opts := &LettersOptions{Env: env}
	var af assessFlags
	var df docFlags
	c := &cobra.Command{
		Use:   "letters FILE {-o letters.pdf | --split DIR [--replace]}",
		Short: "Write a notification letter (救助通知书) to each selected applicant as PDF",
		Long: `生成救助通知书（PDF，§5 第6步）：每位纳入救助的申报人一页，写明救助决定及依据、
救助金额（含大写）、发放时间和咨询方式。-o 把全部通知书写入一个文件；--split 在文件夹中
为每人写一个文件（001-张三.pdf，序号与公示一致）；两者可同时使用。--rejections 同时为每位
审核结论为“不符合”的申报人写不予救助告知书（写明理由和申请复核的方式，§6.3.5），
放在通知书之后，或在 --split 文件夹中命名为 不予救助-001-李四.pdf。
-o - 把 PDF 写到标准输出（完成信息写到标准错误）。

--split 的文件夹整个写成或完全不写：中途出错或按 Ctrl-C，文件夹保持原样。
文件夹中已有文件时不写入，除非加 --replace：它先删除上次运行生成的文件
（只删除文件夹中 .relief-files 清单列出的文件，其他文件不动），再写入新的，
这样已不符合条件的人的旧通知书不会留在新通知书旁边。

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
	c.Flags().StringVarP(&opts.Output, "output", "o", "", `write all letters into this one PDF ("-": to standard output)`)
	c.Flags().StringVar(&opts.Split, "split", "", "write one PDF per person into this folder (created if needed)")
	c.Flags().BoolVar(&opts.Rejections, "rejections", false, "also write a rejection letter (不予救助告知书) to each ineligible applicant")
	c.Flags().BoolVar(&opts.Replace, "replace", false, "--split into a folder that holds an earlier run's letters: remove the files that run wrote (listed in the folder's .relief-files), and only those, first")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdLetters(env, nil) }) }

func lettersRun(opts *LettersOptions) error {
	env := opts.Env
	if err := checkOutput(opts.Output, opts.Assess.Workbook, true); err != nil {
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
	run.Set = set
	var st templates.Stats
	var where []string
	if opts.Output != "" {
		err = writeOutput(env, opts.Output, func(w io.Writer) error {
			var err error
			st, err = templates.Letters(w, res, run)
			return err
		})
		if err != nil {
			return err
		}
		where = append(where, outputName(env, opts.Output))
	}
	if opts.Split != "" {
		if st, err = templates.Split(opts.Split, res, run); err != nil {
			return err
		}
		done := i18n.M("cmd.letters.split-done", opts.Split, st.Files).In(env.Lang)
		if n := set.Result.Removed; n > 0 {
			done += i18n.M("cmd.split.removed", n).In(env.Lang)
		}
		where = append(where, done)
		warnKept(env, opts.Split, set.Result)
	}
	warnProblems(env, res)
	fmt.Fprintln(doneOut(env, opts.Output), i18n.M("cmd.letters.done", st.People, st.Rejected, strings.Join(where, listSep(env.Lang))).In(env.Lang))
	return nil
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
