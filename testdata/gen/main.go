// Command gen writes the sample workbooks of testdata/: the README's
// sample (sample.xlsx), the messy forms the reader must handle
// (messy.xlsx), a workbook with member counts instead of a roster
// (counts.xlsx), one in the 1904 date system (date1904.xlsx), one with no
// problem at all (clean.xlsx), one with applicants at every stage of the
// procedure (stages.xlsx), two consecutive years with the lists kept
// beside them (year2025.xlsx, year2026.xlsx, previous2025.xlsx,
// review2026.xlsx, review2026q.xlsx: see years.go), the bad inputs of
// testdata/bad/, the townships' files of a banner-wide run (banner/,
// banner_members.xlsx; banner_paid/ the same at the year's end, the
// payments recorded),
// and the damaged and hostile workbooks of testdata/hostile/ (hostile.go).
//
// Run it from the repository root:
//
//	go run ./testdata/gen
//
// The output is deterministic (a fixed random seed); encrypted.xlsx, whose
// salt is random, is only rewritten when its workbook changes.
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"github.com/xuri/excelize/v2"
)

func main() {
	log.SetFlags(0)
	dir := "testdata"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	if err := os.MkdirAll(filepath.Join(dir, "bad"), 0o755); err != nil {
		log.Fatal(err)
	}
	for name, build := range map[string]func() (*excelize.File, error){
		"sample.xlsx":   sample,
		"messy.xlsx":    messy,
		"counts.xlsx":   counts,
		"date1904.xlsx": date1904,
		"clean.xlsx":    clean,
		"stages.xlsx":   stages,
		// The year's records: two consecutive years (years.go).
		"year2025.xlsx":     year2025,
		"year2026.xlsx":     year2026,
		"previous2025.xlsx": previous2025,
		"review2026.xlsx":   review2026,
		"review2026q.xlsx":  review2026q,
	} {
		if err := save(build, filepath.Join(dir, name)); err != nil {
			log.Fatalf("%s: %v", name, err)
		}
	}
	if err := bad(dir, filepath.Join(dir, "bad")); err != nil {
		log.Fatal(err)
	}
	if err := banner(dir); err != nil {
		log.Fatalf("banner: %v", err)
	}
	if err := hostile(dir, filepath.Join(dir, "hostile")); err != nil {
		log.Fatal(err)
	}
}

func save(build func() (*excelize.File, error), path string, opts ...excelize.Options) error {
	f, err := build()
	if err != nil {
		return err
	}
	defer f.Close()
	return f.SaveAs(path, opts...)
}

// ---- identity numbers ----

var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// withCheck appends the GB 11643 check character to 17 digits.
func withCheck(s17 string) string {
	sum := 0
	for i, w := range idWeights {
		sum += int(s17[i]-'0') * w
	}
	return s17 + string("10X98765432"[sum%11])
}

// ids hands out valid, unique identity numbers of Urad Middle Banner.
type ids struct{ next int }

func (g *ids) make(birth time.Time, male bool) string {
	g.next++
	seq := (g.next%499)*2 + 1 // odd: male
	if !male {
		seq++
	}
	return withCheck(fmt.Sprintf("150824%s%03d", birth.Format("20060102"), seq%1000))
}

// ---- cells ----

