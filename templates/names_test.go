package templates

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFileName(t *testing.T) {
	tests := []struct {
		prefix string
		seq    int
		name   string
		want   string
	}{
		{"", 1, "张三", "001-张三.pdf"},
		{"", 2, "张三", "002-张三.pdf"},
		{"", 12, "../x", "012-__x.pdf"},
		{"", 3, "..", "003-_.pdf"},
		{"", 3, "a/b", "003-a_b.pdf"},
		{"", 3, `C:\x`, "003-C__x.pdf"},
		{"", 3, "CON", "003-_CON.pdf"},
		{"", 3, "nul.txt", "003-_nul.txt.pdf"},
		{"", 3, "com1", "003-_com1.pdf"},
		{"", 3, ".hidden", "003-hidden.pdf"},
		{"", 3, "", "003-未具名.pdf"},
		{"", 3, "\x00\t\n", "003-未具名.pdf"},
		{"", 3, `a<b>c:d"e|f?g*h`, "003-a_b_c_d_e_f_g_h.pdf"},
		{"", 3, "阿拉坦·其其格", "003-阿拉坦·其其格.pdf"},
		{"", 3, "name. ", "003-name.pdf"},
		{"", 3, "a\u202eb", "003-ab.pdf"},
		{"不予救助", 4, "李四", "不予救助-004-李四.pdf"},
	}
	for _, tt := range tests {
		got := FileName(tt.prefix, tt.seq, 3, tt.name)
		if got != tt.want {
			t.Errorf("FileName(%q, %d, %q) = %q, want %q", tt.prefix, tt.seq, tt.name, got, tt.want)
		}
		if !local(got) {
			t.Errorf("FileName(%q) = %q leaves the folder", tt.name, got)
		}
	}
	if got := FileName("", 1234, 4, "x"); got != "1234-x.pdf" {
		t.Errorf("width 4: %q", got)
	}
}

func TestSafeNameLength(t *testing.T) {
	long := strings.Repeat("龘", 500)
	s := SafeName(long)
	if utf8.RuneCountInString(s) > maxNameRunes || len(FileName("不予救助", 1, 4, long)) > 200 {
		t.Errorf("too long: %d runes", utf8.RuneCountInString(s))
	}
}

func FuzzFileName(f *testing.F) {
	for _, s := range []string{"张三", "../x", "a/b", `C:\x`, "CON", ".hidden", "..\\..\\etc", "\x00", "...", " . . "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got := FileName("", 1, 3, name)
		if !local(got) || strings.ContainsAny(got, "/\\:*?\"<>|\x00") || strings.HasPrefix(got, ".") {
			t.Fatalf("FileName(%q) = %q is not a safe local name", name, got)
		}
		if filepath.Ext(got) != ".pdf" || !utf8.ValidString(got) {
			t.Fatalf("FileName(%q) = %q", name, got)
		}
		if reserved(strings.TrimSuffix(got, ".pdf")) {
			t.Fatalf("FileName(%q) = %q is reserved", name, got)
		}
	})
}
