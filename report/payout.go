package report

// relief payout: the year-end payment as the workbook records it, per
// township and in total, who is unpaid, every amount that differs from
// the approved one, and the fund's ledger.

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"relief/assessment"
	"relief/i18n"
	"relief/money"
	"relief/payment"
	"relief/provenance"
	"relief/roster"
)

// PayoutSchema names the JSON contract of relief payout.
const PayoutSchema = "relief.payout/v1"

// Payout writes the payment status in format (text, json or csv).
func Payout(w io.Writer, r *assessment.Result, format string, l i18n.Lang) error {
	switch format {
	case "json":
		return writeJSON(w, payoutJSON(r, l))
	case "csv":
		return payoutCSV(w, r, l)
	}
	return payoutText(w, r, l)
}

type payoutTownship struct {
	Township     string `json:"township"`
	Recipients   int    `json:"recipients"`
	Approved     string `json:"approved"`
	Paid         int    `json:"paid"`
	PaidAmount   string `json:"paid_amount"`
	Unpaid       int    `json:"unpaid"`
	UnpaidAmount string `json:"unpaid_amount"`
	Mismatches   int    `json:"mismatches"`
	Unreadable   int    `json:"unreadable"`
	Others       int    `json:"others"`
	OthersAmount string `json:"others_amount"`
}

type payoutPerson struct {
	Sheet    string `json:"sheet"`
	Row      int    `json:"row"`
	Name     string `json:"name"`
	IDNumber string `json:"id_number"`
	Township string `json:"township"`
	Branch   string `json:"branch"`
	State    string `json:"state"`
	Verdict  string `json:"verdict"`
	Approved string `json:"approved"`
	Paid     string `json:"paid,omitempty"`
	PaidOn   string `json:"paid_on,omitempty"`
	Method   string `json:"method,omitempty"`
	Account  string `json:"account,omitempty"`
	File     string `json:"file"` // the input file the row was read from
}

type payoutLedger struct {
	Fund       string       `json:"fund"`
	FundSource string       `json:"fund_source"`
	Funds      []budgetFund `json:"funds"`
	Approved   string       `json:"approved"`
	Paid       string       `json:"paid"`
	Remaining  string       `json:"remaining"`
}

type payoutDoc struct {
	Schema     string                 `json:"schema"`
	Workbook   string                 `json:"workbook"`
	Files      []string               `json:"files"`
	AsOf       string                 `json:"as_of"`
	Townships  []payoutTownship       `json:"townships"`
	Total      payoutTownship         `json:"total"`
	People     []payoutPerson         `json:"people"`
	Ledger     payoutLedger           `json:"ledger"`
	Problems   []jsonProblem          `json:"problems"`
	Provenance *provenance.Provenance `json:"provenance,omitempty"`
}

// payStatus is the result's payment, an empty one when there is none.
func payStatus(r *assessment.Result) *payment.Status {
	if r.Payment != nil {
		return r.Payment
	}
	return &payment.Status{}
}

func payoutTown(t payment.Township) payoutTownship {
	return payoutTownship{t.Name, t.Recipients, t.Approved.Decimal(), t.Paid, t.PaidAmount.Decimal(), t.Unpaid, t.UnpaidAmount.Decimal(),
		t.Mismatches, t.Unreadable, t.Others, t.OthersAmount.Decimal()}
}

// paymentFields are the columns a payment is recorded in: the reader's
// problems on them are the payment's too.
var paymentFields = []string{"payment_method", "account", "paid_on", "paid_amount"}

// payoutProblems are the problems a payment report shows: the payment's
// own, and the reader's on the payment columns of the rows it lists (an
// account typed into a number cell, an amount it could not read), by file
// and row; the payment's problems of the run as a whole (over the fund)
// last.
func payoutProblems(r *assessment.Result) []roster.Problem {
	s := payStatus(r)
	listed := map[rowAt]bool{}
	for _, ln := range s.Lines {
		listed[applicantAt(r, ln.Decision.Applicant)] = true
	}
	var out []roster.Problem
	if r.Workbook != nil {
		for _, p := range r.Workbook.Problems {
			if p.Severity != roster.SevInfo && slices.Contains(paymentFields, p.Field) && listed[problemAt(r, p)] {
				out = append(out, p)
			}
		}
	}
	out = append(out, s.Problems...)
	file := map[string]int{}
	for i, f := range r.Files() {
		file[f] = i
	}
	slices.SortStableFunc(out, func(a, b roster.Problem) int {
		if (a.Row == 0) != (b.Row == 0) {
			if a.Row == 0 {
				return 1
			}
			return -1
		}
		if c := file[inputFile(r, a.File)] - file[inputFile(r, b.File)]; c != 0 {
			return c
		}
		return a.Row - b.Row
	})
	return out
}

