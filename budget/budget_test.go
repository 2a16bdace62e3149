package budget

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

// testPolicy is the document's policy, built here so the tests do not
// depend on policy.Default.
func testPolicy() *policy.Policy {
	return &policy.Policy{
		Quota: policy.Quota{Rate: policy.MustRatio("0.025"), Rounding: "half-up", Scope: "banner"},
		Amount: policy.Amount{
			Base: money.Yuan(1000),
			Levels: map[string]money.Amount{
				roster.LevelSevere: money.Yuan(1500), roster.LevelMarked: money.Yuan(1000), roster.LevelModerate: money.Yuan(500),
			},
			DefaultLevel: roster.LevelMarked, Unit: money.Yuan(1), Fit: "scale",
		},
	}
}

// members returns n roster members of township, with distinct numbers
// prefixed by the township.
func members(town string, n int) []roster.Member {
	ms := make([]roster.Member, n)
	for i := range ms {
		ms[i] = roster.Member{Row: i + 2, IDNumber: fmt.Sprintf("%s-%06d", town, i), Township: town}
	}
	return ms
}

type app struct {
	town   string
	level  string
	income int64 // yuan; <0: missing
	size   int
	day    int // day of September 2026
}

// decisions builds eligible decisions from apps, rows 3, 4, ….
func decisions(apps ...app) []eligibility.Decision {
	ds := make([]eligibility.Decision, len(apps))
	for i, a := range apps {
		ap := &roster.Applicant{Row: i + 3, Name: fmt.Sprintf("申报人%d", i+1), Township: a.town, HardshipLevel: a.level,
			AppliedOn: roster.Day{Y: 2026, M: 9, D: max(a.day, 1)}}
		if a.income >= 0 {
			inc := money.Yuan(a.income)
			ap.HouseholdIncome = &inc
		}
		if a.size > 0 {
			s := a.size
			ap.HouseholdSize = &s
		}
		ds[i] = eligibility.Decision{Applicant: ap, Verdict: eligibility.Eligible}
	}
	return ds
}

func TestRoundQuota(t *testing.T) {
	for _, c := range []struct {
		members int
		rate    string
		mode    string
		want    int
	}{
		{4321, "0.025", "half-up", 108}, // 108.025
		{4321, "0.025", "floor", 108},
		{4321, "0.025", "ceil", 109},
		{4340, "0.025", "half-up", 109}, // 108.5
		{4340, "0.025", "floor", 108},
		{4340, "0.025", "ceil", 109},
		{4339, "0.025", "half-up", 108}, // 108.475
		{4320, "0.025", "ceil", 108},    // 108 exactly
		{0, "0.025", "half-up", 0},
		{19, "0.025", "half-up", 0}, // 0.475
		{20, "0.025", "half-up", 1}, // 0.5
		{4340, "0.025", "bogus", 109},
	} {
		x := new(big.Rat).Mul(big.NewRat(int64(c.members), 1), policy.MustRatio(c.rate).R)
		if got := RoundQuota(x, c.mode); got != c.want {
			t.Errorf("%d × %s %s = %d, want %d", c.members, c.rate, c.mode, got, c.want)
		}
	}
}

func TestApportion(t *testing.T) {
	for _, c := range []struct {
		name    string
		quota   int
		members []int
		names   []string
		want    []int
	}{
		{"exact", 10, []int{200, 200}, []string{"甲", "乙"}, []int{5, 5}},
		{"largest remainder", 10, []int{150, 150, 100}, []string{"甲", "乙", "丙"}, []int{4, 4, 2}}, // 3.75 3.75 2.5
		{"largest first", 1, []int{300, 100, 100, 100, 100, 100}, []string{"a", "b", "c", "d", "e", "f"}, []int{1, 0, 0, 0, 0, 0}},
		// 2 seats, three equal townships: remainders equal, members equal, by name.
		{"tie by name", 2, []int{10, 10, 10}, []string{"丙", "乙", "甲"}, []int{1, 1, 0}}, // 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532
		// 4 seats over 3, 8, 9 members: shares 0.6, 1.6, 1.8; remainders .6 .6 .8:
		// c first, then the tie between a and z goes to z (more members), not a (name).
		{"tie by members", 4, []int{3, 8, 9}, []string{"a", "z", "c"}, []int{0, 2, 2}},
		{"zero members", 3, []int{10, 0, 20}, []string{"a", "b", "c"}, []int{1, 0, 2}},
		{"no members", 3, []int{0, 0}, []string{"a", "b"}, []int{0, 0}},
		{"quota zero", 0, []int{5, 5}, []string{"a", "b"}, []int{0, 0}},
		{"alabama-free small", 3, []int{1, 1, 1, 1}, []string{"d", "c", "b", "a"}, []int{0, 1, 1, 1}},
	} {
		got := Apportion(c.quota, c.members, c.names)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: Apportion(%d, %v) = %v, want %v", c.name, c.quota, c.members, got, c.want)
		}
	}
}

