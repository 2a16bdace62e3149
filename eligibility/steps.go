package eligibility

import (
	"relief/i18n"
	"relief/roster"
)

// The procedure's steps as the rules see them (§5): a step that must be
// recorded before a case can go on, and the objection that keeps a
// seat. Where each case stands in the procedure (its stage) is package
// procedure's; here are only the reasons a verdict waits on.

// Clause ids of the procedure's steps (clauses.md).
const (
	ClauseSurvey = "§5.2"
	ClauseReview = "§5.4"
)

// Step is a mandatory step of the procedure that the applicants sheet
// records by a date column. A sheet without the column takes the step as
// done (the simple workbooks clerks keep); a sheet with it must have the
// date, or the case waits.
type Step struct {
	Field  string // the date column's field key, e.g. surveyed_on
	Code   string // the reason when the cell is empty, e.g. survey-missing
	Clause string
	Day    func(*roster.Applicant) roster.Day
}

// MandatorySteps are the branch's household survey (§5.2) and the
// township's review (§5.4), in the order of the procedure. The assembly
// (§5.3) is shown by its vote figures (vote-missing), so 党员大会日期 is
// optional; the approval and the notice are never assumed.
var MandatorySteps = []Step{
	{Field: "surveyed_on", Code: "survey-missing", Clause: ClauseSurvey, Day: func(a *roster.Applicant) roster.Day { return a.SurveyedOn }},
	{Field: "reviewed_on", Code: "review-missing", Clause: ClauseReview, Day: func(a *roster.Applicant) roster.Day { return a.ReviewedOn }},
}

// Missing reports whether the step's column is on the applicant's sheet
// and its cell on the applicant's row is empty.
func (s Step) Missing(a *roster.Applicant) bool {
	return a.Cell(s.Field) != "" && s.Day(a).IsZero()
}

// Header is the step column's canonical header, as clerks see it.
func (s Step) Header() string {
	if f := roster.Applicants.Field(s.Field); f != nil {
		return f.Header
	}
	return s.Field
}

// steps adds the reasons of the procedure's steps in their order: a
// waiting reason for the survey when not recorded, the assembly's vote
// (vote), then a waiting reason for the review when not recorded. A
// missing step waits whatever later steps are recorded: the clerk fills
// in the date, or the case waits.
func (j *judge) steps(a *roster.Applicant, t Tally, add func(outcome, string, string, i18n.Msg)) {
	missing := func(s Step) {
		if s.Missing(a) {
			add(waits, s.Code, s.Clause, i18n.M("eligibility."+s.Code, s.Header()))
		}
	}
	missing(MandatorySteps[0])
	j.vote(t, add)
	missing(MandatorySteps[1])
}

// CodeObjectionPending is the reason of an objection under review.
const CodeObjectionPending = "objection-pending"

// The reasons of the evaluation form that wait for a person (review.go).
const (
	CodeReviewHardshipEnded = "review-hardship-ended"
	CodeReviewUnreadable    = "review-unreadable"
)

// holdingCodes are the reasons that wait on a question about someone
// already found eligible and selected, which a person will answer: an
// objection under review (§6.3.5), and the half-yearly evaluation form
// saying the hardship ended without 脱贫 (核实前暂缓发放) or unreadable
// (§6.4). Until it is answered the seat is the person's, not the
// waitlist's: a waitlisted applicant promoted into it would become a
// recipient never publicly posted.
var holdingCodes = map[string]bool{
	CodeObjectionPending:    true,
	CodeReviewHardshipEnded: true,
	CodeReviewUnreadable:    true,
}

// HoldsPlace reports whether d waits on nothing but an objection under
// review (有异议待复核) or a question of the evaluation form (holdingCodes):
// such an applicant keeps a place in the ranking, and a seat within the
// quota is held for him or her, not given to the waitlist, until the
// question is answered.
func HoldsPlace(d *Decision) bool {
	if d.Verdict != Pending || d.Applicant == nil || len(d.Reasons) == 0 {
		return false
	}
	for _, r := range d.Reasons {
		if !holdingCodes[r.Code] {
			return false
		}
	}
	return true
}

// Waiting reports whether any reason of d waits on something to be done:
// nothing about the applicant is final yet, even when another reason
// excludes (a rejection letter waits too).
func (d *Decision) Waiting() bool {
	for _, r := range d.Reasons {
		if r.Waits {
			return true
		}
	}
	return false
}
