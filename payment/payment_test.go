package payment

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/roster"
)

// columns of the test sheet: 发放方式 F, 账号 G, 发放日期 H, 实发金额 I.
var info = &roster.SheetInfo{File: "t.xlsx", Name: "救助申报", Columns: map[string]int{
	"name": 2, "payment_method": 6, "account": 7, "paid_on": 8, "paid_amount": 9}}

// person is an applicant with a payment recorded: paid is the 实发金额
// cell as typed ("" for none), amt what the reader made of it.
func person(row int, town, method, account, paidOn, paid string, amt *money.Amount) roster.Applicant {
	a := roster.Applicant{Row: row, Name: fmt.Sprint("人", row), Township: town, Sheet: info, PaymentMethod: method, Account: account, PaidAmount: amt,
		Raw: []string{"", "", "", "", "", method, account, paidOn, paid}}
	if paidOn != "" {
		a.PaidOn = roster.Day{Y: 2026, M: 11, D: 20}
	}
	return a
}

func yuan(n int64) *money.Amount { a := money.Yuan(n); return &a }

func TestCheck(t *testing.T) {
	apps := []roster.Applicant{
		person(3, "乌加河镇", roster.PayCash, "", "2026-11-20", "1500", yuan(1500)), // paid
		person(4, "乌加河镇", "", "", "", "", nil),                                  // unpaid
		person(5, "海流图镇", roster.PayBank, "", "2026-11-20", "800", yuan(800)),   // wrong amount; no account
		person(6, "海流图镇", roster.PayCard, "6217", "", "已发", nil),                // unreadable (the reader said so)
		person(7, "海流图镇", "", "", "2026-11-20", "", nil),                        // a day without an amount
		person(8, "乌加河镇", roster.PayCash, "", "2026-11-20", "500", yuan(500)),   // refused but paid
		person(9, "乌加河镇", "", "", "", "0", yuan(0)),                             // 0: not paid
		person(10, "海流图镇", "", "", "", "1000", yuan(1000)),                      // paid, no day, no method
	}
	ds := []eligibility.Decision{
		{Verdict: eligibility.Eligible, Rank: 1, Amount: money.Yuan(1500)},
		{Verdict: eligibility.Eligible, Rank: 4, Amount: money.Yuan(1000)},
		{Verdict: eligibility.Eligible, Rank: 2, Amount: money.Yuan(1000)},
		{Verdict: eligibility.Eligible, Rank: 3, Amount: money.Yuan(1000)},
		{Verdict: eligibility.Eligible, Rank: 5, Amount: money.Yuan(500)},
		{Verdict: eligibility.Ineligible},
		{Verdict: eligibility.Eligible, Rank: 6, Amount: money.Yuan(500)},
		{Verdict: eligibility.Eligible, Rank: 7, Amount: money.Yuan(1000)},
	}
	for i := range ds {
		ds[i].Applicant = &apps[i]
	}
	plan := &budget.Plan{Fund: money.Yuan(3000), FundSource: budget.FundSheet, Total: money.Yuan(6500),
		Funds:     []budget.FundLine{{Source: "旗财政", Amount: money.Yuan(3000), Row: 2}},
		Townships: []budget.Township{{Name: "海流图镇"}, {Name: "乌加河镇"}, {Name: "德岭山镇"}}}
	// Row 3's case is not final: its payment is recorded too early.
	pending := map[*eligibility.Decision]i18n.Msg{}
	for i := range ds {
		if ds[i].Applicant.Row == 3 {
			pending[&ds[i]] = i18n.M("procedure.next.notice")
		}
	}
	s := Check(ds, plan, pending)

	var got []string
	for _, l := range s.Lines {
		got = append(got, fmt.Sprintf("%d:%s", l.Decision.Applicant.Row, l.State))
	}
	want := []string{"5:mismatch", "6:unreadable", "7:unpaid", "10:paid", "3:paid", "4:unpaid", "9:unpaid", "8:not-recipient"}
	if !slices.Equal(got, want) {
		t.Errorf("lines %v\nwant  %v", got, want)
	}
	got = nil
	for _, p := range s.Problems {
		got = append(got, fmt.Sprintf("%s:%s@%s", p.Severity, p.Code, p.Cell))
	}
	want = []string{"warning:payment-before-final@I3", "warning:payment-account-missing@G5", "error:payment-mismatch@I5", "warning:payment-incomplete@I7",
		"error:payment-not-recipient@I8", "warning:payment-date-missing@H10", "warning:payment-method-missing@F10", "error:payment-over-fund@"}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("problems %v\nwant     %v", got, want)
	}
	if len(s.Townships) != 2 || s.Townships[0].Name != "海流图镇" {
		t.Fatalf("townships %+v", s.Townships)
	}
	h := s.Townships[0]
	if h.Recipients != 4 || h.Paid != 2 || h.PaidAmount != money.Yuan(1800) || h.Mismatches != 1 || h.Unreadable != 1 || h.Unpaid != 1 || h.UnpaidAmount != money.Yuan(500) {
		t.Errorf("海流图镇 %+v", h)
	}
	w := s.Townships[1]
	if w.Recipients != 3 || w.Paid != 1 || w.Unpaid != 2 || w.Others != 1 || w.OthersAmount != money.Yuan(500) {
		t.Errorf("乌加河镇 %+v", w)
	}
	if s.PaidOut != money.Yuan(3800) || s.Remaining != money.Yuan(-800) || s.Approved != money.Yuan(6500) || !s.Recorded() {
		t.Errorf("ledger paid %v remaining %v approved %v", s.PaidOut, s.Remaining, s.Approved)
	}
}

