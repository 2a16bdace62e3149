package roster

import (
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
// <sheetData>): a sheet is read as stored, and read again with its
// merged ranges applied only when it has some below its header (see
// readSheet).

// mergeRange is a merged range of cells, 1-based and inclusive.
type mergeRange struct {
	r1, c1, r2, c2 int
}

// maxMerges bounds the merged ranges kept for one sheet.
const maxMerges = 1 << 20

// readMergeRanges reads the merged ranges of a worksheet part that span
// more than one row, ordered by their first row. (The sheet readers keep
// them as they go: sheetRows.finish.)
func readMergeRanges(part io.Reader) ([]mergeRange, error) {
	r := newSheetRows(io.NopCloser(part), func() (*sharedStrings, error) { return &sharedStrings{}, nil })
	r.anyOrder = true
	for r.Next() {
	}
	if err := r.Err(); err != nil {
		return nil, err
	}
	return r.finish()
}

// sortMerges orders ranges by their first row.
func sortMerges(ms []mergeRange) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].r1 < ms[j].r1 })
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
