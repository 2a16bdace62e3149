package templates

import (
	"io"
	"strconv"
	"strings"

	"relief/assessment"
	"relief/budget"
	"relief/i18n"
	"relief/templates/layout"
)

// Allocation writes the quota notice to the townships (名额分配通知, §2,
// §5 step 5) to w: the banner's quota and how it was computed, the rule
// it was apportioned by, and a table of each township's members, exact
// share, quota, selected applicants and amount, with the total; signed
// like the other documents. The figures are the budget's, so it is
// refused when the budget cannot stand behind them (checkBudget) or there
// is no quota at all.
func Allocation(w io.Writer, res *assessment.Result, o Options) (Stats, error) {
	o.Settings = o.Settings.withDefaults()
	p := res.Budget
	if p == nil || p.Quota <= 0 || p.Members <= 0 || len(p.Townships) == 0 {
		return Stats{}, i18n.Errorf("doc.allocation-no-quota")
	}
	if err := checkBudget(res); err != nil {
		return Stats{}, err
	}
	blocks, err := o.Wording.allocation.blocks(allocationData(o.Settings, p))
	if err != nil {
		return Stats{}, err
	}
	if err := o.checkText(blocks, o.Wording.allocation.name); err != nil {
		return Stats{}, err
	}
	rows := allocationRows(p)
	for _, r := range rows {
		if miss := o.Font.Missing(r[1]); len(miss) > 0 {
			return Stats{}, o.textGlyphError(i18n.M("doc.field.township"), miss[0])
		}
	}
	doc, err := layout.New(o.Font, o.meta(titleOf(blocks), "困难党员救助名额分配通知"))
	if err != nil {
		return Stats{}, err
	}
	doc.NewPage()
	draw(doc, blocks, func() { doc.Table(allocationColumns(), rows) })
	if err := o.finish(doc, w, nil); err != nil {
		return Stats{}, err
	}
	return Stats{People: p.Selected, Pages: doc.Pages()}, nil
}

func allocationData(s Settings, p *budget.Plan) AllocationData {
	var levels []string
	for _, l := range p.Levels {
		levels = append(levels, clean(l.Level)+l.Fitted.String()+"元")
	}
	sum := p.TownshipTotal()
	return AllocationData{
		Common: common(s), Members: p.Members, Rate: p.Rate.Percent(), QuotaExact: p.QuotaExactText(),
		Rounding: i18n.M("report.budget.rounding." + p.Rounding).In(i18n.ZH), Quota: p.Quota,
		Townships: len(p.Townships), TownshipScope: p.Scope == "township",
		Selected: sum.Selected, Total: sum.Amount.String(), TotalCapital: sum.Amount.Capital(),
		Standards: strings.Join(levels, "、"),
	}
}

// allocationColumns are the table's columns: 序号 | 苏木镇（街道） |
// 党员人数 | 应分名额 | 分配名额 | 入选人数 | 救助金额（元）.
func allocationColumns() []layout.Column {
	col := func(key string, w float64, align byte) layout.Column {
		return layout.Column{Header: i18n.M(key).In(i18n.ZH), Width: w, Align: align}
	}
	return []layout.Column{
		col("doc.col.seq", 13, 'C'),
		col("doc.alloc.township", 33, 'C'),
		col("doc.alloc.members", 20, 'R'),
		col("doc.alloc.share", 22, 'R'),
		col("doc.alloc.quota", 20, 'R'),
		col("doc.alloc.selected", 20, 'R'),
		col("doc.col.amount", 28, 'R'),
	}
}

// allocationRows are the townships in the budget's order, then 合计.
func allocationRows(p *budget.Plan) [][]string {
	var rows [][]string
	for i, t := range p.Townships {
		name := clean(t.Name)
		if name == "" {
			name = i18n.M("budget.no-township").In(i18n.ZH)
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), name, strconv.Itoa(t.Members), t.ShareText(),
			strconv.Itoa(t.Quota), strconv.Itoa(t.Selected), t.Amount.String()})
	}
	sum := p.TownshipTotal()
	return append(rows, []string{"", i18n.M("report.budget.total-row").In(i18n.ZH), strconv.Itoa(sum.Members),
		p.QuotaExactText(), strconv.Itoa(sum.Quota), strconv.Itoa(sum.Selected), sum.Amount.String()})
}
