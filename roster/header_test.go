package roster

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// sameInBothScripts lists the characters of the schema (and of the accepted
// synonyms) that are written the same in traditional and simplified
// Chinese. Every other character must be in tradToSimp: TestTradTableCovers
// fails for a new header character until it is put in one or the other.
const sameInBothScripts = "一上不予交享人他份住信元入公其出到力助博原反受口名否吸因困在址型" +
	"大天失女姓委子定家年度庭式形待性息情惰成所手扶支收政救族日是月有期木本查核" +
	"正毒比民法源特理生申男疾病示票程立育能自致般花街表身道部金已未此存件召榜" +
	"下之也了事以任低何作侵偷先冰分切刑判前劣劫勉卡去及史各合同告和品均外好始嫖它守安完害察履差常平建弱影很律志忠思恢想意或打批拘挪捕撤改放故教整方早曾服村架格案款污治洛活海消涉淫清犯用留白的直相看真硬秀章端等策罪者良藏行被解警象超通逮遵邪都酒醉除非面食黑" +
	"仍半取字持果然考"

// schemaTexts returns every text of the schema a clerk may write: sheet
// names and aliases, headers and aliases, values, and the accepted
// synonyms and none-words.
func schemaTexts() []string {
	var ts []string
	for _, s := range append(append([]*Sheet{}, Sheets...), Lists...) {
		ts = append(ts, s.Name)
		ts = append(ts, s.Aliases...)
		for _, f := range s.Fields {
			ts = append(ts, f.Header, f.Default, f.Other)
			ts = append(ts, f.Aliases...)
			ts = append(ts, f.Values...)
		}
	}
	for k, v := range choiceSynonyms {
		ts = append(ts, k, v)
	}
	for k, v := range listSynonyms {
		ts = append(ts, k, v)
	}
	ts = append(ts, noneWords...)
	for w := range conductVocab {
		ts = append(ts, w)
	}
	for _, ws := range [][]string{gamblingWords, drugWords, familyWords, otherWords, conductPast} {
		ts = append(ts, ws...)
	}
	return ts
}

// simpToTrad inverts tradToSimp: the traditional forms of each simplified
// character (复 has three).
func simpToTrad() map[rune][]rune {
	m := map[rune][]rune{}
	for t, s := range tradToSimp {
		m[s] = append(m[s], t)
	}
	for _, ts := range m {
		slices.Sort(ts)
	}
	return m
}

// traditionalForms writes s in traditional characters, once for each
// variant of its characters (so every entry of the table is exercised).
func traditionalForms(s string) []string {
	inv := simpToTrad()
	n := 1
	for _, r := range s {
		n = max(n, len(inv[r]))
	}
	var out []string
	for v := 0; v < n; v++ {
		var b strings.Builder
		for _, r := range s {
			if ts := inv[r]; len(ts) > 0 {
				r = ts[min(v, len(ts)-1)]
			}
			b.WriteRune(r)
		}
		out = append(out, b.String())
	}
	return out
}

func TestTradTableCovers(t *testing.T) {
	inv := simpToTrad()
	for t2, s := range tradToSimp {
		if _, ok := tradToSimp[s]; ok {
			t.Errorf("%c → %c, which is itself mapped", t2, s)
		}
		if strings.ContainsRune(sameInBothScripts, t2) {
			t.Errorf("%c is both traditional-only and same in both scripts", t2)
		}
	}
	seen := map[rune]bool{}
	for _, text := range schemaTexts() {
		for _, r := range text {
			if !unicode.Is(unicode.Han, r) || seen[r] {
				continue
			}
			seen[r] = true
			_, mapped := inv[r]
			same := strings.ContainsRune(sameInBothScripts, r)
			switch {
			case mapped && same:
				t.Errorf("%c (in %q) is in tradToSimp and in sameInBothScripts", r, text)
			case !mapped && !same:
				t.Errorf("%c (in %q) is neither in tradToSimp nor in sameInBothScripts: classify it", r, text)
			}
		}
	}
	for _, r := range sameInBothScripts {
		if !seen[r] {
			t.Errorf("sameInBothScripts lists %c, which the schema does not use", r)
		}
	}
}

// fieldNames lists every way the schema names a field: header, aliases, key.
func fieldNames(f Field) []string { return append([]string{f.Header, f.Key}, f.Aliases...) }

func TestMatchHeaderSchema(t *testing.T) {
	for _, s := range Sheets {
		for _, f := range s.Fields {
			for _, name := range fieldNames(f) {
				forms := append([]string{name, " " + name + "\n", fullWidth(name), strings.ToUpper(name)}, traditionalForms(name)...)
				for _, form := range forms {
					if k, ok := matchHeader(s, form); !ok || k != f.Key {
						t.Errorf("%s: matchHeader(%q) = %q %v, want %q", s.Key, form, k, ok, f.Key)
					}
				}
			}
		}
	}
}

