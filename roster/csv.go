package roster

// CSV input. A .csv file is read like one sheet of a workbook: the file is
// the sheet (named after the file, as Excel names it when it opens one),
// found by its name or its header like any other sheet, and its cells are
// given meaning by the same schema code. Every cell of a CSV file is text,
// so an identity number keeps every digit, and dates are read in the forms
// the reader accepts for text.
//
// The encodings are those Excel and WPS write on Chinese Windows: "CSV
// UTF-8" (UTF-8 with a byte order mark), UTF-8 without one (other
// programs), "CSV (逗号分隔)" (GB 18030, that is GBK, the code page of
// Chinese Windows), and UTF-16 with a byte order mark ("Unicode 文本").
// The whole file is checked before a row is read: a file that is none of
// these, or UTF-8 with a broken stretch in it, is refused with a message
// saying how to save it, rather than read with wrong characters.

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"relief/i18n"
)

// Limits of a CSV file: Excel's rows and columns, a bound on one line so
// that a hostile file without line breaks cannot take all memory, and the
// size of the largest workbook read.
const (
	maxCSVLine = 16 << 20
	maxCSVSize = unzipLimit
)

// csvEncoding says how a CSV file's text is encoded.
type csvEncoding int

const (
	encUTF8    csvEncoding = iota // UTF-8, without a byte order mark
	encUTF8BOM                    // UTF-8 with one (Excel's "CSV UTF-8")
	encGB18030                    // GB 18030 / GBK (Excel's "CSV (逗号分隔)" on Chinese Windows)
	encUTF16LE                    // UTF-16 with a byte order mark
	encUTF16BE
)

func (e csvEncoding) String() string {
	return [...]string{"UTF-8", "UTF-8 BOM", "GB18030", "UTF-16LE", "UTF-16BE"}[e]
}

// decoder returns the transformer to UTF-8, nil for UTF-8.
func (e csvEncoding) decoder() *encoding.Decoder {
	switch e {
	case encGB18030:
		return simplifiedchinese.GB18030.NewDecoder()
	case encUTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case encUTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	}
	return nil
}

// Why detectEncoding refused a file.
var (
	errNotText    = errors.New("not text: NUL bytes")
	errBrokenUTF8 = errors.New("UTF-8 with invalid bytes")
	errNoEncoding = errors.New("neither UTF-8 nor GB18030")
)

// detectEncoding reads all of r and says how it is encoded: by its byte
// order mark, else UTF-8 when every byte sequence is valid UTF-8, else
// GB 18030 when every sequence decodes. It never guesses: text with a NUL
// byte (binary, or UTF-16 without a mark), UTF-8 broken in places (more
// valid multi-byte UTF-8 sequences than invalid bytes: a GBK file has
// almost none), and bytes that are not GB 18030 are errors.
func detectEncoding(r io.ReadSeeker) (csvEncoding, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		_, invalid, nul, err := scanUTF8(br)
		switch {
		case err != nil:
			return 0, err
		case nul:
			return 0, errNotText
		case invalid > 0:
			return 0, errBrokenUTF8
		}
		return encUTF8BOM, nil
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		enc := encUTF16LE
		if head[0] == 0xFE {
			enc = encUTF16BE
		}
		if err := checkDecoded(br, enc.decoder()); err != nil {
			return 0, err
		}
		return enc, nil
	}
	valid, invalid, nul, err := scanUTF8(br)
	switch {
	case err != nil:
		return 0, err
	case nul:
		return 0, errNotText
	case invalid == 0:
		return encUTF8, nil
	case valid > invalid:
		return 0, errBrokenUTF8
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	if err := checkDecoded(bufio.NewReaderSize(r, 64<<10), encGB18030.decoder()); err != nil {
		return 0, err
	}
	return encGB18030, nil
}

// scanUTF8 counts the valid multi-byte UTF-8 sequences and the bytes that
// start no valid sequence, and reports a NUL byte.
func scanUTF8(r *bufio.Reader) (valid, invalid int, nul bool, err error) {
	buf := make([]byte, 64<<10)
	carry := 0
	for {
		n, rerr := io.ReadFull(r, buf[carry:])
		n += carry
		end := n
		if rerr == nil {
			// Keep an incomplete sequence at the end for the next round.
			for k := 1; k < utf8.UTFMax && k <= end; k++ {
				if c := buf[end-k]; c >= 0xC0 {
					if !utf8.FullRune(buf[end-k : end]) {
						end -= k
					}
					break
				} else if c < 0x80 {
					break
				}
			}
		}
		for i := 0; i < end; {
			c := buf[i]
			if c < utf8.RuneSelf {
				nul = nul || c == 0
				i++
				continue
			}
			r, size := utf8.DecodeRune(buf[i:end])
			if r == utf8.RuneError && size <= 1 {
				invalid++
				i++
				continue
			}
			valid++
			i += size
		}
		carry = copy(buf, buf[end:n])
		switch {
		case rerr == io.EOF || rerr == io.ErrUnexpectedEOF:
			if carry > 0 {
				invalid += carry
			}
			return valid, invalid, nul, nil
		case rerr != nil:
			return 0, 0, false, rerr
		}
	}
}

