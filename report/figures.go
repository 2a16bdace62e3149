package report

import (
	"math/big"
	"sort"
	"strings"

	"relief/money"
	"relief/policy"
	"relief/roster"
)

// TemplateFigures lists the policy figures in force, as the 填表说明
// sheet of relief init shows them (in Chinese, with their clauses). A
// figure the policy leaves unset reads 未设定.
func TemplateFigures(p *policy.Policy) []roster.Figure {
	unset := annotZH("workbook.fig.unset")
	var out []roster.Figure
	add := func(item, value, clause string) {
		out = append(out, roster.Figure{Item: item, Value: value, Clause: clause})
	}

	rate := percent(p.Quota.Rate)
	if rate == "" {
		add(annotZH("workbook.fig.quota"), unset, "§2")
	} else {
		scope := annotZH("workbook.fig.scope.banner")
		if p.Quota.Scope == "township" {
			scope = annotZH("workbook.fig.scope.township")
		}
		round := annotZH("workbook.fig.round.half-up")
		if p.Quota.Rounding == "floor" || p.Quota.Rounding == "ceil" {
			round = annotZH("workbook.fig.round." + p.Quota.Rounding)
		}
		add(annotZH("workbook.fig.quota"), annotZH("workbook.fig.quota.value", rate, scope, round), "§2")
	}

	if p.Amount.Base > 0 {
		add(annotZH("workbook.fig.base"), annotZH("workbook.fig.base.value", yuan(p.Amount.Base)), "§2")
	} else {
		add(annotZH("workbook.fig.base"), unset, "§2")
	}
	for _, lvl := range levelOrder(p.Amount.Levels) {
		add(annotZH("workbook.fig.level", lvl), annotZH("workbook.fig.level.value", yuan(p.Amount.Levels[lvl])), "§2")
	}
	if p.Amount.DefaultLevel != "" {
		add(annotZH("workbook.fig.default-level"), annotZH("workbook.fig.default-level.v", p.Amount.DefaultLevel), "§2")
	}

	if len(p.Conduct.Exclude) > 0 {
		add(annotZH("workbook.fig.conduct"), annotZH("workbook.fig.conduct.value", strings.Join(p.Conduct.Exclude, "、")), "§4.1")
	} else if p.Conduct.Exclude != nil {
		add(annotZH("workbook.fig.conduct"), annotZH("workbook.fig.conduct.none"), "§4.1")
	}

	if p.Income.Line > 0 {
		add(annotZH("workbook.fig.income"), annotZH("workbook.fig.income.value", yuan(p.Income.Line)), "§6.3.2")
	} else {
		add(annotZH("workbook.fig.income"), annotZH("workbook.fig.income.none"), "§6.3.2")
	}

	if th := percent(p.Vote.Threshold); th != "" {
		base := "present"
		if p.Vote.Base == "voters" || p.Vote.Base == "cast" {
			base = p.Vote.Base
		}
		add(annotZH("workbook.fig.vote"), annotZH("workbook.fig.vote.value", th, annotZH("workbook.fig.vote."+base)), "§6.3.3")
	} else {
		add(annotZH("workbook.fig.vote"), unset, "§6.3.3")
	}
	if p.Vote.Quorum {
		add(annotZH("workbook.fig.quorum"), annotZH("workbook.fig.quorum.value"), "§5.3")
	}
	if p.Vote.Majority {
		add(annotZH("workbook.fig.majority"), annotZH("workbook.fig.majority.value"), "§5.3")
	}

	if p.Deadline.Days > 0 {
		add(annotZH("workbook.fig.deadline"), annotZH("workbook.fig.deadline.value", p.Deadline.Days), "§5.6")
	} else {
		add(annotZH("workbook.fig.deadline"), unset, "§5.6")
	}
	if p.Notice.Days > 0 {
		add(annotZH("workbook.fig.notice"), annotZH("workbook.fig.notice.value", p.Notice.Days), "§6.3.4")
	}
	return out
}

// percent renders a ratio as a percentage, exactly: 0.025 → 2.5%,
// 0.65 → 65%; "" when unset.
func percent(r policy.Ratio) string {
	if r.R == nil {
		return ""
	}
	v := new(big.Rat).Mul(r.R, big.NewRat(100, 1))
	if v.IsInt() {
		return v.Num().String() + "%"
	}
	s := strings.TrimRight(v.FloatString(4), "0")
	return strings.TrimSuffix(s, ".") + "%"
}

// yuan renders a sum without the fen when it is whole: 1,000 or 1,000.50.
func yuan(a money.Amount) string {
	s := a.String()
	return strings.TrimSuffix(s, ".00")
}

// levelOrder lists the hardship levels from the most severe, then any
// other level the policy names, sorted.
func levelOrder(levels map[string]money.Amount) []string {
	var out, rest []string
	for _, l := range []string{roster.LevelSevere, roster.LevelMarked, roster.LevelModerate} {
		if _, ok := levels[l]; ok {
			out = append(out, l)
		}
	}
	for l := range levels {
		if l != roster.LevelSevere && l != roster.LevelMarked && l != roster.LevelModerate {
			rest = append(rest, l)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}
