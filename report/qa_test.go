package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"relief/i18n"
	"relief/roster"
)

// A fund amount the reader rejected is left out of the fund: the budget
// report must say so beside the figures it changed, in every format.
func TestBudgetShowsFundSheetErrors(t *testing.T) {
	r := budgetResult(t)
	r.Workbook.Sheets = map[string]*roster.SheetInfo{roster.Funds.Key: {Name: "资金来源"}}
	r.Workbook.Problems = append(r.Workbook.Problems, roster.Problem{
		Severity: roster.SevError, Code: "bad-number", Sheet: "资金来源", Cell: "B4", Row: 4, Field: "amount",
		Value: "三千元", Msg: i18n.M("report.col.amount"),
	})
	var text bytes.Buffer
	if err := Budget(&text, r, "text", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text.String(), "资金来源!B4") || !strings.Contains(text.String(), "bad-number") {
		t.Errorf("text report does not show the fund sheet's error:\n%s", text.String())
	}
	var js bytes.Buffer
	if err := Budget(&js, r, "json", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Problems []struct{ Code, Sheet, Cell, Value string }
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Problems) == 0 || doc.Problems[0].Cell != "B4" || doc.Problems[0].Value != "三千元" {
		t.Errorf("json problems %+v", doc.Problems)
	}
	path := filepath.Join(t.TempDir(), "b.xlsx")
	if err := WriteBudget(path, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetSummary)
	found := false
	for _, row := range rows {
		found = found || len(row) > 0 && strings.Contains(row[0], "资金来源!B4")
	}
	if !found {
		t.Errorf("summary sheet does not show the fund sheet's error: %v", rows)
	}
}

// The disbursement roster keeps long names, townships and branches
// legible on A4: their columns are bounded, the text wraps, and each row
// is tall enough for its lines (a row of fixed height would cut them off
// in print).
func TestRosterRowsFitLongText(t *testing.T) {
	r := budgetResult(t)
	long := "阿拉坦其其格·巴雅尔图·额尔敦毕力格·朝克图·乌力吉图·孟和巴特尔·那顺乌日图"
	r.Workbook.Applicants[0].Name = long
	r.Workbook.Applicants[2].Branch = strings.Repeat("中共乌拉特中旗海流图镇第三牧民小组联合党支部", 2)
	path := filepath.Join(t.TempDir(), "b.xlsx")
	if err := WriteBudget(path, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, col := range []string{"B", "D", "E"} {
		if w, _ := f.GetColWidth(SheetRoster, col); w > 32 {
			t.Errorf("column %s is %v wide", col, w)
		}
	}
	for _, row := range []int{4, 5, 6, 8} {
		name, _ := f.GetCellValue(SheetRoster, "B"+strconv.Itoa(row))
		branch, _ := f.GetCellValue(SheetRoster, "E"+strconv.Itoa(row))
		h, _ := f.GetRowHeight(SheetRoster, row)
		wb, _ := f.GetColWidth(SheetRoster, "B")
		we, _ := f.GetColWidth(SheetRoster, "E")
		lines := max(wrapLines(name, int(wb)), wrapLines(branch, int(we)))
		if h < 28 || h < float64(lines)*15 {
			t.Errorf("row %d (%d lines of %q / %q) is %v high", row, lines, name, branch, h)
		}
	}
	if h, _ := f.GetRowHeight(SheetRoster, 6); h != 28 {
		t.Errorf("a short row is %v high, want 28 (room to sign)", h)
	}
}
