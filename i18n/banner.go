package i18n

// Messages of the banner-wide run over every township's files: the
// documents per township, the quota notice to the townships (名额分配通知)
// and relief merge.
func init() {
	add(map[string]Text{
		// Reports over several files.
		"report.files-count":         {ZH: "（共 %[1]d 个文件）", EN: " (%[1]d files)"},
		"report.col.file":            {ZH: "文件", EN: "File"},
		"report.check.file-problems": {ZH: "文件“%[1]s”：错误 %[2]d 处，警告 %[3]d 处", EN: "File %[1]s: %[2]d errors, %[3]d warnings"},
		"report.check.run-problems":  {ZH: "全旗汇总（不属于某一文件）：错误 %[1]d 处，警告 %[2]d 处", EN: "The run as a whole (no one file): %[1]d errors, %[2]d warnings"},

		// relief letters over several files: a person left out names the file.
		"cmd.letters.skipped-in": {
			ZH: "未发通知书：%[5]s 第%[1]d行 %[2]s（%[3]s）：%[4]s",
			EN: "no letter yet: %[5]s row %[1]d, %[2]s (%[3]s): %[4]s",
		},
		"cmd.letters.skipped-rejection-in": {
			ZH: "未发不予救助告知书：%[5]s 第%[1]d行 %[2]s（%[3]s）：%[4]s",
			EN: "no rejection letter yet: %[5]s row %[1]d, %[2]s (%[3]s): %[4]s",
		},

		"workbook.result.file":   {ZH: "来源文件", EN: "File"},
		"workbook.problems.file": {ZH: "文件", EN: "File"},

		// The quota notice's table.
		"doc.alloc.township": {ZH: "苏木镇（街道）", EN: "Township"},
		"doc.alloc.members":  {ZH: "党员人数", EN: "Members"},
		"doc.alloc.share":    {ZH: "应分名额", EN: "Exact share"},
		"doc.alloc.quota":    {ZH: "分配名额", EN: "Quota"},
		"doc.alloc.selected": {ZH: "入选人数", EN: "Selected"},
		"doc.allocation-no-quota": {
			ZH: "没有可分配的救助名额（党员人数为 0，或按救助比例计算后名额为 0）：请检查党员名册或党员人数表",
			EN: "there is no quota to apportion (no members, or the rate gives a quota of 0): check the members roster or the member-count sheet",
		},

		// relief notice --by-township, letters --split, budget --allocation.
		"cmd.notice.by-township-done": {
			ZH: "已在文件夹“%[1]s”中生成 %[2]d 个苏木镇的公示：共 %[3]d 人，%[4]d 页，公示期 %[5]s至%[6]s",
			EN: "wrote the notices of %[2]d townships into %[1]q: %[3]d people, %[4]d pages, notice period %[5]s to %[6]s",
		},
		"cmd.notice.out-required": {
			ZH: "请用 -o 指定输出的 PDF 文件名（如 -o 公示.pdf），或用 --by-township 给出按苏木镇存放公示的文件夹",
			EN: "give the PDF to write with -o (e.g. -o notice.pdf), or a folder for one notice per township with --by-township",
		},
		"cmd.budget.allocation-pdf": {
			ZH: "--allocation 把名额分配通知写入 -o 给出的 PDF 文件，“%[1]s”不是 .pdf：请写成如 -o 名额分配.pdf；预算工作簿（.xlsx）请另行生成",
			EN: "--allocation writes the quota notice to the PDF given with -o, and %[1]q is not a .pdf: write e.g. -o allocation.pdf; make the budget workbook (.xlsx) in another run",
		},
		"cmd.budget.allocation-out": {
			ZH: "--allocation 需要用 -o 给出名额分配通知的 PDF 文件，如 -o 名额分配.pdf",
			EN: "--allocation needs the PDF of the quota notice given with -o, e.g. -o allocation.pdf",
		},
		"cmd.budget.allocation-done": {
			ZH: "已生成名额分配通知“%[1]s”：全旗名额 %[2]d 名，分配到 %[3]d 个苏木镇，共 %[4]d 页",
			EN: "wrote the quota notice %[1]q: a quota of %[2]d over %[3]d townships, %[4]d pages",
		},

		// relief merge.
		"merge.out-required": {
			ZH: "请用 -o 给出合并后的工作簿，如 -o 全旗汇总.xlsx",
			EN: "give the merged workbook with -o, e.g. -o 全旗汇总.xlsx",
		},
		"merge.done": {
			ZH: "已把 %[2]d 个文件合并为“%[1]s”：申报 %[3]d 人，党员名册 %[4]d 行，党员人数 %[5]d 行，资金来源 %[6]d 行",
			EN: "merged %[2]d files into %[1]q: %[3]d applicants, %[4]d roster rows, %[5]d member-count rows, %[6]d fund rows",
		},
		"merge.skipped": {
			ZH: "未能读取，已跳过：%[1]s",
			EN: "could not be read, skipped: %[1]s",
		},
		"merge.problems": {
			ZH: "读取时发现错误 %[1]d 处、警告 %[2]d 处，已按原样合并：请对合并结果运行 relief check 查看并改正",
			EN: "%[1]d errors and %[2]d warnings were found while reading, and the rows were merged as they are: run relief check on the merged workbook to see and correct them",
		},
		"merge.col.file": {ZH: "来源文件", EN: "来源文件"},
		"merge.col.row":  {ZH: "来源行号", EN: "来源行号"},
	})
}
