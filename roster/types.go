// Package roster reads the relief workbook as clerks really keep it, and
// writes the workbooks clerks fill in.
//
// A run may read several files at once, every township's (ReadAll): .xlsx
// workbooks and .csv files, each CSV file being one sheet; they make one
// Workbook, every row and problem naming its file. relief merge writes
// them back as one workbook of the template's layout (Consolidate).
//
// Reading finds each sheet by name or by its header row, reads cells
// through one small streaming interface, normalises every value (identity
// numbers, dates, numbers, lists, names) and reports every problem cell by
// cell. Rows with an error are marked Invalid; deciding anything about an
// applicant is the eligibility package's job.
package roster

import (
	"fmt"
	"time"

	"relief/i18n"
	"relief/money"
)

// Workbook is everything read from one workbook, or from every input
// file of a run (ReadAll): one roster, one list of applicants, one fund.
type Workbook struct {
	Path       string                // the (first) input file
	Members    MemberList            // the full roster, if the workbook has one
	HasRoster  bool                  // a members sheet was found
	Counts     []TownshipCount       // the 党员人数 sheet, if any
	Applicants []Applicant           // in file order, then sheet order
	Funds      []Fund                // the 资金来源 sheet, if any
	HasFunds   bool                  // a funds sheet was found
	Problems   []Problem             // every problem found while reading, by file, then in sheet and row order
	Sheets     map[string]*SheetInfo // by Sheet.Key, for the sheets found (in the first file that has each)
	Files      []*FileInfo           // every file of the run, in the order read

	order map[string]int // sheet name → tab order, while one file is read
	towns *townNames     // the township names of the run (TownshipName), made on first need
}

// SheetInfo says where a sheet was found and how its columns map to fields.
type SheetInfo struct {
	File      string         // the workbook (or CSV file) it was read from, as named by the user
	Name      string         // the sheet's name in the workbook
	HeaderRow int            // the last header row (1-based); data starts below it
	Columns   map[string]int // field key → 1-based column number
	Unknown   []string       // headers that match no field (kept, ignored)
}

// Cell returns the A1 reference of field's cell on row of the sheet with
// key sheetKey, or "" when that sheet or column is absent.
func (w *Workbook) Cell(sheetKey, field string, row int) string {
	si := w.Sheets[sheetKey]
	if si == nil {
		return ""
	}
	col, ok := si.Columns[field]
	if !ok {
		return ""
	}
	return ColumnName(col) + fmt.Sprint(row)
}

// ColumnName turns a 1-based column number into letters: 1 → A, 28 → AB.
func ColumnName(col int) string {
	s := ""
	for col > 0 {
		col--
		s = string(rune('A'+col%26)) + s
		col /= 26
	}
	return s
}

// Member is one row of the members roster.
type Member struct {
	Row        int
	Name       string
	IDNumber   string // normalised: 18 characters, capital X
	Gender     string
	Ethnicity  string
	BirthDate  Day
	Township   string
	Branch     string
	MemberType string // Formal or Probationary
	JoinDate   Day
	Phone      string
	Invalid    bool
}

// TownshipCount is one row of the 党员人数 sheet.
type TownshipCount struct {
	Row      int
	Township string
	Members  int
	Sheet    *SheetInfo // where the row was read (nil for counts made by hand)
}

// Fund is one row of the 资金来源 sheet.
type Fund struct {
	Row    int
	Source string
	Amount money.Amount
}

// Applicant is one row of the applicants sheet, normalised. Optional
// numbers are nil when the cell is empty.
type Applicant struct {
	Row      int
	Name     string
	IDNumber string // normalised: 18 characters, capital X ("" if unreadable)
	Gender   string
	Township string
	Branch   string
	Phone    string
	Address  string

	AppliedOn       Day
	HouseholdSize   *int
	HouseholdIncome *money.Amount
	HardshipCauses  []string // canonical values; empty for 无 or an empty cell
	HardshipLevel   string   // "" when not given
	OtherAid        []string
	Misconduct      []string // canonical values, read from the list or from plain text (parseConduct)
	MisconductText  string   // the cell as written, for messages
	ConductUnclear  bool     // the cell's text cannot be read with confidence: a person must choose a value
	Exclusion       []string
	OutOfPoverty    bool
	Votes           Votes
	MeetingOn       Day
	SurveyedOn      Day
	ReviewedOn      Day
	ApprovedOn      Day
	NoticedOn       Day    // the first day of the person's public notice (公示日期)
	Objection       string // one of the objection values; None when empty
	Notes           string

	// The payment, as recorded (Record columns: an error in them leaves
	// the row valid). PaidAmount is nil when the cell is empty or cannot
	// be read; Raw tells the two apart.
	PaymentMethod string // PayCash, PayBank, PayCard or ""
	Account       string // digits (and letters) only
	PaidOn        Day
	PaidAmount    *money.Amount

	Sheet   *SheetInfo // where the row was read (nil for applicants made by hand)
	Raw     []string   // every cell of the row as stored (a date or number cell: its raw value, e.g. a serial), by column (index 0 = column A)
	Invalid bool       // the row has an error problem
}

