package roster

// Lists of people kept beside the year's workbook: last year's
// recipients (--previous) and the half-yearly evaluation form (--review).
// Each is one sheet of its own workbook, found by its header wherever it
// is (the 发放花名册 of a budget workbook, the 审核结果 of an annotated
// one, a list a clerk typed), and read with the same value parsers,
// header matching and row rules (titles, 合计, footers, section rows) as
// the year's workbook.

import (
	"encoding/json"
	"encoding/xml"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"relief/i18n"
	"relief/money"
)

// Recipients is a list of last year's recipients: the disbursement
// roster of relief budget -o, the 审核结果 sheet of relief check -o, the
// evaluation form, or any sheet of names and identity numbers.
var Recipients = Sheet{
	Key: "recipients", Name: "救助对象名单", Aliases: []string{"救助对象", "上年救助对象", "发放花名册", "审核结果"},
	Fields: []Field{
		{Key: "name", Header: "姓名", Aliases: []string{"申报人", "申报人姓名", "申请人", "申请人姓名", "救助对象", "领款人"}, Kind: Name, Required: true},
		{Key: "id_number", Header: "身份证号码", Aliases: idAliases, Kind: IDNumber, Required: true},
		{Key: "township", Header: "所属苏木镇", Aliases: townshipAliases, Kind: Text},
		{Key: "branch", Header: "所在党支部", Aliases: branchAliases, Kind: Text},
		{Key: "verdict", Header: "审核结论", Aliases: []string{"审核结果", "结论"}, Kind: Text},
		{Key: "amount", Header: "救助金额（元）", Aliases: []string{"救助金额", "金额", "核定金额", "补助金额"}, Kind: MoneyKind},
		{Key: "paid_amount", Header: "实发金额（元）", Aliases: []string{"实发金额", "实发救助金额"}, Kind: MoneyKind},
		{Key: "out_of_poverty", Header: "是否脱贫", Aliases: []string{"是否脱贫户"}, Kind: Choice, Values: []string{Yes, No}},
		{Key: "year", Header: "年度", Aliases: []string{"救助年度"}, Kind: Text},
	},
}

// Review is the half-yearly evaluation form (考评表) that relief review
// writes and the branches fill in: who was visited, whether the hardship
// continues, whether the member is out of poverty (§6.4), conduct, when
// and by whom. The printed form shows the identity number masked (证件号码);
// the whole number is in a hidden column, but a form typed again by hand
// may give either.
var Review = Sheet{
	Key: "review", Name: "考评表", Aliases: []string{"半年考评表", "考评情况", "考评情况表", "救助对象考评表"},
	Fields: []Field{
		{Key: "name", Header: "姓名", Aliases: []string{"救助对象", "党员姓名"}, Kind: Name, Required: true},
		{Key: "id_number", Header: "身份证号码", Aliases: idAliases, Kind: IDNumber},
		{Key: "masked_id", Header: "证件号码", Aliases: []string{"证件号"}, Kind: Text},
		{Key: "township", Header: "所属苏木镇", Aliases: townshipAliases, Kind: Text},
		{Key: "branch", Header: "所在党支部", Aliases: branchAliases, Kind: Text},
		{Key: "hardship_continues", Header: "困难是否持续", Aliases: []string{"困难情况是否持续", "是否仍然困难"}, Kind: Choice, Values: []string{Yes, No}},
		{Key: "out_of_poverty", Header: "是否脱贫", Aliases: []string{"是否脱贫户"}, Kind: Choice, Values: []string{Yes, No}},
		{Key: "conduct", Header: "表现情况", Aliases: []string{"现实表现", "表现"}, Kind: Choice, Values: []string{ConductGood, ConductFair, ConductAverage, ConductPoor}},
		{Key: "reviewed_on", Header: "考评日期", Aliases: []string{"考评时间"}, Kind: Date},
		{Key: "reviewer", Header: "考评人", Aliases: []string{"考评人员"}, Kind: Text},
	},
}

// The values of the 表现情况 column of the evaluation form.
const (
	ConductGood    = "好"
	ConductFair    = "较好"
	ConductAverage = "一般"
	ConductPoor    = "差"
)

