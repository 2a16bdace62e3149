package policy

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"relief/i18n"
)

// One policy for a run over several folders: --policy, else the folders'
// relief.yaml (the same file in several of them is one policy; two that
// differ are an error), else the built-in one.
func TestResolveDirs(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(a, FileName), []byte("quota:\n  rate: 5%\n"), 0o644)
	os.WriteFile(filepath.Join(b, FileName), []byte("quota:\n  rate: 5%\n"), 0o644)
	other := filepath.Join(t.TempDir(), "other.yaml")
	os.WriteFile(other, []byte("quota:\n  rate: 3%\n"), 0o644)

	p, err := ResolveDirs("", []string{c, a, b})
	if err != nil || p.File != filepath.Join(a, FileName) || p.Quota.Rate.Percent() != "5%" {
		t.Errorf("same file in two folders: %v %+v", err, p)
	}
	if p, err := ResolveDirs("", []string{c}); err != nil || p.File != "" {
		t.Errorf("no relief.yaml: %v %q", err, p.File)
	}
	if p, err := ResolveDirs(other, []string{a}); err != nil || p.File != other {
		t.Errorf("--policy wins: %v %+v", err, p)
	}
	os.WriteFile(filepath.Join(b, FileName), []byte("quota:\n  rate: 3%\n"), 0o644)
	_, err = ResolveDirs("", []string{a, b})
	var ie *i18n.Error
	if !errors.As(err, &ie) || ie.Msg.Key != "policy.several" {
		t.Errorf("two that differ: %v", err)
	}
}
