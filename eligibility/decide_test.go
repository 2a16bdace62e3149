package eligibility

import (
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"relief/i18n"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

const validID = "15082419820916107X"

func n(v int) *int { return &v }

func day(y int, m time.Month, d int) roster.Day { return roster.Day{Y: y, M: m, D: d} }

var (
	applied = day(2026, 9, 1)
	asOf    = day(2026, 9, 20)
)

// good is an applicant who passes every rule under the default policy.
func good() roster.Applicant {
	return roster.Applicant{
		Row: 5, Name: "张三", IDNumber: validID, Township: "海流图镇", Branch: "第一党支部",
		AppliedOn: applied, HardshipCauses: []string{roster.CauseIllness}, HardshipLevel: roster.LevelMarked, Objection: roster.None,
		Votes: roster.Votes{Voters: n(20), Present: n(18), For: n(15), Against: n(2), Abstain: n(1)},
	}
}

func workbook(as ...roster.Applicant) *roster.Workbook {
	return &roster.Workbook{
		Path:       "t.xlsx",
		Applicants: as,
		Sheets: map[string]*roster.SheetInfo{
			"applicants": {Name: "申报表", HeaderRow: 3, Columns: map[string]int{"name": 2, "id_number": 3, "township": 4, "branch": 5,
				"applied_on": 8, "hardship_causes": 12, "hardship_level": 13, "misconduct": 15, "voters": 19, "present": 20,
				"approved_on": 26}},
		},
	}
}

func decideOne(t *testing.T, a roster.Applicant, p *policy.Policy) Decision {
	t.Helper()
	ds, _ := Decide(workbook(a), p, asOf)
	if len(ds) != 1 {
		t.Fatalf("%d decisions", len(ds))
	}
	return ds[0]
}

func codes(rs []Reason) []string {
	var cs []string
	for _, r := range rs {
		cs = append(cs, r.Code)
	}
	return cs
}

func withPolicy(yaml string) *policy.Policy {
	p, err := policy.Parse("t.yaml", []byte(yaml))
	if err != nil {
		panic(err)
	}
	return p
}

func TestDecide(t *testing.T) {
	votes := func(voters, present, vfor, against, abstain *int) func(*roster.Applicant) {
		return func(a *roster.Applicant) {
			a.Votes = roster.Votes{Voters: voters, Present: present, For: vfor, Against: against, Abstain: abstain}
		}
	}
	for _, tc := range []struct {
		name    string
		edit    func(*roster.Applicant)
		policy  string // YAML; "" = the defaults
		verdict Verdict
		codes   []string
		clauses []string
	}{
		{"all good", func(a *roster.Applicant) {}, "", Eligible, nil, nil},
		{"conduct", func(a *roster.Applicant) { a.Misconduct = []string{roster.Gambling}; a.MisconductText = "赌博" },
			"", Ineligible, []string{"conduct"}, []string{"§4.1"}},
		{"no cause", func(a *roster.Applicant) { a.HardshipCauses = nil }, "", Ineligible, []string{"no-hardship-cause"}, []string{"§4.2, §4.3"}},
		{"no self-care alone waits", func(a *roster.Applicant) { a.HardshipCauses = []string{roster.CauseNoSelfCare} },
			"", Pending, []string{"self-care-incomplete"}, []string{"§4.3"}},
		{"children's low support alone waits", func(a *roster.Applicant) { a.HardshipCauses = []string{roster.CauseChildrenLow} },
			"", Pending, []string{"self-care-incomplete"}, []string{"§4.3"}},
		{"§4.3's two conditions", func(a *roster.Applicant) {
			a.HardshipCauses = []string{roster.CauseNoSelfCare, roster.CauseChildrenLow}
		}, "", Eligible, nil, nil},
		{"no self-care with a §4.2 cause", func(a *roster.Applicant) {
			a.HardshipCauses = []string{roster.CauseIllness, roster.CauseNoSelfCare}
		}, "", Eligible, nil, nil},
		{"no self-care alone, and no vote", func(a *roster.Applicant) {
			a.HardshipCauses = []string{roster.CauseNoSelfCare}
			a.Votes = roster.Votes{}
		}, "", Pending, []string{"self-care-incomplete", "vote-missing"}, nil},

		// Conduct: the policy says which breaches exclude; unclear text waits.
		{"family planning excluded by default", func(a *roster.Applicant) { a.Misconduct = []string{roster.FamilyPlan} },
			"", Ineligible, []string{"conduct"}, []string{"§4.1"}},
		{"family planning dropped by the banner", func(a *roster.Applicant) { a.Misconduct = []string{roster.FamilyPlan} },
			"conduct: {exclude: [赌博, 吸毒, 其他违纪违法]}", Eligible, nil, nil},
		{"dropped and kept", func(a *roster.Applicant) { a.Misconduct = []string{roster.FamilyPlan, roster.OtherBreach} },
			"conduct: {exclude: [赌博, 吸毒, 其他违纪违法]}", Ineligible, []string{"conduct"}, nil},
		{"conduct unclear", func(a *roster.Applicant) {
			a.ConductUnclear = true
			a.MisconductText = "曾因赌博被拘留，已期满"
		},
			"", Pending, []string{"conduct-unclear"}, []string{"§4.1"}},
		{"a plain breach outranks unclear", func(a *roster.Applicant) {
			a.ConductUnclear, a.Misconduct = true, []string{roster.Drugs}
		}, "", Ineligible, []string{"conduct"}, nil},

		// The level: the township's proposal (§5 step 4).
		{"level blank", func(a *roster.Applicant) { a.HardshipLevel = "" }, "", Pending, []string{"level-missing"}, []string{"§5.4"}},
		{"level blank, default set", func(a *roster.Applicant) { a.HardshipLevel = "" }, "amount: {default_level: 一般困难}", Eligible, nil, nil},
		{"level blank and ineligible", func(a *roster.Applicant) { a.HardshipLevel = ""; a.OutOfPoverty = true },
			"", Ineligible, []string{"level-missing", "out-of-poverty"}, nil},

		// Figures that contradict each other (the reader makes such a row
		// invalid; one made by hand waits).
		{"more votes than present", votes(n(20), n(10), n(9), n(2), n(0)), "", Pending, []string{"votes-inconsistent"}, []string{"§5.3"}},
		{"more present than voters", votes(n(20), n(21), n(15), n(2), n(0)), "", Pending, []string{"votes-inconsistent"}, nil},
		{"laziness", func(a *roster.Applicant) { a.Exclusion = []string{roster.ExclLaziness} }, "", Ineligible, []string{"excluded-laziness"}, []string{"§4.5"}},
		{"children", func(a *roster.Applicant) { a.Exclusion = []string{roster.ExclChildren} }, "", Ineligible, []string{"excluded-children-support"}, []string{"§4.5"}},
		{"dues", func(a *roster.Applicant) { a.Exclusion = []string{roster.ExclDues} }, "", Ineligible, []string{"excluded-dues"}, []string{"§4.5"}},
		{"all three exclusions", func(a *roster.Applicant) {
			a.Exclusion = []string{roster.ExclDues, roster.ExclLaziness, roster.ExclChildren}
		}, "", Ineligible, []string{"excluded-laziness", "excluded-children-support", "excluded-dues"}, nil},
		{"out of poverty", func(a *roster.Applicant) { a.OutOfPoverty = true }, "", Ineligible, []string{"out-of-poverty"}, []string{"§6.4"}},
		{"other aid never excludes", func(a *roster.Applicant) {
			a.OtherAid = []string{roster.AidCivil, roster.AidPoverty, roster.AidFamily}
		}, "", Eligible, nil, nil},

		// Income: income > line × size, exactly.
		{"income at the line", func(a *roster.Applicant) { a.HouseholdIncome = amt(money.Yuan(10800)); a.HouseholdSize = n(3) },
			"income: {line: 3600}", Eligible, nil, nil},
		{"income a fen above", func(a *roster.Applicant) { a.HouseholdIncome = amt(money.Yuan(10800) + 1); a.HouseholdSize = n(3) },
			"income: {line: 3600}", Ineligible, []string{"income-above-line"}, []string{"§6.3.2"}},
		{"income not checked at line 0", func(a *roster.Applicant) { a.HouseholdIncome = amt(money.Yuan(999999)); a.HouseholdSize = n(1) },
			"", Eligible, nil, nil},
		{"income without size", func(a *roster.Applicant) { a.HouseholdIncome = amt(money.Yuan(999999)) },
			"income: {line: 3600}", Eligible, nil, nil},

		// Votes.
		{"no vote", votes(nil, nil, nil, nil, nil), "", Pending, []string{"vote-missing"}, []string{"§5.3"}},
		{"13 of 20 present is 65%", votes(n(24), n(20), n(13), n(7), n(0)), "", Eligible, nil, nil},
		{"12 of 19 present is under 65%", votes(n(22), n(19), n(12), n(7), n(0)), "", Ineligible, []string{"vote-below-threshold"}, []string{"§6.3.3"}},
		{"64 of 99 is under 65%", votes(n(100), n(99), n(64), n(35), n(0)), "", Ineligible, []string{"vote-below-threshold"}, nil},
		{"present exactly half: no quorum", votes(n(20), n(10), n(10), n(0), n(0)), "", Pending, []string{"vote-no-quorum"}, []string{"党章"}},
		{"present one more than half", votes(n(20), n(11), n(11), n(0), n(0)), "", Eligible, nil, nil},
		{"quorum off", votes(n(20), n(10), n(10), n(0), n(0)), "vote: {quorum: false, majority: false}", Eligible, nil, nil},
		{"for exactly half of voters: no majority", votes(n(20), n(12), n(10), n(2), n(0)), "", Ineligible, []string{"vote-no-majority"}, []string{"党章"}},
		{"for one more than half", votes(n(20), n(12), n(11), n(1), n(0)), "", Eligible, nil, nil},
		{"majority off", votes(n(20), n(12), n(10), n(2), n(0)), "vote: {majority: false}", Eligible, nil, nil},
		{"no majority and under threshold", votes(n(20), n(18), n(10), n(8), n(0)), "", Ineligible, []string{"vote-no-majority", "vote-below-threshold"}, nil},
		{"no quorum hides the rest", votes(n(20), n(8), n(2), n(6), n(0)), "", Pending, []string{"vote-no-quorum"}, nil},
		{"base voters: 13 of 20", votes(n(20), n(15), n(13), n(2), n(0)), "vote: {base: voters}", Eligible, nil, nil},
		{"base voters: 12 of 19", votes(n(19), n(13), n(12), n(1), n(0)), "vote: {base: voters}", Ineligible, []string{"vote-below-threshold"}, nil},
		{"base cast: 13 of 20", votes(n(30), n(25), n(13), n(4), n(3)), "vote: {base: cast, majority: false}", Eligible, nil, nil},
		{"base cast: 12 of 19", votes(n(30), n(25), n(12), n(4), n(3)), "vote: {base: cast, majority: false}", Ineligible, []string{"vote-below-threshold"}, nil},
		{"base cast needs against and abstain", votes(n(30), n(25), n(20), nil, nil), "vote: {base: cast}", Pending, []string{"vote-missing"}, nil},
		{"voters missing: quorum unknown", votes(nil, n(20), n(18), n(2), n(0)), "", Pending, []string{"vote-missing"}, nil},
		{"voters missing, quorum and majority off", votes(nil, n(20), n(18), n(2), n(0)), "vote: {quorum: false, majority: false}", Eligible, nil, nil},
		{"present missing, quorum off: threshold unknown", votes(n(20), nil, n(18), n(2), n(0)), "vote: {quorum: false}", Pending, []string{"vote-missing"}, nil},
		{"failed majority outranks missing figures", votes(n(20), nil, n(5), nil, nil), "vote: {quorum: false}", Ineligible, []string{"vote-no-majority", "vote-missing"}, nil},
		{"threshold 70%", votes(n(20), n(20), n(13), n(7), n(0)), "vote: {threshold: 70%}", Ineligible, []string{"vote-below-threshold"}, nil},
		{"threshold 100%", votes(n(20), n(20), n(20), n(0), n(0)), "vote: {threshold: 1}", Eligible, nil, nil},
		{"present 0, quorum off", votes(n(0), n(0), n(0), n(0), n(0)), "vote: {quorum: false, majority: false}", Ineligible, []string{"vote-below-threshold"}, nil},

		// Objections.
		{"objection pending", func(a *roster.Applicant) { a.Objection = roster.ObjectionPending }, "", Pending, []string{"objection-pending"}, []string{"§6.3.5"}},
		{"objection upheld", func(a *roster.Applicant) { a.Objection = roster.ObjectionUpheld }, "", Ineligible, []string{"objection-upheld"}, []string{"§6.3.5"}},
		{"objection rejected", func(a *roster.Applicant) { a.Objection = roster.ObjectionRejected }, "", Eligible, nil, nil},
		{"empty objection", func(a *roster.Applicant) { a.Objection = "" }, "", Eligible, nil, nil},

		// Precedence: ineligible outranks pending, and every reason is listed.
		{"ineligible and pending", func(a *roster.Applicant) {
			a.OutOfPoverty = true
			a.Objection = roster.ObjectionPending
			a.Votes = roster.Votes{}
		}, "", Ineligible, []string{"vote-missing", "objection-pending", "out-of-poverty"}, nil},
		{"invalid outranks all", func(a *roster.Applicant) {
			a.Invalid = true
			a.OutOfPoverty = true
			a.Misconduct = []string{roster.Drugs}
		}, "", Invalid, []string{"invalid-data"}, []string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := good()
			tc.edit(&a)
			p := policy.Default()
			if tc.policy != "" {
				p = withPolicy(tc.policy)
			}
			d := decideOne(t, a, p)
			if d.Verdict != tc.verdict || !slices.Equal(codes(d.Reasons), tc.codes) {
				t.Errorf("verdict %s %v, want %s %v", d.Verdict, codes(d.Reasons), tc.verdict, tc.codes)
				for _, r := range d.Reasons {
					t.Log(r.Msg.In(i18n.ZH))
				}
			}
			for i, c := range tc.clauses {
				if i < len(d.Reasons) && d.Reasons[i].Clause != c {
					t.Errorf("clause of %s = %q, want %q", d.Reasons[i].Code, d.Reasons[i].Clause, c)
				}
			}
			for _, r := range append(d.Reasons, d.Info...) {
				for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
					if s := r.Msg.In(l); !i18n.Has(r.Msg.Key) || strings.Contains(s, "%!") {
						t.Errorf("%s: message %q", r.Code, s)
					}
				}
			}
		})
	}
}

