package i18n

// Messages of package policy and of relief policy.
func init() {
	add(map[string]Text{
		"policy.not-found": {
			ZH: "找不到政策文件 %[1]s：请检查文件名，或运行 relief policy init 生成一个",
			EN: "policy file %[1]s not found: check the name, or run relief policy init to create one",
		},
		"policy.unreadable": {
			ZH: "无法读取政策文件 %[1]s（%[2]s）：请检查文件是否存在、是否有读取权限",
			EN: "cannot read the policy file %[1]s (%[2]s): check that it exists and can be read",
		},
		"policy.several": {
			ZH: "找到多个内容不同的政策文件（%[1]s），一次审核只能用一个政策：请用 --policy 指定其中一个，或删去多余的",
			EN: "several policy files that differ were found (%[1]s), and a run uses one policy: name one with --policy, or remove the others",
		},
		"policy.is-dir": {
			ZH: "%[1]s 是文件夹，不是政策文件：请指定 .yaml 文件",
			EN: "%[1]s is a folder, not a policy file: name a .yaml file",
		},
		"policy.too-big": {
			ZH: "政策文件 %[1]s 太大（超过 1 MB），不像是政策文件：请检查是否选错了文件",
			EN: "the policy file %[1]s is over 1 MB, too big for a policy file: check that it is the right file",
		},
		"policy.encoding": {
			ZH: "政策文件 %[1]s 的文字编码无法识别：请用记事本打开，“另存为”时编码选 UTF-8 后再使用",
			EN: "the text encoding of the policy file %[1]s is not recognised: open it in Notepad and save it as UTF-8",
		},
		"policy.multi-doc": {
			ZH: "政策文件 %[1]s 第 %[2]d 行开始了第二个 YAML 文档（“---”之后）：relief 只读第一个文档，后面的设置不会生效；请删去多余的“---”，把全部设置写在一起",
			EN: "the policy file %[1]s starts a second YAML document at line %[2]d (after ---): relief reads only the first, so those settings would not apply; remove the extra --- and keep all settings together",
		},
		"policy.warn-after-deadline": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：deadline.warn_days（%[3]d 天）大于 deadline.days（%[4]d 天），提醒天数不能超过期限本身：请把 warn_days 改为不超过 %[4]d 的天数",
			EN: "the policy file %[1]s, line %[2]d: deadline.warn_days (%[3]d) is greater than deadline.days (%[4]d), and a warning cannot come before the period starts: set warn_days to %[4]d or less",
		},
		"policy.yaml": {
			ZH: "政策文件 %[1]s 格式有误（%[2]s）：请检查该行的缩进和冒号，可运行 relief policy init 参照示例文件",
			EN: "the policy file %[1]s is not valid YAML (%[2]s): check the indentation and colons on that line; relief policy init writes an example",
		},
		"policy.top-not-mapping": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：文件应由“键: 值”组成，可用的键：%[3]s",
			EN: "policy file %[1]s line %[2]d: the file must be a set of \"key: value\" entries; allowed keys: %[3]s",
		},
		"policy.not-mapping": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 下应是缩进的“键: 值”，可用的键：%[4]s",
			EN: "policy file %[1]s line %[2]d: %[3]s must hold indented \"key: value\" entries; allowed keys: %[4]s",
		},
		"policy.not-scalar": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 应是单个值，不能是列表或下级键",
			EN: "policy file %[1]s line %[2]d: %[3]s takes a single value, not a list or keys",
		},
		"policy.unknown-key": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：不认识的键 %[3]s，这里可用的键：%[4]s",
			EN: "policy file %[1]s line %[2]d: unknown key %[3]s; allowed keys here: %[4]s",
		},
		"policy.duplicate-key": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：键 %[3]s 在第 %[4]d 行已经出现过，请只保留一处",
			EN: "policy file %[1]s line %[2]d: key %[3]s is already given on line %[4]d; keep only one",
		},
		"policy.bad-ratio": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 的值“%[4]s”无效，请写大于 0、不超过 1 的小数或百分数，如 0.025 或 2.5%%",
			EN: "policy file %[1]s line %[2]d: %[3]s %[4]q is not valid; write a fraction above 0 and at most 1, as a decimal or a percentage, e.g. 0.025 or 2.5%%",
		},
		"policy.bad-choice": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 的值“%[4]s”无效，可用的值：%[5]s",
			EN: "policy file %[1]s line %[2]d: %[3]s %[4]q is not valid; allowed values: %[5]s",
		},
		"policy.bad-choice-empty": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 的值“%[4]s”无效，可用的值：%[5]s，或留空（\"\"）",
			EN: "policy file %[1]s line %[2]d: %[3]s %[4]q is not valid; allowed values: %[5]s, or empty (\"\")",
		},
		"policy.bad-list": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 的值“%[4]s”无效，请写成方括号中的列表，每项为 %[5]s 之一，如 [赌博, 吸毒]",
			EN: "policy file %[1]s line %[2]d: %[3]s %[4]q is not valid; write a list in square brackets, each item one of %[5]s, e.g. [赌博, 吸毒]",
		},
		"policy.bad-money": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 的值“%[4]s”无效，请写不小于 0 的金额（元），如 1000 或 1000.50",
			EN: "policy file %[1]s line %[2]d: %[3]s %[4]q is not valid; write a sum in yuan of 0 or more, e.g. 1000 or 1000.50",
		},
		"policy.bad-money-range": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 的值“%[4]s”过大：金额以元为单位，不能超过一万亿元，请核对位数",
			EN: "policy file %[1]s line %[2]d: %[3]s %[4]q is too large: sums are in yuan and cannot exceed a trillion; check the digits",
		},
		"policy.bad-money-positive": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 的值“%[4]s”无效，请写大于 0 的金额（元），如 1 或 10",
			EN: "policy file %[1]s line %[2]d: %[3]s %[4]q is not valid; write a sum in yuan above 0, e.g. 1 or 10",
		},
		"policy.bad-int": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 的值“%[4]s”无效，请写 %[5]d 到 %[6]d 之间的整数",
			EN: "policy file %[1]s line %[2]d: %[3]s %[4]q is not valid; write a whole number from %[5]d to %[6]d",
		},
		"policy.bad-bool": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 的值“%[4]s”无效，可用的值：true, false",
			EN: "policy file %[1]s line %[2]d: %[3]s %[4]q is not valid; allowed values: true, false",
		},
		"policy.bad-text": {
			ZH: "政策文件 %[1]s 第 %[2]d 行：%[3]s 不能为空（现为“%[4]s”），请填写",
			EN: "policy file %[1]s line %[2]d: %[3]s must not be empty (%[4]q); fill it in",
		},

		"policy.show.defaults": {
			ZH: "生效的救助政策：全部为默认值（“政策文件规定”出自《实施意见》，“党章规定”出自党章和党支部工作条例，“程序设定”由本程序选定，可按本旗规定修改）",
			EN: "effective relief policy: all built-in defaults (\"set by the policy document\": the working opinions; \"set by the Party's rules\": the Party Constitution and the branch work regulations; \"the program's choice\": chosen by this program, to change to your banner's rules)",
		},
		"policy.show.file": {
			ZH: "生效的救助政策：读取自 %[1]s，未写的键取默认值（“政策文件规定”出自《实施意见》，“党章规定”出自党章和党支部工作条例，“程序设定”由本程序选定）",
			EN: "effective relief policy: read from %[1]s; keys it does not set keep their defaults (\"set by the policy document\": the working opinions; \"set by the Party's rules\": the Party Constitution and the branch work regulations; \"the program's choice\": chosen by this program)",
		},
		"policy.show.default.document":     {ZH: "默认，政策文件规定", EN: "default, set by the policy document"},
		"policy.show.default.constitution": {ZH: "默认，党章规定", EN: "default, set by the Party's rules"},
		"policy.show.default.program":      {ZH: "默认，程序设定", EN: "default, the program's choice"},
		"policy.show.from":                 {ZH: "来自 %[1]s", EN: "from %[1]s"},

		"policy.init.exists": {
			ZH: "%[1]s 已存在，未覆盖：要覆盖请加 --force，或换一个文件名",
			EN: "%[1]s already exists and was left alone: add --force to overwrite it, or give another name",
		},
		"policy.init.done": {
			ZH: "已写入政策文件 %[1]s（默认值，附说明）。按本旗规定修改后，放在工作簿旁并命名为 relief.yaml 即自动生效",
			EN: "wrote the policy file %[1]s (the defaults, with notes). Edit it to your banner's rules; named relief.yaml beside the workbook, it is used automatically",
		},
		"policy.subcommand": {
			ZH: "%[1]s 没有子命令“%[2]s”：请用 show（显示生效的政策）或 init（生成政策文件）",
			EN: "%[1]s has no subcommand %[2]q: use show (print the effective policy) or init (write a policy file)",
		},
		"policy.no-workbook": {
			ZH: "找不到工作簿 %[1]s：请检查文件名和路径",
			EN: "workbook %[1]s not found: check the name and the folder",
		},
		"policy.arg-file": {
			ZH: "至多一个政策文件名",
			EN: "at most one policy file name",
		},
		"policy.arg-workbook": {
			ZH: "至多一个工作簿文件（.xlsx）或文件夹",
			EN: "at most one workbook file (.xlsx) or folder",
		},
	})
}
