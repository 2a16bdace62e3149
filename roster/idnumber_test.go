package roster

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// checkOf computes the GB 11643 check character of 17 digits independently
// of the code under test: weight of position i is 2^(17-i) mod 11, and the
// check value is (12 - sum mod 11) mod 11, with 10 written X.
func checkOf(t testing.TB, d17 string) string {
	t.Helper()
	if len(d17) != 17 {
		t.Fatalf("checkOf(%q): need 17 digits", d17)
	}
	sum, w := 0, 1
	for i := 16; i >= 0; i-- {
		w = w * 2 % 11 // 2^(17-i) mod 11
		sum += int(d17[i]-'0') * w
	}
	c := (12 - sum%11) % 11
	if c == 10 {
		return "X"
	}
	return fmt.Sprint(c)
}

// validID returns a valid number with the given first 17 digits.
func validID(t testing.TB, d17 string) string { return d17 + checkOf(t, d17) }

// idEndingX returns a valid number born on birth (8 digits) whose check
// character is X.
func idEndingX(t testing.TB, birth string) string {
	for seq := 0; seq < 1000; seq++ {
		d17 := fmt.Sprintf("150824%s%03d", birth, seq)
		if checkOf(t, d17) == "X" {
			return d17 + "X"
		}
	}
	t.Fatal("no sequence gives X")
	return ""
}

// wrongCheck returns id with its check character replaced by a wrong one.
func wrongCheck(id string) string {
	c := "0"
	if id[17] == '0' {
		c = "1"
	}
	return id[:17] + c
}

func codesOf(is []issue) []string {
	var cs []string
	for _, i := range is {
		cs = append(cs, i.Code)
	}
	return cs
}

func hasError(is []issue) bool {
	for _, i := range is {
		if i.Sev == SevError {
			return true
		}
	}
	return false
}

