package i18n

// Messages of package eligibility (reasons and procedure warnings) and of
// relief votes.
func init() {
	add(map[string]Text{
		"eligibility.invalid-data": {
			ZH: "本行有 %[1]d 处数据错误（%[2]s），改正后才能审核：见数据问题清单",
			EN: "this row has %[1]d data {1:error|errors} (%[2]s); correct them (see the problems list) before it can be decided",
		},
		"eligibility.not-a-member": {
			ZH: "身份证号码 %[1]s 不在党员名册中：请核对号码，或核实申报人是否为本旗党员",
			EN: "identity number %[1]s is not on the members roster: check the number, or whether the applicant is a member here",
		},
		"eligibility.conduct": {
			ZH: "违纪违法情况登记为“%[1]s”：有违纪违法行为的党员不予救助",
			EN: "misconduct recorded (%[1]s): members who break discipline or law get no relief",
		},
		"eligibility.no-hardship-cause": {
			ZH: "未登记符合条件的困难原因（疾病、长期失业、子女上学、天灾人祸、无自理能力）：请核实后填写“困难原因”",
			EN: "no qualifying hardship cause recorded (疾病, 长期失业, 子女上学, 天灾人祸, 无自理能力): verify and fill in 困难原因",
		},
		"eligibility.excluded-laziness": {
			ZH: "因本人懒惰致贫，不予救助",
			EN: "poverty caused by the member's own laziness: no relief",
		},
		"eligibility.excluded-children-support": {
			ZH: "子女有赡养能力而不赡养，不予救助",
			EN: "children able to support the member do not: no relief",
		},
		"eligibility.excluded-dues": {
			ZH: "不愿交纳党费，不予救助",
			EN: "unwilling to pay party dues: no relief",
		},
		"eligibility.income-above-line": {
			ZH: "家庭年收入 %[1]s 元、家庭人口 %[2]d 人，人均 %[3]s 元，高于收入线 %[4]s 元",
			EN: "household income %[1]s yuan for %[2]d people is %[3]s yuan per person, above the line of %[4]s yuan",
		},
		"eligibility.income-unchecked": {
			ZH: "未填写家庭年收入或家庭人口，未能按收入线 %[1]s 元核对：请补填",
			EN: "household income or household size not given, so the income line of %[1]s yuan was not checked: fill them in",
		},
		"eligibility.out-of-poverty": {
			ZH: "已脱贫，按“脱贫不补”不再救助",
			EN: "out of poverty: no relief once out of poverty (脱贫不补)",
		},
		"eligibility.other-aid": {
			ZH: "享受%[1]s救助，不影响救助资格",
			EN: "receives other aid (%[1]s), which does not affect eligibility",
		},
		"eligibility.vote-missing": {
			ZH: "尚未登记党员大会评议表决结果：大会评议后请填写应到人数、实到人数、赞成票、反对票、弃权票",
			EN: "no branch assembly vote recorded yet: after the assembly, fill in 应到人数, 实到人数, 赞成票, 反对票, 弃权票",
		},
		"eligibility.vote-incomplete": {
			ZH: "党员大会表决结果缺少%[1]s：请补填（没有的填 0）",
			EN: "the assembly's vote lacks %[1]s: fill them in (0 where there were none)",
		},
		"eligibility.vote-no-quorum": {
			ZH: "党员大会实到 %[1]d 人，未超过应到 %[2]d 人的半数，会议无效：请重新召开党员大会评议",
			EN: "%[1]d of %[2]d voting members attended, not more than half, so the assembly decided nothing: hold the assembly again",
		},
		"eligibility.vote-no-majority": {
			ZH: "赞成 %[1]d 票，未超过应到会有表决权党员 %[2]d 人的半数",
			EN: "%[1]d {1:vote|votes} for is not more than half of the %[2]d voting {2:member|members}",
		},
		"eligibility.vote-zero-base.present": {
			ZH: "实到人数登记为 0，赞成率达不到 %[1]s：请核对党员大会的表决人数后重新填写",
			EN: "0 members are recorded as present, so the approval rate cannot reach %[1]s: check the assembly's figures and enter them again",
		},
		"eligibility.vote-zero-base.voters": {
			ZH: "应到人数登记为 0，赞成率达不到 %[1]s：请核对党员大会的表决人数后重新填写",
			EN: "0 voting members are recorded, so the approval rate cannot reach %[1]s: check the assembly's figures and enter them again",
		},
		"eligibility.vote-zero-base.cast": {
			ZH: "赞成、反对、弃权票均登记为 0，赞成率达不到 %[1]s：请核对党员大会的表决票数后重新填写",
			EN: "no votes are recorded as cast (for, against and abstain are all 0), so the approval rate cannot reach %[1]s: check the assembly's figures and enter them again",
		},
		"eligibility.vote-below-threshold.present": {
			ZH: "赞成 %[1]d 票，占实到人数 %[2]d 人的 %[3]s，低于 %[4]s",
			EN: "%[1]d {1:vote|votes} for out of %[2]d present is %[3]s, below %[4]s",
		},
		"eligibility.vote-below-threshold.voters": {
			ZH: "赞成 %[1]d 票，占应到人数 %[2]d 人的 %[3]s，低于 %[4]s",
			EN: "%[1]d {1:vote|votes} for out of %[2]d voting {2:member|members} is %[3]s, below %[4]s",
		},
		"eligibility.vote-below-threshold.cast": {
			ZH: "赞成 %[1]d 票，占投票总数 %[2]d 票的 %[3]s，低于 %[4]s",
			EN: "%[1]d {1:vote|votes} for out of %[2]d cast is %[3]s, below %[4]s",
		},
		"eligibility.objection-pending": {
			ZH: "公示期间有异议，尚待复核：复核后请在“公示异议”栏填写异议成立或异议不成立",
			EN: "an objection was raised during the public notice and awaits review: after review, write 异议成立 or 异议不成立 in 公示异议",
		},
		"eligibility.objection-upheld": {
			ZH: "公示异议经复核成立，不予救助",
			EN: "an objection raised during the public notice was upheld on review: no relief",
		},
		"eligibility.deadline-late": {
			ZH: "审定日期 %[1]s 晚于办理期限 %[2]s（申报日期 %[3]s 起 %[4]d 天内办结），超期 %[5]d 天：请在材料中说明超期原因",
			EN: "approved on %[1]s, after the due day %[2]s (%[4]d {4:day|days} from the application on %[3]s), %[5]d {5:day|days} late: record why",
		},
		"eligibility.deadline-overdue": {
			ZH: "申报日期 %[1]s 起 %[2]d 天的办理期限 %[3]s 已过 %[4]d 天，尚未审定：请尽快审定",
			EN: "the application of %[1]s was due for approval within %[2]d {2:day|days}, by %[3]s, %[4]d {4:day|days} ago, and is not approved: approve or reject it now",
		},
		"eligibility.deadline-near": {
			ZH: "尚未审定，办理期限 %[1]s 还剩 %[2]d 天：请抓紧审定",
			EN: "not approved yet; due by %[1]s, %[2]d {2:day|days} from now: approve or reject it soon",
		},

		"votes.title": {
			ZH: "党员大会评议表决统计　工作簿：%[1]s　赞成率下限 %[2]s（分母：%[3]s）",
			EN: "Branch assembly votes   workbook: %[1]s   threshold %[2]s (of %[3]s)",
		},
		"votes.base.present": {ZH: "实到人数", EN: "present"},
		"votes.base.voters":  {ZH: "应到人数", EN: "voters"},
		"votes.base.cast":    {ZH: "赞成+反对+弃权", EN: "for + against + abstain"},
		"votes.check.pass":   {ZH: "通过", EN: "pass"},
		"votes.check.fail":   {ZH: "未通过", EN: "fail"},
		"votes.check.missing": {
			ZH: "缺数据", EN: "missing",
		},
		"votes.check.off":     {ZH: "不检查", EN: "off"},
		"votes.col.voters":    {ZH: "应到", EN: "Voters"},
		"votes.col.present":   {ZH: "实到", EN: "Present"},
		"votes.col.for":       {ZH: "赞成", EN: "For"},
		"votes.col.against":   {ZH: "反对", EN: "Against"},
		"votes.col.abstain":   {ZH: "弃权", EN: "Abstain"},
		"votes.col.rate":      {ZH: "赞成率", EN: "Rate"},
		"votes.col.quorum":    {ZH: "到会过半", EN: "Quorum"},
		"votes.col.majority":  {ZH: "赞成过半", EN: "Majority"},
		"votes.col.threshold": {ZH: "赞成率达标", EN: "Threshold"},
		"votes.col.passed":    {ZH: "表决结果", EN: "Result"},
		"votes.col.applicants": {
			ZH: "申报人数", EN: "Applicants",
		},
		"votes.col.passed-count": {ZH: "通过人数", EN: "Passed"},
		"votes.result.passed":    {ZH: "通过", EN: "passed"},
		"votes.result.failed":    {ZH: "未通过", EN: "failed"},
		"votes.result.missing":   {ZH: "缺数据", EN: "incomplete"},
		"votes.result.none":      {ZH: "未表决", EN: "no vote"},
		"votes.branches":         {ZH: "按党支部汇总", EN: "By branch"},
		"votes.total":            {ZH: "合计", EN: "Total"},
		"votes.none":             {ZH: "工作簿中没有申报人。", EN: "The workbook has no applicants."},
		"report.votes.xlsx.rate": {ZH: "赞成率（%）", EN: "Approval rate (%)"},
		"report.votes.xlsx-failed": {
			ZH: "无法生成表决情况工作簿“%[1]s”：%[2]s",
			EN: "could not make the tally workbook %[1]s: %[2]s",
		},
	})
}
