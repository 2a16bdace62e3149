// Package cmd is relief's command tree (cobra). Commands are thin: flags →
// options → one domain call → render. Each command has an Options struct,
// a NewCmdX constructor that only parses flags, and a run function that
// takes the options, with its I/O streams injected so tests can drive it.
package cmd

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"relief/i18n"
	"relief/report"
	"relief/safefile"
	"relief/version"
)

// IOStreams are a command's standard streams.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
}

// Env is what every command shares: streams, the language, the clock and
// --quiet.
type Env struct {
	IO    IOStreams
	Lang  i18n.Lang        // resolved before any command runs
	Now   func() time.Time // the clock, for --as-of's default
	Quiet bool             // --quiet: no confirmations, no progress line, only the output asked for and what went wrong
}

// confirm tells the user in one line what a command has written, unless
// --quiet. w is stdout, or stderr for a command whose stdout carries its
// report (check, budget, votes), so a JSON or CSV report stays clean.
func (e *Env) confirm(w io.Writer, m i18n.Msg) {
	if e.Quiet {
		return
	}
	fmt.Fprintln(w, m.In(e.Lang))
}

// wrote confirms that path was written.
func (e *Env) wrote(w io.Writer, path string) { e.confirm(w, i18n.M("cmd.wrote", path)) }

// Exit statuses.
const (
	ExitOK      = 0 // done
	ExitFailOn  = 1 // done, but --fail-on was met
	ExitCantRun = 2 // could not run: bad flags, unreadable input

	ExitInterrupted = 130 // stopped by Ctrl-C or TERM; no partial output left
)

// errFailOn is returned by a run function that finished but whose
// --fail-on condition was met: exit 1, nothing more to print.
var errFailOn = errors.New("fail-on condition met")

// Execute runs relief with the process's arguments and streams and
// returns the exit status.
func Execute() int {
	limitMemory(memoryLimit)
	stopOnInterrupt()
	return Run(os.Args[1:], IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr})
}

// stopOnInterrupt makes Ctrl-C (or a TERM from cron) end the run cleanly:
// every write under way is stopped and dropped whole (safefile.Stop: their
// targets are untouched, no temporary file stays), one line on stderr says
// exactly what is left, and the exit status is 130. A second Ctrl-C while
// that is under way ends the run at once, naming what may be left.
func stopOnInterrupt() {
	sig := make(chan os.Signal, 2)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		l := langFromArgs(os.Args[1:])
		done := make(chan safefile.Left, 1)
		go func() { done <- safefile.Stop() }()
		var msg string
		select {
		case left := <-done:
			msg = interruptedText(left, l)
		case <-sig:
			msg = i18n.M("cmd.interrupted.forced", quoteList(safefile.Pending(), l)).In(l)
		}
		fmt.Fprintln(os.Stderr, "relief: "+msg)
		os.Exit(ExitInterrupted)
	}()
}

// interruptedText says what an interrupted run leaves: the outputs written
// whole before it, those dropped, and any temporary file that could not
// be removed.
func interruptedText(left safefile.Left, l i18n.Lang) string {
	var parts []string
	if len(left.Written) > 0 {
		parts = append(parts, i18n.M("cmd.interrupted.written", quoteList(left.Written, l)).In(l))
	}
	if len(left.Dropped) > 0 {
		parts = append(parts, i18n.M("cmd.interrupted.dropped", quoteList(left.Dropped, l)).In(l))
	}
	if len(left.Written)+len(left.Dropped) == 0 {
		parts = append(parts, i18n.M("cmd.interrupted.nothing").In(l))
	}
	if len(left.Stuck) > 0 {
		parts = append(parts, i18n.M("cmd.interrupted.stuck", quoteList(left.Stuck, l)).In(l))
	} else {
		parts = append(parts, i18n.M("cmd.interrupted.clean").In(l))
	}
	return i18n.M("cmd.interrupted").In(l) + strings.Join(parts, listSep(l))
}

// quoteList names files in a message: “a”、“b” in Chinese.
func quoteList(names []string, l i18n.Lang) string {
	if l == i18n.EN {
		return strings.Join(names, ", ")
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "“" + n + "”"
	}
	return strings.Join(q, "、")
}

// awaitExit is where the main goroutine waits once an interrupt is being
// handled: the handler prints what is left and ends the process; nothing
// the interrupted command returns is worth printing.
func awaitExit() {
	for {
		time.Sleep(time.Hour)
	}
}

// Run runs relief with args and returns the exit status. It never lets a
// panic or a Go stack trace reach the user.
func Run(args []string, streams IOStreams) (code int) {
	env := &Env{IO: streams, Lang: langFromArgs(args), Now: time.Now}
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(streams.ErrOut, "relief: "+i18n.M("cmd.internal", fmt.Sprint(r)).In(env.Lang))
			code = ExitCantRun
		}
	}()
	root := NewCmdRoot(env)
	root.SetArgs(args)
	err := root.Execute()
	if safefile.Stopping() {
		awaitExit()
	}
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errFailOn):
		return ExitFailOn
	}
	fmt.Fprintln(streams.ErrOut, "relief: "+oneLine(errorText(err, env.Lang)))
	return ExitCantRun
}

