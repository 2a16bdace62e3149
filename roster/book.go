package roster

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"relief/i18n"
)

// book is one input file opened for reading: an .xlsx workbook with its
// sheets, or a .csv file, which is one sheet. The reader finds and reads
// sheets through it only, so both kinds of file are given meaning by the
// same schema code.
type book interface {
	// sheetList returns the sheets in tab order.
	sheetList() []sheetRef
	// rows opens a sheet for reading; whole reads it to its end (its
	// merged ranges, rows stored twice), not only its first rows.
	rows(s sheetRef, whole bool) (partRows, error)
	// uses1904 reports whether date serials count from 1904.
	uses1904() bool
	// markDisorder marks the sheet with index i as stored out of order,
	// to be read again sorted; false when it is marked already (or the
	// file cannot be read otherwise).
	markDisorder(i int) bool
	Close() error
}

func (f *xlsxFile) sheetList() []sheetRef { return f.sheets }
func (f *xlsxFile) uses1904() bool        { return f.date1904 }

func (f *xlsxFile) markDisorder(i int) bool {
	if f.disorder[i] {
		return false
	}
	f.disorder[i] = true
	return true
}

// IsCSV reports whether path names a CSV file, by its extension.
func IsCSV(path string) bool { return strings.EqualFold(filepath.Ext(path), ".csv") }

// openBook opens the input file at path: a .csv file as text, anything
// else as a workbook. A ".csv" that is in fact a workbook (renamed, or
// saved by a program that keeps the extension) is opened as a workbook.
func openBook(path string, opt Options) (book, error) {
	if IsCSV(path) && !isPackage(path) {
		return openCSV(path, opt.Sheet)
	}
	return openXLSX(path, opt.Password)
}

// isPackage reports whether the file starts as a zip package or an OLE2
// compound file (an .xlsx, an encrypted .xlsx, a legacy .xls).
func isPackage(path string) bool {
	fh, err := os.Open(path)
	if err != nil {
		return false
	}
	defer fh.Close()
	head := make([]byte, 8)
	n, _ := fh.Read(head)
	head = head[:n]
	return bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.HasPrefix(head, oleMagic)
}

// fileError is the error for a file that opened but whose rows cannot be
// read: the scanner's own message when it has one (a CSV file's), else
// the workbook's "damaged" message.
func fileError(path string, err error) error {
	var ie *i18n.Error
	if errors.As(err, &ie) {
		return err
	}
	return damaged(path, err)
}
