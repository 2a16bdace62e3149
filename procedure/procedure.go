// Package procedure follows each applicant's case through the six steps
// of §5 as the workbook records them: its stage, its notice period, and
// what it still waits for.
//
// It is a package of its own because the stage answers a different
// question from the verdict. Package eligibility says whether the rules
// admit an applicant, package budget whether a seat is his or hers; the
// procedure says how far the case has gone, and that alone decides what a
// document may say (a notification letter says "已经公示" only of a case
// whose notice period ended without objection) and who is late. It reads
// verdicts and seats and changes none of them; assessment.Run computes it
// once, after the budget, and every command only views it.
//
// # Stages
//
// A case's stage is the last step of the procedure reached with every
// step before it done, in order:
//
//	applied  申报        the application (申报日期)
//	surveyed 入户调查    入户调查日期; a sheet without the column takes it as done
//	assessed 党员大会评议 the assembly's vote is recorded (党员大会日期 is optional)
//	reviewed 苏木镇复核  复核日期; a sheet without the column takes it as done
//	approved 旗委审定    审定日期, or --approved-on for a seat whose cell is empty
//	noticed  公示        公示日期, or --noticed-on for a seat whose cell is empty
//	final    公示期满    the notice period is over, with no objection open or upheld
//
// So a missing survey keeps a case at applied whatever later dates the
// row has. The notice period runs notice.days days from the 公示日期, both
// ends counted; the case is final from the day after its last day, when
// its objection is none or was rejected (异议不成立).
//
// # Checks
//
// Check runs before the rules. A sheet without the 入户调查日期 or
// 复核日期 column gets one step-column-missing warning per column. An
// approval (审定日期) recorded while the survey or review date is missing
// is a step-missing error on the 审定日期 cell, naming the step: the row is
// invalid until the record is complete.
package procedure

import (
	"relief/eligibility"
	"relief/i18n"
	"relief/roster"
)

// Stage is how far a case has gone in the procedure.
type Stage string

// The stages, in the order of the procedure.
const (
	Applied  Stage = "applied"
	Surveyed Stage = "surveyed"
	Assessed Stage = "assessed"
	Reviewed Stage = "reviewed"
	Approved Stage = "approved"
	Noticed  Stage = "noticed"
	Final    Stage = "final"
)

// Stages lists the stages in order.
var Stages = []Stage{Applied, Surveyed, Assessed, Reviewed, Approved, Noticed, Final}

// Index is the stage's place in Stages (0 for applied), -1 if unknown.
func (s Stage) Index() int {
	for i, t := range Stages {
		if t == s {
			return i
		}
	}
	return -1
}

// Reached reports whether s is t or a later stage.
func (s Stage) Reached(t Stage) bool { return s.Index() >= t.Index() }

// DefaultNoticeDays is the length of a notice period when the policy
// gives none.
const DefaultNoticeDays = 7

// Options are the facts of a run the workbook does not hold.
type Options struct {
	AsOf       roster.Day // the day the stages are taken on
	ApprovedOn roster.Day // --approved-on: the approval of every seat whose 审定日期 is empty
	NoticedOn  roster.Day // --noticed-on: the first notice day of every seat whose 公示日期 is empty
	NoticeDays int        // notice.days; 0 = DefaultNoticeDays
}

func (o Options) days() int {
	if o.NoticeDays <= 0 {
		return DefaultNoticeDays
	}
	return o.NoticeDays
}

// The codes of what a case waits for (Case.Next.Code).
const (
	NextSurvey       = "survey"           // 入户调查日期 to fill in
	NextAssembly     = "assembly"         // the assembly's vote to record
	NextReview       = "review"           // 复核日期 to fill in
	NextApproval     = "approval"         // 审定日期 (or --approved-on)
	NextNotice       = "notice"           // the notice to post, then 公示日期 (or --noticed-on)
	NextPeriod       = "notice-period"    // the notice period to end
	NextObjection    = "objection"        // the objection under review to be decided
	NextUpheld       = "objection-upheld" // none: an upheld objection closed the case
	deadlineExceeded = "deadline-exceeded"
	deadlineNear     = "deadline-near"
)

// Next is what a case waits for before its next stage.
type Next struct {
	Code string
	Msg  i18n.Msg
}

// Case is where one applicant's case stands.
type Case struct {
	D     *eligibility.Decision
	Stage Stage
	// Seat: the applicant is selected within the quota, or holds a seat
	// while an objection is under review.
	Seat bool
	// NoticedOn and NoticeEnds are the first and last day of the notice
	// period (zero when no notice day is known).
	NoticedOn, NoticeEnds roster.Day
	// Next is what the case waits for: for a seat, the next step of the
	// procedure (procedure.Next codes), or once final the question a held
	// seat waits on; for a case without a seat, the reason its verdict
	// waits on (the reason's code; invalid-data for a row with an error),
	// never a step of the notice. Zero when nothing is awaited (a final
	// seat, a waitlisted or an ineligible applicant).
	Next Next
	// Deadline is the §5.6 warning the case has: deadline-exceeded,
	// deadline-near or "".
	Deadline string
}

