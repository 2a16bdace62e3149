package safefile

// The record of a folder that WriteSet wrote: the list of the files it
// holds, which is all that --replace ever removes.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// RecordName is the file in which a folder written by WriteSet records the
// files it holds, one relative path a line, so that Replace removes
// exactly those and nothing a person put there.
const RecordName = ".relief-files"

// recordHeader starts the record file: what it is, for whoever opens it.
const recordHeader = `# relief 生成的文件清单：relief 在本文件夹中写入了下列文件。
# 加 --replace 重新生成时，relief 只删除这里列出的文件，文件夹中的其他文件不动。请勿修改或删除本文件。
# The files relief wrote in this folder. With --replace, relief removes only these.
`

// writeRecord writes the record of names to p.
func writeRecord(p string, names []string) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	w.WriteString(recordHeader)
	for _, n := range names {
		fmt.Fprintln(w, n)
	}
	err = w.Flush()
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeRecordAtomic replaces the record at p whole.
func writeRecordAtomic(p string, names []string) error {
	tmp := tempName(filepath.Dir(p), tempMark+"record-", ".tmp")
	if err := writeRecord(tmp, names); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, p); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// maxRecord bounds the record file read back: a province's letters are a
// few megabytes of names.
const maxRecord = 64 << 20

// readRecord reads the names a record lists. Lines that are not a name a
// set may hold (edited by hand: ../x, an absolute path) are ignored: the
// record can never make Replace remove a file outside the folder.
func readRecord(p string) ([]string, error) {
	f, err := OpenRegular(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(io.LimitReader(f, maxRecord))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		n := strings.TrimSuffix(sc.Text(), "\r")
		if n == "" || strings.HasPrefix(n, "#") || !setName(n) {
			continue
		}
		names = append(names, n)
	}
	return names, sc.Err()
}