func TestMembersSources(t *testing.T) {
	dup := append(members("甲镇", 3), roster.Member{Row: 9, IDNumber: "甲镇-000001", Township: "乙镇"}) // same person twice
	noID := append(members("甲镇", 2), roster.Member{Row: 9, Township: "乙镇"}, roster.Member{Row: 10, Township: "乙镇"})
	counts := []roster.TownshipCount{{Row: 3, Township: "甲镇", Members: 30}, {Row: 4, Township: "乙镇", Members: 10}, {Row: 5, Township: "甲镇", Members: 5}}
	for _, c := range []struct {
		name     string
		wb       roster.Workbook
		members  int
		source   string
		towns    string
		problems []string
	}{
		{"roster distinct ids", roster.Workbook{Members: roster.NewMemberList(dup...), HasRoster: true}, 3, FromRoster, "[甲镇:3]", nil},
		{"rows without id count", roster.Workbook{Members: roster.NewMemberList(noID...), HasRoster: true}, 4, FromRoster, "[甲镇:2 乙镇:2]", nil},
		{"counts summed", roster.Workbook{Counts: counts}, 45, FromCounts, "[甲镇:35 乙镇:10]", nil},
		{"empty roster uses counts", roster.Workbook{HasRoster: true, Counts: counts}, 45, FromCounts, "[甲镇:35 乙镇:10]", nil},
		{"roster wins, mismatch warned", roster.Workbook{Members: roster.NewMemberList(append(members("甲镇", 35), members("丙镇", 1)...)...), HasRoster: true, Counts: counts},
			36, FromRoster, "[甲镇:35 丙镇:1]", []string{"member-count-mismatch", "member-count-mismatch"}},
		{"none", roster.Workbook{}, 0, FromNone, "[]", []string{"members-missing"}},
		// One township written two ways is one township, under the name
		// on most rows (roster.Workbook.TownshipName).
		{"roster spellings", roster.Workbook{Members: roster.NewMemberList(append(append(members("甲", 2), members("甲镇", 3)...), members("乙镇", 1)...)...), HasRoster: true},
			6, FromRoster, "[甲镇:5 乙镇:1]", nil},
		{"counts spellings", roster.Workbook{Counts: []roster.TownshipCount{{Row: 3, Township: "甲镇", Members: 30}, {Row: 4, Township: "乙镇", Members: 10}, {Row: 5, Township: "甲", Members: 5}}},
			45, FromCounts, "[甲镇:35 乙镇:10]", nil},
		{"counts spelled unlike the roster", roster.Workbook{Members: roster.NewMemberList(append(members("甲镇", 35), members("乙", 10)...)...), HasRoster: true, Counts: counts},
			45, FromRoster, "[甲镇:35 乙:10]", nil},
	} {
		plan, ps := Apply(nil, &c.wb, testPolicy())
		towns := "["
		for i, tw := range plan.Townships {
			if i > 0 {
				towns += " "
			}
			towns += fmt.Sprintf("%s:%d", tw.Name, tw.Members)
		}
		towns += "]"
		var codes []string
		for _, p := range notFund(ps) {
			codes = append(codes, p.Code)
		}
		if plan.Members != c.members || plan.MembersSource != c.source || towns != c.towns || fmt.Sprint(codes) != fmt.Sprint(c.problems) {
			t.Errorf("%s: members %d from %s %s, problems %v; want %d from %s %s, %v",
				c.name, plan.Members, plan.MembersSource, towns, codes, c.members, c.source, c.towns, c.problems)
		}
	}
}

func TestMismatchLocatesCountsCell(t *testing.T) {
	wb := roster.Workbook{
		Members: roster.NewMemberList(members("甲镇", 3)...), HasRoster: true,
		Counts: []roster.TownshipCount{{Row: 4, Township: "甲镇", Members: 5}},
		Sheets: map[string]*roster.SheetInfo{"member_counts": {Name: "党员统计", Columns: map[string]int{"township": 1, "members": 2}}},
	}
	_, ps := Apply(nil, &wb, testPolicy())
	ps = notFund(ps)
	if len(ps) != 1 || ps[0].Sheet != "党员统计" || ps[0].Cell != "B4" || ps[0].Row != 4 || ps[0].Value != "5" || ps[0].Severity != roster.SevWarning {
		t.Fatalf("got %+v", ps)
	}
}

