package templates

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/roster"
	"relief/safefile"
	"relief/templates/font"
	"relief/templates/layout"
)

// Options are what the documents of one run are made with: the font and
// the wording are loaded once and shared by every document.
type Options struct {
	Font       *font.Font
	Wording    *Set
	Settings   Settings
	Created    time.Time // the PDFs' creation date
	Rejections bool      // letters: also a 不予救助告知书 per ineligible applicant
}

// Stats say what was written.
type Stats struct {
	People     int        // selected applicants: in the notice, or letters written
	Rejected   int        // rejection letters written
	Pages      int        // pages of the PDF (Split: of all files)
	Files      int        // files written by Split
	Start, End roster.Day // the notice period
}

// SplitPrefix starts the file name of a rejection letter under Split.
const SplitPrefix = "不予救助"

// linePitch is one line of body text (GB/T 9704: 22 lines in 225 mm), the
// height of an @space.
const linePitch = 225.0 / 22

// Notice writes the public notice of the selected applicants to w.
func Notice(w io.Writer, res *assessment.Result, o Options) (Stats, error) {
	o.Settings = o.Settings.withDefaults()
	sel := Selected(res.Decisions)
	if len(sel) == 0 {
		return Stats{}, i18n.Errorf("doc.none-selected")
	}
	if err := checkBudget(res); err != nil {
		return Stats{}, err
	}
	if err := o.checkSelected(sel); err != nil {
		return Stats{}, err
	}
	blocks, err := o.Wording.notice.blocks(noticeData(o.Settings, sel))
	if err != nil {
		return Stats{}, err
	}
	rows := make([][]string, len(sel))
	for i, d := range sel {
		rows[i] = tableRow(i+1, d)
	}
	if err := o.checkText(blocks, o.Wording.notice.name); err != nil {
		return Stats{}, err
	}
	doc, err := layout.New(o.Font, o.meta(titleOf(blocks), "困难党员救助对象公示"))
	if err != nil {
		return Stats{}, err
	}
	doc.NewPage()
	draw(doc, blocks, func() { doc.Table(noticeColumns(), rows) })
	if err := o.finish(doc, w, sel); err != nil {
		return Stats{}, err
	}
	first, last := Period(o.Settings.Start, o.Settings.Days)
	return Stats{People: len(sel), Pages: doc.Pages(), Start: first, End: last}, nil
}

// noticeColumns are the notice's table columns, sized for 10.5 pt (五号):
// an 18-character number and a sum up to 99,999.99 on one line, four
// characters a line for names, townships and causes, five for branches.
func noticeColumns() []layout.Column {
	col := func(key string, w float64, align byte) layout.Column {
		return layout.Column{Header: i18n.M(key).In(i18n.ZH), Width: w, Align: align}
	}
	return []layout.Column{
		col("doc.col.seq", 11, 'C'),
		col("doc.col.name", 18, 'C'),
		col("doc.col.gender", 11, 'C'),
		col("doc.col.township", 18, 'C'),
		col("doc.col.branch", 22, 'C'),
		col("doc.col.causes", 18, 'C'),
		col("doc.col.amount", 18, 'R'),
		col("doc.col.id", 40, 'C'),
	}
}

// letter is one letter to one person, ready to draw.
type letter struct {
	d      *eligibility.Decision
	seq    int
	reject bool
	blocks []block
}

