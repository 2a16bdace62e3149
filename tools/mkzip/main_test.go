package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The same files give the same bytes, whatever their own times and the
// order they are given in; inside, they sit in one folder, in name order,
// with the fixed time, executables executable.
func TestReproducibleZip(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"relief.exe": "MZ", "README.md": "# relief", "sample.xlsx": "PK"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files := []string{filepath.Join(dir, "sample.xlsx"), filepath.Join(dir, "relief.exe"), filepath.Join(dir, "README.md")}
	when := time.Unix(1764547200, 0).UTC()
	a, b := filepath.Join(dir, "a.zip"), filepath.Join(dir, "b.zip")
	if err := write(a, "relief-v1", when, files); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(files[0], time.Now(), time.Now().Add(time.Hour))
	if err := write(b, "relief-v1", when, []string{files[2], files[0], files[1]}); err != nil {
		t.Fatal(err)
	}
	ab, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if !bytes.Equal(ab, bb) {
		t.Error("the same files gave different archives")
	}
	zr, err := zip.OpenReader(a)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
		if !f.Modified.Equal(when) {
			t.Errorf("%s: time %v", f.Name, f.Modified)
		}
		if f.Name == "relief-v1/relief.exe" && f.Mode()&0o111 == 0 {
			t.Errorf("relief.exe is not executable: %v", f.Mode())
		}
	}
	if got := strings.Join(names, " "); got != "relief-v1/README.md relief-v1/relief.exe relief-v1/sample.xlsx" {
		t.Errorf("entries %s", got)
	}
}
