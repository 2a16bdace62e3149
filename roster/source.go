package roster

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html/charset"
)

// How a sheet's cells are read.
//
// Reading needs to know, for every cell, whether it is a number or text: an
// identity number typed into a numeric cell has lost its last digits, and a
// date is either a serial number or text such as 2026.9.5. excelize's
// streaming Rows iterator returns strings only and loses the cell type, and
// its per-cell GetCellType loads the whole sheet. So the workbook is opened
// (and validated, decrypted and size-limited) by excelize, and each sheet's
// XML is then scanned here with encoding/xml's RawToken, which keeps the
// cell type and is about twice as fast as Rows with RawCellValue (see
// ../shared/notes/excel-facts.md). The part's bytes come from excelize's
// package when it kept them in memory, else straight from the zip archive
// (excelize extracts parts above UnzipXMLSizeLimit to temporary files that
// it does not expose). Everything the reader needs from a sheet goes
// through rowSource, so a faster scanner can replace this one.

// rawCell is one cell as stored, before the schema interprets it.
type rawCell struct {
	Value   string // text as written; a number as stored ("45123", "1.52824198001011E+17")
	Numeric bool   // a number cell (dates are numbers too)
	Formula bool   // the cell holds a formula; Value is its cached result, "" if none
	Error   bool   // an error value such as #N/A or #VALUE! (a formula that failed)
	// Uncached: a formula stored without its result (no <v>), as
	// programs that do not compute formulas write them.
	Uncached bool
	// Merged: the cell is covered by a merged range that starts on a row
	// above, and Value is that range's value (see mergedRows).
	Merged bool
}

// rowSource yields the rows of one sheet, top to bottom.
type rowSource interface {
	// Next advances to the next row stored in the sheet. It returns false
	// at the end of the sheet or on an error (see Err).
	Next() bool
	// Row returns the current row's Excel number and its cells by column
	// (index 0 is column A), trailing empty cells trimmed. The slice and
	// its cells are only valid until the next call to Next.
	Row() (num int, cells []rawCell)
	// Err returns the error that stopped Next, if any.
	Err() error
	// Close releases the sheet.
	Close() error
}

// The limits the workbook is opened with. UnzipSizeLimit bounds the sum of
// the sizes the zip declares (excelize reserves memory up to a declared
// size); parts above unzipXMLLimit are not kept in memory.
const (
	unzipLimit = 1 << 30
	maxColumns = 16384 // XFD
	maxRows    = 1048576
)

// unzipXMLLimit is a variable so that tests can make excelize extract
// small sheets to temporary files.
var unzipXMLLimit int64 = 64 << 20

// sheetRef is one sheet of the workbook, in tab order.
type sheetRef struct {
	Name   string
	Part   string // the sheet's part in the package, e.g. xl/worksheets/sheet1.xml
	Hidden bool
	Index  int // position in the tab order
}

// xlsxFile is an opened workbook.
type xlsxFile struct {
	path     string
	password string
	x        *excelize.File
	sheets   []sheetRef
	date1904 bool
	sstPart  string

	sst    []string // the shared strings, loaded on first use
	sstErr error
	sstOK  bool

	zr    *zip.Reader // the package itself, opened on first need
	zfile *os.File
}

// openXLSX opens the workbook at path. It returns an *i18n.Error for every
// input it cannot read (see checkFile).
func openXLSX(filename, password string) (*xlsxFile, error) {
	kind, err := checkFile(filename, password)
	if err != nil {
		return nil, err
	}
	x, err := excelize.OpenFile(filename, excelize.Options{
		Password:          password,
		RawCellValue:      true,
		UnzipSizeLimit:    unzipLimit,
		UnzipXMLSizeLimit: unzipXMLLimit,
	})
	if err != nil {
		if x != nil {
			_ = x.Close()
		}
		return nil, openError(filename, kind, err)
	}
	f := &xlsxFile{path: filename, password: password, x: x}
	if err := f.index(); err != nil {
		_ = f.Close()
		return nil, damaged(filename, err)
	}
	return f, nil
}

// Close deletes excelize's temporary files and closes the package.
func (f *xlsxFile) Close() error {
	var err error
	if f.zfile != nil {
		err = f.zfile.Close()
		f.zfile = nil
	}
	if f.x != nil {
		if e := f.x.Close(); err == nil {
			err = e
		}
		f.x = nil
	}
	return err
}

