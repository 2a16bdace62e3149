package eligibility

import (
	"strings"
	"testing"

	"relief/i18n"
	"relief/roster"
)

// A base of 0 (nobody present, no voters, no votes cast) has no approval
// rate: the reason says which figure is 0 and asks to check it, instead
// of printing "占实到人数 0 人的 —".
func TestVoteZeroBase(t *testing.T) {
	tests := []struct {
		base  string
		votes roster.Votes
		says  string
	}{
		{"present", roster.Votes{Voters: n(0), Present: n(0), For: n(0), Against: n(0), Abstain: n(0)}, "实到人数登记为 0"},
		{"voters", roster.Votes{Voters: n(0), Present: n(0), For: n(0), Against: n(0), Abstain: n(0)}, "应到人数登记为 0"},
		{"cast", roster.Votes{Voters: n(20), Present: n(18), For: n(0), Against: n(0), Abstain: n(0)}, "均登记为 0"},
	}
	for _, tt := range tests {
		a := good()
		a.Votes = tt.votes
		d := decideOne(t, a, withPolicy("vote: {quorum: false, majority: false, base: "+tt.base+"}\n"))
		if d.Verdict != Ineligible || len(d.Reasons) != 1 || d.Reasons[0].Code != "vote-below-threshold" {
			t.Errorf("%s: %s %v", tt.base, d.Verdict, codes(d.Reasons))
			continue
		}
		msg := d.Reasons[0].Msg.In(i18n.ZH)
		if !strings.Contains(msg, tt.says) || strings.Contains(msg, "—") || !strings.Contains(msg, "65%") {
			t.Errorf("%s: %q", tt.base, msg)
		}
		if en := d.Reasons[0].Msg.In(i18n.EN); strings.Contains(en, "%!") {
			t.Errorf("%s: %q", tt.base, en)
		}
	}
}
