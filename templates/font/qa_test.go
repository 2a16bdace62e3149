package font

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"relief/i18n"
)

// --font given a folder, or something that is not a regular file (a
// device that never ends, a FIFO that blocks until someone writes), is
// refused with a message that says what to give instead; it is never read.
func TestLoadNotAFontFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "simfang.ttf")
	if runtime.GOOS != "windows" {
		if err := mkfifo(fifo); err != nil {
			t.Log(err)
		}
	}
	tests := []struct {
		spec, key string
	}{
		{t.TempDir(), "font.is-dir"},
		{"/dev/zero", "safefile.not-regular-in"},
		{fifo, "safefile.not-regular-in"},
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

// A file too large to be a font is refused by its size, before a byte of
// it is read.
func TestLoadTooBigNotRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.ttf")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(maxFileSize + 1<<20); err != nil { // sparse: no disk used
		t.Skip(err)
	}
	f.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = Load(p)
	runtime.ReadMemStats(&after)
	if ie, ok := err.(*i18n.Error); !ok || ie.Msg.Key != "font.too-big" {
		t.Fatalf("err = %v", err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("read %d bytes of it", n)
	}
}
