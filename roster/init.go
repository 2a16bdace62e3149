package roster

// The canonical workbook that relief init writes: one sheet per Sheet of
// the schema, with the schema's headers, formats, validations and
// drop-down lists, an example row, and a 填表说明 sheet explaining every
// column. Everything here is derived from schema.go, so the template and
// the reader can never disagree about a header or an allowed value.

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"

	"relief/i18n"
	"relief/printout"
	"relief/provenance"
	"relief/xlsxout"
)

// TemplateOptions say what relief init writes besides the schema.
type TemplateOptions struct {
	Figures    []Figure // the policy figures in force, for the 填表说明 sheet
	PolicyFile string   // the policy file they came from; "" for the built-in defaults
	Year       int      // the year of the example rows' dates; 0 for the current year
	// Provenance is what made the template (the program and the policy);
	// Created dates it. See package xlsxout.
	Provenance *provenance.Provenance
	Created    time.Time
}

// Figure is one policy figure shown on the 填表说明 sheet.
type Figure struct {
	Item   string // 救助名额
	Value  string // 党员总数的 2.5%（全旗统一计算，四舍五入取整）
	Clause string // §2
}

// Layout of every data sheet of the template: the 序号 column, the
// header, the example row and the first row a clerk fills in.
const (
	// TemplateSerialHeader heads column A of every data sheet.
	TemplateSerialHeader = "序号"
	// TemplateExample is what the 序号 cell of the example row (row 2)
	// says. The reader skips a row whose 序号 cell reads this: it is
	// neither a record nor a problem.
	TemplateExample = "示例"
	// TemplateFirstRow is the first row clerks fill in.
	TemplateFirstRow = 3
	// templateLastRow bounds the validations: the whole sheet.
	templateLastRow = excelize.TotalRows
)

// Dates a date column accepts: Date columns are the procedure's steps,
// MonthDate columns birth and join dates. The lower bound of MonthDate
// also catches "1975.03" typed into a date cell, which Excel stores as
// the number 1975.03 (a day in 1905).
var (
	dateFrom, dateTo           = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC)
	monthDateFrom, monthDateTo = time.Date(1910, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2099, 12, 31, 0, 0, 0, 0, time.UTC)
)

// fieldClause is the policy clause (clauses.md) each column serves.
var fieldClause = map[string]string{
	"township":         "§2、§3.5",
	"branch":           "§3.5、§5.1",
	"member_type":      "§5.3",
	"applied_on":       "§5.1、§5.6",
	"household_size":   "§6.3.2",
	"household_income": "§6.3.2",
	"hardship_causes":  "§4.2、§4.3",
	"hardship_level":   "§2",
	"other_aid":        "§4.4",
	"misconduct":       "§4.1",
	"exclusion":        "§4.5",
	"out_of_poverty":   "§6.4",
	"voters":           "§5.3",
	"present":          "§5.3",
	"votes_for":        "§6.3.3",
	"votes_against":    "§6.3.3",
	"abstentions":      "§6.3.3",
	"meeting_on":       "§5.3",
	"surveyed_on":      "§5.2、§6.3.1",
	"reviewed_on":      "§5.4",
	"approved_on":      "§5.5",
	"noticed_on":       "§5.6、§6.3.4",
	"objection":        "§6.3.5",
	"payment_method":   "§5",
	"account":          "§5",
	"paid_on":          "§5",
	"paid_amount":      "§2、§5",
	"members":          "§2",
	"source":           "§2",
	"amount":           "§2",
}

// templateExampleID is a valid identity number (check character
// computed) of nobody in particular, for the example rows.
const templateExampleID = "15082419820916107X"

