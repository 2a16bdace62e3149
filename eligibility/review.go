package eligibility

import (
	"strings"

	"relief/i18n"
	"relief/roster"
)

// The half-yearly evaluation (§5 半年一考评, §6.4 动态管理、脱贫不补): the
// branches visit every recipient and record on the evaluation form
// whether the hardship continues, whether the member is out of poverty,
// and the member's conduct. Read back, the form decides the year-end
// payment.

// ClauseDynamic is §6.4: dynamic management, no relief once out of poverty.
const ClauseDynamic = "§6.4"

// ReviewOutcome is what the evaluation form did to the decisions.
type ReviewOutcome struct {
	// Rows are the form's rows by the applicant each was matched to.
	Rows map[*roster.Applicant]*roster.ReviewRow
	// Problems are warnings about the form itself: rows that match no
	// applicant, or an applicant evaluated on two rows.
	Problems []roster.Problem
}

// ApplyReview reads the evaluation form into the decisions, before the
// budget ranks them. Each row is matched to an applicant by the whole
// identity number, else by the masked number (150824********107X) and the
// name together when exactly one applicant fits. For a matched applicant
// whose row is valid:
//   - 是否脱贫 是: excluded (out-of-poverty-review, §6.4): no year-end
//     payment. The seat is freed for the next on the waitlist.
//   - 困难是否持续 否 without 是否脱贫 是: pending (review-hardship-ended):
//     the form contradicts itself, and money must not rest on a guess.
//   - 表现情况 差: a warning (review-conduct) to look at §4.1; it
//     decides nothing.
//
// A row with a cell that cannot be read makes its applicant pending
// (review-unreadable) until it is corrected, citing the cells. Invalid
// decisions are left alone. A recipient pending on the form alone keeps
// the seat (HoldsPlace): the budget holds it, with its amount, and the
// waitlist is not promoted into it; payment waits for the answer.
func ApplyReview(ds []Decision, form *roster.ReviewForm) *ReviewOutcome {
	out := &ReviewOutcome{Rows: map[*roster.Applicant]*roster.ReviewRow{}}
	if form == nil {
		return out
	}
	byID := map[string]int{}
	for i := range ds {
		if a := ds[i].Applicant; a != nil && a.IDNumber != "" {
			byID[a.IDNumber] = i
		}
	}
	for k := range form.Rows {
		row := &form.Rows[k]
		i, ok := matchReview(ds, byID, row)
		if !ok {
			out.Problems = append(out.Problems, row.Problem(roster.SevWarning, "review-unmatched", "name", row.Name,
				i18n.M("eligibility.review-unmatched", row.Name, firstNonEmpty(row.IDNumber, row.MaskedID))))
			continue
		}
		d := &ds[i]
		if prev, dup := out.Rows[d.Applicant]; dup {
			out.Problems = append(out.Problems, row.Problem(roster.SevWarning, "review-duplicate", "name", row.Name,
				i18n.M("eligibility.review-duplicate", row.Name, prev.Row)))
			continue
		}
		out.Rows[d.Applicant] = row
		if d.Verdict == Invalid {
			continue
		}
		where := reviewWhere(row)
		switch {
		case row.Invalid:
			worsen(d, waits, Reason{Code: CodeReviewUnreadable, Clause: ClauseDynamic, Msg: i18n.M("eligibility.review-unreadable", unreadableWhere(row))})
		case row.OutOfPoverty == roster.Yes:
			msg := i18n.M("eligibility.out-of-poverty-review", where)
			if when := reviewWhen(row); when != "" {
				msg = i18n.M("eligibility.out-of-poverty-review-on", where, when)
			}
			worsen(d, excludes, Reason{Code: "out-of-poverty-review", Clause: ClauseDynamic, Msg: msg})
		case row.HardshipContinues == roster.No:
			worsen(d, waits, Reason{Code: CodeReviewHardshipEnded, Clause: ClauseDynamic, Msg: i18n.M("eligibility.review-hardship-ended", where)})
		}
		if row.Conduct == roster.ConductPoor {
			out.Problems = append(out.Problems, row.Problem(roster.SevWarning, "review-conduct", "conduct", row.Conduct,
				i18n.M("eligibility.review-conduct", row.Name)))
		}
	}
	return out
}