func TestMatchHeaderMessy(t *testing.T) {
	tests := []struct {
		sheet *Sheet
		text  string
		want  string // "" = no match
	}{
		{&Members, "身份证号码\n（18位）", "id_number"},
		{&Members, "身份证号码(18位)", "id_number"},
		{&Members, "身 份 证 号 码", "id_number"},
		{&Members, "身份證號碼", "id_number"},
		{&Members, "公民身份號碼", "id_number"},
		{&Members, "*姓名", "name"},
		{&Members, "＊姓名", "name"},
		{&Members, "姓名：", "name"},
		{&Members, "姓名:", "name"},
		{&Members, "※姓名", "name"},
		{&Members, "【必填】姓名", "name"},
		{&Members, "姓　名", "name"},
		{&Members, "姓名\u200b", "name"},
		{&Members, "出生年月\n（年.月）", "birth_date"},
		{&Members, "黨員類別", "member_type"},
		{&Members, "所屬蘇木鎮", "township"},
		{&Members, "蘇木鎮（街道）", "township"},
		{&Members, "苏木镇(街道)", "township"},
		{&Members, "ID_Number", "id_number"},
		{&Members, "id number", "id_number"},
		{&Members, "ID-NUMBER", "id_number"},
		{&Members, "Member_Type", "member_type"},
		{&Members, "入黨時間", "join_date"},
		{&Members, "聯繫電話", "phone"},
		{&Members, "聯係電話", "phone"},
		{&Applicants, "家庭年收入（元）", "household_income"},
		{&Applicants, "家庭年收入\n(元)", "household_income"},
		{&Applicants, "家庭年收入[元]", "household_income"},
		{&Applicants, "家庭年收入【元】", "household_income"},
		{&Applicants, "Household Income", "household_income"},
		{&Applicants, "household_income", "household_income"},
		{&Applicants, "所属苏木镇", "township"},
		{&Applicants, "苏木镇复核日期", "reviewed_on"},
		{&Applicants, "蘇木鎮複核日期", "reviewed_on"},
		{&Applicants, "蘇木鎮覆核日期", "reviewed_on"},
		{&Applicants, "应到会有表决权\n党员数", "voters"},
		{&Applicants, "應到會有表決權黨員數", "voters"},
		{&Applicants, "贊成票", "votes_for"},
		{&Applicants, "違紀違法情況", "misconduct"},
		{&Applicants, "是否脫貧", "out_of_poverty"},
		{&Applicants, "不予救助情形\n（本人懶惰、子女有贍養能力不贍養、不願交納黨費）", "exclusion"},
		{&Applicants, "公示異議", "objection"},
		{&Applicants, "備註", "notes"},
		{&Applicants, "审定日期 (旗委组织部)", "approved_on"},
		{&Applicants, "時(shí)間", ""},
		{&Funds, "金额（元）", "amount"},
		{&Funds, "金額", "amount"},
		{&Funds, "資金來源", "source"},
		{&MemberCounts, "党员人数", "members"},
		{&Applicants, "所属乡镇", "township"},
		{&Applicants, "所在苏木镇", "township"},
		{&Members, "所屬鄉鎮", "township"},
		{&Applicants, "所属支部", "branch"},
		{&Applicants, "所属党支部", "branch"},
		{&Applicants, "支部", "branch"},
		{&Applicants, "所在党组织", "branch"},
		{&Applicants, "所属苏木（镇）", "township"},
		{&Applicants, "申报人姓名", "name"},
		{&Applicants, "公民身份证号码", "id_number"},
		{&Applicants, "家庭人均年收入", ""},
		{&MemberCounts, "所在乡镇", "township"},
		{&Applicants, "申报时间", "applied_on"},
		{&Applicants, "申報時間", "applied_on"},
		{&Applicants, "党员大会\n时间", "meeting_on"},
		{&Applicants, "苏木镇复核时间", "reviewed_on"},
		{&Members, "出生时间", "birth_date"},
		{&Applicants, "赞成票数", "votes_for"},
		{&Applicants, "反对票数", "votes_against"},
		{&Applicants, "弃权票数", "abstentions"},

		// Not fields: no substring matching.
		{&Applicants, "序号", ""},
		{&Applicants, "党员大会表决", ""},
		{&Applicants, "苏木镇复核", ""},
		{&Applicants, "复核", ""},
		{&Applicants, "所属苏木镇复核日期", ""},
		{&Applicants, "所属", ""},
		{&Applicants, "所在姓名", ""},
		{&Applicants, "时间", ""},
		{&Applicants, "家庭人口时间", ""},
		{&Applicants, "票数", ""},
		{&Applicants, "姓名及身份证号码", ""},
		{&Applicants, "", ""},
		{&Applicants, "（元）", ""},
		{&Applicants, "  ", ""},
		{&Members, "家庭住址", ""},
		// A unit other than the yuan is refused rather than misread.
		{&Applicants, "家庭年收入（万元）", ""},
		{&Funds, "金额(千元)", ""},
		{&Applicants, "家庭年收入（萬元）", ""},
	}
	for _, tt := range tests {
		k, ok := matchHeader(tt.sheet, tt.text)
		if k != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: matchHeader(%q) = %q %v, want %q", tt.sheet.Key, tt.text, k, ok, tt.want)
		}
	}
}

