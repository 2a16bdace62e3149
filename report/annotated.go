package report

// The annotated result workbook of relief check -o: the applicants as
// read with each verdict, its reasons, rank and amount (审核结果); every
// problem with a link to its cell (问题清单); the counts (汇总); and a copy
// of each original sheet concerned, with the problem cells highlighted
// and explained in cell comments.
//
// Every text goes into a cell as a string (SetCellStr, or a string
// value of the stream writer), so text beginning with = + - @ stays text
// and never becomes a formula. The copies of the original sheets, which
// may hold a million members, are streamed (notes item 6).

import (
	"errors"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/printout"
	"relief/roster"
	"relief/safefile"
)

// WriteAnnotated writes the annotated result workbook to path, whole or
// not at all. path must end in .xlsx and must not be the input workbook.
func WriteAnnotated(path string, r *assessment.Result) error {
	if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return i18n.Errorf("annotated.not-xlsx", path)
	}
	if r.Workbook != nil && r.Workbook.Path != "" && safefile.SameFile(path, r.Workbook.Path) {
		return i18n.Errorf("annotated.same-file", path)
	}
	return safefile.Write(path, func(w io.Writer) error { return annotBody(w, r) })
}

// annotBody writes the workbook; tests replace it to simulate a failure.
var annotBody = writeAnnotated

// Limits that keep the workbook valid and quick to open: Excel allows
// 65,530 hyperlinks per sheet; thousands of comments slow every program.
const (
	annotMaxLinks    = 65000
	annotMaxComments = 20000
	annotMaxText     = 32000 // Excel's cell and comment limit is 32,767
)

// Fills of the verdicts and problems.
var annotVerdictFill = map[eligibility.Verdict]string{
	eligibility.Eligible:   "C6EFCE", // green
	eligibility.Waitlisted: "FFEB9C", // yellow
	eligibility.Ineligible: "FFC7CE", // red
	eligibility.Pending:    "E7E6E6", // grey
	eligibility.Invalid:    "F8CBAD", // orange
}

var annotVerdictOrder = []eligibility.Verdict{eligibility.Eligible, eligibility.Waitlisted, eligibility.Ineligible, eligibility.Pending, eligibility.Invalid}

var annotSeverityFill = map[roster.Severity]string{roster.SevError: "FFC7CE", roster.SevWarning: "FFEB9C"}

func annotZH(key string, args ...any) string { return i18n.M(key, args...).In(i18n.ZH) }

// annotStyles are the style ids of the workbook.
type annotStyles struct {
	header, title, section, plain, link int
	plainWrap, note                     int
	verdict, verdictWrap, verdictMoney  map[eligibility.Verdict]int
	result                              map[eligibility.Verdict]resultStyles // 审核结果
	severity, severityWrap, severityLnk map[roster.Severity]int
	copyHeader                          int
	copyCell                            map[roster.Severity]int
	money                               int
}

