package eligibility

import (
	"math/big"
	"slices"
	"strconv"
	"strings"

	"relief/i18n"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

// Clause ids cited by the reasons (clauses.md).
const (
	ClauseTarget     = "§2"
	ClauseConduct    = "§4.1"
	ClauseHardship   = "§4.2, §4.3"
	ClauseOtherAid   = "§4.4"
	ClauseExclusions = "§4.5"
	ClauseAssembly   = "§5.3"
	ClauseDeadline   = "§5.6"
	ClauseIncome     = "§6.3.2"
	ClauseVote       = "§6.3.3"
	ClauseObjection  = "§6.3.5"
	ClauseOutOfPov   = "§6.4"
)

// exclusionCodes maps each §4.5 exclusion to its reason code.
var exclusionCodes = map[string]string{
	roster.ExclLaziness: "excluded-laziness",
	roster.ExclChildren: "excluded-children-support",
	roster.ExclDues:     "excluded-dues",
}

// Decide decides every applicant of wb under p as of asOf, and returns the
// procedure warnings (deadline-exceeded, deadline-near; date-order
// warnings come from the roster reader).
//
// A row with an error is Invalid and judged no further: its one reason
// (invalid-data) points at its problems. Any other row collects every
// reason that applies; a reason that excludes makes it Ineligible, else a
// reason that waits on something (vote-missing, vote-no-quorum,
// objection-pending) makes it Pending, else it is Eligible. Other aid
// (§4.4) never excludes and is listed in Info.
func Decide(wb *roster.Workbook, p *policy.Policy, asOf roster.Day) ([]Decision, []roster.Problem) {
	if p == nil {
		p = policy.Default()
	}
	j := judge{wb: wb, p: p, asOf: asOf}
	if wb.HasRoster && wb.Members.Len() > 0 {
		j.members = &wb.Members
	}
	ds := make([]Decision, len(wb.Applicants))
	var warns []roster.Problem
	si := wb.Sheets[roster.Applicants.Key]
	for i := range wb.Applicants {
		a := &wb.Applicants[i]
		if a.Sheet == nil { // made by hand, not read
			a.Sheet = si
		}
		d := &ds[i]
		d.Applicant = a
		d.Vote = TallyVotes(a.Votes, p.Vote)
		if !a.AppliedOn.IsZero() {
			d.DueOn = a.AppliedOn.AddDays(p.Deadline.Days)
		}
		if a.Invalid {
			d.Verdict = Invalid
			d.Reasons = []Reason{j.invalid(a)}
			continue
		}
		j.decide(a, d)
		warns = append(warns, j.deadline(a, d.DueOn)...)
	}
	return ds, warns
}

// judge holds what deciding every applicant shares.
type judge struct {
	wb      *roster.Workbook
	p       *policy.Policy
	asOf    roster.Day
	members *roster.MemberList // the roster, looked up by identity number; nil without a full roster
}

// onRoster reports whether the roster has identity number id.
func (j *judge) onRoster(id string) bool {
	_, ok := j.members.Find(id)
	return ok
}

// outcome is how a reason weighs on the verdict.
type outcome int

const (
	waits    outcome = iota // pending until something is done
	excludes                // ineligible
)

func (j *judge) decide(a *roster.Applicant, d *Decision) {
	worst := -1
	add := func(o outcome, code, clause string, msg i18n.Msg) {
		d.Reasons = append(d.Reasons, Reason{Code: code, Clause: clause, Msg: msg})
		worst = max(worst, int(o))
	}

	// §2: only members of the banner's Party organisation.
	if j.members != nil && !j.onRoster(a.IDNumber) {
		add(excludes, "not-a-member", ClauseTarget, i18n.M("eligibility.not-a-member", a.IDNumber))
	}
	// §4.1: conduct.
	if len(a.Misconduct) > 0 {
		what := strings.TrimSpace(a.MisconductText)
		if what == "" {
			what = strings.Join(a.Misconduct, "、")
		}
		add(excludes, "conduct", ClauseConduct, i18n.M("eligibility.conduct", what))
	}
	// §4.2, §4.3: a hardship cause.
	if len(a.HardshipCauses) == 0 {
		add(excludes, "no-hardship-cause", ClauseHardship, i18n.M("eligibility.no-hardship-cause"))
	}
	// §4.5: exclusions, in the order the schema lists them.
	for _, e := range []string{roster.ExclLaziness, roster.ExclChildren, roster.ExclDues} {
		if slices.Contains(a.Exclusion, e) {
			code := exclusionCodes[e]
			add(excludes, code, ClauseExclusions, i18n.M("eligibility."+code))
		}
	}
	// §5.3, §6.3.3: the branch assembly's vote.
	j.vote(d.Vote, add)
	// §6.3.2: income per person against the line.
	if line := j.p.Income.Line; line > 0 {
		if a.HouseholdIncome != nil && a.HouseholdSize != nil && *a.HouseholdSize > 0 {
			if above(*a.HouseholdIncome, *a.HouseholdSize, line) {
				add(excludes, "income-above-line", ClauseIncome, i18n.M("eligibility.income-above-line",
					a.HouseholdIncome.String(), *a.HouseholdSize, perPerson(*a.HouseholdIncome, *a.HouseholdSize).String(), line.String()))
			}
		} else {
			d.Info = append(d.Info, Reason{Code: "income-unchecked", Clause: ClauseIncome,
				Msg: i18n.M("eligibility.income-unchecked", line.String())})
		}
	}
	// §6.3.5: objections raised during the public notice.
	switch a.Objection {
	case roster.ObjectionPending:
		add(waits, "objection-pending", ClauseObjection, i18n.M("eligibility.objection-pending"))
	case roster.ObjectionUpheld:
		add(excludes, "objection-upheld", ClauseObjection, i18n.M("eligibility.objection-upheld"))
	}
	// §6.4: no relief once out of poverty.
	if a.OutOfPoverty {
		add(excludes, "out-of-poverty", ClauseOutOfPov, i18n.M("eligibility.out-of-poverty"))
	}
	// §4.4: other aid never excludes.
	if len(a.OtherAid) > 0 {
		d.Info = append(d.Info, Reason{Code: "other-aid", Clause: ClauseOtherAid,
			Msg: i18n.M("eligibility.other-aid", strings.Join(a.OtherAid, "、"))})
	}

	switch worst {
	case int(excludes):
		d.Verdict = Ineligible
	case int(waits):
		d.Verdict = Pending
	default:
		d.Verdict = Eligible
	}
}

// vote adds the reasons of the assembly's vote. Nothing recorded waits
// (vote-missing). An assembly that was not quorate, or whose quorum
// cannot be checked, decided nothing: its majority and threshold are not
// judged. Otherwise a failed majority or threshold excludes, and figures
// missing for a check wait (vote-missing naming them).
func (j *judge) vote(t Tally, add func(outcome, string, string, i18n.Msg)) {
	if !t.Recorded {
		add(waits, "vote-missing", ClauseAssembly, i18n.M("eligibility.vote-missing"))
		return
	}
	missing := func() {
		if len(t.Missing) > 0 {
			add(waits, "vote-missing", ClauseAssembly, i18n.M("eligibility.vote-incomplete", headers(t.Missing)))
		}
	}
	switch t.QuorumCheck {
	case CheckFail:
		add(waits, "vote-no-quorum", ClauseAssembly, i18n.M("eligibility.vote-no-quorum", t.Present, t.Voters))
		return
	case CheckMissing:
		missing()
		return
	}
	if t.MajorityCheck == CheckFail {
		add(excludes, "vote-no-majority", ClauseAssembly, i18n.M("eligibility.vote-no-majority", t.For, t.Voters))
	}
	if t.ThresholdCheck == CheckFail {
		if tenths, ok := t.RateTenths(); ok {
			add(excludes, "vote-below-threshold", ClauseVote, i18n.M("eligibility.vote-below-threshold."+j.baseName(),
				t.For, t.Base, FormatTenths(tenths)+"%", j.p.Vote.Threshold.Percent()))
		} else { // a base of 0: there is no rate to show
			add(excludes, "vote-below-threshold", ClauseVote, i18n.M("eligibility.vote-zero-base."+j.baseName(),
				j.p.Vote.Threshold.Percent()))
		}
	}
	missing()
}

func (j *judge) baseName() string {
	switch j.p.Vote.Base {
	case "voters", "cast":
		return j.p.Vote.Base
	}
	return "present"
}

// invalid is the one reason of a row with errors: how many, and where.
func (j *judge) invalid(a *roster.Applicant) Reason {
	n := 0
	var where []string
	for _, pr := range j.wb.Problems {
		if pr.Severity != roster.SevError || pr.Row != a.Row || a.Sheet == nil || pr.Sheet != a.Sheet.Name || pr.File != a.Sheet.File {
			continue
		}
		n++
		if pr.Cell != "" && len(where) < 5 && !slices.Contains(where, pr.Cell) {
			where = append(where, pr.Cell)
		}
	}
	return Reason{Code: "invalid-data", Clause: "", Msg: i18n.M("eligibility.invalid-data", n, strings.Join(where, "、"))}
}

// deadline returns the §5.6 warnings of one applicant: approved after the
// due day; or not approved and the due day is past (as of asOf); or not
// approved and the due day is at most warn_days away (warn_days 0: no
// such warning).
func (j *judge) deadline(a *roster.Applicant, due roster.Day) []roster.Problem {
	if due.IsZero() {
		return nil
	}
	days := j.p.Deadline.Days
	warn := func(code, field, value string, msg i18n.Msg) []roster.Problem {
		if a.Cell(field) == "" && field != "applied_on" {
			field, value = "applied_on", a.AppliedOn.String()
		}
		return []roster.Problem{a.Problem(roster.SevWarning, code, field, value, msg)}
	}
	if !a.ApprovedOn.IsZero() {
		if a.ApprovedOn.After(due) {
			return warn("deadline-exceeded", "approved_on", a.ApprovedOn.String(), i18n.M("eligibility.deadline-late",
				a.ApprovedOn.String(), due.String(), a.AppliedOn.String(), days, due.DaysUntil(a.ApprovedOn)))
		}
		return nil
	}
	if j.asOf.IsZero() {
		return nil
	}
	if j.asOf.After(due) {
		return warn("deadline-exceeded", "approved_on", "", i18n.M("eligibility.deadline-overdue",
			a.AppliedOn.String(), days, due.String(), due.DaysUntil(j.asOf)))
	}
	if left := j.asOf.DaysUntil(due); j.p.Deadline.WarnDays > 0 && left <= j.p.Deadline.WarnDays {
		return warn("deadline-near", "approved_on", "", i18n.M("eligibility.deadline-near", due.String(), left))
	}
	return nil
}

// above reports whether income / size > line, exactly: income > line × size
// in fen.
func above(income money.Amount, size int, line money.Amount) bool {
	lhs := big.NewInt(int64(income))
	rhs := new(big.Int).Mul(big.NewInt(int64(line)), big.NewInt(int64(size)))
	return lhs.Cmp(rhs) > 0
}

// perPerson is income / size rounded half-up to the fen, for messages.
func perPerson(income money.Amount, size int) money.Amount {
	r := new(big.Rat).SetFrac(big.NewInt(int64(income)), big.NewInt(int64(size)))
	r.Add(r, big.NewRat(1, 2))
	return money.Amount(new(big.Int).Quo(r.Num(), r.Denom()).Int64())
}

// FormatTenths writes tenths of a percent with one decimal: 650 → "65.0".
func FormatTenths(t int) string {
	sign := ""
	if t < 0 {
		sign, t = "-", -t
	}
	return sign + strconv.Itoa(t/10) + "." + strconv.Itoa(t%10)
}

// headers names vote fields by their Chinese column headers, as the
// clerk sees them in the sheet: 应到人数、实到人数.
func headers(keys []string) string {
	hs := make([]string, 0, len(keys))
	for _, k := range keys {
		if f := roster.Applicants.Field(k); f != nil {
			hs = append(hs, f.Header)
		} else {
			hs = append(hs, k)
		}
	}
	return strings.Join(hs, "、")
}
