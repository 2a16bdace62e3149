package cmd

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"relief/assessment"
	"relief/eligibility"
	"relief/i18n"
	"relief/policy"
	"relief/roster"
	"relief/safefile"
	"relief/templates"
	"relief/templates/font"
)

// NoticeOptions are the options of relief notice.
type NoticeOptions struct {
	Env    *Env
	Assess assessment.Options
	Output string     // -o: the notice PDF
	ByTown string     // --by-township: one notice per township in this folder
	Start  roster.Day // --start; zero = the day after --as-of
	Days   int        // --days; 0 = the policy's notice.days
	All    bool       // --all: every selected applicant, for a reprint
	// Replace: --by-township into the folder of an earlier run.
	Replace bool
	Docs    DocOptions
}

// DocOptions are the flags every document command shares.
type DocOptions struct {
	Font      string  // --font; "" = the policy's notice.font, else the embedded font
	Templates string  // --templates: a folder of edited wording files
	Issuer    *string // --issuer; nil = the policy's notice.issuer
	Phone     *string // --phone; nil = the policy's notice.phone
}

// docFlags are the flags of DocOptions, registered on a command.
type docFlags struct {
	font, templates, issuer, phone string
}

func (f *docFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.font, "font", "", "TrueType font for the PDF (FILE.ttf, FILE.ttc or FILE.ttc:N); default notice.font of the policy, else the built-in WenQuanYi Micro Hei")
	c.Flags().StringVar(&f.templates, "templates", "", "folder of edited wording files (see relief templates export); files not there use the built-in wording")
	c.Flags().StringVar(&f.issuer, "issuer", "", "issuing office printed at the end (default notice.issuer of the policy)")
	c.Flags().StringVar(&f.phone, "phone", "", `the office's phone for questions and objections (default notice.phone of the policy; "" prints none)`)
}

// maxNoticeDays bounds --days as the policy bounds notice.days.
const maxNoticeDays = 365

// options returns the document options; an --issuer given but blank is
// refused, since every document names its issuer.
func (f *docFlags) options(c *cobra.Command) (DocOptions, error) {
	o := DocOptions{Font: f.font, Templates: f.templates}
	if c.Flags().Changed("issuer") {
		if strings.TrimSpace(f.issuer) == "" {
			return o, i18n.Errorf("cmd.blank-issuer")
		}
		o.Issuer = &f.issuer
	}
	if c.Flags().Changed("phone") {
		o.Phone = &f.phone
	}
	return o, nil
}

// NewCmdNotice builds relief notice. runF replaces noticeRun in tests.
func NewCmdNotice(env *Env, runF func(*NoticeOptions) error) *cobra.Command {
	opts := &NoticeOptions{Env: env}
	var af assessFlags
	var df docFlags
	var start string
	c := &cobra.Command{
		Use:   "notice FILE|FOLDER... {-o 公示.pdf | --by-township DIR [--replace]}",
		Short: "Write the public notice (公示) of the selected applicants as PDF",
		Args:  inputArgs(env),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if opts.Assess, err = af.optionsFor(env, args); err != nil {
				return err
			}
			if start != "" {
				if opts.Start, err = parseDayFlag("--start", start, env.Now); err != nil {
					return err
				}
			}
			if c.Flags().Changed("days") && (opts.Days < 1 || opts.Days > maxNoticeDays) {
				return i18n.Errorf("cmd.bad-days", opts.Days, maxNoticeDays)
			}
			if !opts.Start.IsZero() && opts.Start.Before(opts.Assess.AsOf) {
				return i18n.Errorf("cmd.start-before-as-of", opts.Start.String(), opts.Assess.AsOf.String())
			}
			if opts.Output == "" && opts.ByTown == "" {
				return i18n.Errorf("cmd.notice.out-required")
			}
			if opts.Docs, err = df.options(c); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return noticeRun(opts)
		},
	}
	af.register(c)
	df.register(c)
	c.Flags().StringVarP(&opts.Output, "output", "o", "", `the notice PDF to write ("-" writes it to standard output)`)
	c.Flags().StringVar(&opts.ByTown, "by-township", "", "write one notice per township into this folder (乌加河镇公示.pdf …)")
	c.Flags().BoolVar(&opts.Replace, "replace", false, "--by-township into a folder that holds an earlier run's notices: remove the files that run wrote (listed in the folder's .relief-files), and only those, first")
	c.Flags().StringVar(&start, "start", "", "first day of the notice period, YYYY-MM-DD (default the day after --as-of)")
	c.Flags().IntVar(&opts.Days, "days", 0, "length of the notice period in days (default notice.days of the policy, else 7)")
	c.Flags().BoolVar(&opts.All, "all", false, "list every selected applicant (a reprint), not only those without a 公示日期")
	return c
}