// errorText renders err in lang: catalogue errors in the user's language,
// cobra's unknown-command error likewise, anything else as it is.
func errorText(err error, l i18n.Lang) string {
	var ie *i18n.Error
	if errors.As(err, &ie) {
		return ie.Msg.In(l)
	}
	// cobra has no typed error for this one: unknown command "x" for "relief …"
	if m := unknownCommand.FindStringSubmatch(err.Error()); m != nil {
		return i18n.M("cmd.unknown-command", m[1], m[2]).In(l)
	}
	return err.Error()
}

var unknownCommand = regexp.MustCompile(`^unknown command "(.*)" for "([^"]*)"`)

// oneLine puts a message on one line, fit for a terminal: a control
// character (ESC, BEL) from a cell quoted in it is shown as U+FFFD.
func oneLine(s string) string {
	return strings.Join(strings.Fields(report.Printable(s)), " ")
}

// langFromArgs finds --lang before cobra parses flags, so even a flag
// error is reported in the user's language; else LANG decides.
func langFromArgs(args []string) i18n.Lang {
	for i, a := range args {
		v, ok := "", false
		switch {
		case a == "--":
			return i18n.Detect()
		case strings.HasPrefix(a, "--lang="):
			v, ok = strings.TrimPrefix(a, "--lang="), true
		case a == "--lang" && i+1 < len(args):
			v, ok = args[i+1], true
		}
		if ok {
			if l, good := i18n.Parse(v); good {
				return l
			}
		}
	}
	return i18n.Detect()
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(env *Env) *cobra.Command {
	var lang string
	root := &cobra.Command{
		Use:           "relief",
		Short:         "Relief for party members in hardship: check rosters, decide, budget, notices",
		Version:       version.String(),
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(c *cobra.Command, _ []string) error {
			if lang == "" {
				return nil
			}
			l, ok := i18n.Parse(lang)
			if !ok {
				return i18n.Errorf("cmd.bad-flag-value", "--lang", lang, "zh, en")
			}
			env.Lang = l
			return nil
		},
	}
	root.SetOut(env.IO.Out)
	root.SetErr(env.IO.ErrOut)
	root.SetIn(env.IO.In)
	root.PersistentFlags().StringVar(&lang, "lang", "", "language of messages: zh or en (default from LANG, else zh)")
	root.PersistentFlags().BoolVarP(&env.Quiet, "quiet", "q", false, "print only the output asked for and what went wrong")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return flagError(c, err) })
	root.SetVersionTemplate("relief {{.Version}}\n")
	root.SetHelpCommand(newHelpCmd(env))
	for _, add := range subcommands {
		root.AddCommand(add(env))
	}
	localize(root, env.Lang)
	return root
}

// flagError turns the flag parser's error into a message in the user's
// language that names the flag and says what to write; an error it does not
// know is passed on in a sentence that points to --help.
func flagError(c *cobra.Command, err error) error {
	path := c.CommandPath()
	var unknown *pflag.NotExistError
	var noValue *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	switch {
	case errors.As(err, &unknown):
		name := "--" + unknown.GetSpecifiedName()
		if unknown.GetSpecifiedShortnames() != "" {
			name = "-" + unknown.GetSpecifiedName()
		}
		return i18n.Errorf("cmd.flag-unknown", name, path)
	case errors.As(err, &noValue):
		name := "--" + noValue.GetSpecifiedName()
		if noValue.GetSpecifiedShortnames() != "" {
			name = "-" + noValue.GetSpecifiedName()
		}
		return i18n.Errorf("cmd.flag-no-value", name, path)
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		key := "cmd.flag-invalid"
		switch f.Value.Type() {
		case "int", "int64", "int32", "uint", "uint64":
			key = "cmd.flag-invalid-int"
		case "bool":
			key = "cmd.flag-invalid-bool"
		}
		return &i18n.Error{Msg: i18n.M(key, "--"+f.Name, invalid.GetValue(), path), Err: err}
	}
	return &i18n.Error{Msg: i18n.M("cmd.bad-flags", err.Error(), path), Err: err}
}

// subcommands are the commands under relief, registered by each command's
// file (init), in the order --help lists them.
var subcommands []func(*Env) *cobra.Command

func register(f func(*Env) *cobra.Command) { subcommands = append(subcommands, f) }

// exactArgs is cobra.ExactArgs with a message in the user's language.
// what is the catalogue key that names the arguments.
func exactArgs(env *Env, n int, what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != n {
			return i18n.Errorf("cmd.args", c.CommandPath(), i18n.M(what).In(env.Lang), c.UseLine())
		}
		return noBlankArgs(env, c, args, what)
	}
}

// noBlankArgs refuses an argument that is empty or only spaces (a shell
// variable that was not set, say): it names no file.
func noBlankArgs(env *Env, c *cobra.Command, args []string, what string) error {
	for _, a := range args {
		if strings.TrimSpace(a) == "" {
			return i18n.Errorf("cmd.blank-arg", c.CommandPath(), i18n.M(what).In(env.Lang), c.UseLine())
		}
	}
	return nil
}

// oneOf checks a flag's value against its allowed values.
func oneOf(flag, value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return i18n.Errorf("cmd.bad-flag-value", flag, value, strings.Join(allowed, ", "))
}
