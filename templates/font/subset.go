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

// Release hands the subset's memory to the next Subset cut (of any
// font); s must not be used after it. Calling it is optional: it spares
// the collector the few tens of kilobytes a subset takes, when thousands
// of documents are made in a run.
func (s *Subset) Release() {
	if cap(s.TTF) > maxKept {
		return
	}
	select {
	case subsets <- s:
	default:
	}
}

// Subsets and working memory kept for the next cut: free lists, not
// sync.Pools, which the collector empties.
var (
	subsets   = make(chan *Subset, 16)
	scratches = make(chan *scratch, 16)
)

// maxKept bounds the memory kept for the next subset: the subset of a
// notice of a thousand names is not held for the rest of the run.
const maxKept = 1 << 20

// scratch is the working memory of a cut.
type scratch struct {
	pairs                  []pair
	order                  []int
	newID                  map[int]int
	glyf, loca, hmtx, cmap []byte
	segs                   []segment
	tables                 []table
	head, hhea, maxp, post []byte
}

// pair is a character and its glyph in the font.
type pair struct {
	r rune
	g int
}

// segment is a run of characters mapped to consecutive glyphs (cmap
// format 4).
type segment struct{ start, end, delta int }

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
	var w *scratch
	select {
	case w = <-scratches:
	default:
		w = &scratch{newID: map[int]int{}}
	}
	out, err := f.cut(w, runes)
	if cap(w.glyf) <= maxKept {
		select {
		case scratches <- w:
		default:
		}
	}
	return out, err
}

func (f *Font) cut(w *scratch, runes []rune) (*Subset, error) {
	pairs := w.pairs[:0]
	for _, r := range runes {
		if r >= 0 && r < 0x10000 && f.bmp[r] != 0 {
			pairs = append(pairs, pair{r, int(f.bmp[r])})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int { return int(a.r - b.r) })
	pairs = slices.CompactFunc(pairs, func(a, b pair) bool { return a.r == b.r })
	w.pairs = pairs

	// New glyph ids: .notdef, the characters' glyphs in character order,
	// then composite components as they are found.
	order := append(w.order[:0], 0)
	newID := w.newID
	clear(newID)
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
	w.order = order
	if len(order) > 0xFFFF {
		return nil, errTooManyRunes
	}

	be := binary.BigEndian
	glyf := slices.Grow(w.glyf[:0], size)
	loca := resize(w.loca, 4*(len(order)+1))
	hmtx := resize(w.hmtx, 4*len(order))
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
	w.glyf, w.loca, w.hmtx = glyf, loca, hmtx

	var out *Subset
	select {
	case out = <-subsets:
	default:
		out = &Subset{}
	}
	out.Runes = resize(out.Runes, len(order))
	clear(out.Runes)
	out.Widths = resize(out.Widths, len(order))
	out.chars = resize(out.chars, len(pairs))
	out.ids = resize(out.ids, len(pairs))
	for i, g := range order {
		out.Widths[i] = int(f.w1000[g])
	}
	for i, p := range pairs {
		g := newID[p.g]
		out.Runes[g] = p.r
		out.chars[i], out.ids[i] = p.r, uint16(g)
	}
	if err := w.cmapFormat4(pairs); err != nil {
		return nil, err
	}

	w.head = append(w.head[:0], f.table("head")...)
	be.PutUint16(w.head[50:], 1) // long loca
	w.hhea = append(w.hhea[:0], f.table("hhea")...)
	be.PutUint16(w.hhea[34:], uint16(len(order)))
	w.maxp = append(w.maxp[:0], f.table("maxp")...)
	be.PutUint16(w.maxp[4:], uint16(len(order)))
	w.post = resize(w.post, 32)
	clear(w.post)
	copy(w.post, f.table("post"))
	be.PutUint32(w.post, 0x00030000) // no glyph names

	tables := append(w.tables[:0],
		table{"head", w.head}, table{"hhea", w.hhea}, table{"maxp", w.maxp}, table{"hmtx", hmtx},
		table{"cmap", w.cmap}, table{"loca", loca}, table{"glyf", glyf}, table{"post", w.post},
		table{"name", f.subsetNames()},
	)
	for _, tag := range []string{"OS/2", "cvt ", "fpgm", "prep", "gasp"} {
		if b := f.table(tag); b != nil {
			tables = append(tables, table{tag, b})
		}
	}
	w.tables = tables
	out.TTF = assemble(out.TTF[:0], tagTrueType, tables)
	return out, nil
}

// resize returns s with length n, reusing its memory when it can; the
// elements are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
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

// cmapFormat4 builds into w.cmap a cmap table with one (3,1) format-4
// subtable mapping each character of pairs, sorted, to its new glyph.
func (w *scratch) cmapFormat4(pairs []pair) error {
	segs := w.segs[:0]
	for _, p := range pairs {
		r, g := int(p.r), w.newID[p.g]
		if n := len(segs); n > 0 && segs[n-1].end+1 == r && segs[n-1].start+segs[n-1].delta+(r-segs[n-1].start) == g {
			segs[n-1].end = r
			continue
		}
		segs = append(segs, segment{r, r, g - r})
	}
	segs = append(segs, segment{0xFFFF, 0xFFFF, 1})
	w.segs = segs
	n := len(segs)
	length := 16 + 8*n
	if length > 0xFFFF {
		return errTooManyRunes
	}
	b := resize(w.cmap, 12+length)
	clear(b)
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
	w.cmap = b
	return nil
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
