package i18n

// Messages of roster's value parsers: what is wrong with one cell and what
// the clerk should do about it. The sheet, cell and raw value are shown
// beside the message, so the message does not repeat them.
func init() {
	add(map[string]Text{
		// Identity numbers.
		"roster.id-length": {
			ZH: "身份证号码应为18位，现为%[1]d位：请对照身份证核对后重新录入",
			EN: "an identity number has 18 characters, this one has %[1]d: check it against the ID card and enter it again",
		},
		"roster.id-chars": {
			ZH: "身份证号码只能是数字，最后一位可以是X，号码中却有“%[1]s”：请对照身份证核对后重新录入",
			EN: "an identity number is digits only, with an X allowed last, but this one contains \"%[1]s\": check it against the ID card and enter it again",
		},
		"roster.id-birthdate": {
			ZH: "身份证号码中的出生日期“%[1]s”不是有效日期，号码有误：请对照身份证核对后重新录入",
			EN: "the birth date %[1]s inside the identity number is not a real date, so the number is wrong: check it against the ID card and enter it again",
		},
		"roster.id-checksum": {
			ZH: "身份证号码校验位不符，说明号码中有录错的数字：请对照身份证逐位核对后重新录入",
			EN: "the identity number fails its check character, so a digit was mistyped: check it digit by digit against the ID card and enter it again",
		},
		"roster.id-stored-as-number": {
			ZH: "身份证号码存成了数字，Excel 只保留15位有效数字，号码的后几位已经丢失或不可信：请把该单元格设为“文本”格式，再对照身份证重新录入",
			EN: "the identity number is stored as a number; Excel keeps only 15 significant digits, so its last digits are lost or untrustworthy: format the cell as Text and enter the number again from the ID card",
		},
		"roster.id-stored-as-number-15": {
			ZH: "这个15位旧身份证号码存成了数字（15位数字未丢失）：请把该单元格设为“文本”格式，并改填本人现用的18位号码",
			EN: "this 15-digit legacy identity number is stored as a number (no digits were lost): format the cell as Text and enter the holder's current 18-character number",
		},
		"roster.id-legacy-15": {
			ZH: "这是15位的旧身份证号码，已按国家标准换算为18位 %[1]s：请核实本人现用身份证号码，并在表中改为18位",
			EN: "this is a legacy 15-digit identity number, converted by the national standard to %[1]s: check the person's current ID card and enter the 18-character number",
		},

		// Dates.
		"roster.bad-date": {
			ZH: "无法识别的日期：请写成 2026-09-05 或 2026年9月5日 的形式",
			EN: "cannot read the date: write it as 2026-09-05 or 2026年9月5日",
		},
		"roster.bad-month-date": {
			ZH: "无法识别的日期：请写成 1975-03-15 或 1975年3月15日 的形式，只知道年月的写成 1975-03 或 1975年3月",
			EN: "cannot read the date: write it as 1975-03-15 or 1975年3月15日, or, if only the month is known, as 1975-03 or 1975年3月",
		},
		"roster.bad-date-month": {
			ZH: "日期中的月份应为1至12，这里是%[1]d：请核对后重新录入",
			EN: "the month of a date is 1 to 12, here it is %[1]d: check the date and enter it again",
		},
		"roster.bad-date-calendar": {
			ZH: "%[1]d年%[2]d月没有%[3]d日：请核对后重新录入",
			EN: "there is no day %[3]d in %[1]d-%02[2]d: check the date and enter it again",
		},
		"roster.bad-date-range": {
			ZH: "日期的年份%[1]d不在1900年至2200年之间：请核对后重新录入",
			EN: "the year %[1]d of the date is not between 1900 and 2200: check the date and enter it again",
		},
		"roster.bad-date-serial": {
			ZH: "单元格中的数字 %[1]s 换算不出合理的日期：请改写成 2026-09-05 或 2026年9月5日 的形式",
			EN: "the number %[1]s in the cell is not a plausible date: write the date as 2026-09-05 or 2026年9月5日",
		},
		"roster.bad-date-month-number": {
			ZH: "年月被存成了数字，看不出是%[1]d年1月还是10月：请把单元格设为“文本”格式，写成 %[1]d-01 或 %[1]d-10",
			EN: "the month was stored as a number, so it may be January or October %[1]d: format the cell as Text and write %[1]d-01 or %[1]d-10",
		},

		// Numbers and money.
		"roster.bad-number": {
			ZH: "无法识别的数字：请只填写阿拉伯数字，如 12",
			EN: "cannot read the number: enter digits only, e.g. 12",
		},
		"roster.bad-number-negative": {
			ZH: "这里不能是负数：请核对后重新录入",
			EN: "this cannot be negative: check it and enter it again",
		},
		"roster.bad-number-fraction": {
			ZH: "这里应为整数：请核对后重新录入",
			EN: "this must be a whole number: check it and enter it again",
		},
		"roster.bad-number-large": {
			ZH: "数字大得不合常理：请核对后重新录入",
			EN: "the number is implausibly large: check it and enter it again",
		},
		"roster.bad-number-min": {
			ZH: "这里至少应为%[1]d：请核对后重新录入",
			EN: "this must be at least %[1]d: check it and enter it again",
		},
		"roster.bad-money": {
			ZH: "无法识别的金额：请填写以元为单位的阿拉伯数字，如 12000 或 12000.50",
			EN: "cannot read the amount: enter yuan in digits, e.g. 12000 or 12000.50",
		},
		"roster.bad-money-precision": {
			ZH: "金额最多有两位小数（到分）：请核对后重新录入",
			EN: "an amount has at most two decimal places (fen): check it and enter it again",
		},
		"roster.bad-money-negative": {
			ZH: "金额不能是负数：请核对后重新录入",
			EN: "an amount cannot be negative: check it and enter it again",
		},
		"roster.bad-money-large": {
			ZH: "金额大得不合常理：请核对单位（元）后重新录入",
			EN: "the amount is implausibly large: check that it is in yuan and enter it again",
		},

		// Listed values.
		"roster.bad-value": {
			ZH: "不是可选的值：请填写 %[1]s 中的一项",
			EN: "not an allowed value: enter one of %[1]s",
		},
		"roster.bad-value-list": {
			ZH: "“%[1]s”不是可选的值：请从 %[2]s 中选填一项或几项，用顿号（、）分隔，都不是的填“无”",
			EN: "\"%[1]s\" is not an allowed value: enter one or more of %[2]s, separated by 、, or 无 if none applies",
		},
	})
}
