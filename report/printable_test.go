package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"relief/i18n"
	"relief/roster"
)

func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"张三":                   "张三",
		"\x1b[31m张三\x1b[0m":    "\uFFFD[31m张三\uFFFD[0m",
		"a\x07b\x7fc\u009bd":   "a\uFFFDb\uFFFDc\uFFFDd",
		"两行\n文字\t!":            "两行 文字 !",
		"abc\u202edcba\u2066x": "abc\uFFFDdcba\uFFFDx",
	} {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"\x1b]0;pwned\x07": "\uFFFD]0;pwned\uFFFD",
		"两行\n文字":           "两行\n文字",
		"=1+1":             "'=1+1",
		"\t=1":             "'\t=1",
	} {
		if got := CSVSafe(in); got != want {
			t.Errorf("CSVSafe(%q) = %q, want %q", in, got, want)
		}
	}
}

// Control characters from cells (a _x001B_ escape is an ESC) never reach
// the terminal or the CSV raw; a 10,000-character cell does not pad every
// row of the text report; the JSON keeps both whole.
func TestReportsHostileText(t *testing.T) {
	r := budgetResult(t)
	esc := "张\x1b[2J\x1b]0;x\x07三"
	long := strings.Repeat("长", 10000)
	r.Workbook.Applicants[2].Name = esc
	r.Workbook.Applicants[3].Name = long
	r.Workbook.Applicants[3].Township = "乌加河镇\x1b[5m"
	r.Workbook.Problems = append(r.Workbook.Problems, roster.Problem{Severity: roster.SevError, Code: "bad", Sheet: "救助\x1b[31m申报",
		Cell: "B5", Row: 5, Value: long + "\x07", Msg: i18n.M("report.col.amount")})
	for _, report := range []func(*bytes.Buffer, string) error{
		func(b *bytes.Buffer, f string) error { return Check(b, r, f, i18n.ZH) },
		func(b *bytes.Buffer, f string) error { return Budget(b, r, f, i18n.ZH) },
		func(b *bytes.Buffer, f string) error { return Votes(b, r, f, i18n.ZH) },
	} {
		for _, format := range []string{"text", "csv"} {
			var b bytes.Buffer
			if err := report(&b, format); err != nil {
				t.Fatal(err)
			}
			if strings.ContainsAny(b.String(), "\x1b\x07") {
				t.Errorf("%s: a control character reaches the output:\n%q", format, b.String())
			}
			if format != "text" {
				continue
			}
			for _, line := range strings.Split(b.String(), "\n") {
				if w := runewidth.StringWidth(line); w > 1200 {
					t.Errorf("text line of %d cells: %.80s…", w, line)
				}
			}
			if strings.Contains(b.String(), strings.Repeat("长", 200)) {
				t.Error("a long cell is not cut")
			}
		}
	}
	var js bytes.Buffer
	if err := Check(&js, r, "json", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Applicants []struct{ Name string }
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Applicants[2].Name != esc || doc.Applicants[3].Name != long {
		t.Error("the JSON does not keep the cells whole")
	}
}

// Nothing that acts on a terminal survives Printable or CSVSafe.
func FuzzPrintable(f *testing.F) {
	for _, s := range []string{"张三", "\x1b[31m", "\u009b2J", "a\u202eb", "=1+1", "\t-1", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, out := range []string{Printable(s), CSVSafe(s)} {
			for _, r := range out {
				if hidden(r) && r != '\n' && r != '\r' && r != '\t' {
					t.Fatalf("%q kept %U", s, r)
				}
			}
		}
		if strings.ContainsAny(Printable(s), "\n\r\t") {
			t.Fatalf("Printable(%q) keeps a line break", s)
		}
	})
}