// exampleValue is the example row's value of a column: a string, an int,
// a time.Time or a float64 sum of yuan (display only).
func exampleValue(sheetKey, key string, year int) any {
	day := func(m time.Month, d int) time.Time { return time.Date(year, m, d, 0, 0, 0, 0, time.UTC) }
	switch key {
	case "name":
		return TemplateExample + "·张三"
	case "id_number":
		return templateExampleID
	case "gender":
		return Male
	case "ethnicity":
		return "汉族"
	case "birth_date":
		return time.Date(1982, 9, 16, 0, 0, 0, 0, time.UTC)
	case "township":
		return "海流图镇"
	case "branch":
		return "某某社区党支部"
	case "member_type":
		return Formal
	case "join_date":
		return time.Date(2005, 7, 1, 0, 0, 0, 0, time.UTC)
	case "phone":
		return "13800000000"
	case "address":
		return "海流图镇某某社区"
	case "applied_on":
		return day(3, 1)
	case "household_size":
		return 3
	case "household_income":
		return 12000.0
	case "hardship_causes":
		return CauseIllness + "、" + CauseSchooling
	case "hardship_level":
		return LevelMarked
	case "other_aid", "misconduct", "exclusion", "objection":
		return None
	case "out_of_poverty":
		return No
	case "voters":
		return 20
	case "present":
		return 18
	case "votes_for":
		return 16
	case "votes_against", "abstentions":
		return 1
	case "meeting_on":
		return day(3, 10)
	case "surveyed_on":
		return day(3, 5)
	case "reviewed_on":
		return day(3, 15)
	case "approved_on":
		return day(3, 25)
	case "noticed_on":
		return day(3, 26)
	case "payment_method":
		return PayBank
	case "account":
		return "6217000000000000000"
	case "paid_on":
		return day(12, 20)
	case "paid_amount":
		return 1000.0
	case "notes":
		return zh("workbook.example-note")
	case "members":
		return 1200
	case "source":
		return "旗财政"
	case "amount":
		return 50000.0
	}
	return ""
}

func zh(key string, args ...any) string { return i18n.M(key, args...).In(i18n.ZH) }

// templateStyles are the style ids the template uses.
type templateStyles struct {
	header               int
	column, example      map[Kind]int // by kind: the column's number format; plus grey italics
	serial, serialExmpl  int
	title, section, note int
	tableHead, cell      int
}

// The formats of the columns: those of every workbook relief writes.
const (
	dateFormat   = printout.DateFormat
	numFmtText   = printout.TextFormat
	numFmtWhole  = printout.CountFormat
	moneyFormat  = printout.MoneyFormat
	headerFill   = "DDEBF7"
	exampleColor = "808080"
)

func newTemplateStyles(f *excelize.File) (*templateStyles, error) {
	s := &templateStyles{column: map[Kind]int{}, example: map[Kind]int{}}
	border := []excelize.Border{
		{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1},
		{Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1},
	}
	var err error
	add := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	s.header = add(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Border:    border,
		NumFmt:    numFmtText,
	})
	grey := &excelize.Font{Italic: true, Color: exampleColor}
	for _, k := range []Kind{Text, IDNumber, Choice, List, Date, MonthDate, Whole, MoneyKind, Name, Account} {
		col := &excelize.Style{}
		ex := &excelize.Style{Font: grey}
		switch {
		case k == Date || k == MonthDate:
			df := dateFormat
			col.CustomNumFmt, ex.CustomNumFmt = &df, &df
		case k == Whole:
			col.NumFmt, ex.NumFmt = numFmtWhole, numFmtWhole
		case k == MoneyKind:
			mf := moneyFormat
			col.CustomNumFmt, ex.CustomNumFmt = &mf, &mf
		default:
			col.NumFmt, ex.NumFmt = numFmtText, numFmtText
		}
		s.column[k], s.example[k] = add(col), add(ex)
	}
	s.serial = add(&excelize.Style{Alignment: &excelize.Alignment{Horizontal: "center"}})
	s.serialExmpl = add(&excelize.Style{Font: grey, Alignment: &excelize.Alignment{Horizontal: "center"}})
	s.title = add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}, Alignment: &excelize.Alignment{Vertical: "center"}})
	s.section = add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Alignment: &excelize.Alignment{Vertical: "center"}})
	s.note = add(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	s.tableHead = add(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Border:    border,
	})
	s.cell = add(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Border: border})
	return s, err
}

