package pdf

// The file: objects, streams and their compression, fonts, the document
// information, the cross-reference table and the trailer.

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"hash/crc32"
	"io"
	"strconv"
	"unicode/utf16"
)

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