// letters prepares every letter of a run: wording executed, every string
// checked against the font, so that nothing fails once drawing starts.
func (o *Options) letters(res *assessment.Result) ([]letter, int, int, error) {
	o.Settings = o.Settings.withDefaults()
	sel := Selected(res.Decisions)
	var rej []*eligibility.Decision
	if o.Rejections {
		rej = Rejected(res.Decisions)
	}
	if len(sel) == 0 && len(rej) == 0 {
		if o.Rejections {
			return nil, 0, 0, i18n.Errorf("doc.none-letters-rejections")
		}
		return nil, 0, 0, i18n.Errorf("doc.none-letters")
	}
	if len(sel) > 0 {
		if err := checkBudget(res); err != nil {
			return nil, 0, 0, err
		}
	}
	if err := o.checkSelected(sel); err != nil {
		return nil, 0, 0, err
	}
	if err := o.checkRejected(rej); err != nil {
		return nil, 0, 0, err
	}
	ls := make([]letter, 0, len(sel)+len(rej))
	for i, d := range sel {
		bs, err := o.Wording.letter.blocks(letterData(o.Settings, i+1, d))
		if err != nil {
			return nil, 0, 0, err
		}
		ls = append(ls, letter{d: d, seq: i + 1, blocks: bs})
	}
	for i, d := range rej {
		bs, err := o.Wording.rejection.blocks(rejectionData(o.Settings, i+1, d))
		if err != nil {
			return nil, 0, 0, err
		}
		ls = append(ls, letter{d: d, seq: i + 1, reject: true, blocks: bs})
	}
	// The people's own fields are checked above; anything else the font
	// lacks is in the wording. Every letter is checked, not only the first
	// of each kind: an edited template may print text for some people only.
	for _, l := range ls {
		name := o.Wording.letter.name
		if l.reject {
			name = o.Wording.rejection.name
		}
		if err := o.checkText(l.blocks, name); err != nil {
			return nil, 0, 0, err
		}
	}
	return ls, len(sel), len(rej), nil
}

// Letters writes one PDF to w: a letter per selected applicant, each on a
// page of its own (numbered from 1), then the rejection letters when
// o.Rejections is set.
func Letters(w io.Writer, res *assessment.Result, o Options) (Stats, error) {
	ls, nSel, nRej, err := o.letters(res)
	if err != nil {
		return Stats{}, err
	}
	doc, err := layout.New(o.Font, o.meta(fmt.Sprintf("%d年度困难党员救助通知书", o.Settings.AsOf.Y), "困难党员救助通知书"))
	if err != nil {
		return Stats{}, err
	}
	people := make([]*eligibility.Decision, len(ls))
	for i, l := range ls {
		doc.NewSection()
		draw(doc, l.blocks, nil)
		people[i] = l.d
	}
	if err := o.finish(doc, w, people); err != nil {
		return Stats{}, err
	}
	return Stats{People: nSel, Rejected: nRej, Pages: doc.Pages()}, nil
}

// Split writes one PDF per person into dir (created if needed), named by
// FileName: 001-张三.pdf in notice order, 不予救助-001-李四.pdf in sheet
// order. Each file is written whole or not at all; the files are made in
// parallel, sharing the font.
func Split(dir string, res *assessment.Result, o Options) (Stats, error) {
	ls, nSel, nRej, err := o.letters(res)
	if err != nil {
		return Stats{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Stats{}, &i18n.Error{Msg: i18n.M("doc.split-dir", dir, reason(err)), Err: err}
	}
	width := max(3, len(strconv.Itoa(max(nSel, nRej))))
	paths := make([]string, len(ls))
	for i, l := range ls {
		prefix := ""
		if l.reject {
			prefix = SplitPrefix
		}
		name := FileName(prefix, l.seq, width, l.d.Applicant.Name)
		if !local(name) { // cannot happen: FileName is made for this
			return Stats{}, i18n.Errorf("doc.pdf", "unsafe file name "+strconv.Quote(name))
		}
		paths[i] = filepath.Join(dir, name)
	}

	pages := make([]int, len(ls))
	errs := make([]error, len(ls))
	next := make(chan int)
	var wg sync.WaitGroup
	var failed sync.Once
	stop := make(chan struct{})
	// More workers than processors: each file is fsynced, and a worker
	// waiting on the disk holds no processor.
	for range 4 * runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				pages[i], errs[i] = o.writeOne(paths[i], ls[i])
				if errs[i] != nil {
					failed.Do(func() { close(stop) })
				}
			}
		}()
	}