// Lists are the sheets kept in workbooks of their own.
var Lists = []*Sheet{&Recipients, &Review}

// PreviousRecipient is one of last year's recipients.
type PreviousRecipient struct {
	File     string // the file it was listed in, as named by the user
	Sheet    string
	Row      int
	Name     string
	IDNumber string // normalised; "" if unreadable (the row has a problem)
	Township string
	Branch   string
	Year     int           // the year of the relief
	Amount   *money.Amount // paid, else granted; nil when the list gives none
	// OutOfPoverty: the list marks the member 脱贫 (at last year's
	// evaluation: a recipient listed 是 in 是否脱贫).
	OutOfPoverty bool
}

// PreviousList is one --previous file, read.
type PreviousList struct {
	Path       string
	Sheet      *SheetInfo
	Year       int
	Recipients []PreviousRecipient
	Problems   []Problem
}

// ReviewRow is one row of the evaluation form.
type ReviewRow struct {
	Row               int
	Name              string
	IDNumber          string // normalised, "" when the form gives none (or it is unreadable)
	MaskedID          string // as printed: 150824********107X
	Township, Branch  string
	HardshipContinues string // Yes, No or "" (not filled in)
	OutOfPoverty      string // Yes, No or ""
	Conduct           string // one of the Conduct values or ""
	ReviewedOn        Day
	Reviewer          string
	Sheet             *SheetInfo
	Invalid           bool     // a cell of the row could not be read
	Unreadable        []string // the A1 references of those cells
}

// Cell returns the A1 reference of field's cell on the row, or "".
func (r *ReviewRow) Cell(field string) string {
	if r.Sheet == nil {
		return ""
	}
	col, ok := r.Sheet.Columns[field]
	if !ok {
		return ""
	}
	return ColumnName(col) + strconv.Itoa(r.Row)
}

// Problem returns a problem located on field's cell of the row.
func (r *ReviewRow) Problem(sev Severity, code, field, value string, msg i18n.Msg) Problem {
	p := Problem{Severity: sev, Code: code, Row: r.Row, Field: field, Value: value, Msg: msg, Sheet: Review.Name}
	if r.Sheet != nil {
		p.File, p.Sheet = r.Sheet.File, r.Sheet.Name
	}
	p.Cell = r.Cell(field)
	return p
}

// ReviewForm is the evaluation form, read.
type ReviewForm struct {
	Path     string
	Sheet    *SheetInfo
	Rows     []ReviewRow
	Problems []Problem
}

// ReadReview reads the evaluation form at path. Problems in its cells are
// in ReviewForm.Problems; a file that cannot be read, or that has no
// sheet with 姓名 and an identity column, is an *i18n.Error.
func ReadReview(path string, opt Options) (*ReviewForm, error) {
	form := &ReviewForm{Path: path}
	err := readList(path, &Review, opt, func(_ *reader, info *SheetInfo, _, _ []textRow) {
		form.Sheet = info
	}, func(c *rowCtx) {
		form.Rows = append(form.Rows, ReviewRow{
			Row:               c.num,
			Name:              c.get("name").text,
			IDNumber:          okText(c.get("id_number")),
			MaskedID:          strings.ToUpper(strings.ReplaceAll(c.get("masked_id").text, " ", "")),
			Township:          c.get("township").text,
			Branch:            c.get("branch").text,
			HardshipContinues: c.get("hardship_continues").text,
			OutOfPoverty:      c.get("out_of_poverty").text,
			Conduct:           c.get("conduct").text,
			ReviewedOn:        c.get("reviewed_on").day,
			Reviewer:          c.get("reviewer").text,
			Sheet:             form.Sheet,
			Invalid:           c.invalid,
			Unreadable:        c.errorCells(),
		})
	}, &form.Problems)
	if err != nil {
		return nil, err
	}
	return form, nil
}

