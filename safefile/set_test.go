package safefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"relief/i18n"
)

func set(names ...string) []SetFile {
	fs := make([]SetFile, len(names))
	for i, n := range names {
		fs[i] = SetFile{Name: n, Write: writeString("content of " + n)}
	}
	return fs
}

// tree lists every file and folder under dir, relative, with /.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if p != dir {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	slices.Sort(out)
	return out
}

func msgKey(err error) string {
	var ie *i18n.Error
	if errors.As(err, &ie) {
		return ie.Msg.Key
	}
	return fmt.Sprintf("not a catalogue error: %v", err)
}

// A new folder is made whole: every file, the record, subfolders; nothing
// beside it.
func TestWriteSetNew(t *testing.T) {
	resetState(t)
	parent := t.TempDir()
	dir := filepath.Join(parent, "sub", "letters")
	if err := WriteSet(dir, set("001-张三.pdf", "乌加河镇/001-李四.pdf"), SetOptions{}); err != nil {
		t.Fatal(err)
	}
	want := []string{RecordName, "001-张三.pdf", "乌加河镇", "乌加河镇/001-李四.pdf"}
	if got := tree(t, dir); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if got := tree(t, parent); !slices.Equal(got, []string{"sub", "sub/letters", "sub/letters/" + RecordName, "sub/letters/001-张三.pdf", "sub/letters/乌加河镇", "sub/letters/乌加河镇/001-李四.pdf"}) {
		t.Fatalf("beside the folder: %v", got)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "乌加河镇", "001-李四.pdf"))
	if string(b) != "content of 乌加河镇/001-李四.pdf" {
		t.Fatalf("content %q", b)
	}
	rec, _ := readRecord(filepath.Join(dir, RecordName))
	if !slices.Equal(rec, []string{"001-张三.pdf", "乌加河镇/001-李四.pdf"}) {
		t.Fatalf("record %v", rec)
	}
}

// A folder named with a trailing separator is the same folder.
func TestWriteSetTrailingSlash(t *testing.T) {
	resetState(t)
	parent := t.TempDir()
	dir := filepath.Join(parent, "out") + string(filepath.Separator)
	if err := WriteSet(dir, set("a.pdf"), SetOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, parent); !slices.Equal(got, []string{"out", "out/" + RecordName, "out/a.pdf"}) {
		t.Fatalf("got %v", got)
	}
	if err := WriteSet(dir, set("b.pdf"), SetOptions{Replace: true}); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, parent); !slices.Equal(got, []string{"out", "out/" + RecordName, "out/b.pdf"}) {
		t.Fatalf("got %v", got)
	}
}