func init() { register(func(env *Env) *cobra.Command { return NewCmdNotice(env, nil) }) }

func noticeRun(opts *NoticeOptions) error {
	if err := checkOutput(opts.Output, opts.Assess.Workbook, true); err != nil {
		return err
	}
	if err := notInputs(opts.Output, opts.Assess); err != nil {
		return err
	}
	if err := dirNotInput(opts.ByTown, opts.Assess); err != nil {
		return err
	}
	set := safefile.SetOptions{Replace: opts.Replace, Result: &safefile.SetResult{}}
	if opts.ByTown != "" {
		if opts.ByTown == Stdout {
			return i18n.Errorf("cmd.split-stdout")
		}
		if err := safefile.CheckSet(opts.ByTown, set); err != nil {
			return err
		}
	}
	run, res, err := prepareDocs(opts.Env, opts.Assess, opts.Docs)
	if err != nil {
		return err
	}
	run.Settings.Start = opts.Start
	run.All = opts.All
	policyDays := run.Settings.Days
	if policyDays <= 0 {
		policyDays = templates.DefaultDays
	}
	if opts.Days > 0 {
		run.Settings.Days = opts.Days
	}
	var st templates.Stats
	if opts.Output != "" {
		err = writeOutput(opts.Env, opts.Output, func(w io.Writer) error {
			var err error
			st, err = templates.Notice(w, res, run)
			return err
		})
		if err != nil {
			return err
		}
	}
	var bt templates.Stats
	if opts.ByTown != "" {
		run.Set = set
		if bt, err = templates.NoticesByTownship(opts.ByTown, res, run); err != nil {
			return err
		}
		warnKept(opts.Env, opts.ByTown, set.Result)
	}
	warnProblems(opts.Env, res)
	if opts.Days > 0 && opts.Days != policyDays {
		fmt.Fprintln(opts.Env.IO.ErrOut, "relief: "+i18n.M("cmd.notice.days-differ", opts.Days, policyDays).In(opts.Env.Lang))
	}
	if opts.ByTown != "" && opts.Output == "" {
		st = bt
	}
	if st.Unapproved > 0 {
		fmt.Fprintln(opts.Env.IO.ErrOut, "relief: "+i18n.M("cmd.notice.unapproved", st.Unapproved).In(opts.Env.Lang))
	}
	out := doneOut(opts.Env, opts.Output)
	if opts.Output != "" {
		name := outputName(opts.Env, opts.Output)
		if st.Supplementary {
			opts.Env.confirm(out, i18n.M("cmd.notice.done-supplementary", name, st.People, st.Posted, st.Pages, st.Start.Chinese(), st.End.Chinese()))
		} else {
			opts.Env.confirm(out, i18n.M("cmd.notice.done", name, st.People, st.Pages, st.Start.Chinese(), st.End.Chinese()))
		}
	}
	if opts.ByTown != "" {
		opts.Env.confirm(out, i18n.M("cmd.notice.by-township-done", opts.ByTown, bt.Files, bt.People, bt.Pages, bt.Start.Chinese(), bt.End.Chinese()))
	}
	if st.Fresh > 0 { // a reprint of people posted before has nothing to record
		opts.Env.confirm(out, i18n.M("cmd.notice.record", st.Fresh, st.Start.String()))
	}
	return nil
}