func amt(a money.Amount) *money.Amount { return &a }

func TestMessagesNameWhatWasRecorded(t *testing.T) {
	a := good()
	a.Misconduct = []string{roster.OtherBreach}
	a.MisconductText = "酒后驾驶"
	a.HouseholdIncome, a.HouseholdSize = amt(money.Yuan(10000)), n(2)
	a.Votes = roster.Votes{Voters: n(30), Present: n(19), For: n(12), Against: n(7), Abstain: n(0)}
	d := decideOne(t, a, withPolicy("income: {line: 3600}"))
	all := ""
	for _, r := range d.Reasons {
		all += r.Msg.In(i18n.ZH) + "\n"
	}
	for _, want := range []string{"酒后驾驶", "10,000.00", "人均 5,000.00 元", "3,600.00", "赞成 12 票", "实到人数 19 人", "63.1%", "低于 65%"} {
		if !strings.Contains(all, want) {
			t.Errorf("messages do not say %q:\n%s", want, all)
		}
	}

	a = good()
	a.Votes = roster.Votes{Voters: n(20), Present: n(15)}
	d = decideOne(t, a, nil)
	if len(d.Reasons) != 1 || !strings.Contains(d.Reasons[0].Msg.In(i18n.ZH), "赞成票") {
		t.Errorf("vote-missing does not name 赞成票: %v", d.Reasons)
	}
}

