package report

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/printout"
	"relief/safefile"
)

// The sheets of the budget workbook.
const (
	SheetSummary   = "汇总"
	SheetTownships = "苏木镇名额"
	SheetRoster    = "发放花名册"
)

// WriteBudget writes the budget workbook to path (whole or not at all):
// a summary, the township quotas with a bar chart of quota against
// selected, and the disbursement roster (发放花名册) laid out for A4. The
// workbook is a document for clerks, so it is in Chinese whatever the
// --lang. Values read from the input are always written as text or
// numbers, never as formulas.
func WriteBudget(path string, r *assessment.Result) error {
	f, err := budgetWorkbook(r)
	if err != nil {
		return &i18n.Error{Msg: i18n.M("report.budget.xlsx-failed", path, err.Error()), Err: err}
	}
	defer f.Close()
	return safefile.Write(path, func(w io.Writer) error { return saveWorkbook(w, f, r, zh("report.budget.xlsx.title", r.AsOf.Y)) })
}

// xlsxStyles are the cell styles of the budget workbook.
type xlsxStyles struct {
	title, header, text, centre, int, money, moneyRoster, id, sign, total, totalMoney, totalRoster, note int
	filing, subtotal, subtotalMoney, share                                                               int
}

func newStyles(f *excelize.File) (xlsxStyles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	font := &excelize.Font{Family: "宋体", Size: 11}
	bold := &excelize.Font{Family: "宋体", Size: 11, Bold: true}
	middle := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true}
	}
	moneyFmt := printout.MoneyFormat
	shareFmt := "0.0###" // a share as exact as it is: 3.75, 2.625
	var s xlsxStyles
	var err error
	for _, st := range []struct {
		dst   *int
		style *excelize.Style
	}{
		{&s.title, &excelize.Style{Font: &excelize.Font{Family: "宋体", Size: 16, Bold: true}, Alignment: middle("center")}},
		{&s.header, &excelize.Style{Font: bold, Border: border, Alignment: middle("center"),
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}}}},
		{&s.text, &excelize.Style{Font: font, Border: border, Alignment: middle("left")}},
		{&s.centre, &excelize.Style{Font: font, Border: border, Alignment: middle("center")}},
		{&s.int, &excelize.Style{Font: font, Border: border, Alignment: middle("right")}},
		{&s.money, &excelize.Style{Font: font, Border: border, Alignment: middle("right"), CustomNumFmt: &moneyFmt}},
		{&s.moneyRoster, &excelize.Style{Font: font, Border: border, Alignment: middle("right"), CustomNumFmt: &moneyFmt}},
		{&s.id, &excelize.Style{Font: font, Border: border, Alignment: middle("center"), NumFmt: printout.TextFormat}},
		{&s.sign, &excelize.Style{Font: font, Border: border}},
		{&s.total, &excelize.Style{Font: bold, Border: border, Alignment: middle("center")}},
		{&s.totalMoney, &excelize.Style{Font: bold, Border: border, Alignment: middle("right"), CustomNumFmt: &moneyFmt}},
		{&s.totalRoster, &excelize.Style{Font: bold, Border: border, Alignment: middle("right"), CustomNumFmt: &moneyFmt}},
		{&s.note, &excelize.Style{Font: font, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&s.share, &excelize.Style{Font: font, Border: border, Alignment: middle("right"), CustomNumFmt: &shareFmt}},
		{&s.filing, &excelize.Style{Font: font, Alignment: &excelize.Alignment{Vertical: "bottom"}}},
		{&s.subtotal, &excelize.Style{Font: bold, Border: border, Alignment: middle("right"), Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}}},
		{&s.subtotalMoney, &excelize.Style{Font: bold, Border: border, Alignment: middle("right"), CustomNumFmt: &moneyFmt,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}}},
	} {
		if *st.dst, err = f.NewStyle(st.style); err != nil {
			return s, err
		}
	}
	return s, nil
}

