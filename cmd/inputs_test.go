package cmd

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"relief/i18n"
)

// Every reading command takes several inputs and the flags of a run over
// several files.
func TestSeveralInputsFlags(t *testing.T) {
	env := testEnv()
	var got *CheckOptions
	c := NewCmdCheck(env, func(o *CheckOptions) error { got = o; return nil })
	c.SetArgs([]string{"a.xlsx", "报送", "b.csv", "--members", "m.xlsx", "--keep-going", "--sheet", "救助申报"})
	if err := c.Execute(); err != nil {
		t.Fatal(err)
	}
	a := got.Assess
	if !slices.Equal(a.Inputs, []string{"a.xlsx", "报送", "b.csv"}) || a.Workbook != "a.xlsx" || a.Members != "m.xlsx" || !a.KeepGoing || a.Sheet != "救助申报" {
		t.Errorf("options %+v", a)
	}
	for _, tt := range []struct {
		args []string
		key  string
	}{
		{[]string{}, "cmd.args"},
		{[]string{"a.xlsx", " "}, "cmd.blank-arg"},
		{[]string{"a.xlsx", "--sheet", "工资表"}, "roster.files.bad-sheet"},
	} {
		got = nil
		c := NewCmdCheck(env, func(o *CheckOptions) error { got = o; return nil })
		c.SetArgs(tt.args)
		c.SilenceErrors, c.SilenceUsage = true, true
		err := c.Execute()
		var ie *i18n.Error
		if !errors.As(err, &ie) || ie.Msg.Key != tt.key || got != nil {
			t.Errorf("%v: %v, want %s", tt.args, err, tt.key)
		}
	}
}

// An output may not be an input, by any name, nor a workbook inside an
// input folder; an output folder may not be an input folder.
func TestOutputsNotInputs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "报送")
	os.Mkdir(in, 0o755)
	wj := filepath.Join(in, "乌加河镇.xlsx")
	os.WriteFile(wj, []byte("x"), 0o644)
	members := filepath.Join(dir, "名册.xlsx")
	os.WriteFile(members, []byte("x"), 0o644)
	env := testEnv()
	run := func(args ...string) string {
		c := NewCmdCheck(env, func(o *CheckOptions) error { return nil })
		c.SetArgs(args)
		c.SilenceErrors, c.SilenceUsage = true, true
		var ie *i18n.Error
		if err := c.Execute(); errors.As(err, &ie) {
			return ie.Msg.Key
		}
		return ""
	}
	for _, tt := range []struct {
		args []string
		key  string
	}{
		{[]string{in, "-o", wj}, "cmd.out-is-input"},
		{[]string{in, "-o", filepath.Join(in, "结果.xlsx")}, "cmd.out-in-input-folder"},
		{[]string{in, "--members", members, "-o", members}, "cmd.out-is-input"},
		{[]string{wj, "-o", filepath.Join(in, "结果.xlsx")}, ""},
		{[]string{in, "-o", filepath.Join(dir, "结果.xlsx")}, ""},
	} {
		if got := run(tt.args...); got != tt.key {
			t.Errorf("%v: %q, want %q", tt.args, got, tt.key)
		}
	}
	ao := (&assessFlags{})
	opts, _ := ao.optionsFor(env, []string{in})
	if err := dirNotInput(in, opts); err == nil {
		t.Error("an output folder that is the input folder")
	}
	if err := dirNotInput(filepath.Join(dir, "公示"), opts); err != nil {
		t.Errorf("another folder: %v", err)
	}
}

func TestBudgetAllocationFlags(t *testing.T) {
	env := testEnv()
	var got *BudgetOptions
	c := NewCmdBudget(env, func(o *BudgetOptions) error { got = o; return nil })
	c.SetArgs([]string{"报送", "--allocation", "-o", "名额分配.pdf", "--issuer", "某党委", "--font", "f.ttf"})
	if err := c.Execute(); err != nil {
		t.Fatal(err)
	}
	if !got.Allocation || got.Output != "名额分配.pdf" || got.Docs.Issuer == nil || *got.Docs.Issuer != "某党委" || got.Docs.Font != "f.ttf" {
		t.Errorf("options %+v", got)
	}
	for _, tt := range []struct {
		args []string
		key  string
	}{
		{[]string{"报送", "--allocation"}, "cmd.budget.allocation-out"},
		{[]string{"报送", "--allocation", "-o", "a.xlsx"}, "cmd.budget.allocation-pdf"},
		{[]string{"报送", "-o", "a.pdf"}, "annotated.not-xlsx"},
	} {
		got = nil
		c := NewCmdBudget(env, func(o *BudgetOptions) error { got = o; return nil })
		c.SetArgs(tt.args)
		c.SilenceErrors, c.SilenceUsage = true, true
		err := c.Execute()
		var ie *i18n.Error
		if !errors.As(err, &ie) || ie.Msg.Key != tt.key || got != nil {
			t.Errorf("%v: %v, want %s", tt.args, err, tt.key)
		}
	}
}
