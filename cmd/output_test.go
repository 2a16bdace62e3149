package cmd

import (
	"bytes"
	"strings"
	"testing"

	"relief/i18n"
	"relief/safefile"
)

// A message quoting a hostile name (ESC, BEL) reaches the terminal with
// them shown as U+FFFD, on one line.
func TestErrorLineIsPrintable(t *testing.T) {
	var out, errOut bytes.Buffer
	code := Run([]string{"check", "no\x1b[2J\x07such\nfile.xlsx"}, IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	if code != ExitCantRun {
		t.Fatalf("exit %d", code)
	}
	s := errOut.String()
	if strings.ContainsAny(s, "\x1b\x07") || strings.Count(s, "\n") != 1 || !strings.Contains(s, "no\uFFFD[2J\uFFFDsuch file.xlsx") {
		t.Fatalf("stderr %q", s)
	}
}

// The line after an interrupt says what is left, exactly.
func TestInterruptedText(t *testing.T) {
	for _, tc := range []struct {
		left safefile.Left
		lang i18n.Lang
		want string
	}{
		{safefile.Left{}, i18n.ZH, "已中断：没有写入任何文件；没有留下未完成的文件或临时文件"},
		{safefile.Left{Written: []string{"all.pdf"}, Dropped: []string{"out"}}, i18n.ZH,
			"已中断：“all.pdf”已完整写入；“out”未写入（原有内容未改动）；没有留下未完成的文件或临时文件"},
		{safefile.Left{Dropped: []string{"out"}, Stuck: []string{".out.relief-1-1.tmp"}}, i18n.ZH,
			"已中断：“out”未写入（原有内容未改动）；以下临时文件未能删除，请手动删除：“.out.relief-1-1.tmp”"},
		{safefile.Left{Written: []string{"a.pdf", "b.xlsx"}}, i18n.EN,
			"interrupted: a.pdf, b.xlsx written whole; no partial or temporary file is left"},
	} {
		if got := interruptedText(tc.left, tc.lang); got != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}
