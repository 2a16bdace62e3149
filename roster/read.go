package roster

import (
	"errors"
	"sort"

	"relief/i18n"
)

// Options tune how a workbook is read.
type Options struct {
	Password string // for an encrypted workbook
	AsOf     Day    // dates after this day are warned about (zero: not checked)

	// Members is the file the members roster (or the 党员人数 sheet) is
	// read from, in a run over several files (ReadAll); "" reads it from
	// the inputs.
	Members string
	// KeepGoing makes ReadAll report a file it cannot read as a
	// file-unreadable problem and read the others, instead of failing.
	KeepGoing bool
	// Sheet names the sheet of the schema (救助申报, 党员名册 …) that a
	// single CSV file holds; "" finds it by the file's name or header.
	Sheet string
	// OnRow, when set, is called with every record of every sheet read,
	// its cells as stored (relief merge copies them).
	OnRow func(DataRow)
	// Progress, when set, is told how far reading has come: the sheet
	// being read and the row reached, every few thousand rows, and once
	// with sheet "" when reading ends. It runs on the reading goroutine
	// and must return quickly.
	Progress func(sheet string, row int)
}

// Read reads the workbook at path. Bad input that stops reading altogether
// (no such file, not a workbook, no applicants sheet …) is returned as an
// *i18n.Error; problems inside the sheets are in Workbook.Problems.
//
// Each sheet of Sheets is found by its name, or failing that by its header
// row. The applicants sheet is required; a members roster or a 党员人数
// sheet should be there (a sheet-missing warning when neither is), and
// the funds sheet is optional. The input file is never written.
//
// What Read reports besides the value parsers' problems:
//   - header-missing (error, Row = the header row, no Cell): a required
//     column is not in the header. It is reported once, not on every row;
//     every row of that sheet is Invalid. This is a report, not a failure
//     to run, even for the applicants' 姓名 or 身份证号码.
//   - missing-required (error): a required cell is blank.
//   - gender-mismatch (warning, on the 性别 cell): the gender differs from
//     the identity number's; an empty gender is taken from the number.
//   - date-future (warning): a date after Options.AsOf.
//   - date-order (warning): a step of the procedure (survey, assembly,
//     review, approval, notice) before the application, the approval
//     before the assembly, or the notice before the approval; a member's
//     joining before his birth.
//   - votes-inconsistent (error): a negative count, more present than
//     entitled to vote, more votes than present (than entitled to vote
//     when 实到 is blank).
//   - votes-incomplete (warning, on the 实到 cell): for + against +
//     abstain, all given, add up to fewer than present.
//   - column-ignored (warning, on the header cell): a column whose header
//     looks like a field but names something else (是否脱贫户, see
//     notFields); it is kept as an unknown column.
//   - duplicate-id (error): an identity number on two applicant rows is
//     reported on each of them; twice in the members roster, on each of
//     the rows too (the first one once), keeping only a map of numbers.
//   - sheet-missing (warning): neither a members nor a counts sheet.
//   - sheet-ignored (warning): a visible sheet left unread that looks
//     like a sheet found elsewhere, by its name (救助申报 (2) beside
//     救助申报) or its header: its rows are not read.
func Read(path string, opt Options) (*Workbook, error) {
	return ReadAll([]string{path}, opt)
}

// fileRole is what a file is read for.
type fileRole int

const (
	roleWorkbook fileRole = iota // the one input of a run: an applicants sheet is required
	roleInput                    // one of several inputs: any sheet of the schema
	roleMembers                  // the --members file: its roster or 党员人数 sheet only
)

