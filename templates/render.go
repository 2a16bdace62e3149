package templates

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
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
	Rejections bool      // letters: also a 不予救助告知书 per ineligible applicant whose verdict is final
	All        bool      // notice: every selected applicant, for a reprint, not only those not yet posted
	// Set is how Split and NoticesByTownship write their folder (Replace:
	// --replace) and where they say what they removed and kept.
	Set safefile.SetOptions
	// Provenance is what made the documents (package provenance), as
	// JSON: the PDFs' Keywords.
	Provenance string

	// Split: the characters every letter (0) and every rejection (1)
	// has (sharedText).
	shared [2]*layout.Shared
}

// Stats say what was written.
type Stats struct {
	People     int        // selected applicants: in the notice, or letters written
	Rejected   int        // rejection letters written
	Pages      int        // pages of the PDF (Split: of all files)
	Files      int        // files written by Split
	Start, End roster.Day // the notice period

	// The notice: a supplementary one (补充公示) when Posted selected
	// applicants were posted before; Unapproved of the people listed
	// have no approval recorded yet.
	Supplementary bool
	Posted        int
	Unapproved    int
	Fresh         int // people listed not posted before (to record 公示日期 for)

	// The letters: who got none yet, and why.
	Skipped []Skip
}

// SplitPrefix starts the file name of a rejection letter under Split.
const SplitPrefix = "不予救助"

// linePitch is one line of body text (GB/T 9704: 22 lines in 225 mm), the
// height of an @space.
const linePitch = 225.0 / 22

// Notice writes to w the public notice of the selected applicants not
// yet posted (every selected applicant with o.All): a supplementary
// notice when some were posted before.
func Notice(w io.Writer, res *assessment.Result, o Options) (Stats, error) {
	explicit := !o.Settings.Start.IsZero()
	o.Settings = o.Settings.withDefaults()
	list, err := listNotice(res, o.All)
	if err != nil {
		return Stats{}, err
	}
	if !explicit && !list.postedSame.IsZero() {
		// A reprint shows the period the list was posted for, not a new one.
		o.Settings.Start = list.postedSame
	}
	sel := list.people
	if err := checkBudget(res); err != nil {
		return Stats{}, err
	}
	doc, err := o.noticeDoc(list, "")
	if err != nil {
		return Stats{}, err
	}
	if err := o.finish(doc, w, sel); err != nil {
		return Stats{}, err
	}
	first, last := Period(o.Settings.Start, o.Settings.Days)
	return Stats{People: len(sel), Pages: doc.Pages(), Start: first, End: last, Fresh: list.fresh,
		Supplementary: list.supplementary, Posted: list.posted, Unapproved: list.unapproved}, nil
}

// noticeDoc lays out the notice of sel, numbered from 1: the banner's
// (township "") or one township's.
func (o *Options) noticeDoc(l noticeList, township string) (*layout.Doc, error) {
	sel := l.people
	if err := o.checkSelected(sel); err != nil {
		return nil, err
	}
	blocks, err := o.Wording.notice.blocks(noticeData(o.Settings, l, township))
	if err != nil {
		return nil, err
	}
	rows := make([][]string, len(sel))
	for i, d := range sel {
		rows[i] = tableRow(i+1, d)
	}
	if err := o.checkText(blocks, o.Wording.notice.name); err != nil {
		return nil, err
	}
	doc, err := layout.New(o.Font, o.meta(titleOf(blocks), "困难党员救助对象公示"))
	if err != nil {
		return nil, err
	}
	doc.NewPage()
	draw(doc, blocks, func() { doc.Table(noticeColumns(), rows) })
	return doc, doc.Err()
}

// noticeColumns are the notice's table columns: each as wide as its
// content needs, in the largest of 12, 10.5 and 9 pt at which no word is
// split (layout.Table); the masked identity number and the amount on
// one line, a long branch or list of causes wrapped between its words.
func noticeColumns() []layout.Column {
	col := func(key string, align byte) layout.Column {
		return layout.Column{Header: headerWords(i18n.M(key).In(i18n.ZH)), Align: align, Words: true}
	}
	return []layout.Column{
		col("doc.col.seq", 'C'),
		col("doc.col.name", 'C'),
		col("doc.col.gender", 'C'),
		col("doc.col.township", 'C'),
		col("doc.col.branch", 'C'),
		col("doc.col.causes", 'C'),
		col("doc.col.amount", 'R'),
		col("doc.col.id", 'C'),
	}
}

