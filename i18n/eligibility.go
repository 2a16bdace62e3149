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
			ZH: "未登记符合条件的困难原因（疾病、长期失业、子女上学、天灾人祸，或本人无自理能力且子女赡养能力低）：请核实后填写“困难原因”",
			EN: "no qualifying hardship cause recorded (疾病, 长期失业, 子女上学, 天灾人祸, or 无自理能力 with 子女赡养能力低): verify and fill in 困难原因",
		},
		"eligibility.self-care-incomplete": {
			ZH: "困难原因只登记了“%[1]s”：§4.3 要求本人无自理能力、且子女赡养能力低，两项同时具备才符合；请核实后在%[2]s中补填另一项，或填写 §4.2 的困难原因（疾病、长期失业、子女上学、天灾人祸）",
			EN: "the hardship causes record only %[1]s: §4.3 needs both, the member unable to look after him/herself (无自理能力) and the children's capacity to support low (子女赡养能力低); verify and add the other in %[2]s, or record a §4.2 cause (疾病, 长期失业, 子女上学, 天灾人祸)",
		},
		"eligibility.conduct-unclear": {
			ZH: "%[1]s填的是“%[2]s”，程序不能据此判断有无违纪违法行为（说的是过去的事，或表述不明确）：请核实后改为从下拉列表选填 %[3]s 中的一项或几项，没有的填“无”",
			EN: "%[1]s says %[2]q, from which the program cannot tell whether there is a breach (it speaks of the past, or is unclear): verify, then choose one or more of %[3]s from the list, or 无 if there is none",
		},
		"eligibility.conduct-allowed": {
			ZH: "违纪违法情况登记有“%[1]s”，本旗政策未将其列为不予救助的情形（conduct.exclude），不影响救助资格",
			EN: "%[1]s is recorded as a breach, which the banner's policy does not count as excluding (conduct.exclude): it does not affect eligibility",
		},
		"eligibility.level-missing": {
			ZH: "%[1]s未填写：困难程度由苏木镇复核时提出（§5 第4步），决定救助金额；请填写 %[2]s 之一",
			EN: "%[1]s is empty: the degree of hardship is the township's proposal (§5 step 4) and sets the amount; fill in one of %[2]s",
		},
		"eligibility.level-no-column": {
			ZH: "申报表没有“困难程度”列：困难程度由苏木镇复核时提出（§5 第4步），决定救助金额；请加上这一列并填写 %[1]s 之一，或在政策文件中设 amount.default_level",
			EN: "the applicants sheet has no 困难程度 column: the degree of hardship is the township's proposal (§5 step 4) and sets the amount; add the column and fill in one of %[1]s, or set amount.default_level in the policy file",
		},
		"eligibility.level-default": {
			ZH: "未填写困难程度，按政策文件设定的默认档次“%[1]s”计算救助金额（amount.default_level）",
			EN: "no degree of hardship given: the amount is that of the policy's default level %[1]s (amount.default_level)",
		},
		"eligibility.applied-other-year": {
			ZH: "申报日期 %[1]s 不在救助年度 %[2]d 年内（一年一申报，§5）：请核对申报日期；如评审的是其他年度，请用 --year 指定救助年度",
			EN: "the application date %[1]s is not in the relief year %[2]d (one application a year, §5): check the date; to assess another year, give it with --year",
		},
		"eligibility.roster-name-mismatch": {
			ZH: "姓名“%[1]s”与党员名册第 %[4]d 行同一身份证号码 %[2]s 的姓名“%[3]s”不一致：两处必有一处录错，公示和通知书会印错姓名；请对照身份证核对后改正",
			EN: "the name %[1]s differs from %[3]s, the name on row %[4]d of the members roster for the same identity number %[2]s: one of the two is mistyped, and the notice and letters would print the wrong name; check against the ID card and correct it",
		},
		"eligibility.roster-township-mismatch": {
			ZH: "所属苏木镇填的是“%[1]s”，党员名册第 %[3]d 行该党员属于“%[2]s”：救助名额按党员名册的“%[4]s”计算（属地管理，§3.5）；请核对后改正有误的一处",
			EN: "the township given is %[1]s, but row %[3]d of the members roster puts the member in %[2]s: the quota counts the applicant in the roster's %[4]s (handled where the member belongs, §3.5); check and correct the wrong one",
		},
		"eligibility.roster-township-variant": {
			ZH: "所属苏木镇“%[1]s”与党员名册第 %[3]d 行的“%[2]s”是同一苏木镇，写法不同：救助名额按党员名册的“%[4]s”计算（属地管理，§3.5）；请统一写法",
			EN: "the township %[1]s is %[2]s of row %[3]d of the members roster, written differently: the quota counts the applicant in the roster's %[4]s (§3.5); write it the same way on both sheets",
		},
		"eligibility.roster-branch-mismatch": {
			ZH: "所在党支部填的是“%[1]s”，党员名册第 %[3]d 行该党员在“%[2]s”：请核对后改正有误的一处（党员大会应由党员所在党支部召开）",
			EN: "the branch given is %[1]s, but row %[3]d of the members roster puts the member in %[2]s: check and correct the wrong one (the assembly is the member's own branch's)",
		},
		"eligibility.voters-exceed-roster": {
			ZH: "应到人数 %[1]d 人，多于党员名册中该党支部的正式党员 %[2]d 人：预备党员没有表决权，应到人数只计有表决权的正式党员（党章）；请对照党员大会记录和党员名册核对",
			EN: "%[1]d entitled to vote is more than the %[2]d formal members of the branch on the members roster: probationary members have no vote, so only formal members count (Party Constitution); check the assembly's minutes and the roster",
		},
		"eligibility.meeting-mismatch": {
			ZH: "同一党支部 %[1]s 的党员大会，本行为应到 %[2]s 人、实到 %[3]s 人，第 %[4]d 行却是应到 %[5]s 人、实到 %[6]s 人：同一次会议的人数应当一致，请对照会议记录核对",
			EN: "the same branch's assembly of %[1]s has %[2]s entitled to vote and %[3]s present on this row, but %[5]s and %[6]s on row %[4]d: one meeting has one set of figures; check against the minutes",
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
		"eligibility.votes-inconsistent": {
			ZH: "党员大会表决人数自相矛盾（实到多于应到，或赞成、反对、弃权合计多于实到）：请对照会议记录改正",
			EN: "the assembly's figures contradict each other (more present than entitled to vote, or more votes than present): correct them from the minutes",
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
		"eligibility.deadline-overdue-incomplete": {
			ZH: "申报日期 %[1]s 起 %[2]d 天的办理期限 %[3]s 已过 %[4]d 天；审定日期虽已填写，但此前的步骤没有记录齐全，审定还不能算数（见数据问题）：请尽快补齐记录，未办的步骤尽快补办",
			EN: "the application of %[1]s was due for approval within %[2]d {2:day|days}, by %[3]s, %[4]d {4:day|days} ago: an approval is recorded, but not the steps before it, so it does not count yet (see the problems): complete the record, or do the missing steps, now",
		},
		"eligibility.deadline-near-incomplete": {
			ZH: "审定日期虽已填写，但此前的步骤没有记录齐全，审定还不能算数（见数据问题）；办理期限 %[1]s 还剩 %[2]d 天：请抓紧补齐",
			EN: "an approval is recorded, but not the steps before it, so it does not count yet (see the problems); due by %[1]s, %[2]d {2:day|days} from now: complete the record soon",
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
		"votes.result.invalid":   {ZH: "数据有误", EN: "invalid"},
		"votes.check.invalid":    {ZH: "数据矛盾", EN: "contradictory"},
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
