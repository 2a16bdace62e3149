package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"relief/assessment"
	"relief/budget"
	"relief/i18n"
	"relief/procedure"
)

// StatusSchema names the JSON contract of relief status.
const StatusSchema = "relief.status/v1"

// Status writes, per township, how many applicants are at each stage of
// the procedure and how many are overdue or near the §5.6 deadline, in
// format (text, json or csv): the Organization Department's view of who
// is late. Text and JSON also list the late applicants.
func Status(w io.Writer, r *assessment.Result, format string, l i18n.Lang) error {
	doc := statusJSON(r, l)
	switch format {
	case "json":
		return writeJSON(w, doc)
	case "csv":
		return statusCSV(w, doc)
	}
	return statusText(w, r, doc, l)
}

// stageCounts counts applicants by stage, in the order of the procedure.
type stageCounts struct {
	Applied  int `json:"applied"`
	Surveyed int `json:"surveyed"`
	Assessed int `json:"assessed"`
	Reviewed int `json:"reviewed"`
	Approved int `json:"approved"`
	Noticed  int `json:"noticed"`
	Final    int `json:"final"`
}

func (c *stageCounts) add(s procedure.Stage) {
	switch s {
	case procedure.Applied:
		c.Applied++
	case procedure.Surveyed:
		c.Surveyed++
	case procedure.Assessed:
		c.Assessed++
	case procedure.Reviewed:
		c.Reviewed++
	case procedure.Approved:
		c.Approved++
	case procedure.Noticed:
		c.Noticed++
	case procedure.Final:
		c.Final++
	}
}

// list is the counts in the order of procedure.Stages.
func (c stageCounts) list() []int {
	return []int{c.Applied, c.Surveyed, c.Assessed, c.Reviewed, c.Approved, c.Noticed, c.Final}
}

type statusTownship struct {
	Township   string      `json:"township"`
	Applicants int         `json:"applicants"`
	Stages     stageCounts `json:"stages"`
	Overdue    int         `json:"overdue"`
	Near       int         `json:"near"`
}

func (t *statusTownship) add(c *procedure.Case) {
	t.Applicants++
	t.Stages.add(c.Stage)
	switch c.Deadline {
	case "deadline-exceeded":
		t.Overdue++
	case "deadline-near":
		t.Near++
	}
}

type statusLate struct {
	Sheet    string `json:"sheet"`
	Row      int    `json:"row"`
	Name     string `json:"name"`
	Township string `json:"township"`
	Stage    string `json:"stage"`
	DueOn    string `json:"due_on"`
	Deadline string `json:"deadline"` // deadline-exceeded | deadline-near
	Message  string `json:"message"`
	File     string `json:"file"` // the input file the row was read from
}

type statusDoc struct {
	Schema       string           `json:"schema"`
	Workbook     string           `json:"workbook"`
	Files        []string         `json:"files"`
	AsOf         string           `json:"as_of"`
	DeadlineDays int              `json:"deadline_days"`
	NoticeDays   int              `json:"notice_days"`
	Stages       []string         `json:"stages"`
	Townships    []statusTownship `json:"townships"`
	Total        statusTownship   `json:"total"`
	Late         []statusLate     `json:"late"`
}

func statusJSON(r *assessment.Result, l i18n.Lang) statusDoc {
	doc := statusDoc{Schema: StatusSchema, Workbook: r.Workbook.Path, Files: append([]string{}, r.Files()...), AsOf: r.AsOf.String(),
		Townships: []statusTownship{}, Late: []statusLate{}}
	if r.Policy != nil {
		doc.DeadlineDays, doc.NoticeDays = r.Policy.Deadline.Days, r.Policy.Notice.Days
	}
	for _, s := range procedure.Stages {
		doc.Stages = append(doc.Stages, string(s))
	}
	doc.Townships = statusTownships(r)
	for i := range r.Cases {
		c := &r.Cases[i]
		doc.Total.add(c)
		if c.Deadline == "" || c.D == nil || c.D.Applicant == nil {
			continue
		}
		a := c.D.Applicant
		late := statusLate{Sheet: applicantSheet(r, a), File: applicantFile(a), Row: a.Row, Name: a.Name, Township: budget.TownshipOf(c.D),
			Stage: string(c.Stage), DueOn: c.D.DueOn.String(), Deadline: c.Deadline}
		for _, w := range r.Warnings {
			if w.Code == c.Deadline && w.Row == a.Row && a.Sheet != nil && w.Sheet == a.Sheet.Name && w.File == a.Sheet.File {
				late.Message = w.Msg.In(l)
				break
			}
		}
		doc.Late = append(doc.Late, late)
	}
	return doc
}

