package cmd

import (
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/roster"
	"relief/safefile"
)

// assessFlags are the flags of every command that assesses a workbook.
type assessFlags struct {
	asOf     string
	policy   string
	password string
}

func (f *assessFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.asOf, "as-of", "", "the day of the assessment, YYYY-MM-DD (default today)")
	c.Flags().StringVar(&f.policy, "policy", "", "policy file (YAML); default relief.yaml beside the workbook, else the built-in policy")
	c.Flags().StringVar(&f.password, "password", "", "password of an encrypted workbook")
}

// options turns the flags into assessment options for workbook.
func (f *assessFlags) options(env *Env, workbook string) (assessment.Options, error) {
	day, err := parseDayFlag("--as-of", f.asOf, env.Now)
	if err != nil {
		return assessment.Options{}, err
	}
	return assessment.Options{Workbook: workbook, Password: f.password, PolicyFile: f.policy, AsOf: day, Progress: newProgress(env)}, nil
}

// parseDayFlag reads a YYYY-MM-DD flag; empty means today.
func parseDayFlag(flag, v string, now func() time.Time) (roster.Day, error) {
	if v == "" {
		return roster.DayOf(now()), nil
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return roster.Day{}, i18n.Errorf("cmd.bad-date-flag", flag, v)
	}
	if t.Year() < minFlagYear || t.Year() > maxFlagYear {
		return roster.Day{}, i18n.Errorf("cmd.date-flag-range", flag, v, minFlagYear, maxFlagYear)
	}
	return roster.DayOf(t), nil
}

// The years a date flag may name: a typo such as 0026 or 9026 would
// otherwise date a notice in year 26 or count the days to it wrongly.
const (
	minFlagYear = 1950
	maxFlagYear = 2199
)

// reportFlags are the flags of the commands that report an assessment in
// text, JSON or CSV.
type reportFlags struct {
	assessFlags
	format string
}

func (f *reportFlags) register(c *cobra.Command) {
	f.assessFlags.register(c)
	c.Flags().StringVar(&f.format, "format", "text", "output format: text, json or csv")
}

// options returns the assessment options and the checked --format.
func (f *reportFlags) options(env *Env, workbook string) (assessment.Options, string, error) {
	ao, err := f.assessFlags.options(env, workbook)
	if err != nil {
		return ao, "", err
	}
	return ao, f.format, oneOf("--format", f.format, "text", "json", "csv")
}

// notInput refuses an output path that is the input workbook, by any
// name: the input is never written.
func notInput(out, in string) error {
	if out != "" && safefile.SameFile(out, in) {
		return i18n.Errorf("cmd.out-is-input", out)
	}
	return nil
}

// xlsxOutput checks a workbook output path before any work is done: it
// must end in .xlsx and must not be the input.
func xlsxOutput(out, in string) error {
	if out == "" {
		return nil
	}
	if !strings.EqualFold(filepath.Ext(out), ".xlsx") {
		return i18n.Errorf("annotated.not-xlsx", out)
	}
	return notInput(out, in)
}
