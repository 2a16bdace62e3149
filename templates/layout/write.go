package layout

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"relief/i18n"
	"relief/templates/font"
	"relief/templates/layout/pdf"
)

// Write makes the PDF (with package pdf) and writes it to w. The output
// depends only on what was drawn and on Meta (no clock, no random ids), so
// the same document gives the same bytes. It returns the first recording
// error, an error cutting the font, or w's; it never panics. A document
// with nothing drawn is one blank page. Write may be called more than once.
func (d *Doc) Write(w io.Writer) (err error) {
	if d.err != nil {
		return d.err
	}
	defer func() {
		if r := recover(); r != nil {
			err = &i18n.Error{Msg: i18n.M("layout.pdf", fmt.Sprint(r))}
		}
	}()
	pages := d.pages
	if len(pages) == 0 {
		pages = []*page{{folio: 1}}
	}
	dash := "—"
	if !d.font.Has('—') {
		dash = "-"
	}
	folio := func(n int) string { return dash + " " + strconv.Itoa(n) + " " + dash }

	used := map[rune]bool{}
	var runes []rune
	note := func(s string) {
		for _, r := range s {
			if !used[r] {
				used[r] = true
				runes = append(runes, r)
			}
		}
	}
	for _, p := range pages {
		for _, o := range p.ops {
			note(o.s)
		}
		note(folio(p.folio))
	}
	if m := d.font.Missing(string(runes)); len(m) > 0 {
		return &MissingGlyphError{Text: string(runes), Rune: m[0], Font: d.font.Name()}
	}

	// The fonts: the shared subset first, when there is one, then the
	// document's own for the characters it lacks (all of them without).
	var fonts []*pdf.Font
	shared := d.meta.Shared
	if shared != nil && shared.font == d.font {
		fonts = append(fonts, shared.pdf)
		own := runes[:0:0]
		for _, r := range runes {
			if shared.sub.Glyph(r) == 0 {
				own = append(own, r)
			}
		}
		runes = own
	} else {
		shared = nil
	}
	var sub *font.Subset
	if len(runes) > 0 || shared == nil {
		var err error
		if sub, err = d.font.Subset(runes); err != nil {
			return &i18n.Error{Msg: i18n.M("layout.pdf", err.Error()), Err: err}
		}
		defer sub.Release() // pdf.Doc.Write has copied what it needs
		fonts = append(fonts, pdfFont(d.font, sub, false))
	}

	created := d.meta.Created
	if created.IsZero() {
		created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	doc := pdf.New(pdf.Info{
		Title: clean(d.meta.Title), Subject: clean(d.meta.Subject), Keywords: clean(d.meta.Keywords),
		Author: clean(d.meta.Author), Creator: clean(d.meta.Creator), Lang: "zh-CN", Created: created,
	}, fonts...)

	const k = 72 / 25.4 // points per mm
	var glyphs []uint16
	var runs []pdf.Run
	var from []int
	text := func(pg *pdf.Page, x, y, size, tc, stroke float64, s string) {
		glyphs, runs, from = glyphs[:0], runs[:0], from[:0]
		cur := -1
		for _, r := range s {
			f, g := len(fonts)-1, uint16(0)
			if shared != nil {
				if g = shared.sub.Glyph(r); g != 0 {
					f = 0
				}
			}
			if g == 0 && sub != nil {
				g = sub.Glyph(r)
			}
			if f != cur {
				runs = append(runs, pdf.Run{Font: f})
				from = append(from, len(glyphs))
				cur = f
			}
			glyphs = append(glyphs, g)
		}
		for i := range runs {
			to := len(glyphs)
			if i+1 < len(runs) {
				to = from[i+1]
			}
			runs[i].Glyphs = glyphs[from[i]:to]
		}
		pg.Text(pdf.Text{X: x * k, Y: pdf.PageHeight - y*k, Size: size, Spacing: tc * k, Stroke: stroke * k, Runs: runs})
	}
	for _, p := range pages {
		pg := doc.Page()
		for _, o := range p.ops {
			switch o.kind {
			case 't':
				text(pg, o.x, o.y, o.size, o.tc, o.stroke, o.s)
			case 'r':
				var fill *pdf.Color
				if o.fill {
					fill = &shade
				}
				pg.Rect(o.x*k, pdf.PageHeight-(o.y+o.h)*k, o.w*k, o.h*k, o.stroke*k, fill)
			}
		}
		s := folio(p.folio)
		fw := 0.0
		for _, r := range s {
			fw += d.font.Advance(r, folioPt)
		}
		// The dashes (at about 0.3 em above the baseline) folioGap below
		// the text block; odd pages right, even pages left, one
		// character in (GB/T 9704-2012 7.5).
		em := folioPt * ptToMM
		x := right - em - fw
		if p.folio%2 == 0 {
			x = left + em
		}
		text(pg, x, bottom+folioGap+0.3*folioPt*ptToMM, folioPt, 0, 0, s)
	}
	return doc.Write(w)
}

// pdfFont describes sub, a subset of f, for the PDF writer.
func pdfFont(f *font.Font, sub *font.Subset, shared bool) *pdf.Font {
	m := f.Metrics()
	return &pdf.Font{
		Name: m.PostScriptName, Program: sub.TTF, Widths: sub.Widths, Unicode: sub.Runes,
		Ascent: m.Ascent, Descent: m.Descent, CapHeight: m.CapHeight, BBox: m.BBox,
		ItalicAngle: m.ItalicAngle, FixedPitch: m.FixedPitch, Weight: m.Weight, Shared: shared,
	}
}

// Shared is a subset of a font that many documents of a run draw from
// (the characters of the wording they have in common), made once and
// embedded in each of them as it is, its streams compressed once: a
// document made with it (Meta.Shared) has it as a font of its own, and a
// small subset for the characters it lacks. Safe for concurrent use.
type Shared struct {
	font *font.Font
	sub  *font.Subset
	pdf  *pdf.Font
}

// NewShared makes the shared subset of f for the characters of text that
// f can draw.
func NewShared(f *font.Font, text string) (*Shared, error) {
	var runes []rune
	seen := map[rune]bool{}
	for _, r := range text {
		if !seen[r] && f.Has(r) && r <= 0xFFFF {
			seen[r] = true
			runes = append(runes, r)
		}
	}
	sub, err := f.Subset(runes)
	if err != nil {
		return nil, &i18n.Error{Msg: i18n.M("layout.pdf", err.Error()), Err: err}
	}
	return &Shared{font: f, sub: sub, pdf: pdfFont(f, sub, true)}, nil
}

// shade fills the header row of a table.
var shade = pdf.Color{R: 235, G: 235, B: 235}