func payoutPeople(r *assessment.Result) []payoutPerson {
	out := []payoutPerson{}
	for _, ln := range payStatus(r).Lines {
		a := ln.Decision.Applicant
		p := payoutPerson{File: applicantFile(a), Sheet: applicantSheet(r, a), Row: a.Row, Name: a.Name, IDNumber: a.IDNumber, Township: a.Township, Branch: a.Branch,
			State: string(ln.State), Verdict: string(ln.Decision.Verdict), Approved: ln.Approved.Decimal(),
			PaidOn: a.PaidOn.String(), Method: a.PaymentMethod, Account: a.Account}
		if ln.Paid != nil {
			p.Paid = ln.Paid.Decimal()
		}
		out = append(out, p)
	}
	return out
}

func payoutJSON(r *assessment.Result, l i18n.Lang) payoutDoc {
	s := payStatus(r)
	doc := payoutDoc{
		Schema: PayoutSchema, Workbook: r.Workbook.Path, Files: append([]string{}, r.Files()...), AsOf: r.AsOf.String(),
		Townships: []payoutTownship{}, Total: payoutTown(s.Total), People: payoutPeople(r),
		Ledger: payoutLedger{Fund: s.Fund.Decimal(), FundSource: s.FundSource, Funds: []budgetFund{},
			Approved: s.Approved.Decimal(), Paid: s.PaidOut.Decimal(), Remaining: s.Remaining.Decimal()},
		Problems:   jsonProblems(payoutProblems(r), l),
		Provenance: r.Provenance,
	}
	doc.Total.Township = ""
	for _, t := range s.Townships {
		doc.Townships = append(doc.Townships, payoutTown(t))
	}
	for _, f := range s.Funds {
		doc.Ledger.Funds = append(doc.Ledger.Funds, budgetFund{f.Source, f.Amount.Decimal(), f.Row})
	}
	return doc
}

