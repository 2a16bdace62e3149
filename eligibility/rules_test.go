package eligibility

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"relief/i18n"
	"relief/policy"
	"relief/roster"
)

// Reasons about one cell name it, in the message and in Reason.Cell.
func TestReasonCells(t *testing.T) {
	for _, tc := range []struct {
		name, code, cell, says string
		edit                   func(*roster.Applicant)
	}{
		{"conduct", "conduct-unclear", "O5", "违纪违法情况（O5）填的是“曾因赌博被拘留，已期满”", func(a *roster.Applicant) {
			a.ConductUnclear, a.MisconductText = true, "曾因赌博被拘留，已期满"
		}},
		{"self-care", "self-care-incomplete", "L5", "困难原因（L5）", func(a *roster.Applicant) {
			a.HardshipCauses = []string{roster.CauseNoSelfCare}
		}},
		{"level", "level-missing", "M5", "困难程度（M5）未填写", func(a *roster.Applicant) { a.HardshipLevel = "" }},
		{"conduct excluded", "conduct", "O5", "赌博", func(a *roster.Applicant) { a.Misconduct = []string{roster.Gambling} }},
	} {
		a := good()
		tc.edit(&a)
		d := decideOne(t, a, nil)
		if len(d.Reasons) != 1 || d.Reasons[0].Code != tc.code || d.Reasons[0].Cell != tc.cell {
			t.Errorf("%s: %+v", tc.name, d.Reasons)
			continue
		}
		if msg := d.Reasons[0].Msg.In(i18n.ZH); !strings.Contains(msg, tc.says) {
			t.Errorf("%s: %q does not say %q", tc.name, msg, tc.says)
		}
		if msg := d.Reasons[0].Msg.In(i18n.EN); strings.Contains(msg, "%!") {
			t.Errorf("%s: %q", tc.name, msg)
		}
	}
	// A sheet without a 困难程度 column: the message asks for the column.
	a := good()
	a.HardshipLevel = ""
	wb := workbook(a)
	delete(wb.Sheets["applicants"].Columns, "hardship_level")
	ds, _ := Decide(wb, nil, asOf)
	if r := ds[0].Reasons; len(r) != 1 || r[0].Code != "level-missing" || r[0].Cell != "" || !strings.Contains(r[0].Msg.In(i18n.ZH), "没有“困难程度”列") {
		t.Errorf("no column: %+v", r)
	}
}

// Facts that decide nothing: the default level applied, a breach the
// banner does not exclude.
func TestInfoDefaults(t *testing.T) {
	a := good()
	a.HardshipLevel = ""
	a.Misconduct = []string{roster.FamilyPlan}
	d := decideOne(t, a, withPolicy("amount: {default_level: 一般困难}\nconduct: {exclude: [赌博, 吸毒, 其他违纪违法]}\n"))
	if d.Verdict != Eligible || !slices.Equal(codes(d.Info), []string{"conduct-allowed", "level-default"}) {
		t.Fatalf("%s %v", d.Verdict, codes(d.Info))
	}
	if msg := d.Info[1].Msg.In(i18n.ZH); !strings.Contains(msg, "一般困难") || d.Info[1].Clause != "§5.4" {
		t.Errorf("%q %s", msg, d.Info[1].Clause)
	}
	if msg := d.Info[0].Msg.In(i18n.ZH); !strings.Contains(msg, "违反计划生育") {
		t.Errorf("%q", msg)
	}
}

// member returns a roster row for the applicant a.
func member(a roster.Applicant, row int) roster.Member {
	return roster.Member{Row: row, Name: a.Name, IDNumber: a.IDNumber, Township: a.Township, Branch: a.Branch, MemberType: roster.Formal}
}

