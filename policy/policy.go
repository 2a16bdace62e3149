// Package policy is the configuration of the relief scheme: the figures of
// the policy document (quota rate, amounts, vote threshold, deadline,
// notice period) that a banner may change in a YAML file.
//
// It is a package of its own, below eligibility and budget, because every
// stage reads it (rules, budget, documents) and none of them owns it.
package policy

import (
	"math/big"

	"relief/money"
)

// Policy is the effective configuration.
type Policy struct {
	Quota    Quota    `yaml:"quota"`
	Amount   Amount   `yaml:"amount"`
	Conduct  Conduct  `yaml:"conduct"`
	Income   Income   `yaml:"income"`
	Vote     Vote     `yaml:"vote"`
	Deadline Deadline `yaml:"deadline"`
	Notice   Notice   `yaml:"notice"`

	// Source says where each value came from, by dotted key
	// ("quota.rate" → "default" or the file's path).
	Source map[string]string `yaml:"-"`
	// File is the policy file read, "" for the built-in defaults.
	File string `yaml:"-"`
}

// Ratio is an exact fraction read from a decimal or a percentage
// ("0.025", "2.5%", "65%"): thresholds compare in integers, never in
// floating point.
type Ratio struct{ R *big.Rat }

// Quota is §2's share of members who receive relief.
type Quota struct {
	Rate     Ratio  `yaml:"rate"`     // default 0.025
	Rounding string `yaml:"rounding"` // half-up | floor | ceil
	Scope    string `yaml:"scope"`    // banner | township
}

// Amount is §2's relief amounts. All sums are whole yuan in the file.
type Amount struct {
	Base         money.Amount            `yaml:"base"`          // 1000 yuan
	Levels       map[string]money.Amount `yaml:"levels"`        // 特别困难 1500, 比较困难 1000, 一般困难 500
	DefaultLevel string                  `yaml:"default_level"` // "": a blank 困难程度 waits for the township's proposal
	Unit         money.Amount            `yaml:"unit"`          // 1 yuan: scaled amounts round down to this
	Fit          string                  `yaml:"fit"`           // scale | none
	Fund         money.Amount            `yaml:"fund"`          // 0: from the 资金来源 sheet, else quota × base
}

// Conduct is §4.1's gate: which breaches recorded in 违纪违法情况 exclude.
type Conduct struct {
	Exclude []string `yaml:"exclude"` // 赌博, 吸毒, 违反计划生育, 其他违纪违法 (all four)
}

// Income is §6.3.2's income check.
type Income struct {
	Line money.Amount `yaml:"line"` // yearly household income per person; 0 = not checked
}

// Vote is §6.3.3's branch assembly vote.
type Vote struct {
	Threshold Ratio  `yaml:"threshold"` // 0.65
	Base      string `yaml:"base"`      // present | voters | cast
	Quorum    bool   `yaml:"quorum"`    // more than half of voters must be present
	Majority  bool   `yaml:"majority"`  // votes for must be more than half of voters
}

// Deadline is §5.6's 60-day limit.
type Deadline struct {
	Days     int `yaml:"days"`      // 60
	WarnDays int `yaml:"warn_days"` // 7
}

// Notice is the public notice (§5 step 6, §6.3.4) and the letters.
type Notice struct {
	Days   int    `yaml:"days"`   // 7
	Issuer string `yaml:"issuer"` // 中共乌拉特中旗委员会组织部
	Phone  string `yaml:"phone"`
	Font   string `yaml:"font"` // a TrueType font file (FILE.ttc:N for a collection); "" = the embedded font
}
