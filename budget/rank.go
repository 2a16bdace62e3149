package budget

import (
	"math/big"
	"sort"
	"strings"

	"relief/eligibility"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

// rankKey is what an eligible applicant is ranked by (package doc).
type rankKey struct {
	level   int           // index in policy.Levels; unknown levels after them
	income  *money.Amount // nil when income or household size is missing
	size    int64
	applied roster.Day
	row     int
	index   int // in the decisions, the final tie-break
}

// LevelOf is the applicant's hardship level as the budget counts it: the
// level given, else amount.default_level. Documents show this level.
func LevelOf(a *roster.Applicant, p *policy.Policy) string {
	if l := strings.TrimSpace(a.HardshipLevel); l != "" {
		return l
	}
	return p.Amount.DefaultLevel
}

func keyOf(i int, a *roster.Applicant, p *policy.Policy) rankKey {
	k := rankKey{level: len(policy.Levels), applied: a.AppliedOn, row: a.Row, index: i}
	lvl := LevelOf(a, p)
	for j, l := range policy.Levels {
		if l == lvl {
			k.level = j
		}
	}
	if a.HouseholdIncome != nil && a.HouseholdSize != nil && *a.HouseholdSize > 0 {
		k.income, k.size = a.HouseholdIncome, int64(*a.HouseholdSize)
	}
	return k
}

// before reports whether a ranks before b. It is a strict total order
// on keys with distinct indexes.
func before(a, b rankKey) bool {
	if a.level != b.level {
		return a.level < b.level
	}
	if (a.income == nil) != (b.income == nil) {
		return a.income != nil
	}
	if a.income != nil {
		// a.income/a.size < b.income/b.size, sizes positive.
		l := new(big.Int).Mul(big.NewInt(int64(*a.income)), big.NewInt(b.size))
		r := new(big.Int).Mul(big.NewInt(int64(*b.income)), big.NewInt(a.size))
		if c := l.Cmp(r); c != 0 {
			return c < 0
		}
	}
	if a.applied != b.applied {
		switch {
		case a.applied.IsZero():
			return false
		case b.applied.IsZero():
			return true
		}
		return a.applied.Before(b.applied)
	}
	if a.row != b.row {
		return a.row < b.row
	}
	return a.index < b.index
}

// rankEligible returns the indexes of the decisions that compete for a
// seat in rank order: the eligible ones, and those that wait only on an
// objection under review (eligibility.HoldsPlace), which keep their place.
func rankEligible(ds []eligibility.Decision, p *policy.Policy) []int {
	var keys []rankKey
	for i := range ds {
		if (ds[i].Verdict == eligibility.Eligible || eligibility.HoldsPlace(&ds[i])) && ds[i].Applicant != nil {
			keys = append(keys, keyOf(i, ds[i].Applicant, p))
		}
	}
	sort.Slice(keys, func(i, j int) bool { return before(keys[i], keys[j]) })
	order := make([]int, len(keys))
	for i, k := range keys {
		order[i] = k.index
	}
	return order
}

// sel chooses who stays eligible: the first plan.Quota in order (scope
// banner), or each township's quota first and the seats left banner-wide
// (scope township). It returns selected by decision index.
func sel(order []int, ds []eligibility.Decision, plan *Plan, townIndex map[string]int) map[int]bool {
	selected := make(map[int]bool, plan.Quota)
	n := 0
	if plan.Scope == "township" {
		used := make([]int, len(plan.Townships))
		for _, i := range order {
			t := townIndex[TownshipOf(&ds[i])]
			if used[t] < plan.Townships[t].Quota {
				used[t]++
				selected[i] = true
				n++
			}
		}
	}
	for _, i := range order {
		if n >= plan.Quota {
			break
		}
		if !selected[i] {
			selected[i] = true
			n++
		}
	}
	return selected
}
