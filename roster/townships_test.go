package roster

import (
	"strings"
	"testing"

	"pgregory.net/rapid"

	"relief/i18n"
)

// The run's one name for a township: the spelling on most rows of the
// roster, on equal rows the longer, then the one read first; the 党员人数
// sheet's when there is no roster; what the roster does not have stays as
// written.
func TestTownshipName(t *testing.T) {
	roll := func(towns ...string) MemberList {
		var ms []Member
		for i, tw := range towns {
			ms = append(ms, Member{Row: i + 2, Name: "党员", Township: tw})
		}
		return NewMemberList(ms...)
	}
	for _, tt := range []struct {
		name   string
		wb     *Workbook
		lookup map[string]string // written → name used
	}{
		{"most rows", &Workbook{Members: roll("乌加河", "乌加河镇", "乌加河", "乌加河", "海流图镇")},
			map[string]string{"乌加河镇": "乌加河", "乌加河": "乌加河", " 乌加河镇 ": "乌加河", "海流图": "海流图镇", "海流图镇": "海流图镇"}},
		{"equal rows: the longer", &Workbook{Members: roll("乌加河", "乌加河镇", "乌加河镇", "乌加河")},
			map[string]string{"乌加河": "乌加河镇", "乌加河镇": "乌加河镇"}},
		{"equal rows and length: the first read", &Workbook{Members: roll("乌加河乡", "乌加河镇")},
			map[string]string{"乌加河镇": "乌加河乡", "乌加河": "乌加河乡"}},
		{"sumu", &Workbook{Members: roll("川井苏木", "川井", "川井苏木")},
			map[string]string{"川井": "川井苏木", "川井苏木": "川井苏木"}},
		{"not on the roster", &Workbook{Members: roll("乌加河镇")},
			map[string]string{"德岭山": "德岭山", " 德岭山镇 ": "德岭山镇", "": "", "  ": ""}},
		{"counts without a roster", &Workbook{Counts: []TownshipCount{{Row: 2, Township: "乌加河", Members: 7}, {Row: 3, Township: "乌加河镇", Members: 61}, {Row: 4, Township: "海流图"}}},
			map[string]string{"乌加河": "乌加河镇", "海流图镇": "海流图"}},
		{"the roster before the counts", &Workbook{Members: roll("乌加河"), Counts: []TownshipCount{{Row: 2, Township: "乌加河镇", Members: 3}, {Row: 3, Township: "乌加河镇", Members: 3}}},
			map[string]string{"乌加河镇": "乌加河"}},
		{"nothing", &Workbook{}, map[string]string{"乌加河镇": "乌加河镇"}},
	} {
		for in, want := range tt.lookup {
			if got := tt.wb.TownshipName(in); got != want {
				t.Errorf("%s: TownshipName(%q) = %q, want %q", tt.name, in, got, want)
			}
		}
	}
}

// A workbook made by hand may get members after a first look-up: the
// names follow.
func TestTownshipNameFollowsTheRoster(t *testing.T) {
	wb := &Workbook{Members: NewMemberList(Member{Row: 2, Township: "乌加河"})}
	if got := wb.TownshipName("乌加河镇"); got != "乌加河" {
		t.Fatalf("before: %q", got)
	}
	wb.Members.Append(Member{Row: 3, Township: "乌加河镇"})
	wb.Members.Append(Member{Row: 4, Township: "乌加河镇"})
	if got := wb.TownshipName("乌加河"); got != "乌加河镇" {
		t.Fatalf("after: %q", got)
	}
}

