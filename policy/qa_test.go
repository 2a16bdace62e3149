package policy

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"relief/i18n"
)

// A policy file saved by Notepad in GBK ("ANSI") or UTF-16 ("Unicode")
// reads like its UTF-8 original; bytes that are no text are a clear
// error about the encoding, not a YAML error about colons.
func TestLoadEncodings(t *testing.T) {
	const src = "# 本旗规定\nvote:\n  threshold: 0.7\nnotice:\n  issuer: 中共某某旗委员会组织部\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(src)
	if err != nil {
		t.Fatal(err)
	}
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(src)
	tests := []struct {
		name, data string
		key        string
	}{
		{"utf-8", src, ""},
		{"utf-8 bom", "\ufeff" + src, ""},
		{"gbk", gbk, ""},
		{"utf-16", u16, ""},
		{"binary", "vote:\n  threshold: 0.7\n\x80\xff\n", "policy.encoding"},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "relief.yaml")
		if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		p, err := Load(path)
		if tt.key != "" {
			if ie, ok := err.(*i18n.Error); !ok || ie.Msg.Key != tt.key {
				t.Errorf("%s: err = %v, want %s", tt.name, err, tt.key)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if p.Vote.Threshold.String() != "0.7" || p.Notice.Issuer != "中共某某旗委员会组织部" {
			t.Errorf("%s: threshold %s, issuer %q", tt.name, p.Vote.Threshold, p.Notice.Issuer)
		}
	}
}

// An amount beyond what money can hold is "too large", not "below 0".
func TestMoneyTooLarge(t *testing.T) {
	tests := []struct{ src, key string }{
		{"amount:\n  levels: {特别困难: 999999999999999999}\n", "policy.bad-money-range"},
		{"amount:\n  fund: 10000000000000\n", "policy.bad-money-range"},
		{"income:\n  line: 1e30\n", "policy.bad-money"}, // not a sum as clerks write it
	}
	for _, tt := range tests {
		_, err := Parse("t.yaml", []byte(tt.src))
		if ie, ok := err.(*i18n.Error); !ok || ie.Msg.Key != tt.key {
			t.Errorf("%q: err = %v, want %s", tt.src, err, tt.key)
		}
	}
}
