package main

// Two consecutive years of one banner (the year's records, issue 12):
//
//   - year2025.xlsx: last year's workbook. 200 members, quota 5: 张志强,
//     王秀英, 巴特尔·朝鲁, 刘桂兰 and 赵永胜 are selected, 孙海涛 waits,
//     two are refused. `relief budget year2025.xlsx --as-of 2025-11-27 -o`
//     gives last year's disbursement roster.
//   - previous2025.xlsx: the list a township clerk kept of last year's
//     recipients, typed by hand: title, 实发金额, and 是否脱贫 from the
//     half-yearly evaluation (王秀英 was found out of poverty, so unpaid).
//   - year2026.xlsx: this year's workbook, same members. 张志强, 王秀英 and
//     巴特尔·朝鲁 apply again (王秀英 after 脱贫: a warning); 刘桂兰 and
//     赵永胜 do not. Applications in March, the evaluation in July, the
//     payment in November. The payment columns are half filled: 张志强 paid in
//     cash, 巴特尔·朝鲁 by card (account as text with spaces), 李建军 paid
//     800 of 1,000 (an error), 其其格's 一卡通 account typed into a number
//     cell (an error that leaves her row valid), 郑淑芬 refused but paid
//     500 (an error); the others unpaid.
//   - review2026.xlsx: the evaluation filled in by hand as a township
//     typed it: 其其格 脱贫 (no year-end payment, so 苏和 moves up from the
//     waitlist), 巴特尔·朝鲁's conduct 差 (a warning).
//   - review2026q.xlsx: the same form with questions a person must
//     answer: 王秀英's hardship no longer continues but she is not marked
//     脱贫, 巴特尔·朝鲁's 表现情况 is 还行 (none of the form's values); 张志强's
//     is 良好, a natural answer for 好. The two seats are held: 苏和 stays
//     on the waitlist.

import (
	"fmt"
	"time"

	"github.com/xuri/excelize/v2"
)

// yearMember is one member of the two years' banner.
type yearMember struct {
	name, gender, ethnicity, township, branch, id string
	birth                                         time.Time
}

// yearPeople are the members who apply in either year, by key.
var yearPeople = []struct {
	key, name, gender, ethnicity string
	town, branch                 int
	birth                        time.Time
}{
	{"zhang", "张志强", "男", "汉族", 0, 0, day(1962, 4, 17)},
	{"wang", "王秀英", "女", "汉族", 0, 1, day(1971, 8, 2)},
	{"bater", "巴特尔·朝鲁", "男", "蒙古族", 1, 0, day(1958, 11, 3)},
	{"liu", "刘桂兰", "女", "汉族", 1, 1, day(1949, 2, 14)},
	{"zhao", "赵永胜", "男", "汉族", 2, 0, day(1975, 6, 30)},
	{"sun", "孙海涛", "男", "汉族", 2, 1, day(1980, 1, 9)},
	{"zhou", "周丽华", "女", "汉族", 0, 0, day(1966, 9, 25)},
	{"wu", "吴国庆", "男", "汉族", 1, 0, day(1959, 10, 1)},
	{"li", "李建军", "男", "汉族", 1, 1, day(1968, 5, 20)},
	{"suhe", "苏和", "男", "蒙古族", 2, 0, day(1966, 11, 11)},
	{"qiqige", "其其格", "女", "蒙古族", 2, 1, day(1978, 5, 1)},
	{"zheng", "郑淑芬", "女", "汉族", 0, 1, day(1963, 3, 8)},
}

var yearTowns = []struct {
	name     string
	branches []string
	size     int
}{
	{"乌加河镇", []string{"乌加河村党支部", "八股地村党支部"}, 80},
	{"海流图镇", []string{"海流图社区党支部", "东街社区党支部"}, 70},
	{"德岭山镇", []string{"德岭山村党支部", "新光村党支部"}, 50},
}

// yearRoster returns the 200 members, the named ones first in their
// township, and the named ones by key.
func yearRoster() ([]yearMember, map[string]yearMember) {
	gen := &ids{next: 500}
	named := map[string]yearMember{}
	var all []yearMember
	for ti, t := range yearTowns {
		n := 0
		for _, p := range yearPeople {
			if p.town != ti {
				continue
			}
			m := yearMember{name: p.name, gender: p.gender, ethnicity: p.ethnicity, township: t.name, branch: t.branches[p.branch], birth: p.birth}
			m.id = gen.make(p.birth, p.gender == "男")
			named[p.key] = m
			all = append(all, m)
			n++
		}
		for i := n; i < t.size; i++ {
			male := i%3 != 0
			birth := day(1950+(i*7)%50, 1+i%12, 1+i%28)
			g := "女"
			name := string(surnames[(i+ti*31)%len(surnames)]) + givenFem[i%len(givenFem)]
			if male {
				g = "男"
				name = string(surnames[(i+ti*31)%len(surnames)]) + givenMale[i%len(givenMale)]
			}
			m := yearMember{name: name, gender: g, ethnicity: ethnicHans, township: t.name, branch: t.branches[i%2], birth: birth}
			m.id = gen.make(birth, male)
			all = append(all, m)
		}
	}
	return all, named
}

