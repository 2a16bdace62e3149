package policy

import (
	"bytes"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"relief/i18n"
	"relief/money"
)

func TestParseRatio(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want *big.Rat // nil: an error
	}{
		{"0.025", big.NewRat(1, 40)},
		{"2.5%", big.NewRat(1, 40)},
		{"65%", big.NewRat(13, 20)},
		{"0.65", big.NewRat(13, 20)},
		{" 65 % ", big.NewRat(13, 20)},
		{"６５％", big.NewRat(13, 20)},
		{".65", big.NewRat(13, 20)},
		{"1", big.NewRat(1, 1)},
		{"100%", big.NewRat(1, 1)},
		{"0.6666666666666666666666", big.NewRat(1, 1)}, // checked by String below
		{"0", nil},
		{"0%", nil},
		{"1.5", nil},
		{"100.1%", nil},
		{"abc", nil},
		{"", nil},
		{"%", nil},
		{".", nil},
		{"-0.5", nil},
		{"+0.5", nil},
		{"1e-1", nil},
		{"13/20", nil},
		{"0.6.5", nil},
		{"65%%", nil},
		{"0x1", nil},
		{strings.Repeat("0", 70) + "1", nil},
	} {
		r, err := ParseRatio(tc.in)
		switch {
		case tc.want == nil && err == nil:
			t.Errorf("ParseRatio(%q) = %v, want an error", tc.in, r)
		case tc.want != nil && err != nil:
			t.Errorf("ParseRatio(%q): %v", tc.in, err)
		case tc.want != nil && tc.in == "0.6666666666666666666666":
			if r.String() != "0.6666666666666666666666" {
				t.Errorf("ParseRatio(%q) = %s, not exact", tc.in, r)
			}
		case tc.want != nil && r.R.Cmp(tc.want) != 0:
			t.Errorf("ParseRatio(%q) = %s, want %s", tc.in, r.R, tc.want)
		}
	}
	if _, err := ParseRatio("1.5"); !errors.Is(err, ErrRatioRange) {
		t.Errorf("1.5: %v, want ErrRatioRange", err)
	}
	if _, err := ParseRatio("abc"); !errors.Is(err, ErrRatioSyntax) {
		t.Errorf("abc: %v, want ErrRatioSyntax", err)
	}
}

func TestRatioStringAndPercent(t *testing.T) {
	for in, want := range map[string][2]string{
		"0.025": {"0.025", "2.5%"}, "65%": {"0.65", "65%"}, "1": {"1", "100%"}, "0.5000": {"0.5", "50%"},
		"66.67%": {"0.6667", "66.67%"},
	} {
		r := MustRatio(in)
		if r.String() != want[0] || r.Percent() != want[1] {
			t.Errorf("%s: String %s Percent %s, want %v", in, r.String(), r.Percent(), want)
		}
	}
	if (Ratio{}).String() != "" || !(Ratio{}).IsZero() {
		t.Error("zero Ratio")
	}
}

// Reaches compares exactly: 13/20 is 65 % and passes, 12/19 does not.
func TestRatioReaches(t *testing.T) {
	r := MustRatio("0.65")
	for _, tc := range []struct {
		part, whole int
		want        bool
	}{
		{13, 20, true}, {12, 19, false}, {65, 100, true}, {64, 100, false}, {1299, 2000, false},
		{20, 20, true}, {0, 20, false}, {0, 0, false}, {1, 0, false}, {13, -20, false},
	} {
		if got := r.Reaches(tc.part, tc.whole); got != tc.want {
			t.Errorf("0.65 reached by %d/%d = %v, want %v", tc.part, tc.whole, got, tc.want)
		}
	}
}

