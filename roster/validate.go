package roster

import (
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"relief/i18n"
	"relief/money"
)

// readSheet reads the data rows of a found sheet into the workbook.
//
// A required column missing from the header is one header-missing error
// (at the header row), not an error on every row; the rows are still read
// but all of them are invalid, since they cannot be judged without it. For
// the applicants sheet this is a report (exit 1), not a failure to run.
func (r *reader) readSheet(s *Sheet, fd *foundSheet) error {
	l := fd.l
	info := &SheetInfo{File: r.wb.Path, Name: fd.ref.Name, HeaderRow: l.last, Columns: l.cols, Unknown: l.unknown}
	r.wb.Sheets[s.Key] = info
	switch s.Key {
	case Members.Key:
		r.wb.HasRoster = true
	case Funds.Key:
		r.wb.HasFunds = true
	}
	headerOK := true
	for i := range s.Fields {
		f := &s.Fields[i]
		if _, ok := l.cols[f.Key]; ok || !f.Required {
			continue
		}
		headerOK = false
		names := append([]string{f.Header}, f.Aliases...)
		r.wb.Problems = append(r.wb.Problems, Problem{
			Severity: SevError, Code: "header-missing", Sheet: info.Name, Row: l.last, Field: f.Key,
			Msg: i18n.M("roster.read.header-missing", f.Header, strings.Join(names, "、")),
		})
	}
	if l.last == 0 { // no header row at all: nothing can be read
		return nil
	}
	if s.Key == Funds.Key && !headerOK {
		return nil // a fund without a source or an amount is no fund
	}

	// Merged ranges follow the rows in the part: read the rows as stored,
	// and again with the ranges applied when some lie below the header.
	// A sheet found out of order is read again sorted.
	var merges []mergeRange
	for {
		mark := r.mark()
		found, err := r.readRows(s, fd, info, headerOK, merges)
		switch {
		case errors.Is(err, errOutOfOrder) && !r.f.disorder[fd.ref.Index]:
			r.rollback(mark)
			r.f.disorder[fd.ref.Index] = true
			continue
		case err != nil:
			r.rollback(mark)
			return err
		case merges == nil && mergesBelow(found, l.last):
			r.rollback(mark)
			merges = found
			continue
		}
		return nil
	}
}

// readRows reads the data rows of a sheet, applying merges (nil: none),
// and returns the merged ranges the part lists.
func (r *reader) readRows(s *Sheet, fd *foundSheet, info *SheetInfo, headerOK bool, merges []mergeRange) ([]mergeRange, error) {
	l := fd.l
	mark := r.mark()
	part, err := r.f.rows(fd.ref, true)
	if err != nil {
		return nil, err
	}
	part = newPipeRows(part)
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
	var dups *dupIndex
	if s.Key == Applicants.Key {
		dups = &dupIndex{rows: map[string][]int{}}
	}
	d := newDenseLayout(s, l)
	towns := map[string]int{} // 党员人数: township → its first row
	townDup := map[int]bool{}
	seen, ended := false, false
	sized := false
	for n := 0; src.Next(); n++ {
		num, cells := src.Row()
		r.progress.row(info.Name, num)
		if n == 1<<15 && !sized {
			// A large sheet: make room for all its records at once, from
			// how much of the part the first rows took, rather than
			// growing (and copying) the lists as they fill.
			sized = true
			r.reserve(s, n, part.fraction())
		}
		if num <= l.last {
			continue
		}
		if !r.isData(s, l, d, cells, seen, &ended) {
			continue
		}
		seen = true
		rc.start(num, cells)
		rc.invalid = rc.invalid || !headerOK
		switch s.Key {
		case Members.Key:
			r.wb.Members.add(rc.member(), rc.get("id_number").ok)
		case MemberCounts.Key:
			c := rc.count()
			if t := strings.TrimSpace(c.Township); t != "" {
				if first, dup := towns[t]; dup {
					r.townshipDuplicate(rc, first, c.Row, townDup)
				} else {
					towns[t] = c.Row
				}
			}
			r.wb.Counts = append(r.wb.Counts, c)
		case Applicants.Key:
			a := rc.applicant()
			a.Sheet = info
			if rc.get("id_number").ok {
				dups.rows[a.IDNumber] = append(dups.rows[a.IDNumber], len(r.wb.Applicants))
			}
			r.wb.Applicants = append(r.wb.Applicants, a)
		case Funds.Key:
			if fund, ok := rc.fund(); ok {
				r.wb.Funds = append(r.wb.Funds, fund)
			}
		}
	}
	if err := src.Err(); err != nil {
		return nil, err
	}
	found, err := part.finish()
	if err != nil {
		return nil, err
	}
	if merges != nil || !mergesBelow(found, l.last) {
		// The rows read are the ones kept: check them as a whole.
		r.rowsDuplicated(s, info, part.duplicates())
		switch s.Key {
		case Members.Key:
			r.memberDuplicates(rc, mark.members)
		case Applicants.Key:
			r.applicantDuplicates(rc, dups)
		}
	}
	return found, nil
}

