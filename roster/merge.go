package roster

import (
	"bytes"
	"encoding/xml"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Merged cells in the data. Clerks merge a column's cells down over the
// rows that share a value: the township over all its applicants, the
// branch over its members, the assembly's 应到人数 over the applicants it
// voted on. The file keeps the value in the top cell only, so each row
// below it is given that value, as the clerk sees it on screen. The
// merged ranges are listed after the rows (<mergeCells> follows
// <sheetData>), so they are read first, in a pass of their own that looks
// for the element without parsing the rows.

// mergeRange is a merged range of cells, 1-based and inclusive.
type mergeRange struct {
	r1, c1, r2, c2 int
}

// maxMerges bounds the merged ranges kept for one sheet.
const maxMerges = 1 << 20

// mergeRanges returns the merged ranges of a sheet that span more than
// one row, ordered by their first row.
func (f *xlsxFile) mergeRanges(s sheetRef) ([]mergeRange, error) {
	rc, err := f.openPart(s.Part)
	if err != nil || rc == nil {
		return nil, err
	}
	defer rc.Close()
	return readMergeRanges(rc)
}

// readMergeRanges reads the merged ranges of a worksheet part.
func readMergeRanges(part io.Reader) ([]mergeRange, error) {
	rest, err := seekElement(part, "mergeCells")
	if err != nil || rest == nil {
		return nil, err
	}
	var out []mergeRange
	d := newDecoder(rest)
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
			if m, ok := parseRange(attr(t, "ref")); ok && m.r2 > m.r1 {
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

// seekElement reads r up to the start tag of the element with local name
// local (with or without a namespace prefix) and returns a reader of the
// rest of r from that tag on, or nil when r has no such tag. Text cannot
// hold a raw '<', so any '<' followed by the name is a tag.
func seekElement(r io.Reader, local string) (io.Reader, error) {
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

// parseRange reads an A1:B2 range.
func parseRange(ref string) (mergeRange, bool) {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		return mergeRange{}, false
	}
	c1, err1 := refColumn(a)
	c2, err2 := refColumn(b)
	r1, r2 := refRow(a), refRow(b)
	if err1 != nil || err2 != nil || r1 == 0 || r2 == 0 {
		return mergeRange{}, false
	}
	if r2 < r1 {
		r1, r2 = r2, r1
	}
	if c2 < c1 {
		c1, c2 = c2, c1
	}
	return mergeRange{r1, c1, r2, c2}, true
}

// mergedRows wraps a sheet's rows so that each cell covered by a merged
// range below its first row holds the value of the range's top-left cell
// (marked Merged). Only ranges that start below row after are applied:
// the header's own merges are the header's business.
type mergedRows struct {
	rowSource
	pending []mergeRange // not yet started, by first row
	active  []activeMerge
	cells   []rawCell // the current row's cells, when some were filled
	num     int
	row     []rawCell
}

type activeMerge struct {
	mergeRange
	top rawCell
}

func newMergedRows(src rowSource, ranges []mergeRange, after int) *mergedRows {
	m := &mergedRows{rowSource: src}
	for _, g := range ranges {
		if g.r1 > after {
			m.pending = append(m.pending, g)
		}
	}
	return m
}

// Next advances to the next row and fills in its merged values.
func (m *mergedRows) Next() bool {
	if !m.rowSource.Next() {
		return false
	}
	num, cells := m.rowSource.Row()
	// Drop the ranges that ended above this row.
	live := m.active[:0]
	for _, a := range m.active {
		if a.r2 >= num {
			live = append(live, a)
		}
	}
	m.active = live
	if len(m.active) > 0 {
		m.cells = append(m.cells[:0], cells...)
		for _, a := range m.active {
			for len(m.cells) < a.c1 {
				m.cells = append(m.cells, rawCell{})
			}
			if c := &m.cells[a.c1-1]; isBlank(c.Value) && !c.Formula {
				*c = a.top
				c.Merged = true
			}
		}
		cells = m.cells
	}
	// Start the ranges whose first row this is (a range that begins on a
	// row the sheet does not store has no value to give).
	for len(m.pending) > 0 && m.pending[0].r1 <= num {
		g := m.pending[0]
		m.pending = m.pending[1:]
		if g.r1 == num && g.c1 <= len(cells) && !isBlank(cells[g.c1-1].Value) {
			top := cells[g.c1-1]
			top.Merged = false
			m.active = append(m.active, activeMerge{g, top})
		}
	}
	m.num, m.row = num, cells
	return true
}

// Row returns the current row, merged values filled in.
func (m *mergedRows) Row() (int, []rawCell) { return m.num, m.row }

// String renders a range in A1 form, for messages and tests.
func (g mergeRange) String() string {
	return ColumnName(g.c1) + strconv.Itoa(g.r1) + ":" + ColumnName(g.c2) + strconv.Itoa(g.r2)
}