// sheetWriter writes cells of one sheet and remembers each column's
// widest text, to size the columns for Chinese text.
type sheetWriter struct {
	f       *excelize.File
	sheet   string
	widths  map[int]int
	caps    map[int]int // a column's widest width before its text wraps (default 46)
	lastRow int         // the lowest row written
	err     error
}

func (w *sheetWriter) cell(col, row int) string {
	c, err := excelize.CoordinatesToCellName(col, row)
	if err != nil && w.err == nil {
		w.err = err
	}
	return c
}

func (w *sheetWriter) measure(col int, s string) {
	if n := runewidth.StringWidth(s); n > w.widths[col] {
		w.widths[col] = n
	}
}

// str writes s as a text cell (never a formula, whatever it starts with).
func (w *sheetWriter) str(col, row int, s string, style int) {
	w.measure(col, s)
	w.set(col, row, style, func(c string) error { return w.f.SetCellStr(w.sheet, c, s) })
}

// note writes a line of text that spans merged columns: it does not
// widen its column.
func (w *sheetWriter) note(col, row int, s string, style int) {
	w.set(col, row, style, func(c string) error { return w.f.SetCellStr(w.sheet, c, s) })
}

// decimal writes an exact decimal (a township's share) as a number cell.
func (w *sheetWriter) decimal(col, row int, s string, style int) {
	w.measure(col, s)
	w.set(col, row, style, func(c string) error { return w.f.SetCellDefault(w.sheet, c, s) })
}

// num writes a whole number.
func (w *sheetWriter) num(col, row int, n int, style int) {
	w.measure(col, strconv.Itoa(n))
	w.set(col, row, style, func(c string) error { return w.f.SetCellInt(w.sheet, c, int64(n)) })
}

// money writes an amount as a number cell, from its exact decimal text
// (no float64 on the way).
func (w *sheetWriter) money(col, row int, a money.Amount, style int) {
	w.measure(col, a.String())
	w.set(col, row, style, func(c string) error { return w.f.SetCellDefault(w.sheet, c, a.Decimal()) })
}

func (w *sheetWriter) set(col, row, style int, put func(cell string) error) {
	if w.err != nil {
		return
	}
	c := w.cell(col, row)
	w.lastRow = max(w.lastRow, row)
	if w.err == nil {
		w.err = put(c)
	}
	if w.err == nil && style != 0 {
		w.err = w.f.SetCellStyle(w.sheet, c, c, style)
	}
}

func (w *sheetWriter) merge(c1, r1, c2, r2 int) {
	if w.err == nil {
		w.err = w.f.MergeCell(w.sheet, w.cell(c1, r1), w.cell(c2, r2))
	}
}

func (w *sheetWriter) height(row int, h float64) {
	if w.err == nil {
		w.err = w.f.SetRowHeight(w.sheet, row, h)
	}
}

// fitColumns sizes each column to its widest text (display cells, so a
// Chinese character counts two), within [min, cap] plus 2 for the margins;
// the cap is 46 unless caps says otherwise. Longer text wraps.
func (w *sheetWriter) fitColumns(cols, min int) {
	for col := 1; col <= cols; col++ {
		width := w.colWidth(col, min)
		name, _ := excelize.ColumnNumberToName(col)
		if w.err == nil {
			w.err = w.f.SetColWidth(w.sheet, name, name, width)
		}
	}
}

// colWidth is the width fitColumns gives column col.
func (w *sheetWriter) colWidth(col, lo int) float64 {
	limit := 46
	if c, ok := w.caps[col]; ok {
		limit = c
	}
	return float64(max(lo, min(w.widths[col], limit)) + 2)
}

func newSheetWriter(f *excelize.File, sheet string) *sheetWriter {
	return &sheetWriter{f: f, sheet: sheet, widths: map[int]int{}}
}

