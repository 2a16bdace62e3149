package report

import (
	"bytes"
	"path/filepath"
	"testing"

	"relief/assessment"
	"relief/i18n"
	"relief/roster"
)

// The JSON report is written one applicant at a time, and reads the same
// as the whole document encoded at once.
func TestCheckJSONStream(t *testing.T) {
	for _, name := range []string{"sample.xlsx", "messy.xlsx", "clean.xlsx", "counts.xlsx", "hostile/funds-crc.xlsx"} {
		res, err := assessment.Run(assessment.Options{Workbook: filepath.Join("..", "testdata", name), AsOf: roster.Day{Y: 2026, M: 11, D: 27}})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
			var whole, stream bytes.Buffer
			if err := writeJSON(&whole, checkJSON(res, l)); err != nil {
				t.Fatal(err)
			}
			if err := checkJSONStream(&stream, res, l); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(whole.Bytes(), stream.Bytes()) {
				t.Errorf("%s: streamed JSON differs:\n%s\nwant\n%s", name, stream.String(), whole.String())
			}
		}
	}
	res := &assessment.Result{Workbook: &roster.Workbook{Path: "x.xlsx"}}
	var whole, stream bytes.Buffer
	writeJSON(&whole, checkJSON(res, i18n.ZH))
	checkJSONStream(&stream, res, i18n.ZH)
	if !bytes.Equal(whole.Bytes(), stream.Bytes()) {
		t.Errorf("empty: %s\nwant\n%s", stream.String(), whole.String())
	}
}
