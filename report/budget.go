package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/provenance"
	"relief/roster"
)

// BudgetSchema names the JSON contract of relief budget.
const BudgetSchema = "relief.budget/v1"

// Budget writes the budget report in format (text, json or csv).
func Budget(w io.Writer, r *assessment.Result, format string, l i18n.Lang) error {
	switch format {
	case "json":
		return writeJSON(w, budgetJSON(r, l))
	case "csv":
		return budgetCSV(w, r)
	}
	return budgetText(w, r, l)
}

type budgetTownship struct {
	Township   string `json:"township"`
	Members    int    `json:"members"`
	Share      string `json:"share"`
	Quota      int    `json:"quota"`
	Eligible   int    `json:"eligible"`
	Selected   int    `json:"selected"`
	Held       int    `json:"held"`
	Waitlisted int    `json:"waitlisted"`
	Amount     string `json:"amount"`
}

// budgetRanked is one ranked applicant (selected, held or waitlisted).
type budgetRanked struct {
	Sheet    string `json:"sheet"`
	Row      int    `json:"row"`
	Name     string `json:"name"`
	Township string `json:"township"`
	Rank     int    `json:"rank"`
	Verdict  string `json:"verdict"`
	Held     bool   `json:"held,omitempty"`
	Level    string `json:"level"`
	Amount   string `json:"amount,omitempty"`
	Stage    string `json:"stage,omitempty"`
	File     string `json:"file"` // the input file the row was read from
}

type budgetLevel struct {
	Level    string `json:"level"`
	Standard string `json:"standard"`
	Fitted   string `json:"fitted"`
	Selected int    `json:"selected"`
	Subtotal string `json:"subtotal"`
}

type budgetFund struct {
	Source string `json:"source"`
	Amount string `json:"amount"`
	Row    int    `json:"row,omitempty"`
}

type budgetDoc struct {
	Schema        string                 `json:"schema"`
	Workbook      string                 `json:"workbook"`
	Files         []string               `json:"files"`
	AsOf          string                 `json:"as_of"`
	Members       int                    `json:"members"`
	MembersSource string                 `json:"members_source"`
	Rate          string                 `json:"rate"`
	Rounding      string                 `json:"rounding"`
	Scope         string                 `json:"scope"`
	QuotaExact    string                 `json:"quota_exact"`
	Quota         int                    `json:"quota"`
	Eligible      int                    `json:"eligible"`
	Selected      int                    `json:"selected"`
	Held          int                    `json:"held"`
	Waitlisted    int                    `json:"waitlisted"`
	Townships     []budgetTownship       `json:"townships"`
	Ranked        []budgetRanked         `json:"ranked"`
	Levels        []budgetLevel          `json:"levels"`
	Need          string                 `json:"need"`
	Fund          string                 `json:"fund"`
	FundSource    string                 `json:"fund_source"`
	Funds         []budgetFund           `json:"funds"`
	Scaled        bool                   `json:"scaled"`
	Total         string                 `json:"total"`
	Leftover      string                 `json:"leftover"`
	Shortfall     string                 `json:"shortfall"`
	Problems      []jsonProblem          `json:"problems"`
	Provenance    *provenance.Provenance `json:"provenance,omitempty"`
}

// budgetProblems are the problems a budget report shows: the reader's
// errors on the sheets the figures rest on (a fund amount or a member
// count that was left out), then the budget's own warnings and errors
// (fund-assumed, fund-overridden, fund-shortfall …).
func budgetProblems(r *assessment.Result) []roster.Problem {
	p := plan(r)
	out := budget.InputErrors(r.Workbook, p)
	for _, pr := range p.Problems {
		if pr.Severity != roster.SevInfo { // the budget's views show the scaling themselves
			out = append(out, pr)
		}
	}
	return out
}

// plan returns the result's plan, an empty one if the budget did not run.
func plan(r *assessment.Result) *budget.Plan {
	if r.Budget != nil {
		return r.Budget
	}
	return &budget.Plan{}
}

func budgetTownships(p *budget.Plan) []budgetTownship {
	out := make([]budgetTownship, 0, len(p.Townships))
	for _, t := range p.Townships {
		out = append(out, budgetTownship{Township: t.Name, Members: t.Members, Share: t.ShareText(), Quota: t.Quota, Eligible: t.Eligible,
			Selected: t.Selected, Held: t.Held, Waitlisted: t.Waitlisted, Amount: t.Amount.Decimal()})
	}
	return out
}