func budgetWorkbook(r *assessment.Result) (*excelize.File, error) {
	f := excelize.NewFile()
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	if err := f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return nil, err
	}
	for _, s := range []string{SheetTownships, SheetRoster} {
		if _, err := f.NewSheet(s); err != nil {
			return nil, err
		}
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	p := plan(r)
	for _, fill := range []func(*excelize.File, *assessment.Result, *budget.Plan, xlsxStyles) error{
		summarySheet, townshipSheet, rosterSheet,
	} {
		if err := fill(f, r, p, st); err != nil {
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	ok = true
	return f, nil
}

// zh renders a catalogue message in Chinese, the language of documents.
func zh(key string, args ...any) string { return i18n.M(key, args...).In(i18n.ZH) }

func summarySheet(f *excelize.File, r *assessment.Result, p *budget.Plan, st xlsxStyles) error {
	w := newSheetWriter(f, SheetSummary)
	w.str(1, 1, zh("report.budget.xlsx.title", resultYear(r)), st.title)
	w.merge(1, 1, 5, 1)
	w.height(1, 30)
	w.str(1, 2, zh("report.budget.xlsx.item"), st.header)
	w.str(2, 2, zh("report.budget.xlsx.value"), st.header)
	row := 3
	line := func(label string, put func(row int)) {
		w.str(1, row, label, st.text)
		put(row)
		row++
	}
	text := func(s string) func(int) { return func(row int) { w.str(2, row, s, st.text) } }
	count := func(n int) func(int) { return func(row int) { w.num(2, row, n, st.int) } }
	decimal := func(d string) func(int) { return func(row int) { w.decimal(2, row, d, st.share) } }
	amount := func(a money.Amount) func(int) { return func(row int) { w.money(2, row, a, st.money) } }
	base, unit := money.Amount(0), money.Amount(0)
	if r.Policy != nil {
		base, unit = r.Policy.Amount.Base, r.Policy.Amount.Unit
	}

	files, filesRow := strings.Join(r.Files(), "、"), row // sized to its lines once the columns are
	line(zh("report.budget.xlsx.workbook"), text(files))
	line(zh("report.budget.xlsx.as-of"), text(r.AsOf.Chinese()))
	line(zh("report.budget.col.members"), count(p.Members))
	line(zh("report.budget.xlsx.members-source"), text(zh("report.budget.source."+p.MembersSource)))
	line(zh("report.budget.xlsx.rate"), text(p.Rate.Percent()))
	line(zh("report.budget.xlsx.quota-exact"), decimal(p.QuotaExactText()))
	line(zh("report.budget.xlsx.rounding"), text(zh("report.budget.rounding."+p.Rounding)))
	line(zh("report.budget.xlsx.quota"), count(p.Quota))
	line(zh("report.budget.xlsx.scope"), text(zh("report.budget.scope."+p.Scope)))
	line(zh("report.budget.col.eligible"), count(p.Eligible))
	line(zh("report.budget.col.selected"), count(p.Selected))
	if p.Held > 0 {
		line(zh("report.budget.xlsx.held"), count(p.Held))
	}
	line(zh("report.budget.col.waitlisted"), count(p.Waitlisted))
	for _, fl := range p.Funds {
		line(zh("report.budget.xlsx.fund-line", FundSourceLabel(fl, p, base, i18n.ZH)), amount(fl.Amount))
	}
	line(zh("report.budget.fund-total"), amount(p.Fund))
	line(zh("report.budget.need"), amount(p.Need))
	line(zh("report.budget.total"), amount(p.Total))
	line(zh("report.budget.xlsx.total-capital"), text(p.Total.Capital()))
	if p.Shortfall > 0 {
		line(zh("report.budget.shortfall"), amount(p.Shortfall))
	} else {
		line(zh("report.budget.leftover"), amount(p.Leftover))
	}
	scaled := zh("report.budget.xlsx.no")
	if p.Scaled {
		scaled = zh("report.budget.xlsx.scaled-yes", unit.String())
	}
	line(zh("report.budget.xlsx.scaled"), text(scaled))

	row++
	heads := []string{zh("report.budget.col.level"), zh("report.budget.col.standard"), zh("report.budget.col.fitted"), zh("report.budget.col.seats"), zh("report.budget.col.subtotal")}
	for i, h := range heads {
		w.str(i+1, row, h, st.header)
	}
	row++
	for _, lv := range p.Levels {
		w.str(1, row, lv.Level, st.text)
		w.money(2, row, lv.Standard, st.money)
		w.money(3, row, lv.Fitted, st.money)
		w.num(4, row, lv.Selected, st.int)
		w.money(5, row, lv.Subtotal, st.money)
		row++
	}
	if ps := budgetProblems(r); len(ps) > 0 {
		row++
		w.str(1, row, zh("report.budget.problems"), st.header)
		w.merge(1, row, 5, row)
		row++
		for _, pr := range ps {
			where := ""
			if pr.Cell != "" {
				where = pr.Sheet + "!" + pr.Cell + " "
			}
			if pr.File != "" && severalFiles(r) {
				where = pr.File + " " + where
			}
			w.note(1, row, zh("severity."+string(pr.Severity))+"："+where+pr.Msg.In(i18n.ZH), st.note)
			w.merge(1, row, 5, row)
			w.height(row, 45)
			row++
		}
	}
	// The 说明 line is for the file's reader, below the print area (see
	// noteRow).
	printed := w.lastRow
	if note := provenanceNote(r); note != "" {
		row += 2
		w.note(1, row, note, st.note)
		w.merge(1, row, 5, row)
		w.height(row, float64(wrapLines(note, 70))*14+6)
	}
	w.fitColumns(5, 10)
	// The list of files wraps in its cell: a row of normal height would
	// show its first line and run the rest over the rows below.
	if n := wrapLines(files, int(w.colWidth(2, 10))); n > 1 {
		w.height(filesRow, min(float64(n)*15+4, 409))
	}
	if w.err != nil {
		return w.err
	}
	return printout.Setup(f, SheetSummary, printout.Page{Cols: 5, Rows: printed})
}

func townshipSheet(f *excelize.File, r *assessment.Result, p *budget.Plan, st xlsxStyles) error {
	w := newSheetWriter(f, SheetTownships)
	heads := []string{zh("report.col.township"), zh("report.budget.col.members"), zh("report.budget.col.share"), zh(QuotaHeader(p)),
		zh("report.budget.col.eligible"), zh("report.budget.col.selected"), zh("report.budget.col.waitlisted"), zh("report.col.amount")}
	for i, h := range heads {
		w.str(i+1, 1, h, st.header)
	}
	row := 2
	for _, t := range p.Townships {
		w.str(1, row, TownshipLabel(t.Name, i18n.ZH), st.text)
		w.num(2, row, t.Members, st.int)
		w.decimal(3, row, t.ShareText(), st.share)
		w.num(4, row, t.Quota, st.int)
		w.num(5, row, t.Eligible, st.int)
		w.num(6, row, t.Selected, st.int)
		w.num(7, row, t.Waitlisted, st.int)
		w.money(8, row, t.Amount, st.money)
		row++
	}
	last := row - 1
	sum := p.TownshipTotal()
	w.str(1, row, zh("report.budget.total-row"), st.total)
	w.num(2, row, sum.Members, st.int)
	w.str(3, row, "", st.int)
	w.num(4, row, sum.Quota, st.int)
	w.num(5, row, sum.Eligible, st.int)
	w.num(6, row, sum.Selected, st.int)
	w.num(7, row, sum.Waitlisted, st.int)
	w.money(8, row, sum.Amount, st.totalMoney)
	note := zh("report.budget.apportion-note")
	if key := quotaNote(p); key != "" {
		note += "\n" + zh(key)
	}
	w.note(1, row+2, note, st.note)
	w.merge(1, row+2, 8, row+2)
	w.height(row+2, 76)
	if w.err == nil {
		w.err = f.SetPanes(SheetTownships, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	}
	w.fitColumns(8, 6)
	if w.err == nil {
		w.err = printout.Setup(f, SheetTownships, printout.Page{Cols: 8, Rows: row + 6 + chartRows, TitleFirst: 1, TitleLast: 1})
	}
	if w.err != nil || last < 2 {
		return w.err
	}
	ref := func(col string) string { return fmt.Sprintf("'%s'!$%s$2:$%s$%d", SheetTownships, col, col, last) }
	name := func(col string) string { return fmt.Sprintf("'%s'!$%s$1", SheetTownships, col) }
	return f.AddChart(SheetTownships, w.cell(1, row+4), &excelize.Chart{
		Type: excelize.Col,
		Series: []excelize.ChartSeries{
			{Name: name("D"), Categories: ref("A"), Values: ref("D")},
			{Name: name("F"), Categories: ref("A"), Values: ref("F")},
		},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: zh("report.budget.xlsx.chart-title")}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: uint(max(560, 70*(last-1))), Height: chartRows * 20},
		YAxis:     excelize.ChartAxis{MajorGridLines: true},
	})
}

// chartRows is the height of the township sheet's chart, in rows of the
// default height (20 pixels), so that its print area takes it in.
const chartRows = 16

// selectedInOrder are the selected decisions by township (the plan's
// order), then rank.
func selectedInOrder(r *assessment.Result, p *budget.Plan) []*eligibility.Decision {
	town := map[string]int{}
	for i, t := range p.Townships {
		town[t.Name] = i
	}
	var out []*eligibility.Decision
	for i := range r.Decisions {
		if d := &r.Decisions[i]; d.Verdict == eligibility.Eligible && d.Rank > 0 {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		ti, tj := town[budget.TownshipOf(out[i])], town[budget.TownshipOf(out[j])]
		if ti != tj {
			return ti < tj
		}
		return out[i].Rank < out[j].Rank
	})
	return out
}

// The rows of the disbursement roster above the table.
const (
	rosterTitleRow  = 1
	rosterFilingRow = 2 // 填报单位（盖章） and the date, to fill in by hand
	rosterHeadRow   = 3
)

func rosterSheet(f *excelize.File, r *assessment.Result, p *budget.Plan, st xlsxStyles) error {
	const cols = 9
	w := newSheetWriter(f, SheetRoster)
	w.str(1, rosterTitleRow, zh("report.budget.xlsx.roster-title", resultYear(r)), st.title)
	w.merge(1, rosterTitleRow, cols, rosterTitleRow)
	w.note(1, rosterFilingRow, zh("report.budget.xlsx.roster-filing"), st.filing)
	w.merge(1, rosterFilingRow, cols, rosterFilingRow)
	heads := []string{zh("report.budget.xlsx.seq"), zh("report.col.name"), zh("report.budget.xlsx.id"), zh("report.col.township"), zh("report.col.branch"),
		zh("report.budget.col.level"), zh("report.col.amount"), zh("report.budget.xlsx.account"), zh("report.budget.xlsx.signature")}
	for i, h := range heads {
		w.str(i+1, rosterHeadRow, h, st.header)
	}
	heights := map[int]float64{rosterTitleRow: 36, rosterFilingRow: 26, rosterHeadRow: 24}
	row := rosterHeadRow + 1
	// Long names, townships and branches wrap in columns of bounded width
	// (so the sheet still prints legibly on A4); each row is made tall
	// enough for its text, and never lower than room to sign.
	w.caps = map[int]int{2: 20, 4: 24, 5: 30}
	type person struct {
		row                    int
		name, township, branch string
	}
	var people []person
	sel := selectedInOrder(r, p)
	groups := townshipGroups(sel)
	var total money.Amount
	seq := 0
	for _, g := range groups {
		var sub money.Amount
		for _, d := range g {
			a := d.Applicant
			seq++
			w.num(1, row, seq, st.centre)
			w.str(2, row, a.Name, st.centre)
			w.str(3, row, a.IDNumber, st.id)
			w.str(4, row, budget.TownshipOf(d), st.text)
			w.str(5, row, a.Branch, st.text)
			w.str(6, row, budget.LevelOf(a, r.Policy), st.centre)
			w.money(7, row, d.Amount, st.moneyRoster)
			w.str(8, row, a.Account, st.id) // text, never a number: a card number has more digits than Excel keeps
			w.str(9, row, "", st.sign)
			people = append(people, person{row, a.Name, budget.TownshipOf(d), a.Branch})
			sub += d.Amount
			row++
		}
		total += sub
		if len(groups) > 1 {
			// A subtotal per township, for the township's own records.
			label := zh("report.budget.xlsx.roster-subtotal", TownshipLabel(budget.TownshipOf(g[0]), i18n.ZH), len(g))
			w.note(1, row, label, st.subtotal)
			for c := 2; c <= 6; c++ {
				w.str(c, row, "", st.subtotal)
			}
			w.merge(1, row, 6, row)
			w.money(7, row, sub, st.subtotalMoney)
			w.str(8, row, "", st.sign)
			w.str(9, row, "", st.sign)
			heights[row] = 24
			row++
		}
	}
	totalRow := row
	w.note(1, row, zh("report.budget.xlsx.roster-total", seq), st.total)
	for c := 2; c <= 6; c++ {
		w.str(c, row, "", st.total)
	}
	w.merge(1, row, 6, row)
	w.money(7, row, total, st.totalRoster)
	w.str(8, row, "", st.sign)
	w.str(9, row, "", st.sign)
	heights[row] = 28
	w.note(1, row+1, zh("report.budget.xlsx.roster-capital", total.Capital()), st.note)
	w.merge(1, row+1, cols, row+1)
	heights[row+1] = 24
	heights[row+2] = 12
	w.note(1, row+3, zh("report.budget.xlsx.roster-footer"), st.note)
	w.merge(1, row+3, cols, row+3)
	heights[row+3] = 28
	last := row + 3
	w.widths[1] = 4
	w.widths[3] = max(w.widths[3], 18)
	w.widths[8] = max(w.widths[8], 19)
	w.widths[9] = max(w.widths[9], 16)
	w.fitColumns(cols, 6)
	for _, pr := range people {
		lines := 1
		for j, col := range []int{2, 4, 5} {
			lines = max(lines, wrapLines([]string{pr.name, pr.township, pr.branch}[j], int(w.colWidth(col, 6))))
		}
		heights[pr.row] = max(28, float64(lines)*15+6) // room to sign
	}
	hs := make([]float64, last+1)
	for r := 1; r <= last; r++ {
		hs[r] = heights[r]
		w.height(r, hs[r])
	}
	if w.err != nil {
		return w.err
	}
	widths := make([]float64, cols)
	for c := range widths {
		widths[c] = w.colWidth(c+1, 6)
	}
	// Every page break placed here: the total and the signatures never
	// stand alone on the last page, and no program adds breaks of its own.
	for _, b := range printout.Breaks(hs, rosterHeadRow+1, totalRow, last, 2, rosterHeadRow, rosterHeadRow, printout.PageHeight(widths)) {
		if err := f.InsertPageBreak(SheetRoster, w.cell(1, b)); err != nil {
			return err
		}
	}
	return printout.Setup(f, SheetRoster, printout.Page{Cols: cols, Rows: last, TitleFirst: rosterHeadRow, TitleLast: rosterHeadRow})
}

// townshipGroups splits the selected decisions, in roster order, into
// runs of one township each.
func townshipGroups(sel []*eligibility.Decision) [][]*eligibility.Decision {
	var out [][]*eligibility.Decision
	for i, d := range sel {
		if i == 0 || budget.TownshipOf(d) != budget.TownshipOf(sel[i-1]) {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], d)
	}
	return out
}

// resultYear is the relief year of r (--year, else the year of --as-of).
func resultYear(r *assessment.Result) int {
	if r.Year > 0 {
		return r.Year
	}
	return r.AsOf.Y
}
