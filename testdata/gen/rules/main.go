// Command rules writes testdata/rules.xlsx: one applicant per rule of
// issue 9 (conduct text, §4.3, the level, 脱贫户, the vote's checks, the
// roster match, the application year), for the end-to-end tests
// *_rules.txtar. It also writes the same workbook as flat ODS,
// testdata/src/rules.fods, which LibreOffice turns into
// testdata/rules-lo.xlsx, so that the tests read the rows as another
// spreadsheet program writes them:
//
//	go run ./testdata/gen/rules
//
// and then LibreOffice as testdata/src/README.md says.
//
// Every identity number is valid (GB 11643 check character computed
// here). Run the tests with --as-of 2026-11-27.
package main

import (
	"fmt"
	"html"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// id builds a valid 18-character identity number from a birth date and a
// sequence number (odd: male, even: female).
func id(birth string, seq int) string {
	body := fmt.Sprintf("150824%s%03d", birth, seq)
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(body[i]-'0') * w
	}
	return body + string("10X98765432"[sum%11])
}

const (
	hl, wj = "海流图镇", "乌加河镇"
	b1, b2 = "第一党支部", "第二党支部"
)

// applicantHeaders are the applicants sheet's columns: 是否脱贫户 is not
// a column relief reads (column-ignored).
var applicantHeaders = []string{"姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期", "困难原因", "困难程度",
	"享受其他救助", "违纪违法情况", "是否脱贫户", "应到人数", "实到人数", "赞成票", "反对票", "弃权票", "党员大会日期", "审定日期"}

type applicant struct {
	name, id, township, branch, applied, causes, level, aid, conduct, poorHousehold string
	voters, present, vfor, against, abstain, meeting, approved                      string
	// On the roster: the member's name, township and branch, when they
	// are not the applicant's.
	rosterName, rosterTownship, rosterBranch string
}

func rows() []applicant {
	n := 0
	ok := func(name string) applicant {
		n++
		return applicant{name: name, id: id("19650101", 2*n+1), township: hl, branch: b1, applied: "2026-09-01",
			causes: "疾病", level: "比较困难", aid: "无", conduct: "无", poorHousehold: "否",
			voters: "20", present: "18", vfor: "15", against: "2", abstain: "1", approved: "2026-10-15"}
	}
	return []applicant{
		func() applicant { a := ok("良好甲"); a.conduct = "遵纪守法，表现良好"; return a }(),  // 2: eligible
		func() applicant { a := ok("无违纪乙"); a.conduct = "无违纪违法行为"; return a }(),   // 3: eligible
		func() applicant { a := ok("打架丙"); a.conduct = "因打架斗殴被行政拘留"; return a }(), // 4: conduct
		func() applicant {
			a := ok("曾赌丁")
			a.conduct = "2019年曾因赌博被拘留，已期满"
			return a
		}(), // 5: conduct-unclear
		func() applicant { a := ok("一般戊"); a.conduct = "表现一般"; return a }(), // 6: conduct-unclear
		func() applicant { a := ok("超生己"); a.conduct = "超生"; return a }(),   // 7: conduct (a policy may drop it)
		func() applicant { a := ok("自理庚"); a.causes = "无自理能力"; return a }(), // 8: self-care-incomplete
		func() applicant {
			a := ok("两项辛")
			a.causes = "无自理能力、子女赡养能力低下"
			return a
		}(), // 9: eligible (§4.3)
		func() applicant { a := ok("程度壬"); a.level = ""; return a }(),                                  // 10: level-missing
		func() applicant { a := ok("脱贫户癸"); a.aid = "脱贫户"; a.poorHousehold = "是"; return a }(),         // 11: eligible, 扶贫 aid
		func() applicant { a := ok("票多子"); a.vfor, a.against, a.abstain = "15", "4", "1"; return a }(), // 12: votes-inconsistent
		func() applicant { a := ok("到多丑"); a.present = "21"; return a }(),                              // 13: votes-inconsistent
		func() applicant { a := ok("少票寅"); a.vfor, a.against, a.abstain = "12", "2", "1"; return a }(), // 14: votes-incomplete
		func() applicant {
			a := ok("应到多卯")
			a.township, a.voters, a.present, a.vfor, a.against = wj, "30", "20", "16", "3"
			return a
		}(), // 15: voters-exceed-roster
		func() applicant { a := ok("会议辰"); a.meeting = "2026-09-20"; return a }(),                           // 16
		func() applicant { a := ok("会议巳"); a.meeting, a.voters = "2026-09-20", "22"; return a }(),           // 17: meeting-mismatch
		func() applicant { a := ok("错名午"); a.rosterName = "错名五"; return a }(),                               // 18: roster-name-mismatch
		func() applicant { a := ok("错镇未"); a.rosterTownship = wj; return a }(),                              // 19: roster-township-mismatch
		func() applicant { a := ok("简写申"); a.township, a.rosterTownship = "乌加河", wj; return a }(),           // 20: the same township
		func() applicant { a := ok("错支部酉"); a.branch, a.rosterBranch = b2, b1; return a }(),                 // 21: roster-branch-mismatch
		func() applicant { a := ok("去年戌"); a.applied, a.approved = "2025-12-20", "2026-01-30"; return a }(), // 22: applied-other-year
	}
}