// Cell returns the A1 reference of field's cell on the applicant's row, or
// "" when the sheet has no such column.
func (a *Applicant) Cell(field string) string {
	if a.Sheet == nil {
		return ""
	}
	col, ok := a.Sheet.Columns[field]
	if !ok {
		return ""
	}
	return ColumnName(col) + fmt.Sprint(a.Row)
}

// Problem returns a problem located on field's cell of the applicant's row
// (the row alone when field is "" or its column is absent): the file,
// sheet, cell and row every rule's problem must name.
func (a *Applicant) Problem(sev Severity, code, field, value string, msg i18n.Msg) Problem {
	p := Problem{Severity: sev, Code: code, Row: a.Row, Field: field, Value: value, Msg: msg, Sheet: Applicants.Name}
	if a.Sheet != nil {
		p.File, p.Sheet = a.Sheet.File, a.Sheet.Name
	}
	p.Cell = a.Cell(field)
	return p
}

// Votes is what the branch assembly recorded; nil fields were left empty.
type Votes struct {
	Voters  *int // members with a vote (应到)
	Present *int // voting members present (实到)
	For     *int
	Against *int
	Abstain *int
	// Inconsistent: the figures cannot all be true (a negative count,
	// more present than entitled to vote, more votes than present); the
	// reader reported votes-inconsistent and left out a negative count.
	Inconsistent bool
}

// Recorded reports whether any vote figure was given.
func (v Votes) Recorded() bool {
	return v.Voters != nil || v.Present != nil || v.For != nil || v.Against != nil || v.Abstain != nil
}

// Severity says whether a problem stops a row (error), asks the clerk to
// look (warning), or only tells a fact the clerk should know (info: not
// counted as a problem, e.g. amounts scaled down to the fund).
type Severity string

// The severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
	SevInfo    Severity = "info"
)

// Problem is one thing wrong with the workbook, located to the cell.
// Eligibility's procedure warnings use the same shape.
type Problem struct {
	Severity Severity
	Code     string // stable, e.g. id-checksum
	File     string // the input file, as named by the user ("" when the run read one file and the problem is not about a file)
	Sheet    string // the sheet's name in the workbook
	Cell     string // A1 reference, "" for a whole sheet
	Row      int    // Excel row number, 0 for a whole sheet
	Field    string // the field key, "" if none
	Value    string // the raw value as read
	Msg      i18n.Msg
}

// Day is a calendar date without time or zone. The zero Day means "not given".
type Day struct {
	Y int
	M time.Month
	D int
}

// DayOf returns the Day of t (in t's location).
func DayOf(t time.Time) Day { y, m, d := t.Date(); return Day{y, m, d} }

// IsZero reports whether the day was not given.
func (d Day) IsZero() bool { return d == Day{} }

// Time returns midnight UTC of the day.
func (d Day) Time() time.Time { return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, time.UTC) }

// String renders ISO 8601, 2026-09-05; "" for the zero Day.
func (d Day) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Y, int(d.M), d.D)
}

// Chinese renders the day as official documents write it: 2026年9月5日.
func (d Day) Chinese() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d年%d月%d日", d.Y, int(d.M), d.D)
}

// AddDays returns the day n days later (earlier for negative n).
func (d Day) AddDays(n int) Day { return DayOf(d.Time().AddDate(0, 0, n)) }

// DaysUntil returns the number of days from d to e (negative if e is earlier).
func (d Day) DaysUntil(e Day) int { return int((e.Time().Unix() - d.Time().Unix()) / 86400) }

// Before reports whether d is earlier than e.
func (d Day) Before(e Day) bool { return d.Time().Before(e.Time()) }

// After reports whether d is later than e.
func (d Day) After(e Day) bool { return d.Time().After(e.Time()) }