// isData decides whether a row below the header holds a record. Blank
// rows (a 序号 alone, or values merged down from above, is blank), 小计
// rows, section titles (一、乌加河镇), rows of formulas only (an unlabelled
// total, unless they fill two required columns), repeated header rows, a
// template's example row (示例 in its first cell), and everything from a
// 合计 or footer row (注：, 填表人：…, 经办：, a line for a seal or
// signatures, a date alone; see isFooterNote) on are not records and not
// problems; below the end of the table a row still counts when it fills
// at least two required columns, so that a stray note in the middle of a
// long roster loses nothing.
func (r *reader) isData(s *Sheet, l layout, d *denseLayout, cells []rawCell, seen bool, ended *bool) bool {
	mark := markNone
	for i, c := range cells {
		if isBlank(c.Value) || c.Merged {
			continue
		}
		if isExample(c.Value) {
			return false
		}
		if mark = markOf(c.Value); i+1 == l.seqCol && mark == markNone {
			continue // a running number: look at the next cell
		}
		if kind, field := d.kind(i + 1); mark == markNone && !c.Numeric && isFooterNote(c.Value, kind, field) {
			mark = markEnd
		}
		break
	}
	switch mark {
	case markSubTotal:
		return false
	case markEnd:
		*ended = *ended || seen
		return false
	}
	nonBlank, formulas, required, echoes, uncached := 0, 0, 0, 0, 0
	for i := range s.Fields {
		f := &s.Fields[i]
		col := d.fieldCol[i]
		if col == 0 || col > len(cells) {
			continue
		}
		c := cells[col-1]
		if c.Uncached && f.Required {
			uncached++
		}
		if isBlank(c.Value) || c.Merged {
			continue // a merged value alone does not make a record
		}
		nonBlank++
		if c.Formula {
			formulas++
		}
		if f.Required {
			required++
		}
		if c.Value == d.textAt[col-1] {
			echoes++
		}
	}
	switch {
	case nonBlank == 0 && uncached >= 2:
		// A record made of formulas whose results were not saved: read
		// it, so that each required cell says so.
		return true
	case nonBlank == 0, mark == markSection && nonBlank == 1:
		return false
	case formulas == nonBlank && required < 2, echoes >= 2:
		// Formulas alone make an unlabelled total, unless they give a
		// record's name, identity number … (a sheet that gathers the
		// townships' sheets by formulas).
		return false
	case *ended && required < 2:
		return false
	}
	return true
}

// denseLayout is a sheet's layout in slices, for the rows' hot path.
type denseLayout struct {
	fieldCol []int    // by field index: its column, 0 when absent
	kindAt   []Kind   // by column-1: the kind of its field
	hasField []bool   // by column-1: the column is a field's
	textAt   []string // by column-1: the header text that named its field
}

func newDenseLayout(s *Sheet, l layout) *denseLayout {
	d := &denseLayout{fieldCol: make([]int, len(s.Fields))}
	n := 0
	for _, c := range l.cols {
		n = max(n, c)
	}
	d.kindAt, d.hasField, d.textAt = make([]Kind, n), make([]bool, n), make([]string, n)
	for i, f := range s.Fields {
		if c, ok := l.cols[f.Key]; ok {
			d.fieldCol[i] = c
			d.kindAt[c-1], d.hasField[c-1], d.textAt[c-1] = f.Kind, true, l.texts[c]
		}
	}
	return d
}