func newAnnotStyles(f *excelize.File) (*annotStyles, error) {
	s := &annotStyles{
		verdict: map[eligibility.Verdict]int{}, verdictWrap: map[eligibility.Verdict]int{}, verdictMoney: map[eligibility.Verdict]int{},
		severity: map[roster.Severity]int{}, severityWrap: map[roster.Severity]int{}, severityLnk: map[roster.Severity]int{},
		copyCell: map[roster.Severity]int{}, result: map[eligibility.Verdict]resultStyles{},
	}
	border := []excelize.Border{
		{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1},
	}
	fill := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }
	top := &excelize.Alignment{Vertical: "top"}
	wrap := &excelize.Alignment{Vertical: "top", WrapText: true}
	linkFont := &excelize.Font{Color: "0563C1", Underline: "single"}
	var err error
	add := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	s.header = add(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill("DDEBF7"), Border: border,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	s.title = add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	s.section = add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}})
	s.plain = add(&excelize.Style{Border: border, Alignment: top})
	s.plainWrap = add(&excelize.Style{Border: border, Alignment: wrap})
	moneyFmt := printout.MoneyFormat
	s.note = add(&excelize.Style{Font: &excelize.Font{Size: 9, Color: "595959"}, Alignment: wrap})
	s.money = add(&excelize.Style{Border: border, Alignment: top, CustomNumFmt: &moneyFmt})
	s.link = add(&excelize.Style{Border: border, Alignment: top, Font: linkFont})
	// In a fixed order: style ids, and so the file's bytes, must not
	// depend on the order of a map.
	for _, v := range annotVerdictOrder {
		c := annotVerdictFill[v]
		s.verdict[v] = add(&excelize.Style{Fill: fill(c), Border: border, Alignment: top})
		s.verdictWrap[v] = add(&excelize.Style{Fill: fill(c), Border: border, Alignment: wrap})
		s.verdictMoney[v] = add(&excelize.Style{Fill: fill(c), Border: border, Alignment: top, CustomNumFmt: &moneyFmt})
		s.result[v] = newResultStyles(add, fill(c), border)
	}
	for _, sev := range []roster.Severity{roster.SevError, roster.SevWarning} {
		c := annotSeverityFill[sev]
		s.severity[sev] = add(&excelize.Style{Fill: fill(c), Border: border, Alignment: top})
		s.severityWrap[sev] = add(&excelize.Style{Fill: fill(c), Border: border, Alignment: wrap})
		s.severityLnk[sev] = add(&excelize.Style{Fill: fill(c), Border: border, Alignment: top, Font: linkFont})
		s.copyCell[sev] = add(&excelize.Style{Fill: fill(c), Border: []excelize.Border{
			{Type: "left", Color: "C00000", Style: 1}, {Type: "right", Color: "C00000", Style: 1},
			{Type: "top", Color: "C00000", Style: 1}, {Type: "bottom", Color: "C00000", Style: 1}}})
	}
	s.copyHeader = add(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: fill("F2F2F2")})
	return s, err
}

// cellKey is a cell of a copied sheet, 1-based.
type cellKey struct{ row, col int }

// copyKey names an original sheet: the file it is in and its name.
type copyKey struct{ file, sheet string }

// sheetCopy is one original sheet copied into the workbook.
type sheetCopy struct {
	file      string // the input file it is in
	orig      string // the sheet's name in the input
	name      string // the copy's name in the output
	headerRow int    // rows up to this one are the header (0: unknown)
	probs     map[cellKey][]*roster.Problem
	headers   map[int]string // column → header text, read from the header rows
	note      string         // what the copy leaves out, on cell A1 ("" when whole)
}

// annotator builds the workbook.
type annotator struct {
	f      *excelize.File
	r      *assessment.Result
	st     *annotStyles
	probs  []roster.Problem
	copies map[copyKey]*sheetCopy // by file and original sheet name
	order  []*sheetCopy
	names  map[string]bool // sheet names used, lower-cased
	appl   *roster.SheetInfo
	links  int

	// several: the run read several files (a copy per file's sheet, a
	// column naming the file on 审核结果 and 问题清单).
	several bool

	rowErrors map[rowKey][]*roster.Problem // applicants sheets: file and row → its errors
}

