package main

// The banner's folder (testdata/banner/): what three townships send the
// Organization Department, each in its own way, for one run over all of
// them. 乌加河镇 and 海流图镇 send workbooks with their roster and their
// applicants; 德岭山镇 sends two CSV files saved by Excel on Chinese
// Windows: its applicants as "CSV (逗号分隔)" (GB 18030) and its roster as
// "CSV UTF-8" (with a byte order mark), named so that only its header says
// it is a roster. Across the files: 王丽娟 applies in two townships (the
// same identity number), and 周明, who moved, is on two rosters. Beside
// the folder, banner_members.xlsx gives the banner's member counts, for
// --members.
//
// 75 + 70 + 55 members, one of them on two rosters: 199 distinct, a quota
// of 5 (4.975 rounded half up), apportioned 2, 2, 1. Seven applicants are
// eligible, so two are waitlisted.
//
// testdata/banner_paid/ is the same folder at the year's end: the notice
// posted (公示日期) and the payment columns half filled, so that problems
// sit on the same row numbers of different files. 张志刚 (乌加河镇 row 3)
// was paid by card, his account typed into a number cell (an error that
// leaves his row valid); 刘秀珍 (海流图镇 row 3) was paid 1,000 of 1,153
// (an error); 陈建华 and 马桂英 were paid right; 郭振东 not yet; 赵国强,
// refused, was paid 500 (an error).

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// bannerTown is one township's part of the banner fixture.
type bannerTown struct {
	name     string
	branches []string
	sizes    []int
	members  []*member
}

// bannerApp is one applicant of the fixture.
type bannerApp struct {
	m                *member
	applied          time.Time
	level, causes    string
	misconduct       string
	present, yes, no int
	pay              *bannerPay // at the year's end (banner_paid/)
}

// bannerPay is a payment recorded at the year's end: the 发放方式, 账号
// (a string is a text cell, a number a number cell), 发放日期 and 实发金额.
type bannerPay struct {
	method  string
	account any
	on      time.Time
	amount  int
}

// paidHeaders are the columns of banner_paid/ after applicantHeaders.
var paidHeaders = []string{"公示日期", "发放方式", "账号", "发放日期", "实发金额（元）"}

