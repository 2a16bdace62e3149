package roster

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/richardlehane/mscfb"

	"relief/i18n"
)

// What a file turned out to be before it is opened.
type fileKind int

const (
	kindZip       fileKind = iota // a zip package: .xlsx, .xlsm …
	kindEncrypted                 // an encrypted workbook (OLE2 compound file with EncryptionInfo)
)

// oleMagic starts every OLE2 compound file: legacy .xls and encrypted .xlsx.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// checkFile looks at the file before it is opened, so that each kind
// of bad input gets its own message: missing, a folder, empty, text, a
// legacy .xls, encrypted without a password, a truncated or empty zip, a
// zip that is not a workbook, and a zip declaring more than unzipLimit
// bytes (a zip bomb, or a workbook too big to read). It never writes.
func checkFile(name, password string) (fileKind, error) {
	st, err := os.Stat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return 0, &i18n.Error{Msg: i18n.M("roster.open.missing", name), Err: err}
	case err != nil:
		return 0, &i18n.Error{Msg: i18n.M("roster.open.unreadable", name), Err: err}
	case st.IsDir():
		return 0, i18n.Errorf("roster.open.folder", name)
	case !st.Mode().IsRegular():
		return 0, i18n.Errorf("roster.open.not-xlsx", name)
	case st.Size() == 0:
		return 0, i18n.Errorf("roster.open.empty", name)
	}
	fh, err := os.Open(name)
	if err != nil {
		return 0, &i18n.Error{Msg: i18n.M("roster.open.unreadable", name), Err: err}
	}
	defer fh.Close()
	head := make([]byte, 4096)
	n, err := io.ReadFull(fh, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return 0, &i18n.Error{Msg: i18n.M("roster.open.unreadable", name), Err: err}
	}
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, oleMagic):
		return checkOLE(name, fh, password)
	case bytes.HasPrefix(head, []byte("PK")):
		return kindZip, checkZip(name, fh, st.Size())
	case looksLikeText(head):
		return 0, i18n.Errorf("roster.open.text", name)
	}
	return 0, i18n.Errorf("roster.open.not-xlsx", name)
}

// checkOLE tells an encrypted workbook from a legacy .xls (or another old
// Office file). A compound file that cannot be parsed is taken for a
// legacy .xls, the likeliest case.
func checkOLE(name string, r io.ReaderAt, password string) (fileKind, error) {
	doc, err := mscfb.New(r)
	if err != nil {
		return 0, &i18n.Error{Msg: i18n.M("roster.open.legacy-xls", name), Err: err}
	}
	var encInfo, encPackage, other bool
	for e, err := doc.Next(); err == nil; e, err = doc.Next() {
		switch e.Name {
		case "EncryptionInfo":
			encInfo = true
		case "EncryptedPackage":
			encPackage = true
		case "WordDocument", "PowerPoint Document":
			other = true
		}
	}
	switch {
	case encInfo && encPackage && password == "":
		return 0, i18n.Errorf("roster.open.encrypted", name)
	case encInfo && encPackage:
		return kindEncrypted, nil
	case other:
		return 0, i18n.Errorf("roster.open.not-xlsx", name)
	}
	return 0, i18n.Errorf("roster.open.legacy-xls", name)
}

// checkZip checks the zip's directory without decompressing anything.
func checkZip(name string, r io.ReaderAt, size int64) error {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return &i18n.Error{Msg: i18n.M("roster.open.truncated", name), Err: err}
	}
	if len(zr.File) == 0 {
		return i18n.Errorf("roster.open.empty-zip", name)
	}
	var total uint64
	workbook := false
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if f.UncompressedSize64 > unzipLimit || total > unzipLimit {
			return i18n.Errorf("roster.open.too-large", name, unzipLimit>>20)
		}
		n := strings.ToLower(strings.ReplaceAll(f.Name, "\\", "/"))
		if n == "xl/workbook.xml" || n == "_rels/.rels" || strings.HasSuffix(n, "/workbook.xml") {
			workbook = true
		}
	}
	if !workbook {
		return i18n.Errorf("roster.open.not-workbook-zip", name)
	}
	return nil
}

// looksLikeText reports whether the start of a file is text (CSV, TSV,
// HTML saved as .xls, …) rather than binary: no NUL bytes, or a UTF-16 BOM.
func looksLikeText(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return true
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return false
	}
	if utf8.Valid(b) {
		return true
	}
	// GBK text is not UTF-8 but has no control bytes besides white space.
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// damaged is the message for a workbook that opened but cannot be read.
func damaged(name string, err error) error {
	return &i18n.Error{Msg: i18n.M("roster.open.damaged", name), Err: err}
}

// sheetDamaged is the message for a sheet whose part cannot be read
// whole (a part missing altogether makes the workbook damaged).
func sheetDamaged(name, sheet string, err error) error {
	var ie *i18n.Error
	if errors.As(err, &ie) { // the scanner's own message (a CSV file's)
		return err
	}
	if errors.Is(err, errMissingPart) {
		return damaged(name, err)
	}
	return &i18n.Error{Msg: i18n.M("roster.open.sheet-damaged", name, sheet), Err: err}
}
