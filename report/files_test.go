package report

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/i18n"
	"relief/roster"
)

// bannerPaidResult assesses the townships' files at the year's end
// (testdata/banner_paid: four files, the payments half recorded).
func bannerPaidResult(t *testing.T) *assessment.Result {
	t.Helper()
	r, err := assessment.Run(assessment.Options{Inputs: []string{"../testdata/banner_paid"}, AsOf: roster.Day{Y: 2026, M: 12, D: 31}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Files()) != 4 || r.Provenance == nil {
		t.Fatalf("files %v, provenance %v", r.Files(), r.Provenance)
	}
	return r
}

// A problem goes with the applicant on its file, sheet and row: the same
// row number on the same sheet name of another file is someone else.
func TestRowAtTellsFilesApart(t *testing.T) {
	r := bannerPaidResult(t)
	var zhang, liu *roster.Applicant
	for i := range r.Decisions {
		switch a := r.Decisions[i].Applicant; a.Name {
		case "张志刚":
			zhang = a
		case "刘秀珍":
			liu = a
		}
	}
	if zhang == nil || liu == nil || zhang.Row != liu.Row || zhang.Sheet.Name != liu.Sheet.Name {
		t.Fatalf("the fixture should put 张志刚 and 刘秀珍 on the same row of a same-named sheet: %+v %+v", zhang, liu)
	}
	if applicantAt(r, zhang) == applicantAt(r, liu) {
		t.Fatalf("张志刚 and 刘秀珍 are at the same place: %+v", applicantAt(r, zhang))
	}
	for _, p := range payoutProblems(r) {
		at := problemAt(r, p)
		switch p.Code {
		case "account-stored-as-number":
			if at != applicantAt(r, zhang) {
				t.Errorf("%s at %+v, not 张志刚's row", p.Code, at)
			}
		case "payment-mismatch":
			if at != applicantAt(r, liu) {
				t.Errorf("%s at %+v, not 刘秀珍's row", p.Code, at)
			}
		}
	}
	// A problem made by hand, with no file, is on the workbook's file.
	if got := problemAt(r, roster.Problem{Sheet: "救助申报", Row: 3}); got.file != r.Workbook.Path {
		t.Errorf("a problem without a file is at %+v", got)
	}
}

// The payment's problems include the reader's on the payment columns of
// the rows listed (the account typed into a number cell), and only those.
func TestPayoutProblemsIncludeReadersOnPaymentColumns(t *testing.T) {
	r := bannerPaidResult(t)
	var codes []string
	for _, p := range payoutProblems(r) {
		codes = append(codes, filepath.Base(p.File)+":"+p.Cell+":"+p.Code)
	}
	want := "乌加河镇.xlsx:AB3:account-stored-as-number 乌加河镇.xlsx:AD6:payment-not-recipient 海流图镇.xlsx:AD3:payment-mismatch"
	if got := strings.Join(codes, " "); got != want {
		t.Errorf("payout problems\n%s\nwant\n%s", got, want)
	}
	var b bytes.Buffer
	if err := Payout(&b, r, "text", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "乌加河镇.xlsx 救助申报!AB3") {
		t.Errorf("text report:\n%s", b.String())
	}
}

// printArea is the last row of a sheet's print area (0 when it has none).
func printArea(t *testing.T, f *excelize.File, sheet string) int {
	t.Helper()
	for _, n := range f.GetDefinedName() {
		if n.Name == "_xlnm.Print_Area" && n.Scope == sheet {
			last, err := strconv.Atoi(n.RefersTo[strings.LastIndexByte(n.RefersTo, '$')+1:])
			if err != nil {
				t.Fatalf("%s: print area %s", sheet, n.RefersTo)
			}
			return last
		}
	}
	return 0
}

// The 说明 line every workbook carries (what made it) is for the file's
// reader: it lies below the print area, so that it never prints on a
// page of its own (after the 考评表's table, below the budget's summary).
// The print area still holds every row above it.
func TestProvenanceNoteOutsidePrintArea(t *testing.T) {
	r := bannerPaidResult(t)
	dir := t.TempDir()
	write := map[string]func(string) error{
		"budget": func(p string) error { return WriteBudget(p, r) },
		"payout": func(p string) error { return WritePayout(p, r) },
		"review": func(p string) error { _, err := WriteReview(p, r); return err },
		"report": func(p string) error { return WriteYearReport(p, r) },
		"check":  func(p string) error { return WriteAnnotated(p, r) },
	}
	sheets := map[string][]string{
		"budget": {SheetSummary},
		"payout": {SheetPaySummary, SheetPayDetail},
		"review": {SheetReview},
		"report": {SheetStats},
		"check":  {"汇总"},
	}
	for name, w := range write {
		path := filepath.Join(dir, name+".xlsx")
		if err := w(path); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range sheets[name] {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			note, lastOther := 0, 0
			for i, row := range rows {
				text := strings.Join(row, "")
				switch {
				case strings.HasPrefix(text, "说明：本文件由 relief"):
					note = i + 1
				case strings.TrimSpace(text) != "" && note == 0:
					lastOther = i + 1
				}
			}
			area := printArea(t, f, sheet)
			if note == 0 || area == 0 {
				t.Errorf("%s %s: note at row %d, print area to row %d", name, sheet, note, area)
				continue
			}
			if area >= note {
				t.Errorf("%s %s: the print area (to row %d) takes in the 说明 line (row %d)", name, sheet, area, note)
			}
			if area < lastOther {
				t.Errorf("%s %s: the print area (to row %d) leaves out row %d", name, sheet, area, lastOther)
			}
		}
		f.Close()
	}
}

// The budget's 汇总 names every file read in one cell: the row is as tall
// as the lines the names wrap to, so they do not run over the rows below.
func TestBudgetSummaryFilesRowFits(t *testing.T) {
	r := bannerPaidResult(t)
	path := filepath.Join(t.TempDir(), "b.xlsx")
	if err := WriteBudget(path, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	files, err := f.GetCellValue(SheetSummary, "B3")
	if err != nil || !strings.Contains(files, "海流图镇.xlsx") {
		t.Fatalf("B3 = %q, %v", files, err)
	}
	width, err := f.GetColWidth(SheetSummary, "B")
	if err != nil {
		t.Fatal(err)
	}
	lines := wrapLines(files, int(width))
	height, err := f.GetRowHeight(SheetSummary, 3)
	if err != nil {
		t.Fatal(err)
	}
	if lines < 2 || height < float64(lines)*14 {
		t.Errorf("%d lines of files in a column %.0f wide, in a row %.1f points high", lines, width, height)
	}
}
