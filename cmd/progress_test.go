package cmd

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-runewidth"

	"relief/i18n"
)

func TestProgressLine(t *testing.T) {
	var buf bytes.Buffer
	p := &progressLine{w: &buf, lang: i18n.ZH, start: time.Now()}
	p.update("党员名册", 4096)
	if buf.Len() != 0 {
		t.Fatalf("a short read shows %q", buf.String())
	}
	p.start = time.Now().Add(-3 * time.Second)
	p.update("党员名册", 8192)
	p.update("党员名册", 12288) // too soon after the last
	if got, want := buf.String(), "\r正在读取“党员名册”：第 8192 行……"; got != want {
		t.Fatalf("line %q, want %q", got, want)
	}
	p.last = time.Time{}
	p.update("资金来源", 5)
	w := runewidth.StringWidth("正在读取“资金来源”：第 5 行……")
	buf.Reset()
	p.update("", 0)
	if got, want := buf.String(), "\r"+strings.Repeat(" ", w)+"\r"; got != want {
		t.Errorf("erase %q, want %q", got, want)
	}

	// Nothing for a file, a pipe or under --quiet.
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if newProgress(&Env{IO: IOStreams{ErrOut: f}}) != nil || newProgress(&Env{IO: IOStreams{ErrOut: &buf}}) != nil {
		t.Error("a progress line for a file")
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if newProgress(&Env{IO: IOStreams{ErrOut: tty}, Quiet: true}) != nil {
			t.Error("a progress line under --quiet")
		}
	}
}