// rels is a relationships part.
type rels struct {
	Rel []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// index finds the sheets' parts, the shared strings and the date system.
func (f *xlsxFile) index() error {
	wbPart := "xl/workbook.xml"
	var root rels
	if b, ok := f.pkgBytes("_rels/.rels"); ok {
		if err := xml.Unmarshal(b, &root); err != nil {
			return err
		}
		for _, r := range root.Rel {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				wbPart = resolvePart("", r.Target)
			}
		}
	}
	targets := map[string]string{}
	f.sstPart = "xl/sharedStrings.xml"
	if b, ok := f.pkgBytes(path.Join(path.Dir(wbPart), "_rels", path.Base(wbPart)+".rels")); ok {
		var wr rels
		if err := xml.Unmarshal(b, &wr); err != nil {
			return err
		}
		for _, r := range wr.Rel {
			p := resolvePart(path.Dir(wbPart), r.Target)
			targets[r.ID] = p
			if strings.HasSuffix(r.Type, "/sharedStrings") {
				f.sstPart = p
			}
		}
	}
	if wb := f.x.WorkBook; wb != nil {
		if wb.WorkbookPr != nil {
			f.date1904 = wb.WorkbookPr.Date1904
		}
		for i, s := range wb.Sheets.Sheet {
			f.sheets = append(f.sheets, sheetRef{
				Name:   s.Name,
				Part:   targets[s.ID],
				Hidden: s.State == "hidden" || s.State == "veryHidden",
				Index:  i,
			})
		}
	}
	return nil
}

// resolvePart resolves a relationship target against the directory of the
// part that holds it.
func resolvePart(dir, target string) string {
	target = strings.ReplaceAll(target, "\\", "/")
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean(path.Join("/", dir, target)), "/")
}

// pkgBytes returns a part excelize kept in memory; part names compare
// without regard to case, as Excel does.
func (f *xlsxFile) pkgBytes(name string) ([]byte, bool) {
	if v, ok := f.x.Pkg.Load(name); ok {
		b, ok := v.([]byte)
		return b, ok
	}
	var found []byte
	ok := false
	f.x.Pkg.Range(func(k, v any) bool {
		if s, _ := k.(string); strings.EqualFold(s, name) {
			found, ok = v.([]byte)
			return false
		}
		return true
	})
	return found, ok
}

// openPart opens a part of the package for reading: from excelize's memory
// when it is there, else from the zip archive. A missing part is
// (nil, nil).
func (f *xlsxFile) openPart(name string) (io.ReadCloser, error) {
	if b, ok := f.pkgBytes(name); ok {
		return io.NopCloser(bytes.NewReader(b)), nil
	}
	if f.zr == nil {
		if err := f.openZip(); err != nil {
			return nil, err
		}
	}
	for _, zf := range f.zr.File {
		if strings.EqualFold(strings.ReplaceAll(zf.Name, "\\", "/"), name) {
			return zf.Open()
		}
	}
	// Part names are URIs: a relationship may give sheet%201.xml for the
	// zip's "sheet 1.xml", or the other way round.
	if u, err := url.PathUnescape(name); err == nil && u != name {
		return f.openPart(u)
	}
	return nil, nil
}

// openZip opens the package as a zip archive, decrypting it first if it
// is an encrypted workbook.
func (f *xlsxFile) openZip() error {
	fh, err := os.Open(f.path)
	if err != nil {
		return err
	}
	st, err := fh.Stat()
	if err != nil {
		fh.Close()
		return err
	}
	var magic [8]byte
	if _, err := fh.ReadAt(magic[:], 0); err == nil && bytes.Equal(magic[:], oleMagic) {
		raw, err := io.ReadAll(fh)
		fh.Close()
		if err != nil {
			return err
		}
		plain, err := excelize.Decrypt(raw, &excelize.Options{Password: f.password})
		if err != nil {
			return err
		}
		f.zr, err = zip.NewReader(bytes.NewReader(plain), int64(len(plain)))
		return err
	}
	zr, err := zip.NewReader(fh, st.Size())
	if err != nil {
		fh.Close()
		return err
	}
	f.zr, f.zfile = zr, fh
	return nil
}

