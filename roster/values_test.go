package roster

import (
	"slices"
	"strings"
	"testing"

	"relief/i18n"
	"relief/money"
)

func TestParseWhole(t *testing.T) {
	tests := []struct {
		raw     string
		numeric bool
		min     int
		want    int
		key     string
	}{
		{"12", false, 0, 12, ""},
		{"12", true, 0, 12, ""},
		{"12.0", true, 0, 12, ""},
		{"12.0", false, 0, 12, ""},
		{"1.2E+1", true, 0, 12, ""},
		{"12.000000000000002", true, 0, 12, ""},
		{"11.999999999999998", true, 0, 12, ""},
		{"１２", false, 0, 12, ""},
		{"12人", false, 0, 12, ""},
		{"3口", false, 1, 3, ""},
		{"５票", false, 0, 5, ""},
		{" 12 ", false, 0, 12, ""},
		{"1,200", false, 0, 1200, ""},
		{"1，200", false, 0, 1200, ""},
		{"0", false, 0, 0, ""},
		{"0", true, 0, 0, ""},
		{"+3", false, 0, 3, ""},
		{"12.", false, 0, 12, ""},
		{"", false, 1, 0, ""},
		{"  ", true, 1, 0, ""},

		{"-1", false, 0, 0, "roster.bad-number-negative"},
		{"-1", true, 0, 0, "roster.bad-number-negative"},
		{"－2", false, 0, 0, "roster.bad-number-negative"},
		{"1.5", false, 0, 0, "roster.bad-number-fraction"},
		{"2.5", true, 0, 0, "roster.bad-number-fraction"},
		{"0", false, 1, 0, "roster.bad-number-min"},
		{"0人", false, 1, 0, "roster.bad-number-min"},
		{"十二", false, 0, 0, "roster.bad-number"},
		{"约12", false, 0, 0, "roster.bad-number"},
		{"12-3", false, 0, 0, "roster.bad-number"},
		{"1.2.3", false, 0, 0, "roster.bad-number"},
		{"abc", false, 0, 0, "roster.bad-number"},
		{"abc", true, 0, 0, "roster.bad-number"},
		{"人", false, 0, 0, "roster.bad-number"},
		{"1e5", false, 0, 0, "roster.bad-number"},
		{"1E+999999999", true, 0, 0, "roster.bad-number"},
		{"99999999999", false, 0, 0, "roster.bad-number-large"},
	}
	for _, tt := range tests {
		got, is := parseWhole(tt.raw, tt.numeric, tt.min)
		key := ""
		if is != nil {
			key = is.Msg.Key
			if is.Code != "bad-number" {
				t.Errorf("parseWhole(%q) code %s", tt.raw, is.Code)
			}
		}
		if got != tt.want || key != tt.key {
			t.Errorf("parseWhole(%q, %v, %d) = %d %q, want %d %q", tt.raw, tt.numeric, tt.min, got, key, tt.want, tt.key)
		}
	}
	if _, is := parseWhole("0", false, 1); is == nil || len(is.Msg.Args) != 1 || is.Msg.Args[0] != 1 {
		t.Errorf("min issue does not name the minimum: %+v", is)
	}
}

