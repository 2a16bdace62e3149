package budget

import (
	"math/big"
	"strings"

	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

// standard is the amount of a level: amount.levels[level], else
// amount.base.
func standard(level string, p *policy.Policy) money.Amount {
	if a, ok := p.Amount.Levels[level]; ok {
		return a
	}
	return p.Amount.Base
}

// fund finds the fund and its sources: amount.fund if above 0, else the
// 资金来源 sheet if it has rows, else quota × amount.base.
func fund(wb *roster.Workbook, p *policy.Policy, quota int) (money.Amount, string, []FundLine) {
	if p.Amount.Fund > 0 {
		return p.Amount.Fund, FundPolicy, []FundLine{{Source: SourcePolicyFund, Amount: p.Amount.Fund}}
	}
	if wb.HasFunds && len(wb.Funds) > 0 {
		var total money.Amount
		lines := make([]FundLine, 0, len(wb.Funds))
		for _, f := range wb.Funds {
			total += f.Amount
			lines = append(lines, FundLine{Source: f.Source, Amount: f.Amount, Row: f.Row})
		}
		return total, FundSheet, lines
	}
	f := money.Amount(int64(quota) * int64(p.Amount.Base))
	return f, FundQuota, []FundLine{{Source: SourceQuotaBase, Amount: f}}
}

// ScaleDown returns a × fund / need rounded down to a multiple of unit
// (1 fen when unit is not positive), in exact integer arithmetic. need
// must be positive; a negative fund counts as 0.
func ScaleDown(a, fund, need, unit money.Amount) money.Amount {
	if unit <= 0 {
		unit = 1
	}
	fund = max(fund, 0)
	num := new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(fund)))
	den := new(big.Int).Mul(big.NewInt(int64(need)), big.NewInt(int64(unit)))
	q := new(big.Int).Quo(num, den) // a, fund, need, unit ≥ 0: truncation is floor
	return money.Amount(q.Int64()) * unit
}

// setAmounts gives each seat (selected or held) the amount of the level,
// fitted to the fund, and fills in the plan's money: a held seat's amount
// is kept for it, so the money is there if the objection fails.
func setAmounts(ds []eligibility.Decision, order []int, selected map[int]bool, wb *roster.Workbook, p *policy.Policy, plan *Plan) {
	at := map[string]int{} // level → index in plan.Levels
	addLevel := func(l string) {
		if _, ok := at[l]; !ok {
			at[l] = len(plan.Levels)
			plan.Levels = append(plan.Levels, Level{Level: l, Standard: standard(l, p)})
		}
	}
	for _, l := range policy.Levels {
		addLevel(l)
	}
	levels := make(map[int]string, len(order)) // decision index → level, for the selected
	for _, i := range order {
		if !selected[i] {
			continue
		}
		l := LevelOf(ds[i].Applicant, p)
		addLevel(l)
		levels[i] = l
		plan.Levels[at[l]].Selected++
		plan.Need += plan.Levels[at[l]].Standard
	}

	plan.Fund, plan.FundSource, plan.Funds = fund(wb, p, plan.Quota)
	plan.Problems = append(plan.Problems, fundWarnings(wb, p, plan)...)
	avail := max(plan.Fund, 0)
	short := plan.Need > avail
	plan.Scaled = short && p.Amount.Fit != "none"
	for i := range plan.Levels {
		l := &plan.Levels[i]
		l.Fitted = l.Standard
		if plan.Scaled {
			l.Fitted = ScaleDown(l.Standard, avail, plan.Need, p.Amount.Unit)
		}
		l.Subtotal = l.Fitted * money.Amount(l.Selected)
		plan.Total += l.Subtotal
	}
	for i, l := range levels {
		ds[i].Amount = plan.Levels[at[l]].Fitted
	}

	if plan.Scaled {
		plan.Problems = append(plan.Problems, roster.Problem{
			Severity: roster.SevInfo, Code: "fund-scaled",
			Msg: i18n.M("budget.fund-scaled", plan.Need.String(), avail.String(), plan.Total.String(),
				strings.TrimSuffix(max(p.Amount.Unit, 1).String(), ".00")),
		})
	}
	if short && !plan.Scaled {
		plan.Shortfall = plan.Need - avail
		pr := roster.Problem{
			Severity: roster.SevError, Code: "fund-shortfall",
			Msg: i18n.M("budget.fund-shortfall", plan.Need.String(), avail.String(), plan.Shortfall.String()),
		}
		if plan.FundSource == FundSheet {
			pr.Sheet = sheetName(wb, roster.Funds)
		}
		plan.Problems = append(plan.Problems, pr)
		return
	}
	plan.Leftover = avail - plan.Total
}

// fundWarnings tell the clerk where the fund came from when the workbook
// does not say it plainly: assumed as quota × amount.base (no 资金来源
// sheet, or one without amounts, and no amount.fund: fund-assumed), or
// the policy's amount.fund taken over a 资金来源 sheet (fund-overridden,
// with both totals).
func fundWarnings(wb *roster.Workbook, p *policy.Policy, plan *Plan) []roster.Problem {
	switch plan.FundSource {
	case FundQuota:
		key := "budget.fund-assumed"
		if wb.HasFunds {
			key = "budget.fund-assumed-empty"
		}
		pr := roster.Problem{Severity: roster.SevWarning, Code: "fund-assumed",
			Msg: i18n.M(key, plan.Quota, p.Amount.Base.String(), plan.Fund.String())}
		if wb.HasFunds {
			pr.Sheet = sheetName(wb, roster.Funds)
		}
		return []roster.Problem{pr}
	case FundPolicy:
		if !wb.HasFunds || len(wb.Funds) == 0 {
			return nil
		}
		var sheet money.Amount
		for _, f := range wb.Funds {
			sheet += f.Amount
		}
		return []roster.Problem{{Severity: roster.SevWarning, Code: "fund-overridden", Sheet: sheetName(wb, roster.Funds),
			Msg: i18n.M("budget.fund-overridden", p.Amount.Fund.String(), sheetName(wb, roster.Funds), sheet.String())}}
	}
	return nil
}
