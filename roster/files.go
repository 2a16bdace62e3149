package roster

// A run over several files. A banner decides over every township's
// workbook at once: each file is read on its own (a workbook, or a CSV
// file as one sheet), then the files are put together into one Workbook
// (one roster, one list of applicants, one fund), and what only shows
// across files is checked: the same identity number in two files, a
// member in two townships' rosters, member counts given partly by
// rosters and partly by 党员人数 sheets, a fund given in several files.

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"relief/i18n"
)

// FileInfo is one file of a run.
type FileInfo struct {
	Path       string                // as the user named it (a folder's files: folder/name)
	Sheets     map[string]*SheetInfo // the sheets found in it, by Sheet.Key
	Members    bool                  // the --members file
	Unreadable bool                  // it could not be read (--keep-going): its file-unreadable problem says why
}

// RawCell is one cell of a record as stored, before the schema gives it
// meaning.
type RawCell struct {
	Value   string // as stored: text as written, a number as stored ("45123"), an error value (#N/A)
	Numeric bool   // a number cell (dates are numbers too)
	Error   bool   // an error value
}

// DataRow is one record of a sheet, as Options.OnRow receives it.
type DataRow struct {
	File     string     // the file it was read from
	Sheet    *Sheet     // which sheet of the schema it belongs to
	Info     *SheetInfo // where it was found, and its columns
	Row      int        // its row number in the sheet
	Cells    []RawCell  // by column (index 0 is column A); valid during the call only
	Date1904 bool       // the workbook counts date serials from 1904
}

func dataRow(file string, s *Sheet, info *SheetInfo, num int, cells []rawCell, date1904 bool) DataRow {
	out := make([]RawCell, len(cells))
	for i, c := range cells {
		out[i] = RawCell{Value: c.Value, Numeric: c.Numeric, Error: c.Error}
		if c.Uncached {
			out[i].Value = ""
		}
	}
	return DataRow{File: file, Sheet: s, Info: info, Row: num, Cells: out, Date1904: date1904}
}

// LookupSheet returns the sheet of the schema that name names (救助申报,
// 党员名册, an alias or a key, written in any of the ways a sheet name is
// recognised), or nil.
func LookupSheet(name string) *Sheet { return matchSheetName(name) }

// SheetNames lists the canonical names of the schema's sheets.
func SheetNames() []string {
	var ns []string
	for _, s := range Sheets {
		ns = append(ns, s.Name)
	}
	return ns
}

// ExpandInputs turns the files and folders named on the command line into
// the files to read, and lists the folders. A folder stands for every
// .xlsx and .csv file directly in it, sorted by name, leaving out
// Excel's and WPS's lock files (~$name.xlsx, .~name.xlsx) and hidden
// files. A file named twice (or by a folder and by name) is read once.
// Files are not checked here: the reader says what is wrong with each.
func ExpandInputs(args []string) (files, folders []string, err error) {
	if len(args) == 0 {
		return nil, nil, i18n.Errorf("roster.files.none")
	}
	var seen []os.FileInfo
	seenPath := map[string]bool{}
	add := func(p string) {
		if st, err := os.Stat(p); err == nil {
			for _, s := range seen {
				if os.SameFile(s, st) {
					return
				}
			}
			seen = append(seen, st)
		} else {
			c := filepath.Clean(p)
			if seenPath[c] {
				return
			}
			seenPath[c] = true
		}
		files = append(files, p)
	}
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			add(a)
			continue
		}
		folders = append(folders, a)
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, nil, &i18n.Error{Msg: i18n.M("roster.files.folder-unreadable", a), Err: err}
		}
		n := 0
		for _, e := range entries {
			name := e.Name()
			if !InputName(name) {
				continue
			}
			p := filepath.Join(a, name)
			if st, err := os.Stat(p); err != nil || !st.Mode().IsRegular() {
				continue
			}
			add(p)
			n++
		}
		if n == 0 {
			return nil, nil, i18n.Errorf("roster.files.empty-folder", a)
		}
	}
	return files, folders, nil
}

// InputName reports whether a file of a folder named on the command line
// is read: an .xlsx or .csv file that is neither hidden nor a lock file.
func InputName(name string) bool {
	if strings.HasPrefix(name, "~$") || strings.HasPrefix(name, ".") {
		return false
	}
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".xlsx" || ext == ".csv"
}

