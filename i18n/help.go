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
// a file of its own area beside this one. This file holds the frame, the
// flags of every command, the root and the commands around the work
// (init, policy, templates, help, completion); help_procedure.go the
// procedure's commands (check, votes, budget, notice, status, letters,
// merge); help_year.go the year's records (review, payout, report,
// verify).
func init() {
	add(map[string]Text{
		// The frame of every help text.
		"help.usage":            {ZH: "用法：", EN: "Usage:"},
		"help.examples":         {ZH: "示例：", EN: "Examples:"},
		"help.commands":         {ZH: "命令：", EN: "Commands:"},
		"help.flags":            {ZH: "参数：", EN: "Flags:"},
		"help.global-flags":     {ZH: "所有命令通用的参数：", EN: "Flags of every command:"},
		"help.more":             {ZH: "运行 %[1]s 命令 --help 查看某个命令的详细说明。", EN: "Run %[1]s COMMAND --help for more about a command."},
		"help.default":          {ZH: "（默认 %[1]s）", EN: " (default %[1]s)"},
		"help.arg.COMMAND":      {ZH: "命令", EN: "COMMAND"},
		"help.arg.FLAGS":        {ZH: "[参数]", EN: "[flags]"},
		"help.arg.FILE":         {ZH: "文件", EN: "FILE"},
		"help.arg.DIR":          {ZH: "文件夹", EN: "DIR"},
		"help.arg.WORKBOOK":     {ZH: "工作簿", EN: "WORKBOOK"},
		"help.type.string":      {ZH: "文字", EN: "string"},
		"help.type.int":         {ZH: "整数", EN: "int"},
		"help.type.stringArray": {ZH: "文字", EN: "strings"},

		// Flags of every command.
		"help.flag.help":    {ZH: "显示 %[1]s 的帮助", EN: "help for %[1]s"},
		"help.flag.lang":    {ZH: "提示信息的`语言`：zh（中文）或 en（英文），默认按系统的 LANG 设置，否则中文", EN: "the `LANGUAGE` of messages: zh or en (default from LANG, else zh)"},
		"help.flag.quiet":   {ZH: "安静模式（供定时任务使用）：只输出所要的结果和出错信息，不输出“已写入”之类的提示；check、budget、votes、payout、report 加 -o 写文件时不再显示文字报告", EN: "quiet, for cron: print only the output asked for and what went wrong, no confirmations; check, budget, votes, payout and report writing a file (-o) print no text report"},
		"help.flag.version": {ZH: "显示 relief 的版本", EN: "print relief's version"},

		// Flags of the commands that read a workbook.
		"help.flag.as-of":    {ZH: "审核所依据的`日期`，默认今天；可写 2026-11-27、2026/11/27、2026.11.27、2026年11月27日 或 20261127", EN: "the `DATE` of the assessment (default today): 2026-11-27, 2026/11/27, 2026.11.27, 2026年11月27日 or 20261127"},
		"help.flag.policy":   {ZH: "政策`文件`（YAML），默认用所给文件夹中（或工作簿旁）的 relief.yaml，没有则用内置政策", EN: "policy `FILE` (YAML); default relief.yaml in the folder given (or beside the workbooks), else the built-in policy"},
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
			ZH: `relief 党员互助救助工具：读取救助申报工作簿（Excel 或 WPS 的 .xlsx 文件，或 .csv 文件），
逐格检查数据，按政策条款审核每位申报人，计算救助名额与金额，生成公示和救助通知书（PDF），
以及全年的考评表、发放情况和统计表。

一年中的工作顺序：
  1. relief init                                生成空白的申报工作簿，发给各苏木镇、党支部填写
  2. relief check 申报表.xlsx                   检查收回的工作簿，按提示改正问题
  3. relief votes 申报表.xlsx                   统计各党支部党员大会的评议表决
  4. relief budget 申报表.xlsx -o 预算.xlsx     测算名额和资金，生成发放花名册
  5. relief notice 申报表.xlsx -o 公示.pdf      生成公示；张贴后填写“公示日期”列
  6. relief status 申报表.xlsx                  等待公示期满；随时查看各人的办理进度
  7. relief letters 申报表.xlsx -o 通知书.pdf   公示期满后，生成救助通知书
  8. relief review 申报表.xlsx -o 考评表.xlsx   年中：生成半年考评表，填好后用 --review 读回
  9. relief payout 申报表.xlsx                  年终：核对救助金发放情况
 10. relief report 申报表.xlsx -o 统计表.xlsx   向上级报送救助情况统计

每个读取工作簿的命令都可以给出几个工作簿或一个文件夹（如各苏木镇报送的工作簿所在的文件夹），
全旗统一审核、统一计算名额；relief merge 把它们合并为一个工作簿。
政策：--policy 指定的文件；否则所给文件夹中（或工作簿旁）的 relief.yaml；否则内置政策
（relief policy show 显示实际生效的政策）。

输入的工作簿从不改动；输出的文件要么完整写成，要么不写（按 Ctrl-C 中止时也不留下半个文件）。
退出状态：0 完成；1 完成，但 check 达到 --fail-on 条件，或 verify 发现文件与输入不符；
2 无法运行（原因见错误信息）；130 被 Ctrl-C 中止。`,
			EN: `relief reads the relief workbook (an Excel or WPS .xlsx file, or .csv files), checks it cell by
cell, decides each applicant by the policy's clauses, computes the quota and the amounts, and
writes the public notice and the notification letters (PDF), then the year's evaluation,
payment and report.

The year's order of work:
  1. relief init                                a blank workbook for the townships and branches
  2. relief check 申报表.xlsx                   check what comes back; fix what it reports
  3. relief votes 申报表.xlsx                   tally the branch assemblies' votes
  4. relief budget 申报表.xlsx -o 预算.xlsx     the quota and the fund; the disbursement roster
  5. relief notice 申报表.xlsx -o 公示.pdf      the public notice; once posted, fill in 公示日期
  6. relief status 申报表.xlsx                  wait out the notice period; who stands where
  7. relief letters 申报表.xlsx -o 通知书.pdf   the letters, once the notice period is over
  8. relief review 申报表.xlsx -o 考评表.xlsx   mid-year: the evaluation form (then --review)
  9. relief payout 申报表.xlsx                  year's end: the payment, checked
 10. relief report 申报表.xlsx -o 统计表.xlsx   the report upward

Every command that reads the workbook takes several workbooks or a folder (the one where the
townships' workbooks are kept): one assessment and one quota for the banner; relief merge
makes them one workbook. The policy: the file given with --policy; else relief.yaml in the
folder given (or beside the workbooks); else the built-in policy (relief policy show prints
the policy in force).

The input workbook is never changed; every output is written whole or not at all (Ctrl-C
leaves no half-written file).
Exit status: 0 done; 1 done, but check's --fail-on was met, or verify found the document
does not match; 2 could not run (see the message); 130 stopped by Ctrl-C.`,
		},
		"help.relief.example": {
			ZH: "relief init 救助申报表.xlsx\nrelief check 救助申报表.xlsx\nrelief check 各苏木镇报送 -o 审核结果.xlsx\nrelief check --help\nrelief --help --lang en",
			EN: "relief init 救助申报表.xlsx\nrelief check 救助申报表.xlsx\nrelief check 各苏木镇报送 -o 审核结果.xlsx\nrelief check --help\nrelief --help --lang zh",
		},

		// relief init
		"help.init.short": {ZH: "生成空白的救助申报工作簿（默认 救助申报表.xlsx）", EN: "Write a blank relief workbook to fill in (default 救助申报表.xlsx)"},
		"help.init.long": {
			ZH: `生成空白的救助申报工作簿：党员名册、党员人数、救助申报、资金来源四张表，
带下拉列表、格式和数据验证，以及逐列说明和现行政策标准的“填表说明”，可直接用 A4 纸打印。
每年申报开始前运行，把工作簿发给各苏木镇、党支部填写。

文件已存在时不覆盖，除非加 --force。
退出状态：0 已写成；2 无法运行（文件已存在、无法写入、政策文件有误）。`,
			EN: `Write a blank relief workbook: the sheets 党员名册, 党员人数, 救助申报 and 资金来源 with
drop-down lists, formats and validation, and a 填表说明 sheet explaining every column and the
policy figures in force; it prints on A4 as it is. Run it before the year's applications
open, and send the workbook to the townships and branches to fill in.

Refuses to overwrite an existing file unless --force is given.
Exit status: 0 written; 2 could not run (the file exists, it cannot be written, a bad policy file).`,
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

政策文件的查找顺序：--policy 指定的文件；否则所给文件夹中（或工作簿旁）的 relief.yaml；
否则内置默认值（其中比例、金额、违纪违法情形、赞成率和办理时限是政策文件的规定，其余为程序设定）。
每年开始前，政策有调整时（如救助比例、各档金额、公示天数）运行 relief policy init，修改后把
relief.yaml 放在工作簿所在的文件夹中；以后随时可以用 relief policy show 查看实际生效的政策。

退出状态：0 完成；2 无法运行（政策文件有误、文件已存在、无法写入）。`,
			EN: `The relief policy: relief policy show prints the policy in force and where each value came
from; relief policy init writes a commented policy file (relief.yaml).

Where the policy comes from: the file given with --policy; else relief.yaml in the folder
given (or beside the workbooks); else the built-in defaults (the rate, the amount, the
breaches, the approval rate and the deadline are the policy document's; the rest are the
program's choices). Before the year starts, when the policy changes (the rate, the amounts,
the notice days), write relief.yaml with relief policy init, edit it and keep it in the
workbooks' folder; relief policy show prints the policy in force at any time.

Exit status: 0 done; 2 could not run (a bad policy file, the file exists, it cannot be written).`,
		},
		"help.policy.example": {
			ZH: "relief policy show\nrelief policy show 各苏木镇报送\nrelief policy init",
			EN: "relief policy show\nrelief policy show 各苏木镇报送\nrelief policy init",
		},
		"help.policy.show.short": {ZH: "显示实际生效的政策（YAML），注明每个值的来源", EN: "Print the effective policy as YAML, saying where each value came from"},
		"help.policy.show.long": {
			ZH: `显示实际生效的救助政策（YAML 格式），每一行注明取值来源：默认（政策文件规定、党章规定或
程序设定），或来自哪个政策文件。给出文件夹时，使用其中的 relief.yaml（与 relief check 文件夹 相同）；
给出工作簿时，使用工作簿旁的 relief.yaml；都不给时，使用当前文件夹中的 relief.yaml。
输出本身就是一份政策文件，可以另存后修改。

退出状态：0 完成；2 无法运行（工作簿或政策文件不存在、政策文件有误）。`,
			EN: `Print the relief policy in force (YAML), each line saying where its value came from: the
default (the policy document's, the Party's rules, or the program's choice), or which policy
file. Given a folder, its relief.yaml is used (as relief check FOLDER does); given a
workbook, the relief.yaml beside it; else the relief.yaml in the current folder. The output
is itself a policy file, to save and edit.

Exit status: 0 done; 2 could not run (no such workbook or policy file, a bad policy file).`,
		},
		"help.policy.show.example": {
			ZH: "relief policy show\nrelief policy show 救助申报表.xlsx\nrelief policy show 各苏木镇报送\nrelief policy show --policy 本旗政策.yaml",
			EN: "relief policy show\nrelief policy show 救助申报表.xlsx\nrelief policy show 各苏木镇报送\nrelief policy show --policy banner.yaml",
		},
		"help.policy.show.flag.policy": {ZH: "要显示的政策`文件`（YAML），默认用所给文件夹中或工作簿旁的 relief.yaml，都不给时用当前文件夹中的，没有则用内置政策", EN: "the policy `FILE` (YAML) to show; default relief.yaml in the folder given or beside the workbook given, else in the current folder, else the built-in policy"},
		"help.policy.init.short":       {ZH: "生成一份带说明的政策文件（默认 relief.yaml）", EN: "Write a commented starter policy file (default relief.yaml)"},
		"help.policy.init.long": {
			ZH: `生成一份带中文说明的政策文件（默认文件名 relief.yaml），内容为内置的默认值，
每个键都注明含义和对应条款；用记事本修改后，放在工作簿所在的文件夹中即可生效。
文件已存在时不覆盖，除非加 --force。relief policy init - 把它写到标准输出。

退出状态：0 已写成；2 无法运行（文件已存在、无法写入）。`,
			EN: `Write a policy file with comments (default name relief.yaml) holding the built-in
defaults, each key explained with its clause; edit it in Notepad and keep it in the
workbooks' folder to use it. Refuses to overwrite an existing file unless --force is given;
relief policy init - prints it to standard output.

Exit status: 0 written; 2 could not run (the file exists, it cannot be written).`,
		},
		"help.policy.init.example": {
			ZH: "relief policy init\nrelief policy init 本旗政策.yaml\nrelief policy init -",
			EN: "relief policy init\nrelief policy init banner.yaml\nrelief policy init -",
		},
		"help.policy.init.flag.force": {ZH: "文件已存在时覆盖", EN: "overwrite the file if it exists"},

		// relief templates
		"help.templates.short": {ZH: "导出公示、通知书和名额分配通知的文字模板，以便修改", EN: "Export the wording of the notice, the letters and the quota notice, to edit it"},
		"help.templates.long": {
			ZH: `公示、救助通知书、不予救助告知书和名额分配通知的文字保存在模板文件中（notice.tmpl、letter.tmpl、
rejection.tmpl、allocation.tmpl）。用 relief templates export 文件夹 导出，用记事本修改后，在
relief notice、relief letters 和 relief budget --allocation 中加 --templates 文件夹 使用；
文件夹中没有的文件仍用内置文字。模板格式见每个文件开头的说明。
需要改动这些文件的措辞（如发放时间、咨询方式）时，在生成公示之前运行。

退出状态：0 完成；2 无法运行（文件夹中已有模板文件且未加 --force、无法写入）。`,
			EN: `The wording of the notice, the letters, the rejection letters and the quota notice is kept
in template files (notice.tmpl, letter.tmpl, rejection.tmpl, allocation.tmpl). Export them
with relief templates export DIR, edit them in Notepad, and give --templates DIR to relief
notice, relief letters and relief budget --allocation; a file not in the folder keeps the
built-in wording. Each file starts with how to write it. Run it before the notice when the
documents' wording must change (when the money is paid, whom to ask).

Exit status: 0 done; 2 could not run (wording files already in DIR without --force, a folder
that cannot be written).`,
		},
		"help.templates.example": {
			ZH: "relief templates export 文字模板\nrelief notice 救助申报表.xlsx -o 公示.pdf --templates 文字模板\nrelief letters 救助申报表.xlsx -o 通知书.pdf --templates 文字模板",
			EN: "relief templates export wording\nrelief notice 救助申报表.xlsx -o 公示.pdf --templates wording\nrelief letters 救助申报表.xlsx -o 通知书.pdf --templates wording",
		},
		"help.templates.export.short": {ZH: "把内置的文字模板写到文件夹中（已有文件不覆盖，除非加 --force）", EN: "Write the built-in wording files into DIR (refuses to overwrite without --force)"},
		"help.templates.export.long": {
			ZH: `把公示、救助通知书、不予救助告知书和名额分配通知的内置文字模板（notice.tmpl、letter.tmpl、
rejection.tmpl、allocation.tmpl）写到指定的文件夹中（文件夹不存在时自动建立），供用记事本修改。
文件夹中已有同名文件时一个也不写，除非加 --force（覆盖它们）。

退出状态：0 已写成；2 无法运行（已有同名文件且未加 --force、无法写入）。`,
			EN: `Write the built-in wording of the notice, the letters, the rejection letters and the quota
notice (notice.tmpl, letter.tmpl, rejection.tmpl, allocation.tmpl) into DIR (created if
needed), to edit in Notepad. If any of them is already there, none is written unless --force
is given (which overwrites them).

Exit status: 0 written; 2 could not run (a wording file already there without --force, a
folder that cannot be written).`,
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
