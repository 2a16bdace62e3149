package policy

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"relief/i18n"
	"relief/money"
)

// field is one key of the policy file: a section (children) or a value
// (read and show).
type field struct {
	key      string
	children []field
	// read sets the value from the scalar n; a bad value is reported by
	// returning the message key and arguments that say what is allowed
	// (see badValue).
	read func(p *Policy, n *yaml.Node) *badValue
	// show returns the value as a YAML scalar (a flow sequence for a
	// list).
	show func(p *Policy) *yaml.Node
	// list: the value is a sequence of scalars, which read is given
	// whole.
	list bool
}

// badValue says what a key accepts: a catalogue key
// (policy.bad-ratio …) and the arguments after the common ones (file,
// line, key, value).
type badValue struct {
	key  string
	args []any
}

// schema is the policy file's layout, in the order of the file.
var schema = []field{
	{key: "quota", children: []field{
		ratioField("rate", func(p *Policy) *Ratio { return &p.Quota.Rate }),
		choiceField("rounding", Roundings, func(p *Policy) *string { return &p.Quota.Rounding }),
		choiceField("scope", Scopes, func(p *Policy) *string { return &p.Quota.Scope }),
	}},
	{key: "amount", children: []field{
		moneyField("base", false, func(p *Policy) *money.Amount { return &p.Amount.Base }),
		{key: "levels", children: levelFields()},
		optChoiceField("default_level", Levels, func(p *Policy) *string { return &p.Amount.DefaultLevel }),
		moneyField("unit", true, func(p *Policy) *money.Amount { return &p.Amount.Unit }),
		choiceField("fit", Fits, func(p *Policy) *string { return &p.Amount.Fit }),
		moneyField("fund", false, func(p *Policy) *money.Amount { return &p.Amount.Fund }),
	}},
	{key: "conduct", children: []field{
		listField("exclude", Breaches, func(p *Policy) *[]string { return &p.Conduct.Exclude }),
	}},
	{key: "income", children: []field{
		moneyField("line", false, func(p *Policy) *money.Amount { return &p.Income.Line }),
	}},
	{key: "vote", children: []field{
		ratioField("threshold", func(p *Policy) *Ratio { return &p.Vote.Threshold }),
		choiceField("base", VoteBases, func(p *Policy) *string { return &p.Vote.Base }),
		boolField("quorum", func(p *Policy) *bool { return &p.Vote.Quorum }),
		boolField("majority", func(p *Policy) *bool { return &p.Vote.Majority }),
	}},
	{key: "deadline", children: []field{
		intField("days", 1, 3650, func(p *Policy) *int { return &p.Deadline.Days }),
		intField("warn_days", 0, 3650, func(p *Policy) *int { return &p.Deadline.WarnDays }),
	}},
	{key: "notice", children: []field{
		intField("days", 1, 365, func(p *Policy) *int { return &p.Notice.Days }),
		textField("issuer", true, func(p *Policy) *string { return &p.Notice.Issuer }),
		textField("phone", false, func(p *Policy) *string { return &p.Notice.Phone }),
		textField("font", false, func(p *Policy) *string { return &p.Notice.Font }),
	}},
}

