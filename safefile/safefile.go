// Package safefile writes output files whole or not at all: the content
// goes to a temporary file in the target folder, which is synced and then
// renamed over the target. An interrupted or failed run leaves either the
// old file or the complete new one, never a partial file.
//
// Every output relief writes (workbooks, PDFs, CSV) goes through Write.
package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"

	"relief/i18n"
)

// pending are the temporary files of writes under way, so that an
// interrupted run can remove them (RemovePending).
var pending = struct {
	sync.Mutex
	names map[string]bool
}{names: map[string]bool{}}

// RemovePending deletes the temporary files of every write still under
// way. The command layer calls it when the run is interrupted (Ctrl-C), so
// nothing is left behind: targets are untouched until their rename.
func RemovePending() {
	pending.Lock()
	defer pending.Unlock()
	for n := range pending.names {
		os.Remove(n)
		delete(pending.names, n)
	}
}

// Write creates path with what fill writes. If fill fails, nothing is left
// behind and an existing file at path is untouched.
func Write(path string, fill func(w io.Writer) error) (err error) {
	if fi, statErr := os.Stat(path); statErr == nil && fi.IsDir() {
		return i18n.Errorf("safefile.is-dir", path)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return &i18n.Error{Msg: i18n.M("safefile.create", path, reason(err)), Err: err}
	}
	pending.Lock()
	pending.names[tmp.Name()] = true
	pending.Unlock()
	defer func() {
		pending.Lock()
		delete(pending.names, tmp.Name())
		pending.Unlock()
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return &i18n.Error{Msg: i18n.M("safefile.write", path, reason(err)), Err: err}
	}
	if err = tmp.Close(); err != nil {
		return &i18n.Error{Msg: i18n.M("safefile.write", path, reason(err)), Err: err}
	}
	// CreateTemp makes the file 0600; outputs are ordinary documents.
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return &i18n.Error{Msg: i18n.M("safefile.write", path, reason(err)), Err: err}
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return &i18n.Error{Msg: i18n.M("safefile.write", path, reason(err)), Err: err}
	}
	return nil
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

func reason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
