package layout

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"relief/i18n"
)

// Table cell geometry (mm).
const (
	cellPadX   = 1.2
	cellPadY   = 1.2
	lineFactor = 1.35      // table line height / font size
	ruleWidth  = 0.2       // cell borders
	tableGap   = pitch / 4 // above and below a table
)

// Table draws a table with a shaded header row.
//
// When no column has a width, the widths come from the content: the
// table is set in 12 pt, else 10.5 pt, else 9 pt, the largest size at
// which every column is as wide as its widest word (in a Words column, a
// whole cell between its WordBreak marks; elsewhere any piece the CJK
// line breaker keeps whole); what the text block has left goes first to
// the columns whose text would then wrap, then to every column alike.
//
// Otherwise, or when even 9 pt cannot keep every word whole, widths come
// from the columns: columns of width 0 share what the others leave, and
// a table wider than the text block is scaled down to fit it; it is set
// in 12 pt, or 10.5 pt when the words of the cells (an identity number,
// an amount) or its short labels (body cells up to five ideographs wide,
// such as 海流图镇) would not fit their columns at 12 pt even after the
// columns wider than their longest text gave some width to those too
// narrow; failing that, any column gives down to two characters, short
// labels wrap, and a word still wider than its column is broken after
// the last character that fits.
//
// Cells wrap with the CJK line breaker (Words columns at their marks
// only) and rows grow to their tallest cell; cell text is centred
// vertically. A row that does not fit the rest of the page moves whole
// to the next one, and the header row is repeated at the top of every
// page the table runs onto. Only a row taller than a whole page is
// split, between lines.
//
// The table is centred in the text block, with a quarter line of space
// above (unless it starts a page) and below. A row may have fewer cells than
// there are columns (the rest are empty), not more.
func (d *Doc) Table(cols []Column, rows [][]string) {
	t, header, body := d.planTable(cols, rows)
	if t == nil {
		return
	}
	t.header = t.wrap(header)

	d.ensurePage()
	first := 0.0
	if len(body) > 0 {
		first = t.height(t.wrap(body[0]))
	}
	if d.y > top+eps {
		d.y += tableGap
	}
	if d.y+t.height(t.header)+first > bottom+eps && d.y > top+eps {
		d.NewPage()
	}
	t.drawHeader()
	for _, row := range body {
		t.row(t.wrap(row))
	}
	d.y = min(d.y+tableGap, bottom)
	d.last = nil
}

// planTable checks the cells and chooses the size and the column widths;
// nil when the document has an error (then recorded).
func (d *Doc) planTable(cols []Column, rows [][]string) (t *table, header []string, body [][]string) {
	if d.err != nil || len(cols) == 0 {
		return nil, nil, nil
	}
	header = make([]string, len(cols))
	for i, c := range cols {
		var ok bool
		if header[i], ok = d.check(c.Header); !ok {
			return nil, nil, nil
		}
	}
	body = make([][]string, len(rows))
	for i, row := range rows {
		if len(row) > len(cols) {
			d.err = &i18n.Error{Msg: i18n.M("layout.pdf", fmt.Sprintf("table row %d has %d cells for %d columns", i+1, len(row), len(cols)))}
			return nil, nil, nil
		}
		body[i] = make([]string, len(cols))
		for j, cell := range row {
			var ok bool
			if body[i][j], ok = d.check(cell); !ok {
				return nil, nil, nil
			}
		}
	}

	t = &table{d: d}
	for _, c := range cols {
		t.aligns = append(t.aligns, c.Align)
		t.words = append(t.words, c.Words)
	}
	fitted := false
	if fromContent(cols) {
		for _, size := range []float64{tablePt, tableSmallPt, tableLeastPt} {
			t.size = size
			if t.widths, fitted = t.contentWidths(header, body); fitted {
				break
			}
		}
	}
	if !fitted {
		// The words cannot all stay whole: words columns break like the
		// others, and the columns share the width as set.
		for i := range t.words {
			t.words[i] = false
		}
		base := columnWidths(cols)
		// First let only columns wider than their longest text give width to
		// columns too narrow for a word or a short label, at 12 pt, then at
		// 10.5 pt; then for words only; failing that, let every column give
		// down to two characters.
		for _, stage := range []struct {
			size          float64
			labels, tight bool
		}{{tablePt, true, false}, {tableSmallPt, true, false}, {tableSmallPt, false, false}, {tableSmallPt, false, true}} {
			t.size = stage.size
			need, floor := t.needs(base, header, body, stage.labels, stage.tight)
			var ok bool
			if t.widths, ok = fitColumns(base, need, floor); ok {
				break
			}
		}
	}
	t.x = left + (textW-sum(t.widths))/2
	t.lineH = t.size * ptToMM * lineFactor
	return t, header, body
}