feed:
	for i := range ls {
		select {
		case next <- i:
		case <-stop:
			break feed
		}
	}
	close(next)
	wg.Wait()
	st := Stats{People: nSel, Rejected: nRej}
	for i := range ls {
		if errs[i] != nil {
			return Stats{}, errs[i]
		}
		st.Pages += pages[i]
		if pages[i] > 0 {
			st.Files++
		}
	}
	return st, nil
}

// newDoc lays out one person's letter as a document of its own.
func newDoc(o *Options, l letter) (*layout.Doc, error) {
	doc, err := layout.New(o.Font, o.meta(titleOf(l.blocks)+" "+clean(l.d.Applicant.Name), titleOf(l.blocks)))
	if err != nil {
		return nil, err
	}
	doc.NewPage()
	draw(doc, l.blocks, nil)
	return doc, nil
}

// writeOne writes one person's letter to path and returns its pages.
func (o *Options) writeOne(path string, l letter) (int, error) {
	doc, err := newDoc(o, l)
	if err != nil {
		return 0, err
	}
	err = safefile.Write(path, func(w io.Writer) error {
		return o.finish(doc, w, []*eligibility.Decision{l.d})
	})
	return doc.Pages(), err
}

// draw lays the blocks out on doc; table draws the @table block.
func draw(doc *layout.Doc, blocks []block, table func()) {
	var issuer, date string
	closing := false
	flush := func() {
		if closing {
			doc.Closing(issuer, date)
			issuer, date, closing = "", "", false
		}
	}
	for _, b := range blocks {
		switch b.kind {
		case bIssuer:
			if closing && issuer != "" {
				flush()
			}
			issuer, closing = b.Text, true
			continue
		case bDate:
			if closing && date != "" {
				flush()
			}
			date, closing = b.Text, true
			continue
		}
		flush()
		switch b.kind {
		case bTitle:
			doc.Title(b.Text)
		case bLine:
			doc.Line(b.Text)
		case bPara:
			doc.Paragraph(b.Text, true)
		case bSpace:
			doc.Space(linePitch)
		case bTable:
			if table != nil {
				table()
			}
		}
	}
	flush()
}

// finish writes the PDF; a character the font lacks that slipped past the
// checks is still reported with the person it belongs to, when known.
func (o *Options) finish(doc *layout.Doc, w io.Writer, people []*eligibility.Decision) error {
	err := doc.Err()
	if err == nil {
		err = doc.Write(w)
	}
	var mg *layout.MissingGlyphError
	if errors.As(err, &mg) {
		for _, d := range people {
			for _, f := range personFields(d) {
				if strings.ContainsRune(f.text, mg.Rune) {
					return o.glyphError(d, f.key, mg.Rune)
				}
			}
		}
		return err
	}
	var ie *i18n.Error
	if err != nil && !errors.As(err, &ie) {
		return &i18n.Error{Msg: i18n.M("doc.pdf", err.Error()), Err: err}
	}
	return err
}

func (o *Options) meta(title, subject string) layout.Meta {
	return layout.Meta{Title: title, Subject: subject, Author: o.Settings.Issuer, Creator: "relief", Created: o.Created}
}

func titleOf(bs []block) string {
	for _, b := range bs {
		if b.kind == bTitle {
			return b.Text
		}
	}
	return ""
}

// field is one of a person's texts that a document prints.
type field struct {
	key  string // doc.field.*
	text string
}

func personFields(d *eligibility.Decision) []field {
	a := d.Applicant
	fs := []field{
		{"doc.field.name", a.Name}, {"doc.field.township", a.Township}, {"doc.field.branch", a.Branch},
		{"doc.field.causes", strings.Join(a.HardshipCauses, "、")}, {"doc.field.level", a.HardshipLevel},
		{"doc.field.gender", a.Gender},
	}
	if d.Verdict != eligibility.Eligible {
		for _, r := range d.Reasons {
			fs = append(fs, field{"doc.field.reasons", r.Msg.In(i18n.ZH)})
		}
	}
	return fs
}

