package cmd

import (
	"time"

	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/i18n"
	"relief/roster"
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
	return assessment.Options{Workbook: workbook, Password: f.password, PolicyFile: f.policy, AsOf: day}, nil
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
	return roster.DayOf(t), nil
}
