package report

// The 审核结果 sheet of the annotated workbook: one row per applicant,
// coloured by verdict. The columns a reader needs come first and are what
// prints (name, township, branch, verdict, reasons, amount, rank and the
// row in the original), landscape and one page wide at full size; every
// other column of the applicants sheet follows, for sorting and
// filtering, typed as it was read: dates as dates, counts and money as
// numbers, identity and phone numbers as text.

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"

	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/printout"
	"relief/roster"
)

// The printed columns of 审核结果, in order.
const (
	resName = iota + 1
	resTownship
	resBranch
	resVerdict
	resStage
	resReasons
	resAmount
	resRank
	resRow
	resPrinted = resRow // the last printed column
)

// resultColumn is one column of the applicants sheet shown after the
// printed ones.
type resultColumn struct {
	col    int    // one file: its column in the applicants sheet; several: 0
	header string // the canonical header where a field was found, the original text otherwise
	field  *roster.Field
}

// isPrinted reports whether a field is shown among the printed columns.
func isPrinted(f *roster.Field) bool {
	return f != nil && (f.Key == "name" || f.Key == "township" || f.Key == "branch")
}

// resultColumns are the columns of the applicants sheet shown after the
// printed ones: all but name, township and branch, in sheet order. Over
// several files, whose sheets may order their columns differently, they
// are the fields found in any of them, in the schema's order.
func (a *annotator) resultColumns() []resultColumn {
	if a.several {
		found := map[string]bool{}
		for _, d := range a.r.Decisions {
			if si := a.applSheet(d.Applicant); si != nil {
				for key := range si.Columns {
					found[key] = true
				}
			}
		}
		var out []resultColumn
		for i := range roster.Applicants.Fields {
			f := &roster.Applicants.Fields[i]
			if found[f.Key] && !isPrinted(f) {
				out = append(out, resultColumn{header: f.Header, field: f})
			}
		}
		return out
	}
	// Only the columns used (a header, or a cell of some applicant): a
	// stray cell in column XFD adds one column, not sixteen thousand.
	used := map[int]bool{}
	for _, d := range a.r.Decisions {
		if d.Applicant != nil {
			for i, v := range d.Applicant.Raw {
				if v != "" {
					used[i+1] = true
				}
			}
		}
	}
	fields := map[int]*roster.Field{}
	byCol := map[int]string{}
	if a.appl != nil {
		for key, col := range a.appl.Columns {
			used[col] = true
			if f := roster.Applicants.Field(key); f != nil {
				fields[col], byCol[col] = f, f.Header
			}
		}
		if c := a.copies[a.applKey(nil)]; c != nil {
			for col, h := range c.headers {
				used[col] = true
				if _, ok := byCol[col]; !ok {
					byCol[col] = h
				}
			}
		}
	}
	cols := make([]int, 0, len(used))
	for col := range used {
		cols = append(cols, col)
	}
	slices.Sort(cols)
	var out []resultColumn
	for _, col := range cols {
		if isPrinted(fields[col]) {
			continue
		}
		h := byCol[col]
		if h == "" {
			h = annotZH("workbook.result.column", roster.ColumnName(col))
		}
		out = append(out, resultColumn{col: col, header: h, field: fields[col]})
	}
	return out
}

// column is the column of c on applicant ap's sheet (0 when it has none).
func (a *annotator) column(ap *roster.Applicant, c resultColumn) int {
	if !a.several {
		return c.col
	}
	si := a.applSheet(ap)
	if si == nil || c.field == nil {
		return 0
	}
	return si.Columns[c.field.Key]
}

// applicantDays are the applicants' date columns as read.
var applicantDays = map[string]func(*roster.Applicant) roster.Day{
	"applied_on":  func(a *roster.Applicant) roster.Day { return a.AppliedOn },
	"meeting_on":  func(a *roster.Applicant) roster.Day { return a.MeetingOn },
	"surveyed_on": func(a *roster.Applicant) roster.Day { return a.SurveyedOn },
	"reviewed_on": func(a *roster.Applicant) roster.Day { return a.ReviewedOn },
	"approved_on": func(a *roster.Applicant) roster.Day { return a.ApprovedOn },
	"noticed_on":  func(a *roster.Applicant) roster.Day { return a.NoticedOn },
}

// cellKind is how a value goes into a cell of 审核结果.
type cellKind int

const (
	kindText cellKind = iota
	kindDate
	kindCount
	kindMoney
)

