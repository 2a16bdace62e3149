package i18n

func init() {
	add(map[string]Text{
		"verdict.eligible":   {ZH: "符合", EN: "eligible"},
		"verdict.waitlisted": {ZH: "候补", EN: "waitlisted"},
		"verdict.ineligible": {ZH: "不符合", EN: "ineligible"},
		"verdict.pending":    {ZH: "待定", EN: "pending"},
		"verdict.invalid":    {ZH: "数据有误", EN: "invalid"},
		"severity.error":     {ZH: "错误", EN: "error"},
		"severity.warning":   {ZH: "警告", EN: "warning"},
		"severity.info":      {ZH: "说明", EN: "note"},

		"report.reason": {ZH: "%[1]s（%[2]s）", EN: "%[1]s (%[2]s)"},

		"report.check.title":       {ZH: "救助申报检查报告　工作簿：%[1]s　核查日期：%[2]s", EN: "Relief check report   workbook: %[1]s   as of: %[2]s"},
		"report.check.summary":     {ZH: "党员 %[1]d 人；申报 %[2]d 人：符合 %[3]d，候补 %[4]d，不符合 %[5]d，待定 %[6]d，数据有误 %[7]d", EN: "%[1]d {1:member|members}; %[2]d {2:applicant|applicants}: %[3]d eligible, %[4]d waitlisted, %[5]d ineligible, %[6]d pending, %[7]d invalid"},
		"report.check.applicants":  {ZH: "申报人审核结论", EN: "Applicants"},
		"report.check.problems":    {ZH: "数据问题（错误 %[1]d 处，警告 %[2]d 处）", EN: "Problems (%[1]d {1:error|errors}, %[2]d {2:warning|warnings})"},
		"report.check.no-problems": {ZH: "未发现数据问题。", EN: "No problems found."},
		"report.check.no-applicants": {
			ZH: "“%[1]s”工作表中还没有申报人：请每人一行填写后再检查。",
			EN: "The %[1]s sheet has no applicants yet: fill in a row per applicant, then check again.",
		},
		"report.check.info": {ZH: "说明：%[1]s", EN: "Note: %[1]s"},

		"report.col.row":      {ZH: "行号", EN: "Row"},
		"report.col.name":     {ZH: "姓名", EN: "Name"},
		"report.col.township": {ZH: "所属苏木镇", EN: "Township"},
		"report.col.branch":   {ZH: "所在党支部", EN: "Branch"},
		"report.col.verdict":  {ZH: "结论", EN: "Verdict"},
		"report.col.rank":     {ZH: "排名", EN: "Rank"},
		"report.col.amount":   {ZH: "救助金额（元）", EN: "Amount (yuan)"},
		"report.col.reasons":  {ZH: "原因", EN: "Reasons"},
		"report.col.severity": {ZH: "级别", EN: "Severity"},
		"report.col.cell":     {ZH: "位置", EN: "Cell"},
		"report.col.code":     {ZH: "代码", EN: "Code"},
		"report.col.value":    {ZH: "原值", EN: "Value"},
		"report.col.message":  {ZH: "说明", EN: "Message"},
	})
}
