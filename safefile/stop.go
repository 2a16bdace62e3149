package safefile

import (
	"errors"
	"os"
	"sync"

	"relief/i18n"
)

// The writes under way in this process, so that an interrupt (Stop) can
// drop them, and what has been written whole, so that the interrupt's
// message can say so.
var state struct {
	sync.Mutex
	stopping bool
	active   map[*job]bool
	written  []string
}

// errStopped is what a write returns once Stop has been called. The
// command layer never shows it: the interrupt's own message says what is
// left.
var errStopped = i18n.Errorf("safefile.stopped")

// job is one output under way: its target, and the temporary file or
// folder that becomes it.
type job struct {
	target string
	temp   string
	file   *os.File // Write: closed by Stop, so fill's next write fails
	set    *setRun  // WriteSet: its workers are stopped and waited for
	made   []string // folders created for the set, deepest first: removed if it fails

	once sync.Once
	err  error // what drop could not remove
}

// begin registers j; it fails once the run is being stopped.
func begin(j *job) error {
	state.Lock()
	defer state.Unlock()
	if state.stopping {
		return errStopped
	}
	if state.active == nil {
		state.active = map[*job]bool{}
	}
	state.active[j] = true
	return nil
}

// end forgets j, written or dropped.
func end(j *job) {
	state.Lock()
	delete(state.active, j)
	state.Unlock()
}

// commit makes j's output appear (fn renames it into place) unless the run
// is being stopped. It holds the lock that Stop takes first, so an
// interrupt either comes before the output appears or after it appeared
// whole.
func commit(j *job, fn func() error) error {
	state.Lock()
	defer state.Unlock()
	if state.stopping {
		return errStopped
	}
	if err := fn(); err != nil {
		return err
	}
	delete(state.active, j)
	state.written = append(state.written, j.target)
	return nil
}

// stopping reports whether Stop has been called.
func stopping() bool {
	state.Lock()
	defer state.Unlock()
	return state.stopping
}

// Stopping reports whether the run is being stopped by an interrupt: the
// command layer then prints nothing of its own (the interrupt's message
// says what is left) and waits for the process to end.
func Stopping() bool { return stopping() }

// drop removes j's temporary file or folder, after stopping whatever
// still writes into it. It is idempotent: the interrupt and the failing
// write may both call it.
func (j *job) drop() error {
	j.once.Do(func() {
		if j.file != nil {
			j.file.Close()
			if err := os.Remove(j.temp); err != nil && !errors.Is(err, os.ErrNotExist) {
				j.err = err
			}
			return
		}
		if j.set != nil {
			j.set.halt()
		}
		if err := os.RemoveAll(j.temp); err != nil {
			j.err = err
		}
		for _, d := range j.made {
			os.Remove(d) // only if empty: someone may have put a file there since
		}
	})
	return j.err
}

// Left is what an interrupted run leaves.
type Left struct {
	// Written are the outputs finished before the interrupt: each is
	// whole.
	Written []string
	// Dropped are the outputs under way: nothing of them was written, and
	// each target is as it was before the run.
	Dropped []string
	// Stuck are temporary files or folders that could not be removed: the
	// user must delete them.
	Stuck []string
}

// Stop stops every write under way, for an interrupt (Ctrl-C): the
// workers of a set stop before their temporary folder is removed, so no
// file appears after it; a set being moved into place is finished first.
// Every write started after Stop fails. It returns what is left.
func Stop() Left {
	state.Lock()
	state.stopping = true
	jobs := make([]*job, 0, len(state.active))
	for j := range state.active {
		jobs = append(jobs, j)
	}
	left := Left{Written: append([]string(nil), state.written...)}
	state.Unlock()
	for _, j := range jobs {
		if j.target != "" { // "" for a tracked temporary file
			left.Dropped = append(left.Dropped, j.target)
		}
		if j.drop() != nil {
			left.Stuck = append(left.Stuck, j.temp)
		}
	}
	return left
}

// Pending lists the temporary files and folders of the writes not yet
// finished nor dropped: what an interrupt that cannot wait for Stop (a
// second Ctrl-C) leaves behind.
func Pending() []string {
	state.Lock()
	defer state.Unlock()
	var out []string
	for j := range state.active {
		out = append(out, j.temp)
	}
	return out
}

// Track registers a temporary file that is not an output (a spool of
// rows, say), so that Stop closes and removes it; release unregisters it
// once its owner has removed it. If the run is already being stopped, the
// file is closed and removed at once and Track returns an error.
func Track(f *os.File) (release func(), err error) {
	j := &job{temp: f.Name(), file: f}
	if err := begin(j); err != nil {
		j.drop()
		return func() {}, err
	}
	return func() { end(j) }, nil
}

// RemovePending is Stop without its report.
//
// Deprecated: use Stop, whose report says what is left.
func RemovePending() { Stop() }
