// Package font loads the TrueType font that relief's PDF documents are
// set in, answers which characters it has and how wide they are, and cuts
// small subsets of it for embedding.
//
// The default font, embedded in the binary, is WenQuanYi Micro Hei
// (文泉驿微米黑), face 0 of wqy-microhei.ttc from Debian's fonts-wqy-microhei
// 0.2.0-beta, licensed under Apache-2.0 (LICENSE-wqy-microhei.txt). It was
// made with
//
//	go run ./tools/ttc2ttf /usr/share/fonts/truetype/wqy/wqy-microhei.ttc 0 templates/font/wqy-microhei.ttf.gz
//
// which extracts the face (Extract) and gzips it; Load decompresses it once
// per run. It covers GB 2312, the CJK Unified Ideographs block and Latin.
//
// A user's own font is a TrueType .ttf or a face of a .ttc collection
// (simfang.ttf, simsun.ttc:0). Fonts with CFF outlines (.otf, Noto/Source
// Han) cannot be used: the PDF writer (package templates/layout/pdf)
// embeds TrueType only.
//
// A *Font is immutable once loaded and safe to share between goroutines.
package font

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"relief/i18n"
	"relief/safefile"
)

//go:embed wqy-microhei.ttf.gz
var embeddedGz []byte

// License is the licence text of the embedded font.
//
//go:embed LICENSE-wqy-microhei.txt
var License string

// Font is a parsed TrueType font.
type Font struct {
	name    string  // full name, for messages
	data    []byte  // the whole sfnt file
	tables  []table // its tables
	upem    int
	glyphs  int    // maxp.numGlyphs
	hmtx    []byte // raw hmtx
	nhm     int    // hhea.numberOfHMetrics
	loca    []int  // glyphs+1 offsets into glyf
	glyf    []byte
	bmp     []uint16        // glyph of every BMP code point (0: none)
	astral  map[rune]uint16 // glyphs beyond the BMP (format 12 cmaps only)
	w1000   []uint16        // advance of every glyph in 1/1000 em, as the PDF states it
	metrics Metrics
	names   struct { // the name table of a subset (subsetNames)
		once  sync.Once
		table []byte
	}
}

// Metrics are a font's global metrics in 1/1000 em, as a PDF font
// descriptor states them.
type Metrics struct {
	PostScriptName             string // name id 6, e.g. "WenQuanYiMicroHei"
	Ascent, Descent, CapHeight int
	BBox                       [4]int // head's xMin, yMin, xMax, yMax
	ItalicAngle                float64
	FixedPitch                 bool
	Weight                     int // OS/2 usWeightClass; 400 when the font has no OS/2 table
}

var embedded struct {
	once sync.Once
	font *Font
	err  error
}

// Load returns the font named by spec, parsed:
//
//	""            the embedded WenQuanYi Micro Hei
//	"FILE.ttf"    a TrueType font
//	"FILE.ttc"    face 0 of a TrueType collection
//	"FILE.ttc:N"  face N of a collection
//
// The file's content decides whether it is a collection, not its name.
// Errors are *i18n.Error values that name the file and say what to do.
// Load the font once per run and share it: parsing is not free.
func Load(spec string) (*Font, error) {
	if spec == "" {
		embedded.once.Do(func() {
			data, err := gunzip(embeddedGz)
			if err == nil {
				embedded.font, err = parse(data)
			}
			if err != nil {
				embedded.err = &i18n.Error{Msg: i18n.M("font.damaged", "wqy-microhei.ttf", err.Error()), Err: err}
			}
		})
		return embedded.font, embedded.err
	}
	path, face := splitSpec(spec)
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) >= 4 && u32(data, 0) == tagTTCF {
		data, err = Extract(data, face)
	} else if face != 0 {
		err = faceError{face, 1}
	}
	var f *Font
	if err == nil {
		f, err = parse(data)
	}
	if err != nil {
		return nil, describe(path, err)
	}
	return f, nil
}

// maxFileSize bounds a font file: the largest CJK TrueType collections
// are a few tens of megabytes; anything far larger (or endless, like a
// device) is not a font and must not be read into memory.
const maxFileSize = 256 << 20

