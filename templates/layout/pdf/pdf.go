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
	"math"
	"strconv"
	"sync"
	"time"
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
