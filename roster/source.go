package roster

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"
)

// How a sheet's cells are read.
//
// Reading needs to know, for every cell, whether it is a number or text: an
// identity number typed into a numeric cell has lost its last digits, and a
// date is either a serial number or text such as 2026.9.5. So each sheet's
// XML is scanned here, straight from the zip archive as it inflates (see
// package.go), by a byte scanner (xmlscan.go) that keeps the cell type;
// nothing is extracted to temporary files and no part is held whole in
// memory. A province's roster of a million rows reads in seconds (see
// README, "Province scale"). Everything the reader needs from a sheet goes
// through rowSource.

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
	// TooLong: the text was longer than a cell may hold (maxCellChars);
	// Value is its start.
	TooLong bool
	// Style is the cell's style (its s attribute), for showing it as
	// Excel does (cells.go).
	Style int
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

// Excel's limits.
const (
	maxColumns   = 16384 // XFD
	maxRows      = 1048576
	maxCellChars = 32767 // characters in a cell
	// maxCellBytes bounds the bytes of a cell's text kept while it is
	// read: enough for maxCellChars characters in UTF-8 and escapes.
	maxCellBytes = 4*maxCellChars + 64
)

// errOutOfOrder stops a sheet whose rows are not stored in ascending
// order: it is read again through sortedRows.
var errOutOfOrder = errors.New("rows stored out of order")

// sheetRef is one sheet of the workbook, in tab order.
type sheetRef struct {
	Name   string
	Part   string // the sheet's part in the package, e.g. xl/worksheets/sheet1.xml
	Hidden bool
	Index  int // position in the tab order
}

// cellType is a cell's t attribute.
type cellType uint8

const (
	typeNumber cellType = iota // n, or none
	typeShared                 // s
	typeInline                 // inlineStr
	typeStr                    // str: a formula's text result
	typeError                  // e
	typeBool                   // b
	typeDate                   // d: ISO 8601
)

func parseCellType(t []byte) cellType {
	switch string(t) {
	case "s":
		return typeShared
	case "inlineStr":
		return typeInline
	case "str":
		return typeStr
	case "e":
		return typeError
	case "b":
		return typeBool
	case "d":
		return typeDate
	}
	return typeNumber
}

// sheetRows scans a worksheet part's <sheetData>: the rowSource of an
// .xlsx sheet. After the last row, finish reads the rest of the part
// (its merged ranges) and checks that it is whole.
type sheetRows struct {
	sst   func() (*sharedStrings, error) // the workbook's shared strings
	rc    io.Closer
	s     *xmlScanner
	err   error
	done  bool
	num   int // the current row
	last  int // the last row handed out, 0 before the first
	cells []rawCell
	vbuf  []byte

	// anyOrder hands rows out as stored; else a row numbered below the
	// one before stops the scan with errOutOfOrder.
	anyOrder bool
	dups     []int // row numbers stored twice in a row (the second copy is skipped)

	size      int64 // the part's size, as the zip declares it
	dataDepth int   // the depth of <sheetData>, 0 outside it
	merges    []mergeRange
	finished  bool
	numbers   map[string]string // see number
}

func newSheetRows(rc io.ReadCloser, sst func() (*sharedStrings, error)) *sheetRows {
	return &sheetRows{sst: sst, rc: rc, s: newXMLScanner(rc)}
}

func (r *sheetRows) Row() (int, []rawCell) { return r.num, r.cells }
func (r *sheetRows) Err() error            { return r.err }

func (r *sheetRows) Close() error {
	r.done = true
	if r.rc != nil {
		err := r.rc.Close()
		r.rc = nil
		return err
	}
	return nil
}

func (r *sheetRows) fail(err error) bool {
	if r.err == nil {
		r.err = err
	}
	r.done = true
	return false
}

// Next scans up to the next <row> and reads its cells.
func (r *sheetRows) Next() bool {
	for !r.done {
		if !r.nextRow() {
			return false
		}
		switch {
		case r.num == r.last:
			// The same row stored again: read once (row-duplicated).
			if len(r.dups) == 0 || r.dups[len(r.dups)-1] != r.num {
				r.dups = append(r.dups, r.num)
			}
			continue
		case r.num < r.last && !r.anyOrder:
			return r.fail(errOutOfOrder)
		}
		r.last = r.num
		return true
	}
	return false
}

