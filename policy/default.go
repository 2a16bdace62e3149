package policy

import (
	"slices"

	"relief/money"
	"relief/roster"
)

// SourceDefault is Policy.Source's value for a key the file did not set.
const SourceDefault = "default"

// Levels are the degrees of hardship (困难程度), from the most severe: the
// keys of amount.levels, in the order they are shown.
var Levels = []string{roster.LevelSevere, roster.LevelMarked, roster.LevelModerate}

// Breaches are the breaches of §4.1 a member may have recorded, each of
// which excludes unless conduct.exclude leaves it out.
var Breaches = []string{roster.Gambling, roster.Drugs, roster.FamilyPlan, roster.OtherBreach}

// The allowed values of the policy's choices.
var (
	Roundings = []string{"half-up", "floor", "ceil"}
	Scopes    = []string{"banner", "township"}
	Fits      = []string{"scale", "none"}
	VoteBases = []string{"present", "voters", "cast"}
)

// Default returns the built-in policy: the figures of the policy document
// (clauses.md) where it gives them (DocumentKeys), the Party's rules for
// the assembly (ConstitutionKeys), and the program's own choices for the
// rest. Every call returns a fresh copy.
func Default() *Policy {
	p := &Policy{
		Quota: Quota{Rate: MustRatio("0.025"), Rounding: "half-up", Scope: "banner"},
		Amount: Amount{
			Base: money.Yuan(1000),
			Levels: map[string]money.Amount{
				roster.LevelSevere:   money.Yuan(1500),
				roster.LevelMarked:   money.Yuan(1000),
				roster.LevelModerate: money.Yuan(500),
			},
			DefaultLevel: "",
			Unit:         money.Yuan(1),
			Fit:          "scale",
			Fund:         0,
		},
		Conduct:  Conduct{Exclude: slices.Clone(Breaches)},
		Income:   Income{Line: 0},
		Vote:     Vote{Threshold: MustRatio("0.65"), Base: "present", Quorum: true, Majority: true},
		Deadline: Deadline{Days: 60, WarnDays: 7},
		Notice:   Notice{Days: 7, Issuer: "中共乌拉特中旗委员会组织部", Phone: "", Font: ""},
		Source:   map[string]string{},
	}
	for _, k := range Keys() {
		p.Source[k] = SourceDefault
	}
	return p
}

// Keys lists every dotted key of the policy in the order of the file:
// quota.rate … notice.font, with one key per level
// (amount.levels.特别困难).
func Keys() []string {
	var ks []string
	var walk func(prefix string, fs []field)
	walk = func(prefix string, fs []field) {
		for _, f := range fs {
			if f.children != nil {
				walk(prefix+f.key+".", f.children)
				continue
			}
			ks = append(ks, prefix+f.key)
		}
	}
	walk("", schema)
	return ks
}

// Where a default comes from (Origin).
const (
	OriginDocument     = "document"     // the policy document sets it (clauses.md)
	OriginConstitution = "constitution" // the Party Constitution and the branch work regulations
	OriginProgram      = "program"      // the program's own choice, for the banner to change
)

// DocumentKeys are the values the policy document itself sets: 2.5 % of
// the members (§2), about 1,000 yuan a person (§2), the four breaches of
// §4.1, the 65 % approval rate (§6.3.3) and the 60 days (§5.6).
var DocumentKeys = []string{"quota.rate", "amount.base", "conduct.exclude", "vote.threshold", "deadline.days"}

// ConstitutionKeys are the values the Party's own rules set: an assembly
// needs more than half of the voting members present, and a decision more
// than half of them in favour.
var ConstitutionKeys = []string{"vote.quorum", "vote.majority"}

// Origin says where the default of the dotted key comes from:
// OriginDocument, OriginConstitution or OriginProgram.
func Origin(key string) string {
	switch {
	case slices.Contains(DocumentKeys, key):
		return OriginDocument
	case slices.Contains(ConstitutionKeys, key):
		return OriginConstitution
	}
	return OriginProgram
}