func budgetJSON(r *assessment.Result, l i18n.Lang) budgetDoc {
	p := plan(r)
	doc := budgetDoc{
		Schema: BudgetSchema, Workbook: r.Workbook.Path, Files: append([]string{}, r.Files()...), AsOf: r.AsOf.String(),
		Members: p.Members, MembersSource: p.MembersSource,
		Rate: p.Rate.String(), Rounding: p.Rounding, Scope: p.Scope,
		QuotaExact: p.QuotaExactText(), Quota: p.Quota,
		Eligible: p.Eligible, Selected: p.Selected, Held: p.Held, Waitlisted: p.Waitlisted,
		Townships: budgetTownships(p), Ranked: budgetRankedList(r), Levels: []budgetLevel{},
		Need: p.Need.Decimal(), Fund: p.Fund.Decimal(), FundSource: p.FundSource, Funds: []budgetFund{},
		Scaled: p.Scaled, Total: p.Total.Decimal(), Leftover: p.Leftover.Decimal(), Shortfall: p.Shortfall.Decimal(),
		Problems:   jsonProblems(budgetProblems(r), l),
		Provenance: r.Provenance,
	}
	for _, lv := range p.Levels {
		doc.Levels = append(doc.Levels, budgetLevel{lv.Level, lv.Standard.Decimal(), lv.Fitted.Decimal(), lv.Selected, lv.Subtotal.Decimal()})
	}
	for _, f := range p.Funds {
		doc.Funds = append(doc.Funds, budgetFund{f.Source, f.Amount.Decimal(), f.Row})
	}
	return doc
}

// budgetRankedList lists the ranked applicants by rank.
func budgetRankedList(r *assessment.Result) []budgetRanked {
	out := []budgetRanked{}
	for i := range r.Decisions {
		d := &r.Decisions[i]
		if d.Rank <= 0 || d.Applicant == nil {
			continue
		}
		a := d.Applicant
		br := budgetRanked{File: applicantFile(a), Sheet: applicantSheet(r, a), Row: a.Row, Name: a.Name, Township: a.Township, Rank: d.Rank, Verdict: string(d.Verdict),
			Held: d.Held, Stage: string(stageOf(r, i))}
		if r.Policy != nil {
			br.Level = budget.LevelOf(a, r.Policy)
		}
		if d.Verdict == eligibility.Eligible || d.Held {
			br.Amount = d.Amount.Decimal()
		}
		out = append(out, br)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rank < out[j].Rank })
	return out
}

func budgetCSV(w io.Writer, r *assessment.Result) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write([]string{"township", "members", "share", "quota", "eligible", "selected", "waitlisted", "amount", "held"})
	for _, t := range budgetTownships(plan(r)) {
		cw.Write([]string{CSVSafe(t.Township), strconv.Itoa(t.Members), t.Share, strconv.Itoa(t.Quota),
			strconv.Itoa(t.Eligible), strconv.Itoa(t.Selected), strconv.Itoa(t.Waitlisted), t.Amount, strconv.Itoa(t.Held)})
	}
	cw.Flush()
	return cw.Error()
}

// QuotaHeader is the catalogue key of the township table's quota column:
// in banner scope the selection is banner-wide by rank, so a township's
// proportional share is only a reference (参考名额), and a township may
// have more selected than that; in township scope it is the quota.
func QuotaHeader(p *budget.Plan) string {
	if p.Scope == "township" {
		return "report.budget.col.quota"
	}
	return "report.budget.col.quota-ref"
}

// quotaNote is the catalogue key of the line under the township table
// that says what its quota column means in banner scope ("" otherwise).
func quotaNote(p *budget.Plan) string {
	if p.Scope == "township" {
		return ""
	}
	return "report.budget.quota-ref-note"
}

// TownshipLabel names a township in a report: "" is （未填苏木镇）.
func TownshipLabel(name string, l i18n.Lang) string {
	if name == "" {
		return i18n.M("budget.no-township").In(l)
	}
	return name
}

// FundSourceLabel names a fund line: the sheet's own words, or what the
// policy's fund or quota × base is called.
func FundSourceLabel(f budget.FundLine, p *budget.Plan, base money.Amount, l i18n.Lang) string {
	switch f.Source {
	case budget.SourcePolicyFund:
		if p.FundSource == budget.FundPolicy {
			return i18n.M("report.budget.fund-policy").In(l)
		}
	case budget.SourceQuotaBase:
		if p.FundSource == budget.FundQuota {
			return i18n.M("report.budget.fund-quota", p.Quota, base.String()).In(l)
		}
	}
	return f.Source
}

