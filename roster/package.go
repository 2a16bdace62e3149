package roster

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"

	"relief/i18n"
)

// The workbook's package: a zip archive of XML parts, read straight from
// the file with archive/zip. Only the parts the reader needs are opened
// (the relationships, the workbook, the shared strings and the sheets it
// reads), each streamed as it inflates: a part the program does not read
// is never inflated, however large it declares itself. An encrypted
// workbook is decrypted by excelize into memory first.

// The limits the workbook is read with. unzipLimit bounds the sum of the
// sizes the zip declares (checkFile): parts are streamed, so it bounds
// the time a read may take, not its memory; a province's roster of
// 1,500,000 members unpacks to about 1.5 GB. maxSheets bounds the sheets
// of a workbook (no clerk's workbook has more than a few dozen; thousands
// of sheets pointing at one part would each be read).
const (
	unzipLimit = 4 << 30
	maxSheets  = 1000
)

// xlsxFile is an opened workbook.
type xlsxFile struct {
	path       string
	zr         *zip.Reader
	zfile      *os.File
	parts      map[string]*zip.File // by lower-cased name, and by its %-unescaped form
	sheets     []sheetRef
	date1904   bool
	sstPart    string
	stylesPart string

	sstOnce sync.Once
	sst     *sharedStrings
	sstErr  error

	// disorder marks the sheets (by Index) whose rows are not stored in
	// ascending order: they are read through sortedRows.
	disorder map[int]bool
}

