// Package pdf writes the PDF files that package layout lays out: pages of
// text in embedded TrueType fonts, rectangles, and the document
// information, and nothing else. It knows how a PDF file is spelt (objects,
// streams, the cross-reference table, a Type0 font with Identity-H
// encoding over a CIDFontType2 font whose glyph ids are its CIDs, a
// ToUnicode map so that text can be copied and searched) and nothing of
// where things go on the page, which is layout's business.
//
// It is a package of its own, rather than part of layout, because it
// needs nothing from the packages above it: it takes a font as bytes,
// widths and characters (not a *font.Font), so that package font's tests
// can embed a font and read it back with poppler without an import cycle,
// and so that the file format can be read and tested apart from the
// typesetting rules.
//
// It replaces codeberg.org/go-pdf/fpdf, which parsed and subset the font
// again, hashed a 65,536-entry width table and allocated a compressor for
// every document: making one PDF per person cost about 4 ms there. Here a
// document costs its content streams and its own font subset, compressed
// with compressors kept across documents; a font that many documents share
// (Font.Shared: the characters of the wording every letter has) is
// compressed once and copied into each.
//
// Output depends only on what was drawn, on the fonts and on Info: the
// same document gives the same bytes (the file /ID is a hash of its
// content).
package pdf

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"hash/crc32"
	"io"
	"math"
	"strconv"
	"sync"
	"time"
	"unicode/utf16"
)

// The size of an A4 page in points (210 × 297 mm), as PDF files give it.
const (
	PageWidth  = 595.28
	PageHeight = 841.89
)

// Font is a font of a document: a TrueType font program (usually a
// subset) whose glyph ids are the character codes drawn with it. A Font
// must not be changed once a document using it is written.
type Font struct {
	Name    string // PostScript name, without a subset tag ("WenQuanYiMicroHei")
	Program []byte // the TrueType font program, embedded as FontFile2
	Widths  []int  // advance width of each glyph in 1/1000 em
	Unicode []rune // the character each glyph draws (0: none), for copying text

	// Global metrics in 1/1000 em, for the font descriptor.
	Ascent, Descent, CapHeight int
	BBox                       [4]int // xMin, yMin, xMax, yMax
	ItalicAngle                float64
	FixedPitch                 bool
	Weight                     int // OS/2 usWeightClass (400 regular, 700 bold)

	// Shared marks a font that many documents use (the characters every
	// letter of a run has): its streams are compressed once, at the
	// default level, and kept for every document written with it, also
	// concurrently.
	Shared bool
	cache  struct {
		once               sync.Once
		program, toUnicode []byte // compressed
	}
}

// Info is the document information, shown by a reader's document
// properties. Strings may hold any Unicode text.
type Info struct {
	Title, Subject, Keywords, Author, Creator string
	Lang                                      string    // language of the text, e.g. "zh-CN"
	Created                                   time.Time // creation and modification date
}

// Color is a colour in DeviceRGB, 0–255 a component.
type Color struct{ R, G, B uint8 }

// Doc is a PDF document being made: New, then Page for each page, then
// Write. A Doc is not safe for concurrent use; separate Docs are.
type Doc struct {
	fonts []*Font
	info  Info
	pages []*Page
}

// New starts a document set in fonts: text refers to them by their
// index in this list.
func New(info Info, fonts ...*Font) *Doc { return &Doc{fonts: fonts, info: info} }

// Page adds a page of size PageWidth × PageHeight and returns it for
// drawing. Coordinates are in points from the bottom-left corner.
func (d *Doc) Page() *Page {
	p := &Page{lw: 1}
	d.pages = append(d.pages, p)
	return p
}

// Page is the content of one page. Text is drawn in black; outlines
// (rectangles and the outline of bold text) in black.
type Page struct {
	b    []byte  // content stream, uncompressed
	tc   float64 // character spacing (Tc), points
	lw   float64 // line width (w), points
	tr   bool    // text rendering mode 2 (fill and stroke) is set
	fill Color   // non-stroking colour
}

// Text is a line of glyphs on one baseline, in runs of one font each:
// each run starts where the one before ends.
type Text struct {
	X, Y    float64 // the baseline origin, in points from the bottom-left corner
	Size    float64 // font size in points
	Spacing float64 // extra space after each glyph, in points (may be negative)
	Stroke  float64 // outline width in points for fake bold (filled and stroked glyphs), 0 for none
	Runs    []Run
}

