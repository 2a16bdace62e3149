package roster

import (
	"fmt"
	"os"
	"testing"

	"relief/i18n"
)

func TestZZReadDebug(t *testing.T) {
	path := os.Getenv("RDBG")
	if path == "" {
		t.Skip()
	}
	wb, err := Read(path, Options{AsOf: Day{2026, 11, 27}})
	if err != nil {
		t.Fatal(err)
	}
	for k, si := range wb.Sheets {
		fmt.Printf("sheet %s: %+v\n", k, *si)
	}
	fmt.Println("members", len(wb.Members), "counts", wb.Counts, "applicants", len(wb.Applicants), "funds", wb.Funds)
	for _, a := range wb.Applicants {
		fmt.Printf("%d %s %s %s %s %v %v %v inv=%v\n", a.Row, a.Name, a.IDNumber, a.Gender, a.AppliedOn, a.HardshipCauses, a.HouseholdIncome, a.Votes.Present, a.Invalid)
	}
	for _, p := range wb.Problems {
		fmt.Printf("%s %s %s %s %d %s %q %s\n", p.Severity, p.Code, p.Sheet, p.Cell, p.Row, p.Field, p.Value, p.Msg.In(i18n.ZH))
	}
}

func TestZZExcelizeErrors(t *testing.T) {
	if os.Getenv("RDBG2") == "" {
		t.Skip()
	}
	for _, c := range []struct{ p, pw string }{{"../testdata/bad/encrypted.xlsx", ""}, {"../testdata/bad/encrypted.xlsx", "wrong"}, {"../testdata/bad/encrypted.xlsx", "relief2026"}, {"../testdata/bad/legacy.xls", ""}, {"../testdata/bad/truncated.xlsx", ""}, {"../testdata/bad/empty.xlsx", ""}, {"../testdata/bad/bomb.xlsx", ""}, {"../testdata/bad/empty-zip.xlsx", ""}, {"../testdata/bad/not-a-workbook.xlsx", ""}} {
		f, err := excelizeOpen(c.p, c.pw)
		fmt.Printf("%s %q: %v\n", c.p, c.pw, err)
		if f != nil {
			f.Close()
		}
		wb, err := Read(c.p, Options{Password: c.pw})
		fmt.Printf("   Read: %v %v\n", wb != nil, err)
	}
}