type (
	dateCell  time.Time // a real Excel date (a serial number with a date format)
	number    float64   // a number cell
	formula   string    // a formula without a cached value, as Excel leaves =SUM(…) until recalculated
	blankCell struct{}
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// serial returns the Excel serial number of a day.
func serial(t time.Time, date1904 bool) float64 {
	if date1904 {
		return t.Sub(day(1904, 1, 1)).Hours() / 24
	}
	return t.Sub(day(1899, 12, 30)).Hours() / 24
}

// sheetWriter writes rows of mixed cells into one sheet.
type sheetWriter struct {
	f        *excelize.File
	name     string
	dateSty  int
	date1904 bool
	err      error
}

func newSheet(f *excelize.File, name string, first bool) *sheetWriter {
	w := &sheetWriter{f: f, name: name}
	if first {
		w.err = f.SetSheetName("Sheet1", name)
	} else {
		_, w.err = f.NewSheet(name)
	}
	fmtCode := `yyyy"年"m"月"d"日"`
	w.dateSty, _ = f.NewStyle(&excelize.Style{CustomNumFmt: &fmtCode})
	return w
}

func (w *sheetWriter) row(r int, vals ...any) {
	for i, v := range vals {
		if w.err != nil {
			return
		}
		cell, _ := excelize.CoordinatesToCellName(i+1, r)
		switch v := v.(type) {
		case nil, blankCell:
		case string:
			if v != "" {
				w.err = w.f.SetCellStr(w.name, cell, v)
			}
		case int:
			w.err = w.f.SetCellInt(w.name, cell, int64(v))
		case number:
			w.err = w.f.SetCellFloat(w.name, cell, float64(v), -1, 64)
		case dateCell:
			if w.err = w.f.SetCellFloat(w.name, cell, serial(time.Time(v), w.date1904), -1, 64); w.err == nil {
				w.err = w.f.SetCellStyle(w.name, cell, cell, w.dateSty)
			}
		case formula:
			w.err = w.f.SetCellFormula(w.name, cell, string(v))
		default:
			w.err = fmt.Errorf("cell %s: unknown value %T", cell, v)
		}
	}
}

func (w *sheetWriter) merge(from, to string) {
	if w.err == nil {
		w.err = w.f.MergeCell(w.name, from, to)
	}
}

func (w *sheetWriter) width(cols string, n float64) {
	if w.err == nil {
		c := cols
		w.err = w.f.SetColWidth(w.name, c[:1], c[len(c)-1:], n)
	}
}

// ---- the README sample ----

type township struct {
	name     string
	branches []string
	sizes    []int // members of each branch
}

// 480 members in townships of different sizes (150, 135, 105, 90), so the
// apportionment of the quota of 12 shows its largest remainders.
var townships = []township{
	{"乌加河镇", []string{"乌加河村党支部", "八股地村党支部", "建设村党支部"}, []int{55, 50, 45}},
	{"海流图镇", []string{"海流图社区党支部", "东街社区党支部", "新忽热嘎查党支部"}, []int{50, 45, 40}},
	{"德岭山镇", []string{"德岭山村党支部", "乌梁素太村党支部", "新光村党支部"}, []int{45, 36, 24}},
	{"川井苏木", []string{"川井嘎查党支部", "巴音哈太嘎查党支部", "苏木机关党支部"}, []int{35, 30, 25}},
}

var (
	surnames   = []rune("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
	givenMale  = []string{"志强", "建国", "海军", "永胜", "振华", "文斌", "春生", "占山", "宝山", "德明", "建华", "国庆", "海涛", "长青", "玉林", "俊峰", "利民", "红军", "卫东", "金宝"}
	givenFem   = []string{"秀英", "桂兰", "丽华", "淑芬", "玉梅", "红霞", "淑珍", "美荣", "秀兰", "凤英", "春梅", "玉兰", "桂芳", "海燕", "丽娟"}
	mongolM    = []string{"巴特尔", "朝鲁", "额尔敦", "苏和", "那仁", "孟和", "巴图", "宝音", "达来", "斯琴"}
	mongolF    = []string{"乌日娜", "其其格", "图雅", "萨仁", "高娃", "娜仁花", "阿拉坦", "格日乐"}
	ethnicHans = "汉族"
	ethnicMong = "蒙古族"
)

// member is one generated party member.
type member struct {
	name, id, gender, ethnicity, township, branch, memberType, phone string
	birth, join                                                      time.Time
}

// joinDate is a plausible day of joining: at 20 to 35, and before 2025.
func joinDate(birth time.Time, rnd *rand.Rand) time.Time {
	j := birth.AddDate(20+rnd.IntN(15), rnd.IntN(12), 0)
	if j.Year() > 2024 {
		j = day(2024-rnd.IntN(3), 1+rnd.IntN(12), 1)
	}
	return j
}

// applicant is one row of the sample's applicants sheet, on top of the
// member it is.
type applicant struct {
	m          *member
	name       string // as written on the applicants sheet, if not the member's
	township   string // as written on the applicants sheet, if not the member's
	idCell     any    // as written, if not the member's number as text
	applied    any
	size       any
	income     any
	causes     string
	level      string
	aid        string
	misconduct string
	exclusion  string
	outOfPov   string
	surveyed   any
	voters     any
	present    any
	votesFor   any
	against    any
	abstain    any
	meeting    any
	reviewed   any
	approved   any
	objection  string
	notes      string
}

func sample() (*excelize.File, error) {
	rnd := rand.New(rand.NewPCG(2026, 150824))
	gen := &ids{}
	newMember := func(tw township, branch string, male, mongol bool, name string) *member {
		birth := day(1950+rnd.IntN(50), 1+rnd.IntN(12), 1+rnd.IntN(28))
		m := &member{
			township: tw.name, branch: branch, birth: birth, ethnicity: ethnicHans, memberType: "正式党员",
			join:  joinDate(birth, rnd),
			phone: fmt.Sprintf("1%d%09d", 3+rnd.IntN(6), rnd.IntN(1_000_000_000)),
		}
		if male {
			m.gender = "男"
		} else {
			m.gender = "女"
		}
		if mongol {
			m.ethnicity = ethnicMong
		}
		switch {
		case name != "":
			m.name = name
		case mongol && male:
			m.name = mongolM[rnd.IntN(len(mongolM))]
		case mongol:
			m.name = mongolF[rnd.IntN(len(mongolF))]
		case male:
			m.name = string(surnames[rnd.IntN(len(surnames))]) + givenMale[rnd.IntN(len(givenMale))]
		default:
			m.name = string(surnames[rnd.IntN(len(surnames))]) + givenFem[rnd.IntN(len(givenFem))]
		}
		m.id = gen.make(m.birth, male)
		return m
	}

	// 480 members, a few probationary.
	var members []*member
	byBranch := map[string][]*member{}
	for _, tw := range townships {
		for b, br := range tw.branches {
			for i := 0; i < tw.sizes[b]; i++ {
				m := newMember(tw, br, rnd.IntN(3) > 0, tw.name == "川井苏木" && rnd.IntN(2) == 0, "")
				if i%13 == 12 {
					m.memberType = "预备党员"
					m.join = day(2026, 3, 1+i%20)
				}
				members = append(members, m)
				byBranch[br] = append(byBranch[br], m)
			}
		}
	}
	formal := func(br string) int {
		n := 0
		for _, m := range byBranch[br] {
			if m.memberType == "正式党员" {
				n++
			}
		}
		return n
	}
	// pick turns the i-th member of a branch into a named applicant.
	pick := func(tw, br int, i int, name string, male bool, birth time.Time) *member {
		t := townships[tw]
		m := byBranch[t.branches[br]][i]
		m.name, m.birth, m.memberType = name, birth, "正式党员"
		m.join = birth.AddDate(25, 6, 0)
		if male {
			m.gender = "男"
		} else {
			m.gender = "女"
		}
		m.id = gen.make(birth, male)
		return m
	}

	// The applicants: a mix of every outcome. Dates run from September to
	// November 2026; the README assesses them as of 2026-11-27.
	steps := func(a *applicant, applied time.Time, form int) {
		forms := []func(time.Time) any{
			func(t time.Time) any { return dateCell(t) },
			func(t time.Time) any { return t.Format("2006.1.2") },
			func(t time.Time) any { return t.Format("2006-01-02") },
			func(t time.Time) any { return t.Format("2006/1/2") },
			func(t time.Time) any { return t.Format("2006年1月2日") },
			func(t time.Time) any { return t.Format("20060102") },
		}
		a.applied = forms[form%len(forms)](applied)
		a.surveyed = applied.AddDate(0, 0, 6).Format("2006.1.2")
		a.meeting = dateCell(applied.AddDate(0, 0, 20))
		a.reviewed = dateCell(applied.AddDate(0, 0, 32))
		a.approved = dateCell(applied.AddDate(0, 0, 45))
	}
	votes := func(a *applicant, br string, present, yes, no int) {
		a.voters, a.present, a.votesFor, a.against, a.abstain = formal(br), present, yes, no, present-yes-no
	}
	var apps []*applicant
	add := func(tw, br, i int, name string, male bool, birth time.Time, fill func(a *applicant)) {
		m := pick(tw, br, i, name, male, birth)
		a := &applicant{m: m, size: 2 + (len(apps)*7)%5, causes: "疾病", level: "比较困难", aid: "无", misconduct: "无", exclusion: "无", outOfPov: "否", objection: "无"}
		a.income = number(float64(8000 + (len(apps)*3700)%22000))
		steps(a, day(2026, 9, 1+len(apps)%20), len(apps))
		present := min(30, formal(m.branch)-2)
		votes(a, m.branch, present, present-3, 2)
		fill(a)
		apps = append(apps, a)
	}
	add(0, 0, 0, "张志强", true, day(1962, 4, 17), func(a *applicant) { a.level = "特别困难"; a.notes = "患尿毒症，长期透析" })
	add(0, 1, 0, "王秀英", false, day(1971, 8, 2), func(a *applicant) {
		a.causes, a.income, a.misconduct = "子女上学", "12,000元", "遵纪守法"
	})
	add(0, 2, 0, "李建军", true, day(1968, 5, 20), func(a *applicant) {
		a.causes, a.level, a.aid, a.misconduct = "长期失业", "一般困难", "民政", "表现良好，无违纪违法行为"
	})
	add(3, 0, 0, "巴特尔·朝鲁", true, day(1958, 11, 3), func(a *applicant) {
		a.name = "巴特尔・朝鲁" // written with the katakana middle dot
		a.causes, a.level = "天灾人祸", "特别困难"
		a.notes = "2026年7月冰雹灾害，房屋受损"
	})
	add(1, 0, 0, "刘桂兰", false, day(1949, 2, 14), func(a *applicant) {
		a.causes, a.level, a.aid, a.size = "无自理能力、子女赡养能力低", "特别困难", "民政、扶贫", 1
	})
	add(1, 1, 0, "赵永胜", true, day(1975, 6, 30), func(a *applicant) { a.misconduct = "赌博" })
	add(1, 2, 0, "孙海涛", true, day(1980, 1, 9), func(a *applicant) { a.misconduct = "酒后驾驶被行政拘留" })
	add(2, 0, 0, "周丽华", false, day(1966, 9, 25), func(a *applicant) { a.causes = "无" })
	add(2, 1, 0, "吴国庆", true, day(1959, 10, 1), func(a *applicant) { votes(a, a.m.branch, 20, 12, 6) })
	// exactly 65 %: 13 of 20 present, in a branch of 22 voting members
	add(2, 2, 0, "郑淑芬", false, day(1963, 3, 8), func(a *applicant) { votes(a, a.m.branch, 20, 13, 5) })
	add(3, 1, 0, "冯振华", true, day(1957, 7, 7), func(a *applicant) {
		n := formal(a.m.branch)
		votes(a, a.m.branch, n/2, n/2-1, 1)
	})
	add(3, 2, 0, "陈玉梅", false, day(1970, 12, 12), func(a *applicant) {
		a.voters, a.present, a.votesFor, a.against, a.abstain, a.meeting = nil, nil, nil, nil, nil, nil
		a.reviewed, a.approved = nil, nil
		a.notes = "党员大会尚未召开"
	})
	add(0, 0, 1, "褚海军", true, day(1961, 5, 5), func(a *applicant) { a.objection = "有异议待复核" })
	add(0, 1, 1, "卫红霞", false, day(1969, 4, 4), func(a *applicant) {
		a.objection = "异议成立"
		a.notes = "公示期间群众反映家有营运车辆，经复核属实"
	})
	add(0, 2, 1, "蒋文斌", true, day(1964, 2, 28), func(a *applicant) { a.outOfPov = "是" })
	add(1, 0, 1, "沈春生", true, day(1972, 8, 18), func(a *applicant) { a.exclusion = "本人懒惰"; a.causes = "长期失业" })
	add(1, 1, 1, "韩淑珍", false, day(1967, 6, 16), func(a *applicant) {
		id := []byte(a.m.id) // a mistyped digit: the check character fails
		id[15] = '0' + (id[15]-'0'+1)%10
		a.idCell = string(id)
	})
	add(1, 2, 1, "杨占山", true, day(1960, 3, 16), func(a *applicant) {
		var v float64 // typed into a number cell: Excel keeps 15 significant digits
		fmt.Sscan(a.m.id[:15]+"000", &v)
		a.idCell = number(v)
	})
	add(2, 0, 1, "朱宝山", true, day(1962, 3, 15), func(a *applicant) {
		// the old 15-digit card: the roster has the 18-digit number
		a.idCell = a.m.id[:6] + a.m.id[8:17]
	})
	add(2, 1, 1, "秦美荣", false, day(1974, 10, 10), func(a *applicant) { a.objection = "异议不成立" })
	add(3, 0, 1, "乌日娜", false, day(1965, 1, 21), func(a *applicant) { a.level = "比较困难"; a.m.ethnicity = ethnicMong })
	add(3, 0, 2, "其其格", false, day(1978, 5, 1), func(a *applicant) { a.causes, a.level = "子女上学", "一般困难"; a.m.ethnicity = ethnicMong })
	add(2, 2, 1, "许德明", true, day(1956, 12, 1), func(a *applicant) {
		a.level = "一般困难"
		a.approved = dateCell(day(2026, 11, 20)) // 75 days after the application
		a.applied = dateCell(day(2026, 9, 6))
	})
	add(3, 1, 1, "何建华", true, day(1969, 9, 9), func(a *applicant) { a.causes = "天灾人祸" })
	add(3, 2, 1, "吕秀兰", false, day(1953, 7, 22), func(a *applicant) { a.causes, a.level = "疾病、子女上学", "特别困难" })
	add(0, 0, 2, "苏和", true, day(1966, 11, 11), func(a *applicant) { a.causes = "长期失业"; a.m.ethnicity = ethnicMong })
	// A past breach written out: a person decides (conduct-unclear); one
	// member present did not vote (votes-incomplete).
	add(0, 1, 2, "马春梅", false, day(1972, 2, 2), func(a *applicant) {
		a.misconduct = "2019年曾因打架被治安拘留，已期满"
		a.abstain = 0
	})
	// No 困难程度 yet (level-missing); 应到 counts the branch's
	// probationary members too (voters-exceed-roster).
	add(1, 0, 2, "郭文斌", true, day(1963, 6, 6), func(a *applicant) {
		a.level = ""
		a.voters = formal(a.m.branch) + 2
	})
	// The township written without its ending (roster-township-mismatch):
	// still 乌加河镇 for the quota.
	add(0, 2, 2, "罗玉兰", false, day(1968, 8, 8), func(a *applicant) {
		a.township = "乌加河"
		a.level, a.income, a.size = "一般困难", number(30000), 2
	})

	f := excelize.NewFile()
	title, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}, Alignment: &excelize.Alignment{Horizontal: "center"}})
	head, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true},
		Border: []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}})
	text, _ := f.NewStyle(&excelize.Style{NumFmt: 49})

	// 党员名册
	ms := newSheet(f, "党员名册", true)
	ms.row(1, "乌拉特中旗党员名册（2026年）")
	ms.merge("A1", "K1")
	ms.row(2, "序号", "姓名", "身份证号码", "性别", "民族", "出生日期", "所属苏木镇", "所在党支部", "党员类别", "入党时间", "联系电话")
	for i, m := range members {
		join := any(m.join.Format("2006.01"))
		if i%3 == 0 {
			join = dateCell(m.join)
		}
		ms.row(3+i, i+1, m.name, m.id, m.gender, m.ethnicity, dateCell(m.birth), m.township, m.branch, m.memberType, join, m.phone)
	}
	if ms.err != nil {
		return nil, ms.err
	}
	_ = f.SetCellStyle(ms.name, "A1", "A1", title)
	_ = f.SetCellStyle(ms.name, "A2", "K2", head)
	_ = f.SetCellStyle(ms.name, "C3", fmt.Sprintf("C%d", 2+len(members)), text)
	_ = f.SetColWidth(ms.name, "B", "B", 14)
	_ = f.SetColWidth(ms.name, "C", "C", 21)
	_ = f.SetColWidth(ms.name, "F", "F", 14)
	_ = f.SetColWidth(ms.name, "G", "H", 18)
	_ = f.SetColWidth(ms.name, "K", "K", 14)

	// 救助申报: a title, a 填报单位 line, a two-row header with the votes
	// grouped under 党员大会表决, a 合计 row and footer rows.
	as := newSheet(f, "救助申报", false)
	as.row(1, "乌拉特中旗2026年度困难党员救助申报汇总表")
	as.merge("A1", "AB1")
	as.row(2, "填报单位：中共乌拉特中旗委员会组织部（盖章）", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, "填报日期：2026年11月20日")
	as.merge("A2", "H2")
	headers := []string{"序号", "姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "联系电话", "家庭住址", "申报日期", "家庭人口", "家庭年收入（元）",
		"困难原因", "困难程度", "享受其他救助", "违纪违法情况", "不予救助情形", "是否脱贫", "入户调查日期",
		"党员大会表决", "", "", "", "", "党员大会日期", "复核日期", "审定日期", "公示异议", "备注"}
	row3 := make([]any, len(headers))
	for i, h := range headers {
		row3[i] = h
	}
	as.row(3, row3...)
	as.row(4, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, "应到人数", "实到人数", "赞成票", "反对票", "弃权票")
	for i := range headers {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if i < 18 || i > 22 {
			as.merge(col+"3", col+"4")
		}
	}
	as.merge("S3", "W3")
	r := 5
	for i, a := range apps {
		name := a.m.name
		if a.name != "" {
			name = a.name
		}
		id := any(a.m.id)
		if a.idCell != nil {
			id = a.idCell
		}
		address := fmt.Sprintf("%s%s%d组", a.m.township, a.m.branch[:len(a.m.branch)-len("党支部")], 1+i%6)
		town := a.m.township
		if a.township != "" {
			town = a.township
		}
		as.row(r, i+1, name, id, a.m.gender, town, a.m.branch, a.m.phone, address, a.applied, a.size, a.income,
			a.causes, a.level, a.aid, a.misconduct, a.exclusion, a.outOfPov, a.surveyed,
			a.voters, a.present, a.votesFor, a.against, a.abstain, a.meeting, a.reviewed, a.approved, a.objection, a.notes)
		r++
		if i == 11 {
			r++ // a blank row left inside the data
		}
	}
	last := r - 1
	as.row(r, "合计", nil, nil, nil, nil, nil, nil, nil, nil,
		formula(fmt.Sprintf("SUM(J5:J%d)", last)), formula(fmt.Sprintf("SUM(K5:K%d)", last)))
	as.merge(fmt.Sprintf("A%d", r), fmt.Sprintf("B%d", r))
	as.row(r+2, "注：1.困难原因可填多项，用顿号分隔；2.身份证号码一律按文本格式填写；3.表决情况以党员大会记录为准。")
	as.merge(fmt.Sprintf("A%d", r+2), fmt.Sprintf("AB%d", r+2))
	as.row(r+3, "填表人：李娜", nil, nil, nil, nil, "审核人：王建国", nil, nil, nil, nil, "联系电话：0478-6212345")
	if as.err != nil {
		return nil, as.err
	}
	_ = f.SetCellStyle(as.name, "A1", "A1", title)
	_ = f.SetCellStyle(as.name, "A3", "AB4", head)
	_ = f.SetCellStyle(as.name, "C5", fmt.Sprintf("C%d", last), text)
	_ = f.SetColWidth(as.name, "B", "B", 14)
	_ = f.SetColWidth(as.name, "C", "C", 21)
	_ = f.SetColWidth(as.name, "E", "H", 16)
	_ = f.SetColWidth(as.name, "I", "I", 14)
	_ = f.SetColWidth(as.name, "L", "P", 14)
	_ = f.SetColWidth(as.name, "X", "Z", 14)
	_ = f.SetColWidth(as.name, "AB", "AB", 30)

	// 资金来源
	fs := newSheet(f, "资金来源", false)
	fs.row(1, "来源", "金额（元）")
	fs.row(2, "旗财政", 30000)
	fs.row(3, "党费", 10000)
	fs.row(4, "社会捐助", 5000)
	fs.row(5, "合计", formula("SUM(B2:B4)"))
	fs.width("A", 16)
	fs.width("B", 14)
	if fs.err != nil {
		return nil, fs.err
	}
	_ = f.SetCellStyle(fs.name, "A1", "B1", head)
	f.SetActiveSheet(1)
	return f, nil
}

