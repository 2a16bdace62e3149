// Command mkzip writes a zip archive that is the same bytes every time:
// its files in name order under one folder, each with the same fixed
// modification time, executables marked as such. scripts/release uses it
// so that a release can be rebuilt and compared byte for byte, on any
// machine with Go (no zip program needed).
//
//	mkzip -o relief-v1.0-windows-amd64.zip -root relief-v1.0 -time 1764547200 relief.exe README.md sample.xlsx
package main

import (
	"archive/zip"
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"
)

func main() {
	out := flag.String("o", "", "the zip file to write")
	root := flag.String("root", "", "the folder the files go into inside the archive")
	epoch := flag.Int64("time", 0, "modification time of every file, in seconds since 1970 (SOURCE_DATE_EPOCH)")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: mkzip -o OUT.zip [-root DIR] [-time EPOCH] FILE...")
		os.Exit(2)
	}
	if err := write(*out, *root, time.Unix(*epoch, 0).UTC(), flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "mkzip:", err)
		os.Exit(1)
	}
}

// write makes the archive out from files, each stored as root/base name.
func write(out, root string, mtime time.Time, files []string) (err error) {
	files = slices.Clone(files)
	slices.SortFunc(files, func(a, b string) int { return cmp.Compare(filepath.Base(a), filepath.Base(b)) })
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(out)
		}
	}()
	zw := zip.NewWriter(f)
	for _, name := range files {
		if err := add(zw, name, root, mtime); err != nil {
			return err
		}
	}
	return zw.Close()
}

func add(zw *zip.Writer, name, root string, mtime time.Time) error {
	in, err := os.Open(name)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if fi.Mode()&0o111 != 0 || filepath.Ext(name) == ".exe" {
		mode = 0o755
	}
	h := &zip.FileHeader{Name: filepath.Base(name), Method: zip.Deflate, Modified: mtime}
	if root != "" {
		h.Name = root + "/" + h.Name
	}
	h.SetMode(mode)
	w, err := zw.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, in)
	return err
}
