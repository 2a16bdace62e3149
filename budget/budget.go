// Package budget turns the eligible applicants into the year's relief
// (§2): the quota and its apportionment to townships, the ranking and
// selection, the amounts by hardship level fitted to the fund, and the
// budget. Money is money.Amount (integer fen) throughout; every fraction
// is exact (math/big), never floating point.
//
// # Members
//
// The quota is computed on the party members of the members roster
// (党员名册), formal and probationary alike: each distinct identity
// number counts once, and each row whose identity number could not be
// read counts as one member (the person is on the roster; the roster
// check reports the number). A member belongs to the township of the
// first row with his or her number. Without a roster (or with an empty
// one) the 党员人数 sheet's counts are summed, rows of the same township
// added up. When both are given the roster wins, and every township whose
// two figures disagree gets a member-count-mismatch warning. With neither,
// the quota is 0, every eligible applicant is waitlisted, and a
// members-missing warning says which sheet to add.
//
// # Quota
//
// The banner quota is members × quota.rate, computed exactly and rounded
// by quota.rounding: half-up (108.025 → 108, 108.5 → 109), floor or ceil.
//
// # Apportionment (largest remainder, Hamilton)
//
// Each township's exact share is quota × township members / members.
// Every township first gets the whole part of its share; the seats left
// over (fewer than the townships) go one each to the townships with the
// largest fractional remainders. Equal remainders go first to the
// township with more members, then by name in Unicode order. The parts
// therefore add up to the banner quota, and each is the floor or the
// ceiling of its exact share. A township that has applicants but no
// members gets quota 0 (a township-no-members warning asks the clerk to
// check how its name is written). The apportionment is always reported;
// it decides the selection only when quota.scope is township.
//
// # Ranking and selection
//
// Eligible applicants are ranked by, in turn:
//  1. hardship level, 特别困难 before 比较困难 before 一般困难 (an empty
//     level counts as amount.default_level);
//  2. lower household income per person (income ÷ household size,
//     compared exactly by cross-multiplication); an applicant whose income
//     or household size is missing ranks after every applicant of the
//     same level whose figures are given, since the need was not shown;
//  3. earlier applied_on (a missing date ranks last);
//  4. earlier sheet row.
//
// Rank is the 1-based place in that order. With scope banner the first
// quota applicants are selected; with scope township the first
// township-quota of each township are, then the seats a township could
// not fill go banner-wide to the best-ranked applicants not yet selected.
// The rest become waitlisted (reason over-quota, §2) and keep their rank.
//
// # Held seats
//
// An applicant who waits only on an objection under review (有异议待复核),
// or on a question of the half-yearly evaluation form (困难不再持续 but
// not 脱贫, or a row that cannot be read: 核实前暂缓发放), keeps his or her
// place in the ranking (eligibility.HoldsPlace). Within the quota the
// seat is held (Decision.Held; the verdict stays pending) with its
// amount, and the waitlist is not promoted into it: seats, held ones
// included, never exceed the quota, and nobody becomes a recipient
// without being publicly posted. Only a verdict that excludes (异议成立,
// 脱贫) frees the seat for the next on the waitlist. Outside the quota
// there is no seat to hold: the applicant stays pending and unranked.
//
// # Amounts and fund
//
// A selected applicant's amount is amount.levels[level] (amount.base for
// a level the policy does not list). The fund is amount.fund when above 0
// (a fund-overridden warning gives both totals when the workbook also has
// a 资金来源 sheet), else the total of the 资金来源 sheet when it has rows,
// else quota × amount.base (a fund-assumed warning says so). When the
// amounts needed exceed the fund and amount.fit is scale, every amount
// becomes amount × fund ÷ need rounded down to amount.unit, in integer
// fen: equal amounts stay equal and the total never exceeds the fund; the
// leftover is reported, and a fund-scaled note (severity info) tells
// every view. With fit none the amounts stay, and the shortfall is a
// fund-shortfall error.
//
// # Townships
//
// An applicant counts in the township of Decision.Township: the members
// roster's when the applicant is on it (属地管理, §3.5).
package budget

