package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"relief/templates/font"
)

func TestRun(t *testing.T) {
	f, err := font.Load("")
	if err != nil {
		t.Fatal(err)
	}
	sub, err := f.Subset([]rune("测试ttc2ttf"))
	if err != nil {
		t.Fatal(err)
	}
	ttf := sub.TTF
	dir := t.TempDir()
	in := filepath.Join(dir, "in.ttf") // a plain font is a collection of one face
	if err := os.WriteFile(in, ttf, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.ttf")
	if err := run([]string{in, "0", out}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, ttf) {
		t.Error("out.ttf differs from the face")
	}
	// .gz output is gzipped and reproducible.
	var gz [2][]byte
	for i := range gz {
		p := filepath.Join(dir, "out.ttf.gz")
		if err := run([]string{in, "0", p}); err != nil {
			t.Fatal(err)
		}
		gz[i], _ = os.ReadFile(p)
	}
	if !bytes.Equal(gz[0], gz[1]) {
		t.Error("two runs give different .gz files")
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz[0]))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); !bytes.Equal(got, ttf) {
		t.Error("out.ttf.gz does not hold the face")
	}
	for _, args := range [][]string{{in, "1", out}, {in, "x", out}, {in, "0"}, {filepath.Join(dir, "none.ttc"), "0", out}} {
		if err := run(args); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