func FuzzParseRatio(f *testing.F) {
	for _, s := range []string{"0.025", "2.5%", "65%", "0.65", "1", "abc", "1.5", "", "６５％", ".5", "1e3", "0.0000001%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseRatio(s)
		if err != nil {
			return
		}
		if r.R.Sign() <= 0 || r.R.Cmp(big.NewRat(1, 1)) > 0 {
			t.Fatalf("ParseRatio(%q) = %s, out of (0,1]", s, r.R)
		}
		back, err := ParseRatio(r.String())
		if err != nil || !back.Equal(r) {
			t.Fatalf("ParseRatio(%q) = %s, does not round-trip: %v %v", s, r.String(), back, err)
		}
		if p, err := ParseRatio(r.Percent()); err != nil || !p.Equal(r) {
			t.Fatalf("ParseRatio(%q) percent %s does not round-trip: %v", s, r.Percent(), err)
		}
	})
}

func TestDefault(t *testing.T) {
	p := Default()
	if p.Quota.Rate.String() != "0.025" || p.Quota.Rounding != "half-up" || p.Quota.Scope != "banner" {
		t.Errorf("quota %+v", p.Quota)
	}
	wantLevels := map[string]money.Amount{"特别困难": money.Yuan(1500), "比较困难": money.Yuan(1000), "一般困难": money.Yuan(500)}
	if p.Amount.Base != money.Yuan(1000) || !reflect.DeepEqual(p.Amount.Levels, wantLevels) || p.Amount.DefaultLevel != "" ||
		p.Amount.Unit != money.Yuan(1) || p.Amount.Fit != "scale" || p.Amount.Fund != 0 {
		t.Errorf("amount %+v", p.Amount)
	}
	if p.Income.Line != 0 {
		t.Errorf("income %+v", p.Income)
	}
	if p.Vote.Threshold.String() != "0.65" || p.Vote.Base != "present" || !p.Vote.Quorum || !p.Vote.Majority {
		t.Errorf("vote %+v", p.Vote)
	}
	if p.Deadline != (Deadline{Days: 60, WarnDays: 7}) {
		t.Errorf("deadline %+v", p.Deadline)
	}
	if p.Notice != (Notice{Days: 7, Issuer: "中共乌拉特中旗委员会组织部"}) {
		t.Errorf("notice %+v", p.Notice)
	}
	if !slices.Equal(p.Conduct.Exclude, []string{"赌博", "吸毒", "违反计划生育", "其他违纪违法"}) {
		t.Errorf("conduct %+v", p.Conduct)
	}
	if len(p.Source) != 23 || p.File != "" {
		t.Errorf("source %v, file %q", p.Source, p.File)
	}
	for k, v := range p.Source {
		if v != SourceDefault {
			t.Errorf("source %s = %s", k, v)
		}
	}
	// Each call is a fresh copy.
	p.Amount.Levels["特别困难"] = 1
	p.Vote.Threshold.R.SetInt64(1)
	if q := Default(); q.Amount.Levels["特别困难"] != money.Yuan(1500) || q.Vote.Threshold.String() != "0.65" {
		t.Error("Default shares state between calls")
	}
}

// equalPolicies compares two policies' values (not their sources).
func equalPolicies(t *testing.T, got, want *Policy) {
	t.Helper()
	g, w := *got, *want
	g.Source, w.Source, g.File, w.File = nil, nil, "", ""
	if !g.Quota.Rate.Equal(w.Quota.Rate) || !g.Vote.Threshold.Equal(w.Vote.Threshold) {
		t.Errorf("ratios: got %s %s, want %s %s", g.Quota.Rate, g.Vote.Threshold, w.Quota.Rate, w.Vote.Threshold)
	}
	g.Quota.Rate, w.Quota.Rate, g.Vote.Threshold, w.Vote.Threshold = Ratio{}, Ratio{}, Ratio{}, Ratio{}
	if !reflect.DeepEqual(g, w) {
		t.Errorf("got  %+v\nwant %+v", g, w)
	}
}

// The starter file policy init writes loads back to exactly the defaults.
func TestStarterIsDefault(t *testing.T) {
	p, err := Parse("relief.yaml", []byte(Starter))
	if err != nil {
		t.Fatal(err)
	}
	equalPolicies(t, p, Default())
	for _, k := range Keys() {
		if p.Source[k] != "relief.yaml" {
			t.Errorf("starter does not set %s", k)
		}
	}
}

