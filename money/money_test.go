package money

import (
	"testing"
)

func TestCapital(t *testing.T) {
	for _, c := range []struct {
		fen  int64
		want string
	}{
		{0, "零元整"},
		{1000, "壹拾元整"},
		{10100, "壹佰零壹元整"},
		{100000, "壹仟元整"},
		{101000, "壹仟零壹拾元整"},
		{1000000, "壹万元整"},
		{10000050, "壹拾万元伍角"},
		{148600, "壹仟肆佰捌拾陆元整"},
		{150000, "壹仟伍佰元整"},
		{140902, "壹仟肆佰零玖元零贰分"},
		{168032, "壹仟陆佰捌拾元叁角贰分"},
		{50, "伍角"},
		{5, "伍分"},
		{10010000, "壹拾万零壹佰元整"},
		{10000000000, "壹亿元整"},
		{10000100000, "壹亿零壹仟元整"},
		{-100, "负壹元整"},
	} {
		if got := Amount(c.fen).Capital(); got != c.want {
			t.Errorf("%d fen: got %s, want %s", c.fen, got, c.want)
		}
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		fen      int64
		str, dec string
	}{
		{0, "0.00", "0.00"},
		{148600, "1,486.00", "1486.00"},
		{123456789, "1,234,567.89", "1234567.89"},
		{-50, "-0.50", "-0.50"},
		{100000, "1,000.00", "1000.00"},
	} {
		a := Amount(c.fen)
		if a.String() != c.str || a.Decimal() != c.dec {
			t.Errorf("%d: %s %s", c.fen, a.String(), a.Decimal())
		}
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct {
		in   string
		fen  int64
		fail bool
	}{
		{"1486", 148600, false},
		{"1,486.00", 148600, false},
		{"1486元", 148600, false},
		{"￥1,486.5", 148650, false},
		{"１４８６", 148600, false},
		{" 12 000 ", 1200000, false},
		{"0.01", 1, false},
		{"1486.005", 0, true},
		{"abc", 0, true},
		{"", 0, true},
		{"1e5", 0, true},
		{"1.2.3", 0, true},
	} {
		got, err := Parse(c.in)
		if (err != nil) != c.fail || (!c.fail && got.Fen() != c.fen) {
			t.Errorf("Parse(%q) = %d, %v", c.in, got, err)
		}
	}
}

func TestFromCellNumber(t *testing.T) {
	for in, want := range map[string]int64{
		"1486":                148600,
		"1486.0000000000002":  148600,
		"0.30000000000000004": 30,
		"1.486E+3":            148600,
		"12.345":              1235,
	} {
		got, err := FromCellNumber(in)
		if err != nil || got.Fen() != want {
			t.Errorf("FromCellNumber(%q) = %d, %v", in, got, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1486", "1,486.00", "1486元", "-3", "１２.５", "0.001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err != nil {
			return
		}
		// What parses, printed and parsed again, is the same amount.
		b, err := Parse(a.String())
		if err != nil || a != b {
			t.Fatalf("%q → %s → %v %v", s, a, b, err)
		}
	})
}
