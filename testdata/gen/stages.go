package main

import "github.com/xuri/excelize/v2"

// stages writes stages.xlsx: applicants at every stage of the procedure
// (§5), as of 2026-11-27, for notice_stages, letters_stages and status
// end-to-end tests. 280 members (党员人数 sheet) give a quota of 7. The
// list approved on 2026-11-05 was posted from 2026-11-10 to 2026-11-16:
// one objection there is still under review (辛, whose seat is held), one
// was upheld (壬, out), which let the first on the waitlist (癸) move up;
// he and two cases approved or reviewed since (丁, 戊) are not posted yet,
// so the next notice is a supplementary one. 子 was posted on 2026-11-24:
// the period is not over.
//
// Ranking is by income per person (all 比较困难): 己 1000 < 庚 2000 < 辛
// 3000 < 壬 4000 < 子 5000 < 丁 6000 < 戊 7000 < 癸 8000 < 丑 9000.
//
//	row  name    stage     verdict       why
//	 4   甲      applied   pending       applied only (survey, vote, review missing)
//	 5   乙      surveyed  pending       no vote yet
//	 6   丙      assessed  pending       no review yet; deadline near (due 11-30)
//	 7   丁      reviewed  eligible      not approved yet; overdue (due 11-19)
//	 8   戊      approved  eligible      not posted yet
//	 9   己      final     eligible      letter
//	10   庚      final     eligible      letter (objection rejected)
//	11   辛      noticed   pending/held  objection under review
//	12   壬      noticed   ineligible    objection upheld: rejection letter
//	13   子      noticed   eligible      notice period ends 2026-11-30
//	14   癸      approved  eligible      moved up from the waitlist, not posted
//	15   丑      reviewed  waitlisted    over the quota
//	16   寅      applied   invalid       approved with the survey date empty (step-missing)
//	17   卯      approved  ineligible    vote below 65 %: rejection letter
//
// Dates are written as clerks type them (text in several forms, and real
// date cells); the notice column is headed 公示开始日期 (an alias).
func stages() (*excelize.File, error) {
	f := excelize.NewFile()
	cs := newSheet(f, "党员人数", true)
	cs.row(1, "所属苏木镇", "党员人数")
	cs.row(2, "乌加河镇", 160)
	cs.row(3, "海流图镇", 120)

	as := newSheet(f, "救助申报", false)
	as.row(1, "乌拉特中旗2026年度困难党员救助办理台账")
	as.merge("A1", "W1")
	as.row(2, "填报单位：中共乌拉特中旗委员会组织部")
	as.row(3, "序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "家庭人口", "家庭年收入（元）", "困难原因", "困难程度",
		"入户调查日期", "应到人数", "实到人数", "赞成票", "反对票", "弃权票", "党员大会日期", "复核日期", "审定日期",
		"公示开始日期", "公示异议", "备注")
	gen := &ids{next: 300}
	d := func(y, m, dd int) any { return dateCell(day(y, m, dd)) }
	t := func(s string) any { return s } // a date typed as text
	type step struct {
		survey, meeting, review, approve, notice any
	}
	full := step{t("2026.9.18"), d(2026, 9, 28), t("2026年10月15日"), d(2026, 11, 5), t("2026-11-10")}
	rows := []struct {
		name, town, branch string
		male               bool
		applied            any
		income             int
		st                 step
		votes              []any // voters, present, for, against, abstain
		objection, notes   string
	}{
		{"甲德胜", "乌加河镇", "乌加河村党支部", true, t("2026.11.1"), 3000, step{}, nil, "", "刚申报"},
		{"乙秀兰", "乌加河镇", "八股地村党支部", false, t("2026-10-20"), 3000, step{survey: t("2026.10.25")}, nil, "", "待开党员大会"},
		{"丙建国", "海流图镇", "东街社区党支部", true, d(2026, 10, 1), 3000,
			step{survey: t("2026.10.6"), meeting: d(2026, 10, 20)}, []any{20, 18, 16, 1, 1}, "", "待苏木镇复核"},
		{"丁玉梅", "海流图镇", "东街社区党支部", false, t("2026年9月20日"), 12000,
			step{survey: t("2026.9.25"), meeting: d(2026, 10, 10), review: t("2026.10.30")}, []any{20, 18, 16, 1, 1}, "", "待旗委组织部审定"},
		{"戊海军", "乌加河镇", "乌加河村党支部", true, t("2026.9.15"), 14000,
			step{t("2026.9.20"), d(2026, 10, 5), t("2026.10.20"), d(2026, 11, 12), nil}, []any{30, 28, 25, 2, 1}, "", "补充审定"},
		{"己桂兰", "乌加河镇", "建设村党支部", false, t("2026.9.11"), 2000, full, []any{25, 22, 20, 1, 1}, "无", ""},
		{"庚志强", "海流图镇", "新忽热嘎查党支部", true, t("2026.9.12"), 4000, full, []any{18, 16, 14, 2, 0}, "异议不成立", "反映情况经核实不属实"},
		{"辛淑芬", "海流图镇", "东街社区党支部", false, t("2026.9.13"), 6000, full, []any{20, 18, 15, 2, 1}, "有异议待复核", "群众反映有营运车辆，正在核实"},
		{"壬振华", "乌加河镇", "八股地村党支部", true, t("2026.9.14"), 8000, full, []any{24, 20, 17, 2, 1}, "异议成立", "经复核家有营运车辆属实"},
		{"子春梅", "乌加河镇", "乌加河村党支部", false, t("2026.9.10"), 10000,
			step{t("2026.9.16"), d(2026, 10, 1), t("2026.10.15"), d(2026, 11, 5), t("2026.11.24")}, []any{30, 27, 24, 2, 1}, "无", "第二批公示"},
		{"癸宝山", "海流图镇", "海流图社区党支部", true, t("2026.9.25"), 16000,
			step{t("2026.9.30"), d(2026, 10, 12), t("2026.10.26"), d(2026, 11, 20), nil}, []any{22, 20, 18, 1, 1}, "", "异议成立空出名额，递补"},
		{"丑红霞", "乌加河镇", "建设村党支部", false, t("2026.10.5"), 18000,
			step{survey: t("2026.10.11"), meeting: d(2026, 10, 20), review: t("2026.10.28")}, []any{25, 22, 19, 2, 1}, "", "候补"},
		{"寅占山", "海流图镇", "新忽热嘎查党支部", true, t("2026.9.7"), 3000,
			step{survey: nil, meeting: d(2026, 9, 22), review: t("2026.10.10"), approve: d(2026, 11, 5)}, []any{18, 16, 14, 1, 1}, "", "漏填入户调查日期"},
		{"卯文斌", "乌加河镇", "八股地村党支部", true, t("2026.9.8"), 3000,
			step{t("2026.9.12"), d(2026, 9, 25), t("2026.10.12"), d(2026, 11, 5), nil}, []any{24, 20, 12, 6, 2}, "", "赞成票不足"},
	}
	for i, r := range rows {
		birth := day(1955+i*2, 1+i%12, 3+i)
		id := gen.make(birth, r.male)
		v := append(r.votes, nil, nil, nil, nil, nil)
		as.row(4+i, i+1, r.name, id, r.town, r.branch, r.applied, 2, r.income, "疾病", "比较困难",
			r.st.survey, v[0], v[1], v[2], v[3], v[4], r.st.meeting, r.st.review, r.st.approve, r.st.notice, r.objection, r.notes)
	}
	text, _ := f.NewStyle(&excelize.Style{NumFmt: 49})
	_ = f.SetCellStyle(as.name, "C4", "C17", text)
	_ = f.SetColWidth(as.name, "B", "B", 10)
	_ = f.SetColWidth(as.name, "C", "C", 21)
	_ = f.SetColWidth(as.name, "E", "F", 16)
	_ = f.SetColWidth(as.name, "K", "K", 14)
	_ = f.SetColWidth(as.name, "Q", "T", 14)
	_ = f.SetColWidth(as.name, "U", "V", 16)
	if cs.err != nil {
		return nil, cs.err
	}
	f.SetActiveSheet(1)
	return f, as.err
}