// kind returns the kind of the field in column col, and whether one is.
func (d *denseLayout) kind(col int) (Kind, bool) {
	if col < 1 || col > len(d.kindAt) || !d.hasField[col-1] {
		return 0, false
	}
	return d.kindAt[col-1], true
}

// value is one field of a row, read.
type value struct {
	col  int    // 0 when the sheet has no such column
	raw  string // the cell as stored
	set  bool   // the cell is not blank
	ok   bool   // set, and read without an error
	text string // Text, Name, IDNumber, Choice
	day  Day
	n    int
	amt  money.Amount
	list []string
}

// rowCtx reads one row of a sheet.
type rowCtx struct {
	r       *reader
	s       *Sheet
	l       layout
	sheet   string
	num     int
	cells   []rawCell
	vals    []value
	index   map[string]int // field key → index into s.Fields and vals
	invalid bool
	strs    map[*Field]map[string]string // interned texts, per field
	cols    []int                        // the column of each field, 0 when absent
	cache   []map[rawCell]value          // values read without a problem, per field (nil: not kept)
}

// maxInterned bounds the distinct texts interned per field: townships,
// branches and the like repeat on every row of a large roster and are
// kept once; a column of unique texts (phones) just stops being interned.
const maxInterned = 1024

// intern returns one shared copy of a repeated text.
func (c *rowCtx) intern(f *Field, s string) string {
	m := c.strs[f]
	if m == nil {
		m = map[string]string{}
		c.strs[f] = m
	}
	if t, ok := m[s]; ok {
		return t
	}
	if len(m) < maxInterned {
		m[s] = s
	}
	return s
}

// start reads every field of a new row, reporting what cannot be read.
//
// A column's cells repeat from row to row (the township, the branch, the
// member type, a date): a field whose cell was read before without a
// problem reuses that value (up to maxInterned texts a field). The values
// are shared, never modified.
func (c *rowCtx) start(num int, cells []rawCell) {
	c.num, c.cells, c.invalid = num, cells, false
	if c.cache == nil {
		c.cache = make([]map[rawCell]value, len(c.s.Fields))
		c.cols = make([]int, len(c.s.Fields))
		for i, f := range c.s.Fields {
			c.cols[i] = c.l.cols[f.Key]
			switch f.Kind {
			case Name, IDNumber: // few repeat
			default:
				c.cache[i] = map[rawCell]value{}
			}
		}
	}
	for i := range c.s.Fields {
		m, col := c.cache[i], c.cols[i]
		if m == nil || col == 0 {
			c.vals[i] = c.read(&c.s.Fields[i])
			continue
		}
		var cell rawCell
		if col <= len(cells) {
			cell = cells[col-1]
		}
		if v, ok := m[cell]; ok {
			c.vals[i] = v
			continue
		}
		before := len(c.r.wb.Problems)
		c.vals[i] = c.read(&c.s.Fields[i])
		if len(c.r.wb.Problems) == before && len(m) < maxInterned {
			m[cell] = c.vals[i]
		}
	}
}

// get returns the value of the field with key (a blank value for a
// field the sheet does not have).
func (c *rowCtx) get(key string) *value {
	if i, ok := c.index[key]; ok {
		return &c.vals[i]
	}
	return &value{}
}

// cell returns the A1 reference of column col on this row.
func (c *rowCtx) cell(col int) string { return ColumnName(col) + strconv.Itoa(c.num) }

// add records a problem on this row.
func (c *rowCtx) add(sev Severity, code string, f *Field, col int, raw string, msg i18n.Msg) {
	p := Problem{Severity: sev, Code: code, Sheet: c.sheet, Row: c.num, Value: raw, Msg: msg}
	if f != nil {
		p.Field = f.Key
	}
	if col > 0 {
		p.Cell = c.cell(col)
	}
	if sev == SevError {
		c.invalid = true
	}
	c.r.wb.Problems = append(c.r.wb.Problems, p)
}