// Each key changed in a file changes that value and its source only.
func TestEachKey(t *testing.T) {
	for _, tc := range []struct {
		yaml string
		key  string
		set  func(p *Policy)
	}{
		{"quota: {rate: 2%}", "quota.rate", func(p *Policy) { p.Quota.Rate = MustRatio("0.02") }},
		{"quota: {rounding: floor}", "quota.rounding", func(p *Policy) { p.Quota.Rounding = "floor" }},
		{"quota: {rounding: ceil}", "quota.rounding", func(p *Policy) { p.Quota.Rounding = "ceil" }},
		{"quota: {scope: township}", "quota.scope", func(p *Policy) { p.Quota.Scope = "township" }},
		{"amount: {base: 1200}", "amount.base", func(p *Policy) { p.Amount.Base = money.Yuan(1200) }},
		{"amount: {base: \"1,200.50\"}", "amount.base", func(p *Policy) { p.Amount.Base = 120050 }},
		{"amount: {levels: {特别困难: 2000}}", "amount.levels.特别困难", func(p *Policy) { p.Amount.Levels["特别困难"] = money.Yuan(2000) }},
		{"amount: {levels: {比较困难: 800}}", "amount.levels.比较困难", func(p *Policy) { p.Amount.Levels["比较困难"] = money.Yuan(800) }},
		{"amount: {levels: {一般困难: 0}}", "amount.levels.一般困难", func(p *Policy) { p.Amount.Levels["一般困难"] = 0 }},
		{"amount: {default_level: 一般困难}", "amount.default_level", func(p *Policy) { p.Amount.DefaultLevel = "一般困难" }},
		{"amount: {unit: 10}", "amount.unit", func(p *Policy) { p.Amount.Unit = money.Yuan(10) }},
		{"amount: {unit: 0.5}", "amount.unit", func(p *Policy) { p.Amount.Unit = 50 }},
		{"amount: {fit: none}", "amount.fit", func(p *Policy) { p.Amount.Fit = "none" }},
		{"amount: {fund: 50000}", "amount.fund", func(p *Policy) { p.Amount.Fund = money.Yuan(50000) }},
		{"income: {line: 3600}", "income.line", func(p *Policy) { p.Income.Line = money.Yuan(3600) }},
		{"vote: {threshold: 2/3}", "", nil}, // not a decimal: error, see TestBadFiles
		{"vote: {threshold: 0.6667}", "vote.threshold", func(p *Policy) { p.Vote.Threshold = MustRatio("0.6667") }},
		{"vote: {base: voters}", "vote.base", func(p *Policy) { p.Vote.Base = "voters" }},
		{"vote: {base: cast}", "vote.base", func(p *Policy) { p.Vote.Base = "cast" }},
		{"vote: {quorum: false}", "vote.quorum", func(p *Policy) { p.Vote.Quorum = false }},
		{"vote: {quorum: 否}", "vote.quorum", func(p *Policy) { p.Vote.Quorum = false }},
		{"vote: {majority: false}", "vote.majority", func(p *Policy) { p.Vote.Majority = false }},
		{"vote: {majority: True}", "vote.majority", func(p *Policy) {}},
		{"deadline: {days: 90}", "deadline.days", func(p *Policy) { p.Deadline.Days = 90 }},
		{"deadline: {warn_days: 0}", "deadline.warn_days", func(p *Policy) { p.Deadline.WarnDays = 0 }},
		{"notice: {days: 5}", "notice.days", func(p *Policy) { p.Notice.Days = 5 }},
		{"notice: {issuer: 中共某某旗委员会组织部}", "notice.issuer", func(p *Policy) { p.Notice.Issuer = "中共某某旗委员会组织部" }},
		{"notice: {phone: 0478-1234567}", "notice.phone", func(p *Policy) { p.Notice.Phone = "0478-1234567" }},
		{"notice: {phone: 04781234567}", "notice.phone", func(p *Policy) { p.Notice.Phone = "04781234567" }},
		{"notice: {font: fonts/simfang.ttf}", "notice.font", func(p *Policy) { p.Notice.Font = "fonts/simfang.ttf" }},
	} {
		p, err := Parse("x.yaml", []byte(tc.yaml))
		if tc.set == nil {
			if err == nil {
				t.Errorf("%s: no error", tc.yaml)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.yaml, err)
			continue
		}
		want := Default()
		tc.set(want)
		equalPolicies(t, p, want)
		for _, k := range Keys() {
			if wantSrc := map[bool]string{true: "x.yaml", false: SourceDefault}[k == tc.key]; p.Source[k] != wantSrc {
				t.Errorf("%s: source of %s = %s, want %s", tc.yaml, k, p.Source[k], wantSrc)
			}
		}
	}
}