// ---- the messy forms ----

// messyIDs are valid identity numbers for messy.xlsx.
var messyIDs = []string{
	"15082419820916107X", "150824197503122026", "150824196805201315", "150824199011052243",
	"150824195512300155", "150824198808080466", "150824196203151218", "150824197901013335",
	"150824198506151484", "150824197002280579",
}

func messy() (*excelize.File, error) {
	f := excelize.NewFile()
	// Members with English keys as headers, a mix of month-only dates,
	// full-width digits and spaces in the numbers.
	ms := newSheet(f, "党员花名册", true)
	ms.row(1, "name", "id_number", "gender", "ethnicity", "birth_date", "township", "branch", "member_type", "join_date", "phone")
	ms.row(2, "  张 志强 ", "１５０８２４１９８２０９１６１０７ｘ", "男", "汉族", "1982.09", "乌加河镇", "乌加河村党支部", "", "2005年7月", "13904781234")
	ms.row(3, "王秀英", "150824 19750312 2026", "女", "汉族", "1975年3月", "乌加河镇", "乌加河村党支部", "正式党员", dateCell(day(1999, 7, 1)), number(13904785678))
	ms.row(4, "巴特尔‧朝鲁", "150824196805201315", "男", "蒙古族", dateCell(day(1968, 5, 20)), "川井苏木", "川井嘎查党支部", "预备党员", "2026.03", "")
	ms.row(5, "李建军", "150824900101523", "男", "汉族", "1990.01.01", "海流图镇", "东街社区党支部", "正式党员", "2015.7", "")
	// Applicants with traditional headers, line breaks, notes in brackets,
	// under a title and a 填报单位 line; dates in every form.
	as := newSheet(f, "申報表", false)
	as.row(1, "困難黨員救助申報表")
	as.merge("A1", "Q1")
	as.row(2, "填報單位：烏加河鎮黨委")
	as.row(3, "序號", "姓 名", "身份證號碼\n（18位）", "性別", "所屬蘇木鎮", "所在黨支部", "申報日期", "家庭人口\n（人）", "家庭年收入\n（元）",
		"困難原因", "困難程度", "應到人數", "實到人數", "贊成票", "反對票", "黨員大會日期", "公示異議", "聯繫方式")
	type r = []any
	rows := []r{
		{1, "张志强", "１５０８２４１９８２０９１６１０７ｘ", "男", "乌加河镇", "乌加河村党支部", dateCell(day(2026, 9, 5)), 3, "12,000元", "疾病、子女上学", "特别困难", 30, 28, 25, 2, dateCell(day(2026, 9, 25)), "无", "13904781234"},
		{2, "王秀英", "150824 19750312 2026", "女", "乌加河镇", "乌加河村党支部", "2026.9.5", "4人", "１５０００", "长期失业", "比较困难", 30, 28, 20, 8, "2026.9.25", "", ""},
		{3, "巴特尔•朝鲁", "150824196805201315", "男", "川井苏木", "川井嘎查党支部", "2026-09-05", number(2), number(8000.5), "天灾人祸", "一般困难", 25, 20, 18, 1, "2026年9月25日", "无", ""},
		{},
		{4, "刘桂兰", "150824199011052243", "女", "海流图镇", "东街社区党支部", "2026/9/5", 1, "9 600.00", "无自理能力", "", 25, 20, 16, 4, "20260925", "无", ""},
		{5, "李建军", "150824900101523", "男", "海流图镇", "东街社区党支部", "2026年9月5日", 2, "6000", "疾病", "一般困难", 25, 20, 19, 0, "2026/9/25", "无", ""},
		{nil, "小计"},
		{6, "赵永胜", number(1.50824195512300e17), "男", "德岭山镇", "新光村党支部", "20260905", 5, number(20000), "疾病", "比较困难", 20, 15, 10, 5, "2026.9.25", "无", ""},
		{7, "周丽华", "150824198808080466", "女", "德岭山镇", "新光村党支部", "2026.9.5", 2, "3,500.00元", "子女上学", "比较困难", 20, 15, 12, 3, "2026.9.25", "异议不成立", ""},
		{8},
	}
	for i, v := range rows {
		as.row(4+i, v...)
	}
	n := 4 + len(rows)
	as.row(n, "合  计", nil, nil, nil, nil, nil, nil, formula(fmt.Sprintf("SUM(H4:H%d)", n-1)), formula(fmt.Sprintf("SUM(I4:I%d)", n-1)))
	as.row(n+1, "注：困难原因可多选。")
	as.merge(fmt.Sprintf("A%d", n+1), fmt.Sprintf("Q%d", n+1))
	as.row(n+2, "填表人：张三　　审核人：李四")
	if ms.err != nil || as.err != nil {
		return nil, fmt.Errorf("%v %v", ms.err, as.err)
	}
	// Funds under an alias, amounts with separators and 元.
	fs := newSheet(f, "救助资金来源", false)
	fs.row(1, "资金来源", "金额")
	fs.row(2, "旗财政", "30,000元")
	fs.row(3, "党费", number(10000))
	fs.row(4, "合计", formula("SUM(B2:B3)"))
	return f, fs.err
}

