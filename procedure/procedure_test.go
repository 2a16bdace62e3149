package procedure

import (
	"strings"
	"testing"
	"time"

	"relief/eligibility"
	"relief/i18n"
	"relief/roster"
)

func day(m, d int) roster.Day { return roster.Day{Y: 2026, M: time.Month(m), D: d} }

var asOf = day(11, 27)

// full has every column of the procedure; bare lacks 入户调查日期 and
// 复核日期, as the simple workbooks clerks keep.
var (
	full = &roster.SheetInfo{File: "in.xlsx", Name: "救助申报", HeaderRow: 2, Columns: map[string]int{
		"name": 1, "applied_on": 2, "surveyed_on": 3, "reviewed_on": 4, "approved_on": 5, "noticed_on": 6, "objection": 7}}
	bare = &roster.SheetInfo{File: "in.xlsx", Name: "救助申报", HeaderRow: 1, Columns: map[string]int{
		"name": 1, "applied_on": 2, "approved_on": 5, "noticed_on": 6}}
)

// rec is what a row records.
type rec struct {
	sheet                                *roster.SheetInfo
	surveyed, reviewed, approved, notice roster.Day
	vote                                 bool
	objection                            string
}

// done is a row with every step recorded up to the approval.
func done(notice roster.Day, objection string) rec {
	return rec{sheet: full, surveyed: day(9, 10), vote: true, reviewed: day(10, 10), approved: day(11, 1), notice: notice, objection: objection}
}

func decision(row int, r rec) eligibility.Decision {
	obj := r.objection
	if obj == "" {
		obj = roster.None
	}
	a := &roster.Applicant{Row: row, Name: "申报人", AppliedOn: day(9, 1), Sheet: r.sheet,
		SurveyedOn: r.surveyed, ReviewedOn: r.reviewed, ApprovedOn: r.approved, NoticedOn: r.notice, Objection: obj}
	return eligibility.Decision{Applicant: a, Verdict: eligibility.Eligible, Rank: 1, Vote: eligibility.Tally{Recorded: r.vote}}
}

func TestStages(t *testing.T) {
	tests := []struct {
		name  string
		rec   rec
		stage Stage
		next  string
		ends  roster.Day
	}{
		{"application only", rec{sheet: full}, Applied, NextSurvey, roster.Day{}},
		{"surveyed", rec{sheet: full, surveyed: day(9, 5)}, Surveyed, NextAssembly, roster.Day{}},
		{"assessed", rec{sheet: full, surveyed: day(9, 5), vote: true}, Assessed, NextReview, roster.Day{}},
		{"reviewed", rec{sheet: full, surveyed: day(9, 5), vote: true, reviewed: day(10, 1)}, Reviewed, NextApproval, roster.Day{}},
		{"approved", done(roster.Day{}, ""), Approved, NextNotice, roster.Day{}},
		{"in the notice period", done(day(11, 24), ""), Noticed, NextPeriod, day(11, 30)},
		{"the period's last day", done(day(11, 21), ""), Noticed, NextPeriod, day(11, 27)},
		{"the period over", done(day(11, 20), ""), Final, "", day(11, 26)},
		{"objection rejected", done(day(11, 10), roster.ObjectionRejected), Final, "", day(11, 16)},
		{"objection under review", done(day(11, 10), roster.ObjectionPending), Noticed, NextObjection, day(11, 16)},
		{"objection upheld", done(day(11, 10), roster.ObjectionUpheld), Noticed, NextUpheld, day(11, 16)},
		{"survey missing, later steps recorded", rec{sheet: full, vote: true, reviewed: day(10, 1), approved: day(11, 1), notice: day(11, 2)},
			Applied, NextSurvey, day(11, 8)},
		{"review missing, later steps recorded", rec{sheet: full, surveyed: day(9, 5), vote: true, approved: day(11, 1)},
			Assessed, NextReview, roster.Day{}},
		{"posted, not approved", rec{sheet: full, surveyed: day(9, 5), vote: true, reviewed: day(10, 1), notice: day(11, 2)},
			Reviewed, NextApproval, day(11, 8)},
		{"no step columns: survey and review taken as done", rec{sheet: bare, vote: true, approved: day(11, 1), notice: day(11, 10)},
			Final, "", day(11, 16)},
		{"no step columns, no vote", rec{sheet: bare}, Surveyed, NextAssembly, roster.Day{}},
		{"made by hand (no sheet)", rec{vote: true, approved: day(11, 1)}, Approved, NextNotice, roster.Day{}},
	}
	for _, tt := range tests {
		ds := []eligibility.Decision{decision(3, tt.rec)}
		c := Follow(ds, nil, Options{AsOf: asOf, NoticeDays: 7})[0]
		if c.Stage != tt.stage || c.Next.Code != tt.next || c.NoticeEnds != tt.ends {
			t.Errorf("%s: stage %s, next %q, ends %s; want %s, %q, %s", tt.name, c.Stage, c.Next.Code, c.NoticeEnds, tt.stage, tt.next, tt.ends)
		}
		if c.Final() != (tt.stage == Final) || (c.Next.Code == "") != c.Final() {
			t.Errorf("%s: Final %v with next %q", tt.name, c.Final(), c.Next.Code)
		}
		if c.Next.Code != "" && strings.HasPrefix(c.Next.Msg.In(i18n.ZH), "procedure.") {
			t.Errorf("%s: no message for %s", tt.name, c.Next.Msg.Key)
		}
	}
}

