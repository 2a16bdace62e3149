package i18n

// Messages of the documents (package templates) and of relief notice,
// relief letters and relief templates.
func init() {
	add(map[string]Text{
		// The wording files.
		"templates.no-dir": {
			ZH: "模板文件夹“%[1]s”不存在：请先运行 relief templates export %[1]s 导出模板，修改后再使用",
			EN: "template folder %[1]s does not exist: run relief templates export %[1]s first, edit the files, then use it",
		},
		"templates.not-dir": {
			ZH: "“%[1]s”是文件，不是模板文件夹：--templates 请写存放 notice.tmpl、letter.tmpl、rejection.tmpl 的文件夹（可用 relief templates export 文件夹 导出）",
			EN: "%[1]s is a file, not a template folder: give --templates the folder that holds notice.tmpl, letter.tmpl and rejection.tmpl (relief templates export FOLDER writes them)",
		},
		"templates.encoding": {
			ZH: "模板文件“%[1]s”的文字编码无法识别：请用记事本打开，“另存为”时编码选 UTF-8 后再使用",
			EN: "the text encoding of the template file %[1]s is not recognised: open it in Notepad and save it as UTF-8",
		},
		"templates.read": {
			ZH: "无法读取模板文件“%[1]s”（%[2]s）：请确认它是用记事本保存的文字文件（由 relief templates export 导出），并检查文件权限",
			EN: "cannot read the template file %[1]s (%[2]s): make sure it is a text file saved from Notepad (as relief templates export writes it) and check its permissions",
		},
		"templates.syntax": {
			ZH: "模板文件“%[1]s”有错误：%[2]s；请按提示的行号改正（双花括号必须成对，里面的字不要改动）",
			EN: "template file %[1]s has a mistake: %[2]s; fix the line named (braces must pair, keep the words inside them)",
		},
		"templates.budget-steps": {
			ZH: "模板文件“%[1]s”执行了 %[2]d 步仍未结束（range 循环次数太多，或 template 反复调用自身）：已停止；请检查其中的 range 和 template",
			EN: "template file %[1]s was still running after %[2]d steps (a range that loops too often, or a template that calls itself): stopped; check its range and template actions",
		},
		"templates.budget-output": {
			ZH: "模板文件“%[1]s”生成的文字超过 %[2]d KB，远超一份公示或通知书：已停止；请检查其中的 range 循环和 printf",
			EN: "template file %[1]s produced more than %[2]d KB of text, far more than any notice or letter: stopped; check its range loops and printf",
		},
		"templates.budget-time": {
			ZH: "模板文件“%[1]s”执行超过 %[2]d 秒：已停止；请检查其中的 range 循环",
			EN: "template file %[1]s ran for more than %[2]d seconds: stopped; check its range loops",
		},
		"templates.exec": {
			ZH: "模板文件“%[1]s”无法填入内容：%[2]s；请按提示的行号改正，可用的字段见文件开头的说明",
			EN: "template file %[1]s cannot be filled in: %[2]s; fix the line named; the fields you can use are listed at the top of the file",
		},
		"templates.directive": {
			ZH: "模板文件“%[1]s”中的“%[2]s”不是可用的指令：可用 @title、@line、@table、@space、@issuer、@date",
			EN: "%[1]s: %[2]s is not a directive; use @title, @line, @table, @space, @issuer or @date",
		},
		"templates.table-once": {
			ZH: "模板文件“%[1]s”中 @table 出现了 %[2]d 次：公示必须有且只有一行 @table（救助对象名单表）",
			EN: "%[1]s has @table %[2]d times: a notice needs exactly one @table line (the list of recipients)",
		},
		"templates.table-letter": {
			ZH: "模板文件“%[1]s”中有 @table：名单表只能用于公示，请删除这一行",
			EN: "%[1]s has a @table line: the table belongs to the notice only; remove the line",
		},
		"templates.mkdir": {
			ZH: "无法创建文件夹“%[1]s”（%[2]s）：请检查路径和写入权限",
			EN: "cannot create the folder %[1]s (%[2]s): check the path and permissions",
		},
		"templates.exists": {
			ZH: "“%[1]s”已存在，未写入任何文件：要覆盖请加 --force，或换一个文件夹",
			EN: "%[1]s already exists, nothing was written: add --force to overwrite, or choose another folder",
		},

		// Drawing the documents.
		"doc.col.seq":      {ZH: "序号", EN: "No."},
		"doc.col.name":     {ZH: "姓名", EN: "Name"},
		"doc.col.gender":   {ZH: "性别", EN: "Gender"},
		"doc.col.township": {ZH: "所属苏木镇", EN: "Township"},
		"doc.col.branch":   {ZH: "所在党支部", EN: "Branch"},
		"doc.col.causes":   {ZH: "困难原因", EN: "Hardship"},
		"doc.col.amount":   {ZH: "救助金额（元）", EN: "Amount (yuan)"},
		"doc.col.id":       {ZH: "身份证号码", EN: "Identity number"},

		"doc.field.name":     {ZH: "姓名", EN: "name"},
		"doc.field.township": {ZH: "所属苏木镇", EN: "township"},
		"doc.field.branch":   {ZH: "所在党支部", EN: "branch"},
		"doc.field.causes":   {ZH: "困难原因", EN: "hardship causes"},
		"doc.field.level":    {ZH: "困难程度", EN: "hardship level"},
		"doc.field.gender":   {ZH: "性别", EN: "gender"},
		"doc.field.reasons":  {ZH: "不予救助理由", EN: "reasons"},
		"doc.field.issuer":   {ZH: "发文机关（--issuer 或 notice.issuer）", EN: "issuer (--issuer or notice.issuer)"},
		"doc.field.phone":    {ZH: "联系电话（--phone 或 notice.phone）", EN: "phone (--phone or notice.phone)"},

		// A character the font cannot draw: the person (row, name), the
		// field (in both languages, %[3]s zh and %[4]s en), the character
		// and its code point, and what to do.
		"doc.missing-glyph": {
			ZH: "第%[1]d行申报人“%[2]s”的%[3]s中有字“%[5]s”（%[6]s），字体“%[7]s”中没有这个字，无法印出：请用 --font 指定含有该字的字体（如 Windows 的 simsun.ttc 宋体、simfang.ttf 仿宋，或霞鹜文楷 LXGWWenKai-Regular.ttf），或在策略文件的 notice.font 中设置",
			EN: "applicant %[2]s (row %[1]d): the %[4]s has the character %[5]s (%[6]s), which the font %[7]s lacks: give a font that has it with --font (e.g. Windows' simsun.ttc or simfang.ttf, or LXGWWenKai-Regular.ttf), or set notice.font in the policy file",
		},
		"doc.missing-astral": {
			ZH: "第%[1]d行申报人“%[2]s”的%[3]s中有字“%[5]s”（%[6]s），这是基本平面以外的生僻字，PDF 生成程序在任何字体下都无法印出：请在工作簿中暂以同音字或拼音代替，文件印出后手写更正",
			EN: "applicant %[2]s (row %[1]d): the %[4]s has the character %[5]s (%[6]s), outside the Basic Multilingual Plane, which the PDF engine cannot set in any font: write a stand-in (a homophone or pinyin) in the workbook and correct the printout by hand",
		},
		"doc.missing-glyph-text": {
			ZH: "%[1]s中有字“%[3]s”（%[4]s），字体“%[5]s”中没有这个字，无法印出：请改用其他字，或用 --font 指定含有该字的字体",
			EN: "%[2]s has the character %[3]s (%[4]s), which the font %[5]s lacks: use another character, or give a font that has it with --font",
		},
		"doc.missing-astral-text": {
			ZH: "%[1]s中有字“%[3]s”（%[4]s），这是基本平面以外的字符，PDF 生成程序无法印出：请改用其他字",
			EN: "%[2]s has the character %[3]s (%[4]s), outside the Basic Multilingual Plane, which the PDF engine cannot set: use another character",
		},
		"doc.font-no-cjk": {
			ZH: "字体“%[1]s”中没有汉字：请用 --font 指定中文字体（如 Windows 的 simsun.ttc 宋体、simfang.ttf 仿宋），或不加 --font 使用内置字体",
			EN: "the font %[1]s has no Chinese characters: give a Chinese font with --font (e.g. Windows' simsun.ttc or simfang.ttf), or leave --font out to use the built-in font",
		},
		"doc.template-text": {ZH: "模板文件“%[1]s”", EN: "the template file %[1]s"},

		"doc.none-selected": {
			ZH: "没有可公示的救助对象（审核结论为“符合”并纳入名额的申报人为 0 人），未生成文件：请先运行 relief check 查看审核结论",
			EN: "no eligible applicants to announce (none is eligible within the quota), nothing written: run relief check to see the decisions",
		},
		"doc.none-letters": {
			ZH: "没有需要发送的通知书（纳入救助的申报人为 0 人），未生成文件：请先运行 relief check 查看审核结论；要给不符合条件的申报人写告知书，请加 --rejections",
			EN: "no letters to write (no applicant is selected), nothing written: run relief check to see the decisions; add --rejections for letters to ineligible applicants",
		},
		"doc.none-letters-rejections": {
			ZH: "没有需要发送的通知书（纳入救助的和不予救助的申报人都为 0 人），未生成文件：请先运行 relief check 查看审核结论",
			EN: "no letters to write (no applicant is selected and none is ineligible), nothing written: run relief check to see the decisions",
		},
		"doc.shortfall": {
			ZH: "救助资金不足（按标准需 %[1]s 元，可用资金 %[2]s 元，缺口 %[3]s 元），政策规定不按比例核减（amount.fit: none），未生成文件：请补充资金来源、调低各档救助标准，或在政策文件中设 amount.fit: scale 后再生成",
			EN: "the fund falls short (%[1]s needed, %[2]s available, %[3]s missing) and the policy does not scale the amounts (amount.fit: none), nothing written: add to the fund, lower the amounts, or set amount.fit: scale in the policy, then try again",
		},
		"doc.budget-input": {
			ZH: "“%[1]s”表有 %[2]d 处数据错误（如 %[3]s：%[4]s），救助名额或金额可能因此算错，未生成文件：请改正后再生成（relief budget 列出全部错误）",
			EN: "the sheet %[1]s has %[2]d data {2:error|errors} (e.g. %[3]s: %[5]s), so the places or amounts may be wrong, nothing written: correct them and try again (relief budget lists them all)",
		},
		"doc.no-amount": {
			ZH: "第%[1]d行申报人“%[2]s”已纳入救助，但救助金额为 0：请检查策略文件中的救助标准（amount）和资金总额后重试",
			EN: "applicant %[2]s (row %[1]d) is selected but the amount is 0: check the amounts (amount) and the fund in the policy and try again",
		},
		"doc.pdf": {
			ZH: "生成 PDF 失败（%[1]s）：请把所用命令和工作簿报告给系统维护人员",
			EN: "making the PDF failed (%[1]s): please report the command and the workbook to the maintainers",
		},
		"doc.bad-epoch": {
			ZH: "环境变量 SOURCE_DATE_EPOCH 的值“%[1]s”不是 1970 年至 9999 年之间的整数秒：请改正或删除该变量",
			EN: "SOURCE_DATE_EPOCH %[1]q is not a whole number of seconds between 1970 and the year 9999: fix or unset it",
		},

		// The commands.
		"cmd.out-required": {
			ZH: "请用 -o 指定输出的 PDF 文件名，例如 -o %[1]s",
			EN: "give the PDF to write with -o, e.g. -o %[1]s",
		},
		"cmd.letters-out-required": {
			ZH: "请用 -o 指定输出的 PDF 文件（所有通知书合为一个文件），或用 --split 指定文件夹（每人一个文件）",
			EN: "give -o FILE (all letters in one PDF) or --split DIR (one PDF per person)",
		},
		"cmd.out-is-input": {
			ZH: "输出文件“%[1]s”就是输入的工作簿：请另给一个文件名，工作簿不会被改动",
			EN: "the output %[1]s is the input workbook: give another name; the workbook is never changed",
		},
		"cmd.bad-days": {
			ZH: "参数 --days 的值 %[1]d 无效：公示天数请写 1 到 %[2]d 之间的整数，例如 --days 7",
			EN: "--days %[1]d is not valid: give a number of days from 1 to %[2]d, e.g. --days 7",
		},
		"cmd.start-before-as-of": {
			ZH: "公示期开始日 --start %[1]s 早于落款日期 %[2]s（--as-of）：公示期应从落款当天或以后开始；如要补印已发布的公示，请把 --as-of 设为原落款日期",
			EN: "the notice period cannot start (--start %[1]s) before the notice is dated (%[2]s, --as-of): start it on that day or later; to reprint a notice already posted, set --as-of to its original date",
		},
		"cmd.blank-issuer": {
			ZH: "参数 --issuer 为空：请写发文机关的名称，如 --issuer 中共乌拉特中旗委员会组织部；不写 --issuer 则用政策文件中的 notice.issuer",
			EN: "--issuer is blank: give the issuing office, e.g. --issuer 中共乌拉特中旗委员会组织部; without --issuer the policy's notice.issuer is used",
		},
		"cmd.docs.problems": {
			ZH: "注意：有 %[1]d 名申报人的数据有错误，未列入；请运行 relief check 查看并改正",
			EN: "note: %[1]d {1:applicant has|applicants have} data errors and were left out; run relief check to see and fix them",
		},
		"cmd.docs.other-errors": {
			ZH: "注意：工作簿中另有 %[1]d 处数据错误（不在申报人的行中）；请运行 relief check 查看并改正",
			EN: "note: the workbook has %[1]d more data {1:error|errors} (not on applicants' rows); run relief check to see and fix them",
		},
		"cmd.arg-folder": {ZH: "一个文件夹", EN: "one folder"},
		"cmd.notice.done": {
			ZH: "已生成公示“%[1]s”：%[2]d 人，共 %[3]d 页，公示期 %[4]s至%[5]s",
			EN: "wrote the notice %[1]s: %[2]d {2:person|people}, %[3]d {3:page|pages}, notice period %[4]s to %[5]s",
		},
		"cmd.letters.done": {
			ZH: "已生成救助通知书 %[1]d 份、不予救助告知书 %[2]d 份：%[3]s",
			EN: "wrote %[1]d {1:letter|letters} and %[2]d rejection {2:letter|letters}: %[3]s",
		},
		"cmd.letters.split-done": {
			ZH: "文件夹“%[1]s”中的 %[2]d 个文件",
			EN: "%[2]d {2:file|files} in %[1]s",
		},
		"cmd.templates.done": {
			ZH: "已导出模板：%[1]s。修改后用 --templates %[2]s 使用",
			EN: "exported the templates: %[1]s. Edit them and use --templates %[2]s",
		},
	})
}