func TestRanking(t *testing.T) {
	ds := decisions(
		app{"甲镇", roster.LevelModerate, 1000, 1, 1},  // 1: moderate
		app{"甲镇", roster.LevelSevere, 9000, 3, 5},    // 2: severe, 3000/person
		app{"甲镇", roster.LevelSevere, 6000, 2, 1},    // 3: severe, 3000/person, earlier
		app{"甲镇", roster.LevelSevere, -1, 2, 1},      // 4: severe, income missing
		app{"甲镇", "", 500, 1, 1},                     // 5: default level (比较困难)
		app{"甲镇", roster.LevelSevere, 2000, 1, 1},    // 6: severe, 2000/person
		app{"甲镇", roster.LevelSevere, 6000, 2, 1},    // 7: same as 3, later row
		app{"甲镇", roster.LevelMarked, 100, 0, 1},     // 8: marked, size missing
		app{"甲镇", roster.LevelSevere, 9000, 3, 2},    // 9: severe 3000/person, day 2
		app{"甲镇", roster.LevelMarked, 100000, 10, 9}, // 10: marked 10000/person
	)
	ds = append(ds, eligibility.Decision{Applicant: &roster.Applicant{Row: 99, Township: "甲镇"}, Verdict: eligibility.Ineligible})
	wb := roster.Workbook{Members: roster.NewMemberList(members("甲镇", 1000)...), HasRoster: true}
	Apply(ds, &wb, testPolicy())
	// Expected order by applicant number.
	want := []int{6, 3, 7, 9, 2, 4, 5, 10, 8, 1}
	for pos, n := range want {
		if got := ds[n-1].Rank; got != pos+1 {
			t.Errorf("applicant %d: rank %d, want %d", n, got, pos+1)
		}
	}
	if ds[10].Rank != 0 || ds[10].Amount != 0 || ds[10].Verdict != eligibility.Ineligible {
		t.Errorf("ineligible touched: %+v", ds[10])
	}
}

func TestWaitlistBanner(t *testing.T) {
	// 120 members × 2.5 % = 3 places; 5 eligible.
	ds := decisions(
		app{"甲镇", roster.LevelModerate, 0, 1, 1},
		app{"甲镇", roster.LevelSevere, 0, 1, 1},
		app{"乙镇", roster.LevelMarked, 0, 1, 1},
		app{"乙镇", roster.LevelSevere, 0, 1, 2},
		app{"乙镇", roster.LevelModerate, 0, 1, 2},
	)
	wb := roster.Workbook{Members: roster.NewMemberList(append(members("甲镇", 60), members("乙镇", 60)...)...), HasRoster: true}
	plan, ps := Apply(ds, &wb, testPolicy())
	ps = notFund(ps)
	if plan.Quota != 3 || plan.Selected != 3 || plan.Waitlisted != 2 || plan.Eligible != 5 || len(ps) != 0 {
		t.Fatalf("plan %+v problems %v", plan, ps)
	}
	verdicts := ""
	for _, d := range ds {
		verdicts += fmt.Sprintf("%s/%d ", d.Verdict, d.Rank)
	}
	if verdicts != "waitlisted/4 eligible/1 eligible/3 eligible/2 waitlisted/5 " {
		t.Errorf("verdicts %s", verdicts)
	}
	w := ds[0]
	if len(w.Reasons) != 1 || w.Reasons[0].Code != "over-quota" || w.Reasons[0].Clause != "§2" || w.Amount != 0 {
		t.Errorf("waitlisted %+v", w)
	}
	if got := w.Reasons[0].Msg.Args; fmt.Sprint(got) != "[3 4]" {
		t.Errorf("message args %v", got)
	}
}