// Final reports whether the case is final: a notification letter may be
// written for it when it holds a seat.
func (c *Case) Final() bool { return c.Stage == Final }

// Posted reports whether the case's notice was posted (its notice day is
// known).
func (c *Case) Posted() bool { return !c.NoticedOn.IsZero() }

// HoldsSeat reports whether d is selected within the quota or holds a
// seat under objection.
func HoldsSeat(d *eligibility.Decision) bool {
	return d.Applicant != nil && (d.Held || d.Verdict == eligibility.Eligible && d.Rank > 0)
}

// Fill gives every applicant holding a seat the days of --approved-on
// and --noticed-on where the 审定日期 or 公示日期 cell is empty (a list
// approved, or posted, all at once), as if the clerk had typed them in.
// It reports whether an approval was filled in: the §5.6 deadline, which
// reads the approval, must then be judged again.
func Fill(ds []eligibility.Decision, o Options) (approved bool) {
	for i := range ds {
		d := &ds[i]
		if !HoldsSeat(d) {
			continue
		}
		a := d.Applicant
		if a.ApprovedOn.IsZero() && !o.ApprovedOn.IsZero() {
			a.ApprovedOn = o.ApprovedOn
			approved = true
		}
		if a.NoticedOn.IsZero() && !o.NoticedOn.IsZero() {
			a.NoticedOn = o.NoticedOn
		}
	}
	return approved
}

// Follow returns the case of every decision, in the same order. warnings
// are the assessment's procedure warnings, from which each case takes its
// deadline warning.
func Follow(ds []eligibility.Decision, warnings []roster.Problem, o Options) []Case {
	type at struct {
		file, sheet string
		row         int
	}
	late := map[at]string{}
	for _, w := range warnings {
		k := at{w.File, w.Sheet, w.Row}
		switch {
		case w.Code == deadlineExceeded:
			late[k] = w.Code
		case w.Code == deadlineNear && late[k] == "":
			late[k] = w.Code
		}
	}
	cs := make([]Case, len(ds))
	for i := range ds {
		d := &ds[i]
		c := &cs[i]
		c.D = d
		if d.Applicant == nil {
			c.Stage = Applied
			continue
		}
		c.Seat = HoldsSeat(d)
		follow(c, d, o)
		if !c.Seat || c.Next.Code == "" {
			// Without a seat there is nothing to approve or post: the
			// case waits only on what its verdict waits on. A seat held
			// on a question of the evaluation form waits on it after
			// its notice period.
			c.Next = waitsOn(d)
		}
		a := d.Applicant
		if a.Sheet != nil {
			c.Deadline = late[at{a.Sheet.File, a.Sheet.Name, a.Row}]
		}
	}
	return cs
}

// waitsOn is what a decision waits on: its first reason that waits (the
// reason's code and message), or for a row with an error the correction
// (invalid-data); nothing for a decision that waits on nothing (eligible,
// waitlisted, ineligible for good).
func waitsOn(d *eligibility.Decision) Next {
	for _, r := range d.Reasons {
		if r.Waits {
			return Next{r.Code, r.Msg}
		}
	}
	if d.Verdict == eligibility.Invalid && len(d.Reasons) > 0 {
		return Next{d.Reasons[0].Code, d.Reasons[0].Msg}
	}
	return Next{}
}

// follow sets the stage, the notice period and what the case waits for
// on the way to its seat.
func follow(c *Case, d *eligibility.Decision, o Options) {
	a := d.Applicant
	survey, review := eligibility.MandatorySteps[0], eligibility.MandatorySteps[1]
	if !a.NoticedOn.IsZero() {
		c.NoticedOn = a.NoticedOn
		c.NoticeEnds = a.NoticedOn.AddDays(o.days() - 1)
	}
	switch {
	case survey.Missing(a):
		c.Stage, c.Next = Applied, Next{NextSurvey, i18n.M("procedure.next.survey", survey.Header())}
	case !d.Vote.Recorded:
		c.Stage, c.Next = Surveyed, Next{NextAssembly, i18n.M("procedure.next.assembly")}
	case review.Missing(a):
		c.Stage, c.Next = Assessed, Next{NextReview, i18n.M("procedure.next.review", review.Header())}
	case a.ApprovedOn.IsZero():
		c.Stage, c.Next = Reviewed, Next{NextApproval, i18n.M("procedure.next.approval")}
	case a.NoticedOn.IsZero():
		c.Stage, c.Next = Approved, Next{NextNotice, i18n.M("procedure.next.notice")}
	default:
		c.Stage = Noticed
		switch {
		case a.Objection == roster.ObjectionUpheld:
			c.Next = Next{NextUpheld, i18n.M("procedure.next.objection-upheld")}
		case a.Objection == roster.ObjectionPending:
			c.Next = Next{NextObjection, i18n.M("procedure.next.objection", c.NoticedOn.String(), c.NoticeEnds.String())}
		case !o.AsOf.After(c.NoticeEnds):
			c.Next = Next{NextPeriod, i18n.M("procedure.next.period", c.NoticedOn.String(), c.NoticeEnds.String())}
		default:
			c.Stage = Final
		}
	}
}