// ReadAll reads every file of a run into one Workbook: the applicants of
// all of them (each pointing at its own file and sheet), one members
// roster, the 党员人数 rows and the fund's rows. Every problem names its
// file. A file that cannot be read stops the run with an *i18n.Error
// naming it, unless opt.KeepGoing: then it is a file-unreadable error and
// the other files are read. With one file, ReadAll is Read.
//
// opt.Members names the file the roster (or the 党员人数 sheet) is read
// from; the inputs' own rosters and 党员人数 sheets are then not read.
// Without it, every file's roster is read, and at least one of them should
// have one (a sheet-missing warning otherwise).
//
// Besides what Read reports in each file, across files:
//   - duplicate-id (error): an identity number on applicant rows of two
//     files, on each row, naming the other file, sheet and row; a member
//     in the rosters of two files likewise (a member belongs to one
//     branch).
//   - members-mixed (error, on a 党员人数 sheet): some files give the
//     members by roster and this one by counts only, so the quota cannot
//     be computed one way for all.
//   - funds-several-files (error, on a 资金来源 sheet): the fund is the
//     banner's, given once; a second file's sheet would count it twice.
//
// And, over the run: township-spelling (warning), a township written two
// ways on the members roster (or the 党员人数 sheet), on the first row of
// each spelling but the one the run uses (see townships.go).
func ReadAll(paths []string, opt Options) (*Workbook, error) {
	if opt.Progress != nil {
		defer opt.Progress("", 0)
	}
	if len(paths) == 0 {
		return nil, i18n.Errorf("roster.files.none")
	}
	if opt.Sheet != "" {
		if LookupSheet(opt.Sheet) == nil {
			return nil, i18n.Errorf("roster.files.bad-sheet", opt.Sheet, strings.Join(SheetNames(), "、"))
		}
		csvs := 0
		for _, p := range paths {
			if IsCSV(p) {
				csvs++
			}
		}
		if csvs != 1 {
			return nil, i18n.Errorf("roster.files.sheet-one-csv", csvs)
		}
	}
	membersAt := -1
	if opt.Members != "" {
		if ms, err := os.Stat(opt.Members); err == nil {
			for i, p := range paths {
				if st, err := os.Stat(p); err == nil && os.SameFile(ms, st) {
					membersAt = i
				}
			}
		}
	}
	role := roleInput
	if len(paths) == 1 {
		role = roleWorkbook
	}
	var parts []*Workbook
	var infos []*FileInfo
	var firstErr error
	for i, p := range paths {
		part, err := readFile(p, opt, role, opt.Members != "" && i != membersAt)
		if err != nil {
			if !opt.KeepGoing {
				return nil, err
			}
			if firstErr == nil {
				firstErr = err
			}
			part = unreadable(p, err)
		}
		parts = append(parts, part)
		infos = append(infos, &FileInfo{Path: p, Sheets: part.Sheets, Members: i == membersAt, Unreadable: err != nil})
	}
	if opt.Members != "" && membersAt < 0 {
		mopt := opt
		mopt.Sheet = ""
		part, err := readFile(opt.Members, mopt, roleMembers, false)
		if err != nil && IsCSV(opt.Members) && hasKey(err, "roster.files.no-roster") {
			// A CSV file given as the roster whose header says nothing
			// more than an applicants sheet's (姓名, 身份证号码 …) is
			// the roster it was given as.
			mopt.Sheet = Members.Name
			part, err = readFile(opt.Members, mopt, roleMembers, false)
		}
		if err != nil {
			return nil, err // the quota rests on it: never skipped
		}
		parts = append(parts, part)
		infos = append(infos, &FileInfo{Path: opt.Members, Sheets: part.Sheets, Members: true})
	}

	applicants, readable := false, false
	for i, part := range parts {
		readable = readable || !infos[i].Unreadable
		applicants = applicants || !infos[i].Unreadable && part.Sheets[Applicants.Key] != nil
	}
	if !applicants {
		if !readable {
			return nil, firstErr
		}
		names := make([]string, len(paths))
		for i, p := range paths {
			names[i] = filepath.Base(p)
		}
		return nil, i18n.Errorf("roster.files.no-applicants", strings.Join(names, "、"))
	}

	wb := combine(parts, infos)
	var run []Problem // about the run, not one file
	if !wb.HasRoster && len(wb.Counts) == 0 && !hasSheet(parts, MemberCounts.Key) {
		p := Problem{Severity: SevWarning, Code: "sheet-missing", Sheet: Members.Name, Msg: i18n.M("roster.read.no-members")}
		if len(parts) == 1 {
			p.File = parts[0].Path
			parts[0].Problems = append(parts[0].Problems, p)
		} else {
			run = append(run, p)
		}
	}
	if len(parts) > 1 {
		crossDuplicates(wb, parts)
		crossMembers(wb, parts)
		mixedMembers(parts, infos)
		severalFunds(parts)
	}
	towns, spellings := nameTownships(parts)
	wb.towns = towns
	for i, ps := range spellings {
		parts[i].Problems = append(parts[i].Problems, ps...)
	}
	all := run
	for _, part := range parts {
		sortProblems(part.Problems, part.order)
		all = append(all, part.Problems...)
	}
	wb.Problems = all
	return wb, nil
}