// Whatever is recorded, the township rows add up to the total, the paid
// out is what the rows record as paid, and the fund less it remains.
func TestCheckAddsUp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 30).Draw(t, "n")
		towns := []string{"甲镇", "乙镇", "丙镇", ""}
		apps := make([]roster.Applicant, n)
		ds := make([]eligibility.Decision, n)
		var recorded money.Amount
		for i := range apps {
			town := rapid.SampledFrom(towns).Draw(t, "town")
			var amt *money.Amount
			raw := ""
			if rapid.Bool().Draw(t, "paid") {
				a := money.Amount(rapid.Int64Range(0, 300000).Draw(t, "amount"))
				amt, raw = &a, a.Decimal()
				recorded += a
			}
			apps[i] = person(3+i, town, roster.PayCash, "", "", raw, amt)
			ds[i] = eligibility.Decision{Applicant: &apps[i], Verdict: eligibility.Ineligible}
			if rapid.Bool().Draw(t, "recipient") {
				ds[i].Verdict, ds[i].Rank, ds[i].Amount = eligibility.Eligible, i+1, money.Amount(rapid.Int64Range(1, 300000).Draw(t, "approved"))
			}
		}
		fund := money.Amount(rapid.Int64Range(0, 5000000).Draw(t, "fund"))
		s := Check(ds, &budget.Plan{Fund: fund, Townships: []budget.Township{{Name: "乙镇"}}}, nil)
		var sum Township
		for _, x := range s.Townships {
			sum.Recipients += x.Recipients
			sum.Paid += x.Paid
			sum.Unpaid += x.Unpaid
			sum.PaidAmount += x.PaidAmount
			sum.OthersAmount += x.OthersAmount
			sum.Approved += x.Approved
			if x.Paid+x.Unpaid+x.Unreadable != x.Recipients {
				t.Fatalf("%s: %d paid + %d unpaid + %d unreadable != %d recipients", x.Name, x.Paid, x.Unpaid, x.Unreadable, x.Recipients)
			}
		}
		sum.Name = ""
		if sum.Recipients != s.Total.Recipients || sum.PaidAmount != s.Total.PaidAmount || sum.Approved != s.Total.Approved {
			t.Fatalf("townships %+v do not add up to %+v", sum, s.Total)
		}
		if s.PaidOut != recorded || s.PaidOut != sum.PaidAmount+sum.OthersAmount || s.Remaining != fund-s.PaidOut {
			t.Fatalf("paid out %v, recorded %v, remaining %v of %v", s.PaidOut, recorded, s.Remaining, fund)
		}
		if len(s.Lines) != s.Total.Recipients+s.Total.Others {
			t.Fatalf("%d lines for %d recipients and %d others", len(s.Lines), s.Total.Recipients, s.Total.Others)
		}
	})
}

// A message names the verdict in its own language: an English report has
// no 待定 in it, a Chinese one no "pending".
func TestNotRecipientVerdictInMessageLanguage(t *testing.T) {
	a := person(3, "乌加河镇", roster.PayCash, "", "2026-11-20", "1500", yuan(1500))
	ds := []eligibility.Decision{{Applicant: &a, Verdict: eligibility.Pending}}
	s := Check(ds, &budget.Plan{Fund: money.Yuan(5000)}, nil)
	if len(s.Problems) != 1 || s.Problems[0].Code != "payment-not-recipient" {
		t.Fatalf("problems %+v", s.Problems)
	}
	en, zh := s.Problems[0].Msg.In(i18n.EN), s.Problems[0].Msg.In(i18n.ZH)
	if !strings.Contains(en, "the verdict is pending") || strings.Contains(en, "待定") {
		t.Errorf("English: %s", en)
	}
	if !strings.Contains(zh, "“待定”") {
		t.Errorf("Chinese: %s", zh)
	}
}
