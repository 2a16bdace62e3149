package roster

import (
	"slices"
	"strings"
	"testing"
)

func TestParseConduct(t *testing.T) {
	const unclear = "unclear"
	tests := []struct {
		raw  string
		want []string // nil: no breach
		read string   // "" or unclear
	}{
		// Nothing to report.
		{"", nil, ""},
		{"无", nil, ""},
		{"無", nil, ""},
		{"没有", nil, ""},
		{"否", nil, ""},
		{"—", nil, ""},
		{"/", nil, ""},
		{"无。", nil, ""},
		{"遵纪守法", nil, ""},
		{"遵紀守法", nil, ""},
		{"表现良好", nil, ""},
		{"表現良好", nil, ""},
		{"良好", nil, ""},
		{"正常", nil, ""},
		{"合格", nil, ""},
		{"无违纪违法", nil, ""},
		{"无违纪违法行为", nil, ""},
		{"没有违纪违法情况", nil, ""},
		{"未发现", nil, ""},
		{"無違紀違法情況", nil, ""},
		{"无赌博、吸毒等行为", nil, ""},
		{"未发现赌博、吸毒、违反计划生育等违纪违法行为", nil, ""},
		{"遵纪守法，表现良好", nil, ""},
		{"遵纪守法 表现良好", nil, ""},
		{"该同志一贯表现良好，无违纪违法行为。", nil, ""},
		{"本人遵纪守法，从未受过任何处分", nil, ""},
		{"经核查，无不良记录", nil, ""},
		{"能够遵守党纪国法", nil, ""},
		{"违纪违法情况：无", nil, ""},
		{"有无违纪违法：无", nil, ""},
		{"赌博：无；吸毒：无", nil, ""},
		{"无违纪表现良好", nil, ""},
		{"未曾违纪", nil, ""},
		{"无（经查）", nil, ""},
		{"ＮＯ", nil, unclear},

		// The list's values, and text that plainly names a breach.
		{"赌博", []string{Gambling}, ""},
		{"吸毒、赌博", []string{Gambling, Drugs}, ""},
		{"赌博 吸毒", []string{Gambling, Drugs}, ""},
		{"违反计划生育", []string{FamilyPlan}, ""},
		{"违反计划生育政策", []string{FamilyPlan}, ""},
		{"其他违纪违法", []string{OtherBreach}, ""},
		{"有赌博行为", []string{Gambling}, ""},
		{"赌博：有", []string{Gambling}, ""},
		{"酒后驾驶", []string{OtherBreach}, ""},
		{"酒后驾驶被行政拘留", []string{OtherBreach}, ""},
		{"赌博、酒后驾驶", []string{Gambling, OtherBreach}, ""},
		{"因赌博被拘留", []string{Gambling}, ""},
		{"聚众赌博", []string{Gambling}, ""},
		{"吸食毒品", []string{Drugs}, ""},
		{"超生一胎", []string{FamilyPlan}, ""},
		{"受到党内警告处分", []string{OtherBreach}, ""},
		{"被判刑", []string{OtherBreach}, ""},
		{"犯罪", []string{OtherBreach}, ""},
		{"违法", []string{OtherBreach}, ""},
		{"无证驾驶被罚款", []string{OtherBreach}, ""},
		{"没有赌博，有吸毒", []string{Drugs}, ""},
		{"表现良好，但有打架斗殴行为", []string{OtherBreach}, ""},

		// The past, and what the reader does not know.
		{"曾因赌博被拘留", nil, unclear},
		{"曾赌博", nil, unclear},
		{"2019年因打架被治安拘留", nil, unclear},
		{"受党内警告处分，已过影响期", nil, unclear},
		{"处分已解除", nil, unclear},
		{"赌博（已解除）", nil, unclear},
		{"刑满释放人员", nil, unclear},
		{"处分已撤销", nil, unclear},
		{"三年前酒驾", nil, unclear},
		{"其他", nil, unclear},
		{"一般", nil, unclear},
		{"表现一般", nil, unclear},
		{"表现不好", nil, unclear},
		{"不遵守纪律", nil, unclear},
		{"是", nil, unclear},
		{"有", nil, unclear},
		{"见备注", nil, unclear},
		{"食物中毒", nil, unclear},
		{"本人", nil, unclear},
		{"违章停车", nil, unclear},
	}
	for _, tt := range tests {
		got, u := parseConduct(tt.raw)
		if !slices.Equal(got, tt.want) || u != (tt.read == unclear) {
			t.Errorf("parseConduct(%q) = %q unclear=%v, want %q %s", tt.raw, got, u, tt.want, tt.read)
		}
	}
}

// The classifier never panics; it returns values of the list in order,
// never both values and unclear; the list's own values read back as
// themselves; and a clean statement stays clean in traditional characters
// and full width.
func FuzzParseConduct(f *testing.F) {
	for _, s := range []string{
		"无", "遵纪守法，表现良好", "曾因赌博被拘留，已期满", "赌博：无", "无证驾驶", "(", "）", "：", "::", "不",
		"无违纪违法行为\n表现良好", "2019年", "赌博、吸毒", "其他违纪违法", "\u200b无", "无\u3000违纪",
	} {
		f.Add(s)
	}
	values := Applicants.Field("misconduct").Values
	f.Fuzz(func(t *testing.T, raw string) {
		got, unclear := parseConduct(raw)
		if unclear && len(got) > 0 {
			t.Fatalf("parseConduct(%q) = %q and unclear", raw, got)
		}
		last := -1
		for _, v := range got {
			i := slices.Index(values, v)
			if i <= last {
				t.Fatalf("parseConduct(%q) = %q: not values in order", raw, got)
			}
			last = i
		}
		if len(got) > 0 {
			again, u := parseConduct(strings.Join(got, "、"))
			if !slices.Equal(again, got) || u {
				t.Fatalf("parseConduct(%q) = %q does not read back: %q %v", raw, got, again, u)
			}
		}
		if !unclear && len(got) == 0 {
			for _, form := range append(traditionalForms(raw), fullWidth(raw)) {
				if g, u := parseConduct(form); len(g) > 0 || u {
					t.Fatalf("parseConduct(%q) is clean, but %q reads %q %v", raw, form, g, u)
				}
			}
		}
	})
}
