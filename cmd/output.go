package cmd

import (
	"bytes"
	"io"

	"relief/i18n"
	"relief/safefile"
)

// Stdout is the -o value that writes to standard output. The PDF commands
// (notice -o -, letters -o -) and policy init - accept it; check and
// budget refuse it, since their report goes there.
const Stdout = "-"

// checkOutput checks an output path before any work is done: "-" where
// the command accepts it; else not the input workbook, not a folder, not
// a device or FIFO.
func checkOutput(out, in string, stdoutOK bool) error {
	switch {
	case out == "":
		return nil
	case out == Stdout && stdoutOK:
		return nil
	case out == Stdout:
		return i18n.Errorf("cmd.stdout-taken")
	}
	if err := notInput(out, in); err != nil {
		return err
	}
	return safefile.Check(out)
}

// writeOutput writes an output: to the command's standard output for
// "-", whole (made first in memory, so that an error leaves nothing
// half-written in the pipe); else a file, by safefile.Write.
func writeOutput(env *Env, path string, fill func(io.Writer) error) error {
	if path != Stdout {
		return safefile.Write(path, fill)
	}
	var buf bytes.Buffer
	if err := fill(&buf); err != nil {
		return err
	}
	if _, err := env.IO.Out.Write(buf.Bytes()); err != nil {
		return &i18n.Error{Msg: i18n.M("cmd.stdout-write", safefile.Reason(err)), Err: err}
	}
	return nil
}

// doneOut is where a command says what it wrote: standard output, unless
// a document went there.
func doneOut(env *Env, outputs ...string) io.Writer {
	for _, o := range outputs {
		if o == Stdout {
			return env.IO.ErrOut
		}
	}
	return env.IO.Out
}

// outputName names an output in a message: standard output for "-".
func outputName(env *Env, path string) string {
	if path == Stdout {
		return i18n.M("cmd.stdout").In(env.Lang)
	}
	return path
}