// levelFields are amount.levels' keys. A file that names only some levels
// keeps the default amount of the others.
func levelFields() []field {
	fs := make([]field, 0, len(Levels))
	for _, l := range Levels {
		fs = append(fs, moneyFieldGS(l, false,
			func(p *Policy) money.Amount { return p.Amount.Levels[l] },
			func(p *Policy, a money.Amount) {
				if p.Amount.Levels == nil {
					p.Amount.Levels = map[string]money.Amount{}
				}
				p.Amount.Levels[l] = a
			}))
	}
	return fs
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

func ratioField(key string, at func(*Policy) *Ratio) field {
	return field{key: key,
		read: func(p *Policy, n *yaml.Node) *badValue {
			r, err := ParseRatio(n.Value)
			if err != nil || isNull(n) {
				return &badValue{key: "policy.bad-ratio"}
			}
			*at(p) = r
			return nil
		},
		show: func(p *Policy) *yaml.Node { return scalar("!!float", at(p).String()) },
	}
}

func choiceField(key string, allowed []string, at func(*Policy) *string) field {
	return field{key: key,
		read: func(p *Policy, n *yaml.Node) *badValue {
			v := strings.TrimSpace(n.Value)
			for _, a := range allowed {
				if v == a && !isNull(n) {
					*at(p) = a
					return nil
				}
			}
			return &badValue{key: "policy.bad-choice", args: []any{strings.Join(allowed, ", ")}}
		},
		show: func(p *Policy) *yaml.Node { return scalar("!!str", *at(p)) },
	}
}

// optChoiceField is choiceField that also takes an empty value ("" or
// no value at all): the key is then unset.
func optChoiceField(key string, allowed []string, at func(*Policy) *string) field {
	f := choiceField(key, allowed, at)
	read := f.read
	f.read = func(p *Policy, n *yaml.Node) *badValue {
		if isNull(n) || strings.TrimSpace(n.Value) == "" {
			*at(p) = ""
			return nil
		}
		if bad := read(p, n); bad != nil {
			return &badValue{key: "policy.bad-choice-empty", args: bad.args}
		}
		return nil
	}
	return f
}

// listField reads a list of allowed values, as a YAML sequence
// ([赌博, 吸毒] or one item a line); each value at most once, kept in
// the order of allowed. An empty sequence is allowed.
func listField(key string, allowed []string, at func(*Policy) *[]string) field {
	return field{key: key, list: true,
		read: func(p *Policy, n *yaml.Node) *badValue {
			bad := &badValue{key: "policy.bad-list", args: []any{strings.Join(allowed, ", ")}}
			if isNull(n) {
				*at(p) = []string{}
				return nil
			}
			if n.Kind != yaml.SequenceNode {
				return bad
			}
			seen := map[string]bool{}
			for _, item := range n.Content {
				item = deref(item)
				v := strings.TrimSpace(item.Value)
				if item.Kind != yaml.ScalarNode || !slices.Contains(allowed, v) {
					return bad
				}
				seen[v] = true
			}
			out := []string{}
			for _, a := range allowed {
				if seen[a] {
					out = append(out, a)
				}
			}
			*at(p) = out
			return nil
		},
		show: func(p *Policy) *yaml.Node {
			seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
			for _, v := range *at(p) {
				seq.Content = append(seq.Content, scalar("!!str", v))
			}
			return seq
		},
	}
}

// moneyField reads a sum in yuan (whole or with up to two decimals) from
// the scalar's text with money.Parse; positive requires more than 0, else
// 0 is allowed. Negative sums are never allowed.
func moneyField(key string, positive bool, at func(*Policy) *money.Amount) field {
	return moneyFieldGS(key, positive,
		func(p *Policy) money.Amount { return *at(p) },
		func(p *Policy, a money.Amount) { *at(p) = a })
}

// moneyFieldGS is moneyField for a value read and set through functions
// (a level's amount lives in a map).
func moneyFieldGS(key string, positive bool, get func(*Policy) money.Amount, set func(*Policy, money.Amount)) field {
	return field{key: key,
		read: func(p *Policy, n *yaml.Node) *badValue {
			a, err := money.Parse(n.Value)
			switch {
			case errors.Is(err, money.ErrRange):
				return &badValue{key: "policy.bad-money-range"}
			case err != nil || isNull(n) || a < 0:
				if positive {
					return &badValue{key: "policy.bad-money-positive"}
				}
				return &badValue{key: "policy.bad-money"}
			case positive && a == 0:
				return &badValue{key: "policy.bad-money-positive"}
			}
			set(p, a)
			return nil
		},
		show: func(p *Policy) *yaml.Node { return yuanScalar(get(p)) },
	}
}

func intField(key string, min, max int, at func(*Policy) *int) field {
	return field{key: key,
		read: func(p *Policy, n *yaml.Node) *badValue {
			v, err := strconv.Atoi(strings.TrimSpace(n.Value))
			if err != nil || isNull(n) || v < min || v > max {
				return &badValue{key: "policy.bad-int", args: []any{min, max}}
			}
			*at(p) = v
			return nil
		},
		show: func(p *Policy) *yaml.Node { return scalar("!!int", strconv.Itoa(*at(p))) },
	}
}

// boolField reads true or false (YAML's spellings: true, True, TRUE …),
// and the Chinese 是 or 否.
func boolField(key string, at func(*Policy) *bool) field {
	return field{key: key,
		read: func(p *Policy, n *yaml.Node) *badValue {
			v := strings.TrimSpace(n.Value)
			switch {
			case n.ShortTag() == "!!bool":
				var b bool
				if n.Decode(&b) == nil {
					*at(p) = b
					return nil
				}
			case v == "是":
				*at(p) = true
				return nil
			case v == "否":
				*at(p) = false
				return nil
			}
			return &badValue{key: "policy.bad-bool"}
		},
		show: func(p *Policy) *yaml.Node { return scalar("!!bool", strconv.FormatBool(*at(p))) },
	}
}

// textField reads any text; an empty value (or no value) is "", which a
// required key refuses.
func textField(key string, required bool, at func(*Policy) *string) field {
	return field{key: key,
		read: func(p *Policy, n *yaml.Node) *badValue {
			v := strings.TrimSpace(n.Value)
			if isNull(n) {
				v = ""
			}
			if required && v == "" {
				return &badValue{key: "policy.bad-text"}
			}
			*at(p) = v
			return nil
		},
		show: func(p *Policy) *yaml.Node { return scalar("!!str", *at(p)) },
	}
}

func scalar(tag, v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v} }

// yuanScalar writes a sum as the file writes it: whole yuan (1500), or
// with two decimals (1500.50).
func yuanScalar(a money.Amount) *yaml.Node {
	if a%100 == 0 {
		return scalar("!!int", strconv.FormatInt(int64(a/100), 10))
	}
	return scalar("!!float", a.Decimal())
}

// keyList names the keys of a section for messages: "rate, rounding, scope".
func keyList(fs []field) string {
	ks := make([]string, len(fs))
	for i, f := range fs {
		ks[i] = f.key
	}
	return strings.Join(ks, ", ")
}

// bad turns a badValue into the error the user reads.
func (b *badValue) err(file string, line int, key, value string) *i18n.Error {
	args := append([]any{file, line, key, value}, b.args...)
	return i18n.Errorf(b.key, args...)
}
