package report

// The report upward as a workbook (relief report -o 统计表.xlsx): the
// township table and the breakdowns of the recipients on 统计表, and on
// 统计图 a chart of each township's recipients and one of the hardship
// causes, each sheet on A4.

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/i18n"
	"relief/safefile"
)

// The sheets of the report workbook.
const (
	SheetStats  = "统计表"
	SheetCharts = "统计图"
)

// WriteYearReport writes the report workbook to path, whole or not at all.
func WriteYearReport(path string, r *assessment.Result) error {
	return safefile.Write(path, func(w io.Writer) error { return writeYearReport(w, r) })
}

func writeYearReport(out io.Writer, r *assessment.Result) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetStats); err != nil {
		return err
	}
	if _, err := f.NewSheet(SheetCharts); err != nil {
		return err
	}
	st, err := newYearStyles(f)
	if err != nil {
		return err
	}
	pctFmt := "0.0%"
	pct, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "宋体", Size: 11}, CustomNumFmt: &pctFmt,
		Border: []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
			{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}},
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}})
	if err != nil {
		return err
	}
	ys := statsOf(r)
	layout, err := statsSheet(f, r, ys, st, pct)
	if err != nil {
		return err
	}
	if err := chartsSheet(f, r, ys, st, layout); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return saveWorkbook(out, f, r, zh("report.stats.title", ys.Year))
}

// statsLayout says where the charts' data are on 统计表.
type statsLayout struct {
	townFirst, townLast   int // rows of the townships
	causeFirst, causeLast int
}

func statsSheet(f *excelize.File, r *assessment.Result, ys yearStats, st yearStyles, pct int) (statsLayout, error) {
	var lay statsLayout
	const cols = 9
	w := newSheetWriter(f, SheetStats)
	w.str(1, 1, zh("report.stats.title", ys.Year), st.title)
	w.merge(1, 1, cols, 1)
	w.height(1, 32)
	issuer := ""
	if r.Policy != nil {
		issuer = r.Policy.Notice.Issuer
	}
	w.note(1, 2, zh("report.stats.unit", issuer, r.AsOf.Chinese()), st.left)
	w.merge(1, 2, cols, 2)
	w.height(2, 20)

	const head = 4
	w.note(1, head-1, zh("report.stats.by-township"), st.heading)
	heads := []string{zh("report.col.township"), zh("report.budget.col.members"), zh("report.budget.col.quota"), zh("report.stats.col.applicants"),
		zh("report.budget.col.eligible"), zh("report.budget.col.selected"), zh("payout.xlsx.approved"), zh("payout.col.paid"), zh("payout.xlsx.paid-amount")}
	for i, h := range heads {
		w.str(i+1, head, h, st.header)
	}
	w.height(head, 30)
	row := head + 1
	put := func(name string, t statTown, text, money int) {
		w.str(1, row, name, text)
		for i, n := range []int{t.Members, t.Quota, t.Applicants, t.Eligible, t.Selected} {
			w.num(2+i, row, n, st.int)
		}
		w.money(7, row, t.Amount, money)
		w.num(8, row, t.PaidPeople, st.int)
		w.money(9, row, t.Paid, money)
		row++
	}
	lay.townFirst = row
	for _, t := range ys.Townships {
		put(TownshipLabel(t.Name, i18n.ZH), t, st.text, st.money)
	}
	lay.townLast = row - 1
	put(zh("report.budget.total-row"), ys.Total, st.total, st.totalMoney)

	// The breakdowns, one under the other in columns A–C.
	row++
	w.note(1, row, zh("report.stats.recipients", ys.Recipients), st.heading)
	row++
	for _, b := range ys.Breakdowns {
		w.str(1, row, breakdownTitle(b.Key, i18n.ZH), st.header)
		w.str(2, row, zh("report.stats.col.people"), st.header)
		w.str(3, row, zh("report.stats.col.share"), st.header)
		row++
		if b.Key == "cause" {
			lay.causeFirst, lay.causeLast = row, row+len(b.Counts)-1
		}
		for _, c := range b.Counts {
			w.str(1, row, categoryLabel(c.Key, i18n.ZH), st.text)
			w.num(2, row, c.N, st.int)
			w.set(3, row, pct, func(cell string) error { return f.SetCellDefault(SheetStats, cell, shareOf(c.N, ys.Recipients)) })
			row++
		}
		if b.Multi {
			w.note(1, row, zh("report.stats.multi"), st.small)
			w.merge(1, row, cols, row)
			row++
		}
		row++
	}
	printed := w.lastRow // the 说明 line below is not printed (noteRow)
	noteRow(w, row, cols, provenanceNote(r), st.small)
	w.widths[1] = max(w.widths[1], 14)
	w.fitColumns(cols, 8)
	if w.err != nil {
		return lay, w.err
	}
	return lay, yearPageSetup(f, SheetStats, 0, cols, printed)
}

// chartsSheet draws the recipients of each township (quota, selected,
// paid) and the hardship causes.
func chartsSheet(f *excelize.File, r *assessment.Result, ys yearStats, st yearStyles, lay statsLayout) error {
	w := newSheetWriter(f, SheetCharts)
	w.str(1, 1, zh("report.stats.charts-title", ys.Year), st.title)
	w.merge(1, 1, 9, 1)
	w.height(1, 32)
	for c := 1; c <= 9; c++ {
		name, _ := excelize.ColumnNumberToName(c)
		if w.err == nil {
			w.err = f.SetColWidth(SheetCharts, name, name, 10)
		}
	}
	if w.err != nil {
		return w.err
	}
	ref := func(col string, first, last int) string {
		return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", SheetStats, col, first, col, last)
	}
	name := func(col string) string { return fmt.Sprintf("'%s'!$%s$4", SheetStats, col) }
	if lay.townLast >= lay.townFirst {
		cats := ref("A", lay.townFirst, lay.townLast)
		if err := f.AddChart(SheetCharts, "A3", &excelize.Chart{
			Type: excelize.Col,
			Series: []excelize.ChartSeries{
				{Name: name("C"), Categories: cats, Values: ref("C", lay.townFirst, lay.townLast)},
				{Name: name("F"), Categories: cats, Values: ref("F", lay.townFirst, lay.townLast)},
				{Name: name("H"), Categories: cats, Values: ref("H", lay.townFirst, lay.townLast)},
			},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: zh("report.stats.chart-towns")}}},
			Legend:    excelize.ChartLegend{Position: "bottom"},
			Dimension: excelize.ChartDimension{Width: 640, Height: 330},
			YAxis:     excelize.ChartAxis{MajorGridLines: true, MajorUnit: 1},
			PlotArea:  excelize.ChartPlotArea{ShowVal: true},
		}); err != nil {
			return err
		}
	}
	if lay.causeLast >= lay.causeFirst && ys.Recipients > 0 {
		if err := f.AddChart(SheetCharts, "A22", &excelize.Chart{
			Type: excelize.Pie,
			Series: []excelize.ChartSeries{
				{Name: fmt.Sprintf("'%s'!$A$%d", SheetStats, lay.causeFirst-1), Categories: ref("A", lay.causeFirst, lay.causeLast),
					Values: ref("B", lay.causeFirst, lay.causeLast)},
			},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: zh("report.stats.chart-causes")}}},
			Legend:    excelize.ChartLegend{Position: "right"},
			Dimension: excelize.ChartDimension{Width: 640, Height: 330},
			PlotArea:  excelize.ChartPlotArea{ShowPercent: true, ShowCatName: false},
		}); err != nil {
			return err
		}
	}
	return yearPageSetup(f, SheetCharts, 0, 9, 40)
}
