package i18n

// Messages of the budget (package budget), relief budget and its reports.
func init() {
	add(map[string]Text{
		"budget.members-missing": {
			ZH: "工作簿中没有党员名册，也没有党员人数表，无法按党员总数计算救助名额（§2），符合条件的申报人均列为候补：请添加“党员名册”工作表，或添加“党员人数”工作表（所属苏木镇、党员人数两列）",
			EN: "the workbook has neither a members roster nor a member-counts sheet, so the quota (§2) cannot be computed and every eligible applicant is waitlisted: add a 党员名册 sheet, or a 党员人数 sheet with the columns 所属苏木镇 and 党员人数",
		},
		"budget.members-empty": {
			ZH: "“党员名册”和“党员人数”工作表都还是空的（没有填写数据行），无法按党员总数计算救助名额（§2），符合条件的申报人均列为候补：请填写其中一张表（有完整名册时填党员名册，否则填各苏木镇的党员人数）",
			EN: "the 党员名册 and 党员人数 sheets are both still empty (no rows filled in), so the quota (§2) cannot be computed and every eligible applicant is waitlisted: fill in one of them (the full roster if you have it, else the member count of each township)",
		},
		"budget.member-count-mismatch": {
			ZH: "党员人数表中“%[1]s”为 %[2]d 人，党员名册中为 %[3]d 人：名额按党员名册计算；请核对两表，改正有误的一处",
			EN: "the member-counts sheet gives %[2]d {2:member|members} for %[1]s, the members roster %[3]d: the quota uses the roster; check both and correct the wrong one",
		},
		"budget.township-no-members": {
			ZH: "苏木镇“%[1]s”有申报人，但党员名册（或党员人数表）中没有该苏木镇的党员，其名额为 0：请核对苏木镇名称在各表中的写法是否一致",
			EN: "township %[1]s has applicants but no members on the roster (or the counts sheet), so its quota is 0: check that the township is spelled the same on every sheet",
		},
		"budget.over-quota": {
			ZH: "超出全旗救助名额（%[1]d 名），列为候补，综合排名第 %[2]d 位；有名额空出时按排名依次递补",
			EN: "beyond the banner quota of %[1]d: waitlisted at rank %[2]d; moves up in rank order when a place falls vacant",
		},
		"budget.over-quota-township": {
			ZH: "超出%[3]s的名额（%[4]d 名），全旗剩余名额也已用完（全旗 %[1]d 名），列为候补，综合排名第 %[2]d 位；有名额空出时按排名依次递补",
			EN: "beyond the quota of %[3]s (%[4]d) and no banner-wide place left (banner quota %[1]d): waitlisted at rank %[2]d; moves up in rank order when a place falls vacant",
		},
		"budget.fund-shortfall": {
			ZH: "救助资金不足：按标准需 %[1]s 元，可用资金 %[2]s 元，缺口 %[3]s 元；请补充资金来源，或调低 amount.levels 各档标准，或在政策文件中设 amount.fit: scale 按比例核减",
			EN: "the fund is short: the standard amounts need %[1]s yuan, the fund has %[2]s yuan, %[3]s yuan short; add to the fund, lower amount.levels, or set amount.fit: scale in the policy file to scale the amounts down",
		},
		"budget.fund-assumed": {
			ZH: "工作簿中没有“资金来源”表，政策文件也未设定资金总额（amount.fund），救助资金按“名额 %[1]d 名 × 基准金额 %[2]s 元”估算为 %[3]s 元：请添加“资金来源”工作表（来源、金额两列），或在政策文件中设 amount.fund",
			EN: "the workbook has no 资金来源 sheet and the policy sets no amount.fund, so the fund is assumed to be the quota %[1]d × the base amount %[2]s = %[3]s yuan: add a 资金来源 sheet (来源 and 金额 columns), or set amount.fund in the policy file",
		},
		"budget.fund-assumed-empty": {
			ZH: "“资金来源”表中没有金额，政策文件也未设定资金总额（amount.fund），救助资金按“名额 %[1]d 名 × 基准金额 %[2]s 元”估算为 %[3]s 元：请在“资金来源”表中填写各项来源的金额，或在政策文件中设 amount.fund",
			EN: "the 资金来源 sheet has no amounts and the policy sets no amount.fund, so the fund is assumed to be the quota %[1]d × the base amount %[2]s = %[3]s yuan: fill in the amounts of the 资金来源 sheet, or set amount.fund in the policy file",
		},
		"budget.fund-overridden": {
			ZH: "救助资金按政策文件设定的 amount.fund 计为 %[1]s 元，工作簿“%[2]s”表的合计 %[3]s 元未采用：请核对哪一个是本年度的资金总额；以表为准时，请删去政策文件中的 amount.fund",
			EN: "the fund is the policy's amount.fund, %[1]s yuan; the total of the workbook's %[2]s sheet, %[3]s yuan, is not used: check which is this year's fund; to use the sheet, remove amount.fund from the policy file",
		},
		"budget.fund-scaled": {
			ZH: "救助资金不足：按标准需 %[1]s 元，可用资金 %[2]s 元，各人救助金额已按同一比例核减（向下取整到 %[4]s 元），发放合计 %[3]s 元；详见 relief budget",
			EN: "the fund is short: the standard amounts need %[1]s yuan and the fund has %[2]s yuan, so every amount was scaled down in the same proportion (rounded down to %[4]s yuan), %[3]s yuan in all; see relief budget",
		},
		"budget.no-township": {ZH: "（未填苏木镇）", EN: "(no township)"},

		// The budget report.
		"report.budget.title":     {ZH: "救助名额与资金预算　工作簿：%[1]s　核查日期：%[2]s", EN: "Relief quota and budget   workbook: %[1]s   as of: %[2]s"},
		"report.budget.members":   {ZH: "党员总数：%[1]d 人（依据：%[2]s）", EN: "Party members: %[1]d (from %[2]s)"},
		"report.budget.quota":     {ZH: "救助名额：%[1]d × %[2]s = %[3]s，%[4]s得 %[5]d 名（%[6]s）", EN: "Quota: %[1]d × %[2]s = %[3]s, %[4]s: %[5]d (%[6]s)"},
		"report.budget.selection": {ZH: "符合条件 %[1]d 人：入选 %[2]d 人，候补 %[3]d 人", EN: "%[1]d eligible: %[2]d selected, %[3]d waitlisted"},

		"report.budget.source.roster": {ZH: "党员名册，按身份证号码去重", EN: "the members roster, distinct identity numbers"},
		"report.budget.source.counts": {ZH: "党员人数表", EN: "the member-counts sheet"},
		"report.budget.source.none":   {ZH: "无党员名册和党员人数表", EN: "no roster and no counts sheet"},

		"report.budget.rounding.half-up": {ZH: "四舍五入", EN: "rounded half up"},
		"report.budget.rounding.floor":   {ZH: "向下取整", EN: "rounded down"},
		"report.budget.rounding.ceil":    {ZH: "向上取整", EN: "rounded up"},
		"report.budget.scope.banner":     {ZH: "全旗统一按排名选定", EN: "selected banner-wide by rank"},
		"report.budget.scope.township":   {ZH: "按苏木镇名额选定，空余名额全旗按排名递补", EN: "selected by township quota, spare places banner-wide by rank"},

		"report.budget.townships":      {ZH: "各苏木镇名额", EN: "Townships"},
		"report.budget.apportion-note": {ZH: "注：名额按各苏木镇党员人数比例分配（最大余数法）：先取应得份额的整数部分，余下名额依次给小数部分最大的苏木镇；小数部分相同的，党员多者优先，再按名称排序。", EN: "Note: places are apportioned by members (largest remainder): each township gets the whole part of its share, the places left go to the largest fractions; equal fractions go to more members first, then by name."},
		"report.budget.total-row":      {ZH: "合计", EN: "Total"},
		"report.budget.col.members":    {ZH: "党员人数", EN: "Members"},
		"report.budget.col.share":      {ZH: "应得份额", EN: "Share"},
		"report.budget.col.quota":      {ZH: "名额", EN: "Quota"},
		"report.budget.col.quota-ref":  {ZH: "参考名额", EN: "Reference share"},
		"report.budget.quota-ref-note": {
			ZH: "注：救助对象全旗统一按综合排名选定（§2），“参考名额”是按党员人数比例测算的各苏木镇份额，仅供参考，不限制入选人数：一个苏木镇入选的人数可以多于或少于参考名额。",
			EN: "Note: applicants are selected banner-wide by rank (§2); the reference share is each township's proportional part of the quota, for reference only: a township may have more or fewer selected than its share.",
		},
		"report.budget.col.eligible":   {ZH: "符合条件", EN: "Eligible"},
		"report.budget.col.selected":   {ZH: "入选", EN: "Selected"},
		"report.budget.col.waitlisted": {ZH: "候补", EN: "Waitlisted"},

		"report.budget.levels":       {ZH: "各档救助标准", EN: "Amounts by hardship level"},
		"report.budget.col.level":    {ZH: "困难程度", EN: "Level"},
		"report.budget.col.standard": {ZH: "标准（元）", EN: "Standard (yuan)"},
		"report.budget.col.fitted":   {ZH: "核定（元）", EN: "Granted (yuan)"},
		"report.budget.col.subtotal": {ZH: "小计（元）", EN: "Subtotal (yuan)"},
		"report.budget.fund":         {ZH: "资金（元）", EN: "Fund (yuan)"},
		"report.budget.fund-policy":  {ZH: "政策文件设定的资金（amount.fund）", EN: "fund set in the policy (amount.fund)"},
		"report.budget.fund-quota":   {ZH: "名额 %[1]d 名 × 基本标准 %[2]s 元", EN: "quota %[1]d × base amount %[2]s"},
		"report.budget.fund-total":   {ZH: "可用资金", EN: "Fund"},
		"report.budget.need":         {ZH: "按标准需用", EN: "Needed at the standard amounts"},
		"report.budget.total":        {ZH: "发放合计", EN: "Total granted"},
		"report.budget.leftover":     {ZH: "结余", EN: "Left over"},
		"report.budget.shortfall":    {ZH: "缺口", EN: "Shortfall"},
		"report.budget.scaled":       {ZH: "资金不足，各档金额已按“标准 × 可用资金 ÷ 按标准需用”同比例核减，并向下取整到 %[1]s 元。", EN: "The fund is short: every amount was scaled by fund ÷ need and rounded down to %[1]s yuan."},
		"report.budget.problems":     {ZH: "预算问题", EN: "Budget problems"},

		// The budget workbook (always in Chinese; English for completeness).
		"report.budget.xlsx-failed":          {ZH: "无法生成预算工作簿“%[1]s”（%[2]s）：未写入任何文件；请把所用命令和工作簿报告给系统维护人员", EN: "cannot build the budget workbook %[1]s (%[2]s): nothing was written; please report the command and the workbook to the maintainers"},
		"report.budget.xlsx.title":           {ZH: "%[1]d年度党员互助救助资金预算汇总", EN: "Relief budget %[1]d: summary"},
		"report.budget.xlsx.item":            {ZH: "项目", EN: "Item"},
		"report.budget.xlsx.value":           {ZH: "数值", EN: "Value"},
		"report.budget.xlsx.workbook":        {ZH: "申报工作簿", EN: "Workbook"},
		"report.budget.xlsx.as-of":           {ZH: "核查日期", EN: "As of"},
		"report.budget.xlsx.members-source":  {ZH: "党员人数依据", EN: "Members from"},
		"report.budget.xlsx.rate":            {ZH: "救助比例", EN: "Quota rate"},
		"report.budget.xlsx.quota-exact":     {ZH: "党员人数 × 救助比例", EN: "Members × rate"},
		"report.budget.xlsx.rounding":        {ZH: "取整方式", EN: "Rounding"},
		"report.budget.xlsx.quota":           {ZH: "救助名额", EN: "Quota"},
		"report.budget.xlsx.scope":           {ZH: "名额使用方式", EN: "Selection"},
		"report.budget.xlsx.fund-line":       {ZH: "资金来源：%[1]s", EN: "Fund: %[1]s"},
		"report.budget.xlsx.total-capital":   {ZH: "发放合计（大写）", EN: "Total granted (in capitals)"},
		"report.budget.xlsx.scaled":          {ZH: "按比例核减", EN: "Scaled to the fund"},
		"report.budget.xlsx.scaled-yes":      {ZH: "是（向下取整到 %[1]s 元）", EN: "yes (rounded down to %[1]s yuan)"},
		"report.budget.xlsx.no":              {ZH: "否", EN: "no"},
		"report.budget.xlsx.chart-title":     {ZH: "各苏木镇名额与入选人数", EN: "Quota and selected by township"},
		"report.budget.xlsx.roster-title":    {ZH: "%[1]d年度困难党员救助金发放花名册", EN: "Relief payments %[1]d: disbursement roster"},
		"report.budget.xlsx.seq":             {ZH: "序号", EN: "No."},
		"report.budget.xlsx.id":              {ZH: "身份证号码", EN: "Identity number"},
		"report.budget.xlsx.signature":       {ZH: "领款人签字", EN: "Recipient's signature"},
		"report.budget.xlsx.roster-total":    {ZH: "合计（%[1]d 人）", EN: "Total (%[1]d)"},
		"report.budget.xlsx.roster-subtotal": {ZH: "%[1]s小计（%[2]d 人）", EN: "Subtotal %[1]s (%[2]d)"},
		"report.budget.xlsx.roster-filing":   {ZH: "填报单位（盖章）：　　　　　　　　　　　　　　　　　　　　　　填报日期：　　　　年　　月　　日", EN: "Reporting office (seal):                                Date:"},
		"report.budget.xlsx.roster-capital":  {ZH: "合计金额（大写）：%[1]s", EN: "Total in capitals: %[1]s"},
		"report.budget.xlsx.roster-footer":   {ZH: "经办人：　　　　　　　　审核人：　　　　　　　　发放日期：　　　年　　月　　日", EN: "Paid by:                Checked by:                Date:"},
	})
}
