package templates

import (
	"bytes"
	"strings"
	"testing"

	"relief/eligibility"
	"relief/money"
	"relief/roster"
	"relief/templates/layout"
)

func marks(s string) string { return strings.ReplaceAll(s, layout.WordBreak, "|") }

func TestWordMarks(t *testing.T) {
	for _, tt := range []struct {
		f       func(string) string
		in, out string
	}{
		{nameWords, "巴特尔·朝鲁", "巴特尔·朝鲁"},
		{nameWords, "斯琴高娃·乌日娜", "斯琴高娃·乌日娜"},
		{nameWords, "阿拉坦其其格·巴雅尔图·额尔敦", "阿拉坦其其格·|巴雅尔图·|额尔敦"},
		{townWords, "海流图镇", "海流图镇"},
		{townWords, "川井苏木", "川井苏木"},
		{townWords, "巴音乌兰苏木", "巴音乌兰|苏木"},
		{orgWords, "乌加河村党支部", "乌加河村|党支部"},
		{orgWords, "苏木机关党支部", "苏木机关|党支部"},
		{orgWords, "海流图镇第一社区党支部", "海流图镇|第一社区|党支部"},
		{orgWords, "巴音哈太嘎查党支部", "巴音哈太嘎查|党支部"},
		{orgWords, "第三牧民小组联合党支部", "第三牧民小组|联合党支部"},
		{orgWords, "一支部", "一支部"},
		{orgWords, "镇东社区党总支", "镇东社区|党总支"},
		{headerWords, "所属苏木镇", "所属|苏木镇"},
		{headerWords, "救助金额（元）", "救助金额|（元）"},
		{headerWords, "身份证号码", "身份证号码"},
	} {
		if got := marks(tt.f(tt.in)); got != tt.out {
			t.Errorf("%q → %q, want %q", tt.in, got, tt.out)
		}
	}
	if got := marks(listWords([]string{"疾病", "子女上学"})); got != "疾病、|子女上学" {
		t.Errorf("listWords: %q", got)
	}
}

// The notice's table, read back from the PDF, shows every name,
// township, cause, amount and masked identity number whole on one line,
// and each part of a branch's name whole: nothing is split inside a word.
func TestNoticeKeepsWordsWhole(t *testing.T) {
	people := []struct{ name, town, branch string }{
		{"巴特尔·朝鲁", "川井苏木", "川井嘎查党支部"},
		{"斯琴高娃·乌日娜", "巴音乌兰苏木", "巴音哈太嘎查党支部"},
		{"额尔敦毕力格", "海流图镇", "海流图镇第一社区党支部"},
		{"王秀英", "德岭山镇", "苏木机关党支部"},
		{"那仁·巴雅尔图", "乌加河镇", "第三牧民小组联合党支部"},
	}
	res := synthetic(0, 0)
	for i, p := range people {
		a := &roster.Applicant{Row: i + 2, Name: p.name, IDNumber: idNumber(i), Township: p.town, Branch: p.branch,
			HardshipCauses: []string{roster.CauseNoSelfCare, roster.CauseIllness, roster.CauseSchooling, roster.CauseUnemployment, roster.CauseDisaster}[:1+i%5]}
		res.Decisions = append(res.Decisions, eligibility.Decision{Applicant: a, Verdict: eligibility.Eligible, Rank: i + 1, Amount: money.Yuan(12500)})
	}
	var buf bytes.Buffer
	if _, err := Notice(&buf, res, options(t)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(pdftotext(t, buf.Bytes()), "\n")
	onALine := func(w string) bool {
		for _, l := range lines {
			if strings.Contains(l, w) {
				return true
			}
		}
		return false
	}
	for i, p := range people {
		words := []string{p.name, MaskID(idNumber(i)), "12,500.00"}
		words = append(words, strings.Split(marks(orgWords(p.branch)), "|")...)
		words = append(words, strings.Split(marks(townWords(p.town)), "|")...)
		for _, c := range res.Decisions[i].Applicant.HardshipCauses {
			words = append(words, c)
		}
		for _, w := range words {
			if !onALine(w) {
				t.Errorf("%q is split across lines in the notice", w)
			}
		}
	}
	if strings.Contains(strings.Join(lines, ""), layout.WordBreak) {
		t.Error("the notice's text holds a WordBreak")
	}
}
