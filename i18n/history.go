package i18n

// Messages of last year's recipients (--previous, package history), the
// half-yearly evaluation (--review, relief review) and the lists they are
// read from (package roster).
func init() {
	add(map[string]Text{
		"roster.list.recipients": {ZH: "姓名、身份证号码（上年救助对象）", EN: "姓名 and 身份证号码 (last year's recipients)"},
		"roster.list.review":     {ZH: "姓名、身份证号码或证件号码（考评表）", EN: "姓名 and 身份证号码 or 证件号码 (the evaluation form)"},
		"roster.list.no-sheet": {
			ZH: "“%[1]s”中找不到有 %[2]s 列的工作表（现有工作表：%[3]s）：请检查是否选错了文件，或在表头写明这些列",
			EN: "no sheet of %[1]s has the columns %[2]s (its sheets: %[3]s): check that this is the right file, or head the columns so",
		},
		"roster.previous.not-recipients": {
			ZH: "“%[1]s”的工作表“%[2]s”是申报表或党员名册，不是上年救助对象名单（没有审核结论、救助金额或实发金额列）：--previous 请用上年 relief check -o 的结果工作簿、relief budget -o 的发放花名册，或列出上年救助对象姓名和身份证号码的名单",
			EN: "sheet %[2]s of %[1]s is an applicants sheet or a members roster, not a list of last year's recipients (it has no 审核结论, 救助金额 or 实发金额 column): give --previous last year's relief check -o or relief budget -o workbook, or a list of last year's recipients with names and identity numbers",
		},
	})
}

func init() {
	add(map[string]Text{
		"eligibility.out-of-poverty-review": {
			ZH: "半年考评认定已脱贫（%[1]s）：脱贫不补，年终不予发放",
			EN: "found out of poverty at the half-yearly evaluation (%[1]s): no relief once out of poverty, no year-end payment",
		},
		"eligibility.out-of-poverty-review-on": {
			ZH: "半年考评（%[2]s）认定已脱贫（%[1]s）：脱贫不补，年终不予发放",
			EN: "found out of poverty at the half-yearly evaluation (%[2]s; %[1]s): no relief once out of poverty, no year-end payment",
		},
		"eligibility.review-hardship-ended": {
			ZH: "考评表记载困难已不再持续，但“是否脱贫”未填“是”（%[1]s）：请核实后在考评表中填写，核实前暂缓发放（名额和金额保留，不由候补递补）",
			EN: "the evaluation form says the hardship no longer continues, but 是否脱贫 is not 是 (%[1]s): verify and fill in the form; payment waits until then (the seat and amount are kept, not given to the waitlist)",
		},
		"eligibility.review-unreadable": {
			ZH: "考评表中本人的一行有无法识别的内容（%[1]s，见数据问题）：改正后才能据以发放（名额和金额保留，不由候补递补）",
			EN: "the evaluation form's row for this member cannot be read (%[1]s; see the problems): correct it before paying (the seat and amount are kept, not given to the waitlist)",
		},
		"eligibility.review-unmatched": {
			ZH: "考评表中的“%[1]s”（%[2]s）与本年申报人都对不上：请核对姓名和身份证号码",
			EN: "%[1]s (%[2]s) on the evaluation form matches no applicant of this year: check the name and the identity number",
		},
		"eligibility.review-duplicate": {
			ZH: "“%[1]s”在考评表中出现两次（另见第 %[2]d 行）：只采用第一行，请删去多余的一行",
			EN: "%[1]s is on the evaluation form twice (see also row %[2]d): the first row is used; delete the other",
		},
		"eligibility.review-conduct": {
			ZH: "半年考评“%[1]s”的表现情况为“差”：请核实有无违纪违法情况（§4.1），如有须在申报表中登记",
			EN: "the half-yearly evaluation rates %[1]s's conduct 差 (poor): check for breaches of discipline or law (§4.1) and record any on the applicants sheet",
		},
		"eligibility.evaluation-missing": {
			ZH: "救助对象“%[1]s”不在考评表中：请补做半年考评并填入考评表",
			EN: "recipient %[1]s is not on the evaluation form: evaluate the member and add the row",
		},
		"eligibility.evaluation-not-done": {
			ZH: "救助对象“%[1]s”的考评表“是否脱贫”尚未填写（%[2]s）：请入户考评后填写",
			EN: "recipient %[1]s: 是否脱贫 on the evaluation form is still empty (%[2]s): visit the household and fill it in",
		},
	})
}

func init() {
	add(map[string]Text{
		"history.repeat":        {ZH: "上年（%[1]d年度）已获救助", EN: "received relief last year (%[1]d)"},
		"history.repeat-amount": {ZH: "上年（%[1]d年度）已获救助 %[2]s 元", EN: "received relief last year (%[1]d): %[2]s yuan"},
		"history.repeat-out-of-poverty": {
			ZH: "上年（%[1]d年度）为救助对象，半年考评认定已脱贫",
			EN: "a recipient last year (%[1]d), found out of poverty at the evaluation",
		},
		"history.out-of-poverty": {
			ZH: "%[1]d年度半年考评已认定脱贫（%[2]s），今年再次申报：请核实是否返贫，并在本年“是否脱贫”中如实填写（§6.4 脱贫不补）",
			EN: "found out of poverty at the %[1]d evaluation (%[2]s) and applying again: verify whether the member fell back into poverty, and fill in this year's 是否脱贫 truthfully (§6.4)",
		},
		"history.where": {ZH: "%[1]s 工作表“%[2]s”第 %[3]d 行", EN: "%[1]s, sheet %[2]s, row %[3]d"},
		"history.same-year": {
			ZH: "上年名单“%[1]s”的年度为 %[2]d 年，不早于本年（%[3]d 年）：--previous 请给上一年度的名单",
			EN: "the list %[1]s is of %[2]d, not earlier than this year (%[3]d): give --previous last year's list",
		},
	})
}

