package i18n

// The progress line of a long read (cmd/progress.go).
func init() {
	add(map[string]Text{
		"cmd.progress": {ZH: "正在读取“%[1]s”：第 %[2]d 行……", EN: "reading %[1]q: row %[2]d…"},
	})
}
