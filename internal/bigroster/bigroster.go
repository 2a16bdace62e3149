// Package bigroster writes a province-scale relief workbook the way Excel
// and WPS save one: every text in the shared-strings table, raw UTF-8,
// cells with their references, dates as serial numbers in a date style.
// It is the input of the speed and memory targets (scripts/bench, the
// benchmarks of roster and assessment): a million members is 65 MB on
// disk, so the workbook is made when needed and never committed. The
// same numbers always give the same workbook.
//
// The members are spread over 40 townships of 8 places and 40 branches
// each; one member in members/applicants applies, with votes that pass,
// so that the quota (2.5 % of the members) selects a fortieth of the
// applicants and every document has as many pages as a province's.
package bigroster

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"time"
)

// Write writes a workbook of members members and applicants applicants
// (at most members) to path.
func Write(path string, members, applicants int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f, members, applicants); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	return f.Close()
}

var (
	weights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	places  = []string{"海流图镇", "乌加河镇", "德岭山镇", "石哈河镇", "甘其毛都镇", "温更镇", "新忽热苏木", "呼勒斯太苏木"}
	nth     = []string{"", "二", "三", "四", "五"}
	surname = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓")
	given   = []rune("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华建国志红海波鹏飞云")
	causes  = []string{"疾病", "长期失业", "子女上学", "天灾人祸"}
	levels  = []string{"特别困难", "比较困难", "一般困难"}
	epoch   = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
)

var (
	memberHeader    = []string{"序号", "姓名", "性别", "民族", "身份证号码", "所属苏木镇", "所在党支部", "党员类别", "入党时间", "联系电话"}
	applicantHeader = []string{"序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "家庭人口", "家庭年收入（元）", "困难原因", "困难程度",
		"享受其他救助", "违纪违法情况", "不予救助情形", "是否脱贫", "应到人数", "实到人数", "赞成票", "反对票", "弃权票", "审定日期", "公示异议"}
)

// cell is a value of a row: string (shared), int, or time.Time (a date).
type cell any

// book collects the shared strings while the sheets are written.
type book struct {
	strs []string
	idx  map[string]int
}

func (b *book) sst(s string) int {
	if i, ok := b.idx[s]; ok {
		return i
	}
	b.idx[s] = len(b.strs)
	b.strs = append(b.strs, s)
	return len(b.strs) - 1
}

// row writes one <row> with its cells.
func (b *book) row(w *bufio.Writer, n int, cells []cell) {
	fmt.Fprintf(w, `<row r="%d">`, n)
	for j, c := range cells {
		ref := colName(j+1) + strconv.Itoa(n)
		switch v := c.(type) {
		case string:
			fmt.Fprintf(w, `<c r="%s" t="s"><v>%d</v></c>`, ref, b.sst(v))
		case time.Time:
			fmt.Fprintf(w, `<c r="%s" s="1"><v>%d</v></c>`, ref, int(v.Sub(epoch).Hours()/24))
		case int:
			fmt.Fprintf(w, `<c r="%s"><v>%d</v></c>`, ref, v)
		}
	}
	w.WriteString(`</row>`)
}

func colName(n int) string {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s
}

const (
	xmlHead   = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	sheetHead = xmlHead + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>`
	sheetTail = `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
)

func write(out io.Writer, members, applicants int) error {
	if applicants > members {
		return fmt.Errorf("%d applicants but only %d members", applicants, members)
	}
	z := zip.NewWriter(out)
	b := &book{idx: map[string]int{}}
	rnd := rand.New(rand.NewPCG(7, 2026))
	var towns []string
	for _, p := range places {
		for _, k := range nth {
			towns = append(towns, p+k)
		}
	}

	ms, err := z.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return err
	}
	mw := bufio.NewWriterSize(ms, 1<<16)
	mw.WriteString(sheetHead)
	b.row(mw, 1, toCells(memberHeader))
	type applicant struct {
		name, id, town, branch string
		i                      int
	}
	var apps []applicant
	seen := make(map[string]bool, members)
	every := max(1, members/max(1, applicants))
	for i := 0; i < members; i++ {
		var s17 string
		for {
			s17 = fmt.Sprintf("150824%04d%02d%02d%03d", 1940+rnd.IntN(61), 1+rnd.IntN(12), 1+rnd.IntN(28), rnd.IntN(1000))
			if !seen[s17] {
				break
			}
		}
		seen[s17] = true
		sum := 0
		for k, wt := range weights {
			sum += int(s17[k]-'0') * wt
		}
		id := s17 + string("10X98765432"[sum%11])
		name := string(surname[rnd.IntN(len(surname))]) + string(given[rnd.IntN(len(given))])
		if i%2 == 1 {
			name += string(given[rnd.IntN(len(given))])
		}
		gender := "女"
		if (s17[16]-'0')%2 == 1 {
			gender = "男"
		}
		town := towns[i%len(towns)]
		branch := fmt.Sprintf("%s第%d党支部", town, i%40+1)
		joined := time.Date(1970+i%50, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		b.row(mw, i+2, []cell{i + 1, name, gender, "汉族", id, town, branch, "正式党员", joined, fmt.Sprintf("1384780%04d", i%10000)})
		if len(apps) < applicants && i%every == 0 {
			apps = append(apps, applicant{name, id, town, branch, i})
		}
	}
	mw.WriteString(sheetTail)
	if err := mw.Flush(); err != nil {
		return err
	}

	as, err := z.Create("xl/worksheets/sheet2.xml")
	if err != nil {
		return err
	}
	aw := bufio.NewWriterSize(as, 1<<16)
	aw.WriteString(sheetHead)
	b.row(aw, 1, toCells(applicantHeader))
	for k, a := range apps {
		applied := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, a.i%30)
		b.row(aw, k+2, []cell{k + 1, a.name, a.id, a.town, a.branch, applied, 1 + a.i%5, 3000 + (a.i*37)%20000,
			causes[a.i%4], levels[a.i%3], "无", "无", "无", "否", 30, 25, 20, 5, 0, time.Date(2026, 10, 20, 0, 0, 0, 0, time.UTC), "无"})
	}
	aw.WriteString(sheetTail)
	if err := aw.Flush(); err != nil {
		return err
	}

	parts := []struct{ name, body string }{
		{"[Content_Types].xml", xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
			`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`},
		{"_rels/.rels", xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", xmlHead + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="党员名册" sheetId="1" r:id="rId1"/><sheet name="救助申报" sheetId="2" r:id="rId2"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>` +
			`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
		{"xl/styles.xml", xmlHead + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
			`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
			`<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`},
	}
	for _, p := range parts {
		w, err := z.Create(p.name)
		if err == nil {
			_, err = io.WriteString(w, p.body)
		}
		if err != nil {
			return err
		}
	}
	w, err := z.Create("xl/sharedStrings.xml")
	if err != nil {
		return err
	}
	sw := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(sw, xmlHead+`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, len(b.strs), len(b.strs))
	esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	for _, s := range b.strs {
		sw.WriteString("<si><t>" + esc.Replace(s) + "</t></si>")
	}
	sw.WriteString("</sst>")
	if err := sw.Flush(); err != nil {
		return err
	}
	return z.Close()
}

func toCells(ss []string) []cell {
	out := make([]cell, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
