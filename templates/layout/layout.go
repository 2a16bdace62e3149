// Package layout writes Chinese official documents as PDF, laid out after
// GB/T 9704-2012 (党政机关公文格式):
//
//   - A4; text block 156 × 225 mm, 37 mm from the top and 28 mm from the
//     left edge;
//   - title in 2号 (22 pt), centred, set "bold" by stroking the glyph
//     outlines (text rendering mode 2) since the font has no bold face;
//     a long title is broken into balanced lines;
//   - body in 3号 (16 pt) on a fixed grid of 22 lines a page and 28
//     characters a line (the characters are drawn 0.07 mm closer than
//     their natural 16 pt advance so that 28 fit, as a word processor's
//     character grid does); lines that end at a soft break are justified;
//   - tables in 小四 (12 pt), or 五号 (10.5 pt) or 小五 (9 pt) when a word
//     would not fit its column at the larger size;
//   - page numbers "— 1 —" in 4号 (14 pt), 7 mm below the text block,
//     odd pages at the right and even pages at the left, one character
//     in from the edge of the text block;
//   - the sign-off (落款) as on a sealed document: the date right-aligned
//     4 characters in from the right edge, the issuer centred over it.
//
// Drawing is recorded and the PDF is made by Write, through package
// templates/layout/pdf (relief's own PDF writer: Type0 fonts over the
// embedded subsets, text, rectangles, document information), with a
// subset of the font holding only the characters the document uses (and,
// with Meta.Shared, a subset many documents share), so a Doc costs little
// even when thousands are made in a run. Text is checked against the font
// before anything is recorded: a character the font cannot draw is a
// *MissingGlyphError, never a blank, a box or a panic.
//
// Text may contain "\n" (a forced line break); "\r\n" and "\r" count as
// "\n", a tab as a space, and other control characters are dropped.
package layout

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"relief/i18n"
	"relief/templates/font"
)

// Geometry in millimetres and sizes in points, after GB/T 9704-2012.
const (
	pageW, pageH = 210.0, 297.0
	left, top    = 28.0, 37.0
	textW, textH = 156.0, 225.0
	right        = left + textW
	bottom       = top + textH
	gridLines    = 22
	gridChars    = 28
	pitch        = textH / gridLines // body line pitch, ≈ 10.23 mm (29 pt)
	titlePt      = 22.0
	bodyPt       = 16.0
	tablePt      = 12.0
	tableSmallPt = 10.5
	tableLeastPt = 9.0
	folioPt      = 14.0
	folioGap     = 7.0 // from the text block to the folio's dashes
	ptToMM       = 25.4 / 72
	eps          = 1e-6
)

// Meta is the PDF's document information. Created is also its creation
// and modification date, so that the same input gives the same bytes; a
// zero Created stands for 1 January 2000, never for now.
type Meta struct {
	Title, Subject, Author, Creator string
	Keywords                        string // the provenance record (package provenance), as JSON
	Created                         time.Time
	// Shared, when set (and of the Doc's font), is embedded as a font
	// of its own, and the document's own subset has only the
	// characters it lacks.
	Shared *Shared
}

// Column is a table column: its header, its width in millimetres (0:
// share the width the other columns leave, or when no column has a
// width, as its content needs) and the alignment of its cells, 'L', 'C'
// or 'R' (0 is 'L'). Headers are centred. In a Words column a cell (and
// the header) breaks only at spaces, newlines and WordBreak marks, which
// the caller puts where its words end: a name, a township or an identity
// number is never split.
type Column struct {
	Header string
	Width  float64
	Align  byte
	Words  bool
}

// WordBreak marks where a cell of a Words column may break (a zero-width
// space: it is not drawn and takes no room).
const WordBreak = "\u200b"

// MissingGlyphError reports text that the font cannot draw. It unwraps to
// an *i18n.Error that names the character and its code point and says
// what to do.
type MissingGlyphError struct {
	Text string // the text that was to be drawn
	Rune rune   // its first character the font cannot draw
	Font string // the font's name
}

func (e *MissingGlyphError) msg() i18n.Msg {
	code := fmt.Sprintf("U+%04X", e.Rune)
	if e.Rune > 0xFFFF {
		return i18n.M("layout.astral-glyph", string(e.Rune), code)
	}
	return i18n.M("layout.missing-glyph", string(e.Rune), code, e.Font)
}