// typedValue is the value of column c on applicant ap's row as the cell
// shows it: a date, a count or a sum of money when the column holds one
// and the cell was read as one; else the text as stored.
func typedValue(ap *roster.Applicant, col int, c resultColumn) (cellKind, string) {
	raw := ""
	if col >= 1 && col-1 < len(ap.Raw) {
		raw = ap.Raw[col-1]
	}
	if c.field == nil || strings.TrimSpace(raw) == "" {
		return kindText, raw
	}
	switch c.field.Kind {
	case roster.Date, roster.MonthDate:
		if day, ok := applicantDays[c.field.Key]; ok {
			if d := day(ap); !d.IsZero() {
				return kindDate, d.String()
			}
		} else if d, ok := roster.ParseDay(raw); ok {
			return kindDate, d.String()
		}
	case roster.Whole:
		if n, err := strconv.Atoi(strings.TrimSpace(raw)); err == nil {
			return kindCount, strconv.Itoa(n)
		}
	case roster.MoneyKind:
		if c.field.Key == "household_income" && ap.HouseholdIncome != nil {
			return kindMoney, ap.HouseholdIncome.Decimal()
		}
		if amt, err := money.Parse(raw); err == nil {
			return kindMoney, amt.Decimal()
		}
	}
	return kindText, raw
}

// put writes a typed value: a date as a date serial (no time zone, no
// float arithmetic beyond the day count), a count or an amount as a
// number from its exact decimal text, anything else as text.
func (s *annotSheet) put(col, row int, k cellKind, v string) {
	switch k {
	case kindDate:
		d, _ := roster.ParseDay(v)
		serial := d.Time().Sub(roster.Day{Y: 1899, M: 12, D: 30}.Time()).Hours() / 24
		s.do(s.f.SetCellDefault(s.sheet, annotCell(col, row), strconv.Itoa(int(serial))))
	case kindCount, kindMoney:
		s.do(s.f.SetCellDefault(s.sheet, annotCell(col, row), v))
	default:
		s.str(col, row, v)
	}
}

// writeResult writes 审核结果.
func (a *annotator) writeResult(sheet string) error {
	s := &annotSheet{f: a.f, sheet: sheet}
	rest := a.resultColumns()
	heads := []string{annotZH("workbook.result.name"), annotZH("workbook.result.township"), annotZH("workbook.result.branch"),
		annotZH("workbook.result.verdict"), annotZH("report.col.stage"), annotZH("workbook.result.reasons"), annotZH("workbook.result.amount"),
		annotZH("workbook.result.rank"), annotZH("workbook.result.row")}
	cFile := 0 // over several files, the column naming each row's file
	if a.several {
		heads = append(heads, annotZH("workbook.result.file"))
		cFile = len(heads)
	}
	cRepeat := 0 // 上年救助, with --previous
	if a.r.History != nil {
		heads = append(heads, annotZH("workbook.result.repeat"))
		cRepeat = len(heads)
	}
	first := len(heads) + 1 // the first of the other columns
	for _, c := range rest {
		heads = append(heads, c.header)
	}
	widths := make([]int, len(heads))
	for i, h := range heads {
		s.str(i+1, 1, h)
		widths[i] = min(runewidth.StringWidth(h), 16)
	}
	row := 1
	for di, d := range a.r.Decisions {
		ap := d.Applicant
		if ap == nil {
			continue
		}
		row++
		v := d.Verdict
		if _, ok := annotVerdictFill[v]; !ok {
			v = eligibility.Pending
		}
		st := a.st.result[v]
		for i, t := range []string{ap.Name, ap.Township, ap.Branch} {
			s.str(resName+i, row, t)
			widths[resName+i-1] = max(widths[resName+i-1], runewidth.StringWidth(t))
		}
		s.str(resVerdict, row, DecisionLabel(&d, i18n.ZH))
		s.str(resStage, row, StageLabel(stageOf(a.r, di), i18n.ZH))
		reasons := a.reasons(d)
		s.str(resReasons, row, reasons)
		if d.Verdict == eligibility.Eligible && d.Rank > 0 || d.Held {
			s.amount(resAmount, row, d.Amount)
		}
		if d.Rank > 0 {
			s.num(resRank, row, d.Rank)
		}
		s.num(resRow, row, ap.Row)
		s.style(1, row, resPrinted, row, st.text)
		s.style(resName, row, resBranch, row, st.wrap)
		s.style(resReasons, row, resReasons, row, st.wrap)
		s.style(resAmount, row, resAmount, row, st.money)
		s.style(resRank, row, resRow, row, st.count)
		if cFile > 0 {
			f := a.applKey(ap).file
			s.str(cFile, row, f)
			s.style(cFile, row, cFile, row, st.plain)
			widths[cFile-1] = max(widths[cFile-1], runewidth.StringWidth(f))
		}
		if cRepeat > 0 {
			t := RepeatText(a.r, ap, i18n.ZH)
			s.str(cRepeat, row, t)
			s.style(cRepeat, row, cRepeat, row, st.plain)
			widths[cRepeat-1] = max(widths[cRepeat-1], runewidth.StringWidth(t))
		}
		for i, c := range rest {
			col := first + i
			k, val := typedValue(ap, a.column(ap, c), c)
			s.put(col, row, k, val)
			s.style(col, row, col, row, st.kind(k))
			widths[col-1] = max(widths[col-1], runewidth.StringWidth(val))
		}
		lines := wrapLines(reasons, resultWidths[resReasons])
		for i, t := range []string{ap.Name, ap.Township, ap.Branch} {
			lines = max(lines, wrapLines(t, resultWidths[resName+i]))
		}
		s.height(row, lines)
		if c := a.copies[a.applKey(ap)]; c != nil {
			s.do(a.link(sheet, annotCell(resRow, row), annotLocation(c.name, 1, ap.Row)))
		}
	}
	s.style(1, 1, len(heads), 1, a.st.header)
	for i := range widths {
		w := float64(min(max(widths[i]+2, 6), 30))
		if fixed, ok := resultWidths[i+1]; ok {
			w = float64(fixed)
		}
		s.width(i+1, w)
	}
	s.do(a.f.SetRowHeight(sheet, 1, 32))
	s.do(a.f.AutoFilter(sheet, "A1:"+annotCell(len(heads), max(row, 2)), nil))
	s.do(a.f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}))
	if s.err != nil {
		return s.err
	}
	return printout.Setup(a.f, sheet, printout.Page{Cols: resPrinted, Rows: max(row, 2), TitleFirst: 1, TitleLast: 1})
}

