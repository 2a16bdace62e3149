package cmd

import (
	"os"
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
	asOf       string
	year       int
	policy     string
	password   string
	approvedOn string
	noticedOn  string
	cmd        *cobra.Command
	previous   []string
	review     string

	members   string // --members: the roster's own file
	keepGoing bool   // --keep-going: an unreadable file does not stop the run
	sheet     string // --sheet: the sheet a single CSV file holds
}

func (f *assessFlags) register(c *cobra.Command) {
	f.cmd = c
	c.Flags().StringVar(&f.asOf, "as-of", "", "the day of the assessment, YYYY-MM-DD (default today)")
	c.Flags().IntVar(&f.year, "year", 0, "the relief year (default the year of --as-of): applications dated in another year are warned about; documents are headed with it")
	c.Flags().StringVar(&f.policy, "policy", "", "policy file (YAML); default relief.yaml in the folder given (or beside the workbooks), else the built-in policy")
	c.Flags().StringVar(&f.password, "password", "", "password of an encrypted workbook")
	c.Flags().StringVar(&f.approvedOn, "approved-on", "", "YYYY-MM-DD: the day the list was approved, for every selected applicant whose 审定日期 is empty")
	c.Flags().StringVar(&f.noticedOn, "noticed-on", "", "YYYY-MM-DD: the first day of the notice, for every selected applicant whose 公示日期 is empty")
	c.Flags().StringVar(&f.members, "members", "", "read the members roster (or the 党员人数 sheet) from this file; the inputs' own rosters are then not read")
	c.Flags().BoolVar(&f.keepGoing, "keep-going", false, "report a file that cannot be read as a problem (file-unreadable) and assess the others")
	c.Flags().StringVar(&f.sheet, "sheet", "", "the sheet a single CSV input holds: 救助申报, 党员名册, 党员人数 or 资金来源 (default: from its name or header)")
	c.Flags().StringArrayVar(&f.previous, "previous", nil, "last year's recipients: the workbook of check -o or budget -o, or a list of names and identity numbers (repeat the flag for several files)")
	c.Flags().StringVar(&f.review, "review", "", "the half-yearly evaluation form (考评表.xlsx of relief review), filled in: 脱贫 excludes from the year-end payment (§6.4)")
}

// options turns the flags into assessment options for workbook.
func (f *assessFlags) options(env *Env, workbook string) (assessment.Options, error) {
	day, err := parseDayFlag("--as-of", f.asOf, env.Now)
	if err != nil {
		return assessment.Options{}, err
	}
	if f.cmd != nil && f.cmd.Flags().Changed("year") && (f.year < minFlagYear || f.year > maxFlagYear) {
		return assessment.Options{}, i18n.Errorf("cmd.bad-year", f.year, minFlagYear, maxFlagYear)
	}
	for _, p := range append(append([]string{}, f.previous...), f.review) {
		if p != "" && strings.TrimSpace(p) == "" {
			return assessment.Options{}, i18n.Errorf("cmd.blank-file-flag")
		}
	}
	created, err := creationTime(day, os.Getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		return assessment.Options{}, err
	}
	o := assessment.Options{Workbook: workbook, Password: f.password, PolicyFile: f.policy, AsOf: day, Year: f.year,
		Previous: f.previous, Review: f.review, Created: created, Progress: newProgress(env)}
	for _, d := range []struct {
		flag, v string
		to      *roster.Day
	}{{"--approved-on", f.approvedOn, &o.ApprovedOn}, {"--noticed-on", f.noticedOn, &o.NoticedOn}} {
		if d.v == "" {
			continue
		}
		if *d.to, err = parseDayFlag(d.flag, d.v, env.Now); err != nil {
			return assessment.Options{}, err
		}
		if d.to.After(day) {
			return assessment.Options{}, i18n.Errorf("cmd.step-after-as-of", d.flag, d.v, day.String())
		}
	}
	return o, nil
}

// parseDayFlag reads a date flag in any form the reader accepts in a date
// cell (2026-11-27, 2026/11/27, 2026.11.27, 2026年11月27日, 20261127);
// empty means today.
func parseDayFlag(flag, v string, now func() time.Time) (roster.Day, error) {
	if v == "" {
		return roster.DayOf(now()), nil
	}
	d, ok := roster.ParseDay(v)
	if !ok {
		if t, err := time.Parse("2006-01-02", strings.TrimSpace(v)); err == nil {
			d = roster.DayOf(t) // a real day in a year the reader refuses: the range message below
		} else {
			return roster.Day{}, i18n.Errorf("cmd.bad-date-flag", flag, v)
		}
	}
	if d.Y < minFlagYear || d.Y > maxFlagYear {
		return roster.Day{}, i18n.Errorf("cmd.date-flag-range", flag, v, minFlagYear, maxFlagYear)
	}
	return d, nil
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
func notInput(out string, ins ...string) error {
	for _, in := range ins {
		if out != "" && safefile.SameFile(out, in) {
			return i18n.Errorf("cmd.out-is-input", out)
		}
	}
	return nil
}

// xlsxOutput checks a workbook output path before any work is done: it
// must end in .xlsx, must not be one of ins, and must not be a folder or
// a device. "-" is refused: the command's report goes to standard output.
func xlsxOutput(out string, ins ...string) error {
	if out == "" {
		return nil
	}
	if out == Stdout {
		return i18n.Errorf("cmd.stdout-taken")
	}
	if !strings.EqualFold(filepath.Ext(out), ".xlsx") {
		return i18n.Errorf("annotated.not-xlsx", out)
	}
	for _, in := range ins {
		if err := notInput(out, in); err != nil {
			return err
		}
	}
	return safefile.Check(out)
}
