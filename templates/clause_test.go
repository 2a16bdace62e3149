package templates

import (
	"strings"
	"testing"
)

// ClauseText never fails: it gives a citation in Chinese or nothing, and
// never passes the input through.
func FuzzClauseText(f *testing.F) {
	for _, s := range []string{"§4.1", "§4.2, §4.3", "§6.3.3", "§2", "", "§", "§0", "§100", "§1..2", "4.1", "§4.1,", "§६"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ClauseText(s)
		if got == "" {
			return
		}
		if !strings.HasPrefix(got, "第") || strings.ContainsAny(got, "§.,0123456789") {
			t.Errorf("ClauseText(%q) = %q", s, got)
		}
	})
}
