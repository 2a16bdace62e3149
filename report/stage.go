package report

import (
	"relief/assessment"
	"relief/eligibility"
	"relief/i18n"
	"relief/procedure"
)

// StageLabel is a stage as a clerk reads it: 已申报 … 公示期满 in Chinese.
func StageLabel(s procedure.Stage, l i18n.Lang) string {
	if s == "" {
		return ""
	}
	return i18n.M("stage." + string(s)).In(l)
}

// DecisionLabel is the verdict as a clerk reads it, and 暂缓 (held) for a
// pending applicant whose seat is held while an objection is reviewed.
func DecisionLabel(d *eligibility.Decision, l i18n.Lang) string {
	if d.Held {
		return i18n.M("verdict.held").In(l)
	}
	return VerdictLabel(d.Verdict, l)
}

// caseOf returns the case of the i-th decision, nil when the assessment
// has none (a result made by hand).
func caseOf(r *assessment.Result, i int) *procedure.Case {
	if i < 0 || i >= len(r.Cases) {
		return nil
	}
	return &r.Cases[i]
}

// stageOf returns the stage of the i-th decision, "" when unknown.
func stageOf(r *assessment.Result, i int) procedure.Stage {
	if c := caseOf(r, i); c != nil {
		return c.Stage
	}
	return ""
}

// jsonCase is where an applicant's case stands, in the JSON contracts:
// the stage, the notice period when the notice was posted, and what the
// case waits for when it is not final.
type jsonCase struct {
	Stage      string `json:"stage,omitempty"`
	NoticedOn  string `json:"noticed_on,omitempty"`
	NoticeEnds string `json:"notice_ends,omitempty"`
	Next       string `json:"next,omitempty"`
}

func caseJSON(r *assessment.Result, i int, l i18n.Lang) jsonCase {
	c := caseOf(r, i)
	if c == nil {
		return jsonCase{}
	}
	j := jsonCase{Stage: string(c.Stage), NoticedOn: c.NoticedOn.String(), NoticeEnds: c.NoticeEnds.String()}
	if c.Next.Code != "" {
		j.Next = c.Next.Msg.In(l)
	}
	return j
}