// ReadPrevious reads a list of last year's recipients at path. Which rows
// are recipients: when the sheet has an 实发金额 column with any amount,
// the rows paid and those marked 脱贫 (found out of poverty at the
// evaluation, so not paid); else, when it has a 审核结论 column, the rows
// 符合; else every row. (A 是否脱贫 column beside 审核结论 is the
// application's, not the evaluation's: last year's evaluation form, given
// as a list of its own, says who was found 脱贫.) A sheet that is an applicants sheet or a members roster
// and says neither (no 实发金额, 审核结论 or 救助金额 column) is refused:
// it lists applicants or members, not recipients.
//
// The year is, in order: the as-of day recorded in a workbook relief
// wrote (its provenance), the row's 年度 cell, a year in the title rows
// above the header (2025年度…), else opt.AsOf's year less one.
func ReadPrevious(path string, opt Options) (*PreviousList, error) {
	list := &PreviousList{Path: path}
	type row struct {
		rec     PreviousRecipient
		paid    *money.Amount
		paidSet bool
		verdict string
		amount  *money.Amount
		year    int
	}
	var rows []row
	var hasPaid, hasVerdict, hasAmount bool
	titleYear, stampYear := 0, 0
	var refuse error
	err := readList(path, &Recipients, opt, func(r *reader, info *SheetInfo, probe, above []textRow) {
		list.Sheet = info
		_, hasPaid = info.Columns["paid_amount"]
		_, hasVerdict = info.Columns["verdict"]
		_, hasAmount = info.Columns["amount"]
		if !hasPaid && !hasVerdict && !hasAmount && looksLikeRecords(info.Name, probe) {
			refuse = i18n.Errorf("roster.previous.not-recipients", path, info.Name)
		}
		if xf, ok := r.f.(*xlsxFile); ok {
			stampYear = provenanceYear(xf)
		}
		for _, t := range above {
			if y := yearIn(strings.Join(t.cells, " ")); y > 0 {
				titleYear = y
				break
			}
		}
	}, func(c *rowCtx) {
		rw := row{rec: PreviousRecipient{
			Row: c.num, Name: c.get("name").text, IDNumber: okText(c.get("id_number")),
			Township: c.get("township").text, Branch: c.get("branch").text,
			OutOfPoverty: c.get("out_of_poverty").text == Yes,
		}}
		if v := c.get("paid_amount"); v.ok && v.amt > 0 {
			a := v.amt
			rw.paid = &a
		}
		rw.paidSet = c.get("paid_amount").set
		if v := c.get("amount"); v.ok && v.amt > 0 {
			a := v.amt
			rw.amount = &a
		}
		rw.verdict = normValue(c.get("verdict").text)
		rw.year = yearIn(c.get("year").text)
		rows = append(rows, rw)
	}, &list.Problems)
	if err != nil {
		return nil, err
	}
	if refuse != nil {
		return nil, refuse
	}
	anyPaid := false
	for _, rw := range rows {
		anyPaid = anyPaid || rw.paid != nil
	}
	list.Year = opt.AsOf.Y - 1
	switch {
	case stampYear > 0:
		list.Year = stampYear
	case titleYear > 0:
		list.Year = titleYear
	}
	eligible := normValue(i18n.M("verdict.eligible").In(i18n.ZH))
	for _, rw := range rows {
		switch {
		case hasPaid && anyPaid:
			// The rows paid; and a row marked 脱贫, a recipient the
			// evaluation stopped before the payment.
			if rw.paid == nil && !rw.rec.OutOfPoverty {
				continue
			}
			rw.rec.Amount = rw.paid
		case hasVerdict:
			if rw.verdict != eligible {
				continue
			}
			rw.rec.Amount = rw.amount
		default:
			rw.rec.Amount = rw.amount
		}
		rw.rec.Year = list.Year
		if rw.year > 0 && stampYear == 0 {
			rw.rec.Year = rw.year
		}
		rw.rec.File, rw.rec.Sheet = path, list.Sheet.Name
		list.Recipients = append(list.Recipients, rw.rec)
	}
	return list, nil
}