// readFile reads the font file at path, refusing a folder, anything that
// is not a regular file (a FIFO would block, /dev/zero never ends), a file
// too large to be a font (by its size, before reading it), and anything
// that cannot be read, each with a message that says what to do.
func readFile(path string) ([]byte, error) {
	fh, err := safefile.OpenRegular(path)
	if err != nil {
		var ie *i18n.Error
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, &i18n.Error{Msg: i18n.M("font.missing", path), Err: err}
		case errors.Is(err, safefile.ErrIsDir):
			return nil, i18n.Errorf("font.is-dir", path)
		case errors.As(err, &ie):
			return nil, err
		}
		return nil, &i18n.Error{Msg: i18n.M("font.read", path, safefile.Reason(err)), Err: err}
	}
	defer fh.Close()
	if fi, err := fh.Stat(); err == nil && fi.Size() > maxFileSize {
		return nil, i18n.Errorf("font.too-big", path, maxFileSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(fh, maxFileSize+1))
	if err != nil {
		return nil, &i18n.Error{Msg: i18n.M("font.read", path, safefile.Reason(err)), Err: err}
	}
	if len(data) > maxFileSize {
		return nil, i18n.Errorf("font.too-big", path, maxFileSize>>20)
	}
	return data, nil
}

// splitSpec splits "FILE:N" into the file and the face index. A colon not
// followed by digits only, or a file that exists under the whole name,
// is part of the file name (C:\Windows\Fonts\simsun.ttc).
func splitSpec(spec string) (string, int) {
	i := strings.LastIndexByte(spec, ':')
	if i <= 0 || i == len(spec)-1 {
		return spec, 0
	}
	n, err := strconv.Atoi(spec[i+1:])
	if err != nil || n < 0 || strings.ContainsAny(spec[i+1:], "+-") {
		return spec, 0
	}
	if _, err := os.Stat(spec); err == nil {
		return spec, 0
	}
	return spec[:i], n
}

// describe turns a parser error into a message about the file path.
func describe(path string, err error) error {
	var fe faceError
	var d damaged
	var m *i18n.Msg
	switch {
	case errors.As(err, &fe):
		m = &i18n.Msg{Key: "font.face", Args: []any{path, fe.index, fe.faces, fe.faces - 1}}
	case errors.Is(err, errCFF):
		m = &i18n.Msg{Key: "font.cff", Args: []any{path}}
	case errors.Is(err, errNoUnicode):
		m = &i18n.Msg{Key: "font.no-unicode", Args: []any{path}}
	case errors.Is(err, errNoEmbed):
		m = &i18n.Msg{Key: "font.no-embed", Args: []any{path}}
	case errors.As(err, &d):
		m = &i18n.Msg{Key: "font.damaged", Args: []any{path, string(d)}}
	default:
		m = &i18n.Msg{Key: "font.not-font", Args: []any{path}}
	}
	return &i18n.Error{Msg: *m, Err: err}
}

func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

var (
	errNoUnicode = errors.New("no Unicode cmap")
	errNoEmbed   = errors.New("licence forbids embedding or subsetting")
)

// parse reads a standalone TrueType font and checks everything that the
// subsetter and the PDF writer rely on, so that neither meets a surprise
// later.
func parse(data []byte) (*Font, error) {
	scalar, tables, err := readDirectory(data, 0)
	if err != nil {
		return nil, err
	}
	f := &Font{data: data, tables: tables}
	tab := func(tag string) []byte { return f.table(tag) }
	if scalar == tagOTTO || (tab("glyf") == nil && (tab("CFF ") != nil || tab("CFF2") != nil)) {
		return nil, errCFF
	}
	head, hhea, maxp := tab("head"), tab("hhea"), tab("maxp")
	f.hmtx, f.glyf = tab("hmtx"), tab("glyf")
	for _, t := range []struct {
		tag string
		b   []byte
		min int
	}{{"head", head, 54}, {"hhea", hhea, 36}, {"maxp", maxp, 6}, {"cmap", tab("cmap"), 4}, {"loca", tab("loca"), 2}, {"glyf", f.glyf, 0}, {"hmtx", f.hmtx, 4}} {
		if t.b == nil || len(t.b) < t.min {
			return nil, damaged("table " + t.tag + " missing or short")
		}
	}
	f.upem = u16(head, 18)
	if f.upem < 16 || f.upem > 16384 {
		return nil, damaged("bad unitsPerEm")
	}
	if u16(head, 52) != 0 || u16(hhea, 32) != 0 {
		return nil, damaged("unknown glyph or metric data format")
	}
	f.glyphs = u16(maxp, 4)
	f.nhm = u16(hhea, 34)
	if f.glyphs == 0 || f.nhm == 0 || f.nhm > f.glyphs || len(f.hmtx) < 4*f.nhm+2*(f.glyphs-f.nhm) {
		return nil, damaged("bad glyph metrics")
	}
	if err := f.parseLoca(u16(head, 50), tab("loca")); err != nil {
		return nil, err
	}
	if os2 := tab("OS/2"); os2 != nil {
		// The metrics read up to sTypoDescender (version 0, 1) or sCapHeight.
		if len(os2) < 72 || (u16(os2, 0) > 1 && len(os2) < 90) {
			return nil, damaged("table OS/2 short")
		}
		if fs := u16(os2, 8); fs&0x000F == 2 || fs&0x0300 != 0 {
			return nil, errNoEmbed
		}
	}
	if post := tab("post"); post != nil && len(post) < 32 {
		return nil, damaged("table post short")
	}
	if err := f.parseCmap(tab("cmap")); err != nil {
		return nil, err
	}
	f.w1000 = make([]uint16, f.glyphs)
	scale := 1000 / float64(f.upem)
	for g := range f.glyphs {
		if a := f.advance(g); a < 1<<15 { // a larger advance is taken as 0 (a damaged metric)
			f.w1000[g] = uint16(math.Round(scale * float64(a)))
		}
	}
	f.name = fontName(tab("name"))
	f.metrics = f.readMetrics(head, hhea, tab("OS/2"), tab("post"))
	return f, nil
}

