package report

// The copies of the original sheets in the annotated workbook: each sheet
// of the input with a problem (and always the applicants sheet), read
// again from the input (roster.Cells) and streamed row by row, problem
// cells highlighted and explained in comments; a long sheet is copied as
// its header and its rows with a problem.

import (
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mattn/go-runewidth"
	"github.com/xuri/excelize/v2"

	"relief/i18n"
	"relief/roster"
)

// copyName is the copy's sheet name: 原表-NAME (over several files
// 原表-FILE-NAME, the file's name without its extension), within Excel's
// 31 characters, unique in the workbook.
func (a *annotator) copyName(c *sheetCopy) string {
	label := c.orig
	if a.several {
		stem := strings.TrimSuffix(filepath.Base(c.file), filepath.Ext(c.file))
		if stem != c.orig {
			label = stem + "-" + c.orig
		}
	}
	full := annotZH("workbook.sheet.copy", sheetNameChars(label))
	fit := func(s string, n int) string {
		r := []rune(s)
		if len(r) > n {
			r = r[:n]
		}
		return strings.TrimRight(string(r), "'")
	}
	name := fit(full, 31)
	for i := 2; a.names[strings.ToLower(name)]; i++ {
		suffix := fmt.Sprintf("(%d)", i)
		name = fit(full, 31-len(suffix)) + suffix
	}
	a.names[strings.ToLower(name)] = true
	return name
}

// How much of a sheet is copied. A sheet of up to copyWholeRows rows (and
// copyMaxBytes of cells) is copied whole. A longer one (a league's or a
// province's members roster) is copied as its header rows and the rows
// with a problem, the first copyMaxRows of them (within copyMaxBytes), at
// their own row numbers: a copy of a million rows would make the workbook
// too slow to open, and the rows without a problem are in the original.
// A note on cell A1 of the copy says so. The byte bound also keeps each
// copy below the size at which excelize's stream writer spills to a
// temporary file (16 MB), which an interrupted run would leave behind.
const (
	copyWholeRows = 10000
	copyMaxRows   = 20000
	copyMaxBytes  = 8 << 20
)

// rowBytes estimates what a row takes in the copy's XML.
func rowBytes(cells []string) int {
	n := 20
	for _, v := range cells {
		if v != "" {
			n += len(v) + 30
		}
	}
	return n
}

// copyOriginals copies the applicants sheets, and every other sheet with
// a problem, from the inputs, file by file. When an input cannot be
// opened again, its applicants are copied from the rows as read.
func (a *annotator) copyOriginals() error {
	plan := func(k copyKey) *sheetCopy {
		if k.sheet == "" {
			return nil
		}
		if c := a.copies[k]; c != nil {
			return c
		}
		c := &sheetCopy{file: k.file, orig: k.sheet, probs: map[cellKey][]*roster.Problem{}, headers: map[int]string{}}
		for _, si := range a.sheetInfos() {
			if si.Name == k.sheet && a.file(si.File) == k.file {
				c.headerRow = si.HeaderRow
			}
		}
		a.copies[k] = c
		a.order = append(a.order, c)
		return c
	}
	for _, si := range a.applicantSheets() {
		plan(copyKey{a.file(si.File), si.Name})
	}
	for i := range a.probs {
		p := &a.probs[i]
		c := plan(a.probKey(p))
		if c == nil {
			continue
		}
		if k, ok := problemCell(p); ok {
			c.probs[k] = append(c.probs[k], p)
		}
	}

	var kept []*sheetCopy
	opened := map[string]*roster.Cells{}
	defer func() {
		for _, in := range opened {
			if in != nil {
				in.Close()
			}
		}
	}()
	for _, c := range a.order {
		var src rowSource
		if roster.IsCSV(c.file) {
			src = &csvRows{path: c.file}
		} else {
			in, ok := opened[c.file]
			if !ok {
				in = a.openInput(c.file)
				opened[c.file] = in
			}
			if in != nil && in.Has(c.orig) {
				src = &cellRows{in: in, sheet: c.orig}
			}
		}
		if src == nil {
			for _, si := range a.applicantSheets() {
				if si.Name == c.orig && a.file(si.File) == c.file {
					src = newRawRows(a.r.Workbook, si, a)
				}
			}
		}
		if src == nil {
			delete(a.copies, copyKey{c.file, c.orig})
			continue
		}
		c.name = a.copyName(c)
		if _, err := a.f.NewSheet(c.name); err != nil {
			return err
		}
		if err := printCopy(a.f, c); err != nil {
			return err
		}
		if err := a.copySheet(c, src); err != nil {
			return err
		}
		kept = append(kept, c)
	}
	a.order = kept
	return nil
}