func (e *MissingGlyphError) Error() string { return e.msg().In(i18n.EN) }

// Unwrap returns the message for the user.
func (e *MissingGlyphError) Unwrap() error { return &i18n.Error{Msg: e.msg()} }

// Doc is a document being laid out. Its drawing methods record; Write
// makes the PDF. The first error (a character the font lacks, a table row
// with too many cells) stops the recording: later calls do nothing, and
// Err and Write return it. A Doc is not safe for concurrent use, but
// Docs sharing one *font.Font may be written concurrently.
type Doc struct {
	font  *font.Font
	meta  Meta
	pages []*page
	y     float64 // top of the next line, from the top of the page
	cell  float64 // body character cell: textW / 28
	track float64 // body tracking: cell − advance of 中
	last  *lineRef
	err   error
}

type page struct {
	folio int // page number within its section
	ops   []op
}

// op is one recorded drawing operation.
type op struct {
	kind       byte    // 't' text, 'r' rectangle
	x, y, w, h float64 // text: baseline origin; rectangle: corner and size
	size       float64 // text size in points
	tc         float64 // text: character spacing in mm
	stroke     float64 // text: outline width for bold, 0 for none; rectangle: border width
	fill       bool    // rectangle: shaded
	s          string
}

// lineRef is the last body line drawn: its page and ops, so that a
// sign-off that starts a new page can take the line along.
type lineRef struct {
	page, from, to int
}

// New starts a document set in f. It has no page until something is drawn
// or NewPage is called.
func New(f *font.Font, m Meta) (*Doc, error) {
	if f == nil {
		return nil, errors.New("layout.New: nil font")
	}
	d := &Doc{font: f, meta: m, cell: textW / gridChars}
	if f.Has('中') {
		d.track = d.cell - f.Advance('中', bodyPt)
		if math.Abs(d.track) > 0.1*bodyPt*ptToMM {
			d.track = 0 // an odd font: draw it at its own widths
		}
	}
	return d, nil
}

// Err returns the first error met while recording, if any.
func (d *Doc) Err() error { return d.err }

// Pages returns the number of pages so far: 0 before anything is drawn
// (Write still makes one blank page then).
func (d *Doc) Pages() int { return len(d.pages) }

// NewPage starts a new page.
func (d *Doc) NewPage() {
	if d.err != nil {
		return
	}
	folio := 1
	if n := len(d.pages); n > 0 {
		folio = d.pages[n-1].folio + 1
	}
	d.pages = append(d.pages, &page{folio: folio})
	d.y = top
}

// NewSection starts a new page numbered 1, for the next letter of a
// bundle. On a document without pages it starts the first page.
func (d *Doc) NewSection() {
	if d.err != nil {
		return
	}
	d.pages = append(d.pages, &page{folio: 1})
	d.y = top
}

// Space moves down mm millimetres (to the next page if that is past the
// text block).
func (d *Doc) Space(mm float64) {
	if d.err != nil || mm <= 0 {
		return
	}
	d.ensurePage()
	d.y += mm
	if d.y > bottom+eps {
		d.NewPage()
	}
}

// Title draws a title centred in 22 pt, broken into balanced lines when
// it is long, with a blank line after it. A title that would end a page
// starts the next one.
func (d *Doc) Title(text string) {
	text, ok := d.check(text)
	if !ok {
		return
	}
	adv := func(r rune) float64 {
		if r == '\u200b' { // WordBreak is never drawn
			return 0
		}
		return d.font.Advance(r, titlePt)
	}
	lines := titleLines(text, textW, adv)
	if len(lines)+2 <= gridLines {
		d.ensureLines(len(lines) + 2) // keep with the first line below
	}
	for _, l := range lines {
		d.ensureLines(1)
		w := width(l, adv)
		d.text(left+(textW-w)/2, d.y, titlePt, 0, true, l)
		d.y += pitch
	}
	d.y += pitch
}

