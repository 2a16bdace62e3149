// Package payment is the year-end payment (§5 年终发放) as the applicants
// sheet records it (发放方式, 账号, 发放日期, 实发金额): who was paid and
// how much, who is still unpaid, every amount paid that differs from the
// amount approved, and the fund's ledger (§2 专款专用: sources, paid,
// remaining).
//
// It is a package of its own, after the budget: the budget plans the
// year's money; this records what was done with it. What was paid never
// feeds back into who is selected or how much is approved.
package payment

import (
	"cmp"
	"slices"
	"strings"

	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/roster"
)

// State is where one person's payment stands.
type State string

// The states of a payment.
const (
	Paid         State = "paid"          // 实发金额 equals the approved amount
	Unpaid       State = "unpaid"        // a recipient with no 实发金额 (or 0)
	Mismatch     State = "mismatch"      // 实发金额 differs from the approved amount: an error
	Unreadable   State = "unreadable"    // 实发金额 is there but cannot be read
	NotRecipient State = "not-recipient" // 实发金额 on a row that is not a recipient: an error
)

// Line is one person's payment: every recipient, and every other row
// with an amount paid.
type Line struct {
	Decision *eligibility.Decision
	State    State
	Approved money.Amount  // the amount approved; 0 for a non-recipient
	Paid     *money.Amount // as recorded; nil when not paid or unreadable
}

// Township is the payment of one township (or of all: Status.Total).
type Township struct {
	Name         string
	Recipients   int
	Approved     money.Amount // approved for its recipients
	Paid         int          // recipients paid, the right amount or not
	PaidAmount   money.Amount // paid to them
	Unpaid       int
	UnpaidAmount money.Amount // approved for the unpaid
	Mismatches   int
	Unreadable   int
	Others       int          // rows paid that are not recipients
	OthersAmount money.Amount // paid to them
}

// Status is the year's payment.
type Status struct {
	Lines     []Line // recipients by township (the plan's order) then rank; then the others paid, in sheet order
	Townships []Township
	Total     Township

	// The fund's ledger.
	Fund       money.Amount
	FundSource string // as budget.Plan.FundSource
	Funds      []budget.FundLine
	Approved   money.Amount // the budget's total
	PaidOut    money.Amount // every amount recorded as paid
	Remaining  money.Amount // Fund − PaidOut (negative when overdrawn)

	Problems []roster.Problem
}

// Recorded reports whether the workbook records any payment at all.
func (s *Status) Recorded() bool {
	for _, l := range s.Lines {
		if l.State != Unpaid {
			return true
		}
	}
	return false
}

