package roster

import (
	"encoding/binary"
	"sort"
)

// Rows stored out of order. Excel writes a sheet's rows in ascending
// order, and so does every program a clerk uses; but a file mended by
// hand or by a script may not, and LibreOffice and Excel still show such
// rows in order. Two header rows swapped in the file must not lose the
// columns of the second, nor a roster stored bottom up its header. A
// sheet whose rows are found out of order is read again whole into a
// compact buffer, and its rows are handed out by number. A row number
// stored twice is read once, as first stored (row-duplicated).

// sortedRows is a sheet read whole and handed out in row order.
type sortedRows struct {
	data   []byte  // the rows, encoded (see encodeRow)
	index  []rowAt // where each row starts, sorted by row number
	i      int
	num    int
	cells  []rawCell
	dups   []int
	merges []mergeRange
	err    error
}

type rowAt struct {
	num int
	off int
}

// sortedRows reads the sheet whole, in the order stored.
func (f *xlsxFile) sortedRows(s sheetRef) (*sortedRows, error) {
	src, err := f.openRows(s, true)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	src.anyOrder = true
	sr := &sortedRows{i: -1}
	for src.Next() {
		num, cells := src.Row()
		sr.index = append(sr.index, rowAt{num, len(sr.data)})
		sr.data = encodeRow(sr.data, cells)
	}
	if err := src.Err(); err != nil {
		return nil, err
	}
	if sr.merges, err = src.finish(); err != nil {
		return nil, err
	}
	sort.SliceStable(sr.index, func(i, j int) bool { return sr.index[i].num < sr.index[j].num })
	dup := map[int]bool{}
	for _, n := range src.dups {
		dup[n] = true
	}
	kept := sr.index[:0]
	for i, at := range sr.index {
		if i > 0 && at.num == sr.index[i-1].num {
			dup[at.num] = true
			continue
		}
		kept = append(kept, at)
	}
	sr.index = kept
	for n := range dup {
		sr.dups = append(sr.dups, n)
	}
	sort.Ints(sr.dups)
	return sr, nil
}

// The flags of an encoded cell.
const (
	encNumeric = 1 << iota
	encFormula
	encError
	encUncached
	encTooLong
	encMerged
)

// encodeRow appends a row's non-empty cells: for each, its column, flags,
// style and text (uvarints and bytes); a column 0 ends the row.
func encodeRow(b []byte, cells []rawCell) []byte {
	for i, c := range cells {
		if c.Value == "" && !c.Formula {
			continue
		}
		flags := 0
		for _, f := range []struct {
			on  bool
			bit int
		}{{c.Numeric, encNumeric}, {c.Formula, encFormula}, {c.Error, encError}, {c.Uncached, encUncached}, {c.TooLong, encTooLong}, {c.Merged, encMerged}} {
			if f.on {
				flags |= f.bit
			}
		}
		b = binary.AppendUvarint(b, uint64(i+1))
		b = append(b, byte(flags))
		b = binary.AppendUvarint(b, uint64(c.Style))
		b = binary.AppendUvarint(b, uint64(len(c.Value)))
		b = append(b, c.Value...)
	}
	return binary.AppendUvarint(b, 0)
}

// decodeRow reads a row encoded at b into cells.
func decodeRow(b []byte, cells []rawCell) []rawCell {
	cells = cells[:0]
	for {
		col, n := binary.Uvarint(b)
		b = b[n:]
		if col == 0 {
			return cells
		}
		flags := b[0]
		b = b[1:]
		style, n := binary.Uvarint(b)
		b = b[n:]
		l, n := binary.Uvarint(b)
		b = b[n:]
		for len(cells) < int(col)-1 {
			cells = append(cells, rawCell{})
		}
		cells = append(cells, rawCell{
			Value: string(b[:l]), Style: int(style),
			Numeric: flags&encNumeric != 0, Formula: flags&encFormula != 0, Error: flags&encError != 0,
			Uncached: flags&encUncached != 0, TooLong: flags&encTooLong != 0, Merged: flags&encMerged != 0,
		})
		b = b[l:]
	}
}

func (s *sortedRows) Next() bool {
	if s.i+1 >= len(s.index) {
		s.i = len(s.index)
		return false
	}
	s.i++
	at := s.index[s.i]
	s.num, s.cells = at.num, decodeRow(s.data[at.off:], s.cells)
	return true
}

func (s *sortedRows) Row() (int, []rawCell)         { return s.num, s.cells }
func (s *sortedRows) Err() error                    { return s.err }
func (s *sortedRows) Close() error                  { s.data, s.index = nil, nil; return nil }
func (s *sortedRows) finish() ([]mergeRange, error) { return s.merges, nil }
func (s *sortedRows) duplicates() []int             { return s.dups }

func (s *sortedRows) fraction() float64 {
	return float64(s.i+1) / float64(max(1, len(s.index)))
}