// looksLikeRecords reports whether a sheet is the applicants sheet or the
// members roster, by its name or its header.
func looksLikeRecords(name string, probe []textRow) bool {
	if s := matchSheetName(name); s == &Applicants || s == &Members {
		return true
	}
	for _, s := range []*Sheet{&Applicants, &Members} {
		l := findHeader(s, probe)
		if l.hits >= minHeaderHits(s) && distinctiveHits(s, l) > 0 {
			return true
		}
	}
	return false
}

// okText is a value's text when it was read without an error.
func okText(v *value) string {
	if !v.ok {
		return ""
	}
	return v.text
}

var yearPattern = regexp.MustCompile(`(19[5-9][0-9]|2[01][0-9][0-9])\s*年`)

// yearIn finds a year in text: 2025, 2025年, 2025年度.
func yearIn(text string) int {
	t := strings.TrimSpace(foldForm(text))
	if m := yearPattern.FindStringSubmatch(t); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	if len(t) == 4 && allDigits(t) {
		if y, _ := strconv.Atoi(t); y >= 1950 && y <= 2199 {
			return y
		}
	}
	return 0
}

// provenanceYear is the year of the as-of day recorded in a workbook
// relief wrote (docProps/custom.xml), or 0.
func provenanceYear(f *xlsxFile) int {
	rc, err := f.openPart("docProps/custom.xml")
	if err != nil || rc == nil {
		return 0
	}
	defer rc.Close()
	var props struct {
		Property []struct {
			Name  string `xml:"name,attr"`
			Value string `xml:"lpwstr"`
		} `xml:"property"`
	}
	if xml.NewDecoder(io.LimitReader(rc, 1<<20)).Decode(&props) != nil {
		return 0
	}
	for _, p := range props.Property {
		if p.Name != "relief.provenance" {
			continue
		}
		var rec struct {
			AsOf string `json:"as_of"`
		}
		if json.Unmarshal([]byte(p.Value), &rec) == nil && len(rec.AsOf) >= 4 {
			y, _ := strconv.Atoi(rec.AsOf[:4])
			return y
		}
	}
	return 0
}

// readList finds the sheet of kind s in the workbook at path and reads its
// rows: found is called once with the sheet, its top rows and those of
// them above the header, then row with each record.
// The problems found go to *problems, each naming the file.
func readList(path string, s *Sheet, opt Options, found func(r *reader, info *SheetInfo, top, above []textRow), row func(*rowCtx), problems *[]Problem) error {
	f, err := openXLSX(path, opt.Password)
	if err != nil {
		return err
	}
	defer f.Close()
	r := &reader{f: f, opt: opt, wb: &Workbook{Path: path, Sheets: map[string]*SheetInfo{}}}
	fd, rows, err := r.locateList(s)
	if err != nil {
		return err
	}
	if fd == nil {
		names := make([]string, len(f.sheets))
		for i, sh := range f.sheets {
			names[i] = sh.Name
		}
		return i18n.Errorf("roster.list.no-sheet", path, i18n.M("roster.list."+s.Key).In(i18n.ZH), strings.Join(names, "、"))
	}
	info := &SheetInfo{File: path, Name: fd.ref.Name, HeaderRow: fd.l.last, Columns: fd.l.cols, Unknown: fd.l.unknown}
	var above []textRow
	for _, t := range rows {
		if t.num < fd.l.first {
			above = append(above, t)
		}
	}
	found(r, info, rows, above)
	if err := r.readListRows(s, fd, info, row); err != nil {
		return damaged(path, err)
	}
	sortProblems(r.wb.Problems, r.sheetOrder())
	for i := range r.wb.Problems {
		r.wb.Problems[i].File = path
	}
	*problems = append(*problems, r.wb.Problems...)
	return nil
}

// listReady reports whether a header names what a list needs to be read:
// 姓名, and an identity number (the whole one, or for the evaluation form
// the masked one).
func listReady(s *Sheet, l layout) bool {
	if _, ok := l.cols["name"]; !ok {
		return false
	}
	if _, ok := l.cols["id_number"]; ok {
		return true
	}
	_, masked := l.cols["masked_id"]
	return s == &Review && masked
}