// ---- member counts instead of a roster ----

func counts() (*excelize.File, error) {
	f := excelize.NewFile()
	cs := newSheet(f, "党员人数", true)
	cs.row(1, "所属苏木镇", "党员人数")
	cs.row(2, "乌加河镇", 126)
	cs.row(3, "海流图镇", 142)
	cs.row(4, "德岭山镇", "98人")
	cs.row(5, "川井苏木", number(114))
	cs.row(6, "合计", formula("SUM(B2:B5)"))
	as := newSheet(f, "救助申报", false)
	as.row(1, "姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期", "困难原因", "困难程度", "应到人数", "实到人数", "赞成票", "反对票", "弃权票", "党员大会日期")
	as.row(2, "张志强", "15082419820916107X", "男", "乌加河镇", "乌加河村党支部", dateCell(day(2026, 9, 5)), "疾病", "特别困难", 30, 28, 25, 2, 1, dateCell(day(2026, 9, 25)))
	as.row(3, "王秀英", "150824197503122026", "女", "海流图镇", "东街社区党支部", dateCell(day(2026, 9, 8)), "子女上学", "比较困难", 25, 20, 18, 2, 0, dateCell(day(2026, 9, 28)))
	if cs.err != nil {
		return nil, cs.err
	}
	return f, as.err
}