// unreadable is the part of a file that could not be read: its one
// problem says why.
func unreadable(path string, err error) *Workbook {
	msg := i18n.M("roster.open.damaged", path)
	var ie *i18n.Error
	if errors.As(err, &ie) {
		msg = ie.Msg
	}
	return &Workbook{Path: path, Sheets: map[string]*SheetInfo{}, Problems: []Problem{{
		Severity: SevError, Code: "file-unreadable", File: path, Msg: msg,
	}}}
}

func hasSheet(parts []*Workbook, key string) bool {
	for _, p := range parts {
		if p.Sheets[key] != nil {
			return true
		}
	}
	return false
}

// combine puts the files' workbooks together, in order. With one file,
// its workbook is the run's.
func combine(parts []*Workbook, infos []*FileInfo) *Workbook {
	if len(parts) == 1 {
		wb := parts[0]
		wb.Files = infos
		return wb
	}
	wb := &Workbook{Path: parts[0].Path, Sheets: map[string]*SheetInfo{}, Files: infos}
	for _, part := range parts {
		for _, s := range Sheets {
			if si := part.Sheets[s.Key]; si != nil && wb.Sheets[s.Key] == nil {
				wb.Sheets[s.Key] = si
			}
		}
		for _, m := range part.Members.All() {
			wb.Members.Append(m)
		}
		wb.HasRoster = wb.HasRoster || part.HasRoster
		wb.HasFunds = wb.HasFunds || part.HasFunds
		wb.Counts = append(wb.Counts, part.Counts...)
		wb.Applicants = append(wb.Applicants, part.Applicants...)
		wb.Funds = append(wb.Funds, part.Funds...)
	}
	return wb
}

// idReadable reports whether an identity number as kept on a row was read
// without an error (the rows whose number was not are not compared: their
// own problem says what to correct).
func idReadable(id string) bool {
	if id == "" {
		return false
	}
	_, issues := parseID(id, false)
	for _, is := range issues {
		if is.Sev == SevError {
			return false
		}
	}
	return true
}

// place is where a record was read: file, sheet and row.
type place struct {
	part int
	file string
	info *SheetInfo
	row  int
}

func (p place) sheet() string {
	if p.info == nil {
		return ""
	}
	return p.info.Name
}

func (p place) cell(field string) string {
	if p.info == nil {
		return ""
	}
	col, ok := p.info.Columns[field]
	if !ok {
		return ""
	}
	return ColumnName(col) + strconv.Itoa(p.row)
}

