package eligibility

// Tally is the branch assembly's vote on one applicant, checked against
// the policy.
type Tally struct {
	Recorded bool // any vote figure was given
	Voters   int
	Present  int
	For      int
	Against  int
	Abstain  int
	Base     int // the denominator of the approval rate (present, voters or cast)

	Quorum    bool // present*2 > voters
	Majority  bool // for*2 > voters
	Threshold bool // for/base ≥ threshold, compared exactly
}
