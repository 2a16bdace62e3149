package templates

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/procedure"
	"relief/roster"
	"relief/templates/layout"
)

// Settings are the facts of a run that are not in the assessment: the
// notice period, the issuer and the office's phone, already resolved from
// the flags and the policy.
type Settings struct {
	AsOf        roster.Day // the date on every document
	Year        int        // the relief year (年度); 0 = the year of AsOf
	Start       roster.Day // first day of the notice; zero = the day after AsOf
	Days        int        // length of the notice period; 0 = DefaultDays
	Issuer      string     // "" = DefaultIssuer
	Phone       string     // the office's phone; "" = none printed
	RecheckDays int        // days to ask for a re-check; 0 = Days
}

// Defaults for settings the policy leaves empty.
const (
	DefaultDays   = 7
	DefaultIssuer = "中共乌拉特中旗委员会组织部"
)

func (s Settings) withDefaults() Settings {
	if s.Days <= 0 {
		s.Days = DefaultDays
	}
	if s.Start.IsZero() {
		s.Start = s.AsOf.AddDays(1)
	}
	if strings.TrimSpace(s.Issuer) == "" {
		s.Issuer = DefaultIssuer
	}
	if s.RecheckDays <= 0 {
		s.RecheckDays = s.Days
	}
	s.Issuer, s.Phone = clean(s.Issuer), clean(s.Phone)
	return s
}

// year is the relief year: Year, else the year of AsOf.
func (s Settings) year() int {
	if s.Year > 0 {
		return s.Year
	}
	return s.AsOf.Y
}

// Period returns the first and last day of a notice of days days starting
// on start: both days count, so 7 days from 1 December end on 7 December.
func Period(start roster.Day, days int) (first, last roster.Day) {
	return start, start.AddDays(days - 1)
}

// Selected returns the applicants the notice announces and the letters go
// to: the eligible ones within the quota, by rank (unranked ones last), ties
// in sheet order.
func Selected(ds []eligibility.Decision) []*eligibility.Decision {
	var out []*eligibility.Decision
	for i := range ds {
		if ds[i].Verdict == eligibility.Eligible && ds[i].Applicant != nil {
			out = append(out, &ds[i])
		}
	}
	slices.SortStableFunc(out, func(a, b *eligibility.Decision) int {
		ra, rb := a.Rank, b.Rank
		if ra <= 0 {
			ra = int(^uint(0) >> 1)
		}
		if rb <= 0 {
			rb = int(^uint(0) >> 1)
		}
		return cmp.Compare(ra, rb)
	})
	return out
}

// Rejected returns the ineligible applicants, in sheet order: those of
// them whose verdict waits on nothing receive a 不予救助告知书. Waitlisted,
// pending and invalid applicants get no letter: nothing final has been
// decided about them.
func Rejected(ds []eligibility.Decision) []*eligibility.Decision {
	var out []*eligibility.Decision
	for i := range ds {
		if ds[i].Verdict == eligibility.Ineligible && ds[i].Applicant != nil {
			out = append(out, &ds[i])
		}
	}
	return out
}

// MaskID hides the personal part of an identity number for a public
// document: an 18-character number keeps its first 6 and last 4
// characters (150824********107X); a legacy 15-digit number keeps its first
// 6 and last 3 (the birth date is hidden); anything else keeps at most the
// 6-character area code, and only when 12 or more characters remain hidden.
func MaskID(id string) string {
	id = strings.ToUpper(strings.TrimSpace(id))
	r := []rune(id)
	n := len(r)
	keep := func(head, tail int) string {
		return string(r[:head]) + strings.Repeat("*", n-head-tail) + string(r[n-tail:])
	}
	switch {
	case n == 0:
		return ""
	case n == 18:
		return keep(6, 4)
	case n == 15:
		return keep(6, 3)
	case n >= 18:
		return keep(6, 0)
	default:
		return strings.Repeat("*", n)
	}
}

// Common are the fields every document's template can use.
type Common struct {
	Year   int    // the relief year: --year, else the year of --as-of
	Issuer string // the issuing office
	Phone  string // the office's phone, "" if none
	Date   string // the date of the document, 2026年11月28日
}

