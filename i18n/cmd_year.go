package i18n

// Messages of the commands of the year's records: relief review, payout,
// report and verify, and the flags --previous and --review.
func init() {
	add(map[string]Text{
		"cmd.xlsx-out-required": {
			ZH: "请用 -o 指定输出的工作簿文件名，例如 -o %[1]s",
			EN: "give the workbook to write with -o, e.g. -o %[1]s",
		},
		"cmd.blank-file-flag": {
			ZH: "--previous 或 --review 的文件名是空的：请写出文件名",
			EN: "--previous or --review was given an empty file name: name the file",
		},
	})
}