// Empty files and empty sections keep the defaults.
func TestEmpty(t *testing.T) {
	for _, s := range []string{"", "# only a comment\n", "---\n", "quota:\n", "quota:\n  # rate: 0.03\nvote: ~\n", "amount:\n  levels:\n"} {
		p, err := Parse("x.yaml", []byte(s))
		if err != nil {
			t.Errorf("%q: %v", s, err)
			continue
		}
		equalPolicies(t, p, Default())
		if p.File != "x.yaml" {
			t.Errorf("%q: File %q", s, p.File)
		}
	}
}

func TestAnchors(t *testing.T) {
	p, err := Parse("x.yaml", []byte("quota: {rate: &r 0.03}\nvote: {threshold: *r}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Vote.Threshold.String() != "0.03" {
		t.Errorf("threshold %s", p.Vote.Threshold)
	}
}

// Every bad file is an *i18n.Error whose message names the key, its line
// and what is allowed.
func TestBadFiles(t *testing.T) {
	for _, tc := range []struct {
		yaml string
		want []string // in the English message
	}{
		{"quota:\n  rat: 0.03\n", []string{"line 2", "quota.rat", "rate, rounding, scope"}},
		{"quota: {rate: 0.03}\nvotes: {}\n", []string{"line 2", "votes", "quota, amount, conduct, income, vote, deadline, notice"}},
		{"vote: {threshold: abc}", []string{"line 1", "vote.threshold", `"abc"`, "0.025 or 2.5%"}},
		{"quota: {rate: 1.5}", []string{"quota.rate", `"1.5"`, "at most 1"}},
		{"quota: {rate: 0}", []string{"quota.rate", `"0"`}},
		{"quota: {rate: 150%}", []string{"quota.rate", "150%"}},
		{"quota: {rate: }", []string{"quota.rate"}},
		{"vote: {threshold: 2/3}", []string{"vote.threshold", "2/3"}},
		{"quota: {rounding: round}", []string{"quota.rounding", `"round"`, "half-up, floor, ceil"}},
		{"quota: {scope: county}", []string{"quota.scope", "banner, township"}},
		{"amount: {fit: squeeze}", []string{"amount.fit", "scale, none"}},
		{"vote: {base: all}", []string{"vote.base", "present, voters, cast"}},
		{"amount: {base: -1000}", []string{"amount.base", "-1000", "0 or more"}},
		{"amount: {fund: abc}", []string{"amount.fund", "0 or more"}},
		{"amount: {base: 1000.005}", []string{"amount.base"}},
		{"income: {line: -1}", []string{"income.line"}},
		{"amount: {unit: 0}", []string{"amount.unit", "above 0"}},
		{"amount:\n  levels:\n    特别困难: -5\n", []string{"line 3", "amount.levels.特别困难", "0 or more"}},
		{"amount:\n  levels:\n    很困难: 2000\n", []string{"line 3", "amount.levels.很困难", "特别困难, 比较困难, 一般困难"}},
		{"amount:\n  levels:\n    特别困难:\n", []string{"amount.levels.特别困难"}},
		{"amount: {levels: [1500, 1000, 500]}", []string{"amount.levels", "特别困难, 比较困难, 一般困难"}},
		{"amount: {default_level: 很困难}", []string{"amount.default_level", "特别困难, 比较困难, 一般困难"}},
		{"vote: {quorum: yes}", []string{"vote.quorum", "true, false"}},
		{"vote: {majority: 1}", []string{"vote.majority", "true, false"}},
		{"deadline: {days: 0}", []string{"deadline.days", "1 to 3650"}},
		{"deadline: {days: 60.5}", []string{"deadline.days"}},
		{"deadline: {warn_days: -1}", []string{"deadline.warn_days", "0 to 3650"}},
		{"notice: {days: seven}", []string{"notice.days"}},
		{"notice: {issuer: \"\"}", []string{"notice.issuer", "empty"}},
		{"notice: {issuer: [a, b]}", []string{"notice.issuer", "single value"}},
		{"quota: 0.025\n", []string{"line 1", "quota", "rate, rounding, scope"}},
		{"- quota\n", []string{"line 1", "quota, amount"}},
		{"quota: {rate: 0.03}\nquota: {rate: 0.04}\n", []string{"line 2", "quota", "line 1"}},
		{"vote:\n  base: present\n  base: voters\n", []string{"line 3", "vote.base", "line 2"}},
		{"quota:\n  rate: 0.03\n rounding: floor\n", []string{"not valid YAML"}},
		{"quota: {rate: [}\n", []string{"not valid YAML"}},
		{"<<: {quota: {}}\n", []string{"<<"}},
		{"quota: {rate: 0.03}\n---\nvote: {threshold: 0.8}\n", []string{"line 2", "second YAML document"}},
		{"---\nquota: {rate: 0.03}\n---\n# later\nvote: {threshold: 0.8}\n", []string{"line 3", "second YAML document"}},
		{"deadline: {days: 30, warn_days: 45}\n", []string{"line 1", "warn_days (45)", "deadline.days (30)"}},
		{"deadline:\n  warn_days: 90\n", []string{"line 2", "warn_days (90)", "deadline.days (60)"}},
		{"deadline:\n  days: 5\n", []string{"line 2", "warn_days (7)", "deadline.days (5)"}},
	} {
		_, err := Parse("x.yaml", []byte(tc.yaml))
		var ie *i18n.Error
		if !errors.As(err, &ie) {
			t.Errorf("%q: %v, want an *i18n.Error", tc.yaml, err)
			continue
		}
		msg := ie.Msg.In(i18n.EN)
		for _, w := range tc.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%q: %q does not mention %q", tc.yaml, msg, w)
			}
		}
		if zh := ie.Msg.In(i18n.ZH); !strings.Contains(zh, "x.yaml") || strings.Contains(zh, "%!") {
			t.Errorf("%q: Chinese message %q", tc.yaml, zh)
		}
	}
}