// fromContent reports whether the columns leave their widths to the
// content: none has a width.
func fromContent(cols []Column) bool {
	for _, c := range cols {
		if c.Width != 0 {
			return false
		}
	}
	return true
}

// contentWidths sizes the columns from the cells at the table's size:
// each at least its widest word, then, from what the text block has
// left, first toward its widest line, then every column alike. ok is
// false when the words do not fit the text block.
func (t *table) contentWidths(header []string, body [][]string) ([]float64, bool) {
	n := len(header)
	need := make([]float64, n)
	natural := make([]float64, n)
	for _, row := range append([][]string{header}, body...) {
		for i, cell := range row {
			need[i] = max(need[i], t.widestWord(i, cell)+2*cellPadX)
			for _, l := range strings.Split(cell, "\n") {
				natural[i] = max(natural[i], width(l, t.advance)+2*cellPadX)
			}
		}
	}
	left := textW - sum(need)
	if left < -eps {
		return nil, false
	}
	ws := slices.Clone(need)
	short := 0.0
	for i := range ws {
		short += natural[i] - need[i]
	}
	if short > left {
		for i := range ws {
			ws[i] += (natural[i] - need[i]) * left / short
		}
		return ws, true
	}
	for i := range ws {
		ws[i] = natural[i] + (left-short)/float64(n)
	}
	return ws, true
}

// widestWord is the width of the widest piece of cell that column col
// keeps on one line.
func (t *table) widestWord(col int, cell string) float64 {
	if !t.words[col] {
		return widestUnit(cell, t.advance)
	}
	widest := 0.0
	for _, w := range strings.FieldsFunc(cell, func(r rune) bool { return r == '\n' || isSpace(r) }) {
		widest = max(widest, width(w, t.advance))
	}
	return widest
}

// table is a table being drawn.
type table struct {
	d      *Doc
	x      float64
	widths []float64
	aligns []byte
	words  []bool // Words columns: break at marks only
	size   float64
	lineH  float64
	header [][]string
}

func sum(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s
}

// columnWidths resolves the columns' widths: zero (or nonsense) widths
// share what the fixed ones leave (at least 10 mm each), and the whole is
// scaled down to the text block if wider.
func columnWidths(cols []Column) []float64 {
	ws := make([]float64, len(cols))
	fixed, auto := 0.0, 0
	for i, c := range cols {
		if c.Width > 0 && !math.IsInf(c.Width, 0) {
			ws[i] = c.Width
			fixed += c.Width
		} else {
			auto++
		}
	}
	if auto > 0 {
		share := max((textW-fixed)/float64(auto), 10)
		for i := range ws {
			if ws[i] == 0 {
				ws[i] = share
			}
		}
	}
	if total := sum(ws); total > textW {
		for i := range ws {
			ws[i] *= textW / total
		}
	}
	return ws
}

func (t *table) advance(r rune) float64 {
	if r == '\u200b' {
		return 0 // WordBreak, in any font
	}
	return t.d.font.Advance(r, t.size)
}

func (t *table) inner(col int) float64 { return t.widths[col] - 2*cellPadX }

// wrap breaks each cell of a row into lines.
func (t *table) wrap(row []string) [][]string {
	out := make([][]string, len(row))
	for i, cell := range row {
		if t.words[i] {
			out[i] = breakWords(cell, t.inner(i), t.advance)
		} else {
			out[i] = Break(cell, t.inner(i), t.advance)
		}
	}
	return out
}

// needs returns, for each column, the width its widest unbreakable unit
// (a word, a number, punctuation that may not be parted) needs at the
// current size, and the width below which it will not give any away:
// its longest text unbroken (but no more than it has), or when tight, two
// characters. With labels, a short body cell (shortLabel) counts as one
// unit.
func (t *table) needs(base []float64, header []string, body [][]string, labels, tight bool) (need, floor []float64) {
	need = make([]float64, len(header))
	floor = make([]float64, len(header))
	for r, row := range append([][]string{header}, body...) {
		for i, cell := range row {
			need[i] = max(need[i], widestUnit(cell, t.advance)+2*cellPadX)
			if r > 0 && labels {
				need[i] = max(need[i], t.shortLabel(cell)+2*cellPadX)
			}
			if !tight {
				for _, l := range strings.Split(cell, "\n") {
					floor[i] = max(floor[i], width(l, t.advance)+2*cellPadX)
				}
			}
		}
	}
	for i := range floor {
		if tight {
			floor[i] = 2*t.advance('中') + 2*cellPadX
		}
		floor[i] = max(need[i], min(floor[i], base[i]))
	}
	return need, floor
}

