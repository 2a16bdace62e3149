package eligibility

import (
	"strings"

	"relief/i18n"
	"relief/roster"
)

// The applicant is the member on the roster. With a members roster, the
// applicant's identity number finds the member (§2: not-a-member when it
// does not); the name must be the member's, or the notice and the letters
// would print the wrong one (roster-name-mismatch, an error); a township
// or branch that differs is a warning (roster-township-mismatch,
// roster-branch-mismatch), and the quota counts the applicant in the
// roster's township (属地管理, §3.5), which Decision.Township carries to
// the budget. Townships are compared by roster.TownshipKey, so 乌加河 and
// 乌加河镇 are one township (still a warning: the sheets should agree),
// and Decision.Township is the run's one name for it
// (roster.Workbook.TownshipName), however the roster's row writes it: an
// applicant not on the roster whose township the roster has gets that
// name too.

// roll is what the rules need of the members roster: an index, not a
// copy (a province's roster holds a million rows; see roster.MemberList).
type roll struct {
	members *roster.MemberList
	formal  map[branchKey]int // formal members (正式党员) per branch, each number once
}

// branchKey names a branch within its township, however each is written.
type branchKey struct{ township, branch string }

func keyOf(township, branch string) branchKey {
	return branchKey{roster.TownshipKey(township), roster.Key(branch)}
}

// newRoll indexes the members roster of wb; nil when the workbook has no
// roster with members.
func newRoll(wb *roster.Workbook) *roll {
	if !wb.HasRoster || wb.Members.Len() == 0 {
		return nil
	}
	r := &roll{members: &wb.Members, formal: map[branchKey]int{}}
	keys := map[[2]string]branchKey{}
	for _, m := range wb.Members.Distinct() {
		if m.IDNumber == "" || m.MemberType == roster.Probationary {
			continue
		}
		raw := [2]string{m.Township, m.Branch}
		k, ok := keys[raw] // townships and branches repeat: normalise each once
		if !ok {
			k = keyOf(m.Township, m.Branch)
			keys[raw] = k
		}
		r.formal[k]++
	}
	return r
}

// has reports whether the identity number is on the roster.
func (r *roll) has(id string) bool {
	_, ok := r.members.Find(id)
	return ok
}

// member returns the roster's row for the identity number.
func (r *roll) member(id string) (roster.Member, bool) {
	i, ok := r.members.Find(id)
	if !ok {
		return roster.Member{}, false
	}
	return r.members.At(i), true
}

// match compares the applicant with the member of the same identity
// number, sets d.Township to the roster's township, and returns what
// differs.
func (j *judge) match(a *roster.Applicant, d *Decision) []roster.Problem {
	if j.roll == nil || a.IDNumber == "" {
		return nil
	}
	m, ok := j.roll.member(a.IDNumber)
	if !ok {
		return nil
	}
	var ps []roster.Problem
	if name := strings.TrimSpace(a.Name); name != "" && m.Name != "" && roster.Key(name) != roster.Key(m.Name) {
		ps = append(ps, a.Problem(roster.SevError, "roster-name-mismatch", "name", a.Name,
			i18n.M("eligibility.roster-name-mismatch", a.Name, a.IDNumber, m.Name, m.Row)))
	}
	if t := strings.TrimSpace(m.Township); t != "" {
		written := strings.TrimSpace(a.Township)
		name := j.wb.TownshipName(t) // one name per township over the run
		switch k := roster.Key(written); {
		case k == roster.Key(t) || k == roster.Key(name):
			// As the member's row, or as the run names the township: a
			// roster that writes it two ways has its own warning
			// (township-spelling).
		case roster.TownshipKey(written) == roster.TownshipKey(t):
			ps = append(ps, a.Problem(roster.SevWarning, "roster-township-mismatch", "township", a.Township,
				i18n.M("eligibility.roster-township-variant", written, t, m.Row, name)))
		default:
			ps = append(ps, a.Problem(roster.SevWarning, "roster-township-mismatch", "township", a.Township,
				i18n.M("eligibility.roster-township-mismatch", written, t, m.Row, name)))
		}
		d.Township = name
	}
	if b := strings.TrimSpace(m.Branch); b != "" && roster.Key(a.Branch) != roster.Key(b) {
		ps = append(ps, a.Problem(roster.SevWarning, "roster-branch-mismatch", "branch", a.Branch,
			i18n.M("eligibility.roster-branch-mismatch", strings.TrimSpace(a.Branch), b, m.Row)))
	}
	return ps
}
