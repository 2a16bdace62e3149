package roster

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"relief/i18n"
	"relief/money"
)

func TestParseAccount(t *testing.T) {
	for _, tc := range []struct {
		raw     string
		numeric bool
		want    string
		code    string
		sev     Severity
	}{
		{"6228 4800 1234 5678 901", false, "6228480012345678901", "", ""},
		{"６２２８-４８００-１２３４", false, "622848001234", "", ""},
		{"  6217001234567890  ", false, "6217001234567890", "", ""},
		{"ab12cd", false, "AB12CD", "", ""},
		{"", false, "", "", ""},
		{"—", false, "", "", ""},
		{"6.21700123456789E+18", true, "", "account-stored-as-number", SevError},
		{"6217001234567890", true, "", "account-stored-as-number", SevError},
		{"622848001234", true, "622848001234", "account-stored-as-number", SevWarning},
		{"6.22848E+11", false, "", "account-stored-as-number", SevError},
		{"卡号丢失", false, "", "bad-value", SevError},
		{"6228#4800", false, "", "bad-value", SevError},
	} {
		got, is := parseAccount(tc.raw, tc.numeric)
		code, sev := "", Severity("")
		if is != nil {
			code, sev = is.Code, is.Sev
		}
		if got != tc.want || code != tc.code || sev != tc.sev {
			t.Errorf("parseAccount(%q, %v) = %q, %s %s; want %q, %s %s", tc.raw, tc.numeric, got, code, sev, tc.want, tc.code, tc.sev)
		}
	}
}

func FuzzParseAccount(f *testing.F) {
	for _, s := range []string{"6228 4800 1234", "6.2E+18", "", "abc-123", "１２３"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, raw string, numeric bool) {
		acc, is := parseAccount(raw, numeric)
		if is != nil && is.Sev == SevError && acc != "" {
			t.Errorf("%q: an error and an account %q", raw, acc)
		}
		for _, r := range acc {
			if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') {
				t.Errorf("%q: account %q holds %q", raw, acc, r)
			}
		}
	})
}