// WriteTemplate writes the canonical workbook to w: the 填表说明 sheet,
// then 党员名册, 党员人数, 救助申报 and 资金来源, each with its header,
// formats, validations and an example row.
func WriteTemplate(w io.Writer, opt TemplateOptions) (err error) {
	if opt.Year == 0 {
		opt.Year = time.Now().Year()
	}
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	st, err := newTemplateStyles(f)
	if err != nil {
		return err
	}
	guide := zh("workbook.sheet.guide")
	if err := f.SetSheetName("Sheet1", guide); err != nil {
		return err
	}
	for _, s := range Sheets {
		if _, err := f.NewSheet(s.Name); err != nil {
			return err
		}
		if err := writeTemplateSheet(f, st, s, opt.Year); err != nil {
			return fmt.Errorf("sheet %s: %w", s.Name, err)
		}
	}
	if err := writeGuide(f, st, guide, opt); err != nil {
		return fmt.Errorf("sheet %s: %w", guide, err)
	}
	if err := printout.Setup(f, guide, printout.Page{Cols: len(guideWidths)}); err != nil {
		return err
	}
	for _, s := range Sheets {
		// The sheets are filled in below: whole columns print, the header
		// on every page, 序号 and 姓名 on every page across.
		p := printout.Page{Cols: len(s.Fields) + 1, TitleFirst: 1, TitleLast: 1, TitleCols: 1}
		if s.Field("name") != nil {
			p.TitleCols = 2
		}
		if err := printout.Setup(f, s.Name, p); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return xlsxout.Write(w, f, xlsxout.Stamp{Title: zh("workbook.guide.title"), Created: opt.Created, Provenance: opt.Provenance})
}

// writeTemplateSheet writes one data sheet: 序号 in column A, the fields
// from column B.
func writeTemplateSheet(f *excelize.File, st *templateStyles, s *Sheet, year int) error {
	name := s.Name
	if err := f.SetColStyle(name, "A", st.serial); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "A", "A", 6); err != nil {
		return err
	}
	if err := f.SetCellStr(name, "A1", TemplateSerialHeader); err != nil {
		return err
	}
	if err := f.SetCellStr(name, "A2", TemplateExample); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A2", "A2", st.serialExmpl); err != nil {
		return err
	}
	for i := range s.Fields {
		fd := &s.Fields[i]
		col := ColumnName(i + 2)
		if err := f.SetColStyle(name, col, st.column[fd.Kind]); err != nil {
			return err
		}
		if err := f.SetColWidth(name, col, col, columnWidth(fd, exampleValue(s.Key, fd.Key, year))); err != nil {
			return err
		}
		if err := f.SetCellStr(name, col+"1", fd.Header); err != nil {
			return err
		}
		if err := setExample(f, name, col+"2", exampleValue(s.Key, fd.Key, year)); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, col+"2", col+"2", st.example[fd.Kind]); err != nil {
			return err
		}
		if dv, err := validation(fd); err != nil {
			return fmt.Errorf("column %s: %w", fd.Header, err)
		} else if dv != nil {
			dv.Sqref = fmt.Sprintf("%s2:%s%d", col, col, templateLastRow)
			if err := f.AddDataValidation(name, dv); err != nil {
				return err
			}
		}
	}
	last := ColumnName(len(s.Fields) + 1)
	if err := f.SetCellStyle(name, "A1", last+"1", st.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 1, 36); err != nil {
		return err
	}
	panes := &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}
	if s.Field("name") != nil {
		// Keep 序号 and 姓名 in view when scrolling right.
		panes = &excelize.Panes{Freeze: true, XSplit: 2, YSplit: 1, TopLeftCell: "C2", ActivePane: "bottomRight"}
	}
	return f.SetPanes(name, panes)
}

// setExample writes one cell of the example row with its proper type.
func setExample(f *excelize.File, sheet, cell string, v any) error {
	switch v := v.(type) {
	case string:
		return f.SetCellStr(sheet, cell, v)
	case int:
		return f.SetCellInt(sheet, cell, int64(v))
	case float64:
		return f.SetCellFloat(sheet, cell, v, 2, 64)
	case time.Time:
		return f.SetCellValue(sheet, cell, v)
	}
	return nil
}