// sheetInfos are the sheets found in every file.
func (a *annotator) sheetInfos() []*roster.SheetInfo {
	var out []*roster.SheetInfo
	for _, si := range a.r.Workbook.Sheets {
		if si != nil {
			out = append(out, si)
		}
	}
	for _, f := range a.r.Workbook.Files {
		for _, si := range f.Sheets {
			if si != nil {
				out = append(out, si)
			}
		}
	}
	return out
}

// applicantSheets are the applicants sheets of the run, one per file, in
// the order their applicants come.
func (a *annotator) applicantSheets() []*roster.SheetInfo {
	var out []*roster.SheetInfo
	seen := map[copyKey]bool{}
	add := func(si *roster.SheetInfo) {
		if si == nil {
			return
		}
		if k := (copyKey{a.file(si.File), si.Name}); !seen[k] {
			seen[k] = true
			out = append(out, si)
		}
	}
	for _, d := range a.r.Decisions {
		add(a.applSheet(d.Applicant))
	}
	for _, f := range a.r.Workbook.Files {
		add(f.Sheets[roster.Applicants.Key])
	}
	add(a.appl)
	return out
}

// openInput opens an input workbook again for its cells as displayed,
// or returns nil when it cannot.
func (a *annotator) openInput(path string) *roster.Cells {
	if path == "" {
		return nil
	}
	in, err := roster.OpenCells(path, a.r.Options.Password)
	if err != nil {
		return nil
	}
	return in
}

// problemCell is where a problem is shown in a copy: its cell, else
// column A of its row; false for a problem of a whole sheet.
func problemCell(p *roster.Problem) (cellKey, bool) {
	if p.Cell != "" {
		if col, row, err := excelize.CellNameToCoordinates(p.Cell); err == nil {
			return cellKey{row, col}, true
		}
	}
	if p.Row > 0 {
		return cellKey{p.Row, 1}, true
	}
	return cellKey{}, false
}

// rowSource yields a sheet's rows in ascending order, with their cells
// as displayed, to fn; rows for which keep is false are skipped before
// their cells are made. It can be read more than once.
type rowSource interface {
	each(keep func(row int) bool, fn func(row int, cells []string) error) error
}

// cellRows reads a sheet of the input again.
type cellRows struct {
	in    *roster.Cells
	sheet string
}

func (r *cellRows) each(keep func(int) bool, fn func(int, []string) error) error {
	return r.in.Sheet(r.sheet, keep, fn)
}

// csvRows reads an input CSV file's rows as text, again on each pass.
type csvRows struct{ path string }

func (c *csvRows) each(keep func(int) bool, fn func(int, []string) error) error {
	t, err := roster.OpenCSVText(c.path)
	if err != nil {
		return err
	}
	defer t.Close()
	for {
		row, cells, ok, err := t.Next()
		if err != nil || !ok {
			return err
		}
		if keep != nil && !keep(row) {
			continue
		}
		if err := fn(row, cells); err != nil {
			return err
		}
	}
}

// rawRows rebuilds the applicants sheet from the rows as read: its
// header from the canonical headers, each applicant's row from Raw.
type rawRows struct {
	rows [][]string
	nums []int
}

func newRawRows(wb *roster.Workbook, si *roster.SheetInfo, a *annotator) *rawRows {
	r := &rawRows{}
	if si.HeaderRow > 0 {
		var head []string
		for key, col := range si.Columns {
			for len(head) < col {
				head = append(head, "")
			}
			if f := roster.Applicants.Field(key); f != nil {
				head[col-1] = f.Header
			}
		}
		r.rows, r.nums = append(r.rows, head), append(r.nums, si.HeaderRow)
	}
	as := make([]*roster.Applicant, 0, len(wb.Applicants))
	for i := range wb.Applicants {
		if ap := &wb.Applicants[i]; a.applKey(ap) == (copyKey{a.file(si.File), si.Name}) {
			as = append(as, ap)
		}
	}
	sort.SliceStable(as, func(i, j int) bool { return as[i].Row < as[j].Row })
	for _, ap := range as {
		if ap.Row > si.HeaderRow {
			r.rows, r.nums = append(r.rows, ap.Raw), append(r.nums, ap.Row)
		}
	}
	return r
}

