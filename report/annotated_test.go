package report

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/procedure"
	"relief/roster"
)

// annotInput writes a small input workbook the way clerks keep them: a
// title row above the header, a 序号 column and an unknown column; and
// a members sheet. Names that look like formulas test the escaping.
func annotInput(t testing.TB, dir string, members int) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "救助申报")
	rows := [][]any{
		{"2026年困难党员救助申报表"},
		{"序号", "姓名", "身份证号码", "所属苏木镇", "申报日期", "联系人备注"},
		{1, "=1+1", "15082419820916107X", "海流图镇", "2026-03-01", "@SUM(A1)"},
		{2, "@SUM(A1)", "150824198001010028", "乌加河镇", "2026-03-02", "-5"},
		{3, "其木格", "150824198001010029", "海流图镇", "2026-03-03", "+8613800000000"},
	}
	for i, r := range rows {
		for j, v := range r {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			var err error
			if s, ok := v.(string); ok {
				err = f.SetCellStr("救助申报", cell, s)
			} else {
				err = f.SetCellValue("救助申报", cell, v)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	// A real date in Excel's short date format (14).
	f.SetCellValue("救助申报", "E3", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	if st, err := f.NewStyle(&excelize.Style{NumFmt: 14}); err == nil {
		f.SetCellStyle("救助申报", "E3", "E3", st)
	}
	f.NewSheet("党员名册")
	f.SetSheetRow("党员名册", "A1", &[]string{"姓名", "身份证号码", "所属苏木镇", "所在党支部"})
	for i := 0; i < members; i++ {
		f.SetSheetRow("党员名册", fmt.Sprintf("A%d", i+2), &[]string{fmt.Sprintf("党员%d", i), "1508241980010100" + fmt.Sprintf("%02d", i%100), "海流图镇", "第一支部"})
	}
	path := filepath.Join(dir, "input.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func annotMsg(s string) i18n.Msg { return i18n.M("report.reason", s, "test") }

// annotResult is an assessment of annotInput, made by hand.
func annotResult(path string, members int) *assessment.Result {
	applCols := map[string]int{"name": 2, "id_number": 3, "township": 4, "applied_on": 5}
	raw := [][]string{
		{"1", "=1+1", "15082419820916107X", "海流图镇", "2026-03-01", "@SUM(A1)"},
		{"2", "@SUM(A1)", "150824198001010028", "乌加河镇", "2026-03-02", "-5"},
		{"3", "其木格", "150824198001010029", "海流图镇", "2026-03-03", "+8613800000000"},
	}
	wb := &roster.Workbook{
		Path: path,
		Sheets: map[string]*roster.SheetInfo{
			"applicants": {Name: "救助申报", HeaderRow: 2, Columns: applCols, Unknown: []string{"联系人备注"}},
			"members":    {Name: "党员名册", HeaderRow: 1, Columns: map[string]int{"name": 1, "id_number": 2, "township": 3, "branch": 4}},
		},
		HasRoster: true,
	}
	for i, r := range raw {
		wb.Applicants = append(wb.Applicants, roster.Applicant{Row: i + 3, Name: r[1], IDNumber: r[2], Township: r[3], Raw: r,
			AppliedOn: roster.Day{Y: 2026, M: 3, D: i + 1}})
	}
	wb.Applicants[1].Invalid = true
	wb.Problems = []roster.Problem{
		{Severity: roster.SevError, Code: "id-checksum", Sheet: "救助申报", Cell: "C4", Row: 4, Field: "id_number", Value: "150824198001010028", Msg: annotMsg("校验码不对")},
		{Severity: roster.SevError, Code: "missing-required", Sheet: "救助申报", Cell: "G4", Row: 4, Field: "branch", Value: "", Msg: annotMsg("缺所在党支部")},
		{Severity: roster.SevWarning, Code: "id-checksum", Sheet: "党员名册", Cell: "B3", Row: 3, Field: "id_number", Value: "=HYPERLINK(\"x\")", Msg: annotMsg("名册号码有误")},
		{Severity: roster.SevError, Code: "sheet-missing", Sheet: "资金来源", Msg: annotMsg("没有资金表")},
	}
	ds := []eligibility.Decision{
		{Applicant: &wb.Applicants[0], Verdict: eligibility.Eligible, Rank: 1, Amount: money.Yuan(1500), Vote: eligibility.Tally{Recorded: true}},
		{Applicant: &wb.Applicants[1], Verdict: eligibility.Invalid, Reasons: []eligibility.Reason{{Code: "invalid-data", Msg: annotMsg("2 处错误")}}},
		{Applicant: &wb.Applicants[2], Verdict: eligibility.Ineligible, Reasons: []eligibility.Reason{{Code: "misconduct", Clause: "§4.1", Msg: annotMsg("有赌博行为")}}},
	}
	wb.Applicants[0].ApprovedOn = roster.Day{Y: 2026, M: 3, D: 20}
	warn := roster.Problem{Severity: roster.SevWarning, Code: "deadline-near", Sheet: "救助申报", Cell: "E5", Row: 5, Field: "applied_on", Value: "2026-03-03", Msg: annotMsg("即将超过60日")}
	asOf := roster.Day{Y: 2026, M: 4, D: 1}
	return &assessment.Result{Workbook: wb, AsOf: asOf, Decisions: ds,
		Cases:    procedure.Follow(ds, []roster.Problem{warn}, procedure.Options{AsOf: asOf}),
		Warnings: []roster.Problem{warn}, Budget: &budget.Plan{Members: members, Quota: 1}}
}

func annotOpen(t *testing.T, path string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func annotFill(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Fill.Color) == 0 {
		return ""
	}
	c := strings.ToUpper(st.Fill.Color[0])
	if len(c) == 8 {
		c = c[2:] // ARGB
	}
	return c
}

func TestWriteAnnotated(t *testing.T) {
	dir := t.TempDir()
	in := annotInput(t, dir, 3)
	out := filepath.Join(dir, "checked.xlsx")
	if err := WriteAnnotated(out, annotResult(in, 3)); err != nil {
		t.Fatal(err)
	}
	f := annotOpen(t, out)
	want := []string{"审核结果", "问题清单", "汇总", "原表-救助申报", "原表-党员名册"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("sheets %v, want %v", got, want)
	}

	// 审核结果: the columns a reader needs first, then the columns as
	// read, canonical headers where a field was found, the original text
	// for the unknown column.
	rows, _ := f.GetRows("审核结果")
	head := strings.Join(rows[0], "|")
	if head != "姓名|所属苏木镇|所在党支部|审核结论|办理进度|原因|救助金额（元）|排名|原表行号|序号|身份证号码|申报日期|联系人备注" {
		t.Errorf("审核结果 header: %s", head)
	}
	if len(rows) != 4 {
		t.Fatalf("审核结果 has %d rows, want 4", len(rows))
	}
	if rows[1][3] != "符合" || rows[2][3] != "数据有误" || rows[3][3] != "不符合" {
		t.Errorf("verdicts %q %q %q", rows[1][3], rows[2][3], rows[3][3])
	}
	if rows[1][4] != "已审定" || rows[3][4] != "已入户调查" {
		t.Errorf("stages %q %q", rows[1][4], rows[3][4])
	}
	if !strings.Contains(rows[3][5], "有赌博行为") || !strings.Contains(rows[3][5], "§4.1") {
		t.Errorf("reasons of row 3: %q", rows[3][5])
	}
	// A row with data errors shows the errors, cell by cell.
	if !strings.Contains(rows[2][5], "C4") || !strings.Contains(rows[2][5], "校验码不对") || !strings.Contains(rows[2][5], "G4") {
		t.Errorf("reasons of the invalid row: %q", rows[2][5])
	}
	if rows[1][6] != "1,500.00" || rows[1][7] != "1" || rows[1][8] != "3" {
		t.Errorf("amount, rank, row: %q %q %q", rows[1][6], rows[1][7], rows[1][8])
	}
	// Numbers stay numbers: the amount, the rank, the date; the identity
	// number stays text.
	for _, cell := range []string{"G2", "H2", "I2", "L2"} {
		if typ, _ := f.GetCellType("审核结果", cell); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("审核结果!%s stored as text", cell)
		}
	}
	if typ, _ := f.GetCellType("审核结果", "K2"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
		t.Errorf("the identity number is not text: %v", typ)
	}
	if v, _ := f.GetCellValue("审核结果", "L2"); v != "2026-03-01" {
		t.Errorf("the date shows as %q", v)
	}
	// Rows coloured by verdict.
	for cell, fill := range map[string]string{"A2": "C6EFCE", "I2": "C6EFCE", "B3": "F8CBAD", "M4": "FFC7CE"} {
		if got := annotFill(t, f, "审核结果", cell); got != fill {
			t.Errorf("审核结果!%s fill %s, want %s", cell, got, fill)
		}
	}
	// The row number links to the row in the copy.
	if ok, target, _ := f.GetCellHyperLink("审核结果", "I3"); !ok || target != "'原表-救助申报'!A4" {
		t.Errorf("审核结果!I3 link %v %q", ok, target)
	}
	// Autofilter on the header, header frozen; the printed columns are
	// the first nine, landscape, one page wide.
	if !annotHasFilter(f, "审核结果", "A1:M4") {
		t.Errorf("no autofilter on 审核结果!A1:M4: %+v", f.GetDefinedName())
	}
	if !annotHasName(f, "_xlnm.Print_Area", "审核结果", "'审核结果'!$A$1:$I$4") || !annotHasName(f, "_xlnm.Print_Titles", "审核结果", "'审核结果'!$1:$1") {
		t.Errorf("print area and titles of 审核结果: %+v", f.GetDefinedName())
	}
	if pl, _ := f.GetPageLayout("审核结果"); pl.Orientation == nil || *pl.Orientation != "landscape" || pl.Size == nil || *pl.Size != 9 {
		t.Errorf("审核结果 page layout %+v", pl)
	}
	if p, _ := f.GetPanes("审核结果"); !p.Freeze || p.YSplit != 1 {
		t.Errorf("审核结果 panes %+v", p)
	}

	// 问题清单: every problem and warning, linked to its cell in the copy.
	prows, _ := f.GetRows("问题清单")
	if strings.Join(prows[0], "|") != "级别|工作表|单元格|行|字段|原值|说明|代码" {
		t.Errorf("问题清单 header %v", prows[0])
	}
	if len(prows) != 6 {
		t.Fatalf("问题清单 has %d rows, want 6", len(prows))
	}
	if prows[1][0] != "错误" || prows[1][2] != "C4" || prows[1][4] != "身份证号码" || prows[5][0] != "警告" || prows[5][7] != "deadline-near" {
		t.Errorf("问题清单 rows %v / %v", prows[1], prows[5])
	}
	links := map[string]string{"C2": "'原表-救助申报'!C4", "C3": "'原表-救助申报'!G4", "C4": "'原表-党员名册'!B3", "C6": "'原表-救助申报'!E5"}
	for cell, want := range links {
		if ok, target, _ := f.GetCellHyperLink("问题清单", cell); !ok || target != want {
			t.Errorf("问题清单!%s links to %q (%v), want %q", cell, target, ok, want)
		}
	}
	if ok, _, _ := f.GetCellHyperLink("问题清单", "C5"); ok {
		t.Error("a problem of a sheet that is not there links somewhere")
	}
	if !annotHasFilter(f, "问题清单", "A1:H6") {
		t.Error("no autofilter on 问题清单")
	}

	// The copy: the original's cells where they were, problem cells
	// highlighted, the message as a comment.
	crows, _ := f.GetRows("原表-救助申报")
	if crows[0][0] != "2026年困难党员救助申报表" || crows[1][5] != "联系人备注" || crows[3][2] != "150824198001010028" {
		t.Errorf("copy rows %v", crows)
	}
	if crows[2][4] != "2026/3/1" {
		t.Errorf("a date cell is copied as %q, want it as Chinese Excel shows it, 2026/3/1", crows[2][4])
	}
	if got := annotFill(t, f, "原表-救助申报", "C4"); got != "FFC7CE" {
		t.Errorf("problem cell fill %q", got)
	}
	if got := annotFill(t, f, "原表-救助申报", "E5"); got != "FFEB9C" {
		t.Errorf("warning cell fill %q", got)
	}
	if got := annotFill(t, f, "原表-救助申报", "D4"); got != "" {
		t.Errorf("plain cell filled %q", got)
	}
	cms, err := f.GetComments("原表-救助申报")
	if err != nil {
		t.Fatal(err)
	}
	byCell := map[string]string{}
	for _, c := range cms {
		text := c.Text
		for _, p := range c.Paragraph {
			text += p.Text
		}
		byCell[c.Cell] = text
	}
	if !strings.Contains(byCell["C4"], "校验码不对") || !strings.Contains(byCell["G4"], "缺所在党支部") || !strings.Contains(byCell["E5"], "即将超过60日") {
		t.Errorf("comments %v", byCell)
	}
	if dim, _ := f.GetSheetDimension("原表-救助申报"); dim != "A1:G5" {
		t.Errorf("copy dimension %q, want A1:G5", dim)
	}
	if dim, _ := f.GetSheetDimension("原表-党员名册"); dim != "A1:D4" {
		t.Errorf("members copy dimension %q, want A1:D4", dim)
	}

	// 汇总.
	srows, _ := f.GetRows("汇总")
	text := annotJoin(srows)
	for _, want := range []string{"符合|1|1,500.00", "数据有误|1", "海流图镇|1|0|1|0|0|2", "乌加河镇|0|0|0|0|1|1", "misconduct|§4.1|1", "id-checksum|错误|1", "sheet-missing|错误|1"} {
		if !strings.Contains(text, want) {
			t.Errorf("汇总 lacks %q:\n%s", want, text)
		}
	}
}

func annotJoin(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "|") + "\n")
	}
	return b.String()
}

func annotHasFilter(f *excelize.File, sheet, ref string) bool {
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm._FilterDatabase" && strings.Contains(d.RefersTo, sheet) && strings.Contains(strings.ReplaceAll(d.RefersTo, "$", ""), ref) {
			return true
		}
	}
	return false
}