// readFile reads one input file into a workbook of its own. With
// noMembers its members roster and 党员人数 sheet are found but not read
// (--members gives them).
func readFile(path string, opt Options, role fileRole, noMembers bool) (*Workbook, error) {
	f, err := openBook(path, opt)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := &reader{
		f:        f,
		opt:      opt,
		wb:       &Workbook{Path: path, Sheets: map[string]*SheetInfo{}},
		date1904: f.uses1904(),
		progress: progress{fn: opt.Progress},
	}
	found, err := r.locate()
	if err != nil {
		return nil, err
	}
	names := func() i18n.List {
		var ns []string
		for _, s := range f.sheetList() {
			ns = append(ns, s.Name)
		}
		return i18n.List(ns)
	}
	hasMembers := found[Members.Key] != nil || found[MemberCounts.Key] != nil
	switch {
	case role == roleWorkbook && found[Applicants.Key] == nil:
		return nil, i18n.Errorf("roster.read.no-applicants", path, names())
	case role == roleInput && len(found) == 0:
		return nil, i18n.Errorf("roster.files.nothing", path, names())
	case role == roleMembers && !hasMembers:
		return nil, i18n.Errorf("roster.files.no-roster", path, names())
	}
	r.ignored(found)
	for _, s := range Sheets {
		fd := found[s.Key]
		isMembers := s.Key == Members.Key || s.Key == MemberCounts.Key
		if fd == nil || noMembers && isMembers || role == roleMembers && !isMembers {
			continue
		}
		err := fd.err
		if err == nil {
			err = r.readSheet(s, fd)
		}
		if err != nil {
			if !optional(s) {
				return nil, sheetDamaged(path, fd.ref.Name, err)
			}
			// An optional sheet that cannot be read whole is an error
			// that blocks the amounts (budget.InputErrors), never an
			// empty sheet in silence.
			if r.wb.Sheets[s.Key] == nil { // damaged in its first rows: no layout
				r.wb.Sheets[s.Key] = &SheetInfo{File: path, Name: fd.ref.Name, Columns: map[string]int{}}
			}
			r.wb.HasFunds = r.wb.HasFunds || s.Key == Funds.Key
			r.wb.Problems = append(r.wb.Problems, Problem{
				Severity: SevError, Code: "sheet-damaged", Sheet: fd.ref.Name,
				Msg: i18n.M("roster.read.sheet-damaged", fd.ref.Name),
			})
		}
	}
	if fd := found[Applicants.Key]; role == roleMembers && fd != nil && fd.l.content {
		r.wb.Problems = append(r.wb.Problems, Problem{
			Severity: SevWarning, Code: "sheet-ignored", Sheet: fd.ref.Name,
			Msg: i18n.M("roster.files.members-applicants", fd.ref.Name),
		})
	}
	r.wb.order = r.sheetOrder()
	sortProblems(r.wb.Problems, r.wb.order)
	for i := range r.wb.Problems {
		if r.wb.Problems[i].File == "" {
			r.wb.Problems[i].File = path
		}
	}
	return r.wb, nil
}

// reader holds the state of reading one file.
type reader struct {
	f        book
	opt      Options
	wb       *Workbook
	date1904 bool
	progress progress
	onRows   []DataRow // the rows of the sheet being read, for Options.OnRow once the pass is kept
}

// progress calls Options.Progress every progressEvery rows.
type progress struct {
	fn func(sheet string, row int)
	n  int
}

const progressEvery = 4096

func (p *progress) row(sheet string, num int) {
	if p.fn == nil {
		return
	}
	if p.n++; p.n%progressEvery == 0 {
		p.fn(sheet, num)
	}
}

// foundSheet is a sheet of the workbook taken for a sheet of the schema.
type foundSheet struct {
	ref    sheetRef
	l      layout
	byName bool
	err    error // an optional sheet, found by name, whose top rows cannot be read
}

// optional reports whether a sheet of the schema may be missing: a
// damaged one is then an error problem rather than a failure to run.
func optional(s *Sheet) bool { return s.Key == Funds.Key || s.Key == MemberCounts.Key }

// probe reads the top rows of a sheet (sorted by number when they are
// not stored in order).
func (r *reader) probe(ref sheetRef) ([]textRow, error) {
	src, err := r.f.rows(ref, false)
	if err != nil {
		return nil, err
	}
	rows, err := probe(src)
	src.Close()
	if errors.Is(err, errOutOfOrder) && r.f.markDisorder(ref.Index) {
		return r.probe(ref)
	}
	return rows, err
}