// readMetrics reads the font descriptor's metrics: ascent and descent
// from hhea, else OS/2's typographic ones, else the bounding box (as most
// PDF writers do); the cap height from OS/2 version 2 or later,
// else the ascent.
func (f *Font) readMetrics(head, hhea, os2, post []byte) Metrics {
	scale := func(v int) int { return int(math.Round(float64(v) * 1000 / float64(f.upem))) }
	m := Metrics{
		PostScriptName: nameString(f.table("name"), 6),
		BBox:           [4]int{scale(i16(head, 36)), scale(i16(head, 38)), scale(i16(head, 40)), scale(i16(head, 42))},
		Ascent:         scale(i16(hhea, 4)),
		Descent:        scale(i16(hhea, 6)),
		Weight:         400,
	}
	if m.PostScriptName == "" {
		m.PostScriptName = strings.ReplaceAll(f.name, " ", "")
	}
	if os2 != nil {
		m.Weight = u16(os2, 4)
		if m.Ascent == 0 {
			m.Ascent = scale(i16(os2, 68))
		}
		if m.Descent == 0 {
			m.Descent = scale(i16(os2, 70))
		}
		if u16(os2, 0) > 1 {
			m.CapHeight = scale(i16(os2, 88))
		}
	}
	if m.Ascent == 0 {
		m.Ascent = m.BBox[3]
	}
	if m.Descent == 0 {
		m.Descent = m.BBox[1]
	}
	if m.CapHeight == 0 {
		m.CapHeight = m.Ascent
	}
	if post != nil {
		m.ItalicAngle = float64(int32(u32(post, 4))) / 65536
		m.FixedPitch = u32(post, 12) != 0
	}
	return m
}

// Metrics returns the font's global metrics.
func (f *Font) Metrics() Metrics { return f.metrics }

func (f *Font) table(tag string) []byte {
	for _, t := range f.tables {
		if t.tag == tag {
			return t.data
		}
	}
	return nil
}

func (f *Font) parseLoca(format int, loca []byte) error {
	n := f.glyphs + 1
	f.loca = make([]int, n)
	switch {
	case format == 0 && len(loca) >= 2*n:
		for i := range n {
			f.loca[i] = 2 * u16(loca, 2*i)
		}
	case format == 1 && len(loca) >= 4*n:
		for i := range n {
			f.loca[i] = int(u32(loca, 4*i))
		}
	default:
		return damaged("table loca short or of unknown format")
	}
	for i := 1; i < n; i++ {
		if f.loca[i] < f.loca[i-1] || f.loca[i] > len(f.glyf) {
			return damaged("table loca inconsistent with glyf")
		}
	}
	return nil
}

// advance is glyph g's advance width in font units.
func (f *Font) advance(g int) int {
	if g >= f.nhm {
		g = f.nhm - 1
	}
	return u16(f.hmtx, 4*g)
}

// parseCmap fills bmp (and astral) from the best Unicode subtable: format
// 12 when there is one, else format 4.
func (f *Font) parseCmap(cmap []byte) error {
	n := u16(cmap, 2)
	if 4+8*n > len(cmap) {
		return damaged("table cmap truncated")
	}
	var best4, best12 []byte
	for i := range n {
		rec := 4 + 8*i
		platform, encoding, off := u16(cmap, rec), u16(cmap, rec+2), int(u32(cmap, rec+4))
		unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
		if !unicode || off+4 > len(cmap) {
			continue
		}
		sub := cmap[off:]
		switch u16(sub, 0) {
		case 4:
			if best4 == nil {
				best4 = sub
			}
		case 12:
			if best12 == nil {
				best12 = sub
			}
		}
	}
	f.bmp = make([]uint16, 0x10000)
	switch {
	case best12 != nil:
		return f.parseFormat12(best12)
	case best4 != nil:
		return f.parseFormat4(best4)
	}
	return errNoUnicode
}

