package roster

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"relief/i18n"
)

// townBook writes a township's workbook named name into dir: its roster
// (members: name → identity number) and its applicants (identity numbers
// among the members), and returns its path.
func townBook(t *testing.T, dir, name, town string, members [][2]string, applicants []string) string {
	t.Helper()
	roll := [][]any{{"序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部"}}
	for i, m := range members {
		roll = append(roll, []any{i + 1, m[0], m[1], town, town + "第一党支部"})
	}
	appl := [][]any{{town + "困难党员救助申报表"}, {"序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期"}}
	for i, id := range applicants {
		appl = append(appl, []any{i + 1, "申报人" + id[14:], id, town, town + "第一党支部", rdDate(2026, 9, 1+i)})
	}
	src := rdWrite(t, false, rdSheet{name: "党员名册", rows: roll}, rdSheet{name: "救助申报", rows: appl})
	return moveTo(t, src, dir, name)
}

func moveTo(t *testing.T, src, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// ids returns n valid identity numbers, distinct for distinct seeds.
func testIDs(t *testing.T, seed, n int) []string {
	var out []string
	for i := range n {
		out = append(out, validID(t, fmt.Sprintf("1508241970%02d%02d%03d", 1+(seed+i)%12, 1+i%28, 100+seed*10+i)))
	}
	return out
}

func members(prefix string, ids []string) [][2]string {
	var out [][2]string
	for i, id := range ids {
		out = append(out, [2]string{fmt.Sprintf("%s%d", prefix, i), id})
	}
	return out
}

// Two and three townships: one roster, one list of applicants, each row
// and problem naming its file; an identity number applying in two files is
// an error on both rows naming the other file, sheet and row; a member on
// two townships' rosters likewise.
func TestReadAllTownships(t *testing.T) {
	dir := t.TempDir()
	a, b, c := testIDs(t, 1, 4), testIDs(t, 2, 3), testIDs(t, 3, 2)
	b[2] = a[3] // a member on both rosters (and not an applicant)
	wj := townBook(t, dir, "乌加河镇.xlsx", "乌加河镇", members("甲", a), []string{a[0], a[1]})
	hl := townBook(t, dir, "海流图镇.xlsx", "海流图镇", members("乙", b), []string{b[0], a[1]}) // a[1] applies twice
	dl := townBook(t, dir, "德岭山镇.xlsx", "德岭山镇", members("丙", c), []string{c[0]})

	wb, err := ReadAll([]string{wj, hl}, Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Files) != 2 || wb.Members.Len() != 7 || len(wb.Applicants) != 4 || wb.Path != wj {
		t.Fatalf("files %d, members %d, applicants %d, path %s", len(wb.Files), wb.Members.Len(), len(wb.Applicants), wb.Path)
	}
	for i, want := range []string{wj, wj, hl, hl} {
		ap := wb.Applicants[i]
		if ap.Sheet == nil || ap.Sheet.File != want || ap.Cell("id_number") != fmt.Sprintf("C%d", 3+i%2) {
			t.Errorf("applicant %d: sheet %+v, cell %s", i, ap.Sheet, ap.Cell("id_number"))
		}
	}
	if !wb.Applicants[1].Invalid || !wb.Applicants[3].Invalid || wb.Applicants[0].Invalid || wb.Applicants[2].Invalid {
		t.Errorf("the duplicate's rows are invalid, the others not: %v %v %v %v",
			wb.Applicants[0].Invalid, wb.Applicants[1].Invalid, wb.Applicants[2].Invalid, wb.Applicants[3].Invalid)
	}
	got := problemsByFile(wb)
	want := map[string][]string{
		wj: {"duplicate-id@党员名册!C5", "duplicate-id@救助申报!C4"},
		hl: {"duplicate-id@党员名册!C4", "duplicate-id@救助申报!C4"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("problems %v\nwant     %v", got, want)
	}
	// Each message names the other file, sheet and row.
	for _, p := range wb.Problems {
		other, row := hl, "4"
		if p.File == hl {
			other = wj
			if p.Sheet == "党员名册" {
				row = "5"
			}
		}
		msg := p.Msg.In(i18n.ZH)
		if !strings.Contains(msg, "“"+other+"”的“"+p.Sheet+"”表第 "+row+" 行") {
			t.Errorf("%s %s!%s: %q", p.File, p.Sheet, p.Cell, msg)
		}
		if en := p.Msg.In(i18n.EN); strings.Contains(en, "%!") {
			t.Errorf("English: %q", en)
		}
	}
	if m := wb.Members.At(3); !m.Invalid || !wb.Members.At(6).Invalid || wb.Members.At(0).Invalid {
		t.Errorf("members on two rosters are invalid on both: %+v", m)
	}

	// Three townships: the third file adds its rows; the files' order is kept.
	wb, err = ReadAll([]string{wj, hl, dl}, Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	if wb.Members.Len() != 9 || len(wb.Applicants) != 5 || wb.Applicants[4].Sheet.File != dl || len(wb.Problems) != 4 {
		t.Errorf("three files: %d members, %d applicants, problems %v", wb.Members.Len(), len(wb.Applicants), rdProblems(wb))
	}
}

func problemsByFile(wb *Workbook) map[string][]string {
	out := map[string][]string{}
	for _, p := range wb.Problems {
		out[p.File] = append(out[p.File], p.Code+"@"+p.Sheet+"!"+p.Cell)
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out
}

// A folder stands for its .xlsx and .csv files in name order, without the
// lock files Excel and WPS leave beside an open workbook, hidden files,
// other files or subfolders; a file named twice is read once.
func TestExpandInputs(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"乙镇.xlsx", "甲镇.CSV", "~$乙镇.xlsx", ".~甲镇.xlsx", ".hidden.csv", "说明.docx", "relief.yaml"} {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
	}
	os.Mkdir(filepath.Join(dir, "旧.xlsx"), 0o755)
	extra := filepath.Join(t.TempDir(), "丙镇.xlsx")
	os.WriteFile(extra, []byte("x"), 0o644)
	files, dirs, err := ExpandInputs([]string{dir, extra, filepath.Join(dir, "乙镇.xlsx"), "nosuch.xlsx", "nosuch.xlsx"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "乙镇.xlsx"), filepath.Join(dir, "甲镇.CSV"), extra, "nosuch.xlsx"}
	if !slices.Equal(files, want) || !slices.Equal(dirs, []string{dir}) {
		t.Errorf("files %v, dirs %v\nwant %v", files, dirs, want)
	}
	empty := t.TempDir()
	os.WriteFile(filepath.Join(empty, "~$a.xlsx"), []byte("x"), 0o644)
	if _, _, err := ExpandInputs([]string{empty}); !hasKey(err, "roster.files.empty-folder") {
		t.Errorf("a folder of lock files: %v", err)
	}
	if _, _, err := ExpandInputs(nil); !hasKey(err, "roster.files.none") {
		t.Errorf("no input: %v", err)
	}
}

// A file that cannot be read stops the run, naming it; with KeepGoing it
// is a file-unreadable error and the others are read.
func TestReadAllKeepGoing(t *testing.T) {
	dir := t.TempDir()
	a := testIDs(t, 1, 2)
	good := townBook(t, dir, "乌加河镇.xlsx", "乌加河镇", members("甲", a), a[:1])
	bad := filepath.Join(dir, "海流图镇.xlsx")
	os.WriteFile(bad, []byte("PK\x03\x04 not really"), 0o644)
	_, err := ReadAll([]string{good, bad}, Options{})
	var ie *i18n.Error
	if !errorsAs(err, &ie) || !strings.Contains(ie.Msg.In(i18n.ZH), bad) {
		t.Fatalf("without KeepGoing: %v", err)
	}
	wb, err := ReadAll([]string{good, bad}, Options{KeepGoing: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(wb.Applicants) != 1 || len(wb.Files) != 2 || !wb.Files[1].Unreadable || wb.Files[0].Unreadable {
		t.Fatalf("applicants %d, files %+v", len(wb.Applicants), wb.Files)
	}
	if p := wb.Problems[len(wb.Problems)-1]; p.Code != "file-unreadable" || p.Severity != SevError || p.File != bad ||
		!strings.Contains(p.Msg.In(i18n.ZH), bad) {
		t.Errorf("problem %+v", p)
	}
	// Nothing readable at all: the first file's own error.
	if _, err := ReadAll([]string{bad}, Options{KeepGoing: true}); !hasKey(err, "roster.open.truncated") && !hasKey(err, "roster.open.damaged") {
		t.Errorf("only an unreadable file: %v", err)
	}
	// No applicants sheet in any file.
	onlyRoster := moveTo(t, rdWrite(t, false, rdSheet{name: "党员名册", rows: [][]any{{"姓名", "身份证号码", "所属苏木镇", "所在党支部"}, {"甲", a[0], "甲镇", "甲支部"}}}), dir, "名册.xlsx")
	if _, err := ReadAll([]string{onlyRoster, onlyRoster + ".none"}, Options{KeepGoing: true}); !hasKey(err, "roster.files.no-applicants") {
		t.Errorf("no applicants anywhere: %v", err)
	}
}

// --members reads the roster (or the 党员人数 sheet) from its own file and
// leaves the inputs' rosters unread.
func TestReadAllMembersFile(t *testing.T) {
	dir := t.TempDir()
	a, b := testIDs(t, 1, 3), testIDs(t, 2, 3)
	wj := townBook(t, dir, "乌加河镇.xlsx", "乌加河镇", members("甲", a), a[:1])
	hl := townBook(t, dir, "海流图镇.xlsx", "海流图镇", members("乙", a), b[:1]) // a copy of the wrong roster
	counts := moveTo(t, rdWrite(t, false, rdSheet{name: "统计", rows: [][]any{{"所属苏木镇", "党员人数"}, {"乌加河镇", 120}, {"海流图镇", 80}}},
		rdSheet{name: "救助申报", rows: [][]any{{"姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期"}, {"甲", a[2], "乌加河镇", "一支部", "2026-09-01"}}}), dir, "全旗党员人数.xlsx")
	wb, err := ReadAll([]string{wj, hl}, Options{Members: counts})
	if err != nil {
		t.Fatal(err)
	}
	if wb.Members.Len() != 0 || wb.HasRoster || len(wb.Counts) != 2 || len(wb.Applicants) != 2 {
		t.Errorf("members %d, counts %v, applicants %d", wb.Members.Len(), wb.Counts, len(wb.Applicants))
	}
	if f := wb.Files[2]; !f.Members || f.Path != counts {
		t.Errorf("the members file: %+v", f)
	}
	// Its applicants are not assessed, and a warning says so.
	if got := rdProblems(wb); !slices.Equal(got, []string{"sheet-ignored@救助申报"}) {
		t.Errorf("problems %v", got)
	}
	// Given as an input too, its applicants are read, and its counts once.
	wb, err = ReadAll([]string{wj, counts}, Options{Members: counts})
	if err != nil || len(wb.Applicants) != 2 || len(wb.Counts) != 2 || wb.Members.Len() != 0 || len(wb.Files) != 2 {
		t.Fatalf("members file among the inputs: %v, %d applicants, %d counts", err, len(wb.Applicants), len(wb.Counts))
	}
	// A members file without a roster stops the run, even with KeepGoing.
	if _, err := ReadAll([]string{wj}, Options{Members: hl + ".none", KeepGoing: true}); !hasKey(err, "roster.open.missing") {
		t.Errorf("missing members file: %v", err)
	}
	noRoster := moveTo(t, rdWrite(t, false, rdSheet{name: "救助申报", rows: [][]any{{"姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期"}}}), dir, "无名册.xlsx")
	if _, err := ReadAll([]string{wj}, Options{Members: noRoster}); !hasKey(err, "roster.files.no-roster") {
		t.Errorf("members file without a roster: %v", err)
	}
}

// Across files, member counts given by rosters in some files and by
// 党员人数 sheets in others, and a fund given in several files, are errors:
// the quota or the fund would rest on a guess.
func TestReadAllBudgetInputs(t *testing.T) {
	dir := t.TempDir()
	a := testIDs(t, 1, 2)
	wj := townBook(t, dir, "乌加河镇.xlsx", "乌加河镇", members("甲", a), a[:1])
	funds := [][]any{{"来源", "金额（元）"}, {"旗财政", 30000}}
	applicants := [][]any{{"姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期"}, {"乙", rdMale2, "海流图镇", "一支部", "2026-09-01"}}
	hl := moveTo(t, rdWrite(t, false, rdSheet{name: "党员人数", rows: [][]any{{"所属苏木镇", "党员人数"}, {"海流图镇", 80}}},
		rdSheet{name: "救助申报", rows: applicants}, rdSheet{name: "资金来源", rows: funds}), dir, "海流图镇.xlsx")
	applicants2 := [][]any{applicants[0], {"丙", rdMale3, "德岭山镇", "一支部", "2026-09-01"}}
	dl := moveTo(t, rdWrite(t, false, rdSheet{name: "救助申报", rows: applicants2}, rdSheet{name: "资金来源", rows: funds}), dir, "德岭山镇.xlsx")
	wb, err := ReadAll([]string{wj, hl, dl}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := problemsByFile(wb)
	if !slices.Equal(got[hl], []string{"members-mixed@党员人数!"}) || !slices.Equal(got[dl], []string{"funds-several-files@资金来源!"}) {
		t.Errorf("problems %v", got)
	}
	for _, p := range wb.Problems {
		if p.Severity != SevError || p.Row != 1 {
			t.Errorf("%+v", p)
		}
	}
	// The same in one workbook is no problem: the roster wins, as always.
	if wb, err := ReadAll([]string{hl}, Options{}); err != nil || len(wb.Problems) != 0 {
		t.Errorf("one file: %v %v", err, rdProblems(wb))
	}
}

// relief merge: the consolidated workbook read back holds the same
// applicants, members and problems as the files it was made from, every
// row traced to its file and row.
func TestConsolidateReadsBack(t *testing.T) {
	dir := t.TempDir()
	a, b := testIDs(t, 1, 4), testIDs(t, 2, 3)
	b[2] = a[3]
	wj := townBook(t, dir, "乌加河镇.xlsx", "乌加河镇", members("甲", a), []string{a[0], a[1]})
	hl := townBook(t, dir, "海流图镇.xlsx", "海流图镇", members("乙", b), []string{b[0], a[1]})
	csvText := "姓名,身份证号码,性别,所属苏木镇,所在党支部,申报日期,赞成票,备注\r\n" +
		"丙一," + rdMale3 + ",女,德岭山镇,一支部,2026/9/5,18,#N/A\r\n" +
		"丙二,150824195512300156,男,德岭山镇,一支部,2026年13月1日,x,\r\n"
	dl := writeCSV(t, dir, "德岭山镇申报.csv", gbk(t, csvText))
	files := []string{wj, hl, dl}
	want, err := ReadAll(files, Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	res, err := Consolidate(&buf, files, Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows[Applicants.Key] != 6 || res.Rows[Members.Key] != 7 || res.Rows[Funds.Key] != 0 {
		t.Errorf("rows %v", res.Rows)
	}
	merged := filepath.Join(t.TempDir(), "全旗汇总.xlsx")
	os.WriteFile(merged, buf.Bytes(), 0o644)
	got, err := Read(merged, Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	key := func(a Applicant) string {
		return fmt.Sprintf("%s|%s|%s|%s|%v|%v", a.Name, a.IDNumber, a.Gender, a.AppliedOn, a.Invalid, a.Notes)
	}
	if len(got.Applicants) != len(want.Applicants) {
		t.Fatalf("%d applicants, want %d", len(got.Applicants), len(want.Applicants))
	}
	for i := range want.Applicants {
		if key(got.Applicants[i]) != key(want.Applicants[i]) {
			t.Errorf("applicant %d: %s\nwant         %s", i, key(got.Applicants[i]), key(want.Applicants[i]))
		}
		if raw := got.Applicants[i].Raw; raw[len(raw)-2] != want.Applicants[i].Sheet.File || raw[len(raw)-1] != fmt.Sprint(want.Applicants[i].Row) {
			t.Errorf("applicant %d: traced to %v", i, raw[len(raw)-2:])
		}
	}
	if got.Members.Len() != want.Members.Len() {
		t.Errorf("%d members, want %d", got.Members.Len(), want.Members.Len())
	}
	codes := func(wb *Workbook) []string {
		var out []string
		for _, p := range wb.Problems {
			out = append(out, p.Code)
		}
		sort.Strings(out)
		return out
	}
	if !slices.Equal(codes(got), codes(want)) {
		t.Errorf("problems %v\nwant     %v", codes(got), codes(want))
	}
}

func errorsAs(err error, target **i18n.Error) bool {
	ie, ok := err.(*i18n.Error)
	if ok {
		*target = ie
	}
	return ok
}