// openXLSX opens the workbook at path. It returns an *i18n.Error for every
// input it cannot read (see checkFile).
func openXLSX(filename, password string) (*xlsxFile, error) {
	kind, err := checkFile(filename, password)
	if err != nil {
		return nil, err
	}
	f := &xlsxFile{path: filename, disorder: map[int]bool{}}
	if err := f.openZip(kind, password); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.index(); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Close closes the file.
func (f *xlsxFile) Close() error {
	if f.zfile != nil {
		err := f.zfile.Close()
		f.zfile = nil
		return err
	}
	return nil
}

// openZip opens the package as a zip archive, decrypting it first if it
// is an encrypted workbook.
func (f *xlsxFile) openZip(kind fileKind, password string) error {
	fh, err := os.Open(f.path)
	if err != nil {
		return &i18n.Error{Msg: i18n.M("roster.open.unreadable", f.path), Err: err}
	}
	st, err := fh.Stat()
	if err != nil {
		fh.Close()
		return &i18n.Error{Msg: i18n.M("roster.open.unreadable", f.path), Err: err}
	}
	if kind == kindEncrypted {
		raw, err := io.ReadAll(io.LimitReader(fh, unzipLimit))
		fh.Close()
		if err != nil {
			return &i18n.Error{Msg: i18n.M("roster.open.unreadable", f.path), Err: err}
		}
		// A wrong password decrypts to bytes that are no zip.
		plain, err := excelize.Decrypt(raw, &excelize.Options{Password: password})
		if err == nil {
			f.zr, err = zip.NewReader(bytes.NewReader(plain), int64(len(plain)))
		}
		if err != nil {
			return &i18n.Error{Msg: i18n.M("roster.open.wrong-password", f.path), Err: err}
		}
		return checkZip(f.path, bytes.NewReader(plain), int64(len(plain)))
	}
	zr, err := zip.NewReader(fh, st.Size())
	if err != nil {
		fh.Close()
		return &i18n.Error{Msg: i18n.M("roster.open.truncated", f.path), Err: err}
	}
	f.zr, f.zfile = zr, fh
	return nil
}

// partKey is the name a part is looked up by: part names compare
// without regard to case, as Excel does, and with / for \.
func partKey(name string) string { return strings.ToLower(strings.ReplaceAll(name, "\\", "/")) }

// index finds the sheets' parts, the shared strings and the date system.
func (f *xlsxFile) index() error {
	f.parts = make(map[string]*zip.File, len(f.zr.File))
	for _, zf := range f.zr.File {
		k := partKey(zf.Name)
		if _, dup := f.parts[k]; !dup {
			f.parts[k] = zf
		}
	}
	// Part names are URIs: a relationship may give sheet%201.xml for the
	// zip's "sheet 1.xml", or the other way round.
	for _, zf := range f.zr.File {
		if u, err := url.PathUnescape(partKey(zf.Name)); err == nil {
			if _, dup := f.parts[u]; !dup {
				f.parts[u] = zf
			}
		}
	}

	wbPart := "xl/workbook.xml"
	if err := f.scanPart("_rels/.rels", func(s *xmlScanner) error {
		if s.is("Relationship") {
			typ, _ := s.attr("Type")
			if bytes.HasSuffix(typ, []byte("/officeDocument")) {
				target, _ := s.attr("Target")
				wbPart = resolvePart("", string(target))
			}
		}
		return nil
	}); err != nil {
		return damaged(f.path, err)
	}
	targets := map[string]string{}
	f.sstPart, f.stylesPart = "xl/sharedStrings.xml", "xl/styles.xml"
	dir := path.Dir(wbPart)
	if err := f.scanPart(path.Join(dir, "_rels", path.Base(wbPart)+".rels"), func(s *xmlScanner) error {
		if s.is("Relationship") {
			id, _ := s.attr("Id")
			target, _ := s.attr("Target")
			typ, _ := s.attr("Type")
			p := resolvePart(dir, string(target))
			targets[string(id)] = p
			switch {
			case bytes.HasSuffix(typ, []byte("/sharedStrings")):
				f.sstPart = p
			case bytes.HasSuffix(typ, []byte("/styles")):
				f.stylesPart = p
			}
		}
		return nil
	}); err != nil {
		return damaged(f.path, err)
	}
	err := f.scanPart(wbPart, func(s *xmlScanner) error {
		switch {
		case s.is("workbookPr"):
			if v, ok := s.attr("date1904"); ok {
				f.date1904, _ = strconv.ParseBool(strings.TrimSpace(string(v)))
			}
		case s.is("sheet"):
			if len(f.sheets) >= maxSheets {
				return errTooManySheets
			}
			name, _ := s.attr("name")
			id, _ := s.attr("id")
			state, _ := s.attr("state")
			f.sheets = append(f.sheets, sheetRef{
				Name:   string(name),
				Part:   targets[string(id)],
				Hidden: string(state) == "hidden" || string(state) == "veryHidden",
				Index:  len(f.sheets),
			})
		}
		return nil
	})
	switch {
	case err == errTooManySheets:
		return i18n.Errorf("roster.open.too-many-sheets", f.path, maxSheets)
	case err != nil:
		return damaged(f.path, err)
	}
	return nil
}

var (
	errTooManySheets = fmt.Errorf("more than %d sheets", maxSheets)
	errMissingPart   = errors.New("no such part")
)

// scanPart calls fn on every start tag of a part read whole (a missing
// part has none).
func (f *xlsxFile) scanPart(name string, fn func(*xmlScanner) error) error {
	rc, err := f.openPart(name)
	if err != nil || rc == nil {
		return err
	}
	defer rc.Close()
	s := newXMLScanner(rc)
	for k := s.next(); k != tokEOF; k = s.next() {
		if k == tokStart {
			if err := fn(s); err != nil {
				return err
			}
		}
	}
	return s.err
}

// openPart opens a part of the package for reading, inflating as it is
// read. A missing part is (nil, nil).
func (f *xlsxFile) openPart(name string) (io.ReadCloser, error) {
	zf := f.findPart(name)
	if zf == nil {
		return nil, nil
	}
	return zf.Open()
}

// findPart returns a part of the package, or nil.
func (f *xlsxFile) findPart(name string) *zip.File {
	zf := f.parts[partKey(name)]
	if zf == nil {
		if u, err := url.PathUnescape(partKey(name)); err == nil {
			zf = f.parts[u]
		}
	}
	return zf
}

// sharedStrings loads the shared-string table once.
func (f *xlsxFile) sharedStrings() (*sharedStrings, error) {
	f.sstOnce.Do(func() {
		rc, err := f.openPart(f.sstPart)
		if err != nil || rc == nil {
			f.sst, f.sstErr = &sharedStrings{}, err
			return
		}
		defer rc.Close()
		f.sst, f.sstErr = readSharedStrings(rc)
	})
	return f.sst, f.sstErr
}

// rows opens a sheet for reading: as stored, or sorted by row number
// when its rows were found out of order. whole says it is read to its
// end: it is then inflated ahead on another goroutine.
func (f *xlsxFile) rows(s sheetRef, whole bool) (partRows, error) {
	if f.disorder[s.Index] {
		return f.sortedRows(s)
	}
	return f.openRows(s, whole)
}

// openRows opens a sheet's rows as stored.
func (f *xlsxFile) openRows(s sheetRef, whole bool) (*sheetRows, error) {
	rc, err := f.openPart(s.Part)
	if err != nil {
		return nil, err
	}
	if rc == nil { // the workbook lists a sheet whose part is not there
		return nil, fmt.Errorf("sheet %q: %w %q", s.Name, errMissingPart, s.Part)
	}
	if whole {
		rc = newReadAhead(rc)
	}
	r := newSheetRows(rc, f.sharedStrings)
	r.size = int64(f.findPart(s.Part).UncompressedSize64)
	return r, nil
}

// partRows is a sheet's rows with what the rest of its part says.
type partRows interface {
	rowSource
	// finish reads the part to its end and returns its merged ranges
	// that span rows, by first row; an error if the part is damaged.
	finish() ([]mergeRange, error)
	// duplicates returns the row numbers stored more than once (each
	// row was handed out once, as first stored).
	duplicates() []int
	// fraction returns how much of the part was read for the rows handed
	// out so far, from 0 to 1 (an estimate).
	fraction() float64
}

func (r *sheetRows) duplicates() []int { return r.dups }

func (r *sheetRows) fraction() float64 {
	if r.size <= 0 {
		return 0
	}
	return min(1, float64(r.s.pos())/float64(r.size))
}
