package font

// Extract returns face index of a TrueType collection (.ttc) as a standalone
// TrueType font (.ttf), which font tools and PDF writers that take one face
// accept.
//
// A collection shares tables between its faces and points at them from one
// table directory per face. Extract copies the face's tables into a new file
// with its own directory: tables sorted by tag, each starting on a 4-byte
// boundary, checksums recomputed and head.checkSumAdjustment set. Both
// collection header versions (1.0 and 2.0, which only adds a DSIG pointer)
// are read. A plain TrueType font is taken as a collection of one face.
//
// Faces with CFF outlines ('OTTO') are extracted too; Load refuses them.
func Extract(ttc []byte, index int) ([]byte, error) {
	if len(ttc) < 12 {
		return nil, errNotFont
	}
	var offsets []int
	if u32(ttc, 0) == tagTTCF {
		if v := u16(ttc, 4); v != 1 && v != 2 {
			return nil, damaged("unknown collection version")
		}
		n := u32(ttc, 8)
		if n == 0 || uint64(12)+4*uint64(n) > uint64(len(ttc)) {
			return nil, damaged("collection header truncated")
		}
		for i := range int(n) {
			offsets = append(offsets, int(u32(ttc, 12+4*i)))
		}
	} else {
		offsets = []int{0}
	}
	if index < 0 || index >= len(offsets) {
		return nil, faceError{index, len(offsets)}
	}
	scalar, tables, err := readDirectory(ttc, offsets[index])
	if err != nil {
		return nil, err
	}
	return assemble(nil, scalar, tables), nil
}
