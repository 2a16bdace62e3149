package cmd

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"relief/i18n"
	"relief/roster"
)

func testEnv() *Env {
	var out, errOut bytes.Buffer
	return &Env{IO: IOStreams{Out: &out, ErrOut: &errOut}, Lang: i18n.ZH,
		Now: func() time.Time { return time.Date(2026, 11, 28, 15, 0, 0, 0, time.UTC) }}
}

func TestNoticeFlags(t *testing.T) {
	tests := []struct {
		args  []string
		check func(*testing.T, *NoticeOptions)
		key   string // the error's catalogue key, "" for none
	}{
		{args: []string{"a.xlsx", "-o", "n.pdf"}, check: func(t *testing.T, o *NoticeOptions) {
			if o.Output != "n.pdf" || !o.Start.IsZero() || o.Days != 0 || o.Docs.Issuer != nil || o.Docs.Phone != nil {
				t.Errorf("defaults: %+v", o)
			}
			if o.Assess.AsOf != (roster.Day{Y: 2026, M: 11, D: 28}) || o.Assess.Workbook != "a.xlsx" {
				t.Errorf("assess: %+v", o.Assess)
			}
		}},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--start", "2026-12-01", "--days", "5", "--phone", "", "--issuer", "某党委",
			"--font", "simsun.ttc:1", "--templates", "w"}, check: func(t *testing.T, o *NoticeOptions) {
			if o.Start != (roster.Day{Y: 2026, M: 12, D: 1}) || o.Days != 5 {
				t.Errorf("period: %+v %d", o.Start, o.Days)
			}
			if o.Docs.Phone == nil || *o.Docs.Phone != "" || o.Docs.Issuer == nil || *o.Docs.Issuer != "某党委" {
				t.Errorf("--phone \"\" must override the policy's phone: %+v", o.Docs)
			}
			if o.Docs.Font != "simsun.ttc:1" || o.Docs.Templates != "w" {
				t.Errorf("docs: %+v", o.Docs)
			}
		}},
		{args: []string{"a.xlsx"}, key: "cmd.notice.out-required"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--days", "0"}, key: "cmd.bad-days"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--days", "-3"}, key: "cmd.bad-days"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--start", "12/1"}, key: "cmd.bad-date-flag"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--days", "366"}, key: "cmd.bad-days"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--days", "100000000000"}, key: "cmd.bad-days"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--start", "2026-11-27"}, key: "cmd.start-before-as-of"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--start", "2026-11-01", "--as-of", "2026-11-01"}, check: func(t *testing.T, o *NoticeOptions) {
			if o.Start != o.Assess.AsOf {
				t.Errorf("a period may start on the notice's own day: %+v", o)
			}
		}},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--issuer", ""}, key: "cmd.blank-issuer"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--issuer", " 　"}, key: "cmd.blank-issuer"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--as-of", "9999-12-31"}, key: "cmd.date-flag-range"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--start", "0026-12-01"}, key: "cmd.date-flag-range"},
		{args: []string{"", "-o", "n.pdf"}, key: "cmd.blank-arg"},
		{args: []string{"-o", "n.pdf"}, key: "cmd.args"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--all", "--approved-on", "2026-11-20", "--noticed-on", "2026-11-28"}, check: func(t *testing.T, o *NoticeOptions) {
			if !o.All || o.Assess.ApprovedOn != (roster.Day{Y: 2026, M: 11, D: 20}) || o.Assess.NoticedOn != (roster.Day{Y: 2026, M: 11, D: 28}) {
				t.Errorf("--all, --approved-on, --noticed-on: %+v", o)
			}
		}},
		// An approval or a notice cannot be recorded for a day still to come.
		{args: []string{"a.xlsx", "-o", "n.pdf", "--noticed-on", "2026-11-29"}, key: "cmd.step-after-as-of"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--approved-on", "2026-12-01", "--as-of", "2026-11-30"}, key: "cmd.step-after-as-of"},
		{args: []string{"a.xlsx", "-o", "n.pdf", "--approved-on", "11/20"}, key: "cmd.bad-date-flag"},
	}
	for _, tt := range tests {
		var got *NoticeOptions
		c := NewCmdNotice(testEnv(), func(o *NoticeOptions) error { got = o; return nil })
		c.SetArgs(tt.args)
		c.SilenceErrors, c.SilenceUsage = true, true
		err := c.Execute()
		if tt.key != "" {
			var ie *i18n.Error
			if !errors.As(err, &ie) || ie.Msg.Key != tt.key {
				t.Errorf("%v: err = %v, want %s", tt.args, err, tt.key)
			}
			continue
		}
		if err != nil || got == nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		tt.check(t, got)
	}
}

func TestLettersFlags(t *testing.T) {
	tests := []struct {
		args []string
		want LettersOptions
		key  string
	}{
		{args: []string{"a.xlsx", "-o", "l.pdf"}, want: LettersOptions{Output: "l.pdf"}},
		{args: []string{"a.xlsx", "--split", "d", "--rejections"}, want: LettersOptions{Split: "d", Rejections: true}},
		{args: []string{"a.xlsx", "--split", "d", "-o", "l.pdf"}, want: LettersOptions{Split: "d", Output: "l.pdf"}},
		{args: []string{"a.xlsx", "--rejections"}, key: "cmd.letters-out-required"},
		{args: []string{"a.xlsx", "-o", "l.pdf", "--issuer="}, key: "cmd.blank-issuer"},
		{args: []string{"a.xlsx", "-o", "l.pdf", "--format", "json"}, want: LettersOptions{Output: "l.pdf", Format: "json"}},
		{args: []string{"a.xlsx", "-o", "l.pdf", "--format", "csv"}, key: "cmd.bad-flag-value"},
	}
	for _, tt := range tests {
		var got *LettersOptions
		c := NewCmdLetters(testEnv(), func(o *LettersOptions) error { got = o; return nil })
		c.SetArgs(tt.args)
		c.SilenceErrors, c.SilenceUsage = true, true
		err := c.Execute()
		if tt.key != "" {
			var ie *i18n.Error
			if !errors.As(err, &ie) || ie.Msg.Key != tt.key {
				t.Errorf("%v: err = %v, want %s", tt.args, err, tt.key)
			}
			continue
		}
		if err != nil || got == nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if tt.want.Format == "" {
			tt.want.Format = "text"
		}
		if got.Output != tt.want.Output || got.Split != tt.want.Split || got.Rejections != tt.want.Rejections || got.Format != tt.want.Format {
			t.Errorf("%v: got %+v", tt.args, got)
		}
	}
}

func TestCreationTime(t *testing.T) {
	day := roster.Day{Y: 2026, M: 11, D: 28}
	tests := []struct {
		epoch string
		want  time.Time
		bad   bool
	}{
		{"", time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC), false},
		{"1700000000", time.Unix(1700000000, 0).UTC(), false},
		{" 0 ", time.Unix(0, 0).UTC(), false},
		{"yesterday", time.Time{}, true},
		{"1.5", time.Time{}, true},
		{"-1", time.Time{}, true},
		{"99999999999999999", time.Time{}, true}, // beyond the year 9999
		{"253402300799", time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC), false},
	}
	for _, tt := range tests {
		got, err := creationTime(day, tt.epoch)
		if (err != nil) != tt.bad || !tt.bad && !got.Equal(tt.want) {
			t.Errorf("creationTime(%q) = %v, %v", tt.epoch, got, err)
		}
	}
}
