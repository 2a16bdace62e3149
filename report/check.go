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
	"strings"

	"relief/assessment"
	"relief/eligibility"
	"relief/i18n"
	"relief/provenance"
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
	Held       int `json:"held"`
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
	Held     bool         `json:"held,omitempty"`
	Reasons  []jsonReason `json:"reasons"`
	Info     []jsonReason `json:"info,omitempty"`
	DueOn    string       `json:"due_on,omitempty"`
	Rank     int          `json:"rank,omitempty"`
	Amount   string       `json:"amount,omitempty"`
	jsonCase
	Repeat *jsonRepeat `json:"repeat,omitempty"`
	File   string      `json:"file"` // the input file the row was read from
}

type checkDoc struct {
	Schema     string                 `json:"schema"`
	Workbook   string                 `json:"workbook"`
	Files      []string               `json:"files"`
	AsOf       string                 `json:"as_of"`
	Summary    checkSummary           `json:"summary"`
	Applicants []checkApplicant       `json:"applicants"`
	Problems   []jsonProblem          `json:"problems"`
	Warnings   []jsonProblem          `json:"warnings"`
	Previous   *jsonPrevious          `json:"previous,omitempty"`
	Provenance *provenance.Provenance `json:"provenance,omitempty"`
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
			if d.Held {
				s.Held++
			}
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
		Files:      append([]string{}, r.Files()...),
		AsOf:       r.AsOf.String(),
		Summary:    summarize(r),
		Applicants: []checkApplicant{},
		Problems:   jsonProblems(checkProblems(r), l),
		Warnings:   jsonProblems(checkWarnings(r), l),
		Previous:   previousJSON(r),
		Provenance: r.Provenance,
	}
	for i := range r.Decisions {
		doc.Applicants = append(doc.Applicants, checkApplicantOf(r, i, l))
	}
	return doc
}

// checkProblems are the JSON's problems: the workbook's problems, the
// errors the rules find in the data (roster-name-mismatch), the budget's
// warnings and errors, and the problems of the lists read beside the
// workbooks and of the payment.
func checkProblems(r *assessment.Result) []roster.Problem {
	out := append([]roster.Problem{}, r.Workbook.Problems...)
	for _, p := range r.Warnings {
		if p.Severity == roster.SevError {
			out = append(out, p)
		}
	}
	for _, p := range r.BudgetProblems {
		if p.Severity != roster.SevInfo {
			out = append(out, p)
		}
	}
	return append(out, r.ListProblems()...)
}

// checkWarnings are the JSON's warnings: the rules' warnings about the
// applicants (procedure, vote, roster match, year), then the facts the
// clerk should know (severity info: fund-scaled).
func checkWarnings(r *assessment.Result) []roster.Problem {
	var out []roster.Problem
	for _, p := range r.Warnings {
		if p.Severity != roster.SevError {
			out = append(out, p)
		}
	}
	for _, p := range r.BudgetProblems {
		if p.Severity == roster.SevInfo {
			out = append(out, p)
		}
	}
	return out
}

// checkApplicantOf is the i-th applicant of the report.
func checkApplicantOf(r *assessment.Result, i int, l i18n.Lang) checkApplicant {
	d := &r.Decisions[i]
	a := d.Applicant
	ca := checkApplicant{
		File: applicantFile(a), Sheet: applicantSheet(r, a), Row: a.Row, Name: a.Name, IDNumber: a.IDNumber,
		Township: a.Township, Branch: a.Branch, Verdict: string(d.Verdict), Held: d.Held,
		Reasons: jsonReasons(d.Reasons, l), DueOn: d.DueOn.String(), Rank: d.Rank,
		jsonCase: caseJSON(r, i, l),
	}
	if len(d.Info) > 0 {
		ca.Info = jsonReasons(d.Info, l)
	}
	if d.Verdict == eligibility.Eligible && d.Rank > 0 || d.Held {
		ca.Amount = d.Amount.Decimal()
	}
	ca.Repeat = repeatJSON(r, a)
	return ca
}

