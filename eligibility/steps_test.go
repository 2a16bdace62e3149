package eligibility

import (
	"strings"
	"testing"

	"relief/i18n"
	"relief/roster"
)

// withSteps is workbook(a) whose sheet has the 入户调查日期 and 复核日期
// columns.
func withSteps(a roster.Applicant) *roster.Workbook {
	wb := workbook(a)
	cols := wb.Sheets["applicants"].Columns
	cols["surveyed_on"], cols["reviewed_on"] = 20, 25
	return wb
}

// A mandatory step's empty cell waits, in the order of the procedure,
// whatever later steps are recorded; a sheet without the column takes the
// step as done.
func TestSteps(t *testing.T) {
	surveyed, reviewed := day(2026, 9, 5), day(2026, 9, 15)
	tests := []struct {
		name    string
		columns bool
		edit    func(*roster.Applicant)
		verdict Verdict
		reasons string
		waiting bool
		holds   bool
	}{
		{"no step columns", false, func(a *roster.Applicant) {}, Eligible, "", false, false},
		{"both recorded", true, func(a *roster.Applicant) { a.SurveyedOn, a.ReviewedOn = surveyed, reviewed }, Eligible, "", false, false},
		{"survey missing", true, func(a *roster.Applicant) { a.ReviewedOn, a.ApprovedOn = reviewed, day(2026, 9, 18) },
			Pending, "survey-missing", true, false},
		{"review missing", true, func(a *roster.Applicant) { a.SurveyedOn = surveyed }, Pending, "review-missing", true, false},
		{"both missing, no vote", true, func(a *roster.Applicant) { a.Votes = roster.Votes{} },
			Pending, "survey-missing vote-missing review-missing", true, false},
		{"excluded and waiting", true, func(a *roster.Applicant) { a.SurveyedOn, a.Misconduct = surveyed, []string{roster.Gambling} },
			Ineligible, "conduct review-missing", true, false},
		{"excluded, nothing waits", true, func(a *roster.Applicant) {
			a.SurveyedOn, a.ReviewedOn, a.Misconduct = surveyed, reviewed, []string{roster.Gambling}
		}, Ineligible, "conduct", false, false},
		{"objection only", true, func(a *roster.Applicant) {
			a.SurveyedOn, a.ReviewedOn, a.Objection = surveyed, reviewed, roster.ObjectionPending
		}, Pending, "objection-pending", true, true},
		{"objection and a missing step", true, func(a *roster.Applicant) { a.SurveyedOn, a.Objection = surveyed, roster.ObjectionPending },
			Pending, "review-missing objection-pending", true, false},
		{"objection and no vote", false, func(a *roster.Applicant) { a.Votes, a.Objection = roster.Votes{}, roster.ObjectionPending },
			Pending, "vote-missing objection-pending", true, false},
	}
	for _, tt := range tests {
		a := good()
		tt.edit(&a)
		wb := workbook(a)
		if tt.columns {
			wb = withSteps(a)
		}
		ds, _ := Decide(wb, nil, asOf)
		d := ds[0]
		if d.Verdict != tt.verdict || strings.Join(codes(d.Reasons), " ") != tt.reasons || d.Waiting() != tt.waiting || HoldsPlace(&d) != tt.holds {
			t.Errorf("%s: %s %v waiting=%v holds=%v", tt.name, d.Verdict, codes(d.Reasons), d.Waiting(), HoldsPlace(&d))
		}
		for _, r := range d.Reasons {
			if strings.HasSuffix(r.Code, "-missing") && r.Code != "vote-missing" {
				if !r.Waits || !strings.Contains(r.Msg.In(i18n.ZH), "日期") || r.Clause == "" {
					t.Errorf("%s: %+v %q", tt.name, r, r.Msg.In(i18n.ZH))
				}
			}
		}
	}
}

func TestReasonsWait(t *testing.T) {
	a := good()
	a.Votes = roster.Votes{}
	a.OutOfPoverty = true
	d := decideOne(t, a, nil)
	for _, r := range d.Reasons {
		if want := r.Code == "vote-missing"; r.Waits != want {
			t.Errorf("%s waits %v", r.Code, r.Waits)
		}
	}
	if HoldsPlace(&Decision{Verdict: Pending}) {
		t.Error("a decision without an applicant holds no place")
	}
}
