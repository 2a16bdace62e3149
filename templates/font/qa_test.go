package font

import (
	"os"
	"testing"

	"relief/i18n"
)

// --font given a folder, or something endless like a device, is refused
// with a message that says what to give instead; it is never read whole
// into memory.
func TestLoadNotAFontFile(t *testing.T) {
	tests := []struct {
		spec, key string
	}{
		{t.TempDir(), "font.is-dir"},
		{"/dev/zero", "font.too-big"},
	}
	for _, tt := range tests {
		if _, err := os.Stat(tt.spec); err != nil {
			t.Logf("skip %s: %v", tt.spec, err)
			continue
		}
		_, err := Load(tt.spec)
		if ie, ok := err.(*i18n.Error); !ok || ie.Msg.Key != tt.key {
			t.Errorf("%s: err = %v, want %s", tt.spec, err, tt.key)
		}
	}
}
