package i18n

// The help of the commands of the year's records after the decision
// (一年一申报，半年一考评，年终发放): review, payout, report and verify, with
// the flags that bring last year's list and the evaluation form into
// every command.
func init() {
	add(map[string]Text{
		"help.arg.DOCUMENT": {ZH: "要核对的文件", EN: "DOCUMENT"},

		// Flags of every command that reads the workbooks: the year's lists.
		"help.flag.previous": {ZH: "上年救助名单`文件`：上年 relief budget -o 的发放花名册、relief check -o 的审核结果、考评表，或任何列有姓名和身份证号码的表；注明上年受助的人，列出上年受助而今年未再申报的人；几个文件时重复使用本参数", EN: "last year's recipients, from this `FILE`: the disbursement roster of budget -o, the result workbook of check -o, the evaluation form, or any list of names and identity numbers; notes last year's relief and lists who did not apply again; repeat the flag for several files"},
		"help.flag.review":   {ZH: "填好的半年考评表`文件`（relief review 生成）：“是否脱贫”为“是”的救助对象年终不予发放（§6.4），由候补依次递补", EN: "the filled-in half-yearly evaluation form, from this `FILE` (written by relief review): a recipient out of poverty (是否脱贫 是) is not paid at the year's end (§6.4) and the waitlist moves up"},

		// relief review
		"help.review.short": {ZH: "生成本年度救助对象的半年考评表（考评表.xlsx）", EN: "Write the half-yearly evaluation form of this year's recipients (考评表)"},
		"help.review.long": {
			ZH: `生成救助对象半年考评表（§5 半年一考评，§6.4 动态管理、脱贫不补）：按苏木镇、党支部分组，
每位救助对象一行，身份证号码部分隐去，列出救助金额、困难原因、困难程度（给 --previous 时另列上年救助），
留出党支部入户考评时填写的困难是否持续、是否脱贫、表现情况（下拉选择）、考评日期、考评人，A4 横向打印。
年中（发出通知书之后、年终发放之前）运行，把考评表发给各党支部填写。
填好后在以后的命令中加 --review 考评表.xlsx 读回：“是否脱贫”为“是”的年终不予发放，由候补依次递补；
“困难是否持续”为“否”而未写脱贫的，待人工确认。

退出状态：0 已写成；2 无法运行（参数有误、工作簿无法读取、还没有救助对象）。`,
			EN: `Write the half-yearly evaluation form of the recipients (§5 half-yearly evaluation, §6.4 no
relief once out of poverty): grouped by township and branch, a row per recipient with the
identity number masked, the amount, the hardship cause and level (last year's relief too with
--previous), and columns the branch fills in at its visit: hardship continuing, out of
poverty, conduct (drop-down lists), date and evaluator; it prints on A4 landscape.
Run it mid-year (after the letters, before the year-end payment) and send the form to the
branches. Read the filled-in form back with --review 考评表.xlsx on the later commands: a
recipient out of poverty (是否脱贫 是) is not paid at the year's end and the waitlist moves up;
hardship not continuing (困难是否持续 否) without 脱贫 waits for a person.

Exit status: 0 written; 2 could not run (bad flags, an unreadable workbook, no recipient yet).`,
		},
		"help.review.example": {
			ZH: "relief review 救助申报表.xlsx -o 考评表.xlsx\nrelief review 救助申报表.xlsx -o 考评表.xlsx --previous 2025年发放花名册.xlsx\nrelief check 救助申报表.xlsx --review 考评表.xlsx",
			EN: "relief review 救助申报表.xlsx -o 考评表.xlsx\nrelief review 救助申报表.xlsx -o 考评表.xlsx --previous 2025年发放花名册.xlsx\nrelief check 救助申报表.xlsx --review 考评表.xlsx",
		},
		"help.review.flag.output": {ZH: "要写的考评表`文件`（.xlsx，必填）", EN: "the evaluation form `FILE` to write (.xlsx, required)"},

		// relief payout
		"help.payout.short": {ZH: "统计年终救助金发放情况：已发、未发、金额不符和资金台账", EN: "Report the year-end payment: who was paid, who is unpaid, wrong amounts, the fund's ledger"},
		"help.payout.long": {
			ZH: `统计救助金发放情况（§5 年终发放，§2 专款专用）：按申报表中的发放方式、账号、发放日期、实发金额，
分苏木镇和合计列出已发放、未发放的救助对象，实发金额与核定金额不符的（错误），非救助对象的发放记录
（错误），以及资金台账（资金来源、已发放、结余）。年终发放时运行：在申报表上记下每人的发放情况后，
核对谁还没有发、哪笔金额不对；有考评表时加 --review。-o 另存发放情况工作簿（发放汇总、发放明细）。

退出状态：0 完成（有发放错误时也是 0，错误逐条列出）；2 无法运行（参数有误、工作簿无法读取、
政策文件有误）。`,
			EN: `Report the payment of the relief (§5 year-end payment, §2 ring-fenced fund): from the 发放方式,
账号, 发放日期 and 实发金额 columns of the applicants sheet, per township and in total, the
recipients paid and unpaid, every 实发金额 that differs from the approved amount (an error),
money paid to a row that is not a recipient (an error), and the fund's ledger (sources, paid
out, remaining). Run it at the year-end payment, once each payment is recorded on the
sheet, to see who is still unpaid and which amount is wrong; give --review with the
evaluation form. -o also writes the payment workbook (发放汇总, 发放明细).

Exit status: 0 done, even with payment errors (they are listed); 2 could not run (bad flags,
an unreadable workbook, a bad policy file).`,
		},
		"help.payout.example": {
			ZH: "relief payout 救助申报表.xlsx --review 考评表.xlsx\nrelief payout 救助申报表.xlsx --review 考评表.xlsx -o 发放情况.xlsx\nrelief payout 救助申报表.xlsx --review 考评表.xlsx --as-of 2026/12/31 --format json",
			EN: "relief payout 救助申报表.xlsx --review 考评表.xlsx\nrelief payout 救助申报表.xlsx --review 考评表.xlsx -o 发放情况.xlsx\nrelief payout 救助申报表.xlsx --review 考评表.xlsx --as-of 2026-12-31 --format json",
		},
		"help.payout.flag.output": {ZH: "另存发放情况工作簿（.xlsx）到这个`文件`", EN: "also write the payment workbook (.xlsx) to `FILE`"},

		// relief report
		"help.report.short": {ZH: "生成向上级报送的救助情况统计：各苏木镇数字和救助对象构成", EN: "The report upward: figures per township and the recipients by cause, level, ethnicity, gender, age and other aid"},
		"help.report.long": {
			ZH: `生成向上级报送的救助情况统计（§6.1 统计、上报）：各苏木镇党员数、名额、申报、符合条件、入选、
核定金额、已发放；救助对象按困难原因、困难程度、民族（取自党员名册）、性别、年龄段（取自身份证号码）
和享受其他救助（§4.4）的构成。年终发放之后、向上级报送时运行。
-o 另存统计表工作簿（统计表、统计图），A4 打印。

退出状态：0 完成；2 无法运行（参数有误、工作簿无法读取、政策文件有误）。`,
			EN: `Write the figures for the report upward (§6.1 statistics and reporting): per township the
members, quota, applicants, eligible, selected, approved amount and paid; the recipients by
hardship cause, level, ethnicity (from the members roster), gender and age band (from the
identity number) and other aid (§4.4). Run it after the year-end payment, when the report
is due. -o also writes the statistics workbook (统计表, 统计图), printed on A4.

Exit status: 0 done; 2 could not run (bad flags, an unreadable workbook, a bad policy file).`,
		},
		"help.report.example": {
			ZH: "relief report 救助申报表.xlsx --review 考评表.xlsx\nrelief report 救助申报表.xlsx --review 考评表.xlsx -o 统计表.xlsx\nrelief report 救助申报表.xlsx --format json",
			EN: "relief report 救助申报表.xlsx --review 考评表.xlsx\nrelief report 救助申报表.xlsx --review 考评表.xlsx -o 统计表.xlsx\nrelief report 救助申报表.xlsx --format json",
		},
		"help.report.flag.output": {ZH: "另存统计表工作簿（.xlsx）到这个`文件`", EN: "also write the statistics workbook (.xlsx) to `FILE`"},

		// relief verify
		"help.verify.short": {ZH: "核对 relief 生成的文件是否由这些输入文件、按哪个政策生成", EN: "Check that a document relief wrote was made from these files and under which policy"},
		"help.verify.long": {
			ZH: `核对 relief 生成的文件（PDF、工作簿或 --format json 的输出）是否由所给的输入文件生成：
文件中记有生成时程序的版本、政策指纹（政策生效值的 SHA-256）、每个输入文件（工作簿、--previous、
--review）的 SHA-256 和核查日期，逐一与所给文件比对，并与当前政策（--policy，否则第一个输入文件旁的
relief.yaml，否则内置政策）比对。审计、检查或对一份公示、通知书有疑问时运行。

退出状态：0 该文件正是由这些文件、按这个政策生成的；1 不是（逐项列出不同之处）；
2 无法运行（文件无法读取、文件中没有生成记录）。`,
			EN: `Check whether a document relief wrote (a PDF, a workbook, or the output of --format json)
was made from the input files given: the document records the program's version, the
policy's fingerprint (SHA-256 of its effective values), the SHA-256 of every input file (the
workbook, --previous, --review) and the day of the assessment; each is compared with the
files given and with the policy now in force (--policy, else relief.yaml beside the first
FILE, else the built-in policy). Run it for an audit, an inspection, or when a notice or a
letter is questioned.

Exit status: 0 the document was made from exactly these files under this policy;
1 it was not (what differs is listed); 2 could not run (an unreadable file, no record in
the document).`,
		},
		"help.verify.example": {
			ZH: "relief verify 公示.pdf 救助申报表.xlsx\nrelief verify 审核结果.xlsx 救助申报表.xlsx 2025年发放花名册.xlsx\nrelief verify 发放情况.xlsx 救助申报表.xlsx 考评表.xlsx --format json",
			EN: "relief verify 公示.pdf 救助申报表.xlsx\nrelief verify 审核结果.xlsx 救助申报表.xlsx 2025年发放花名册.xlsx\nrelief verify 发放情况.xlsx 救助申报表.xlsx 考评表.xlsx --format json",
		},
		"help.verify.flag.policy": {ZH: "与之比对的政策`文件`（YAML），默认用第一个输入文件旁的 relief.yaml，没有则用内置政策", EN: "the policy `FILE` (YAML) to compare with; default relief.yaml beside the first FILE, else the built-in policy"},
		"help.verify.flag.format": {ZH: "输出`格式`：text（文字）或 json（供程序使用）", EN: "output `FORMAT`: text or json (for scripts)"},
	})
}
