package report

// The payment workbook of relief payout -o 发放情况.xlsx: a summary per
// township with the fund's ledger (发放汇总), and every person's payment
// by township with a subtotal each (发放明细).

import (
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/budget"
	"relief/i18n"
	"relief/money"
	"relief/payment"
	"relief/roster"
	"relief/safefile"
)

// The sheets of the payment workbook.
const (
	SheetPaySummary = "发放汇总"
	SheetPayDetail  = "发放明细"
)

// WritePayout writes the payment workbook to path, whole or not at all.
func WritePayout(path string, r *assessment.Result) error {
	return safefile.Write(path, func(w io.Writer) error { return writePayout(w, r) })
}

func writePayout(out io.Writer, r *assessment.Result) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetPaySummary); err != nil {
		return err
	}
	if _, err := f.NewSheet(SheetPayDetail); err != nil {
		return err
	}
	st, err := newYearStyles(f)
	if err != nil {
		return err
	}
	if err := paySummarySheet(f, r, st); err != nil {
		return err
	}
	if err := payDetailSheet(f, r, st); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	return saveWorkbook(out, f, r, zh("payout.xlsx.title", r.AsOf.Y))
}

func paySummarySheet(f *excelize.File, r *assessment.Result, st yearStyles) error {
	s := payStatus(r)
	const cols = 8
	w := newSheetWriter(f, SheetPaySummary)
	w.str(1, 1, zh("payout.xlsx.title", r.AsOf.Y), st.title)
	w.merge(1, 1, cols, 1)
	w.height(1, 32)
	w.note(1, 2, zh("payout.xlsx.as-of", r.AsOf.Chinese()), st.left)
	w.merge(1, 2, cols, 2)
	heads := []string{zh("report.col.township"), zh("payout.col.recipients"), zh("payout.xlsx.approved"), zh("payout.col.paid"),
		zh("payout.xlsx.paid-amount"), zh("payout.col.unpaid"), zh("payout.xlsx.unpaid-amount"), zh("payout.col.mismatches")}
	const head = 3
	for i, h := range heads {
		w.str(i+1, head, h, st.header)
	}
	w.height(head, 30)
	row := head + 1
	put := func(name string, t payment.Township, text, money int) {
		w.str(1, row, name, text)
		w.num(2, row, t.Recipients, st.int)
		w.money(3, row, t.Approved, money)
		w.num(4, row, t.Paid, st.int)
		w.money(5, row, t.PaidAmount, money)
		w.num(6, row, t.Unpaid, st.int)
		w.money(7, row, t.UnpaidAmount, money)
		w.num(8, row, t.Mismatches, st.int)
		row++
	}
	for _, t := range s.Townships {
		put(TownshipLabel(t.Name, i18n.ZH), t, st.text, st.money)
	}
	put(zh("report.budget.total-row"), s.Total, st.total, st.totalMoney)
	row++
	w.str(1, row, zh("payout.ledger"), st.section)
	w.str(2, row, "", st.section)
	w.str(3, row, "", st.section)
	w.merge(1, row, 3, row)
	row++
	for _, ln := range ledgerLines(r, i18n.ZH) {
		text, amount := st.text, st.money
		if ln.total {
			text, amount = st.total, st.totalMoney
		}
		w.note(1, row, ln.label, text)
		w.str(2, row, "", text)
		w.merge(1, row, 2, row)
		w.money(3, row, ln.amount, amount)
		row++
	}
	if ps := payoutProblems(r); len(ps) > 0 {
		row++
		w.str(1, row, zh("payout.problems"), st.section)
		for c := 2; c <= cols; c++ {
			w.str(c, row, "", st.section)
		}
		w.merge(1, row, cols, row)
		row++
		for _, p := range ps {
			style := st.warn
			if p.Severity == "error" {
				style = st.bad
			}
			text := zh("severity."+string(p.Severity)) + "：" + problemWhere(r, p) + " " + p.Msg.In(i18n.ZH)
			w.note(1, row, text, style)
			for c := 2; c <= cols; c++ {
				w.note(c, row, "", style)
			}
			w.merge(1, row, cols, row)
			w.height(row, float64(wrapLines(text, 90))*15+4)
			row++
		}
	}
	printed := w.lastRow // the 说明 line below is not printed (noteRow)
	noteRow(w, row+1, cols, provenanceNote(r), st.small)
	w.widths[1] = max(w.widths[1], 14)
	w.fitColumns(cols, 8)
	if w.err != nil {
		return w.err
	}
	return yearPageSetup(f, SheetPaySummary, head, cols, printed)
}

