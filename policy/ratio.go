package policy

import (
	"errors"
	"math/big"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Errors returned by ParseRatio.
var (
	ErrRatioSyntax = errors.New("not a decimal fraction or a percentage")
	ErrRatioRange  = errors.New("not above 0 and at most 1")
)

// maxRatioText bounds the text ParseRatio looks at: no real rate needs
// more digits, and big.Rat should not be fed megabytes.
const maxRatioText = 64

// ParseRatio reads a fraction as a clerk writes it in the policy file: a
// decimal ("0.025", ".65", "1") or a percentage ("2.5%", "65 %", "６５％").
// The text is read exactly (decimal → big.Rat, never float64) and must be
// above 0 and at most 1. Signs, exponents and fractions like 13/20 are
// not accepted.
func ParseRatio(s string) (Ratio, error) {
	var b strings.Builder
	for _, c := range strings.TrimSpace(s) {
		switch {
		case c >= '０' && c <= '９':
			b.WriteRune(c - '０' + '0')
		case c == '．':
			b.WriteByte('.')
		case c == '％':
			b.WriteByte('%')
		case c == ' ' || c == '\u3000' || c == '\t':
			// "65 %"
		default:
			b.WriteRune(c)
		}
	}
	t := b.String()
	if len(t) > maxRatioText {
		return Ratio{}, ErrRatioSyntax
	}
	percent := strings.HasSuffix(t, "%")
	t = strings.TrimSuffix(t, "%")
	if !decimalText(t) {
		return Ratio{}, ErrRatioSyntax
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok {
		return Ratio{}, ErrRatioSyntax
	}
	if percent {
		r.Quo(r, big.NewRat(100, 1))
	}
	if r.Sign() <= 0 || r.Cmp(big.NewRat(1, 1)) > 0 {
		return Ratio{}, ErrRatioRange
	}
	return Ratio{R: r}, nil
}

// decimalText reports whether t is digits with at most one decimal point
// and at least one digit: 0.025, .65, 1., 65.
func decimalText(t string) bool {
	digits, dots := 0, 0
	for _, c := range t {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			dots++
		default:
			return false
		}
	}
	return digits > 0 && dots <= 1
}

// MustRatio is ParseRatio for constants known to be good; it panics on a
// bad one (a programming error).
func MustRatio(s string) Ratio {
	r, err := ParseRatio(s)
	if err != nil {
		panic("policy: bad ratio constant " + s)
	}
	return r
}

// IsZero reports whether the ratio was never set.
func (r Ratio) IsZero() bool { return r.R == nil }

// String renders the ratio as the shortest exact decimal, "0.025",
// "0.65", "1"; "" when unset.
func (r Ratio) String() string {
	if r.R == nil {
		return ""
	}
	for prec := 0; prec <= maxRatioText; prec++ {
		s := r.R.FloatString(prec)
		if back, ok := new(big.Rat).SetString(s); ok && back.Cmp(r.R) == 0 {
			return s
		}
	}
	return r.R.RatString()
}

// Percent renders the ratio as a percentage, "2.5%", "65%".
func (r Ratio) Percent() string {
	if r.R == nil {
		return ""
	}
	return Ratio{R: new(big.Rat).Mul(r.R, big.NewRat(100, 1))}.String() + "%"
}

// Equal reports whether r and s are the same fraction.
func (r Ratio) Equal(s Ratio) bool {
	if r.R == nil || s.R == nil {
		return r.R == nil && s.R == nil
	}
	return r.R.Cmp(s.R) == 0
}

// Reaches reports whether part/whole ≥ r, compared exactly in integers:
// part × denominator ≥ numerator × whole. A whole of 0 or less reaches
// nothing (there is no rate to compare).
func (r Ratio) Reaches(part, whole int) bool {
	if r.R == nil || whole <= 0 {
		return false
	}
	lhs := new(big.Int).Mul(big.NewInt(int64(part)), r.R.Denom())
	rhs := new(big.Int).Mul(r.R.Num(), big.NewInt(int64(whole)))
	return lhs.Cmp(rhs) >= 0
}

// MarshalYAML writes the ratio as its exact decimal.
func (r Ratio) MarshalYAML() (any, error) {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: r.String()}, nil
}

// UnmarshalYAML reads the scalar's text with ParseRatio, never through
// float64.
func (r *Ratio) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return ErrRatioSyntax
	}
	v, err := ParseRatio(n.Value)
	if err != nil {
		return err
	}
	*r = v
	return nil
}
