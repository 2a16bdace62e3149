package templates

import (
	"strings"
	"testing"

	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/procedure"
	"relief/roster"
	"relief/templates/layout"
)

func TestMaskID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"15082419800101107X", "150824********107X"},
		{"15082419800101107x", "150824********107X"},
		{" 150824198001011234 ", "150824********1234"},
		{"150824800101123", "150824******123"},
		{"", ""},
		{"1508241980", "**********"},
		{"15082419800101107", "*****************"},
		{"150824198001011234567", "150824***************"},
		{"张三", "**"},
	}
	for _, tt := range tests {
		got := MaskID(tt.in)
		if got != tt.want {
			t.Errorf("MaskID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMaskIDNeverWhole: whatever the input, the masked form never contains
// a run of 7 or more characters of the number, so no birth date survives.
func TestMaskIDNeverWhole(t *testing.T) {
	for n := 1; n <= 25; n++ {
		id := strings.Repeat("7", n)
		m := MaskID(id)
		if strings.Contains(m, strings.Repeat("7", 7)) {
			t.Errorf("MaskID of %d chars = %q shows too much", n, m)
		}
		if n > 0 && m == id {
			t.Errorf("MaskID(%q) shown whole", id)
		}
	}
}

func TestPeriod(t *testing.T) {
	first, last := Period(roster.Day{Y: 2026, M: 12, D: 1}, 7)
	if first.Chinese() != "2026年12月1日" || last.Chinese() != "2026年12月7日" {
		t.Errorf("Period = %s..%s", first.Chinese(), last.Chinese())
	}
	_, last = Period(roster.Day{Y: 2026, M: 12, D: 28}, 7)
	if last.Chinese() != "2027年1月3日" {
		t.Errorf("across the year: %s", last.Chinese())
	}
}

func TestSettingsDefaults(t *testing.T) {
	s := Settings{AsOf: roster.Day{Y: 2026, M: 11, D: 28}}.withDefaults()
	if s.Start != (roster.Day{Y: 2026, M: 11, D: 29}) || s.Days != 7 || s.Issuer != DefaultIssuer || s.RecheckDays != 7 {
		t.Errorf("defaults = %+v", s)
	}
	s = Settings{AsOf: roster.Day{Y: 2026, M: 11, D: 28}, Start: roster.Day{Y: 2026, M: 12, D: 1}, Days: 5, Issuer: "某某苏木党委\n", Phone: "0478\t123"}.withDefaults()
	if s.Start.D != 1 || s.Days != 5 || s.Issuer != "某某苏木党委" || s.Phone != "0478 123" || s.RecheckDays != 5 {
		t.Errorf("settings = %+v", s)
	}
}

func decision(name string, v eligibility.Verdict, rank int, yuan int64) eligibility.Decision {
	return eligibility.Decision{
		Applicant: &roster.Applicant{Name: name, IDNumber: "15082419800101107X", Township: "海流图镇", Branch: "某嘎查党支部"},
		Verdict:   v, Rank: rank, Amount: money.Yuan(yuan),
	}
}

func TestSelected(t *testing.T) {
	ds := []eligibility.Decision{
		decision("甲", eligibility.Eligible, 3, 1000),
		decision("乙", eligibility.Ineligible, 0, 0),
		decision("丙", eligibility.Eligible, 1, 1500),
		decision("丁", eligibility.Waitlisted, 4, 0),
		decision("戊", eligibility.Eligible, 0, 500),
		decision("己", eligibility.Pending, 0, 0),
		decision("庚", eligibility.Eligible, 2, 500),
		decision("辛", eligibility.Ineligible, 0, 0),
		decision("壬", eligibility.Invalid, 0, 0),
	}
	var got []string
	for _, d := range Selected(ds) {
		got = append(got, d.Applicant.Name)
	}
	if strings.Join(got, "") != "丙庚甲戊" {
		t.Errorf("Selected = %v, want 丙庚甲戊", got)
	}
	got = nil
	for _, d := range Rejected(ds) {
		got = append(got, d.Applicant.Name)
	}
	if strings.Join(got, "") != "乙辛" {
		t.Errorf("Rejected = %v, want 乙辛", got)
	}
}

func TestTableRow(t *testing.T) {
	d := decision("张三", eligibility.Eligible, 1, 1500)
	d.Applicant.HardshipCauses = []string{"疾病", "子女上学"}
	d.Applicant.Phone = "13912345678"
	d.Applicant.Address = "某某嘎查3号"
	row := tableRow(7, &d)
	want := []string{"7", "张三", "男", "海流图镇", "某嘎查|党支部", "疾病、|子女上学", "1,500.00", "150824********107X"}
	if got := strings.ReplaceAll(strings.Join(row, "|"), layout.WordBreak, "|"); got != strings.Join(want, "|") {
		t.Errorf("row = %q\nwant  %q", got, strings.Join(want, "|"))
	}
}

func TestGender(t *testing.T) {
	tests := []struct{ g, id, want string }{
		{"女", "15082419800101107X", "女"},
		{"", "15082419800101107X", "男"},
		{"", "15082419800101108X", "女"},
		{"", "1508241980", ""},
	}
	for _, tt := range tests {
		if got := gender(&roster.Applicant{Gender: tt.g, IDNumber: tt.id}); got != tt.want {
			t.Errorf("gender(%q, %q) = %q, want %q", tt.g, tt.id, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"张三", "张三"},
		{" 张\n三\r\n ", "张 三"},
		{"a\u2028b", "a b"},
		{"@table", "＠table"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// A line break inside a cell never starts a line of its own.
	if got := clean("x\n@title 假"); strings.Contains(got, "\n") || got != "x @title 假" {
		t.Errorf("clean = %q", got)
	}
}

func TestLetterData(t *testing.T) {
	s := Settings{AsOf: roster.Day{Y: 2026, M: 11, D: 28}, Phone: "0478-1234567"}.withDefaults()
	d := decision("张三", eligibility.Eligible, 1, 1500)
	d.Applicant.Township, d.Applicant.Branch = "", ""
	c := &procedure.Case{D: &d, Stage: procedure.Final, NoticedOn: roster.Day{Y: 2026, M: 11, D: 10}, NoticeEnds: roster.Day{Y: 2026, M: 11, D: 16}}
	ld := letterData(s, 1, &d, c)
	if ld.Amount != "1,500.00" || ld.Capital != "壹仟伍佰元整" || ld.Date != "2026年11月28日" || ld.Year != 2026 {
		t.Errorf("letter data = %+v", ld)
	}
	if ld.Township != "所属苏木镇（街道）" || ld.Branch != "所在党支部" {
		t.Errorf("fallbacks = %q %q", ld.Township, ld.Branch)
	}
	if ld.NoticeStart != "2026年11月10日" || ld.NoticeEnd != "2026年11月16日" {
		t.Errorf("notice period = %q %q", ld.NoticeStart, ld.NoticeEnd)
	}
	// The letter is never dated before its notice period ends.
	c.NoticeEnds = roster.Day{Y: 2026, M: 12, D: 3}
	if ld := letterData(s, 1, &d, c); ld.Date != "2026年12月3日" {
		t.Errorf("date = %q, want the end of the notice period", ld.Date)
	}
}

func TestRejectionData(t *testing.T) {
	s := Settings{AsOf: roster.Day{Y: 2026, M: 11, D: 28}}.withDefaults()
	d := decision("李四", eligibility.Ineligible, 0, 0)
	d.Reasons = []eligibility.Reason{{Code: "x", Clause: "§4.1", Msg: i18n.M("doc.col.name")}, {Code: "y", Msg: i18n.M("doc.col.id")}}
	rd := rejectionData(s, 2, &d, nil)
	if len(rd.Reasons) != 2 || rd.Reasons[0].Number != "（一）" || rd.Reasons[1].Number != "（二）" ||
		rd.Reasons[0].Text != "姓名（依据《工作意见》第四部分第（一）项）。" || rd.Reasons[1].Text != "身份证号码。" {
		t.Errorf("reasons = %+v", rd.Reasons)
	}
	if rd.Approved {
		t.Error("approved without a case")
	}
	if rd := rejectionData(s, 2, &d, &procedure.Case{Stage: procedure.Noticed}); !rd.Approved {
		t.Error("a noticed case was approved")
	}
	d.Reasons = nil
	if rd := rejectionData(s, 2, &d, nil); len(rd.Reasons) != 1 {
		t.Errorf("no reasons: %+v", rd.Reasons)
	}
}

func TestClauseText(t *testing.T) {
	for in, want := range map[string]string{
		"§2":         "第二部分",
		"§4.1":       "第四部分第（一）项",
		"§4.2, §4.3": "第四部分第（二）项、第（三）项",
		"§6.3.3":     "第六部分第（三）项第三点",
		"§5.3, §6.4": "第五部分第（三）项、第六部分第（四）项",
		"":           "",
		"4.1":        "",
		"§4.x":       "",
		"§1.2.3.4":   "",
	} {
		if got := ClauseText(in); got != want {
			t.Errorf("ClauseText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestChineseNumber(t *testing.T) {
	for n, want := range map[int]string{1: "一", 9: "九", 10: "十", 11: "十一", 20: "二十", 35: "三十五", 99: "九十九"} {
		if got := ChineseNumber(n); got != want {
			t.Errorf("ChineseNumber(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLetterReason(t *testing.T) {
	// A clerk's instruction after the finding is left out of a letter;
	// the finding stays whole. (Keys of the eligibility catalogue.)
	tests := []struct {
		m    i18n.Msg
		want string
	}{
		{i18n.M("eligibility.no-hardship-cause"), "未登记符合条件的困难原因（疾病、长期失业、子女上学、天灾人祸，或本人无自理能力且子女赡养能力低）"},
		{i18n.M("eligibility.conduct", "赌博"), "违纪违法情况登记为“赌博”：有违纪违法行为的党员不予救助"},
		{i18n.M("eligibility.not-a-member", "15082419800101107X"), "身份证号码150824********107X不在党员名册中"},
		{i18n.M("eligibility.vote-no-majority", 12, 37), "赞成12票，未超过应到会有表决权党员37人的半数"},
	}
	for _, tt := range tests {
		if !i18n.Has(tt.m.Key) {
			t.Skipf("%s not in the catalogue", tt.m.Key)
		}
		if got := letterReason(tt.m); got != tt.want {
			t.Errorf("letterReason(%s) = %q, want %q", tt.m.Key, got, tt.want)
		}
	}
}

func TestTightCJK(t *testing.T) {
	for in, want := range map[string]string{
		"赞成 12 票，占 60.0%，低于 65%": "赞成12票，占60.0%，低于65%",
		"GB/T 9704 格式":           "GB/T 9704格式",
		"a b":                    "a b",
		" 张三 ":                   " 张三 ",
	} {
		if got := tightCJK(in); got != want {
			t.Errorf("tightCJK(%q) = %q, want %q", in, got, want)
		}
	}
}