// crossDuplicates reports an identity number on applicant rows of two
// files: on each row, one problem per row of another file.
func crossDuplicates(wb *Workbook, parts []*Workbook) {
	type at struct {
		idx int
		p   place
	}
	byID := map[string][]at{}
	var ids []string
	i := 0
	for pi, part := range parts {
		for range part.Applicants {
			a := &wb.Applicants[i]
			if idReadable(a.IDNumber) {
				if _, ok := byID[a.IDNumber]; !ok {
					ids = append(ids, a.IDNumber)
				}
				byID[a.IDNumber] = append(byID[a.IDNumber], at{i, place{pi, part.Path, a.Sheet, a.Row}})
			}
			i++
		}
	}
	for _, id := range ids {
		rows := byID[id]
		for _, r := range rows {
			a := &wb.Applicants[r.idx]
			for _, o := range rows {
				if o.p.part == r.p.part {
					continue
				}
				pr := a.Problem(SevError, "duplicate-id", "id_number", id,
					i18n.M("roster.files.duplicate-applicant", id, o.p.file, o.p.sheet(), o.p.row))
				pr.File = r.p.file
				parts[r.p.part].Problems = append(parts[r.p.part].Problems, pr)
				a.Invalid = true
			}
		}
	}
}

// crossMembers reports a member on the rosters of two files: on the
// later row naming the first, and once on the first naming the later.
func crossMembers(wb *Workbook, parts []*Workbook) {
	type first struct {
		idx int
		p   place
		m   Member
	}
	firsts := map[string]first{}
	reported := map[int]bool{}
	add := func(idx int, p place, m Member, other place, om Member) {
		parts[p.part].Problems = append(parts[p.part].Problems, Problem{
			Severity: SevError, Code: "duplicate-id", File: p.file, Sheet: p.sheet(), Cell: p.cell("id_number"),
			Row: p.row, Field: "id_number", Value: m.IDNumber,
			Msg: i18n.M("roster.files.duplicate-member", m.IDNumber, other.file, other.sheet(), other.row, townshipOr(om.Township)),
		})
		wb.Members.SetInvalid(idx)
	}
	i := 0
	for pi, part := range parts {
		info := part.Sheets[Members.Key]
		for _, m := range part.Members.All() {
			if idReadable(m.IDNumber) {
				here := place{pi, part.Path, info, m.Row}
				f, ok := firsts[m.IDNumber]
				switch {
				case !ok:
					firsts[m.IDNumber] = first{i, here, m}
				case f.p.part != pi:
					if !reported[f.idx] {
						reported[f.idx] = true
						add(f.idx, f.p, f.m, here, m)
					}
					add(i, here, m, f.p, f.m)
				}
			}
			i++
		}
	}
}

// townshipOr names a township in a message, "" as 未填苏木镇.
func townshipOr(t string) string {
	if t = strings.TrimSpace(t); t != "" {
		return t
	}
	return i18n.M("budget.no-township").In(i18n.ZH)
}

// mixedMembers reports, on each file that gives its members by 党员人数
// only, that other files give theirs by roster: the quota counts the
// rosters' members when there is any roster, so these counts would be
// left out.
func mixedMembers(parts []*Workbook, infos []*FileInfo) {
	var rosterFile string
	for _, part := range parts {
		if part.HasRoster && part.Members.Len() > 0 {
			rosterFile = part.Path
			break
		}
	}
	if rosterFile == "" {
		return
	}
	for i, part := range parts {
		si := part.Sheets[MemberCounts.Key]
		if infos[i].Unreadable || part.HasRoster && part.Members.Len() > 0 || len(part.Counts) == 0 || si == nil {
			continue
		}
		part.Problems = append(part.Problems, Problem{
			Severity: SevError, Code: "members-mixed", File: part.Path, Sheet: si.Name, Row: si.HeaderRow, Field: "members",
			Msg: i18n.M("roster.files.members-mixed", part.Path, rosterFile),
		})
	}
}

// severalFunds reports each 资金来源 sheet with rows after the first
// file's: the fund is the banner's, and adding up copies of it would
// count it twice.
func severalFunds(parts []*Workbook) {
	first := ""
	for _, part := range parts {
		si := part.Sheets[Funds.Key]
		if len(part.Funds) == 0 || si == nil {
			continue
		}
		if first == "" {
			first = part.Path
			continue
		}
		part.Problems = append(part.Problems, Problem{
			Severity: SevError, Code: "funds-several-files", File: part.Path, Sheet: si.Name, Row: si.HeaderRow,
			Msg: i18n.M("roster.files.funds-several", part.Path, first),
		})
	}
}

// hasKey reports whether err is the catalogue message key.
func hasKey(err error, key string) bool {
	var ie *i18n.Error
	return errors.As(err, &ie) && ie.Msg.Key == key
}
