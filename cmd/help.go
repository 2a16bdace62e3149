package cmd

// Help in one language. Every command's descriptions, example and flag
// descriptions come from the message catalogue (i18n/help.go), under keys
// derived from the command's path and the flag's name, and are applied to
// the whole tree once it is built (localize). So a command added anywhere
// needs no code here: only its catalogue entries, which TestHelpComplete
// demands in both languages. The usage text around them (headings, the
// flag table, defaults) is rendered here in the same language.
//
// So a command's Long description and Example live only in the catalogue
// (TestHelpOnlyInCatalogue); the Short and the flag descriptions written
// in cmd/*.go are one-line English notes for the reader of the code, which
// the catalogue's texts replace.

import (
	"fmt"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"relief/i18n"
)

// helpKey is the catalogue key of one help text of command c: help.check.short,
// help.policy.show.example, help.relief.long for the root.
func helpKey(c *cobra.Command, what string) string {
	return "help." + helpPath(c) + "." + what
}

// helpPath is c's path below the root, dotted ("policy.show"); "relief"
// for the root itself.
func helpPath(c *cobra.Command) string {
	if !c.HasParent() {
		return c.Name()
	}
	words := strings.Fields(c.CommandPath())[1:]
	return strings.Join(words, ".")
}

// flagKeys are the catalogue keys that may describe flag f of command c,
// most specific first: help.check.flag.output, then help.flag.output (a
// flag that means the same on every command, such as --as-of).
func flagKeys(c *cobra.Command, f *pflag.Flag) []string {
	return []string{helpKey(c, "flag."+f.Name), "help.flag." + f.Name}
}

// argKey is the catalogue key of a placeholder in a usage line (FILE,
// DIR …): help.arg.FILE.
func argKey(word string) string { return "help.arg." + word }

// commandsOf lists c and every command below it that a user can see.
func commandsOf(c *cobra.Command) []*cobra.Command {
	out := []*cobra.Command{c}
	for _, s := range c.Commands() {
		if !s.Hidden {
			out = append(out, commandsOf(s)...)
		}
	}
	return out
}

// flagsOf lists the flags c defines itself (not those it inherits).
func flagsOf(c *cobra.Command) []*pflag.Flag {
	var fs []*pflag.Flag
	seen := map[string]bool{}
	for _, set := range []*pflag.FlagSet{c.LocalNonPersistentFlags(), c.PersistentFlags()} {
		set.VisitAll(func(f *pflag.Flag) {
			if !seen[f.Name] && !f.Hidden {
				seen[f.Name] = true
				fs = append(fs, f)
			}
		})
	}
	return fs
}

// localize gives the whole tree its help in l: the built-in help and
// completion commands and the help and version flags are created first so
// that they are localized too (and so that -h and --help are known before
// cobra looks for the command, which lets "relief --help --lang en" work).
func localize(root *cobra.Command, l i18n.Lang) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	root.InitDefaultVersionFlag()
	for _, c := range commandsOf(root) {
		c.InitDefaultHelpFlag()
		if s, ok := text(helpKey(c, "short"), l); ok {
			c.Short = s
		}
		if s, ok := text(helpKey(c, "long"), l); ok {
			c.Long = s
		}
		if s, ok := text(helpKey(c, "example"), l); ok {
			c.Example = indent(s)
		}
		for _, f := range flagsOf(c) {
			for _, k := range flagKeys(c, f) {
				if i18n.Has(k) {
					f.Usage = i18n.M(k).In(l)
					break
				}
			}
		}
		if f := c.Flags().Lookup("help"); f != nil {
			f.Usage = i18n.M("help.flag.help", c.CommandPath()).In(l)
		}
	}
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { writeHelp(c.OutOrStdout(), c, l) })
	root.SetUsageFunc(func(c *cobra.Command) error { return writeUsage(c.OutOrStderr(), c, l) })
}

// text is the catalogue entry key in l, if there is one.
func text(key string, l i18n.Lang) (string, bool) {
	if !i18n.Has(key) {
		return "", false
	}
	return strings.TrimSpace(i18n.M(key).In(l)), true
}

func indent(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "  " + l
		}
	}
	return strings.Join(lines, "\n")
}

// newHelpCmd is the help command: relief help check is relief check
// --help, and an unknown topic is reported like an unknown command.
func newHelpCmd(env *Env) *cobra.Command {
	return &cobra.Command{
		Use: "help [COMMAND]",
		RunE: func(c *cobra.Command, args []string) error {
			target, rest, err := c.Root().Find(args)
			if err != nil || target == nil || len(args) > 0 && target == c.Root() {
				return err
			}
			if len(rest) > 0 && target.HasSubCommands() {
				return i18n.Errorf("cmd.unknown-command", rest[0], target.CommandPath())
			}
			return target.Help()
		},
	}
}