// checkDecoded decodes all of r and fails on a byte sequence the encoding
// does not know (the decoder writes U+FFFD for it) or a NUL character.
func checkDecoded(r io.Reader, dec *encoding.Decoder) error {
	tr := bufio.NewReaderSize(transform.NewReader(r, dec), 64<<10)
	for {
		c, _, err := tr.ReadRune()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch c {
		case utf8.RuneError:
			return errNoEncoding
		case 0:
			return errNotText
		}
	}
}

// csvFile is a CSV file opened for reading.
type csvFile struct {
	path  string
	name  string // the one sheet's name
	enc   csvEncoding
	comma rune
	sep   bool // the first line is Excel's "sep=;" line, not a row
}

// openCSV checks the file at path and finds its encoding and delimiter.
// sheet, when given, names the sheet of the schema the file holds (it is
// then the sheet's name); else the file's name is.
func openCSV(path, sheet string) (*csvFile, error) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, &i18n.Error{Msg: i18n.M("roster.open.missing", path), Err: err}
	case err != nil:
		return nil, &i18n.Error{Msg: i18n.M("roster.open.unreadable", path), Err: err}
	case st.IsDir():
		return nil, i18n.Errorf("roster.open.folder", path)
	case !st.Mode().IsRegular():
		return nil, i18n.Errorf("roster.csv.not-text", path)
	case st.Size() == 0:
		return nil, i18n.Errorf("roster.open.empty", path)
	case st.Size() > maxCSVSize:
		return nil, i18n.Errorf("roster.csv.too-large", path, maxCSVSize>>20)
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, &i18n.Error{Msg: i18n.M("roster.open.unreadable", path), Err: err}
	}
	defer fh.Close()
	enc, err := detectEncoding(fh)
	switch {
	case errors.Is(err, errNotText):
		return nil, &i18n.Error{Msg: i18n.M("roster.csv.not-text", path), Err: err}
	case errors.Is(err, errBrokenUTF8):
		return nil, &i18n.Error{Msg: i18n.M("roster.csv.broken-utf8", path), Err: err}
	case errors.Is(err, errNoEncoding):
		return nil, &i18n.Error{Msg: i18n.M("roster.csv.encoding", path), Err: err}
	case err != nil:
		return nil, &i18n.Error{Msg: i18n.M("roster.open.unreadable", path), Err: err}
	}
	f := &csvFile{path: path, enc: enc, name: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))}
	if s := LookupSheet(sheet); s != nil {
		f.name = s.Name
	}
	if f.name == "" {
		f.name = filepath.Base(path)
	}
	if _, err := fh.Seek(0, io.SeekStart); err != nil {
		return nil, &i18n.Error{Msg: i18n.M("roster.open.unreadable", path), Err: err}
	}
	f.comma, f.sep = sniffDelimiter(f.text(fh))
	return f, nil
}

// text returns the decoded text of the file read from r, byte order mark
// dropped.
func (f *csvFile) text(r io.Reader) io.Reader {
	br := bufio.NewReaderSize(r, 64<<10)
	if f.enc == encUTF8BOM {
		_, _ = br.Discard(3)
	}
	if dec := f.enc.decoder(); dec != nil {
		return transform.NewReader(br, dec)
	}
	return br
}

// sniffDelimiter finds the delimiter from the first line: Excel's
// "sep=;" line when there is one, else the most frequent of comma, tab
// and semicolon outside quotes (comma when none is there).
func sniffDelimiter(r io.Reader) (comma rune, sepLine bool) {
	line, _ := bufio.NewReaderSize(r, 64<<10).ReadString('\n')
	line = strings.TrimRight(line, "\r\n")
	if rest, ok := strings.CutPrefix(strings.ToLower(line), "sep="); ok {
		if c, size := utf8.DecodeRuneInString(rest); size > 0 && size == len(rest) && c != '"' && c != '\r' && c != '\n' && c != utf8.RuneError {
			return c, true
		}
	}
	counts := map[rune]int{}
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == '\t' || c == ';'):
			counts[c]++
		}
	}
	comma = ','
	for _, c := range []rune{'\t', ';'} {
		if counts[c] > counts[comma] {
			comma = c
		}
	}
	return comma, false
}

func (f *csvFile) sheetList() []sheetRef { return []sheetRef{{Name: f.name}} }
func (f *csvFile) uses1904() bool        { return false }
func (f *csvFile) Close() error          { return nil }

// rows opens the file's one sheet for reading.
func (f *csvFile) markDisorder(int) bool { return false } // a CSV file's rows are its lines, in order

// rows opens the file's one sheet; whole is of no matter to a CSV file,
// whose rows are read as they come.
func (f *csvFile) rows(_ sheetRef, _ bool) (partRows, error) {
	src, err := f.rowSource()
	if err != nil {
		return nil, err
	}
	return csvPart{src}, nil
}

// csvPart is a CSV file read as a sheet's part: no merged ranges, no row
// stored twice.
type csvPart struct{ rowSource }

func (csvPart) finish() ([]mergeRange, error) { return nil, nil }
func (csvPart) duplicates() []int             { return nil }
func (csvPart) fraction() float64             { return 0 }

