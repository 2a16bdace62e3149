package cmd

import (
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/roster"
	"relief/safefile"
)

// inputArgs accepts one or more workbooks or folders, none of them blank.
func inputArgs(env *Env) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) == 0 {
			return i18n.Errorf("cmd.args", c.CommandPath(), i18n.M("cmd.arg-inputs").In(env.Lang), c.UseLine())
		}
		return noBlankArgs(env, c, args, "cmd.arg-inputs")
	}
}

// optionsFor turns the flags into assessment options over the inputs
// named on the command line (files and folders).
func (f *assessFlags) optionsFor(env *Env, args []string) (assessment.Options, error) {
	ao, err := f.options(env, args[0])
	if err != nil {
		return ao, err
	}
	ao.Inputs = append([]string(nil), args...)
	ao.Members, ao.KeepGoing, ao.Sheet = f.members, f.keepGoing, f.sheet
	if ao.Sheet != "" && roster.LookupSheet(ao.Sheet) == nil {
		return ao, i18n.Errorf("roster.files.bad-sheet", ao.Sheet, joinList(roster.SheetNames(), env.Lang))
	}
	return ao, nil
}

// optionsFor is assessFlags.optionsFor with the checked --format.
func (f *reportFlags) optionsFor(env *Env, args []string) (assessment.Options, string, error) {
	ao, err := f.assessFlags.optionsFor(env, args)
	if err != nil {
		return ao, "", err
	}
	return ao, f.format, oneOf("--format", f.format, "text", "json", "csv")
}

// notInputs refuses an output that is one of the inputs (a file given, a
// file of a folder given, the --members file), by any name, and a
// workbook or CSV output inside a folder given as input: the next run
// over the folder would read it as a township's file.
func notInputs(out string, ao assessment.Options) error {
	if out == "" {
		return nil
	}
	files, dirs, _ := roster.ExpandInputs(ao.InputArgs())
	if ao.Members != "" {
		files = append(files, ao.Members)
	}
	files = append(files, ao.Previous...)
	if ao.Review != "" {
		files = append(files, ao.Review)
	}
	for _, in := range files {
		if err := notInput(out, in); err != nil {
			return err
		}
	}
	if !roster.InputName(filepath.Base(out)) {
		return nil
	}
	od, err := os.Stat(filepath.Dir(out))
	if err != nil {
		return nil
	}
	for _, d := range dirs {
		if st, err := os.Stat(d); err == nil && os.SameFile(st, od) {
			return i18n.Errorf("cmd.out-in-input-folder", out, d)
		}
	}
	return nil
}

// xlsxOutputs is xlsxOutput for a run over several inputs.
func xlsxOutputs(out string, ao assessment.Options) error {
	if err := xlsxOutput(out, ""); err != nil {
		return err
	}
	return notInputs(out, ao)
}

// dirNotInput refuses an output folder that is one of the input folders
// or holds the inputs, or is an input file.
func dirNotInput(dir string, ao assessment.Options) error {
	if dir == "" {
		return nil
	}
	files, dirs, _ := roster.ExpandInputs(ao.InputArgs())
	for _, in := range files {
		if safefile.SameFile(dir, in) {
			return i18n.Errorf("cmd.out-is-input", dir)
		}
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil
	}
	for _, d := range dirs {
		if ds, err := os.Stat(d); err == nil && os.SameFile(ds, st) {
			return i18n.Errorf("cmd.out-dir-is-input", dir)
		}
	}
	return nil
}

// joinList joins the items of a list in a message.
func joinList(items []string, l i18n.Lang) string {
	sep := "、"
	if l == i18n.EN {
		sep = ", "
	}
	out := ""
	for i, s := range items {
		if i > 0 {
			out += sep
		}
		out += s
	}
	return out
}
