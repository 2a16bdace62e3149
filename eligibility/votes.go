package eligibility

import (
	"relief/policy"
	"relief/roster"
)

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

	// The state of each check: pass, fail, missing (a figure it needs was
	// not recorded) or off (the policy does not ask for it). Quorum,
	// Majority and Threshold above are true exactly when the state is
	// CheckPass.
	QuorumCheck, MajorityCheck, ThresholdCheck Check
	// Missing lists the field keys (voters, present, votes_for,
	// votes_against, abstentions) that a check the policy asks for needs
	// but were not recorded, in sheet order.
	Missing []string
	// Passed is true when every figure a check needs was recorded and
	// every check the policy asks for passed.
	Passed bool
	// Inconsistent: the figures contradict each other; every check the
	// policy asks for is then CheckInvalid, and the vote never passes.
	Inconsistent bool
}

// Check is the state of one check of a vote.
type Check string

// The states of a check.
const (
	CheckPass    Check = "pass"
	CheckFail    Check = "fail"
	CheckMissing Check = "missing"
	CheckOff     Check = "off"
	// CheckInvalid: the figures contradict each other (more present than
	// entitled to vote, more votes than present), so nothing can be
	// checked; the reader reports them as votes-inconsistent.
	CheckInvalid Check = "invalid"
)

// voteFields are the vote's field keys in sheet order.
var voteFields = []string{"voters", "present", "votes_for", "votes_against", "abstentions"}

// TallyVotes checks the recorded vote v against the policy p: quorum
// (present*2 > voters, when p.Quorum), majority (for*2 > voters, when
// p.Majority) and threshold (for/base ≥ p.Threshold, base per p.Base:
// present, voters, or cast = for+against+abstain), all in integers. A
// check whose figures were not all recorded is CheckMissing; a blank
// against or abstain cell is not taken as 0. A base of 0 never reaches
// the threshold.
func TallyVotes(v roster.Votes, p policy.Vote) Tally {
	t := Tally{Recorded: v.Recorded()}
	val := func(n *int) int {
		if n == nil {
			return 0
		}
		return *n
	}
	t.Voters, t.Present, t.For, t.Against, t.Abstain = val(v.Voters), val(v.Present), val(v.For), val(v.Against), val(v.Abstain)
	given := map[string]bool{
		"voters": v.Voters != nil, "present": v.Present != nil, "votes_for": v.For != nil,
		"votes_against": v.Against != nil, "abstentions": v.Abstain != nil,
	}
	need := map[string]bool{}
	check := func(on bool, ok bool, fields ...string) Check {
		if !on {
			return CheckOff
		}
		complete := true
		for _, f := range fields {
			need[f] = true
			complete = complete && given[f]
		}
		switch {
		case !complete:
			return CheckMissing
		case ok:
			return CheckPass
		}
		return CheckFail
	}

	t.QuorumCheck = check(p.Quorum, t.Present*2 > t.Voters, "voters", "present")
	t.MajorityCheck = check(p.Majority, t.For*2 > t.Voters, "voters", "votes_for")
	baseFields := []string{"votes_for", "present"}
	switch p.Base {
	case "voters":
		t.Base = t.Voters
		baseFields = []string{"votes_for", "voters"}
	case "cast":
		t.Base = t.For + t.Against + t.Abstain
		baseFields = []string{"votes_for", "votes_against", "abstentions"}
	default: // present
		t.Base = t.Present
	}
	t.ThresholdCheck = check(true, p.Threshold.Reaches(t.For, t.Base), baseFields...)
	if t.Inconsistent = inconsistent(v); t.Inconsistent {
		for _, c := range []*Check{&t.QuorumCheck, &t.MajorityCheck, &t.ThresholdCheck} {
			if *c != CheckOff {
				*c = CheckInvalid
			}
		}
	}

	for _, f := range voteFields {
		if need[f] && !given[f] {
			t.Missing = append(t.Missing, f)
		}
	}
	t.Quorum = t.QuorumCheck == CheckPass
	t.Majority = t.MajorityCheck == CheckPass
	t.Threshold = t.ThresholdCheck == CheckPass
	t.Passed = t.Recorded && len(t.Missing) == 0
	for _, c := range []Check{t.QuorumCheck, t.MajorityCheck, t.ThresholdCheck} {
		if c == CheckFail || c == CheckInvalid {
			t.Passed = false
		}
	}
	return t
}

// inconsistent reports whether the recorded figures cannot all be true:
// the reader found so (Votes.Inconsistent), or a negative count, more present than entitled to vote, more votes cast
// than present (than entitled to vote when present is blank).
func inconsistent(v roster.Votes) bool {
	neg := false
	cast, castGiven := 0, false
	for _, n := range []*int{v.Voters, v.Present, v.For, v.Against, v.Abstain} {
		neg = neg || n != nil && *n < 0
	}
	for _, n := range []*int{v.For, v.Against, v.Abstain} {
		if n != nil {
			cast, castGiven = cast+*n, true
		}
	}
	switch {
	case neg, v.Inconsistent:
		return true
	case v.Voters != nil && v.Present != nil && *v.Present > *v.Voters:
		return true
	case castGiven && v.Present != nil:
		return cast > *v.Present
	case castGiven && v.Voters != nil:
		return cast > *v.Voters
	}
	return false
}

// RateTenths returns the approval rate For/Base in tenths of a percent,
// rounded down (so a rate below the threshold never shows as reaching
// it): 13/20 → 650 (65.0 %), 12/19 → 631 (63.1 %). ok is false when the
// rate cannot be computed (figures missing or a base of 0). For display
// only: the threshold is decided exactly by Threshold.
func (t Tally) RateTenths() (tenths int, ok bool) {
	if t.ThresholdCheck == CheckMissing || t.ThresholdCheck == CheckInvalid || t.ThresholdCheck == "" || t.Base <= 0 {
		return 0, false
	}
	return int(int64(t.For) * 1000 / int64(t.Base)), true
}