// ---- the 1904 date system ----

func date1904() (*excelize.File, error) {
	f := excelize.NewFile()
	yes := true
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
		return nil, err
	}
	ms := newSheet(f, "党员名册", true)
	ms.date1904 = true
	ms.row(1, "姓名", "身份证号码", "性别", "出生日期", "所属苏木镇", "所在党支部", "入党时间")
	ms.row(2, "张志强", "15082419820916107X", "男", dateCell(day(1982, 9, 16)), "乌加河镇", "乌加河村党支部", dateCell(day(2005, 7, 1)))
	ms.row(3, "王秀英", "150824197503122026", "女", dateCell(day(1975, 3, 12)), "海流图镇", "东街社区党支部", dateCell(day(1999, 7, 1)))
	as := newSheet(f, "救助申报", false)
	as.date1904 = true
	as.row(1, "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "党员大会日期", "困难原因")
	as.row(2, "张志强", "15082419820916107X", "乌加河镇", "乌加河村党支部", dateCell(day(2026, 9, 5)), dateCell(day(2026, 9, 25)), "疾病")
	as.row(3, "王秀英", "150824197503122026", "海流图镇", "东街社区党支部", dateCell(day(2026, 2, 28)), dateCell(day(2026, 3, 1)), "长期失业")
	if ms.err != nil {
		return nil, ms.err
	}
	return f, as.err
}