func TestInfo(t *testing.T) {
	a := good()
	a.OtherAid = []string{roster.AidCivil, roster.AidPoverty}
	d := decideOne(t, a, withPolicy("income: {line: 3600}"))
	if got := codes(d.Info); !slices.Equal(got, []string{"income-unchecked", "other-aid"}) {
		t.Errorf("info %v", got)
	}
	if d.Info[1].Clause != "§4.4" || !strings.Contains(d.Info[1].Msg.In(i18n.ZH), "民政、扶贫") {
		t.Errorf("other aid %+v %s", d.Info[1], d.Info[1].Msg.In(i18n.ZH))
	}
}

func TestNotAMember(t *testing.T) {
	a := good()
	other := good()
	other.IDNumber, other.Row = "150824198001010011", 6
	wb := workbook(a, other)
	// Without a roster nobody is checked.
	ds, _ := Decide(wb, nil, asOf)
	if ds[0].Verdict != Eligible || ds[1].Verdict != Eligible {
		t.Errorf("without a roster: %s %s", ds[0].Verdict, ds[1].Verdict)
	}
	// A members sheet without members is not a full roster either.
	wb.HasRoster = true
	ds, _ = Decide(wb, nil, asOf)
	if ds[1].Verdict != Eligible {
		t.Errorf("empty roster: %s", ds[1].Verdict)
	}
	wb.Members = roster.NewMemberList(roster.Member{Row: 4, Name: "张三", IDNumber: validID})
	ds, _ = Decide(wb, nil, asOf)
	if ds[0].Verdict != Eligible {
		t.Errorf("member: %s %v", ds[0].Verdict, codes(ds[0].Reasons))
	}
	if ds[1].Verdict != Ineligible || !slices.Equal(codes(ds[1].Reasons), []string{"not-a-member"}) || ds[1].Reasons[0].Clause != "§2" {
		t.Errorf("not a member: %s %v", ds[1].Verdict, ds[1].Reasons)
	}
}

