package main

// Proof that the workbooks relief writes open in a real spreadsheet
// program: LibreOffice converts each of them, and a template filled in
// and saved by LibreOffice reads back with the expected verdicts. The
// tests skip, saying so, when soffice is not installed.

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"relief/cmd"
	"relief/roster"
)

// loBinary finds LibreOffice, or skips the test.
func loBinary(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("LibreOffice (soffice) is not installed: skipping the spreadsheet round trip; install libreoffice-calc-nogui to run it")
	return ""
}

// loConvert converts file with LibreOffice to the target format
// (e.g. "xlsx", or a csv filter spec) into outdir, with a private profile
// so that parallel runs do not clash.
func loConvert(t *testing.T, file, target, outdir string) {
	t.Helper()
	bin := loBinary(t)
	profile := filepath.Join(t.TempDir(), "lo-profile")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	c := exec.CommandContext(ctx, bin, "-env:UserInstallation=file://"+filepath.ToSlash(profile),
		"--headless", "--norestore", "--nolockcheck", "--convert-to", target, "--outdir", outdir, file)
	c.Env = append(os.Environ(), "HOME="+profile)
	out, err := c.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("soffice timed out converting %s:\n%s", file, out)
	}
	if err != nil {
		t.Fatalf("soffice failed converting %s: %v\n%s", file, err, out)
	}
}

