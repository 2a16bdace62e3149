package cmd

import (
	"bytes"
	"testing"
	"time"

	"relief/i18n"
)

func TestNewCmdBudgetFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	env := &Env{IO: IOStreams{Out: &out, ErrOut: &errOut}, Lang: i18n.ZH,
		Now: func() time.Time { return time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC) }}
	var got *BudgetOptions
	c := NewCmdBudget(env, func(o *BudgetOptions) error { got = o; return nil })
	c.SetArgs([]string{"in.xlsx", "--format", "csv", "-o", "b.xlsx", "--policy", "p.yaml", "--password", "pw"})
	if err := c.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.Format != "csv" || got.Output != "b.xlsx" || got.Assess.Workbook != "in.xlsx" || got.Assess.PolicyFile != "p.yaml" ||
		got.Assess.Password != "pw" || got.Assess.AsOf.String() != "2026-11-27" {
		t.Errorf("options %+v", got)
	}

	for _, args := range [][]string{
		{"in.xlsx", "--format", "yaml"},
		{"in.xlsx", "--as-of", "27.11.2026"},
		{},
	} {
		got = nil
		c := NewCmdBudget(env, func(o *BudgetOptions) error { got = o; return nil })
		c.SetArgs(args)
		c.SilenceErrors, c.SilenceUsage = true, true
		if err := c.Execute(); err == nil || got != nil {
			t.Errorf("%v: accepted", args)
		}
	}
}