func banner(dir string) error {
	out := filepath.Join(dir, "banner")
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	rnd := rand.New(rand.NewPCG(2026, 11))
	gen := &ids{next: 700}
	towns := []*bannerTown{
		{name: "乌加河镇", branches: []string{"乌加河村党支部", "八股地村党支部"}, sizes: []int{40, 35}},
		{name: "海流图镇", branches: []string{"海流图社区党支部", "东街社区党支部"}, sizes: []int{38, 32}},
		{name: "德岭山镇", branches: []string{"德岭山村党支部", "新光村党支部"}, sizes: []int{30, 25}},
	}
	for _, t := range towns {
		for b, br := range t.branches {
			for i := 0; i < t.sizes[b]; i++ {
				male := rnd.IntN(3) > 0
				birth := day(1950+rnd.IntN(45), 1+rnd.IntN(12), 1+rnd.IntN(28))
				m := &member{township: t.name, branch: br, birth: birth, ethnicity: ethnicHans, memberType: "正式党员",
					join: joinDate(birth, rnd), phone: fmt.Sprintf("139%08d", rnd.IntN(100_000_000))}
				m.gender = map[bool]string{true: "男", false: "女"}[male]
				if male {
					m.name = string(surnames[rnd.IntN(len(surnames))]) + givenMale[rnd.IntN(len(givenMale))]
				} else {
					m.name = string(surnames[rnd.IntN(len(surnames))]) + givenFem[rnd.IntN(len(givenFem))]
				}
				m.id = gen.make(birth, male)
				t.members = append(t.members, m)
			}
		}
	}
	wj, hl, dl := towns[0], towns[1], towns[2]
	// 周明 moved from 乌加河镇 to 海流图镇 and is on both rosters.
	zhou := wj.members[5]
	zhou.name = "周明"
	moved := *zhou
	moved.township, moved.branch = hl.name, hl.branches[1]
	hl.members[len(hl.members)-1] = &moved

	named := func(t *bannerTown, i int, name string) *member {
		m := t.members[i]
		m.name = name
		return m
	}
	app := func(m *member, applied time.Time, level, causes string) *bannerApp {
		return &bannerApp{m: m, applied: applied, level: level, causes: causes, misconduct: "无", present: 20, yes: 18, no: 1}
	}
	wjApps := []*bannerApp{
		app(named(wj, 10, "张志刚"), day(2026, 9, 3), "特别困难", "疾病"),
		app(named(wj, 20, "王丽娟"), day(2026, 9, 4), "比较困难", "子女上学"),
		app(named(wj, 45, "李海军"), day(2026, 9, 8), "一般困难", "长期失业"),
		app(named(wj, 50, "赵国强"), day(2026, 9, 9), "比较困难", "疾病"),
	}
	wjApps[3].misconduct = "赌博"
	hlApps := []*bannerApp{
		app(named(hl, 3, "刘秀珍"), day(2026, 9, 2), "特别困难", "无自理能力、子女赡养能力低"),
		app(named(hl, 12, "陈建华"), day(2026, 9, 6), "比较困难", "疾病"),
		app(wj.members[20], day(2026, 9, 10), "比较困难", "子女上学"), // 王丽娟 again
		app(named(hl, 40, "孙玉兰"), day(2026, 9, 12), "一般困难", "疾病"),
	}
	dlApps := []*bannerApp{
		app(named(dl, 7, "马桂英"), day(2026, 9, 5), "特别困难", "天灾人祸"),
		app(named(dl, 15, "郭振东"), day(2026, 9, 7), "比较困难", "疾病、子女上学"),
		app(named(dl, 33, "何玉梅"), day(2026, 9, 11), "比较困难", "疾病"),
	}
	dlApps[2].yes, dlApps[2].no = 12, 8 // 60 %: below the 65 % threshold
	for _, a := range []*bannerApp{hlApps[2]} {
		// She applies in 海流图镇 under the township she lives in now.
		m := *a.m
		m.township, m.branch = hl.name, hl.branches[0]
		a.m = &m
	}

	if err := bannerFolder(out, wj, hl, dl, wjApps, hlApps, dlApps, false); err != nil {
		return err
	}
	// The year's end: the same folder with the notice and the payments.
	wjApps[0].pay = &bannerPay{method: "银行卡", account: number(6228480012345678901), on: day(2026, 12, 20), amount: 1153}
	wjApps[3].pay = &bannerPay{method: "现金", on: day(2026, 12, 20), amount: 500}
	hlApps[0].pay = &bannerPay{method: "现金", on: day(2026, 12, 20), amount: 1000}
	hlApps[1].pay = &bannerPay{method: "一卡通", account: "6217 0012 3456 7890", on: day(2026, 12, 21), amount: 769}
	dlApps[0].pay = &bannerPay{method: "现金", on: day(2026, 12, 22), amount: 1153}
	paid := filepath.Join(dir, "banner_paid")
	if err := os.MkdirAll(paid, 0o755); err != nil {
		return err
	}
	if err := bannerFolder(paid, wj, hl, dl, wjApps, hlApps, dlApps, true); err != nil {
		return err
	}
	return save(func() (*excelize.File, error) {
		f := excelize.NewFile()
		cs := newSheet(f, "党员人数", true)
		cs.row(1, "所属苏木镇", "党员人数")
		for i, t := range towns {
			cs.row(2+i, t.name, len(t.members))
		}
		return f, cs.err
	}, filepath.Join(dir, "banner_members.xlsx"))
}

// bannerFolder writes the townships' files into out; yearEnd adds the
// notice and payment columns (paidHeaders).
func bannerFolder(out string, wj, hl, dl *bannerTown, wjApps, hlApps, dlApps []*bannerApp, yearEnd bool) error {
	for _, t := range []struct {
		town *bannerTown
		apps []*bannerApp
	}{{wj, wjApps}, {hl, hlApps}} {
		if err := save(func() (*excelize.File, error) { return townWorkbook(t.town, t.apps, yearEnd) }, filepath.Join(out, t.town.name+".xlsx")); err != nil {
			return err
		}
	}
	// 德岭山镇: applicants as GB 18030 CSV, the roster as UTF-8 CSV with a BOM.
	var rows [][]string
	rows = append(rows, appHeaders(yearEnd))
	for _, a := range dlApps {
		rows = append(rows, a.record(a.applied.Format("2006/1/2"), yearEnd))
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(csvBytes(rows))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "德岭山镇申报.csv"), gb, 0o644); err != nil {
		return err
	}
	rows = [][]string{memberHeaders}
	for _, m := range dl.members {
		rows = append(rows, m.record())
	}
	return os.WriteFile(filepath.Join(out, "德岭山镇名单.csv"), append([]byte("\uFEFF"), csvBytes(rows)...), 0o644)
}

// appHeaders are the applicants' columns, with those of the year's end.
func appHeaders(yearEnd bool) []string {
	if yearEnd {
		return append(append([]string{}, applicantHeaders...), paidHeaders...)
	}
	return applicantHeaders
}