func payDetailSheet(f *excelize.File, r *assessment.Result, st yearStyles) error {
	s := payStatus(r)
	heads := []string{zh("report.budget.xlsx.seq"), zh("report.col.name"), zh("report.budget.xlsx.id"), zh("report.col.branch"),
		zh("payout.xlsx.approved"), zh("payout.xlsx.paid-amount"), zh("payout.col.paid-on"), zh("payout.col.method"),
		zh("payout.col.account"), zh("payout.col.state"), zh("payout.col.note")}
	cols := len(heads)
	w := newSheetWriter(f, SheetPayDetail)
	w.str(1, 1, zh("payout.xlsx.detail-title", r.AsOf.Y), st.title)
	w.merge(1, 1, cols, 1)
	w.height(1, 30)
	const head = 2
	for i, h := range heads {
		w.str(i+1, head, h, st.header)
	}
	w.height(head, 28)
	w.caps = map[int]int{2: 16, 4: 22, 11: 40}

	notes := map[rowAt][]string{}  // an applicant's row (file, sheet, row) → messages
	badAccount := map[rowAt]bool{} // the row's 账号 has an error: its cell is marked
	for _, p := range payoutProblems(r) {
		if p.Row > 0 {
			at := problemAt(r, p)
			notes[at] = append(notes[at], p.Msg.In(i18n.ZH))
			badAccount[at] = badAccount[at] || p.Field == "account" && p.Severity == roster.SevError
		}
	}
	row := head + 1
	seq := 0
	section := func(text string) {
		w.note(1, row, text, st.section)
		for c := 2; c <= cols; c++ {
			w.note(c, row, "", st.section)
		}
		w.merge(1, row, cols, row)
		w.height(row, 22)
		row++
	}
	subtotal := func(label string, approved, paid money.Amount) {
		w.str(1, row, label, st.total)
		for c := 2; c <= 4; c++ {
			w.str(c, row, "", st.total)
		}
		w.merge(1, row, 4, row)
		w.money(5, row, approved, st.totalMoney)
		w.money(6, row, paid, st.totalMoney)
		for c := 7; c <= cols; c++ {
			w.str(c, row, "", st.total)
		}
		w.height(row, 22)
		row++
	}
	var town string
	var tApproved, tPaid, allApproved, allPaid money.Amount
	started, others := false, false
	for _, ln := range s.Lines {
		a := ln.Decision.Applicant
		t := budget.TownshipOf(ln.Decision)
		if ln.State == payment.NotRecipient && !others {
			if started {
				subtotal(zh("payout.xlsx.subtotal", TownshipLabel(town, i18n.ZH)), tApproved, tPaid)
			}
			others, started = true, false
			section(zh("payout.xlsx.others"))
		}
		if !others && (!started || t != town) {
			if started {
				subtotal(zh("payout.xlsx.subtotal", TownshipLabel(town, i18n.ZH)), tApproved, tPaid)
			}
			town, started, tApproved, tPaid = t, true, 0, 0
			section(TownshipLabel(t, i18n.ZH))
		}
		seq++
		paid := money.Amount(0)
		if ln.Paid != nil {
			paid = *ln.Paid
		}
		style := st.text
		switch ln.State {
		case payment.Mismatch, payment.NotRecipient, payment.Unreadable:
			style = st.bad
		case payment.Unpaid:
			style = st.warn
		}
		w.num(1, row, seq, st.centre)
		w.str(2, row, a.Name, st.centre)
		w.str(3, row, a.IDNumber, st.id)
		w.str(4, row, a.Branch, st.text)
		w.money(5, row, ln.Approved, st.money)
		if ln.Paid != nil {
			w.money(6, row, paid, st.money)
		} else {
			w.str(6, row, "", st.money)
		}
		if !a.PaidOn.IsZero() {
			w.str(7, row, a.PaidOn.String(), st.centre)
		} else {
			w.str(7, row, "", st.centre)
		}
		w.str(8, row, a.PaymentMethod, st.centre)
		at := applicantAt(r, a)
		if badAccount[at] {
			w.str(9, row, a.Account, st.bad)
		} else {
			w.str(9, row, a.Account, st.id)
		}
		w.str(10, row, PayStateLabel(ln.State, i18n.ZH), style)
		note := strings.Join(notes[at], "；")
		w.str(11, row, note, st.text)
		w.height(row, max(22, float64(wrapLines(note, 40))*15+4))
		tApproved += ln.Approved
		tPaid += paid
		allApproved += ln.Approved
		allPaid += paid
		row++
	}
	if started {
		subtotal(zh("payout.xlsx.subtotal", TownshipLabel(town, i18n.ZH)), tApproved, tPaid)
	}
	if others {
		var oPaid money.Amount
		for _, ln := range s.Lines {
			if ln.State == payment.NotRecipient {
				oPaid += *ln.Paid
			}
		}
		subtotal(zh("payout.xlsx.subtotal", zh("payout.xlsx.others")), 0, oPaid)
	}
	if len(s.Lines) == 0 {
		w.note(1, row, zh("payout.xlsx.none"), st.left)
		w.merge(1, row, cols, row)
		row++
	}
	subtotal(zh("report.budget.total-row"), allApproved, allPaid)
	row++
	w.note(1, row, zh("report.budget.xlsx.roster-footer"), st.left)
	w.merge(1, row, cols, row)
	printed := w.lastRow // the 说明 line below is not printed (noteRow)
	noteRow(w, row+2, cols, provenanceNote(r), st.small)
	w.widths[1] = 4
	w.widths[3] = max(w.widths[3], 18)
	w.widths[9] = max(w.widths[9], 19)
	w.fitColumns(cols, 6)
	if w.err == nil {
		w.err = f.SetPanes(SheetPayDetail, &excelize.Panes{Freeze: true, YSplit: head, TopLeftCell: "A3", ActivePane: "bottomLeft"})
	}
	if w.err != nil {
		return w.err
	}
	return yearPageSetup(f, SheetPayDetail, head, cols, printed)
}