// No two fields of one sheet may be named alike after normalisation.
func TestHeadersDistinct(t *testing.T) {
	for _, s := range Sheets {
		owner := map[string]string{}
		for _, f := range s.Fields {
			for _, name := range fieldNames(f) {
				n := normalizeHeader(name)
				if n == "" {
					t.Errorf("%s.%s: %q normalises to nothing", s.Key, f.Key, name)
				}
				if o, dup := owner[n]; dup && o != f.Key {
					t.Errorf("%s: %q names both %s and %s", s.Key, name, o, f.Key)
				}
				owner[n] = f.Key
			}
		}
	}
}

func TestNormalizeHeader(t *testing.T) {
	for in, want := range map[string]string{
		"身份证号码\n（18位）":       "身份证号码",
		"家庭年收入（元）":           "家庭年收入",
		"苏木镇（街道）":            "苏木镇",
		"ＩＤ＿Ｎｕｍｂｅｒ":          "idnumber",
		" Household Income ": "householdincome",
		"姓名：":                "姓名",
		"【必填】*姓 名 ※":         "姓名",
		"金额((元)":             "金额",
		"金额)":                "金额",
		"黨員類別":               "党员类别",
		"":                   "",
	} {
		if got := normalizeHeader(in); got != want {
			t.Errorf("normalizeHeader(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatchSheetName(t *testing.T) {
	for _, s := range Sheets {
		for _, name := range append([]string{s.Name, s.Key}, s.Aliases...) {
			forms := append([]string{name, " " + name + " ", fullWidth(name), strings.ToUpper(name)}, traditionalForms(name)...)
			for _, form := range forms {
				if got := matchSheetName(form); got != s {
					t.Errorf("matchSheetName(%q) = %v, want %s", form, got, s.Key)
				}
			}
		}
	}
	for name, want := range map[string]*Sheet{
		"Members":       &Members,
		"ＭＥＭＢＥＲＳ":       &Members,
		"member counts": &MemberCounts,
		"党员 名册":         &Members,
		"黨員花名冊":         &Members,
		"救助申報表":         &Applicants,
		"困難黨員申報":        &Applicants,
		"救助申报（2026年）":   &Applicants,
		"Applicants":    &Applicants,
		"資金來源":          &Funds,
		"Sheet1":        nil,
		"":              nil,
		"救助":            nil,
		"2026年救助申报":     nil,
	} {
		if got := matchSheetName(name); got != want {
			t.Errorf("matchSheetName(%q) = %v, want %v", name, got, want)
		}
	}
}

// No two sheets may be named alike after normalisation.
func TestSheetNamesDistinct(t *testing.T) {
	owner := map[string]string{}
	for _, s := range Sheets {
		for _, name := range append([]string{s.Name, s.Key}, s.Aliases...) {
			n := normalizeHeader(name)
			if o, dup := owner[n]; dup && o != s.Key {
				t.Errorf("%q names both sheet %s and %s", name, o, s.Key)
			}
			owner[n] = s.Key
		}
	}
}

func FuzzNormalizeHeader(f *testing.F) {
	for _, s := range schemaTexts() {
		f.Add(s)
	}
	for _, s := range []string{
		"身份证号码\n（18位）", "家庭年收入（元）", "【必填】姓名", "ID_Number", "時(shí)間", "((", ")]】",
		"e (x)\u0301", "＊：", "姓名::", "⑴姓名", "\u200b\ufeff", "家庭年收入（万元）", "0000\xf1˜",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normalizeHeader(s)
		if again := normalizeHeader(n); again != n {
			t.Fatalf("normalizeHeader(%q) = %q, but normalizing that gives %q", s, n, again)
		}
		if strings.IndexFunc(n, unicode.IsSpace) >= 0 || strings.ContainsAny(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ*_") {
			t.Fatalf("normalizeHeader(%q) = %q keeps space, capitals or marks", s, n)
		}
		for _, sh := range Sheets {
			if k, ok := matchHeader(sh, s); ok && sh.Field(k) == nil {
				t.Fatalf("matchHeader(%q) = unknown key %q", s, k)
			}
		}
		_ = matchSheetName(s)
	})
}
