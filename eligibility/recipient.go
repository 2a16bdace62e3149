package eligibility

// IsRecipient reports whether the decision makes the applicant one of this
// year's recipients: the one who is evaluated at the half year, may be
// paid at the year's end, and is counted as receiving relief.
//
// Today that is a selected applicant: eligible, and ranked within the
// quota by the budget. When the procedure's stages are modelled (issue
// 10), it becomes "selected and at stage final" (notice period over, no
// objection open): change it here, and every view of the recipients
// (the evaluation form, the payment, the report upward) follows.
func IsRecipient(d *Decision) bool {
	return d != nil && d.Applicant != nil && d.Verdict == Eligible && d.Rank > 0
}
