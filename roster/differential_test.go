package roster

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// The streaming reader against the reader it replaced (reference_test.go):
// every fixture workbook (roster/testdata, testdata, testdata/bad) and
// workbooks written here the ways other programs write them must give the
// same sheets, the same shared strings, the same merged ranges and the
// same rows, cell by cell, through both.

// diffFixtures lists the committed workbooks.
func diffFixtures(t *testing.T) []string {
	var files []string
	for _, pat := range []string{"testdata/*.xlsx", "../testdata/*.xlsx", "../testdata/bad/*.xlsx"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 15 {
		t.Fatalf("only %d fixtures: %v", len(files), files)
	}
	return files
}

// diffBooks writes workbooks with what the reader must keep: namespace
// prefixes, rows and cells without numbers, every cell type, rich text
// and phonetic runs, escapes, entities, character references, CDATA,
// comments, odd part names, %-escaped targets, the strict namespaces, an
// encoding other than UTF-8, the 1904 flag, hidden sheets, merged ranges.
func diffBooks(t *testing.T) []string {
	row := func(p string, n int, cells ...string) string {
		return fmt.Sprintf(`<%srow r="%d">%s</%srow>`, p, n, strings.Join(cells, ""), p)
	}
	books := []pkgBook{
		{
			prefix: "x:",
			sst: []string{
				`<x:t>姓名</x:t>`, `<x:t>身份证号码</x:t>`,
				`<x:r><x:t>巴特尔</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>•朝鲁</x:t></x:r><x:rPh sb="0" eb="3"><x:t>バトル</x:t></x:rPh><x:phoneticPr fontId="1"/>`,
				`<x:t xml:space="preserve"> 乌加河村党支部 </x:t>`,
				`<x:t>a_x000D__x000A_b_x005F_x &amp; &lt;&#x4E2D;&#25991;&gt;</x:t>`,
				`<x:t><![CDATA[<原样> & 保留]]></x:t>`,
				`<x:t>第一行` + "\r\n" + `第二行` + "\r" + `第三行</x:t>`,
				`<x:t/>`,
			},
			sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml", state: "hidden", rows: pkgRow("x:", 0,
				pkgXML(`<x:c t="s"><x:v>0</x:v></x:c>`), pkgXML(`<x:c t="s"><x:v>1</x:v></x:c>`), pkgXML(`<x:c t="s"><x:v>4</x:v></x:c>`), pkgXML(`<x:c t="s"><x:v>5</x:v></x:c>`)) +
				pkgRow("x:", 0, pkgXML(`<x:c t="s"><x:v>2</x:v></x:c>`), rdMale2, pkgXML(`<x:c t="s"><x:v>3</x:v></x:c>`), pkgXML(`<x:c t="s"><x:v> 6 </x:v></x:c>`), pkgXML(`<x:c t="s"><x:v>7</x:v></x:c>`)),
				after: `<x:mergeCells count="1"><x:mergeCell ref="A2:A4"/></x:mergeCells>`}},
		},
		{
			strict: true, date1904: true, absolute: true,
			sheets: []pkgSheet{
				{name: "Sheet 1", part: "worksheets/data%201.xml", zipName: "worksheets/data 1.xml", rows: row("", 1,
					`<c r="A1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line </t></r></is></c>`,
					`<c r="B1"><v>1.52824198001011E+17</v></c>`, `<c r="C1" t="b"><v>1</v></c>`, `<c r="D1" t="e"><v>#N/A</v></c>`,
					`<c r="E1" t="str"><f>A1</f><v>x</v></c>`, `<c r="F1"><f>SUM(A1:A2)</f></c>`, `<c r="G1" s="2"/>`,
					`<c r="H1" t="d"><v>2026-09-05T00:00:00Z</v></c>`, `<c r="I1"><!-- a comment --><v> 6 </v></c>`,
					`<c r="J1" t="inlineStr"><is><t>&#x1F600;&quot;&apos;</t><rPh><t>ふり</t></rPh></is></c>`) +
					`<row><c><v>5</v></c><c t="n"><v>6</v></c></row><row spans="1:2"><c r="B4"><v>4</v></c><c r="A4"><v>1</v></c></row>` +
					row("", 9, `<c r="A9" t="e"><f>VLOOKUP(1,X:Y,2,0)</f><v>#N/A</v></c>`, `<c r="B9" t="str"><f>C9</f></c>`, `<c r="C9" t="str"><f>""</f><v></v></c>`, `<c r="XFD9"><v>7</v></c>`) +
					`<row r="10"/>`,
					after: `<mergeCells count="2"><mergeCell ref="C9:B7"/><mergeCell ref="A1:P1"/></mergeCells>`},
				{name: "隐藏", part: "../xl/worksheets/s2.xml", zipName: "worksheets/s2.xml", state: "veryHidden", rows: row("", 1, `<c r="A1" t="inlineStr"><is><t>旧表</t></is></c>`)},
			},
		},
	}
	var paths []string
	for _, b := range books {
		paths = append(paths, pkgWrite(t, b))
	}
	// A sheet and its shared strings declared and stored in GBK.
	gbk := func(s string) string {
		b, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	p := pkgWrite(t, pkgBook{
		sst: []string{"<t>姓名</t>", "<t>乌加河镇</t>"},
		sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml",
			rows: row("", 1, `<c r="A1" t="s"><v>0</v></c>`, `<c r="B1" t="inlineStr"><is><t>张三</t></is></c>`) + row("", 2, `<c r="A2" t="s"><v>1</v></c>`)}},
	})
	paths = append(paths, rewriteParts(t, p, map[string]func(string) string{
		"xl/worksheets/sheet1.xml": func(s string) string {
			return gbk(strings.Replace(s, `encoding="UTF-8"`, `encoding="GBK"`, 1))
		},
		"xl/sharedStrings.xml": func(s string) string {
			return gbk(strings.Replace(s, `encoding="UTF-8"`, `encoding="gb2312"`, 1))
		},
	}))
	// Workbooks written by excelize: merged cells, hidden sheets, the
	// 1904 date system, a large roster.
	paths = append(paths, rdWrite(t, true,
		rdSheet{name: "救助申报", rows: [][]any{{"姓名", "身份证号码", "申报日期"}, {"张三", rdMale1, rdDate(2026, 9, 5)}, {"李四", rdMale2, rdNum(46270)}}, merges: [][2]string{{"C2", "C3"}}},
		rdSheet{name: "旧", hidden: true, rows: [][]any{{"x"}}}))
	paths = append(paths, rdMembersBook(t, filepath.Join(t.TempDir(), "members.xlsx"), 3000))
	return paths
}

