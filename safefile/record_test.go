package safefile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Whatever a record holds (edited by hand, damaged), the names read from
// it stay inside the folder: --replace can never remove a file elsewhere.
func FuzzReadRecord(f *testing.F) {
	f.Add("# comment\n001-张三.pdf\n乌加河镇/002-李四.pdf\n")
	f.Add("../x\n/etc/passwd\nC:\\Windows\\x\na/../../b\n\x00\n..\n.\n")
	f.Add(".relief-files\n.relief-1-2.tmp/x\nok.pdf\r\n")
	f.Fuzz(func(t *testing.T, content string) {
		p := filepath.Join(t.TempDir(), RecordName)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Skip()
		}
		names, _ := readRecord(p)
		for _, n := range names {
			if !filepath.IsLocal(filepath.FromSlash(n)) || strings.Contains(n, "\\") || strings.HasPrefix(n, "/") || n == RecordName {
				t.Fatalf("unsafe name %q read from %q", n, content)
			}
		}
	})
}