func TestTownshipScopeUnfillable(t *testing.T) {
	// 200 members, quota 5: 甲 100 → 2.5, 乙 60 → 1.5, 丙 40 → 1.
	// Remainders .5 .5 0: 甲 (more members) gets the seat: 3, 1, 1.
	// 丙 has no applicant: its seat goes banner-wide, to the best ranked
	// not chosen: 丁 (no members, quota 0) at rank 2.
	ds := decisions(
		app{"甲镇", roster.LevelModerate, 0, 1, 1}, // rank 4
		app{"甲镇", roster.LevelModerate, 0, 1, 2}, // rank 5
		app{"甲镇", roster.LevelModerate, 0, 1, 3}, // rank 6
		app{"甲镇", roster.LevelModerate, 0, 1, 4}, // rank 7: beyond 甲's 3
		app{"乙镇", roster.LevelSevere, 0, 1, 1},   // rank 1
		app{"乙镇", roster.LevelSevere, 0, 1, 2},   // rank 3: beyond 乙's 1
		app{"丁镇", roster.LevelSevere, 0, 1, 1},   // rank 2: 丁's quota is 0, takes 丙's seat
	)
	wb := roster.Workbook{Members: roster.NewMemberList(append(append(members("甲镇", 100), members("乙镇", 60)...), members("丙镇", 40)...)...), HasRoster: true}
	p := testPolicy()
	p.Quota.Scope = "township"
	plan, ps := Apply(ds, &wb, p)
	ps = notFund(ps)
	got := ""
	for _, tw := range plan.Townships {
		got += fmt.Sprintf("%s:%d/%s/%d/%d/%d/%d ", tw.Name, tw.Members, tw.ShareText(), tw.Quota, tw.Eligible, tw.Selected, tw.Waitlisted)
	}
	want := "甲镇:100/2.5/3/4/3/1 乙镇:60/1.5/1/2/1/1 丙镇:40/1/1/0/0/0 丁镇:0/0/0/1/1/0 "
	if got != want {
		t.Errorf("townships\n got %s\nwant %s", got, want)
	}
	if len(ps) != 1 || ps[0].Code != "township-no-members" || ps[0].Value != "丁镇" {
		t.Errorf("problems %+v", ps)
	}
	if ds[6].Verdict != eligibility.Eligible || ds[5].Verdict != eligibility.Waitlisted || ds[3].Verdict != eligibility.Waitlisted {
		t.Errorf("verdicts %v %v %v", ds[6].Verdict, ds[5].Verdict, ds[3].Verdict)
	}
	if ds[5].Rank != 3 || ds[3].Rank != 7 || ds[5].Reasons[0].Msg.Key != "budget.over-quota-township" || fmt.Sprint(ds[5].Reasons[0].Msg.Args) != "[5 3 乙镇 1]" {
		t.Errorf("ranks %d %d %v", ds[5].Rank, ds[3].Rank, ds[5].Reasons)
	}
	// Same data, scope banner: the first five by rank.
	ds2 := decisions(
		app{"甲镇", roster.LevelModerate, 0, 1, 1}, app{"甲镇", roster.LevelModerate, 0, 1, 2},
		app{"甲镇", roster.LevelModerate, 0, 1, 3}, app{"甲镇", roster.LevelModerate, 0, 1, 4},
		app{"乙镇", roster.LevelSevere, 0, 1, 1}, app{"乙镇", roster.LevelSevere, 0, 1, 2},
		app{"丁镇", roster.LevelSevere, 0, 1, 1})
	Apply(ds2, &wb, testPolicy())
	if ds2[6].Verdict != eligibility.Eligible || ds2[2].Verdict != eligibility.Waitlisted {
		t.Errorf("banner scope: %v %v", ds2[6].Verdict, ds2[2].Verdict)
	}
}