func (r *rawRows) each(keep func(int) bool, fn func(int, []string) error) error {
	for i, cells := range r.rows {
		if keep == nil || keep(r.nums[i]) {
			if err := fn(r.nums[i], cells); err != nil {
				return err
			}
		}
	}
	return nil
}

// copyStats is what the first pass over a sheet learns: its extent and
// the width of its columns.
type copyStats struct {
	rows           int // rows with a cell
	maxRow, maxCol int
	widths         []int
}

func (s *copyStats) add(row int, cells []string, headerRow int) {
	s.rows++
	s.maxRow, s.maxCol = max(s.maxRow, row), max(s.maxCol, len(cells))
	if row < headerRow { // title rows above the header do not set widths
		return
	}
	for i, v := range cells {
		if v == "" {
			continue
		}
		for len(s.widths) <= i {
			s.widths = append(s.widths, 0)
		}
		if w := runewidth.StringWidth(v); w > s.widths[i] {
			s.widths[i] = min(w, 40)
		}
	}
}

// copySheet writes the copy of one sheet. The stream writer needs the
// sheet's dimension and column widths before the rows: a first pass over
// the sheet learns them (for the whole sheet and for the rows with a
// problem, until the sheet proves too long to copy whole), a second one
// writes the rows kept. Nothing is spooled to a temporary file.
func (a *annotator) copySheet(c *sheetCopy, src rowSource) error {
	probRow := map[int]bool{}
	for k := range c.probs {
		probRow[k.row] = true
	}
	var whole, part copyStats
	var kept, stored map[int]bool // partial: the rows below the header copied; the problem rows with cells
	total, wholeBytes, partBytes := 0, 0, 0
	pass1 := func() error {
		whole, part, kept, stored, total, wholeBytes, partBytes = copyStats{}, copyStats{}, map[int]bool{}, map[int]bool{}, 0, 0, 0
		clear(c.headers)
		return src.each(nil, func(row int, cells []string) error {
			for len(cells) > 0 && cells[len(cells)-1] == "" {
				cells = cells[:len(cells)-1]
			}
			if len(cells) == 0 {
				return nil
			}
			for i, v := range cells {
				// The header's text, from its last row or, in a two-row
				// header, the group cell above.
				if row <= c.headerRow && row >= c.headerRow-1 && strings.TrimSpace(v) != "" {
					c.headers[i+1] = strings.Join(strings.Fields(v), "")
				}
			}
			size := rowBytes(cells)
			if probRow[row] {
				stored[row] = true
			}
			if total++; total <= copyWholeRows && wholeBytes <= copyMaxBytes {
				whole.add(row, cells, c.headerRow)
				wholeBytes += size
			}
			switch {
			case row <= c.headerRow:
				part.add(row, cells, c.headerRow)
				partBytes += size
			case probRow[row] && len(kept) < copyMaxRows && partBytes+size <= copyMaxBytes:
				part.add(row, cells, c.headerRow)
				partBytes += size
				kept[row] = true
			}
			return nil
		})
	}
	err := pass1()
	if errors.Is(err, roster.ErrRowsOutOfOrder) {
		err = pass1()
	}
	if err != nil {
		return err
	}
	stats, keep := whole, func(int) bool { return true }
	if total > copyWholeRows || wholeBytes > copyMaxBytes {
		stats = part
		// Rows that only a problem names are empty: they fit.
		keys := make([]int, 0, len(probRow))
		for r := range probRow {
			keys = append(keys, r)
		}
		sort.Ints(keys)
		for _, r := range keys {
			if r > c.headerRow && !stored[r] && len(kept) < copyMaxRows {
				kept[r] = true
			}
		}
		below := 0
		for _, r := range keys {
			if r > c.headerRow {
				below++
			}
		}
		for k := range c.probs {
			if !kept[k.row] && k.row > c.headerRow {
				delete(c.probs, k)
			}
		}
		keep = func(row int) bool { return row <= c.headerRow || kept[row] }
		c.note = annotZH("workbook.copy.partial", total, c.headerRow, len(kept))
		if below > len(kept) {
			c.note = annotZH("workbook.copy.partial-cut", total, c.headerRow, len(kept), below)
		}
	}

	// Rows that only a problem names (an empty required cell on an
	// otherwise empty row) are written too, in order.
	rowEnd := map[int]int{} // row → its last problem column
	for k := range c.probs {
		rowEnd[k.row] = max(rowEnd[k.row], k.col)
	}
	maxRow, maxCol := max(stats.maxRow, 1), max(stats.maxCol, 1)
	if c.note != "" {
		rowEnd[1] = max(rowEnd[1], 1) // the note's cell
	}
	for r, col := range rowEnd {
		maxRow, maxCol = max(maxRow, r), max(maxCol, col)
	}
	last, _ := excelize.CoordinatesToCellName(maxCol, maxRow)
	if err := a.f.SetSheetDimension(c.name, "A1:"+last); err != nil {
		return err
	}
	sw, err := a.f.NewStreamWriter(c.name)
	if err != nil {
		return err
	}
	// Column widths, once per run of columns of one width; empty columns
	// keep the default width. (excelize keeps a column width per column,
	// and each call goes over those set before: a call per column of a
	// sheet 16,384 columns wide would take hours.)
	width := func(i int) float64 {
		if i < len(stats.widths) && stats.widths[i] > 0 {
			return float64(min(max(stats.widths[i]+2, 6), 40))
		}
		return 0
	}
	for i := 0; i < len(stats.widths); {
		j := i + 1
		for j < len(stats.widths) && width(j) == width(i) {
			j++
		}
		if w := width(i); w > 0 {
			if err := sw.SetColWidth(i+1, j, w); err != nil {
				return err
			}
		}
		i = j
	}
	if c.headerRow > 0 {
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: c.headerRow,
			TopLeftCell: fmt.Sprintf("A%d", c.headerRow+1), ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}
	onlyProb := make([]int, 0, len(rowEnd))
	for r := range rowEnd {
		onlyProb = append(onlyProb, r)
	}
	sort.Ints(onlyProb)
	var vals []any
	emit := func(row int, cells []string) error {
		n := max(len(cells), rowEnd[row])
		vals = vals[:0]
		for i := 0; i < n; i++ {
			var v string
			if i < len(cells) {
				v = annotClip(cells[i])
			}
			style := 0
			if row <= c.headerRow {
				style = a.st.copyHeader // the header's cells, empty group cells too
			}
			if ps := c.probs[cellKey{row, i + 1}]; len(ps) > 0 {
				style = a.st.copyCell[annotWorst(ps)]
			}
			if v == "" && style == 0 {
				vals = append(vals, nil)
				continue
			}
			vals = append(vals, excelize.Cell{Value: v, StyleID: style})
		}
		name, _ := excelize.CoordinatesToCellName(1, row)
		return sw.SetRow(name, vals)
	}
	pi := 0
	pass2 := func() error {
		return src.each(keep, func(row int, cells []string) error {
			for len(cells) > 0 && cells[len(cells)-1] == "" {
				cells = cells[:len(cells)-1]
			}
			if len(cells) == 0 {
				return nil
			}
			for ; pi < len(onlyProb) && onlyProb[pi] < row; pi++ {
				if err := emit(onlyProb[pi], nil); err != nil {
					return err
				}
			}
			if pi < len(onlyProb) && onlyProb[pi] == row {
				pi++
			}
			return emit(row, cells)
		})
	}
	if err := pass2(); err != nil {
		return err
	}
	for ; pi < len(onlyProb); pi++ {
		if err := emit(onlyProb[pi], nil); err != nil {
			return err
		}
	}
	if err := a.comment(c); err != nil {
		return err
	}
	return sw.Flush()
}

