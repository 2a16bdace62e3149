package roster

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

// testRows scans a worksheet part with the given shared strings.
func testRows(sheetXML string, sst []string) *sheetRows {
	t := &sharedStrings{}
	for _, v := range sst {
		t.add([]byte(v), false)
	}
	return newSheetRows(io.NopCloser(strings.NewReader(sheetXML)), func() (*sharedStrings, error) { return t, nil })
}

// sstStrings lists a shared-string table.
func sstStrings(t *sharedStrings, err error) ([]string, error) {
	if err != nil {
		return nil, err
	}
	out := make([]string, t.len())
	for i := range out {
		out[i], _ = t.at(i)
	}
	return out, nil
}

// rdScan reads every row of a worksheet part with the given shared
// strings, rendering each cell as value, with # for a number cell and =
// for a formula.
func rdScan(sheetXML string, sst []string) ([]string, error) {
	src := testRows(sheetXML, sst)
	defer src.Close()
	var out []string
	for src.Next() {
		num, cells := src.Row()
		var b strings.Builder
		fmt.Fprintf(&b, "%d:", num)
		for _, c := range cells {
			b.WriteString("|")
			if c.Formula {
				b.WriteString("=")
			}
			if c.Numeric {
				b.WriteString("#")
			}
			b.WriteString(c.Value)
		}
		out = append(out, b.String())
	}
	return out, src.Err()
}

func TestRowSource(t *testing.T) {
	const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:H5"/><sheetData>
<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line </t></r></is></c></row>
<row r="3"><c r="B3"><v>1.52824198001011E+17</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c><c r="E3" t="str"><f>A1</f><v>x</v></c><c r="F3"><f>SUM(A1:A2)</f></c><c r="G3" s="2"/><c r="H3" s="2"/></row>
<row><c><v>5</v></c><c t="n"><v> 6 </v></c></row>
<row r="5"><c r="A5" t="d"><v>2026-09-05T00:00:00Z</v></c><c r="B5" t="s"><v>1</v></c><c r="C5" t="s"><v>2</v></c></row>
<row r="6"/>
</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`
	got, err := rdScan(sheet, []string{"姓名", "身份证号码\n（18位）", "a_x000D_b"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"1:|姓名||inline ",
		"3:||#1.52824198001011E+17|TRUE|#N/A|=x|=",
		"4:|#5|#6",
		"5:|2026-09-05|身份证号码\n（18位）|a_x000D_b",
		"6:",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%q\nwant\n%q", got, want)
	}
}

// Rows without a number take it from their first numbered cell (writers
// that skip empty rows); error values and formulas stored without a
// result are told apart from text and from a formula whose result is "".
func TestRowSourceNumbersAndFlags(t *testing.T) {
	const sheet = `<worksheet><sheetData>
<row><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>
<row><c r="B4"><v>4</v></c><c r="A4"><v>1</v></c></row>
<row><c><v>5</v></c></row>
<row r="9"><c r="A9" t="e"><f>VLOOKUP(1,X:Y,2,0)</f><v>#N/A</v></c><c r="B9" t="str"><f>C9</f></c><c r="C9" t="str"><f>""</f><v></v></c><c r="D9" t="e"><v> #REF! </v></c></row>
<row><c r="XFD12"><v>1</v></c></row>
</sheetData></worksheet>`
	src := testRows(sheet, nil)
	defer src.Close()
	var got []string
	for src.Next() {
		num, cells := src.Row()
		var b strings.Builder
		fmt.Fprintf(&b, "%d:%d", num, len(cells))
		for _, c := range cells[:min(len(cells), 4)] {
			b.WriteString("|" + c.Value)
			if c.Error {
				b.WriteString("!")
			}
			if c.Uncached {
				b.WriteString("?")
			}
		}
		got = append(got, b.String())
	}
	if err := src.Err(); err != nil {
		t.Fatal(err)
	}
	want := []string{"1:1|a", "4:2|1|4", "5:1|5", "9:4|#N/A!|?||#REF!!", "12:16384||||"}
	if !slices.Equal(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
}

func TestRowSourceErrors(t *testing.T) {
	for _, sheet := range []string{
		`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>`, // no such shared string
		`<worksheet><sheetData><row r="x"></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>`,
		`<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>`, // cut short
		`<worksheet><sheetData><row r="1048577"></row></sheetData></worksheet>`,
	} {
		if _, err := rdScan(sheet, nil); err == nil {
			t.Errorf("no error for %s", sheet)
		}
	}
}

func TestSharedStrings(t *testing.T) {
	sst, err := sstStrings(readSharedStrings(strings.NewReader(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="3">
<si><t>姓名</t></si>
<si><r><rPr><b/></rPr><t>身份证</t></r><r><t>号码</t></r><rPh sb="0" eb="1"><t>シン</t></rPh></si>
<si><t>line_x000D__x000A_break_x005F_x</t></si>
<si><t/></si>
</sst>`)))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"姓名", "身份证号码", "line\r\nbreak_x", ""}; !slices.Equal(sst, want) {
		t.Errorf("sst %q, want %q", sst, want)
	}
}

