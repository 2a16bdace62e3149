// Package eligibility decides each applicant against the policy: the
// conditions of §4, the branch assembly's vote (§5.3, §6.3.3, and the
// Party's rules on assemblies), objections raised during the public notice
// (§6.3.5) and the 60-day procedure timeline (§5.6); and it matches each
// applicant with the member on the roster (§2, §3.5). It never reads a
// workbook and never touches money.
package eligibility

import (
	"relief/i18n"
	"relief/money"
	"relief/roster"
)

// Verdict is the outcome for one applicant.
type Verdict string

// The verdicts, from best to worst rank in precedence: invalid outranks
// ineligible, which outranks pending, which outranks eligible. Waitlisted
// is set by the budget when an eligible applicant falls outside the quota.
const (
	Eligible   Verdict = "eligible"
	Waitlisted Verdict = "waitlisted"
	Ineligible Verdict = "ineligible"
	Pending    Verdict = "pending"
	Invalid    Verdict = "invalid"
)

// Reason is one rule that applies to an applicant, citing its clause of
// the policy (clauses.md), e.g. {"vote-below-threshold", "§6.3.3", …}.
type Reason struct {
	Code   string
	Clause string
	Msg    i18n.Msg
	Waits  bool   // the reason waits on something to be done (pending), rather than excluding
	Cell   string // the A1 reference of the cell the reason is about ("" when none)
}

// Decision is the outcome for one applicant.
type Decision struct {
	Applicant *roster.Applicant
	Verdict   Verdict
	Reasons   []Reason // every reason that applies, for any verdict but eligible
	Info      []Reason // facts that decide nothing (other aid, §4.4)
	DueOn     roster.Day
	Vote      Tally
	// Township is the township the applicant counts in for the quota:
	// the members roster's, when the applicant is on it (属地管理, §3.5),
	// else the township written on the applicants sheet (trimmed).
	Township string

	// Set by the budget: Rank is the 1-based place among the eligible
	// (selected, held and waitlisted), 0 when not ranked; Amount is the
	// relief granted to a selected (Eligible) applicant, or kept for a
	// held one; Held marks a Pending applicant whose only reason is an
	// objection under review (HoldsPlace) and who keeps a seat within the
	// quota until the objection is decided.
	Rank   int
	Amount money.Amount
	Held   bool
}