// comment puts each problem cell's messages into a cell comment.
func (a *annotator) comment(c *sheetCopy) error {
	keys := make([]cellKey, 0, len(c.probs))
	for k := range c.probs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].row != keys[j].row {
			return keys[i].row < keys[j].row
		}
		return keys[i].col < keys[j].col
	})
	if len(keys) > annotMaxComments {
		keys = keys[:annotMaxComments]
	}
	if c.note != "" && (len(keys) == 0 || keys[0] != (cellKey{1, 1})) {
		keys = append([]cellKey{{1, 1}}, keys...)
	}
	for _, k := range keys {
		var lines []string
		if k == (cellKey{1, 1}) && c.note != "" {
			lines = append(lines, c.note)
		}
		for _, p := range c.probs[k] {
			lines = append(lines, annotZH("severity."+string(p.Severity))+"："+p.Msg.In(i18n.ZH))
		}
		text := annotClip(strings.Join(lines, "\n"))
		name, _ := excelize.CoordinatesToCellName(k.col, k.row)
		height := 0
		for _, l := range lines {
			height += (runewidth.StringWidth(l)/36 + 1) * 18
		}
		if err := a.f.AddComment(c.name, excelize.Comment{Cell: name, Author: "relief", Text: text,
			Width: 300, Height: uint(min(height+10, 400))}); err != nil {
			return err
		}
	}
	return nil
}
