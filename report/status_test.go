package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"relief/assessment"
	"relief/i18n"
	"relief/roster"
)

func stagesResult(t *testing.T) *assessment.Result {
	t.Helper()
	r, err := assessment.Run(assessment.Options{Workbook: "../testdata/stages.xlsx", AsOf: roster.Day{Y: 2026, M: 11, D: 27}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// relief status counts each township's applicants by stage, and those
// overdue or near the deadline; the counts add up to the applicants.
func TestStatus(t *testing.T) {
	r := stagesResult(t)
	var buf bytes.Buffer
	if err := Status(&buf, r, "json", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	var doc statusDoc
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != StatusSchema || len(doc.Townships) != 2 || doc.Total.Applicants != 14 || doc.Total.Overdue != 2 || doc.Total.Near != 2 {
		t.Fatalf("status %+v", doc)
	}
	if doc.Total.Stages != (stageCounts{Applied: 2, Surveyed: 1, Assessed: 1, Reviewed: 2, Approved: 3, Noticed: 3, Final: 2}) {
		t.Errorf("stages %+v", doc.Total.Stages)
	}
	sum := 0
	for _, tw := range doc.Townships {
		n := 0
		for _, c := range tw.Stages.list() {
			n += c
		}
		if n != tw.Applicants {
			t.Errorf("%s: stages add up to %d of %d", tw.Township, n, tw.Applicants)
		}
		sum += tw.Applicants
	}
	// 寅占山's row has an error (approved without the survey): late all
	// the same (§5.6).
	if sum != doc.Total.Applicants || len(doc.Late) != 4 || doc.Late[0].Name != "丙建国" || doc.Late[0].Message == "" || doc.Late[3].Name != "寅占山" {
		t.Errorf("late %+v", doc.Late)
	}

	buf.Reset()
	if err := Status(&buf, r, "csv", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\r\n")
	if lines[0] != utf8BOM+"township,applicants,applied,surveyed,assessed,reviewed,approved,noticed,final,overdue,near" ||
		lines[1] != "乌加河镇,8,1,1,0,1,2,2,1,0,1" || len(lines) != 3 {
		t.Errorf("csv:\n%s", buf.String())
	}

	buf.Reset()
	if err := Status(&buf, r, "text", i18n.EN); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Township") || !strings.Contains(buf.String(), "final") || !strings.Contains(buf.String(), "2 overdue, 2 near") {
		t.Errorf("text:\n%s", buf.String())
	}
}