func TestInvalidPointsAtProblems(t *testing.T) {
	a := good()
	a.Invalid = true
	a.Row = 9
	wb := workbook(a)
	wb.Problems = []roster.Problem{
		{Severity: roster.SevError, Code: "id-checksum", Sheet: "申报表", Cell: "C9", Row: 9},
		{Severity: roster.SevWarning, Code: "gender-mismatch", Sheet: "申报表", Cell: "D9", Row: 9},
		{Severity: roster.SevError, Code: "bad-date", Sheet: "申报表", Cell: "H9", Row: 9},
		{Severity: roster.SevError, Code: "bad-date", Sheet: "申报表", Cell: "H10", Row: 10},
		{Severity: roster.SevError, Code: "id-checksum", Sheet: "党员名册", Cell: "C9", Row: 9},
	}
	ds, warns := DecideYear(wb, nil, day(2027, 1, 1), 2026)
	d := ds[0]
	// Judged no further, but late all the same (§5.6).
	if d.Verdict != Invalid || len(d.Reasons) != 1 || len(warns) != 1 || warns[0].Code != "deadline-exceeded" {
		t.Fatalf("%s %v %v", d.Verdict, d.Reasons, warns)
	}
	if msg := d.Reasons[0].Msg.In(i18n.ZH); !strings.Contains(msg, "2 处") || !strings.Contains(msg, "C9、H9") {
		t.Errorf("message %q", msg)
	}
	if d.DueOn != applied.AddDays(60) {
		t.Errorf("due %s", d.DueOn)
	}
}