// An empty folder that exists is used; one that holds anything is refused,
// naming a file, unless Replace.
func TestWriteSetUsedFolder(t *testing.T) {
	resetState(t)
	dir := t.TempDir()
	if err := WriteSet(dir, set("a.pdf"), SetOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, err := range []error{CheckSet(dir, SetOptions{}), WriteSet(dir, set("b.pdf"), SetOptions{})} {
		if msgKey(err) != "safefile.set-used" || !strings.Contains(err.(*i18n.Error).Msg.In(i18n.ZH), "a.pdf") {
			t.Fatalf("err = %v", err)
		}
	}
	if got := tree(t, dir); !slices.Equal(got, []string{RecordName, "a.pdf"}) {
		t.Fatalf("changed: %v", got)
	}
	file := filepath.Join(t.TempDir(), "x.pdf")
	os.WriteFile(file, nil, 0o644)
	if err := CheckSet(file, SetOptions{Replace: true}); msgKey(err) != "safefile.set-not-dir" {
		t.Fatalf("err = %v", err)
	}
}

// Replace removes exactly the files the last run recorded (the letter of
// someone now rejected goes), keeps a person's files and says so, and
// refuses to overwrite a person's file of the same name.
func TestWriteSetReplace(t *testing.T) {
	resetState(t)
	dir := t.TempDir()
	if err := WriteSet(dir, set("001-张三.pdf", "002-李四.pdf", "乌加河镇/001-王五.pdf"), SetOptions{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "签字版.pdf"), []byte("mine"), 0o644)
	var res SetResult
	err := WriteSet(dir, set("001-张三.pdf", "海流图镇/001-赵六.pdf"), SetOptions{Replace: true, Result: &res})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{RecordName, "001-张三.pdf", "海流图镇", "海流图镇/001-赵六.pdf", "签字版.pdf"}
	if got := tree(t, dir); !slices.Equal(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	if res.Removed != 3 || res.KeptCount != 1 || !slices.Equal(res.Kept, []string{"签字版.pdf"}) {
		t.Fatalf("result %+v", res)
	}
	err = WriteSet(dir, set("签字版.pdf"), SetOptions{Replace: true})
	if msgKey(err) != "safefile.set-foreign" {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "签字版.pdf")); string(b) != "mine" {
		t.Fatal("a person's file was overwritten")
	}
}

// A folder with files and no record is refused even with Replace; a
// record edited to point outside the folder removes nothing outside it.
func TestWriteSetReplaceNeedsRecord(t *testing.T) {
	resetState(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "001-张三.pdf"), nil, 0o644)
	if err := WriteSet(dir, set("001-李四.pdf"), SetOptions{Replace: true}); msgKey(err) != "safefile.set-no-record" {
		t.Fatalf("err = %v", err)
	}

	parent := t.TempDir()
	outside := filepath.Join(parent, "keep.txt")
	os.WriteFile(outside, []byte("keep"), 0o644)
	dir = filepath.Join(parent, "out")
	if err := WriteSet(dir, set("a.pdf"), SetOptions{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, RecordName), []byte("a.pdf\n../keep.txt\n"+outside+"\n"), 0o644)
	if err := WriteSet(dir, set("b.pdf"), SetOptions{Replace: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(outside); err != nil {
		t.Fatal("a file outside the folder was removed")
	}
	if got := tree(t, dir); !slices.Equal(got, []string{RecordName, "b.pdf"}) {
		t.Fatalf("got %v", got)
	}
}

// A failing file stops the set: the folder is not created (or keeps what
// it held), no temporary folder is left, every worker has stopped.
func TestWriteSetFailure(t *testing.T) {
	resetState(t)
	parent := t.TempDir()
	dir := filepath.Join(parent, "new", "letters")
	var running atomic.Int32
	files := make([]SetFile, 200)
	for i := range files {
		files[i] = SetFile{Name: fmt.Sprintf("%03d.pdf", i), Write: func(w io.Writer) error {
			running.Add(1)
			defer running.Add(-1)
			if i == 50 {
				return i18n.Errorf("doc.none-selected")
			}
			time.Sleep(time.Millisecond)
			_, err := io.WriteString(w, "x")
			return err
		}}
	}
	err := WriteSet(dir, files, SetOptions{Workers: 8})
	if msgKey(err) != "doc.none-selected" {
		t.Fatalf("err = %v", err)
	}
	if n := running.Load(); n != 0 {
		t.Fatalf("%d workers still running", n)
	}
	if got := tree(t, parent); len(got) != 0 {
		t.Fatalf("left behind: %v", got)
	}

	// The same into an existing folder of an earlier run.
	if err := WriteSet(dir, set("old.pdf"), SetOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteSet(dir, files, SetOptions{Replace: true}); msgKey(err) != "doc.none-selected" {
		t.Fatalf("err = %v", err)
	}
	if got := tree(t, dir); !slices.Equal(got, []string{RecordName, "old.pdf"}) {
		t.Fatalf("folder changed: %v", got)
	}
}

// A file the system refuses to create (here: a name that is also a
// subfolder of the set) is a set-write error naming it, and the folder is
// not made; the same with many files and a few workers, where the others
// are being made and written when it fails.
func TestWriteSetFileRefused(t *testing.T) {
	resetState(t)
	for _, n := range []int{0, 500} {
		parent := t.TempDir()
		dir := filepath.Join(parent, "letters")
		files := set("a/b.pdf", "a")
		for i := range n {
			files = append(files, set(fmt.Sprintf("x/%04d.pdf", i))...)
		}
		err := WriteSet(dir, files, SetOptions{Workers: 3})
		if msgKey(err) != "safefile.set-write" || !strings.Contains(err.Error(), filepath.Join("letters", "a")) {
			t.Fatalf("%d files: err = %v", n, err)
		}
		if got := tree(t, parent); len(got) != 0 {
			t.Fatalf("left behind: %v", got)
		}
	}
}

// Each worker makes one file in memory at a time, and no more than about
// twice Workers files wait to be written.
func TestWriteSetBounded(t *testing.T) {
	resetState(t)
	var making, most atomic.Int32
	files := make([]SetFile, 300)
	for i := range files {
		files[i] = SetFile{Name: fmt.Sprintf("%03d.pdf", i), Write: func(w io.Writer) error {
			n := making.Add(1)
			defer making.Add(-1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			_, err := w.Write(bytes.Repeat([]byte("x"), 1000))
			return err
		}}
	}
	dir := filepath.Join(t.TempDir(), "out")
	if err := WriteSet(dir, files, SetOptions{Workers: 4}); err != nil {
		t.Fatal(err)
	}
	if m := most.Load(); m > 4 {
		t.Errorf("%d files made at once with 4 workers", m)
	}
	if got := tree(t, dir); len(got) != 301 {
		t.Errorf("%d entries", len(got))
	}
	b, err := os.ReadFile(filepath.Join(dir, "123.pdf"))
	if err != nil || len(b) != 1000 {
		t.Errorf("123.pdf: %d bytes, %v", len(b), err)
	}
}

// Stop in the middle of a set: the workers stop before the temporary
// folder is removed, and no file appears after Stop returns.
func TestWriteSetStop(t *testing.T) {
	resetState(t)
	defer resetState(t)
	parent := t.TempDir()
	dir := filepath.Join(parent, "letters")
	started := make(chan struct{})
	var once sync.Once
	var after atomic.Bool
	files := make([]SetFile, 2000)
	for i := range files {
		files[i] = SetFile{Name: fmt.Sprintf("%04d.pdf", i), Write: func(w io.Writer) error {
			if i == 20 {
				once.Do(func() { close(started) })
			}
			time.Sleep(200 * time.Microsecond)
			if after.Load() {
				t.Error("a worker wrote after Stop returned")
			}
			_, err := io.WriteString(w, "x")
			return err
		}}
	}
	done := make(chan error)
	go func() { done <- WriteSet(dir, files, SetOptions{Workers: 8}) }()
	<-started
	left := Stop()
	after.Store(true)
	if !slices.Equal(left.Dropped, []string{dir}) || len(left.Written) != 0 || len(left.Stuck) != 0 {
		t.Fatalf("left %+v", left)
	}
	if got := tree(t, parent); len(got) != 0 {
		t.Fatalf("left behind after Stop: %v", got)
	}
	if err := <-done; !errors.Is(err, errStopped) {
		t.Fatalf("err = %v", err)
	}
	time.Sleep(10 * time.Millisecond)
	if got := tree(t, parent); len(got) != 0 {
		t.Fatalf("left behind later: %v", got)
	}
	if err := WriteSet(filepath.Join(parent, "again"), set("a.pdf"), SetOptions{}); !errors.Is(err, errStopped) {
		t.Fatalf("a set started after Stop: %v", err)
	}
}

// Stop during a single Write drops its temporary file; an output written
// before is reported as written whole.
func TestStopWrite(t *testing.T) {
	resetState(t)
	defer resetState(t)
	dir := t.TempDir()
	done := filepath.Join(dir, "all.pdf")
	if err := Write(done, writeString("whole")); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "notice.pdf")
	var left Left
	err := Write(p, func(w io.Writer) error {
		io.WriteString(w, "half")
		left = Stop() // what the interrupt does
		_, err := io.WriteString(w, "rest")
		return err
	})
	if !errors.Is(err, errStopped) {
		t.Fatalf("err = %v", err)
	}
	if !slices.Equal(left.Written, []string{done}) || !slices.Equal(left.Dropped, []string{p}) || len(left.Stuck) != 0 {
		t.Fatalf("left %+v", left)
	}
	if got := tree(t, dir); !slices.Equal(got, []string{"all.pdf"}) {
		t.Fatalf("left behind: %v", got)
	}
}

// The files of a set have the user's umask applied.
func TestWriteSetModes(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix modes")
	}
	resetState(t)
	old := umask(0o077)
	defer umask(old)
	dir := filepath.Join(t.TempDir(), "out")
	if err := WriteSet(dir, set("a.pdf", "t/b.pdf"), SetOptions{}); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]os.FileMode{"": 0o700, "a.pdf": 0o600, "t": 0o700, "t/b.pdf": 0o600} {
		if fi, _ := os.Stat(filepath.Join(dir, p)); fi.Mode().Perm() != want {
			t.Errorf("%q: %v, want %v", p, fi.Mode().Perm(), want)
		}
	}
}

func TestWriteSetBadNames(t *testing.T) {
	resetState(t)
	for _, n := range []string{"", "../x.pdf", "/abs.pdf", "a/../b.pdf", `a\b.pdf`, "a\x1b.pdf", RecordName, ".relief-1.tmp/x", "a.pdf"} {
		files := set(n)
		if n == "a.pdf" {
			files = set("a.pdf", "A.PDF")
		}
		if err := WriteSet(filepath.Join(t.TempDir(), "o"), files, SetOptions{}); msgKey(err) != "safefile.bad-name" {
			t.Errorf("%q: %v", n, err)
		}
	}
}

// A temporary file of someone else's (a spool) is removed by Stop, and is
// not reported as an output.
func TestTrack(t *testing.T) {
	resetState(t)
	defer resetState(t)
	f, err := os.CreateTemp(t.TempDir(), "relief-copy-*.tmp")
	if err != nil {
		t.Fatal(err)
	}
	release, err := Track(f)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	f.WriteString("rows")
	left := Stop()
	if len(left.Dropped) != 0 || len(left.Stuck) != 0 {
		t.Fatalf("left %+v", left)
	}
	if _, err := os.Stat(f.Name()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("spool still there: %v", err)
	}
	if _, err := f.WriteString("more"); err == nil {
		t.Fatal("spool still open")
	}
}
