package budget

import "relief/roster"

// InputErrors returns the errors the reader found on the sheets whose
// figures the plan rests on, in sheet order: the 资金来源 sheet unless the
// policy's amount.fund set the fund, and the 党员人数 sheet unless the
// members roster gave the member count. A rejected amount or count is left
// out of the fund or the quota, so every amount and place computed from
// them may be wrong until the cell is corrected. (Errors on the members
// roster do not change the count: a row whose number cannot be read still
// counts as one member.)
func InputErrors(wb *roster.Workbook, p *Plan) []roster.Problem {
	if wb == nil || p == nil {
		return nil
	}
	sheets := map[string]bool{}
	if p.FundSource != FundPolicy {
		if si := wb.Sheets[roster.Funds.Key]; si != nil {
			sheets[si.Name] = true
		}
	}
	if p.MembersSource != FromRoster {
		if si := wb.Sheets[roster.MemberCounts.Key]; si != nil {
			sheets[si.Name] = true
		}
	}
	var out []roster.Problem
	for _, pr := range wb.Problems {
		if pr.Severity == roster.SevError && sheets[pr.Sheet] {
			out = append(out, pr)
		}
	}
	return out
}