func TestResolve(t *testing.T) {
	dir := t.TempDir()
	wb := filepath.Join(dir, "roster.xlsx")

	p, err := Resolve("", wb)
	if err != nil || p.File != "" {
		t.Fatalf("no file: %v %q", err, p.File)
	}

	beside := filepath.Join(dir, FileName)
	os.WriteFile(beside, []byte("vote: {threshold: 60%}\n"), 0o644)
	p, err = Resolve("", wb)
	if err != nil || p.File != beside || p.Vote.Threshold.String() != "0.6" || p.Source["vote.threshold"] != beside {
		t.Fatalf("beside: %v %q %s", err, p.File, p.Vote.Threshold)
	}

	other := filepath.Join(dir, "other.yaml")
	os.WriteFile(other, []byte("vote: {threshold: 70%}\n"), 0o644)
	p, err = Resolve(other, wb)
	if err != nil || p.File != other || p.Vote.Threshold.String() != "0.7" {
		t.Fatalf("--policy: %v %q", err, p.File)
	}

	var ie *i18n.Error
	if _, err := Resolve(filepath.Join(dir, "missing.yaml"), wb); !errors.As(err, &ie) || ie.Msg.Key != "policy.not-found" {
		t.Errorf("missing: %v", err)
	}
	if _, err := Resolve(dir, wb); !errors.As(err, &ie) || ie.Msg.Key != "policy.is-dir" {
		t.Errorf("folder: %v", err)
	}
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(big, bytes.Repeat([]byte("# x\n"), maxFileSize), 0o644)
	if _, err := Resolve(big, wb); !errors.As(err, &ie) || ie.Msg.Key != "policy.too-big" {
		t.Errorf("big: %v", err)
	}
	// A folder named relief.yaml beside the workbook is not a policy file.
	dir2 := t.TempDir()
	os.Mkdir(filepath.Join(dir2, FileName), 0o755)
	if p, err := Resolve("", filepath.Join(dir2, "a.xlsx")); err != nil || p.File != "" {
		t.Errorf("folder beside: %v", err)
	}
}

