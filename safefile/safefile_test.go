package safefile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"relief/i18n"
)

// resetState forgets an earlier test's Stop.
func resetState(t *testing.T) {
	t.Helper()
	state.Lock()
	state.stopping = false
	state.active = nil
	state.written = nil
	state.Unlock()
}

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	if err := Write(p, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Fatalf("got %q", b)
	}
}

// A failure part-way leaves the old file as it was and no temporary file.
func TestWriteFailureKeepsOld(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	os.WriteFile(p, []byte("old"), 0o644)
	boom := errors.New("disk full")
	err := Write(p, func(w io.Writer) error {
		io.WriteString(w, "half of the new")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Fatalf("old file changed: %q", b)
	}
	if es, _ := os.ReadDir(dir); len(es) != 1 {
		t.Fatalf("left behind: %v", es)
	}
}

// A failure with no old file leaves nothing at all.
func TestWriteFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.pdf")
	Write(p, func(w io.Writer) error { return errors.New("x") })
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Fatalf("left behind: %v", es)
	}
}

// An error of fill that is not a catalogue message is reported as a
// failure to make the named file, in the user's language; a catalogue
// message passes through.
func TestWriteFillError(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out.xlsx")
	err := Write(p, func(io.Writer) error { return errors.New("the sheet can not contain any of the characters :\\/?*[or]") })
	var ie *i18n.Error
	if !errors.As(err, &ie) || ie.Msg.Key != "safefile.fill" || !strings.Contains(ie.Msg.In(i18n.ZH), "out.xlsx") {
		t.Fatalf("err = %#v", err)
	}
	mine := i18n.Errorf("doc.none-selected")
	if err := Write(p, func(io.Writer) error { return mine }); err != mine {
		t.Fatalf("err = %v", err)
	}
}

// A write the system refuses is reported as the system's reason, in the
// user's language, even when the library that writes wraps it in words of
// its own.
func TestWriteDiskRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no /dev/full")
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full")
	}
	defer full.Close()
	p := filepath.Join(t.TempDir(), "letters.pdf")
	err = Write(p, func(w io.Writer) error {
		// What a PDF library does with the temporary file: its own
		// writes fail; here the failing write is /dev/full's.
		rec := w.(*recorder)
		rec.w = full
		_, err := w.Write([]byte("%PDF"))
		return errors.New("pdf: output failed: " + err.Error())
	})
	var ie *i18n.Error
	if !errors.As(err, &ie) || ie.Msg.Key != "safefile.write" {
		t.Fatalf("err = %#v", err)
	}
	zh := ie.Msg.In(i18n.ZH)
	if !strings.Contains(zh, "磁盘空间已满") || !strings.Contains(zh, "letters.pdf") || strings.Contains(zh, "no space") || strings.Contains(zh, ".tmp") {
		t.Fatalf("zh = %s", zh)
	}
}

func TestReason(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "write", Path: "/x/.a.tmp", Err: syscall.ENOSPC}, "磁盘空间已满"},
		{&fs.PathError{Op: "open", Path: "/x", Err: fs.ErrPermission}, "没有权限"},
		{&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EROFS}, "磁盘是只读的"},
		{&fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist}, "不存在"},
		{&fs.PathError{Op: "open", Path: "/x", Err: errors.New("odd")}, "odd"},
	} {
		if runtime.GOOS == "windows" && c.want == "磁盘空间已满" {
			continue
		}
		got := Reason(c.err).In(i18n.ZH)
		if !strings.Contains(got, c.want) || strings.Contains(got, "/x") {
			t.Errorf("Reason(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}

func TestWriteMissingDir(t *testing.T) {
	err := Write(filepath.Join(t.TempDir(), "no", "such", "x"), func(io.Writer) error { return nil })
	if err == nil {
		t.Fatal("no error")
	}
}

func TestSameFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.xlsx")
	os.WriteFile(p, nil, 0o644)
	if !SameFile(p, filepath.Join(dir, ".", "a.xlsx")) || SameFile(p, filepath.Join(dir, "b.xlsx")) {
		t.Fatal("SameFile wrong")
	}
}

// An output that exists and is not a regular file (a device, a FIFO) is
// refused and left as it is: as root, -o /dev/null must not replace the
// system's null device.
func TestWriteRefusesNonRegular(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs or /dev/null")
	}
	fifo := filepath.Join(t.TempDir(), "pipe.pdf")
	if err := mkfifo(fifo); err != nil {
		t.Skip(err)
	}
	for _, p := range []string{fifo, os.DevNull} {
		before, _ := os.Stat(p)
		for _, err := range []error{Check(p), Write(p, writeString("x"))} {
			var ie *i18n.Error
			if !errors.As(err, &ie) || ie.Msg.Key != "safefile.not-regular" || !strings.Contains(ie.Msg.In(i18n.ZH), p) {
				t.Fatalf("%s: err = %v", p, err)
			}
		}
		after, _ := os.Stat(p)
		if before.Mode() != after.Mode() {
			t.Fatalf("%s changed: %v → %v", p, before.Mode(), after.Mode())
		}
	}
	if err := Check(t.TempDir()); err == nil {
		t.Fatal("a folder accepted")
	}
	if err := Check(filepath.Join(t.TempDir(), "new.pdf")); err != nil {
		t.Fatal(err)
	}
}

// A new output has the mode of any file the user creates (umask applied);
// an output that replaces a file keeps that file's mode.
func TestWriteModes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix modes")
	}
	old := umask(0o027)
	defer umask(old)
	dir := t.TempDir()
	p := filepath.Join(dir, "checked.xlsx")
	if err := Write(p, writeString("a")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o640 {
		t.Fatalf("new file: %v, want 0640 (0666 &^ 027)", fi.Mode().Perm())
	}
	os.Chmod(p, 0o600)
	if err := Write(p, writeString("b")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Fatalf("replaced file: %v, want 0600 kept", fi.Mode().Perm())
	}
	// The temporary copy is never more open than the file it replaces.
	os.Chmod(p, 0o600)
	Write(p, func(w io.Writer) error {
		fi, err := w.(*recorder).w.(*os.File).Stat()
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("temporary copy: %v %v", fi.Mode().Perm(), err)
		}
		return nil
	})
}

// OpenRegular opens a regular file and refuses, without blocking, a FIFO
// and a device; a folder is ErrIsDir, a missing file fs.ErrNotExist.
func TestOpenRegular(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "relief.yaml")
	os.WriteFile(p, []byte("x"), 0o644)
	f, err := OpenRegular(p)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := OpenRegular(dir); !errors.Is(err, ErrIsDir) {
		t.Fatalf("folder: %v", err)
	}
	if _, err := OpenRegular(filepath.Join(dir, "none")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing: %v", err)
	}
	if runtime.GOOS == "windows" {
		return
	}
	fifo := filepath.Join(dir, "fifo.yaml")
	if err := mkfifo(fifo); err != nil {
		t.Skip(err)
	}
	for _, p := range []string{fifo, "/dev/zero"} {
		_, err := OpenRegular(p) // a FIFO with no writer would block os.Open forever
		var ie *i18n.Error
		if !errors.Is(err, ErrNotRegular) || !errors.As(err, &ie) || !strings.Contains(ie.Msg.In(i18n.ZH), p) {
			t.Fatalf("%s: %v", p, err)
		}
	}
}