func TestAmountsAndFund(t *testing.T) {
	sixApps := func() []eligibility.Decision {
		return decisions(
			app{"甲镇", roster.LevelSevere, 0, 1, 1}, app{"甲镇", roster.LevelSevere, 0, 1, 1},
			app{"甲镇", roster.LevelMarked, 0, 1, 1}, app{"甲镇", "", 0, 1, 1},
			app{"甲镇", roster.LevelModerate, 0, 1, 1}, app{"甲镇", roster.LevelModerate, 0, 1, 1})
	}
	// need = 2×1500 + 2×1000 + 2×500 = 6000 yuan. 240 members: quota 6, quota × base = 6000.
	funds := []roster.Fund{{Row: 2, Source: "旗财政", Amount: money.Yuan(2000)}, {Row: 3, Source: "党费", Amount: money.Yuan(1000)}}
	for _, c := range []struct {
		name                                     string
		fund                                     int64 // amount.fund, yuan
		sheet                                    []roster.Fund
		hasFunds                                 bool
		fit                                      string
		unit                                     int64
		wantSource                               string
		wantFund, wantTotal, wantLeft, wantShort money.Amount
		wantSevere, wantMarked, wantModerate     money.Amount
		wantScaled                               bool
		wantProblems                             []string // codes
	}{
		{name: "quota × base suffices", fit: "scale", unit: 1, wantSource: FundQuota, wantFund: money.Yuan(6000),
			wantTotal: money.Yuan(6000), wantSevere: money.Yuan(1500), wantMarked: money.Yuan(1000), wantModerate: money.Yuan(500),
			wantProblems: []string{"warning fund-assumed"}},
		{name: "sheet total, scaled", sheet: funds, hasFunds: true, fit: "scale", unit: 1, wantSource: FundSheet, wantFund: money.Yuan(3000),
			wantTotal: money.Yuan(3000), wantSevere: money.Yuan(750), wantMarked: money.Yuan(500), wantModerate: money.Yuan(250), wantScaled: true,
			wantProblems: []string{"info fund-scaled"}},
		{name: "policy fund beats sheet", fund: 4000, sheet: funds, hasFunds: true, fit: "scale", unit: 1, wantSource: FundPolicy, wantFund: money.Yuan(4000),
			// 1500×4000/6000 = 1000, 1000 → 666.67 → 666, 500 → 333.33 → 333
			wantTotal: money.Yuan(3998), wantLeft: money.Yuan(2), wantSevere: money.Yuan(1000), wantMarked: money.Yuan(666), wantModerate: money.Yuan(333), wantScaled: true,
			wantProblems: []string{"warning fund-overridden 资金", "info fund-scaled"}},
		{name: "unit 10 yuan", fund: 4000, fit: "scale", unit: 10, wantSource: FundPolicy, wantFund: money.Yuan(4000),
			wantTotal: money.Yuan(3980), wantLeft: money.Yuan(20), wantSevere: money.Yuan(1000), wantMarked: money.Yuan(660), wantModerate: money.Yuan(330), wantScaled: true,
			wantProblems: []string{"info fund-scaled"}},
		{name: "fit none shortfall", sheet: funds, hasFunds: true, fit: "none", unit: 1, wantSource: FundSheet, wantFund: money.Yuan(3000),
			wantTotal: money.Yuan(6000), wantShort: money.Yuan(3000), wantSevere: money.Yuan(1500), wantMarked: money.Yuan(1000), wantModerate: money.Yuan(500),
			wantProblems: []string{"error fund-shortfall 资金"}},
		{name: "empty funds sheet falls back", hasFunds: true, fit: "none", unit: 1, wantSource: FundQuota, wantFund: money.Yuan(6000),
			wantTotal: money.Yuan(6000), wantSevere: money.Yuan(1500), wantMarked: money.Yuan(1000), wantModerate: money.Yuan(500),
			wantProblems: []string{"warning fund-assumed 资金"}},
		{name: "more than enough", fund: 10000, fit: "none", unit: 1, wantSource: FundPolicy, wantFund: money.Yuan(10000),
			wantTotal: money.Yuan(6000), wantLeft: money.Yuan(4000), wantSevere: money.Yuan(1500), wantMarked: money.Yuan(1000), wantModerate: money.Yuan(500)},
	} {
		p := testPolicy()
		p.Amount.Fund, p.Amount.Fit, p.Amount.Unit = money.Yuan(c.fund), c.fit, money.Yuan(c.unit)
		wb := roster.Workbook{Members: roster.NewMemberList(members("甲镇", 240)...), HasRoster: true, Funds: c.sheet, HasFunds: c.hasFunds,
			Sheets: map[string]*roster.SheetInfo{"funds": {Name: "资金"}}}
		ds := sixApps()
		plan, ps := Apply(ds, &wb, p)
		if plan.FundSource != c.wantSource || plan.Fund != c.wantFund || plan.Total != c.wantTotal || plan.Leftover != c.wantLeft ||
			plan.Shortfall != c.wantShort || plan.Scaled != c.wantScaled || plan.Need != money.Yuan(6000) {
			t.Errorf("%s: plan %+v", c.name, plan)
		}
		if ds[0].Amount != c.wantSevere || ds[1].Amount != c.wantSevere || ds[2].Amount != c.wantMarked || ds[3].Amount != c.wantMarked ||
			ds[4].Amount != c.wantModerate || ds[5].Amount != c.wantModerate {
			t.Errorf("%s: amounts %v %v %v %v %v %v", c.name, ds[0].Amount, ds[1].Amount, ds[2].Amount, ds[3].Amount, ds[4].Amount, ds[5].Amount)
		}
		var sum money.Amount
		for _, d := range ds {
			sum += d.Amount
		}
		if sum != plan.Total {
			t.Errorf("%s: amounts add up to %v, total %v", c.name, sum, plan.Total)
		}
		var got []string
		for _, pr := range ps {
			got = append(got, strings.TrimSpace(string(pr.Severity)+" "+pr.Code+" "+pr.Sheet))
			if m := pr.Msg.In(i18n.ZH); strings.Contains(m, "%!") || !i18n.Has(pr.Msg.Key) {
				t.Errorf("%s: %s %q", c.name, pr.Code, m)
			}
		}
		if !slices.Equal(got, c.wantProblems) {
			t.Errorf("%s: problems %q, want %q", c.name, got, c.wantProblems)
		}
		if c.wantSource == FundSheet && (len(plan.Funds) != 2 || plan.Funds[0].Source != "旗财政" || plan.Funds[1].Row != 3) {
			t.Errorf("%s: funds %+v", c.name, plan.Funds)
		}
		if plan.Townships[0].Amount != plan.Total {
			t.Errorf("%s: township amount %v", c.name, plan.Townships[0].Amount)
		}
		if plan.Levels[0].Level != roster.LevelSevere || plan.Levels[1].Selected != 2 || plan.Levels[0].Fitted != c.wantSevere {
			t.Errorf("%s: levels %+v", c.name, plan.Levels)
		}
	}
}