// checkJSONStream writes what writeJSON(w, checkJSON(r, l)) writes, byte
// for byte, but one applicant and one problem at a time: a province's
// hundred thousand applicants are never all in memory as JSON.
func checkJSONStream(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	doc := checkDoc{
		Schema: CheckSchema, Workbook: r.Workbook.Path, Files: append([]string{}, r.Files()...), AsOf: r.AsOf.String(),
		Summary: summarize(r), Applicants: []checkApplicant{}, Problems: []jsonProblem{}, Warnings: []jsonProblem{},
		Previous: previousJSON(r), Provenance: r.Provenance,
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
	probs, warns := checkProblems(r), checkWarnings(r)
	if err := list("applicants", len(r.Decisions), func(i int) any { return checkApplicantOf(r, i, l) }); err != nil {
		return err
	}
	if err := list("problems", len(probs), func(i int) any { return jsonProblems(probs[i:i+1], l)[0] }); err != nil {
		return err
	}
	if err := list("warnings", len(warns), func(i int) any { return jsonProblems(warns[i:i+1], l)[0] }); err != nil {
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
	head := []string{"sheet", "row", "name", "id_number", "township", "branch", "verdict", "rank", "amount", "due_on", "reason_codes", "reasons"}
	several := severalFiles(r)
	if several { // a last column names each row's file
		head = append(head, "file")
	}
	cw.Write(head)
	for i := range r.Decisions {
		a := checkApplicantOf(r, i, l)
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
		rec := []string{CSVSafe(a.Sheet), strconv.Itoa(a.Row), CSVSafe(a.Name), CSVSafe(a.IDNumber), CSVSafe(a.Township), CSVSafe(a.Branch),
			a.Verdict, rank, a.Amount, a.DueOn, codes, CSVSafe(ReasonsText(r.Decisions[i].Reasons, l))}
		if several {
			rec = append(rec, CSVSafe(a.File))
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// CSVSafe makes a text field safe in a CSV: it is never run as a formula
// when the CSV is opened in a spreadsheet (text starting with = + - @, or
// a tab or carriage return, gets a leading apostrophe), and a control
// character (ESC, BEL) that would act on a terminal showing the file
// becomes U+FFFD. Line breaks stay: the CSV writer quotes them.
func CSVSafe(s string) string {
	s = csvText(s)
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

func checkText(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	s := summarize(r)
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	fmt.Fprintln(w, m("report.check.title", inputsLabel(r, l), r.AsOf.String()))
	fmt.Fprintln(w, m("report.check.summary", s.Members, s.Applicants, s.Eligible, s.Waitlisted, s.Ineligible, s.Pending, s.Invalid))
	var probs []roster.Problem
	for _, p := range r.Problems() {
		if p.Severity == roster.SevInfo {
			fmt.Fprintln(w, m("report.check.info", p.Msg.In(l)))
			continue
		}
		probs = append(probs, p)
	}
	fmt.Fprintln(w)

	fmt.Fprintln(w, m("report.check.applicants"))
	if len(r.Decisions) == 0 {
		fmt.Fprintln(w, m("report.check.no-applicants", applicantsSheet(r)))
	}
	several := severalFiles(r)
	row := func(file string, cells ...string) []string {
		if several {
			cells = append([]string{file}, cells...)
		}
		return cells
	}
	head := row(m("report.col.file"), m("report.col.row"), m("report.col.name"), m("report.col.township"), m("report.col.branch"), m("report.col.verdict"),
		m("report.col.stage"), m("report.col.rank"), m("report.col.amount"), m("report.col.reasons"))
	if len(r.Decisions) > 0 {
		err := streamRows(w, len(r.Decisions)+1, func(i int) []string {
			if i == 0 {
				return head
			}
			d := &r.Decisions[i-1]
			a := d.Applicant
			rank, amount := "", ""
			if d.Rank > 0 {
				rank = strconv.Itoa(d.Rank)
			}
			if d.Verdict == eligibility.Eligible && d.Rank > 0 || d.Held {
				amount = d.Amount.String()
			}
			return row(filepath.Base(applicantFile(a)), strconv.Itoa(a.Row), a.Name, a.Township, a.Branch, DecisionLabel(d, l), StageLabel(stageOf(r, i-1), l), rank, amount, ReasonsText(d.Reasons, l))
		})
		if err != nil {
			return err
		}
	}
	if err := historyText(w, r, l); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if len(probs) == 0 {
		fmt.Fprintln(w, m("report.check.no-problems"))
		return nil
	}
	fmt.Fprintln(w, m("report.check.problems", s.Errors, s.Warnings))
	if several {
		return groupedProblems(w, r, probs, l)
	}
	return problemsTable(w, probs, l)
}
