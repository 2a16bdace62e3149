package i18n

import (
	"strings"
	"testing"
)

// Every entry has both languages, and the Chinese one is not English.
func TestCatalogueComplete(t *testing.T) {
	for _, k := range Keys() {
		e := catalogue[k]
		if strings.TrimSpace(e.ZH) == "" || strings.TrimSpace(e.EN) == "" {
			t.Errorf("%s: missing a language", k)
		}
		if strings.Count(e.ZH, "%") != strings.Count(e.EN, "%") {
			t.Errorf("%s: the two languages take different arguments", k)
		}
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]Lang{"zh": ZH, "zh_CN.UTF-8": ZH, "EN": EN, "en_US.UTF-8": EN} {
		if got, ok := Parse(in); !ok || got != want {
			t.Errorf("Parse(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := Parse("fr"); ok {
		t.Error("fr accepted")
	}
}

// Every plural form names an argument that the English text formats.
func TestPluralFormsNameArguments(t *testing.T) {
	for _, k := range Keys() {
		en := catalogue[k].EN
		for _, m := range pluralForm.FindAllStringSubmatch(en, -1) {
			if !strings.Contains(en, "%["+m[1]+"]") {
				t.Errorf("%s: plural form %s names argument %s, which the text does not use", k, m[0], m[1])
			}
		}
		if strings.Contains(catalogue[k].ZH, "{1:") {
			t.Errorf("%s: a plural form in the Chinese text", k)
		}
	}
}

func TestPluralsAndLists(t *testing.T) {
	add(map[string]Text{"test.plural": {ZH: "错误 %[1]d 处，警告 %[2]d 处：%[3]s", EN: "%[1]d {1:error|errors}, %[2]d {2:warning|warnings}: %[3]s"}})
	defer delete(catalogue, "test.plural")
	for _, tt := range []struct {
		errs, warns int
		cells       List
		en, zh      string
	}{
		{1, 2, List{"C3", "W3"}, "1 error, 2 warnings: C3, W3", "错误 1 处，警告 2 处：C3、W3"},
		{0, 1, List{"C3"}, "0 errors, 1 warning: C3", "错误 0 处，警告 1 处：C3"},
		{-1, 11, nil, "-1 error, 11 warnings: ", "错误 -1 处，警告 11 处："},
	} {
		m := M("test.plural", tt.errs, tt.warns, tt.cells)
		if got := m.In(EN); got != tt.en {
			t.Errorf("EN %q, want %q", got, tt.en)
		}
		if got := m.In(ZH); got != tt.zh {
			t.Errorf("ZH %q, want %q", got, tt.zh)
		}
	}
	// A message as an argument is rendered in the same language.
	if got := M("test.plural", 1, 1, M("verdict.eligible")).In(EN); got != "1 error, 1 warning: eligible" {
		t.Errorf("nested message: %q", got)
	}
}

// A Msg given as an argument is rendered in the message's language.
func TestNestedMsg(t *testing.T) {
	m := M("safefile.write", "out.pdf", M("safefile.reason.disk-full"))
	zh, en := m.In(ZH), m.In(EN)
	if !strings.Contains(zh, "磁盘空间已满") || !strings.Contains(en, "the disk is full") {
		t.Fatalf("zh %q\nen %q", zh, en)
	}
	if _, ok := m.Args[1].(Msg); !ok {
		t.Fatal("In changed the message's arguments")
	}
}