// NoticeData is what notice.tmpl is executed on. Like every template's data
// it holds nothing private: no identity number, phone or address of any
// applicant, so an edited template cannot print one.
type NoticeData struct {
	Common
	Township     string // the township of a notice per township (--by-township); "" for the banner's
	Count        int    // the people announced
	Total        string // the sum of their relief, 12,500.00
	TotalCapital string // the same in capitals, 壹万贰仟伍佰元整
	Start, End   string // the notice period, 2026年12月1日, 2026年12月7日
	Days         int
	// A supplementary notice (补充公示) lists selected applicants added
	// after Posted others were posted, the first of them on PostedOn.
	Supplementary bool
	Posted        int
	PostedOn      string // 2026年11月29日
}

// AllocationData is what allocation.tmpl is executed on: the quota and
// the rule it was apportioned by; the townships' table is drawn at @table.
type AllocationData struct {
	Common
	Members       int    // the banner's members
	Rate          string // quota.rate as a percentage, 2.5%
	QuotaExact    string // members × rate, exactly: 12.025
	Rounding      string // 四舍五入, 向下取整, 向上取整
	Quota         int    // the banner's quota
	Townships     int    // the townships the quota is apportioned to
	TownshipScope bool   // quota.scope township: each township selects within its quota
	Selected      int    // applicants selected
	Total         string // their relief, 12,500.00
	TotalCapital  string
	Standards     string // the amounts by level, 特别困难1,500.00元、比较困难1,000.00元
}

// Vote is the branch assembly's vote on one applicant.
type Vote struct {
	Recorded                               bool
	Voters, Present, For, Against, Abstain int
}

// LetterData is what letter.tmpl is executed on, once per recipient.
type LetterData struct {
	Common
	Seq      int    // the number in the notice
	Name     string // 张三
	Gender   string // 男 / 女 / ""
	Township string // 所属苏木镇, or a general phrase when empty
	Branch   string // 所在党支部, or a general phrase when empty
	Causes   string // 疾病、子女上学
	Level    string // 特别困难, or ""
	Amount   string // 1,500.00
	Capital  string // 壹仟伍佰元整
	Vote     Vote
	// The notice period, over without objection upheld: a letter is
	// written only for a case at that stage.
	NoticeStart, NoticeEnd string // 2026年11月29日, 2026年12月5日
	// ObjectionRejected: an objection was raised during the notice and
	// re-checked as unfounded (异议不成立, §6.3.5); the letter says so
	// rather than 期满无异议.
	ObjectionRejected bool
}

// Reason is one reason of a rejection.
type Reason struct {
	Number string // （一）
	Text   string // in plain Chinese
}

// RejectionData is what rejection.tmpl is executed on, once per rejected
// applicant.
type RejectionData struct {
	Common
	Seq         int
	Name        string
	Township    string
	Branch      string
	AppliedOn   string // 2026年9月5日, or "" when not recorded
	Reasons     []Reason
	RecheckDays int
	Approved    bool // the Organization Department's approval (审定) is recorded
}

// yuan is how every document writes a sum of money, the same in the
// notice's table, its text and the letters: yuan with two decimals and
// thousands separators, 1,500.00 (followed by 元 in running text), as the
// workbooks' money format shows it too.
func yuan(a money.Amount) string { return a.String() }

func common(s Settings) Common {
	return Common{Year: s.year(), Issuer: s.Issuer, Phone: s.Phone, Date: s.AsOf.Chinese()}
}

func noticeData(s Settings, l noticeList, township string) NoticeData {
	var total money.Amount
	for _, d := range l.people {
		total += d.Amount
	}
	first, last := Period(s.Start, s.Days)
	return NoticeData{
		Common: common(s), Township: wordMarked(clean(township)), Count: len(l.people),
		Total: yuan(total), TotalCapital: total.Capital(),
		Start: first.Chinese(), End: last.Chinese(), Days: s.Days,
		Supplementary: l.supplementary, Posted: l.posted, PostedOn: l.postedOn.Chinese(),
	}
}

