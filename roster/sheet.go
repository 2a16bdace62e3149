package roster

import (
	"errors"
	"slices"
	"sort"
	"strconv"
	"strings"

	"relief/i18n"
)

// Reading a sheet: its rows through the sheet's rowSource, read again
// when its merged ranges (listed after the rows) lie below the header or
// its rows turn out to be stored out of order; what only the whole sheet
// tells (identity numbers and townships given twice, rows stored twice).
// What each row means is validate.go's.

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
			Msg: i18n.M("roster.read.header-missing", f.Header, i18n.List(names)),
		})
	}
	if l.last == 0 { // no header row at all: nothing can be read
		return nil
	}
	r.notFields(s, info, l)
	if s.Key == Funds.Key && !headerOK {
		return nil // a fund without a source or an amount is no fund
	}

	// Merged ranges follow the rows in the part: read the rows as stored,
	// and again with the ranges applied when some lie below the header.
	// A sheet found out of order is read again sorted.
	var merges []mergeRange
	for {
		mark := r.mark()
		r.onRows = r.onRows[:0]
		found, err := r.readRows(s, fd, info, headerOK, merges)
		switch {
		case errors.Is(err, errOutOfOrder) && r.f.markDisorder(fd.ref.Index):
			r.rollback(mark)
			continue
		case err != nil:
			r.rollback(mark)
			return err
		case merges == nil && mergesBelow(found, l.last):
			r.rollback(mark)
			merges = found
			continue
		}
		// The rows of the pass kept go to Options.OnRow (relief merge).
		for _, d := range r.onRows {
			r.opt.OnRow(d)
		}
		r.onRows = nil
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
		if r.opt.OnRow != nil {
			r.onRows = append(r.onRows, dataRow(r.wb.Path, s, info, num, cells, r.date1904))
		}
		rc.start(num, cells)
		rc.invalid = rc.invalid || !headerOK
		switch s.Key {
		case Members.Key:
			r.wb.Members.add(rc.member(), rc.get("id_number").ok)
		case MemberCounts.Key:
			c := rc.count()
			c.Sheet = info
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