// voteKeys are the fields whose negatives are votes-inconsistent rather
// than unreadable numbers.
var voteKeys = map[string]bool{"voters": true, "present": true, "votes_for": true, "votes_against": true, "abstentions": true}

// read reads one field of the row with the parser for its kind.
func (c *rowCtx) read(f *Field) value {
	col, ok := c.l.cols[f.Key]
	if !ok {
		return value{}
	}
	var cell rawCell
	if col <= len(c.cells) {
		cell = c.cells[col-1]
	}
	v := value{col: col, raw: cell.Value}
	if isBlank(cell.Value) {
		switch {
		case f.Required && cell.Uncached:
			// Programs other than Excel and WPS often write formulas
			// without their results: the value is there once computed.
			c.add(SevError, "missing-required", f, col, cell.Value, i18n.M("roster.read.formula-no-value", f.Header))
		case f.Required:
			c.add(SevError, "missing-required", f, col, cell.Value, i18n.M("roster.read.missing-required", f.Header))
		}
		if f.Kind == Choice {
			v.text = f.Default
		}
		return v
	}
	v.set = true
	if cell.TooLong {
		c.add(SevError, "text-too-long", f, col, cell.Value, i18n.M("roster.read.text-too-long", f.Header, maxCellChars))
		return v
	}
	if cell.Error {
		// #N/A, #VALUE!, #REF! …: a formula that failed is no value,
		// even in a text column.
		c.add(SevError, errorCode(f.Kind), f, col, cell.Value, i18n.M("roster.read.formula-error", cell.Value, f.Header))
		return v
	}
	var issues []issue
	one := func(is *issue) {
		if is != nil {
			issues = append(issues, *is)
		}
	}
	switch f.Kind {
	case Text:
		v.text = c.intern(f, normalizeText(cell.Value))
	case Name:
		v.text = normalizeName(cell.Value)
	case IDNumber:
		v.text, issues = parseID(cell.Value, cell.Numeric)
	case Choice:
		var is *issue
		v.text, is = parseChoice(cell.Value, f)
		one(is)
	case List:
		var is *issue
		v.list, is = parseList(cell.Value, f)
		one(is)
	case Date, MonthDate:
		var is *issue
		v.day, is = parseDay(cell.Value, cell.Numeric, c.r.f.date1904, f.Kind == MonthDate)
		one(is)
	case Whole:
		var is *issue
		if t := strings.TrimSpace(foldForm(cell.Value)); voteKeys[f.Key] && (strings.HasPrefix(t, "-") || strings.HasPrefix(t, "−")) {
			// A negative count of votes is votes-inconsistent (reported
			// with the other vote checks), not an unreadable number.
			_, size := utf8.DecodeRuneInString(t)
			v.n, is = parseWhole(t[size:], cell.Numeric, 0)
			v.n = -v.n
		} else {
			v.n, is = parseWhole(cell.Value, cell.Numeric, f.Min)
		}
		one(is)
	case MoneyKind:
		var is *issue
		v.amt, is = parseMoney(cell.Value, cell.Numeric)
		one(is)
	}
	v.ok = true
	for _, is := range issues {
		c.add(is.Sev, is.Code, f, col, cell.Value, is.Msg)
		if is.Sev == SevError {
			v.ok = false
		}
	}
	if f.Kind == IDNumber && v.text == "" {
		v.ok = false
	}
	if (f.Kind == Date || f.Kind == MonthDate) && v.ok && !c.r.opt.AsOf.IsZero() && v.day.After(c.r.opt.AsOf) {
		c.add(SevWarning, "date-future", f, col, cell.Value,
			i18n.M("roster.read.date-future", f.Header, v.day.String(), c.r.opt.AsOf.String()))
	}
	return v
}

// errorCode is the code of an unreadable cell of a column of kind k.
func errorCode(k Kind) string {
	switch k {
	case Date, MonthDate:
		return "bad-date"
	case Whole, MoneyKind:
		return "bad-number"
	}
	return "bad-value"
}

