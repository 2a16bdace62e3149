package policy

import (
	"strings"
	"testing"
)

func TestFingerprint(t *testing.T) {
	def := Default()
	if got := def.Fingerprint(); len(got) != 64 || got != Default().Fingerprint() {
		t.Fatalf("Fingerprint() = %q, not stable", got)
	}
	if !strings.Contains(def.Canonical(), "quota.rate=0.025\n") || !strings.Contains(def.Canonical(), "amount.levels.特别困难=1500\n") {
		t.Errorf("canonical form:\n%s", def.Canonical())
	}
	// The same values written differently, from a file: same fingerprint.
	same, err := Parse("a/relief.yaml", []byte("quota:\n  rate: 2.5%\nvote:\n  threshold: '65 %'\nnotice:\n  font: /x/simfang.ttf\n"))
	if err != nil {
		t.Fatal(err)
	}
	if same.Fingerprint() != def.Fingerprint() {
		t.Errorf("equal values, different fingerprints:\n%s\n%s", same.Canonical(), def.Canonical())
	}
	// A value that decides something: a different fingerprint.
	for _, y := range []string{"vote:\n  threshold: 0.66\n", "amount:\n  levels:\n    一般困难: 600\n", "notice:\n  issuer: 某某组织部\n"} {
		other, err := Parse("b.yaml", []byte(y))
		if err != nil {
			t.Fatal(err)
		}
		if other.Fingerprint() == def.Fingerprint() {
			t.Errorf("%q leaves the fingerprint unchanged", y)
		}
	}
}