func (a applicant) cells() []string {
	return []string{a.name, a.id, "男", a.township, a.branch, a.applied, a.causes, a.level, a.aid, a.conduct, a.poorHousehold,
		a.voters, a.present, a.vfor, a.against, a.abstain, a.meeting, a.approved}
}

// members are the roster: each applicant, then 22 formal members of each
// branch and 3 probationary ones (who have no vote).
func members() [][]string {
	out := [][]string{{"姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "党员类别"}}
	for _, a := range rows() {
		name, town, branch := a.name, a.township, a.branch
		if a.rosterName != "" {
			name = a.rosterName
		}
		if a.rosterTownship != "" {
			town = a.rosterTownship
		}
		if a.rosterBranch != "" {
			branch = a.rosterBranch
		}
		out = append(out, []string{name, a.id, "男", town, branch, "正式党员"})
	}
	for b, br := range [][2]string{{hl, b1}, {wj, b1}, {hl, b2}} {
		for i := 0; i < 25; i++ {
			kind := "正式党员"
			if i >= 22 {
				kind = "预备党员"
			}
			out = append(out, []string{fmt.Sprintf("党员%d%02d", b+1, i+1), id(fmt.Sprintf("198%d0101", b), 101+2*i), "男", br[0], br[1], kind})
		}
	}
	return out
}

func applicants() [][]string {
	out := [][]string{applicantHeaders}
	for _, a := range rows() {
		out = append(out, a.cells())
	}
	return out
}

func main() {
	log.SetFlags(0)
	dir := "testdata"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := writeXLSX(filepath.Join(dir, "rules.xlsx")); err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "src"), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "src", "rules.fods"), []byte(fods()), 0o644); err != nil {
		log.Fatal(err)
	}
}

func writeXLSX(path string) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "党员名册"); err != nil {
		return err
	}
	if _, err := f.NewSheet("救助申报"); err != nil {
		return err
	}
	for sheet, rows := range map[string][][]string{"党员名册": members(), "救助申报": applicants()} {
		for r, row := range rows {
			for c, v := range row {
				if v == "" {
					continue
				}
				ref, err := excelize.CoordinatesToCellName(c+1, r+1)
				if err != nil {
					return err
				}
				if err := f.SetCellStr(sheet, ref, v); err != nil {
					return err
				}
			}
		}
	}
	return f.SaveAs(path)
}

// fods writes the workbook as LibreOffice's flat ODS: the counts as
// numbers and the dates as dates, as a clerk's spreadsheet holds them.
func fods() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="Ncn"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
 <style:style style:name="cecn" style:family="table-cell" style:data-style-name="Ncn"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
`)
	numeric := map[int]bool{11: true, 12: true, 13: true, 14: true, 15: true}
	dates := map[int]bool{5: true, 16: true, 17: true}
	table := func(name string, rows [][]string, typed bool) {
		fmt.Fprintf(&b, "<table:table table:name=%q>\n", name)
		for r, row := range rows {
			b.WriteString("<table:table-row>")
			for c, v := range row {
				switch {
				case v == "":
					b.WriteString("<table:table-cell/>")
				case typed && r > 0 && numeric[c]:
					fmt.Fprintf(&b, `<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>`, v, v)
				case typed && r > 0 && dates[c]:
					fmt.Fprintf(&b, `<table:table-cell table:style-name="cecn" office:value-type="date" office:date-value="%s"><text:p>%s</text:p></table:table-cell>`, v, v)
				default:
					fmt.Fprintf(&b, `<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>`, html.EscapeString(v))
				}
			}
			b.WriteString("</table:table-row>\n")
		}
		b.WriteString("</table:table>\n")
	}
	table("党员名册", members(), false)
	table("救助申报", applicants(), true)
	b.WriteString("</office:spreadsheet></office:body></office:document>\n")
	return b.String()
}
