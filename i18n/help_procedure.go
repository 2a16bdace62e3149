package i18n

// The help of the commands a clerk runs through the procedure of §5, in
// the order of the work: check, votes, budget, notice, status, letters,
// and merge (the townships' files as one workbook); with the flags of
// every command that reads the workbooks. The frame of the help and the
// flags of every command are in help.go; the year's records (review,
// payout, report, verify) in help_year.go.
func init() {
	add(map[string]Text{
		"help.arg.FOLDER": {ZH: "文件夹", EN: "FOLDER"},

		// Flags of every command that reads the workbooks.
		"help.flag.year":        {ZH: "救助`年度`，默认为 --as-of 所在的年份：申报日期在其他年份的给出警告；公示、通知书和工作簿标题中的“2026年度”即取自这里", EN: "the relief `YEAR` (default the year of --as-of): an application dated in another year is warned about; the documents and workbooks are headed with it (2026年度)"},
		"help.flag.approved-on": {ZH: "名单审定的`日期`：纳入名额而“审定日期”未填的申报人，都按这一天已审定；日期写法同 --as-of，不能晚于 --as-of", EN: "the `DATE` the list was approved, for every applicant holding a seat whose 审定日期 is empty; written as --as-of, not after it"},
		"help.flag.noticed-on":  {ZH: "公示开始的`日期`：纳入名额而“公示日期”未填的申报人，都按这一天已公示；日期写法同 --as-of，不能晚于 --as-of", EN: "the `DATE` the notice was posted, for every applicant holding a seat whose 公示日期 is empty; written as --as-of, not after it"},
		"help.flag.members":     {ZH: "从这个`文件`读取党员名册（或党员人数表），如全旗的党员名册；各输入文件中的名册和党员人数表不再读取", EN: "read the members roster (or the 党员人数 sheet) from this `FILE`, e.g. the banner's whole roster; the inputs' own rosters and counts are then not read"},
		"help.flag.keep-going":  {ZH: "有文件无法读取时不停止：把它作为一个错误（file-unreadable）报告，继续审核其余文件（--members 的文件除外）", EN: "do not stop at a file that cannot be read: report it as an error (file-unreadable) and assess the others (not the --members file)"},
		"help.flag.sheet":       {ZH: "只给一个 .csv 文件时，它是哪张`工作表`：救助申报、党员名册、党员人数或资金来源（默认按文件名或表头判断）", EN: "the `SHEET` a single .csv input holds: 救助申报, 党员名册, 党员人数 or 资金来源 (default: from its name or header)"},

		// relief check
		"help.check.short": {ZH: "检查工作簿：逐格报告数据问题，给出每位申报人的审核结论", EN: "Check the workbook: report every data problem and decide each applicant"},
		"help.check.long": {
			ZH: `检查救助申报工作簿：逐格报告数据问题，并给出每位申报人的审核结论、办理进度及依据条款。
收回各苏木镇、党支部填好的工作簿后运行，按提示改正后再运行，直到没有错误；
以后每一步（表决、测算、公示、发通知书）之前也可以再检查一次。

可以一次给出几个工作簿（.xlsx 或 .csv）或一个文件夹（读取其中全部 .xlsx 和 .csv），
全旗统一审核、统一计算名额；每个问题都注明所在文件、工作表和单元格。
加 -o 另存一个审核结果工作簿（审核结论、原因、排名和金额，问题清单，汇总，以及标出问题单元格的
原表副本），可以在 Excel 或 WPS 中打开、排序和打印。--previous 给出上年的救助名单时，注明上年
受助的人，并列出上年受助而今年未再申报的人；--review 给出填好的半年考评表时，“是否脱贫”为“是”的
救助对象年终不予发放。

退出状态：0 完成；1 完成，但达到 --fail-on 条件（默认：有数据错误）；
2 无法运行（参数有误、文件不存在或无法读取、没有救助申报表）。`,
			EN: `Check the relief workbook: report every data problem, cell by cell, and decide each
applicant, with the stage reached and the policy's clauses cited. Run it on the workbooks the
townships and branches send back, fix what it reports and run it again until no error is
left; run it again before each later step (votes, budget, notice, letters).

Give several workbooks (.xlsx or .csv) or a folder (every .xlsx and .csv in it): they are
assessed together, with one quota for the banner, and every problem names its file, sheet
and cell. With -o, also write a result workbook (verdicts, reasons, ranks and amounts; the
problems; a summary; copies of the original sheets with the problem cells marked) to open,
sort and print in Excel or WPS. With --previous (last year's recipients), last year's relief
is noted and last year's recipients who did not apply again are listed; with --review (the
filled-in evaluation form), a recipient out of poverty (是否脱贫 是) is not paid at the year's end.

Exit status: 0 done; 1 done, but --fail-on was met (default: any data error);
2 could not run (bad flags, a missing or unreadable file, no applicants sheet).`,
		},
		"help.check.example": {
			ZH: "relief check 救助申报表.xlsx\nrelief check 救助申报表.xlsx -o 审核结果.xlsx\nrelief check 各苏木镇报送 -o 审核结果.xlsx\nrelief check 海流图镇.xlsx 乌加河镇.xlsx 德岭山镇.csv\nrelief check 救助申报表.xlsx --previous 2025年发放花名册.xlsx --as-of 2026/3/20\nrelief check 救助申报表.xlsx --format json --fail-on never",
			EN: "relief check 救助申报表.xlsx\nrelief check 救助申报表.xlsx -o 审核结果.xlsx\nrelief check 各苏木镇报送 -o 审核结果.xlsx\nrelief check 海流图镇.xlsx 乌加河镇.xlsx 德岭山镇.csv\nrelief check 救助申报表.xlsx --previous 2025年发放花名册.xlsx --as-of 2026-03-20\nrelief check 救助申报表.xlsx --format json --fail-on never",
		},
		"help.check.flag.fail-on": {ZH: "在什么`条件`下以状态 1 退出：errors（有错误）、warnings（有错误或警告）、never（从不）", EN: "exit 1 on this `CONDITION`: errors, warnings (or errors), never"},
		"help.check.flag.output":  {ZH: "另存审核结果工作簿（.xlsx）到这个`文件`", EN: "also write the result workbook (.xlsx) to `FILE`"},

		// relief votes
		"help.votes.short": {ZH: "统计党员大会评议表决：每位申报人的到会、赞成和赞成率", EN: "Tally the branch assemblies' votes: quorum, majority and approval rate per applicant"},
		"help.votes.long": {
			ZH: `统计各党支部党员大会的评议表决（§5 第3步、§6.3.3）：每位申报人的应到、实到、赞成、反对、
弃权人数，赞成率（保留一位小数，只舍不入），是否到会过半、赞成过半、赞成率达到政策规定（默认 65%），
以及按党支部的汇总。各党支部开过党员大会、把表决人数填入工作簿后运行；可以给出几个工作簿或一个文件夹。
加 -o 另存为表决情况工作簿（每人一行，另有按党支部汇总的一张表）。

退出状态：0 完成；2 无法运行（参数有误、文件不存在或无法读取、政策文件有误）。`,
			EN: `Tally the votes of the branch assemblies (§5 step 3, §6.3.3): per applicant the voters,
present, for, against and abstaining, the approval rate (one decimal, rounded down), whether
the quorum, the majority and the policy's threshold (default 65%) were met, with totals per
branch. Run it once the branches have held their assemblies and the figures are in the
workbook; give several workbooks or a folder. With -o, also write the tally as a workbook
(a row per applicant, and a sheet of totals per branch).

Exit status: 0 done; 2 could not run (bad flags, a missing or unreadable file, a bad policy file).`,
		},
		"help.votes.example": {
			ZH: "relief votes 救助申报表.xlsx\nrelief votes 救助申报表.xlsx -o 表决情况.xlsx\nrelief votes 各苏木镇报送 -o 表决情况.xlsx",
			EN: "relief votes 救助申报表.xlsx\nrelief votes 救助申报表.xlsx -o 表决情况.xlsx\nrelief votes 各苏木镇报送 -o 表决情况.xlsx",
		},
		"help.votes.flag.output": {ZH: "另存表决情况工作簿（.xlsx）到这个`文件`", EN: "also write the tally workbook (.xlsx) to `FILE`"},

		// relief budget
		"help.budget.short": {ZH: "测算救助名额、各苏木镇名额分配和年度救助资金预算", EN: "Compute the quota, its apportionment to townships and the year's relief budget"},
		"help.budget.long": {
			ZH: `计算救助名额（党员总数 × 救助比例）、各苏木镇名额分配（最大余数法）、入选与候补名单、
各档救助金额和资金预算。检查无误、表决统计之后，公示之前运行；可以给出几个工作簿或一个文件夹，
全旗统一计算。-o 另存预算工作簿（汇总、苏木镇名额及图表、发放花名册），可直接用 A4 纸打印。

--allocation -o 名额分配.pdf 生成下发各苏木镇的名额分配通知（PDF：各苏木镇党员人数、应分名额、
分配名额和救助金额，以及名额的计算和分配办法），格式与公示相同；--font、--templates、--issuer、
--phone 的用法与 relief notice 相同。

退出状态：0 完成；2 无法运行（参数有误、文件不存在或无法读取、政策文件有误；
--allocation 时另有：字体缺字、资金来源或党员人数表有错误）。`,
			EN: `Compute the quota (members × the relief rate), its apportionment to townships (largest
remainder), the selected and waitlisted applicants, the amounts per level and the budget.
Run it once the workbook checks clean and the votes are in, before the notice; give several
workbooks or a folder for one budget for the banner. -o also writes the budget workbook
(summary, township quotas with a chart, disbursement roster), ready to print on A4.

--allocation -o 名额分配.pdf writes the quota notice to the townships instead (PDF: each
township's members, exact share, quota, selected applicants and amount, and how the quota
was computed and apportioned), laid out like the notice; --font, --templates, --issuer and
--phone work as for relief notice.

Exit status: 0 done; 2 could not run (bad flags, a missing or unreadable file, a bad policy
file; with --allocation also a character the font lacks, an error on the 资金来源 or 党员人数 sheet).`,
		},
		"help.budget.example": {
			ZH: "relief budget 救助申报表.xlsx\nrelief budget 救助申报表.xlsx -o 预算.xlsx\nrelief budget 各苏木镇报送 --allocation -o 名额分配.pdf",
			EN: "relief budget 救助申报表.xlsx\nrelief budget 救助申报表.xlsx -o 预算.xlsx\nrelief budget 各苏木镇报送 --allocation -o 名额分配.pdf",
		},
		"help.budget.flag.output":     {ZH: "另存预算工作簿（.xlsx）到这个`文件`；加 --allocation 时为名额分配通知（.pdf）", EN: "also write the budget workbook (.xlsx) to `FILE`; with --allocation, the quota notice (.pdf)"},
		"help.budget.flag.allocation": {ZH: "-o 写下发各苏木镇的名额分配通知（PDF），而不是预算工作簿", EN: "-o writes the quota notice to the townships (名额分配通知, PDF) instead of the budget workbook"},

		// relief notice
		"help.notice.short": {ZH: "生成纳入名额、尚未公示的救助对象的公示（PDF）", EN: "Write the public notice (公示) of the selected applicants not yet posted, as PDF"},
		"help.notice.long": {
			ZH: `生成救助对象公示（PDF，§5 第6步、§6.3.4）：列出审核结论为“符合”并纳入名额、已审定（“审定日期”
已填，或 --approved-on）而尚未公示（“公示日期”未填）的申报人，尚未审定的不列入（先审定、后公示）；此前已公示过一批的，生成“补充公示”，只列新增的人；--all 列出全部
纳入名额的申报人（重印）。待定、暂缓（异议待复核）和候补的申报人从不列入。身份证号码只显示
前6位和后4位，不显示电话和住址。名单审定后运行。

公示期从 --start 起（默认 --as-of 的次日），共 notice.days 天（含首尾两天）；落款日期为 --as-of。
-o - 把 PDF 写到标准输出（完成信息写到标准错误）。--by-township 在文件夹中为每个苏木镇写一份
公示（乌加河镇公示.pdf …），只列该苏木镇的救助对象，便于在党员所在地张贴；可以与 -o 同时使用。
文件夹中已有上次生成的公示时，加 --replace 先删除它们（只删除 .relief-files 清单列出的文件）。
公示张贴后，请在工作簿“公示日期”列填写公示开始日期，公示期满后再运行 relief letters。

退出状态：0 已写成；2 无法运行（参数有误、工作簿无法读取、没有可公示的申报人（无人纳入名额，
或都已公示过）、字体缺字、资金不足且 amount.fit 为 none、资金来源或党员人数表有错误）。`,
			EN: `Write the public notice (PDF, §5 step 6, §6.3.4) of the applicants found eligible, within
the quota, approved (审定日期, or --approved-on) and not yet posted (no 公示日期): one not yet
approved is left out, since the banner approves before the list is posted; when others were posted before, it is a
supplementary notice (补充公示) listing only the new ones; --all lists every selected
applicant (a reprint). Pending, held (objection under review) and waitlisted applicants are
never listed. Identity numbers show only their first 6 and last 4 characters; no phone or
address is shown. Run it once the list is approved.

The notice period starts on --start (default the day after --as-of) and lasts notice.days
days, both ends included; the notice is dated --as-of. -o - writes the PDF to standard
output (the confirmation goes to standard error). --by-township writes one notice per
township into a folder (乌加河镇公示.pdf …), each listing that township's recipients, to post
where they live; it may be given with -o. A folder holding an earlier run's notices needs
--replace, which first removes those (only the files listed in its .relief-files).
Once the notice is posted, record its first day in the workbook's 公示日期 column; run
relief letters when the notice period is over.

Exit status: 0 written; 2 could not run (bad flags, an unreadable workbook, nobody to post:
none eligible within the quota, or all posted already; a character the font lacks, a fund
shortfall with amount.fit none, an error on the 资金来源 or 党员人数 sheet).`,
		},
		"help.notice.example": {
			ZH: "relief notice 救助申报表.xlsx -o 公示.pdf\nrelief notice 救助申报表.xlsx -o 公示.pdf --start 2026年4月1日 --days 7 --phone 0478-1234567\nrelief notice 各苏木镇报送 -o 公示.pdf --by-township 各苏木镇公示\nrelief notice 救助申报表.xlsx -o 公示.pdf --all",
			EN: "relief notice 救助申报表.xlsx -o 公示.pdf\nrelief notice 救助申报表.xlsx -o 公示.pdf --start 2026-04-01 --days 7 --phone 0478-1234567\nrelief notice 各苏木镇报送 -o 公示.pdf --by-township 各苏木镇公示\nrelief notice 救助申报表.xlsx -o 公示.pdf --all",
		},
		"help.notice.flag.output":      {ZH: "要写的公示 PDF `文件`；写 - 则写到标准输出（-o 和 --by-township 至少给一个）", EN: "the notice PDF `FILE` to write; - writes it to standard output (give -o, --by-township or both)"},
		"help.notice.flag.by-township": {ZH: "在这个`文件夹`中为每个苏木镇写一份公示（乌加河镇公示.pdf …）", EN: "write one notice per township into this `DIR` (乌加河镇公示.pdf …)"},
		"help.notice.flag.replace":     {ZH: "--by-township 的文件夹中有上次生成的公示时，先删除上次生成的文件（只删除 .relief-files 清单列出的），再写入", EN: "--by-township into a folder holding an earlier run's notices: first remove the files that run wrote (listed in .relief-files), and only those"},
		"help.notice.flag.all":         {ZH: "列出全部纳入名额的申报人（重印），而不只是“公示日期”未填的", EN: "list every selected applicant (a reprint), not only those without a 公示日期"},
		"help.notice.flag.start":       {ZH: "公示期的第一天（`日期`），默认 --as-of 的次日", EN: "first day of the notice period (a `DATE`; default the day after --as-of)"},
		"help.notice.flag.days":        {ZH: "公示期的`天数`，默认用政策文件的 notice.days，否则 7 天", EN: "length of the notice period in `DAYS` (default notice.days of the policy, else 7)"},

		// relief status
		"help.status.short": {ZH: "查看各苏木镇申报人的办理进度，以及超期或临近期限的人", EN: "Show how far each township's cases have gone in the procedure, and who is late"},
		"help.status.long": {
			ZH: `按苏木镇统计申报人所处的办理步骤（§5）：已申报、已入户调查、已评议、已复核、已审定、
已公示、公示期满各多少人，以及超过或临近办理期限（§5.6，默认申报后 60 天）的人数，并列出这些申报人。
办理期间随时可以运行，尤其在公示期间：看谁已经可以发通知书、谁还差哪一步、谁快要超期。
可以给出几个工作簿或一个文件夹；--format json 或 csv 供程序使用。

退出状态：0 完成；2 无法运行（参数有误、文件不存在或无法读取、政策文件有误）。`,
			EN: `Count per township the applicants at each step of the procedure (§5): applied, surveyed,
assessed, reviewed, approved, noticed and final, and how many are past or near the deadline
(§5.6, by default 60 days after applying), listing those. Run it at any time during the
procedure, above all during the notice period: who can have a letter, who still lacks which
step, who is about to be late. Give several workbooks or a folder; --format json or csv is
for scripts.

Exit status: 0 done; 2 could not run (bad flags, a missing or unreadable file, a bad policy file).`,
		},
		"help.status.example": {
			ZH: "relief status 救助申报表.xlsx\nrelief status 各苏木镇报送\nrelief status 救助申报表.xlsx --as-of 2026/4/10 --format json",
			EN: "relief status 救助申报表.xlsx\nrelief status 各苏木镇报送\nrelief status 救助申报表.xlsx --as-of 2026-04-10 --format json",
		},

		// relief letters
		"help.letters.short": {ZH: "为公示期满的救助对象生成救助通知书（PDF）", EN: "Write the notification letters (救助通知书) once the notice period is over, as PDF"},
		"help.letters.long": {
			ZH: `生成救助通知书（PDF，§5 第6步）：只发给公示期满、无异议的救助对象（办理进度为“公示期满”），
每人一页，写明救助决定及依据、公示期、救助金额（含大写）、发放时间和咨询方式；落款日期为
--as-of，不早于公示期满之日。公示期满后运行。纳入救助但尚未到这一步的（尚未审定、尚未公示、
公示期未满、异议待复核），逐人在标准错误中列出原因（--format json 时列在输出的 JSON 中）。
公示日期取自工作簿的“公示日期”列，或 --noticed-on；审定日期取自“审定日期”列，或 --approved-on。

-o 把全部通知书写入一个文件（-o - 写到标准输出，完成信息写到标准错误）；--split 在文件夹中
按苏木镇分子文件夹，为每人写一个文件（乌加河镇/001-张三.pdf，序号与该苏木镇的公示一致）；
两者可以同时使用。--rejections 同时为每位审核结论为“不符合”且没有待办事项的申报人写不予救助
告知书（写明理由、所依据的条款和申请复核的方式，§6.3.5），放在通知书之后，或在 --split
文件夹中命名为 不予救助-001-李四.pdf。

--split 的文件夹整个写成或完全不写：中途出错或按 Ctrl-C，文件夹保持原样。文件夹中已有文件时
不写入，除非加 --replace：它先删除上次运行生成的文件（只删除文件夹中 .relief-files 清单列出的
文件，其他文件不动），再写入新的，这样已不符合条件的人的旧通知书不会留在新通知书旁边。

退出状态：0 已写成；2 无法运行（参数有误、工作簿无法读取、没有可写的通知书、字体缺字、
资金不足且 amount.fit 为 none、资金来源或党员人数表有错误）。`,
			EN: `Write the notification letters (PDF, §5 step 6), only to the recipients whose notice period
is over without objection (stage final): a page each with the decision and its grounds, the
notice period, the amount (also in capitals), when it is paid and whom to ask, dated
--as-of and never before the notice period ends. Run it once the notice period is over.
Every selected applicant not there yet (not approved, not posted, notice period not over,
objection under review) is named on standard error with the reason (with --format json, in
the JSON output). The notice's first day is the 公示日期 column or --noticed-on; the approval
day the 审定日期 column or --approved-on.

-o writes all letters into one file (-o - to standard output, the confirmation to standard
error); --split writes a file per person into a folder, a subfolder per township
(乌加河镇/001-张三.pdf, numbered as in that township's notice); both may be given.
--rejections also writes a rejection letter (不予救助告知书, with the reasons, the clauses
and how to ask for a re-check, §6.3.5) to each ineligible applicant with nothing left
pending, after the letters, or as 不予救助-001-李四.pdf under --split.

The --split folder is written whole or not at all: an error or Ctrl-C leaves it as it was.
A folder that holds files is refused unless --replace is given: it first removes the files
the previous run wrote (only those listed in the folder's .relief-files; other files are
left alone), so that no old letter to someone no longer eligible stays beside the new ones.

Exit status: 0 written; 2 could not run (bad flags, an unreadable workbook, no letters to
write, a character the font lacks, a fund shortfall with amount.fit none, an error on the
资金来源 or 党员人数 sheet).`,
		},
		"help.letters.example": {
			ZH: "relief letters 救助申报表.xlsx -o 通知书.pdf\nrelief letters 救助申报表.xlsx --split 通知书 --rejections\nrelief letters 各苏木镇报送 --split 通知书 --rejections --replace\nrelief letters 救助申报表.xlsx -o 通知书.pdf --noticed-on 2026/4/1 --format json",
			EN: "relief letters 救助申报表.xlsx -o 通知书.pdf\nrelief letters 救助申报表.xlsx --split 通知书 --rejections\nrelief letters 各苏木镇报送 --split 通知书 --rejections --replace\nrelief letters 救助申报表.xlsx -o 通知书.pdf --noticed-on 2026-04-01 --format json",
		},
		"help.letters.flag.output":     {ZH: "把全部通知书写入这一个 PDF `文件`；写 - 则写到标准输出", EN: "write all letters into this one PDF `FILE`; - writes them to standard output"},
		"help.letters.flag.split":      {ZH: "在这个`文件夹`中为每人写一个 PDF，每个苏木镇一个子文件夹（文件夹不存在时自动建立）", EN: "write one PDF per person into this `DIR`, a subfolder per township (created if needed)"},
		"help.letters.flag.rejections": {ZH: "同时为每位审核结论为“不符合”且没有待办事项的申报人写不予救助告知书", EN: "also write a rejection letter (不予救助告知书) to each ineligible applicant with nothing left pending"},
		"help.letters.flag.format":     {ZH: "列出已发和暂不发通知书的人所用的`格式`：text（文字，写到标准错误）或 json（写到标准输出）", EN: "the `FORMAT` of the list of who got a letter and who not yet: text (on standard error) or json (on standard output)"},
		"help.letters.flag.replace":    {ZH: "--split 的文件夹中有上次生成的通知书时，先删除上次生成的文件（只删除 .relief-files 清单列出的），再写入", EN: "--split into a folder holding an earlier run's letters: first remove the files that run wrote (listed in .relief-files), and only those"},

		// relief merge
		"help.merge.short": {ZH: "把各苏木镇报送的工作簿合并为全旗一个工作簿", EN: "Merge the townships' workbooks into one banner workbook"},
		"help.merge.long": {
			ZH: `把各苏木镇报送的工作簿（.xlsx、.csv，或一个文件夹中的全部）合并为全旗一个工作簿：
一张救助申报表、一张党员名册（或党员人数）表，必要时一张资金来源表，格式与 relief init
生成的模板相同，每行末尾注明来源文件和来源行号。各行按读取到的值原样复制（不带原表格式），
身份证号码保持文本；数据问题照原样保留（合并时报告有多少），不作改正。
收齐各苏木镇的工作簿、需要一份全旗汇总的工作簿时运行。审核不必先合并：每个命令都可以直接
给出几个文件或一个文件夹，审核结果与审核合并后的工作簿相同。

退出状态：0 已写成；2 无法运行（参数有误、有文件无法读取且未加 --keep-going、有的文件给
党员名册而有的只给党员人数、资金来源表出现在几个文件中）。`,
			EN: `Merge the workbooks the townships send (.xlsx, .csv, or every one in a folder) into one
banner workbook: one 救助申报 sheet, one 党员名册 (or 党员人数) sheet and, when given, one
资金来源 sheet, laid out as relief init writes them, each row followed by its source file and
row. Rows are copied as read (values, not styles); identity numbers stay text; problems are
copied, not corrected (merge says how many there are).
Run it once every township's workbook is in and the banner wants one workbook. Checking
needs no merge: every command takes several files or a folder, and decides exactly as on the
merged workbook.

Exit status: 0 written; 2 could not run (bad flags, an unreadable file without --keep-going,
members given partly by roster and partly by counts, a fund given in several files).`,
		},
		"help.merge.example": {
			ZH: "relief merge 各苏木镇报送 -o 全旗汇总.xlsx\nrelief merge 海流图镇.xlsx 乌加河镇.xlsx 德岭山镇.csv -o 全旗汇总.xlsx\nrelief merge 各苏木镇报送 --members 全旗党员名册.xlsx -o 全旗汇总.xlsx",
			EN: "relief merge 各苏木镇报送 -o 全旗汇总.xlsx\nrelief merge 海流图镇.xlsx 乌加河镇.xlsx 德岭山镇.csv -o 全旗汇总.xlsx\nrelief merge 各苏木镇报送 --members 全旗党员名册.xlsx -o 全旗汇总.xlsx",
		},
		"help.merge.flag.output":     {ZH: "要写的合并工作簿`文件`（.xlsx，必填）", EN: "the merged workbook `FILE` to write (.xlsx, required)"},
		"help.merge.flag.keep-going": {ZH: "跳过无法读取的文件（并说明），而不是停止", EN: "skip a file that cannot be read (and say so) instead of stopping"},
		"help.merge.flag.password":   {ZH: "加密工作簿的`密码`；合并后的工作簿也用这个密码加密", EN: "the `PASSWORD` of encrypted workbooks; the merged workbook is protected with it too"},
	})
}