// Check compares the payment recorded on each row with the decisions
// and the plan:
//   - a recipient (eligibility.IsRecipient) whose 实发金额 is empty or 0
//     is unpaid; equal to the approved amount, paid; any other amount is
//     a payment-mismatch error on the 实发金额 cell;
//   - 实发金额 on a row that is not a recipient is a
//     payment-not-recipient error;
//   - paid without 发放日期 or 发放方式, or by bank card or 一卡通
//     without 账号, is a warning; a 发放日期 without 实发金额 too;
//   - a payment recorded for a recipient whose case is not final (pending
//     says why: the notice period not over, no 公示日期 recorded …) is a
//     payment-before-final warning: §5 pays once the notice period has
//     ended without objection, and the workbook should say so first;
//   - more paid out than the fund is a payment-over-fund error.
func Check(ds []eligibility.Decision, plan *budget.Plan, pending map[*eligibility.Decision]i18n.Msg) *Status {
	s := &Status{}
	if plan == nil {
		plan = &budget.Plan{}
	}
	s.Fund, s.FundSource, s.Funds, s.Approved = plan.Fund, plan.FundSource, plan.Funds, plan.Total
	town := map[string]int{}
	for _, t := range plan.Townships {
		town[t.Name] = len(s.Townships)
		s.Townships = append(s.Townships, Township{Name: t.Name})
	}
	at := func(name string) *Township {
		name = strings.TrimSpace(name)
		i, ok := town[name]
		if !ok {
			i = len(s.Townships)
			town[name] = i
			s.Townships = append(s.Townships, Township{Name: name})
		}
		return &s.Townships[i]
	}

	var recips, others []Line
	for i := range ds {
		d := &ds[i]
		a := d.Applicant
		if a == nil {
			continue
		}
		raw := rawOf(a, "paid_amount")
		paid := a.PaidAmount
		if paid != nil && *paid == 0 {
			paid = nil
		}
		if !eligibility.IsRecipient(d) {
			if paid != nil {
				others = append(others, Line{Decision: d, State: NotRecipient, Paid: paid})
				s.Problems = append(s.Problems, a.Problem(roster.SevError, "payment-not-recipient", "paid_amount", raw,
					i18n.M("payment.not-recipient", paid.String(), verdictLabel(d))))
			}
			continue
		}
		l := Line{Decision: d, Approved: d.Amount, Paid: paid}
		switch {
		case paid == nil && a.PaidAmount == nil && strings.TrimSpace(raw) != "":
			l.State = Unreadable // the reader reported the cell
		case paid == nil:
			l.State = Unpaid
			if !a.PaidOn.IsZero() {
				s.Problems = append(s.Problems, a.Problem(roster.SevWarning, "payment-incomplete", "paid_amount", raw,
					i18n.M("payment.incomplete", a.PaidOn.String())))
			}
		case *paid == d.Amount:
			l.State = Paid
		default:
			l.State = Mismatch
			s.Problems = append(s.Problems, a.Problem(roster.SevError, "payment-mismatch", "paid_amount", raw,
				i18n.M("payment.mismatch", paid.String(), d.Amount.String())))
		}
		if paid != nil {
			s.Problems = append(s.Problems, details(a)...)
			if why, ok := pending[d]; ok {
				s.Problems = append(s.Problems, a.Problem(roster.SevWarning, "payment-before-final", "paid_amount", raw,
					i18n.M("payment.before-final", why)))
			}
		}
		recips = append(recips, l)
	}

	// Recipients by township in the plan's order, then by rank.
	byTown := make([][]Line, len(s.Townships))
	for _, l := range recips {
		t := at(budget.TownshipOf(l.Decision))
		i := town[t.Name]
		if i >= len(byTown) {
			byTown = append(byTown, make([][]Line, i+1-len(byTown))...)
		}
		byTown[i] = append(byTown[i], l)
		t.Recipients++
		t.Approved += l.Approved
		switch l.State {
		case Paid, Mismatch:
			t.Paid++
			t.PaidAmount += *l.Paid
			if l.State == Mismatch {
				t.Mismatches++
			}
		case Unpaid:
			t.Unpaid++
			t.UnpaidAmount += l.Approved
		case Unreadable:
			t.Unreadable++
		}
	}
	for _, ls := range byTown {
		sortByRank(ls)
		s.Lines = append(s.Lines, ls...)
	}
	for _, l := range others {
		t := at(budget.TownshipOf(l.Decision))
		t.Others++
		t.OthersAmount += *l.Paid
	}
	s.Lines = append(s.Lines, others...)

	// Drop the townships with nothing to show; add up the rest.
	kept := s.Townships[:0]
	for _, t := range s.Townships {
		if t.Recipients == 0 && t.Others == 0 {
			continue
		}
		kept = append(kept, t)
		s.Total.Recipients += t.Recipients
		s.Total.Approved += t.Approved
		s.Total.Paid += t.Paid
		s.Total.PaidAmount += t.PaidAmount
		s.Total.Unpaid += t.Unpaid
		s.Total.UnpaidAmount += t.UnpaidAmount
		s.Total.Mismatches += t.Mismatches
		s.Total.Unreadable += t.Unreadable
		s.Total.Others += t.Others
		s.Total.OthersAmount += t.OthersAmount
	}
	s.Townships = kept
	s.PaidOut = s.Total.PaidAmount + s.Total.OthersAmount
	s.Remaining = s.Fund - s.PaidOut
	if s.PaidOut > s.Fund {
		s.Problems = append(s.Problems, roster.Problem{Severity: roster.SevError, Code: "payment-over-fund",
			Msg: i18n.M("payment.over-fund", s.PaidOut.String(), s.Fund.String())})
	}
	return s
}

// details warns about what a paid row lacks: the day, the method, the
// account of a payment by card.
func details(a *roster.Applicant) []roster.Problem {
	var ps []roster.Problem
	if a.PaidOn.IsZero() && strings.TrimSpace(rawOf(a, "paid_on")) == "" {
		ps = append(ps, a.Problem(roster.SevWarning, "payment-date-missing", "paid_on", "", i18n.M("payment.date-missing")))
	}
	switch {
	case a.PaymentMethod == "" && strings.TrimSpace(rawOf(a, "payment_method")) == "":
		ps = append(ps, a.Problem(roster.SevWarning, "payment-method-missing", "payment_method", "", i18n.M("payment.method-missing")))
	case (a.PaymentMethod == roster.PayBank || a.PaymentMethod == roster.PayCard) && a.Account == "" && strings.TrimSpace(rawOf(a, "account")) == "":
		ps = append(ps, a.Problem(roster.SevWarning, "payment-account-missing", "account", "", i18n.M("payment.account-missing", a.PaymentMethod)))
	}
	return ps
}

// rawOf is a field's cell on the applicant's row as stored, "" when the
// sheet has no such column.
func rawOf(a *roster.Applicant, field string) string {
	if a.Sheet == nil {
		return ""
	}
	col, ok := a.Sheet.Columns[field]
	if !ok || col < 1 || col > len(a.Raw) {
		return ""
	}
	return a.Raw[col-1]
}

func sortByRank(ls []Line) {
	slices.SortStableFunc(ls, func(a, b Line) int { return cmp.Compare(a.Decision.Rank, b.Decision.Rank) })
}

// verdictLabel names the verdict of a row that is not a recipient, as the
// clerk reads it: 暂缓 for a held seat (the payment waits on a question).
func verdictLabel(d *eligibility.Decision) i18n.Msg {
	if d.Held {
		return i18n.M("verdict.held")
	}
	return i18n.M("verdict." + string(d.Verdict))
}