func (f *Font) set(r rune, g int) {
	if g <= 0 || g >= f.glyphs {
		return // glyph 0 is .notdef; out-of-range ids count as missing
	}
	if r < 0x10000 {
		f.bmp[r] = uint16(g)
	} else if r <= utf8.MaxRune {
		if f.astral == nil {
			f.astral = map[rune]uint16{}
		}
		f.astral[r] = uint16(g)
	}
}

func (f *Font) parseFormat4(sub []byte) error {
	if len(sub) < 14 {
		return damaged("cmap format 4 truncated")
	}
	length := min(u16(sub, 2), len(sub))
	segX2 := u16(sub, 6)
	if segX2%2 != 0 || 16+4*segX2 > length {
		return damaged("cmap format 4 truncated")
	}
	ends, starts, deltas, ranges := 14, 16+segX2, 16+2*segX2, 16+3*segX2
	for s := 0; s < segX2; s += 2 {
		end, start := u16(sub, ends+s), u16(sub, starts+s)
		delta, ro := u16(sub, deltas+s), u16(sub, ranges+s)
		for c := start; c <= end && c != 0xFFFF; c++ {
			g := 0
			if ro == 0 {
				g = (c + delta) & 0xFFFF
			} else {
				p := ranges + s + ro + 2*(c-start)
				if p+2 > length {
					continue
				}
				if g = u16(sub, p); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			f.set(rune(c), g)
		}
	}
	return nil
}

func (f *Font) parseFormat12(sub []byte) error {
	if len(sub) < 16 {
		return damaged("cmap format 12 truncated")
	}
	n := int(u32(sub, 12))
	if n > (len(sub)-16)/12 {
		return damaged("cmap format 12 truncated")
	}
	for i := range n {
		g := 16 + 12*i
		start, end, gid := u32(sub, g), u32(sub, g+4), u32(sub, g+8)
		if end > utf8.MaxRune || start > end || uint64(gid)+uint64(end-start) >= uint64(f.glyphs) {
			continue
		}
		for c := start; c <= end; c++ {
			f.set(rune(c), int(gid+(c-start)))
		}
	}
	return nil
}

// fontName returns the font's English full name (or family name), or ""
// when it has none.
func fontName(name []byte) string {
	if s := nameString(name, 4); s != "" {
		return s
	}
	return nameString(name, 1)
}

// nameString returns string id of a name table, from a Windows Unicode
// record, English if there is one, or "".
func nameString(name []byte, id int) string {
	if len(name) < 6 {
		return ""
	}
	n, strs := u16(name, 2), u16(name, 4)
	best, english := "", false
	for i := range n {
		rec := 6 + 12*i
		if rec+12 > len(name) {
			break
		}
		platform, encoding, lang := u16(name, rec), u16(name, rec+2), u16(name, rec+4)
		length, off := u16(name, rec+8), strs+u16(name, rec+10)
		if u16(name, rec+6) != id || platform != 3 || (encoding != 1 && encoding != 10) ||
			off+length > len(name) || length%2 != 0 || (best != "" && (english || lang != 0x409)) {
			continue
		}
		u := make([]uint16, length/2)
		for j := range u {
			u[j] = uint16(u16(name, off+2*j))
		}
		best, english = string(utf16.Decode(u)), lang == 0x409
	}
	return best
}

// Name is the font's full name, e.g. "WenQuanYi Micro Hei".
func (f *Font) Name() string { return f.name }

// Has reports whether the font has a glyph for r.
func (f *Font) Has(r rune) bool { return f.glyph(r) != 0 }

func (f *Font) glyph(r rune) int {
	if r >= 0 && r < 0x10000 {
		return int(f.bmp[r])
	}
	return int(f.astral[r])
}

// Missing returns the characters of s that cannot be drawn in a PDF with
// this font, each once, in order of first appearance: those the font has
// no glyph for, and every character outside the Basic Multilingual Plane
// (Subset keeps BMP characters only, whatever the font).
func (f *Font) Missing(s string) []rune {
	var out []rune
	for _, r := range s {
		if (r > 0xFFFF || !f.Has(r)) && !containsRune(out, r) {
			out = append(out, r)
		}
	}
	return out
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// Advance is the width of r set at sizePt points, in millimetres: the
// font's own advance rounded to 1/1000 em, which is the width the PDF
// states for its glyph (Subset's Widths). A character the font lacks
// measures as its .notdef glyph.
func (f *Font) Advance(r rune, sizePt float64) float64 {
	return float64(f.w1000[f.glyph(r)]) * sizePt / 1000 * 25.4 / 72
}
