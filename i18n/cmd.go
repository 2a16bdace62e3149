package i18n

func init() {
	add(map[string]Text{
		"cmd.internal": {
			ZH: "内部错误（%[1]s）：请把所用命令和工作簿报告给系统维护人员",
			EN: "internal error (%[1]s): please report the command and the workbook to the maintainers",
		},
		"cmd.bad-flag-value": {
			ZH: "参数 %[1]s 的值“%[2]s”无效，可选值：%[3]s",
			EN: "%[1]s %[2]q is not valid; allowed values: %[3]s",
		},
		"cmd.bad-flags": {
			ZH: "%[1]s；运行 %[2]s --help 查看用法",
			EN: "%[1]s; run %[2]s --help for usage",
		},
		"cmd.args": {
			ZH: "%[1]s 需要%[2]s；用法：%[3]s",
			EN: "%[1]s needs %[2]s; usage: %[3]s",
		},
		"cmd.bad-date-flag": {
			ZH: "参数 %[1]s 的日期“%[2]s”无法识别：请写成 2026-11-27 的形式",
			EN: "%[1]s: cannot read the date %[2]q; write it as 2026-11-27",
		},
		"cmd.arg-workbook": {
			ZH: "一个工作簿文件（.xlsx）",
			EN: "one workbook file (.xlsx)",
		},
	})
}