// wordMarked marks a name as one word (layout.WordBreak on both sides),
// so that a title breaks around it, never inside it; "" stays "".
func wordMarked(s string) string {
	if s == "" {
		return ""
	}
	return layout.WordBreak + s + layout.WordBreak
}

// letterData is the letter of a final case c. Its date is the day of the
// run, and never earlier than the end of the notice period.
func letterData(s Settings, seq int, d *eligibility.Decision, c *procedure.Case) LetterData {
	a := d.Applicant
	cm := common(s)
	var start, end string
	if c != nil && c.Posted() {
		start, end = c.NoticedOn.Chinese(), c.NoticeEnds.Chinese()
		if s.AsOf.Before(c.NoticeEnds) {
			cm.Date = c.NoticeEnds.Chinese()
		}
	}
	return LetterData{
		Common: cm, Seq: seq, NoticeStart: start, NoticeEnd: end,
		ObjectionRejected: a.Objection == roster.ObjectionRejected,
		Name:              clean(a.Name), Gender: gender(a),
		Township: orElse(clean(township(d)), "所属苏木镇（街道）"),
		Branch:   orElse(clean(a.Branch), "所在党支部"),
		Causes:   clean(strings.Join(a.HardshipCauses, "、")),
		Level:    clean(a.HardshipLevel),
		Amount:   yuan(d.Amount), Capital: d.Amount.Capital(),
		Vote: Vote{Recorded: d.Vote.Recorded, Voters: d.Vote.Voters, Present: d.Vote.Present,
			For: d.Vote.For, Against: d.Vote.Against, Abstain: d.Vote.Abstain},
	}
}

func rejectionData(s Settings, seq int, d *eligibility.Decision, c *procedure.Case) RejectionData {
	a := d.Applicant
	r := RejectionData{
		Common: common(s), Seq: seq,
		Name:        clean(a.Name),
		Township:    orElse(clean(township(d)), "所属苏木镇（街道）"),
		Branch:      orElse(clean(a.Branch), "所在党支部"),
		AppliedOn:   a.AppliedOn.Chinese(),
		RecheckDays: s.RecheckDays,
		Approved:    c != nil && c.Stage.Reached(procedure.Approved),
	}
	for _, why := range d.Reasons {
		t := letterReason(why.Msg)
		if t == "" {
			continue
		}
		t = strings.TrimRight(t, "。；")
		if cite := ClauseText(why.Clause); cite != "" {
			t += "（依据《工作意见》" + cite + "）"
		}
		t += "。"
		r.Reasons = append(r.Reasons, Reason{Number: "（" + ChineseNumber(len(r.Reasons)+1) + "）", Text: t})
	}
	if len(r.Reasons) == 0 {
		r.Reasons = []Reason{{Number: "（一）", Text: "经审核不符合救助条件。"}}
	}
	return r
}

// letterReason renders a reason for the applicant's own letter. The
// catalogue's reasons are written for the clerk and may end in what the
// clerk should do ("…：请核实后填写“困难原因”"); a letter keeps the finding
// only. A reason whose key has a ".letter" variant in the catalogue uses
// that variant, with the same arguments.
func letterReason(m i18n.Msg) string {
	if i18n.Has(m.Key + ".letter") {
		return clean(i18n.M(m.Key+".letter", m.Args...).In(i18n.ZH))
	}
	t := clean(m.In(i18n.ZH))
	for _, cut := range []string{"：请", "，请", "；请"} {
		if i := strings.Index(t, cut); i > 0 {
			t = t[:i]
		}
	}
	return idPattern.ReplaceAllStringFunc(tightCJK(t), MaskID)
}

// idPattern finds identity numbers in a message, to mask them.
var idPattern = regexp.MustCompile(`\d{17}[\dXx]|\d{15}`)

