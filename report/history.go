package report

// Last year's recipients (--previous) in the check report: the repeat of
// each applicant in JSON, and who has not applied again.

import (
	"fmt"
	"io"
	"strings"

	"relief/assessment"
	"relief/i18n"
	"relief/money"
	"relief/roster"
)

// jsonRepeat is an applicant's relief of last year.
type jsonRepeat struct {
	Year         int    `json:"year"`
	Amount       string `json:"amount,omitempty"`
	OutOfPoverty bool   `json:"out_of_poverty,omitempty"`
}

// jsonPrevious sums up the comparison with last year.
type jsonPrevious struct {
	Year         int                 `json:"year"`
	Recipients   int                 `json:"recipients"`
	Repeats      int                 `json:"repeats"`
	NotReapplied []jsonPreviousEntry `json:"not_reapplied"`
}

// jsonPreviousEntry is one of last year's recipients.
type jsonPreviousEntry struct {
	Name         string `json:"name"`
	IDNumber     string `json:"id_number"`
	Township     string `json:"township"`
	Branch       string `json:"branch"`
	Year         int    `json:"year"`
	Amount       string `json:"amount,omitempty"`
	OutOfPoverty bool   `json:"out_of_poverty,omitempty"`
	File         string `json:"file"`
	Sheet        string `json:"sheet"`
	Row          int    `json:"row"`
}

func repeatJSON(r *assessment.Result, a *roster.Applicant) *jsonRepeat {
	if r.History == nil || a == nil {
		return nil
	}
	rep, ok := r.History.Repeats[a]
	if !ok {
		return nil
	}
	j := &jsonRepeat{Year: rep.Year, OutOfPoverty: rep.OutOfPoverty}
	if rep.Amount != nil {
		j.Amount = rep.Amount.Decimal()
	}
	return j
}

func previousJSON(r *assessment.Result) *jsonPrevious {
	h := r.History
	if h == nil {
		return nil
	}
	p := &jsonPrevious{Year: h.Year, Recipients: h.Recipients, Repeats: len(h.Repeats), NotReapplied: []jsonPreviousEntry{}}
	for _, e := range h.NotReapplied {
		j := jsonPreviousEntry{Name: e.Name, IDNumber: e.IDNumber, Township: e.Township, Branch: e.Branch, Year: e.Year,
			OutOfPoverty: e.OutOfPoverty, File: e.File, Sheet: e.Sheet, Row: e.Row}
		if e.Amount != nil {
			j.Amount = e.Amount.Decimal()
		}
		p.NotReapplied = append(p.NotReapplied, j)
	}
	return p
}

// RepeatText is the 上年救助 cell of an applicant: 2025年度 1,000.00元
// (脱贫 when last year's evaluation said so); "" for none.
func RepeatText(r *assessment.Result, a *roster.Applicant, l i18n.Lang) string {
	if r.History == nil || a == nil {
		return ""
	}
	rep, ok := r.History.Repeats[a]
	if !ok {
		return ""
	}
	return reliefText(rep.Year, rep.Amount, rep.OutOfPoverty, l)
}

// reliefText says what relief a member had in a year: 2025年度 1,000.00元,
// or 2025年度救助对象（考评已脱贫）.
func reliefText(year int, amount *money.Amount, outOfPoverty bool, l i18n.Lang) string {
	switch {
	case outOfPoverty:
		return i18n.M("report.repeat.out-of-poverty", year).In(l)
	case amount != nil:
		return i18n.M("report.repeat.amount", year, amount.String()).In(l)
	}
	return i18n.M("report.repeat.year", year).In(l)
}

// historyText writes the repeats and last year's recipients who have not
// applied again, when --previous was given.
func historyText(w io.Writer, r *assessment.Result, l i18n.Lang) error {
	h := r.History
	if h == nil {
		return nil
	}
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	sep := "、"
	if l == i18n.EN {
		sep = ", "
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, m("report.previous.title", h.Year, h.Recipients, len(h.Repeats), len(h.NotReapplied)))
	var reps []string
	for _, d := range r.Decisions {
		if t := RepeatText(r, d.Applicant, l); t != "" {
			reps = append(reps, m("report.previous.repeat", d.Applicant.Name, t))
		}
	}
	if len(reps) > 0 {
		fmt.Fprintln(w, m("report.previous.repeats", strings.Join(reps, sep)))
	}
	if len(h.NotReapplied) == 0 {
		return nil
	}
	fmt.Fprintln(w, m("report.previous.not-reapplied"))
	t := &table{}
	t.add(m("report.col.name"), m("report.col.township"), m("report.col.branch"), m("report.previous.col.relief"), m("report.previous.col.where"))
	for _, e := range h.NotReapplied {
		t.add(e.Name, e.Township, e.Branch, reliefText(e.Year, e.Amount, e.OutOfPoverty, l), m("history.where", e.File, e.Sheet, e.Row))
	}
	return t.write(w)
}