// yearApplicant is one row of a year's applicants sheet.
type yearApplicant struct {
	key                            string
	causes, level, misconduct      string
	exclusion, outOfPov, objection string
	income                         int
	present, yes, no               int
	paidMethod                     string
	account                        any
	paidOn                         any
	paid                           any
}

// yearWorkbook writes one year's workbook: the roster, the applicants
// (the procedure done in September to November of year), the fund.
func yearWorkbook(year int, apps []yearApplicant, payment bool) (*excelize.File, error) {
	all, named := yearRoster()
	f := excelize.NewFile()
	ms := newSheet(f, "党员名册", true)
	ms.row(1, "序号", "姓名", "身份证号码", "性别", "民族", "出生日期", "所属苏木镇", "所在党支部", "党员类别")
	for i, m := range all {
		ms.row(2+i, i+1, m.name, m.id, m.gender, m.ethnicity, dateCell(m.birth), m.township, m.branch, "正式党员")
	}
	as := newSheet(f, "救助申报", false)
	as.row(1, fmt.Sprintf("乌拉特中旗%d年度困难党员救助申报表", year))
	head := []any{"序号", "姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期", "家庭人口", "家庭年收入（元）", "困难原因", "困难程度",
		"享受其他救助", "违纪违法情况", "不予救助情形", "是否脱贫", "入户调查日期", "应到人数", "实到人数", "赞成票", "反对票", "弃权票",
		"党员大会日期", "复核日期", "审定日期", "公示异议"}
	if payment {
		head = append(head, "发放方式", "账号", "发放日期", "实发金额（元）", "领款人签字")
	}
	// The notice was posted for the rows paid (their cases are final by
	// the payment); the others wait for it.
	head = append(head, "公示日期")
	as.row(2, head...)
	for i, a := range apps {
		m := named[a.key]
		applied := day(year, 3, 1+i)
		row := []any{i + 1, m.name, m.id, m.gender, m.township, m.branch, dateCell(applied), 3, a.income, a.causes, a.level,
			"无", a.misconduct, a.exclusion, a.outOfPov, dateCell(applied.AddDate(0, 0, 5)), 30, a.present, a.yes, a.no, a.present - a.yes - a.no,
			dateCell(applied.AddDate(0, 0, 15)), dateCell(applied.AddDate(0, 0, 25)), dateCell(applied.AddDate(0, 0, 35)), a.objection}
		if payment {
			row = append(row, a.paidMethod, a.account, a.paidOn, a.paid, nil)
		}
		var noticed any
		if a.paid != nil {
			noticed = dateCell(applied.AddDate(0, 0, 40))
		}
		row = append(row, noticed)
		as.row(3+i, row...)
	}
	text, _ := f.NewStyle(&excelize.Style{NumFmt: 49})
	_ = f.SetCellStyle("救助申报", "C3", fmt.Sprintf("C%d", 2+len(apps)), text)
	_ = f.SetCellStyle("党员名册", "C2", fmt.Sprintf("C%d", 1+len(all)), text)
	fs := newSheet(f, "资金来源", false)
	fs.row(1, "来源", "金额（元）")
	fs.row(2, "旗财政", 4000)
	fs.row(3, "党费", 2000)
	fs.row(4, "社会捐助", 1500)
	for _, w := range []*sheetWriter{ms, as, fs} {
		if w.err != nil {
			return nil, w.err
		}
	}
	f.SetActiveSheet(1)
	return f, nil
}

// plain is an applicant with nothing against him or her.
func plain(key, causes, level string, income int) yearApplicant {
	return yearApplicant{key: key, causes: causes, level: level, misconduct: "无", exclusion: "无", outOfPov: "否", objection: "无",
		income: income, present: 26, yes: 24, no: 1}
}

func year2025() (*excelize.File, error) {
	gambler := plain("zhou", "疾病", "比较困难", 9000)
	gambler.misconduct = "赌博"
	outvoted := plain("wu", "长期失业", "比较困难", 9000)
	outvoted.yes, outvoted.no = 15, 9 // 15/26 < 65 %
	return yearWorkbook(2025, []yearApplicant{
		plain("zhang", "疾病", "特别困难", 6000),
		plain("wang", "子女上学", "比较困难", 8000),
		plain("bater", "天灾人祸", "特别困难", 7000),
		plain("liu", "无自理能力、子女赡养能力低", "比较困难", 5000),
		plain("zhao", "长期失业", "比较困难", 9000),
		plain("sun", "疾病", "一般困难", 10000),
		gambler, outvoted,
	}, false)
}

