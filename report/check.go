package report

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strconv"

	"relief/assessment"
	"relief/eligibility"
	"relief/i18n"
	"relief/roster"
)

// CheckSchema names the JSON contract of relief check.
const CheckSchema = "relief.check/v1"

// Check writes the check report in format (text, json or csv).
func Check(w io.Writer, r *assessment.Result, format string, l i18n.Lang) error {
	switch format {
	case "json":
		return checkJSONStream(w, r, l)
	case "csv":
		return checkCSV(w, r, l)
	}
	return checkText(w, r, l)
}

type checkSummary struct {
	Members    int `json:"members"`
	Applicants int `json:"applicants"`
	Eligible   int `json:"eligible"`
	Waitlisted int `json:"waitlisted"`
	Ineligible int `json:"ineligible"`
	Pending    int `json:"pending"`
	Invalid    int `json:"invalid"`
	Errors     int `json:"errors"`
	Warnings   int `json:"warnings"`
}

type checkApplicant struct {
	Sheet    string       `json:"sheet"`
	Row      int          `json:"row"`
	Name     string       `json:"name"`
	IDNumber string       `json:"id_number"`
	Township string       `json:"township"`
	Branch   string       `json:"branch"`
	Verdict  string       `json:"verdict"`
	Reasons  []jsonReason `json:"reasons"`
	Info     []jsonReason `json:"info,omitempty"`
	DueOn    string       `json:"due_on,omitempty"`
	Rank     int          `json:"rank,omitempty"`
	Amount   string       `json:"amount,omitempty"`
}

type checkDoc struct {
	Schema     string           `json:"schema"`
	Workbook   string           `json:"workbook"`
	AsOf       string           `json:"as_of"`
	Summary    checkSummary     `json:"summary"`
	Applicants []checkApplicant `json:"applicants"`
	Problems   []jsonProblem    `json:"problems"`
	Warnings   []jsonProblem    `json:"warnings"`
}

func summarize(r *assessment.Result) checkSummary {
	s := checkSummary{Applicants: len(r.Decisions), Errors: r.Count(roster.SevError), Warnings: r.Count(roster.SevWarning)}
	if r.Budget != nil {
		s.Members = r.Budget.Members
	}
	for _, d := range r.Decisions {
		switch d.Verdict {
		case eligibility.Eligible:
			s.Eligible++
		case eligibility.Waitlisted:
			s.Waitlisted++
		case eligibility.Ineligible:
			s.Ineligible++
		case eligibility.Pending:
			s.Pending++
		case eligibility.Invalid:
			s.Invalid++
		}
	}
	return s
}

func applicantsSheet(r *assessment.Result) string {
	if si := r.Workbook.Sheets[roster.Applicants.Key]; si != nil {
		return si.Name
	}
	return roster.Applicants.Name
}

func checkJSON(r *assessment.Result, l i18n.Lang) checkDoc {
	doc := checkDoc{
		Schema:     CheckSchema,
		Workbook:   r.Workbook.Path,
		AsOf:       r.AsOf.String(),
		Summary:    summarize(r),
		Applicants: []checkApplicant{},
		Problems:   jsonProblems(append(append([]roster.Problem{}, r.Workbook.Problems...), r.BudgetProblems...), l),
		Warnings:   jsonProblems(r.Warnings, l),
	}
	sheet := applicantsSheet(r)
	for i := range r.Decisions {
		doc.Applicants = append(doc.Applicants, checkApplicantOf(&r.Decisions[i], sheet, l))
	}
	return doc
}

// checkApplicantOf is one applicant of the report.
func checkApplicantOf(d *eligibility.Decision, sheet string, l i18n.Lang) checkApplicant {
	a := d.Applicant
	ca := checkApplicant{
		Sheet: sheet, Row: a.Row, Name: a.Name, IDNumber: a.IDNumber,
		Township: a.Township, Branch: a.Branch, Verdict: string(d.Verdict),
		Reasons: jsonReasons(d.Reasons, l), DueOn: d.DueOn.String(), Rank: d.Rank,
	}
	if len(d.Info) > 0 {
		ca.Info = jsonReasons(d.Info, l)
	}
	if d.Verdict == eligibility.Eligible && d.Rank > 0 {
		ca.Amount = d.Amount.Decimal()
	}
	return ca
}

