// Package safefile is how relief touches files outside its input
// workbook: outputs are written whole or not at all, inputs are opened only
// when they are regular files, and an interrupted run leaves nothing
// behind.
//
//   - Write writes one output: the content goes to a temporary file beside
//     the target, which is synced and then renamed over the target. A failed
//     or interrupted run leaves the old file or the complete new one.
//   - WriteSet writes several files into a folder, which appears whole or
//     not at all (set.go).
//   - Stop is the interrupt (Ctrl-C): it stops every write under way and
//     says what is left (stop.go).
//   - OpenRegular opens a small input file (policy, font, wording) and
//     refuses anything that is not a regular file: a FIFO would block the
//     run forever, a device never ends.
//
// Outputs are created with the user's umask applied (0666 &^ umask), as
// any other program's files; an output that replaces an existing file
// keeps that file's permissions, so an annotated workbook someone made
// private stays private. A target that exists and is not a regular file (a
// device such as /dev/null, a FIFO) is refused, never replaced.
package safefile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"

	"relief/i18n"
)

// Write creates path with what fill writes. If fill fails, nothing is left
// behind and an existing file at path is untouched.
//
// Errors are *i18n.Error values that name path: fill's own *i18n.Error
// passes through; a write the disk refused (full, read-only) is reported
// as that, whatever fill made of it; any other error of fill is reported
// as a failure to make the file.
func Write(path string, fill func(w io.Writer) error) (err error) {
	perm, exists, err := target(path)
	if err != nil {
		return err
	}
	tmp, err := createTemp(filepath.Dir(path), "."+filepath.Base(path)+".", ".tmp")
	if err != nil {
		return &i18n.Error{Msg: i18n.M("safefile.create", path, Reason(err)), Err: err}
	}
	if exists {
		// Before any byte is written: the copy is never more open than
		// the file it replaces. Best effort (FAT drives have no modes).
		_ = tmp.Chmod(perm)
	}
	j := &job{target: path, temp: tmp.Name(), file: tmp}
	if err := begin(j); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	defer func() {
		if err != nil {
			j.drop()
		}
		end(j)
	}()
	w := &recorder{w: tmp}
	ferr := fill(w)
	switch {
	case stopping():
		return errStopped
	case w.err != nil:
		return writeError(path, w.err)
	case ferr != nil:
		return fillError(path, ferr)
	}
	if err := tmp.Sync(); err != nil {
		return writeError(path, err)
	}
	if err := tmp.Close(); err != nil {
		return writeError(path, err)
	}
	return commit(j, func() error {
		if err := os.Rename(tmp.Name(), path); err != nil {
			return writeError(path, err)
		}
		return nil
	})
}

// Check refuses, before any work is done, an output path that Write would
// refuse: a folder, or something that exists and is not a regular file.
func Check(path string) error {
	_, _, err := target(path)
	return err
}

// target checks an output path: it may be missing (a new file) or a
// regular file, whose permissions are returned.
func target(path string) (perm fs.FileMode, exists bool, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		// Missing, or unreachable: creating the temporary file says why.
		return 0, false, nil
	}
	switch {
	case fi.IsDir():
		return 0, false, i18n.Errorf("safefile.is-dir", path)
	case !fi.Mode().IsRegular():
		return 0, false, i18n.Errorf("safefile.not-regular", path, kind(fi.Mode()))
	}
	return fi.Mode().Perm(), true, nil
}

// kind names what a path is when it is not a regular file.
func kind(m fs.FileMode) i18n.Msg {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return i18n.M("safefile.kind.fifo")
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return i18n.M("safefile.kind.device")
	case m&fs.ModeSocket != 0:
		return i18n.M("safefile.kind.socket")
	}
	return i18n.M("safefile.kind.other")
}

// tempSeq makes temporary names unique within the run; the process id
// makes them unique between runs.
var tempSeq atomic.Uint64

func tempName(dir, prefix, suffix string) string {
	n := tempSeq.Add(1)
	return filepath.Join(dir, prefix+strconv.Itoa(os.Getpid())+"-"+strconv.FormatUint(n, 10)+suffix)
}

// createTemp creates a new file in dir with the umask applied (0666 &^
// umask), unlike os.CreateTemp's 0600: the output will have the mode of
// any file the user creates.
func createTemp(dir, prefix, suffix string) (*os.File, error) {
	for range 1000 {
		f, err := os.OpenFile(tempName(dir, prefix, suffix), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue // left by an earlier run with the same process id
		}
		return f, err
	}
	return nil, &fs.PathError{Op: "create", Path: dir, Err: fs.ErrExist}
}

// mkdirTemp is createTemp for a folder (0777 &^ umask).
func mkdirTemp(dir, prefix, suffix string) (string, error) {
	for range 1000 {
		name := tempName(dir, prefix, suffix)
		err := os.Mkdir(name, 0o777)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, err
	}
	return "", &fs.PathError{Op: "mkdir", Path: dir, Err: fs.ErrExist}
}

// recorder passes writes on and keeps the first error, so that a disk
// that refused a write is reported as such even when the writer's caller
// (a PDF or xlsx library) wrapped or lost the error. Once stop is closed
// it refuses every write.
type recorder struct {
	w    io.Writer
	stop <-chan struct{}
	mu   sync.Mutex
	err  error
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.stop != nil {
		select {
		case <-r.stop:
			return 0, errStopped
		default:
		}
	}
	n, err := r.w.Write(p)
	if err != nil {
		r.mu.Lock()
		if r.err == nil {
			r.err = err
		}
		r.mu.Unlock()
	}
	return n, err
}

// writeError reports a write of path that the system refused.
func writeError(path string, err error) error {
	return &i18n.Error{Msg: i18n.M("safefile.write", path, Reason(err)), Err: err}
}

// fillError reports fill's error: a catalogue message as it is, anything
// else as a failure to make path.
func fillError(path string, err error) error {
	var ie *i18n.Error
	if errors.As(err, &ie) {
		return err
	}
	return &i18n.Error{Msg: i18n.M("safefile.fill", path, err.Error()), Err: err}
}

// SameFile reports whether a and b name the same existing file, so a
// command can refuse to write its output over its input.
func SameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(fa, fb)
	}
	aa, _ := filepath.Abs(a)
	ab, _ := filepath.Abs(b)
	return aa == ab
}

// ErrIsDir is the error of OpenRegular for a folder; callers that have a
// message of their own for it test errors.Is(err, ErrIsDir).
var ErrIsDir = errors.New("is a folder")

// ErrNotRegular is wrapped by OpenRegular's error for a FIFO, a device, a
// socket.
var ErrNotRegular = errors.New("not a regular file")

// OpenRegular opens the input file at path for reading. A folder gives
// ErrIsDir; anything else that is not a regular file is refused before it
// is opened (opening a FIFO blocks until someone writes to it) with an
// *i18n.Error naming it and wrapping ErrNotRegular. Other errors (missing,
// no permission) are os.Open's, for the caller to word.
func OpenRegular(path string) (*os.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regular(path, fi); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	// The file may have been swapped between the two looks.
	if fi, err = f.Stat(); err == nil {
		err = regular(path, fi)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func regular(path string, fi fs.FileInfo) error {
	switch {
	case fi.IsDir():
		return &fs.PathError{Op: "open", Path: path, Err: ErrIsDir}
	case !fi.Mode().IsRegular():
		return &i18n.Error{Msg: i18n.M("safefile.not-regular-in", path, kind(fi.Mode())), Err: ErrNotRegular}
	}
	return nil
}
