package report

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

func budgetPolicy() *policy.Policy {
	return &policy.Policy{
		Quota: policy.Quota{Rate: policy.MustRatio("0.025"), Rounding: "half-up", Scope: "banner"},
		Amount: policy.Amount{
			Base: money.Yuan(1000),
			Levels: map[string]money.Amount{
				roster.LevelSevere: money.Yuan(1500), roster.LevelMarked: money.Yuan(1000), roster.LevelModerate: money.Yuan(500),
			},
			DefaultLevel: roster.LevelMarked, Unit: money.Yuan(1), Fit: "scale",
		},
	}
}

// budgetResult assesses a synthetic workbook: 160 members (quota 4) in two
// townships, five eligible applicants (one waitlisted) and one
// ineligible, and a funds sheet of 4,000 yuan (need 5,000: scaled).
func budgetResult(t *testing.T) *assessment.Result {
	t.Helper()
	wb := &roster.Workbook{Path: "in.xlsx", HasRoster: true, HasFunds: true,
		Funds: []roster.Fund{{Row: 2, Source: "旗财政", Amount: money.Yuan(3000)}, {Row: 3, Source: "党费", Amount: money.Yuan(1000)}}}
	for i := range 160 {
		town := "乌加河镇"
		if i >= 100 {
			town = "海流图镇"
		}
		wb.Members.Append(roster.Member{Row: i + 2, IDNumber: fmt.Sprintf("M%04d", i), Township: town})
	}
	apps := []struct{ name, id, town, level string }{
		{"=SUM(A1)", "15082419800101001X", "乌加河镇", roster.LevelSevere},
		{"巴特尔·朝鲁", "150824198001010021", "海流图镇", roster.LevelSevere},
		{"张三", "150824198001010030", "乌加河镇", roster.LevelMarked},
		{"李四", "150824198001010048", "海流图镇", roster.LevelModerate},
		{"王五", "150824198001010056", "乌加河镇", ""},
		{"赵六", "150824198001010064", "乌加河镇", roster.LevelSevere},
	}
	for i, a := range apps {
		wb.Applicants = append(wb.Applicants, roster.Applicant{Row: i + 4, Name: a.name, IDNumber: a.id, Township: a.town,
			Branch: "-第一党支部", HardshipLevel: a.level, AppliedOn: roster.Day{Y: 2026, M: 9, D: i + 1}})
	}
	ds := make([]eligibility.Decision, len(wb.Applicants))
	for i := range ds {
		ds[i] = eligibility.Decision{Applicant: &wb.Applicants[i], Verdict: eligibility.Eligible}
	}
	ds[5].Verdict = eligibility.Ineligible
	pol := budgetPolicy()
	plan, bps := budget.Apply(ds, wb, pol)
	return &assessment.Result{Workbook: wb, Policy: pol, AsOf: roster.Day{Y: 2026, M: 11, D: 27}, Decisions: ds, Budget: plan, BudgetProblems: bps}
}

func TestBudgetJSON(t *testing.T) {
	r := budgetResult(t)
	var buf bytes.Buffer
	if err := Budget(&buf, r, "json", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{
		"schema": "relief.budget/v1", "quota": 4.0, "members": 160.0, "members_source": "roster",
		"need": "5000.00", "fund": "4000.00", "fund_source": "sheet", "total": "4000.00", "leftover": "0.00",
		"scaled": true, "selected": 4.0, "waitlisted": 1.0, "eligible": 5.0, "rate": "0.025", "quota_exact": "4",
	} {
		if doc[k] != want {
			t.Errorf("%s = %v, want %v", k, doc[k], want)
		}
	}
	towns := doc["townships"].([]any)
	first := towns[0].(map[string]any)
	if len(towns) != 2 || first["township"] != "乌加河镇" || first["members"] != 100.0 || first["share"] != "2.5" ||
		first["quota"] != 3.0 || first["eligible"] != 3.0 || first["selected"] != 3.0 || first["waitlisted"] != 0.0 || first["amount"] != "2800.00" {
		t.Errorf("townships %v", towns)
	}
	funds := doc["funds"].([]any)
	if len(funds) != 2 || funds[0].(map[string]any)["source"] != "旗财政" || funds[0].(map[string]any)["amount"] != "3000.00" {
		t.Errorf("funds %v", funds)
	}
	levels := doc["levels"].([]any)
	if l := levels[0].(map[string]any); l["level"] != "特别困难" || l["standard"] != "1500.00" || l["fitted"] != "1200.00" || l["selected"] != 2.0 {
		t.Errorf("levels %v", levels)
	}
}

func TestBudgetText(t *testing.T) {
	r := budgetResult(t)
	for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
		var buf bytes.Buffer
		if err := Budget(&buf, r, "text", l); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, want := range []string{"乌加河镇", "4,000.00", "1,200.00"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: text lacks %q:\n%s", l, want, out)
			}
		}
		if strings.Contains(out, "report.") || strings.Contains(out, "%!") {
			t.Errorf("%s: missing message or bad format:\n%s", l, out)
		}
	}
}

