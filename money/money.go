// Package money is relief's one money type: an integer count of fen (分,
// 1/100 yuan). No float64 is ever on a money path; parsing goes through
// exact decimals (math/big.Rat).
//
// It is a package of its own, below roster, because money is read from
// workbooks (income, funds), computed by budget and printed on documents.
package money

import (
	"errors"
	"math/big"
	"strings"
	"unicode"
)

// Amount is a sum of money in fen.
type Amount int64

// Yuan returns n yuan as an Amount.
func Yuan(n int64) Amount { return Amount(n * 100) }

// Fen returns the amount in fen.
func (a Amount) Fen() int64 { return int64(a) }

// Decimal renders the amount as a plain decimal string with two places,
// "1486.00", "-0.50": the form JSON and CSV carry.
func (a Amount) Decimal() string { return a.format(false) }

// String renders the amount with thousands separators: "1,486.00".
func (a Amount) String() string { return a.format(true) }

func (a Amount) format(group bool) string {
	neg := a < 0
	u := uint64(a)
	if neg {
		u = uint64(-a)
	}
	ip, fp := u/100, u%100
	digits := []byte(uitoa(ip))
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, d := range digits {
		if group && i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(d)
	}
	b.WriteByte('.')
	b.WriteByte(byte('0' + fp/10))
	b.WriteByte(byte('0' + fp%10))
	return b.String()
}

func uitoa(u uint64) string {
	if u == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	return string(buf[i:])
}

// Errors returned by Parse.
var (
	ErrSyntax    = errors.New("not a sum of money")
	ErrPrecision = errors.New("more than two decimal places")
	ErrRange     = errors.New("sum too large")
)

// limit is the largest amount accepted: a trillion yuan.
var limit = big.NewRat(1_000_000_000_000_00, 1)

// Parse reads a sum of money as a clerk types it: "1486", "1,486.00",
// "1486元", "￥1486", full-width digits, inner spaces. More than two decimal
// places is ErrPrecision (a typing error, not a rounding matter).
func Parse(s string) (Amount, error) {
	r, err := clean(s)
	if err != nil {
		return 0, err
	}
	fen := new(big.Rat).Mul(r, big.NewRat(100, 1))
	if !fen.IsInt() {
		return 0, ErrPrecision
	}
	return toAmount(fen)
}

// FromCellNumber reads the raw value of a numeric spreadsheet cell
// ("1486", "1486.0000000000002", "1.486E+3"), exact in decimal, rounded
// half-up to the fen: binary floating point noise in the file is not the
// clerk's doing.
func FromCellNumber(raw string) (Amount, error) {
	r, ok := new(big.Rat).SetString(strings.TrimSpace(raw))
	if !ok {
		return 0, ErrSyntax
	}
	return roundHalfUp(new(big.Rat).Mul(r, big.NewRat(100, 1)))
}

func roundHalfUp(fen *big.Rat) (Amount, error) {
	neg := fen.Sign() < 0
	abs := new(big.Rat).Abs(fen)
	abs.Add(abs, big.NewRat(1, 2))
	q := new(big.Int).Quo(abs.Num(), abs.Denom())
	r := new(big.Rat).SetInt(q)
	if neg {
		r.Neg(r)
	}
	return toAmount(r)
}

func toAmount(fen *big.Rat) (Amount, error) {
	if new(big.Rat).Abs(fen).Cmp(limit) > 0 {
		return 0, ErrRange
	}
	return Amount(fen.Num().Int64()), nil
}

// clean strips what clerks add around a number and returns it exactly.
func clean(s string) (*big.Rat, error) {
	var b strings.Builder
	for _, c := range strings.TrimSpace(s) {
		switch {
		case c >= '０' && c <= '９':
			b.WriteRune(c - '０' + '0')
		case c == '．' || c == '。':
			b.WriteByte('.')
		case c == '－' || c == '−':
			b.WriteByte('-')
		case c == ',' || c == '，' || c == '_' || c == '\'' || unicode.IsSpace(c):
			// thousands separators and spaces
		case c == '元' || c == '¥' || c == '￥' || c == '圆':
			// currency marks
		default:
			b.WriteRune(c)
		}
	}
	t := b.String()
	t = strings.TrimSuffix(t, "整")
	if t == "" || strings.ContainsAny(t, "eE/") {
		return nil, ErrSyntax
	}
	for i, c := range t {
		if !(c >= '0' && c <= '9' || c == '.' || (c == '-' || c == '+') && i == 0) {
			return nil, ErrSyntax
		}
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok {
		return nil, ErrSyntax
	}
	return r, nil
}

var (
	capDigits = []rune("零壹贰叁肆伍陆柒捌玖")
	capUnits  = []string{"", "拾", "佰", "仟"}
	capGroups = []string{"", "万", "亿", "万亿"}
)

// Capital writes the amount in capital Chinese numerals as on financial
// documents (大写金额): 1486 → 壹仟肆佰捌拾陆元整, 100000.50 → 壹拾万元伍角,
// 1409.02 → 壹仟肆佰零玖元零贰分, 0 → 零元整. A negative amount is
// prefixed with 负.
func (a Amount) Capital() string {
	var b strings.Builder
	if a < 0 {
		b.WriteString("负")
		a = -a
	}
	yuan, jiao, fen := int64(a)/100, int64(a)/10%10, int64(a)%10
	if yuan > 0 {
		b.WriteString(capitalInt(yuan))
		b.WriteString("元")
	} else if jiao == 0 && fen == 0 {
		b.WriteString("零元")
	}
	switch {
	case jiao == 0 && fen == 0:
		b.WriteString("整")
	case jiao == 0:
		if yuan > 0 {
			b.WriteString("零")
		}
		b.WriteRune(capDigits[fen])
		b.WriteString("分")
	default:
		b.WriteRune(capDigits[jiao])
		b.WriteString("角")
		if fen > 0 {
			b.WriteRune(capDigits[fen])
			b.WriteString("分")
		}
	}
	return b.String()
}

// capitalInt writes n > 0 in groups of four digits (万, 亿), with one 零 for
// each run of zeros between non-zero digits.
func capitalInt(n int64) string {
	var groups []int64
	for n > 0 {
		groups = append(groups, n%10000)
		n /= 10000
	}
	var b strings.Builder
	pendingZero := false
	for g := len(groups) - 1; g >= 0; g-- {
		v := groups[g]
		if v == 0 {
			pendingZero = b.Len() > 0
			continue
		}
		for u := 3; u >= 0; u-- {
			d := v / pow10(u) % 10
			if d == 0 {
				if b.Len() > 0 {
					pendingZero = true
				}
				continue
			}
			if pendingZero {
				b.WriteRune(capDigits[0])
				pendingZero = false
			}
			b.WriteRune(capDigits[d])
			b.WriteString(capUnits[u])
		}
		b.WriteString(capGroups[g])
	}
	return b.String()
}

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}