import (
	"math/big"
	"slices"
	"strings"

	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

// Where the member count comes from (Plan.MembersSource).
const (
	FromRoster = "roster" // the members roster (党员名册)
	FromCounts = "counts" // the 党员人数 sheet
	FromNone   = "none"   // neither: the quota is 0
)

// Where the fund comes from (Plan.FundSource).
const (
	FundPolicy = "policy" // amount.fund of the policy
	FundSheet  = "sheet"  // the 资金来源 sheet
	FundQuota  = "quota"  // quota × amount.base
)

// Plan is the year's budget.
type Plan struct {
	Members       int    // party members the quota is computed on
	MembersSource string // FromRoster, FromCounts or FromNone

	Rate       policy.Ratio // quota.rate
	Rounding   string       // quota.rounding
	Scope      string       // quota.scope
	QuotaExact *big.Rat     // members × rate, before rounding
	Quota      int          // the banner quota

	Townships []Township // members' townships in roster order, then applicants' townships without members
	Levels    []Level    // policy.Levels first, then any other level used

	Eligible   int // ranked applicants (selected, held and waitlisted)
	Selected   int
	Held       int // seats held for applicants under objection (§6.3.5) or the evaluation's question (§6.4)
	Waitlisted int

	Need       money.Amount // the amounts of the seats (selected and held) at the standard levels
	Fund       money.Amount
	FundSource string     // FundPolicy, FundSheet or FundQuota
	Funds      []FundLine // what the fund is made of
	Total      money.Amount
	Leftover   money.Amount // fund − total, when the fund suffices or was scaled to
	Shortfall  money.Amount // need − fund, with fit none
	Scaled     bool         // the amounts were scaled down to the fund

	Problems []roster.Problem // warnings and errors about the budget
}

// Township is one row of the apportionment.
type Township struct {
	Name       string // "" for members whose township was not given
	Members    int
	Share      *big.Rat // quota × members / all members, exact
	Quota      int
	Eligible   int
	Selected   int
	Held       int
	Waitlisted int
	Amount     money.Amount // granted to its selected applicants, and kept for its held seats
}

// TownshipTotal adds up the township table: the 合计 row every view of
// the budget prints (Name and Share are left empty).
func (p *Plan) TownshipTotal() Township {
	var sum Township
	for _, t := range p.Townships {
		sum.Members += t.Members
		sum.Quota += t.Quota
		sum.Eligible += t.Eligible
		sum.Selected += t.Selected
		sum.Held += t.Held
		sum.Waitlisted += t.Waitlisted
		sum.Amount += t.Amount
	}
	return sum
}

// ShareText renders the exact share as a decimal: exact when it ends
// within four places ("27.0125"), else rounded to four ("36.3333").
func (t Township) ShareText() string { return decimalText(t.Share, 4) }

// Level is one hardship level's amount before and after fitting.
type Level struct {
	Level    string
	Standard money.Amount // amount.levels[level]
	Fitted   money.Amount // after scaling to the fund (= Standard when not scaled)
	Selected int          // seats at this level (selected and held)
	Subtotal money.Amount // Fitted × Selected
}

// FundLine is one source of the fund: a row of the 资金来源 sheet, or
// the policy's amount.fund ("amount.fund"), or quota × amount.base
// ("quota*amount.base").
type FundLine struct {
	Source string
	Amount money.Amount
	Row    int // the sheet row, 0 when not from the sheet
}

// The Source of a FundLine not read from the sheet.
const (
	SourcePolicyFund = "amount.fund"
	SourceQuotaBase  = "quota*amount.base"
)

// QuotaExactText renders members × rate exactly ("108.025").
func (p *Plan) QuotaExactText() string { return decimalText(p.QuotaExact, 12) }

// Apply ranks the eligible decisions, keeps those within the quota
// Eligible (the rest become Waitlisted with reason over-quota), sets their
// Rank and Amount, and returns the plan with its problems (also in
// Plan.Problems). A nil policy is the built-in one.
func Apply(ds []eligibility.Decision, wb *roster.Workbook, p *policy.Policy) (*Plan, []roster.Problem) {
	if p == nil {
		p = policy.Default()
	}
	if wb == nil {
		wb = &roster.Workbook{}
	}
	plan := &Plan{Rate: p.Quota.Rate, Rounding: p.Quota.Rounding, Scope: p.Quota.Scope}

	mc := countMembers(wb)
	plan.Members, plan.MembersSource = mc.total, mc.source
	plan.Problems = append(plan.Problems, mc.problems...)
	if mc.source == FromNone {
		msg := i18n.M("budget.members-missing")
		if wb.Sheets[roster.Members.Key] != nil || wb.Sheets[roster.MemberCounts.Key] != nil {
			// A blank template: the sheets are there, with no rows yet.
			msg = i18n.M("budget.members-empty")
		}
		plan.Problems = append(plan.Problems, roster.Problem{
			Severity: roster.SevWarning, Code: "members-missing", Msg: msg,
		})
	}

	var rate *big.Rat
	if p.Quota.Rate.R != nil {
		rate = p.Quota.Rate.R
	} else {
		rate = new(big.Rat)
	}
	plan.QuotaExact = new(big.Rat).Mul(new(big.Rat).SetInt64(int64(plan.Members)), rate)
	plan.Quota = RoundQuota(plan.QuotaExact, p.Quota.Rounding)

	plan.Townships = townships(mc, ds)
	members := make([]int, len(plan.Townships))
	names := make([]string, len(plan.Townships))
	for i, t := range plan.Townships {
		members[i], names[i] = t.Members, t.Name
	}
	quotas := Apportion(plan.Quota, members, names)
	applying := map[string]bool{}
	for _, d := range ds {
		if d.Applicant != nil {
			applying[TownshipOf(&d)] = true
		}
	}
	townIndex := map[string]int{}
	for i := range plan.Townships {
		t := &plan.Townships[i]
		t.Quota = quotas[i]
		t.Share = share(plan.Quota, t.Members, plan.Members)
		townIndex[t.Name] = i
		if t.Members == 0 && t.Name != "" && applying[t.Name] && mc.source != FromNone {
			plan.Problems = append(plan.Problems, roster.Problem{
				Severity: roster.SevWarning, Code: "township-no-members", Field: "township", Value: t.Name,
				Sheet: sheetName(wb, roster.Applicants), Msg: i18n.M("budget.township-no-members", t.Name),
			})
		}
	}

	order := rankEligible(ds, p)
	selected := sel(order, ds, plan, townIndex)
	// An applicant under objection outside the quota has no seat to hold:
	// he or she stays pending and unranked, as the objection waits.
	order = slices.DeleteFunc(order, func(i int) bool { return !selected[i] && eligibility.HoldsPlace(&ds[i]) })
	for pos, i := range order {
		d := &ds[i]
		d.Rank = pos + 1
		t := &plan.Townships[townIndex[TownshipOf(d)]]
		t.Eligible++
		plan.Eligible++
		if selected[i] && eligibility.HoldsPlace(d) {
			d.Held = true
			t.Held++
			plan.Held++
			continue
		}
		if selected[i] {
			t.Selected++
			plan.Selected++
			continue
		}
		t.Waitlisted++
		plan.Waitlisted++
		d.Verdict = eligibility.Waitlisted
		d.Amount = 0
		d.Reasons = append(d.Reasons, overQuota(plan, t, d.Rank))
	}

	setAmounts(ds, order, selected, wb, p, plan)
	for _, i := range order {
		if selected[i] {
			plan.Townships[townIndex[TownshipOf(&ds[i])]].Amount += ds[i].Amount
		}
	}
	return plan, plan.Problems
}

func overQuota(plan *Plan, t *Township, rank int) eligibility.Reason {
	msg := i18n.M("budget.over-quota", plan.Quota, rank)
	if plan.Scope == "township" {
		msg = i18n.M("budget.over-quota-township", plan.Quota, rank, townshipLabel(t.Name), t.Quota)
	}
	return eligibility.Reason{Code: "over-quota", Clause: "§2", Msg: msg}
}

// TownshipOf is the township the quota counts the applicant in: the
// decision's (the roster's, §3.5; see eligibility.Decision.Township), or,
// for a decision made by hand without one, the applicant's as written.
func TownshipOf(d *eligibility.Decision) string {
	if d.Township != "" || d.Applicant == nil {
		return d.Township
	}
	return strings.TrimSpace(d.Applicant.Township)
}

// townshipLabel names a township in messages, "" as （未填）.
func townshipLabel(name string) string {
	if name == "" {
		return i18n.M("budget.no-township").In(i18n.ZH)
	}
	return name
}

// RoundQuota rounds the exact quota x ≥ 0 by mode: half-up (the default
// for an unknown mode), floor or ceil.
func RoundQuota(x *big.Rat, mode string) int {
	num, den := x.Num(), x.Denom()
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	switch mode {
	case "floor":
	case "ceil":
		if r.Sign() > 0 {
			q.Add(q, big.NewInt(1))
		}
	default: // half-up: r/den ≥ 1/2
		if new(big.Int).Mul(r, big.NewInt(2)).Cmp(den) >= 0 {
			q.Add(q, big.NewInt(1))
		}
	}
	if !q.IsInt64() {
		return 0
	}
	return int(q.Int64())
}

// share returns quota × part / whole, 0 when whole is 0.
func share(quota, part, whole int) *big.Rat {
	if whole <= 0 {
		return new(big.Rat)
	}
	return new(big.Rat).SetFrac(
		new(big.Int).Mul(big.NewInt(int64(quota)), big.NewInt(int64(part))),
		big.NewInt(int64(whole)))
}

// decimalText renders x exactly when it ends within places decimals, else
// rounded to places.
func decimalText(x *big.Rat, places int) string {
	if x == nil {
		return "0"
	}
	for prec := 0; prec <= places; prec++ {
		s := x.FloatString(prec)
		if back, ok := new(big.Rat).SetString(s); ok && back.Cmp(x) == 0 {
			return s
		}
	}
	return x.FloatString(places)
}

// sheetName is the name of the sheet as found in the workbook, else its
// canonical name.
func sheetName(wb *roster.Workbook, s roster.Sheet) string {
	if si := wb.Sheets[s.Key]; si != nil {
		return si.Name
	}
	return s.Name
}