func TestParseMoney(t *testing.T) {
	tests := []struct {
		raw     string
		numeric bool
		want    money.Amount
		key     string
	}{
		{"12000", false, money.Yuan(12000), ""},
		{"12,000", false, money.Yuan(12000), ""},
		{"12,000.50", false, 1200050, ""},
		{"12000元", false, money.Yuan(12000), ""},
		{"￥12000", false, money.Yuan(12000), ""},
		{"１２０００", false, money.Yuan(12000), ""},
		{"12 000", false, money.Yuan(12000), ""},
		{"12000", true, money.Yuan(12000), ""},
		{"12000.5", true, 1200050, ""},
		{"1.2E+4", true, money.Yuan(12000), ""},
		{"0.1", true, 10, ""},
		{"1486.0000000000002", true, 148600, ""},
		{"0", false, 0, ""},
		{"", false, 0, ""},
		{"12000元", true, money.Yuan(12000), ""}, // a number cell that was not a number

		{"-5", false, 0, "roster.bad-money-negative"},
		{"-5", true, 0, "roster.bad-money-negative"},
		{"12.345", false, 0, "roster.bad-money-precision"},
		{"约1万", false, 0, "roster.bad-money"},
		{"1.2万", false, 0, "roster.bad-money"},
		{"abc", true, 0, "roster.bad-money"},
		{"1E+999999999", true, 0, "roster.bad-money-large"},
		{"9999999999999999", false, 0, "roster.bad-money-large"},
	}
	for _, tt := range tests {
		got, is := parseMoney(tt.raw, tt.numeric)
		key := ""
		if is != nil {
			key = is.Msg.Key
			if is.Code != "bad-number" {
				t.Errorf("parseMoney(%q) code %s", tt.raw, is.Code)
			}
		}
		if got != tt.want || key != tt.key {
			t.Errorf("parseMoney(%q, %v) = %v %q, want %v %q", tt.raw, tt.numeric, got, key, tt.want, tt.key)
		}
	}
}

func TestParseChoice(t *testing.T) {
	gender := Applicants.Field("gender")
	kind := Members.Field("member_type")
	level := Applicants.Field("hardship_level")
	poverty := Applicants.Field("out_of_poverty")
	objection := Applicants.Field("objection")
	conduct := Review.Field("conduct")
	tests := []struct {
		f    *Field
		raw  string
		want string
		bad  bool
	}{
		{gender, "男", Male, false},
		{gender, " 女 ", Female, false},
		{gender, "男性", Male, false},
		{gender, "女性", Female, false},
		{gender, "", "", false},
		{gender, "/", "", false},
		{gender, "—", "", false},
		{gender, "M", "", true},
		{gender, "是", "", true},
		{kind, "正式党员", Formal, false},
		{kind, "预备党员", Probationary, false},
		{kind, "正式", Formal, false},
		{kind, "预备", Probationary, false},
		{kind, "預備黨員", Probationary, false},
		{kind, "", Formal, false},
		{kind, "党员", "", true},
		{level, "特别困难", LevelSevere, false},
		{level, "特別困難", LevelSevere, false},
		{level, "比較困難", LevelMarked, false},
		{level, "一般 困难", LevelModerate, false},
		{level, "特别困难（低保户）", LevelSevere, false},
		{level, "", "", false},
		{level, "困难", "", true},
		{poverty, "是", Yes, false},
		{poverty, "否", No, false},
		{poverty, "Y", Yes, false},
		{poverty, "n", No, false},
		{poverty, "Yes", Yes, false},
		{poverty, "NO", No, false},
		{poverty, "true", Yes, false},
		{poverty, "FALSE", No, false},
		{poverty, "1", Yes, false},
		{poverty, "0", No, false},
		{poverty, "已脫貧", Yes, false},
		{poverty, "未脱贫", No, false},
		{poverty, "", No, false},
		{poverty, "无", "", true},
		{poverty, "正式", "", true},
		{objection, "无", None, false},
		{objection, "無", None, false},
		{objection, "无异议", None, false},
		{objection, "没有", None, false},
		{objection, "", None, false},
		{objection, "有异议待复核", ObjectionPending, false},
		{objection, "有异议", ObjectionPending, false},
		{objection, "異議成立", ObjectionUpheld, false},
		{objection, "异议不成立", ObjectionRejected, false},
		{objection, "有", "", true},
		// The evaluation form's 表现情况: its list's values, and how people
		// answer it.
		{conduct, "好", ConductGood, false},
		{conduct, "良好", ConductGood, false},
		{conduct, "优秀", ConductGood, false},
		{conduct, "很好", ConductGood, false},
		{conduct, "较好", ConductFair, false},
		{conduct, "比较好", ConductFair, false},
		{conduct, "一般", ConductAverage, false},
		{conduct, "差", ConductPoor, false},
		{conduct, "较差", ConductPoor, false},
		{conduct, "良", "", true},
		{gender, "良好", "", true},
	}
	for _, tt := range tests {
		got, is := parseChoice(tt.raw, tt.f)
		if got != tt.want || (is != nil) != tt.bad {
			t.Errorf("%s: parseChoice(%q) = %q %v, want %q bad=%v", tt.f.Key, tt.raw, got, is, tt.want, tt.bad)
		}
		if is != nil {
			if is.Code != "bad-value" || !strings.Contains(is.Msg.In(i18n.ZH), tt.f.Values[0]) {
				t.Errorf("%s: parseChoice(%q) issue %s %q does not name the values", tt.f.Key, tt.raw, is.Code, is.Msg.In(i18n.ZH))
			}
		}
	}
	// Every value reads as itself, in either script and width.
	for _, s := range Sheets {
		for i := range s.Fields {
			f := &s.Fields[i]
			if f.Kind != Choice {
				continue
			}
			for _, v := range f.Values {
				for _, form := range append(traditionalForms(v), v, fullWidth(v)) {
					if got, is := parseChoice(form, f); got != v || is != nil {
						t.Errorf("%s: parseChoice(%q) = %q %v", f.Key, form, got, is)
					}
				}
			}
		}
	}
}

