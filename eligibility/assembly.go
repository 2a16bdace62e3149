package eligibility

import (
	"strconv"

	"relief/i18n"
	"relief/roster"
)

// The branch assembly's figures checked against what else is known: the
// members roster says how many formal members (正式党员) a branch has,
// and only they vote (probationary members have no vote: the Party
// Constitution); and applicants of one branch voted on at one assembly
// share its 应到 and 实到.

// votersOnRoll warns when 应到人数 exceeds the branch's formal members on
// the roster (voters-exceed-roster). The branch is the one written on the
// applicant's row, else the roster's for the applicant; a branch found on
// neither is not checked.
func (j *judge) votersOnRoll(a *roster.Applicant) []roster.Problem {
	if j.roll == nil || a.Votes.Voters == nil {
		return nil
	}
	n, ok := j.roll.formal[keyOf(a.Township, a.Branch)]
	if !ok {
		m, on := j.roll.member(a.IDNumber)
		if !on {
			return nil
		}
		if n, ok = j.roll.formal[keyOf(m.Township, m.Branch)]; !ok {
			return nil
		}
	}
	if v := *a.Votes.Voters; v > n {
		return []roster.Problem{a.Problem(roster.SevWarning, "voters-exceed-roster", "voters", strconv.Itoa(v),
			i18n.M("eligibility.voters-exceed-roster", v, n))}
	}
	return nil
}

// meetings warns about each row whose 应到/实到 differ from those of an
// earlier row of the same branch with the same 党员大会日期 (one assembly,
// two sets of figures: meeting-mismatch). Invalid rows, and rows without
// a date or without figures, are not compared.
func meetings(ds []Decision) []roster.Problem {
	type meeting struct {
		branch branchKey
		day    roster.Day
	}
	first := map[meeting]*roster.Applicant{}
	var ps []roster.Problem
	for i := range ds {
		a := ds[i].Applicant
		if ds[i].Verdict == Invalid || a == nil || a.MeetingOn.IsZero() || a.Votes.Voters == nil && a.Votes.Present == nil {
			continue
		}
		k := meeting{keyOf(a.Township, a.Branch), a.MeetingOn}
		f, seen := first[k]
		if !seen {
			first[k] = a
			continue
		}
		if same(f.Votes.Voters, a.Votes.Voters) && same(f.Votes.Present, a.Votes.Present) {
			continue
		}
		field, value := "voters", figure(a.Votes.Voters)
		if same(f.Votes.Voters, a.Votes.Voters) {
			field, value = "present", figure(a.Votes.Present)
		}
		ps = append(ps, a.Problem(roster.SevWarning, "meeting-mismatch", field, value,
			i18n.M("eligibility.meeting-mismatch", a.MeetingOn.String(), figure(a.Votes.Voters), figure(a.Votes.Present),
				f.Row, figure(f.Votes.Voters), figure(f.Votes.Present))))
	}
	return ps
}

func same(a, b *int) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }

// figure writes a recorded count, or — when the cell was empty.
func figure(n *int) string {
	if n == nil {
		return "—"
	}
	return strconv.Itoa(*n)
}