// checkJSONStream writes what writeJSON(w, checkJSON(r, l)) writes, byte
// for byte, but one applicant and one problem at a time: a province's
// hundred thousand applicants are never all in memory as JSON.
func checkJSONStream(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	doc := checkDoc{
		Schema: CheckSchema, Workbook: r.Workbook.Path, AsOf: r.AsOf.String(), Summary: summarize(r),
		Applicants: []checkApplicant{}, Problems: []jsonProblem{}, Warnings: []jsonProblem{},
	}
	var frame bytes.Buffer
	if err := writeJSON(&frame, doc); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var one bytes.Buffer
	elem := json.NewEncoder(&one)
	elem.SetEscapeHTML(false)
	elem.SetIndent("    ", "  ") // the arrays' elements, two levels in
	rest := frame.Bytes()
	// list writes the n elements of the array named key in place of its
	// empty form in the frame.
	list := func(key string, n int, each func(i int) any) error {
		empty := []byte(`"` + key + `": []`)
		at := bytes.Index(rest, empty)
		if at < 0 {
			return fmt.Errorf("report: no %s in the JSON frame", key)
		}
		bw.Write(rest[:at])
		rest = rest[at+len(empty):]
		if n == 0 {
			bw.Write(empty)
			return nil
		}
		bw.WriteString(`"` + key + `": [`)
		for i := range n {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n    ")
			one.Reset()
			if err := elem.Encode(each(i)); err != nil {
				return err
			}
			bw.Write(bytes.TrimSuffix(one.Bytes(), []byte("\n"))) // Encode ends with a newline

		}
		bw.WriteString("\n  ]")
		return nil
	}
	sheet := applicantsSheet(r)
	probs := append(append([]roster.Problem{}, r.Workbook.Problems...), r.BudgetProblems...)
	if err := list("applicants", len(r.Decisions), func(i int) any { return checkApplicantOf(&r.Decisions[i], sheet, l) }); err != nil {
		return err
	}
	if err := list("problems", len(probs), func(i int) any { return jsonProblems(probs[i:i+1], l)[0] }); err != nil {
		return err
	}
	if err := list("warnings", len(r.Warnings), func(i int) any { return jsonProblems(r.Warnings[i:i+1], l)[0] }); err != nil {
		return err
	}
	bw.Write(rest)
	return bw.Flush()
}

func checkCSV(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write([]string{"sheet", "row", "name", "id_number", "township", "branch", "verdict", "rank", "amount", "due_on", "reason_codes", "reasons"})
	sheet := applicantsSheet(r)
	for i := range r.Decisions {
		a := checkApplicantOf(&r.Decisions[i], sheet, l)
		codes := ""
		for j, rs := range a.Reasons {
			if j > 0 {
				codes += ";"
			}
			codes += rs.Code
		}
		rank := ""
		if a.Rank > 0 {
			rank = strconv.Itoa(a.Rank)
		}
		cw.Write([]string{a.Sheet, strconv.Itoa(a.Row), CSVSafe(a.Name), a.IDNumber, CSVSafe(a.Township), CSVSafe(a.Branch),
			a.Verdict, rank, a.Amount, a.DueOn, codes, CSVSafe(ReasonsText(r.Decisions[i].Reasons, l))})
	}
	cw.Flush()
	return cw.Error()
}

// CSVSafe keeps a cell from being run as a formula when the CSV is opened
// in a spreadsheet: text starting with = + - @ gets a leading apostrophe.
func CSVSafe(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@') {
		return "'" + s
	}
	return s
}

func checkText(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	s := summarize(r)
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	fmt.Fprintln(w, m("report.check.title", filepath.Base(r.Workbook.Path), r.AsOf.String()))
	fmt.Fprintln(w, m("report.check.summary", s.Members, s.Applicants, s.Eligible, s.Waitlisted, s.Ineligible, s.Pending, s.Invalid))
	fmt.Fprintln(w)

	fmt.Fprintln(w, m("report.check.applicants"))
	t := &table{}
	t.add(m("report.col.row"), m("report.col.name"), m("report.col.township"), m("report.col.branch"), m("report.col.verdict"), m("report.col.rank"), m("report.col.amount"), m("report.col.reasons"))
	for _, d := range r.Decisions {
		a := d.Applicant
		rank, amount := "", ""
		if d.Rank > 0 {
			rank = strconv.Itoa(d.Rank)
		}
		if d.Verdict == eligibility.Eligible && d.Rank > 0 {
			amount = d.Amount.String()
		}
		t.add(strconv.Itoa(a.Row), a.Name, a.Township, a.Branch, VerdictLabel(d.Verdict, l), rank, amount, ReasonsText(d.Reasons, l))
	}
	if err := t.write(w); err != nil {
		return err
	}
	probs := r.Problems()
	fmt.Fprintln(w)
	if len(probs) == 0 {
		fmt.Fprintln(w, m("report.check.no-problems"))
		return nil
	}
	fmt.Fprintln(w, m("report.check.problems", s.Errors, s.Warnings))
	t = &table{}
	t.add(m("report.col.severity"), m("report.col.cell"), m("report.col.code"), m("report.col.value"), m("report.col.message"))
	for _, p := range probs {
		where := p.Sheet
		if p.Cell != "" {
			where += "!" + p.Cell
		}
		t.add(m("severity."+string(p.Severity)), where, p.Code, p.Value, p.Msg.In(l))
	}
	return t.write(w)
}