// Gaps returns a warning on each recipient's row that the form does not
// evaluate: not on the form (evaluation-missing), or on it with 是否脱贫 left
// empty (evaluation-not-done). Call it after the budget has chosen the
// recipients.
func (o *ReviewOutcome) Gaps(ds []Decision) []roster.Problem {
	var ps []roster.Problem
	for i := range ds {
		d := &ds[i]
		if !IsRecipient(d) {
			continue
		}
		a := d.Applicant
		row, ok := o.Rows[a]
		switch {
		case !ok:
			ps = append(ps, a.Problem(roster.SevWarning, "evaluation-missing", "name", a.Name, i18n.M("eligibility.evaluation-missing", a.Name)))
		case row.OutOfPoverty == "" && !row.Invalid:
			ps = append(ps, a.Problem(roster.SevWarning, "evaluation-not-done", "name", a.Name, i18n.M("eligibility.evaluation-not-done", a.Name, reviewWhere(row))))
		}
	}
	return ps
}

// matchReview finds the decision a row of the form is about.
func matchReview(ds []Decision, byID map[string]int, row *roster.ReviewRow) (int, bool) {
	if row.IDNumber != "" {
		i, ok := byID[row.IDNumber]
		return i, ok
	}
	if row.MaskedID == "" {
		return 0, false
	}
	found, n := 0, 0
	for i := range ds {
		a := ds[i].Applicant
		if a != nil && a.Name == row.Name && maskedMatches(row.MaskedID, a.IDNumber) {
			found, n = i, n+1
		}
	}
	return found, n == 1
}

// maskedMatches reports whether a masked identity number (stars for the
// hidden characters) fits id.
func maskedMatches(masked, id string) bool {
	m, r := []rune(masked), []rune(id)
	if len(m) != len(r) || len(m) == 0 || !strings.ContainsRune(masked, '*') {
		return false
	}
	for i := range m {
		if m[i] != '*' && m[i] != r[i] {
			return false
		}
	}
	return true
}

// worsen adds a reason and makes the verdict at least what o says:
// excluded outranks pending outranks eligible.
func worsen(d *Decision, o outcome, r Reason) {
	r.Waits = o == waits
	d.Reasons = append(d.Reasons, r)
	switch {
	case o == excludes:
		d.Verdict = Ineligible
	case d.Verdict == Eligible:
		d.Verdict = Pending
	}
}

// reviewWhere names a row of the form: 考评表!B7.
func reviewWhere(row *roster.ReviewRow) string {
	sheet := roster.Review.Name
	if row.Sheet != nil {
		sheet = row.Sheet.Name
	}
	if c := row.Cell("out_of_poverty"); c != "" {
		return sheet + "!" + c
	}
	return sheet + "!" + row.Cell("name")
}

// unreadableWhere names the cells of a row of the form that could not be
// read: 考评表!I9 (the row, as reviewWhere, when the reader named none).
func unreadableWhere(row *roster.ReviewRow) any {
	if len(row.Unreadable) == 0 {
		return reviewWhere(row)
	}
	sheet := roster.Review.Name
	if row.Sheet != nil {
		sheet = row.Sheet.Name
	}
	cells := make(i18n.List, len(row.Unreadable))
	for i, c := range row.Unreadable {
		cells[i] = sheet + "!" + c
	}
	return cells
}

// reviewWhen says when and by whom the member was evaluated, as far as
// the form says.
func reviewWhen(row *roster.ReviewRow) string {
	parts := []string{}
	if !row.ReviewedOn.IsZero() {
		parts = append(parts, row.ReviewedOn.String())
	}
	if row.Reviewer != "" {
		parts = append(parts, row.Reviewer)
	}
	return strings.Join(parts, " ")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