// resultWidths are the widths of the printed columns of 审核结果: together
// about 135 characters, one landscape A4 page at full size. Longer names,
// branches and reasons wrap.
var resultWidths = map[int]int{
	resName: 14, resTownship: 12, resBranch: 18, resVerdict: 9, resStage: 10, resReasons: 44, resAmount: 13, resRank: 6, resRow: 9,
}

// reasons is the 原因 cell: the reasons with their clauses; for a row
// with data errors, the errors themselves, cell by cell.
func (a *annotator) reasons(d eligibility.Decision) string {
	if d.Verdict == eligibility.Invalid {
		if a.rowErrors == nil {
			appl := map[copyKey]bool{}
			for _, dd := range a.r.Decisions {
				appl[a.applKey(dd.Applicant)] = true
			}
			a.rowErrors = map[rowKey][]*roster.Problem{}
			for i := range a.probs {
				p := &a.probs[i]
				if k := a.probKey(p); p.Severity == roster.SevError && appl[k] && p.Row > 0 {
					a.rowErrors[rowKey{k.file, p.Row}] = append(a.rowErrors[rowKey{k.file, p.Row}], p)
				}
			}
		}
		var parts []string
		for _, p := range a.rowErrors[rowKey{a.applKey(d.Applicant).file, d.Applicant.Row}] {
			where := p.Cell
			if where == "" {
				where = fmt.Sprint(p.Row)
			}
			parts = append(parts, where+"："+p.Msg.In(i18n.ZH))
		}
		if len(parts) > 0 {
			return strings.Join(parts, "；")
		}
	}
	return ReasonsText(d.Reasons, i18n.ZH)
}

// resultStyles are the styles of one verdict's rows on 审核结果: its fill
// with each kind of cell.
type resultStyles struct {
	text, wrap, money, count, date, plain int
}

func (r resultStyles) kind(k cellKind) int {
	switch k {
	case kindDate:
		return r.date
	case kindCount:
		return r.count
	case kindMoney:
		return r.money
	}
	return r.plain
}

func newResultStyles(add func(*excelize.Style) int, fill excelize.Fill, border []excelize.Border) resultStyles {
	top := &excelize.Alignment{Vertical: "top"}
	money, date := printout.MoneyFormat, printout.DateFormat
	return resultStyles{
		text:  add(&excelize.Style{Fill: fill, Border: border, Alignment: top}),
		wrap:  add(&excelize.Style{Fill: fill, Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}),
		money: add(&excelize.Style{Fill: fill, Border: border, Alignment: top, CustomNumFmt: &money}),
		count: add(&excelize.Style{Fill: fill, Border: border, Alignment: top, NumFmt: printout.CountFormat}),
		date:  add(&excelize.Style{Fill: fill, Border: border, Alignment: top, CustomNumFmt: &date}),
		plain: add(&excelize.Style{Fill: fill, Border: border, Alignment: top, NumFmt: printout.TextFormat}),
	}
}