// nextRow reads the next row stored, in whatever order.
func (r *sheetRows) nextRow() bool {
	s := r.s
	for {
		switch s.next() {
		case tokEOF:
			if s.err != nil {
				return r.fail(s.err)
			}
			r.done = true
			return false
		case tokStart:
			switch {
			case s.is("row"):
				n := r.num + 1
				v, ok := s.attr("r")
				if ok && len(v) > 0 {
					var good bool
					if n, good = atoiBytes(v); !good || n < 1 || n > maxRows {
						return r.fail(fmt.Errorf("bad row number %q", v))
					}
				}
				r.num = n
				// A row without its number (allowed: it follows the
				// previous one) may still have cells that say where they
				// are: some writers skip empty rows and number the cells
				// only. The first cell's reference then gives the row.
				return r.readRow(!ok || len(v) == 0)
			case s.is("sheetData"):
				r.dataDepth = s.depth()
			case r.dataDepth > 0 && s.depth() == r.dataDepth+1:
				// Only rows belong in sheetData: anything else is a
				// damaged row tag, whose cells would be lost.
				return r.fail(fmt.Errorf("%w: <%s> in sheetData", errNotXML, clip(s.qname)))
			case s.is("mergeCell"):
				r.addMerge()
			}
		case tokEnd:
			if s.is("sheetData") {
				r.dataDepth = 0
				r.done = true
				return false
			}
		}
	}
}

// finish reads the rest of the part after the rows: its merged ranges,
// and the check that it ends whole (the zip's checksum is verified at
// the end of the part).
func (r *sheetRows) finish() ([]mergeRange, error) {
	if r.err != nil {
		return nil, r.err
	}
	if !r.finished {
		r.finished = true
		s := r.s
		for k := s.next(); k != tokEOF; k = s.next() {
			if k == tokStart && s.is("mergeCell") {
				r.addMerge()
			}
		}
		if s.err != nil {
			r.err = s.err
			return nil, r.err
		}
		sortMerges(r.merges)
	}
	return r.merges, nil
}

// addMerge keeps the current <mergeCell> when it spans rows.
func (r *sheetRows) addMerge() {
	if len(r.merges) >= maxMerges {
		return
	}
	v, _ := r.s.attr("ref")
	if m, ok := parseRange(string(v)); ok && m.r2 > m.r1 {
		r.merges = append(r.merges, m)
	}
}

// readRow reads the cells of the current <row> up to its end tag; with
// numberFromCells the first cell reference that carries a row number sets
// the row's number.
func (r *sheetRows) readRow(numberFromCells bool) bool {
	r.cells = r.cells[:0]
	var (
		col, style       int
		typ              cellType
		in               bool // collecting text: inside <v>, or <t> of an inline string
		inCell, formula  bool
		inInline, phonet bool
		cached           bool // the cell has a <v> or an inline string
		long             bool // the text ran past maxCellBytes
	)
	s := r.s
	if s.selfClose { // <row r="6"/>
		s.next()
		return true
	}
	r.vbuf = r.vbuf[:0]
	for {
		switch s.next() {
		case tokEOF:
			if s.err != nil {
				return r.fail(s.err)
			}
			return r.fail(io.ErrUnexpectedEOF)
		case tokStart:
			switch string(s.local) {
			case "c":
				inCell, formula, cached, long = true, false, false, false
				typ, style = typeNumber, 0
				var ref []byte
				seenT, seenS := false, false
				eachAttr(s.attrs, func(local, val []byte) bool {
					// The first attribute of each name counts.
					switch {
					case len(local) != 1:
					case local[0] == 't' && !seenT:
						typ, seenT = parseCellType(val), true
					case local[0] == 's' && !seenS:
						style, _ = atoiBytes(val)
						seenS = true
					case local[0] == 'r' && ref == nil:
						ref = val
					}
					return true
				})
				r.vbuf = r.vbuf[:0]
				col++
				if len(ref) > 0 {
					c, err := refColumnBytes(ref)
					if err != nil {
						return r.fail(err)
					}
					col = c
					if numberFromCells {
						numberFromCells = false
						if n := refRowBytes(ref); n > 0 {
							r.num = n
						}
					}
				}
			case "v":
				if inCell {
					in, cached = true, true
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
					in = true
				}
			}
		case tokEnd:
			switch string(s.local) {
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
					if err := r.addCell(col, typ, style, formula, formula && !cached, long); err != nil {
						return r.fail(err)
					}
				}
				inCell, inInline, in = false, false, false
			case "v", "t":
				in = false
			case "rPh":
				phonet = false
			}
		case tokText:
			if in {
				if len(r.vbuf) >= maxCellBytes {
					long = true
					continue
				}
				var err error
				if r.vbuf, err = appendText(r.vbuf, s.text, s.cdata); err != nil {
					return r.fail(err)
				}
			}
		}
	}
}

