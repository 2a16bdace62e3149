package font

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Scalar types at the start of an sfnt file or collection.
const (
	tagTrueType = 0x00010000
	tagTrue     = 0x74727565 // 'true' (old Apple TrueType)
	tagOTTO     = 0x4F54544F // 'OTTO' (OpenType with CFF outlines)
	tagTTCF     = 0x74746366 // 'ttcf' (collection)
)

// Internal errors of the parsers; Load turns them into messages.
var (
	errNotFont = errors.New("not a TrueType font")
	errCFF     = errors.New("OpenType font with CFF (PostScript) outlines")
)

// damaged reports a font file that is truncated or inconsistent.
type damaged string

func (e damaged) Error() string { return "damaged font: " + string(e) }

// faceError reports a face index a collection does not have.
type faceError struct{ index, faces int }

func (e faceError) Error() string {
	return fmt.Sprintf("face %d does not exist: the collection has faces 0 to %d", e.index, e.faces-1)
}

// table is one entry of an sfnt table directory.
type table struct {
	tag  string
	data []byte
}

func u16(b []byte, off int) int { return int(binary.BigEndian.Uint16(b[off:])) }
func i16(b []byte, off int) int { return int(int16(binary.BigEndian.Uint16(b[off:]))) }
func u32(b []byte, off int) uint32 {
	return binary.BigEndian.Uint32(b[off:])
}

// readDirectory reads the table directory of the face that starts at off in
// file (0 for a plain font; a collection's offsets otherwise). It returns the
// scalar type and the tables, each sliced out of file. CFF faces ('OTTO')
// are read like TrueType ones; the caller decides what to do with them.
func readDirectory(file []byte, off int) (uint32, []table, error) {
	if off < 0 || off+12 > len(file) {
		return 0, nil, damaged("table directory out of range")
	}
	scalar := u32(file, off)
	switch scalar {
	case tagTrueType, tagTrue, tagOTTO:
	default:
		return scalar, nil, errNotFont
	}
	n := u16(file, off+4)
	if n == 0 || off+12+16*n > len(file) {
		return 0, nil, damaged("table directory truncated")
	}
	tables := make([]table, 0, n)
	seen := map[string]bool{}
	for i := range n {
		rec := off + 12 + 16*i
		tag := string(file[rec : rec+4])
		start, length := uint64(u32(file, rec+8)), uint64(u32(file, rec+12))
		if start+length > uint64(len(file)) {
			return 0, nil, damaged("table " + tag + " out of range")
		}
		if seen[tag] {
			return 0, nil, damaged("table " + tag + " twice")
		}
		seen[tag] = true
		tables = append(tables, table{tag, file[start : start+length : start+length]})
	}
	return scalar, tables, nil
}

// checksum is the sfnt table checksum: the sum of big-endian uint32 words,
// the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}

// assemble appends to dst a standalone sfnt file: a table directory
// sorted by tag, each table 4-byte aligned with its checksum, and
// head.checkSumAdjustment set so that the whole file sums to 0xB1B0AFBA.
// Tables are copied; the head table's checkSumAdjustment is recomputed,
// not trusted. The order of tables is changed.
func assemble(dst []byte, scalar uint32, tables []table) []byte {
	slices.SortFunc(tables, func(a, b table) int { return strings.Compare(a.tag, b.tag) })
	n := len(tables)
	size := 12 + 16*n
	for _, t := range tables {
		size += (len(t.data) + 3) &^ 3
	}
	base := len(dst)
	dst = slices.Grow(dst, size)[:base+size]
	out := dst[base:]
	clear(out)
	be := binary.BigEndian
	be.PutUint32(out, scalar)
	be.PutUint16(out[4:], uint16(n))
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := (1 << entrySelector) * 16
	be.PutUint16(out[6:], uint16(searchRange))
	be.PutUint16(out[8:], uint16(entrySelector))
	be.PutUint16(out[10:], uint16(n*16-searchRange))
	off, head := 12+16*n, -1
	for i, t := range tables {
		rec := out[12+16*i:]
		copy(rec, t.tag)
		data := out[off : off+len(t.data)]
		copy(data, t.data)
		if t.tag == "head" && len(data) >= 12 {
			be.PutUint32(data[8:], 0)
			head = off
		}
		be.PutUint32(rec[4:], checksum(data))
		be.PutUint32(rec[8:], uint32(off))
		be.PutUint32(rec[12:], uint32(len(t.data)))
		off += (len(t.data) + 3) &^ 3
	}
	if head >= 0 {
		be.PutUint32(out[head+8:], 0xB1B0AFBA-checksum(out))
	}
	return dst
}