func TestNoMembersWaitlistsEveryone(t *testing.T) {
	ds := decisions(app{"甲镇", roster.LevelSevere, 0, 1, 1})
	plan, ps := Apply(ds, &roster.Workbook{}, testPolicy())
	ps = notFund(ps)
	if plan.Quota != 0 || ds[0].Verdict != eligibility.Waitlisted || ds[0].Rank != 1 || len(ps) != 1 || ps[0].Code != "members-missing" {
		t.Errorf("plan %+v, decision %+v, problems %v", plan, ds[0], ps)
	}
	if plan.Total != 0 || plan.Fund != 0 || plan.Scaled {
		t.Errorf("money %+v", plan)
	}
}

func TestQuotaExactText(t *testing.T) {
	plan, _ := Apply(nil, &roster.Workbook{Members: roster.NewMemberList(members("甲镇", 4321)...), HasRoster: true}, testPolicy())
	if plan.Quota != 108 || plan.QuotaExactText() != "108.025" || plan.Townships[0].ShareText() != "108" {
		t.Errorf("quota %d exact %s share %s", plan.Quota, plan.QuotaExactText(), plan.Townships[0].ShareText())
	}
	third := Township{Share: big.NewRat(109, 3)}
	if third.ShareText() != "36.3333" {
		t.Errorf("share %s", third.ShareText())
	}
}

// notFund drops the fund's notes (fund-assumed, fund-scaled) from the
// problems of a test about something else.
func notFund(ps []roster.Problem) []roster.Problem {
	return slices.DeleteFunc(ps, func(p roster.Problem) bool { return strings.HasPrefix(p.Code, "fund-") && p.Code != "fund-shortfall" })
}

// The fund's messages give the figures the clerk must check.
func TestFundMessages(t *testing.T) {
	ds := decisions(app{"甲镇", roster.LevelSevere, 0, 1, 1}, app{"甲镇", roster.LevelSevere, 0, 1, 1})
	wb := roster.Workbook{Members: roster.NewMemberList(members("甲镇", 120)...), HasRoster: true}
	_, ps := Apply(ds, &wb, testPolicy())
	if len(ps) != 1 || !strings.Contains(ps[0].Msg.In(i18n.ZH), "按“名额 3 名 × 基准金额 1,000.00 元”估算为 3,000.00 元") {
		t.Errorf("%+v", ps)
	}
	p := testPolicy()
	p.Amount.Fund = money.Yuan(2000)
	wb.HasFunds, wb.Funds = true, []roster.Fund{{Row: 2, Source: "旗财政", Amount: money.Yuan(5000)}}
	ds = decisions(app{"甲镇", roster.LevelSevere, 0, 1, 1}, app{"甲镇", roster.LevelSevere, 0, 1, 1})
	_, ps = Apply(ds, &wb, p)
	if len(ps) != 2 || !strings.Contains(ps[0].Msg.In(i18n.ZH), "amount.fund 计为 2,000.00 元，工作簿“资金来源”表的合计 5,000.00 元未采用") ||
		!strings.Contains(ps[1].Msg.In(i18n.ZH), "按标准需 3,000.00 元，可用资金 2,000.00 元") || ps[1].Severity != roster.SevInfo {
		t.Errorf("%+v", ps)
	}
}