// letter is one letter to one person, ready to draw.
type letter struct {
	d      *eligibility.Decision
	seq    int
	reject bool
	blocks []block
	group  int // the township's index in groups (by township only)
}

// Recipient is one person a letter of the run goes to.
type Recipient struct {
	File      string // the input file the row was read from
	Row       int
	Name      string
	Seq       int  // the number in the full notice; among the rejected, in sheet order
	Rejection bool // a 不予救助告知书
}

// LetterPlan says who the letters of a run go to (notification letters
// first, then rejection letters) and who gets none yet, before anything
// is drawn: to report it even when there is no letter to write.
func LetterPlan(res *assessment.Result, rejections bool) (sent []Recipient, skipped []Skip) {
	send, rej, skipped := listLetters(res, rejections)
	for _, r := range send {
		sent = append(sent, Recipient{File: fileOf(r.d), Row: r.d.Applicant.Row, Name: r.d.Applicant.Name, Seq: r.seq})
	}
	for _, r := range rej {
		sent = append(sent, Recipient{File: fileOf(r.d), Row: r.d.Applicant.Row, Name: r.d.Applicant.Name, Seq: r.seq, Rejection: true})
	}
	return sent, skipped
}

// letters prepares every letter of a run: wording executed, every string
// checked against the font, so that nothing fails once drawing starts. It
// also returns the people who get no letter yet. Letters are numbered as
// in the banner's notice (rejections in sheet order), or with byTown as in
// each township's: then groups lists the townships, each letter's group
// its own.
func (o *Options) letters(res *assessment.Result, byTown bool) (ls []letter, groups []townshipGroup, nSel, nRej int, skipped []Skip, err error) {
	o.Settings = o.Settings.withDefaults()
	send, rej, skipped := listLetters(res, o.Rejections)
	if len(send) == 0 && len(rej) == 0 {
		switch {
		case len(skipped) > 0:
			return nil, nil, 0, 0, skipped, i18n.Errorf("doc.none-final", len(skipped))
		case o.Rejections:
			return nil, nil, 0, 0, skipped, i18n.Errorf("doc.none-letters-rejections")
		}
		return nil, nil, 0, 0, skipped, i18n.Errorf("doc.none-letters")
	}
	sel := make([]*eligibility.Decision, len(send))
	for i, r := range send {
		sel[i] = r.d
	}
	rejd := make([]*eligibility.Decision, len(rej))
	for i, r := range rej {
		rejd[i] = r.d
	}
	if len(sel) > 0 {
		if err := checkBudget(res); err != nil {
			return nil, nil, 0, 0, skipped, err
		}
	}
	if err := o.checkSelected(sel); err != nil {
		return nil, nil, 0, 0, skipped, err
	}
	if err := o.checkRejected(rejd); err != nil {
		return nil, nil, 0, 0, skipped, err
	}
	group := map[*eligibility.Decision]int{}
	counters := map[[2]int]int{}
	if byTown {
		groups = byTownship(res, append(append([]*eligibility.Decision(nil), sel...), rejd...))
		for gi, g := range groups {
			for _, d := range g.decisions {
				group[d] = gi
			}
		}
	}
	// seq is the letter's number: with byTown, from 1 in each township
	// and kind of letter; else as listLetters numbered it.
	seq := func(r recipient, kind int) int {
		if !byTown {
			return r.seq
		}
		k := [2]int{kind, group[r.d]}
		counters[k]++
		return counters[k]
	}
	ls = make([]letter, 0, len(sel)+len(rej))
	for _, r := range send {
		n := seq(r, 0)
		bs, err := o.Wording.letter.blocks(letterData(o.Settings, n, r.d, r.c))
		if err != nil {
			return nil, nil, 0, 0, skipped, err
		}
		ls = append(ls, letter{d: r.d, seq: n, blocks: bs, group: group[r.d]})
	}
	for _, r := range rej {
		n := seq(r, 1)
		bs, err := o.Wording.rejection.blocks(rejectionData(o.Settings, n, r.d, r.c))
		if err != nil {
			return nil, nil, 0, 0, skipped, err
		}
		ls = append(ls, letter{d: r.d, seq: n, reject: true, blocks: bs, group: group[r.d]})
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
			return nil, nil, 0, 0, skipped, err
		}
	}
	return ls, groups, len(sel), len(rej), skipped, nil
}

