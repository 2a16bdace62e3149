package templates

import (
	"bytes"
	"strings"
	"testing"

	"relief/assessment"
	"relief/eligibility"
	"relief/i18n"
	"relief/roster"
)

// posted sets the notice day of the applicants at the given indexes,
// clears the others', and follows the cases again.
func posted(res *assessment.Result, on roster.Day, idx ...int) {
	for i := range res.Decisions {
		res.Decisions[i].Applicant.NoticedOn = roster.Day{}
	}
	for _, i := range idx {
		res.Decisions[i].Applicant.NoticedOn = on
	}
	follow(res)
}

// The notice lists the selected applicants not yet posted: all of them the
// first time; only the others, as a supplementary notice, once some were
// posted; everyone with All; nobody is an error that says why. Never a
// held or waitlisted applicant.
func TestNoticeList(t *testing.T) {
	res := synthetic(5, 1)
	res.Decisions[3].Verdict, res.Decisions[3].Held = eligibility.Pending, true // under objection
	res.Decisions[4].Verdict = eligibility.Waitlisted
	posted(res, roster.Day{})
	l, err := listNotice(res, false)
	if err != nil || len(l.people) != 3 || l.supplementary || l.posted != 0 {
		t.Fatalf("first notice: %+v %v", l, err)
	}
	posted(res, roster.Day{Y: 2026, M: 11, D: 10}, 0, 3)
	l, err = listNotice(res, false)
	if err != nil || len(l.people) != 2 || l.people[0] != &res.Decisions[1] || !l.supplementary || l.posted != 2 ||
		l.postedOn != (roster.Day{Y: 2026, M: 11, D: 10}) {
		t.Fatalf("supplementary: %+v %v", l, err)
	}
	l, err = listNotice(res, true)
	if err != nil || len(l.people) != 3 || l.supplementary {
		t.Fatalf("--all: %+v %v", l, err)
	}
	posted(res, roster.Day{Y: 2026, M: 11, D: 10}, 0, 1, 2)
	if _, err := listNotice(res, false); !hasKey(err, "doc.notice-all-posted") {
		t.Errorf("all posted: %v", err)
	}

	// The document: its own title and opening sentence.
	posted(res, roster.Day{Y: 2026, M: 11, D: 10}, 0)
	o := options(t)
	o.All = false
	var buf bytes.Buffer
	st, err := Notice(&buf, res, o)
	if err != nil {
		t.Fatal(err)
	}
	if st.People != 2 || !st.Supplementary || st.Posted != 1 {
		t.Errorf("stats %+v", st)
	}
	flat := strings.Join(strings.Fields(pdftotext(t, buf.Bytes())), "")
	for _, s := range []string{"关于2026年度困难党员救助对象的补充公示", "名单已于2026年11月10日起公示", "拟增补以下2名同志", "现予以补充公示",
		res.Decisions[1].Applicant.Name, res.Decisions[2].Applicant.Name} {
		if !strings.Contains(flat, s) {
			t.Errorf("supplementary notice lacks %q:\n%s", s, flat)
		}
	}
	for _, i := range []int{0, 3, 4} {
		if strings.Contains(flat, MaskID(res.Decisions[i].Applicant.IDNumber)) {
			t.Errorf("supplementary notice lists %s", res.Decisions[i].Applicant.Name)
		}
	}
}

// Letters go to the final cases only; every other seat is skipped with
// its reason; a rejection only when nothing waits.
func TestLetterList(t *testing.T) {
	res := synthetic(4, 2)
	res.Decisions[1].Applicant.NoticedOn = roster.Day{Y: 2026, M: 11, D: 25} // period not over on 11-28
	res.Decisions[2].Applicant.ApprovedOn = roster.Day{}                     // not approved
	res.Decisions[3].Verdict, res.Decisions[3].Held = eligibility.Pending, true
	res.Decisions[3].Applicant.Objection = roster.ObjectionPending
	res.Decisions[5].Reasons = append(res.Decisions[5].Reasons, eligibility.Reason{Code: "review-missing", Waits: true, Msg: i18n.M("doc.col.name")})
	follow(res)
	send, rej, skipped := listLetters(res, true)
	if len(send) != 1 || send[0].d != &res.Decisions[0] || send[0].seq != 1 {
		t.Errorf("letters to %+v", send)
	}
	if len(rej) != 1 || rej[0].d != &res.Decisions[4] || rej[0].seq != 1 {
		t.Errorf("rejections to %+v", rej)
	}
	var got []string
	for _, s := range skipped {
		got = append(got, s.Name+":"+s.Code)
	}
	want := []string{
		res.Decisions[1].Applicant.Name + ":notice-period", res.Decisions[2].Applicant.Name + ":approval",
		res.Decisions[3].Applicant.Name + ":objection", res.Decisions[5].Applicant.Name + ":review-missing",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("skipped %v, want %v", got, want)
	}
	if !skipped[3].Rejection || skipped[0].Rejection {
		t.Errorf("kinds %+v", skipped)
	}

	// Nothing final: exit 2 with the people named.
	for i := range res.Decisions {
		res.Decisions[i].Applicant.NoticedOn = roster.Day{}
	}
	follow(res)
	st, err := Letters(&bytes.Buffer{}, res, options(t))
	if !hasKey(err, "doc.none-final") || len(st.Skipped) != 4 {
		t.Errorf("nothing final: %v, %d skipped", err, len(st.Skipped))
	}
}