// columnWidth fits a column to its header (which may wrap onto two
// lines), its example and its allowed values, measured in display cells
// (a Chinese character is two).
func columnWidth(fd *Field, example any) float64 {
	w := runewidth.StringWidth(fd.Header)
	if w > 12 {
		w = (w + 1) / 2 // wraps onto two lines
	}
	grow := func(n int) {
		if n > w {
			w = n
		}
	}
	switch v := example.(type) {
	case string:
		grow(runewidth.StringWidth(v))
	case time.Time:
		grow(len(dateFormat))
	case float64:
		grow(len(fmt.Sprintf("%.2f", v)) + 2)
	}
	for _, v := range fd.Values {
		grow(runewidth.StringWidth(v))
	}
	switch fd.Kind {
	case IDNumber:
		grow(18)
	case Account:
		grow(19)
	case Date, MonthDate:
		grow(len(dateFormat))
	case Text:
		grow(10)
	}
	return math.Min(float64(w+3), 32)
}

// ColumnValidation is the data validation relief init gives a column of
// kind fd (drop-down lists, date and number ranges, text hints), or nil,
// for other workbooks clerks fill in; the caller sets its Sqref.
func ColumnValidation(fd *Field) (*excelize.DataValidation, error) { return validation(fd) }

// validation is the data validation of a column, or nil: drop-down lists
// for choices and lists, ranges for dates and numbers, a length check
// for identity numbers, a hint for phone numbers.
func validation(fd *Field) (*excelize.DataValidation, error) {
	dv := excelize.NewDataValidation(true)
	title := fd.Header
	switch {
	case fd.Kind == Choice:
		if err := dv.SetDropList(fd.Values); err != nil {
			return nil, err
		}
		vals := strings.Join(fd.Values, "、")
		if fd.Default != "" {
			dv.SetInput(title, zh("workbook.dv.choice-dflt.prompt", vals, fd.Default))
		} else {
			dv.SetInput(title, zh("workbook.dv.choice.prompt", vals))
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, zh("workbook.dv.choice.title"), zh("workbook.dv.choice.error", vals))
	case fd.Kind == List:
		// A drop-down picks one value; several are typed, separated by 、.
		// So the check only informs, and never rejects a typed list.
		if err := dv.SetDropList(append([]string{None}, fd.Values...)); err != nil {
			return nil, err
		}
		vals := strings.Join(fd.Values, "、")
		if fd.Other != "" {
			dv.SetInput(title, zh("workbook.dv.other.prompt"))
			dv.SetError(excelize.DataValidationErrorStyleInformation, zh("workbook.dv.list.title"), zh("workbook.dv.other.error", vals))
		} else {
			ex := fd.Values[0]
			if len(fd.Values) > 1 {
				ex += "、" + fd.Values[1]
			}
			dv.SetInput(title, zh("workbook.dv.list.prompt", ex))
			dv.SetError(excelize.DataValidationErrorStyleInformation, zh("workbook.dv.list.title"), zh("workbook.dv.list.error", vals))
		}
	case fd.Kind == Date || fd.Kind == MonthDate:
		from, to, prompt := dateFrom, dateTo, "workbook.dv.date.prompt"
		if fd.Kind == MonthDate {
			from, to, prompt = monthDateFrom, monthDateTo, "workbook.dv.monthdate.prompt"
		}
		if err := dv.SetRange(excelSerial(from), excelSerial(to), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
			return nil, err
		}
		dv.SetInput(title, zh(prompt))
		dv.SetError(excelize.DataValidationErrorStyleStop, zh("workbook.dv.date.title"),
			zh("workbook.dv.date.error", from.Format("2006-01-02"), to.Format("2006-01-02")))
	case fd.Kind == Whole:
		if err := dv.SetRange(fd.Min, 0, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorGreaterThanOrEqual); err != nil {
			return nil, err
		}
		dv.Formula2 = ""
		dv.SetInput(title, zh("workbook.dv.whole.prompt", fd.Min))
		dv.SetError(excelize.DataValidationErrorStyleStop, zh("workbook.dv.whole.title"), zh("workbook.dv.whole.error", fd.Min))
	case fd.Kind == MoneyKind:
		if err := dv.SetRange(0, 0, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorGreaterThanOrEqual); err != nil {
			return nil, err
		}
		dv.Formula2 = ""
		dv.SetInput(title, zh("workbook.dv.money.prompt"))
		dv.SetError(excelize.DataValidationErrorStyleStop, zh("workbook.dv.money.title"), zh("workbook.dv.money.error"))
	case fd.Kind == IDNumber:
		// Inner spaces and legacy 15-digit numbers are read too: warn only.
		if err := dv.SetRange(15, 18, excelize.DataValidationTypeTextLength, excelize.DataValidationOperatorBetween); err != nil {
			return nil, err
		}
		dv.SetInput(title, zh("workbook.dv.id.prompt"))
		dv.SetError(excelize.DataValidationErrorStyleWarning, zh("workbook.dv.id.title"), zh("workbook.dv.id.error"))
	case fd.Key == "phone":
		dv.Type = "none"
		dv.SetInput(title, zh("workbook.dv.phone.prompt"))
	case fd.Kind == Account:
		dv.Type = "none"
		dv.SetInput(title, zh("workbook.dv.account.prompt"))
	default:
		return nil, nil
	}
	return dv, nil
}

