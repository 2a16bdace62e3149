package cmd

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/roster"
	"relief/safefile"
)

// MergeOptions are the options of relief merge.
type MergeOptions struct {
	Env       *Env
	Inputs    []string // files and folders
	Members   string   // --members
	KeepGoing bool     // --keep-going
	Sheet     string   // --sheet
	Password  string   // --password: of the inputs, and then of the output
	Output    string   // -o: the merged workbook
}

// NewCmdMerge builds relief merge. runF replaces mergeRun in tests.
func NewCmdMerge(env *Env, runF func(*MergeOptions) error) *cobra.Command {
	opts := &MergeOptions{Env: env}
	c := &cobra.Command{
		Use:   "merge FILE|FOLDER... -o 全旗汇总.xlsx",
		Short: "Merge the townships' workbooks into one banner workbook",
		Args:  inputArgs(env),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Inputs = append([]string(nil), args...)
			if opts.Output == "" {
				return i18n.Errorf("merge.out-required")
			}
			if opts.Sheet != "" && roster.LookupSheet(opts.Sheet) == nil {
				return i18n.Errorf("roster.files.bad-sheet", opts.Sheet, joinList(roster.SheetNames(), env.Lang))
			}
			if err := xlsxOutputs(opts.Output, assessment.Options{Inputs: opts.Inputs, Members: opts.Members}); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return mergeRun(opts)
		},
	}
	c.Flags().StringVarP(&opts.Output, "output", "o", "", "the merged workbook to write (.xlsx, required)")
	c.Flags().StringVar(&opts.Members, "members", "", "read the members roster (or the 党员人数 sheet) from this file; the inputs' own rosters are then not read")
	c.Flags().BoolVar(&opts.KeepGoing, "keep-going", false, "skip a file that cannot be read (and say so) instead of stopping")
	c.Flags().StringVar(&opts.Sheet, "sheet", "", "the sheet a single CSV input holds: 救助申报, 党员名册, 党员人数 or 资金来源")
	c.Flags().StringVar(&opts.Password, "password", "", "password of encrypted workbooks; the merged workbook is protected with it too")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdMerge(env, nil) }) }

func mergeRun(opts *MergeOptions) error {
	files, _, err := roster.ExpandInputs(opts.Inputs)
	if err != nil {
		return err
	}
	var res *roster.Consolidated
	err = safefile.Write(opts.Output, func(w io.Writer) error {
		var err error
		res, err = roster.Consolidate(w, files, roster.Options{
			Password: opts.Password, Members: opts.Members, KeepGoing: opts.KeepGoing, Sheet: opts.Sheet,
		})
		return err
	})
	if err != nil {
		return err
	}
	l := opts.Env.Lang
	var skipped []string
	errs, warns := 0, 0
	for _, p := range res.Workbook.Problems {
		switch {
		case p.Code == "file-unreadable":
			skipped = append(skipped, p.Msg.In(l))
		case p.Severity == roster.SevError:
			errs++
		default:
			warns++
		}
	}
	for _, s := range skipped {
		fmt.Fprintln(opts.Env.IO.ErrOut, "relief: "+i18n.M("merge.skipped", s).In(l))
	}
	if errs+warns > 0 {
		fmt.Fprintln(opts.Env.IO.ErrOut, "relief: "+i18n.M("merge.problems", errs, warns).In(l))
	}
	read := len(res.Workbook.Files) - len(skipped)
	r := res.Rows
	opts.Env.confirm(opts.Env.IO.Out, i18n.M("merge.done", opts.Output, read, r[roster.Applicants.Key], r[roster.Members.Key],
		r[roster.MemberCounts.Key], r[roster.Funds.Key]))
	return nil
}