func TestRosterMatch(t *testing.T) {
	for _, tc := range []struct {
		name     string
		edit     func(m *roster.Member)
		verdict  Verdict
		codes    []string // the problems, in order
		township string   // Decision.Township
		says     string
	}{
		{"same", func(m *roster.Member) {}, Eligible, nil, "海流图镇", ""},
		{"name", func(m *roster.Member) { m.Name = "张山" }, Invalid, []string{"roster-name-mismatch"}, "海流图镇", "“张三”与党员名册第 9 行同一身份证号码 15082419820916107X 的姓名“张山”不一致"},
		{"name with a space", func(m *roster.Member) { m.Name = "张\u3000三" }, Eligible, nil, "海流图镇", ""},
		{"township", func(m *roster.Member) { m.Township = "乌加河镇" }, Eligible, []string{"roster-township-mismatch"}, "乌加河镇", "名额按党员名册的“乌加河镇”计算（属地管理，§3.5）"},
		{"township without its ending", func(m *roster.Member) { m.Township = "海流图" }, Eligible, []string{"roster-township-mismatch"}, "海流图", "是同一苏木镇，写法不同"},
		{"township in full width", func(m *roster.Member) { m.Township = "海流图镇\u3000" }, Eligible, nil, "海流图镇", ""},
		{"branch", func(m *roster.Member) { m.Branch = "第二党支部" }, Eligible, []string{"roster-branch-mismatch"}, "海流图镇", "该党员在“第二党支部”"},
		{"all three", func(m *roster.Member) { m.Name, m.Township, m.Branch = "李四", "乌加河镇", "第二党支部" }, Invalid,
			[]string{"roster-name-mismatch", "roster-township-mismatch", "roster-branch-mismatch"}, "乌加河镇", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := good()
			m := member(a, 9)
			tc.edit(&m)
			wb := workbook(a)
			wb.HasRoster, wb.Members = true, roster.NewMemberList(m)
			ds, ps := Decide(wb, nil, asOf)
			d := ds[0]
			var got []string
			ps = slices.DeleteFunc(ps, func(p roster.Problem) bool { return p.Code == "voters-exceed-roster" }) // a roster of one
			for _, p := range ps {
				got = append(got, p.Code)
			}
			if d.Verdict != tc.verdict || !slices.Equal(got, tc.codes) || d.Township != tc.township {
				t.Fatalf("%s %v township %q", d.Verdict, got, d.Township)
			}
			if len(ps) > 0 {
				p := ps[0]
				cells := map[string]string{"roster-name-mismatch": "B5", "roster-township-mismatch": "D5", "roster-branch-mismatch": "E5"}
				if p.Cell != cells[p.Code] || p.Sheet != "申报表" || p.Row != 5 {
					t.Errorf("%+v", p)
				}
				if msg := p.Msg.In(i18n.ZH); !strings.Contains(msg, tc.says) {
					t.Errorf("%q does not say %q", msg, tc.says)
				}
				if msg := p.Msg.In(i18n.EN); strings.Contains(msg, "%!") {
					t.Errorf("%q", msg)
				}
			}
			if tc.verdict == Invalid {
				if r := d.Reasons; len(r) != 1 || r[0].Code != "invalid-data" || !strings.Contains(r[0].Msg.In(i18n.ZH), "B5") {
					t.Errorf("%+v", r)
				}
				if ps[0].Severity != roster.SevError {
					t.Errorf("%+v", ps[0])
				}
			}
		})
	}
}

// A roster that writes a township two ways names it once for the run (the
// spelling on most rows, roster.Workbook.TownshipName): Decision.Township
// is that name, for an applicant on the roster whatever his or her row
// says, and for one not on it whose township the roster has; the
// applicant who writes it as the run does or as the member's row does is
// not warned (the roster's own warning is township-spelling).
func TestRosterTownshipSpellings(t *testing.T) {
	for _, tc := range []struct {
		name     string
		row      string // the member's row on the roster
		written  string // the applicant's
		township string // Decision.Township
		says     string // the roster-township-mismatch warning, "" for none
	}{
		{"row variant, applicant as the run", "海流图", "海流图镇", "海流图镇", ""},
		{"row and applicant variant", "海流图", "海流图", "海流图镇", ""},
		{"a third spelling", "海流图", "海流图苏木", "海流图镇", "与党员名册第 9 行的“海流图”是同一苏木镇，写法不同：救助名额按党员名册的“海流图镇”计算"},
		{"another township", "海流图", "乌加河镇", "海流图镇", "党员名册第 9 行该党员属于“海流图”：救助名额按党员名册的“海流图镇”计算"},
		{"row as the run", "海流图镇", "海流图", "海流图镇", "与党员名册第 9 行的“海流图镇”是同一苏木镇"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := good()
			m := member(a, 9)
			m.Township = tc.row
			a.Township = tc.written
			stranger := good()
			stranger.Row, stranger.Name, stranger.IDNumber, stranger.Township = 6, "李四", "150824195001010015", "海流图"
			ms := []roster.Member{m}
			for i := range 3 {
				o := member(a, 10+i)
				o.IDNumber, o.Township = fmt.Sprintf("x%d", i), "海流图镇"
				ms = append(ms, o)
			}
			wb := workbook(a, stranger)
			wb.HasRoster, wb.Members = true, roster.NewMemberList(ms...)
			ds, ps := Decide(wb, nil, asOf)
			if ds[0].Township != tc.township || ds[1].Township != "海流图镇" {
				t.Errorf("townships %q %q, want %q 海流图镇", ds[0].Township, ds[1].Township, tc.township)
			}
			var says []string
			for _, p := range ps {
				if p.Code == "roster-township-mismatch" {
					says = append(says, p.Msg.In(i18n.ZH))
				}
			}
			switch {
			case tc.says == "" && len(says) > 0:
				t.Errorf("warned: %q", says)
			case tc.says != "" && (len(says) != 1 || !strings.Contains(says[0], tc.says)):
				t.Errorf("warnings %q, want one saying %q", says, tc.says)
			}
		})
	}
}

