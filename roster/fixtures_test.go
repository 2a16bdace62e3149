package roster

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"relief/i18n"
	"relief/money"
)

// Workbooks written by other programs (LibreOffice Calc, SheetJS), kept in
// testdata/ with their sources in testdata/src (see testdata/README.md):
// each must be read with the right rows and values, and with no problem
// but the real ones, each at its cell.
func TestReadOtherPrograms(t *testing.T) {
	ints := func(ps ...*int) []int {
		var out []int
		for _, p := range ps {
			if p == nil {
				out = append(out, -1)
			} else {
				out = append(out, *p)
			}
		}
		return out
	}
	tests := []struct {
		file  string
		want  []string // problems, code@cell; sheet-missing left out
		rows  []int
		check func(t *testing.T, wb *Workbook)
	}{
		{
			// A UTF-8 CSV opened in LibreOffice: it turned the identity
			// numbers without an X into numbers (digits lost) and the
			// ISO date into a date; 合  计 and 制表人 lines below.
			file: "lo-csv.xlsx",
			want: []string{"id-stored-as-number@C5", "id-stored-as-number@C6", "id-stored-as-number@C7", "id-stored-as-number@C8"},
			rows: []int{4, 5, 6, 7, 8},
			check: func(t *testing.T, wb *Workbook) {
				for _, a := range wb.Applicants {
					if a.AppliedOn != (Day{2026, 9, 5}) {
						t.Errorf("row %d applied on %v", a.Row, a.AppliedOn)
					}
				}
				a := wb.Applicants[0]
				if a.IDNumber != rdMale1 || *a.HouseholdIncome != money.Yuan(12000) || !slices.Equal(a.HardshipCauses, []string{CauseIllness, CauseSchooling}) {
					t.Errorf("applicant %+v", a)
				}
				if a := wb.Applicants[2]; a.Name != "巴特尔·朝鲁" || *a.HouseholdIncome != money.Amount(800050) {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			// Applicants in "Sheet1", found by the header at row 6 under
			// title lines; a unit row; a blank column; 所属乡镇, 申报时间,
			// 赞成票数; 序号 as "1."; 总计 and footers of every kind; a
			// hidden old copy named 救助申报（旧）.
			file: "lo-layout.xlsx",
			want: []string{"id-checksum@D9"},
			rows: []int{8, 9, 10},
			check: func(t *testing.T, wb *Workbook) {
				si := wb.Sheets[Applicants.Key]
				if si.Name != "Sheet1" || si.HeaderRow != 7 || si.Columns["township"] != 6 || si.Columns["votes_for"] != 12 {
					t.Errorf("sheet %+v", si)
				}
				a := wb.Applicants[0]
				if a.Name != "张志强" || a.Township != "乌加河镇" || a.Branch != "乌加河村党支部" || *a.HouseholdSize != 3 ||
					!slices.Equal(ints(a.Votes.Voters, a.Votes.Present, a.Votes.For, a.Votes.Against), []int{30, 28, 25, 2}) {
					t.Errorf("applicant %+v", a)
				}
				if a := wb.Applicants[2]; a.AppliedOn != (Day{2026, 9, 6}) || *a.HouseholdIncome != money.Yuan(3500) {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			// A group row above the header, a row of column numbers under it.
			file: "lo-colnums.xlsx",
			rows: []int{5, 6},
			check: func(t *testing.T, wb *Workbook) {
				if a := wb.Applicants[1]; a.Name != "王秀英" || *a.Votes.Against != 8 {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			// Group cells (基本情况, 家庭情况, 党员大会表决, 审核情况) over
			// sub-headers that outnumber 姓名 and 身份证\n号码 merged down.
			file: "lo-groups.xlsx",
			rows: []int{4, 5},
			check: func(t *testing.T, wb *Workbook) {
				a := wb.Applicants[0]
				if a.Name != "张志强" || a.IDNumber != rdMale1 || a.ApprovedOn != (Day{2026, 10, 20}) || *a.Votes.For != 25 {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			// A header of three rows: 党员大会表决情况 over 参会情况 and
			// 表决结果 over the counts.
			file: "lo-3row.xlsx",
			rows: []int{6, 7},
			check: func(t *testing.T, wb *Workbook) {
				a := wb.Applicants[1]
				if !slices.Equal(ints(a.Votes.Voters, a.Votes.Present, a.Votes.For, a.Votes.Against, a.Votes.Abstain), []int{30, 28, 20, 8, 0}) || a.Notes != "低保户" {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			// Township, branch, date and the assembly's counts merged down
			// over the rows that share them; 以下空白 and 合计 merged too.
			file: "lo-merged.xlsx",
			want: []string{"votes-inconsistent@H6"},
			rows: []int{2, 3, 4, 5, 6},
			check: func(t *testing.T, wb *Workbook) {
				var got []string
				for _, a := range wb.Applicants {
					got = append(got, a.Township+"/"+a.Branch+"/"+a.AppliedOn.String())
				}
				want := []string{
					"乌加河镇/乌加河村党支部/2026-09-05", "乌加河镇/乌加河村党支部/2026-09-05", "乌加河镇/八股地村党支部/2026-09-05",
					"海流图镇/东街社区党支部/2026-09-05", "海流图镇/东街社区党支部/2026-09-06",
				}
				if !slices.Equal(got, want) {
					t.Errorf("applicants %q", got)
				}
				if a := wb.Applicants[1]; !slices.Equal(ints(a.Votes.Voters, a.Votes.Present, a.Votes.For), []int{30, 28, 20}) {
					t.Errorf("votes %+v", a.Votes)
				}
			},
		},
		{
			// Real problems under a two-row header with line breaks and a
			// blank row inside the data.
			file: "lo-errors.xlsx",
			want: []string{
				"duplicate-id@C5", "id-checksum@C6", "votes-inconsistent@K6",
				"gender-mismatch@D8", "bad-date@G8", "bad-number@H8", "votes-inconsistent@J8",
				"date-future@M9", "id-legacy-15@C10", "votes-inconsistent@I10", "duplicate-id@C11",
			},
			rows: []int{5, 6, 8, 9, 10, 11},
			check: func(t *testing.T, wb *Workbook) {
				if a := wb.Applicants[2]; a.Name != "巴特尔·朝鲁" || a.IDNumber != rdMale2 {
					t.Errorf("applicant %+v", a)
				}
				if a := wb.Applicants[3]; a.IDNumber != rdFemale2 || *a.HouseholdIncome != money.Yuan(9600) || a.Invalid {
					t.Errorf("applicant %+v", a)
				}
				if a := wb.Applicants[4]; a.IDNumber != rdMale3 || a.AppliedOn != (Day{2026, 9, 5}) {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			// SheetJS: members, the applicants in "Sheet1" under a merged
			// two-row header, a hidden copy named 救助申报（旧）.
			file: "sjs-multi.xlsx",
			rows: []int{4, 5, 6},
			check: func(t *testing.T, wb *Workbook) {
				if wb.Sheets[Applicants.Key].Name != "Sheet1" || wb.Members.Len() != 2 {
					t.Errorf("sheets %+v, %d members", wb.Sheets, wb.Members.Len())
				}
				if a := wb.Applicants[1]; a.AppliedOn != (Day{2026, 9, 6}) || !a.OutOfPoverty || *a.HouseholdIncome != money.Amount(1500050) || *a.Votes.Against != 8 {
					t.Errorf("applicant %+v", a)
				}
			},
		},
		{
			// SheetJS's typed cells: t="d" dates, booleans, #N/A and #REF!,
			// an identity number given as a number, a formula without its
			// result in a required column.
			file: "sjs-typed.xlsx",
			want: []string{"bad-number@G2", "id-stored-as-number@B3", "bad-value@H3", "missing-required@C4"},
			rows: []int{2, 3, 4},
			check: func(t *testing.T, wb *Workbook) {
				a := wb.Applicants[0]
				if a.AppliedOn != (Day{2026, 9, 5}) || a.OutOfPoverty || a.Phone != "13800000000" || a.Gender != Male {
					t.Errorf("applicant %+v", a)
				}
				if a := wb.Applicants[1]; a.AppliedOn != (Day{2026, 9, 6}) || !a.OutOfPoverty {
					t.Errorf("applicant %+v", a)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			wb, err := Read(path, Options{AsOf: rdAsOf})
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
				t.Errorf("problems %v\nwant %v", got, tt.want)
				for _, p := range wb.Problems {
					t.Logf("  %s %s %q: %s", p.Code, p.Cell, p.Value, p.Msg.In(i18n.EN))
				}
			}
			if got := rdRows(wb.Applicants); !slices.Equal(got, tt.rows) {
				t.Errorf("applicant rows %v, want %v", got, tt.rows)
			}
			if tt.check != nil && len(wb.Applicants) == len(tt.rows) {
				tt.check(t, wb)
			}
			if after, err := os.ReadFile(path); err != nil || string(after) != string(before) {
				t.Errorf("the workbook was changed")
			}
		})
	}
}
