package i18n

// Messages of the payment: the columns of the applicants sheet that
// record it (read by package roster), the payment status (package
// payment) and relief payout.
func init() {
	add(map[string]Text{
		"roster.account-stored-as-number": {
			ZH: "账号存成了数字，Excel 只保留15位有效数字，账号的后几位已经丢失：请把该单元格设为“文本”格式，再对照银行卡或一卡通重新录入",
			EN: "the account number is stored as a number; Excel keeps only 15 significant digits, so its last digits are lost: format the cell as Text and enter the number again from the card",
		},
		"roster.account-stored-as-number-short": {
			ZH: "账号存成了数字（目前未丢位）：请把该单元格设为“文本”格式，以免再次编辑时丢失后几位",
			EN: "the account number is stored as a number (no digits lost yet): format the cell as Text so that later edits cannot cut its last digits",
		},
		"roster.bad-account": {
			ZH: "账号只能由数字（和字母）组成，可用空格或“-”分组：请对照银行卡或一卡通改正",
			EN: "an account number holds only digits (and letters), optionally grouped by spaces or dashes: correct it from the card",
		},
		"workbook.values.account":       {ZH: "账号（文本格式），可用空格分组", EN: "account number (text), spaces allowed between groups"},
		"workbook.dv.account.prompt":    {ZH: "银行卡或一卡通账号。本列为文本格式，请勿改成数字格式（否则后几位会丢失）。", EN: "Bank card or 一卡通 account. The column is text: do not make it a number (the last digits would be lost)."},
		"workbook.field.payment_method": {ZH: "年终发放时填写：现金、银行卡或一卡通。", EN: "At the year-end payment: cash, bank card or 一卡通."},
		"workbook.field.account":        {ZH: "银行卡或一卡通账号（按文本填写）；现金发放的不填。", EN: "Bank card or 一卡通 account (as text); empty for cash."},
		"workbook.field.paid_on":        {ZH: "实际发放（领取）的日期。", EN: "The day the relief was paid (collected)."},
		"workbook.field.paid_amount":    {ZH: "实际发放的金额（元），应与核定的救助金额一致；未发放的留空。", EN: "The amount actually paid, in yuan; must equal the approved amount; empty while unpaid."},
		"workbook.field.signature":      {ZH: "打印后由领款人本人签字，表格中留空。", EN: "Signed by the recipient on the printed sheet; leave it empty here."},

		"report.budget.xlsx.account": {ZH: "账号", EN: "Account"},
		"payment.mismatch": {
			ZH: "实发金额 %[1]s 元与核定救助金额 %[2]s 元不符：请核对发放凭证后改正",
			EN: "paid %[1]s yuan, but %[2]s yuan was approved: check the payment record and correct it",
		},
		"payment.not-recipient": {
			ZH: "填有实发金额 %[1]s 元，但本人审核结论为“%[2]s”，不是救助对象：请核实是否错发或填错行",
			EN: "%[1]s yuan recorded as paid, but the verdict is %[2]s, not a recipient: check whether it was paid in error or entered on the wrong row",
		},
		"payment.before-final": {
			ZH: "已登记发放，但办理程序尚未完成（%[1]s）：按规定应在公示期满无异议后发放；已发放的，请在工作簿中补记审定日期、公示日期等程序记录",
			EN: "a payment is recorded, but the case is not final (%[1]s): relief is paid once the notice period has ended without objection; if it was, record the approval and notice days in the workbook",
		},
		"payment.incomplete": {
			ZH: "发放日期已填（%[1]s），但实发金额为空：请补填实发金额，未发放的请清空发放日期",
			EN: "a payment day is given (%[1]s) but no amount paid: fill in 实发金额, or clear the day if nothing was paid",
		},
		"payment.date-missing":   {ZH: "已发放，但未填发放日期：请补填", EN: "paid, but no payment day recorded: fill it in"},
		"payment.method-missing": {ZH: "已发放，但未填发放方式（现金、银行卡或一卡通）：请补填", EN: "paid, but the method (cash, bank card or 一卡通) is not recorded: fill it in"},
		"payment.account-missing": {
			ZH: "发放方式为%[1]s，但未填账号：请补填（按文本格式）",
			EN: "paid by %[1]s, but no account number recorded: fill it in (as text)",
		},
		"payment.over-fund": {
			ZH: "已发放合计 %[1]s 元，超过救助资金 %[2]s 元：请核对实发金额和资金来源（专款专用）",
			EN: "%[1]s yuan paid in all, more than the fund of %[2]s yuan: check the amounts paid and the fund's sources",
		},
		"payout.title": {ZH: "救助金发放情况　工作簿：%[1]s　核查日期：%[2]s", EN: "Relief payments   workbook: %[1]s   as of: %[2]s"},
		"payout.summary": {
			ZH: "救助对象 %[1]d 人，核定 %[2]s 元；已发放 %[3]d 人 %[4]s 元；未发放 %[5]d 人 %[6]s 元；金额不符 %[7]d 人",
			EN: "%[1]d recipients, %[2]s yuan approved; %[3]d paid, %[4]s yuan; %[5]d unpaid, %[6]s yuan; %[7]d paid a wrong amount",
		},
		"payout.col.recipients":      {ZH: "救助对象", EN: "Recipients"},
		"payout.col.approved":        {ZH: "核定金额", EN: "Approved"},
		"payout.col.paid":            {ZH: "已发人数", EN: "Paid"},
		"payout.col.paid-amount":     {ZH: "实发金额", EN: "Amount paid"},
		"payout.col.unpaid":          {ZH: "未发人数", EN: "Unpaid"},
		"payout.col.unpaid-amount":   {ZH: "未发金额", EN: "Amount unpaid"},
		"payout.col.mismatches":      {ZH: "金额不符", EN: "Wrong amount"},
		"payout.col.state":           {ZH: "发放情况", EN: "State"},
		"payout.col.paid-on":         {ZH: "发放日期", EN: "Paid on"},
		"payout.col.method":          {ZH: "发放方式", EN: "Method"},
		"payout.col.account":         {ZH: "账号", EN: "Account"},
		"payout.col.note":            {ZH: "说明", EN: "Note"},
		"payout.state.paid":          {ZH: "已发放", EN: "paid"},
		"payout.state.unpaid":        {ZH: "未发放", EN: "unpaid"},
		"payout.state.mismatch":      {ZH: "金额不符", EN: "wrong amount"},
		"payout.state.unreadable":    {ZH: "实发金额无法识别", EN: "amount unreadable"},
		"payout.state.not-recipient": {ZH: "非救助对象", EN: "not a recipient"},
		"payout.unpaid":              {ZH: "尚未发放（%[1]d 人）：", EN: "Still unpaid (%[1]d):"},
		"payout.wrong":               {ZH: "须核对的发放记录（%[1]d 人）：", EN: "Payments to check (%[1]d):"},
		"payout.paid":                {ZH: "已发放（%[1]d 人）：", EN: "Paid (%[1]d):"},
		"payout.ledger":              {ZH: "资金台账（专款专用）：", EN: "Fund ledger:"},
		"payout.problems":            {ZH: "发放记录的问题：", EN: "Problems in the payment records:"},
		"payout.ledger.source":       {ZH: "来源：%[1]s", EN: "Source: %[1]s"},
		"payout.ledger.approved":     {ZH: "核定发放", EN: "Approved"},
		"payout.ledger.paid":         {ZH: "已发放", EN: "Paid out"},
		"payout.ledger.remaining":    {ZH: "结余", EN: "Remaining"},
		"payout.xlsx.title":          {ZH: "%[1]d年度困难党员救助金发放情况", EN: "Relief payments %[1]d"},
		"payout.xlsx.detail-title":   {ZH: "%[1]d年度困难党员救助金发放明细", EN: "Relief payments %[1]d: by person"},
		"payout.xlsx.as-of":          {ZH: "统计日期：%[1]s", EN: "As of %[1]s"},
		"payout.xlsx.approved":       {ZH: "核定金额（元）", EN: "Approved (yuan)"},
		"payout.xlsx.paid-amount":    {ZH: "实发金额（元）", EN: "Paid (yuan)"},
		"payout.xlsx.unpaid-amount":  {ZH: "未发金额（元）", EN: "Unpaid (yuan)"},
		"payout.xlsx.subtotal":       {ZH: "小计（%[1]s）", EN: "Subtotal (%[1]s)"},
		"payout.xlsx.others":         {ZH: "非救助对象的发放记录（须核实）", EN: "Paid but not recipients (to check)"},
		"payout.xlsx.none":           {ZH: "本年没有救助对象，也没有发放记录。", EN: "No recipients and no payments this year."},
		"payout.done":                {ZH: "已写入发放情况 %[1]s", EN: "wrote the payment workbook %[1]s"},
	})
}