// The quota counts an applicant in the decision's township (the roster's),
// not the one written on the applicants sheet.
func TestTownshipOfDecision(t *testing.T) {
	ds := decisions(app{"甲", roster.LevelSevere, 0, 1, 1})
	ds[0].Township = "甲镇"
	wb := roster.Workbook{Members: roster.NewMemberList(append(members("甲镇", 40), members("乙镇", 40)...)...), HasRoster: true}
	plan, ps := Apply(ds, &wb, testPolicy())
	if len(plan.Townships) != 2 || plan.Townships[0].Eligible != 1 || plan.Townships[0].Selected != 1 || len(notFund(ps)) != 0 {
		t.Errorf("%+v %+v", plan.Townships, ps)
	}
}

func TestMismatchLocatesCountsFile(t *testing.T) {
	a := &roster.SheetInfo{File: "乌加河镇.xlsx", Name: "党员人数", Columns: map[string]int{"township": 1, "members": 2}}
	b := &roster.SheetInfo{File: "海流图镇.xlsx", Name: "人数", Columns: map[string]int{"township": 2, "members": 3}}
	wb := roster.Workbook{
		Members: roster.NewMemberList(append(members("甲镇", 3), members("乙镇", 2)...)...), HasRoster: true,
		Counts: []roster.TownshipCount{{Row: 2, Township: "甲镇", Members: 5, Sheet: a}, {Row: 7, Township: "乙镇", Members: 9, Sheet: b}},
		Sheets: map[string]*roster.SheetInfo{"member_counts": a},
	}
	_, ps := Apply(nil, &wb, testPolicy())
	var got []string
	for _, p := range notFund(ps) {
		got = append(got, p.File+"|"+p.Sheet+"!"+p.Cell)
	}
	if fmt.Sprint(got) != "[乌加河镇.xlsx|党员人数!B2 海流图镇.xlsx|人数!C7]" {
		t.Errorf("got %v", got)
	}
}

func TestInputErrorsSeveralFiles(t *testing.T) {
	f1 := &roster.FileInfo{Path: "a.xlsx", Sheets: map[string]*roster.SheetInfo{roster.Funds.Key: {File: "a.xlsx", Name: "资金来源"}}}
	f2 := &roster.FileInfo{Path: "b.xlsx", Sheets: map[string]*roster.SheetInfo{roster.Funds.Key: {File: "b.xlsx", Name: "资金"}}}
	wb := &roster.Workbook{Files: []*roster.FileInfo{f1, f2}, Sheets: f1.Sheets, Problems: []roster.Problem{
		{Severity: roster.SevError, Code: "bad-number", File: "b.xlsx", Sheet: "资金", Cell: "B2"},
		{Severity: roster.SevError, Code: "bad-number", File: "b.xlsx", Sheet: "资金来源", Cell: "B3"}, // another sheet of b, not the funds
		{Severity: roster.SevError, Code: "funds-several-files", File: "b.xlsx", Sheet: "资金"},
		{Severity: roster.SevError, Code: "members-mixed", File: "c.xlsx", Sheet: "党员人数"},
	}}
	var cells []string
	for _, p := range InputErrors(wb, &Plan{FundSource: FundSheet, MembersSource: FromRoster}) {
		cells = append(cells, p.Code+"@"+p.Cell)
	}
	if fmt.Sprint(cells) != "[bad-number@B2 funds-several-files@ members-mixed@]" {
		t.Errorf("got %v", cells)
	}
	cells = nil
	for _, p := range InputErrors(wb, &Plan{FundSource: FundPolicy, MembersSource: FromRoster}) {
		cells = append(cells, p.Code)
	}
	if fmt.Sprint(cells) != "[members-mixed]" {
		t.Errorf("fund from the policy: %v", cells)
	}
}

