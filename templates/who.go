package templates

import (
	"relief/assessment"
	"relief/eligibility"
	"relief/i18n"
	"relief/procedure"
	"relief/roster"
)

// Who a document goes to follows from each case's stage (package
// procedure), never from dates read here: the notice lists the selected
// applicants not yet posted; a notification letter goes only to a
// selected applicant whose case is final; a rejection letter only to an
// ineligible one whose verdict waits on nothing.

// cases maps each decision of res to its case.
func cases(res *assessment.Result) map[*eligibility.Decision]*procedure.Case {
	m := make(map[*eligibility.Decision]*procedure.Case, len(res.Cases))
	for i := range res.Cases {
		if c := &res.Cases[i]; c.D != nil {
			m[c.D] = c
		}
	}
	return m
}

// noticeList is who a notice lists.
type noticeList struct {
	people        []*eligibility.Decision // in rank order
	posted        int                     // seats (selected or held) posted before
	postedOn      roster.Day              // the first day of the earliest of their notices
	supplementary bool
	fresh         int        // people listed not posted yet (all of them but on a reprint)
	postedSame    roster.Day // on a reprint of people all posted on one day: that day
	unapproved    int        // seats left out because their approval is not recorded yet (§5 step 5 comes before the notice)
}

// listNotice returns the selected applicants that have no notice day
// yet, or all of them when all is set (a reprint), whose approval is
// recorded: §5 posts the list the banner approved (step 5 before step
// 6), so a selected applicant not yet approved is left out and counted.
// When some selected applicants were posted before, the notice is a
// supplementary one. Nobody to list is an error that says why.
func listNotice(res *assessment.Result, all bool) (noticeList, error) {
	sel := Selected(res.Decisions)
	if len(sel) == 0 {
		return noticeList{}, i18n.Errorf("doc.none-selected")
	}
	cs := cases(res)
	var l noticeList
	for _, c := range cs {
		if c.Seat && c.Posted() {
			if l.postedOn.IsZero() || c.NoticedOn.Before(l.postedOn) {
				l.postedOn = c.NoticedOn
			}
			l.posted++
		}
	}
	for _, d := range sel {
		c := cs[d]
		if c != nil && c.Posted() && !all {
			continue
		}
		if c != nil && !c.Stage.Reached(procedure.Approved) {
			l.unapproved++
			continue
		}
		l.people = append(l.people, d)
		if c == nil || !c.Posted() {
			l.fresh++
		}
	}
	if all && l.fresh == 0 {
		// A reprint of people all posted: their period, when they share one.
		for i, d := range l.people {
			on := cs[d].NoticedOn
			switch {
			case i == 0:
				l.postedSame = on
			case on != l.postedSame:
				l.postedSame = roster.Day{}
			}
		}
	}
	switch {
	case len(l.people) == 0 && l.unapproved > 0:
		return l, i18n.Errorf("doc.notice-none-approved", l.unapproved)
	case len(l.people) == 0:
		return l, i18n.Errorf("doc.notice-all-posted", l.posted, l.postedOn.String())
	}
	l.supplementary = !all && l.posted > 0
	return l, nil
}

// Skip is a selected applicant who gets no notification letter yet (or,
// with rejections, an ineligible one who gets no rejection letter yet),
// and why.
type Skip struct {
	File      string // the input file the row was read from
	Row       int
	Name      string
	Rejection bool
	Stage     procedure.Stage
	Code      string   // what the case waits for: procedure.Next codes, or the waiting reason's code
	Msg       i18n.Msg // the same for a person
}

// recipient is one letter to write.
type recipient struct {
	d   *eligibility.Decision
	c   *procedure.Case
	seq int // the number in the full notice (rank order), or among the rejected (sheet order)
}

// listLetters returns who gets a letter: each selected applicant whose
// case is final, numbered as in the full notice; with rejections, each
// ineligible applicant whose verdict waits on nothing, numbered in sheet
// order. Every selected applicant (held seats included) and, with
// rejections, every ineligible one left out is in skipped with the reason.
func listLetters(res *assessment.Result, rejections bool) (send, rej []recipient, skipped []Skip) {
	cs := cases(res)
	for i, d := range Selected(res.Decisions) {
		c := cs[d]
		if c != nil && c.Final() {
			send = append(send, recipient{d: d, c: c, seq: i + 1})
			continue
		}
		skipped = append(skipped, skipOf(d, c))
	}
	for i := range res.Decisions {
		if d := &res.Decisions[i]; d.Held && d.Applicant != nil {
			skipped = append(skipped, skipOf(d, cs[d]))
		}
	}
	if !rejections {
		return send, nil, skipped
	}
	for i, d := range Rejected(res.Decisions) {
		if !d.Waiting() {
			rej = append(rej, recipient{d: d, c: cs[d], seq: i + 1})
			continue
		}
		s := Skip{File: fileOf(d), Row: d.Applicant.Row, Name: d.Applicant.Name, Rejection: true}
		if c := cs[d]; c != nil {
			s.Stage = c.Stage
		}
		for _, r := range d.Reasons {
			if r.Waits {
				s.Code, s.Msg = r.Code, r.Msg
				break
			}
		}
		skipped = append(skipped, s)
	}
	return send, rej, skipped
}

func skipOf(d *eligibility.Decision, c *procedure.Case) Skip {
	s := Skip{File: fileOf(d), Row: d.Applicant.Row, Name: d.Applicant.Name}
	if c == nil {
		s.Code, s.Msg = procedure.NextNotice, i18n.M("procedure.next.notice")
		return s
	}
	s.Stage, s.Code, s.Msg = c.Stage, c.Next.Code, c.Next.Msg
	return s
}

// fileOf is the input file a decision's row was read from.
func fileOf(d *eligibility.Decision) string {
	if d.Applicant != nil && d.Applicant.Sheet != nil {
		return d.Applicant.Sheet.File
	}
	return ""
}

// township is the part of the banner's notice list l that one township's
// notice lists (people, in rank order): it is supplementary when seats of
// that township were posted before.
func (l noticeList) township(res *assessment.Result, name string, people []*eligibility.Decision, all bool) noticeList {
	t := noticeList{people: people}
	cs := cases(res)
	for _, c := range cs {
		if c.Seat && c.Posted() && township(c.D) == name {
			if t.postedOn.IsZero() || c.NoticedOn.Before(t.postedOn) {
				t.postedOn = c.NoticedOn
			}
			t.posted++
		}
	}
	for _, d := range people {
		if c := cs[d]; c != nil && !c.Stage.Reached(procedure.Approved) {
			t.unapproved++
		}
	}
	t.supplementary = !all && t.posted > 0
	return t
}
