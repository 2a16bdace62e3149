package provenance

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"relief/i18n"
)

// CustomProperty is the name of the workbook property that holds the
// record (docProps/custom.xml).
const CustomProperty = "relief.provenance"

// maxDocument bounds the documents Read looks into: a PDF of a thousand
// letters is a few megabytes.
const maxDocument = 512 << 20

var (
	pdfMagic = []byte("%PDF-")
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	utf8BOM  = []byte{0xEF, 0xBB, 0xBF}
)

// Read finds the record in a document relief wrote: a PDF (its Keywords),
// a workbook (its custom property relief.provenance; password opens an
// encrypted one), or a JSON report (its "provenance" object). Anything
// else, or a document without a record, is an *i18n.Error saying so.
func Read(path, password string) (*Provenance, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, &i18n.Error{Msg: i18n.M("provenance.missing", path), Err: err}
		}
		return nil, &i18n.Error{Msg: i18n.M("provenance.unreadable", path, err.Error()), Err: err}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, i18n.Errorf("provenance.is-dir", path)
	}
	head := make([]byte, 8)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	var p *Provenance
	switch {
	case bytes.HasPrefix(head, pdfMagic):
		p, err = fromPDF(f)
	case bytes.HasPrefix(head, zipMagic), bytes.HasPrefix(head, oleMagic):
		p, err = fromWorkbook(path, password, bytes.HasPrefix(head, oleMagic))
	default:
		p, err = fromJSON(f)
	}
	var ie *i18n.Error
	switch {
	case errors.As(err, &ie):
		return nil, err
	case err != nil || p == nil:
		return nil, &i18n.Error{Msg: i18n.M("provenance.none", path), Err: err}
	}
	return p, nil
}

func readAll(f *os.File) ([]byte, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(f, maxDocument+1))
	if err == nil && len(b) > maxDocument {
		err = errors.New("document too large")
	}
	return b, err
}

// fromJSON reads the provenance object of a JSON report.
func fromJSON(f *os.File) (*Provenance, error) {
	b, err := readAll(f)
	if err != nil {
		return nil, err
	}
	b = bytes.TrimPrefix(b, utf8BOM)
	var doc struct {
		Provenance json.RawMessage `json:"provenance"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	if len(doc.Provenance) == 0 {
		return nil, errors.New("no provenance object")
	}
	return Parse(string(doc.Provenance))
}

// fromWorkbook reads the custom property of a workbook.
func fromWorkbook(path, password string, encrypted bool) (*Provenance, error) {
	if encrypted && password == "" {
		return nil, i18n.Errorf("provenance.encrypted", path)
	}
	wb, err := excelize.OpenFile(path, excelize.Options{Password: password, UnzipSizeLimit: 1 << 30, UnzipXMLSizeLimit: 256 << 20})
	if err != nil {
		if encrypted {
			return nil, &i18n.Error{Msg: i18n.M("provenance.password", path), Err: err}
		}
		return nil, err
	}
	defer wb.Close()
	props, err := wb.GetCustomProps()
	if err != nil {
		return nil, err
	}
	for _, p := range props {
		if s, ok := p.Value.(string); ok && p.Name == CustomProperty {
			return Parse(s)
		}
	}
	return nil, errors.New("no provenance property")
}

// fromPDF reads the Keywords of the PDF's document information (the last
// one, as a PDF updated in place appends a new dictionary).
func fromPDF(f *os.File) (*Provenance, error) {
	b, err := readAll(f)
	if err != nil {
		return nil, err
	}
	i := bytes.LastIndex(b, []byte("/Keywords"))
	if i < 0 {
		return nil, errors.New("no Keywords")
	}
	rest := bytes.TrimLeft(b[i+len("/Keywords"):], " \t\r\n")
	s, ok := pdfString(rest)
	if !ok {
		return nil, errors.New("Keywords is no literal string")
	}
	return Parse(s)
}

// pdfString decodes the PDF literal string at the start of b: "(…)" with
// balanced parentheses and backslash escapes; text starting with the
// UTF-16BE byte order mark is UTF-16, any other is taken byte for byte.
func pdfString(b []byte) (string, bool) {
	if len(b) == 0 || b[0] != '(' {
		return "", false
	}
	var out []byte
	depth := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\\' && i+1 < len(b):
			i++
			switch e := b[i]; e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '\r', '\n': // a line continued
				if e == '\r' && i+1 < len(b) && b[i+1] == '\n' {
					i++
				}
			default:
				if e >= '0' && e <= '7' {
					v := 0
					for k := 0; k < 3 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
						v = v*8 + int(b[i]-'0')
						i++
					}
					i--
					out = append(out, byte(v))
					continue
				}
				out = append(out, e)
			}
		case c == '(':
			if depth > 0 {
				out = append(out, c)
			}
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return decodeText(out), true
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return "", false
}

// decodeText turns a PDF text string's bytes into UTF-8.
func decodeText(b []byte) string {
	if len(b) >= 2 && b[0] == 0xFE && b[1] == 0xFF {
		b = b[2:]
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = binary.BigEndian.Uint16(b[2*i:])
		}
		return string(utf16.Decode(u))
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}