// writeHelp writes c's description, then its usage.
func writeHelp(w io.Writer, c *cobra.Command, l i18n.Lang) {
	desc := c.Long
	if desc == "" {
		desc = c.Short
	}
	if desc = strings.TrimSpace(desc); desc != "" {
		fmt.Fprintln(w, desc)
		fmt.Fprintln(w)
	}
	_ = writeUsage(w, c, l)
}

// writeUsage writes the usage lines, the example, the subcommands and the
// flags of c, headed in l.
func writeUsage(w io.Writer, c *cobra.Command, l i18n.Lang) error {
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	var b strings.Builder
	b.WriteString(m("help.usage") + "\n")
	if c.Runnable() {
		b.WriteString("  " + useLine(c, l) + "\n")
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("  " + c.CommandPath() + " " + m("help.arg.COMMAND") + "\n")
	}
	if c.HasExample() {
		b.WriteString("\n" + m("help.examples") + "\n" + c.Example + "\n")
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n" + m("help.commands") + "\n")
		var names []string
		width := 0
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() || s.Name() == "help" {
				names = append(names, s.Name())
				width = max(width, len(s.Name()))
			}
		}
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() || s.Name() == "help" {
				b.WriteString("  " + runewidth.FillRight(s.Name(), width) + "   " + s.Short + "\n")
			}
		}
	}
	if fs := flagsIn(c.LocalFlags()); len(fs) > 0 {
		b.WriteString("\n" + m("help.flags") + "\n" + flagTable(fs, l))
	}
	if fs := flagsIn(c.InheritedFlags()); len(fs) > 0 {
		b.WriteString("\n" + m("help.global-flags") + "\n" + flagTable(fs, l))
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n" + m("help.more", c.CommandPath()) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// useLine is c's usage line with its placeholders (FILE, DIR …) in l and
// "[flags]" in l.
func useLine(c *cobra.Command, l i18n.Lang) string {
	words := strings.Fields(c.Use)
	for i, w := range words[1:] {
		words[i+1] = placeholders(w, l)
	}
	line := c.CommandPath()
	if rest := strings.Join(words[1:], " "); rest != "" {
		line += " " + rest
	}
	if c.HasAvailableFlags() {
		line += " " + i18n.M("help.arg.FLAGS").In(l)
	}
	return line
}

// placeholders translates the capitalised placeholders in one word of a
// usage line: "[FILE]" is "[文件]" in Chinese; anything else is kept.
func placeholders(w string, l i18n.Lang) string {
	var b strings.Builder
	run := func(s string) {
		if s == "" {
			return
		}
		if t, ok := text(argKey(s), l); ok && isPlaceholder(s) {
			b.WriteString(t)
			return
		}
		b.WriteString(s)
	}
	start := -1
	for i, r := range w {
		upper := r >= 'A' && r <= 'Z'
		switch {
		case upper && start < 0:
			start = i
		case !upper && start >= 0:
			run(w[start:i])
			start = -1
		}
		if !upper {
			b.WriteRune(r)
		}
	}
	if start >= 0 {
		run(w[start:])
	}
	return b.String()
}

// isPlaceholder reports a word of capitals of at least two letters.
func isPlaceholder(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// usagePlaceholders lists the placeholders of c's usage line, for the
// completeness test.
func usagePlaceholders(c *cobra.Command) []string {
	var out []string
	for _, w := range strings.Fields(c.Use)[1:] {
		for _, s := range strings.FieldsFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) {
			if isPlaceholder(s) {
				out = append(out, s)
			}
		}
	}
	return out
}

func flagsIn(set *pflag.FlagSet) []*pflag.Flag {
	var fs []*pflag.Flag
	set.VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			fs = append(fs, f)
		}
	})
	return fs
}

// flagTable lists flags as "  -o, --output FILE   description (default …)",
// the descriptions aligned for Chinese text.
func flagTable(fs []*pflag.Flag, l i18n.Lang) string {
	type row struct{ left, right string }
	rows := make([]row, len(fs))
	width := 0
	for i, f := range fs {
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		name, usage := pflag.UnquoteUsage(f)
		if _, quoted := quotedName(f.Usage); !quoted && name != "" {
			name = i18n.M("help.type." + name).In(l)
		}
		if name != "" {
			left += " " + name
		}
		if def := shownDefault(f); def != "" {
			usage += i18n.M("help.default", def).In(l)
		}
		rows[i] = row{left, usage}
		width = max(width, runewidth.StringWidth(left))
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(runewidth.FillRight(r.left, width) + "   " + r.right + "\n")
	}
	return b.String()
}

// quotedName is the `name` in a flag's description, if it has one.
func quotedName(usage string) (string, bool) {
	i := strings.IndexByte(usage, '`')
	if i < 0 {
		return "", false
	}
	j := strings.IndexByte(usage[i+1:], '`')
	if j < 0 {
		return "", false
	}
	return usage[i+1 : i+1+j], true
}

// shownDefault is a flag's default as help shows it: "" when it is the
// zero value (nothing to say).
func shownDefault(f *pflag.Flag) string {
	switch f.DefValue {
	case "", "false", "0", "[]":
		return ""
	}
	return f.DefValue
}
