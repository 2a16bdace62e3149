package i18n

// Messages of a run over several files (roster.files.*) and of CSV input
// (roster.csv.*).
func init() {
	add(map[string]Text{
		"roster.files.none": {
			ZH: "没有给出要读取的文件：请给出一个或几个工作簿（.xlsx、.csv），或包含它们的文件夹",
			EN: "no file to read: give one or more workbooks (.xlsx, .csv), or a folder holding them",
		},
		"roster.files.nothing": {
			ZH: "“%[1]s”中找不到救助申报、党员名册、党员人数或资金来源表（现有工作表：%[2]s）：请按“relief init”生成的模板命名工作表或填写表头；不属于本次救助的文件请移出文件夹",
			EN: "%[1]q has no applicants, members, member-count or funds sheet (its sheets: %[2]s): name the sheets or write their headers as in the template of relief init; move files that do not belong to this run out of the folder",
		},
		"roster.files.no-roster": {
			ZH: "--members 给出的“%[1]s”中找不到党员名册或党员人数表（现有工作表：%[2]s）：请给出全旗党员名册，或含有“所属苏木镇”“党员人数”两列的表",
			EN: "%[1]q given with --members has no members roster or member-count sheet (its sheets: %[2]s): give the banner's members roster, or a sheet with the columns 所属苏木镇 and 党员人数",
		},
		"roster.files.members-applicants": {
			ZH: "--members 文件中的工作表“%[1]s”看起来是申报表，但只读取了该文件的党员名册：如需审核其中的申报人，请同时把这个文件作为输入给出",
			EN: "sheet %[1]q of the --members file looks like applicants, but only the roster of that file is read: to assess its applicants, give the file as an input too",
		},
		"roster.files.folder-unreadable": {
			ZH: "无法读取文件夹“%[1]s”：请检查是否有读取权限",
			EN: "cannot read the folder %[1]q: check that you may read it",
		},
		"roster.files.empty-folder": {
			ZH: "文件夹“%[1]s”中没有 .xlsx 或 .csv 文件（~$ 开头的临时文件和隐藏文件不读取）：请把各苏木镇报送的工作簿放进这个文件夹",
			EN: "the folder %[1]q holds no .xlsx or .csv file (~$ lock files and hidden files are not read): put the townships' workbooks into it",
		},
		"roster.files.bad-sheet": {
			ZH: "--sheet 的值“%[1]s”不是本程序认识的工作表：可用 %[2]s",
			EN: "--sheet %[1]q names no sheet relief knows: use one of %[2]s",
		},
		"roster.files.sheet-one-csv": {
			ZH: "--sheet 只用于只有一个 CSV 文件的情况（现有 %[1]d 个）：多个 CSV 文件请用文件名（如 党员名册.csv）或表头区分",
			EN: "--sheet is for a run with one CSV file only (there are %[1]d): name several CSV files after their sheet (党员名册.csv …) or let their headers say what they hold",
		},
		"roster.files.no-applicants": {
			ZH: "所给文件（%[1]s）中都没有救助申报表：请确认申报工作表命名为“救助申报”，或其表头含有 姓名、身份证号码、所属苏木镇、所在党支部、申报日期",
			EN: "none of the files given (%[1]s) has an applicants sheet: name the applicants sheet 救助申报, or make sure its header has 姓名, 身份证号码, 所属苏木镇, 所在党支部, 申报日期",
		},
		"roster.files.duplicate-applicant": {
			ZH: "身份证号码 %[1]s 也在“%[2]s”的“%[3]s”表第 %[4]d 行申报：同一人只能申报一次，请核实后只保留一处",
			EN: "identity number %[1]s also applies in %[2]q, sheet %[3]s, row %[4]d: a person applies once; check and keep one of the rows",
		},
		"roster.files.duplicate-member": {
			ZH: "身份证号码 %[1]s 也在“%[2]s”的“%[3]s”表第 %[4]d 行（%[5]s）：一名党员只属于一个党支部，请核实后只在一个名册中保留",
			EN: "identity number %[1]s is also on %[2]q, sheet %[3]s, row %[4]d (%[5]s): a member belongs to one branch; check and keep the member on one roster only",
		},
		"roster.files.members-mixed": {
			ZH: "“%[1]s”只有党员人数表，而“%[2]s”等文件有党员名册：有名册时名额按名册中的党员计算，此表的人数不会计入，名额将偏少。请为每个苏木镇提供党员名册，或用 --members 给出全旗党员名册（或全旗党员人数表）",
			EN: "%[1]q gives member counts only, while %[2]q and others give rosters: with a roster the quota counts the roster's members, so these counts would be left out and the quota too small. Give every township's roster, or the banner's roster (or member counts) with --members",
		},
		"roster.files.funds-several": {
			ZH: "“%[1]s”中也有资金来源表（“%[2]s”中已有）：救助资金是全旗统一的，分别相加可能重复计算。请只在一个文件中保留资金来源表，或在 relief.yaml 中设定 amount.fund",
			EN: "%[1]q has a funds sheet too (%[2]q has one already): the fund is the banner's, and adding the sheets up may count it twice. Keep the funds sheet in one file only, or set amount.fund in relief.yaml",
		},

		// CSV files.
		"roster.csv.not-text": {
			ZH: "“%[1]s”不是文本格式的 CSV 文件：请用 Excel 或 WPS 打开它，另存为“CSV UTF-8（逗号分隔）”或 Excel 工作簿（.xlsx）后再试",
			EN: "%[1]q is not a CSV text file: open it in Excel or WPS and save it as CSV UTF-8 (comma delimited) or as an Excel workbook (.xlsx), then try again",
		},
		"roster.csv.broken-utf8": {
			ZH: "“%[1]s”是 UTF-8 编码，但其中有无效字符（文件可能不完整，或曾用其他编码编辑）：请用 Excel 或 WPS 打开检查，另存为“CSV UTF-8（逗号分隔）”后再试",
			EN: "%[1]q is UTF-8 but has invalid bytes in it (perhaps cut short, or edited in another encoding): open it in Excel or WPS, check it, save it as CSV UTF-8 (comma delimited) and try again",
		},
		"roster.csv.encoding": {
			ZH: "“%[1]s”既不是 UTF-8 也不是 GB18030（GBK）编码，无法确定其中的汉字：请用 Excel 或 WPS 打开它，另存为“CSV UTF-8（逗号分隔）”或 Excel 工作簿（.xlsx）后再试",
			EN: "%[1]q is neither UTF-8 nor GB18030 (GBK), so its Chinese text cannot be read with confidence: open it in Excel or WPS and save it as CSV UTF-8 (comma delimited) or as an Excel workbook (.xlsx), then try again",
		},
		"roster.csv.too-large": {
			ZH: "“%[1]s”过大（超过 %[2]d MB、1048576 行、16384 列，或有一行过长），文件可能已损坏：请检查文件；名册确实这么大时，请拆分成几个文件",
			EN: "%[1]q is too large (over %[2]d MB, 1,048,576 rows or 16,384 columns, or a line too long); it may be damaged: check the file; if it really is that big, split it into several files",
		},
		"roster.csv.bad": {
			ZH: "“%[1]s”第 %[2]d 行附近无法按 CSV 读取（引号不配对）：请用 Excel 或 WPS 打开检查，另存为 CSV 后再试",
			EN: "%[1]q cannot be read as CSV near line %[2]d (unbalanced quotes): open it in Excel or WPS, check it, save it as CSV and try again",
		},
	})
}
