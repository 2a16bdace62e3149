package roster

import (
	"archive/zip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"relief/i18n"
)

// Workbooks written by hand, part by part, the way programs other than
// Excel write them: namespace prefixes, rows and cells without numbers,
// cell types excelize never writes, sheet parts with other names, the
// strict namespaces. Each is read as a clerk would expect.

// pkgSheet is one worksheet of a hand-written package.
type pkgSheet struct {
	name, part string // part: below xl/, e.g. worksheets/data.xml
	zipName    string // the part's name in the zip, if it differs from part
	state      string // "", hidden, veryHidden
	rows       string // the XML inside <sheetData>
	after      string // the XML after </sheetData> (mergeCells)
}

// pkgBook is a hand-written package.
type pkgBook struct {
	prefix   string // namespace prefix of the SpreadsheetML elements, e.g. "x:"
	strict   bool   // the strict (ISO) namespaces
	date1904 bool
	absolute bool     // relationship targets as absolute part names
	sst      []string // the inner XML of each <si>
	sheets   []pkgSheet
	drop     string // a part left out of the zip
}

// pkgWrite writes the package and returns its path.
func pkgWrite(t *testing.T, b pkgBook) string {
	t.Helper()
	main := "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	rel := "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	if b.strict {
		main, rel = "http://purl.oclc.org/ooxml/spreadsheetml/main", "http://purl.oclc.org/ooxml/officeDocument/relationships"
	}
	p := b.prefix
	xmlns := `xmlns="` + main + `"`
	if p != "" {
		xmlns = `xmlns:` + strings.TrimSuffix(p, ":") + `="` + main + `"`
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	z := zip.NewWriter(f)
	put := func(name, body string) {
		if name == b.drop {
			return
		}
		w, err := z.Create(name)
		if err == nil {
			_, err = w.Write([]byte(body))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	target := func(part string) string {
		if b.absolute {
			return "/xl/" + part
		}
		return part
	}
	ct := `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`
	wb := `<?xml version="1.0" encoding="UTF-8"?><` + p + `workbook ` + xmlns + ` xmlns:r="` + rel + `">`
	if b.date1904 {
		wb += `<` + p + `workbookPr date1904="1"/>`
	}
	wb += `<` + p + `sheets>`
	rels := `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	for i, s := range b.sheets {
		state := ""
		if s.state != "" {
			state = ` state="` + s.state + `"`
		}
		wb += fmt.Sprintf(`<%ssheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, p, s.name, i+1, state, i+1)
		rels += fmt.Sprintf(`<Relationship Id="rId%d" Type="%s/worksheet" Target="%s"/>`, i+1, rel, target(s.part))
		ct += `<Override PartName="/xl/` + s.part + `" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
		zipName := s.part
		if s.zipName != "" {
			zipName = s.zipName
		}
		put("xl/"+zipName, `<?xml version="1.0" encoding="UTF-8"?><`+p+`worksheet `+xmlns+` xmlns:r="`+rel+`"><`+p+`dimension ref="A1"/><`+p+`sheetData>`+
			s.rows+`</`+p+`sheetData>`+s.after+`</`+p+`worksheet>`)
	}
	wb += `</` + p + `sheets></` + p + `workbook>`
	if b.sst != nil {
		rels += fmt.Sprintf(`<Relationship Id="rId%d" Type="%s/sharedStrings" Target="%s"/>`, len(b.sheets)+1, rel, target("sharedStrings.xml"))
		ct += `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
		sst := `<?xml version="1.0" encoding="UTF-8"?><` + p + `sst ` + xmlns + `>`
		for _, si := range b.sst {
			sst += `<` + p + `si>` + si + `</` + p + `si>`
		}
		put("xl/sharedStrings.xml", sst+`</`+p+`sst>`)
	}
	put("[Content_Types].xml", ct+`</Types>`)
	put("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="`+rel+`/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	put("xl/workbook.xml", wb)
	put("xl/_rels/workbook.xml.rels", rels+`</Relationships>`)
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// pkgRow writes a row of cells with prefix p: string values become inline
// strings, pkgNum values numbers, pkgXML values are written as they are.
// ref numbers the row and its cells; 0 leaves both unnumbered.
func pkgRow(p string, ref int, cells ...any) string {
	var b strings.Builder
	if ref > 0 {
		fmt.Fprintf(&b, `<%srow r="%d">`, p, ref)
	} else {
		b.WriteString(`<` + p + `row>`)
	}
	for i, c := range cells {
		r := ""
		if ref > 0 {
			r = fmt.Sprintf(` r="%s%d"`, ColumnName(i+1), ref)
		}
		switch c := c.(type) {
		case nil:
		case string:
			fmt.Fprintf(&b, `<%[1]sc%[2]s t="inlineStr"><%[1]sis><%[1]st>%[3]s</%[1]st></%[1]sis></%[1]sc>`, p, r, c)
		case pkgNum:
			fmt.Fprintf(&b, `<%[1]sc%[2]s><%[1]sv>%[3]s</%[1]sv></%[1]sc>`, p, r, string(c))
		case pkgXML:
			b.WriteString(string(c))
		}
	}
	b.WriteString(`</` + p + `row>`)
	return b.String()
}

type (
	pkgNum string // a number cell's raw value
	pkgXML string // a cell written as it is
)

// The serials of 2026-09-05 in the 1900 and the 1904 date systems.
const (
	serial0905     = pkgNum("46270")
	serial0905of04 = pkgNum("44808")
)

var pkgHeader = []any{"姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期"}

func TestReadHandWrittenPackages(t *testing.T) {
	tests := []struct {
		name  string
		book  pkgBook
		want  []string // problems, code@cell (code@sheet without a cell); sheet-missing left out
		rows  []int
		check func(t *testing.T, wb *Workbook)
	}{
		{
			name: "x: prefix, rows and cells without numbers, shared strings with runs and phonetics",
			book: pkgBook{
				prefix: "x:",
				sst: []string{
					`<x:t>姓名</x:t>`, `<x:t>身份证号码</x:t>`,
					`<x:r><x:t>巴特尔</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>•朝鲁</x:t></x:r><x:rPh sb="0" eb="3"><x:t>バトル</x:t></x:rPh><x:phoneticPr fontId="1"/>`,
					`<x:t xml:space="preserve"> 乌加河村党支部 </x:t>`,
				},
				sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml", rows: pkgRow("x:", 0,
					pkgXML(`<x:c t="s"><x:v>0</x:v></x:c>`), pkgXML(`<x:c t="s"><x:v>1</x:v></x:c>`), "所属苏木镇", "所在党支部", "申报日期") +
					pkgRow("x:", 0, pkgXML(`<x:c t="s"><x:v>2</x:v></x:c>`), rdMale2, "乌加河镇", pkgXML(`<x:c t="s"><x:v>3</x:v></x:c>`), serial0905) +
					pkgRow("x:", 0, "王秀英", rdFemale1, "乌加河镇", "八股地村党支部", serial0905)}},
			},
			rows: []int{2, 3},
			check: func(t *testing.T, wb *Workbook) {
				a := wb.Applicants[0]
				if a.Name != "巴特尔·朝鲁" || a.IDNumber != rdMale2 || a.Branch != "乌加河村党支部" || a.AppliedOn != (Day{2026, 9, 5}) {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			name: "rows numbered by their cells only, empty rows skipped",
			book: pkgBook{sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml", rows: strings.NewReplacer(`<row r="1">`, `<row>`, `<row r="3">`, `<row>`, `<row r="7">`, `<row>`).Replace(
				pkgRow("", 1, "2026年困难党员救助申报表") +
					pkgRow("", 3, pkgHeader...) +
					`<row r="4"/><row r="5" spans="1:5"></row>` +
					pkgRow("", 7, "张三", "1234", "乌加河镇", "乌加河村党支部", serial0905))}}},
			want: []string{"id-length@B7"},
			rows: []int{7},
			check: func(t *testing.T, wb *Workbook) {
				if wb.Sheets[Applicants.Key].HeaderRow != 3 {
					t.Errorf("header row %d", wb.Sheets[Applicants.Key].HeaderRow)
				}
			},
		},
		{
			name: "formula strings, ISO dates, booleans, error values and formulas without results",
			book: pkgBook{sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml", rows: pkgRow("", 1, append(pkgHeader, "性别", "是否脱贫", "联系电话")...) +
				pkgRow("", 2, "张三", rdMale1, "乌加河镇", "乌加河村党支部", pkgXML(`<c r="E2" t="d"><v>2026-09-05T00:00:00</v></c>`),
					pkgXML(`<c r="F2" t="str"><f>IF(MOD(MID(B2,17,1),2),"男","女")</f><v>男</v></c>`), pkgXML(`<c r="G2" t="b"><v>1</v></c>`),
					pkgXML(`<c r="H2" t="e"><f>VLOOKUP(A2,电话!A:B,2,0)</f><v>#N/A</v></c>`)) +
				pkgRow("", 3, pkgXML(`<c r="A3" t="e"><v>#REF!</v></c>`), rdFemale1, pkgXML(`<c r="C3" t="str"><f>VLOOKUP(B3,乡镇!A:B,2,0)</f></c>`),
					pkgXML(`<c r="D3" t="str"><f>IF(B3="","",D2)</f><v></v></c>`), pkgXML(`<c r="E3" t="d"><v>2026-09-06</v></c>`),
					nil, pkgXML(`<c r="G3" t="b"><v>0</v></c>`))}}},
			want: []string{"bad-value@H2", "bad-value@A3", "missing-required@C3", "missing-required@D3"},
			rows: []int{2, 3},
			check: func(t *testing.T, wb *Workbook) {
				a, b := wb.Applicants[0], wb.Applicants[1]
				if a.AppliedOn != (Day{2026, 9, 5}) || a.Gender != Male || !a.OutOfPoverty || a.Phone != "" {
					t.Errorf("applicant %+v", a)
				}
				if b.Name != "" || b.AppliedOn != (Day{2026, 9, 6}) || b.OutOfPoverty || !b.Invalid {
					t.Errorf("applicant %+v", b)
				}
				keys := map[string]string{}
				for _, p := range wb.Problems {
					keys[p.Cell] = p.Msg.Key
				}
				if keys["H2"] != "roster.read.formula-error" || keys["C3"] != "roster.read.formula-no-value" || keys["D3"] != "roster.read.missing-required" {
					t.Errorf("messages %v", keys)
				}
			},
		},
		{
			name: "sheet parts with other names, absolute targets, members found by header",
			book: pkgBook{absolute: true, sst: []string{}, sheets: []pkgSheet{
				{name: "x", part: "worksheets/members.xml", rows: pkgRow("", 1, "姓名", "身份证号", "苏木镇", "党支部", "民族", "入党时间") +
					pkgRow("", 2, "张三", rdMale1, "乌加河镇", "乌加河村党支部", "蒙古族", "1990年7月")},
				{name: "Sheet1", part: "worksheets/data%201.xml", zipName: "worksheets/data 1.xml", rows: pkgRow("", 1, append(pkgHeader, nil, "备注")...) +
					pkgRow("", 2, "张三", rdMale1, "乌加河镇", "乌加河村党支部", serial0905, nil, "x") +
					`<row r="3"><c r="A3" t="inlineStr"><is><t>王秀英</t></is></c><c r="B3" t="inlineStr"><is><t>` + rdFemale1 + `</t></is></c>` +
					`<c r="C3" t="inlineStr"><is><t>乌加河镇</t></is></c><c r="D3" t="inlineStr"><is><t>八股地村党支部</t></is></c><c r="E3"><v>46270</v></c><c r="XFD3" t="inlineStr"><is><t>备忘</t></is></c></row>`},
			}},
			rows: []int{2, 3},
			check: func(t *testing.T, wb *Workbook) {
				if wb.Members.Len() != 1 || wb.Members.At(0).JoinDate != (Day{1990, 7, 1}) || wb.Sheets[Applicants.Key].Name != "Sheet1" {
					t.Errorf("members %+v, sheets %+v", wb.Members, wb.Sheets)
				}
			},
		},
		{
			name: "strict namespaces and the 1904 date system",
			book: pkgBook{strict: true, date1904: true, sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml", rows: pkgRow("", 1, append(pkgHeader, "入户调查日期")...) +
				pkgRow("", 2, "张三", rdMale1, "乌加河镇", "乌加河村党支部", serial0905of04, pkgXML(`<c r="F2" t="d"><v>2026-09-07</v></c>`))}}},
			rows: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				if a := wb.Applicants[0]; a.AppliedOn != (Day{2026, 9, 5}) || a.SurveyedOn != (Day{2026, 9, 7}) {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			name: "a hidden copy and a bracketed copy do not hide the sheet in use",
			book: pkgBook{sheets: []pkgSheet{
				{name: "救助申报 (2)", part: "worksheets/sheet1.xml", rows: pkgRow("", 1, pkgHeader...) + pkgRow("", 2, "李四", rdMale2, "乌加河镇", "乌加河村党支部", serial0905)},
				{name: "申报表", state: "hidden", part: "worksheets/sheet2.xml", rows: pkgRow("", 1, pkgHeader...) + pkgRow("", 2, "旧", rdMale3, "乌加河镇", "乌加河村党支部", serial0905)},
				{name: "Sheet3", part: "worksheets/sheet3.xml", rows: pkgRow("", 1, pkgHeader...) + pkgRow("", 2, "赵六", rdFemale2, "乌加河镇", "乌加河村党支部", serial0905)},
				{name: "救助申报", part: "worksheets/sheet4.xml", rows: pkgRow("", 1, pkgHeader...) + pkgRow("", 3, "张三", rdMale1, "乌加河镇", "乌加河村党支部", serial0905)},
				{name: "救助申报（空）", part: "worksheets/sheet5.xml"},
			}},
			want: []string{"sheet-ignored@救助申报 (2)", "sheet-ignored@Sheet3"},
			rows: []int{3},
			check: func(t *testing.T, wb *Workbook) {
				if wb.Sheets[Applicants.Key].Name != "救助申报" {
					t.Errorf("read %q", wb.Sheets[Applicants.Key].Name)
				}
			},
		},
		{
			name: "a members roster split over a sheet per township",
			book: pkgBook{sheets: []pkgSheet{
				{name: "乌加河镇", part: "worksheets/sheet1.xml", rows: pkgRow("", 1, "姓名", "身份证号码", "民族", "所属苏木镇", "所在党支部") + pkgRow("", 2, "张三", rdMale1, "汉族", "乌加河镇", "乌加河村党支部")},
				{name: "川井苏木", part: "worksheets/sheet2.xml", rows: pkgRow("", 1, "姓名", "身份证号码", "民族", "所属苏木镇", "所在党支部") + pkgRow("", 2, "李四", rdMale2, "蒙古族", "川井苏木", "川井嘎查党支部")},
				{name: "救助申报", part: "worksheets/sheet3.xml", rows: pkgRow("", 1, pkgHeader...) + pkgRow("", 2, "张三", rdMale1, "乌加河镇", "乌加河村党支部", serial0905)},
			}},
			want: []string{"sheet-ignored@川井苏木"},
			rows: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				if wb.Sheets[Members.Key].Name != "乌加河镇" || wb.Members.Len() != 1 {
					t.Errorf("members %+v", wb.Members)
				}
			},
		},
		{
			name: "cells merged down over the data",
			book: pkgBook{sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml",
				rows: pkgRow("", 1, append(pkgHeader, "应到人数", "实到人数")...) +
					pkgRow("", 2, "张三", rdMale1, "乌加河镇", "乌加河村党支部", serial0905, pkgNum("30"), pkgNum("28")) +
					pkgRow("", 3, "李四", rdMale2) +
					pkgRow("", 4, "王五", rdMale3, nil, "建设村党支部", serial0905) +
					pkgRow("", 5) +
					pkgRow("", 6, nil, nil, nil, "合计"),
				after: `<mergeCells count="6"><mergeCell ref="C2:C5"/><mergeCell ref="D2:D3"/><mergeCell ref="E2:E3"/><mergeCell ref="F2:F3"/><mergeCell ref="G2:G3"/><mergeCell ref="A1:A1"/></mergeCells>`}}},
			rows: []int{2, 3, 4},
			check: func(t *testing.T, wb *Workbook) {
				b := wb.Applicants[1]
				if b.Township != "乌加河镇" || b.Branch != "乌加河村党支部" || b.AppliedOn != (Day{2026, 9, 5}) || *b.Votes.Voters != 30 || *b.Votes.Present != 28 {
					t.Errorf("applicant %+v", b)
				}
				if c := wb.Applicants[2]; c.Township != "乌加河镇" || c.Branch != "建设村党支部" {
					t.Errorf("applicant %+v", c)
				}
			},
		},
		{
			name: "footer lines of every kind under the data",
			book: pkgBook{sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml",
				rows: pkgRow("", 1, append([]any{"序号"}, pkgHeader...)...) +
					pkgRow("", 2, pkgNum("1"), "张三", rdMale1, "乌加河镇", "乌加河村党支部", serial0905) +
					pkgRow("", 3, pkgNum("2"), "以下空白") +
					pkgRow("", 4, pkgNum("3")) +
					pkgRow("", 5, nil, "经办：李四", nil, "分管领导：", nil, "书记签字：") +
					pkgRow("", 6, nil, "乌加河镇党委（盖章）") +
					pkgRow("", 7, nil, nil, nil, nil, nil, serial0905) +
					pkgRow("", 8, nil, "2026年9月20日") +
					pkgRow("", 9, nil, "联系电话：0478-6212345")}}},
			rows: []int{2},
		},
		{
			name: "records made of formulas, with and without their results; a total of formulas",
			book: pkgBook{sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml",
				rows: pkgRow("", 1, append(pkgHeader, "家庭人口")...) +
					pkgRow("", 2, pkgXML(`<c r="A2" t="str"><f>乌加河镇!B5</f><v>张三</v></c>`), pkgXML(`<c r="B2" t="str"><f>乌加河镇!C5</f><v>`+rdMale1+`</v></c>`),
						pkgXML(`<c r="C2" t="str"><f>乌加河镇!D5</f><v>乌加河镇</v></c>`), pkgXML(`<c r="D2" t="str"><f>乌加河镇!E5</f><v>乌加河村党支部</v></c>`),
						pkgXML(`<c r="E2"><f>乌加河镇!F5</f><v>46270</v></c>`), pkgXML(`<c r="F2"><f>乌加河镇!G5</f><v>3</v></c>`)) +
					pkgRow("", 3, pkgXML(`<c r="A3" t="str"><f>乌加河镇!B6</f></c>`), pkgXML(`<c r="B3" t="str"><f>乌加河镇!C6</f></c>`),
						pkgXML(`<c r="C3" t="str"><f>乌加河镇!D6</f></c>`), pkgXML(`<c r="D3" t="str"><f>乌加河镇!E6</f></c>`), pkgXML(`<c r="E3"><f>乌加河镇!F6</f></c>`)) +
					pkgRow("", 4, nil, nil, nil, nil, nil, pkgXML(`<c r="F4"><f>SUM(F2:F3)</f><v>3</v></c>`)) +
					pkgRow("", 5, nil, nil, nil, nil, nil, pkgXML(`<c r="F5"><f>SUM(F2:F3)</f></c>`))}}},
			want: []string{"missing-required@A3", "missing-required@B3", "missing-required@C3", "missing-required@D3", "missing-required@E3"},
			rows: []int{2, 3},
			check: func(t *testing.T, wb *Workbook) {
				if a := wb.Applicants[0]; a.Name != "张三" || a.IDNumber != rdMale1 || a.AppliedOn != (Day{2026, 9, 5}) || *a.HouseholdSize != 3 {
					t.Errorf("applicant %+v", a)
				}
				for _, p := range wb.Problems {
					if p.Code == "missing-required" && p.Msg.Key != "roster.read.formula-no-value" {
						t.Errorf("%s: %s", p.Cell, p.Msg.Key)
					}
				}
			},
		},
		{
			name: "units and column numbers under the header",
			book: pkgBook{sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml",
				rows: pkgRow("", 1, append(pkgHeader, "家庭年收入", "家庭人口")...) +
					pkgRow("", 2, nil, nil, nil, nil, nil, "（元）", "（人）") +
					pkgRow("", 3, pkgNum("1"), pkgNum("2"), pkgNum("3"), pkgNum("4"), pkgNum("5"), pkgNum("6"), pkgNum("7")) +
					pkgRow("", 4, "张三", rdMale1, "乌加河镇", "乌加河村党支部", serial0905, pkgNum("12000"), pkgNum("3"))}}},
			rows: []int{4},
			check: func(t *testing.T, wb *Workbook) {
				if a := wb.Applicants[0]; *a.HouseholdSize != 3 || wb.Sheets[Applicants.Key].HeaderRow != 3 {
					t.Errorf("applicant %+v", a)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wb, err := Read(pkgWrite(t, tt.book), Options{AsOf: rdAsOf})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range rdProblems(wb) {
				if !strings.HasPrefix(p, "sheet-missing@") {
					got = append(got, p)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems %v, want %v", got, tt.want)
				for _, p := range wb.Problems {
					t.Logf("  %s %s %s: %s", p.Code, p.Cell, p.Value, p.Msg.In(i18n.EN))
				}
			}
			if got := rdRows(wb.Applicants); !slices.Equal(got, tt.rows) {
				t.Errorf("applicant rows %v, want %v", got, tt.rows)
			}
			for _, p := range wb.Problems {
				if m := p.Msg.In(i18n.ZH); !i18n.Has(p.Msg.Key) || strings.Contains(m, "%!") {
					t.Errorf("%s: message %q", p.Code, m)
				}
			}
			if tt.check != nil && len(wb.Applicants) == len(tt.rows) {
				tt.check(t, wb)
			}
		})
	}
}

// A sheet whose part is missing from the package is damage, not an empty
// sheet with every required column missing.
func TestReadMissingSheetPart(t *testing.T) {
	path := pkgWrite(t, pkgBook{drop: "xl/worksheets/sheet1.xml", sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml", rows: pkgRow("", 1, pkgHeader...)}}})
	_, err := Read(path, Options{})
	var ie *i18n.Error
	if !errors.As(err, &ie) || ie.Msg.Key != "roster.open.damaged" {
		t.Fatalf("err = %v", err)
	}
}