// locate finds the workbook's sheet for each sheet of the schema: first
// among the visible sheets, by name (救助申报 before a copy such as
// 救助申报 (2) or 救助申报（旧）, whatever their order) and then, for the
// sheets still missing, by header; only then among the hidden ones (an old copy kept
// hidden, such as 救助申报（旧）, never hides the sheet in use, whatever it
// is called). A 党员人数 sheet is looked for by header only when there is
// no members roster, since a summary sheet with 苏木镇 and 党员人数 columns
// is common beside a roster. An optional sheet found by name but entirely
// empty counts as absent.
func (r *reader) locate() (map[string]*foundSheet, error) {
	found := map[string]*foundSheet{}
	taken := map[int]bool{}
	probes := map[int][]textRow{}
	rowsOf := func(ref sheetRef) ([]textRow, error) {
		if rows, ok := probes[ref.Index]; ok {
			return rows, nil
		}
		rows, err := r.probe(ref)
		if err != nil {
			return nil, &sheetError{ref.Name, err}
		}
		probes[ref.Index] = rows
		return rows, nil
	}
	byName := func(hidden, noted bool) error {
		for _, ref := range r.f.sheetList() {
			if ref.Hidden != hidden || taken[ref.Index] || hasBracketNote(ref.Name) != noted {
				continue
			}
			s := matchSheetName(ref.Name)
			if s == nil || found[s.Key] != nil {
				continue
			}
			rows, err := rowsOf(ref)
			if err != nil && optional(s) {
				found[s.Key] = &foundSheet{ref: ref, byName: true, err: err}
				taken[ref.Index] = true
				continue
			}
			if err != nil {
				return err
			}
			l := findHeader(s, rows)
			if !l.content && s.Key != Applicants.Key {
				continue
			}
			found[s.Key] = &foundSheet{ref: ref, l: l, byName: true}
			taken[ref.Index] = true
		}
		return nil
	}
	byHeader := func(hidden bool, kinds []*Sheet) error {
		type cand struct {
			ref         sheetRef
			s           *Sheet
			l           layout
			distinctive int
		}
		var cands []cand
		for _, s := range kinds {
			if found[s.Key] != nil {
				continue
			}
			for _, ref := range r.f.sheetList() {
				if ref.Hidden != hidden || taken[ref.Index] {
					continue
				}
				rows, err := rowsOf(ref)
				if err != nil {
					return err
				}
				l := findHeader(s, rows)
				d := distinctiveHits(s, l)
				if l.hits >= minHeaderHits(s) && d > 0 {
					cands = append(cands, cand{ref, s, l, d})
				}
			}
		}
		sort.SliceStable(cands, func(i, j int) bool {
			a, b := cands[i], cands[j]
			if a.l.hits != b.l.hits {
				return a.l.hits > b.l.hits
			}
			if a.distinctive != b.distinctive {
				return a.distinctive > b.distinctive
			}
			return a.ref.Index < b.ref.Index
		})
		for _, c := range cands {
			if found[c.s.Key] != nil || taken[c.ref.Index] {
				continue
			}
			found[c.s.Key] = &foundSheet{ref: c.ref, l: c.l}
			taken[c.ref.Index] = true
		}
		return nil
	}
	fail := func(err error) (map[string]*foundSheet, error) {
		var se *sheetError
		if errors.As(err, &se) {
			return nil, sheetDamaged(r.wb.Path, se.sheet, se.err)
		}
		return nil, err
	}
	for _, hidden := range []bool{false, true} {
		for _, noted := range []bool{false, true} {
			if err := byName(hidden, noted); err != nil {
				return fail(err)
			}
		}
		if err := byHeader(hidden, []*Sheet{&Members, &Applicants, &Funds}); err != nil {
			return fail(err)
		}
	}
	if found[Members.Key] == nil {
		for _, hidden := range []bool{false, true} {
			if err := byHeader(hidden, []*Sheet{&MemberCounts}); err != nil {
				return fail(err)
			}
		}
	}
	return found, nil
}

