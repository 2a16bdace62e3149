package cmd

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// qaID makes a valid identity number for person i.
func qaID(i int) string {
	body := fmt.Sprintf("150824%04d0101%03d", 1960+i, i)
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for k, c := range body {
		sum += int(c-'0') * weights[k]
	}
	return body + string("10X98765432"[sum%11])
}

// qaWorkbook writes a workbook of two eligible applicants, a 党员人数
// sheet of 400 members, and a 资金来源 sheet with the given rows (none:
// no sheet).
func qaWorkbook(t *testing.T, funds ...[2]any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	head := []any{"姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期", "困难原因", "困难程度",
		"应到人数", "实到人数", "赞成票", "反对票", "弃权票", "审定日期"}
	rows := [][]any{head}
	for i, name := range []string{"张三", "李四"} {
		rows = append(rows, []any{name, qaID(i), "男", "乌加河镇", "一支部", "2026-09-05", "疾病", "比较困难", 30, 25, 20, 3, 2, "2026-10-20"})
	}
	sheets := []struct {
		name string
		rows [][]any
	}{
		{"救助申报", rows},
		{"党员人数", [][]any{{"所属苏木镇", "党员人数"}, {"乌加河镇", 400}}},
	}
	if len(funds) > 0 {
		fr := [][]any{{"来源", "金额（元）"}}
		for _, r := range funds {
			fr = append(fr, []any{r[0], r[1]})
		}
		sheets = append(sheets, struct {
			name string
			rows [][]any
		}{"资金来源", fr})
	}
	for i, s := range sheets {
		if i == 0 {
			f.SetSheetName("Sheet1", s.name)
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if s, ok := v.(string); ok {
					f.SetCellStr(sheets[i].name, cell, s)
				} else {
					f.SetCellValue(sheets[i].name, cell, v)
				}
			}
		}
	}
	path := filepath.Join(t.TempDir(), "in.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func qaRun(args ...string) (code int, out, errOut string) {
	var o, e bytes.Buffer
	code = Run(append([]string{"--lang", "zh"}, args...), IOStreams{In: strings.NewReader(""), Out: &o, ErrOut: &e})
	return code, o.String(), e.String()
}

// The notice and the letters refuse (exit 2, no file) to print amounts the
// budget cannot stand behind; relief budget shows why.
func TestDocumentsRefuseBudgetErrors(t *testing.T) {
	dir := t.TempDir()
	policy := func(yaml string) string {
		p := filepath.Join(dir, fmt.Sprintf("p%d.yaml", len(yaml)))
		if err := os.WriteFile(p, []byte(yaml), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	badFunds := qaWorkbook(t, [2]any{"旗财政", 500}, [2]any{"扣回", -300}, [2]any{"捐款", "三千元"})
	short := qaWorkbook(t, [2]any{"旗财政", 800})
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"fund sheet error", []string{badFunds}, 2, "“资金来源”表有 2 处数据错误（如 资金来源!B3"},
		{"fund from the policy", []string{badFunds, "--policy", policy("amount: {fund: 3000}\n")}, 0, "工作簿中另有 2 处数据错误"},
		{"shortfall, fit none", []string{short, "--policy", policy("amount: {fit: none}\n")}, 2, "缺口 1,200.00 元"},
		{"shortfall, scaled", []string{short}, 0, ""},
	}
	for _, tt := range tests {
		for _, c := range []string{"notice", "letters"} {
			out := filepath.Join(t.TempDir(), "out.pdf")
			args := append([]string{c}, tt.args...)
			args = append(args, "--as-of", "2026-11-27", "-o", out)
			if c == "letters" { // letters go only to cases whose notice period is over
				args = append(args, "--noticed-on", "2026-11-10")
			}
			code, _, stderr := qaRun(args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) || tt.stderr == "" && stderr != "" {
				t.Errorf("%s, %s: exit %d, stderr %q", tt.name, c, code, stderr)
			}
			if _, err := os.Stat(out); (err == nil) != (tt.code == 0) {
				t.Errorf("%s, %s: file written: %v", tt.name, c, err == nil)
			}
			entries, _ := os.ReadDir(filepath.Dir(out))
			if tt.code != 0 && len(entries) != 0 {
				t.Errorf("%s, %s: left %v", tt.name, c, entries)
			}
		}
	}
	code, out, _ := qaRun("budget", badFunds, "--as-of", "2026-11-27")
	if code != 0 || !strings.Contains(out, "资金来源!B3") || !strings.Contains(out, "资金来源!B4") {
		t.Errorf("budget: exit %d\n%s", code, out)
	}
}

// Flag mistakes are told in the user's language, naming the flag and what
// to write, never as the parser's Go error.
func TestFlagErrorMessages(t *testing.T) {
	tests := []struct {
		args []string
		says string
	}{
		{[]string{"notice", "a.xlsx", "-o", "n.pdf", "--days", "3.5"}, "参数 --days 的值“3.5”无效：请写一个整数"},
		{[]string{"check", "a.xlsx", "--bogus"}, "没有参数 --bogus"},
		{[]string{"check", "a.xlsx", "-x"}, "没有参数 -x"},
		{[]string{"check", "a.xlsx", "-o"}, "参数 -o 后面要写一个值"},
		{[]string{"check", "a.xlsx", "--format"}, "参数 --format 后面要写一个值"},
		{[]string{"letters", "a.xlsx", "--split", "d", "--rejections=maybe"}, "这个参数不用写值"},
		{[]string{"check", ""}, "relief check 的参数是空的"},
		{[]string{"templates", "export", " "}, "的参数是空的"},
		{[]string{"policy", "init", ""}, "的参数是空的"},
	}
	for _, tt := range tests {
		code, _, stderr := qaRun(tt.args...)
		if code != ExitCantRun || !strings.Contains(stderr, tt.says) || strings.Contains(stderr, "strconv") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q, want %q", tt.args, code, stderr, tt.says)
		}
	}
}
