package main

// The workbooks of the year's records in a real spreadsheet program: the
// evaluation form, the payment workbook and the report upward open in
// LibreOffice and print on A4; the evaluation form, saved by LibreOffice
// and filled in, reads back.

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// loPDFPages converts file to PDF with LibreOffice and returns the size
// of each page in points, as pdfinfo reports them (or skips the check
// when pdfinfo is not installed).
func loYearPDFPages(t *testing.T, file string) []string {
	t.Helper()
	out := t.TempDir()
	loConvert(t, file, "pdf", out)
	pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))+".pdf")
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Log("pdfinfo is not installed: page sizes not checked")
		return nil
	}
	b, err := exec.Command("pdfinfo", "-f", "1", "-l", "99", pdf).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v\n%s", pdf, err, b)
	}
	return regexp.MustCompile(`Page +\d+ size: +([\d.]+ x [\d.]+)`).FindAllString(string(b), -1)
}

func isA4Text(size string) bool {
	return strings.Contains(size, "595.") && strings.Contains(size, "841.") || strings.Contains(size, "841.") && strings.Contains(size, "595.")
}

func TestLibreOfficeYearWorkbooks(t *testing.T) {
	loBinary(t)
	dir := t.TempDir()
	for _, f := range []string{"year2026.xlsx", "previous2025.xlsx", "review2026.xlsx"} {
		if err := copyFile(filepath.Join("testdata", f), filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	in := filepath.Join(dir, "year2026.xlsx")
	common := []string{"--as-of", "2026-11-27", "--previous", filepath.Join(dir, "previous2025.xlsx"), "--review", filepath.Join(dir, "review2026.xlsx")}
	// What LibreOffice must show of each: masked numbers on the form
	// with the whole one in its hidden column; the account of a payment;
	// the report's totals.
	for _, tc := range []struct {
		name  string
		args  []string
		check func(t *testing.T, sheets map[string][][]string)
	}{
		{"考评表.xlsx", []string{"review", in, "--as-of", "2026-06-30", "--previous", filepath.Join(dir, "previous2025.xlsx")},
			func(t *testing.T, sheets map[string][][]string) {
				r := loRowContaining(sheets["考评表"], "张志强")
				if r == nil || !strings.Contains(strings.Join(r, "|"), "********") || !regexp.MustCompile(`\|\d{17}[\dX]\|`).MatchString("|"+strings.Join(r, "|")+"|") {
					t.Errorf("考评表 row of 张志强 in LibreOffice: %v", r)
				}
			}},
		{"发放情况.xlsx", append([]string{"payout", in}, common...),
			func(t *testing.T, sheets map[string][][]string) {
				if r := loRowContaining(sheets["发放明细"], "巴特尔·朝鲁"); r == nil || !strings.Contains(strings.Join(r, "|"), "6228480012345678901") {
					t.Errorf("发放明细 row in LibreOffice: %v", r)
				}
			}},
		{"统计表.xlsx", append([]string{"report", in}, common...),
			func(t *testing.T, sheets map[string][][]string) {
				if r := loRow(sheets["统计表"], "合计"); len(r) < 6 || r[1] != "200" || r[5] != "5" {
					t.Errorf("统计表 合计 in LibreOffice: %v", r)
				}
			}},
	} {
		out := filepath.Join(dir, tc.name)
		loRun(t, append(tc.args, "-o", out)...)
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.check(t, loSheets(t, out))
			for _, size := range loYearPDFPages(t, out) {
				if !isA4Text(size) {
					t.Errorf("%s: a page is not A4: %s", tc.name, size)
				}
			}
		})
	}
}

// The evaluation form, saved again by LibreOffice (as a clerk's program
// would) and filled in there, reads back: 其其格 marked 脱贫 is excluded
// from the payment, and 苏和 moves up.
func TestLibreOfficeReviewRoundTrip(t *testing.T) {
	loBinary(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "year2026.xlsx")
	if err := copyFile(filepath.Join("testdata", "year2026.xlsx"), in); err != nil {
		t.Fatal(err)
	}
	form := filepath.Join(dir, "考评表.xlsx")
	loRun(t, "review", in, "--as-of", "2026-06-30", "-o", form)
	loDir := filepath.Join(dir, "lo")
	loConvert(t, form, "xlsx", loDir)
	saved := filepath.Join(loDir, "考评表.xlsx")

	f, err := excelize.OpenFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("考评表")
	if err != nil {
		t.Fatal(err)
	}
	head := -1
	col := map[string]int{}
	for i, r := range rows {
		for _, c := range r {
			if c == "是否脱贫" {
				head = i
			}
		}
		if head >= 0 {
			for j, c := range r {
				col[c] = j + 1
			}
			break
		}
	}
	if head < 0 {
		t.Fatalf("no header in LibreOffice's copy: %v", rows[:4])
	}
	filled := 0
	for i, r := range rows[head+1:] {
		if len(r) < 2 || r[1] == "" {
			continue
		}
		row := head + 2 + i
		set := func(h, v string) {
			cell, _ := excelize.CoordinatesToCellName(col[h], row)
			if err := f.SetCellStr("考评表", cell, v); err != nil {
				t.Fatal(err)
			}
		}
		out := "否"
		if r[1] == "其其格" {
			out = "是"
		}
		set("困难是否持续", "是")
		set("是否脱贫", out)
		set("考评日期", "2026-07-15")
		set("考评人", "王建国")
		filled++
	}
	if filled != 5 {
		t.Fatalf("filled %d rows of %v", filled, rows)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	out := loRun(t, "check", in, "--as-of", "2026-11-27", "--review", saved, "--format", "json", "--fail-on", "never")
	var doc struct {
		Applicants []struct {
			Name    string                  `json:"name"`
			Verdict string                  `json:"verdict"`
			Reasons []struct{ Code string } `json:"reasons"`
		} `json:"applicants"`
		Warnings []struct{ Code string } `json:"warnings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range doc.Applicants {
		v := a.Verdict
		if len(a.Reasons) > 0 {
			v += ":" + a.Reasons[0].Code
		}
		got[a.Name] = v
	}
	if got["其其格"] != "ineligible:out-of-poverty-review" || got["苏和"] != "eligible" || got["张志强"] != "eligible" {
		t.Errorf("verdicts after the evaluation: %v", got)
	}
	for _, w := range doc.Warnings {
		if w.Code == "evaluation-not-done" {
			t.Errorf("an evaluated recipient is reported as not evaluated")
		}
	}
	_ = os.Remove(saved)
}