// excelSerial is the Excel serial number of day t (1900 date system).
func excelSerial(t time.Time) int {
	epoch := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	return int(t.Sub(epoch).Hours() / 24)
}

// valuesText says what a column accepts, for 填表说明.
func valuesText(fd *Field) string {
	switch fd.Kind {
	case Name:
		return zh("workbook.values.name")
	case IDNumber:
		return zh("workbook.values.id")
	case Date:
		return zh("workbook.values.date")
	case MonthDate:
		return zh("workbook.values.monthdate")
	case Whole:
		return zh("workbook.values.whole", fd.Min)
	case MoneyKind:
		return zh("workbook.values.money")
	case Account:
		return zh("workbook.values.account")
	case Choice:
		if fd.Default != "" {
			return zh("workbook.values.choice-dflt", strings.Join(fd.Values, "／"), fd.Default)
		}
		return zh("workbook.values.choice", strings.Join(fd.Values, "／"))
	case List:
		if fd.Other != "" {
			return zh("workbook.values.list-other", strings.Join(fd.Values, "、"))
		}
		return zh("workbook.values.list", strings.Join(fd.Values, "、"))
	}
	return zh("workbook.values.text")
}

// Column widths of the 填表说明 sheet, A to F.
var guideWidths = []float64{12, 18, 52, 40, 6, 14}

// writeGuide writes the 填表说明 sheet: tips, the policy figures in
// force, and every column of every sheet.
func writeGuide(f *excelize.File, st *templateStyles, sheet string, opt TemplateOptions) error {
	g := &guideWriter{f: f, st: st, sheet: sheet, row: 1}
	for i, w := range guideWidths {
		c := ColumnName(i + 1)
		if err := f.SetColWidth(sheet, c, c, w); err != nil {
			return err
		}
	}
	g.line(zh("workbook.guide.title"), st.title, 30)
	g.para(zh("workbook.guide.intro"))
	g.row++
	g.line(zh("workbook.guide.tips"), st.section, 22)
	for i := 1; i <= 7; i++ {
		g.para(fmt.Sprintf("%d. %s", i, zh(fmt.Sprintf("workbook.guide.tip%d", i))))
	}
	g.row++

	g.line(zh("workbook.guide.policy"), st.section, 22)
	g.policyRow(st.tableHead, zh("workbook.col.item"), zh("workbook.col.standard"), zh("workbook.col.clause"))
	for _, fig := range opt.Figures {
		g.policyRow(st.cell, fig.Item, fig.Value, fig.Clause)
	}
	if opt.PolicyFile != "" {
		g.para(zh("workbook.guide.from-file", opt.PolicyFile))
	} else {
		g.para(zh("workbook.guide.from-default"))
	}
	g.row++

	g.line(zh("workbook.guide.columns"), st.section, 22)
	g.tableRow(st.tableHead, zh("workbook.col.sheet"), zh("workbook.col.column"), zh("workbook.col.content"),
		zh("workbook.col.values"), zh("workbook.col.required"), zh("workbook.col.basis"))
	for _, s := range Sheets {
		g.tableRow(st.cell, s.Name, "", zh("workbook.sheet-note."+s.Key), "", "", "")
		for i := range s.Fields {
			fd := &s.Fields[i]
			req := ""
			if fd.Required {
				req = zh("workbook.required.yes")
			}
			g.tableRow(st.cell, s.Name, fd.Header, zh("workbook.field."+fd.Key), valuesText(fd), req, fieldClause[fd.Key])
		}
	}
	if opt.Provenance != nil {
		g.row++
		g.para(opt.Provenance.Line())
	}
	return g.err
}

