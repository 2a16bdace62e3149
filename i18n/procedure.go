package i18n

// Messages of the procedure as it runs (package procedure, the steps'
// reasons of package eligibility, held seats, relief status) and of the
// 公示日期 column.
func init() {
	add(map[string]Text{
		// The 公示日期 column.
		"workbook.field.noticed_on": {
			ZH: "本人列入公示的第一天（公示开始日期）；公示期满无异议后才能发出救助通知书。一次性张榜的也可不填，运行时用 --noticed-on 日期。",
			EN: "The first day of the public notice listing the member; letters go out only after the period ends without objection. For a list posted all at once, --noticed-on DATE may stand in.",
		},
		"roster.read.date-noticed-before-approved": {
			ZH: "公示日期 %[1]s 早于审定日期 %[2]s，程序顺序不对：请核对两个日期",
			EN: "the notice date %[1]s is before the approval date %[2]s, which is out of order: check both dates",
		},

		// The mandatory steps (eligibility.MandatorySteps).
		"procedure.step.surveyed_on": {ZH: "党支部入户调查核实", EN: "the branch's household survey"},
		"procedure.step.reviewed_on": {ZH: "苏木镇（街道）党委复核", EN: "the township's review"},
		"eligibility.survey-missing": {
			ZH: "“%[1]s”未填，尚未登记党支部入户调查核实：入户调查后请填写日期，否则不能审核",
			EN: "%[1]s is empty: the branch's household survey is not recorded; fill in the date once it is done",
		},
		"eligibility.review-missing": {
			ZH: "“%[1]s”未填，尚未登记苏木镇（街道）党委复核：复核后请填写日期，否则不能审定",
			EN: "%[1]s is empty: the township's review is not recorded; fill in the date once it is done",
		},
		"procedure.step-column-missing": {
			ZH: "工作表没有“%[1]s”列，按%[2]s已完成处理：请加上这一列并逐人填写日期，以便核对这一步骤",
			EN: "the sheet has no %[1]s column, so %[3]s is taken as done: add the column and fill in each date so the step can be checked",
		},
		"procedure.step-missing": {
			ZH: "审定日期 %[1]s 已填，但“%[2]s”未填：程序未走完不能审定，请补填该日期（或核实后删去审定日期）",
			EN: "approved on %[1]s, but %[2]s is empty: a case cannot be approved before every step is done; fill in that date (or, if it was not done, remove the approval date)",
		},

		// What a case waits for (procedure.Next).
		"procedure.next.survey": {
			ZH: "待入户调查（“%[1]s”未填）",
			EN: "waiting for the household survey (%[1]s is empty)",
		},
		"procedure.next.assembly": {
			ZH: "待党员大会评议（未登记表决情况）",
			EN: "waiting for the members' assembly (no vote recorded)",
		},
		"procedure.next.review": {
			ZH: "待苏木镇复核（“%[1]s”未填）",
			EN: "waiting for the township's review (%[1]s is empty)",
		},
		"procedure.next.approval": {
			ZH: "尚未审定：旗委组织部审定后请填写“审定日期”，或加 --approved-on 日期",
			EN: "not yet approved: once the Organization Department has approved, fill in 审定日期 or give --approved-on DATE",
		},
		"procedure.next.notice": {
			ZH: "尚未公示：公示后请填写“公示日期”，或加 --noticed-on 日期",
			EN: "not yet posted: once the notice is posted, fill in 公示日期 or give --noticed-on DATE",
		},
		"procedure.next.period": {
			ZH: "公示期 %[1]s 至 %[2]s，尚未期满",
			EN: "the notice period runs from %[1]s to %[2]s and is not over",
		},
		"procedure.next.objection": {
			ZH: "公示期间（%[1]s 至 %[2]s）有异议，待旗委组织部复核（暂缓，保留名额）",
			EN: "an objection raised during the notice (%[1]s to %[2]s) is under review (held, the seat kept)",
		},
		"procedure.next.objection-upheld": {
			ZH: "公示期间的异议经复核成立，不予救助",
			EN: "an objection raised during the notice was upheld: no relief",
		},

		// The stages.
		"stage.applied":  {ZH: "已申报", EN: "applied"},
		"stage.surveyed": {ZH: "已入户调查", EN: "surveyed"},
		"stage.assessed": {ZH: "已评议", EN: "assessed"},
		"stage.reviewed": {ZH: "已复核", EN: "reviewed"},
		"stage.approved": {ZH: "已审定", EN: "approved"},
		"stage.noticed":  {ZH: "已公示", EN: "noticed"},
		"stage.final":    {ZH: "公示期满", EN: "final"},
		"verdict.held":   {ZH: "暂缓", EN: "held"},

		// The commands.
		"cmd.step-after-as-of": {
			ZH: "参数 %[1]s 的日期 %[2]s 晚于核查日期 %[3]s（--as-of）：只能登记已经发生的审定或公示，请检查日期",
			EN: "%[1]s %[2]s is after the assessment day %[3]s (--as-of): only an approval or a notice that has happened can be recorded; check the date",
		},

		"cmd.notice.done-supplementary": {
			ZH: "已生成补充公示“%[1]s”：新增 %[2]d 人（此前已公示 %[3]d 人），共 %[4]d 页，公示期 %[5]s至%[6]s",
			EN: "wrote the supplementary notice %[1]s: %[2]d more people (%[3]d posted before), %[4]d pages, notice period %[5]s to %[6]s",
		},
		"cmd.notice.record": {
			ZH: "张贴后，请在工作簿“公示日期”列为这 %[1]d 人填写 %[2]s（一次张贴全部名单的，也可在之后的命令中加 --noticed-on %[2]s）；公示期满无异议后运行 relief letters",
			EN: "once posted, fill in 公示日期 = %[2]s for these %[1]d people in the workbook (for a list posted all at once, --noticed-on %[2]s on later commands does the same); run relief letters once the period is over without objection",
		},
		"cmd.notice.unapproved": {
			ZH: "注意：纳入名额的 %[1]d 人尚未登记旗委组织部审定（“审定日期”未填），未列入公示（先审定、后公示，§5）：审定后请填写审定日期（或加 --approved-on 日期），再生成补充公示",
			EN: "note: %[1]d selected applicants have no approval recorded (审定日期 is empty) and are not on the notice (approval comes before the notice, §5): fill in 审定日期 once approved (or add --approved-on DATE), then make a supplementary notice",
		},
		"doc.notice-none-approved": {
			ZH: "纳入名额的 %[1]d 人都尚未登记旗委组织部审定（“审定日期”未填），未生成公示（先审定、后公示，§5）：审定后请填写审定日期，或加 --approved-on 日期",
			EN: "none of the %[1]d selected applicants has an approval recorded (审定日期 is empty), so no notice was written (approval comes before the notice, §5): fill in 审定日期 once approved, or add --approved-on DATE",
		},
		"cmd.notice.days-differ": {
			ZH: "注意：本次公示期为 %[1]d 天，而策略文件的 notice.days 为 %[2]d 天；relief letters 和 relief status 按 notice.days 判断公示是否期满：请在策略文件中把 notice.days 设为 %[1]d",
			EN: "note: this notice runs %[1]d days but the policy's notice.days is %[2]d; relief letters and relief status judge the end of the notice by notice.days: set notice.days: %[1]d in the policy file",
		},
		"cmd.letters.skipped": {
			ZH: "未发通知书：第%[1]d行 %[2]s（%[3]s）：%[4]s",
			EN: "no letter yet: row %[1]d, %[2]s (%[3]s): %[4]s",
		},
		"cmd.letters.skipped-rejection": {
			ZH: "未发不予救助告知书：第%[1]d行 %[2]s（%[3]s）：%[4]s",
			EN: "no rejection letter yet: row %[1]d, %[2]s (%[3]s): %[4]s",
		},
		"doc.notice-all-posted": {
			ZH: "纳入名额的 %[1]d 人都已公示（“公示日期”已填，最早 %[2]s），没有需要新公示的人，未生成文件：要重印全部名单请加 --all",
			EN: "all %[1]d selected applicants were posted already (公示日期 filled in, the first on %[2]s): nobody to post, nothing written; add --all to reprint the whole list",
		},
		"doc.none-final": {
			ZH: "没有可以发出的通知书：纳入救助的 %[1]d 人都未到公示期满无异议（原因见上），未生成文件：公示张贴后请填写“公示日期”（或加 --noticed-on），公示期满后再生成",
			EN: "no letter can go out: none of the %[1]d people concerned has reached the end of the notice period without objection (reasons above), nothing written: once the notice is posted fill in 公示日期 (or give --noticed-on), and try again after the period",
		},

		// The reports.
		"report.col.stage": {ZH: "办理进度", EN: "Stage"},
		"report.status.title": {
			ZH: "救助办理进度　工作簿：%[1]s　核查日期：%[2]s",
			EN: "Progress of the procedure   workbook: %[1]s   as of %[2]s",
		},
		"report.status.policy": {
			ZH: "各苏木镇申报人所处的办理步骤（§5）：办理期限为申报之日起 %[1]d 天（§5.6），公示期 %[2]d 天",
			EN: "the step each township's applicants have reached (§5): the procedure takes at most %[1]d days from the application (§5.6); the notice runs %[2]d days",
		},
		"report.status.none":           {ZH: "工作簿中没有申报人。", EN: "The workbook has no applicants."},
		"report.status.none-late":      {ZH: "没有超期或临近期限的申报人。", EN: "Nobody is overdue or near the deadline."},
		"report.status.late":           {ZH: "超期 %[1]d 人、临近期限 %[2]d 人：", EN: "%[1]d overdue, %[2]d near the deadline:"},
		"report.status.col.applicants": {ZH: "申报人数", EN: "Applicants"},
		"report.status.col.overdue":    {ZH: "超期", EN: "Overdue"},
		"report.status.col.near":       {ZH: "临期", EN: "Near"},
		"report.status.col.due":        {ZH: "办理期限", EN: "Due"},
		"report.budget.col.seats":      {ZH: "名额内人数", EN: "Seats"},
		"report.budget.col.held":       {ZH: "暂缓", EN: "Held"},
		"report.budget.xlsx.held":      {ZH: "暂缓（公示异议待复核或考评待核实，保留名额和金额）", EN: "Held (objection under review or evaluation to verify, seat and amount kept)"},
		"report.budget.selection-held": {
			ZH: "符合条件 %[1]d 人：入选 %[2]d 人，暂缓 %[3]d 人（公示异议待复核或考评待核实，保留名额和金额），候补 %[4]d 人",
			EN: "%[1]d eligible: %[2]d selected, %[3]d held (objection under review or evaluation to verify, seat and amount kept), %[4]d waitlisted",
		},
	})
}
