package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A sheet whose name Excel would refuse ([]:*?/\, written by another
// program or by hand) is still copied into the annotated workbook, under
// a name with the full-width forms of those characters, and the problem
// links lead to it.
func TestWriteAnnotatedOddSheetName(t *testing.T) {
	dir := t.TempDir()
	in := annotInput(t, dir, 3)
	res := annotResult(in, 3)
	odd := "救助[2026]/申报:*?\\表"
	res.Workbook.Sheets["applicants"].Name = odd
	for i := range res.Workbook.Problems {
		if res.Workbook.Problems[i].Sheet == "救助申报" {
			res.Workbook.Problems[i].Sheet = odd
		}
	}
	os.Remove(in) // copy from the rows as read
	out := filepath.Join(dir, "checked.xlsx")
	if err := WriteAnnotated(out, res); err != nil {
		t.Fatal(err)
	}
	f := annotOpen(t, out)
	list := strings.Join(f.GetSheetList(), ",")
	if !strings.Contains(list, "原表-救助［2026］／申报：＊？＼表") {
		t.Fatalf("sheets %s", list)
	}
	if ok, target, _ := f.GetCellHyperLink("问题清单", "C2"); !ok || !strings.Contains(target, "原表-救助［2026］") {
		t.Errorf("link %q", target)
	}
}

func TestSheetNameChars(t *testing.T) {
	for in, want := range map[string]string{
		"救助申报":           "救助申报",
		"a[1]:b/c\\d?e*": "a［1］：b／c＼d？e＊",
		"名\x1b单":         "名单",
		"𠀀册":             "_册",
	} {
		if got := sheetNameChars(in); got != want {
			t.Errorf("sheetNameChars(%q) = %q, want %q", in, got, want)
		}
	}
}
