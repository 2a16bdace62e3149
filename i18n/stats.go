package i18n

// Messages of the report upward (relief report).
func init() {
	add(map[string]Text{
		"report.stats.title":             {ZH: "%[1]d年度困难党员救助情况统计表", EN: "Relief for party members in hardship, %[1]d: statistics"},
		"report.stats.text-title":        {ZH: "%[1]d年度救助情况统计　工作簿：%[2]s　统计日期：%[3]s", EN: "Relief statistics %[1]d   workbook: %[2]s   as of: %[3]s"},
		"report.stats.charts-title":      {ZH: "%[1]d年度困难党员救助情况统计图", EN: "Relief statistics %[1]d: charts"},
		"report.stats.unit":              {ZH: "填报单位：%[1]s　　　　统计日期：%[2]s", EN: "Reporting office: %[1]s    as of %[2]s"},
		"report.stats.by-township":       {ZH: "一、各苏木镇救助情况", EN: "1. By township"},
		"report.stats.col.applicants":    {ZH: "申报人数", EN: "Applicants"},
		"report.stats.col.people":        {ZH: "人数", EN: "People"},
		"report.stats.col.share":         {ZH: "占比", EN: "Share"},
		"report.stats.recipients":        {ZH: "二、救助对象构成（共 %[1]d 人）", EN: "2. The %[1]d recipients"},
		"report.stats.multi":             {ZH: "注：一人可有多项，合计可能多于救助对象人数。", EN: "One person may count in several rows."},
		"report.stats.chart-towns":       {ZH: "各苏木镇救助名额、入选和已发放人数", EN: "Quota, selected and paid by township"},
		"report.stats.chart-causes":      {ZH: "救助对象困难原因构成", EN: "Recipients by hardship cause"},
		"report.stats.count":             {ZH: "%[1]s %[2]d 人（%[3]s）", EN: "%[1]s %[2]d (%[3]s)"},
		"report.stats.colon":             {ZH: "：", EN: ": "},
		"report.stats.by-cause":          {ZH: "困难原因", EN: "By hardship cause"},
		"report.stats.by-level":          {ZH: "困难程度", EN: "By hardship level"},
		"report.stats.by-ethnicity":      {ZH: "民族", EN: "By ethnicity"},
		"report.stats.by-gender":         {ZH: "性别", EN: "By gender"},
		"report.stats.by-age":            {ZH: "年龄段", EN: "By age"},
		"report.stats.by-other_aid":      {ZH: "享受其他救助", EN: "Also receiving other aid (§4.4)"},
		"report.stats.key.unknown":       {ZH: "未填或无法识别", EN: "not given"},
		"report.stats.key.not-on-roster": {ZH: "不在党员名册中", EN: "not on the members roster"},
		"report.stats.key.no-roster":     {ZH: "无党员名册", EN: "no members roster"},
		"report.stats.key.under-40":      {ZH: "40岁以下", EN: "under 40"},
		"report.stats.key.40-49":         {ZH: "40至49岁", EN: "40–49"},
		"report.stats.key.50-59":         {ZH: "50至59岁", EN: "50–59"},
		"report.stats.key.60-69":         {ZH: "60至69岁", EN: "60–69"},
		"report.stats.key.70-79":         {ZH: "70至79岁", EN: "70–79"},
		"report.stats.key.80-plus":       {ZH: "80岁及以上", EN: "80 and over"},
		"report.stats.key.any":           {ZH: "享受其他救助（任一项）", EN: "any other aid"},
		"report.stats.done":              {ZH: "已写入统计表 %[1]s", EN: "wrote the statistics workbook %[1]s"},
	})
}
