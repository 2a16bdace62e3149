package cmd

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/spf13/cobra"

	"relief/i18n"
	"relief/version"
)

func testRoot(l i18n.Lang) *cobra.Command {
	env := &Env{IO: IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, Lang: l, Now: time.Now}
	return NewCmdRoot(env)
}

// Every command a user can reach, present or added later, has its short
// and long description and an example, every flag its description, and
// every placeholder of a usage line its word, in both languages: help is
// never half in one language and half in another.
func TestHelpComplete(t *testing.T) {
	root := testRoot(i18n.ZH)
	for _, c := range commandsOf(root) {
		for _, what := range []string{"short", "long", "example"} {
			if k := helpKey(c, what); !i18n.Has(k) {
				t.Errorf("%s: no catalogue entry %s (add it to i18n/help.go)", c.CommandPath(), k)
			}
		}
		for _, f := range flagsOf(c) {
			if f.Name == "help" {
				continue // help.flag.help, with the command's name
			}
			found := false
			for _, k := range flagKeys(c, f) {
				found = found || i18n.Has(k)
			}
			if !found {
				t.Errorf("%s --%s: no catalogue entry %s or %s (add one to i18n/help.go)", c.CommandPath(), f.Name, flagKeys(c, f)[0], flagKeys(c, f)[1])
			}
		}
		for _, w := range usagePlaceholders(c) {
			if !i18n.Has(argKey(w)) {
				t.Errorf("%s: the placeholder %s of %q has no entry %s", c.CommandPath(), w, c.Use, argKey(w))
			}
		}
	}
}

// A command's description and examples are written once, in the
// catalogue: a Long or an Example in cmd/*.go would be hidden by the
// catalogue's and drift from what the command does.
func TestHelpOnlyInCatalogue(t *testing.T) {
	env := &Env{IO: IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, Lang: i18n.ZH, Now: time.Now}
	for _, add := range subcommands {
		for _, c := range commandsOf(add(env)) {
			if c.Long != "" || c.Example != "" {
				t.Errorf("%s: a Long or Example in cmd/; write it in the catalogue (%s, %s)", c.CommandPath(), helpKey(c, "long"), helpKey(c, "example"))
			}
		}
	}
}

var han = regexp.MustCompile(`\p{Han}`)

// relief --help --lang zh and relief -h --lang en work, with the flag
// anywhere, and every command's help is in the language asked for: its
// frame, its descriptions, its flags, its example.
func TestHelpInOneLanguage(t *testing.T) {
	for _, args := range [][]string{{"--help", "--lang", "zh"}, {"-h", "--lang", "en"}, {"--lang", "en", "-h"}, {"help", "--lang=zh"}} {
		var out, errOut bytes.Buffer
		if code := Run(args, IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}); code != 0 {
			t.Errorf("relief %s: exit %d, %s", strings.Join(args, " "), code, errOut.String())
		}
		en := strings.Contains(strings.Join(args, " "), "en")
		if want := map[bool]string{true: "Usage:", false: "用法："}[en]; !strings.Contains(out.String(), want) {
			t.Errorf("relief %s does not say %q:\n%s", strings.Join(args, " "), want, out.String())
		}
	}

	for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
		for _, c := range commandsOf(testRoot(l)) {
			args := append(strings.Fields(c.CommandPath())[1:], "--help", "--lang", string(l))
			var out, errOut bytes.Buffer
			if code := Run(args, IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}); code != 0 {
				t.Errorf("relief %s: exit %d, %s", strings.Join(args, " "), code, errOut.String())
				continue
			}
			help := out.String()
			examples := map[i18n.Lang]string{i18n.ZH: "示例：", i18n.EN: "Examples:"}[l]
			if !strings.Contains(help, examples) {
				t.Errorf("%s --help --lang %s has no example section", c.CommandPath(), l)
			}
			for _, line := range strings.Split(help, "\n") {
				flagLine := strings.HasPrefix(strings.TrimSpace(line), "-")
				switch {
				case l == i18n.ZH && flagLine && !han.MatchString(line):
					t.Errorf("%s --help --lang zh: a flag described in English: %q", c.CommandPath(), line)
				case l == i18n.ZH && (strings.Contains(line, "(default") || strings.Contains(line, "string ")):
					t.Errorf("%s --help --lang zh: English in %q", c.CommandPath(), line)
				case l == i18n.EN && flagLine && englishOf(line) < 0.5:
					t.Errorf("%s --help --lang en: a flag described in Chinese: %q", c.CommandPath(), line)
				}
			}
			if l == i18n.ZH && !han.MatchString(c.Short) || l == i18n.EN && han.MatchString(strings.SplitN(c.Short, "(", 2)[0]) && englishOf(c.Short) < 0.7 {
				t.Errorf("%s: short description %q not in %s", c.CommandPath(), c.Short, l)
			}
		}
	}
}

// englishOf is the share of a text's letters that are not Chinese.
func englishOf(s string) float64 {
	latin, all := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			all++
			if r < 0x2E80 {
				latin++
			}
		}
	}
	if all == 0 {
		return 1
	}
	return float64(latin) / float64(all)
}

func TestVersion(t *testing.T) {
	var out bytes.Buffer
	if code := Run([]string{"--version"}, IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &out}); code != 0 || !strings.HasPrefix(out.String(), "relief ") {
		t.Errorf("relief --version: %d %q", code, out.String())
	}
	old := version.Version
	version.Version = "v1.2.3"
	defer func() { version.Version = old }()
	out.Reset()
	Run([]string{"--version"}, IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &out})
	if out.String() != "relief v1.2.3\n" {
		t.Errorf("stamped version: %q", out.String())
	}
}

// Placeholders of usage lines are translated as words, inside brackets
// and braces too; other text is kept.
func TestPlaceholders(t *testing.T) {
	for in, want := range map[string]string{"FILE": "文件", "[FILE]": "[文件]", "{-o": "{-o", "DIR}": "文件夹}", "notice.pdf": "notice.pdf", "X": "X", "[COMMAND]": "[命令]"} {
		if got := placeholders(in, i18n.ZH); got != want {
			t.Errorf("placeholders(%q) = %q, want %q", in, got, want)
		}
	}
}