// addCell stores the cell just read at column col.
func (r *sheetRows) addCell(col int, typ cellType, style int, formula, uncached, long bool) error {
	if col < 1 || col > maxColumns {
		return fmt.Errorf("bad column %d", col)
	}
	if len(r.vbuf) == 0 && !formula {
		return nil // a styled empty cell
	}
	c := rawCell{Formula: formula, Uncached: uncached, Style: style}
	switch typ {
	case typeShared:
		sst, err := r.sst()
		if err != nil {
			return err
		}
		i, ok := atoiBytes(bytes.TrimSpace(r.vbuf))
		if !ok || i < 0 || i >= sst.len() {
			return fmt.Errorf("bad shared string index %q", clip(r.vbuf))
		}
		c.Value, c.TooLong = sst.at(i)
	case typeInline:
		c.Value, c.TooLong = cellText(appendBSTR(nil, r.vbuf), long)
	case typeStr:
		c.Value, c.TooLong = cellText(r.vbuf, long)
	case typeError:
		c.Value = string(bytes.TrimSpace(r.vbuf))
		c.Error = true
	case typeBool:
		c.Value = "FALSE"
		if string(bytes.TrimSpace(r.vbuf)) == "1" {
			c.Value = "TRUE"
		}
	case typeDate: // an ISO 8601 date: keep the day, read as text
		v := r.vbuf
		if len(v) > 10 && v[10] == 'T' {
			v = v[:10]
		}
		c.Value, c.TooLong = cellText(v, long)
	default: // "n" or none: a number
		if v := bytes.TrimSpace(r.vbuf); len(v) <= maxInternedNumber && !long {
			c.Value = r.number(v)
		} else {
			c.Value, c.TooLong = cellText(v, long)
		}
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

// Numbers repeat down a column (counts of votes, household sizes, date
// serials): a short number is made into a string once per sheet, up to
// maxNumbers of them, which saves an allocation per cell and the memory
// of the rows kept.
const (
	maxInternedNumber = 16
	maxNumbers        = 1 << 14
)

// number returns the string of a short number cell.
func (r *sheetRows) number(v []byte) string {
	if s, ok := r.numbers[string(v)]; ok {
		return s
	}
	s := string(v)
	if r.numbers == nil {
		r.numbers = map[string]string{}
	}
	if len(r.numbers) < maxNumbers {
		r.numbers[s] = s
	}
	return s
}

// cellText makes a cell's text, cut to maxCellChars characters: too
// long reports a cut (or text that ran past maxCellBytes while read).
func cellText(b []byte, long bool) (string, bool) {
	if len(b) > maxCellChars && utf8.RuneCount(b) > maxCellChars {
		return string(cutChars(b, maxCellChars)), true
	}
	return string(b), long
}

// atoiBytes parses a decimal integer as strconv.Atoi does.
func atoiBytes(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 18 {
		n, err := strconv.Atoi(string(b))
		return n, err == nil
	}
	neg := false
	switch b[0] {
	case '-':
		neg, b = true, b[1:]
	case '+':
		b = b[1:]
	}
	if len(b) == 0 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
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

// unescapeBSTR decodes the _xHHHH_ escapes Excel writes for characters XML
// cannot carry (_x000D_ is a carriage return, _x005F_ an underscore).
func unescapeBSTR(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	return string(appendBSTR(nil, []byte(s)))
}

// appendBSTR appends s to dst with its _xHHHH_ escapes decoded.
func appendBSTR(dst, s []byte) []byte {
	if bytes.Index(s, []byte("_x")) < 0 {
		return append(dst, s...)
	}
	for i := 0; i < len(s); {
		if i+7 <= len(s) && s[i] == '_' && s[i+1] == 'x' && s[i+6] == '_' {
			if n, err := strconv.ParseUint(string(s[i+2:i+6]), 16, 16); err == nil {
				dst = utf8.AppendRune(dst, rune(n))
				i += 7
				continue
			}
		}
		dst = append(dst, s[i])
		i++
	}
	return dst
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

func refRowBytes(ref []byte) int {
	i := bytes.IndexAny(ref, "0123456789")
	if i < 0 {
		return 0
	}
	n, ok := atoiBytes(ref[i:])
	if !ok || n < 1 || n > maxRows {
		return 0
	}
	return n
}

// refColumn returns the column number of an A1 reference.
func refColumn(ref string) (int, error) { return refColumnBytes([]byte(ref)) }

func refColumnBytes(ref []byte) (int, error) {
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
