package eligibility

import (
	"slices"
	"strings"
	"testing"

	"relief/i18n"
	"relief/roster"
)

func TestApplyReview(t *testing.T) {
	ids := []string{"15082419820916107X", "150824197503122026", "150824196805201315", "150824199011052243", "150824195512300155", "150824198808080466"}
	var as []roster.Applicant
	for i, id := range ids {
		a := good()
		a.Row, a.IDNumber, a.Name = 5+i, id, []string{"甲", "乙", "丙", "丁", "戊", "己"}[i]
		as = append(as, a)
	}
	wb := workbook(as...)
	ds, _ := Decide(wb, nil, asOf)
	info := &roster.SheetInfo{File: "考评表.xlsx", Name: "考评表", Columns: map[string]int{"name": 2, "out_of_poverty": 6, "conduct": 7}}
	row := func(n int, name, id, masked, goes, out, conduct string, invalid bool) roster.ReviewRow {
		return roster.ReviewRow{Row: n, Name: name, IDNumber: id, MaskedID: masked, HardshipContinues: goes, OutOfPoverty: out,
			Conduct: conduct, Sheet: info, Invalid: invalid, ReviewedOn: day(2026, 7, 15), Reviewer: "王建国"}
	}
	form := &roster.ReviewForm{Path: "考评表.xlsx", Sheet: info, Rows: []roster.ReviewRow{
		row(4, "甲", ids[0], "", roster.Yes, roster.No, roster.ConductPoor, false), // evaluated, conduct poor: a warning
		row(5, "乙", "", "150824********2026", roster.Yes, roster.Yes, "", false),  // 脱贫, by the masked number and the name
		row(6, "丙", ids[2], "", roster.No, roster.No, "", false),                  // hardship ended but not 脱贫: pending
		row(7, "丁", ids[3], "", "", "", "", true),                                 // unreadable: pending
		row(8, "庚", "", "150824********0000", roster.Yes, roster.No, "", false),   // nobody
		row(9, "甲", ids[0], "", roster.Yes, roster.Yes, "", false),                // twice: the first row counts
		row(10, "戊", "", "150824********0155", roster.Yes, "", "", false),         // on the form, 是否脱贫 not yet filled
	}}
	out := ApplyReview(ds, form)
	want := []struct {
		v     Verdict
		codes []string
	}{
		{Eligible, nil},
		{Ineligible, []string{"out-of-poverty-review"}},
		{Pending, []string{"review-hardship-ended"}},
		{Pending, []string{"review-unreadable"}},
		{Eligible, nil},
		{Eligible, nil},
	}
	for i, w := range want {
		if ds[i].Verdict != w.v || !slices.Equal(codes(ds[i].Reasons), w.codes) {
			t.Errorf("%s: %s %v; want %s %v", ds[i].Applicant.Name, ds[i].Verdict, codes(ds[i].Reasons), w.v, w.codes)
		}
	}
	if r := ds[1].Reasons[0]; r.Clause != "§6.4" {
		t.Errorf("clause %s", r.Clause)
	}
	var got []string
	for _, p := range out.Problems {
		got = append(got, p.Code+"@"+p.Cell)
	}
	if !slices.Equal(got, []string{"review-conduct@G4", "review-unmatched@B8", "review-duplicate@B9"}) {
		t.Errorf("problems %v", got)
	}

	// After the budget: every recipient evaluated, or a warning.
	for i := range ds {
		if ds[i].Verdict == Eligible {
			ds[i].Rank = i + 1
		}
	}
	got = nil
	for _, p := range out.Gaps(ds) {
		got = append(got, p.Code+":"+p.Value)
	}
	if !slices.Equal(got, []string{"evaluation-not-done:戊", "evaluation-missing:己"}) {
		t.Errorf("gaps %v", got)
	}
}

