package font

import (
	"encoding/binary"
	"errors"
	"slices"
	"unicode/utf16"
)

// Composite glyph flags (TrueType 'glyf').
const (
	argsAreWords = 0x0001
	haveScale    = 0x0008
	moreComps    = 0x0020
	haveXYScale  = 0x0040
	have2x2      = 0x0080
)

// errTooManyRunes reports a subset whose format-4 cmap would overflow.
var errTooManyRunes = errors.New("too many distinct characters for one font subset")

// Subset is a small standalone TrueType font cut from a font for one
// document.
type Subset struct {
	TTF    []byte // the font program
	Runes  []rune // the character glyph g draws is Runes[g]: 0 for .notdef and for glyphs that are only parts of others
	Widths []int  // the advance of glyph g in 1/1000 em is Widths[g], as Advance measures it

	chars []rune   // the characters asked for that the subset has, in order
	ids   []uint16 // the glyph of chars[i]
}

// Glyph returns the glyph that draws r in the subset, or 0 (.notdef)
// when r was not asked for or the font lacks it.
func (s *Subset) Glyph(r rune) uint16 {
	if i, ok := slices.BinarySearch(s.chars, r); ok {
		return s.ids[i]
	}
	return 0
}

// Subset returns a small standalone TrueType font with the glyphs of the
// given characters only: .notdef, one glyph per character the font has in
// the Basic Multilingual Plane (others are left out) in code point order,
// and every component of a composite glyph. Metrics are the font's own, so
// text measured with Advance keeps its width. The result has a single
// format-4 Unicode cmap and the tables a PDF reader needs (head, hhea,
// maxp, OS/2, hmtx, cmap, loca, glyf, post, name; cvt, fpgm, prep and
// gasp when the font has them); the layout tables (GSUB, GPOS, vmtx …)
// are dropped.
//
// A document embeds the subset of the few hundred characters it uses
// instead of the 4.6 MB font, with its glyph ids as the character codes
// of its text.
func (f *Font) Subset(runes []rune) (*Subset, error) {
	type pair struct {
		r rune
		g int
	}
	var pairs []pair
	for _, r := range runes {
		if r >= 0 && r < 0x10000 && f.bmp[r] != 0 {
			pairs = append(pairs, pair{r, int(f.bmp[r])})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int { return int(a.r - b.r) })
	pairs = slices.CompactFunc(pairs, func(a, b pair) bool { return a.r == b.r })

	// New glyph ids: .notdef, the characters' glyphs in character order,
	// then composite components as they are found.
	order := make([]int, 1, 2*len(pairs)+1)
	newID := make(map[int]int, 2*len(pairs)+1)
	newID[0] = 0
	add := func(g int) {
		if _, ok := newID[g]; !ok {
			newID[g] = len(order)
			order = append(order, g)
		}
	}
	for _, p := range pairs {
		add(p.g)
	}
	size := 0
	for i := 0; i < len(order); i++ {
		g := order[i]
		err := walkComposite(f.glyf[f.loca[g]:f.loca[g+1]], func(b []byte) error {
			c := u16(b, 0)
			if c >= f.glyphs {
				return damaged("composite glyph refers to a missing glyph")
			}
			add(c)
			return nil
		})
		if err != nil {
			return nil, err
		}
		size += (f.loca[g+1] - f.loca[g] + 3) &^ 3
	}
	if len(order) > 0xFFFF {
		return nil, errTooManyRunes
	}

	be := binary.BigEndian
	glyf := make([]byte, 0, size)
	loca := make([]byte, 4*(len(order)+1))
	hmtx := make([]byte, 4*len(order))
	for i, g := range order {
		be.PutUint32(loca[4*i:], uint32(len(glyf)))
		start := len(glyf)
		glyf = append(glyf, f.glyf[f.loca[g]:f.loca[g+1]]...)
		if err := renumber(glyf[start:], newID); err != nil {
			return nil, err
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		be.PutUint16(hmtx[4*i:], uint16(f.advance(g)))
		be.PutUint16(hmtx[4*i+2:], uint16(f.lsb(g)))
	}
	be.PutUint32(loca[4*len(order):], uint32(len(glyf)))

	out := &Subset{Runes: make([]rune, len(order)), Widths: make([]int, len(order)),
		chars: make([]rune, len(pairs)), ids: make([]uint16, len(pairs))}
	for i, g := range order {
		out.Widths[i] = int(f.w1000[g])
	}
	mapping := make([][2]int, len(pairs))
	for i, p := range pairs {
		mapping[i] = [2]int{int(p.r), newID[p.g]}
		out.Runes[newID[p.g]] = p.r
		out.chars[i], out.ids[i] = p.r, uint16(newID[p.g])
	}
	cmap, err := cmapFormat4(mapping)
	if err != nil {
		return nil, err
	}

	head := clone(f.table("head"))
	be.PutUint16(head[50:], 1) // long loca
	hhea := clone(f.table("hhea"))
	be.PutUint16(hhea[34:], uint16(len(order)))
	maxp := clone(f.table("maxp"))
	be.PutUint16(maxp[4:], uint16(len(order)))
	post := make([]byte, 32)
	copy(post, f.table("post"))
	be.PutUint32(post, 0x00030000) // no glyph names

	tables := []table{
		{"head", head}, {"hhea", hhea}, {"maxp", maxp}, {"hmtx", hmtx},
		{"cmap", cmap}, {"loca", loca}, {"glyf", glyf}, {"post", post},
		{"name", f.subsetNames()},
	}
	for _, tag := range []string{"OS/2", "cvt ", "fpgm", "prep", "gasp"} {
		if b := f.table(tag); b != nil {
			tables = append(tables, table{tag, b})
		}
	}
	out.TTF = assemble(tagTrueType, tables)
	return out, nil
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

// lsb is glyph g's left side bearing.
func (f *Font) lsb(g int) int {
	if g < f.nhm {
		return i16(f.hmtx, 4*g+2)
	}
	return i16(f.hmtx, 4*f.nhm+2*(g-f.nhm))
}

// components lists the glyphs a composite glyph g is made of (none for a
// simple glyph).
func (f *Font) components(g int) ([]int, error) {
	var out []int
	err := walkComposite(f.glyf[f.loca[g]:f.loca[g+1]], func(b []byte) error {
		c := u16(b, 0)
		if c >= f.glyphs {
			return damaged("composite glyph refers to a missing glyph")
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

// renumber rewrites the component glyph ids of a composite glyph in place.
func renumber(glyph []byte, newID map[int]int) error {
	return walkComposite(glyph, func(b []byte) error {
		binary.BigEndian.PutUint16(b, uint16(newID[u16(b, 0)]))
		return nil
	})
}

// walkComposite calls fn with the two bytes of each component's glyph id
// when glyph is a composite glyph.
func walkComposite(glyph []byte, fn func(id []byte) error) error {
	if len(glyph) < 10 || i16(glyph, 0) >= 0 {
		return nil
	}
	for off := 10; ; {
		if off+4 > len(glyph) {
			return damaged("composite glyph truncated")
		}
		flags := u16(glyph, off)
		if err := fn(glyph[off+2 : off+4]); err != nil {
			return err
		}
		off += 4 + 2
		if flags&argsAreWords != 0 {
			off += 2
		}
		switch {
		case flags&haveScale != 0:
			off += 2
		case flags&haveXYScale != 0:
			off += 4
		case flags&have2x2 != 0:
			off += 8
		}
		if flags&moreComps == 0 {
			return nil
		}
	}
}

// cmapFormat4 builds a cmap table with one (3,1) format-4 subtable for
// mapping, a list of (code point, glyph) sorted by code point.
func cmapFormat4(mapping [][2]int) ([]byte, error) {
	type seg struct{ start, end, delta int }
	var segs []seg
	for _, m := range mapping {
		if n := len(segs); n > 0 && segs[n-1].end+1 == m[0] && segs[n-1].start+segs[n-1].delta+(m[0]-segs[n-1].start) == m[1] {
			segs[n-1].end = m[0]
			continue
		}
		segs = append(segs, seg{m[0], m[0], m[1] - m[0]})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil, errTooManyRunes
	}
	b := make([]byte, 12+length)
	be := binary.BigEndian
	be.PutUint16(b[2:], 1)  // one subtable
	be.PutUint16(b[4:], 3)  // Windows
	be.PutUint16(b[6:], 1)  // Unicode BMP
	be.PutUint32(b[8:], 12) // offset
	s := b[12:]
	be.PutUint16(s[0:], 4)
	be.PutUint16(s[2:], uint16(length))
	be.PutUint16(s[6:], uint16(2*n))
	sel := 0
	for 1<<(sel+1) <= n {
		sel++
	}
	be.PutUint16(s[8:], uint16(2<<sel))
	be.PutUint16(s[10:], uint16(sel))
	be.PutUint16(s[12:], uint16(2*n-2<<sel))
	for i, g := range segs {
		be.PutUint16(s[14+2*i:], uint16(g.end))
		be.PutUint16(s[16+2*n+2*i:], uint16(g.start))
		be.PutUint16(s[16+4*n+2*i:], uint16(g.delta))
		// idRangeOffset stays 0
	}
	return b, nil
}

// subsetNames returns the name table of every subset of f, made once.
func (f *Font) subsetNames() []byte {
	f.names.once.Do(func() { f.names.table = f.subsetName() })
	return f.names.table
}

// subsetName builds a format-0 name table with the font's copyright,
// names and licence strings in English (Windows, Unicode).
func (f *Font) subsetName() []byte {
	ids := []int{0, 1, 2, 4, 6, 13, 14}
	var strs [][]uint16
	var recIDs []int
	total := 0
	for _, id := range ids {
		s := nameString(f.table("name"), id)
		switch {
		case s == "" && id == 1:
			s = "Subset"
		case s == "" && id == 2:
			s = "Regular"
		case s == "" && id == 4:
			s = "Subset"
		case s == "" && id == 6:
			s = "Subset"
		case s == "":
			continue
		}
		u := utf16.Encode([]rune(s))
		if total+len(u) > 0x7FFF {
			continue // name offsets are 16-bit
		}
		total += len(u)
		strs = append(strs, u)
		recIDs = append(recIDs, id)
	}
	be := binary.BigEndian
	n := len(strs)
	b := make([]byte, 6+12*n)
	be.PutUint16(b[2:], uint16(n))
	be.PutUint16(b[4:], uint16(6+12*n))
	off := 0
	var data []byte
	for i, u := range strs {
		rec := b[6+12*i:]
		be.PutUint16(rec[0:], 3)
		be.PutUint16(rec[2:], 1)
		be.PutUint16(rec[4:], 0x409)
		be.PutUint16(rec[6:], uint16(recIDs[i]))
		be.PutUint16(rec[8:], uint16(2*len(u)))
		be.PutUint16(rec[10:], uint16(off))
		for _, c := range u {
			data = be.AppendUint16(data, c)
		}
		off += 2 * len(u)
	}
	return append(b, data...)
}
