package i18n

// Messages of the copies of the original sheets in relief check -o's
// annotated workbook (report/annotated_copy.go).
func init() {
	add(map[string]Text{
		// A copy of a long sheet holds its header and its rows with a
		// problem; this note, on cell A1, says so.
		"workbook.copy.partial": {
			ZH: "原表共有 %[1]d 行，整表复制会让本工作簿难以打开：这里只复制了表头（第 1–%[2]d 行）和有问题的 %[3]d 行，行号与原表相同；其余各行没有问题，请在原工作簿中查看。",
			EN: "The original sheet has %[1]d rows, too many to copy whole: this copy holds its header (rows 1–%[2]d) and the %[3]d rows with a problem, at their own row numbers; the other rows have no problem and are in the original workbook.",
		},
		"workbook.copy.partial-cut": {
			ZH: "原表共有 %[1]d 行，整表复制会让本工作簿难以打开：这里只复制了表头（第 1–%[2]d 行）和有问题的前 %[3]d 行（共 %[4]d 行有问题，都列在“问题清单”中），行号与原表相同；其余各行请在原工作簿中查看。",
			EN: "The original sheet has %[1]d rows, too many to copy whole: this copy holds its header (rows 1–%[2]d) and the first %[3]d of the %[4]d rows with a problem (all listed on Problems), at their own row numbers; see the other rows in the original workbook.",
		},
	})
}