// sheetError is an error reading a sheet's top rows.
type sheetError struct {
	sheet string
	err   error
}

func (e *sheetError) Error() string { return e.sheet + ": " + e.err.Error() }
func (e *sheetError) Unwrap() error { return e.err }

// hasBracketNote reports whether a sheet name has a bracketed part, as
// the copies Excel and clerks make have: 救助申报 (2), 救助申报（旧）.
func hasBracketNote(name string) bool {
	f := foldForm(name)
	return stripBracketNotes(f) != f
}

// ignored warns about each visible, non-empty sheet left unread that
// looks like a sheet read from elsewhere in the workbook: by its name
// (救助申报 (2) beside 救助申报), or by a header that would qualify it as
// the applicants or the members sheet (rows split over a sheet per
// township). Only one sheet of each kind is read, and such rows would
// otherwise be lost without a word.
func (r *reader) ignored(found map[string]*foundSheet) {
	taken := map[int]bool{}
	for _, fd := range found {
		taken[fd.ref.Index] = true
	}
	for _, ref := range r.f.sheetList() {
		if ref.Hidden || taken[ref.Index] {
			continue
		}
		rows, err := r.probe(ref)
		if err != nil || len(rows) == 0 {
			continue // unreadable sheets are not read anyway; empty ones lose nothing
		}
		kind := matchSheetName(ref.Name)
		if kind == nil || found[kind.Key] == nil {
			kind = nil
			for _, s := range []*Sheet{&Applicants, &Members} {
				if l := findHeader(s, rows); found[s.Key] != nil && l.hits >= minHeaderHits(s) && distinctiveHits(s, l) > 0 {
					kind = s
					break
				}
			}
		}
		if kind == nil {
			continue
		}
		r.wb.Problems = append(r.wb.Problems, Problem{
			Severity: SevWarning, Code: "sheet-ignored", Sheet: ref.Name,
			Msg: i18n.M("roster.read.sheet-ignored", ref.Name, kind.Name, found[kind.Key].ref.Name),
		})
	}
}

// minHeaderHits is how many fields a header row must name for a sheet to
// be taken for s by its header alone.
func minHeaderHits(s *Sheet) int {
	n := 0
	for _, f := range s.Fields {
		if f.Required {
			n++
		}
	}
	return max(2, n-1)
}

// distinctiveHits counts the fields named by l that no other sheet of the
// schema has: a members roster also names 姓名 and 身份证号码, so only
// 申报日期 and the like say a sheet holds applicants.
func distinctiveHits(s *Sheet, l layout) int {
	n := 0
	for key := range l.cols {
		shared := false
		for _, o := range Sheets {
			if o != s && o.Field(key) != nil {
				shared = true
			}
		}
		if !shared {
			n++
		}
	}
	return n
}

// sheetOrder maps each sheet's name to its place in the tab order.
func (r *reader) sheetOrder() map[string]int {
	order := map[string]int{}
	for _, s := range r.f.sheetList() {
		if _, dup := order[s.Name]; !dup {
			order[s.Name] = s.Index
		}
	}
	return order
}

// sortProblems orders the problems of one file by sheet (order gives the
// tab order; problems about a missing sheet first), then row, then column.
func sortProblems(ps []Problem, order map[string]int) {
	type keyed struct {
		sheet, row, col int
		p               Problem
	}
	ks := make([]keyed, len(ps))
	for i, p := range ps {
		si, ok := order[p.Sheet]
		if !ok {
			si = -1
		}
		col, _ := refColumn(p.Cell)
		ks[i] = keyed{si, p.Row, col, p}
	}
	sort.SliceStable(ks, func(i, j int) bool {
		a, b := ks[i], ks[j]
		if a.sheet != b.sheet {
			return a.sheet < b.sheet
		}
		if a.row != b.row {
			return a.row < b.row
		}
		return a.col < b.col
	})
	for i := range ks {
		ps[i] = ks[i].p
	}
}
