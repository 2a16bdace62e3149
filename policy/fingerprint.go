package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// fingerprintSkipped are the keys left out of the fingerprint: the font
// changes how a document looks, never what it says, and is a path on one
// machine (the same policy copied elsewhere must keep its fingerprint).
var fingerprintSkipped = map[string]bool{"notice.font": true}

// Canonical returns the policy's effective values in canonical form: one
// line "key=value" per key, in the order of Keys(), each value written as
// policy show writes it (rates as their shortest exact decimal, sums in
// yuan without trailing zeros, true/false), with nothing about where a
// value came from. Two policies that decide and word everything alike
// have the same canonical form, whatever their files look like.
func (p *Policy) Canonical() string {
	var b strings.Builder
	var walk func(prefix string, fs []field)
	walk = func(prefix string, fs []field) {
		for _, f := range fs {
			key := prefix + f.key
			if f.children != nil {
				walk(key+".", f.children)
				continue
			}
			if fingerprintSkipped[key] {
				continue
			}
			b.WriteString(key)
			b.WriteByte('=')
			b.WriteString(f.show(p).Value)
			b.WriteByte('\n')
		}
	}
	walk("", schema)
	return b.String()
}

// Fingerprint is the SHA-256 of Canonical() in lower-case hex: the name
// every document gives the policy it was made under.
func (p *Policy) Fingerprint() string {
	sum := sha256.Sum256([]byte(p.Canonical()))
	return hex.EncodeToString(sum[:])
}
