// Package report renders an assessment for people and for scripts: the
// check report as text, JSON or CSV, and the other commands' tables.
// Renderers only format what the assessment decided; they decide nothing.
package report

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"

	"relief/eligibility"
	"relief/i18n"
	"relief/roster"
)

// utf8BOM starts every CSV file so that Excel opens it as UTF-8.
const utf8BOM = "\ufeff"

// writeJSON writes v indented, with Chinese left as it is.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// table is a text table whose columns line up in a terminal with Chinese
// text: widths are measured in display cells (go-runewidth), not bytes.
// Every cell is made Printable and cut to maxCellWidth (the last one to
// maxLastCellWidth), so one hostile or overlong cell can neither recolour
// the terminal nor pad every row to thousands of columns.
type table struct {
	rows [][]string
}

func (t *table) add(cells ...string) {
	t.rows = append(t.rows, tableCells(cells))
}

// tableCells makes a row's cells printable and cuts them to width.
func tableCells(cells []string) []string {
	row := make([]string, len(cells))
	for i, c := range cells {
		w := maxCellWidth
		if i == len(cells)-1 {
			w = maxLastCellWidth
		}
		row[i] = cut(Printable(c), w)
	}
	return row
}

func (t *table) write(w io.Writer) error {
	return writeRows(w, len(t.rows), func(i int) []string { return t.rows[i] })
}

// streamRows writes n rows made by row(i) as a table, lined up like
// table's, without keeping them: a first pass measures the columns, a
// second makes the rows again and writes them. A province's report has a
// hundred thousand lines.
func streamRows(w io.Writer, n int, row func(i int) []string) error {
	return writeRows(w, n, func(i int) []string { return tableCells(row(i)) })
}

// writeRows writes n rows (cells already printable and cut) lined up.
func writeRows(w io.Writer, n int, row func(i int) []string) error {
	var widths []int
	for i := range n {
		for j, c := range row(i) {
			if j >= len(widths) {
				widths = append(widths, 0)
			}
			if k := runewidth.StringWidth(c); k > widths[j] {
				widths[j] = k
			}
		}
	}
	b := bufio.NewWriterSize(w, 64<<10)
	var line strings.Builder
	for i := range n {
		r := row(i)
		line.Reset()
		for j, c := range r {
			if j == len(r)-1 {
				line.WriteString(c)
				break
			}
			line.WriteString(runewidth.FillRight(c, widths[j]) + "  ")
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	return b.Flush()
}

// VerdictLabel is the verdict as a clerk reads it: 符合 / 候补 / 不符合 /
// 待定 / 数据有误 in Chinese.
func VerdictLabel(v eligibility.Verdict, l i18n.Lang) string {
	return i18n.M("verdict." + string(v)).In(l)
}

// jsonProblem is a problem in the JSON contracts.
type jsonProblem struct {
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Sheet    string `json:"sheet"`
	Cell     string `json:"cell"`
	Row      int    `json:"row"`
	Field    string `json:"field"`
	Value    string `json:"value"`
	Message  string `json:"message"`
	File     string `json:"file"` // the input file ("" for a problem of the run as a whole)
}

func jsonProblems(ps []roster.Problem, l i18n.Lang) []jsonProblem {
	out := make([]jsonProblem, 0, len(ps))
	for _, p := range ps {
		out = append(out, jsonProblem{string(p.Severity), p.Code, p.Sheet, p.Cell, p.Row, p.Field, p.Value, p.Msg.In(l), p.File})
	}
	return out
}

// jsonReason is a reason in the JSON contracts.
type jsonReason struct {
	Code    string `json:"code"`
	Clause  string `json:"clause"`
	Message string `json:"message"`
	Cell    string `json:"cell,omitempty"` // the cell the reason is about, when one is
}

func jsonReasons(rs []eligibility.Reason, l i18n.Lang) []jsonReason {
	out := make([]jsonReason, 0, len(rs))
	for _, r := range rs {
		out = append(out, jsonReason{r.Code, r.Clause, r.Msg.In(l), r.Cell})
	}
	return out
}

// ReasonsText joins reasons for one cell of a table: "message（§4.1）；…".
func ReasonsText(rs []eligibility.Reason, l i18n.Lang) string {
	parts := make([]string, 0, len(rs))
	for _, r := range rs {
		if r.Clause == "" {
			parts = append(parts, r.Msg.In(l))
			continue
		}
		parts = append(parts, i18n.M("report.reason", r.Msg.In(l), r.Clause).In(l))
	}
	sep := "；"
	if l == i18n.EN {
		sep = "; "
	}
	return strings.Join(parts, sep)
}
