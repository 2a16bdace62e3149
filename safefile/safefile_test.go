package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	if err := Write(p, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
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

// An interrupted run removes the temporary file of a write under way.
func TestRemovePending(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.pdf")
	err := Write(p, func(w io.Writer) error {
		io.WriteString(w, "half")
		RemovePending() // what the interrupt handler does
		if es, _ := os.ReadDir(dir); len(es) != 0 {
			t.Errorf("temporary file still there: %v", es)
		}
		return errors.New("interrupted")
	})
	if err == nil {
		t.Fatal("no error")
	}
	if _, err := os.Stat(p); err == nil {
		t.Fatal("target written")
	}
}