// Run is glyphs of one font.
type Run struct {
	Font   int      // the font's index in New's list
	Glyphs []uint16 // the glyph ids (= CIDs) to draw
}

// Text draws t.
func (p *Page) Text(t Text) {
	if len(t.Runs) == 0 {
		return
	}
	if t.Stroke > 0 {
		p.setLineWidth(t.Stroke)
	}
	if bold := t.Stroke > 0; bold != p.tr {
		p.tr = bold
		if bold {
			p.b = append(p.b, "2 Tr\n"...)
		} else {
			p.b = append(p.b, "0 Tr\n"...)
		}
	}
	if t.Spacing != p.tc {
		p.tc = t.Spacing
		p.b = num(p.b, t.Spacing, 3)
		p.b = append(p.b, " Tc\n"...)
	}
	p.setFill(Color{})
	p.b = append(p.b, "BT "...)
	for i, r := range t.Runs {
		p.b = append(p.b, "/F"...)
		p.b = strconv.AppendInt(p.b, int64(r.Font+1), 10)
		p.b = append(p.b, ' ')
		p.b = num(p.b, t.Size, 2)
		p.b = append(p.b, " Tf "...)
		if i == 0 {
			p.b = num(p.b, t.X, 2)
			p.b = append(p.b, ' ')
			p.b = num(p.b, t.Y, 2)
			p.b = append(p.b, " Td "...)
		}
		p.b = append(p.b, '<')
		for _, g := range r.Glyphs {
			p.b = append(p.b, hex[g>>12], hex[g>>8&15], hex[g>>4&15], hex[g&15])
		}
		p.b = append(p.b, "> Tj "...)
	}
	p.b = append(p.b, "ET\n"...)
}

// Rect draws the outline of the rectangle with corner (x, y), width w and
// height h (points; a zero height draws a line), in line width lw; when
// fill is not nil, the rectangle is filled with it first.
func (p *Page) Rect(x, y, w, h, lw float64, fill *Color) {
	p.setLineWidth(lw)
	if fill != nil {
		p.setFill(*fill)
	}
	for _, v := range []float64{x, y, w, h} {
		p.b = num(p.b, v, 2)
		p.b = append(p.b, ' ')
	}
	if fill != nil {
		p.b = append(p.b, "re B\n"...)
	} else {
		p.b = append(p.b, "re S\n"...)
	}
}

func (p *Page) setLineWidth(lw float64) {
	if lw != p.lw {
		p.lw = lw
		p.b = num(p.b, lw, 3)
		p.b = append(p.b, " w\n"...)
	}
}

func (p *Page) setFill(c Color) {
	if c == p.fill {
		return
	}
	p.fill = c
	if c.R == c.G && c.G == c.B {
		p.b = num(p.b, float64(c.R)/255, 3)
		p.b = append(p.b, " g\n"...)
		return
	}
	for _, v := range []uint8{c.R, c.G, c.B} {
		p.b = num(p.b, float64(v)/255, 3)
		p.b = append(p.b, ' ')
	}
	p.b = append(p.b, "rg\n"...)
}

const hex = "0123456789ABCDEF"

// num appends v with at most prec decimals and no trailing zeros.
func num(b []byte, v float64, prec int) []byte {
	scale := math.Pow10(prec)
	v = math.Round(v*scale) / scale
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return append(b, '0')
	}
	start := len(b)
	b = strconv.AppendFloat(b, v, 'f', prec, 64)
	if prec > 0 {
		t := bytes.TrimSuffix(bytes.TrimRight(b[start:], "0"), []byte("."))
		b = b[:start+len(t)]
	}
	return b
}

// level is the compression of a document's own streams: best speed,
// which compresses a font program within 7 % of the default level in half
// the time. A shared font's streams, compressed once for many documents,
// get the default level.
const level = zlib.BestSpeed

// writers are the compressors and buffers of documents written before,
// kept for the next: a zlib writer holds a deflate state of a few hundred
// kilobytes, and making one per document (as fpdf did) left megabytes of
// garbage a letter, which a run holding a province's roster pays for in
// collections. A plain free list, not a sync.Pool, which the collector
// empties.
var writers = make(chan *writer, 16)

// writer is a reusable compressor with its buffers.
type writer struct {
	z   *zlib.Writer
	buf bytes.Buffer // compressed stream
	raw []byte       // an uncompressed stream being made (ToUnicode)
	out []byte       // the file
}

