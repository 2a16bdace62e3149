package roster

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"relief/i18n"
	"relief/money"
)

// Valid identity numbers (check characters computed): odd 17th digit for
// men, even for women.
const (
	rdMale1   = "15082419820916107X"
	rdFemale1 = "150824197503122026"
	rdMale2   = "150824196805201315"
	rdFemale2 = "150824199011052243"
	rdMale3   = "150824195512300155"
	rdFemale3 = "150824198808080466"
)

var rdAsOf = Day{2026, 11, 27}

// Cells of a workbook built by a test.
type (
	rdNum     float64 // a number cell
	rdFormula string  // a formula without a cached value
)

// rdSheet is one sheet of a workbook built by a test: rows[i] is Excel
// row i+1.
type rdSheet struct {
	name   string
	rows   [][]any
	merges [][2]string
	hidden bool
}

// rdWrite writes a workbook and returns its path.
func rdWrite(t testing.TB, date1904 bool, sheets ...rdSheet) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if date1904 {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			t.Fatal(err)
		}
	}
	code := "yyyy-mm-dd"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range sheets {
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				switch v := v.(type) {
				case nil:
				case string:
					if v != "" {
						err = f.SetCellStr(s.name, cell, v)
					}
				case int:
					err = f.SetCellInt(s.name, cell, int64(v))
				case rdNum:
					err = f.SetCellFloat(s.name, cell, float64(v), -1, 64)
				case rdFormula:
					err = f.SetCellFormula(s.name, cell, string(v))
				case time.Time:
					base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
					if date1904 {
						base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
					}
					if err = f.SetCellFloat(s.name, cell, v.Sub(base).Hours()/24, -1, 64); err == nil {
						err = f.SetCellStyle(s.name, cell, cell, dateStyle)
					}
				default:
					t.Fatalf("cell %s: %T", cell, v)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
		for _, m := range s.merges {
			if err := f.MergeCell(s.name, m[0], m[1]); err != nil {
				t.Fatal(err)
			}
		}
		if s.hidden {
			if err := f.SetSheetVisible(s.name, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func rdDate(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// rdProblems renders the problems as code@cell (code@sheet for a problem
// without a cell), in order.
func rdProblems(wb *Workbook) []string {
	var out []string
	for _, p := range wb.Problems {
		at := p.Cell
		if at == "" {
			at = p.Sheet
		}
		out = append(out, p.Code+"@"+at)
	}
	return out
}

func rdRows(as []Applicant) []int {
	var rows []int
	for _, a := range as {
		rows = append(rows, a.Row)
	}
	return rows
}

func rdInvalid(as []Applicant) []int {
	var rows []int
	for _, a := range as {
		if a.Invalid {
			rows = append(rows, a.Row)
		}
	}
	return rows
}

// rdMembers is a members sheet with one formal member per identity number.
func rdMembers(ids ...string) rdSheet {
	s := rdSheet{name: "党员名册", rows: [][]any{{"姓名", "身份证号码", "所属苏木镇", "所在党支部"}}}
	for i, id := range ids {
		s.rows = append(s.rows, []any{fmt.Sprintf("党员%d", i+1), id, "乌加河镇", "乌加河村党支部"})
	}
	return s
}

var rdAppHeader = []any{"姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期"}

// rdApp is an applicants row under rdAppHeader, with more cells after it.
func rdApp(name, id, gender string, applied any, more ...any) []any {
	return append([]any{name, id, gender, "乌加河镇", "乌加河村党支部", applied}, more...)
}

func TestReadSample(t *testing.T) {
	wb, err := Read(filepath.Join("..", "testdata", "sample.xlsx"), Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	if !wb.HasRoster || wb.Members.Len() != 480 || len(wb.Applicants) != 29 || !wb.HasFunds || len(wb.Funds) != 3 {
		t.Fatalf("read %d members, %d applicants, %d funds", wb.Members.Len(), len(wb.Applicants), len(wb.Funds))
	}
	want := []string{"id-checksum@C22", "id-stored-as-number@C23", "id-legacy-15@C24", "votes-incomplete@T32"}
	if got := rdProblems(wb); !slices.Equal(got, want) {
		t.Errorf("problems %v, want %v", got, want)
	}
	if got := rdInvalid(wb.Applicants); !slices.Equal(got, []int{22, 23}) {
		t.Errorf("invalid rows %v, want [22 23]", got)
	}
	si := wb.Sheets[Applicants.Key]
	if si == nil || si.HeaderRow != 4 || si.Columns["votes_for"] != 21 || si.Columns["notes"] != 28 || len(si.Unknown) != 0 {
		t.Errorf("applicants sheet %+v", si)
	}
	// The blank row 17 is skipped; so are the 合计 row and the footers.
	rows := rdRows(wb.Applicants)
	if rows[0] != 5 || rows[11] != 16 || rows[12] != 18 || rows[25] != 31 || rows[28] != 34 {
		t.Errorf("applicant rows %v", rows)
	}
	var total money.Amount
	for _, f := range wb.Funds {
		total += f.Amount
	}
	if total != money.Yuan(45000) {
		t.Errorf("funds total %v", total)
	}
	members := map[string]bool{}
	for _, m := range wb.Members.All() {
		if m.Invalid {
			t.Errorf("member row %d invalid", m.Row)
		}
		members[m.IDNumber] = true
	}
	for _, a := range wb.Applicants {
		if !a.Invalid && !members[a.IDNumber] {
			t.Errorf("applicant %s (row %d, %s) is not in the roster", a.Name, a.Row, a.IDNumber)
		}
	}
	a := wb.Applicants[0]
	if a.Name != "张志强" || a.AppliedOn != (Day{2026, 9, 1}) || a.Votes.Present == nil || *a.Votes.Present != 30 ||
		a.Votes.For == nil || *a.Votes.For != 27 || a.HardshipLevel != LevelSevere || a.Raw[1] != "张志强" {
		t.Errorf("first applicant %+v", a)
	}
	if wb.Applicants[3].Name != "巴特尔·朝鲁" {
		t.Errorf("Mongolian name read as %q", wb.Applicants[3].Name)
	}
	// Application dates written in six forms read alike.
	for i := 0; i < 6; i++ {
		if got, want := wb.Applicants[i].AppliedOn, (Day{2026, 9, 1 + i}); got != want {
			t.Errorf("row %d applied on %v, want %v", wb.Applicants[i].Row, got, want)
		}
	}
}

func TestReadMessy(t *testing.T) {
	wb, err := Read(filepath.Join("..", "testdata", "messy.xlsx"), Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"id-legacy-15@B5", "id-legacy-15@C9", "id-stored-as-number@C11"}
	if got := rdProblems(wb); !slices.Equal(got, want) {
		t.Errorf("problems %v, want %v", got, want)
	}
	legacy := "150824199001015238"
	wantMembers := []struct {
		name, id, typ string
		birth         Day
		phone         string
	}{
		{"张志强", rdMale1, Formal, Day{1982, 9, 1}, "13904781234"},
		{"王秀英", rdFemale1, Formal, Day{1975, 3, 1}, "13904785678"},
		{"巴特尔·朝鲁", rdMale2, Probationary, Day{1968, 5, 20}, ""},
		{"李建军", legacy, Formal, Day{1990, 1, 1}, ""},
	}
	if wb.Members.Len() != len(wantMembers) {
		t.Fatalf("%d members", wb.Members.Len())
	}
	for i, w := range wantMembers {
		m := wb.Members.At(i)
		if m.Name != w.name || m.IDNumber != w.id || m.MemberType != w.typ || m.BirthDate != w.birth || m.Phone != w.phone {
			t.Errorf("member %d: %+v, want %+v", i, m, w)
		}
	}
	if rows := rdRows(wb.Applicants); !slices.Equal(rows, []int{4, 5, 6, 8, 9, 11, 12}) {
		t.Fatalf("applicant rows %v", rows)
	}
	ids := []string{rdMale1, rdFemale1, rdMale2, rdFemale2, legacy, "", rdFemale3}
	sizes := []int{3, 4, 2, 1, 2, 5, 2}
	incomes := []money.Amount{1200000, 1500000, 800050, 960000, 600000, 2000000, 350000}
	for i, a := range wb.Applicants {
		if a.AppliedOn != (Day{2026, 9, 5}) || a.MeetingOn != (Day{2026, 9, 25}) {
			t.Errorf("row %d: applied %v, meeting %v", a.Row, a.AppliedOn, a.MeetingOn)
		}
		if ids[i] != "" && a.IDNumber != ids[i] {
			t.Errorf("row %d: id %q, want %q", a.Row, a.IDNumber, ids[i])
		}
		if a.HouseholdSize == nil || *a.HouseholdSize != sizes[i] || a.HouseholdIncome == nil || *a.HouseholdIncome != incomes[i] {
			t.Errorf("row %d: household %v %v", a.Row, a.HouseholdSize, a.HouseholdIncome)
		}
		if a.Invalid != (a.Row == 11) {
			t.Errorf("row %d: invalid %v", a.Row, a.Invalid)
		}
	}
	if got := wb.Applicants[0].HardshipCauses; !slices.Equal(got, []string{CauseIllness, CauseSchooling}) {
		t.Errorf("causes %v", got)
	}
	if got := wb.Applicants[2].Name; got != "巴特尔·朝鲁" {
		t.Errorf("name %q", got)
	}
	si := wb.Sheets[Applicants.Key]
	if si.Name != "申報表" || si.HeaderRow != 3 || !slices.Equal(si.Unknown, []string{"聯繫方式"}) {
		t.Errorf("applicants sheet %+v", si)
	}
	if len(wb.Funds) != 2 || wb.Funds[0].Amount != money.Yuan(30000) || wb.Funds[1].Amount != money.Yuan(10000) {
		t.Errorf("funds %+v", wb.Funds)
	}
}

func TestReadCounts(t *testing.T) {
	wb, err := Read(filepath.Join("..", "testdata", "counts.xlsx"), Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Problems) != 0 {
		t.Errorf("problems %v", rdProblems(wb))
	}
	want := []TownshipCount{{Row: 2, Township: "乌加河镇", Members: 126}, {Row: 3, Township: "海流图镇", Members: 142},
		{Row: 4, Township: "德岭山镇", Members: 98}, {Row: 5, Township: "川井苏木", Members: 114}}
	got := slices.Clone(wb.Counts)
	for i := range got {
		if got[i].Sheet == nil || got[i].Sheet.Name != "党员人数" {
			t.Errorf("count %d: sheet %v", i, got[i].Sheet)
		}
		got[i].Sheet = nil
	}
	if wb.HasRoster || !slices.Equal(got, want) || len(wb.Applicants) != 2 {
		t.Errorf("roster %v, counts %v, %d applicants", wb.HasRoster, wb.Counts, len(wb.Applicants))
	}
}

func TestReadDate1904(t *testing.T) {
	wb, err := Read(filepath.Join("..", "testdata", "date1904.xlsx"), Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Problems) != 0 {
		t.Errorf("problems %v", rdProblems(wb))
	}
	if len(wb.Applicants) != 2 || wb.Applicants[0].AppliedOn != (Day{2026, 9, 5}) || wb.Applicants[1].AppliedOn != (Day{2026, 2, 28}) ||
		wb.Applicants[1].MeetingOn != (Day{2026, 3, 1}) {
		t.Errorf("applicants %+v", wb.Applicants)
	}
	if wb.Members.Len() != 2 || wb.Members.At(0).BirthDate != (Day{1982, 9, 16}) || wb.Members.At(1).JoinDate != (Day{1999, 7, 1}) {
		t.Errorf("members %+v", wb.Members)
	}
}

func TestReadClean(t *testing.T) {
	for _, opt := range []Options{{}, {AsOf: rdAsOf}} {
		wb, err := Read(filepath.Join("..", "testdata", "clean.xlsx"), opt)
		if err != nil {
			t.Fatal(err)
		}
		if len(wb.Problems) != 0 || wb.Members.Len() != 10 || len(wb.Applicants) != 3 || len(wb.Funds) != 2 {
			t.Errorf("problems %v; %d members, %d applicants, %d funds", rdProblems(wb), wb.Members.Len(), len(wb.Applicants), len(wb.Funds))
		}
		for _, a := range wb.Applicants {
			if a.Invalid || a.Objection != None || a.OutOfPoverty || !a.Votes.Recorded() || a.ApprovedOn.IsZero() {
				t.Errorf("applicant %+v", a)
			}
		}
	}
}

// TestReadLayouts reads workbooks as clerks lay them out and checks every
// problem (code and cell, in order), the rows read and what else matters.
func TestReadLayouts(t *testing.T) {
	members := rdMembers(rdMale1, rdFemale1, rdMale2, rdFemale2, rdMale3, rdFemale3)
	tests := []struct {
		name    string
		sheets  []rdSheet
		date    bool
		asOf    Day
		want    []string // problems, code@cell
		rows    []int    // applicant rows
		invalid []int
		check   func(t *testing.T, wb *Workbook)
	}{
		{
			name: "title, 填报单位, two-row header, 序号, blank rows, 小计, 合计 and footers",
			sheets: []rdSheet{members, {
				name: "救助申报",
				rows: [][]any{
					{"2026年困难党员救助申报表"},
					{"填报单位：乌加河镇党委（盖章）", nil, nil, nil, nil, nil, nil, "填报日期：2026年10月1日"},
					{"序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期", "党员大会表决", nil, nil, nil, "备注"},
					{nil, nil, nil, nil, nil, nil, "应到人数", "实到人数", "赞成票", "反对票"},
					{1, "张三", rdMale1, "乌加河镇", "乌加河村党支部", "2026.9.1", 30, 28, 25, 3},
					{},
					{2},
					{3, "李四", rdMale2, "乌加河镇", "乌加河村党支部", "2026.9.2", 30, 28, 26, 2, "无"},
					{"小计", nil, nil, nil, nil, nil, rdFormula("SUM(G5:G8)"), rdFormula("SUM(H5:H8)")},
					{4, "王五", rdMale3, "乌加河镇", "乌加河村党支部", "2026.9.3", 30, 28, 20, 8},
					{"合  计", nil, nil, nil, nil, nil, rdFormula("SUM(G5:G10)"), rdFormula("SUM(H5:H10)")},
					{},
					{"注：1.本表一式两份；2.身份证号码按文本格式填写。"},
					{"填表人：赵六", nil, nil, "审核人：钱七", nil, nil, "联系电话：0478-6212345"},
				},
				merges: [][2]string{{"A1", "K1"}, {"A3", "A4"}, {"B3", "B4"}, {"C3", "C4"}, {"D3", "D4"}, {"E3", "E4"}, {"F3", "F4"}, {"G3", "J3"}, {"K3", "K4"}, {"A13", "K13"}},
			}},
			rows: []int{5, 8, 10},
			check: func(t *testing.T, wb *Workbook) {
				si := wb.Sheets[Applicants.Key]
				if si.HeaderRow != 4 || si.Columns["voters"] != 7 || si.Columns["votes_against"] != 10 || si.Columns["notes"] != 11 {
					t.Errorf("sheet %+v", si)
				}
				if v := wb.Applicants[2].Votes; v.Voters == nil || *v.Voters != 30 || *v.Against != 8 || v.Abstain != nil {
					t.Errorf("votes %+v", v)
				}
			},
		},
		{
			name: "group cells above sub-headers that outnumber them",
			sheets: []rdSheet{members, {
				name: "救助申报",
				rows: [][]any{
					{"姓名", "身份证号码", "基本情况", nil, nil, "党员大会表决"},
					{nil, nil, "所属苏木镇", "所在党支部", "申报日期", "应到人数", "实到人数", "赞成票", "反对票", "弃权票"},
					{"张三", rdMale1, "乌加河镇", "乌加河村党支部", "2026-09-01", 30, 28, 25, 2, 1},
				},
				merges: [][2]string{{"A1", "A2"}, {"B1", "B2"}, {"C1", "E1"}, {"F1", "J1"}},
			}},
			rows: []int{3},
			check: func(t *testing.T, wb *Workbook) {
				si := wb.Sheets[Applicants.Key]
				if si.HeaderRow != 2 || si.Columns["name"] != 1 || si.Columns["id_number"] != 2 || si.Columns["abstentions"] != 10 {
					t.Errorf("sheet %+v", si)
				}
			},
		},
		{
			name: "English keys",
			sheets: []rdSheet{members, {name: "applicants", rows: [][]any{
				{"name", "ID_Number", "gender", "township", "branch", "applied_on", "household_income"},
				rdApp("张三", rdMale1, "男", "2026年9月1日", "12,000元"),
			}}},
			rows: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				if a := wb.Applicants[0]; a.HouseholdIncome == nil || *a.HouseholdIncome != money.Yuan(12000) || a.AppliedOn != (Day{2026, 9, 1}) {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			name: "traditional headers with line breaks and notes",
			sheets: []rdSheet{members, {name: "救助申報", rows: [][]any{
				{"姓  名", "身份證號碼\n（18位）", "性別", "所屬蘇木鎮", "所在黨支部", "申報日期", "家庭人口\n（人）", "困難原因"},
				rdApp("张三", "１５０８２４１９８２０９１６１０７ｘ", "男", "20260901", "3人", "疾病，子女上学"),
			}}},
			rows: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				a := wb.Applicants[0]
				if a.IDNumber != rdMale1 || a.HouseholdSize == nil || *a.HouseholdSize != 3 || len(a.HardshipCauses) != 2 {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			name: "an identity number in a number cell, after a 序号 column",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				append([]any{"序号"}, rdAppHeader...),
				append([]any{1}, rdApp("张三", rdMale1, "男", "2026.9.1")...),
				append([]any{2, "李四", rdNum(1.50824196805201e17)}, rdApp("", "", "男", "2026.9.1")[2:]...),
			}}},
			want:    []string{"id-stored-as-number@C3"},
			rows:    []int{2, 3},
			invalid: []int{3},
		},
		{
			name: "the same identity number on three applicant rows",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				rdAppHeader,
				rdApp("张三", rdMale1, "男", "2026.9.1"),
				rdApp("张三", rdMale1, "男", "2026.9.1"),
				rdApp("李四", rdMale2, "男", "2026.9.1"),
				rdApp("张三", " 150824 19820916 107x", "男", "2026.9.1"),
			}}},
			want:    []string{"duplicate-id@B2", "duplicate-id@B3", "duplicate-id@B5"},
			rows:    []int{2, 3, 4, 5},
			invalid: []int{2, 3, 5},
			check: func(t *testing.T, wb *Workbook) {
				if msg := wb.Problems[0].Msg.In(i18n.ZH); !strings.Contains(msg, "3、5") {
					t.Errorf("message %q does not name rows 3 and 5", msg)
				}
			},
		},
		{
			name: "the same identity number three times among the members",
			sheets: []rdSheet{
				rdMembers(rdMale1, rdFemale1, rdMale1, rdMale2, rdMale1),
				{name: "救助申报", rows: [][]any{rdAppHeader, rdApp("张三", rdMale2, "男", "2026.9.1")}},
			},
			want: []string{"duplicate-id@B2", "duplicate-id@B4", "duplicate-id@B6"},
			rows: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				var invalid []int
				for _, m := range wb.Members.All() {
					if m.Invalid {
						invalid = append(invalid, m.Row)
					}
				}
				if !slices.Equal(invalid, []int{2, 4, 6}) {
					t.Errorf("invalid members %v", invalid)
				}
			},
		},
		{
			name: "votes that do not add up",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				append(slices.Clone(rdAppHeader), "应到人数", "实到人数", "赞成票", "反对票", "弃权票"),
				rdApp("张三", rdMale1, "男", "2026.9.1", 20, 25, 20, 0, 0),
				rdApp("李四", rdMale2, "男", "2026.9.1", 20, 10, 8, 3, nil),
				rdApp("王五", rdMale3, "男", "2026.9.1", 20, 10, "-1", 3, 0),
				rdApp("赵六", rdFemale1, "女", "2026.9.1", 20, 11, 8, 3, 0),
			}}},
			want:    []string{"votes-inconsistent@H2", "votes-inconsistent@I3", "votes-inconsistent@I4"},
			rows:    []int{2, 3, 4, 5},
			invalid: []int{2, 3, 4},
			check: func(t *testing.T, wb *Workbook) {
				for i, want := range []bool{true, true, true, false} {
					if wb.Applicants[i].Votes.Inconsistent != want {
						t.Errorf("row %d: Votes.Inconsistent = %v", wb.Applicants[i].Row, !want)
					}
				}
			},
		},
		{
			// Without 实到, more votes than voters still cannot be; all
			// three counts given and fewer than present: someone present
			// did not vote (a warning on 实到).
			name: "votes against voters, votes incomplete",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				append(slices.Clone(rdAppHeader), "应到人数", "实到人数", "赞成票", "反对票", "弃权票"),
				rdApp("张三", rdMale1, "男", "2026.9.1", 20, nil, 18, 3, 0),
				rdApp("李四", rdMale2, "男", "2026.9.1", 20, 18, 12, 2, 1),
				rdApp("王五", rdMale3, "男", "2026.9.1", 20, 18, 12, 2, nil),
				rdApp("赵六", rdFemale1, "女", "2026.9.1", 20, 18, 15, 2, 1),
			}}},
			want:    []string{"votes-inconsistent@I2", "votes-incomplete@H3"},
			rows:    []int{2, 3, 4, 5},
			invalid: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				for _, p := range wb.Problems {
					if p.Code == "votes-incomplete" && (p.Severity != SevWarning || !strings.Contains(p.Msg.In(i18n.ZH), "有 3 名到会党员未表决")) {
						t.Errorf("%+v %s", p, p.Msg.In(i18n.ZH))
					}
					if p.Code == "votes-inconsistent" && !strings.Contains(p.Msg.In(i18n.ZH), "合计 21 张，多于应到人数 20") {
						t.Errorf("%s", p.Msg.In(i18n.ZH))
					}
				}
			},
		},
		{
			// 是否脱贫户 is not 是否脱贫: kept as an unknown column, with a
			// warning on its header cell; 脱贫户 in 享受其他救助 is 扶贫 aid;
			// free text in 违纪违法情况 is read with confidence or left
			// for a person.
			name: "poor household, conduct text",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				append(slices.Clone(rdAppHeader), "是否脱贫户", "享受其他救助", "违纪违法情况", "困难原因"),
				rdApp("张三", rdMale1, "男", "2026.9.1", "是", "脱贫户", "遵纪守法", "无自理能力，子女赡养能力低下"),
				rdApp("李四", rdMale2, "男", "2026.9.1", "否", "无", "曾受警告处分，已过影响期", "疾病"),
				rdApp("王五", rdMale3, "男", "2026.9.1", "是", "民政", "酒驾被拘留", "疾病"),
			}}},
			want: []string{"column-ignored@G1"},
			rows: []int{2, 3, 4},
			check: func(t *testing.T, wb *Workbook) {
				a := wb.Applicants
				if a[0].OutOfPoverty || !slices.Equal(a[0].OtherAid, []string{AidPoverty}) || a[0].Misconduct != nil || a[0].ConductUnclear ||
					!slices.Equal(a[0].HardshipCauses, []string{CauseNoSelfCare, CauseChildrenLow}) {
					t.Errorf("row 2: %+v", a[0])
				}
				if a[1].Misconduct != nil || !a[1].ConductUnclear || a[1].MisconductText != "曾受警告处分，已过影响期" {
					t.Errorf("row 3: %q %v", a[1].Misconduct, a[1].ConductUnclear)
				}
				if !slices.Equal(a[2].Misconduct, []string{OtherBreach}) || a[2].ConductUnclear {
					t.Errorf("row 4: %q %v", a[2].Misconduct, a[2].ConductUnclear)
				}
				si := wb.Sheets[Applicants.Key]
				if _, ok := si.Columns["out_of_poverty"]; ok || !slices.Contains(si.Unknown, "是否脱贫户") {
					t.Errorf("columns %v unknown %v", si.Columns, si.Unknown)
				}
				p := wb.Problems[0]
				if p.Severity != SevWarning || p.Row != 1 || p.Value != "是否脱贫户" || !strings.Contains(p.Msg.In(i18n.ZH), "不是“脱贫不补”（§6.4）所说的本人已经脱贫") {
					t.Errorf("%+v", p)
				}
			},
		},
		{
			name: "gender against the identity number",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				rdAppHeader,
				rdApp("张三", rdMale1, "女", "2026.9.1"),
				rdApp("李四", rdFemale1, "", "2026.9.1"),
			}}},
			want: []string{"gender-mismatch@C2"},
			rows: []int{2, 3},
			check: func(t *testing.T, wb *Workbook) {
				if g := wb.Applicants[1].Gender; g != Female {
					t.Errorf("gender from the number: %q", g)
				}
			},
		},
		{
			name: "steps before the application, approval before the meeting, dates after --as-of",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				append(slices.Clone(rdAppHeader), "入户调查日期", "党员大会日期", "审定日期"),
				rdApp("张三", rdMale1, "男", "2026.9.10", "2026.9.5", "2026.10.5", "2026.10.1"),
				rdApp("李四", rdMale2, "男", rdDate(2026, 12, 1)),
			}}},
			asOf: rdAsOf,
			want: []string{"date-order@G2", "date-order@I2", "date-future@F3"},
			rows: []int{2, 3},
		},
		{
			name: "dates in date cells show as dates in their problems",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				append(slices.Clone(rdAppHeader), "入户调查日期"),
				rdApp("张三", rdMale1, "男", rdDate(2026, 9, 10), rdDate(2026, 9, 5)),
				rdApp("李四", rdMale2, "男", rdDate(2026, 12, 1)),
			}}},
			asOf: rdAsOf,
			want: []string{"date-order@G2", "date-future@F3"},
			rows: []int{2, 3},
			check: func(t *testing.T, wb *Workbook) {
				for i, want := range []string{"2026-09-05", "2026-12-01"} {
					if got := wb.Problems[i].Value; got != want {
						t.Errorf("%s shows the value %q, want %q", wb.Problems[i].Code, got, want)
					}
				}
			},
		},
		{
			name: "a required column missing from the header",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				{"姓名", "所属苏木镇", "所在党支部", "申报日期"},
				{"张三", "乌加河镇", "乌加河村党支部", "2026.9.1"},
				{"李四", "乌加河镇", "乌加河村党支部", "2026.9.1"},
			}}},
			want:    []string{"header-missing@救助申报"},
			rows:    []int{2, 3},
			invalid: []int{2, 3},
			check: func(t *testing.T, wb *Workbook) {
				if p := wb.Problems[0]; p.Row != 1 || p.Field != "id_number" || p.Severity != SevError {
					t.Errorf("problem %+v", p)
				}
			},
		},
		{
			name: "required cells left empty",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				rdAppHeader,
				{"张三", rdMale1, "男", "", "乌加河村党支部", "2026.9.1"},
				{"李四", "", "男", "乌加河镇", "乌加河村党支部", "2026.9.1"},
			}}},
			want:    []string{"missing-required@D2", "missing-required@B3"},
			rows:    []int{2, 3},
			invalid: []int{2, 3},
		},
		{
			name: "sheets found by their headers",
			sheets: []rdSheet{
				{name: "说明", rows: [][]any{{"填表说明：请按要求填写。"}}},
				{name: "Sheet2", rows: [][]any{{"姓名", "身份证号码", "民族", "所属苏木镇", "所在党支部"}, {"张三", rdMale1, "汉族", "乌加河镇", "乌加河村党支部"}}},
				{name: "2026年上报", rows: [][]any{rdAppHeader, rdApp("张三", rdMale1, "男", "2026.9.1")}},
				{name: "钱", rows: [][]any{{"来源", "金额（元）"}, {"党费", 1000}}},
			},
			rows: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				if wb.Sheets[Members.Key].Name != "Sheet2" || wb.Sheets[Applicants.Key].Name != "2026年上报" || wb.Sheets[Funds.Key].Name != "钱" {
					t.Errorf("sheets %v %v %v", wb.Sheets[Members.Key], wb.Sheets[Applicants.Key], wb.Sheets[Funds.Key])
				}
			},
		},
		{
			name: "a members roster under an odd name is not taken for applicants",
			sheets: []rdSheet{
				{name: "救助申报", rows: [][]any{rdAppHeader, rdApp("张三", rdMale1, "男", "2026.9.1")}},
				{name: "名单", rows: [][]any{{"姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部"}, {"张三", rdMale1, "男", "乌加河镇", "乌加河村党支部"}}},
			},
			want: []string{"sheet-missing@党员名册"},
			rows: []int{2},
		},
		{
			name: "neither members nor counts",
			sheets: []rdSheet{
				{name: "救助申报", rows: [][]any{rdAppHeader, rdApp("张三", rdMale1, "男", "2026.9.1")}},
				{name: "资金来源", rows: [][]any{}},
			},
			want: []string{"sheet-missing@党员名册"},
			rows: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				if p := wb.Problems[0]; p.Severity != SevWarning || p.Row != 0 {
					t.Errorf("problem %+v", p)
				}
				if wb.HasFunds {
					t.Error("an empty funds sheet counts as a funds sheet")
				}
			},
		},
		{
			name: "repeated headers, section titles, formula-only totals, example rows, and data after a stray note",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				append([]any{"序号"}, rdAppHeader...),
				{"示例", "示例·张三", rdMale1, "男", "海流图镇", "某某社区党支部", "2026.3.1"},
				{"一、乌加河镇"},
				append([]any{1}, rdApp("张三", rdMale1, "男", "2026.9.1")...),
				append([]any{"序号"}, rdAppHeader...),
				{nil, nil, nil, nil, nil, nil, rdFormula("COUNTA(B4:B5)")},
				{nil, "说明：以下为补报人员"},
				append([]any{2}, rdApp("李四", rdMale2, "男", "2026.9.1")...),
				{nil, "审核意见：同意"},
			}}},
			rows: []int{4, 8},
		},
		{
			name: "problems in tab order, then row, then column",
			sheets: []rdSheet{
				{name: "救助申报", rows: [][]any{
					rdAppHeader,
					rdApp("张三", rdMale1, "女", "9月1日"),
					{"李四", "150824196805201316", "男", "", "乌加河村党支部", "2026.9.1"},
				}},
				rdMembers(rdMale1, "12345"),
			},
			want:    []string{"gender-mismatch@C2", "bad-date@F2", "id-checksum@B3", "missing-required@D3", "id-length@B3"},
			rows:    []int{2, 3},
			invalid: []int{2, 3},
		},
		{
			name: "unknown columns are kept and ignored; Raw holds every cell",
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{
				append(slices.Clone(rdAppHeader), "联系方式", nil, "备用"),
				rdApp("张三", rdMale1, "男", "2026.9.1", "0478-1234567", nil, "x"),
			}}},
			rows: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				if u := wb.Sheets[Applicants.Key].Unknown; !slices.Equal(u, []string{"联系方式", "备用"}) {
					t.Errorf("unknown %v", u)
				}
				if raw := wb.Applicants[0].Raw; len(raw) != 9 || raw[6] != "0478-1234567" || raw[7] != "" || raw[8] != "x" {
					t.Errorf("raw %q", raw)
				}
			},
		},
		{
			name:   "the 1904 date system",
			date:   true,
			sheets: []rdSheet{members, {name: "救助申报", rows: [][]any{rdAppHeader, rdApp("张三", rdMale1, "男", rdDate(2026, 9, 5))}}},
			rows:   []int{2},
			check: func(t *testing.T, wb *Workbook) {
				if d := wb.Applicants[0].AppliedOn; d != (Day{2026, 9, 5}) {
					t.Errorf("applied on %v", d)
				}
			},
		},
		{
			name: "a hidden copy does not hide the visible sheet",
			sheets: []rdSheet{
				members,
				{name: "申报表", hidden: true, rows: [][]any{rdAppHeader, rdApp("旧", rdMale2, "男", "2025.9.1")}},
				{name: "救助申报", rows: [][]any{rdAppHeader, rdApp("张三", rdMale1, "男", "2026.9.1")}},
			},
			rows: []int{2},
			check: func(t *testing.T, wb *Workbook) {
				if wb.Sheets[Applicants.Key].Name != "救助申报" {
					t.Errorf("read %q", wb.Sheets[Applicants.Key].Name)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := rdWrite(t, tt.date, tt.sheets...)
			wb, err := Read(path, Options{AsOf: tt.asOf})
			if err != nil {
				t.Fatal(err)
			}
			if got := rdProblems(wb); !slices.Equal(got, tt.want) {
				t.Errorf("problems %v, want %v", got, tt.want)
				for _, p := range wb.Problems {
					t.Logf("  %s %s %s: %s", p.Code, p.Cell, p.Value, p.Msg.In(i18n.EN))
				}
			}
			if got := rdRows(wb.Applicants); !slices.Equal(got, tt.rows) {
				t.Errorf("applicant rows %v, want %v", got, tt.rows)
			}
			if got := rdInvalid(wb.Applicants); !slices.Equal(got, tt.invalid) {
				t.Errorf("invalid rows %v, want %v", got, tt.invalid)
			}
			for _, p := range wb.Problems {
				for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
					if m := p.Msg.In(l); !i18n.Has(p.Msg.Key) || strings.Contains(m, "%!") {
						t.Errorf("%s: message %q", p.Code, m)
					}
				}
			}
			if tt.check != nil && len(wb.Applicants) > 0 {
				tt.check(t, wb)
			}
		})
	}
}