func payoutCSV(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	head := []string{"sheet", "row", "name", "id_number", "township", "branch", "state", "verdict", "approved", "paid", "paid_on", "method", "account"}
	several := severalFiles(r)
	if several { // a last column names each row's file, as in check's
		head = append(head, "file")
	}
	cw.Write(head)
	for _, p := range payoutPeople(r) {
		rec := []string{CSVSafe(p.Sheet), strconv.Itoa(p.Row), CSVSafe(p.Name), p.IDNumber, CSVSafe(p.Township), CSVSafe(p.Branch),
			p.State, p.Verdict, p.Approved, p.Paid, p.PaidOn, p.Method, p.Account}
		if several {
			rec = append(rec, CSVSafe(p.File))
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// PayStateLabel names a payment state for a person: 已发放, 未发放 ….
func PayStateLabel(s payment.State, l i18n.Lang) string {
	return i18n.M("payout.state." + string(s)).In(l)
}

// ledgerLine is one line of the fund's ledger.
type ledgerLine struct {
	label  string
	amount money.Amount
	total  bool // a total, not a source
}

// ledgerLines are the fund's ledger: each source, then the fund, the
// amount approved, paid out and remaining.
func ledgerLines(r *assessment.Result, l i18n.Lang) []ledgerLine {
	s := payStatus(r)
	p := plan(r)
	base := money.Amount(0)
	if r.Policy != nil {
		base = r.Policy.Amount.Base
	}
	var out []ledgerLine
	for _, f := range s.Funds {
		out = append(out, ledgerLine{label: i18n.M("payout.ledger.source", FundSourceLabel(f, p, base, l)).In(l), amount: f.Amount})
	}
	return append(out,
		ledgerLine{i18n.M("report.budget.fund-total").In(l), s.Fund, true},
		ledgerLine{i18n.M("payout.ledger.approved").In(l), s.Approved, true},
		ledgerLine{i18n.M("payout.ledger.paid").In(l), s.PaidOut, true},
		ledgerLine{i18n.M("payout.ledger.remaining").In(l), s.Remaining, true},
	)
}

func payoutText(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	s := payStatus(r)
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	fmt.Fprintln(w, m("payout.title", inputsLabel(r, l), r.AsOf.String()))
	fmt.Fprintln(w, m("payout.summary", s.Total.Recipients, s.Total.Approved.String(), s.Total.Paid, s.Total.PaidAmount.String(),
		s.Total.Unpaid, s.Total.UnpaidAmount.String(), s.Total.Mismatches))
	fmt.Fprintln(w)
	t := &table{}
	t.add(m("report.col.township"), m("payout.col.recipients"), m("payout.col.approved"), m("payout.col.paid"), m("payout.col.paid-amount"),
		m("payout.col.unpaid"), m("payout.col.unpaid-amount"), m("payout.col.mismatches"))
	row := func(name string, x payment.Township) {
		t.add(name, strconv.Itoa(x.Recipients), x.Approved.String(), strconv.Itoa(x.Paid), x.PaidAmount.String(),
			strconv.Itoa(x.Unpaid), x.UnpaidAmount.String(), strconv.Itoa(x.Mismatches))
	}
	for _, x := range s.Townships {
		row(TownshipLabel(x.Name, l), x)
	}
	row(m("report.budget.total-row"), s.Total)
	if err := t.write(w); err != nil {
		return err
	}

	several := severalFiles(r)
	withFile := func(file string, cells ...string) []string {
		if several {
			return append([]string{file}, cells...)
		}
		return cells
	}
	list := func(title string, states ...payment.State) error {
		t := &table{}
		n := 0
		for _, ln := range s.Lines {
			if !slices.Contains(states, ln.State) {
				continue
			}
			a := ln.Decision.Applicant
			paid := ""
			if ln.Paid != nil {
				paid = ln.Paid.String()
			}
			if n == 0 {
				t.add(withFile(m("report.col.file"), m("report.col.row"), m("report.col.name"), m("report.col.township"), m("report.col.branch"),
					m("payout.col.approved"), m("payout.col.paid-amount"), m("payout.col.state"))...)
			}
			n++
			t.add(withFile(fileColumn(applicantFile(a)), strconv.Itoa(a.Row), a.Name, a.Township, a.Branch, ln.Approved.String(), paid, PayStateLabel(ln.State, l))...)
		}
		if n == 0 {
			return nil
		}
		fmt.Fprintln(w)
		fmt.Fprintln(w, m(title, n))
		return t.write(w)
	}
	if err := list("payout.unpaid", payment.Unpaid, payment.Unreadable); err != nil {
		return err
	}
	if err := list("payout.wrong", payment.Mismatch, payment.NotRecipient); err != nil {
		return err
	}
	if err := list("payout.paid", payment.Paid); err != nil {
		return err
	}

	fmt.Fprintln(w)
	fmt.Fprintln(w, m("payout.ledger"))
	t = &table{}
	for _, ln := range ledgerLines(r, l) {
		t.add("  "+ln.label, ln.amount.String())
	}
	if err := t.write(w); err != nil {
		return err
	}
	if ps := payoutProblems(r); len(ps) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, m("payout.problems"))
		t = &table{}
		t.add(m("report.col.severity"), m("report.col.cell"), m("report.col.code"), m("report.col.message"))
		for _, pr := range ps {
			t.add(m("severity."+string(pr.Severity)), problemWhere(r, pr), pr.Code, pr.Msg.In(l))
		}
		return t.write(w)
	}
	return nil
}

// problemWhere is sheet!cell, or the sheet alone; over several files the
// file's name comes first.
func problemWhere(r *assessment.Result, p roster.Problem) string {
	where := p.Sheet
	if p.Cell != "" {
		where += "!" + p.Cell
	}
	if p.File != "" && severalFiles(r) {
		where = strings.TrimSpace(fileColumn(p.File) + " " + where)
	}
	return where
}