func TestBudgetCSV(t *testing.T) {
	r := budgetResult(t)
	var buf bytes.Buffer
	if err := Budget(&buf, r, "csv", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	want := "\ufefftownship,members,share,quota,eligible,selected,waitlisted,amount,held\r\n" +
		"乌加河镇,100,2.5,3,3,3,0,2800.00,0\r\n海流图镇,60,1.5,1,2,1,1,1200.00,0\r\n"
	if buf.String() != want {
		t.Errorf("csv\n%q\nwant\n%q", buf.String(), want)
	}
}

func TestWriteBudgetWorkbook(t *testing.T) {
	r := budgetResult(t)
	path := filepath.Join(t.TempDir(), "budget.xlsx")
	if err := WriteBudget(path, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "汇总,苏木镇名额,发放花名册" {
		t.Fatalf("sheets %s", got)
	}
	rows, err := f.GetRows(SheetRoster)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(rows[1][0], "填报单位（盖章）：") || !strings.Contains(rows[1][0], "填报日期") {
		t.Errorf("filing line %v", rows[1])
	}
	if rows[2][0] != "序号" || rows[2][2] != "身份证号码" || rows[2][6] != "救助金额（元）" || rows[2][7] != "账号" || rows[2][8] != "领款人签字" {
		t.Errorf("header %v", rows[2])
	}
	// Four selected: by township (乌加河镇 first), then rank, each
	// township closed by its subtotal.
	var names []string
	for _, row := range rows[3:9] {
		names = append(names, row[1])
	}
	if strings.Join(names, ",") != "=SUM(A1),张三,王五,,巴特尔·朝鲁," {
		t.Errorf("names %v", names)
	}
	for _, row := range []int{4, 5, 6, 8} {
		cell := fmt.Sprintf("C%d", row)
		typ, _ := f.GetCellType(SheetRoster, cell)
		if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
			t.Errorf("%s: identity number stored as %v", cell, typ)
		}
		if fm, _ := f.GetCellFormula(SheetRoster, fmt.Sprintf("B%d", row)); fm != "" {
			t.Errorf("B%d has a formula %q", row, fm)
		}
	}
	if v, _ := f.GetCellValue(SheetRoster, "C4"); v != "15082419800101001X" {
		t.Errorf("C4 = %q", v)
	}
	for cell, want := range map[string]string{"G4": "1,200.00", "G7": "2,800.00", "G9": "1,200.00", "G10": "4,000.00",
		"A7": "乌加河镇小计（3 人）", "A9": "海流图镇小计（1 人）", "A10": "合计（4 人）"} {
		if v, _ := f.GetCellValue(SheetRoster, cell); v != want {
			t.Errorf("%s = %q, want %q", cell, v, want)
		}
	}
	f.SetCellStyle(SheetRoster, "G4", "G10", 0) // read the raw numbers
	for cell, want := range map[string]string{"G4": "1200", "G5": "800", "G10": "4000"} {
		if v, _ := f.GetCellValue(SheetRoster, cell); v != want {
			t.Errorf("%s = %q, want %q", cell, v, want)
		}
	}
	if typ, _ := f.GetCellType(SheetRoster, "G10"); typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("total is not a number: %v", typ)
	}
	if !hasName(f, "_xlnm.Print_Titles", SheetRoster, "'发放花名册'!$3:$3") || !hasName(f, "_xlnm.Print_Area", SheetRoster, "'发放花名册'!$A$1:$I$13") {
		t.Errorf("no print titles or area: %+v", f.GetDefinedName())
	}
	pl, err := f.GetPageLayout(SheetRoster)
	if err != nil || pl.Size == nil || *pl.Size != 9 || pl.FitToWidth == nil || *pl.FitToWidth != 1 {
		t.Errorf("page layout %+v %v", pl, err)
	}
	if v, _ := f.GetCellValue(SheetTownships, "A2"); v != "乌加河镇" {
		t.Errorf("township A2 = %q", v)
	}
	if v, _ := f.GetCellValue(SheetTownships, "D4"); v != "4" {
		t.Errorf("township quota total D4 = %q", v)
	}
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	chart := false
	for _, zf := range zr.File {
		chart = chart || strings.HasPrefix(zf.Name, "xl/charts/chart")
	}
	if !chart {
		t.Error("no chart in the workbook")
	}
}

func hasName(f *excelize.File, name, scope, refersTo string) bool {
	for _, d := range f.GetDefinedName() {
		if d.Name == name && d.Scope == scope && d.RefersTo == refersTo {
			return true
		}
	}
	return false
}

func TestWriteBudgetNoApplicants(t *testing.T) {
	wb := &roster.Workbook{Path: "in.xlsx"}
	plan, bps := budget.Apply(nil, wb, budgetPolicy())
	r := &assessment.Result{Workbook: wb, Policy: budgetPolicy(), Budget: plan, BudgetProblems: bps}
	path := filepath.Join(t.TempDir(), "b.xlsx")
	if err := WriteBudget(path, r); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Budget(&buf, r, "json", i18n.EN); err != nil || !strings.Contains(buf.String(), `"townships": []`) {
		t.Errorf("json %v\n%s", err, buf.String())
	}
}