func budgetText(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	p := plan(r)
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	fmt.Fprintln(w, m("report.budget.title", inputsLabel(r, l), r.AsOf.String()))
	fmt.Fprintln(w)
	fmt.Fprintln(w, m("report.budget.members", p.Members, m("report.budget.source."+p.MembersSource)))
	fmt.Fprintln(w, m("report.budget.quota", p.Members, p.Rate.Percent(), p.QuotaExactText(), m("report.budget.rounding."+p.Rounding), p.Quota, m("report.budget.scope."+p.Scope)))
	if p.Held > 0 {
		fmt.Fprintln(w, m("report.budget.selection-held", p.Eligible, p.Selected, p.Held, p.Waitlisted))
	} else {
		fmt.Fprintln(w, m("report.budget.selection", p.Eligible, p.Selected, p.Waitlisted))
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, m("report.budget.townships"))
	t := &table{}
	t.add(m("report.col.township"), m("report.budget.col.members"), m("report.budget.col.share"), m(QuotaHeader(p)),
		m("report.budget.col.eligible"), m("report.budget.col.selected"), m("report.budget.col.held"), m("report.budget.col.waitlisted"), m("report.col.amount"))
	for _, tw := range p.Townships {
		t.add(TownshipLabel(tw.Name, l), strconv.Itoa(tw.Members), tw.ShareText(), strconv.Itoa(tw.Quota),
			strconv.Itoa(tw.Eligible), strconv.Itoa(tw.Selected), strconv.Itoa(tw.Held), strconv.Itoa(tw.Waitlisted), tw.Amount.String())
	}
	sum := p.TownshipTotal()
	t.add(m("report.budget.total-row"), strconv.Itoa(sum.Members), "", strconv.Itoa(sum.Quota),
		strconv.Itoa(sum.Eligible), strconv.Itoa(sum.Selected), strconv.Itoa(sum.Held), strconv.Itoa(sum.Waitlisted), sum.Amount.String())
	if err := t.write(w); err != nil {
		return err
	}
	fmt.Fprintln(w, m("report.budget.apportion-note"))
	if note := quotaNote(p); note != "" {
		fmt.Fprintln(w, m(note))
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, m("report.budget.levels"))
	t = &table{}
	t.add(m("report.budget.col.level"), m("report.budget.col.standard"), m("report.budget.col.fitted"), m("report.budget.col.seats"), m("report.budget.col.subtotal"))
	for _, lv := range p.Levels {
		t.add(lv.Level, lv.Standard.String(), lv.Fitted.String(), strconv.Itoa(lv.Selected), lv.Subtotal.String())
	}
	if err := t.write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, m("report.budget.fund"))
	t = &table{}
	base := money.Amount(0)
	if r.Policy != nil {
		base = r.Policy.Amount.Base
	}
	for _, f := range p.Funds {
		t.add("  "+FundSourceLabel(f, p, base, l), f.Amount.String())
	}
	t.add(m("report.budget.fund-total"), p.Fund.String())
	t.add(m("report.budget.need"), p.Need.String())
	t.add(m("report.budget.total"), p.Total.String())
	if p.Shortfall > 0 {
		t.add(m("report.budget.shortfall"), p.Shortfall.String())
	} else {
		t.add(m("report.budget.leftover"), p.Leftover.String())
	}
	if err := t.write(w); err != nil {
		return err
	}
	if p.Scaled {
		unit := money.Amount(0)
		if r.Policy != nil {
			unit = r.Policy.Amount.Unit
		}
		fmt.Fprintln(w, m("report.budget.scaled", unit.String()))
	}

	if ps := budgetProblems(r); len(ps) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, m("report.budget.problems"))
		t = &table{}
		t.add(m("report.col.severity"), m("report.col.cell"), m("report.col.code"), m("report.col.message"))
		for _, pr := range ps {
			where := pr.Sheet
			if pr.Cell != "" {
				where += "!" + pr.Cell
			}
			if pr.File != "" && severalFiles(r) {
				where = pr.File + " " + where
			}
			t.add(m("severity."+string(pr.Severity)), where, pr.Code, pr.Msg.In(l))
		}
		return t.write(w)
	}
	return nil
}