func TestHeldSeat(t *testing.T) {
	wb := roster.Workbook{Members: roster.NewMemberList(members("甲镇", 80)...), HasRoster: true} // quota 2
	apps := []app{
		{town: "甲镇", level: roster.LevelSevere, income: 1000, size: 1, day: 1},
		{town: "甲镇", level: roster.LevelMarked, income: 1000, size: 1, day: 1},
		{town: "甲镇", level: roster.LevelModerate, income: 1000, size: 1, day: 1},
		{town: "甲镇", level: roster.LevelModerate, income: 2000, size: 1, day: 1},
	}
	ds := decisions(apps...)
	objecting(&ds[1])
	objecting(&ds[3])
	p := testPolicy()
	p.Amount.Fund = money.Yuan(10000)
	plan, _ := Apply(ds, &wb, p)
	type got struct {
		v      eligibility.Verdict
		held   bool
		rank   int
		amount money.Amount
	}
	want := []got{
		{eligibility.Eligible, false, 1, money.Yuan(1500)},
		{eligibility.Pending, true, 2, money.Yuan(1000)},
		{eligibility.Waitlisted, false, 3, 0},
		{eligibility.Pending, false, 0, 0}, // under objection, outside the quota: no seat to hold
	}
	for i, w := range want {
		d := ds[i]
		if (got{d.Verdict, d.Held, d.Rank, d.Amount}) != w {
			t.Errorf("row %d: %s held=%v rank %d amount %v, want %+v", d.Applicant.Row, d.Verdict, d.Held, d.Rank, d.Amount, w)
		}
	}
	if plan.Selected != 1 || plan.Held != 1 || plan.Waitlisted != 1 || plan.Eligible != 3 || plan.Need != money.Yuan(2500) ||
		plan.Townships[0].Held != 1 || plan.Townships[0].Amount != money.Yuan(2500) {
		t.Errorf("plan: %d selected, %d held, %d waitlisted, %d ranked, need %v, township %+v",
			plan.Selected, plan.Held, plan.Waitlisted, plan.Eligible, plan.Need, plan.Townships[0])
	}

	// The objection upheld: the applicant is out, the next moves up.
	ds = decisions(apps...)
	ds[1].Verdict = eligibility.Ineligible
	objecting(&ds[3])
	Apply(ds, &wb, testPolicy())
	if ds[2].Verdict != eligibility.Eligible || ds[2].Rank != 2 || ds[3].Held {
		t.Errorf("after the upheld objection: %s rank %d; %s held=%v", ds[2].Verdict, ds[2].Rank, ds[3].Verdict, ds[3].Held)
	}
}

// The evaluation form's questions hold the seat as an objection does: a
// recipient whose form says the hardship ended without 脱贫, or whose row
// cannot be read, keeps the seat and its amount, and the waitlist is not
// promoted into it (a waitlisted applicant was never publicly posted).
// 脱贫 (excludes) frees it.
func TestHeldSeatReview(t *testing.T) {
	wb := roster.Workbook{Members: roster.NewMemberList(members("甲镇", 80)...), HasRoster: true} // quota 2
	apps := []app{
		{town: "甲镇", level: roster.LevelSevere, income: 1000, size: 1, day: 1},
		{town: "甲镇", level: roster.LevelMarked, income: 1000, size: 1, day: 1},
		{town: "甲镇", level: roster.LevelModerate, income: 1000, size: 1, day: 1},
	}
	for _, tc := range []struct {
		name    string
		reasons []string
		verdict eligibility.Verdict
		held    bool
		next    eligibility.Verdict // the verdict of the first on the waitlist
	}{
		{"hardship ended", []string{eligibility.CodeReviewHardshipEnded}, eligibility.Pending, true, eligibility.Waitlisted},
		{"unreadable", []string{eligibility.CodeReviewUnreadable}, eligibility.Pending, true, eligibility.Waitlisted},
		{"objection and form", []string{eligibility.CodeObjectionPending, eligibility.CodeReviewUnreadable}, eligibility.Pending, true, eligibility.Waitlisted},
		{"another wait", []string{eligibility.CodeReviewUnreadable, "vote-missing"}, eligibility.Pending, false, eligibility.Eligible},
		{"out of poverty", nil, eligibility.Ineligible, false, eligibility.Eligible},
	} {
		ds := decisions(apps...)
		d := &ds[1]
		if tc.reasons == nil {
			d.Verdict = eligibility.Ineligible
			d.Reasons = []eligibility.Reason{{Code: "out-of-poverty-review", Clause: "§6.4"}}
		} else {
			d.Verdict = eligibility.Pending
			for _, c := range tc.reasons {
				d.Reasons = append(d.Reasons, eligibility.Reason{Code: c, Waits: true})
			}
		}
		p := testPolicy()
		p.Amount.Fund = money.Yuan(10000)
		plan, _ := Apply(ds, &wb, p)
		if d.Verdict != tc.verdict || d.Held != tc.held || ds[2].Verdict != tc.next {
			t.Errorf("%s: %s held=%v, next %s; want %s held=%v, next %s", tc.name, d.Verdict, d.Held, ds[2].Verdict, tc.verdict, tc.held, tc.next)
		}
		if tc.held && (d.Rank != 2 || d.Amount != money.Yuan(1000) || plan.Held != 1 || plan.Selected != 1 || plan.Waitlisted != 1) {
			t.Errorf("%s: rank %d amount %v; plan %d selected, %d held, %d waitlisted", tc.name, d.Rank, d.Amount, plan.Selected, plan.Held, plan.Waitlisted)
		}
	}
}