// show writes YAML that loads back to the same policy, with the source of
// each value as a comment.
func TestWriteYAML(t *testing.T) {
	p, err := Parse("my.yaml", []byte("vote: {threshold: 70%, base: cast}\namount: {levels: {一般困难: 600.50}}\nnotice: {phone: \"true\", font: "+strings.Repeat("/very/long/path", 10)+".ttc:1}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
		var b bytes.Buffer
		if err := p.WriteYAML(&b, l); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		back, err := Parse("back.yaml", b.Bytes())
		if err != nil {
			t.Fatalf("%s: does not load back: %v\n%s", l, err, out)
		}
		equalPolicies(t, back, p)
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if strings.HasPrefix(line, "#") || strings.HasSuffix(line, ":") || line == "" {
				continue
			}
			def, from := "# 默认", "# 来自 my.yaml"
			if l == i18n.EN {
				def, from = "# default", "# from my.yaml"
			}
			want := def
			if strings.Contains(line, "threshold") || strings.Contains(line, "base: cast") || strings.Contains(line, "一般困难") ||
				strings.Contains(line, "phone") || strings.Contains(line, "font") {
				want = from
			}
			if want == from && !strings.HasSuffix(line, want) || want == def && !strings.Contains(line, def) {
				t.Errorf("%s: line %q does not end with %q", l, line, want)
			}
		}
	}
}

// policy show says which defaults the policy document sets (政策文件规定),
// which the Party's rules set, and which the program chose; a value from
// a file says so whatever its origin.
func TestWriteYAMLOrigins(t *testing.T) {
	var b bytes.Buffer
	if err := Default().WriteYAML(&b, i18n.ZH); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"rate:": "政策文件规定", "base: 1000": "政策文件规定", "threshold:": "政策文件规定", "days: 60": "政策文件规定",
		"exclude:": "政策文件规定", "quorum:": "党章规定", "majority:": "党章规定",
		"特别困难:": "程序设定", "rounding:": "程序设定", "scope:": "程序设定", "default_level:": "程序设定",
		"days: 7": "程序设定", "base: present": "程序设定",
	}
	lines := strings.Split(b.String(), "\n")
	for key, origin := range want {
		found := false
		for _, line := range lines {
			if strings.HasPrefix(strings.TrimSpace(line), key) {
				found = true
				if !strings.HasSuffix(line, "# 默认，"+origin) {
					t.Errorf("%q: %q", key, line)
				}
			}
		}
		if !found {
			t.Errorf("no line %q in\n%s", key, b.String())
		}
	}
	if n := strings.Count(b.String(), "政策文件规定"); n != 6 { // five values and the head line
		t.Errorf("政策文件规定 %d times:\n%s", n, b.String())
	}
	p, err := Parse("my.yaml", []byte("vote: {threshold: 70%}\n"))
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := p.WriteYAML(&b, i18n.ZH); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^  threshold: 0\.7 +# 来自 my\.yaml$`).MatchString(b.String()) {
		t.Errorf("threshold from the file:\n%s", b.String())
	}
}