// rdFingerprint is what must not change when a file is read.
func rdFingerprint(t *testing.T, path string) string {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		return "absent"
	}
	if st.IsDir() {
		return "dir " + st.ModTime().String()
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x %s %v", sha256.Sum256(b), st.ModTime(), st.Mode())
}

func TestReadBadInput(t *testing.T) {
	bad := func(name string) string { return filepath.Join("..", "testdata", "bad", name) }
	dir := t.TempDir()
	docx := filepath.Join(dir, "report.xlsx")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte("<document/>"))
	zw.Close()
	os.WriteFile(docx, buf.Bytes(), 0o644)
	binary := filepath.Join(dir, "photo.xlsx")
	os.WriteFile(binary, []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 1, 2, 3}, 0o644)

	tests := []struct {
		path, password, key, says string
	}{
		{filepath.Join(dir, "nope.xlsx"), "", "roster.open.missing", "路径"},
		{dir, "", "roster.open.folder", ".xlsx"},
		{bad("empty.xlsx"), "", "roster.open.empty", "重新"},
		{bad("not-a-workbook.xlsx"), "", "roster.open.text", "另存为"},
		{bad("truncated.xlsx"), "", "roster.open.truncated", "重新获取"},
		{bad("empty-zip.xlsx"), "", "roster.open.empty-zip", "重新"},
		{bad("legacy.xls"), "", "roster.open.legacy-xls", "另存为"},
		{bad("encrypted.xlsx"), "", "roster.open.encrypted", "--password"},
		{bad("encrypted.xlsx"), "wrong", "roster.open.wrong-password", "--password"},
		{bad("bomb.xlsx"), "", "roster.open.too-large", "损坏"},
		{bad("no-applicants.xlsx"), "", "roster.read.no-applicants", "救助申报"},
		{docx, "", "roster.open.not-workbook-zip", ".xlsx"},
		{binary, "", "roster.open.not-xlsx", "另存为"},
	}
	for _, tt := range tests {
		t.Run(tt.key+" "+tt.password, func(t *testing.T) {
			before := rdFingerprint(t, tt.path)
			wb, err := Read(tt.path, Options{Password: tt.password})
			var ie *i18n.Error
			if wb != nil || !errors.As(err, &ie) {
				t.Fatalf("Read = %v, %v; want an *i18n.Error", wb, err)
			}
			if ie.Msg.Key != tt.key {
				t.Errorf("key %s, want %s (%v)", ie.Msg.Key, tt.key, ie.Err)
			}
			zh, en := ie.Msg.In(i18n.ZH), ie.Msg.In(i18n.EN)
			if !strings.Contains(zh, tt.says) || strings.Contains(zh+en, "%!") || strings.Contains(zh, "\n") || !i18n.Has(ie.Msg.Key) {
				t.Errorf("message %q / %q", zh, en)
			}
			if after := rdFingerprint(t, tt.path); after != before {
				t.Errorf("the input changed: %s → %s", before, after)
			}
		})
	}
}

