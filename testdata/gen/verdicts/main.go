// Command verdicts writes testdata/verdicts.xlsx: one applicant per
// verdict reason of the eligibility rules (and each deadline warning), for
// the end-to-end tests check_verdicts.txtar and votes_*.txtar.
//
//	go run ./testdata/gen/verdicts
//
// Every identity number is valid (GB 11643 check character computed here)
// except row 19's, which is the invalid row. Run the tests with
// --as-of 2026-11-27.
package main

import (
	"fmt"
	"log"
	"os"

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

type applicant struct {
	name, id, gender, township, branch, applied  string
	size, income, causes, level, aid, misconduct string
	exclusion, poor                              string
	voters, present, vfor, against, abstain      string
	approved, objection                          string
	member                                       bool // on the members roster
}

func main() {
	out := "testdata/verdicts.xlsx"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	const hl, hd, wj = "海流图镇", "第一党支部", "第二党支部"
	const wjh = "乌加河镇"
	ok := func(name string, seq int, gender string) applicant {
		return applicant{name: name, id: id("19700101", seq), gender: gender, township: hl, branch: hd,
			applied: "2026-09-01", size: "3", income: "6000", causes: "疾病", level: "比较困难", aid: "无",
			misconduct: "无", exclusion: "无", poor: "否",
			voters: "20", present: "18", vfor: "15", against: "2", abstain: "1",
			approved: "2026-10-15", objection: "无", member: true}
	}
	rows := []func() applicant{
		func() applicant { a := ok("符合甲", 11, "男"); a.aid = "民政、扶贫"; return a }, // row 2
		func() applicant { a := ok("违纪乙", 13, "男"); a.misconduct = "赌博"; return a },
		func() applicant { a := ok("无因丙", 15, "男"); a.causes = "无"; return a },
		func() applicant { a := ok("收入丁", 17, "男"); a.size = "2"; a.income = "8000"; return a },
		func() applicant {
			a := ok("懒惰戊", 19, "男")
			a.exclusion = "本人懒惰"
			a.branch = wj
			return a
		},
		func() applicant {
			a := ok("赡养己", 21, "男")
			a.exclusion = "子女有赡养能力不赡养"
			a.branch = wj
			return a
		},
		func() applicant {
			a := ok("党费庚", 23, "男")
			a.exclusion = "不愿交纳党费"
			a.branch = wj
			return a
		},
		func() applicant { a := ok("脱贫辛", 25, "男"); a.poor = "是"; a.branch = wj; return a },
		func() applicant { a := ok("外来壬", 27, "男"); a.member = false; a.township = wjh; return a }, // row 10
		func() applicant {
			a := ok("未表决癸", 29, "男")
			a.voters, a.present, a.vfor, a.against, a.abstain = "", "", "", "", ""
			a.township = wjh
			return a
		},
		func() applicant {
			a := ok("不足半数子", 31, "男")
			a.voters, a.present, a.vfor, a.against, a.abstain = "20", "10", "10", "0", "0"
			a.township = wjh
			return a
		},
		func() applicant {
			a := ok("未过半丑", 33, "男")
			a.voters, a.present, a.vfor, a.against, a.abstain = "20", "12", "10", "2", "0"
			a.township = wjh
			return a
		},
		func() applicant {
			a := ok("低票寅", 35, "男")
			a.voters, a.present, a.vfor, a.against, a.abstain = "22", "19", "12", "7", "0"
			return a
		},
		func() applicant {
			a := ok("恰好卯", 37, "男")
			a.voters, a.present, a.vfor, a.against, a.abstain = "24", "20", "13", "7", "0"
			return a
		},
		func() applicant { a := ok("待复核辰", 39, "男"); a.objection = "有异议待复核"; return a },
		func() applicant { a := ok("异议巳", 41, "男"); a.objection = "异议成立"; return a },
		func() applicant { a := ok("不成立午", 43, "男"); a.objection = "异议不成立"; return a },
		func() applicant {
			a := ok("错号未", 45, "男")
			a.id = a.id[:17] + map[bool]string{true: "1", false: "2"}[a.id[17] != '1']
			return a
		}, // row 19
		func() applicant { a := ok("超期申", 47, "男"); a.applied = "2026-08-01"; a.approved = ""; return a },
		func() applicant { a := ok("临期酉", 49, "男"); a.applied = "2026-10-01"; a.approved = ""; return a },
		func() applicant {
			a := ok("迟审戌", 51, "男")
			a.applied = "2026-08-01"
			a.approved = "2026-10-01"
			return a
		},
		func() applicant {
			a := ok("多因亥", 53, "男")
			a.poor = "是"
			a.objection = "有异议待复核"
			a.voters, a.present, a.vfor, a.against, a.abstain = "", "", "", "", ""
			return a
		},
	}

	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		if err != nil {
			log.Fatal(err)
		}
	}
	must(f.SetSheetName("Sheet1", "党员名册"))
	_, err := f.NewSheet("救助申报")
	must(err)

	set := func(sheet string, row int, cells ...string) {
		for i, c := range cells {
			if c == "" {
				continue
			}
			ref, err := excelize.CoordinatesToCellName(i+1, row)
			must(err)
			must(f.SetCellStr(sheet, ref, c))
		}
	}
	set("党员名册", 1, "姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "党员类别")
	set("救助申报", 1, "姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期", "家庭人口", "家庭年收入（元）",
		"困难原因", "困难程度", "享受其他救助", "违纪违法情况", "不予救助情形", "是否脱贫",
		"应到人数", "实到人数", "赞成票", "反对票", "弃权票", "审定日期", "公示异议")
	mrow := 2
	for i, mk := range rows {
		a := mk()
		set("救助申报", i+2, a.name, a.id, a.gender, a.township, a.branch, a.applied, a.size, a.income,
			a.causes, a.level, a.aid, a.misconduct, a.exclusion, a.poor,
			a.voters, a.present, a.vfor, a.against, a.abstain, a.approved, a.objection)
		if a.member {
			set("党员名册", mrow, a.name, a.id, a.gender, a.township, a.branch, "正式党员")
			mrow++
		}
	}
	// Members who did not apply: 20 formal members in each branch, so
	// that each assembly's 20 voters are on the roster.
	for b, br := range [][2]string{{hl, hd}, {hl, wj}, {wjh, hd}} {
		for i := 0; i < 20; i++ {
			set("党员名册", mrow, fmt.Sprintf("党员%d%02d", b+1, i+1), id(fmt.Sprintf("198%d0101", b), 101+2*i), "男", br[0], br[1], "正式党员")
			mrow++
		}
	}
	must(f.SaveAs(out))
}
