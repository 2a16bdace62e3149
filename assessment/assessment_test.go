package assessment

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"relief/eligibility"
	"relief/i18n"
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
	selected := 0
	for _, d := range r.Decisions {
		if d.Applicant.Invalid != (d.Verdict == eligibility.Invalid) {
			t.Errorf("row %d: invalid row decided %s", d.Applicant.Row, d.Verdict)
		}
		if d.Verdict == eligibility.Eligible {
			selected++
		}
	}
	if selected != r.Budget.Quota {
		t.Errorf("%d selected for a quota of %d", selected, r.Budget.Quota)
	}
	// The township table adds up to the banner's figures.
	sum := r.Budget.TownshipTotal()
	if sum.Quota != r.Budget.Quota || sum.Selected != selected || sum.Amount != r.Budget.Total {
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