func annotHasName(f *excelize.File, name, scope, refersTo string) bool {
	for _, d := range f.GetDefinedName() {
		if d.Name == name && d.Scope == scope && d.RefersTo == refersTo {
			return true
		}
	}
	return false
}

// Text that begins with = + - @ is text in every sheet, never a formula:
// no cell of the output has a formula element.
func TestWriteAnnotatedNoFormulas(t *testing.T) {
	dir := t.TempDir()
	in := annotInput(t, dir, 3)
	out := filepath.Join(dir, "checked.xlsx")
	if err := WriteAnnotated(out, annotResult(in, 3)); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	formula := regexp.MustCompile(`<f[ >/]`)
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
			continue
		}
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if formula.Match(b) {
			t.Errorf("%s has a formula", zf.Name)
		}
	}
	f := annotOpen(t, out)
	for _, c := range []struct{ sheet, cell, want string }{
		{"审核结果", "A2", "=1+1"}, {"审核结果", "A3", "@SUM(A1)"}, {"审核结果", "M2", "@SUM(A1)"},
		{"审核结果", "M3", "-5"}, {"审核结果", "M4", "+8613800000000"},
		{"原表-救助申报", "B3", "=1+1"}, {"原表-救助申报", "F5", "+8613800000000"},
		{"问题清单", "F4", `=HYPERLINK("x")`},
	} {
		v, _ := f.GetCellValue(c.sheet, c.cell)
		fm, _ := f.GetCellFormula(c.sheet, c.cell)
		if v != c.want || fm != "" {
			t.Errorf("%s!%s = %q (formula %q), want the text %q", c.sheet, c.cell, v, fm, c.want)
		}
	}
}