// statusTownships counts the cases by township (the roster's, where the
// applicant is on it: 属地管理, §3.5), townships in the order their first
// applicant comes.
func statusTownships(r *assessment.Result) []statusTownship {
	var out []statusTownship
	at := map[string]int{}
	for i := range r.Cases {
		c := &r.Cases[i]
		name := ""
		if c.D != nil && c.D.Applicant != nil {
			name = budget.TownshipOf(c.D)
		}
		j, ok := at[name]
		if !ok {
			j = len(out)
			at[name] = j
			out = append(out, statusTownship{Township: name})
		}
		out[j].add(c)
	}
	return out
}

func statusCSV(w io.Writer, doc statusDoc) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write(append(append([]string{"township", "applicants"}, doc.Stages...), "overdue", "near"))
	for _, t := range doc.Townships {
		line := []string{CSVSafe(t.Township), strconv.Itoa(t.Applicants)}
		for _, n := range t.Stages.list() {
			line = append(line, strconv.Itoa(n))
		}
		cw.Write(append(line, strconv.Itoa(t.Overdue), strconv.Itoa(t.Near)))
	}
	cw.Flush()
	return cw.Error()
}

func statusText(w io.Writer, r *assessment.Result, doc statusDoc, l i18n.Lang) error {
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	fmt.Fprintln(w, m("report.status.title", inputsLabel(r, l), r.AsOf.String()))
	fmt.Fprintln(w, m("report.status.policy", doc.DeadlineDays, doc.NoticeDays))
	fmt.Fprintln(w)
	if len(doc.Townships) == 0 {
		fmt.Fprintln(w, m("report.status.none"))
		return nil
	}
	t := &table{}
	head := []string{m("report.col.township"), m("report.status.col.applicants")}
	for _, s := range procedure.Stages {
		head = append(head, StageLabel(s, l))
	}
	t.add(append(head, m("report.status.col.overdue"), m("report.status.col.near"))...)
	row := func(label string, c statusTownship) {
		cells := []string{label, strconv.Itoa(c.Applicants)}
		for _, n := range c.Stages.list() {
			cells = append(cells, strconv.Itoa(n))
		}
		t.add(append(cells, strconv.Itoa(c.Overdue), strconv.Itoa(c.Near))...)
	}
	for _, tw := range doc.Townships {
		row(TownshipLabel(tw.Township, l), tw)
	}
	row(m("report.budget.total-row"), doc.Total)
	if err := t.write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if len(doc.Late) == 0 {
		fmt.Fprintln(w, m("report.status.none-late"))
		return nil
	}
	fmt.Fprintln(w, m("report.status.late", doc.Total.Overdue, doc.Total.Near))
	several := severalFiles(r)
	withFile := func(file string, cells ...string) []string {
		if several { // a first column names each row's file, as in check's
			return append([]string{file}, cells...)
		}
		return cells
	}
	t = &table{}
	t.add(withFile(m("report.col.file"), m("report.col.row"), m("report.col.name"), m("report.col.township"), m("report.col.stage"), m("report.status.col.due"), m("report.col.message"))...)
	for _, x := range doc.Late {
		t.add(withFile(fileColumn(x.File), strconv.Itoa(x.Row), x.Name, TownshipLabel(x.Township, l), StageLabel(procedure.Stage(x.Stage), l), x.DueOn, x.Message)...)
	}
	return t.write(w)
}