// shortLabel is the width of cell when it is a short label that should
// not be broken (a township such as 海流图镇, a name, a cause: at most
// shortLabelEms wide and on one line), else 0. Broken, such a label
// leaves one character alone on a line (海流图/镇); so the table would
// rather give its column the width, or drop to the smaller size.
func (t *table) shortLabel(cell string) float64 {
	if strings.ContainsRune(cell, '\n') {
		return 0
	}
	if w := width(cell, t.advance); w <= shortLabelEms*t.advance('中')+eps {
		return w
	}
	return 0
}

// shortLabelEms is the widest body cell, in ideographs, kept on one line
// when the columns allow it.
const shortLabelEms = 5

// widestUnit is the width of the widest piece of s between two places
// where Break may break a line.
func widestUnit(s string, adv func(rune) float64) float64 {
	widest, w, trailing := 0.0, 0.0, 0.0
	prev := rune(-1)
	for _, r := range s {
		if prev == '\n' || (prev >= 0 && canBreak(prev, r)) {
			widest = max(widest, w-trailing)
			w, trailing = 0, 0
		}
		if r == '\n' || isSpace(r) {
			trailing += adv(r)
		} else {
			trailing = 0
		}
		w += adv(r)
		prev = r
	}
	return max(widest, w-trailing)
}

// fitColumns widens the columns narrower than they need, taking the
// width from the columns wider than their floor, in proportion to what
// they can spare. ok is false when they cannot spare enough: then each
// has given all it can.
func fitColumns(base, need, floor []float64) ([]float64, bool) {
	ws := slices.Clone(base)
	deficit, slack := 0.0, 0.0
	for i := range ws {
		if d := need[i] - ws[i]; d > 0 {
			deficit += d
		} else if s := ws[i] - floor[i]; s > 0 {
			slack += s
		}
	}
	if deficit <= eps {
		return ws, true
	}
	give := 0.0 // share of each column's spare width given away
	if slack > 0 {
		give = min(1, deficit/slack)
	}
	take := min(1, slack/deficit) // share of each deficit made good
	for i := range ws {
		if d := need[i] - ws[i]; d > 0 {
			ws[i] += d * take
		} else if s := ws[i] - floor[i]; s > 0 {
			ws[i] -= s * give
		}
	}
	return ws, slack+eps >= deficit
}

// height is the height of a row of wrapped cells.
func (t *table) height(row [][]string) float64 {
	n := 1
	for _, c := range row {
		n = max(n, len(c))
	}
	return float64(n)*t.lineH + 2*cellPadY
}

func (t *table) drawHeader() { t.draw(t.header, true) }

// row draws a body row, starting a new page (with the header) when it
// does not fit, and splitting it only when it is taller than a page.
func (t *table) row(row [][]string) {
	d := t.d
	h := t.height(row)
	if d.y+h <= bottom+eps {
		t.draw(row, false)
		return
	}
	room := textH - t.height(t.header)
	if h <= room+eps || bottom-d.y < 2*t.lineH+2*cellPadY {
		d.NewPage()
		t.drawHeader()
		if h <= room+eps {
			t.draw(row, false)
			return
		}
	}
	for {
		n := int((bottom - d.y - 2*cellPadY + eps) / t.lineH)
		n = max(n, 1)
		part := make([][]string, len(row))
		rest := make([][]string, len(row))
		more := false
		for i, c := range row {
			k := min(n, len(c))
			part[i], rest[i] = c[:k], c[k:]
			more = more || len(rest[i]) > 0
		}
		t.draw(part, false)
		if !more {
			return
		}
		row = rest
		d.NewPage()
		t.drawHeader()
	}
}

// draw draws a row of wrapped cells at d.y and moves below it.
func (t *table) draw(row [][]string, header bool) {
	d := t.d
	h := t.height(row)
	x := t.x
	for i, lines := range row {
		w := t.widths[i]
		d.op(op{kind: 'r', x: x, y: d.y, w: w, h: h, stroke: ruleWidth, fill: header})
		align := t.aligns[i]
		if header {
			align = 'C'
		}
		y := d.y + (h-float64(len(lines))*t.lineH)/2
		for _, l := range lines {
			lw := width(l, t.advance)
			tx := x + cellPadX
			switch align {
			case 'C':
				tx = x + (w-lw)/2
			case 'R':
				tx = x + w - cellPadX - lw
			}
			d.textAt(tx, y+centred(t.lineH, t.size), t.size, 0, header, l)
			y += t.lineH
		}
		x += w
	}
	d.y += h
}