func TestStageOrder(t *testing.T) {
	for i, s := range Stages {
		if s.Index() != i || !s.Reached(Applied) || !Final.Reached(s) {
			t.Errorf("%s: index %d", s, s.Index())
		}
		if strings.HasPrefix(i18n.M("stage."+string(s)).In(i18n.ZH), "stage.") {
			t.Errorf("no label for %s", s)
		}
	}
	if Applied.Reached(Surveyed) || Stage("x").Index() != -1 {
		t.Error("order")
	}
}

// The notice period defaults to 7 days and follows notice.days.
func TestNoticeDays(t *testing.T) {
	ds := []eligibility.Decision{decision(3, done(day(11, 10), ""))}
	if c := Follow(ds, nil, Options{AsOf: asOf})[0]; c.NoticeEnds != day(11, 16) {
		t.Errorf("default period ends %s", c.NoticeEnds)
	}
	c := Follow(ds, nil, Options{AsOf: asOf, NoticeDays: 30})[0]
	if c.NoticeEnds != day(12, 9) || c.Stage != Noticed {
		t.Errorf("30 days: %+v", c)
	}
}

// The flags fill the empty dates of the seats, never a cell, never anyone
// without a seat.
func TestFill(t *testing.T) {
	seat := decision(3, rec{sheet: full, surveyed: day(9, 5), vote: true, reviewed: day(10, 1)})
	held := decision(4, rec{sheet: full, surveyed: day(9, 5), vote: true, reviewed: day(10, 1), objection: roster.ObjectionPending})
	held.Verdict, held.Held = eligibility.Pending, true
	own := decision(5, done(day(11, 3), ""))
	waiting := decision(6, rec{sheet: full, surveyed: day(9, 5), vote: true, reviewed: day(10, 1)})
	waiting.Verdict = eligibility.Waitlisted
	ineligible := decision(7, rec{sheet: full, surveyed: day(9, 5), vote: true, reviewed: day(10, 1)})
	ineligible.Verdict, ineligible.Rank = eligibility.Ineligible, 0
	ds := []eligibility.Decision{seat, held, own, waiting, ineligible}
	o := Options{AsOf: asOf, ApprovedOn: day(11, 5), NoticedOn: day(11, 10)}
	if !Fill(ds, o) {
		t.Error("an approval was filled in")
	}
	for i, want := range []struct{ approved, noticed roster.Day }{
		{day(11, 5), day(11, 10)}, {day(11, 5), day(11, 10)}, {day(11, 1), day(11, 3)}, {}, {},
	} {
		a := ds[i].Applicant
		if a.ApprovedOn != want.approved || a.NoticedOn != want.noticed {
			t.Errorf("row %d: %s %s, want %s %s", a.Row, a.ApprovedOn, a.NoticedOn, want.approved, want.noticed)
		}
	}
	cs := Follow(ds, nil, o)
	if cs[0].Stage != Final || cs[1].Stage != Noticed || cs[1].Next.Code != NextObjection || !cs[1].Seat || cs[3].Seat {
		t.Errorf("cases: %+v", cs)
	}
	if Fill(ds, Options{NoticedOn: day(11, 10)}) {
		t.Error("no approval to fill")
	}
}