func TestDeadline(t *testing.T) {
	due := applied.AddDays(60) // 2026-10-31
	if due != day(2026, 10, 31) {
		t.Fatalf("due %s", due)
	}
	for _, tc := range []struct {
		name     string
		approved roster.Day
		asOf     roster.Day
		policy   string
		code     string // "" = no warning
		days     int    // the day count in the message's arguments, if any
	}{
		{"approved on day 60", applied.AddDays(60), day(2027, 1, 1), "", "", 0},
		{"approved on day 61", applied.AddDays(61), day(2027, 1, 1), "", "deadline-exceeded", 1},
		{"approved early", applied.AddDays(10), day(2027, 1, 1), "", "", 0},
		{"not approved, due today", roster.Day{}, due, "", "deadline-near", 0},
		{"not approved, a day late", roster.Day{}, due.AddDays(1), "", "deadline-exceeded", 1},
		{"not approved, 7 days left", roster.Day{}, due.AddDays(-7), "", "deadline-near", 7},
		{"not approved, 8 days left", roster.Day{}, due.AddDays(-8), "", "", 0},
		{"warn_days 10", roster.Day{}, due.AddDays(-10), "deadline: {warn_days: 10}", "deadline-near", 10},
		{"warn_days 0", roster.Day{}, due, "deadline: {warn_days: 0}", "", 0},
		{"days 90", roster.Day{}, due.AddDays(1), "deadline: {days: 90}", "", 0},
		{"days 90, late", applied.AddDays(91), day(2027, 1, 1), "deadline: {days: 90}", "deadline-exceeded", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := good()
			a.ApprovedOn = tc.approved
			p := policy.Default()
			if tc.policy != "" {
				p = withPolicy(tc.policy)
			}
			ds, warns := DecideYear(workbook(a), p, tc.asOf, 2026)
			if ds[0].DueOn != applied.AddDays(p.Deadline.Days) {
				t.Errorf("due %s", ds[0].DueOn)
			}
			if tc.code == "" {
				if len(warns) != 0 {
					t.Errorf("warnings %v", warns)
				}
				return
			}
			if len(warns) != 1 {
				t.Fatalf("warnings %v, want %s", warns, tc.code)
			}
			w := warns[0]
			if w.Code != tc.code || w.Severity != roster.SevWarning || w.Sheet != "申报表" || w.Cell != "Z5" || w.Row != 5 || w.Field != "approved_on" {
				t.Errorf("warning %+v", w)
			}
			if !slices.Contains(w.Msg.Args, any(tc.days)) {
				t.Errorf("%s: message %q does not count %d days", tc.code, w.Msg.In(i18n.ZH), tc.days)
			}
			if s := w.Msg.In(i18n.EN); strings.Contains(s, "%!") {
				t.Errorf("message %q", s)
			}
		})
	}
}

