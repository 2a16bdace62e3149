package report

// The copies of the original sheets in the annotated workbook: each sheet
// of the input with a problem (and always the applicants sheet), streamed
// row by row, problem cells highlighted and explained in comments.

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
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
	opened := map[string]*excelize.File{}
	defer func() {
		for _, in := range opened {
			if in != nil {
				in.Close()
			}
		}
	}()
	for _, c := range a.order {
		var src rowSource
		switch {
		case roster.IsCSV(c.file):
			if t, err := roster.OpenCSVText(c.file); err == nil {
				src = &csvRows{t: t}
			}
		default:
			in, ok := opened[c.file]
			if !ok {
				in = a.openInput(c.file)
				opened[c.file] = in
			}
			if in != nil {
				if idx, err := in.GetSheetIndex(c.orig); err == nil && idx >= 0 {
					rows, err := in.Rows(c.orig)
					if err == nil {
						src = &excelRows{rows: rows}
					}
				}
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
			src.close()
			return err
		}
		if err := printCopy(a.f, c); err != nil {
			src.close()
			return err
		}
		err := a.copySheet(c, src)
		if cerr := src.close(); err == nil {
			err = cerr
		}
		if err != nil {
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
func (a *annotator) openInput(path string) *excelize.File {
	if path == "" {
		return nil
	}
	in, err := excelize.OpenFile(path, excelize.Options{
		Password: a.r.Options.Password, UnzipSizeLimit: 1 << 30,
		// Dates as Chinese Excel and WPS show them (notes item 2).
		ShortDatePattern: "yyyy/m/d", LongDatePattern: `yyyy"年"m"月"d"日"`, CultureInfo: excelize.CultureNameZhCN,
	})
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
// as displayed.
type rowSource interface {
	next() (row int, cells []string, ok bool, err error)
	close() error
}

// excelRows reads a sheet of the input through excelize's streaming
// iterator.
type excelRows struct {
	rows *excelize.Rows
	n    int
}

func (e *excelRows) next() (int, []string, bool, error) {
	if !e.rows.Next() {
		return 0, nil, false, e.rows.Error()
	}
	e.n++
	cells, err := e.rows.Columns()
	return e.n, cells, true, err
}

func (e *excelRows) close() error { return e.rows.Close() }

// csvRows reads an input CSV file's rows as text.
type csvRows struct{ t *roster.CSVText }

func (c *csvRows) next() (int, []string, bool, error) { return c.t.Next() }
func (c *csvRows) close() error                       { return c.t.Close() }

// rawRows rebuilds the applicants sheet from the rows as read: its
// header from the canonical headers, each applicant's row from Raw.
type rawRows struct {
	rows [][]string
	nums []int
	i    int
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

func (r *rawRows) next() (int, []string, bool, error) {
	if r.i >= len(r.rows) {
		return 0, nil, false, nil
	}
	r.i++
	return r.nums[r.i-1], r.rows[r.i-1], true, nil
}

func (r *rawRows) close() error { return nil }

// copySheet writes the copy of one sheet: the rows go to a spool file
// first, so that the sheet's dimension (which the stream writer emits
// before the rows) and the column widths are known; then they are
// streamed out with the problem cells highlighted and commented.
func (a *annotator) copySheet(c *sheetCopy, src rowSource) error {
	sp, err := newRowSpool()
	if err != nil {
		return err
	}
	defer sp.close()
	maxRow, maxCol := 0, 0
	var widths []int
	for {
		row, cells, ok, err := src.next()
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		for len(cells) > 0 && cells[len(cells)-1] == "" {
			cells = cells[:len(cells)-1]
		}
		if len(cells) == 0 {
			continue
		}
		if err := sp.put(row, cells); err != nil {
			return err
		}
		maxRow, maxCol = max(maxRow, row), max(maxCol, len(cells))
		for len(widths) < len(cells) {
			widths = append(widths, 0)
		}
		for i, v := range cells {
			if row >= c.headerRow { // title rows above the header do not set widths
				widths[i] = max(widths[i], runewidth.StringWidth(v))
			}
			// The header's text, from its last row or, in a two-row
			// header, the group cell above.
			if row <= c.headerRow && row >= c.headerRow-1 && strings.TrimSpace(v) != "" {
				c.headers[i+1] = strings.Join(strings.Fields(v), "")
			}
		}
	}
	for k := range c.probs {
		maxRow, maxCol = max(maxRow, k.row), max(maxCol, k.col)
	}
	maxRow, maxCol = max(maxRow, 1), max(maxCol, 1)
	last, _ := excelize.CoordinatesToCellName(maxCol, maxRow)
	if err := a.f.SetSheetDimension(c.name, "A1:"+last); err != nil {
		return err
	}
	sw, err := a.f.NewStreamWriter(c.name)
	if err != nil {
		return err
	}
	for i := 1; i <= maxCol; i++ {
		w := 8
		if i <= len(widths) {
			w = min(max(widths[i-1]+2, 6), 40)
		}
		if err := sw.SetColWidth(i, i, float64(w)); err != nil {
			return err
		}
	}
	if c.headerRow > 0 {
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: c.headerRow,
			TopLeftCell: fmt.Sprintf("A%d", c.headerRow+1), ActivePane: "bottomLeft"}); err != nil {
			return err
		}
	}

	// Rows that only a problem names (an empty required cell on an
	// otherwise empty row) are written too, in order.
	rowEnd := map[int]int{} // row → its last problem column
	for k := range c.probs {
		rowEnd[k.row] = max(rowEnd[k.row], k.col)
	}
	probRows := make([]int, 0, len(rowEnd))
	for r := range rowEnd {
		probRows = append(probRows, r)
	}
	sort.Ints(probRows)
	emit := func(row int, cells []string) error {
		n := max(len(cells), rowEnd[row])
		vals := make([]any, n)
		for i := range vals {
			cell := excelize.Cell{}
			if i < len(cells) {
				cell.Value = cells[i]
			}
			if row <= c.headerRow {
				cell.StyleID = a.st.copyHeader
			}
			if ps := c.probs[cellKey{row, i + 1}]; len(ps) > 0 {
				cell.StyleID = a.st.copyCell[annotWorst(ps)]
			}
			vals[i] = cell
		}
		name, _ := excelize.CoordinatesToCellName(1, row)
		return sw.SetRow(name, vals)
	}
	rd, err := sp.reader()
	if err != nil {
		return err
	}
	pi := 0
	for {
		row, cells, err := sp.next(rd)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		for ; pi < len(probRows) && probRows[pi] < row; pi++ {
			if err := emit(probRows[pi], nil); err != nil {
				return err
			}
		}
		if pi < len(probRows) && probRows[pi] == row {
			pi++
		}
		if err := emit(row, cells); err != nil {
			return err
		}
	}
	for ; pi < len(probRows); pi++ {
		if err := emit(probRows[pi], nil); err != nil {
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
	for _, k := range keys {
		var lines []string
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

// rowSpool holds a sheet's rows in a temporary file between the two passes
// of copySheet: each row is its number, its cell count, then each cell's
// length and bytes, all as unsigned varints.
type rowSpool struct {
	f   *os.File
	w   *bufio.Writer
	buf []byte
}

func newRowSpool() (*rowSpool, error) {
	f, err := os.CreateTemp("", "relief-copy-*.tmp")
	if err != nil {
		return nil, err
	}
	return &rowSpool{f: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

func (s *rowSpool) put(row int, cells []string) error {
	b := s.buf[:0]
	b = binary.AppendUvarint(b, uint64(row))
	b = binary.AppendUvarint(b, uint64(len(cells)))
	for _, c := range cells {
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	s.buf = b
	_, err := s.w.Write(b)
	return err
}

func (s *rowSpool) reader() (*bufio.Reader, error) {
	if err := s.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return bufio.NewReaderSize(s.f, 1<<16), nil
}

// next returns the next row, or io.EOF after the last.
func (s *rowSpool) next(r *bufio.Reader) (int, []string, error) {
	row, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, nil, err
	}
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, nil, io.ErrUnexpectedEOF
	}
	cells := make([]string, n)
	for i := range cells {
		l, err := binary.ReadUvarint(r)
		if err != nil {
			return 0, nil, io.ErrUnexpectedEOF
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(r, b); err != nil {
			return 0, nil, io.ErrUnexpectedEOF
		}
		cells[i] = string(b)
	}
	return int(row), cells, nil
}

func (s *rowSpool) close() {
	s.f.Close()
	os.Remove(s.f.Name())
}
