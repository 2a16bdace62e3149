package roster

// The reader as it was before the streaming scanner (encoding/xml's
// RawToken over parts opened by excelize), kept as a reference for the
// differential test (differential_test.go): every fixture must read the
// same, cell by cell, through both. Test-only; not used by the program.

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
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html/charset"

	"relief/i18n"
)

// refXMLLimit is the size above which excelize extracts a part to a
// temporary file.
var refXMLLimit int64 = 64 << 20

// refFile is an opened workbook.
type refFile struct {
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

// refOpen opens the workbook at path. It returns an *i18n.Error for every
// input it cannot read (see checkFile).
func refOpen(filename, password string) (*refFile, error) {
	kind, err := checkFile(filename, password)
	if err != nil {
		return nil, err
	}
	x, err := excelize.OpenFile(filename, excelize.Options{
		Password:          password,
		RawCellValue:      true,
		UnzipSizeLimit:    unzipLimit,
		UnzipXMLSizeLimit: refXMLLimit,
	})
	if err != nil {
		if x != nil {
			_ = x.Close()
		}
		return nil, openError(filename, kind, err)
	}
	f := &refFile{path: filename, password: password, x: x}
	if err := f.index(); err != nil {
		_ = f.Close()
		return nil, damaged(filename, err)
	}
	return f, nil
}

// Close deletes excelize's temporary files and closes the package.
func (f *refFile) Close() error {
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
type refRels struct {
	Rel []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// index finds the sheets' parts, the shared strings and the date system.
func (f *refFile) index() error {
	wbPart := "xl/workbook.xml"
	var root refRels
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
		var wr refRels
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

// pkgBytes returns a part excelize kept in memory; part names compare
// without regard to case, as Excel does.
func (f *refFile) pkgBytes(name string) ([]byte, bool) {
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
func (f *refFile) openPart(name string) (io.ReadCloser, error) {
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
func (f *refFile) openZip() error {
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
func (f *refFile) sharedStrings() ([]string, error) {
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
	d := refDecoder(rc)
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

// refDecoder returns an XML decoder over r that understands the encodings
// a part may declare.
func refDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(bufio.NewReaderSize(r, 64<<10))
	d.CharsetReader = charset.NewReaderLabel
	return d
}

// rows opens a sheet for reading.
func (f *refFile) rows(s sheetRef) (rowSource, error) {
	rc, err := f.openPart(s.Part)
	if err != nil {
		return nil, err
	}
	if rc == nil { // the workbook lists a sheet whose part is not there
		return nil, fmt.Errorf("sheet %q: part %q is missing", s.Name, s.Part)
	}
	return &refRows{f: f, rc: rc, d: refDecoder(rc)}, nil
}

// refRows scans a worksheet part's <sheetData>.
type refRows struct {
	f     *refFile
	rc    io.ReadCloser
	d     *xml.Decoder
	err   error
	done  bool
	num   int
	cells []rawCell
	vbuf  []byte
}

func (r *refRows) Row() (int, []rawCell) { return r.num, r.cells }
func (r *refRows) Err() error            { return r.err }

func (r *refRows) Close() error {
	r.done = true
	if r.rc != nil {
		err := r.rc.Close()
		r.rc = nil
		return err
	}
	return nil
}

func (r *refRows) fail(err error) bool {
	r.err, r.done = err, true
	return false
}

// Next scans up to the next <row> and reads its cells.
func (r *refRows) Next() bool {
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
				v := refAttr(t, "r")
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
func (r *refRows) readRow(numberFromCells bool) bool {
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
				inCell, formula, cached, typ = true, false, false, refAttr(t, "t")
				r.vbuf = r.vbuf[:0]
				col++
				if ref := refAttr(t, "r"); ref != "" {
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
func (r *refRows) addCell(col int, typ string, formula, uncached bool) error {
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

// mergeRanges returns the merged ranges of a sheet that span more than
// one row, ordered by their first row.
func (f *refFile) mergeRanges(s sheetRef) ([]mergeRange, error) {
	rc, err := f.openPart(s.Part)
	if err != nil || rc == nil {
		return nil, err
	}
	defer rc.Close()
	return refMergeRanges(rc)
}

// refMergeRanges reads the merged ranges of a worksheet part.
func refMergeRanges(part io.Reader) ([]mergeRange, error) {
	rest, err := refSeekElement(part, "mergeCells")
	if err != nil || rest == nil {
		return nil, err
	}
	var out []mergeRange
	d := refDecoder(rest)
	for len(out) < maxMerges {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "mergeCell" {
				continue
			}
			if m, ok := parseRange(refAttr(t, "ref")); ok && m.r2 > m.r1 {
				out = append(out, m)
			}
		case xml.EndElement:
			if t.Name.Local == "mergeCells" {
				sort.SliceStable(out, func(i, j int) bool { return out[i].r1 < out[j].r1 })
				return out, nil
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].r1 < out[j].r1 })
	return out, nil
}

// refSeekElement reads r up to the start tag of the element with local name
// local (with or without a namespace prefix) and returns a reader of the
// rest of r from that tag on, or nil when r has no such tag. Text cannot
// hold a raw '<', so any '<' followed by the name is a tag.
func refSeekElement(r io.Reader, local string) (io.Reader, error) {
	const chunk = 64 << 10
	buf := make([]byte, 0, chunk+256)
	name := []byte(local)
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		for off := 0; ; {
			i := bytes.Index(buf[off:], name)
			if i < 0 {
				break
			}
			i += off
			if start, ok := tagStart(buf, i); ok && i+len(name) < len(buf) && isNameEnd(buf[i+len(name)]) {
				return io.MultiReader(bytes.NewReader(append([]byte(nil), buf[start:]...)), r), nil
			}
			off = i + 1
		}
		if err == io.EOF {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		// Keep the tail, which may hold the start of the tag.
		keep := min(len(buf), 128)
		copy(buf, buf[len(buf)-keep:])
		buf = buf[:keep]
	}
}

// refAttr returns the value of the attribute with local name key.
func refAttr(t xml.StartElement, key string) string {
	for _, a := range t.Attr {
		if a.Name.Local == key {
			return a.Value
		}
	}
	return ""
}

// openError turns excelize's open error into a message for the clerk.
func openError(name string, kind fileKind, err error) error {
	switch {
	case kind == kindEncrypted:
		return &i18n.Error{Msg: i18n.M("roster.open.wrong-password", name), Err: err}
	case strings.Contains(err.Error(), "unzip size exceeds"):
		return &i18n.Error{Msg: i18n.M("roster.open.too-large", name, unzipLimit>>20), Err: err}
	case errors.Is(err, excelize.ErrWorkbookPassword):
		return &i18n.Error{Msg: i18n.M("roster.open.wrong-password", name), Err: err}
	case errors.Is(err, zip.ErrFormat), errors.Is(err, io.ErrUnexpectedEOF):
		return &i18n.Error{Msg: i18n.M("roster.open.truncated", name), Err: err}
	}
	return damaged(name, err)
}

// tagStart reports whether the name at buf[i:] opens a tag: it follows
// '<' or '<prefix:'; start is the index of the '<'.
func tagStart(buf []byte, i int) (int, bool) {
	j := i - 1
	if j >= 0 && buf[j] == ':' {
		j--
		for j >= 0 && isNameByte(buf[j]) {
			j--
		}
	}
	return j, j >= 0 && buf[j] == '<'
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}

// isNameEnd reports whether c may follow an element name in a tag.
func isNameEnd(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}