func (f *csvFile) rowSource() (rowSource, error) {
	fh, err := os.Open(f.path)
	if err != nil {
		return nil, &i18n.Error{Msg: i18n.M("roster.open.unreadable", f.path), Err: err}
	}
	return newCSVRows(f.path, fh, f.text(fh), f.comma, f.sep), nil
}

// csvRows scans the records of a CSV text: record n is row n, as Excel
// shows the file (a quoted line break stays inside its cell).
type csvRows struct {
	path  string
	c     io.Closer
	r     *csv.Reader
	skip  bool // the "sep=" line is still to be skipped
	num   int
	cells []rawCell
	err   error
	done  bool
}

func newCSVRows(path string, c io.Closer, text io.Reader, comma rune, sepLine bool) *csvRows {
	r := csv.NewReader(&lineGuard{r: text})
	r.Comma = comma
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	return &csvRows{path: path, c: c, r: r, skip: sepLine}
}

func (s *csvRows) Row() (int, []rawCell) { return s.num, s.cells }
func (s *csvRows) Err() error            { return s.err }

func (s *csvRows) Close() error {
	s.done = true
	if s.c != nil {
		err := s.c.Close()
		s.c = nil
		return err
	}
	return nil
}

func (s *csvRows) fail(err error) bool {
	s.err, s.done = err, true
	return false
}

// Next reads the next record.
func (s *csvRows) Next() bool {
	if s.done {
		return false
	}
	rec, err := s.r.Read()
	if s.skip && err == nil {
		s.skip = false
		rec, err = s.r.Read()
	}
	switch {
	case err == io.EOF:
		s.done = true
		return false
	case errors.Is(err, errLineTooLong):
		return s.fail(i18n.Errorf("roster.csv.too-large", s.path, maxCSVSize>>20))
	case err != nil:
		line := 0
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.Line
		}
		return s.fail(&i18n.Error{Msg: i18n.M("roster.csv.bad", s.path, line), Err: err})
	}
	s.num++
	if s.num > maxRows || len(rec) > maxColumns {
		return s.fail(i18n.Errorf("roster.csv.too-large", s.path, maxCSVSize>>20))
	}
	n := len(rec)
	for n > 0 && rec[n-1] == "" {
		n--
	}
	s.cells = s.cells[:0]
	for _, v := range rec[:n] {
		s.cells = append(s.cells, csvCell(v))
	}
	return true
}

// csvCell is a CSV field as Excel shows it once the file is opened: a
// field written ="…" (how exports keep a number as text) is the text
// inside, and an error value such as #N/A is an error.
func csvCell(v string) rawCell {
	if len(v) >= 3 && strings.HasPrefix(v, `="`) && strings.HasSuffix(v, `"`) {
		v = strings.ReplaceAll(v[2:len(v)-1], `""`, `"`)
	}
	return rawCell{Value: v, Error: IsErrorValue(v)}
}

// errorValues are the error values of Excel and WPS, as a cell shows
// them.
var errorValues = []string{"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}

// IsErrorValue reports whether s is exactly one of the spreadsheet error
// values (#N/A, #VALUE! …). Excel reads such text as the error itself,
// when it is typed or when it opens a CSV file.
func IsErrorValue(s string) bool {
	if len(s) < 4 || s[0] != '#' {
		return false
	}
	for _, e := range errorValues {
		if strings.EqualFold(s, e) {
			return true
		}
	}
	return false
}

// errLineTooLong stops a CSV line longer than maxCSVLine.
var errLineTooLong = fmt.Errorf("a line longer than %d MB", maxCSVLine>>20)

// lineGuard passes text through, failing once a line runs longer than
// maxCSVLine bytes: the CSV reader keeps a whole line in memory.
type lineGuard struct {
	r   io.Reader
	run int // bytes since the last line break
}

func (g *lineGuard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	for _, c := range p[:n] {
		if c == '\n' {
			g.run = 0
			continue
		}
		g.run++
	}
	if g.run > maxCSVLine {
		return n, errLineTooLong
	}
	return n, err
}

// CSVText reads a CSV file's rows as text, as Excel shows them when it
// opens the file (for copies of the file in other workbooks).
type CSVText struct {
	rows rowSource
}

// OpenCSVText opens the CSV file at path, its encoding and delimiter
// found as when it is read.
func OpenCSVText(path string) (*CSVText, error) {
	f, err := openCSV(path, "")
	if err != nil {
		return nil, err
	}
	rs, err := f.rowSource()
	if err != nil {
		return nil, err
	}
	return &CSVText{rows: rs}, nil
}

// Next returns the next row: its number and its cells' text; ok is false
// after the last row.
func (t *CSVText) Next() (row int, cells []string, ok bool, err error) {
	if !t.rows.Next() {
		return 0, nil, false, t.rows.Err()
	}
	n, rc := t.rows.Row()
	cells = make([]string, len(rc))
	for i, c := range rc {
		cells[i] = c.Value
	}
	return n, cells, true, nil
}

// Close closes the file.
func (t *CSVText) Close() error { return t.rows.Close() }