// The deadline warning falls back to the application date's cell when the
// sheet has no 审定日期 column, and uses the sheet's default name when the
// workbook does not say.
func TestDeadlineCellFallback(t *testing.T) {
	a := good()
	wb := workbook(a)
	delete(wb.Sheets["applicants"].Columns, "approved_on")
	_, warns := DecideYear(wb, nil, day(2027, 1, 1), 2026)
	if len(warns) != 1 || warns[0].Cell != "H5" || warns[0].Field != "applied_on" || warns[0].Value != "2026-09-01" {
		t.Errorf("%+v", warns)
	}
	wb.Sheets, wb.Applicants[0].Sheet = nil, nil
	_, warns = DecideYear(wb, nil, day(2027, 1, 1), 2026)
	if len(warns) != 1 || warns[0].Sheet != roster.Applicants.Name || warns[0].Cell != "" {
		t.Errorf("%+v", warns)
	}
}

func TestTallyVotes(t *testing.T) {
	p := policy.Default().Vote
	tl := TallyVotes(roster.Votes{Voters: n(20), Present: n(20), For: n(13), Against: n(5), Abstain: n(2)}, p)
	if !tl.Recorded || !tl.Quorum || !tl.Majority || !tl.Threshold || !tl.Passed || tl.Base != 20 || len(tl.Missing) != 0 {
		t.Errorf("%+v", tl)
	}
	if r, ok := tl.RateTenths(); !ok || r != 650 || FormatTenths(r) != "65.0" {
		t.Errorf("rate %d %v", r, ok)
	}
	tl = TallyVotes(roster.Votes{Voters: n(30), Present: n(19), For: n(12)}, p)
	if r, _ := tl.RateTenths(); FormatTenths(r) != "63.1" || tl.Threshold || tl.Passed {
		t.Errorf("12/19: %+v", tl)
	}
	// A rate just under the threshold never shows as reaching it.
	tl = TallyVotes(roster.Votes{Voters: n(3000), Present: n(2000), For: n(1299)}, p)
	if r, _ := tl.RateTenths(); FormatTenths(r) != "64.9" || tl.Threshold {
		t.Errorf("1299/2000: %d %+v", r, tl)
	}
	tl = TallyVotes(roster.Votes{}, p)
	if tl.Recorded || tl.Passed || tl.QuorumCheck != CheckMissing || !slices.Equal(tl.Missing, []string{"voters", "present", "votes_for"}) {
		t.Errorf("nothing: %+v", tl)
	}
	if _, ok := tl.RateTenths(); ok {
		t.Error("rate without figures")
	}
	p.Quorum, p.Majority, p.Base = false, false, "cast"
	tl = TallyVotes(roster.Votes{For: n(13), Against: n(7)}, p)
	if tl.QuorumCheck != CheckOff || tl.MajorityCheck != CheckOff || tl.ThresholdCheck != CheckMissing || !slices.Equal(tl.Missing, []string{"abstentions"}) {
		t.Errorf("cast: %+v", tl)
	}
}

func TestFormatTenths(t *testing.T) {
	for in, want := range map[int]string{0: "0.0", 5: "0.5", 650: "65.0", 1000: "100.0", -5: "-0.5"} {
		if got := FormatTenths(in); got != want {
			t.Errorf("%d: %s", in, got)
		}
	}
}

