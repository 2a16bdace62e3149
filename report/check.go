package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strconv"

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
		return writeJSON(w, checkJSON(r, l))
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
	Repeat   *jsonRepeat  `json:"repeat,omitempty"`
}

type checkDoc struct {
	Schema     string                 `json:"schema"`
	Workbook   string                 `json:"workbook"`
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
		Problems:   jsonProblems(append(append(append([]roster.Problem{}, r.Workbook.Problems...), r.BudgetProblems...), r.ListProblems()...), l),
		Warnings:   jsonProblems(r.Warnings, l),
		Previous:   previousJSON(r),
		Provenance: r.Provenance,
	}
	sheet := applicantsSheet(r)
	for _, d := range r.Decisions {
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
		ca.Repeat = repeatJSON(r, a)
		doc.Applicants = append(doc.Applicants, ca)
	}
	return doc
}

func checkCSV(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	cw.Write([]string{"sheet", "row", "name", "id_number", "township", "branch", "verdict", "rank", "amount", "due_on", "reason_codes", "reasons"})
	doc := checkJSON(r, l)
	for i, a := range doc.Applicants {
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
	if err := historyText(w, r, l); err != nil {
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
