package report

import (
	"slices"
	"strings"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
)

// townGroup is one township's recipients, by branch.
type townGroup struct {
	Township string
	Branches []branchGroup
	N        int // recipients in the township
}

// branchGroup is one branch's recipients, by rank.
type branchGroup struct {
	Branch     string
	Recipients []*eligibility.Decision
}

// recipientGroups returns this year's recipients (eligibility.IsRecipient)
// by township in the budget's order, then by branch in the order the
// branches first appear in the sheet, then by rank.
func recipientGroups(r *assessment.Result) []townGroup {
	townOrder := map[string]int{}
	if r.Budget != nil {
		for i, t := range r.Budget.Townships {
			townOrder[t.Name] = i
		}
	}
	branchOrder := map[string]int{}
	var recips []*eligibility.Decision
	for i := range r.Decisions {
		d := &r.Decisions[i]
		if d.Applicant == nil {
			continue
		}
		key := budget.TownshipOf(d) + "\x00" + strings.TrimSpace(d.Applicant.Branch)
		if _, ok := branchOrder[key]; !ok {
			branchOrder[key] = len(branchOrder)
		}
		if eligibility.IsRecipient(d) {
			recips = append(recips, d)
		}
	}
	town := func(d *eligibility.Decision) int {
		if i, ok := townOrder[budget.TownshipOf(d)]; ok {
			return i
		}
		return len(townOrder)
	}
	slices.SortStableFunc(recips, func(x, y *eligibility.Decision) int {
		ax, ay := x.Applicant, y.Applicant
		if c := town(x) - town(y); c != 0 {
			return c
		}
		if c := strings.Compare(budget.TownshipOf(x), budget.TownshipOf(y)); c != 0 {
			return c
		}
		kx := budget.TownshipOf(x) + "\x00" + strings.TrimSpace(ax.Branch)
		ky := budget.TownshipOf(y) + "\x00" + strings.TrimSpace(ay.Branch)
		if c := branchOrder[kx] - branchOrder[ky]; c != 0 {
			return c
		}
		return x.Rank - y.Rank
	})
	var out []townGroup
	for _, d := range recips {
		t, b := budget.TownshipOf(d), strings.TrimSpace(d.Applicant.Branch)
		if len(out) == 0 || out[len(out)-1].Township != t {
			out = append(out, townGroup{Township: t})
		}
		g := &out[len(out)-1]
		if len(g.Branches) == 0 || g.Branches[len(g.Branches)-1].Branch != b {
			g.Branches = append(g.Branches, branchGroup{Branch: b})
		}
		bg := &g.Branches[len(g.Branches)-1]
		bg.Recipients = append(bg.Recipients, d)
		g.N++
	}
	return out
}
