package budget

import (
	"testing"

	"relief/roster"
)

func TestInputErrors(t *testing.T) {
	p := func(sev roster.Severity, sheet, cell string) roster.Problem {
		return roster.Problem{Severity: sev, Sheet: sheet, Cell: cell, Code: "bad-number"}
	}
	wb := &roster.Workbook{
		Sheets: map[string]*roster.SheetInfo{
			roster.Funds.Key: {Name: "资金"}, roster.MemberCounts.Key: {Name: "党员统计"},
			roster.Members.Key: {Name: "党员名册"}, roster.Applicants.Key: {Name: "救助申报"},
		},
		Problems: []roster.Problem{
			p(roster.SevError, "党员名册", "B2"), p(roster.SevError, "党员统计", "B3"), p(roster.SevError, "救助申报", "C4"),
			p(roster.SevError, "资金", "B5"), p(roster.SevWarning, "资金", "B6"),
		},
	}
	tests := []struct {
		fund, members string
		want          []string
	}{
		{FundSheet, FromRoster, []string{"B5"}},
		{FundQuota, FromRoster, []string{"B5"}}, // the sheet's rows were all rejected
		{FundPolicy, FromRoster, nil},
		{FundPolicy, FromCounts, []string{"B3"}},
		{FundSheet, FromNone, []string{"B3", "B5"}},
	}
	for _, tt := range tests {
		got := InputErrors(wb, &Plan{FundSource: tt.fund, MembersSource: tt.members})
		var cells []string
		for _, pr := range got {
			cells = append(cells, pr.Cell)
		}
		if len(cells) != len(tt.want) || len(cells) > 0 && cells[0] != tt.want[0] || len(cells) > 1 && cells[1] != tt.want[1] {
			t.Errorf("fund %s, members %s: %v, want %v", tt.fund, tt.members, cells, tt.want)
		}
	}
	if InputErrors(nil, &Plan{}) != nil || InputErrors(wb, nil) != nil {
		t.Error("nil workbook or plan")
	}
}