func getWriter() *writer {
	select {
	case w := <-writers:
		return w
	default:
		z, _ := zlib.NewWriterLevel(io.Discard, level) // level is valid
		return &writer{z: z}
	}
}

// maxKept bounds the buffers kept for the next document: a notice of a
// thousand pages does not pin its megabytes for the rest of the run.
const maxKept = 1 << 20

func putWriter(w *writer) {
	if w.buf.Cap() > maxKept {
		w.buf = bytes.Buffer{}
	}
	if cap(w.out) > maxKept {
		w.out = nil
	}
	if cap(w.raw) > maxKept {
		w.raw = nil
	}
	select {
	case writers <- w:
	default:
	}
}

// compress returns data compressed; the slice is valid until the next
// call.
func (w *writer) compress(data []byte) []byte {
	w.buf.Reset()
	w.z.Reset(&w.buf)
	w.z.Write(data) // a bytes.Buffer does not fail
	w.z.Close()
	return w.buf.Bytes()
}

// Object numbers: the fixed objects, then fontObjects for each font,
// then a page object and a content stream for each page, then the
// document information (last, so that the last /Keywords in the file is
// the document's, as package provenance reads it).
const (
	objCatalog = 1 + iota
	objPages
	objResources
	objFirstFont
)

// The objects of a font, from its first: Type0, CIDFontType2, font
// descriptor, font program, ToUnicode map.
const (
	fontType0 = iota
	fontCID
	fontDescriptor
	fontFile
	fontToUnicode
	fontObjects
)