// Paragraph draws body text at 16 pt, its first line indented two
// characters when indent is set; lines that end at a soft break are
// justified.
func (d *Doc) Paragraph(text string, indent bool) {
	text, ok := d.check(text)
	if !ok {
		return
	}
	in := 0.0
	if indent {
		in = 2 * d.cell
	}
	lines := breakLines(text, textW-in, textW, d.bodyAdvance)
	for i, l := range lines {
		x, w := left, textW
		if i == 0 {
			x, w = left+in, textW-in
		}
		soft := i < len(lines)-1 && !strings.HasSuffix(l, "\n")
		d.bodyLine(x, w, l, soft)
	}
}

// Line draws body text at the left edge without indent or justification,
// such as the salutation "张三同志：". Long text wraps.
func (d *Doc) Line(text string) {
	text, ok := d.check(text)
	if !ok {
		return
	}
	for _, l := range Break(text, textW, d.bodyAdvance) {
		d.bodyLine(left, textW, l, false)
	}
}

// Closing draws the sign-off (落款) after two blank lines, room for the
// seal (fewer if that keeps it on the page): the date right-aligned four
// characters in from the right edge, the issuer centred over the date
// (moved left as far as needed to stay inside the text block). The two
// never part across a page; if they do not fit and the page ends with a
// line of body text, that line goes with them to the next page, so that
// the sign-off does not stand alone there.
func (d *Doc) Closing(issuer, date string) {
	issuer, ok := d.check(issuer)
	if !ok {
		return
	}
	if date, ok = d.check(date); !ok {
		return
	}
	w := textW - 4*d.cell
	is := Break(issuer, w, d.bodyAdvance)
	ds := Break(date, w, d.bodyAdvance)
	n := len(is) + len(ds)
	d.ensurePage()
	if !d.fits(n) {
		d.carryLastLine(n)
	}
	switch {
	case d.fits(n + 2):
		d.y += 2 * pitch
	case d.fits(n + 1):
		d.y += pitch
	}
	dateRight := right - 4*d.cell
	centre := dateRight - width(firstOr(ds), d.bodyAdvance)/2
	for _, l := range is {
		lw := width(l, d.bodyAdvance)
		x := min(centre-lw/2, right-lw)
		d.text(max(x, left), d.y, bodyPt, d.track, false, l)
		d.y += pitch
	}
	for _, l := range ds {
		d.text(dateRight-width(l, d.bodyAdvance), d.y, bodyPt, d.track, false, l)
		d.y += pitch
	}
	d.last = nil
}

func firstOr(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return lines[0]
}

// carryLastLine starts a new page for n lines, taking the last body line
// along when it ends the current page.
func (d *Doc) carryLastLine(n int) {
	cur := len(d.pages) - 1
	l := d.last
	if l == nil || l.page != cur || l.to != len(d.pages[cur].ops) || n+1 > gridLines {
		d.NewPage()
		return
	}
	moved := slices.Clone(d.pages[cur].ops[l.from:l.to])
	d.pages[cur].ops = d.pages[cur].ops[:l.from]
	shift := top - (moved[0].y - baseline(bodyPt))
	d.NewPage()
	for _, o := range moved {
		o.y += shift
		d.pages[len(d.pages)-1].ops = append(d.pages[len(d.pages)-1].ops, o)
	}
	d.y = top + pitch
}

// bodyAdvance measures body text: 16 pt on the 28-character grid.
func (d *Doc) bodyAdvance(r rune) float64 { return d.font.Advance(r, bodyPt) + d.track }

// bodyLine draws one body line in a box of width w at x, justified if
// soft.
func (d *Doc) bodyLine(x, w float64, l string, soft bool) {
	d.ensureLines(1)
	tc := d.track
	if soft {
		if n := drawnRunes(l); n > 1 {
			extra := (w - width(l, d.bodyAdvance)) / float64(n-1)
			if extra > 0 && extra <= 0.25*bodyPt*ptToMM {
				tc += extra
			}
		}
	}
	p := len(d.pages) - 1
	from := len(d.pages[p].ops)
	d.text(x, d.y, bodyPt, tc, false, l)
	d.last = &lineRef{p, from, len(d.pages[p].ops)}
	d.y += pitch
}