// guideWriter writes the 填表说明 sheet row by row, keeping the first
// error.
type guideWriter struct {
	f     *excelize.File
	st    *templateStyles
	sheet string
	row   int
	err   error
}

func (g *guideWriter) do(err error) {
	if g.err == nil {
		g.err = err
	}
}

func (g *guideWriter) cell(col int) string { return fmt.Sprintf("%s%d", ColumnName(col), g.row) }

// line writes one line of text across the sheet.
func (g *guideWriter) line(text string, style int, height float64) {
	g.do(g.f.SetCellStr(g.sheet, g.cell(1), text))
	g.do(g.f.SetCellStyle(g.sheet, g.cell(1), g.cell(1), style))
	g.do(g.f.SetRowHeight(g.sheet, g.row, height))
	g.row++
}

// para writes a wrapped paragraph merged across the sheet; spreadsheets
// never grow a merged row to fit, so the height is set here.
func (g *guideWriter) para(text string) {
	total := 0.0
	for _, w := range guideWidths {
		total += w
	}
	g.do(g.f.SetCellStr(g.sheet, g.cell(1), text))
	g.do(g.f.MergeCell(g.sheet, g.cell(1), g.cell(len(guideWidths))))
	g.do(g.f.SetCellStyle(g.sheet, g.cell(1), g.cell(len(guideWidths)), g.st.note))
	g.do(g.f.SetRowHeight(g.sheet, g.row, rowHeight(lines(text, total))))
	g.row++
}

// policyRow writes item (A:B), standard (C:E) and clause (F).
func (g *guideWriter) policyRow(style int, item, value, clause string) {
	g.do(g.f.SetCellStr(g.sheet, g.cell(1), item))
	g.do(g.f.MergeCell(g.sheet, g.cell(1), g.cell(2)))
	g.do(g.f.SetCellStr(g.sheet, g.cell(3), value))
	g.do(g.f.MergeCell(g.sheet, g.cell(3), g.cell(5)))
	g.do(g.f.SetCellStr(g.sheet, g.cell(6), clause))
	g.do(g.f.SetCellStyle(g.sheet, g.cell(1), g.cell(6), style))
	n := max(lines(item, guideWidths[0]+guideWidths[1]), lines(value, guideWidths[2]+guideWidths[3]+guideWidths[4]))
	g.do(g.f.SetRowHeight(g.sheet, g.row, rowHeight(n)))
	g.row++
}

// tableRow writes one row of the columns table.
func (g *guideWriter) tableRow(style int, cells ...string) {
	n := 1
	for i, c := range cells {
		g.do(g.f.SetCellStr(g.sheet, g.cell(i+1), c))
		n = max(n, lines(c, guideWidths[i]))
	}
	g.do(g.f.SetCellStyle(g.sheet, g.cell(1), g.cell(len(cells)), style))
	g.do(g.f.SetRowHeight(g.sheet, g.row, rowHeight(n)))
	g.row++
}

// lines estimates how many lines text wraps to in a column width wide.
func lines(text string, width float64) int {
	usable := int(width) - 1
	if usable < 1 {
		usable = 1
	}
	n := (runewidth.StringWidth(text) + usable - 1) / usable
	return max(n, 1)
}

func rowHeight(lines int) float64 { return float64(lines)*16 + 4 }