// Write writes the PDF to w in one call. A document without pages gets
// one blank page.
func (d *Doc) Write(w io.Writer) error {
	pages := d.pages
	if len(pages) == 0 {
		pages = []*Page{{}}
	}
	objFirstPage := objFirstFont + fontObjects*len(d.fonts)
	objInfo := objFirstPage + 2*len(pages)
	offsets := make([]int, objInfo+1)
	zw := getWriter()
	defer putWriter(zw)

	b := zw.out[:0]
	defer func() { zw.out = b }()
	b = append(b, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"...)
	obj := func(n int) {
		offsets[n] = len(b)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, " 0 obj\n"...)
	}
	end := func() { b = append(b, "\nendobj\n"...) }
	ref := func(n int) {
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, " 0 R"...)
	}
	// stream appends a stream, compressed unless z (compressed) is given;
	// a font program also gets its length before compression.
	stream := func(data, z []byte, font bool) {
		if z == nil {
			z = zw.compress(data)
		}
		b = append(b, "<< /Length "...)
		b = strconv.AppendInt(b, int64(len(z)), 10)
		b = append(b, " /Filter /FlateDecode"...)
		if font {
			b = append(b, " /Length1 "...)
			b = strconv.AppendInt(b, int64(len(data)), 10)
		}
		b = append(b, " >>\nstream\n"...)
		b = append(b, z...)
		b = append(b, "\nendstream"...)
	}

	obj(objCatalog)
	b = append(b, "<< /Type /Catalog /Pages "...)
	ref(objPages)
	if d.info.Lang != "" {
		b = append(b, " /Lang "...)
		b = textString(b, d.info.Lang)
	}
	b = append(b, " >>"...)
	end()

	obj(objPages)
	b = append(b, "<< /Type /Pages /Kids ["...)
	for i := range pages {
		if i > 0 {
			b = append(b, ' ')
		}
		ref(objFirstPage + 2*i)
	}
	b = append(b, "] /Count "...)
	b = strconv.AppendInt(b, int64(len(pages)), 10)
	b = append(b, " /MediaBox [0 0 "...)
	b = num(b, PageWidth, 2)
	b = append(b, ' ')
	b = num(b, PageHeight, 2)
	b = append(b, "] >>"...)
	end()

	obj(objResources)
	b = append(b, "<< /Font <<"...)
	for i := range d.fonts {
		b = append(b, " /F"...)
		b = strconv.AppendInt(b, int64(i+1), 10)
		b = append(b, ' ')
		ref(objFirstFont + fontObjects*i + fontType0)
	}
	b = append(b, " >> /ProcSet [/PDF /Text] >>"...)
	end()

	for i, f := range d.fonts {
		first := objFirstFont + fontObjects*i
		name := subsetTag(f) + "+" + pdfName(f.Name)
		obj(first + fontType0)
		b = append(b, "<< /Type /Font /Subtype /Type0 /BaseFont /"...)
		b = append(b, name...)
		b = append(b, " /Encoding /Identity-H /DescendantFonts ["...)
		ref(first + fontCID)
		b = append(b, "] /ToUnicode "...)
		ref(first + fontToUnicode)
		b = append(b, " >>"...)
		end()

		obj(first + fontCID)
		b = append(b, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /"...)
		b = append(b, name...)
		b = append(b, " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor "...)
		ref(first + fontDescriptor)
		b = append(b, " /CIDToGIDMap /Identity /DW 1000 /W [0 ["...)
		for i, w := range f.Widths {
			if i > 0 {
				b = append(b, ' ')
			}
			b = strconv.AppendInt(b, int64(w), 10)
		}
		b = append(b, "]] >>"...)
		end()

		obj(first + fontDescriptor)
		b = append(b, "<< /Type /FontDescriptor /FontName /"...)
		b = append(b, name...)
		b = append(b, " /Flags "...)
		b = strconv.AppendInt(b, int64(flags(f)), 10)
		b = append(b, " /FontBBox ["...)
		for i, v := range f.BBox {
			if i > 0 {
				b = append(b, ' ')
			}
			b = strconv.AppendInt(b, int64(v), 10)
		}
		b = append(b, "] /ItalicAngle "...)
		b = num(b, f.ItalicAngle, 2)
		for _, m := range []struct {
			key string
			v   int
		}{{" /Ascent ", f.Ascent}, {" /Descent ", f.Descent}, {" /CapHeight ", f.CapHeight}, {" /StemV ", stemV(f.Weight)}} {
			b = append(b, m.key...)
			b = strconv.AppendInt(b, int64(m.v), 10)
		}
		b = append(b, " /FontFile2 "...)
		ref(first + fontFile)
		b = append(b, " >>"...)
		end()

		var program, cmap []byte
		if f.Shared {
			program, cmap = f.compressed()
		}
		obj(first + fontFile)
		stream(f.Program, program, true)
		end()

		obj(first + fontToUnicode)
		if cmap == nil {
			zw.raw = toUnicode(zw.raw[:0], f.Unicode)
		}
		stream(zw.raw, cmap, false)
		end()
	}

	for i, p := range pages {
		obj(objFirstPage + 2*i)
		b = append(b, "<< /Type /Page /Parent "...)
		ref(objPages)
		b = append(b, " /Resources "...)
		ref(objResources)
		b = append(b, " /Contents "...)
		ref(objFirstPage + 2*i + 1)
		b = append(b, " >>"...)
		end()
		obj(objFirstPage + 2*i + 1)
		stream(p.b, nil, false)
		end()
	}

	obj(objInfo)
	b = d.info.dict(b)
	end()

	id := sha256.Sum256(b)
	xref := len(b)
	b = append(b, "xref\n0 "...)
	b = strconv.AppendInt(b, int64(len(offsets)), 10)
	b = append(b, "\n0000000000 65535 f\r\n"...)
	for _, off := range offsets[1:] {
		s := strconv.Itoa(off)
		for range 10 - len(s) {
			b = append(b, '0')
		}
		b = append(b, s...)
		b = append(b, " 00000 n\r\n"...)
	}
	b = append(b, "trailer\n<< /Size "...)
	b = strconv.AppendInt(b, int64(len(offsets)), 10)
	b = append(b, " /Root "...)
	ref(objCatalog)
	b = append(b, " /Info "...)
	ref(objInfo)
	b = append(b, " /ID [<"...)
	for range 2 {
		for _, c := range id[:16] {
			b = append(b, hex[c>>4], hex[c&15])
		}
		b = append(b, "> <"...)
	}
	b = b[:len(b)-2]
	b = append(b, "] >>\nstartxref\n"...)
	b = strconv.AppendInt(b, int64(xref), 10)
	b = append(b, "\n%%EOF\n"...)
	_, err := w.Write(b)
	return err
}

// compressed returns the font program and the ToUnicode map of a shared
// font compressed, made on the first call.
func (f *Font) compressed() (program, cmap []byte) {
	f.cache.once.Do(func() {
		z := func(data []byte) []byte {
			var buf bytes.Buffer
			w, _ := zlib.NewWriterLevel(&buf, zlib.DefaultCompression)
			w.Write(data) // a bytes.Buffer does not fail
			w.Close()
			return buf.Bytes()
		}
		f.cache.program = z(f.Program)
		f.cache.toUnicode = z(toUnicode(nil, f.Unicode))
	})
	return f.cache.program, f.cache.toUnicode
}