// A payment column's error is reported but leaves the row valid: the
// decision does not rest on it.
func TestPaymentColumnsDoNotInvalidate(t *testing.T) {
	path := rdWrite(t, false, rdSheet{name: "救助申报", rows: [][]any{
		{"姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "发放方式", "账号", "发放日期", "实发金额", "领款人签字"},
		{"张志强", rdMale1, "乌加河镇", "乌加河村党支部", "2026-09-01", "银行卡", rdNum(6217001234567890123), "2026.11.20", "1,500元", ""},
		{"王秀英", rdFemale1, "乌加河镇", "乌加河村党支部", "2026-09-02", "支付宝", "6228 4800", "2026-11-21", "已发"},
	}})
	wb, err := Read(path, Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, p := range wb.Problems {
		if p.Code != "sheet-missing" {
			codes = append(codes, p.Code+"@"+p.Cell)
		}
	}
	if got := strings.Join(codes, " "); got != "account-stored-as-number@G2 bad-value@F3 bad-number@I3" {
		t.Errorf("problems %s", got)
	}
	a, b := wb.Applicants[0], wb.Applicants[1]
	if a.Invalid || b.Invalid {
		t.Errorf("payment errors made a row invalid: %v %v", a.Invalid, b.Invalid)
	}
	if a.PaymentMethod != PayBank || a.Account != "" || a.PaidOn != (Day{2026, 11, 20}) || a.PaidAmount == nil || *a.PaidAmount != money.Yuan(1500) {
		t.Errorf("payment of %s: %+v", a.Name, a)
	}
	if b.PaymentMethod != "" || b.Account != "62284800" || b.PaidAmount != nil {
		t.Errorf("payment of %s: %q %q %v", b.Name, b.PaymentMethod, b.Account, b.PaidAmount)
	}
}

func TestReadPrevious(t *testing.T) {
	amount := func(a *money.Amount) string {
		if a == nil {
			return "-"
		}
		return a.Decimal()
	}
	summary := func(l *PreviousList) string {
		var parts []string
		for _, r := range l.Recipients {
			s := fmt.Sprintf("%s/%d/%s", r.Name, r.Year, amount(r.Amount))
			if r.OutOfPoverty {
				s += "/脱贫"
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, " ")
	}
	tests := []struct {
		name   string
		sheets []rdSheet
		want   string
		sheet  string
	}{
		{
			// The disbursement roster of relief budget -o: a title with
			// the year, 合计 and footer lines below.
			name: "budget roster",
			sheets: []rdSheet{
				{name: "汇总", rows: [][]any{{"项目", "数值"}, {"党员总数", 200}}},
				{name: "发放花名册", rows: [][]any{
					{"2025年度困难党员救助金发放花名册"},
					{"序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "困难程度", "救助金额（元）", "账号", "领款人签字"},
					{1, "张志强", rdMale1, "乌加河镇", "乌加河村党支部", "特别困难", rdNum(1500), "", ""},
					{2, "王秀英", rdFemale1, "乌加河镇", "乌加河村党支部", "比较困难", rdNum(1000), "", ""},
					{"合计（2 人）", nil, nil, nil, nil, nil, rdNum(2500)},
					{"合计金额（大写）：贰仟伍佰元整"},
					{"经办人：　　审核人："},
				}},
			},
			want: "张志强/2025/1500.00 王秀英/2025/1000.00", sheet: "发放花名册",
		},
		{
			// The 审核结果 sheet of relief check -o: only 符合 rows; the
			// copy of the original sheet beside it is not taken.
			name: "annotated result",
			sheets: []rdSheet{
				{name: "审核结果", rows: [][]any{
					{"姓名", "身份证号码", "所属苏木镇", "是否脱贫", "审核结论", "原因", "排名", "救助金额（元）", "原表行号"},
					{"张志强", rdMale1, "乌加河镇", "否", "符合", "", 1, rdNum(1500), 3},
					{"王秀英", rdFemale1, "乌加河镇", "否", "候补", "超出名额", 2, nil, 4},
					{"李建军", rdMale2, "乌加河镇", "是", "不符合", "已脱贫", nil, nil, 5},
				}},
				{name: "原表-救助申报", rows: [][]any{
					{"姓名", "身份证号码", "所属苏木镇", "申报日期"},
					{"张志强", rdMale1, "乌加河镇", "2025-09-01"},
				}},
			},
			want: "张志强/2025/1500.00", sheet: "审核结果", // the year before --as-of
		},
		{
			// A list kept by hand: paid rows, and a row found 脱贫 at the
			// evaluation though unpaid; 年度 per row.
			name: "hand list",
			sheets: []rdSheet{{name: "Sheet1", rows: [][]any{
				{"上年救助对象名单"},
				{"序号", "姓名", "身份证号", "苏木镇", "实发金额", "是否脱贫", "年度"},
				{1, "张志强", rdMale1, "乌加河镇", 1500, "否", "2025年"},
				{2, "王秀英", rdFemale1, "乌加河镇", nil, "已脱贫", "2025"},
				{3, "李建军", rdMale2, "乌加河镇", nil, "否", "2025"},
			}}},
			want: "张志强/2025/1500.00 王秀英/2025/-/脱贫", sheet: "Sheet1",
		},
		{
			// Names and numbers alone: every row, the year from the title.
			name: "names only",
			sheets: []rdSheet{{name: "名单", rows: [][]any{
				{"二〇二五年 2025年度救助对象"},
				{"姓名", "身份证号码"},
				{"张志强", rdMale1},
				{"王秀英", rdFemale1},
			}}},
			want: "张志强/2025/- 王秀英/2025/-", sheet: "名单",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := ReadPrevious(rdWrite(t, false, tc.sheets...), Options{AsOf: Day{2025 + 1, 3, 1}})
			if err != nil {
				t.Fatal(err)
			}
			if got := summary(l); got != tc.want || l.Sheet.Name != tc.sheet {
				t.Errorf("read %s from %s; want %s from %s", got, l.Sheet.Name, tc.want, tc.sheet)
			}
			for _, p := range l.Problems {
				t.Errorf("problem %s %s: %s", p.Code, p.Cell, p.Msg.In(i18n.EN))
			}
		})
	}
}

func TestReadPreviousRefused(t *testing.T) {
	var ie *i18n.Error
	// Last year's applicants sheet lists applicants, not recipients.
	appl := rdWrite(t, false, rdSheet{name: "救助申报", rows: [][]any{
		{"姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期"},
		{"张志强", rdMale1, "乌加河镇", "乌加河村党支部", "2025-09-01"},
	}})
	if _, err := ReadPrevious(appl, Options{}); !errors.As(err, &ie) || ie.Msg.Key != "roster.previous.not-recipients" {
		t.Errorf("applicants sheet: %v", err)
	}
	// No sheet of names and numbers.
	none := rdWrite(t, false, rdSheet{name: "汇总", rows: [][]any{{"项目", "数值"}, {"党员", 200}}})
	if _, err := ReadPrevious(none, Options{}); !errors.As(err, &ie) || ie.Msg.Key != "roster.list.no-sheet" {
		t.Errorf("no list: %v", err)
	}
	if _, err := ReadPrevious("no-such-file.xlsx", Options{}); !errors.As(err, &ie) || ie.Msg.Key != "roster.open.missing" {
		t.Errorf("missing file: %v", err)
	}
}

func TestReadReview(t *testing.T) {
	// The form as relief review writes it (title, a note, the header,
	// township and branch rows, the hidden whole number, signatures),
	// filled in; and one row whose 是否脱贫 cannot be read.
	path := rdWrite(t, false, rdSheet{name: "考评表", rows: [][]any{
		{"2026年度困难党员救助对象半年考评表"},
		{"填表说明：……"},
		{"序号", "姓名", "证件号码（部分隐去）", "救助金额（元）", "困难是否持续", "是否脱贫", "表现情况", "考评日期", "考评人", "身份证号码", "所属苏木镇", "所在党支部"},
		{"一、乌加河镇（2 人）"},
		{"（一）乌加河村党支部（2 人）"},
		{1, "张志强", "150824********107X", rdNum(1500), "是", "否", "好", time.Date(2026, 7, 15, 0, 0, 0, 0, time.UTC), "王建国", rdMale1, "乌加河镇", "乌加河村党支部"},
		{2, "王秀英", "150824********2026", rdNum(1000), "否", "基本脱贫", "较好", "2026.7.16", "王建国", "", "乌加河镇", "乌加河村党支部"},
		{3, "李桂兰", "150824********1234", rdNum(1000), "是", "否", "良好", "2026.7.16", "王建国", "", "乌加河镇", "乌加河村党支部"},
		{4, "赵志刚", "150824********4321", rdNum(1000), "是", "否", "还行", "2026.7.16", "王建国", "", "乌加河镇", "乌加河村党支部"},
		{},
		{"党支部书记（签字）：　　苏木镇党委（盖章）："},
		{"说明：本文件由 relief 生成"},
	}})
	form, err := ReadReview(path, Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	if len(form.Rows) != 4 {
		t.Fatalf("rows %+v", form.Rows)
	}
	a, b, c, d := form.Rows[0], form.Rows[1], form.Rows[2], form.Rows[3]
	if a.Name != "张志强" || a.IDNumber != rdMale1 || a.MaskedID != "150824********107X" || a.OutOfPoverty != No || a.HardshipContinues != Yes ||
		a.Conduct != ConductGood || a.ReviewedOn != (Day{2026, 7, 15}) || a.Reviewer != "王建国" || a.Invalid || a.Cell("out_of_poverty") != "F6" {
		t.Errorf("row %+v", a)
	}
	if b.IDNumber != "" || b.MaskedID != "150824********2026" || !b.Invalid || b.HardshipContinues != No || !slices.Equal(b.Unreadable, []string{"F7"}) {
		t.Errorf("row %+v", b)
	}
	// 良好 is the form's 好; a 表现情况 that is none of its values is
	// unreadable, and the row says which cell.
	if c.Conduct != ConductGood || c.Invalid || c.Unreadable != nil {
		t.Errorf("row %+v", c)
	}
	if !d.Invalid || !slices.Equal(d.Unreadable, []string{"G9"}) {
		t.Errorf("row %+v", d)
	}
	if len(form.Problems) != 2 || form.Problems[0].Code != "bad-value" || form.Problems[0].Cell != "F7" || form.Problems[0].File != path ||
		form.Problems[1].Cell != "G9" {
		t.Errorf("problems %+v", form.Problems)
	}
}