// prepareDocs does what every document command does first: load the
// wording (so a template mistake is reported before the workbook is
// read), assess the workbook, then load the font once for the whole run.
func prepareDocs(env *Env, ao assessment.Options, do DocOptions) (templates.Options, *assessment.Result, error) {
	wording, err := templates.Load(do.Templates)
	if err != nil {
		return templates.Options{}, nil, err
	}
	res, err := assessment.Run(ao)
	if err != nil {
		return templates.Options{}, nil, err
	}
	limitMemory(documentLimit)
	var n policy.Notice
	if res.Policy != nil {
		n = res.Policy.Notice
	}
	spec := do.Font
	if spec == "" {
		spec = n.Font
	}
	f, err := font.Load(spec)
	if err != nil {
		return templates.Options{}, nil, err
	}
	created, err := creationTime(res.AsOf, os.Getenv("SOURCE_DATE_EPOCH"))
	if err != nil {
		return templates.Options{}, nil, err
	}
	s := templates.Settings{AsOf: res.AsOf, Year: res.Year, Days: n.Days, Issuer: n.Issuer, Phone: n.Phone}
	if do.Issuer != nil {
		s.Issuer = *do.Issuer
	}
	if do.Phone != nil {
		s.Phone = *do.Phone
	}
	prov := ""
	if res.Provenance != nil {
		prov = res.Provenance.JSON()
	}
	return templates.Options{Font: f, Wording: wording, Settings: s, Created: created, Provenance: prov}, res, nil
}

// maxEpoch is the last second of the year 9999, the last a PDF date can
// hold.
const maxEpoch = 253402300799

// creationTime is the creation date written into the PDFs: SOURCE_DATE_EPOCH
// when set (reproducible builds), else midnight UTC of the --as-of day, so
// the same inputs always give the same bytes.
func creationTime(asOf roster.Day, epoch string) (time.Time, error) {
	if epoch = strings.TrimSpace(epoch); epoch != "" {
		sec, err := strconv.ParseInt(epoch, 10, 64)
		if err != nil || sec < 0 || sec > maxEpoch {
			return time.Time{}, i18n.Errorf("doc.bad-epoch", epoch)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	return asOf.Time(), nil
}

// warnProblems tells the clerk, after a document is written, that
// applicants whose rows have errors were left out of it, and that the
// workbook has other errors (on the members roster, say) to correct.
func warnProblems(env *Env, res *assessment.Result) {
	warnInvalid(env, res)
	rowErrors := 0
	applicants := map[[2]string]bool{} // file, sheet
	if si := res.Workbook.Sheets[roster.Applicants.Key]; si != nil {
		applicants[[2]string{si.File, si.Name}] = true
	}
	for _, f := range res.Workbook.Files {
		if si := f.Sheets[roster.Applicants.Key]; si != nil {
			applicants[[2]string{si.File, si.Name}] = true
		}
	}
	for _, p := range res.Problems() {
		if p.Severity == roster.SevError && applicants[[2]string{p.File, p.Sheet}] && p.Row > 0 {
			rowErrors++
		}
	}
	if other := res.Count(roster.SevError) - rowErrors; other > 0 {
		fmt.Fprintln(env.IO.ErrOut, "relief: "+i18n.M("cmd.docs.other-errors", other).In(env.Lang))
	}
}

// warnInvalid tells the clerk that applicants whose rows have errors were
// left out of what was just written.
func warnInvalid(env *Env, res *assessment.Result) {
	invalid := 0
	for _, d := range res.Decisions {
		if d.Verdict == eligibility.Invalid {
			invalid++
		}
	}
	if invalid > 0 {
		fmt.Fprintln(env.IO.ErrOut, "relief: "+i18n.M("cmd.docs.problems", invalid).In(env.Lang))
	}
}
