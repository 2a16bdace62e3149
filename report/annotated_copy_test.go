package report

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/roster"
)

// A sheet longer than copyWholeRows is copied as its header and its rows
// with a problem, at their row numbers, with a note on A1.
func TestCopyLongSheet(t *testing.T) {
	dir := t.TempDir()
	const members = copyWholeRows + 500
	in := annotInput(t, dir, members)
	out := filepath.Join(dir, "checked.xlsx")
	if err := WriteAnnotated(out, annotResult(in, members)); err != nil {
		t.Fatal(err)
	}
	f := annotOpen(t, out)
	rows, _ := f.GetRows("原表-党员名册")
	if len(rows) != 3 || rows[0][0] != "姓名" || len(rows[1]) != 0 || rows[2][0] != "党员1" {
		t.Errorf("copy rows %q", rows[:min(len(rows), 5)])
	}
	if dim, _ := f.GetSheetDimension("原表-党员名册"); dim != "A1:D3" {
		t.Errorf("dimension %q", dim)
	}
	cms, _ := f.GetComments("原表-党员名册")
	note := ""
	for _, c := range cms {
		if c.Cell == "A1" {
			note = c.Text
			for _, p := range c.Paragraph {
				note += p.Text
			}
		}
	}
	if !strings.Contains(note, "10501 行") || !strings.Contains(note, "有问题的 1 行") {
		t.Errorf("note %q", note)
	}
	// The applicants sheet, short, is copied whole.
	if rows, _ := f.GetRows("原表-救助申报"); len(rows) != 5 {
		t.Errorf("applicants copy %d rows", len(rows))
	}
}

// The hostile workbooks of testdata/hostile are copied in time linear in
// their cells: a cell in XFD sets the widths of its columns in a few
// ranges, an 80,000-character number format is not parsed as a date,
// rows stored bottom up are copied in order; and nothing is left in the
// temporary folder.
func TestCopyHostile(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	copyOf := func(t *testing.T, name string) (*assessment.Result, string) {
		t.Helper()
		res, err := assessment.Run(assessment.Options{Workbook: filepath.Join("..", "testdata", "hostile", name+".xlsx"), AsOf: roster.Day{Y: 2026, M: 11, D: 27}})
		if err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(t.TempDir(), "checked.xlsx")
		if err := WriteAnnotated(out, res); err != nil {
			t.Fatal(err)
		}
		return res, out
	}
	t.Run("a cell in XFD", func(t *testing.T) {
		_, out := copyOf(t, "cell-xfd")
		body := annotPart(t, out, "原表-救助申报")
		if n := strings.Count(body, "<col "); n > 40 {
			t.Errorf("%d column ranges", n)
		}
		if n := strings.Count(body, "<c "); n > 2000 {
			t.Errorf("%d cells written", n)
		}
		f := annotOpen(t, out)
		if v, _ := f.GetCellValue("原表-救助申报", "XFD5"); v != "备注" {
			t.Errorf("XFD5 = %q", v)
		}
	})
	t.Run("an 80,000-character number format", func(t *testing.T) {
		res, out := copyOf(t, "numfmt-80k")
		f := annotOpen(t, out)
		want := res.Workbook.Applicants[0].Raw[10]
		if v, _ := f.GetCellValue("原表-救助申报", "K5"); v != want {
			t.Errorf("K5 = %q, want %q", v, want)
		}
	})
	t.Run("rows stored bottom up", func(t *testing.T) {
		_, out := copyOf(t, "header-swapped")
		f := annotOpen(t, out)
		rows, _ := f.GetRows("原表-救助申报")
		if len(rows) < 5 || rows[2][0] == "" || rows[3][len(rows[3])-1] == "" {
			t.Errorf("copy rows %q", rows[:min(len(rows), 5)])
		}
	})
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// annotPart returns the XML of an output sheet, by its name.
func annotPart(t *testing.T, path, sheet string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	read := func(name string) string {
		for _, zf := range zr.File {
			if zf.Name == name {
				rc, err := zf.Open()
				if err != nil {
					t.Fatal(err)
				}
				defer rc.Close()
				b, _ := io.ReadAll(rc)
				return string(b)
			}
		}
		return ""
	}
	wb, rels := read("xl/workbook.xml"), read("xl/_rels/workbook.xml.rels")
	m := regexp.MustCompile(`<sheet name="` + regexp.QuoteMeta(sheet) + `" sheetId="\d+" r:id="(rId\d+)"`).FindStringSubmatch(wb)
	if m == nil {
		t.Fatalf("no sheet %s", sheet)
	}
	tm := regexp.MustCompile(`Id="` + m[1] + `"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="` + m[1] + `"`).FindStringSubmatch(rels)
	if tm == nil {
		t.Fatalf("no target for %s", m[1])
	}
	target := tm[1] + tm[2]
	return read("xl/" + strings.TrimPrefix(target, "/xl/"))
}

// A sheet of few rows but much text is copied as its rows with a problem
// too: each copy stays well below the size at which the stream writer
// spills to a temporary file.
func TestCopyLargeText(t *testing.T) {
	dir := t.TempDir()
	in := annotInput(t, dir, 0)
	f, err := excelize.OpenFile(in)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("备注很长", 1000)
	for r := 2; r <= 3000; r++ {
		f.SetSheetRow("党员名册", fmt.Sprintf("A%d", r), &[]string{fmt.Sprintf("党员%d", r), "150824198001010000", "海流图镇", long})
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res := annotResult(in, 3000)
	out := filepath.Join(dir, "checked.xlsx")
	if err := WriteAnnotated(out, res); err != nil {
		t.Fatal(err)
	}
	g := annotOpen(t, out)
	rows, _ := g.GetRows("原表-党员名册")
	if len(rows) != 3 || rows[2][0] != "党员3" || len(rows[1]) != 0 {
		t.Errorf("copy of %d rows", len(rows))
	}
	if n := len(annotPart(t, out, "原表-党员名册")); n > 1<<20 {
		t.Errorf("copy of %d bytes", n)
	}
}