var (
	memberHeaders    = []string{"姓名", "身份证号码", "性别", "民族", "出生日期", "所属苏木镇", "所在党支部", "党员类别", "入党时间", "联系电话"}
	applicantHeaders = []string{"姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期", "家庭人口", "家庭年收入（元）",
		"困难原因", "困难程度", "享受其他救助", "违纪违法情况", "不予救助情形", "是否脱贫", "入户调查日期",
		"应到人数", "实到人数", "赞成票", "反对票", "弃权票", "党员大会日期", "复核日期", "审定日期", "公示异议"}
)

// record is a member as a CSV row, dates as Excel shows them.
func (m *member) record() []string {
	return []string{m.name, m.id, m.gender, m.ethnicity, m.birth.Format("2006/1/2"), m.township, m.branch, m.memberType,
		m.join.Format("2006.01"), m.phone}
}

// record is an applicant as a row of text, dates written with layout;
// yearEnd adds the notice day and the payment (paidHeaders).
func (a *bannerApp) record(applied string, yearEnd bool) []string {
	d := func(days int) string { return a.applied.AddDate(0, 0, days).Format("2006/1/2") }
	rec := []string{a.m.name, a.m.id, a.m.gender, a.m.township, a.m.branch, applied, "3", "9600",
		a.causes, a.level, "无", a.misconduct, "无", "否", d(5),
		"22", fmt.Sprint(a.present), fmt.Sprint(a.yes), fmt.Sprint(a.no), fmt.Sprint(a.present - a.yes - a.no), d(15), d(25), d(35), "无"}
	if !yearEnd {
		return rec
	}
	rec = append(rec, d(36))
	if p := a.pay; p != nil {
		account := ""
		if p.account != nil {
			account = fmt.Sprint(p.account)
		}
		return append(rec, p.method, account, p.on.Format("2006/1/2"), fmt.Sprint(p.amount))
	}
	return append(rec, "", "", "", "")
}

// csvBytes writes rows as Excel does: comma-separated, CRLF line ends.
func csvBytes(rows [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	_ = w.WriteAll(rows)
	return b.Bytes()
}

// townWorkbook is a township's workbook: its roster and its applicants,
// under a title row, dates as date cells, identity numbers as text.
func townWorkbook(t *bannerTown, apps []*bannerApp, yearEnd bool) (*excelize.File, error) {
	f := excelize.NewFile()
	ms := newSheet(f, "党员名册", true)
	ms.row(1, append([]any{"序号"}, anyStrings(memberHeaders)...)...)
	for i, m := range t.members {
		ms.row(2+i, i+1, m.name, m.id, m.gender, m.ethnicity, dateCell(m.birth), m.township, m.branch, m.memberType, m.join.Format("2006.01"), m.phone)
	}
	as := newSheet(f, "救助申报", false)
	as.row(1, t.name+"2026年度困难党员救助申报表")
	heads := appHeaders(yearEnd)
	as.row(2, append([]any{"序号"}, anyStrings(heads)...)...)
	for i, a := range apps {
		rec := a.record("", yearEnd)
		vals := []any{i + 1}
		for j, v := range rec {
			switch heads[j] {
			case "申报日期":
				vals = append(vals, dateCell(a.applied))
			case "发放日期":
				if a.pay != nil {
					vals = append(vals, dateCell(a.pay.on))
				} else {
					vals = append(vals, nil)
				}
			case "账号":
				if a.pay != nil && a.pay.account != nil {
					vals = append(vals, a.pay.account)
				} else {
					vals = append(vals, nil)
				}
			case "实发金额（元）":
				if a.pay != nil {
					vals = append(vals, a.pay.amount)
				} else {
					vals = append(vals, nil)
				}
			case "家庭人口", "家庭年收入（元）", "应到人数", "实到人数", "赞成票", "反对票", "弃权票":
				var n int
				fmt.Sscan(v, &n)
				vals = append(vals, n)
			default:
				vals = append(vals, v)
			}
		}
		as.row(3+i, vals...)
	}
	as.row(4+len(apps), "填表人：李娜")
	if ms.err != nil || as.err != nil {
		return nil, fmt.Errorf("%v %v", ms.err, as.err)
	}
	text, _ := f.NewStyle(&excelize.Style{NumFmt: 49})
	_ = f.SetCellStyle("党员名册", "C2", fmt.Sprintf("C%d", 1+len(t.members)), text)
	_ = f.SetCellStyle("救助申报", "C3", fmt.Sprintf("C%d", 2+len(apps)), text)
	f.SetActiveSheet(1)
	return f, nil
}

func anyStrings(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