// Each case carries its §5.6 warning; an exceeded deadline outranks a
// near one.
func TestFollowDeadline(t *testing.T) {
	ds := []eligibility.Decision{decision(3, rec{sheet: full}), decision(4, rec{sheet: full}), decision(5, rec{sheet: full})}
	warn := func(row int, code string) roster.Problem {
		return roster.Problem{Code: code, File: "in.xlsx", Sheet: "救助申报", Row: row}
	}
	cs := Follow(ds, []roster.Problem{warn(3, "deadline-near"), warn(3, "deadline-exceeded"), warn(4, "deadline-near"),
		{Code: "deadline-exceeded", File: "other.xlsx", Sheet: "救助申报", Row: 5}}, Options{AsOf: asOf})
	if cs[0].Deadline != "deadline-exceeded" || cs[1].Deadline != "deadline-near" || cs[2].Deadline != "" {
		t.Errorf("deadlines %q %q %q", cs[0].Deadline, cs[1].Deadline, cs[2].Deadline)
	}
}

func TestCheckColumns(t *testing.T) {
	wb := &roster.Workbook{Sheets: map[string]*roster.SheetInfo{roster.Applicants.Key: bare}}
	warns := Check(wb)
	if len(warns) != 2 || warns[0].Code != "step-column-missing" || warns[0].Field != "surveyed_on" || warns[1].Field != "reviewed_on" ||
		warns[0].Row != 1 || warns[0].Sheet != "救助申报" || warns[0].File != "in.xlsx" || warns[0].Severity != roster.SevWarning {
		t.Fatalf("warnings %+v", warns)
	}
	if m := warns[0].Msg.In(i18n.ZH); !strings.Contains(m, "入户调查日期") || !strings.Contains(m, "已完成") {
		t.Errorf("message %q", m)
	}
	if warns := Check(&roster.Workbook{Sheets: map[string]*roster.SheetInfo{roster.Applicants.Key: full}}); len(warns) != 0 {
		t.Errorf("a full sheet: %+v", warns)
	}
}

