// Package history compares this year's applicants with last year's
// recipients (relief --previous): who received relief last year and
// applies again (a repeat, with last year's year and amount), who
// received it and has not applied again, and who was found out of
// poverty at last year's evaluation and applies again.
//
// It is a package of its own, beside eligibility rather than in it,
// because nothing it finds may decide anything: every year is applied
// for and decided afresh (§5 一年一申报), so a repeat is information and
// last year's 脱贫 is a warning for the branch to verify, the verdict
// resting on this year's records alone. Eligibility never sees last
// year's lists, so no rule can exclude by them.
package history

import (
	"cmp"
	"slices"

	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/roster"
)

// ClauseYearly is §5: relief is applied for every year.
const ClauseYearly = "§5"

// Repeat is last year's relief of an applicant who applies again.
type Repeat struct {
	Year         int
	Amount       *money.Amount // nil when the list gives no amount
	OutOfPoverty bool          // found 脱贫 at last year's evaluation
	File, Sheet  string        // where the recipient was listed
	Row          int
}

// Comparison is the outcome of Compare.
type Comparison struct {
	Year         int                          // the latest year of the lists ("last year")
	Recipients   int                          // last year's recipients listed (distinct identity numbers)
	Repeats      map[*roster.Applicant]Repeat // by this year's applicant
	NotReapplied []roster.PreviousRecipient   // last year's recipients who have not applied this year, by township
	Warnings     []roster.Problem             // on this year's rows: previous-out-of-poverty
	Problems     []roster.Problem             // about the lists: what could not be read (as warnings), a list of this year
}

// Compare matches the applicants to the recipients of lists by identity
// number, adds a repeat to the Info of each one who received relief in
// the latest year of the lists, and collects the rest of Comparison. A
// member listed more than once (the disbursement roster and the
// evaluation form of the same year, say) counts once: the latest year,
// the first amount given, 脱贫 if any list says so. asOf is the day of
// this year's assessment: a list of its year or later is a warning.
func Compare(ds []eligibility.Decision, lists []*roster.PreviousList, asOf roster.Day) *Comparison {
	c := &Comparison{Repeats: map[*roster.Applicant]Repeat{}}
	byID := map[string]*roster.PreviousRecipient{}
	var order []string
	for _, l := range lists {
		for _, p := range l.Problems {
			if p.Severity == roster.SevError {
				p.Severity = roster.SevWarning // last year's data decides nothing now
			}
			c.Problems = append(c.Problems, p)
		}
		if !asOf.IsZero() && l.Year >= asOf.Y {
			p := roster.Problem{Severity: roster.SevWarning, Code: "previous-same-year", File: l.Path,
				Msg: i18n.M("history.same-year", l.Path, l.Year, asOf.Y)}
			if l.Sheet != nil {
				p.Sheet = l.Sheet.Name
			}
			c.Problems = append(c.Problems, p)
		}
		for i := range l.Recipients {
			r := l.Recipients[i]
			if r.IDNumber == "" {
				continue
			}
			have := byID[r.IDNumber]
			switch {
			case have == nil:
				byID[r.IDNumber] = &r
				order = append(order, r.IDNumber)
			case r.Year > have.Year:
				byID[r.IDNumber] = &r
			case r.Year == have.Year:
				if have.Amount == nil {
					have.Amount = r.Amount
				}
				have.OutOfPoverty = have.OutOfPoverty || r.OutOfPoverty
			}
			c.Year = max(c.Year, r.Year)
		}
	}
	for _, id := range order {
		if byID[id].Year == c.Year {
			c.Recipients++
		}
	}

	applied := map[string]bool{}
	for i := range ds {
		d := &ds[i]
		a := d.Applicant
		if a == nil || a.IDNumber == "" {
			continue
		}
		applied[a.IDNumber] = true
		r := byID[a.IDNumber]
		if r == nil || r.Year != c.Year {
			continue
		}
		rep := Repeat{Year: r.Year, Amount: r.Amount, OutOfPoverty: r.OutOfPoverty, File: r.File, Sheet: r.Sheet, Row: r.Row}
		c.Repeats[a] = rep
		msg := i18n.M("history.repeat", r.Year)
		switch {
		case r.OutOfPoverty:
			msg = i18n.M("history.repeat-out-of-poverty", r.Year)
		case r.Amount != nil:
			msg = i18n.M("history.repeat-amount", r.Year, r.Amount.String())
		}
		d.Info = append(d.Info, eligibility.Reason{Code: "repeat", Clause: ClauseYearly, Msg: msg})
		if r.OutOfPoverty {
			field, value := "out_of_poverty", roster.No
			if a.Cell(field) == "" {
				field, value = "name", a.Name
			} else if a.OutOfPoverty {
				value = roster.Yes
			}
			c.Warnings = append(c.Warnings, a.Problem(roster.SevWarning, "previous-out-of-poverty", field, value,
				i18n.M("history.out-of-poverty", r.Year, where(r))))
		}
	}
	for _, id := range order {
		if r := byID[id]; r.Year == c.Year && !applied[id] {
			c.NotReapplied = append(c.NotReapplied, *r)
		}
	}
	// By township, in the order the lists first name them.
	townOrder := map[string]int{}
	for _, id := range order {
		t := byID[id].Township
		if _, ok := townOrder[t]; !ok {
			townOrder[t] = len(townOrder)
		}
	}
	slices.SortStableFunc(c.NotReapplied, func(a, b roster.PreviousRecipient) int {
		return cmp.Compare(townOrder[a.Township], townOrder[b.Township])
	})
	return c
}

// where names a recipient's row in its list: 发放花名册!5 of 2025发放.xlsx.
func where(r *roster.PreviousRecipient) string {
	return i18n.M("history.where", r.File, r.Sheet, r.Row).In(i18n.ZH)
}
