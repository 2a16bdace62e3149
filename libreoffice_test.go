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
	} `json:"applicants"`
	Problems []struct{ Code, Cell, Message string } `json:"problems"`
	Warnings []struct{ Code, Cell, Message string } `json:"warnings"`
}

func loAssess(t *testing.T, file string) loCheck {
	t.Helper()
	out := loRun(t, "check", file, "--format", "json", "--as-of", "2026-04-30", "--fail-on", "never")
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
		got[r[1]] = r[verdictCol] + "|" + r[verdictCol+1]
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
