package history

import (
	"slices"
	"strings"
	"testing"

	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/roster"
)

const (
	idA = "15082419820916107X"
	idB = "150824197503122026"
	idC = "150824196805201315"
	idD = "150824199011052243"
)

func amt(y int64) *money.Amount { a := money.Yuan(y); return &a }

func TestCompare(t *testing.T) {
	info := &roster.SheetInfo{File: "2026.xlsx", Name: "救助申报", Columns: map[string]int{"name": 2, "out_of_poverty": 15}}
	apps := []roster.Applicant{
		{Row: 3, Name: "甲", IDNumber: idA, Sheet: info},
		{Row: 4, Name: "乙", IDNumber: idB, Sheet: info},
		{Row: 5, Name: "丙", IDNumber: idC, Sheet: info, Invalid: true},
		{Row: 6, Name: "新", IDNumber: "150824195512300155", Sheet: info},
	}
	ds := make([]eligibility.Decision, len(apps))
	for i := range apps {
		ds[i] = eligibility.Decision{Applicant: &apps[i], Verdict: eligibility.Eligible}
	}
	ds[2].Verdict = eligibility.Invalid
	rec := func(name, id, town string, year int, a *money.Amount, out bool, row int) roster.PreviousRecipient {
		return roster.PreviousRecipient{File: "2025.xlsx", Sheet: "发放花名册", Row: row, Name: name, IDNumber: id, Township: town, Year: year, Amount: a, OutOfPoverty: out}
	}
	roll := &roster.PreviousList{Path: "2025.xlsx", Year: 2025, Recipients: []roster.PreviousRecipient{
		rec("甲", idA, "乌加河镇", 2025, amt(1500), false, 3),
		rec("乙", idB, "乌加河镇", 2025, nil, false, 4),
		rec("丁", idD, "海流图镇", 2025, amt(1000), false, 5),
		rec("戊", "150824198808080466", "乌加河镇", 2025, amt(500), false, 6),
		rec("?", "", "乌加河镇", 2025, amt(500), false, 7), // unreadable number: its problem is reported
	}, Problems: []roster.Problem{{Severity: roster.SevError, Code: "id-checksum", File: "2025.xlsx", Row: 7}}}
	// The evaluation form of the same year: 乙 was found 脱贫; the amount
	// of 乙 comes from it; 丙 is on it too.
	form := &roster.PreviousList{Path: "2025考评表.xlsx", Year: 2025, Recipients: []roster.PreviousRecipient{
		rec("乙", idB, "乌加河镇", 2025, amt(1000), true, 6),
		rec("丙", idC, "海流图镇", 2025, amt(1000), false, 7),
	}}
	// An older list: its recipients are not last year's.
	older := &roster.PreviousList{Path: "2024.xlsx", Year: 2024, Recipients: []roster.PreviousRecipient{
		rec("新", "150824195512300155", "海流图镇", 2024, amt(800), false, 3),
	}}
	c := Compare(ds, []*roster.PreviousList{roll, form, older}, roster.Day{Y: 2026, M: 11, D: 27})
	if c.Year != 2025 || c.Recipients != 5 {
		t.Errorf("year %d, recipients %d", c.Year, c.Recipients)
	}
	if len(c.Repeats) != 3 {
		t.Errorf("repeats %v", c.Repeats)
	}
	if r := c.Repeats[&apps[0]]; r.Year != 2025 || r.Amount == nil || *r.Amount != money.Yuan(1500) || r.OutOfPoverty {
		t.Errorf("repeat of 甲 %+v", r)
	}
	if r := c.Repeats[&apps[1]]; r.Amount == nil || *r.Amount != money.Yuan(1000) || !r.OutOfPoverty {
		t.Errorf("repeat of 乙 %+v", r)
	}
	if _, ok := c.Repeats[&apps[3]]; ok {
		t.Error("a recipient of 2024 counted as last year's")
	}
	// Info only: no verdict changed, no reason added.
	for _, d := range ds {
		if len(d.Reasons) > 0 {
			t.Errorf("%s: reasons %v", d.Applicant.Name, d.Reasons)
		}
	}
	if len(ds[0].Info) != 1 || ds[0].Info[0].Code != "repeat" || !strings.Contains(ds[0].Info[0].Msg.In(i18n.ZH), "1,500.00") {
		t.Errorf("info of 甲 %+v", ds[0].Info)
	}
	if len(c.Warnings) != 1 || c.Warnings[0].Code != "previous-out-of-poverty" || c.Warnings[0].Cell != "O4" || c.Warnings[0].Severity != roster.SevWarning {
		t.Errorf("warnings %+v", c.Warnings)
	}
	var names []string
	for _, r := range c.NotReapplied {
		names = append(names, r.Name)
	}
	if !slices.Equal(names, []string{"戊", "丁"}) { // by township in the order the lists name them
		t.Errorf("not reapplied %v", names)
	}
	if len(c.Problems) != 1 || c.Problems[0].Severity != roster.SevWarning || c.Problems[0].Code != "id-checksum" {
		t.Errorf("problems %+v", c.Problems)
	}
}

func TestCompareSameYear(t *testing.T) {
	l := &roster.PreviousList{Path: "2026.xlsx", Year: 2026, Sheet: &roster.SheetInfo{Name: "发放花名册"}}
	c := Compare(nil, []*roster.PreviousList{l}, roster.Day{Y: 2026, M: 11, D: 27})
	if len(c.Problems) != 1 || c.Problems[0].Code != "previous-same-year" {
		t.Errorf("problems %+v", c.Problems)
	}
}
