package roster

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
	"unsafe"
)

// The shared-string table. Excel and WPS keep every text of a workbook
// there, once: a province's roster has a million distinct strings (the
// identity numbers). A Go string per entry costs a header and an
// allocation each; here every text is in one byte slice, and a lookup
// returns a string that points into it (the slice is never written again
// once read, so the strings stay valid and no text is copied).

// maxSharedStrings bounds the entries of the table (a sheet of Excel's
// 1,048,576 rows by 16 text columns has fewer).
const maxSharedStrings = 1 << 24

// cutFlag marks, in sharedStrings.ends, an entry cut at maxCellChars.
const cutFlag uint32 = 1 << 31

// sharedStrings is the table: entry i is data[ends[i-1]:ends[i]] (the
// offset without cutFlag).
type sharedStrings struct {
	data []byte
	ends []uint32
}

func (t *sharedStrings) len() int {
	if t == nil {
		return 0
	}
	return len(t.ends)
}

// at returns entry i, and whether it was cut.
func (t *sharedStrings) at(i int) (string, bool) {
	var start uint32
	if i > 0 {
		start = t.ends[i-1] &^ cutFlag
	}
	end := t.ends[i]
	b := t.data[start : end&^cutFlag]
	if len(b) == 0 {
		return "", end&cutFlag != 0
	}
	return unsafe.String(&b[0], len(b)), end&cutFlag != 0
}

// add appends an entry.
func (t *sharedStrings) add(text []byte, cut bool) error {
	if len(t.ends) >= maxSharedStrings {
		return fmt.Errorf("more than %d shared strings", maxSharedStrings)
	}
	if int64(len(t.data))+int64(len(text)) >= int64(cutFlag) {
		return fmt.Errorf("shared strings over %d bytes", int64(cutFlag))
	}
	t.data = append(t.data, text...)
	end := uint32(len(t.data))
	if cut {
		end |= cutFlag
	}
	t.ends = append(t.ends, end)
	return nil
}

// readSharedStrings reads a shared-strings part: the text of each <si>,
// its runs joined and its phonetic guides (<rPh>) left out, _xHHHH_
// escapes decoded, cut at maxCellChars characters.
func readSharedStrings(part io.Reader) (*sharedStrings, error) {
	t := &sharedStrings{}
	s := newXMLScanner(part)
	var (
		text      []byte
		scratch   []byte
		inSI, inT bool
		phonetic  int
		long      bool
	)
	for {
		switch s.next() {
		case tokEOF:
			if s.err != nil {
				return nil, s.err
			}
			return t, nil
		case tokStart:
			switch string(s.local) {
			case "si":
				inSI, long = true, false
				text = text[:0]
			case "t":
				inT = inSI && phonetic == 0
			case "rPh":
				phonetic++
			}
		case tokEnd:
			switch string(s.local) {
			case "si":
				v := text
				if bytes.Contains(text, []byte("_x")) {
					scratch = appendBSTR(scratch[:0], text)
					v = scratch
				}
				cut := long
				if len(v) > maxCellChars && utf8.RuneCount(v) > maxCellChars {
					v, cut = cutChars(v, maxCellChars), true
				}
				if err := t.add(v, cut); err != nil {
					return nil, err
				}
				inSI, text = false, text[:0]
			case "t":
				inT = false
			case "rPh":
				phonetic--
			}
		case tokText:
			if inT {
				if len(text) >= maxCellBytes {
					long = true
					continue
				}
				var e error
				if text, e = appendText(text, s.text, s.cdata); e != nil {
					return nil, e
				}
			}
		}
	}
}

// cutChars returns the first n characters of b.
func cutChars(b []byte, n int) []byte {
	i := 0
	for k := 0; k < n && i < len(b); k++ {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return b[:i]
}
