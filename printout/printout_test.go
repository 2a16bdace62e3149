package printout

import (
	"fmt"
	"testing"

	"github.com/xuri/excelize/v2"
	"pgregory.net/rapid"
)

func name(f *excelize.File, n, scope string) string {
	for _, d := range f.GetDefinedName() {
		if d.Name == n && d.Scope == scope {
			return d.RefersTo
		}
	}
	return ""
}

// A sheet prints upright when its printed columns fit, across when they
// do not, and at full size on pages across when shrinking would make the
// type too small; every sheet on A4 with its footer, titles and area.
func TestSetup(t *testing.T) {
	for _, tt := range []struct {
		cols         int
		width        float64
		orient       string
		fit          bool
		area, titles string
		page         Page
	}{
		{4, 20, "portrait", true, "'S 1'!$A$1:$D$9", "'S 1'!$1:$2", Page{Cols: 4, Rows: 9, TitleFirst: 1, TitleLast: 2}},
		{8, 17, "landscape", true, "'S 1'!$A$1:$H$30", "'S 1'!$1:$1", Page{Cols: 8, Rows: 30, TitleFirst: 1, TitleLast: 1}},
		{28, 12, "landscape", false, "'S 1'!$A:$AB", "'S 1'!$A:$B,'S 1'!$1:$1", Page{Cols: 28, TitleFirst: 1, TitleCols: 2}},
		{3, 10, "landscape", false, "", "'S 1'!$A:$A", Page{Wide: true, TitleCols: 1}},
	} {
		f := excelize.NewFile()
		f.SetSheetName("Sheet1", "S 1")
		for c := 1; c <= tt.cols; c++ {
			n, _ := excelize.ColumnNumberToName(c)
			f.SetColWidth("S 1", n, n, tt.width)
			f.SetCellStr("S 1", n+"1", "x")
		}
		if err := Setup(f, "S 1", tt.page); err != nil {
			t.Fatal(err)
		}
		pl, _ := f.GetPageLayout("S 1")
		if *pl.Size != 9 || *pl.Orientation != tt.orient {
			t.Errorf("%+v: size %d orientation %s, want A4 %s", tt.page, *pl.Size, *pl.Orientation, tt.orient)
		}
		props, _ := f.GetSheetProps("S 1")
		if fit := props.FitToPage != nil && *props.FitToPage; fit != tt.fit || fit && (*pl.FitToWidth != 1 || *pl.FitToHeight != 0) {
			t.Errorf("%+v: fit %v %+v, want %v", tt.page, fit, pl, tt.fit)
		}
		if got := name(f, "_xlnm.Print_Area", "S 1"); got != tt.area {
			t.Errorf("%+v: print area %q, want %q", tt.page, got, tt.area)
		}
		if got := name(f, "_xlnm.Print_Titles", "S 1"); got != tt.titles {
			t.Errorf("%+v: titles %q, want %q", tt.page, got, tt.titles)
		}
		hf, _ := f.GetHeaderFooter("S 1")
		if hf.OddFooter != "&L&A&C第 &P 页，共 &N 页" {
			t.Errorf("footer %q", hf.OddFooter)
		}
		f.Close()
	}
}

// The breaks Breaks places keep every page within the safe share of a
// page, keep the closing rows together on the last page with rows above
// them, and leave no page empty.
func TestBreaks(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 120).Draw(t, "rows")
		first := 4
		last := first + n + 2 // n table rows, a total, a closing line
		tail := last - 1
		heights := make([]float64, last+1)
		heights[1], heights[2], heights[3] = 36, 26, 24
		for r := first; r <= last; r++ {
			heights[r] = float64(rapid.IntRange(15, 90).Draw(t, fmt.Sprint("h", r)))
		}
		pageH := float64(rapid.IntRange(300, 900).Draw(t, "page"))
		breaks := Breaks(heights, first, tail, last, 2, 3, 3, pageH)
		starts := append([]int{first}, breaks...)
		for i, s := range starts {
			end := last
			if i+1 < len(starts) {
				end = starts[i+1] - 1
			}
			if end < s {
				t.Fatalf("empty page at %d: breaks %v", s, breaks)
			}
			used := rowsHeight(heights, s, end)
			if i == 0 {
				used += rowsHeight(heights, 1, first-1)
			} else {
				used += heights[3]
			}
			// A page may overflow only when a single row (or the
			// closing rows with their two) cannot fit anyway.
			if used > pageH*safeShare && end-s > 0 && !(end == last && s >= tail-2) {
				t.Fatalf("page from row %d to %d holds %.0f of %.0f: breaks %v", s, end, used, pageH*safeShare, breaks)
			}
		}
		if len(breaks) > 0 {
			lastStart := breaks[len(breaks)-1]
			if lastStart > max(tail-2, first+1) {
				t.Fatalf("the last page starts at %d, leaving fewer than 2 rows above the total at %d: %v", lastStart, tail, breaks)
			}
		}
	})
}