// When the input cannot be opened again, the applicants sheet is
// rebuilt from the rows as read, at their rows; other sheets are not
// copied and their problems carry no link.
func TestWriteAnnotatedInputGone(t *testing.T) {
	dir := t.TempDir()
	in := annotInput(t, dir, 3)
	res := annotResult(in, 3)
	if err := os.Remove(in); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "checked.xlsx")
	if err := WriteAnnotated(out, res); err != nil {
		t.Fatal(err)
	}
	f := annotOpen(t, out)
	if got := strings.Join(f.GetSheetList(), ","); got != "审核结果,问题清单,汇总,原表-救助申报" {
		t.Fatalf("sheets %s", got)
	}
	rows, _ := f.GetRows("原表-救助申报")
	if len(rows) != 5 || rows[1][1] != "姓名" || rows[3][2] != "150824198001010028" || rows[4][1] != "其木格" {
		t.Errorf("rebuilt copy %v", rows)
	}
	res1, _ := f.GetRows("审核结果")
	if got := strings.Join(res1[0][9:], "|"); got != "第A列|身份证号码|申报日期|第F列" {
		t.Errorf("审核结果 header without the original: %s", got)
	}
	if ok, _, _ := f.GetCellHyperLink("问题清单", "C4"); ok {
		t.Error("link to a sheet not copied")
	}
	if ok, target, _ := f.GetCellHyperLink("问题清单", "C2"); !ok || target != "'原表-救助申报'!C4" {
		t.Errorf("link %q", target)
	}
}

func annotHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// The input workbook is refused as the output, by any name.
func TestWriteAnnotatedRefusesInput(t *testing.T) {
	dir := t.TempDir()
	in := annotInput(t, dir, 3)
	before := annotHash(t, in)
	link := filepath.Join(dir, "link.xlsx")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	for _, out := range []string{in, link, filepath.Join(sub, "..", "input.xlsx")} {
		err := WriteAnnotated(out, annotResult(in, 3))
		var ie *i18n.Error
		if !errors.As(err, &ie) || ie.Msg.Key != "annotated.same-file" {
			t.Errorf("WriteAnnotated(%s) = %v, want annotated.same-file", out, err)
		}
	}
	if err := WriteAnnotated(filepath.Join(dir, "out.csv"), annotResult(in, 3)); err == nil {
		t.Error("a non-.xlsx output accepted")
	}
	if annotHash(t, in) != before {
		t.Error("the input changed")
	}
}

// A failed write leaves an existing output as it was and no stray file;
// an output in a folder that does not exist is an error and creates
// nothing.
func TestWriteAnnotatedAtomic(t *testing.T) {
	dir := t.TempDir()
	in := annotInput(t, dir, 3)
	out := filepath.Join(dir, "checked.xlsx")
	if err := os.WriteFile(out, []byte("the old result"), 0o644); err != nil {
		t.Fatal(err)
	}
	saved := annotBody
	t.Cleanup(func() { annotBody = saved })
	annotBody = func(w io.Writer, r *assessment.Result) error {
		if _, err := w.Write(bytes.Repeat([]byte("partial"), 1000)); err != nil {
			return err
		}
		return errors.New("disk full")
	}
	if err := WriteAnnotated(out, annotResult(in, 3)); err == nil {
		t.Fatal("no error from a failing write")
	}
	if b, _ := os.ReadFile(out); string(b) != "the old result" {
		t.Errorf("the existing output changed: %.40q", b)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "input.xlsx" && e.Name() != "checked.xlsx" {
			t.Errorf("stray file %s", e.Name())
		}
	}
	annotBody = saved
	missing := filepath.Join(dir, "no-such-folder", "checked.xlsx")
	if err := WriteAnnotated(missing, annotResult(in, 3)); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a file appeared in a missing folder")
	}
}

// A large members sheet with many problems is copied by streaming.
func BenchmarkWriteAnnotated(b *testing.B) {
	dir := b.TempDir()
	const members = 20000
	in := annotInput(b, dir, members)
	res := annotResult(in, members)
	for i := 0; i < 5000; i++ {
		res.Workbook.Problems = append(res.Workbook.Problems, roster.Problem{Severity: roster.SevError, Code: "id-checksum",
			Sheet: "党员名册", Cell: fmt.Sprintf("B%d", i*2+2), Row: i*2 + 2, Field: "id_number", Msg: annotMsg("号码有误")})
	}
	out := filepath.Join(dir, "checked.xlsx")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := WriteAnnotated(out, res); err != nil {
			b.Fatal(err)
		}
	}
}
