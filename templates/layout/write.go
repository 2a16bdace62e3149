package layout

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"relief/i18n"
)

// family is the name the font is registered under in fpdf.
const family = "cjk"

// Write makes the PDF and writes it to w. The output depends only on what
// was drawn and on Meta (no clock, no random ids), so the same document
// gives the same bytes. It returns the first recording error, fpdf's
// error, or w's; it never panics. A document with nothing drawn is one
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

	created := d.meta.Created
	if created.IsZero() {
		created = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(true)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(created)
	pdf.SetModificationDate(created)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetLang("zh-CN")
	for _, m := range []struct {
		set func(string, bool)
		s   string
	}{{pdf.SetTitle, d.meta.Title}, {pdf.SetSubject, d.meta.Subject}, {pdf.SetAuthor, d.meta.Author}, {pdf.SetCreator, d.meta.Creator},
		{pdf.SetKeywords, d.meta.Keywords}} {
		if s := bmpOnly(clean(m.s)); s != "" {
			m.set(s, true)
		}
	}
	pdf.AddUTF8FontFromBytes(family, "", sub)
	pdf.SetDrawColor(0, 0, 0)
	pdf.SetTextColor(0, 0, 0)
	pdf.SetFillColor(235, 235, 235)

	const k = 72 / 25.4 // points per mm
	for _, p := range pages {
		pdf.AddPage()
		size, tc := 0.0, 0.0
		setSize := func(s float64) {
			if s != size {
				pdf.SetFont(family, "", s)
				size = s
			}
		}
		for _, o := range p.ops {
			switch o.kind {
			case 't':
				setSize(o.size)
				if o.tc != tc {
					pdf.RawWriteStr(fmt.Sprintf("%.3f Tc", o.tc*k))
					tc = o.tc
				}
				if o.stroke > 0 {
					pdf.SetLineWidth(o.stroke)
					pdf.SetTextRenderingMode(2)
				}
				pdf.Text(o.x, o.y, o.s)
				if o.stroke > 0 {
					pdf.SetTextRenderingMode(0)
				}
			case 'r':
				pdf.SetLineWidth(o.stroke)
				style := "D"
				if o.fill {
					style = "FD"
				}
				pdf.Rect(o.x, o.y, o.w, o.h, style)
			}
		}
		if tc != 0 {
			pdf.RawWriteStr("0 Tc")
		}
		setSize(folioPt)
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
		pdf.Text(x, bottom+folioGap+0.3*folioPt*ptToMM, s)
	}
	pdf.Close()
	if err := pdf.Error(); err != nil {
		return &i18n.Error{Msg: i18n.M("layout.pdf", err.Error()), Err: err}
	}
	return pdf.Output(w)
}

// bmpOnly drops characters outside the Basic Multilingual Plane, which
// fpdf cannot encode, from document information strings.
func bmpOnly(s string) string {
	out := []rune{}
	for _, r := range s {
		if r <= 0xFFFF {
			out = append(out, r)
		}
	}
	return string(out)
}
