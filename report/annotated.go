package report

import (
	"relief/assessment"
	"relief/i18n"
)

// STUB until the annotated workbook lands.

// WriteAnnotated writes the annotated result workbook to path.
func WriteAnnotated(path string, r *assessment.Result) error {
	return i18n.Errorf("not-implemented")
}