// locateList finds the sheet for a list: among the sheets whose header
// names what the list needs, a visible one before a hidden one, then the
// one whose name is the list's (考评表), then the header naming the most
// fields, then the first in tab order.
func (r *reader) locateList(s *Sheet) (*foundSheet, []textRow, error) {
	type cand struct {
		fd     *foundSheet
		rows   []textRow
		byName bool
	}
	var best *cand
	better := func(a, b *cand) bool {
		if a.fd.ref.Hidden != b.fd.ref.Hidden {
			return !a.fd.ref.Hidden
		}
		if a.byName != b.byName {
			return a.byName
		}
		if a.fd.l.hits != b.fd.l.hits {
			return a.fd.l.hits > b.fd.l.hits
		}
		return a.fd.ref.Index < b.fd.ref.Index
	}
	for _, ref := range r.f.sheetList() {
		rows, err := r.probe(ref)
		if err != nil {
			return nil, nil, damaged(r.wb.Path, err)
		}
		l := findHeader(s, rows)
		if !listReady(s, l) {
			continue
		}
		n := normalizeHeader(ref.Name)
		byName := slices.ContainsFunc(append([]string{s.Name}, s.Aliases...), func(a string) bool { return normalizeHeader(a) == n })
		c := &cand{fd: &foundSheet{ref: ref, l: l, byName: byName}, rows: rows, byName: byName}
		if best == nil || better(c, best) {
			best = c
		}
	}
	if best == nil {
		return nil, nil, nil
	}
	return best.fd, best.rows, nil
}

// readListRows reads the records of a list's sheet, as readSheet reads
// the year's sheets: blank rows, totals, section titles and footers are
// skipped, merged cells give their value to the rows they cover.
func (r *reader) readListRows(s *Sheet, fd *foundSheet, info *SheetInfo, row func(*rowCtx)) error {
	l := fd.l
	for i := range s.Fields {
		f := &s.Fields[i]
		if _, ok := l.cols[f.Key]; ok || !f.Required {
			continue
		}
		r.wb.Problems = append(r.wb.Problems, Problem{
			Severity: SevError, Code: "header-missing", Sheet: info.Name, Row: l.last, Field: f.Key,
			Msg: i18n.M("roster.read.header-missing", f.Header, strings.Join(append([]string{f.Header}, f.Aliases...), "、")),
		})
		return nil
	}
	// As readSheet: the rows as stored, and again with the merged ranges
	// (listed after the rows) applied when some lie below the header.
	// A list is small: the first pass only finds the ranges.
	mark := r.mark()
	found, err := r.listRows(s, fd, info, nil, func(*rowCtx) {})
	r.rollback(mark)
	if err != nil {
		return err
	}
	var merges []mergeRange
	if mergesBelow(found, l.last) {
		merges = found
	}
	_, err = r.listRows(s, fd, info, merges, row)
	return err
}

// listRows reads the records of a list's sheet once, merges applied
// (nil: none), and returns the merged ranges the part lists.
func (r *reader) listRows(s *Sheet, fd *foundSheet, info *SheetInfo, merges []mergeRange, row func(*rowCtx)) ([]mergeRange, error) {
	l := fd.l
	part, err := r.f.rows(fd.ref, true)
	if err != nil {
		return nil, err
	}
	defer part.Close()
	var src rowSource = part
	if len(merges) > 0 {
		src = newMergedRows(part, merges, l.last)
	}
	rc := &rowCtx{r: r, s: s, l: l, sheet: info.Name, vals: make([]value, len(s.Fields)), index: map[string]int{},
		strs: map[*Field]map[string]string{}}
	for i, f := range s.Fields {
		rc.index[f.Key] = i
	}
	d := newDenseLayout(s, l)
	seen, ended := false, false
	for src.Next() {
		num, cells := src.Row()
		if num <= l.last {
			continue
		}
		if !r.isData(s, l, d, cells, seen, &ended) {
			continue
		}
		seen = true
		rc.start(num, cells)
		row(rc)
	}
	if err := src.Err(); err != nil {
		return nil, err
	}
	return part.finish()
}
