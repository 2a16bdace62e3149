package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"relief/assessment"
	"relief/eligibility"
	"relief/i18n"
	"relief/policy"
	"relief/roster"
)

func votesResult(as []roster.Applicant, p *policy.Policy) *assessment.Result {
	wb := &roster.Workbook{Path: "x/t.xlsx", Applicants: as, Sheets: map[string]*roster.SheetInfo{}}
	ds, warns := eligibility.Decide(wb, p, roster.Day{Y: 2026, M: 11, D: 27})
	return &assessment.Result{Workbook: wb, Policy: p, AsOf: roster.Day{Y: 2026, M: 11, D: 27}, Decisions: ds, Warnings: warns}
}

func ip(v int) *int { return &v }

func TestVotesJSON(t *testing.T) {
	as := []roster.Applicant{
		{Row: 2, Name: "甲", Township: "A", Branch: "一", Votes: roster.Votes{Voters: ip(24), Present: ip(20), For: ip(13), Against: ip(7), Abstain: ip(0)}},
		{Row: 3, Name: "乙", Township: "A", Branch: "一", Votes: roster.Votes{Voters: ip(22), Present: ip(19), For: ip(12), Against: ip(7), Abstain: ip(0)}},
		{Row: 4, Name: "丙", Township: "B", Branch: "一"},
		{Row: 5, Name: "=丁", Township: "A", Branch: "一", Votes: roster.Votes{Voters: ip(20), Present: ip(15)}},
	}
	var b bytes.Buffer
	if err := Votes(&b, votesResult(as, policy.Default()), "json", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Schema     string
		Applicants []map[string]any
		Branches   []votesBranch
		Totals     votesTotals
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != VotesSchema || len(doc.Applicants) != 4 {
		t.Fatalf("%s", b.String())
	}
	want := []struct {
		rate   any
		result string
	}{{65.0, "passed"}, {63.1, "failed"}, {nil, "none"}, {nil, "missing"}}
	for i, w := range want {
		a := doc.Applicants[i]
		if a["rate_percent"] != w.rate || a["result"] != w.result {
			t.Errorf("row %v: rate %v result %v, want %v %v", a["row"], a["rate_percent"], a["result"], w.rate, w.result)
		}
	}
	if len(doc.Branches) != 2 || doc.Branches[0] != (votesBranch{"A", "一", 3, 1}) || doc.Branches[1] != (votesBranch{"B", "一", 1, 0}) ||
		doc.Totals != (votesTotals{4, 1}) {
		t.Errorf("branches %+v totals %+v", doc.Branches, doc.Totals)
	}

	b.Reset()
	if err := Votes(&b, votesResult(as, policy.Default()), "csv", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), utf8BOM+"sheet,row,") || !strings.Contains(b.String(), ",'=丁,") {
		t.Errorf("csv:\n%s", b.String())
	}
	b.Reset()
	if err := Votes(&b, votesResult(nil, policy.Default()), "text", i18n.EN); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "no applicants") {
		t.Errorf("empty:\n%s", b.String())
	}
}

// The branch totals add up to the totals, and passed never exceeds the
// applicants.
func TestVotesTotalsAddUp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 30).Draw(t, "n")
		as := make([]roster.Applicant, n)
		for i := range as {
			voters := rapid.IntRange(0, 40).Draw(t, "voters")
			present := rapid.IntRange(0, voters).Draw(t, "present")
			vfor := rapid.IntRange(0, present).Draw(t, "for")
			as[i] = roster.Applicant{Row: i + 2, Township: rapid.SampledFrom([]string{"A", "B"}).Draw(t, "t"),
				Branch: rapid.SampledFrom([]string{"一", "二", "三"}).Draw(t, "b"),
				Votes:  roster.Votes{Voters: ip(voters), Present: ip(present), For: ip(vfor), Against: ip(present - vfor), Abstain: ip(0)}}
		}
		doc := votesJSON(votesResult(as, policy.Default()))
		sum := votesTotals{}
		for _, b := range doc.Branches {
			if b.Passed > b.Applicants {
				t.Fatalf("branch %+v", b)
			}
			sum.Applicants += b.Applicants
			sum.Passed += b.Passed
		}
		if sum != doc.Totals || doc.Totals.Applicants != n {
			t.Fatalf("branches add up to %+v, totals %+v, %d applicants", sum, doc.Totals, n)
		}
	})
}

// An invalid row, or figures that cannot happen, never pass: every check
// the policy asks for reads invalid (数据矛盾) and the result invalid
// (数据有误), and the branch does not count it as passed.
func TestVotesInvalidNeverPass(t *testing.T) {
	as := []roster.Applicant{
		{Row: 2, Name: "甲", Township: "A", Branch: "一", Votes: roster.Votes{Voters: ip(20), Present: ip(18), For: ip(15), Against: ip(4), Abstain: ip(1), Inconsistent: true}},
		{Row: 3, Name: "乙", Township: "A", Branch: "一", Invalid: true, Votes: roster.Votes{Voters: ip(20), Present: ip(18), For: ip(15), Against: ip(2), Abstain: ip(1)}},
		{Row: 4, Name: "丙", Township: "A", Branch: "一", Votes: roster.Votes{Voters: ip(20), Present: ip(21), For: ip(15), Against: ip(2), Abstain: ip(1)}},
	}
	r := votesResult(as, policy.Default())
	var b bytes.Buffer
	if err := Votes(&b, r, "json", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	var doc votesDoc
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for i, a := range doc.Applicants {
		if a.Result != resultInvalid {
			t.Errorf("row %d: result %s", a.Row, a.Result)
		}
		if i != 1 && (a.Quorum != "invalid" || a.Majority != "invalid" || a.Threshold != "invalid" || a.RatePercent != nil) {
			t.Errorf("row %d: %+v", a.Row, a)
		}
	}
	if doc.Totals.Passed != 0 || doc.Branches[0].Passed != 0 {
		t.Errorf("passed %+v %+v", doc.Totals, doc.Branches)
	}
	b.Reset()
	if err := Votes(&b, r, "text", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if (strings.HasPrefix(line, "2 ") || strings.HasPrefix(line, "4 ")) && strings.Contains(line, "通过") {
			t.Errorf("%q", line)
		}
	}
	if !strings.Contains(b.String(), "数据矛盾") || !strings.Contains(b.String(), "数据有误") {
		t.Errorf("%s", b.String())
	}
}
