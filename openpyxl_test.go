package main

// Proof that every workbook in testdata/ and every workbook relief writes
// opens in openpyxl, the Python library many scripts read Excel files
// with (it refuses styles that Excel forgives, such as a colour "FF"),
// and that their numbers stay numbers and their identity numbers text.
// The test skips, saying so, when /usr/bin/python3 with openpyxl is not
// installed (.ci/run installs python3-openpyxl).

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pyOpenpyxl finds a Python with openpyxl, or skips the test.
func pyOpenpyxl(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		p, err := exec.LookPath(py)
		if err != nil {
			continue
		}
		if exec.Command(p, "-c", "import openpyxl").Run() == nil {
			return p
		}
	}
	t.Skip("Python 3 with openpyxl is not installed: skipping the openpyxl check; install python3-openpyxl to run it")
	return ""
}

// pyCheck opens each file with openpyxl, reads every cell, and prints
// per file its sheets and the Python type of the cells asked about
// (sheet!cell), one line each.
const pyCheck = `
import sys, openpyxl
for arg in sys.argv[1:]:
    path, _, cells = arg.partition("::")
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                c.value
    out = [path, ",".join(wb.sheetnames)]
    for ref in filter(None, cells.split(";")):
        sheet, _, cell = ref.partition("!")
        out.append(ref + "=" + type(wb[sheet][cell].value).__name__)
    print("|".join(out))
`

func TestOpenpyxl(t *testing.T) {
	py := pyOpenpyxl(t)
	dir := t.TempDir()
	tpl, checked, budget, votes := filepath.Join(dir, "init.xlsx"), filepath.Join(dir, "checked.xlsx"), filepath.Join(dir, "budget.xlsx"), filepath.Join(dir, "votes.xlsx")
	loRun(t, "init", tpl)
	loRun(t, "check", "testdata/sample.xlsx", "-o", checked, "--as-of", "2026-11-28", "--fail-on", "never")
	loRun(t, "budget", "testdata/sample.xlsx", "-o", budget, "--as-of", "2026-11-28")
	loRun(t, "votes", "testdata/sample.xlsx", "-o", votes, "--as-of", "2026-11-28")

	files, err := filepath.Glob("testdata/*.xlsx")
	if err != nil || len(files) == 0 {
		t.Fatalf("no workbooks in testdata: %v", err)
	}
	// The cells whose types matter: identity numbers text (str), money,
	// counts and dates numbers (float, int, datetime).
	want := map[string]string{
		// The example row: identity number, phone, date, household, income.
		tpl: "救助申报!C2=str;救助申报!G2=str;救助申报!I2=datetime;救助申报!J2=int;救助申报!K2=float",
		// 审核结果: amount (F), rank (G), row (H) of the first, selected
		// applicant; then 身份证号码 (J), 联系电话 (L), 申报日期 (N),
		// 家庭人口 (O), 家庭年收入 (P).
		checked: "审核结果!G2=float;审核结果!H2=int;审核结果!I2=int;审核结果!K2=str;审核结果!M2=str;审核结果!O2=datetime;审核结果!P2=int;审核结果!Q2=float",
		budget:  "发放花名册!C4=str;发放花名册!G4=float;苏木镇名额!B2=int;苏木镇名额!C2=float",
		votes:   "表决情况!B2=str;表决情况!E2=int;表决情况!J2=float",
	}
	args := []string{"-c", pyCheck}
	for _, f := range append(files, tpl, checked, budget, votes) {
		var refs []string
		for _, w := range strings.Split(want[f], ";") {
			if ref, _, ok := strings.Cut(w, "="); ok {
				refs = append(refs, ref)
			}
		}
		args = append(args, f+"::"+strings.Join(refs, ";"))
	}
	out, err := exec.Command(py, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl could not open a workbook: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Split(line, "|")
		for _, got := range fields[2:] {
			ref, typ, _ := strings.Cut(got, "=")
			if !strings.Contains(want[fields[0]], ref+"="+typ) {
				t.Errorf("%s: %s is a %s in openpyxl; want %s", filepath.Base(fields[0]), ref, typ, want[fields[0]])
			}
		}
	}
}
