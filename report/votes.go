package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/provenance"
)

// VotesSchema names the JSON contract of relief votes.
const VotesSchema = "relief.votes/v1"

// Votes writes the branch assemblies' votes in format (text, json or
// csv): a line per applicant with the figures, the approval rate and the
// state of each check, then totals per branch (text and JSON; the CSV is
// one line per applicant only).
func Votes(w io.Writer, r *assessment.Result, format string, l i18n.Lang) error {
	doc := votesJSON(r)
	switch format {
	case "json":
		return writeJSON(w, doc)
	case "csv":
		return votesCSV(w, doc)
	}
	return votesText(w, r, doc, l)
}

type votesPolicy struct {
	Threshold string `json:"threshold"` // exact decimal, "0.65"
	Base      string `json:"base"`      // present | voters | cast
	Quorum    bool   `json:"quorum"`
	Majority  bool   `json:"majority"`
}

type votesApplicant struct {
	Sheet    string `json:"sheet"`
	Row      int    `json:"row"`
	Name     string `json:"name"`
	Township string `json:"township"` // the members roster's when the applicant is on it (§3.5)
	Branch   string `json:"branch"`
	Verdict  string `json:"verdict"`
	Stage    string `json:"stage,omitempty"`
	// The figures as recorded; null when the cell was empty.
	Voters  *int `json:"voters"`
	Present *int `json:"present"`
	For     *int `json:"votes_for"`
	Against *int `json:"votes_against"`
	Abstain *int `json:"abstentions"`
	// Base is the rate's denominator and RatePercent the approval rate
	// with one decimal, rounded down; both null when they cannot be
	// computed.
	Base        *int         `json:"base"`
	RatePercent *json.Number `json:"rate_percent"`
	Quorum      string       `json:"quorum"`    // pass | fail | missing | off | invalid
	Majority    string       `json:"majority"`  // pass | fail | missing | off | invalid
	Threshold   string       `json:"threshold"` // pass | fail | missing | invalid
	Result      string       `json:"result"`    // passed | failed | missing | none | invalid
	File        string       `json:"file"`      // the input file
}

type votesBranch struct {
	Township   string `json:"township"`
	Branch     string `json:"branch"`
	Applicants int    `json:"applicants"`
	Passed     int    `json:"passed"`
}

type votesTotals struct {
	Applicants int `json:"applicants"`
	Passed     int `json:"passed"`
}

type votesDoc struct {
	Schema     string                 `json:"schema"`
	Workbook   string                 `json:"workbook"`
	Files      []string               `json:"files"`
	AsOf       string                 `json:"as_of"`
	Policy     votesPolicy            `json:"policy"`
	Applicants []votesApplicant       `json:"applicants"`
	Branches   []votesBranch          `json:"branches"`
	Totals     votesTotals            `json:"totals"`
	Provenance *provenance.Provenance `json:"provenance,omitempty"`
}

// Vote results of one applicant.
const (
	resultPassed  = "passed"
	resultFailed  = "failed"
	resultMissing = "missing"
	resultNone    = "none"
	resultInvalid = "invalid"
)

// voteResult sums up the vote of a decision: the row has errors (the
// figures contradict each other, or another cell is wrong: nothing about
// it is decided); no vote; a check failed; a figure a check needs is
// missing; or passed.
func voteResult(d eligibility.Decision) string {
	t := d.Vote
	switch {
	case d.Verdict == eligibility.Invalid || t.Inconsistent:
		return resultInvalid
	case !t.Recorded:
		return resultNone
	case t.QuorumCheck == eligibility.CheckFail || t.MajorityCheck == eligibility.CheckFail || t.ThresholdCheck == eligibility.CheckFail:
		return resultFailed
	case !t.Passed:
		return resultMissing
	}
	return resultPassed
}