func TestMaskedMatches(t *testing.T) {
	for _, tc := range []struct {
		masked, id string
		want       bool
	}{
		{"150824********107X", "15082419820916107X", true},
		{"150824********107X", "15082419820916108X", false},
		{"15082419820916107X", "15082419820916107X", false}, // not masked: compared whole elsewhere
		{"150824****107X", "15082419820916107X", false},
		{"", "", false},
	} {
		if got := maskedMatches(tc.masked, tc.id); got != tc.want {
			t.Errorf("maskedMatches(%q, %q) = %v", tc.masked, tc.id, got)
		}
	}
}

func TestIsRecipient(t *testing.T) {
	a := good()
	for _, tc := range []struct {
		d    *Decision
		want bool
	}{
		{&Decision{Applicant: &a, Verdict: Eligible, Rank: 1}, true},
		{&Decision{Applicant: &a, Verdict: Eligible}, false},
		{&Decision{Applicant: &a, Verdict: Waitlisted, Rank: 3}, false},
		{&Decision{Verdict: Eligible, Rank: 1}, false},
		{nil, false},
	} {
		if got := IsRecipient(tc.d); got != tc.want {
			t.Errorf("IsRecipient(%+v) = %v", tc.d, got)
		}
	}
}

// A recipient pending on the evaluation form alone holds the seat, as an
// objection under review does; with another wait, or excluded, not. An
// unreadable row's reason cites the cells that could not be read.
func TestReviewHoldsPlace(t *testing.T) {
	info := &roster.SheetInfo{File: "考评表.xlsx", Name: "考评表", Columns: map[string]int{"name": 2, "hardship_continues": 7, "out_of_poverty": 8, "conduct": 9}}
	for _, tc := range []struct {
		name  string
		row   roster.ReviewRow
		edit  func(d *Decision)
		holds bool
		says  string
	}{
		{"hardship ended", roster.ReviewRow{HardshipContinues: roster.No, OutOfPoverty: roster.No}, nil, true, "考评表!H9"},
		{"conduct unreadable", roster.ReviewRow{Invalid: true, Unreadable: []string{"I9"}}, nil, true, "（考评表!I9，见数据问题）"},
		{"two cells unreadable", roster.ReviewRow{Invalid: true, Unreadable: []string{"G9", "I9"}}, nil, true, "（考评表!G9、考评表!I9，见数据问题）"},
		{"unreadable, no cell named", roster.ReviewRow{Invalid: true}, nil, true, "（考评表!H9，见数据问题）"},
		{"under objection too", roster.ReviewRow{Invalid: true, Unreadable: []string{"I9"}}, func(d *Decision) {
			d.Verdict, d.Reasons = Pending, []Reason{{Code: CodeObjectionPending, Waits: true}}
		}, true, ""},
		{"another wait", roster.ReviewRow{Invalid: true, Unreadable: []string{"I9"}}, func(d *Decision) {
			d.Verdict, d.Reasons = Pending, []Reason{{Code: "vote-missing", Waits: true}}
		}, false, ""},
		{"out of poverty", roster.ReviewRow{HardshipContinues: roster.No, OutOfPoverty: roster.Yes}, nil, false, ""},
	} {
		a := good()
		ds, _ := Decide(workbook(a), nil, asOf)
		if tc.edit != nil {
			tc.edit(&ds[0])
		}
		row := tc.row
		row.Row, row.Name, row.IDNumber, row.Sheet = 9, a.Name, a.IDNumber, info
		ApplyReview(ds, &roster.ReviewForm{Sheet: info, Rows: []roster.ReviewRow{row}})
		d := &ds[0]
		if last := d.Reasons[len(d.Reasons)-1]; last.Waits != (d.Verdict == Pending) {
			t.Errorf("%s: %s reason %s waits %v", tc.name, d.Verdict, last.Code, last.Waits)
		}
		if HoldsPlace(d) != tc.holds {
			t.Errorf("%s: %s %v holds %v", tc.name, d.Verdict, codes(d.Reasons), !tc.holds)
		}
		if tc.says != "" {
			last := d.Reasons[len(d.Reasons)-1]
			if msg := last.Msg.In(i18n.ZH); !strings.Contains(msg, tc.says) {
				t.Errorf("%s: %q does not cite %q", tc.name, msg, tc.says)
			}
		}
	}
}
