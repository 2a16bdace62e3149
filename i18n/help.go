package i18n

// The help of the command line (relief --help, relief CMD --help), in one
// language at a time. Keys are derived from the command tree (cmd/help.go):
//
//	help.<path>.short / .long / .example   each command (help.relief.* for the root,
//	                                       help.policy.show.* for relief policy show)
//	help.<path>.flag.<name>                a flag of that command
//	help.flag.<name>                       a flag that means the same on every command
//	help.arg.<WORD>                        a placeholder of the usage lines (FILE, DIR …)
//
// A flag's description may name its value in back quotes (`FILE`): help
// shows that word after the flag. Every command and flag needs its
// entries (TestHelpComplete in cmd): a new command adds them here, or in
// a file of its own area beside this one.
func init() {
	add(map[string]Text{
		// The frame of every help text.
		"help.usage":        {ZH: "用法：", EN: "Usage:"},
		"help.examples":     {ZH: "示例：", EN: "Examples:"},
		"help.commands":     {ZH: "命令：", EN: "Commands:"},
		"help.flags":        {ZH: "参数：", EN: "Flags:"},
		"help.global-flags": {ZH: "所有命令通用的参数：", EN: "Flags of every command:"},
		"help.more":         {ZH: "运行 %[1]s 命令 --help 查看某个命令的详细说明。", EN: "Run %[1]s COMMAND --help for more about a command."},
		"help.default":      {ZH: "（默认 %[1]s）", EN: " (default %[1]s)"},
		"help.arg.COMMAND":  {ZH: "命令", EN: "COMMAND"},
		"help.arg.FLAGS":    {ZH: "[参数]", EN: "[flags]"},
		"help.arg.FILE":     {ZH: "文件", EN: "FILE"},
		"help.arg.DIR":      {ZH: "文件夹", EN: "DIR"},
		"help.arg.WORKBOOK": {ZH: "工作簿", EN: "WORKBOOK"},
		"help.type.string":  {ZH: "文字", EN: "string"},
		"help.type.int":     {ZH: "整数", EN: "int"},

		// Flags of every command.
		"help.flag.help":    {ZH: "显示 %[1]s 的帮助", EN: "help for %[1]s"},
		"help.flag.lang":    {ZH: "提示信息的`语言`：zh（中文）或 en（英文），默认按系统的 LANG 设置，否则中文", EN: "the `LANGUAGE` of messages: zh or en (default from LANG, else zh)"},
		"help.flag.quiet":   {ZH: "安静模式（供定时任务使用）：只输出所要的结果和出错信息，不输出“已写入”之类的提示；check、budget、votes 加 -o 写文件时不再显示文字报告", EN: "quiet, for cron: print only the output asked for and what went wrong, no confirmations; check, budget and votes writing a file (-o) print no text report"},
		"help.flag.version": {ZH: "显示 relief 的版本", EN: "print relief's version"},

		// Flags of the commands that read a workbook.
		"help.flag.as-of":    {ZH: "审核所依据的`日期`，默认今天；可写 2026-11-27、2026/11/27、2026.11.27、2026年11月27日 或 20261127", EN: "the `DATE` of the assessment (default today): 2026-11-27, 2026/11/27, 2026.11.27, 2026年11月27日 or 20261127"},
		"help.flag.policy":   {ZH: "政策`文件`（YAML），默认用工作簿所在文件夹中的 relief.yaml，没有则用内置政策", EN: "policy `FILE` (YAML); default relief.yaml beside the workbook, else the built-in policy"},
		"help.flag.password": {ZH: "加密工作簿的`密码`", EN: "the `PASSWORD` of an encrypted workbook"},
		"help.flag.format":   {ZH: "输出`格式`：text（文字）、json 或 csv（供程序使用）", EN: "output `FORMAT`: text, json or csv (for scripts)"},

		// Flags of the documents.
		"help.flag.font":      {ZH: "PDF 所用的 TrueType 字体`文件`（如 simfang.ttf、simsun.ttc 或 simsun.ttc:1），默认用政策文件的 notice.font，否则用内置的文泉驿微米黑", EN: "TrueType font `FILE` for the PDF (FILE.ttf, FILE.ttc or FILE.ttc:N); default notice.font of the policy, else the built-in WenQuanYi Micro Hei"},
		"help.flag.templates": {ZH: "修改过的文字模板所在的`文件夹`（见 relief templates export），文件夹中没有的模板用内置文字", EN: "`DIR` of edited wording files (see relief templates export); files not there use the built-in wording"},
		"help.flag.issuer":    {ZH: "落款的发文`机关`，默认用政策文件的 notice.issuer", EN: "issuing `OFFICE` printed at the end (default notice.issuer of the policy)"},
		"help.flag.phone":     {ZH: "咨询和反映问题的联系`电话`，默认用政策文件的 notice.phone；写 \"\" 则不印电话", EN: "the office's `PHONE` for questions and objections (default notice.phone of the policy; \"\" prints none)"},

		// relief
		"help.relief.short": {ZH: "困难党员互助救助：检查申报工作簿、审核、测算名额与金额、生成公示和通知书", EN: "Relief for party members in hardship: check the workbook, decide, budget, notices and letters"},
		"help.relief.long": {
			ZH: `relief 党员互助救助工具：读取救助申报工作簿（Excel 或 WPS 的 .xlsx 文件），逐格检查数据，
按政策条款审核每位申报人，计算救助名额与金额，生成公示和救助通知书（PDF）。

一般的工作顺序：
  1. relief init                              生成空白的申报工作簿，发给各苏木镇、党支部填写
  2. relief check 申报表.xlsx                  检查收回的工作簿，按提示改正问题
  3. relief budget 申报表.xlsx -o 预算.xlsx     测算名额和资金，生成发放花名册
  4. relief notice 申报表.xlsx -o 公示.pdf      生成公示
  5. relief letters 申报表.xlsx -o 通知书.pdf   生成救助通知书

输入的工作簿从不改动；输出的文件要么完整写成，要么不写。
退出状态：0 完成；1 完成，但达到 check 的 --fail-on 条件；2 无法运行（原因见错误信息）。`,
			EN: `relief reads the relief workbook (an Excel or WPS .xlsx file), checks it cell by cell,
decides each applicant by the policy's clauses, computes the quota and the amounts, and
writes the public notice and the notification letters (PDF).

The usual order of work:
  1. relief init                              write a blank workbook for the townships and branches
  2. relief check 申报表.xlsx                  check the workbook that comes back; fix what it reports
  3. relief budget 申报表.xlsx -o 预算.xlsx     the quota and the fund; the disbursement roster
  4. relief notice 申报表.xlsx -o 公示.pdf      the public notice
  5. relief letters 申报表.xlsx -o 通知书.pdf   the notification letters

The input workbook is never changed; every output is written whole or not at all.
Exit status: 0 done; 1 done, but check's --fail-on was met; 2 could not run (see the message).`,
		},
		"help.relief.example": {
			ZH: "relief init 救助申报表.xlsx\nrelief check 救助申报表.xlsx\nrelief check 救助申报表.xlsx -o 审核结果.xlsx\nrelief --help --lang en",
			EN: "relief init 救助申报表.xlsx\nrelief check 救助申报表.xlsx\nrelief check 救助申报表.xlsx -o 审核结果.xlsx\nrelief --help --lang zh",
		},

		// relief check
		"help.check.short": {ZH: "检查工作簿：逐格报告数据问题，给出每位申报人的审核结论", EN: "Check the workbook: report every data problem and decide each applicant"},
		"help.check.long": {
			ZH: `检查救助申报工作簿：逐格报告数据问题，并给出每位申报人的审核结论及依据条款。
加 -o 另存一个审核结果工作簿（审核结论、原因、排名和金额，问题清单，汇总），可以在 Excel 或 WPS 中打开、排序和打印。

退出状态：0 完成；1 完成，但达到 --fail-on 条件（默认：有数据错误）；
2 无法运行（参数有误、文件不存在或无法读取、没有救助申报表）。`,
			EN: `Check the relief workbook: report every data problem, cell by cell, and decide each
applicant, citing the policy's clauses. With -o, also write a result workbook (verdicts,
reasons, ranks and amounts; the problems; a summary) to open, sort and print in Excel or WPS.

Exit status: 0 done; 1 done, but --fail-on was met (default: any data error);
2 could not run (bad flags, a missing or unreadable file, no applicants sheet).`,
		},
		"help.check.example": {
			ZH: "relief check 救助申报表.xlsx\nrelief check 救助申报表.xlsx -o 审核结果.xlsx\nrelief check 救助申报表.xlsx --as-of 2026/11/27\nrelief check 救助申报表.xlsx --format json --fail-on never",
			EN: "relief check 救助申报表.xlsx\nrelief check 救助申报表.xlsx -o 审核结果.xlsx\nrelief check 救助申报表.xlsx --as-of 2026/11/27\nrelief check 救助申报表.xlsx --format json --fail-on never",
		},
		"help.check.flag.fail-on": {ZH: "在什么`条件`下以状态 1 退出：errors（有错误）、warnings（有错误或警告）、never（从不）", EN: "exit 1 on this `CONDITION`: errors, warnings (or errors), never"},
		"help.check.flag.output":  {ZH: "另存审核结果工作簿（.xlsx）到这个`文件`", EN: "also write the result workbook (.xlsx) to `FILE`"},

		// relief votes
		"help.votes.short": {ZH: "统计党员大会评议表决：每位申报人的到会、赞成和赞成率", EN: "Tally the branch assemblies' votes: quorum, majority and approval rate per applicant"},
		"help.votes.long": {
			ZH: `统计各党支部党员大会的评议表决：每位申报人的应到、实到、赞成、反对、弃权人数，
赞成率（保留一位小数，只舍不入），是否到会过半、赞成过半、赞成率达标，以及按党支部的汇总。
加 -o 另存为表决情况工作簿（每人一行，另有按党支部汇总的一张表）。

退出状态：0 完成；2 无法运行（参数有误、文件不存在或无法读取、政策文件有误）。`,
			EN: `Tally the votes of the branch assemblies: per applicant the voters, present, for,
against and abstaining, the approval rate (one decimal, rounded down), whether the quorum,
the majority and the threshold were met, with totals per branch. With -o, also write the
tally as a workbook (a row per applicant, and a sheet of totals per branch).

Exit status: 0 done; 2 could not run (bad flags, a missing or unreadable file, a bad policy file).`,
		},
		"help.votes.example": {
			ZH: "relief votes 救助申报表.xlsx\nrelief votes 救助申报表.xlsx -o 表决情况.xlsx",
			EN: "relief votes 救助申报表.xlsx\nrelief votes 救助申报表.xlsx -o 表决情况.xlsx",
		},
		"help.votes.flag.output": {ZH: "另存表决情况工作簿（.xlsx）到这个`文件`", EN: "also write the tally workbook (.xlsx) to `FILE`"},

		// relief budget
		"help.budget.short": {ZH: "测算救助名额、各苏木镇名额分配和年度救助资金预算", EN: "Compute the quota, its apportionment to townships and the year's relief budget"},
		"help.budget.long": {
			ZH: `计算救助名额（党员总数 × 救助比例）、各苏木镇名额分配（最大余数法）、入选与候补名单、
各档救助金额和资金预算；-o 另存预算工作簿（汇总、苏木镇名额及图表、发放花名册），可直接用 A4 纸打印。

退出状态：0 完成；2 无法运行（参数有误、文件不存在或无法读取）。`,
			EN: `Compute the quota (members × the relief rate), its apportionment to townships (largest
remainder), the selected and waitlisted applicants, the amounts per level and the budget; -o
also writes the budget workbook (summary, township quotas with a chart, disbursement roster),
ready to print on A4.

Exit status: 0 done; 2 could not run (bad flags, a missing or unreadable file).`,
		},
		"help.budget.example": {
			ZH: "relief budget 救助申报表.xlsx\nrelief budget 救助申报表.xlsx -o 预算.xlsx",
			EN: "relief budget 救助申报表.xlsx\nrelief budget 救助申报表.xlsx -o 预算.xlsx",
		},
		"help.budget.flag.output": {ZH: "另存预算工作簿（.xlsx）到这个`文件`", EN: "also write the budget workbook (.xlsx) to `FILE`"},

		// relief notice
		"help.notice.short": {ZH: "生成入选救助对象的公示（PDF）", EN: "Write the public notice (公示) of the selected applicants as PDF"},
		"help.notice.long": {
			ZH: `生成救助对象公示（PDF，§5 第6步、§6.3.4）：列出审核结论为“符合”并纳入名额的申报人，
身份证号码只显示前6位和后4位，不显示电话和住址。公示期从 --start 起（默认 --as-of 的次日），
共 notice.days 天（含首尾两天）；落款日期为 --as-of。

退出状态：0 已写成；2 无法运行（参数有误、工作簿无法读取、没有可公示的申报人、字体缺字、
资金不足且 amount.fit 为 none、资金来源或党员人数表有错误）。`,
			EN: `Write the public notice (PDF, §5 step 6, §6.3.4) of the applicants found eligible and
within the quota. Identity numbers show only their first 6 and last 4 characters; no phone
or address is shown. The notice period starts on --start (default the day after --as-of)
and lasts notice.days days, both ends included; the notice is dated --as-of.

Exit status: 0 written; 2 could not run (bad flags, an unreadable workbook, nobody to
announce, a character the font lacks, a fund shortfall with amount.fit none, an error on
the 资金来源 or 党员人数 sheet).`,
		},
		"help.notice.example": {
			ZH: "relief notice 救助申报表.xlsx -o 公示.pdf\nrelief notice 救助申报表.xlsx -o 公示.pdf --start 2026年12月1日 --days 7 --phone 0478-1234567",
			EN: "relief notice 救助申报表.xlsx -o 公示.pdf\nrelief notice 救助申报表.xlsx -o 公示.pdf --start 2026-12-01 --days 7 --phone 0478-1234567",
		},
		"help.notice.flag.output": {ZH: "要写的公示 PDF `文件`（必填）", EN: "the notice PDF `FILE` to write (required)"},
		"help.notice.flag.start":  {ZH: "公示期的第一天（`日期`），默认 --as-of 的次日", EN: "first day of the notice period (a `DATE`; default the day after --as-of)"},
		"help.notice.flag.days":   {ZH: "公示期的`天数`，默认用政策文件的 notice.days，否则 7 天", EN: "length of the notice period in `DAYS` (default notice.days of the policy, else 7)"},

		// relief letters
		"help.letters.short": {ZH: "为每位入选的申报人生成救助通知书（PDF）", EN: "Write a notification letter (救助通知书) to each selected applicant as PDF"},
		"help.letters.long": {
			ZH: `生成救助通知书（PDF，§5 第6步）：每位纳入救助的申报人一页，写明救助决定及依据、
救助金额（含大写）、发放时间和咨询方式。-o 把全部通知书写入一个文件；--split 在文件夹中
为每人写一个文件（001-张三.pdf，序号与公示一致）；两者可同时使用。--rejections 同时为每位
审核结论为“不符合”的申报人写不予救助告知书（写明理由和申请复核的方式，§6.3.5），
放在通知书之后，或在 --split 文件夹中命名为 不予救助-001-李四.pdf。

退出状态：0 已写成；2 无法运行（参数有误、工作簿无法读取、没有可写的通知书、字体缺字、
资金不足且 amount.fit 为 none、资金来源或党员人数表有错误）。`,
			EN: `Write the notification letters (PDF, §5 step 6): a page for each selected applicant with
the decision and its grounds, the amount (also in capitals), when it is paid and whom to ask.
-o writes all letters into one file; --split writes a file per person into a folder
(001-张三.pdf, numbered as in the notice); both may be given. --rejections also writes a
rejection letter (不予救助告知书, with the reasons and how to ask for a re-check, §6.3.5) to
each ineligible applicant, after the letters, or as 不予救助-001-李四.pdf under --split.

Exit status: 0 written; 2 could not run (bad flags, an unreadable workbook, no letters to
write, a character the font lacks, a fund shortfall with amount.fit none, an error on the
资金来源 or 党员人数 sheet).`,
		},
		"help.letters.example": {
			ZH: "relief letters 救助申报表.xlsx -o 通知书.pdf\nrelief letters 救助申报表.xlsx --split 通知书 --rejections",
			EN: "relief letters 救助申报表.xlsx -o 通知书.pdf\nrelief letters 救助申报表.xlsx --split letters --rejections",
		},
		"help.letters.flag.output":     {ZH: "把全部通知书写入这一个 PDF `文件`", EN: "write all letters into this one PDF `FILE`"},
		"help.letters.flag.split":      {ZH: "在这个`文件夹`中为每人写一个 PDF（文件夹不存在时自动建立）", EN: "write one PDF per person into this `DIR` (created if needed)"},
		"help.letters.flag.rejections": {ZH: "同时为每位审核结论为“不符合”的申报人写不予救助告知书", EN: "also write a rejection letter (不予救助告知书) to each ineligible applicant"},

		// relief init
		"help.init.short": {ZH: "生成空白的救助申报工作簿（默认 救助申报表.xlsx）", EN: "Write a blank relief workbook to fill in (default 救助申报表.xlsx)"},
		"help.init.long": {
			ZH: `生成空白的救助申报工作簿：党员名册、党员人数、救助申报、资金来源四张表，
带下拉列表、格式和数据验证，以及逐列说明和现行政策标准的“填表说明”，可直接用 A4 纸打印。

文件已存在时不覆盖，除非加 --force。`,
			EN: `Write a blank relief workbook: the sheets 党员名册, 党员人数, 救助申报 and 资金来源 with
drop-down lists, formats and validation, and a 填表说明 sheet explaining every column and the
policy figures in force; it prints on A4 as it is.

Refuses to overwrite an existing file unless --force is given.`,
		},
		"help.init.example": {
			ZH: "relief init\nrelief init 2026年救助申报表.xlsx\nrelief init 救助申报表.xlsx --policy relief.yaml --force",
			EN: "relief init\nrelief init 2026年救助申报表.xlsx\nrelief init 救助申报表.xlsx --policy relief.yaml --force",
		},
		"help.init.flag.force":  {ZH: "文件已存在时覆盖", EN: "overwrite the file if it exists"},
		"help.init.flag.policy": {ZH: "“填表说明”所列政策标准取自这个政策`文件`（YAML），默认用内置政策", EN: "policy `FILE` (YAML) whose figures the 填表说明 sheet shows; default the built-in policy"},

		// relief policy
		"help.policy.short": {ZH: "查看实际生效的救助政策，或生成一份政策文件", EN: "Show the effective relief policy, or write a starter policy file"},
		"help.policy.long": {
			ZH: `救助政策设置：relief policy show 显示实际生效的政策及每个值的来源；
relief policy init 生成一份带说明的政策文件（relief.yaml）。

政策文件的查找顺序：--policy 指定的文件；否则工作簿所在文件夹中的 relief.yaml；否则内置默认值（政策文件规定）。`,
			EN: `The relief policy: relief policy show prints the policy in force and where each value came
from; relief policy init writes a commented policy file (relief.yaml).

Where the policy comes from: the file given with --policy; else relief.yaml beside the
workbook; else the built-in defaults (the figures of the policy document).`,
		},
		"help.policy.example": {
			ZH: "relief policy show\nrelief policy init",
			EN: "relief policy show\nrelief policy init",
		},
		"help.policy.show.short": {ZH: "显示实际生效的政策（YAML），注明每个值的来源", EN: "Print the effective policy as YAML, saying where each value came from"},
		"help.policy.show.long": {
			ZH: `显示实际生效的救助政策（YAML 格式），每一行注明取值来源：默认，或来自哪个政策文件。
给出工作簿时，使用工作簿旁的 relief.yaml；不给时，使用当前文件夹中的 relief.yaml。`,
			EN: `Print the relief policy in force (YAML), each line saying where its value came from: the
default, or which policy file. Given a workbook, the relief.yaml beside it is used; else the
relief.yaml in the current folder.`,
		},
		"help.policy.show.example": {
			ZH: "relief policy show\nrelief policy show 救助申报表.xlsx\nrelief policy show --policy 本旗政策.yaml",
			EN: "relief policy show\nrelief policy show 救助申报表.xlsx\nrelief policy show --policy banner.yaml",
		},
		"help.policy.init.short": {ZH: "生成一份带说明的政策文件（默认 relief.yaml）", EN: "Write a commented starter policy file (default relief.yaml)"},
		"help.policy.init.long": {
			ZH: `生成一份带中文说明的政策文件（默认文件名 relief.yaml），内容为政策文件规定的默认值，
每个键都注明含义和对应条款。文件已存在时不覆盖，除非加 --force。`,
			EN: `Write a policy file with comments (default name relief.yaml) holding the defaults of the
policy document, each key explained with its clause. Refuses to overwrite an existing file
unless --force is given.`,
		},
		"help.policy.init.example": {
			ZH: "relief policy init\nrelief policy init 本旗政策.yaml",
			EN: "relief policy init\nrelief policy init banner.yaml",
		},
		"help.policy.init.flag.force": {ZH: "文件已存在时覆盖", EN: "overwrite the file if it exists"},

		// relief templates
		"help.templates.short": {ZH: "导出公示和通知书的文字模板，以便修改", EN: "Export the wording of the notice and the letters, to edit it"},
		"help.templates.long": {
			ZH: `公示、救助通知书和不予救助告知书的文字保存在模板文件中（notice.tmpl、letter.tmpl、
rejection.tmpl）。用 relief templates export 文件夹 导出，用记事本修改后，在 relief notice
和 relief letters 中加 --templates 文件夹 使用；文件夹中没有的文件仍用内置文字。
模板格式见每个文件开头的说明。`,
			EN: `The wording of the notice, the letters and the rejection letters is kept in template
files (notice.tmpl, letter.tmpl, rejection.tmpl). Export them with relief templates export
DIR, edit them in Notepad, and give --templates DIR to relief notice and relief letters;
a file not in the folder keeps the built-in wording. Each file starts with how to write it.`,
		},
		"help.templates.example": {
			ZH: "relief templates export 文字模板\nrelief notice 救助申报表.xlsx -o 公示.pdf --templates 文字模板",
			EN: "relief templates export wording\nrelief notice 救助申报表.xlsx -o 公示.pdf --templates wording",
		},
		"help.templates.export.short": {ZH: "把内置的文字模板写到文件夹中（已有文件不覆盖，除非加 --force）", EN: "Write the built-in wording files into DIR (refuses to overwrite without --force)"},
		"help.templates.export.long": {
			ZH: `把公示、救助通知书和不予救助告知书的内置文字模板（notice.tmpl、letter.tmpl、rejection.tmpl）
写到指定的文件夹中（文件夹不存在时自动建立），供用记事本修改。文件夹中已有同名文件时不覆盖，除非加 --force。`,
			EN: `Write the built-in wording of the notice, the letters and the rejection letters
(notice.tmpl, letter.tmpl, rejection.tmpl) into DIR (created if needed), to edit in Notepad.
Files already there are left alone unless --force is given.`,
		},
		"help.templates.export.example": {
			ZH: "relief templates export 文字模板\nrelief templates export 文字模板 --force",
			EN: "relief templates export wording\nrelief templates export wording --force",
		},
		"help.templates.export.flag.force": {ZH: "覆盖文件夹中已有的模板文件", EN: "overwrite wording files already in DIR"},

		// relief help
		"help.help.short": {ZH: "显示某个命令的帮助", EN: "Help about any command"},
		"help.help.long": {
			ZH: "显示某个命令的说明、用法、示例和参数；relief help check 与 relief check --help 相同。",
			EN: "Show a command's description, usage, examples and flags; relief help check is the same as relief check --help.",
		},
		"help.help.example": {
			ZH: "relief help\nrelief help check\nrelief help policy show",
			EN: "relief help\nrelief help check\nrelief help policy show",
		},

		// relief completion (cobra's)
		"help.completion.short": {ZH: "生成命令行自动补全脚本（按 Tab 键补全命令和参数）", EN: "Generate the shell completion script (Tab completes commands and flags)"},
		"help.completion.long": {
			ZH: `生成命令行自动补全脚本：装好后，输入 relief 和命令的开头再按 Tab 键，即可补全命令、参数和文件名。
支持 Windows PowerShell（powershell）以及 bash、zsh、fish；各子命令的帮助说明如何安装。`,
			EN: `Generate the shell completion script: once installed, Tab completes relief's commands, flags
and file names. For Windows PowerShell (powershell), bash, zsh and fish; each subcommand's
help says how to install it.`,
		},
		"help.completion.example": {
			ZH: "relief completion powershell | Out-String | Invoke-Expression\nrelief completion bash > /etc/bash_completion.d/relief",
			EN: "relief completion powershell | Out-String | Invoke-Expression\nrelief completion bash > /etc/bash_completion.d/relief",
		},
		"help.flag.no-descriptions":  {ZH: "补全时不显示说明", EN: "complete without descriptions"},
		"help.completion.bash.short": {ZH: "生成 bash 的自动补全脚本", EN: "Generate the completion script for bash"},
		"help.completion.bash.long": {
			ZH: "生成 bash 的自动补全脚本（需要 bash-completion 软件包）。\n仅在当前会话中使用：source <(relief completion bash)\n每次登录都使用（Linux）：relief completion bash > /etc/bash_completion.d/relief\n装好后需打开新的终端窗口。",
			EN: "Generate the completion script for bash (needs the bash-completion package).\nFor this session only: source <(relief completion bash)\nFor every session (Linux): relief completion bash > /etc/bash_completion.d/relief\nOpen a new terminal afterwards.",
		},
		"help.completion.bash.example": {
			ZH: "source <(relief completion bash)",
			EN: "source <(relief completion bash)",
		},
		"help.completion.zsh.short": {ZH: "生成 zsh 的自动补全脚本", EN: "Generate the completion script for zsh"},
		"help.completion.zsh.long": {
			ZH: "生成 zsh 的自动补全脚本。\n仅在当前会话中使用：source <(relief completion zsh)\n每次登录都使用：relief completion zsh > \"${fpath[1]}/_relief\"（需已在 ~/.zshrc 中启用 compinit）\n装好后需打开新的终端窗口。",
			EN: "Generate the completion script for zsh.\nFor this session only: source <(relief completion zsh)\nFor every session: relief completion zsh > \"${fpath[1]}/_relief\" (with compinit enabled in ~/.zshrc)\nOpen a new terminal afterwards.",
		},
		"help.completion.zsh.example": {
			ZH: "source <(relief completion zsh)",
			EN: "source <(relief completion zsh)",
		},
		"help.completion.fish.short": {ZH: "生成 fish 的自动补全脚本", EN: "Generate the completion script for fish"},
		"help.completion.fish.long": {
			ZH: "生成 fish 的自动补全脚本。\n仅在当前会话中使用：relief completion fish | source\n每次登录都使用：relief completion fish > ~/.config/fish/completions/relief.fish\n装好后需打开新的终端窗口。",
			EN: "Generate the completion script for fish.\nFor this session only: relief completion fish | source\nFor every session: relief completion fish > ~/.config/fish/completions/relief.fish\nOpen a new terminal afterwards.",
		},
		"help.completion.fish.example": {
			ZH: "relief completion fish | source",
			EN: "relief completion fish | source",
		},
		"help.completion.powershell.short": {ZH: "生成 Windows PowerShell 的自动补全脚本", EN: "Generate the completion script for Windows PowerShell"},
		"help.completion.powershell.long": {
			ZH: "生成 Windows PowerShell 的自动补全脚本。\n仅在当前窗口中使用：relief completion powershell | Out-String | Invoke-Expression\n每次打开 PowerShell 都使用：把上面这行命令加到 PowerShell 配置文件中（在 PowerShell 中输入 notepad $PROFILE 打开）。",
			EN: "Generate the completion script for Windows PowerShell.\nFor this window only: relief completion powershell | Out-String | Invoke-Expression\nFor every PowerShell window: add that line to your PowerShell profile (notepad $PROFILE opens it).",
		},
		"help.completion.powershell.example": {
			ZH: "relief completion powershell | Out-String | Invoke-Expression",
			EN: "relief completion powershell | Out-String | Invoke-Expression",
		},
	})
}