func TestDifferentialReader(t *testing.T) {
	files := append(diffFixtures(t), diffBooks(t)...)
	for _, path := range files {
		t.Run(filepath.Base(filepath.Dir(path))+"/"+filepath.Base(path), func(t *testing.T) {
			password := ""
			if strings.HasSuffix(path, "encrypted.xlsx") {
				password = "relief2026"
			}
			old, oerr := refOpen(path, password)
			cur, nerr := openXLSX(path, password)
			if (oerr == nil) != (nerr == nil) {
				t.Fatalf("open: reference %v, streaming %v", oerr, nerr)
			}
			if oerr != nil {
				return // both refuse the file (checkFile decides for both)
			}
			defer old.Close()
			defer cur.Close()
			if !slices.Equal(old.sheets, cur.sheets) || old.date1904 != cur.date1904 {
				t.Fatalf("sheets %+v %v, reference %+v %v", cur.sheets, cur.date1904, old.sheets, old.date1904)
			}
			osst, oerr := old.sharedStrings()
			nsst, nerr := sstStrings(cur.sharedStrings())
			if oerr != nil || nerr != nil || !slices.Equal(osst, nsst) {
				t.Errorf("shared strings %q (%v), reference %q (%v)", nsst, nerr, osst, oerr)
			}
			for _, ref := range cur.sheets {
				diffSheet(t, old, cur, ref)
			}
		})
	}
}

