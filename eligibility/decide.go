package eligibility

import (
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"

	"relief/i18n"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

// Clause ids cited by the reasons (clauses.md). ClauseRules is not a
// clause of the policy document: quorum and majority come from the Party
// Constitution and the regulations on the work of Party branches.
const (
	ClauseTarget     = "§2"
	ClauseLocal      = "§3.5"
	ClauseConduct    = "§4.1"
	ClauseHardship   = "§4.2, §4.3"
	ClauseNoSelfCare = "§4.3"
	ClauseOtherAid   = "§4.4"
	ClauseExclusions = "§4.5"
	ClauseYearly     = "§5"
	ClauseAssembly   = "§5.3"
	ClauseProposal   = "§5.4"
	ClauseDeadline   = "§5.6"
	ClauseIncome     = "§6.3.2"
	ClauseVote       = "§6.3.3"
	ClauseObjection  = "§6.3.5"
	ClauseOutOfPov   = "§6.4"
	ClauseRules      = "党章"
)

// causes42 are the hardship causes of §4.2; §4.3 is CauseNoSelfCare and
// CauseChildrenLow together.
var causes42 = []string{roster.CauseIllness, roster.CauseUnemployment, roster.CauseSchooling, roster.CauseDisaster}

// exclusionCodes maps each §4.5 exclusion to its reason code.
var exclusionCodes = map[string]string{
	roster.ExclLaziness: "excluded-laziness",
	roster.ExclChildren: "excluded-children-support",
	roster.ExclDues:     "excluded-dues",
}

// Decide decides every applicant of wb under p as of asOf, the relief
// year being asOf's; see DecideYear.
func Decide(wb *roster.Workbook, p *policy.Policy, asOf roster.Day) ([]Decision, []roster.Problem) {
	return DecideYear(wb, p, asOf, asOf.Y)
}

// DecideYear decides every applicant of wb under p as of asOf for the
// relief year year, and returns the problems the rules find, each on its
// applicant's cell: the procedure warnings (deadline-exceeded,
// deadline-near, applied-other-year), the vote's (voters-exceed-roster,
// meeting-mismatch), and the roster match's (roster-name-mismatch, an
// error; roster-township-mismatch, roster-branch-mismatch). Date-order and
// votes-inconsistent come from the roster reader.
//
// A row with an error (the reader's, or a name that is not the roster's)
// is Invalid and judged no further: its one reason (invalid-data) points
// at its errors; only the §5.6 deadline, which every application with a
// date has, is still checked. Any other row collects every reason that applies; a
// reason that excludes makes it Ineligible, else a reason that waits on
// something (vote-missing, vote-no-quorum, objection-pending,
// conduct-unclear, self-care-incomplete, level-missing) makes it Pending,
// else it is Eligible. Facts that decide nothing are listed in Info:
// other aid (§4.4), the default level applied, a breach the policy does
// not exclude.
func DecideYear(wb *roster.Workbook, p *policy.Policy, asOf roster.Day, year int) ([]Decision, []roster.Problem) {
	if p == nil {
		p = policy.Default()
	}
	j := judge{wb: wb, p: p, asOf: asOf, year: year, roll: newRoll(wb)}
	ds := make([]Decision, len(wb.Applicants))
	var probs []roster.Problem
	si := wb.Sheets[roster.Applicants.Key]
	for i := range wb.Applicants {
		a := &wb.Applicants[i]
		if a.Sheet == nil { // made by hand, not read
			a.Sheet = si
		}
		d := &ds[i]
		d.Applicant = a
		d.Township = wb.TownshipName(a.Township) // the roster's name for it, when the roster has it
		d.Vote = TallyVotes(a.Votes, p.Vote)
		if !a.AppliedOn.IsZero() {
			d.DueOn = a.AppliedOn.AddDays(p.Deadline.Days)
		}
		match := j.match(a, d)
		probs = append(probs, match...)
		// §5.6 runs from the application whatever the row holds: a row
		// with an error is late all the same (the deadline reads only
		// the dates that could be read).
		probs = append(probs, j.deadline(a, d.DueOn)...)
		if errs := errorsOf(match); a.Invalid || len(errs) > 0 {
			d.Verdict = Invalid
			d.Reasons = []Reason{j.invalid(a, errs)}
			continue
		}
		j.decide(a, d)
		probs = append(probs, j.year1(a)...)
		probs = append(probs, j.votersOnRoll(a)...)
	}
	probs = append(probs, meetings(ds)...)
	sortProblems(probs)
	return ds, probs
}

// judge holds what deciding every applicant shares.
type judge struct {
	wb   *roster.Workbook
	p    *policy.Policy
	asOf roster.Day
	year int   // the relief year; 0: not checked
	roll *roll // the members roster; nil without a full roster
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
		d.Reasons = append(d.Reasons, Reason{Code: code, Clause: clause, Msg: msg, Waits: o == waits})
		worst = max(worst, int(o))
	}

	addAt := func(o outcome, code, clause, field string, msg i18n.Msg) {
		add(o, code, clause, msg)
		d.Reasons[len(d.Reasons)-1].Cell = a.Cell(field)
	}
	info := func(code, clause string, msg i18n.Msg) {
		d.Info = append(d.Info, Reason{Code: code, Clause: clause, Msg: msg})
	}

	// §2: only members of the banner's Party organisation.
	if j.roll != nil && !j.roll.has(a.IDNumber) {
		add(excludes, "not-a-member", ClauseTarget, i18n.M("eligibility.not-a-member", a.IDNumber))
	}
	// §4.1: conduct. The policy says which breaches exclude; text the
	// reader could not classify waits for a person.
	what := strings.TrimSpace(a.MisconductText)
	if what == "" {
		what = strings.Join(a.Misconduct, "、")
	}
	var excluded, allowed []string
	for _, b := range a.Misconduct {
		if slices.Contains(j.p.Conduct.Exclude, b) {
			excluded = append(excluded, b)
		} else {
			allowed = append(allowed, b)
		}
	}
	switch {
	case len(excluded) > 0:
		addAt(excludes, "conduct", ClauseConduct, "misconduct", i18n.M("eligibility.conduct", what))
	case a.ConductUnclear:
		addAt(waits, "conduct-unclear", ClauseConduct, "misconduct", i18n.M("eligibility.conduct-unclear",
			where(a, "misconduct"), what, strings.Join(policy.Breaches, "、")))
	}
	if len(allowed) > 0 {
		info("conduct-allowed", ClauseConduct, i18n.M("eligibility.conduct-allowed", strings.Join(allowed, "、")))
	}
	// §4.2, §4.3: a hardship cause.
	j.hardship(a, addAt)
	// §2, §5.4: the level of hardship sets the amount.
	if strings.TrimSpace(a.HardshipLevel) == "" {
		switch {
		case j.p.Amount.DefaultLevel != "":
			info("level-default", ClauseProposal, i18n.M("eligibility.level-default", j.p.Amount.DefaultLevel))
		case a.Cell("hardship_level") == "":
			add(waits, "level-missing", ClauseProposal, i18n.M("eligibility.level-no-column", levelList()))
		default:
			addAt(waits, "level-missing", ClauseProposal, "hardship_level", i18n.M("eligibility.level-missing",
				where(a, "hardship_level"), levelList()))
		}
	}
	// §4.5: exclusions, in the order the schema lists them.
	for _, e := range []string{roster.ExclLaziness, roster.ExclChildren, roster.ExclDues} {
		if slices.Contains(a.Exclusion, e) {
			code := exclusionCodes[e]
			add(excludes, code, ClauseExclusions, i18n.M("eligibility."+code))
		}
	}
	// §5.2, §5.3, §6.3.3, §5.4: the survey, the branch assembly's vote,
	// the township's review, in the order of the procedure (steps.go).
	j.steps(a, d.Vote, add)
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
		info("other-aid", ClauseOtherAid, i18n.M("eligibility.other-aid", i18n.List(a.OtherAid)))
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
// (vote-missing, §5.3). An assembly that was not quorate, or whose quorum
// cannot be checked, decided nothing: its majority and threshold are not
// judged. Otherwise a failed majority (the Party's rules, 党章) or
// threshold (§6.3.3) excludes, and figures missing for a check wait
// (vote-missing naming them). Figures that contradict each other make
// the row invalid before it is judged (votes-inconsistent).
func (j *judge) vote(t Tally, add func(outcome, string, string, i18n.Msg)) {
	if !t.Recorded {
		add(waits, "vote-missing", ClauseAssembly, i18n.M("eligibility.vote-missing"))
		return
	}
	if t.Inconsistent { // the reader made such a row invalid; one made by hand waits
		add(waits, "votes-inconsistent", ClauseAssembly, i18n.M("eligibility.votes-inconsistent"))
		return
	}
	missing := func() {
		if len(t.Missing) > 0 {
			add(waits, "vote-missing", ClauseAssembly, i18n.M("eligibility.vote-incomplete", headers(t.Missing)))
		}
	}
	switch t.QuorumCheck {
	case CheckFail:
		add(waits, "vote-no-quorum", ClauseRules, i18n.M("eligibility.vote-no-quorum", t.Present, t.Voters))
		return
	case CheckMissing:
		missing()
		return
	}
	if t.MajorityCheck == CheckFail {
		add(excludes, "vote-no-majority", ClauseRules, i18n.M("eligibility.vote-no-majority", t.For, t.Voters))
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

// invalid is the one reason of a row with errors: how many, and where;
// extra are the rules' own errors on the row.
func (j *judge) invalid(a *roster.Applicant, extra []roster.Problem) Reason {
	n := 0
	var where []string
	for _, pr := range append(slices.Clip(j.wb.Problems), extra...) {
		if pr.Severity != roster.SevError || pr.Row != a.Row || a.Sheet == nil || pr.Sheet != a.Sheet.Name || pr.File != a.Sheet.File {
			continue
		}
		n++
		if pr.Cell != "" && len(where) < 5 && !slices.Contains(where, pr.Cell) {
			where = append(where, pr.Cell)
		}
	}
	return Reason{Code: "invalid-data", Clause: "", Msg: i18n.M("eligibility.invalid-data", n, i18n.List(where))}
}

// hardship adds the reasons of §4.2 and §4.3: a §4.2 cause decides;
// without one, §4.3 needs both 无自理能力 and 子女赡养能力低, and one of them
// alone waits for the clerk to record the other or a §4.2 cause
// (self-care-incomplete); no cause at all excludes.
func (j *judge) hardship(a *roster.Applicant, add func(outcome, string, string, string, i18n.Msg)) {
	cs := a.HardshipCauses
	for _, c := range causes42 {
		if slices.Contains(cs, c) {
			return
		}
	}
	self, children := slices.Contains(cs, roster.CauseNoSelfCare), slices.Contains(cs, roster.CauseChildrenLow)
	switch {
	case self && children:
	case self || children:
		add(waits, "self-care-incomplete", ClauseNoSelfCare, "hardship_causes", i18n.M("eligibility.self-care-incomplete",
			strings.Join(cs, "、"), where(a, "hardship_causes")))
	default:
		add(excludes, "no-hardship-cause", ClauseHardship, "", i18n.M("eligibility.no-hardship-cause"))
	}
}

// year1 warns when the application is dated outside the relief year
// (applied-other-year, §5: one application a year).
func (j *judge) year1(a *roster.Applicant) []roster.Problem {
	if j.year == 0 || a.AppliedOn.IsZero() || a.AppliedOn.Y == j.year {
		return nil
	}
	return []roster.Problem{a.Problem(roster.SevWarning, "applied-other-year", "applied_on", a.AppliedOn.String(),
		i18n.M("eligibility.applied-other-year", a.AppliedOn.String(), j.year))}
}

// where names a field's cell for a message: 违纪违法情况（O7）, or the
// header alone when the row has no such cell.
func where(a *roster.Applicant, field string) string {
	h := field
	if f := roster.Applicants.Field(field); f != nil {
		h = f.Header
	}
	if c := a.Cell(field); c != "" {
		return h + "（" + c + "）"
	}
	return h
}

// levelList names the levels for messages: 特别困难、比较困难、一般困难.
func levelList() string { return strings.Join(policy.Levels, "、") }

// errorsOf returns the problems of severity error.
func errorsOf(ps []roster.Problem) []roster.Problem {
	var out []roster.Problem
	for _, p := range ps {
		if p.Severity == roster.SevError {
			out = append(out, p)
		}
	}
	return out
}

// sortProblems orders the rules' problems by file, then row, then
// column, keeping the order of problems on one cell.
func sortProblems(ps []roster.Problem) {
	col := func(cell string) int {
		n := 0
		for _, r := range cell {
			if r < 'A' || r > 'Z' {
				break
			}
			n = n*26 + int(r-'A'+1)
		}
		return n
	}
	sort.SliceStable(ps, func(i, k int) bool {
		a, b := ps[i], ps[k]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Row != b.Row {
			return a.Row < b.Row
		}
		return col(a.Cell) < col(b.Cell)
	})
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
	// An approval recorded before the survey or the review is no
	// approval yet (step-missing): the case is still open.
	incomplete := !a.ApprovedOn.IsZero() && slices.ContainsFunc(MandatorySteps, func(s Step) bool { return s.Missing(a) })
	if incomplete {
		switch {
		case j.asOf.IsZero():
		case j.asOf.After(due):
			return warn("deadline-exceeded", "approved_on", a.ApprovedOn.String(), i18n.M("eligibility.deadline-overdue-incomplete",
				a.AppliedOn.String(), days, due.String(), due.DaysUntil(j.asOf)))
		case j.p.Deadline.WarnDays > 0 && j.asOf.DaysUntil(due) <= j.p.Deadline.WarnDays:
			return warn("deadline-near", "approved_on", a.ApprovedOn.String(), i18n.M("eligibility.deadline-near-incomplete",
				due.String(), j.asOf.DaysUntil(due)))
		}
		return nil
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
