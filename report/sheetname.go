package report

import (
	"strings"
	"unicode"
)

// sheetNameChars makes a sheet name from a workbook fit to name a sheet
// that relief writes. Excel refuses : \ / ? * [ ] in a sheet name, but
// another program or a hand-written workbook may have them: they become
// their full-width forms, which read the same to a clerk. Control
// characters are dropped, and a character beyond the Basic Multilingual
// Plane (two UTF-16 units, which Excel's 31-unit limit counts twice)
// becomes _.
func sheetNameChars(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case strings.ContainsRune(`:\/?*[]`, r):
			b.WriteRune(r - 0x20 + 0xFF00) // the full-width form
		case unicode.IsControl(r):
		case r > 0xFFFF:
			b.WriteByte('_')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