// gender returns the row's gender, checking it against the identity
// number (a warning when they differ); an empty gender is taken from the
// number.
func (c *rowCtx) gender() string {
	g, id := c.get("gender"), c.get("id_number")
	fromID := ""
	if id.ok && len(id.text) == 18 {
		fromID = idGender(id.text)
	}
	if !g.set || !g.ok {
		if !g.set {
			return fromID
		}
		return ""
	}
	if fromID != "" && g.text != fromID {
		c.add(SevWarning, "gender-mismatch", c.s.Field("gender"), g.col, g.raw,
			i18n.M("roster.read.gender-mismatch", g.text, fromID))
	}
	return g.text
}

// member builds a Member from the row.
func (c *rowCtx) member() Member {
	m := Member{
		Row:        c.num,
		Name:       c.get("name").text,
		IDNumber:   c.get("id_number").text,
		Gender:     c.gender(),
		Ethnicity:  c.get("ethnicity").text,
		BirthDate:  c.get("birth_date").day,
		Township:   c.get("township").text,
		Branch:     c.get("branch").text,
		MemberType: c.get("member_type").text,
		JoinDate:   c.get("join_date").day,
		Phone:      c.get("phone").text,
	}
	if m.MemberType == "" {
		m.MemberType = Formal
	}
	birth, join := c.get("birth_date"), c.get("join_date")
	if birth.ok && join.ok && join.day.Before(birth.day) {
		c.add(SevWarning, "date-order", c.s.Field("join_date"), join.col, join.raw,
			i18n.M("roster.read.date-join-before-birth", join.day.String(), birth.day.String()))
	}
	m.Invalid = c.invalid
	return m
}

// count builds a TownshipCount from the row.
func (c *rowCtx) count() TownshipCount {
	return TownshipCount{Row: c.num, Township: c.get("township").text, Members: c.get("members").n}
}

// fund builds a Fund from the row; ok is false when it has no amount.
func (c *rowCtx) fund() (Fund, bool) {
	amt := c.get("amount")
	return Fund{Row: c.num, Source: c.get("source").text, Amount: amt.amt}, amt.ok
}

// applicant builds an Applicant from the row and checks the fields
// against each other: gender against the identity number, the dates of
// the procedure against the application (and the approval against the
// assembly), and the votes.
func (c *rowCtx) applicant() Applicant {
	a := Applicant{
		Row:            c.num,
		Name:           c.get("name").text,
		IDNumber:       c.get("id_number").text,
		Gender:         c.gender(),
		Township:       c.get("township").text,
		Branch:         c.get("branch").text,
		Phone:          c.get("phone").text,
		Address:        c.get("address").text,
		AppliedOn:      c.get("applied_on").day,
		HardshipCauses: c.get("hardship_causes").list,
		HardshipLevel:  c.get("hardship_level").text,
		OtherAid:       c.get("other_aid").list,
		Misconduct:     c.get("misconduct").list,
		MisconductText: normalizeText(c.get("misconduct").raw),
		Exclusion:      c.get("exclusion").list,
		OutOfPoverty:   c.get("out_of_poverty").text == Yes,
		MeetingOn:      c.get("meeting_on").day,
		SurveyedOn:     c.get("surveyed_on").day,
		ReviewedOn:     c.get("reviewed_on").day,
		ApprovedOn:     c.get("approved_on").day,
		Objection:      c.get("objection").text,
		Notes:          c.get("notes").text,
	}
	if a.Objection == "" {
		a.Objection = None
	}
	if v := c.get("household_size"); v.ok {
		n := v.n
		a.HouseholdSize = &n
	}
	if v := c.get("household_income"); v.ok {
		amt := v.amt
		a.HouseholdIncome = &amt
	}
	a.Votes = c.votes()

	applied := c.get("applied_on")
	if applied.ok {
		for _, key := range []string{"surveyed_on", "meeting_on", "reviewed_on", "approved_on"} {
			if v := c.get(key); v.ok && v.day.Before(applied.day) {
				f := c.s.Field(key)
				c.add(SevWarning, "date-order", f, v.col, v.raw,
					i18n.M("roster.read.date-before-applied", f.Header, v.day.String(), applied.day.String()))
			}
		}
	}
	if meet, appr := c.get("meeting_on"), c.get("approved_on"); meet.ok && appr.ok && appr.day.Before(meet.day) {
		c.add(SevWarning, "date-order", c.s.Field("approved_on"), appr.col, appr.raw,
			i18n.M("roster.read.date-approved-before-meeting", appr.day.String(), meet.day.String()))
	}

	a.Raw = make([]string, len(c.cells))
	for i, cell := range c.cells {
		a.Raw[i] = cell.Value
	}
	a.Invalid = c.invalid
	return a
}