func TestReadEncrypted(t *testing.T) {
	path := filepath.Join("..", "testdata", "bad", "encrypted.xlsx")
	before := rdFingerprint(t, path)
	wb, err := Read(path, Options{Password: "relief2026", AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Problems) != 0 || wb.Members.Len() != 10 || len(wb.Applicants) != 3 {
		t.Errorf("problems %v; %d members, %d applicants", rdProblems(wb), wb.Members.Len(), len(wb.Applicants))
	}
	if rdFingerprint(t, path) != before {
		t.Error("the input changed")
	}
}

// TestReadLeavesNoTempFiles reads a roster large enough that excelize
// used to extract its sheet to a temporary file, and checks that nothing
// is left in the temporary directory: the sheet is read straight from the
// zip.
func TestReadLeavesNoTempFiles(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	path := rdMembersBook(t, filepath.Join(t.TempDir(), "big.xlsx"), 5000)
	wb, err := Read(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if wb.Members.Len() != 5000 || len(wb.Problems) != 0 || wb.Members.At(4999).Name != "党员004999" {
		t.Fatalf("%d members, problems %v", wb.Members.Len(), rdProblems(wb)[:min(5, len(wb.Problems))])
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// rdMembersBook writes a members roster of n rows (and a one-row
// applicants sheet) with excelize's StreamWriter.
func rdMembersBook(t testing.TB, path string, n int) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "党员名册"); err != nil {
		t.Fatal(err)
	}
	sw, err := f.NewStreamWriter("党员名册")
	if err != nil {
		t.Fatal(err)
	}
	header := []any{"序号", "姓名", "身份证号码", "性别", "民族", "出生日期", "所属苏木镇", "所在党支部", "党员类别", "入党时间", "联系电话"}
	if err := sw.SetRow("A1", header); err != nil {
		t.Fatal(err)
	}
	towns := []string{"乌加河镇", "海流图镇", "德岭山镇", "川井苏木"}
	row := make([]any, len(header))
	for i := 0; i < n; i++ {
		birth := rdDate(1950, 1, 1).AddDate(0, 0, i%18000) // unique numbers up to 18 million rows
		seq := i / 18000 % 1000
		gender := Male
		if seq%2 == 0 {
			gender = Female
		}
		id17 := fmt.Sprintf("150824%s%03d", birth.Format("20060102"), seq)
		sum := 0
		for k, w := range [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2} {
			sum += int(id17[k]-'0') * w
		}
		row[0], row[1], row[2], row[3], row[4] = i+1, fmt.Sprintf("党员%06d", i), id17+string("10X98765432"[sum%11]), gender, "汉族"
		row[5], row[6], row[7], row[8] = birth.Format("2006.01.02"), towns[i%4], fmt.Sprintf("第%d党支部", i%97), Formal
		row[9], row[10] = birth.AddDate(25, 0, 0).Format("2006.01"), fmt.Sprintf("139%08d", i)
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := sw.SetRow(cell, row); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("救助申报"); err != nil {
		t.Fatal(err)
	}
	for i, v := range append(slices.Clone(rdAppHeader), "x") {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		f.SetCellValue("救助申报", cell, v)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// BenchmarkReadMembers100k reads a members roster of 100,000 rows.
func BenchmarkReadMembers100k(b *testing.B) {
	path := rdMembersBook(b, filepath.Join(b.TempDir(), "members.xlsx"), 100_000)
	b.ReportAllocs()
	for b.Loop() {
		wb, err := Read(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if wb.Members.Len() != 100_000 {
			b.Fatalf("%d members", wb.Members.Len())
		}
	}
}
