package i18n

func init() {
	add(map[string]Text{
		"cmd.unknown-command": {
			ZH: "没有“%[1]s”这个命令：运行 %[2]s --help 查看全部命令",
			EN: "there is no command %[1]q: run %[2]s --help to see them all",
		},
		"cmd.interrupted": {ZH: "已中断：", EN: "interrupted: "},
		"cmd.interrupted.written": {
			ZH: "%[1]s已完整写入",
			EN: "%[1]s written whole",
		},
		"cmd.interrupted.dropped": {
			ZH: "%[1]s未写入（原有内容未改动）",
			EN: "%[1]s not written (what was there is unchanged)",
		},
		"cmd.interrupted.nothing": {ZH: "没有写入任何文件", EN: "nothing was written"},
		"cmd.interrupted.clean":   {ZH: "没有留下未完成的文件或临时文件", EN: "no partial or temporary file is left"},
		"cmd.interrupted.stuck": {
			ZH: "以下临时文件未能删除，请手动删除：%[1]s",
			EN: "these temporary files could not be removed; delete them by hand: %[1]s",
		},
		"cmd.interrupted.forced": {
			ZH: "已强制中断：正在写入的文件未完成，以下临时文件可能留下，请手动删除：%[1]s",
			EN: "stopped at once: the files being written are unfinished; these temporary files may be left, delete them by hand: %[1]s",
		},
		"cmd.stdout":        {ZH: "标准输出", EN: "standard output"},
		"cmd.stdout-taken":  {ZH: "-o - 不能用于这个命令：它的报告已经写到标准输出；请给 -o 一个 .xlsx 文件名", EN: "-o - is not available here: the command's report goes to standard output; give -o a .xlsx file name"},
		"cmd.stdout-write":  {ZH: "写到标准输出失败（%[1]s）", EN: "writing to standard output failed (%[1]s)"},
		"cmd.split-stdout":  {ZH: "--split 要给一个文件夹，不能是 -：要把全部通知书写到标准输出，请用 -o -", EN: "--split needs a folder, not -: to write all letters to standard output, use -o -"},
		"cmd.split.removed": {ZH: "（已删除上次生成的 %[1]d 个文件）", EN: " (removed the %[1]d files of the last run)"},
		"cmd.split.kept": {
			ZH: "注意：文件夹“%[1]s”中还有 %[2]d 个不是 relief 生成的文件（如“%[3]s”），未删除",
			EN: "note: the folder %[1]s still holds %[2]d files relief did not write (%[3]s, for one); they were left alone",
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
			ZH: "参数 %[1]s 的日期“%[2]s”无法识别：请写成 2026-11-27、2026/11/27、2026.11.27、2026年11月27日 或 20261127 的形式，并检查是否有这一天",
			EN: "%[1]s: cannot read the date %[2]q; write it as 2026-11-27, 2026/11/27, 2026.11.27, 2026年11月27日 or 20261127, and check that the day exists",
		},
		"cmd.blank-arg": {
			ZH: "%[1]s 的参数是空的：请写%[2]s；用法：%[3]s",
			EN: "%[1]s was given an empty argument: give %[2]s; usage: %[3]s",
		},
		"cmd.date-flag-range": {
			ZH: "参数 %[1]s 的日期“%[2]s”超出可用范围（%[3]d 年至 %[4]d 年）：请检查年份是否写错",
			EN: "%[1]s %[2]s is out of range (years %[3]d to %[4]d): check the year",
		},
		"cmd.arg-inputs": {
			ZH: "一个工作簿文件（.xlsx 或 .csv）或文件夹，可以给出几个",
			EN: "one workbook file (.xlsx or .csv) or a folder, or several",
		},
		"cmd.out-in-input-folder": {
			ZH: "输出文件“%[1]s”在输入文件夹“%[2]s”中，下次读取该文件夹时会被当作苏木镇报送的文件：请写到其他文件夹",
			EN: "the output %[1]q is inside the input folder %[2]q, where the next run over the folder would read it as a township's file: write it to another folder",
		},
		"cmd.out-dir-is-input": {
			ZH: "输出文件夹“%[1]s”就是输入文件夹：请另选一个文件夹存放生成的文件",
			EN: "the output folder %[1]q is the input folder: choose another folder for the files written",
		},
		"cmd.check.quiet-fail": {
			ZH: "工作簿有 %[1]d 处错误、%[2]d 处警告：详见 %[3]s",
			EN: "the workbook has %[1]d {1:error|errors} and %[2]d {2:warning|warnings}: see %[3]s",
		},
		"cmd.wrote": {
			ZH: "已写入 %[1]s",
			EN: "wrote %[1]s",
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
