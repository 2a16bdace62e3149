package roster

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"relief/i18n"
	"relief/money"
)

// notFields warns about each unknown column whose header looks like a
// field of s but names something else (column-ignored, on the header
// cell): the column is kept and ignored, and the message says what it is
// not.
func (r *reader) notFields(s *Sheet, info *SheetInfo, l layout) {
	for i, t := range l.unknown {
		key, ok := notFields[s.Key][normalizeHeader(t)]
		if !ok || i >= len(l.unknownAt) {
			continue
		}
		col, row := l.unknownAt[i][0], l.unknownAt[i][1]
		r.wb.Problems = append(r.wb.Problems, Problem{
			Severity: SevWarning, Code: "column-ignored", Sheet: info.Name, Cell: ColumnName(col) + strconv.Itoa(row), Row: row,
			Value: t, Msg: i18n.M(key, t),
		})
	}
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

// value is one field of a row, read.
type value struct {
	col  int    // 0 when the sheet has no such column
	raw  string // the cell as stored
	num  bool   // the cell is a number cell (a date: its serial)
	set  bool   // the cell is not blank
	ok   bool   // set, and read without an error
	text string // Text, Name, IDNumber, Choice
	day  Day
	n    int
	amt  money.Amount
	list []string
	// unclear: a List with Other holds text that cannot be read with
	// confidence (parseConduct).
	unclear bool
}

// shown is the value as a problem shows it: a date read from a date cell
// as the date (2026-09-05), not the serial number the cell stores;
// anything else as stored.
func (v value) shown() string {
	if v.num && !v.day.IsZero() {
		return v.day.String()
	}
	return v.raw
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

// errorCells returns the A1 references of the row's cells that could not
// be read (an error on the cell, or a required cell left blank), in the
// order of the fields.
func (c *rowCtx) errorCells() []string {
	var out []string
	for i := range c.s.Fields {
		v := &c.vals[i]
		if v.col > 0 && (v.set && !v.ok || !v.set && c.s.Fields[i].Required) {
			out = append(out, c.cell(v.col))
		}
	}
	return out
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
	if sev == SevError && (f == nil || !f.Record) {
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
	v := value{col: col, raw: cell.Value, num: cell.Numeric}
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
	if cell.Error || IsErrorValue(cell.Value) {
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
		if f.Other != "" {
			v.list, v.unclear = parseConduct(cell.Value)
			break
		}
		var is *issue
		v.list, is = parseList(cell.Value, f)
		one(is)
	case Date, MonthDate:
		var is *issue
		v.day, is = parseDay(cell.Value, cell.Numeric, c.r.date1904, f.Kind == MonthDate)
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
	case Account:
		var is *issue
		v.text, is = parseAccount(cell.Value, cell.Numeric)
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
		c.add(SevWarning, "date-future", f, col, v.shown(),
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
		c.add(SevWarning, "date-order", c.s.Field("join_date"), join.col, join.shown(),
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
		ConductUnclear: c.get("misconduct").unclear,
		Exclusion:      c.get("exclusion").list,
		OutOfPoverty:   c.get("out_of_poverty").text == Yes,
		MeetingOn:      c.get("meeting_on").day,
		SurveyedOn:     c.get("surveyed_on").day,
		ReviewedOn:     c.get("reviewed_on").day,
		ApprovedOn:     c.get("approved_on").day,
		NoticedOn:      c.get("noticed_on").day,
		Objection:      c.get("objection").text,
		Notes:          c.get("notes").text,
		PaymentMethod:  c.get("payment_method").text,
		Account:        c.get("account").text,
		PaidOn:         c.get("paid_on").day,
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
	if v := c.get("paid_amount"); v.ok {
		amt := v.amt
		a.PaidAmount = &amt
	}
	a.Votes = c.votes()

	applied := c.get("applied_on")
	if applied.ok {
		for _, key := range []string{"surveyed_on", "meeting_on", "reviewed_on", "approved_on", "noticed_on"} {
			if v := c.get(key); v.ok && v.day.Before(applied.day) {
				f := c.s.Field(key)
				c.add(SevWarning, "date-order", f, v.col, v.shown(),
					i18n.M("roster.read.date-before-applied", f.Header, v.day.String(), applied.day.String()))
			}
		}
	}
	if meet, appr := c.get("meeting_on"), c.get("approved_on"); meet.ok && appr.ok && appr.day.Before(meet.day) {
		c.add(SevWarning, "date-order", c.s.Field("approved_on"), appr.col, appr.shown(),
			i18n.M("roster.read.date-approved-before-meeting", appr.day.String(), meet.day.String()))
	}
	if appr, notice := c.get("approved_on"), c.get("noticed_on"); appr.ok && notice.ok && notice.day.Before(appr.day) {
		c.add(SevWarning, "date-order", c.s.Field("noticed_on"), notice.col, notice.raw,
			i18n.M("roster.read.date-noticed-before-approved", notice.day.String(), appr.day.String()))
	}

	a.Raw = make([]string, len(c.cells))
	for i, cell := range c.cells {
		a.Raw[i] = cell.Value
	}
	a.Invalid = c.invalid
	return a
}

// votes reads the assembly's figures and checks them for what cannot
// happen (errors, votes-inconsistent): a negative count, more present than
// entitled to vote, more votes than present (or, with 实到 blank, than
// entitled to vote); and, a warning (votes-incomplete), fewer votes than
// members present when all three counts are given.
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
			v.Inconsistent = true
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
		v.Inconsistent = true
		return v // the figures contradict each other: nothing more to say of them
	}
	if v.For == nil && v.Against == nil && v.Abstain == nil {
		return v
	}
	sum := 0
	for _, n := range []*int{v.For, v.Against, v.Abstain} {
		if n != nil {
			sum += *n
		}
	}
	key := "votes_for"
	if v.For == nil {
		key = "votes_against"
		if v.Against == nil {
			key = "abstentions"
		}
	}
	x := c.get(key)
	switch {
	case v.Present != nil && sum > *v.Present:
		c.add(SevError, "votes-inconsistent", c.s.Field(key), x.col, x.raw,
			i18n.M("roster.read.votes-sum", sum, *v.Present))
		v.Inconsistent = true
	case v.Present == nil && v.Voters != nil && sum > *v.Voters:
		c.add(SevError, "votes-inconsistent", c.s.Field(key), x.col, x.raw,
			i18n.M("roster.read.votes-sum-voters", sum, *v.Voters))
		v.Inconsistent = true
	case !v.Inconsistent && v.Present != nil && v.For != nil && v.Against != nil && v.Abstain != nil && sum < *v.Present:
		// Someone present did not vote, or a figure was mistyped: the
		// rate may then rest on the wrong base.
		p := c.get("present")
		c.add(SevWarning, "votes-incomplete", c.s.Field("present"), p.col, p.raw,
			i18n.M("roster.read.votes-incomplete", *v.For, *v.Against, *v.Abstain, sum, *v.Present, *v.Present-sum))
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
				Msg: i18n.M("roster.read.duplicate-applicant", id, i18n.List(others)),
			})
			a.Invalid = true
		}
	}
}