// text records a line of text whose line box (of height pitch) starts at
// y; bold text is outlined in proportion to its size (0.25 mm at 22 pt).
func (d *Doc) text(x, y, size, tc float64, bold bool, l string) {
	d.textAt(x, y+baseline(size), size, tc, bold, l)
}

// textAt records a line of text with its baseline at y.
func (d *Doc) textAt(x, y, size, tc float64, bold bool, l string) {
	l = strings.ReplaceAll(strings.TrimRight(l, "\n"), WordBreak, "")
	if strings.TrimFunc(l, isSpace) == "" {
		return
	}
	stroke := 0.0
	if bold {
		stroke = 0.25 * size / titlePt
	}
	d.op(op{kind: 't', x: x, y: y, size: size, tc: tc, stroke: stroke, s: l})
}

func (d *Doc) op(o op) {
	p := d.pages[len(d.pages)-1]
	p.ops = append(p.ops, o)
}

// baseline is the distance from the top of a line box of height pitch to
// the baseline of text of size pt: the ideographic em box (which spans
// about 0.88 em above the baseline and 0.12 em below) centred in the box.
func baseline(size float64) float64 { return centred(pitch, size) }

// centred is the distance from the top of a box of height h to the
// baseline of text of size pt centred in it.
func centred(h, size float64) float64 { return h/2 + 0.38*size*ptToMM }

func (d *Doc) ensurePage() {
	if len(d.pages) == 0 {
		d.NewPage()
	}
}

// fits reports whether n body lines fit below y on the current page.
func (d *Doc) fits(n int) bool { return d.y+float64(n)*pitch <= bottom+eps }

// ensureLines starts a new page unless n body lines fit on this one.
func (d *Doc) ensureLines(n int) {
	d.ensurePage()
	if !d.fits(n) {
		d.NewPage()
	}
}

// check cleans text and checks it against the font, recording the error
// if the font cannot draw it.
func (d *Doc) check(text string) (string, bool) {
	if d.err != nil {
		return "", false
	}
	text = clean(text)
	var probe strings.Builder
	for _, r := range text {
		if r != '\n' && r != '\u200b' { // WordBreak is never drawn
			probe.WriteRune(r)
		}
	}
	if m := d.font.Missing(probe.String()); len(m) > 0 {
		d.err = &MissingGlyphError{Text: text, Rune: m[0], Font: d.font.Name()}
		return "", false
	}
	return text, true
}

// clean turns "\r\n" and "\r" into "\n" and tabs into spaces, and drops
// other control characters.
func clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r == '\t':
			return ' '
		case r == '\n':
			return r
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// width is the width of a line without its trailing spaces and newline.
func width(l string, adv func(rune) float64) float64 {
	w := 0.0
	for _, r := range strings.TrimRightFunc(l, isSpaceOrNL) {
		w += adv(r)
	}
	return w
}

// drawnRunes counts the characters of a line without its trailing spaces
// and newline.
func drawnRunes(l string) int {
	return len([]rune(strings.TrimRightFunc(l, isSpaceOrNL)))
}

func isSpaceOrNL(r rune) bool { return r == '\n' || isSpace(r) }

// titleLines breaks a title into balanced lines. A title whose words are
// marked (WordBreak around a township's name, say) breaks only at its
// marks when every piece then fits, so that no word is split between two
// lines (GB/T 9704: 回行时要做到词意完整); otherwise anywhere the CJK rules
// allow.
func titleLines(text string, w float64, adv func(rune) float64) []string {
	if strings.Contains(text, WordBreak) {
		lines := balanced(text, w, adv, breakWords)
		fits := true
		for _, l := range lines {
			fits = fits && width(l, adv) <= w+eps
		}
		if fits {
			return lines
		}
	}
	return balanced(text, w, adv, Break)
}

// balanced breaks a title with brk into as few lines as brk would at
// width w, but as even as possible: the narrowest width that needs no
// more lines.
func balanced(text string, w float64, adv func(rune) float64, brk func(string, float64, func(rune) float64) []string) []string {
	lines := brk(text, w, adv)
	if len(lines) < 2 {
		return lines
	}
	lo, hi := w/float64(len(lines)), w
	for range 24 {
		mid := (lo + hi) / 2
		if len(brk(text, mid, adv)) <= len(lines) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return brk(text, hi, adv)
}