// Letters writes one PDF to w: a letter per selected applicant whose case
// is final, each on a page of its own (numbered from 1), then the
// rejection letters when o.Rejections is set. Stats.Skipped names the
// selected applicants left out, also when there is no letter to write.
func Letters(w io.Writer, res *assessment.Result, o Options) (Stats, error) {
	ls, _, nSel, nRej, skipped, err := o.letters(res, false)
	if err != nil {
		return Stats{Skipped: skipped}, err
	}
	doc, err := layout.New(o.Font, o.meta(fmt.Sprintf("%d年度困难党员救助通知书", o.Settings.year()), "困难党员救助通知书"))
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
		return Stats{Skipped: skipped}, err
	}
	return Stats{People: nSel, Rejected: nRej, Pages: doc.Pages(), Skipped: skipped}, nil
}

// Split writes one PDF per person into dir, in one subfolder per township
// (乌加河镇/001-张三.pdf): the letters are numbered as in the township's
// notice (notice --by-township), the rejections (不予救助-001-李四.pdf) in
// sheet order, by FileName. The folder is written by safefile.WriteSet
// with o.Set: it appears whole or not at all, a folder holding files is
// refused unless o.Set.Replace, and the files are made by a few workers
// sharing the font, each holding one letter at a time.
func Split(dir string, res *assessment.Result, o Options) (Stats, error) {
	ls, groups, nSel, nRej, skipped, err := o.letters(res, true)
	if err != nil {
		return Stats{Skipped: skipped}, err
	}
	folders := townshipFolders(groups)
	o.shared = [2]*layout.Shared{
		o.sharedFont(o.Wording.letter, "0123456789,.零壹贰叁肆伍陆柒捌玖拾佰仟万元角分整"), // amounts
		o.sharedFont(o.Wording.rejection, "（一二三四五六七八九十）"),                // numbered reasons
	}
	most := 0
	for _, l := range ls {
		most = max(most, l.seq)
	}
	width := max(3, len(strconv.Itoa(most)))
	pages := make([]int, len(ls))
	files := make([]safefile.SetFile, len(ls))
	for i, l := range ls {
		prefix := ""
		if l.reject {
			prefix = SplitPrefix
		}
		name := FileName(prefix, l.seq, width, l.d.Applicant.Name)
		if !local(name) || !local(folders[l.group]) { // cannot happen: FileName and SafeName are made for this
			return Stats{}, i18n.Errorf("doc.pdf", "unsafe file name "+strconv.Quote(folders[l.group]+"/"+name))
		}
		files[i] = safefile.SetFile{Name: folders[l.group] + "/" + name, Write: func(w io.Writer) error {
			doc, err := newDoc(&o, l)
			if err != nil {
				return err
			}
			pages[i] = doc.Pages()
			return o.finish(doc, w, []*eligibility.Decision{l.d})
		}}
	}
	if err := safefile.WriteSet(dir, files, o.Set); err != nil {
		return Stats{}, err
	}
	st := Stats{People: nSel, Rejected: nRej, Files: len(files), Skipped: skipped}
	for _, n := range pages {
		st.Pages += n
	}
	return st, nil
}

// newDoc lays out one person's letter as a document of its own.
func newDoc(o *Options, l letter) (*layout.Doc, error) {
	m := o.meta(titleOf(l.blocks)+" "+clean(l.d.Applicant.Name), titleOf(l.blocks))
	if l.reject {
		m.Shared = o.shared[1]
	} else {
		m.Shared = o.shared[0]
	}
	doc, err := layout.New(o.Font, m)
	if err != nil {
		return nil, err
	}
	doc.NewPage()
	draw(doc, l.blocks, nil)
	return doc, nil
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
	return layout.Meta{Title: title, Subject: subject, Author: o.Settings.Issuer, Creator: "relief", Keywords: o.Provenance, Created: o.Created}
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
