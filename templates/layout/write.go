package layout

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"relief/i18n"
	"relief/templates/layout/pdf"
)

// Write makes the PDF and writes it to w. The output depends only on what
// was drawn and on Meta (no clock, no random ids), so the same document
// gives the same bytes. It returns the first recording error, an error
// cutting the font, or w's; it never panics. A document with nothing drawn is one
// blank page. Write may be called more than once.
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
	sub, err := d.font.Subset(runes)
	if err != nil {
		return &i18n.Error{Msg: i18n.M("layout.pdf", err.Error()), Err: err}
	}
	defer sub.Release() // pdf.Doc.Write has copied what it needs

	created := d.meta.Created
	if created.IsZero() {
		created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	m := d.font.Metrics()
	doc := pdf.New(&pdf.Font{
		Name: m.PostScriptName, Program: sub.TTF, Widths: sub.Widths, Unicode: sub.Runes,
		Ascent: m.Ascent, Descent: m.Descent, CapHeight: m.CapHeight, BBox: m.BBox,
		ItalicAngle: m.ItalicAngle, FixedPitch: m.FixedPitch, Weight: m.Weight,
	}, pdf.Info{
		Title: clean(d.meta.Title), Subject: clean(d.meta.Subject), Keywords: clean(d.meta.Keywords),
		Author: clean(d.meta.Author), Creator: clean(d.meta.Creator), Lang: "zh-CN", Created: created,
	})

	const k = 72 / 25.4 // points per mm
	var glyphs []uint16
	text := func(pg *pdf.Page, x, y, size, tc, stroke float64, s string) {
		glyphs = glyphs[:0]
		for _, r := range s {
			glyphs = append(glyphs, sub.Glyph(r))
		}
		pg.Text(pdf.Text{X: x * k, Y: pdf.PageHeight - y*k, Size: size, Spacing: tc * k, Stroke: stroke * k, Glyphs: glyphs})
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

// shade fills the header row of a table.
var shade = pdf.Color{R: 235, G: 235, B: 235}
