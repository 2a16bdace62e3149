package report

// The figures of the report upward (relief report, §6.1 统计、上报): per
// township the members, quota, applicants, eligible, selected, amount
// and paid; and the recipients broken down by hardship cause, level,
// ethnicity, gender, age and other aid. Counting only: every figure comes
// from the assessment.

import (
	"math/big"
	"strings"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

// statTown is one township's row (or the total).
type statTown struct {
	Name       string
	Members    int
	Quota      int
	Applicants int
	Eligible   int // ranked: selected and waitlisted
	Selected   int
	Amount     money.Amount
	PaidPeople int
	Paid       money.Amount
}

// statCount is one category of a breakdown.
type statCount struct {
	Key string // stable, for scripts: the value itself (疾病), or a band such as 60-69
	N   int
}

// statBreakdown is the recipients counted by one property.
type statBreakdown struct {
	Key    string // cause, level, ethnicity, gender, age, other_aid
	Counts []statCount
	// Multi: a recipient may count in several categories (causes, aid),
	// so the counts may add up to more than the recipients.
	Multi bool
}

// yearStats are the report's figures.
type yearStats struct {
	Year       int
	Townships  []statTown
	Total      statTown
	Recipients int
	Breakdowns []statBreakdown
}

// statsOf counts the report's figures from r.
func statsOf(r *assessment.Result) yearStats {
	p := plan(r)
	st := yearStats{Year: r.AsOf.Y}
	idx := map[string]int{}
	for _, t := range p.Townships {
		idx[t.Name] = len(st.Townships)
		st.Townships = append(st.Townships, statTown{Name: t.Name, Members: t.Members, Quota: t.Quota,
			Eligible: t.Eligible, Selected: t.Selected, Amount: t.Amount})
	}
	town := func(name string) *statTown {
		name = strings.TrimSpace(name)
		i, ok := idx[name]
		if !ok {
			i = len(st.Townships)
			idx[name] = i
			st.Townships = append(st.Townships, statTown{Name: name})
		}
		return &st.Townships[i]
	}
	for i := range r.Decisions {
		if d := &r.Decisions[i]; d.Applicant != nil {
			town(budget.TownshipOf(d)).Applicants++ // the township the plan counts it in
		}
	}
	if r.Payment != nil {
		for _, t := range r.Payment.Townships {
			x := town(t.Name)
			x.PaidPeople, x.Paid = t.Paid, t.PaidAmount
		}
	}
	for _, t := range st.Townships {
		st.Total.Members += t.Members
		st.Total.Quota += t.Quota
		st.Total.Applicants += t.Applicants
		st.Total.Eligible += t.Eligible
		st.Total.Selected += t.Selected
		st.Total.Amount += t.Amount
		st.Total.PaidPeople += t.PaidPeople
		st.Total.Paid += t.Paid
	}

	// The breakdowns of the recipients.
	ethnicity := map[string]string{}
	if r.Workbook.HasRoster {
		for _, m := range r.Workbook.Members.All() {
			if m.IDNumber != "" {
				if _, seen := ethnicity[m.IDNumber]; !seen {
					ethnicity[m.IDNumber] = strings.TrimSpace(m.Ethnicity)
				}
			}
		}
	}
	causes := newTally(roster.Applicants.Field("hardship_causes").Values...)
	levels := newTally(policy.Levels...)
	ethnic := newTally()
	gender := newTally(roster.Male, roster.Female)
	ages := newTally(ageKeys...)
	aid := newTally(append([]string{"any"}, roster.Applicants.Field("other_aid").Values...)...)
	for i := range r.Decisions {
		d := &r.Decisions[i]
		if !eligibility.IsRecipient(d) {
			continue
		}
		a := d.Applicant
		st.Recipients++
		if len(a.HardshipCauses) == 0 {
			causes.add(unknownKey)
		}
		for _, c := range a.HardshipCauses {
			causes.add(c)
		}
		levels.add(budget.LevelOf(a, r.Policy))
		switch e, on := ethnicity[a.IDNumber]; {
		case !r.Workbook.HasRoster:
			ethnic.add(noRosterKey)
		case !on:
			ethnic.add(notOnRosterKey)
		case e == "":
			ethnic.add(unknownKey)
		default:
			ethnic.add(e)
		}
		g := a.Gender
		if g == "" {
			g = unknownKey
		}
		gender.add(g)
		ages.add(ageBand(a.IDNumber, r.AsOf))
		if len(a.OtherAid) > 0 {
			aid.add("any")
		}
		for _, x := range a.OtherAid {
			aid.add(x)
		}
	}
	st.Breakdowns = []statBreakdown{
		{Key: "cause", Counts: causes.counts(true), Multi: true},
		{Key: "level", Counts: levels.counts(true)},
		{Key: "ethnicity", Counts: ethnic.counts(false)},
		{Key: "gender", Counts: gender.counts(true)},
		{Key: "age", Counts: ages.counts(true)},
		{Key: "other_aid", Counts: aid.counts(true), Multi: true},
	}
	return st
}

// breakdownTitle names a breakdown: 按困难原因.
func breakdownTitle(key string, l i18n.Lang) string { return i18n.M("report.stats.by-" + key).In(l) }

// categoryLabel names a category: an age band or another key in words,
// a value of a column (疾病, 蒙古族) as it is.
func categoryLabel(key string, l i18n.Lang) string {
	if k := "report.stats.key." + key; i18n.Has(k) {
		return i18n.M(k).In(l)
	}
	return key
}

// The keys of the categories that are no value of a column.
const (
	unknownKey     = "unknown"       // not given, or not readable
	notOnRosterKey = "not-on-roster" // ethnicity: the recipient is not on the members roster
	noRosterKey    = "no-roster"     // ethnicity: the workbook has no members roster
)

// ageKeys are the age bands, youngest first.
var ageKeys = []string{"under-40", "40-49", "50-59", "60-69", "70-79", "80-plus", unknownKey}

// ageBand is the band of the age on asOf of the holder of an 18-character
// identity number (the birth date is in it), unknownKey without one.
func ageBand(id string, asOf roster.Day) string {
	if len(id) != 18 || asOf.IsZero() {
		return unknownKey
	}
	y, m, d := atoi(id[6:10]), atoi(id[10:12]), atoi(id[12:14])
	if y == 0 || m == 0 || d == 0 {
		return unknownKey
	}
	age := asOf.Y - y
	if int(asOf.M) < m || int(asOf.M) == m && asOf.D < d {
		age--
	}
	switch {
	case age < 0:
		return unknownKey
	case age < 40:
		return "under-40"
	case age >= 80:
		return "80-plus"
	}
	return ageKeys[age/10-3]
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// tally counts categories: the fixed ones in their order (shown even at
// 0), then the others in the order met.
type tally struct {
	order []string
	fixed map[string]bool
	n     map[string]int
}

func newTally(fixed ...string) *tally {
	t := &tally{fixed: map[string]bool{}, n: map[string]int{}}
	for _, k := range fixed {
		t.order = append(t.order, k)
		t.fixed[k] = true
	}
	return t
}

func (t *tally) add(k string) {
	if _, ok := t.n[k]; !ok && !t.fixed[k] {
		t.order = append(t.order, k)
	}
	t.n[k]++
}

// counts lists the categories; with zeros, the fixed ones at 0 too (but
// never an unknown that did not occur).
func (t *tally) counts(zeros bool) []statCount {
	var out []statCount
	for _, k := range t.order {
		n := t.n[k]
		if n == 0 && (!zeros || k == unknownKey) {
			continue
		}
		out = append(out, statCount{Key: k, N: n})
	}
	return out
}

// shareOf is n / of as an exact decimal with four places (0.4167), for a
// percentage cell; "0" when of is 0.
func shareOf(n, of int) string {
	if of <= 0 {
		return "0"
	}
	return new(big.Rat).SetFrac64(int64(n), int64(of)).FloatString(4)
}

// percentText is n / of as a percentage with one decimal: 41.7%.
func percentText(n, of int) string {
	if of <= 0 {
		return "—"
	}
	r := new(big.Rat).SetFrac64(int64(n)*100, int64(of))
	return r.FloatString(1) + "%"
}
