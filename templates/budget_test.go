package templates

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// An edited template that would run for minutes or fill the memory stops
// quickly, with a message that names the file and the bound.
func TestTemplateBudget(t *testing.T) {
	const head = "@title 通知\n@line {{.Name}}同志：\n"
	tests := []struct {
		name, src, key string
	}{
		{"a loop of 100 million", head + "{{range 100000000}}{{end}}", "templates.budget-steps"},
		{"nested loops", head + "{{range 100000}}{{range 100000}}{{end}}{{end}}", "templates.budget-steps"},
		{"a loop that prints", head + "{{range 100000000}}救助金{{end}}", "templates.budget-output"},
		{"a loop over data that prints", head + "{{range 100000}}{{$.Name}}{{$.Township}}{{$.Branch}}{{end}}", "templates.budget-output"},
		{"recursion", head + `{{define "a"}}{{template "a" .}}{{template "a" .}}{{end}}{{template "a" .}}`, "templates.budget-steps"},
		{"a huge printf width", head + `{{printf "%999999999d" 1}}`, "templates.budget-output"},
		{"a width from an argument", head + `{{printf "%*d" 999999999 1}}`, "templates.budget-output"},
		{"doubling a string", head + `{{$s := "救助"}}{{range 200}}{{$s = printf "%s%s" $s $s}}{{end}}{{len $s}}`, "templates.budget-output"},
		{"doubling by escaping", head + `{{$s := "<&>"}}{{range 200}}{{$s = html $s $s}}{{end}}`, "templates.budget-output"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		write(t, filepath.Join(dir, LetterFile), tt.src)
		start := time.Now()
		_, err := Load(dir)
		if !hasKey(err, tt.key) {
			t.Errorf("%s: err = %v, want %s", tt.name, err, tt.key)
			continue
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: took %v", tt.name, d)
		}
		msg := err.Error()
		if !strings.Contains(msg, filepath.Join(dir, LetterFile)) {
			t.Errorf("%s: %q does not name the file", tt.name, msg)
		}
	}
}

// Loops and functions of a real wording are well within the budget, run
// after run: the count starts again at each execution.
func TestTemplateBudgetAllowsWording(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, LetterFile), "@title 通知\n@line {{.Name}}同志：\n{{range 3}}@space\n{{end}}{{printf \"%-10s|%8.2f\" .Name 1.5}}{{range 90000}}{{end}}\n")
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		bs, err := s.letter.blocks(sampleLetter)
		if err != nil {
			t.Fatal(err)
		}
		if count(bs, bSpace) != 3 {
			t.Fatalf("blocks %v", bs)
		}
	}
}

func TestWideVerb(t *testing.T) {
	for f, want := range map[string]bool{
		"%d": false, "%-10s|%8.2f": false, "%[1]d%%": false, "%1000d": false, "%1001d": true,
		"%.99999f": true, "%*d": true, "%-*s": true, "100%": false, "%5.1000f": false,
	} {
		if got := wideVerb(f); got != want {
			t.Errorf("wideVerb(%q) = %v", f, got)
		}
	}
}

// wideVerb never panics, and a format it passes never asks printf for a
// huge width.
func FuzzWideVerb(f *testing.F) {
	for _, s := range []string{"%d", "%999999999d", "%*d", "%[1]*d", "%-10.2f", "%", "%%%", "%1000.1000s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		if wideVerb(format) {
			return
		}
		if s := fmt.Sprintf(format, 1, "x", 2.5); len(s) > 8*maxPrintfWidth+len(format)+1000 {
			t.Fatalf("%q gave %d bytes", format, len(s))
		}
	})
}