// ---- no problem at all ----

func clean() (*excelize.File, error) {
	f := excelize.NewFile()
	ms := newSheet(f, "党员名册", true)
	ms.row(1, "姓名", "身份证号码", "性别", "民族", "出生日期", "所属苏木镇", "所在党支部", "党员类别", "入党时间", "联系电话")
	people := []struct{ name, gender, township, branch string }{
		{"张志强", "男", "乌加河镇", "乌加河村党支部"}, {"王秀英", "女", "乌加河镇", "乌加河村党支部"},
		{"李建军", "男", "乌加河镇", "乌加河村党支部"}, {"刘桂兰", "女", "海流图镇", "东街社区党支部"},
		{"陈国庆", "男", "海流图镇", "东街社区党支部"}, {"杨淑芬", "女", "海流图镇", "东街社区党支部"},
		{"赵振华", "男", "海流图镇", "东街社区党支部"}, {"黄玉梅", "女", "德岭山镇", "新光村党支部"},
		{"周文斌", "男", "德岭山镇", "新光村党支部"}, {"吴春生", "男", "德岭山镇", "新光村党支部"},
	}
	gen := &ids{}
	var list []string
	for i, p := range people {
		birth := day(1950+i*4, 1+i, 10+i)
		id := gen.make(birth, p.gender == "男")
		list = append(list, id)
		ms.row(2+i, p.name, id, p.gender, "汉族", dateCell(birth), p.township, p.branch, "正式党员", birth.AddDate(25, 0, 0).Format("2006.01"), fmt.Sprintf("1390478%04d", 1000+i))
	}
	as := newSheet(f, "救助申报", false)
	as.row(1, "姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期", "家庭人口", "家庭年收入（元）", "困难原因", "困难程度",
		"享受其他救助", "违纪违法情况", "不予救助情形", "是否脱贫", "入户调查日期", "应到人数", "实到人数", "赞成票", "反对票", "弃权票",
		"党员大会日期", "复核日期", "审定日期", "公示异议")
	inBranch := map[string]int{} // every member is formal: all vote
	for _, p := range people {
		inBranch[p.branch]++
	}
	for i, k := range []int{0, 3, 7} {
		p := people[k]
		applied := day(2026, 9, 1+i)
		n := inBranch[p.branch]
		as.row(2+i, p.name, list[k], p.gender, p.township, p.branch, dateCell(applied), 3, 10000+1000*i, "疾病", "比较困难",
			"无", "无", "无", "否", dateCell(applied.AddDate(0, 0, 5)), n, n, n, 0, 0,
			dateCell(applied.AddDate(0, 0, 15)), dateCell(applied.AddDate(0, 0, 25)), dateCell(applied.AddDate(0, 0, 35)), "无")
	}
	fs := newSheet(f, "资金来源", false)
	fs.row(1, "来源", "金额（元）")
	fs.row(2, "旗财政", 30000)
	fs.row(3, "党费", 10000)
	if ms.err != nil || as.err != nil {
		return nil, fmt.Errorf("%v %v", ms.err, as.err)
	}
	return f, fs.err
}

