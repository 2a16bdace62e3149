// Package budget turns the eligible applicants into the year's relief:
// the 2.5 % quota (§2) and its apportionment to townships, the ranking,
// the amounts by hardship level fitted to the fund, and the budget.
// Money is money.Amount (integer fen) throughout.
package budget

// Plan is the year's budget.
type Plan struct {
	Members int // party members the quota is computed on
	Quota   int // the banner quota
}