func year2026() (*excelize.File, error) {
	cash := plain("zhang", "疾病", "特别困难", 6500)
	cash.paidMethod, cash.paidOn, cash.paid = "现金", dateCell(day(2026, 11, 20)), number(1500)
	card := plain("bater", "天灾人祸、疾病", "特别困难", 7200)
	card.paidMethod, card.account, card.paidOn, card.paid = "银行卡", "6228 4800 1234 5678 901", "2026.11.21", number(1500)
	short := plain("li", "长期失业", "比较困难", 8000)
	short.paidMethod, short.account, short.paidOn, short.paid = "一卡通", "6217001234567890", dateCell(day(2026, 11, 22)), number(800)
	lostDigits := plain("qiqige", "子女上学", "比较困难", 8500)
	lostDigits.paidMethod, lostDigits.account = "一卡通", number(6217001234567890123)
	lazy := plain("zheng", "长期失业", "比较困难", 9000)
	lazy.exclusion, lazy.paid, lazy.paidOn, lazy.paidMethod = "本人懒惰", number(500), dateCell(day(2026, 11, 20)), "现金"
	return yearWorkbook(2026, []yearApplicant{
		cash,
		plain("wang", "子女上学", "比较困难", 7800),
		card,
		short,
		plain("suhe", "疾病", "一般困难", 11000),
		lostDigits,
		lazy,
	}, true)
}

func previous2025() (*excelize.File, error) {
	_, named := yearRoster()
	f := excelize.NewFile()
	w := newSheet(f, "2025年救助对象", true)
	w.row(1, "乌加河镇等2025年度困难党员救助对象名单")
	w.merge("A1", "H1")
	w.row(2, "序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "实发金额", "是否脱贫", "备注")
	rows := []struct {
		key  string
		paid any
		out  string
		note string
	}{
		{"zhang", 1500, "否", ""},
		{"wang", nil, "是", "2025年7月半年考评认定已脱贫，年终未发放"},
		{"bater", 1500, "否", ""},
		{"liu", 1000, "否", ""},
		{"zhao", 1000, "否", ""},
	}
	for i, r := range rows {
		m := named[r.key]
		w.row(3+i, i+1, m.name, m.id, m.township, m.branch, r.paid, r.out, r.note)
	}
	w.row(3+len(rows), "合计", nil, nil, nil, nil, 5000)
	w.row(5+len(rows), "填表人：李娜　　2025年12月30日")
	text, _ := f.NewStyle(&excelize.Style{NumFmt: 49})
	_ = f.SetCellStyle(w.name, "C3", fmt.Sprintf("C%d", 2+len(rows)), text)
	w.width("C", 21)
	return f, w.err
}

func review2026() (*excelize.File, error) {
	_, named := yearRoster()
	f := excelize.NewFile()
	w := newSheet(f, "考评情况", true)
	w.row(1, "2026年度困难党员救助对象半年考评情况表")
	w.merge("A1", "J1")
	w.row(2, "序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "困难是否持续", "是否脱贫", "表现情况", "考评日期", "考评人")
	rows := []struct {
		key, goes, out, conduct string
	}{
		{"zhang", "是", "否", "好"},
		{"wang", "是", "否", "较好"},
		{"bater", "是", "否", "差"},
		{"li", "是", "否", "一般"},
		{"qiqige", "否", "已脱贫", "好"},
	}
	for i, r := range rows {
		m := named[r.key]
		w.row(3+i, i+1, m.name, m.id, m.township, m.branch, r.goes, r.out, r.conduct, "2026.7.15", "王建国")
	}
	w.row(4+len(rows), "填表人：王建国　　审核人：李娜")
	text, _ := f.NewStyle(&excelize.Style{NumFmt: 49})
	_ = f.SetCellStyle(w.name, "C3", fmt.Sprintf("C%d", 2+len(rows)), text)
	w.width("C", 21)
	return f, w.err
}

func review2026q() (*excelize.File, error) {
	_, named := yearRoster()
	f := excelize.NewFile()
	w := newSheet(f, "考评情况", true)
	w.row(1, "2026年度困难党员救助对象半年考评情况表")
	w.merge("A1", "J1")
	w.row(2, "序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "困难是否持续", "是否脱贫", "表现情况", "考评日期", "考评人")
	rows := []struct {
		key, goes, out, conduct string
	}{
		{"zhang", "是", "否", "良好"},
		{"wang", "否", "否", "较好"},
		{"bater", "是", "否", "还行"},
		{"li", "是", "否", "一般"},
		{"qiqige", "是", "否", "好"},
	}
	for i, r := range rows {
		m := named[r.key]
		w.row(3+i, i+1, m.name, m.id, m.township, m.branch, r.goes, r.out, r.conduct, "2026.7.15", "王建国")
	}
	w.row(4+len(rows), "填表人：王建国　　审核人：李娜")
	text, _ := f.NewStyle(&excelize.Style{NumFmt: 49})
	_ = f.SetCellStyle(w.name, "C3", fmt.Sprintf("C%d", 2+len(rows)), text)
	w.width("C", 21)
	return f, w.err
}
