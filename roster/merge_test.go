package roster

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadMergeRanges(t *testing.T) {
	filler := strings.Repeat(`<row r="9"><c r="A9" t="inlineStr"><is><t>mergeCells &lt;mergeCells</t></is></c></row>`, 3000)
	tests := []struct {
		name, part string
		want       []string
	}{
		{"none", `<worksheet><sheetData><row r="1"/></sheetData></worksheet>`, nil},
		{"empty", `<worksheet><sheetData/><mergeCells/></worksheet>`, nil},
		{
			"vertical ones only, by first row",
			`<worksheet><sheetData/><mergeCells count="4"><mergeCell ref="D5:D9"/><mergeCell ref="A1:P1"/><mergeCell ref="B2:C3"/><mergeCell ref="bad"/></mergeCells></worksheet>`,
			[]string{"B2:C3", "D5:D9"},
		},
		{
			"a prefix, and text that looks like the element in a long sheet",
			`<x:worksheet xmlns:x="urn:x"><x:sheetData>` + filler + `</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="E10:E12"/></x:mergeCells></x:worksheet>`,
			[]string{"E10:E12"},
		},
		{"reversed corners", `<worksheet><mergeCells><mergeCell ref="C9:B7"/></mergeCells></worksheet>`, []string{"B7:C9"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Whole, and one byte at a time so that the tag is split
			// across reads.
			for _, r := range []io.Reader{strings.NewReader(tt.part), iotest.OneByteReader(strings.NewReader(tt.part))} {
				got, err := readMergeRanges(r)
				if err != nil {
					t.Fatal(err)
				}
				var s []string
				for _, g := range got {
					s = append(s, g.String())
				}
				if !slices.Equal(s, tt.want) {
					t.Errorf("ranges %v, want %v", s, tt.want)
				}
			}
		})
	}
}

// sliceRows is a rowSource over fixed rows.
type sliceRows struct {
	nums  []int
	rows  [][]rawCell
	i     int
	valid bool
}

func (s *sliceRows) Next() bool {
	if s.valid {
		s.i++
	}
	s.valid = true
	return s.i < len(s.rows)
}
func (s *sliceRows) Row() (int, []rawCell) { return s.nums[s.i], s.rows[s.i] }
func (s *sliceRows) Err() error            { return nil }
func (s *sliceRows) Close() error          { return nil }

func TestMergedRows(t *testing.T) {
	txt := func(vs ...string) []rawCell {
		var out []rawCell
		for _, v := range vs {
			out = append(out, rawCell{Value: v})
		}
		return out
	}
	src := &sliceRows{
		nums: []int{1, 2, 3, 5, 6, 7},
		rows: [][]rawCell{
			txt("姓名", "苏木镇", "支部"),
			txt("张三", "乌加河镇", "甲支部", "x"),
			txt("李四"),
			txt("王五", "", "乙支部"), // row 4 is not stored
			txt("赵六"),
			txt("钱七"),
		},
	}
	ranges := []mergeRange{
		{1, 1, 2, 1}, // in the header: left alone
		{2, 2, 6, 3}, // B2:C6, the township over four stored rows; C is covered but not filled
		{4, 3, 6, 3}, // starts on a row not stored: nothing to give
		{5, 3, 7, 3}, // C5:C7
	}
	m := newMergedRows(src, ranges, 1)
	var got []string
	for m.Next() {
		num, cells := m.Row()
		var b strings.Builder
		fmt.Fprintf(&b, "%d:", num)
		for _, c := range cells {
			b.WriteString("|" + c.Value)
			if c.Merged {
				b.WriteString("*")
			}
		}
		got = append(got, b.String())
	}
	want := []string{
		"1:|姓名|苏木镇|支部",
		"2:|张三|乌加河镇|甲支部|x",
		"3:|李四|乌加河镇*",
		"5:|王五|乌加河镇*|乙支部",
		"6:|赵六|乌加河镇*|乙支部*",
		"7:|钱七||乙支部*",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%q\nwant\n%q", got, want)
	}
}

// FuzzMergeRanges feeds arbitrary worksheet XML to the merged-range
// reader: it must never panic, and every range it returns is ordered and
// spans rows.
func FuzzMergeRanges(f *testing.F) {
	f.Add(`<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:A3"/></mergeCells></worksheet>`)
	f.Add(`<x:worksheet><x:mergeCells><x:mergeCell ref="XFD1:A1048576"/><x:mergeCell ref="B2"/></x:mergeCells>`)
	f.Add(`<mergeCells <mergeCells><mergeCell ref=":"/>`)
	f.Fuzz(func(t *testing.T, part string) {
		got, err := readMergeRanges(strings.NewReader(part))
		if err != nil {
			return
		}
		for i, g := range got {
			if g.r1 < 1 || g.r2 <= g.r1 || g.c1 < 1 || g.c2 < g.c1 || g.c2 > maxColumns || g.r2 > maxRows {
				t.Fatalf("range %+v", g)
			}
			if i > 0 && got[i-1].r1 > g.r1 {
				t.Fatalf("ranges out of order: %v", got)
			}
		}
	})
}