func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '!' && r <= '~' {
			r += 0xFF01 - '!'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestParseID(t *testing.T) {
	man := validID(t, "15082419820916105") // 5 is odd: a man
	woman := validID(t, "15082419750301002")
	withX := idEndingX(t, "19820916")
	lowerX := strings.ToLower(withX)
	legacy15 := "150824820916107"
	legacy18 := validID(t, "15082419820916107")

	badBirth := validID(t, "15082419821332107")   // month 13
	notLeap := validID(t, "15082419000229107")    // 1900 is no leap year
	before1900 := validID(t, "15082418991231107") // too early
	leapDay := validID(t, "15082420000229108")    // 2000 is a leap year

	tests := []struct {
		name    string
		raw     string
		numeric bool
		want    string
		codes   []string
	}{
		{"valid man", man, false, man, nil},
		{"valid woman", woman, false, woman, nil},
		{"check X", withX, false, withX, nil},
		{"lowercase x", lowerX, false, withX, nil},
		{"multiplication sign", withX[:17] + "×", false, withX, nil},
		{"full-width", fullWidth(lowerX), false, withX, nil},
		{"full-width capital X", fullWidth(withX), false, withX, nil},
		{"inner spaces", man[:6] + " " + man[6:14] + " " + man[14:], false, man, nil},
		{"full-width spaces", man[:6] + "\u3000" + man[6:], false, man, nil},
		{"hyphens", man[:6] + "-" + man[6:14] + "-" + man[14:], false, man, nil},
		{"leading apostrophe", "'" + man, false, man, nil},
		{"surrounding space and NBSP", " \u00a0" + man + "\t", false, man, nil},
		{"zero-width space", man[:9] + "\u200b" + man[9:], false, man, nil},
		{"leap day 2000", leapDay, false, leapDay, nil},
		{"empty", "", false, "", nil},
		{"blank", "  \u3000", false, "", nil},

		{"legacy 15", legacy15, false, legacy18, []string{"id-legacy-15"}},
		{"legacy 15 full-width spaced", fullWidth("150824 820916 107"), false, legacy18, []string{"id-legacy-15"}},
		{"legacy 15 bad birth", "150824821332107", false, validID(t, "15082419821332107"), []string{"id-legacy-15", "id-birthdate"}},
		{"legacy 15 ending X", "15082482091610X", false, "", []string{"id-length"}},

		{"numeric scientific", "1.50824198209161E+17", true, "150824198209161000", []string{"id-stored-as-number"}},
		{"numeric, LibreOffice exponent", "1.50824198209161E+017", true, "150824198209161000", []string{"id-stored-as-number"}},
		{"numeric plain", "150824198209161000", true, "150824198209161000", []string{"id-stored-as-number"}},
		{"numeric full 18", man[:17], true, man[:17], []string{"id-stored-as-number"}},
		{"numeric legacy 15: nothing lost, read and converted", legacy15, true, legacy18, []string{"id-legacy-15", "id-stored-as-number"}},
		{"numeric garbage", "abc", true, "", []string{"id-stored-as-number"}},
		{"numeric empty", "", true, "", nil},
		{"numeric huge exponent", "1E+999999", true, "", []string{"id-stored-as-number"}},
		{"scientific pasted as text", "1.50824198209161E+17", false, "150824198209161000", []string{"id-stored-as-number"}},

		{"17 digits", man[:17], false, man[:17], []string{"id-length"}},
		{"19 digits", man + "1", false, man + "1", []string{"id-length"}},
		{"letter inside", man[:10] + "A" + man[11:], false, "", []string{"id-length"}},
		{"X not last", man[:10] + "X" + man[11:], false, "", []string{"id-length"}},
		{"Chinese text", "无", false, "", []string{"id-length"}},
		{"a name in the column", "张三", false, "", []string{"id-length"}},

		{"birth month 13", badBirth, false, badBirth, []string{"id-birthdate"}},
		{"1900-02-29", notLeap, false, notLeap, []string{"id-birthdate"}},
		{"before 1900", before1900, false, before1900, []string{"id-birthdate"}},
		{"checksum", wrongCheck(man), false, wrongCheck(man), []string{"id-checksum"}},
		{"checksum X expected", wrongCheck(withX), false, wrongCheck(withX), []string{"id-checksum"}},
		{"swapped digits", man[:8] + man[9:10] + man[8:9] + man[10:], false, "", []string{"id-checksum"}},
		{"birth and checksum", wrongCheck(badBirth), false, wrongCheck(badBirth), []string{"id-birthdate", "id-checksum"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, is := parseID(tt.raw, tt.numeric)
			if tt.want != "" || tt.codes == nil {
				if got != tt.want {
					t.Errorf("parseID(%q, %v) = %q, want %q", tt.raw, tt.numeric, got, tt.want)
				}
			}
			if c := codesOf(is); !slices.Equal(c, tt.codes) {
				t.Errorf("parseID(%q, %v) codes %v, want %v", tt.raw, tt.numeric, c, tt.codes)
			}
			for _, i := range is {
				want := SevError
				if i.Code == "id-legacy-15" || i.Code == "id-stored-as-number" && tt.want == legacy18 {
					want = SevWarning
				}
				if i.Sev != want {
					t.Errorf("%s has severity %s", i.Code, i.Sev)
				}
			}
		})
	}
}

func TestParseIDMessages(t *testing.T) {
	_, is := parseID("15082419820916", false)
	if len(is) != 1 || is[0].Msg.Key != "roster.id-length" || is[0].Msg.Args[0] != 14 {
		t.Errorf("length issue = %+v", is)
	}
	_, is = parseID("1508241982０9161A7", false)
	if len(is) != 1 || is[0].Msg.Key != "roster.id-chars" || is[0].Msg.Args[0] != "A" {
		t.Errorf("chars issue = %+v", is)
	}
	_, is = parseID(validID(t, "15082419821332107"), false)
	if len(is) != 1 || is[0].Msg.Args[0] != "19821332" {
		t.Errorf("birth issue = %+v", is)
	}
}

func TestIDGender(t *testing.T) {
	for _, tt := range []struct{ id, want string }{
		{validID(t, "15082419820916107"), Male},
		{validID(t, "15082419820916101"), Male},
		{validID(t, "15082419820916108"), Female},
		{validID(t, "15082419820916100"), Female},
		{"", ""},
		{"123", ""},
		{"1508241982091610AX", ""},
	} {
		if got := idGender(tt.id); got != tt.want {
			t.Errorf("idGender(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

// Every valid number round-trips, however it was typed.
func TestParseIDGenerated(t *testing.T) {
	day := time.Date(1930, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 2000; i++ {
		d := day.AddDate(0, 0, i*17)
		d17 := fmt.Sprintf("1508%02d%s%03d", i%100, d.Format("20060102"), i%1000)
		id := validID(t, d17)
		for _, typed := range []string{id, strings.ToLower(id), fullWidth(strings.ToLower(id)), id[:6] + " " + id[6:]} {
			got, is := parseID(typed, false)
			if got != id || len(is) != 0 {
				t.Fatalf("parseID(%q) = %q %v, want %q", typed, got, codesOf(is), id)
			}
		}
		if got, is := parseID(wrongCheck(id), false); got != wrongCheck(id) || !slices.Equal(codesOf(is), []string{"id-checksum"}) {
			t.Fatalf("parseID(%q) = %q %v, want id-checksum", wrongCheck(id), got, codesOf(is))
		}
	}
}

func FuzzParseID(f *testing.F) {
	for _, s := range []string{
		"15082419820916107X", "15082419820916107x", "１５０８２４１９８２０９１６１０７ｘ",
		"150824 19820916 107X", "'150824198209161075", "150824820916107",
		"1.50824198209161E+17", "150824198209161000", "", "张三", "X", "1508241982133210X7",
		"150824-19820916-1075", "1E+99999999", "\u200b",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, raw string, numeric bool) {
		id, is := parseID(raw, numeric)
		// A number cell is never trusted, unless it is a legacy
		// 15-digit number (which fits Excel's 15 digits whole): then it
		// is converted, with a warning to store it as text.
		if numeric && !hasError(is) && strings.TrimSpace(raw) != "" && !slices.Equal(codesOf(is), []string{"id-legacy-15", "id-stored-as-number"}) {
			t.Fatalf("number cell %q accepted", raw)
		}
		if hasError(is) {
			return
		}
		if id == "" {
			if strings.TrimSpace(cleanID(raw)) != "" {
				t.Fatalf("parseID(%q) returned nothing and no error", raw)
			}
			return
		}
		if len(id) != 18 || id[17:] != checkOf(t, id[:17]) {
			t.Fatalf("parseID(%q) = %q without error, but it fails the checksum", raw, id)
		}
		if b, err := time.Parse("20060102", id[6:14]); err != nil || b.Year() < 1900 {
			t.Fatalf("parseID(%q) = %q without error, but its birth date is bad", raw, id)
		}
		if again, is2 := parseID(id, false); again != id || len(is2) != 0 {
			t.Fatalf("parseID(%q) = %q is not stable: %q %v", raw, id, again, codesOf(is2))
		}
		if g := idGender(id); g != Male && g != Female {
			t.Fatalf("idGender(%q) = %q", id, g)
		}
	})
}
