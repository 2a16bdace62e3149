package i18n

// Messages of roster's workbook reader: why a file cannot be read at all
// (roster.open.*, printed as the one line of a failed run), and what is
// wrong with a sheet or a row (roster.read.*; the sheet, cell and raw value
// are shown beside the message, so it does not repeat them).
func init() {
	add(map[string]Text{
		// Files that cannot be read.
		"roster.open.missing": {
			ZH: "找不到文件“%[1]s”：请检查路径和文件名是否写对",
			EN: "no such file %[1]q: check the path and the file name",
		},
		"roster.open.unreadable": {
			ZH: "无法读取文件“%[1]s”：请检查是否有读取权限，或先关闭正在占用它的程序",
			EN: "cannot read %[1]q: check that you may read it, or close the program that holds it",
		},
		"roster.open.folder": {
			ZH: "“%[1]s”是一个文件夹，不是工作簿：请给出 .xlsx 文件本身的路径",
			EN: "%[1]q is a folder, not a workbook: give the path of the .xlsx file itself",
		},
		"roster.open.empty": {
			ZH: "“%[1]s”是空文件（0 字节），可能复制或下载时出了错：请重新获取或重新保存该工作簿",
			EN: "%[1]q is empty (0 bytes), probably a failed copy or download: get or save the workbook again",
		},
		"roster.open.text": {
			ZH: "“%[1]s”是文本文件（如 CSV 或网页），不是 Excel 工作簿：请用 Excel 或 WPS 打开它，再“另存为”Excel 工作簿（.xlsx）",
			EN: "%[1]q is a text file (CSV or a web page), not an Excel workbook: open it in Excel or WPS and save it as an Excel workbook (.xlsx)",
		},
		"roster.open.not-xlsx": {
			ZH: "“%[1]s”不是 Excel 工作簿（.xlsx）：请用 Excel 或 WPS 把名册“另存为”Excel 工作簿（.xlsx）后再试",
			EN: "%[1]q is not an Excel workbook (.xlsx): save the roster as an Excel workbook (.xlsx) in Excel or WPS and try again",
		},
		"roster.open.legacy-xls": {
			ZH: "“%[1]s”是旧版 Excel 97-2003 格式（.xls），本程序只能读取 .xlsx：请用 Excel 或 WPS 打开它，“另存为”Excel 工作簿（.xlsx）后再试",
			EN: "%[1]q is in the old Excel 97-2003 format (.xls); only .xlsx can be read: open it in Excel or WPS, save it as an Excel workbook (.xlsx) and try again",
		},
		"roster.open.encrypted": {
			ZH: "“%[1]s”设有打开密码：请用 --password 给出密码，或在 Excel/WPS 中取消密码后另存再试",
			EN: "%[1]q is password-protected: give the password with --password, or remove it in Excel/WPS, save and try again",
		},
		"roster.open.wrong-password": {
			ZH: "无法用所给密码打开“%[1]s”：请检查 --password 是否正确（区分大小写）；若密码无误，请在 Excel/WPS 中取消密码后另存再试",
			EN: "cannot open %[1]q with the password given: check --password (it is case-sensitive); if it is right, remove the password in Excel/WPS, save and try again",
		},
		"roster.open.truncated": {
			ZH: "“%[1]s”不完整或已损坏（可能复制或下载时中断）：请重新获取文件，或用 Excel/WPS 打开修复后另存为 .xlsx",
			EN: "%[1]q is incomplete or damaged (perhaps a copy or download was cut short): get the file again, or repair it in Excel/WPS and save it as .xlsx",
		},
		"roster.open.empty-zip": {
			ZH: "“%[1]s”是一个空压缩包，里面没有任何工作表：请重新保存或重新获取该工作簿",
			EN: "%[1]q is an empty zip archive with no sheets in it: save or get the workbook again",
		},
		"roster.open.not-workbook-zip": {
			ZH: "“%[1]s”是压缩文件，但不是 Excel 工作簿（可能是改了扩展名的 Word 文档或压缩包）：请给出 .xlsx 名册文件",
			EN: "%[1]q is a zip archive but not an Excel workbook (perhaps a renamed Word document or archive): give the .xlsx roster",
		},
		"roster.open.too-large": {
			ZH: "“%[1]s”解压后超过 %[2]d MB，文件过大或已损坏：请检查文件；名册确实这么大时，请拆分成几个工作簿分别检查",
			EN: "%[1]q unpacks to more than %[2]d MB, so it is too large or damaged: check the file; if the roster really is that big, split it into several workbooks",
		},
		"roster.open.sheet-damaged": {
			ZH: "“%[1]s”中的工作表“%[2]s”已损坏，无法完整读取：请用 Excel 或 WPS 打开检查这张表，另存为 .xlsx 后再试",
			EN: "the sheet %[2]q of %[1]q is damaged and cannot be read whole: open it in Excel or WPS, check that sheet, save as .xlsx and try again",
		},
		"roster.open.too-many-sheets": {
			ZH: "“%[1]s”有 %[2]d 张以上的工作表，不像救助申报工作簿：请删去多余的工作表（或把名册复制到一个新工作簿）后再试",
			EN: "%[1]q has more than %[2]d sheets, which no relief workbook has: delete the extra sheets (or copy the roster into a new workbook) and try again",
		},
		"roster.open.damaged": {
			ZH: "“%[1]s”的内容无法读取，文件可能已损坏：请用 Excel 或 WPS 打开检查，另存为 .xlsx 后再试",
			EN: "the contents of %[1]q cannot be read; the file may be damaged: open it in Excel or WPS, save it as .xlsx and try again",
		},

		// Sheets.
		"roster.read.no-applicants": {
			ZH: "“%[1]s”中找不到救助申报表（现有工作表：%[2]s）：请把申报工作表命名为“救助申报”，或确认其表头含有 姓名、身份证号码、所属苏木镇、所在党支部、申报日期",
			EN: "%[1]q has no applicants sheet (its sheets: %[2]s): name the applicants sheet 救助申报, or make sure its header has 姓名, 身份证号码, 所属苏木镇, 所在党支部, 申报日期",
		},
		"roster.read.no-members": {
			ZH: "工作簿中既没有“党员名册”也没有“党员人数”工作表，无法按党员总数计算救助名额：请添加其中一张表",
			EN: "the workbook has neither a 党员名册 (members) nor a 党员人数 (member counts) sheet, so the quota cannot be computed from the number of members: add one of them",
		},
		"roster.read.sheet-ignored": {
			ZH: "工作表“%[1]s”看起来也是“%[2]s”表，但只读取了“%[3]s”：如需一并检查，请把它的行并入“%[3]s”；不需要的话请删除或隐藏该表",
			EN: "sheet %[1]q also looks like a %[2]s sheet, but only %[3]q was read: to check its rows too, move them into %[3]q; otherwise delete or hide it",
		},
		"roster.read.header-missing": {
			ZH: "表头中找不到必填列“%[1]s”，本表各行都无法判断：请在表头加上这一列（可用列名：%[2]s）",
			EN: "the header has no column %[1]s, which is required, so no row of this sheet can be judged: add the column (accepted headers: %[2]s)",
		},

		// Rows.
		"roster.read.missing-required": {
			ZH: "必填项“%[1]s”为空：请补填",
			EN: "%[1]s is required but empty: fill it in",
		},
		"roster.read.formula-no-value": {
			ZH: "必填项“%[1]s”是公式，但文件中没有保存公式的计算结果（其他程序生成的文件常见）：请用 Excel 或 WPS 打开后保存一次，或直接填写内容",
			EN: "%[1]s is required and holds a formula whose result was not saved in the file (common in files written by other programs): open and save the workbook in Excel or WPS, or type the value itself",
		},
		"roster.read.formula-error": {
			ZH: "单元格显示公式错误 %[1]s，读不出“%[2]s”：请修正公式（如所引用的表格、单元格是否还在），或删去公式直接填写内容",
			EN: "the cell shows the formula error %[1]s, so %[2]s cannot be read: fix the formula (do the sheets and cells it refers to still exist?), or replace it with the value itself",
		},
		"roster.read.date-future": {
			ZH: "%[1]s %[2]s 晚于评估日期 %[3]s：请核对日期是否录错",
			EN: "%[1]s %[2]s is after the assessment day %[3]s: check whether the date was mistyped",
		},
		"roster.read.date-before-applied": {
			ZH: "%[1]s %[2]s 早于申报日期 %[3]s，程序顺序不对：请核对两个日期",
			EN: "%[1]s %[2]s is before the application date %[3]s, which is out of order: check both dates",
		},
		"roster.read.date-approved-before-meeting": {
			ZH: "审定日期 %[1]s 早于党员大会日期 %[2]s，程序顺序不对：请核对两个日期",
			EN: "the approval date %[1]s is before the members' assembly of %[2]s, which is out of order: check both dates",
		},
		"roster.read.date-join-before-birth": {
			ZH: "入党时间 %[1]s 早于出生日期 %[2]s：请核对两个日期",
			EN: "the joining date %[1]s is before the birth date %[2]s: check both dates",
		},
		"roster.read.gender-mismatch": {
			ZH: "性别填的是“%[1]s”，身份证号码第17位表示“%[2]s”：请核对性别或身份证号码",
			EN: "the gender says %[1]s but the 17th digit of the identity number says %[2]s: check the gender or the number",
		},
		"roster.read.votes-negative": {
			ZH: "“%[1]s”为负数（%[2]d）：请填写党员大会实际的人数或票数",
			EN: "%[1]s is negative (%[2]d): enter the real count from the members' assembly",
		},
		"roster.read.votes-present": {
			ZH: "实到人数 %[1]d 多于应到人数 %[2]d：请对照党员大会记录核对",
			EN: "%[1]d present is more than the %[2]d entitled to vote: check against the assembly's minutes",
		},
		"roster.read.votes-sum": {
			ZH: "赞成、反对、弃权票合计 %[1]d 张，多于实到人数 %[2]d：请对照党员大会记录核对票数",
			EN: "the votes for, against and abstaining add up to %[1]d, more than the %[2]d present: check the votes against the assembly's minutes",
		},
		"roster.read.votes-sum-voters": {
			ZH: "赞成、反对、弃权票合计 %[1]d 张，多于应到人数 %[2]d：请对照党员大会记录核对票数，并补填实到人数",
			EN: "the votes for, against and abstaining add up to %[1]d, more than the %[2]d entitled to vote: check the votes against the assembly's minutes, and fill in 实到人数",
		},
		"roster.read.votes-incomplete": {
			ZH: "赞成 %[1]d、反对 %[2]d、弃权 %[3]d 票，合计 %[4]d 票，少于实到人数 %[5]d：有 %[6]d 名到会党员未表决，请对照党员大会记录核对（到会未表态的计入弃权）",
			EN: "%[1]d for, %[2]d against and %[3]d abstaining make %[4]d votes, fewer than the %[5]d present: %[6]d members present did not vote; check against the assembly's minutes (count a member present who did not vote as abstaining)",
		},
		"roster.read.column-poor-household": {
			ZH: "“%[1]s”列未读取：脱贫户是曾建档立卡、仍享受扶贫政策的家庭，不是“脱贫不补”（§6.4）所说的本人已经脱贫。申报人本人经考评已脱贫的，请另设“是否脱贫”列填“是”；享受扶贫政策的，可在“享受其他救助”列填“扶贫”（不影响救助资格，§4.4）",
			EN: "column %[1]s was not read: a 脱贫户 is a household once registered as poor and still supported by the poverty-alleviation programme, not a member whose own hardship has ended (§6.4, 脱贫不补). For a member found out of poverty, add a 是否脱贫 column and write 是; poverty-alleviation aid goes in 享受其他救助 as 扶贫 (it never excludes, §4.4)",
		},
		"roster.read.duplicate-applicant": {
			ZH: "身份证号码 %[1]s 在申报表中重复出现（另见第 %[2]s 行）：同一人只能申报一次，请删去重复的行或核对号码",
			EN: "the identity number %[1]s is on more than one applicant row (also row %[2]s): a person applies once; delete the extra rows or check the numbers",
		},
		"roster.read.sheet-damaged": {
			ZH: "工作表“%[1]s”已损坏，无法完整读取，其中的数据一概未用；在修复之前不能确定金额：请用 Excel 或 WPS 打开检查这张表，另存为 .xlsx 后再试",
			EN: "the sheet %[1]q is damaged and cannot be read whole, so none of its data was used; no amounts can be settled until it is mended: open it in Excel or WPS, check that sheet, save as .xlsx and try again",
		},
		"roster.read.row-duplicated": {
			ZH: "第 %[1]d 行在文件中存了两次（可能是文件损坏或被其他程序改写），只读了第一次的内容，该行暂不审核：请用 Excel 或 WPS 打开另存后，核对这一行",
			EN: "row %[1]d is stored twice in the file (a damaged file, or one rewritten by another program); the first copy was read and the row is not judged: open the workbook in Excel or WPS, save it again and check this row",
		},
		"roster.read.duplicate-township": {
			ZH: "苏木镇“%[1]s”在党员人数表中出现了不止一次（另见第 %[2]d 行），人数不能重复相加：请合并成一行或删去重复的行",
			EN: "the township %[1]q is on the member counts sheet more than once (also row %[2]d), and counts cannot be added twice: merge them into one row or delete the extra row",
		},
		"roster.read.text-too-long": {
			ZH: "“%[1]s”这一格的文字超过 %[2]d 个字符（Excel 单元格的上限），只读了开头：请检查并删改这一格",
			EN: "the %[1]s cell holds more than %[2]d characters (an Excel cell's limit); only its start was read: check and shorten the cell",
		},
		"roster.read.duplicate-member": {
			ZH: "身份证号码 %[1]s 在党员名册中重复出现（另见第 %[2]d 行）：请删去重复的行或核对号码",
			EN: "the identity number %[1]s is in the members roster more than once (also row %[2]d): delete the extra row or check the numbers",
		},
		"roster.township-spelling": {
			ZH: "苏木镇名称写法不一：“%[6]s”表中“%[1]s”（%[2]d 行：第 %[3]s 行）与“%[4]s”（%[5]d 行）是同一苏木镇。本次统计党员人数、分配名额和各表汇总都按“%[4]s”计算；请在该表中统一写作“%[4]s”",
			EN: "one township written two ways on the sheet %[6]s: %[1]q (%[2]d {2:row|rows}: %[3]s) and %[4]q (%[5]d {5:row|rows}) are one township. This run counts its members, apportions the quota and groups every table under %[4]q; write it %[4]q throughout the sheet",
		},
	})
}