// sharedStrings loads the shared-string table once.
func (f *xlsxFile) sharedStrings() ([]string, error) {
	if f.sstOK {
		return f.sst, f.sstErr
	}
	f.sstOK = true
	rc, err := f.openPart(f.sstPart)
	if err != nil || rc == nil {
		f.sstErr = err
		return nil, err
	}
	defer rc.Close()
	d := newDecoder(rc)
	var (
		b         strings.Builder
		inSI, inT bool
		phonetic  int
		sst       []string
	)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			f.sstErr = err
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				inSI = true
				b.Reset()
			case "t":
				inT = inSI && phonetic == 0
			case "rPh":
				phonetic++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				sst = append(sst, unescapeBSTR(b.String()))
				inSI = false
			case "t":
				inT = false
			case "rPh":
				phonetic--
			}
		case xml.CharData:
			if inT {
				b.Write(t)
			}
		}
	}
	f.sst = sst
	return sst, nil
}

// newDecoder returns an XML decoder over r that understands the encodings
// a part may declare.
func newDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// unescapeBSTR decodes the _xHHHH_ escapes Excel writes for characters XML
// cannot carry (_x000D_ is a carriage return, _x005F_ an underscore).
func unescapeBSTR(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				b.WriteRune(rune(n))
				i += 7
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// rows opens a sheet for reading.
func (f *xlsxFile) rows(s sheetRef) (rowSource, error) {
	rc, err := f.openPart(s.Part)
	if err != nil {
		return nil, err
	}
	if rc == nil { // the workbook lists a sheet whose part is not there
		return nil, fmt.Errorf("sheet %q: part %q is missing", s.Name, s.Part)
	}
	return &xmlRows{f: f, rc: rc, d: newDecoder(rc)}, nil
}

// xmlRows scans a worksheet part's <sheetData>.
type xmlRows struct {
	f     *xlsxFile
	rc    io.ReadCloser
	d     *xml.Decoder
	err   error
	done  bool
	num   int
	cells []rawCell
	vbuf  []byte
}

func (r *xmlRows) Row() (int, []rawCell) { return r.num, r.cells }
func (r *xmlRows) Err() error            { return r.err }

func (r *xmlRows) Close() error {
	r.done = true
	if r.rc != nil {
		err := r.rc.Close()
		r.rc = nil
		return err
	}
	return nil
}

func (r *xmlRows) fail(err error) bool {
	r.err, r.done = err, true
	return false
}

// Next scans up to the next <row> and reads its cells.
func (r *xmlRows) Next() bool {
	if r.done {
		return false
	}
	for {
		tok, err := r.d.RawToken()
		if err == io.EOF {
			r.done = true
			return false
		}
		if err != nil {
			return r.fail(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local == "row" {
				n := r.num + 1
				v := attr(t, "r")
				if v != "" {
					if n, err = strconv.Atoi(v); err != nil || n < 1 || n > maxRows {
						return r.fail(fmt.Errorf("bad row number %q", v))
					}
				}
				r.num = n
				// A row without its number (allowed: it follows the
				// previous one) may still have cells that say where they
				// are: some writers skip empty rows and number the cells
				// only. The first cell's reference then gives the row.
				return r.readRow(v == "")
			}
		case xml.EndElement:
			if t.Name.Local == "sheetData" {
				r.done = true
				return false
			}
		}
	}
}

// readRow reads the cells of the current <row> up to its end tag; with
// numberFromCells the first cell reference that carries a row number sets
// the row's number.
func (r *xmlRows) readRow(numberFromCells bool) bool {
	r.cells = r.cells[:0]
	var (
		col              int
		typ              string
		in               string // the element whose text is collected: v, t (inline), or ""
		inCell, formula  bool
		inInline, phonet bool
		cached           bool // the cell has a <v> or an inline string
	)
	r.vbuf = r.vbuf[:0]
	for {
		tok, err := r.d.RawToken()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return r.fail(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				inCell, formula, cached, typ = true, false, false, attr(t, "t")
				r.vbuf = r.vbuf[:0]
				col++
				if ref := attr(t, "r"); ref != "" {
					c, err := refColumn(ref)
					if err != nil {
						return r.fail(err)
					}
					col = c
					if numberFromCells {
						numberFromCells = false
						if n := refRow(ref); n > 0 {
							r.num = n
						}
					}
				}
			case "v":
				if inCell {
					in, cached = "v", true
				}
			case "f":
				formula = inCell
			case "is":
				inInline = inCell
				cached = cached || inCell
			case "rPh":
				phonet = true
			case "t":
				if inInline && !phonet {
					in = "t"
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "row":
				// trim trailing empty cells
				n := len(r.cells)
				for n > 0 && r.cells[n-1].Value == "" && !r.cells[n-1].Formula {
					n--
				}
				r.cells = r.cells[:n]
				return true
			case "c":
				if inCell {
					if err := r.addCell(col, typ, formula, formula && !cached); err != nil {
						return r.fail(err)
					}
				}
				inCell, inInline, in = false, false, ""
			case "v", "t":
				in = ""
			case "rPh":
				phonet = false
			}
		case xml.CharData:
			if in != "" {
				r.vbuf = append(r.vbuf, t...)
			}
		}
	}
}

// addCell stores the cell just read at column col.
func (r *xmlRows) addCell(col int, typ string, formula, uncached bool) error {
	if col < 1 || col > maxColumns {
		return fmt.Errorf("bad column %d", col)
	}
	if len(r.vbuf) == 0 && !formula {
		return nil // a styled empty cell
	}
	c := rawCell{Formula: formula, Uncached: uncached}
	switch typ {
	case "s":
		sst, err := r.f.sharedStrings()
		if err != nil {
			return err
		}
		i, err := strconv.Atoi(strings.TrimSpace(string(r.vbuf)))
		if err != nil || i < 0 || i >= len(sst) {
			return fmt.Errorf("bad shared string index %q", r.vbuf)
		}
		c.Value = sst[i]
	case "inlineStr":
		c.Value = unescapeBSTR(string(r.vbuf))
	case "str":
		c.Value = string(r.vbuf)
	case "e":
		c.Value = strings.TrimSpace(string(r.vbuf))
		c.Error = true
	case "b":
		c.Value = "FALSE"
		if strings.TrimSpace(string(r.vbuf)) == "1" {
			c.Value = "TRUE"
		}
	case "d": // an ISO 8601 date: keep the day, read as text
		v := string(r.vbuf)
		if len(v) > 10 && v[10] == 'T' {
			v = v[:10]
		}
		c.Value = v
	default: // "n" or none: a number
		c.Value = strings.TrimSpace(string(r.vbuf))
		c.Numeric = c.Value != ""
	}
	if c.Value == "" && !c.Formula {
		return nil
	}
	for len(r.cells) < col-1 {
		r.cells = append(r.cells, rawCell{})
	}
	if len(r.cells) >= col { // a column given twice: the later cell wins
		r.cells[col-1] = c
		return nil
	}
	r.cells = append(r.cells, c)
	return nil
}

// attr returns the value of the attribute with local name key.
func attr(t xml.StartElement, key string) string {
	for _, a := range t.Attr {
		if a.Name.Local == key {
			return a.Value
		}
	}
	return ""
}

// refRow returns the row number of an A1 reference, or 0 when it has
// none or a bad one.
func refRow(ref string) int {
	i := strings.IndexAny(ref, "0123456789")
	if i < 0 {
		return 0
	}
	n, err := strconv.Atoi(ref[i:])
	if err != nil || n < 1 || n > maxRows {
		return 0
	}
	return n
}

// refColumn returns the column number of an A1 reference.
func refColumn(ref string) (int, error) {
	col := 0
	for i := 0; i < len(ref); i++ {
		c := ref[i]
		switch {
		case 'A' <= c && c <= 'Z':
			col = col*26 + int(c-'A') + 1
		case 'a' <= c && c <= 'z':
			col = col*26 + int(c-'a') + 1
		case c == '$':
		default:
			if col == 0 {
				return 0, fmt.Errorf("bad cell reference %q", ref)
			}
			return col, nil
		}
		if col > maxColumns {
			return 0, fmt.Errorf("bad cell reference %q", ref)
		}
	}
	if col == 0 {
		return 0, errors.New("empty cell reference")
	}
	return col, nil
}
