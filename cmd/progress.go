package cmd

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/mattn/go-runewidth"

	"relief/i18n"
)

// A province's roster takes seconds to read: a run that lasts longer than
// progressAfter shows, on stderr, the sheet being read and the row it has
// reached, on one line rewritten in place and erased when reading ends.
// Only when stderr is a terminal and not under --quiet (Env.Quiet): a
// script or a log gets nothing.
const (
	progressAfter = 2 * time.Second
	progressEvery = 250 * time.Millisecond
)

// newProgress returns the progress callback of a read, or nil.
func newProgress(env *Env) func(sheet string, row int) {
	if env.Quiet || !isTerminal(env.IO.ErrOut) {
		return nil
	}
	p := &progressLine{w: env.IO.ErrOut, lang: env.Lang, start: time.Now()}
	return p.update
}

// isTerminal reports whether w is a terminal (a console on Windows).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressLine is the line shown.
type progressLine struct {
	w     io.Writer
	lang  i18n.Lang
	start time.Time
	last  time.Time
	shown int // the width of the text on screen
}

func (p *progressLine) update(sheet string, row int) {
	if sheet == "" { // reading ended: erase the line
		if p.shown > 0 {
			fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.shown)+"\r")
			p.shown = 0
		}
		return
	}
	now := time.Now()
	if now.Sub(p.start) < progressAfter || now.Sub(p.last) < progressEvery {
		return
	}
	p.last = now
	text := i18n.M("cmd.progress", sheet, row).In(p.lang)
	w := runewidth.StringWidth(text)
	// Spaces cover what a longer line before left (no terminal escape
	// codes: the Windows console may not read them).
	fmt.Fprint(p.w, "\r"+text+strings.Repeat(" ", max(0, p.shown-w)))
	p.shown = w
}

// The heap size the garbage collector keeps to, softly: reading a
// province's roster of a million members fits in memoryLimit, beside WPS
// on an office PC (a larger one still reads, with more collections).
// Laying out documents leaves garbage a letter (its layout, its own font
// subset, its streams; some tens of kilobytes): with the assessment's heap
// kept as close to the limit as reading keeps it, the collector would run
// every few letters, so documents get documentLimit.
const (
	memoryLimit   = 256 << 20
	documentLimit = 360 << 20
)

// limitMemory sets limit, unless GOMEMLIMIT sets another.
func limitMemory(limit int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(limit)
	}
}
