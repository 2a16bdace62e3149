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