// dict appends the document information dictionary.
func (in *Info) dict(b []byte) []byte {
	b = append(b, "<<"...)
	for _, e := range []struct{ key, v string }{
		{"Title", in.Title}, {"Subject", in.Subject}, {"Keywords", in.Keywords},
		{"Author", in.Author}, {"Creator", in.Creator},
	} {
		if e.v != "" {
			b = append(b, " /"+e.key+" "...)
			b = textString(b, e.v)
		}
	}
	date := "D:" + in.Created.Format("20060102150405")
	b = append(b, " /CreationDate "...)
	b = textString(b, date)
	b = append(b, " /ModDate "...)
	b = textString(b, date)
	return append(b, " >>"...)
}

// textString appends s as a literal string: ASCII as it is, other text
// as UTF-16BE with a byte order mark (characters beyond the Basic
// Multilingual Plane as surrogate pairs). A slash is written as the escape
// \057, so that no string holds a key such as /Keywords: package
// provenance finds the record by the last /Keywords in the file.
func textString(b []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	b = append(b, '(')
	put := func(c byte) {
		switch c {
		case '\\', '(', ')':
			b = append(b, '\\', c)
		case '\r':
			b = append(b, '\\', 'r')
		case '\n':
			b = append(b, '\\', 'n')
		case '/':
			b = append(b, '\\', '0', '5', '7')
		default:
			b = append(b, c)
		}
	}
	if ascii {
		for i := 0; i < len(s); i++ {
			put(s[i])
		}
	} else {
		put(0xFE)
		put(0xFF)
		for _, u := range utf16.Encode([]rune(s)) {
			put(byte(u >> 8))
			put(byte(u))
		}
	}
	return append(b, ')')
}

// toUnicode makes the ToUnicode CMap: the character of each glyph, so
// that text can be copied and searched.
func toUnicode(b []byte, chars []rune) []byte {
	b = append(b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"+
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"+
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"+
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"...)
	g := 0
	for g < len(chars) && g <= 0xFFFF {
		n := 0 // at most 100 entries a block
		for i := g; i < len(chars) && i <= 0xFFFF && n < 100; i++ {
			if chars[i] > 0 {
				n++
			}
		}
		if n == 0 {
			break
		}
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, " beginbfchar\n"...)
		for ; n > 0; g++ {
			r := chars[g]
			if r <= 0 {
				continue
			}
			n--
			b = append(b, '<', hex[g>>12], hex[g>>8&15], hex[g>>4&15], hex[g&15], '>', ' ', '<')
			if r >= 0x10000 {
				r1, r2 := utf16.EncodeRune(r)
				b = append(b, hex[r1>>12], hex[r1>>8&15], hex[r1>>4&15], hex[r1&15])
				r = r2
			}
			b = append(b, hex[r>>12], hex[r>>8&15], hex[r>>4&15], hex[r&15], '>', '\n')
		}
		b = append(b, "endbfchar\n"...)
	}
	return append(b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"...)
}

// subsetTag is the six capital letters that mark an embedded subset
// (ISO 32000-1 9.6.4), from a checksum of the font program: the same
// subset gets the same tag, different ones almost surely differ.
func subsetTag(f *Font) string {
	sum := crc32.ChecksumIEEE(f.Program)
	var t [6]byte
	for i := range t {
		t[i] = 'A' + byte(sum%26)
		sum /= 26
	}
	return string(t[:])
}

// pdfName keeps the characters of a PostScript name that need no escape
// in a PDF name.
func pdfName(s string) string {
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < 0x7F && !bytes.ContainsRune([]byte("()<>[]{}/%#"), rune(c)) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return "Font"
	}
	return string(out)
}

// flags are the font descriptor's flags: symbolic (the glyphs are reached
// by glyph id, not a standard Latin encoding), and fixed pitch and italic
// when the font is.
func flags(f *Font) int {
	fl := 4
	if f.FixedPitch {
		fl |= 1
	}
	if f.ItalicAngle != 0 {
		fl |= 64
	}
	return fl
}

// stemV estimates the vertical stem width from the weight class, as
// other PDF writers do (a TrueType font does not record it).
func stemV(weight int) int {
	if weight <= 0 {
		weight = 400
	}
	w := float64(weight) / 65
	return 50 + int(w*w)
}