func TestParseList(t *testing.T) {
	causes := Applicants.Field("hardship_causes")
	aid := Applicants.Field("other_aid")
	exclusion := Applicants.Field("exclusion")
	tests := []struct {
		f    *Field
		raw  string
		want []string
		bad  bool
	}{
		{causes, "疾病", []string{CauseIllness}, false},
		{causes, "疾病、子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "子女上学、疾病", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病，子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病,子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病；子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病;子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病/子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病／子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病 子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病\u3000子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病\n子女上学", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病、、 子女上学、", []string{CauseIllness, CauseSchooling}, false},
		{causes, "疾病、疾病", []string{CauseIllness}, false},
		{causes, "疾病（尿毒症、高血压）、天災人禍", []string{CauseIllness, CauseDisaster}, false},
		{causes, "無自理能力、長期失業", []string{CauseUnemployment, CauseNoSelfCare}, false},
		{causes, "无自理能力", []string{CauseNoSelfCare}, false},
		{causes, "无", nil, false},
		{causes, "無", nil, false},
		{causes, "没有", nil, false},
		{causes, "否", nil, false},
		{causes, "", nil, false},
		{causes, "/", nil, false},
		{causes, "—", nil, false},
		{causes, "-", nil, false},
		{causes, "无此情况", nil, false},
		{causes, "疾病、住房困难", []string{CauseIllness}, true},
		{causes, "年老体弱", nil, true},
		{aid, "民政、扶贫、计生", []string{AidCivil, AidPoverty, AidFamily}, false},
		{aid, "計生 民政", []string{AidCivil, AidFamily}, false},
		{aid, "低保", nil, true},
		{exclusion, "无", nil, false},
		{exclusion, "本人懒惰", []string{ExclLaziness}, false},
		{exclusion, "不願交納黨費", []string{ExclDues}, false},
		{exclusion, "子女有赡养能力不赡养、本人懒惰", []string{ExclLaziness, ExclChildren}, false},
		{exclusion, "无此情形", nil, false},
		{exclusion, "懒", nil, true},
		{causes, "无自理能力、子女赡养能力低", []string{CauseNoSelfCare, CauseChildrenLow}, false},
		{causes, "本人无自理能力，子女赡养能力低下", []string{CauseNoSelfCare, CauseChildrenLow}, false},
		{causes, "生活不能自理、子女無贍養能力", []string{CauseNoSelfCare, CauseChildrenLow}, false},
		{causes, "喪失自理能力", []string{CauseNoSelfCare}, false},
		{aid, "脱贫户", []string{AidPoverty}, false},
		{aid, "民政、脫貧戶", []string{AidCivil, AidPoverty}, false},
		{aid, "建档立卡贫困户、扶贫", []string{AidPoverty}, false},
		{causes, "脱贫户", nil, true}, // a synonym counts only where its value is allowed
		{exclusion, "子女赡养能力低", nil, true},
	}
	for _, tt := range tests {
		got, is := parseList(tt.raw, tt.f)
		if !slices.Equal(got, tt.want) || (is != nil) != tt.bad {
			t.Errorf("%s: parseList(%q) = %q %v, want %q bad=%v", tt.f.Key, tt.raw, got, is, tt.want, tt.bad)
		}
		if is != nil && (is.Code != "bad-value" || !strings.Contains(is.Msg.In(i18n.ZH), tt.f.Values[0])) {
			t.Errorf("%s: parseList(%q) issue %s %q does not name the values", tt.f.Key, tt.raw, is.Code, is.Msg.In(i18n.ZH))
		}
	}
	_, is := parseList("疾病、住房困难、年老", causes)
	if is == nil || is.Msg.Args[0] != "住房困难、年老" {
		t.Errorf("list issue does not name the unknown items: %+v", is)
	}
}

func TestNormalizeName(t *testing.T) {
	for in, want := range map[string]string{
		"张三":           "张三",
		" 张三 ":         "张三",
		"张 三":          "张三",
		"张\u3000三":     "张三",
		"欧阳 娜 娜":       "欧阳娜娜",
		"阿拉坦·其其格":      "阿拉坦·其其格",
		"阿拉坦•其其格":      "阿拉坦·其其格",
		"阿拉坦・其其格":      "阿拉坦·其其格",
		"阿拉坦‧其其格":      "阿拉坦·其其格",
		"阿拉坦．其其格":      "阿拉坦·其其格",
		"阿拉坦.其其格":      "阿拉坦·其其格",
		"阿拉坦･其其格":      "阿拉坦·其其格",
		"阿拉坦∙其其格":      "阿拉坦·其其格",
		"阿拉坦⋅其其格":      "阿拉坦·其其格",
		"阿拉坦\u0387其其格": "阿拉坦·其其格",
		"阿拉坦\u16eb其其格": "阿拉坦·其其格",
		"阿拉坦\u2e31其其格": "阿拉坦·其其格",
		"阿拉坦 · 其其格":    "阿拉坦·其其格",
		"巴特尔·额尔敦·毕力格":  "巴特尔·额尔敦·毕力格",
		"John Smith":   "John Smith",
		"John   Smith": "John Smith",
		"J.K. Rowling": "J.K. Rowling",
		"Anna•Maria":   "Anna·Maria",
		"张三.":          "张三.",
		"·张三":          "·张三",
		"张\u200b三":     "张三",
		"":             "",
		"Li 小明":        "Li 小明",
	} {
		if got := normalizeName(in); got != want {
			t.Errorf("normalizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeText(t *testing.T) {
	for in, want := range map[string]string{
		"  乌拉特中旗  ":        "乌拉特中旗",
		"巴音\n哈太\r\n苏木":     "巴音 哈太 苏木",
		"a\u3000\u00a0\tb": "a b",
		"海流图镇\u200b":       "海流图镇",
		"":                 "",
		" \n ":             "",
		"第一  党支部":          "第一 党支部",
	} {
		if got := normalizeText(in); got != want {
			t.Errorf("normalizeText(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every message a value parser can carry is in the catalogue.
func TestValueMessagesRegistered(t *testing.T) {
	var msgs []i18n.Msg
	add := func(is *issue) {
		if is != nil {
			msgs = append(msgs, is.Msg)
		}
	}
	for _, raw := range []string{"150824", "1508241982091610AX", validID(t, "15082419821332107"), "150824820916107", "15082419820916107"} {
		_, is := parseID(raw, false)
		for i := range is {
			add(&is[i])
		}
	}
	_, is := parseID("1", true)
	add(&is[0])
	for _, raw := range []string{"x", "2026-13-01", "2026-02-30", "1800-01-01"} {
		_, is := parseDay(raw, false, false, false)
		add(is)
		_, is = parseDay(raw, false, false, true)
		add(is)
	}
	for _, raw := range []string{"1e300", "1975.1", "1975"} {
		_, is := parseDay(raw, true, false, true)
		add(is)
	}
	for _, raw := range []string{"x", "-1", "1.5", "0", "99999999999"} {
		_, is := parseWhole(raw, false, 1)
		add(is)
	}
	for _, raw := range []string{"x", "-1", "1.555", "9999999999999999"} {
		_, is := parseMoney(raw, false)
		add(is)
	}
	_, bad := parseChoice("x", Applicants.Field("gender"))
	add(bad)
	_, bad = parseList("x", Applicants.Field("hardship_causes"))
	add(bad)
	if len(msgs) < 20 {
		t.Fatalf("only %d messages collected", len(msgs))
	}
	for _, m := range msgs {
		if !i18n.Has(m.Key) {
			t.Errorf("message %s is not in the catalogue", m.Key)
			continue
		}
		for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
			if s := m.In(l); strings.Contains(s, "%!") {
				t.Errorf("%s in %s: %s", m.Key, l, s)
			}
		}
	}
}

func FuzzParseList(f *testing.F) {
	for _, s := range []string{
		"疾病、子女上学", "无", "疾病（尿毒症、高血压）", "無自理能力,長期失業", "/", "赌博、吸毒",
		"脱贫户、民政", "疾病;;;", "（", "）疾病", "", "\u3000", "子女赡养能力低下",
	} {
		f.Add(s)
	}
	fields := []*Field{Applicants.Field("hardship_causes"), Applicants.Field("other_aid"), Applicants.Field("exclusion")}
	f.Fuzz(func(t *testing.T, raw string) {
		for _, fd := range fields {
			got, is := parseList(raw, fd)
			// Values only, no duplicates, in the order of the field's values.
			last := -1
			for _, v := range got {
				i := slices.Index(fd.Values, v)
				if i <= last {
					t.Fatalf("%s: parseList(%q) = %q: not values in order", fd.Key, raw, got)
				}
				last = i
			}
			if is != nil && is.Code != "bad-value" {
				t.Fatalf("%s: parseList(%q) issue %+v", fd.Key, raw, is)
			}
			// Writing the result back reads the same.
			if is == nil {
				again, is2 := parseList(strings.Join(got, "、"), fd)
				if !slices.Equal(again, got) || is2 != nil {
					t.Fatalf("%s: parseList(%q) = %q does not round-trip: %q %v", fd.Key, raw, got, again, is2)
				}
			}
		}
	})
}

// The other value parsers never panic and keep their promises on any input.
func FuzzParseValues(f *testing.F) {
	for _, s := range []string{"12", "12.0", "１２人", "1,200", "-1", "1.5", "1E+999999999", "12000元",
		"￥12,000.50", "男性", "特別困難", "阿拉坦 • 其其格", "张 三", "a\u3000b", "", "\u200b", "\u200b 00"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, raw string, numeric bool) {
		if n, is := parseWhole(raw, numeric, 1); is == nil && n < 1 && strings.TrimSpace(raw) != "" {
			t.Fatalf("parseWhole(%q) = %d below the minimum", raw, n)
		}
		if a, is := parseMoney(raw, numeric); is == nil && a < 0 {
			t.Fatalf("parseMoney(%q) = %v", raw, a)
		}
		for _, s := range Sheets {
			for i := range s.Fields {
				if fd := &s.Fields[i]; fd.Kind == Choice {
					v, is := parseChoice(raw, fd)
					if is == nil && v != fd.Default && !slices.Contains(fd.Values, v) {
						t.Fatalf("%s: parseChoice(%q) = %q", fd.Key, raw, v)
					}
				}
			}
		}
		if n := normalizeName(raw); normalizeName(n) != n {
			t.Fatalf("normalizeName(%q) = %q is not stable", raw, n)
		}
		if n := normalizeText(raw); normalizeText(n) != n || strings.Contains(n, "  ") {
			t.Fatalf("normalizeText(%q) = %q", raw, n)
		}
	})
}