// conduct.exclude is a list of the four breaches; default_level may be
// empty.
func TestConductAndDefaultLevel(t *testing.T) {
	p := Default()
	if !slices.Equal(p.Conduct.Exclude, Breaches) || p.Amount.DefaultLevel != "" {
		t.Fatalf("defaults %v %q", p.Conduct.Exclude, p.Amount.DefaultLevel)
	}
	for _, tc := range []struct {
		yaml    string
		exclude []string
		level   string
		bad     string // "" = loads
	}{
		{"conduct: {exclude: [赌博, 吸毒, 其他违纪违法]}", []string{"赌博", "吸毒", "其他违纪违法"}, "", ""},
		{"conduct:\n  exclude:\n    - 其他违纪违法\n    - 赌博\n    - 赌博\n", []string{"赌博", "其他违纪违法"}, "", ""},
		{"conduct: {exclude: []}", []string{}, "", ""},
		{"conduct: {exclude: }", []string{}, "", ""},
		{"conduct: {exclude: 赌博}", nil, "", "conduct.exclude"},
		{"conduct: {exclude: [赌钱]}", nil, "", "赌博, 吸毒, 违反计划生育, 其他违纪违法"},
		{"conduct: {exclude: [[赌博]]}", nil, "", "conduct.exclude"},
		{"amount: {default_level: 比较困难}", Breaches, "比较困难", ""},
		{"amount: {default_level: \"\"}", Breaches, "", ""},
		{"amount: {default_level: }", Breaches, "", ""},
		{"amount: {default_level: 很困难}", nil, "", `or empty ("")`},
	} {
		p, err := Parse("t.yaml", []byte(tc.yaml))
		if tc.bad != "" {
			if err == nil || !strings.Contains(err.Error(), tc.bad) {
				t.Errorf("%q: error %v, want one naming %q", tc.yaml, err, tc.bad)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", tc.yaml, err)
			continue
		}
		if !slices.Equal(p.Conduct.Exclude, tc.exclude) || p.Amount.DefaultLevel != tc.level {
			t.Errorf("%q: exclude %q level %q", tc.yaml, p.Conduct.Exclude, p.Amount.DefaultLevel)
		}
		var b bytes.Buffer
		if err := p.WriteYAML(&b, i18n.ZH); err != nil {
			t.Fatal(err)
		}
		back, err := Parse("back.yaml", b.Bytes())
		if err != nil {
			t.Fatalf("%q does not load back: %v\n%s", tc.yaml, err, b.String())
		}
		equalPolicies(t, back, p)
	}
}

// Reaches agrees with an exact comparison of fractions.
func TestRatioReachesProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		num := rapid.Int64Range(1, 10000).Draw(t, "num")
		den := rapid.Int64Range(num, 10000).Draw(t, "den")
		r := Ratio{R: big.NewRat(num, den)}
		whole := rapid.IntRange(1, 1_000_000).Draw(t, "whole")
		part := rapid.IntRange(0, whole).Draw(t, "part")
		want := big.NewRat(int64(part), int64(whole)).Cmp(r.R) >= 0
		if got := r.Reaches(part, whole); got != want {
			t.Fatalf("%d/%d reaches %s: %v, want %v", part, whole, r.R, got, want)
		}
	})
}

// A relative notice.font is taken beside the policy file, not the
// current folder; an absolute one is kept.
func TestLoadFontBesideFile(t *testing.T) {
	dir := t.TempDir()
	for font, want := range map[string]string{
		"fonts/simfang.ttf": filepath.Join(dir, "fonts", "simfang.ttf"),
		"simsun.ttc:1":      filepath.Join(dir, "simsun.ttc:1"),
		"/usr/share/x.ttf":  "/usr/share/x.ttf",
	} {
		path := filepath.Join(dir, "relief.yaml")
		if err := os.WriteFile(path, []byte("notice:\n  font: \""+font+"\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		p, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if p.Notice.Font != want {
			t.Errorf("font %q: got %q, want %q", font, p.Notice.Font, want)
		}
	}
}

// A "---" that starts the only document, or ends the file with nothing
// after it, is not a second document; warn_days equal to days is allowed.
func TestOneDocument(t *testing.T) {
	for _, src := range []string{
		"---\nquota: {rate: 0.03}\n",
		"quota: {rate: 0.03}\n---\n",
		"quota: {rate: 0.03}\n---\n# nothing more\n",
		"quota: {rate: 0.03}\n...\n",
		"deadline: {days: 10, warn_days: 10}\n",
	} {
		if _, err := Parse("x.yaml", []byte(src)); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}