// loSheets converts every sheet of file to CSV, cells as shown, and
// returns them by sheet name.
func loSheets(t *testing.T, file string) map[string][][]string {
	t.Helper()
	out := t.TempDir()
	// Filter options: comma, quote, UTF-8, from line 1, no column
	// formats, default language, quoted as text off, detect numbers,
	// cells as shown, no formulas, no trimming, every sheet (-1).
	loConvert(t, file, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1`, out)
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	sheets := map[string][][]string{}
	for _, e := range entries {
		name := strings.TrimSuffix(strings.TrimPrefix(e.Name(), base+"-"), ".csv")
		b, err := os.ReadFile(filepath.Join(out, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		sheets[name] = rows
	}
	if len(sheets) == 0 {
		t.Fatalf("LibreOffice wrote no CSV for %s", file)
	}
	return sheets
}

// loRun runs relief with args and returns its stdout, failing on an
// exit status other than 0.
func loRun(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := cmd.Run(args, cmd.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}); code != 0 {
		t.Fatalf("relief %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errOut.String())
	}
	return out.String()
}

func loRow(rows [][]string, first string) []string {
	for _, r := range rows {
		if len(r) > 0 && r[0] == first {
			return r
		}
	}
	return nil
}

// The template opens in LibreOffice with its sheets, headers and example
// rows as written: identity numbers whole, dates as dates. Saved again
// by LibreOffice, its drop-downs and text formats survive.
func TestLibreOfficeInit(t *testing.T) {
	loBinary(t)
	dir := t.TempDir()
	tpl := filepath.Join(dir, "template.xlsx")
	loRun(t, "init", tpl)
	sheets := loSheets(t, tpl)
	for _, s := range roster.Sheets {
		rows := sheets[s.Name]
		if len(rows) < 2 {
			t.Fatalf("sheet %s: %d rows in LibreOffice", s.Name, len(rows))
		}
		if rows[0][0] != roster.TemplateSerialHeader || rows[0][1] != s.Fields[0].Header || rows[1][0] != roster.TemplateExample {
			t.Errorf("sheet %s as LibreOffice shows it: %v / %v", s.Name, rows[0], rows[1])
		}
	}
	appl := sheets[roster.Applicants.Name]
	col := func(header string) int {
		for i, h := range appl[0] {
			if h == header {
				return i
			}
		}
		t.Fatalf("no column %s", header)
		return 0
	}
	if got := appl[1][col("身份证号码")]; got != "15082419820916107X" {
		t.Errorf("example identity number shows as %q", got)
	}
	if got := appl[1][col("申报日期")]; !strings.HasSuffix(got, "-03-01") {
		t.Errorf("example date shows as %q", got)
	}
	guide := sheets["填表说明"]
	var text strings.Builder
	for _, r := range guide {
		text.WriteString(strings.Join(r, "|") + "\n")
	}
	for _, want := range []string{"填表说明", "2.5%", "65%", "60 日", "§4.1", "困难原因"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("填表说明 in LibreOffice lacks %q", want)
		}
	}

	// Saved again by LibreOffice, the validations and formats remain.
	out := t.TempDir()
	loConvert(t, tpl, "xlsx", out)
	f, err := excelize.OpenFile(filepath.Join(out, "template.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dvs, err := f.GetDataValidations(roster.Applicants.Name)
	if err != nil {
		t.Fatal(err)
	}
	lists := 0
	for _, dv := range dvs {
		if dv.Type == "list" {
			lists++
		}
	}
	if lists < 7 {
		t.Errorf("LibreOffice kept %d drop-down lists of 救助申报, want 7", lists)
	}
}

// loFill writes rows (values by field key) into sheet s of the template
// from row 3 down, as a clerk types them.
func loFill(t *testing.T, f *excelize.File, s *roster.Sheet, rows []map[string]any) {
	t.Helper()
	for r, vals := range rows {
		row := roster.TemplateFirstRow + r
		if err := f.SetCellInt(s.Name, fmt.Sprintf("A%d", row), int64(r+1)); err != nil {
			t.Fatal(err)
		}
		for i, fd := range s.Fields {
			v, ok := vals[fd.Key]
			if !ok {
				continue
			}
			cell := fmt.Sprintf("%s%d", roster.ColumnName(i+2), row)
			var err error
			if str, isStr := v.(string); isStr {
				err = f.SetCellStr(s.Name, cell, str)
			} else {
				err = f.SetCellValue(s.Name, cell, v)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
}

// loID completes a valid identity number from its first 17 characters.
func loID(first17 string) string {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(first17[i]-'0') * w[i]
	}
	return first17 + string("10X98765432"[sum%11])
}

type loCheck struct {
	Summary struct {
		Applicants, Errors, Warnings int
	} `json:"summary"`
	Applicants []struct {
		Name     string `json:"name"`
		IDNumber string `json:"id_number"`
		Verdict  string `json:"verdict"`
		Row      int    `json:"row"`
		Amount   string `json:"amount"`
		Stage    string `json:"stage"`
		Held     bool   `json:"held"`
	} `json:"applicants"`
	Problems []struct{ Code, Cell, Message string } `json:"problems"`
	Warnings []struct{ Code, Cell, Message string } `json:"warnings"`
}

func loAssess(t *testing.T, file string) loCheck {
	t.Helper()
	return loAssessAt(t, file, "2026-04-30")
}

func loAssessAt(t *testing.T, file, asOf string) loCheck {
	t.Helper()
	out := loRun(t, "check", file, "--format", "json", "--as-of", asOf, "--fail-on", "never")
	var c loCheck
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("check --format json: %v\n%s", err, out)
	}
	return c
}

// A template filled in and saved by LibreOffice reads back with no
// problem and the expected verdicts; so does the annotated workbook of
// relief check -o, opened in LibreOffice.
func TestLibreOfficeRoundTrip(t *testing.T) {
	loBinary(t)
	dir := t.TempDir()
	tpl := filepath.Join(dir, "template.xlsx")
	loRun(t, "init", tpl)
	f, err := excelize.OpenFile(tpl)
	if err != nil {
		t.Fatal(err)
	}
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	var members []map[string]any
	for i := 0; i < 80; i++ {
		town := "海流图镇"
		if i%2 == 1 {
			town = "乌加河镇"
		}
		members = append(members, map[string]any{
			"name": fmt.Sprintf("党员%02d", i), "id_number": loID(fmt.Sprintf("150824197001%02d%02d1", i%28+1, i%100)),
			"gender": "男", "ethnicity": "蒙古族", "birth_date": time.Date(1970, 1, i%28+1, 0, 0, 0, 0, time.UTC),
			"township": town, "branch": town + "第一党支部", "member_type": "正式党员",
			"join_date": time.Date(1995, 7, 1, 0, 0, 0, 0, time.UTC), "phone": "13800000000",
		})
	}
	members[0]["name"] = "巴特尔·敖其尔"
	loFill(t, f, &roster.Members, members)
	applicant := func(m map[string]any) map[string]any {
		return map[string]any{
			"name": m["name"], "id_number": m["id_number"], "gender": "男", "township": m["township"], "branch": m["branch"],
			"phone": "13800000000", "address": "某某嘎查", "applied_on": day(3, 1), "household_size": 4, "household_income": 8000.5,
			"hardship_causes": "疾病、子女上学", "hardship_level": "特别困难", "other_aid": "民政", "misconduct": "无",
			"exclusion": "无", "out_of_poverty": "否", "voters": 20, "present": 18, "votes_for": 16, "votes_against": 1, "abstentions": 1,
			"surveyed_on": day(3, 5), "meeting_on": day(3, 10), "reviewed_on": day(3, 15), "approved_on": day(3, 25), "objection": "无",
		}
	}
	good, gambler, outvoted := applicant(members[0]), applicant(members[2]), applicant(members[4])
	gambler["misconduct"] = "赌博"
	outvoted["votes_for"], outvoted["votes_against"], outvoted["abstentions"] = 10, 6, 2 // 10/18 < 65 %
	loFill(t, f, &roster.Applicants, []map[string]any{good, gambler, outvoted})
	loFill(t, f, &roster.Funds, []map[string]any{{"source": "旗财政", "amount": 5000}})
	filled := filepath.Join(dir, "filled.xlsx")
	if err := f.SaveAs(filled); err != nil {
		t.Fatal(err)
	}
	f.Close()

	// Saved through LibreOffice, as a clerk's program would.
	loDir := filepath.Join(dir, "lo")
	loConvert(t, filled, "xlsx", loDir)
	viaLO := filepath.Join(loDir, "filled.xlsx")

	want := map[string]string{"巴特尔·敖其尔": "eligible", "党员02": "ineligible", "党员04": "ineligible"}
	direct, lo := loAssess(t, filled), loAssess(t, viaLO)
	for name, c := range map[string]loCheck{"excelize": direct, "LibreOffice": lo} {
		for _, p := range append(c.Problems, c.Warnings...) {
			t.Errorf("%s: problem %s %s: %s", name, p.Code, p.Cell, p.Message)
		}
		if c.Summary.Applicants != 3 || c.Summary.Errors != 0 {
			t.Errorf("%s: summary %+v", name, c.Summary)
		}
		for _, a := range c.Applicants {
			if want[a.Name] != a.Verdict {
				t.Errorf("%s: %s is %s, want %s", name, a.Name, a.Verdict, want[a.Name])
			}
			if len(a.IDNumber) != 18 || a.Verdict == "eligible" && a.Amount == "" {
				t.Errorf("%s: %s read as %+v", name, a.Name, a)
			}
		}
	}
	if fmt.Sprint(direct.Applicants) != fmt.Sprint(lo.Applicants) {
		t.Errorf("LibreOffice's save reads differently:\n%v\n%v", direct.Applicants, lo.Applicants)
	}

	// The annotated workbook opens in LibreOffice with the verdicts.
	checked := filepath.Join(dir, "checked.xlsx")
	loRun(t, "check", viaLO, "-o", checked, "--as-of", "2026-04-30", "--fail-on", "never")
	sheets := loSheets(t, checked)
	res := sheets["审核结果"]
	if len(res) != 4 {
		t.Fatalf("审核结果 in LibreOffice: %v", res)
	}
	verdictCol := -1
	for i, h := range res[0] {
		if h == "审核结论" {
			verdictCol = i
		}
	}
	if verdictCol < 0 {
		t.Fatalf("审核结果 header %v", res[0])
	}
	got := map[string]string{}
	for _, r := range res[1:] {
		got[r[0]] = r[verdictCol] + "|" + r[verdictCol+2] // name first, then 审核结论, 办理进度 and 原因
		if r[verdictCol+1] != "已审定" {
			t.Errorf("办理进度 of %s in LibreOffice: %q", r[0], r[verdictCol+1])
		}
	}
	if !strings.HasPrefix(got["巴特尔·敖其尔"], "符合|") || !strings.HasPrefix(got["党员02"], "不符合|") || !strings.Contains(got["党员02"], "§4.1") ||
		!strings.HasPrefix(got["党员04"], "不符合|") || !strings.Contains(got["党员04"], "§6.3.3") {
		t.Errorf("审核结果 verdicts in LibreOffice: %v", got)
	}
	if r := loRow(sheets["问题清单"], "未发现数据问题。"); r == nil {
		t.Errorf("问题清单 in LibreOffice: %v", sheets["问题清单"])
	}
	if r := loRow(sheets["汇总"], "符合"); len(r) < 2 || r[1] != "1" {
		t.Errorf("汇总 in LibreOffice: %v", r)
	}
	if _, ok := sheets["原表-救助申报"]; !ok {
		t.Errorf("no copy of the applicants sheet: %v", sheets)
	}
}

// stages.xlsx saved by LibreOffice (its dates typed as text and as date
// cells, the 公示开始日期 alias) gives every applicant the same stage,
// verdict and held seat as the file written by excelize, and the notice
// lists the same people.
func TestLibreOfficeStages(t *testing.T) {
	loBinary(t)
	dir := t.TempDir()
	loConvert(t, "testdata/stages.xlsx", "xlsx", dir)
	viaLO := filepath.Join(dir, "stages.xlsx")
	direct, lo := loAssessAt(t, "testdata/stages.xlsx", "2026-11-27"), loAssessAt(t, viaLO, "2026-11-27")
	if len(direct.Applicants) != 14 || fmt.Sprint(direct.Applicants) != fmt.Sprint(lo.Applicants) {
		t.Errorf("LibreOffice's save reads differently:\n%v\n%v", direct.Applicants, lo.Applicants)
	}
	held := 0
	for _, a := range lo.Applicants {
		if a.Held {
			held++
		}
	}
	if held != 1 {
		t.Errorf("%d held seats in LibreOffice's save, want 1", held)
	}
	stages := map[string]int{}
	for _, a := range lo.Applicants {
		stages[a.Stage]++
	}
	if fmt.Sprint(stages) != "map[applied:2 approved:3 assessed:1 final:2 noticed:3 reviewed:2 surveyed:1]" {
		t.Errorf("stages in LibreOffice's save: %v", stages)
	}
	pdf := filepath.Join(dir, "notice.pdf")
	out := loRun(t, "notice", viaLO, "-o", pdf, "--as-of", "2026-11-27")
	if !strings.Contains(out, "补充公示") || !strings.Contains(out, "新增 2 人") {
		t.Errorf("notice of LibreOffice's save: %s", out)
	}
}

// The budget workbook of relief budget -o opens in LibreOffice: the
// disbursement roster lists every selected applicant with the whole
// identity number and the amounts, and its totals row adds up.
func TestLibreOfficeBudget(t *testing.T) {
	loBinary(t)
	out := filepath.Join(t.TempDir(), "budget.xlsx")
	loRun(t, "budget", "testdata/sample.xlsx", "-o", out, "--as-of", "2026-11-28")
	sheets := loSheets(t, out)
	for _, name := range []string{"汇总", "苏木镇名额", "发放花名册"} {
		if len(sheets[name]) == 0 {
			t.Fatalf("sheet %s missing or empty in LibreOffice: have %d sheets", name, len(sheets))
		}
	}
	var res loCheck
	if err := json.Unmarshal([]byte(loRun(t, "check", "testdata/sample.xlsx", "--format", "json", "--as-of", "2026-11-28", "--fail-on", "never")), &res); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, a := range res.Applicants {
		if a.Verdict == "eligible" {
			ids[a.IDNumber] = true
		}
	}
	found := 0
	for _, r := range sheets["发放花名册"] {
		for _, c := range r {
			if ids[c] {
				found++
			}
		}
	}
	if found != len(ids) || found == 0 {
		t.Errorf("发放花名册 in LibreOffice shows %d of the %d selected identity numbers whole", found, len(ids))
	}
	if loRowContaining(sheets["发放花名册"], "合计") == nil {
		t.Errorf("发放花名册 has no 合计 row in LibreOffice")
	}
}

func loRowContaining(rows [][]string, s string) []string {
	for _, r := range rows {
		for _, c := range r {
			if strings.Contains(c, s) {
				return r
			}
		}
	}
	return nil
}

// loPDFPages converts workbooks to PDF with LibreOffice in one run, as a
// clerk's "print to PDF" would, and returns for each the size of every
// page in points and the text of every page (pdfinfo and pdftotext, from
// poppler-utils).
func loPDFPages(t *testing.T, files ...string) (sizes map[string][][2]float64, texts map[string][]string) {
	t.Helper()
	for _, tool := range []string{"pdfinfo", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s (poppler-utils) is not installed: skipping the print check", tool)
		}
	}
	bin := loBinary(t)
	out := t.TempDir()
	profile := filepath.Join(t.TempDir(), "lo-profile")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(profile),
		"--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", out}, files...)
	c := exec.CommandContext(ctx, bin, args...)
	c.Env = append(os.Environ(), "HOME="+profile)
	if b, err := c.CombinedOutput(); err != nil {
		t.Fatalf("soffice failed converting to PDF: %v\n%s", err, b)
	}
	sizes, texts = map[string][][2]float64{}, map[string][]string{}
	for _, file := range files {
		pdf := filepath.Join(out, strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))+".pdf")
		info, err := exec.Command("pdfinfo", "-f", "1", "-l", "9999", pdf).Output()
		if err != nil {
			t.Fatalf("pdfinfo %s: %v", pdf, err)
		}
		for _, line := range strings.Split(string(info), "\n") {
			var n int
			var w, h float64
			if _, err := fmt.Sscanf(line, "Page %d size: %f x %f", &n, &w, &h); err == nil {
				sizes[file] = append(sizes[file], [2]float64{w, h})
			}
		}
		txt, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", pdf, err)
		}
		texts[file] = strings.Split(strings.TrimSuffix(string(txt), "\f"), "\f")
	}
	return sizes, texts
}

// isA4 reports an A4 page, upright or across (595 × 842 points).
func isA4(s [2]float64) bool {
	near := func(a, b float64) bool { return a > b-2 && a < b+2 }
	return near(s[0], 595.3) && near(s[1], 841.9) || near(s[0], 841.9) && near(s[1], 595.3)
}

// loPayWorkbook writes a workbook of n eligible applicants of one
// township, with member counts that make the quota n, so that all n are
// on the disbursement roster.
func loPayWorkbook(t *testing.T, dir string, n int) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "救助申报")
	f.SetSheetRow("救助申报", "A1", &[]any{"姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期", "困难原因", "困难程度",
		"应到人数", "实到人数", "赞成票", "反对票", "弃权票", "审定日期"})
	for i := range n {
		f.SetSheetRow("救助申报", fmt.Sprintf("A%d", i+2), &[]any{fmt.Sprintf("申报人%02d", i), loID(fmt.Sprintf("150824197001%02d%03d", 1+i%28, i)),
			"男", "海流图镇", "海流图社区党支部", "2026-09-05", "疾病", "比较困难", 30, 25, 20, 3, 2, "2026-10-20"})
	}
	f.NewSheet("党员人数")
	f.SetSheetRow("党员人数", "A1", &[]any{"所属苏木镇", "党员人数"})
	f.SetSheetRow("党员人数", "A2", &[]any{"海流图镇", n * 40})
	path := filepath.Join(dir, fmt.Sprintf("pay%d.xlsx", n))
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// Every workbook relief writes prints on A4 in LibreOffice; the result
// workbook prints 审核结果 first; and the disbursement roster never leaves
// its total alone on the last page: at least two people are listed above
// it there, however many there are.
func TestLibreOfficePrint(t *testing.T) {
	loBinary(t)
	dir := t.TempDir()
	made := map[string][]string{
		"init.xlsx":    {"init"},
		"checked.xlsx": {"check", "testdata/sample.xlsx", "--fail-on", "never", "--as-of", "2026-11-28", "-o"},
		"budget.xlsx":  {"budget", "testdata/sample.xlsx", "--as-of", "2026-11-28", "-o"},
		"votes.xlsx":   {"votes", "testdata/sample.xlsx", "--as-of", "2026-11-28", "-o"},
	}
	var files []string
	for name, args := range made {
		path := filepath.Join(dir, name)
		loRun(t, append(args, path)...)
		files = append(files, path)
	}
	rosters := map[string]int{}
	for _, n := range []int{15, 16, 17} {
		path := filepath.Join(dir, fmt.Sprintf("budget%d.xlsx", n))
		loRun(t, "budget", loPayWorkbook(t, dir, n), "--as-of", "2026-11-28", "-o", path)
		files = append(files, path)
		rosters[path] = n
	}
	sizes, texts := loPDFPages(t, files...)
	for _, f := range files {
		if len(sizes[f]) == 0 {
			t.Errorf("%s: no pages", filepath.Base(f))
		}
		for i, s := range sizes[f] {
			if !isA4(s) {
				t.Errorf("%s page %d is %.0f × %.0f points, not A4", filepath.Base(f), i+1, s[0], s[1])
			}
		}
	}
	if first := texts[filepath.Join(dir, "checked.xlsx")][0]; !strings.Contains(first, "审核结论") {
		t.Errorf("checked.xlsx does not print 审核结果 first: %q", first)
	}

	idNumber := regexp.MustCompile(`\d{17}[\dX]`)
	for path, n := range rosters {
		pages := texts[path]
		last := -1
		for i, p := range pages {
			if strings.Contains(p, "领款人签字") {
				last = i
			}
		}
		if last < 0 || !strings.Contains(pages[last], fmt.Sprintf("合计（%d 人）", n)) {
			t.Errorf("%d people: the roster's last page has no total:\n%s", n, pages[max(last, 0)])
			continue
		}
		if got := len(idNumber.FindAllString(pages[last], -1)); got < 2 {
			t.Errorf("%d people: the last page of the roster lists %d of them above the total, want at least 2", n, got)
		}
	}
}