// An approval recorded while a step is missing is an error on the 审定日期
// cell, in row order among the reader's problems; the row is invalid.
func TestCheckStepMissing(t *testing.T) {
	mk := func(row int, r rec) roster.Applicant { return *decision(row, r).Applicant }
	wb := &roster.Workbook{Sheets: map[string]*roster.SheetInfo{roster.Applicants.Key: full}}
	wb.Applicants = []roster.Applicant{
		mk(3, rec{sheet: full, vote: true, reviewed: day(10, 1), approved: day(11, 1)}),          // survey missing
		mk(4, rec{sheet: full, surveyed: day(9, 5), vote: true, approved: day(11, 1)}),           // review missing
		mk(5, rec{sheet: full, approved: day(11, 1)}),                                            // both
		mk(6, rec{sheet: full, surveyed: day(9, 5), vote: true, reviewed: day(10, 1)}),           // not approved: no error
		mk(7, rec{sheet: full, surveyed: day(9, 5), reviewed: day(10, 1), approved: day(11, 1)}), // complete
	}
	at := func(cell string, row int) roster.Problem {
		return roster.Problem{Severity: roster.SevError, Code: "x", File: "in.xlsx", Sheet: "救助申报", Cell: cell, Row: row}
	}
	wb.Problems = []roster.Problem{
		{Code: "sheet-missing", Sheet: "党员名册"}, at("B3", 3), at("G3", 3), at("A5", 5),
		{Code: "y", File: "in.xlsx", Sheet: "资金来源", Cell: "B2", Row: 2},
	}
	if warns := Check(wb); len(warns) != 0 {
		t.Errorf("warnings %+v", warns)
	}
	var got []string
	for _, p := range wb.Problems {
		got = append(got, p.Code+"@"+p.Sheet+"!"+p.Cell)
	}
	want := "sheet-missing@党员名册! x@救助申报!B3 step-missing@救助申报!E3 x@救助申报!G3 step-missing@救助申报!E4 " +
		"x@救助申报!A5 step-missing@救助申报!E5 y@资金来源!B2"
	if strings.Join(got, " ") != want {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	for i, want := range []bool{true, true, true, false, false} {
		if wb.Applicants[i].Invalid != want {
			t.Errorf("row %d invalid %v", wb.Applicants[i].Row, wb.Applicants[i].Invalid)
		}
	}
	msg := wb.Problems[6].Msg.In(i18n.ZH)
	if !strings.Contains(msg, "入户调查日期、复核日期") || wb.Problems[6].Value != "2026-11-01" || wb.Problems[6].Field != "approved_on" {
		t.Errorf("row 5: %+v %q", wb.Problems[6], msg)
	}
}

func TestMergeProblems(t *testing.T) {
	p := roster.Problem{File: "f", Sheet: "s", Cell: "C4", Row: 4}
	if got := mergeProblems(nil, []roster.Problem{p}); len(got) != 1 {
		t.Errorf("into nothing: %+v", got)
	}
	// Before the first problem of its sheet when all of them come after;
	// a sheet-level problem (row 0) stays first; another file's sheet of
	// the same name is another sheet.
	ps := []roster.Problem{{Sheet: "a"}, {File: "f", Sheet: "s", Row: 0, Code: "header"}, {File: "f", Sheet: "s", Cell: "A9", Row: 9},
		{File: "g", Sheet: "s", Cell: "A1", Row: 1}}
	got := mergeProblems(ps, []roster.Problem{p, {File: "g", Sheet: "s", Cell: "B2", Row: 2}})
	var cells []string
	for _, q := range got {
		cells = append(cells, q.File+q.Sheet+q.Code+q.Cell)
	}
	if strings.Join(cells, " ") != "a fsheader fsC4 fsA9 gsA1 gsB2" {
		t.Errorf("order %v", cells)
	}
	for ref, want := range map[string]int{"A1": 1, "Z9": 26, "AA10": 27, "AB3": 28, "": 0} {
		if column(ref) != want {
			t.Errorf("column(%q) = %d", ref, column(ref))
		}
	}
}

// What a case waits for: a seat, the next step of the procedure (once
// final, the question a held seat waits on); a case without a seat, what
// its verdict waits on, never the notice.
func TestNextWithoutSeat(t *testing.T) {
	waits := func(code string) eligibility.Reason {
		return eligibility.Reason{Code: code, Msg: i18n.M("eligibility.vote-missing"), Waits: true}
	}
	for _, tc := range []struct {
		name   string
		edit   func(d *eligibility.Decision)
		notice roster.Day
		stage  Stage
		next   string
	}{
		{"selected, not posted", func(d *eligibility.Decision) {}, roster.Day{}, Approved, NextNotice},
		{"selected, final", func(d *eligibility.Decision) {}, day(11, 1), Final, ""},
		{"waitlisted", func(d *eligibility.Decision) { d.Verdict = eligibility.Waitlisted }, roster.Day{}, Approved, ""},
		{"ineligible", func(d *eligibility.Decision) {
			d.Verdict, d.Rank, d.Reasons = eligibility.Ineligible, 0, []eligibility.Reason{{Code: "conduct"}}
		}, roster.Day{}, Approved, ""},
		{"ineligible, a reason waits too", func(d *eligibility.Decision) {
			d.Verdict, d.Rank, d.Reasons = eligibility.Ineligible, 0, []eligibility.Reason{{Code: "conduct"}, waits("level-missing")}
		}, roster.Day{}, Approved, "level-missing"},
		{"pending", func(d *eligibility.Decision) {
			d.Verdict, d.Rank, d.Reasons = eligibility.Pending, 0, []eligibility.Reason{waits("vote-missing")}
		}, roster.Day{}, Approved, "vote-missing"},
		{"invalid", func(d *eligibility.Decision) {
			d.Verdict, d.Rank, d.Reasons = eligibility.Invalid, 0, []eligibility.Reason{{Code: "invalid-data", Msg: i18n.M("eligibility.invalid-data", 1, i18n.List{"C3"})}}
		}, roster.Day{}, Approved, "invalid-data"},
		{"held on the evaluation form, final", func(d *eligibility.Decision) {
			d.Verdict, d.Held, d.Reasons = eligibility.Pending, true, []eligibility.Reason{waits(eligibility.CodeReviewHardshipEnded)}
		}, day(11, 1), Final, eligibility.CodeReviewHardshipEnded},
		{"held under objection", func(d *eligibility.Decision) {
			d.Verdict, d.Held, d.Reasons = eligibility.Pending, true, []eligibility.Reason{waits(eligibility.CodeObjectionPending)}
			d.Applicant.Objection = roster.ObjectionPending
		}, day(11, 1), Noticed, NextObjection},
	} {
		d := decision(3, done(tc.notice, ""))
		tc.edit(&d)
		c := Follow([]eligibility.Decision{d}, nil, Options{AsOf: asOf, NoticeDays: 7})[0]
		if c.Stage != tc.stage || c.Next.Code != tc.next {
			t.Errorf("%s: stage %s next %q; want %s %q", tc.name, c.Stage, c.Next.Code, tc.stage, tc.next)
		}
		if c.Next.Code != "" && strings.HasPrefix(c.Next.Msg.In(i18n.ZH), "eligibility.") {
			t.Errorf("%s: no message", tc.name)
		}
	}
}
