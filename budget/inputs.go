package budget

import "relief/roster"

// InputErrors returns the errors the reader found on the sheets whose
// figures the plan rests on, in sheet order: the 资金来源 sheet unless the
// policy's amount.fund set the fund, and the 党员人数 sheet unless the
// members roster gave the member count. A rejected amount or count is left
// out of the fund or the quota, so every amount and place computed from
// them may be wrong until the cell is corrected. (Errors on the members
// roster do not change the count: a row whose number cannot be read still
// counts as one member.) In a run over several files, the sheets of every
// file count, and so do the errors about the inputs as a whole that the
// reader finds across files: members-mixed (member counts given partly by
// rosters) and funds-several-files (unless amount.fund set the fund).
func InputErrors(wb *roster.Workbook, p *Plan) []roster.Problem {
	if wb == nil || p == nil {
		return nil
	}
	var keys []string
	if p.FundSource != FundPolicy {
		keys = append(keys, roster.Funds.Key)
	}
	if p.MembersSource != FromRoster {
		keys = append(keys, roster.MemberCounts.Key)
	}
	var sheets []*roster.SheetInfo
	for _, k := range keys {
		if si := wb.Sheets[k]; si != nil {
			sheets = append(sheets, si)
		}
		for _, f := range wb.Files {
			if si := f.Sheets[k]; si != nil {
				sheets = append(sheets, si)
			}
		}
	}
	on := func(pr roster.Problem) bool {
		for _, si := range sheets {
			if si.Name == pr.Sheet && (si.File == "" || pr.File == "" || si.File == pr.File) {
				return true
			}
		}
		switch pr.Code {
		case "members-mixed":
			return true
		case "funds-several-files":
			return p.FundSource != FundPolicy
		}
		return false
	}
	var out []roster.Problem
	for _, pr := range wb.Problems {
		if pr.Severity == roster.SevError && on(pr) {
			out = append(out, pr)
		}
	}
	return out
}