func TestResolvePart(t *testing.T) {
	for _, c := range [][3]string{
		{"xl", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"},
		{"xl", "/xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml"},
		{"xl", "../xl/worksheets/sheet3.xml", "xl/worksheets/sheet3.xml"},
		{"", "xl/workbook.xml", "xl/workbook.xml"},
		{"xl", "worksheets\\sheet4.xml", "xl/worksheets/sheet4.xml"},
	} {
		if got := resolvePart(c[0], c[1]); got != c[2] {
			t.Errorf("resolvePart(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// FuzzRowSource feeds arbitrary worksheet XML to the scanner: it must
// never panic, and every row it yields is within Excel's limits.
func FuzzRowSource(f *testing.F) {
	f.Add(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`)
	f.Add(`<worksheet><sheetData><row><c><v>1</v></c><c t="str"><f>A1</f><v>y</v></c></row><row r="9"/></sheetData></worksheet>`)
	f.Add(`<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row x:r="2"><x:c x:r="AB2" x:t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`)
	f.Add(`<worksheet><sheetData><row r="1"><c r="A1" t="d"><v>2026-09-05T00:00:00</v></c><c r="B1" t="e"><v>#REF!</v></c></row>`)
	f.Fuzz(func(t *testing.T, sheet string) {
		src := testRows(sheet, []string{"a", "b"})
		defer src.Close()
		for n := 0; src.Next(); n++ {
			num, cells := src.Row()
			if num < 1 || num > maxRows || len(cells) > maxColumns {
				t.Fatalf("row %d with %d cells", num, len(cells))
			}
		}
	})
}

func TestFindHeader(t *testing.T) {
	row := func(num int, cells ...string) textRow { return textRow{num: num, cells: cells} }
	tests := []struct {
		name        string
		s           *Sheet
		rows        []textRow
		first, last int
		cols        map[string]int
		seq         int
		unknown     []string
	}{
		{
			name:  "a header under a title and a 填报单位 line",
			s:     &Members,
			rows:  []textRow{row(1, "党员名册"), row(2, "填报单位：海流图镇党委", "", "", "填报日期：2026年10月1日"), row(3, "序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "籍贯"), row(4, "1", "张三", rdMale1, "海流图镇", "东街社区党支部")},
			first: 3, last: 3, seq: 1,
			cols:    map[string]int{"name": 2, "id_number": 3, "township": 4, "branch": 5},
			unknown: []string{"籍贯"},
		},
		{
			name: "the sub-headers of a group below",
			s:    &Applicants,
			rows: []textRow{
				row(3, "序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "党员大会表决", "", "", ""),
				row(4, "", "", "", "", "", "", "应到人数", "实到人数", "赞成票", "反对票"),
				row(5, "1", "张三", rdMale1, "海流图镇", "东街社区党支部", "2026.9.1", "30", "28", "25", "3"),
			},
			first: 3, last: 4, seq: 1,
			cols: map[string]int{"name": 2, "id_number": 3, "township": 4, "branch": 5, "applied_on": 6, "voters": 7, "present": 8, "votes_for": 9, "votes_against": 10},
		},
		{
			name: "a data row below is not a header",
			s:    &Applicants,
			rows: []textRow{
				row(1, "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "备注"),
				row(2, "张三", rdMale1, "海流图镇", "东街社区党支部", "2026.9.1", "申报日期"),
			},
			first: 1, last: 1,
			cols: map[string]int{"name": 1, "id_number": 2, "township": 3, "branch": 4, "applied_on": 5, "notes": 6},
		},
		{
			name: "a unit row under the header belongs to it",
			s:    &Applicants,
			rows: []textRow{
				row(6, "序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "家庭年收入", "家庭人口"),
				row(7, "", "", "", "", "", "", "（元）", "（人）"),
				row(8, "1", "张三", rdMale1, "海流图镇", "东街社区党支部", "2026.9.1", "12000", "3"),
			},
			first: 6, last: 7, seq: 1,
			cols: map[string]int{"name": 2, "id_number": 3, "township": 4, "branch": 5, "applied_on": 6, "household_income": 7, "household_size": 8},
		},
		{
			name: "a row of column numbers under a header with a group row above",
			s:    &Applicants,
			rows: []textRow{
				row(1, "困难党员救助申报表"),
				row(2, "", "", "", "", "", "", "党员大会表决情况"),
				row(3, "序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "应到人数", "实到人数"),
				row(4, "甲", "1", "2", "3", "4", "5", "6", "7"),
				row(5, "1", "张三", rdMale1, "海流图镇", "东街社区党支部", "2026.9.1", "30", "28"),
			},
			first: 3, last: 4, seq: 1,
			cols: map[string]int{"name": 2, "id_number": 3, "township": 4, "branch": 5, "applied_on": 6, "voters": 7, "present": 8},
		},
		{
			name: "many group cells above the sub-headers",
			s:    &Applicants,
			rows: []textRow{
				row(1, "序号", "姓名", "身份证\n号码", "基本情况", "", "", "家庭情况", "", "党员大会表决", "", "审核情况"),
				row(2, "", "", "", "所属苏木镇", "所在党支部", "性别", "家庭人口", "家庭年收入（元）", "应到人数", "实到人数", "申报日期"),
				row(3, "1", "张三", rdMale1, "海流图镇", "东街社区党支部", "男", "3", "12000", "30", "28", "2026.9.1"),
			},
			first: 1, last: 2, seq: 1,
			cols: map[string]int{"name": 2, "id_number": 3, "township": 4, "branch": 5, "gender": 6, "household_size": 7, "household_income": 8, "voters": 9, "present": 10, "applied_on": 11},
		},
		{
			name: "three header rows, the fields on top",
			s:    &Applicants,
			rows: []textRow{
				row(3, "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "党员大会表决情况"),
				row(4, "", "", "", "", "", "参会情况", "", "表决结果"),
				row(5, "", "", "", "", "", "应到人数", "实到人数", "赞成票", "反对票"),
				row(6, "张三", rdMale1, "海流图镇", "东街社区党支部", "2026.9.1", "30", "28", "25", "3"),
			},
			first: 3, last: 5,
			cols: map[string]int{"name": 1, "id_number": 2, "township": 3, "branch": 4, "applied_on": 5, "voters": 6, "present": 7, "votes_for": 8, "votes_against": 9},
		},
		{
			name: "three header rows, the fields at the bottom",
			s:    &Applicants,
			rows: []textRow{
				row(1, "困难党员救助申报表"),
				row(2, "姓名", "身份证号码", "基本情况", "", "", "党员大会"),
				row(3, "", "", "单位", "", "申报日期", "参会", "", "表决"),
				row(4, "", "", "所属苏木镇", "所在党支部", "", "应到人数", "实到人数", "赞成票", "反对票"),
				row(5, "张三", rdMale1, "海流图镇", "东街社区党支部", "2026.9.1", "30", "28", "25", "3"),
			},
			first: 2, last: 4,
			cols: map[string]int{"name": 1, "id_number": 2, "township": 3, "branch": 4, "applied_on": 5, "voters": 6, "present": 7, "votes_for": 8, "votes_against": 9},
		},
		{
			name: "a group row with nothing under it is not a header",
			s:    &Applicants,
			rows: []textRow{
				row(1, "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "籍贯"),
				row(2, "", "", "", "", "", "内蒙古"),
				row(3, "张三", rdMale1, "海流图镇", "东街社区党支部", "2026.9.1"),
			},
			first: 1, last: 1,
			cols:    map[string]int{"name": 1, "id_number": 2, "township": 3, "branch": 4, "applied_on": 5},
			unknown: []string{"籍贯"},
		},
		{
			name:  "no header",
			s:     &Funds,
			rows:  []textRow{row(1, "说明"), row(2, "本表由财务填写")},
			first: 0, last: 0, cols: map[string]int{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := findHeader(tt.s, tt.rows)
			if l.first != tt.first || l.last != tt.last || l.seqCol != tt.seq || !slices.Equal(l.unknown, tt.unknown) {
				t.Errorf("rows %d–%d, 序号 %d, unknown %q", l.first, l.last, l.seqCol, l.unknown)
			}
			if len(l.cols) != len(tt.cols) {
				t.Errorf("cols %v, want %v", l.cols, tt.cols)
			}
			for k, c := range tt.cols {
				if l.cols[k] != c {
					t.Errorf("%s in column %d, want %d", k, l.cols[k], c)
				}
			}
		})
	}
}

func TestIsAnnexRow(t *testing.T) {
	for _, tt := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"", "（元）", "（人）"}, true},
		{[]string{"(元)", "", "人", "票"}, true},
		{[]string{"单位：元"}, true},
		{[]string{"万元"}, true},
		{[]string{"（必填）", "（18位）", "选填", "【格式：2026-09-05】"}, true},
		{[]string{"1", "2", "3", "4", "5"}, true},
		{[]string{"甲", "乙", "1", "2", "3"}, true},
		{[]string{"栏次", "(1)", "(2)", "(3)"}, true},
		{[]string{"①", "②", "③"}, true},
		{[]string{"1", "2"}, false},                      // too few
		{[]string{"1", "2", "4", "5"}, false},            // not consecutive
		{[]string{"1", "2", "3", "4", "（元）"}, false},     // mixed
		{[]string{"1", "张三", rdMale1, "乌加河镇"}, false},    // a record
		{[]string{"", "", "", "", "", "", "内蒙古"}, false}, // text
		{[]string{"", ""}, false},
	} {
		if got := isAnnexRow(tt.cells, 6); got != tt.want {
			t.Errorf("isAnnexRow(%q) = %v, want %v", tt.cells, got, tt.want)
		}
	}
}

func TestIsFooterNote(t *testing.T) {
	for _, tt := range []struct {
		text  string
		kind  Kind
		field bool
		want  bool
	}{
		{"经办：张三", Name, true, true},
		{"分管领导:", Text, true, true},
		{"联系电话：0478-6212345", Name, true, true},
		{"日期：2026年9月20日", Text, false, true},
		{"乌加河镇党委（盖章）", Name, true, true},
		{"党委书记（签字）：", Text, true, true},
		{"2026年9月20日", Name, true, true},
		{"2026.9.20", Text, true, true},
		{"2026年9月20日", Date, true, false}, // a value to read
		{"20260920", Name, true, false},   // digits alone: maybe a mistyped number
		{"2026年9月20日", IDNumber, true, false},
		{"张三", Name, true, false},
		{"阿拉坦·其其格", Name, true, false},
		{"乌加河镇", Text, true, false},
		{"1号楼3单元", Text, true, false},
		{"这是很长的一段说明文字而不是一个标签：", Text, true, false},
	} {
		if got := isFooterNote(tt.text, tt.kind, tt.field); got != tt.want {
			t.Errorf("isFooterNote(%q, %v, %v) = %v, want %v", tt.text, tt.kind, tt.field, got, tt.want)
		}
	}
}

func TestMarkOf(t *testing.T) {
	for text, want := range map[string]rowMark{
		"合计": markEnd, "合  计": markEnd, "总计：": markEnd, "合計": markEnd, "小计": markSubTotal, "小 计（乌加河镇）": markSubTotal,
		"注：本表一式两份": markEnd, "注:": markEnd, "说明：": markEnd, "填表人：李娜": markEnd, "审核人：王建国": markEnd,
		"填报日期：2026年11月20日": markEnd, "单位（盖章）": markEnd, "负责人：": markEnd,
		"以下空白": markEnd, "（以下空白）": markEnd,
		"一、乌加河镇": markSection, "（二）海流图镇": markSection, "十二、其他": markSection,
		"张三": markNone, "合作社": markNone, "小明": markNone, "注册": markNone, "主任": markNone, "一丁": markNone,
		"1": markNone, "15082419820916107X": markNone, "": markNone,
	} {
		if got := markOf(text); got != want {
			t.Errorf("markOf(%q) = %d, want %d", text, got, want)
		}
	}
}

func TestIsExample(t *testing.T) {
	for text, want := range map[string]bool{"示例": true, "示例·张三": true, "例": true, "样例": true, "例：": true, "例如": false, "张三": false, "1": false} {
		if got := isExample(text); got != want {
			t.Errorf("isExample(%q) = %v", text, got)
		}
	}
}

// FuzzFindHeader feeds arbitrary top rows (lines of tab-separated cells)
// to the header finder and the row classifiers: they must never panic,
// and a header found is a run of rows whose columns name distinct fields.
func FuzzFindHeader(f *testing.F) {
	f.Add("困难党员救助申报表\n序号\t姓名\t身份证号码\t所属苏木镇\t所在党支部\t申报日期\t党员大会表决\n\t\t\t\t\t\t应到人数\t实到人数\n\t\t\t\t\t\t（人）\t（人）\n1\t2\t3\t4\t5\t6\t7\t8")
	f.Add("姓名\t身份证\n号码\t基本情况\n\t\t所属乡镇\t所属支部\t申报时间\n经办：张三\t2026年9月20日\t盖章")
	f.Add("\t\n甲\t1\t2\t3\n①\t②\n(元)\t单位：元")
	f.Fuzz(func(t *testing.T, text string) {
		var rows []textRow
		for i, line := range strings.Split(text, "\n") {
			if i >= probeRows {
				break
			}
			rows = append(rows, textRow{num: i + 1, cells: strings.Split(line, "\t")})
		}
		for _, s := range Sheets {
			l := findHeader(s, rows)
			if l.first > l.last || l.first < 0 {
				t.Fatalf("header rows %d–%d", l.first, l.last)
			}
			seen := map[int]bool{}
			for k, c := range l.cols {
				if s.Field(k) == nil || c < 1 || seen[c] || l.kinds[c] != s.Field(k).Kind {
					t.Fatalf("column %d for %q", c, k)
				}
				seen[c] = true
			}
		}
		for _, r := range rows {
			_ = isAnnexRow(r.cells, 4)
			for _, c := range r.cells {
				_ = isFooterNote(c, Name, true)
				_ = markOf(c)
			}
		}
	})
}