func writeAnnotated(w io.Writer, r *assessment.Result) (err error) {
	if r == nil || r.Workbook == nil {
		return errors.New("report: no assessment to write")
	}
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	st, err := newAnnotStyles(f)
	if err != nil {
		return err
	}
	a := &annotator{f: f, r: r, st: st, probs: r.Problems(), copies: map[copyKey]*sheetCopy{}, names: map[string]bool{}, several: len(r.Files()) > 1}
	if r.Workbook.Sheets != nil {
		a.appl = r.Workbook.Sheets[roster.Applicants.Key]
	}
	result, problems, summary := annotZH("workbook.sheet.result"), annotZH("workbook.sheet.problems"), annotZH("workbook.sheet.summary")
	if err := f.SetSheetName("Sheet1", result); err != nil {
		return err
	}
	for _, n := range []string{problems, summary} {
		if _, err := f.NewSheet(n); err != nil {
			return err
		}
	}
	for _, n := range []string{result, problems, summary} {
		a.names[strings.ToLower(n)] = true
	}
	previous := ""
	if r.History != nil {
		previous = annotZH("workbook.sheet.not-reapplied")
		if _, err := f.NewSheet(previous); err != nil {
			return err
		}
		a.names[strings.ToLower(previous)] = true
	}
	if err := a.copyOriginals(); err != nil {
		return err
	}
	if err := a.writeResult(result); err != nil {
		return err
	}
	if err := a.writeProblems(problems); err != nil {
		return err
	}
	if err := a.writeSummary(summary); err != nil {
		return err
	}
	if previous != "" {
		if err := a.writeNotReapplied(previous); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return saveWorkbook(w, f, r, annotZH("workbook.summary.title"))
}

// worst is the gravest severity among ps.
func annotWorst(ps []*roster.Problem) roster.Severity {
	for _, p := range ps {
		if p.Severity == roster.SevError {
			return roster.SevError
		}
	}
	return roster.SevWarning
}

func annotClip(s string) string {
	if len(s) <= annotMaxText {
		return s
	}
	r := []rune(s)
	for len(string(r)) > annotMaxText {
		r = r[:len(r)*9/10]
	}
	return string(r) + "…"
}

// location is a hyperlink target inside the workbook: 'sheet'!A1.
func annotLocation(sheet string, col, row int) string {
	cell, _ := excelize.CoordinatesToCellName(max(col, 1), max(row, 1))
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'!" + cell
}

// link makes cell a hyperlink to target, within Excel's limit.
func (a *annotator) link(sheet, cell, target string) error {
	if a.links >= annotMaxLinks {
		return nil
	}
	a.links++
	return a.f.SetCellHyperLink(sheet, cell, target, "Location")
}

// cellName is excelize.CoordinatesToCellName for coordinates known good.
func annotCell(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// annotSheet writes cells and keeps the first error.
type annotSheet struct {
	f     *excelize.File
	sheet string
	err   error
}

func (s *annotSheet) do(err error) {
	if s.err == nil {
		s.err = err
	}
}

func (s *annotSheet) str(col, row int, v string) {
	if v != "" {
		s.do(s.f.SetCellStr(s.sheet, annotCell(col, row), annotClip(v)))
	}
}

func (s *annotSheet) num(col, row, v int) {
	s.do(s.f.SetCellInt(s.sheet, annotCell(col, row), int64(v)))
}

// amount writes a sum of money as a number, exactly: the decimal text
// of the fen goes into the cell, never a float.
func (s *annotSheet) amount(col, row int, v money.Amount) {
	s.do(s.f.SetCellDefault(s.sheet, annotCell(col, row), v.Decimal()))
}

func (s *annotSheet) style(c1, r1, c2, r2, id int) {
	s.do(s.f.SetCellStyle(s.sheet, annotCell(c1, r1), annotCell(c2, r2), id))
}

// height sets a row's height for lines of text: spreadsheets do not
// grow rows with wrapped text when they open a file.
func (s *annotSheet) height(row, lines int) {
	if lines > 1 {
		s.do(s.f.SetRowHeight(s.sheet, row, float64(min(lines, 20))*16+4))
	}
}

// wrapLines estimates how many lines text wraps to in a column width
// wide (in characters; a Chinese character is two).
func wrapLines(text string, width int) int {
	n := 0
	for _, line := range strings.Split(text, "\n") {
		n += max((runewidth.StringWidth(line)+width-3)/(width-2), 1)
	}
	return n
}

func (s *annotSheet) width(col int, w float64) {
	n := roster.ColumnName(col)
	s.do(s.f.SetColWidth(s.sheet, n, n, w))
}

// printCopy gives a copy of an original sheet its own print settings,
// before it is streamed (the stream writer keeps what is set on the sheet
// first): landscape at full size, pages across as its columns need, its
// header rows on every page. Being neither the active sheet nor in the
// print areas of the others, it is not what a reader prints by default.
func printCopy(f *excelize.File, c *sheetCopy) error {
	p := printout.Page{Wide: true, TitleCols: 1}
	if c.headerRow > 0 {
		p.TitleFirst, p.TitleLast = 1, c.headerRow
	}
	return printout.Setup(f, c.name, p)
}

// fieldHeader is the Chinese header of a problem's field.
func (a *annotator) fieldHeader(p *roster.Problem) string {
	if p.Field == "" {
		return ""
	}
	for key, si := range a.r.Workbook.Sheets {
		if si == nil || si.Name != p.Sheet {
			continue
		}
		for _, s := range roster.Sheets {
			if s.Key == key {
				if f := s.Field(p.Field); f != nil {
					return f.Header
				}
			}
		}
	}
	for _, s := range roster.Sheets {
		if f := s.Field(p.Field); f != nil {
			return f.Header
		}
	}
	return p.Field
}

// writeProblems writes 问题清单: every problem and warning, each linked
// to its cell in the copy of its sheet.
func (a *annotator) writeProblems(sheet string) error {
	s := &annotSheet{f: a.f, sheet: sheet}
	heads := []string{annotZH("workbook.problems.severity"), annotZH("workbook.problems.sheet"), annotZH("workbook.problems.cell"),
		annotZH("workbook.problems.row"), annotZH("workbook.problems.field"), annotZH("workbook.problems.value"),
		annotZH("workbook.problems.message"), annotZH("workbook.problems.code")}
	if a.several {
		heads = append(heads, annotZH("workbook.problems.file"))
	}
	for i, h := range heads {
		s.str(i+1, 1, h)
	}
	s.style(1, 1, len(heads), 1, a.st.header)
	if len(a.probs) == 0 {
		s.str(1, 2, annotZH("workbook.problems.none"))
	}
	for i := range a.probs {
		p := &a.probs[i]
		row := i + 2
		sev := p.Severity
		if _, ok := annotSeverityFill[sev]; !ok {
			sev = roster.SevWarning
		}
		s.str(1, row, annotZH("severity."+string(p.Severity)))
		s.str(2, row, p.Sheet)
		s.str(3, row, p.Cell)
		if p.Row > 0 {
			s.num(4, row, p.Row)
		}
		s.str(5, row, a.fieldHeader(p))
		s.str(6, row, p.Value)
		s.str(7, row, p.Msg.In(i18n.ZH))
		s.str(8, row, p.Code)
		if a.several {
			s.str(9, row, p.File)
		}
		s.style(1, row, len(heads), row, a.st.severity[sev])
		s.style(6, row, 7, row, a.st.severityWrap[sev])
		s.height(row, max(wrapLines(p.Value, 24), wrapLines(p.Msg.In(i18n.ZH), 60)))
		if c := a.copies[a.probKey(p)]; c != nil {
			k, ok := problemCell(p)
			if !ok {
				k = cellKey{1, 1}
			}
			if p.Cell == "" {
				s.str(3, row, annotCell(k.col, k.row))
			}
			s.do(a.link(sheet, annotCell(3, row), annotLocation(c.name, k.col, k.row)))
			s.style(3, row, 3, row, a.st.severityLnk[sev])
		}
	}
	for i, w := range []float64{7, 12, 8, 6, 14, 24, 60, 18, 24} {
		s.width(i+1, w)
	}
	last := max(len(a.probs)+1, 2)
	s.do(a.f.AutoFilter(sheet, "A1:"+annotCell(len(heads), last), nil))
	s.do(a.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
	if s.err != nil {
		return s.err
	}
	return printout.Setup(a.f, sheet, printout.Page{Cols: len(heads), Rows: last, TitleFirst: 1, TitleLast: 1})
}

// writeSummary writes 汇总: counts by verdict, by township and verdict,
// by reason and by problem.
func (a *annotator) writeSummary(sheet string) error {
	s := &annotSheet{f: a.f, sheet: sheet}
	row := 1
	s.str(1, row, annotZH("workbook.summary.title"))
	s.style(1, row, 1, row, a.st.title)
	row++
	s.str(1, row, annotZH("workbook.summary.workbook", inputsLabel(a.r, i18n.ZH)))
	row++
	s.str(1, row, annotZH("workbook.summary.as-of", a.r.AsOf.String()))
	row++
	if b := a.r.Budget; b != nil {
		s.str(1, row, annotZH("workbook.summary.quota", b.Members, b.Quota))
		row++
	}
	row++

	head := func(cells ...string) {
		for i, c := range cells {
			s.str(i+1, row, c)
		}
		s.style(1, row, len(cells), row, a.st.header)
		row++
	}
	// wide writes a long text across columns D to G of the row.
	wide := func(text string, style int) {
		s.str(4, row, text)
		s.do(a.f.MergeCell(sheet, annotCell(4, row), annotCell(7, row)))
		s.style(4, row, 7, row, style)
		s.height(row, wrapLines(text, 48))
	}
	wideHead := func() {
		s.do(a.f.MergeCell(sheet, annotCell(4, row-1), annotCell(7, row-1)))
		s.style(4, row-1, 7, row-1, a.st.header)
	}
	section := func(title string) {
		s.str(1, row, title)
		s.style(1, row, 1, row, a.st.section)
		row++
	}

	// By verdict, with the amounts granted.
	section(annotZH("workbook.summary.by-verdict"))
	head(annotZH("workbook.summary.verdict"), annotZH("workbook.summary.people"), annotZH("workbook.result.amount"))
	count := map[eligibility.Verdict]int{}
	sum := map[eligibility.Verdict]money.Amount{}
	var total money.Amount
	for _, d := range a.r.Decisions {
		count[d.Verdict]++
		if d.Verdict == eligibility.Eligible && d.Rank > 0 {
			sum[d.Verdict] += d.Amount
			total += d.Amount
		}
	}
	for _, v := range annotVerdictOrder {
		s.str(1, row, VerdictLabel(v, i18n.ZH))
		s.num(2, row, count[v])
		if v == eligibility.Eligible {
			s.amount(3, row, sum[v])
		}
		s.style(1, row, 2, row, a.st.verdict[v])
		s.style(3, row, 3, row, a.st.verdictMoney[v])
		row++
	}
	s.str(1, row, annotZH("workbook.summary.total"))
	s.num(2, row, len(a.r.Decisions))
	s.amount(3, row, total)
	s.style(1, row, 2, row, a.st.plain)
	s.style(3, row, 3, row, a.st.money)
	row += 2

	// By township × verdict, townships in the order they first appear.
	section(annotZH("workbook.summary.by-town"))
	cells := []string{annotZH("workbook.summary.township")}
	for _, v := range annotVerdictOrder {
		cells = append(cells, VerdictLabel(v, i18n.ZH))
	}
	head(append(cells, annotZH("workbook.summary.total"))...)
	var towns []string
	byTown := map[string]map[eligibility.Verdict]int{}
	for _, d := range a.r.Decisions {
		t := ""
		if d.Applicant != nil {
			t = budget.TownshipOf(&d) // the township the plan counts it in
		}
		if byTown[t] == nil {
			byTown[t] = map[eligibility.Verdict]int{}
			towns = append(towns, t)
		}
		byTown[t][d.Verdict]++
	}
	for _, t := range towns {
		name := t
		if name == "" {
			name = annotZH("workbook.summary.no-town")
		}
		s.str(1, row, name)
		n := 0
		for i, v := range annotVerdictOrder {
			s.num(i+2, row, byTown[t][v])
			n += byTown[t][v]
		}
		s.num(len(annotVerdictOrder)+2, row, n)
		s.style(1, row, len(annotVerdictOrder)+2, row, a.st.plain)
		row++
	}
	s.str(1, row, annotZH("workbook.summary.total"))
	for i, v := range annotVerdictOrder {
		s.num(i+2, row, count[v])
	}
	s.num(len(annotVerdictOrder)+2, row, len(a.r.Decisions))
	s.style(1, row, len(annotVerdictOrder)+2, row, a.st.plain)
	row += 2

	// By reason code.
	section(annotZH("workbook.summary.by-reason"))
	head(annotZH("workbook.summary.code"), annotZH("workbook.summary.clause"), annotZH("workbook.summary.people"), annotZH("workbook.summary.reason"))
	wideHead()
	type tally struct {
		code, clause, example string
		n                     int
	}
	var reasons []*tally
	byCode := map[string]*tally{}
	for _, d := range a.r.Decisions {
		seen := map[string]bool{}
		for _, rs := range d.Reasons {
			if seen[rs.Code] {
				continue
			}
			seen[rs.Code] = true
			t := byCode[rs.Code]
			if t == nil {
				t = &tally{code: rs.Code, clause: rs.Clause, example: rs.Msg.In(i18n.ZH)}
				byCode[rs.Code] = t
				reasons = append(reasons, t)
			}
			t.n++
		}
	}
	sort.SliceStable(reasons, func(i, j int) bool { return reasons[i].n > reasons[j].n })
	if len(reasons) == 0 {
		s.str(1, row, annotZH("workbook.summary.none"))
		row++
	}
	for _, t := range reasons {
		s.str(1, row, t.code)
		s.str(2, row, t.clause)
		s.num(3, row, t.n)
		s.style(1, row, 3, row, a.st.plain)
		wide(t.example, a.st.plainWrap)
		row++
	}
	row++

	// By problem code.
	section(annotZH("workbook.summary.by-problem"))
	head(annotZH("workbook.summary.code"), annotZH("workbook.summary.severity"), annotZH("workbook.summary.places"), annotZH("workbook.summary.message"))
	wideHead()
	type ptally struct {
		code    string
		sev     roster.Severity
		example string
		n       int
	}
	var ps []*ptally
	byP := map[string]*ptally{}
	for i := range a.probs {
		p := &a.probs[i]
		k := string(p.Severity) + "/" + p.Code
		t := byP[k]
		if t == nil {
			t = &ptally{code: p.Code, sev: p.Severity, example: p.Msg.In(i18n.ZH)}
			byP[k] = t
			ps = append(ps, t)
		}
		t.n++
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].sev != ps[j].sev {
			return ps[i].sev == roster.SevError
		}
		return ps[i].n > ps[j].n
	})
	if len(ps) == 0 {
		s.str(1, row, annotZH("workbook.summary.none"))
		row++
	}
	for _, t := range ps {
		s.str(1, row, t.code)
		s.str(2, row, annotZH("severity."+string(t.sev)))
		s.num(3, row, t.n)
		sev := t.sev
		if _, ok := annotSeverityFill[sev]; !ok {
			sev = roster.SevWarning
		}
		s.style(1, row, 3, row, a.st.severity[sev])
		wide(t.example, a.st.severityWrap[sev])
		row++
	}
	// The 说明 line is for the file's reader, below the print area (see
	// noteRow).
	printed := row - 1
	if note := provenanceNote(a.r); note != "" {
		row += 2
		s.str(1, row, note)
		s.do(a.f.MergeCell(sheet, annotCell(1, row), annotCell(7, row)))
		s.style(1, row, 7, row, a.st.note)
		s.do(a.f.SetRowHeight(sheet, row, float64(wrapLines(note, 100))*14+6))
	}
	for i, w := range []float64{26, 12, 12, 12, 12, 12, 12} {
		s.width(i+1, w)
	}
	if s.err != nil {
		return s.err
	}
	return printout.Setup(a.f, sheet, printout.Page{Cols: 7, Rows: printed})
}