// diffSheet compares one sheet's rows and merged ranges.
func diffSheet(t *testing.T, old *refFile, cur *xlsxFile, ref sheetRef) {
	t.Helper()
	want, werr := refSheetRows(old, ref)
	src, err := cur.openRows(ref, true)
	if err != nil {
		if werr == nil {
			t.Errorf("%s: %v, reference read it", ref.Name, err)
		}
		return
	}
	defer src.Close()
	src.anyOrder = true
	var got []string
	for src.Next() {
		got = append(got, diffRow(src.Row()))
	}
	if (src.Err() == nil) != (werr == nil) || !slices.Equal(got, want) {
		t.Errorf("%s: rows\n%q (%v)\nreference\n%q (%v)", ref.Name, got, src.Err(), want, werr)
	}
	ms, err := src.finish()
	oms, oerr := old.mergeRanges(ref)
	if (err == nil) != (oerr == nil) || fmt.Sprint(ms) != fmt.Sprint(oms) {
		t.Errorf("%s: merged ranges %v (%v), reference %v (%v)", ref.Name, ms, err, oms, oerr)
	}
}

// refSheetRows reads a sheet through the reference reader.
func refSheetRows(f *refFile, ref sheetRef) ([]string, error) {
	src, err := f.rows(ref)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	var out []string
	for src.Next() {
		out = append(out, diffRow(src.Row()))
	}
	return out, src.Err()
}

// diffRow renders a row with every flag of every cell.
func diffRow(num int, cells []rawCell) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d:", num)
	for _, c := range cells {
		fmt.Fprintf(&b, "|%q", c.Value)
		for _, f := range []struct {
			on bool
			m  string
		}{{c.Numeric, "#"}, {c.Formula, "="}, {c.Error, "!"}, {c.Uncached, "?"}} {
			if f.on {
				b.WriteString(f.m)
			}
		}
	}
	return b.String()
}

// rewriteParts copies the package at path with some parts changed by
// their functions (nil drops the part), and returns the copy's path.
func rewriteParts(t testing.TB, path string, change map[string]func(string) string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	out := filepath.Join(t.TempDir(), "changed-"+filepath.Base(path))
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		fn, ok := change[zf.Name]
		if ok && fn == nil {
			continue
		}
		if ok {
			body = []byte(fn(string(body)))
		}
		w, err := zw.Create(zf.Name)
		if err == nil {
			_, err = w.Write(body)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzScannerDifferential reads arbitrary worksheet XML through both
// readers: when both read it, the rows are the same; the streaming one
// may refuse only what is not well-formed XML (encoding/xml's strict
// Token says so), which the reference let through.
func FuzzScannerDifferential(f *testing.F) {
	f.Add(`<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x&amp;y</t></is></c></row></sheetData></worksheet>`)
	f.Add(`<worksheet><sheetData><row><c><v>1</v></c><c t="str"><f>A1</f><v>y</v></c></row><row r="9"/></sheetData></worksheet>`)
	f.Add(`<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row x:r="2"><x:c x:r="AB2" x:t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`)
	f.Add("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[a\r\nb]]>&#x41;<!-- c --></t></is></c></row></sheetData></worksheet>")
	f.Add(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "v">]><worksheet><sheetData><row r="1"><c r="A1" t="d"><v>2026-09-05T00:00:00</v></c><c r="B1" t="e"><v>#REF!</v></c></row></sheetData></worksheet>`)
	sst := []string{"a", "b"}
	f.Fuzz(func(t *testing.T, sheet string) {
		ref := &refRows{f: &refFile{sst: sst, sstOK: true}, d: refDecoder(strings.NewReader(sheet))}
		var want []string
		last := 0
		for ref.Next() {
			// A row number stored again right after itself is read once.
			if n, _ := ref.Row(); n != last {
				want = append(want, diffRow(ref.Row()))
				last = n
			}
		}
		cur := testRows(sheet, sst)
		cur.anyOrder = true
		var got []string
		for cur.Next() {
			got = append(got, diffRow(cur.Row()))
		}
		switch {
		case ref.Err() == nil && cur.Err() == nil:
			// The reference stops at </sheetData>; a well-formed sheet
			// reads the same.
			if !slices.Equal(got, want) && wellFormed(sheet) {
				t.Fatalf("rows %q, reference %q", got, want)
			}
		case ref.Err() == nil && cur.Err() != nil:
			if wellFormed(sheet) && !strings.Contains(cur.Err().Error(), "in sheetData") && !strings.Contains(sheet, "\x00") {
				t.Fatalf("refused well-formed XML: %v", cur.Err())
			}
		}
	})
}

// wellFormed reports whether encoding/xml reads s to its end, checking
// that every element is closed as it was opened, and s has an element.
func wellFormed(s string) bool {
	d := xml.NewDecoder(strings.NewReader(s))
	d.CharsetReader = charset.NewReaderLabel
	depth, elems := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return depth == 0 && elems > 0
		}
		if err != nil {
			return false
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			elems++
		case xml.EndElement:
			depth--
		}
	}
}

