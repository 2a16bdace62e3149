package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"relief/assessment"
	"relief/i18n"
	"relief/provenance"
)

// ReportSchema names the JSON contract of relief report.
const ReportSchema = "relief.report/v1"

// YearReport writes the report upward in format (text, json or csv).
func YearReport(w io.Writer, r *assessment.Result, format string, l i18n.Lang) error {
	st := statsOf(r)
	switch format {
	case "json":
		return writeJSON(w, reportJSON(r, st))
	case "csv":
		return reportCSV(w, st)
	}
	return reportText(w, r, st, l)
}

type reportTown struct {
	Township   string `json:"township"`
	Members    int    `json:"members"`
	Quota      int    `json:"quota"`
	Applicants int    `json:"applicants"`
	Eligible   int    `json:"eligible"`
	Selected   int    `json:"selected"`
	Amount     string `json:"amount"`
	PaidPeople int    `json:"paid_people"`
	Paid       string `json:"paid"`
}

type reportCount struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

type reportBreakdown struct {
	By     string        `json:"by"`
	Multi  bool          `json:"multi,omitempty"`
	Counts []reportCount `json:"counts"`
}

type reportDoc struct {
	Schema     string                 `json:"schema"`
	Workbook   string                 `json:"workbook"`
	Files      []string               `json:"files"`
	AsOf       string                 `json:"as_of"`
	Year       int                    `json:"year"`
	Townships  []reportTown           `json:"townships"`
	Total      reportTown             `json:"total"`
	Recipients int                    `json:"recipients"`
	Breakdowns []reportBreakdown      `json:"breakdowns"`
	Provenance *provenance.Provenance `json:"provenance,omitempty"`
}

func reportTownOf(t statTown) reportTown {
	return reportTown{t.Name, t.Members, t.Quota, t.Applicants, t.Eligible, t.Selected, t.Amount.Decimal(), t.PaidPeople, t.Paid.Decimal()}
}

func reportJSON(r *assessment.Result, st yearStats) reportDoc {
	doc := reportDoc{Schema: ReportSchema, Workbook: r.Workbook.Path, Files: append([]string{}, r.Files()...), AsOf: r.AsOf.String(), Year: st.Year,
		Townships: []reportTown{}, Total: reportTownOf(st.Total), Recipients: st.Recipients, Breakdowns: []reportBreakdown{},
		Provenance: r.Provenance}
	for _, t := range st.Townships {
		doc.Townships = append(doc.Townships, reportTownOf(t))
	}
	for _, b := range st.Breakdowns {
		rb := reportBreakdown{By: b.Key, Multi: b.Multi, Counts: []reportCount{}}
		for _, c := range b.Counts {
			rb.Counts = append(rb.Counts, reportCount{c.Key, categoryLabel(c.Key, i18n.ZH), c.N})
		}
		doc.Breakdowns = append(doc.Breakdowns, rb)
	}
	return doc
}

// reportCSV writes one figure a line: section,item,measure,value (the
// townships' columns, then each breakdown's counts), so that a script
// reads every figure the same way.
func reportCSV(w io.Writer, st yearStats) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write([]string{"section", "item", "measure", "value"})
	town := func(name string, t statTown) {
		for _, kv := range [][2]string{{"members", strconv.Itoa(t.Members)}, {"quota", strconv.Itoa(t.Quota)},
			{"applicants", strconv.Itoa(t.Applicants)}, {"eligible", strconv.Itoa(t.Eligible)}, {"selected", strconv.Itoa(t.Selected)},
			{"amount", t.Amount.Decimal()}, {"paid_people", strconv.Itoa(t.PaidPeople)}, {"paid", t.Paid.Decimal()}} {
			cw.Write([]string{"township", CSVSafe(name), kv[0], kv[1]})
		}
	}
	for _, t := range st.Townships {
		town(t.Name, t)
	}
	town("*", st.Total)
	for _, b := range st.Breakdowns {
		for _, c := range b.Counts {
			cw.Write([]string{b.Key, CSVSafe(c.Key), "recipients", strconv.Itoa(c.N)})
		}
	}
	cw.Flush()
	return cw.Error()
}

func reportText(w io.Writer, r *assessment.Result, st yearStats, l i18n.Lang) error {
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	fmt.Fprintln(w, m("report.stats.text-title", st.Year, inputsLabel(r, l), r.AsOf.String()))
	fmt.Fprintln(w)
	fmt.Fprintln(w, m("report.stats.by-township"))
	t := &table{}
	t.add(m("report.col.township"), m("report.budget.col.members"), m("report.budget.col.quota"), m("report.stats.col.applicants"),
		m("report.budget.col.eligible"), m("report.budget.col.selected"), m("report.col.amount"), m("payout.col.paid"), m("payout.col.paid-amount"))
	row := func(name string, x statTown) {
		t.add(name, strconv.Itoa(x.Members), strconv.Itoa(x.Quota), strconv.Itoa(x.Applicants), strconv.Itoa(x.Eligible),
			strconv.Itoa(x.Selected), x.Amount.String(), strconv.Itoa(x.PaidPeople), x.Paid.String())
	}
	for _, x := range st.Townships {
		row(TownshipLabel(x.Name, l), x)
	}
	row(m("report.budget.total-row"), st.Total)
	if err := t.write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, m("report.stats.recipients", st.Recipients))
	sep := "、"
	if l == i18n.EN {
		sep = ", "
	}
	for _, b := range st.Breakdowns {
		var parts []string
		for _, c := range b.Counts {
			parts = append(parts, m("report.stats.count", categoryLabel(c.Key, l), c.N, percentText(c.N, st.Recipients)))
		}
		fmt.Fprintln(w, "  "+breakdownTitle(b.Key, l)+m("report.stats.colon")+strings.Join(parts, sep))
	}
	return nil
}
