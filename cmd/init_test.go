package cmd

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// initGuide runs relief init with args and returns the text of the
// 填表说明 sheet of FILE.
func initGuide(t *testing.T, file string, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := Run(append([]string{"init", file}, args...), IOStreams{Out: &out, ErrOut: &errOut}); code != ExitOK {
		t.Fatalf("relief init: exit %d: %s", code, errOut.String())
	}
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("填表说明")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "|") + "\n")
	}
	return b.String()
}

// The 填表说明 sheet shows the figures of the policy in force: the
// built-in one, or the file given with --policy.
func TestInitPolicyFigures(t *testing.T) {
	dir := t.TempDir()
	guide := initGuide(t, filepath.Join(dir, "a.xlsx"))
	for _, want := range []string{"党员总数的 2.5%", "不低于 65%", "每人 1,500 元", "自申报之日起 60 日内办结", "内置的默认标准"} {
		if !strings.Contains(guide, want) {
			t.Errorf("default figures: 填表说明 lacks %q", want)
		}
	}
	pol := filepath.Join(dir, "relief.yaml")
	if err := os.WriteFile(pol, []byte("quota:\n  rate: 3%\ndeadline:\n  days: 45\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	guide = initGuide(t, filepath.Join(dir, "b.xlsx"), "--policy", pol)
	for _, want := range []string{"党员总数的 3%", "自申报之日起 45 日内办结", "政策文件：" + pol} {
		if !strings.Contains(guide, want) {
			t.Errorf("--policy figures: 填表说明 lacks %q:\n%s", want, guide)
		}
	}
}

// An existing file is never overwritten without --force.
func TestInitRefusesOverwrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.xlsx")
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := Run([]string{"init", path}, IOStreams{Out: &out, ErrOut: &errOut}); code != ExitCantRun {
		t.Fatalf("exit %d, want %d", code, ExitCantRun)
	}
	if b, _ := os.ReadFile(path); string(b) != "keep me" {
		t.Error("the existing file changed")
	}
	if !strings.Contains(errOut.String(), "--force") || strings.Count(errOut.String(), "\n") != 1 {
		t.Errorf("stderr %q", errOut.String())
	}
	initGuide(t, path, "--force")
}
