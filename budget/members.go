package budget

import (
	"strconv"

	"relief/eligibility"
	"relief/i18n"
	"relief/roster"
)

// memberCount is the number of members, in all and by township.
type memberCount struct {
	total    int
	source   string
	names    []string       // townships in order of first appearance
	byTown   map[string]int // members per township
	problems []roster.Problem
}

func (mc *memberCount) add(town string, n int) {
	if _, ok := mc.byTown[town]; !ok {
		mc.names = append(mc.names, town)
	}
	mc.byTown[town] += n
	mc.total += n
}

// countMembers counts the members as the package doc says: the roster's
// distinct identity numbers (rows without a readable number count one
// each), else the 党员人数 sheet's counts; disagreements between the two
// are warnings.
func countMembers(wb *roster.Workbook) memberCount {
	roll := fromRoster(wb)
	counts := fromCounts(wb)
	switch {
	case wb.Members.Len() > 0:
		roll.problems = compareCounts(wb, roll, counts)
		return roll
	case len(wb.Counts) > 0:
		return counts
	}
	return memberCount{source: FromNone, byTown: map[string]int{}}
}

// Townships are counted under the run's one name for each
// (roster.Workbook.TownshipName): 乌加河 and 乌加河镇 are one township.

func fromRoster(wb *roster.Workbook) memberCount {
	mc := memberCount{source: FromRoster, byTown: map[string]int{}}
	for _, m := range wb.Members.Distinct() {
		mc.add(wb.TownshipName(m.Township), 1)
	}
	return mc
}

func fromCounts(wb *roster.Workbook) memberCount {
	mc := memberCount{source: FromCounts, byTown: map[string]int{}}
	for _, c := range wb.Counts {
		mc.add(wb.TownshipName(c.Township), max(c.Members, 0))
	}
	return mc
}

// compareCounts warns about each township whose roster count differs
// from the 党员人数 sheet's, when the workbook has both.
func compareCounts(wb *roster.Workbook, roll, counts memberCount) []roster.Problem {
	if len(wb.Counts) == 0 {
		return nil
	}
	sheet := sheetName(wb, roster.MemberCounts)
	firstRow := map[string]roster.TownshipCount{}
	for _, c := range wb.Counts {
		t := wb.TownshipName(c.Township)
		if _, ok := firstRow[t]; !ok {
			firstRow[t] = c
		}
	}
	var ps []roster.Problem
	mismatch := func(t string) {
		r, c := roll.byTown[t], counts.byTown[t]
		if r == c {
			return
		}
		p := roster.Problem{
			Severity: roster.SevWarning, Code: "member-count-mismatch", Sheet: sheet, Field: "members",
			Msg: i18n.M("budget.member-count-mismatch", townshipLabel(t), c, r),
		}
		if tc, ok := firstRow[t]; ok {
			p.Row, p.Cell, p.Value = tc.Row, wb.Cell(roster.MemberCounts.Key, "members", tc.Row), strconv.Itoa(c)
			if si := tc.Sheet; si != nil { // the row's own file and sheet, in a run over several files
				p.File, p.Sheet, p.Cell = si.File, si.Name, ""
				if col, ok := si.Columns["members"]; ok {
					p.Cell = roster.ColumnName(col) + strconv.Itoa(tc.Row)
				}
			}
		}
		ps = append(ps, p)
	}
	for _, t := range counts.names {
		mismatch(t)
	}
	for _, t := range roll.names {
		if _, ok := counts.byTown[t]; !ok {
			mismatch(t)
		}
	}
	return ps
}

// townships lists the members' townships in order, then the townships of
// applicants that have no members, in sheet order.
func townships(mc memberCount, ds []eligibility.Decision) []Township {
	ts := make([]Township, 0, len(mc.names))
	seen := map[string]bool{}
	for _, n := range mc.names {
		ts = append(ts, Township{Name: n, Members: mc.byTown[n]})
		seen[n] = true
	}
	for _, d := range ds {
		if d.Applicant == nil {
			continue
		}
		n := TownshipOf(&d)
		if !seen[n] && (n != "" || d.Verdict == eligibility.Eligible) {
			ts = append(ts, Township{Name: n})
			seen[n] = true
		}
	}
	return ts
}