// votes reads the assembly's figures and checks them: no negatives, no
// more present than entitled to vote, no more votes than present.
func (c *rowCtx) votes() Votes {
	var v Votes
	ptr := func(key string) *int {
		x := c.get(key)
		if !x.ok {
			return nil
		}
		if x.n < 0 {
			f := c.s.Field(key)
			c.add(SevError, "votes-inconsistent", f, x.col, x.raw, i18n.M("roster.read.votes-negative", f.Header, x.n))
			return nil
		}
		n := x.n
		return &n
	}
	v.Voters, v.Present = ptr("voters"), ptr("present")
	v.For, v.Against, v.Abstain = ptr("votes_for"), ptr("votes_against"), ptr("abstentions")
	if v.Voters != nil && v.Present != nil && *v.Present > *v.Voters {
		p := c.get("present")
		c.add(SevError, "votes-inconsistent", c.s.Field("present"), p.col, p.raw,
			i18n.M("roster.read.votes-present", *v.Present, *v.Voters))
	}
	if v.Present != nil && (v.For != nil || v.Against != nil || v.Abstain != nil) {
		sum := 0
		for _, n := range []*int{v.For, v.Against, v.Abstain} {
			if n != nil {
				sum += *n
			}
		}
		if sum > *v.Present {
			key := "votes_for"
			if v.For == nil {
				key = "votes_against"
				if v.Against == nil {
					key = "abstentions"
				}
			}
			x := c.get(key)
			c.add(SevError, "votes-inconsistent", c.s.Field(key), x.col, x.raw,
				i18n.M("roster.read.votes-sum", sum, *v.Present))
		}
	}
	return v
}

// dupIndex collects the rows (indexes into Applicants) of each identity
// number.
type dupIndex struct {
	rows map[string][]int
}

