package i18n

func init() {
	add(map[string]Text{
		"cmd.unknown-command": {
			ZH: "没有“%[1]s”这个命令：运行 %[2]s --help 查看全部命令",
			EN: "there is no command %[1]q: run %[2]s --help to see them all",
		},
		"cmd.interrupted": {
			ZH: "已中断：正在写入的文件已放弃，原有文件未改动",
			EN: "interrupted: the files being written were dropped; existing files are unchanged",
		},
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
		"cmd.flag-unknown": {
			ZH: "没有参数 %[1]s：请检查拼写，运行 %[2]s --help 查看可用的参数",
			EN: "there is no flag %[1]s: check the spelling; run %[2]s --help to see the flags",
		},
		"cmd.flag-no-value": {
			ZH: "参数 %[1]s 后面要写一个值：请补上，运行 %[2]s --help 查看用法",
			EN: "flag %[1]s needs a value: add one; run %[2]s --help for usage",
		},
		"cmd.flag-invalid": {
			ZH: "参数 %[1]s 的值“%[2]s”无效：运行 %[3]s --help 查看用法",
			EN: "%[1]s %[2]q is not valid: run %[3]s --help for usage",
		},
		"cmd.flag-invalid-int": {
			ZH: "参数 %[1]s 的值“%[2]s”无效：请写一个整数，如 %[1]s 7；运行 %[3]s --help 查看用法",
			EN: "%[1]s %[2]q is not valid: write a whole number, e.g. %[1]s 7; run %[3]s --help for usage",
		},
		"cmd.flag-invalid-bool": {
			ZH: "参数 %[1]s 的值“%[2]s”无效：这个参数不用写值（写 %[1]s 即表示启用）；运行 %[3]s --help 查看用法",
			EN: "%[1]s %[2]q is not valid: this flag takes no value (%[1]s alone turns it on); run %[3]s --help for usage",
		},
		"cmd.args": {
			ZH: "%[1]s 需要%[2]s；用法：%[3]s",
			EN: "%[1]s needs %[2]s; usage: %[3]s",
		},
		"cmd.bad-date-flag": {
			ZH: "参数 %[1]s 的日期“%[2]s”无法识别：请写成 2026-11-27 的形式",
			EN: "%[1]s: cannot read the date %[2]q; write it as 2026-11-27",
		},
		"cmd.blank-arg": {
			ZH: "%[1]s 的参数是空的：请写%[2]s；用法：%[3]s",
			EN: "%[1]s was given an empty argument: give %[2]s; usage: %[3]s",
		},
		"cmd.date-flag-range": {
			ZH: "参数 %[1]s 的日期“%[2]s”超出可用范围（%[3]d 年至 %[4]d 年）：请检查年份是否写错",
			EN: "%[1]s %[2]s is out of range (years %[3]d to %[4]d): check the year",
		},
		"cmd.bad-year": {
			ZH: "参数 --year 的年份 %[1]d 超出可用范围（%[2]d 年至 %[3]d 年）：请写救助年度，如 2026",
			EN: "--year %[1]d is out of range (years %[2]d to %[3]d): give the relief year, e.g. 2026",
		},
		"cmd.arg-workbook": {
			ZH: "一个工作簿文件（.xlsx）",
			EN: "one workbook file (.xlsx)",
		},
	})
}