// ---- bad inputs ----

func bad(dir, out string) error {
	write := func(name string, b []byte) error { return os.WriteFile(filepath.Join(out, name), b, 0o644) }
	if err := write("not-a-workbook.xlsx", []byte("姓名,身份证号码,所属苏木镇\n张志强,15082419820916107X,乌加河镇\n")); err != nil {
		return err
	}
	if err := write("empty.xlsx", nil); err != nil {
		return err
	}
	var ez bytes.Buffer
	if err := zip.NewWriter(&ez).Close(); err != nil {
		return err
	}
	if err := write("empty-zip.xlsx", ez.Bytes()); err != nil {
		return err
	}
	good, err := os.ReadFile(filepath.Join(dir, "clean.xlsx"))
	if err != nil {
		return err
	}
	if err := write("truncated.xlsx", good[:len(good)/2]); err != nil {
		return err
	}
	// An OLE2 compound-file header, as a legacy .xls starts.
	legacy := make([]byte, 1536)
	copy(legacy, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	copy(legacy[24:], []byte{0x3E, 0x00, 0x03, 0x00, 0xFE, 0xFF, 0x09, 0x00, 0x06})
	if err := write("legacy.xls", legacy); err != nil {
		return err
	}
	if err := encrypted(filepath.Join(out, "encrypted.xlsx"), filepath.Join(dir, "clean.xlsx"), "relief2026"); err != nil {
		return err
	}
	if err := save(func() (*excelize.File, error) {
		f := excelize.NewFile()
		ms := newSheet(f, "党员名册", true)
		ms.row(1, "姓名", "身份证号码", "所属苏木镇", "所在党支部")
		ms.row(2, "张志强", "15082419820916107X", "乌加河镇", "乌加河村党支部")
		return f, ms.err
	}, filepath.Join(out, "no-applicants.xlsx")); err != nil {
		return err
	}
	bomb, err := zipBomb(good)
	if err != nil {
		return err
	}
	return write("bomb.xlsx", bomb)
}

// encrypted writes clean.xlsx (already written at plainPath) encrypted
// with password. The encryption's salt is random, so an existing file that
// decrypts to the same workbook is kept, to leave the committed file alone.
func encrypted(path, plainPath, password string) error {
	plain, err := os.ReadFile(plainPath)
	if err != nil {
		return err
	}
	if old, err := os.ReadFile(path); err == nil {
		// Decrypt may return the package with its padding.
		was, err := excelize.Decrypt(old, &excelize.Options{Password: password})
		if n := len(plain); err == nil && len(was) >= n && len(was)-n < 4096 && bytes.Equal(was[:n], plain) {
			return nil
		}
	}
	return save(clean, path, excelize.Options{Password: password})
}

// zipBomb copies a workbook and adds a part whose header declares 12 GB:
// excelize reserves memory up to a declared size unless UnzipSizeLimit
// stops it.
func zipBomb(workbook []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(workbook), int64(len(workbook)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		if err := zw.Copy(f); err != nil {
			return nil, err
		}
	}
	payload := []byte("<styleSheet/>")
	w, err := zw.CreateRaw(&zip.FileHeader{
		Name: "xl/media/image1.png", Method: zip.Store,
		CRC32: crc32.ChecksumIEEE(payload), CompressedSize64: uint64(len(payload)), UncompressedSize64: 12 << 30,
	})
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(payload); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