func init() {
	add(map[string]Text{
		"report.repeat.year":           {ZH: "%[1]d年度已获救助", EN: "relief in %[1]d"},
		"report.repeat.amount":         {ZH: "%[1]d年度 %[2]s元", EN: "%[1]d: %[2]s yuan"},
		"report.repeat.out-of-poverty": {ZH: "%[1]d年度救助对象（考评已脱贫）", EN: "%[1]d recipient (found out of poverty)"},
		"report.previous.title": {
			ZH: "与上年（%[1]d年度）救助对象对照：上年 %[2]d 人，今年再次申报 %[3]d 人，未再申报 %[4]d 人",
			EN: "Compared with last year's (%[1]d) recipients: %[2]d last year, %[3]d applying again, %[4]d not applying again",
		},
		"report.previous.repeat":        {ZH: "%[1]s（%[2]s）", EN: "%[1]s (%[2]s)"},
		"report.previous.repeats":       {ZH: "再次申报：%[1]s", EN: "Applying again: %[1]s"},
		"report.previous.not-reapplied": {ZH: "上年救助对象中今年未再申报的：", EN: "Last year's recipients who have not applied again:"},
		"report.previous.col.relief":    {ZH: "上年救助", EN: "Last year"},
		"report.previous.col.where":     {ZH: "上年名单", EN: "Listed in"},
	})
}

func init() {
	add(map[string]Text{
		"workbook.result.repeat":       {ZH: "上年救助", EN: "Last year"},
		"workbook.sheet.not-reapplied": {ZH: "上年未再申报", EN: "Not applying again"},
		"workbook.previous.title":      {ZH: "%[1]d年度救助对象中今年未再申报的（%[2]d 人，上年共 %[3]d 人）", EN: "Recipients of %[1]d who have not applied again (%[2]d of %[3]d)"},
		"workbook.previous.seq":        {ZH: "序号", EN: "No."},
		"workbook.previous.id":         {ZH: "身份证号码", EN: "Identity number"},
		"workbook.previous.none":       {ZH: "上年救助对象今年都已再次申报。", EN: "Every recipient of last year has applied again."},
	})
}

func init() {
	add(map[string]Text{
		"report.review.none": {
			ZH: "没有救助对象可考评：本年还没有纳入救助的申报人（先运行 relief check 查看审核结论）",
			EN: "no recipient to evaluate: nobody has been selected this year yet (run relief check to see the verdicts)",
		},
		"report.review.title":      {ZH: "%[1]d年度困难党员救助对象半年考评表", EN: "Half-yearly evaluation of the relief recipients, %[1]d"},
		"report.review.masked":     {ZH: "（部分隐去）", EN: " (masked)"},
		"report.review.col.causes": {ZH: "困难原因", EN: "Causes"},
		"report.review.town":       {ZH: "%[1]s、%[2]s（%[3]d 人）", EN: "%[1]s. %[2]s (%[3]d)"},
		"report.review.branch":     {ZH: "（%[1]s）%[2]s（%[3]d 人）", EN: "(%[1]s) %[2]s (%[3]d)"},
		"report.review.no-branch":  {ZH: "（未填党支部）", EN: "(no branch given)"},
		"report.review.intro": {
			ZH: "填表说明：党支部入户考评后，逐人填写困难是否持续、是否脱贫、表现情况（下拉选择）、考评日期和考评人。“是否脱贫”填“是”的，年终不予发放（§6.4 动态管理、脱贫不补）；“困难是否持续”填“否”而未脱贫的，须核实后再发放。填好后交组织部，用 relief check 申报表 --review 本表 读回。",
			EN: "How to fill in: after visiting each household the branch fills in, for every recipient, whether the hardship continues, whether the member is out of poverty, conduct (drop-down lists), the day and the evaluator. 是否脱贫 是 means no year-end payment (§6.4); 困难是否持续 否 without 脱贫 waits for verification. Return the form to the Organization Department, which reads it back with relief check WORKBOOK --review THIS-FORM.",
		},
		"report.review.sign": {
			ZH: "党支部书记（签字）：　　　　　　　　　　苏木镇（街道）党委（盖章）：　　　　　　　　　　　年　　月　　日",
			EN: "Branch secretary (signature):                    Township Party committee (seal):                    Date:",
		},
		"report.review.done": {
			ZH: "已写入考评表 %[1]s：%[2]d 个苏木镇、%[3]d 个党支部的 %[4]d 名救助对象",
			EN: "wrote the evaluation form %[1]s: %[4]d recipients in %[2]d townships and %[3]d branches",
		},
	})
}