func TestVotersOnRoll(t *testing.T) {
	a := good() // 20 entitled to vote
	var ms []roster.Member
	ms = append(ms, member(a, 2))
	for i := 0; i < 22; i++ {
		m := member(a, 3+i)
		m.IDNumber = "x" + string(rune('a'+i))
		if i >= 17 {
			m.MemberType = roster.Probationary
		}
		ms = append(ms, m)
	}
	// 18 formal members (a and 17 others), 5 probationary.
	wb := workbook(a)
	wb.HasRoster, wb.Members = true, roster.NewMemberList(ms...)
	_, ps := Decide(wb, nil, asOf)
	if len(ps) != 1 || ps[0].Code != "voters-exceed-roster" || ps[0].Cell != "S5" || ps[0].Value != "20" {
		t.Fatalf("%+v", ps)
	}
	if msg := ps[0].Msg.In(i18n.ZH); !strings.Contains(msg, "应到人数 20 人，多于党员名册中该党支部的正式党员 18 人") {
		t.Errorf("%q", msg)
	}
	// 18 entitled to vote: no warning; the branch written differently is
	// still found (海流图 for 海流图镇).
	wb.Applicants[0].Votes.Voters = n(18)
	wb.Applicants[0].Township = "海流图"
	if _, ps = Decide(wb, nil, asOf); len(ps) != 1 || ps[0].Code != "roster-township-mismatch" {
		t.Errorf("%+v", ps)
	}
	// A branch not on the roster is not compared.
	wb.Applicants[0].Votes.Voters = n(99)
	wb.Applicants[0].Branch = "别的党支部"
	for _, p := range func() []roster.Problem { _, ps := Decide(wb, nil, asOf); return ps }() {
		if p.Code == "voters-exceed-roster" && p.Value != "99" {
			t.Errorf("%+v", p)
		}
	}
}

func TestMeetingMismatch(t *testing.T) {
	mk := func(row int, id string, voters, present int) roster.Applicant {
		a := good()
		a.Row, a.IDNumber, a.MeetingOn = row, id, day(2026, 9, 20)
		a.Votes = roster.Votes{Voters: n(voters), Present: n(present), For: n(present), Against: n(0), Abstain: n(0)}
		return a
	}
	a1 := mk(5, "1", 20, 18)
	a2 := mk(6, "2", 20, 18)
	a3 := mk(7, "3", 22, 18)
	a4 := mk(8, "4", 20, 17)
	a5 := mk(9, "5", 25, 20)
	a5.MeetingOn = day(2026, 9, 21) // another meeting
	a6 := mk(10, "6", 30, 20)
	a6.Branch = "第二党支部" // another branch
	a7 := mk(11, "7", 30, 20)
	a7.Invalid = true
	_, ps := Decide(workbook(a1, a2, a3, a4, a5, a6, a7), nil, asOf)
	var got []string
	for _, p := range ps {
		got = append(got, p.Code+"@"+p.Cell)
	}
	if want := []string{"meeting-mismatch@S7", "meeting-mismatch@T8"}; !slices.Equal(got, want) {
		t.Fatalf("%v, want %v", got, want)
	}
	if msg := ps[0].Msg.In(i18n.ZH); !strings.Contains(msg, "本行为应到 22 人、实到 18 人，第 5 行却是应到 20 人、实到 18 人") {
		t.Errorf("%q", msg)
	}
}

func TestAppliedOtherYear(t *testing.T) {
	a := good()
	a.AppliedOn, a.ApprovedOn = day(2025, 12, 20), day(2026, 1, 20)
	_, ps := Decide(workbook(a), nil, asOf) // the year of --as-of: 2026
	if len(ps) != 1 || ps[0].Code != "applied-other-year" || ps[0].Cell != "H5" || ps[0].Severity != roster.SevWarning {
		t.Fatalf("%+v", ps)
	}
	if msg := ps[0].Msg.In(i18n.ZH); !strings.Contains(msg, "申报日期 2025-12-20 不在救助年度 2026 年内") {
		t.Errorf("%q", msg)
	}
	if _, ps = DecideYear(workbook(a), nil, asOf, 2025); len(ps) != 0 {
		t.Errorf("year 2025: %+v", ps)
	}
}

func TestTallyInconsistent(t *testing.T) {
	p := policy.Default().Vote
	for _, v := range []roster.Votes{
		{Voters: n(20), Present: n(21), For: n(15)},
		{Voters: n(20), Present: n(10), For: n(9), Against: n(2)},
		{Voters: n(20), For: n(15), Against: n(6)},
		{Voters: n(20), Present: n(18), For: n(15), Inconsistent: true},
	} {
		tl := TallyVotes(v, p)
		if !tl.Inconsistent || tl.Passed || tl.QuorumCheck != CheckInvalid || tl.MajorityCheck != CheckInvalid || tl.ThresholdCheck != CheckInvalid {
			t.Errorf("%+v: %+v", v, tl)
		}
		if _, ok := tl.RateTenths(); ok {
			t.Errorf("%+v: a rate", v)
		}
	}
	p.Quorum = false
	if tl := TallyVotes(roster.Votes{Voters: n(20), Present: n(21), For: n(15)}, p); tl.QuorumCheck != CheckOff {
		t.Errorf("quorum off: %+v", tl)
	}
	if tl := TallyVotes(roster.Votes{Voters: n(20), Present: n(20), For: n(13), Against: n(7), Abstain: n(0)}, policy.Default().Vote); tl.Inconsistent || !tl.Passed {
		t.Errorf("consistent: %+v", tl)
	}
}