// The displayed rate is the exact rate rounded down to a tenth of a
// percent, and the threshold agrees with the exact comparison.
func TestRateProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		present := rapid.IntRange(1, 5000).Draw(t, "present")
		vfor := rapid.IntRange(0, present).Draw(t, "for")
		tl := TallyVotes(roster.Votes{Voters: n(present), Present: n(present), For: n(vfor)}, policy.Default().Vote)
		tenths, ok := tl.RateTenths()
		if !ok {
			t.Fatal("no rate")
		}
		exact := big.NewRat(int64(vfor)*1000, int64(present))
		if big.NewRat(int64(tenths), 1).Cmp(exact) > 0 || big.NewRat(int64(tenths+1), 1).Cmp(exact) <= 0 {
			t.Fatalf("%d/%d shown as %s", vfor, present, FormatTenths(tenths))
		}
		if want := big.NewRat(int64(vfor), int64(present)).Cmp(big.NewRat(65, 100)) >= 0; tl.Threshold != want {
			t.Fatalf("%d/%d threshold %v", vfor, present, tl.Threshold)
		}
	})
}

// §5.6 applies to every application with a date: a row with an error is
// late all the same. An approval recorded before the survey or the review
// (step-missing, which makes the row invalid) does not close the case.
func TestDeadlineInvalidRows(t *testing.T) {
	due := applied.AddDays(60)
	for _, tc := range []struct {
		name     string
		edit     func(a *roster.Applicant)
		asOf     roster.Day
		code     string // "" = no warning
		key      string
		value    string
		approved bool // the approval was recorded
	}{
		{"invalid, not approved, late", func(a *roster.Applicant) {}, due.AddDays(4), "deadline-exceeded", "eligibility.deadline-overdue", "", false},
		{"invalid, not approved, near", func(a *roster.Applicant) {}, due.AddDays(-3), "deadline-near", "eligibility.deadline-near", "", false},
		{"invalid, approved in time", func(a *roster.Applicant) { a.ApprovedOn = applied.AddDays(20) }, due.AddDays(4), "", "", "", true},
		{"approved without the survey, late", func(a *roster.Applicant) { a.ApprovedOn, a.SurveyedOn = applied.AddDays(20), roster.Day{} },
			due.AddDays(4), "deadline-exceeded", "eligibility.deadline-overdue-incomplete", "2026-09-21", true},
		{"approved without the review, near", func(a *roster.Applicant) { a.ApprovedOn, a.ReviewedOn = applied.AddDays(20), roster.Day{} },
			due.AddDays(-2), "deadline-near", "eligibility.deadline-near-incomplete", "2026-09-21", true},
		{"approved without the survey, in time", func(a *roster.Applicant) { a.ApprovedOn, a.SurveyedOn = applied.AddDays(20), roster.Day{} },
			due.AddDays(-30), "", "", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := good()
			a.SurveyedOn, a.ReviewedOn = applied.AddDays(5), applied.AddDays(15)
			a.Invalid = true // an error elsewhere on the row
			tc.edit(&a)
			wb := workbook(a)
			wb.Sheets["applicants"].Columns["surveyed_on"] = 21
			wb.Sheets["applicants"].Columns["reviewed_on"] = 25
			ds, warns := DecideYear(wb, nil, tc.asOf, 2026)
			if ds[0].Verdict != Invalid || ds[0].DueOn != due {
				t.Fatalf("%s due %s", ds[0].Verdict, ds[0].DueOn)
			}
			var got []roster.Problem
			for _, w := range warns {
				if strings.HasPrefix(w.Code, "deadline-") {
					got = append(got, w)
				}
			}
			if tc.code == "" {
				if len(got) != 0 {
					t.Errorf("warnings %+v", got)
				}
				return
			}
			if len(got) != 1 || got[0].Code != tc.code || got[0].Msg.Key != tc.key || got[0].Cell != "Z5" || got[0].Value != tc.value {
				t.Fatalf("warnings %+v, want %s (%s)", got, tc.code, tc.key)
			}
			if s := got[0].Msg.In(i18n.EN); strings.Contains(s, "%!") {
				t.Errorf("message %q", s)
			}
		})
	}
}