// Each spelling but the one used gets a township-spelling warning on its
// first row, in each file that has it, naming its rows and the name used;
// the members are all kept as read.
func TestTownshipSpellingWarnings(t *testing.T) {
	dir := t.TempDir()
	book := func(name string, towns []string, ids []string) string {
		roll := [][]any{{"序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部"}}
		for i, tw := range towns {
			roll = append(roll, []any{i + 1, "党员" + ids[i][14:], ids[i], tw, "第一党支部"})
		}
		appl := [][]any{{"序号", "姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期"},
			{1, "党员" + ids[0][14:], ids[0], "乌加河", "第一党支部", rdDate(2026, 9, 1)}}
		return moveTo(t, rdWrite(t, false, rdSheet{name: "党员名册", rows: roll}, rdSheet{name: "救助申报", rows: appl}), dir, name)
	}
	var towns []string
	for i := range 12 {
		switch {
		case i == 1 || i >= 3 && i < 12 && i%2 == 1: // rows 3, 5, 7, 9, 11, 13
			towns = append(towns, "乌加河")
		case i == 10:
			towns = append(towns, "  海流图 ")
		default:
			towns = append(towns, "乌加河镇")
		}
	}
	a := book("a.xlsx", towns, testIDs(t, 1, 12))
	b := book("b.xlsx", []string{"乌加河", "海流图镇", "海流图镇"}, testIDs(t, 2, 3))
	wb, err := ReadAll([]string{a, b}, Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	// 乌加河镇 on 5 rows, 乌加河 on 6 + 1: 乌加河 is the name used.
	// 海流图镇 on 2 rows, 海流图 on 1.
	var got []string
	for _, p := range wb.Problems {
		if p.Code != "township-spelling" {
			continue
		}
		got = append(got, p.File[len(dir)+1:]+"!"+p.Sheet+"!"+p.Cell+"="+p.Value)
		if p.Severity != SevWarning || p.Field != "township" {
			t.Errorf("%+v", p)
		}
		zh := p.Msg.In(i18n.ZH)
		switch p.Value {
		case "乌加河镇":
			for _, s := range []string{"“乌加河镇”（5 行：第 2、4、6、8、10 行）", "与“乌加河”（7 行）", "都按“乌加河”计算", "统一写作“乌加河”"} {
				if !strings.Contains(zh, s) {
					t.Errorf("message lacks %q: %s", s, zh)
				}
			}
		case "海流图":
			if !strings.Contains(zh, "“海流图”（1 行：第 12 行）与“海流图镇”（2 行）") {
				t.Errorf("message: %s", zh)
			}
		}
		if en := p.Msg.In(i18n.EN); !strings.Contains(en, "one township written two ways") {
			t.Errorf("EN: %s", en)
		}
	}
	want := []string{"a.xlsx!党员名册!D2=乌加河镇", "a.xlsx!党员名册!D12=海流图"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("warnings %q, want %q", got, want)
	}
	if wb.TownshipName("乌加河镇") != "乌加河" || wb.TownshipName("海流图") != "海流图镇" {
		t.Errorf("names: %q %q", wb.TownshipName("乌加河镇"), wb.TownshipName("海流图"))
	}
	if m := wb.Members.At(0); m.Township != "乌加河镇" {
		t.Errorf("the roster is kept as read: %q", m.Township)
	}
}

// Many rows of one spelling: the warning names the first rows, then "…".
func TestTownshipSpellingManyRows(t *testing.T) {
	var ms []Member
	for i := range 30 {
		tw := "乌加河镇"
		if i%3 == 0 {
			tw = "乌加河"
		}
		ms = append(ms, Member{Row: i + 2, Township: tw})
	}
	_, probs := nameTownships([]*Workbook{{Path: "x.xlsx", Members: NewMemberList(ms...)}})
	if len(probs[0]) != 1 {
		t.Fatalf("%v", probs)
	}
	p := probs[0][0]
	if zh := p.Msg.In(i18n.ZH); !strings.Contains(zh, "“乌加河”（10 行：第 2、5、8、11、14、17、20、23、… 行）与“乌加河镇”（20 行）") {
		t.Errorf("%s", zh)
	}
	if p.Sheet != "党员名册" || p.Row != 2 || p.Cell != "" || p.File != "x.xlsx" {
		t.Errorf("%+v", p)
	}
}

// Over any roster: spellings with one TownshipKey get one name, a spelling
// of the roster on no fewer rows than any other of its key; every other
// spelling read gets exactly one township-spelling warning (one file).
func TestTownshipNameProperty(t *testing.T) {
	spellings := []string{"乌加河", "乌加河镇", " 乌加河镇", "乌加河乡", "海流图镇", "海流图", "川井苏木", "川井", ""}
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 40).Draw(t, "rows")
		var ms []Member
		rows := map[string]int{}
		for i := range n {
			s := rapid.SampledFrom(spellings).Draw(t, "town")
			ms = append(ms, Member{Row: i + 2, Township: s})
			if s = strings.TrimSpace(s); s != "" {
				rows[s]++
			}
		}
		wb := &Workbook{Path: "x.xlsx", Members: NewMemberList(ms...)}
		_, probs := nameTownships([]*Workbook{wb})
		warned := map[string]int{}
		for _, p := range probs[0] {
			warned[p.Value]++
		}
		for s, r := range rows {
			name := wb.TownshipName(s)
			if TownshipKey(name) != TownshipKey(s) || rows[name] < r {
				t.Fatalf("%q → %q (%d rows against %d)", s, name, rows[name], r)
			}
			for o := range rows {
				if TownshipKey(o) == TownshipKey(s) && wb.TownshipName(o) != name {
					t.Fatalf("%q → %q but %q → %q", s, name, o, wb.TownshipName(o))
				}
			}
			if want := map[bool]int{true: 0, false: 1}[s == name]; warned[s] != want {
				t.Fatalf("%q: %d warnings, want %d", s, warned[s], want)
			}
		}
		if len(warned) > len(rows) {
			t.Fatalf("warnings %v for %v", warned, rows)
		}
	})
}