func votesJSON(r *assessment.Result) votesDoc {
	pv := r.Policy.Vote
	doc := votesDoc{
		Schema: VotesSchema, Workbook: r.Workbook.Path, Files: append([]string{}, r.Files()...), AsOf: r.AsOf.String(),
		Policy:     votesPolicy{Threshold: pv.Threshold.String(), Base: pv.Base, Quorum: pv.Quorum, Majority: pv.Majority},
		Applicants: []votesApplicant{},
		Branches:   []votesBranch{},
		Provenance: r.Provenance,
	}
	index := map[[2]string]int{}
	for i, d := range r.Decisions {
		a, t := d.Applicant, d.Vote
		va := votesApplicant{
			File: applicantFile(a), Sheet: applicantSheet(r, a), Row: a.Row, Name: a.Name, Township: budget.TownshipOf(&d), Branch: a.Branch, Verdict: string(d.Verdict),
			Stage:  string(stageOf(r, i)),
			Voters: a.Votes.Voters, Present: a.Votes.Present, For: a.Votes.For, Against: a.Votes.Against, Abstain: a.Votes.Abstain,
			Quorum: string(t.QuorumCheck), Majority: string(t.MajorityCheck), Threshold: string(t.ThresholdCheck),
			Result: voteResult(d),
		}
		if tenths, ok := t.RateTenths(); ok {
			base := t.Base
			rate := json.Number(eligibility.FormatTenths(tenths))
			va.Base, va.RatePercent = &base, &rate
		}
		doc.Applicants = append(doc.Applicants, va)

		k := [2]string{va.Township, a.Branch}
		i, seen := index[k]
		if !seen {
			i = len(doc.Branches)
			index[k] = i
			doc.Branches = append(doc.Branches, votesBranch{Township: va.Township, Branch: a.Branch})
		}
		doc.Branches[i].Applicants++
		doc.Totals.Applicants++
		if va.Result == resultPassed {
			doc.Branches[i].Passed++
			doc.Totals.Passed++
		}
	}
	return doc
}

func optInt(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

func optRate(r *json.Number) string {
	if r == nil {
		return ""
	}
	return string(*r)
}

func votesCSV(w io.Writer, doc votesDoc) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	head := []string{"sheet", "row", "name", "township", "branch", "verdict", "voters", "present", "votes_for", "votes_against",
		"abstentions", "base", "rate_percent", "quorum", "majority", "threshold", "result"}
	several := len(doc.Files) > 1
	if several { // a last column names each row's file, as in check's
		head = append(head, "file")
	}
	cw.Write(head)
	for _, a := range doc.Applicants {
		rec := []string{CSVSafe(a.Sheet), strconv.Itoa(a.Row), CSVSafe(a.Name), CSVSafe(a.Township), CSVSafe(a.Branch), a.Verdict,
			optInt(a.Voters), optInt(a.Present), optInt(a.For), optInt(a.Against), optInt(a.Abstain),
			optInt(a.Base), optRate(a.RatePercent), a.Quorum, a.Majority, a.Threshold, a.Result}
		if several {
			rec = append(rec, CSVSafe(a.File))
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

func votesText(w io.Writer, r *assessment.Result, doc votesDoc, l i18n.Lang) error {
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	pv := r.Policy.Vote
	fmt.Fprintln(w, m("votes.title", inputsLabel(r, l), pv.Threshold.Percent(), m("votes.base."+doc.Policy.Base)))
	fmt.Fprintln(w)
	if len(doc.Applicants) == 0 {
		fmt.Fprintln(w, m("votes.none"))
		return nil
	}
	several := severalFiles(r)
	withFile := func(file string, cells ...string) []string {
		if several { // a first column names each row's file, as in check's
			return append([]string{file}, cells...)
		}
		return cells
	}
	t := &table{}
	t.add(withFile(m("report.col.file"), m("report.col.row"), m("report.col.name"), m("report.col.township"), m("report.col.branch"),
		m("votes.col.voters"), m("votes.col.present"), m("votes.col.for"), m("votes.col.against"), m("votes.col.abstain"),
		m("votes.col.rate"), m("votes.col.quorum"), m("votes.col.majority"), m("votes.col.threshold"), m("votes.col.passed"))...)
	for _, a := range doc.Applicants {
		rate := optRate(a.RatePercent)
		if rate != "" {
			rate += "%"
		}
		t.add(withFile(fileColumn(a.File), strconv.Itoa(a.Row), a.Name, a.Township, a.Branch,
			optInt(a.Voters), optInt(a.Present), optInt(a.For), optInt(a.Against), optInt(a.Abstain), rate,
			m("votes.check."+a.Quorum), m("votes.check."+a.Majority), m("votes.check."+a.Threshold), m("votes.result."+a.Result))...)
	}
	if err := t.write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, m("votes.branches"))
	t = &table{}
	t.add(m("report.col.township"), m("report.col.branch"), m("votes.col.applicants"), m("votes.col.passed-count"))
	for _, b := range doc.Branches {
		t.add(b.Township, b.Branch, strconv.Itoa(b.Applicants), strconv.Itoa(b.Passed))
	}
	t.add(m("votes.total"), "", strconv.Itoa(doc.Totals.Applicants), strconv.Itoa(doc.Totals.Passed))
	return t.write(w)
}
