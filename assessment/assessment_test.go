package assessment

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"relief/eligibility"
	"relief/i18n"
	"relief/procedure"
	"relief/roster"
)

var asOf = roster.Day{Y: 2026, M: 11, D: 27}

// One run chains every stage: each applicant decided, the quota applied,
// and every problem of every stage in Problems.
func TestRunSample(t *testing.T) {
	r, err := Run(Options{Workbook: "../testdata/sample.xlsx", AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Decisions) != len(r.Workbook.Applicants) || len(r.Decisions) == 0 {
		t.Fatalf("%d decisions for %d applicants", len(r.Decisions), len(r.Workbook.Applicants))
	}
	selected, held := 0, 0
	for _, d := range r.Decisions {
		if d.Applicant.Invalid != (d.Verdict == eligibility.Invalid) {
			t.Errorf("row %d: invalid row decided %s", d.Applicant.Row, d.Verdict)
		}
		if d.Verdict == eligibility.Eligible {
			selected++
		}
		if d.Held {
			held++
		}
	}
	// 褚海军's objection is under review: his seat is held, not given to
	// the waitlist.
	if selected+held != r.Budget.Quota || held != 1 {
		t.Errorf("%d selected and %d held for a quota of %d", selected, held, r.Budget.Quota)
	}
	if len(r.Cases) != len(r.Decisions) {
		t.Fatalf("%d cases for %d decisions", len(r.Cases), len(r.Decisions))
	}
	for i, c := range r.Cases {
		if c.D != &r.Decisions[i] || c.Stage == "" {
			t.Errorf("case %d: %+v", i, c)
		}
	}
	// The township table adds up to the banner's figures.
	sum := r.Budget.TownshipTotal()
	if sum.Quota != r.Budget.Quota || sum.Selected != selected || sum.Held != held || sum.Amount != r.Budget.Total {
		t.Errorf("township total %+v against quota %d, %d selected, total %s", sum, r.Budget.Quota, selected, r.Budget.Total)
	}
	want := len(r.Workbook.Problems) + len(r.Warnings) + len(r.BudgetProblems)
	if got := len(r.Problems()); got != want {
		t.Errorf("Problems() has %d, want %d", got, want)
	}
	if r.Count(roster.SevError)+r.Count(roster.SevWarning) != want {
		t.Error("counts by severity do not add up")
	}
}

// A bad policy file stops the run before the workbook is read.
func TestRunBadPolicy(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "relief.yaml")
	os.WriteFile(bad, []byte("quota:\n  rate: lots\n"), 0o644)
	_, err := Run(Options{Workbook: "no-such.xlsx", PolicyFile: bad, AsOf: asOf})
	var ie *i18n.Error
	if !errors.As(err, &ie) || ie.Msg.Key == "" {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat("no-such.xlsx"); err == nil {
		t.Fatal("workbook created")
	}
}

// stages.xlsx walks its applicants through every stage (testdata/gen):
// each one's stage, verdict and held seat, and what --approved-on and
// --noticed-on change.
func TestRunStages(t *testing.T) {
	r, err := Run(Options{Workbook: "../testdata/stages.xlsx", AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		stage   procedure.Stage
		verdict eligibility.Verdict
		held    bool
	}
	wants := map[string]want{
		"甲德胜": {procedure.Applied, eligibility.Pending, false},
		"乙秀兰": {procedure.Surveyed, eligibility.Pending, false},
		"丙建国": {procedure.Assessed, eligibility.Pending, false},
		"丁玉梅": {procedure.Reviewed, eligibility.Eligible, false},
		"戊海军": {procedure.Approved, eligibility.Eligible, false},
		"己桂兰": {procedure.Final, eligibility.Eligible, false},
		"庚志强": {procedure.Final, eligibility.Eligible, false},
		"辛淑芬": {procedure.Noticed, eligibility.Pending, true},
		"壬振华": {procedure.Noticed, eligibility.Ineligible, false},
		"子春梅": {procedure.Noticed, eligibility.Eligible, false},
		"癸宝山": {procedure.Approved, eligibility.Eligible, false},
		"丑红霞": {procedure.Reviewed, eligibility.Waitlisted, false},
		"寅占山": {procedure.Applied, eligibility.Invalid, false},
		"卯文斌": {procedure.Approved, eligibility.Ineligible, false},
	}
	byName := map[string]procedure.Case{}
	for _, c := range r.Cases {
		byName[c.D.Applicant.Name] = c
	}
	for name, w := range wants {
		c, ok := byName[name]
		if !ok {
			t.Errorf("%s not read", name)
			continue
		}
		if c.Stage != w.stage || c.D.Verdict != w.verdict || c.D.Held != w.held {
			t.Errorf("%s: %s %s held=%v, want %s %s held=%v", name, c.Stage, c.D.Verdict, c.D.Held, w.stage, w.verdict, w.held)
		}
	}
	if c := byName["子春梅"]; c.Next.Code != procedure.NextPeriod || c.NoticeEnds != (roster.Day{Y: 2026, M: 11, D: 30}) {
		t.Errorf("子春梅: %+v", c)
	}
	if c := byName["丁玉梅"]; c.Deadline != "deadline-exceeded" {
		t.Errorf("丁玉梅's deadline: %q", c.Deadline)
	}
	if r.Budget.Selected+r.Budget.Held != r.Budget.Quota || r.Budget.Held != 1 {
		t.Errorf("seats: %d selected, %d held, quota %d", r.Budget.Selected, r.Budget.Held, r.Budget.Quota)
	}

	// A list approved and posted all at once: the flags fill the empty
	// cells of the seats only, and the deadline sees the approval.
	r, err = Run(Options{Workbook: "../testdata/stages.xlsx", AsOf: asOf,
		ApprovedOn: roster.Day{Y: 2026, M: 11, D: 18}, NoticedOn: roster.Day{Y: 2026, M: 11, D: 19}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Cases {
		name := c.D.Applicant.Name
		switch name {
		case "丁玉梅", "戊海军", "癸宝山": // seats with empty cells: final now (11-19 to 11-25)
			if c.Stage != procedure.Final {
				t.Errorf("%s with the flags: %s", name, c.Stage)
			}
		case "子春梅": // her own 公示日期 stays
			if c.Stage != procedure.Noticed {
				t.Errorf("子春梅 with the flags: %s", c.Stage)
			}
		case "丑红霞", "丙建国": // no seat: nothing filled
			if c.Stage.Reached(procedure.Approved) {
				t.Errorf("%s without a seat was filled: %s", name, c.Stage)
			}
		}
		if name == "丁玉梅" && c.Deadline != "" {
			t.Errorf("丁玉梅 approved on 11-18 (due 11-19) still has %q", c.Deadline)
		}
	}
}

// The banner's folder (testdata/banner: two workbooks and two CSV files)
// is one assessment: one roster, one quota, one ranking; every applicant
// and problem names its file. The policy is relief.yaml in the folder
// given.
func TestRunFolder(t *testing.T) {
	r, err := Run(Options{Inputs: []string{"../testdata/banner"}, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Files()) != 4 || r.Budget.Members != 199 || r.Budget.Quota != 5 || len(r.Decisions) != 11 {
		t.Fatalf("%d files, %d members, quota %d, %d decisions", len(r.Files()), r.Budget.Members, r.Budget.Quota, len(r.Decisions))
	}
	for _, d := range r.Decisions {
		if d.Applicant.Sheet == nil || d.Applicant.Sheet.File == "" {
			t.Errorf("%s has no file", d.Applicant.Name)
		}
	}
	for _, p := range r.Problems() {
		// Only the fund's notes are about the run as a whole.
		if p.File == "" && !strings.HasPrefix(p.Code, "fund-") {
			t.Errorf("problem %s has no file", p.Code)
		}
	}
	// A relief.yaml in the folder given is the run's policy.
	dir := t.TempDir()
	for _, f := range r.Files() {
		b, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "relief.yaml"), []byte("quota:\n  rate: 0.05\n"), 0o644)
	r2, err := Run(Options{Inputs: []string{dir}, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	if r2.Budget.Quota != 10 || r2.Policy.File != filepath.Join(dir, "relief.yaml") {
		t.Errorf("quota %d with policy %q", r2.Budget.Quota, r2.Policy.File)
	}
}

// Merging then checking gives the same result as checking the files: the
// same verdicts, reasons, ranks and amounts, the same budget, the same
// problems (by code).
func TestMergeThenCheck(t *testing.T) {
	files, _, err := roster.ExpandInputs([]string{"../testdata/banner"})
	if err != nil {
		t.Fatal(err)
	}
	merged := filepath.Join(t.TempDir(), "全旗汇总.xlsx")
	f, err := os.Create(merged)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := roster.Consolidate(f, files, roster.Options{}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	want, err := Run(Options{Inputs: []string{"../testdata/banner"}, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	got, err := Run(Options{Inputs: []string{merged}, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	decided := func(r *Result) []string {
		var out []string
		for _, d := range r.Decisions {
			var codes []string
			for _, rs := range d.Reasons {
				codes = append(codes, rs.Code)
			}
			out = append(out, fmt.Sprintf("%s %s %s rank=%d amount=%s %v", d.Applicant.IDNumber, d.Applicant.Name, d.Verdict, d.Rank, d.Amount, codes))
		}
		sort.Strings(out)
		return out
	}
	if g, w := decided(got), decided(want); !slices.Equal(g, w) {
		t.Errorf("decisions differ:\n%s\nwant\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
	codes := func(r *Result) []string {
		var out []string
		for _, p := range r.Problems() {
			out = append(out, string(p.Severity)+"/"+p.Code)
		}
		sort.Strings(out)
		return out
	}
	if g, w := codes(got), codes(want); !slices.Equal(g, w) {
		t.Errorf("problems %v\nwant     %v", g, w)
	}
	gb, wb := got.Budget, want.Budget
	if gb.Members != wb.Members || gb.Quota != wb.Quota || gb.Total != wb.Total || gb.Fund != wb.Fund ||
		fmt.Sprint(gb.TownshipTotal()) != fmt.Sprint(wb.TownshipTotal()) {
		t.Errorf("budget %+v\nwant   %+v", gb, wb)
	}
}