// tightCJK drops the spaces a terminal message puts between Chinese and
// figures ("赞成 12 票" → "赞成12票"), as printed Chinese has none.
func tightCJK(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		if r == ' ' && i > 0 && i < len(rs)-1 && (wide(rs[i-1]) || wide(rs[i+1])) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// wide reports whether r is a CJK ideograph or full-width punctuation.
func wide(r rune) bool {
	return unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// tableRow is a row of the notice's table: 序号 | 姓名 | 性别 |
// 所属苏木镇 | 所在党支部 | 困难原因 | 救助金额（元） | 身份证号码.
// Each cell marks where its words end (words.go), so that the table
// never splits a name or a word.
func tableRow(seq int, d *eligibility.Decision) []string {
	a := d.Applicant
	causes := make([]string, len(a.HardshipCauses))
	for i, c := range a.HardshipCauses {
		causes[i] = clean(c)
	}
	return []string{
		strconv.Itoa(seq), nameWords(clean(a.Name)), gender(a), townWords(clean(township(d))), orgWords(clean(a.Branch)),
		listWords(causes), yuan(d.Amount), MaskID(a.IDNumber),
	}
}

// township is the applicant's township as the documents print it: the
// members roster's when the applicant is on it (Decision.Township, §3.5),
// else as written on the applicants sheet.
func township(d *eligibility.Decision) string {
	if d.Township != "" {
		return d.Township
	}
	return strings.TrimSpace(d.Applicant.Township)
}

// gender is the applicant's gender as written, else as the identity
// number's sequence digit says (odd male, even female).
func gender(a *roster.Applicant) string {
	if g := clean(a.Gender); g != "" {
		return g
	}
	if id := a.IDNumber; len(id) == 18 && id[16] >= '0' && id[16] <= '9' {
		if (id[16]-'0')%2 == 1 {
			return roster.Male
		}
		return roster.Female
	}
	return ""
}

// clean makes a cell's text safe to put in a document line: control
// characters and line breaks become spaces (so no cell can start a
// directive line of its own), runs of spaces fold, and a leading @ is
// written full-width.
func clean(s string) string {
	if s == "" {
		return ""
	}
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if strings.HasPrefix(s, "@") {
		s = "＠" + s[1:]
	}
	return s
}

func orElse(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// ChineseNumber writes 1..99 as 一 … 九十九 (other numbers in digits), for
// the （一）（二） of a list and the 一、二、 of section titles.
func ChineseNumber(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n <= 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}

// Sample data on which Load tries every template.
var (
	sampleCommon = Common{Year: 2026, Issuer: DefaultIssuer, Phone: "0478-1234567", Date: "2026年11月28日"}
	sampleNotice = NoticeData{Common: sampleCommon, Count: 1, Total: "1,000.00", TotalCapital: "壹仟元整",
		Start: "2026年11月29日", End: "2026年12月5日", Days: 7}
	// sampleSupplement is the same notice as a supplementary one.
	sampleSupplement = func() NoticeData {
		n := sampleNotice
		n.Supplementary, n.Posted, n.PostedOn = true, 11, "2026年11月20日"
		return n
	}()
	sampleLetter = LetterData{Common: sampleCommon, Seq: 1, Name: "张三", Gender: "男", Township: "海流图镇",
		Branch: "某某嘎查党支部", Causes: "疾病", Level: "比较困难", Amount: "1,000.00", Capital: "壹仟元整",
		Vote: Vote{Recorded: true, Voters: 30, Present: 25, For: 20}, NoticeStart: "2026年11月20日", NoticeEnd: "2026年11月26日"}
	sampleAllocation = AllocationData{Common: sampleCommon, Members: 480, Rate: "2.5%", QuotaExact: "12", Rounding: "四舍五入",
		Quota: 12, Townships: 4, Selected: 12, Total: "12,500.00", TotalCapital: "壹万贰仟伍佰元整",
		Standards: "特别困难1,500.00元、比较困难1,000.00元、一般困难500.00元"}
	sampleRejection = RejectionData{Common: sampleCommon, Seq: 1, Name: "李四", Township: "海流图镇",
		Branch: "某某嘎查党支部", AppliedOn: "2026年9月1日", RecheckDays: 7, Approved: true,
		Reasons: []Reason{{Number: "（一）", Text: "党员大会表决赞成率未达到65%。"}}}
)