// checkBudget refuses to print amounts the budget cannot stand behind: a
// fund shortfall (amount.fit none), or an error on the sheet of the fund
// or of the member counts, which leaves a figure out of the fund or the
// quota, so the places and amounts may change once it is corrected.
func checkBudget(res *assessment.Result) error {
	p := res.Budget
	if p == nil {
		return nil
	}
	if p.Shortfall > 0 {
		return i18n.Errorf("doc.shortfall", p.Need.String(), p.Fund.String(), p.Shortfall.String())
	}
	if errs := budget.InputErrors(res.Workbook, p); len(errs) > 0 {
		e := errs[0]
		where := e.Sheet // a whole sheet (damaged) has no cell
		if e.Cell != "" {
			where += "!" + e.Cell
		}
		return i18n.Errorf("doc.budget-input", e.Sheet, len(errs), where, e.Msg.In(i18n.ZH), e.Msg.In(i18n.EN))
	}
	return nil
}

// checkSelected checks the selected applicants: each has an amount, and
// the font has every character of what the documents print about them.
func (o *Options) checkSelected(sel []*eligibility.Decision) error {
	for _, d := range sel {
		if d.Amount <= 0 {
			return i18n.Errorf("doc.no-amount", d.Applicant.Row, d.Applicant.Name)
		}
	}
	return o.checkPeople(sel)
}

func (o *Options) checkRejected(rej []*eligibility.Decision) error { return o.checkPeople(rej) }

func (o *Options) checkPeople(ds []*eligibility.Decision) error {
	if !o.Font.Has('中') || !o.Font.Has('国') {
		return i18n.Errorf("doc.font-no-cjk", o.Font.Name())
	}
	for _, s := range []field{{"doc.field.issuer", o.Settings.Issuer}, {"doc.field.phone", o.Settings.Phone}} {
		if miss := o.Font.Missing(s.text); len(miss) > 0 {
			return o.textGlyphError(i18n.M(s.key), miss[0])
		}
	}
	for _, d := range ds {
		for _, f := range personFields(d) {
			if miss := o.Font.Missing(clean(f.text)); len(miss) > 0 {
				return o.glyphError(d, f.key, miss[0])
			}
		}
	}
	return nil
}

// checkText checks the text of blocks: what the people's fields did not
// bring in is the wording of the file.
func (o *Options) checkText(bs []block, file string) error {
	for _, b := range bs {
		if miss := o.Font.Missing(b.Text); len(miss) > 0 {
			return o.textGlyphError(i18n.M("doc.template-text", file), miss[0])
		}
	}
	return nil
}

// glyphError names the person, the field, the character and its code
// point, and says which font to use.
func (o *Options) glyphError(d *eligibility.Decision, key string, r rune) error {
	k := "doc.missing-glyph"
	if r > 0xFFFF {
		k = "doc.missing-astral"
	}
	return i18n.Errorf(k, d.Applicant.Row, d.Applicant.Name, i18n.M(key).In(i18n.ZH), i18n.M(key).In(i18n.EN),
		string(r), codePoint(r), o.Font.Name())
}

// textGlyphError is glyphError for text that is nobody's: the wording,
// the issuer. what is the catalogue message naming it.
func (o *Options) textGlyphError(what i18n.Msg, r rune) error {
	k := "doc.missing-glyph-text"
	if r > 0xFFFF {
		k = "doc.missing-astral-text"
	}
	return i18n.Errorf(k, what.In(i18n.ZH), what.In(i18n.EN), string(r), codePoint(r), o.Font.Name())
}

func codePoint(r rune) string { return fmt.Sprintf("U+%04X", r) }

func reason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