// The cells as displayed (Cells, for the copies of check -o) against
// excelize's display with the options the copies were made with before:
// every committed workbook, every sheet, cell by cell.
func TestDifferentialDisplay(t *testing.T) {
	for _, path := range diffFixtures(t) {
		if strings.Contains(path, "bad") {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			x, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: 1 << 30,
				ShortDatePattern: "yyyy/m/d", LongDatePattern: `yyyy"年"m"月"d"日"`, CultureInfo: excelize.CultureNameZhCN})
			if err != nil {
				t.Fatal(err)
			}
			defer x.Close()
			c, err := OpenCells(path, "")
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			for _, name := range x.GetSheetList() {
				rows, err := x.Rows(name)
				if err != nil {
					t.Fatal(err)
				}
				want := map[int][]string{}
				for n := 1; rows.Next(); n++ {
					cells, _ := rows.Columns()
					for len(cells) > 0 && cells[len(cells)-1] == "" {
						cells = cells[:len(cells)-1]
					}
					if len(cells) > 0 {
						want[n] = cells
					}
				}
				rows.Close()
				got := map[int][]string{}
				if err := c.Sheet(name, nil, func(row int, cells []string) error {
					for len(cells) > 0 && cells[len(cells)-1] == "" {
						cells = cells[:len(cells)-1]
					}
					if len(cells) > 0 {
						got[row] = slices.Clone(cells)
					}
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				if fmt.Sprint(got) != fmt.Sprint(want) {
					for n, w := range want {
						if !slices.Equal(got[n], w) {
							t.Errorf("%s row %d: %q, excelize %q", name, n, got[n], w)
						}
					}
					if len(got) != len(want) {
						t.Errorf("%s: %d rows, excelize %d", name, len(got), len(want))
					}
				}
			}
		})
	}
}

// Parts stored in UTF-16 (with a byte order mark), which encoding/xml
// could not read, are read too.
func TestReadUTF16Parts(t *testing.T) {
	p := pkgWrite(t, pkgBook{
		sst:    []string{"<t>姓名</t>", "<t>身份证号码</t>"},
		sheets: []pkgSheet{{name: "救助申报", part: "worksheets/sheet1.xml", rows: pkgRow("", 1, pkgXML(`<c r="A1" t="s"><v>0</v></c>`), pkgXML(`<c r="B1" t="s"><v>1</v></c>`), "所属苏木镇", "所在党支部", "申报日期") + pkgRow("", 2, "张三", rdMale1, "乌加河镇", "乌加河村党支部", serial0905)}},
	})
	utf16 := func(s string) string {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(strings.Replace(s, `encoding="UTF-8"`, `encoding="UTF-16"`, 1))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	wb, err := Read(rewriteParts(t, p, map[string]func(string) string{"xl/worksheets/sheet1.xml": utf16, "xl/sharedStrings.xml": utf16}), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Applicants) != 1 || wb.Applicants[0].Name != "张三" || wb.Applicants[0].IDNumber != rdMale1 {
		t.Errorf("applicants %+v, problems %v", wb.Applicants, rdProblems(wb))
	}
}