// applicantDuplicates reports an identity number on two or more applicant
// rows: an error on each of them, naming the others.
func (r *reader) applicantDuplicates(c *rowCtx, d *dupIndex) {
	ids := make([]string, 0)
	for id, rows := range d.rows {
		if len(rows) > 1 {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	f := Applicants.Field("id_number")
	col := c.l.cols["id_number"]
	for _, id := range ids {
		idx := d.rows[id]
		for _, i := range idx {
			a := &r.wb.Applicants[i]
			var others []string
			for _, j := range idx {
				if j != i {
					others = append(others, strconv.Itoa(r.wb.Applicants[j].Row))
				}
			}
			r.wb.Problems = append(r.wb.Problems, Problem{
				Severity: SevError, Code: "duplicate-id", Sheet: c.sheet,
				Cell: ColumnName(col) + strconv.Itoa(a.Row), Row: a.Row, Field: f.Key, Value: id,
				Msg: i18n.M("roster.read.duplicate-applicant", id, strings.Join(others, "、")),
			})
			a.Invalid = true
		}
	}
}

// memberDuplicates reports each identity number on two or more rows of
// the members roster (from its row from on): an error on each later row
// naming the first, and on the first row naming the second. The list's
// index by number finds them, so a roster of a million rows needs no map
// of its numbers.
func (r *reader) memberDuplicates(c *rowCtx, from int) {
	f := Members.Field("id_number")
	col := c.l.cols["id_number"]
	ms := &r.wb.Members
	add := func(i int, m Member, other int) {
		r.wb.Problems = append(r.wb.Problems, Problem{
			Severity: SevError, Code: "duplicate-id", Sheet: c.sheet,
			Cell: ColumnName(col) + strconv.Itoa(m.Row), Row: m.Row, Field: f.Key, Value: m.IDNumber,
			Msg: i18n.M("roster.read.duplicate-member", m.IDNumber, other),
		})
		ms.SetInvalid(i)
	}
	ms.duplicates(func(rows []int) {
		for len(rows) > 0 && rows[0] < from {
			rows = rows[1:]
		}
		if len(rows) < 2 {
			return
		}
		first, second := ms.At(rows[0]), ms.At(rows[1])
		add(rows[0], first, second.Row)
		for _, i := range rows[1:] {
			add(i, ms.At(i), first.Row)
		}
	})
}

// townshipDuplicate reports a township named again on the 党员人数 sheet:
// an error on the later row naming the first, and (once) on the first
// row naming the later one. Rows of one township are not added up in
// silence: a row stored twice would double its members and the quota.
func (r *reader) townshipDuplicate(c *rowCtx, first, later int, reported map[int]bool) {
	f := MemberCounts.Field("township")
	col := c.l.cols["township"]
	town := strings.TrimSpace(c.get("township").text)
	add := func(row, other int) {
		r.wb.Problems = append(r.wb.Problems, Problem{
			Severity: SevError, Code: "duplicate-township", Sheet: c.sheet,
			Cell: ColumnName(col) + strconv.Itoa(row), Row: row, Field: f.Key, Value: town,
			Msg: i18n.M("roster.read.duplicate-township", town, other),
		})
	}
	if !reported[first] {
		reported[first] = true
		add(first, later)
	}
	add(later, first)
}

// rowsDuplicated reports each row number stored twice in the sheet: an
// error at the row, which was read once (as first stored). A record read
// from such a row is invalid: which copy the clerk meant cannot be told.
func (r *reader) rowsDuplicated(s *Sheet, info *SheetInfo, rows []int) {
	for _, n := range rows {
		r.wb.Problems = append(r.wb.Problems, Problem{
			Severity: SevError, Code: "row-duplicated", Sheet: info.Name, Row: n,
			Msg: i18n.M("roster.read.row-duplicated", n),
		})
		switch s.Key {
		case Members.Key:
			ms := &r.wb.Members
			if i := sort.Search(ms.Len(), func(i int) bool { return ms.At(i).Row >= n }); i < ms.Len() && ms.At(i).Row == n {
				ms.SetInvalid(i)
			}
		case Applicants.Key:
			for i := range r.wb.Applicants {
				if a := &r.wb.Applicants[i]; a.Sheet == info && a.Row == n {
					a.Invalid = true
				}
			}
		}
	}
}

// reserve makes room for the records of a sheet of which rows rows
// were read, done of its part.
func (r *reader) reserve(s *Sheet, rows int, done float64) {
	if done <= 0 || done >= 1 {
		return
	}
	n := int(float64(rows)/done*1.03) + 64
	switch s.Key {
	case Members.Key:
		r.wb.Members.grow(n)
	case Applicants.Key:
		r.wb.Applicants = slices.Grow(r.wb.Applicants, n-len(r.wb.Applicants))
	}
}

// readMark is how far the workbook was read, to roll a sheet back.
type readMark struct{ members, counts, applicants, funds, problems int }

func (r *reader) mark() readMark {
	w := r.wb
	return readMark{w.Members.Len(), len(w.Counts), len(w.Applicants), len(w.Funds), len(w.Problems)}
}

// rollback forgets what was read after m.
func (r *reader) rollback(m readMark) {
	w := r.wb
	w.Members.truncate(m.members)
	w.Counts, w.Applicants, w.Funds, w.Problems = w.Counts[:m.counts], w.Applicants[:m.applicants], w.Funds[:m.funds], w.Problems[:m.problems]
}

// mergesBelow reports whether a merged range starts below the header.
func mergesBelow(ms []mergeRange, header int) bool {
	for _, m := range ms {
		if m.r1 > header {
			return true
		}
	}
	return false
}
