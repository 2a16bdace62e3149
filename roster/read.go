package roster

import "relief/i18n"

// Options tune how a workbook is read.
type Options struct {
	Password string // for an encrypted workbook
	AsOf     Day    // dates after this day are warned about (zero: not checked)
}

// Read reads the workbook at path. Bad input that stops reading altogether
// (no such file, not a workbook, no applicants sheet …) is returned as an
// *i18n.Error; problems inside the sheets are in Workbook.Problems.
func Read(path string, opt Options) (*Workbook, error) {
	return nil, i18n.Errorf("not-implemented")
}
