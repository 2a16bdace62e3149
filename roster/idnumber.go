package roster

import (
	"fmt"
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"relief/i18n"
)

// Resident identity numbers (GB 11643-1999): 6-digit area code, 8-digit
// birth date, 3-digit sequence (odd for men, even for women) and a check
// character computed with ISO 7064 MOD 11-2. Legacy 15-digit numbers have a
// 2-digit year and no check character.

var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

const idCheckChars = "10X98765432"

// idCheckChar returns the check character of the first 17 digits of id.
func idCheckChar(id string) byte {
	sum := 0
	for i, w := range idWeights {
		sum += int(id[i]-'0') * w
	}
	return idCheckChars[sum%11]
}

// parseID normalises an identity number. numeric is true when the cell is
// a number cell rather than text.
//
// It returns the normalised 18-character number (capital X) and every
// issue found. Text is cleaned first: full-width digits and letters, a
// lowercase x (or ×), inner spaces and hyphens, a leading apostrophe. A
// 15-digit legacy number is converted to 18 digits with a warning.
//
// When an error is reported, the returned string is for display only and
// must not be trusted: it is the cleaned number, or the digits of a number
// cell (which Excel has already cut to 15 significant digits), or "" when
// the cell holds something other than digits. An empty cell returns "" and
// no issue: a missing number is the caller's business.
func parseID(raw string, numeric bool) (string, []issue) {
	if strings.TrimSpace(raw) == "" {
		return "", nil
	}
	if numeric || looksScientific(raw) {
		digits := numericDigits(raw)
		if len(digits) != 15 {
			return digits, []issue{{SevError, "id-stored-as-number", i18n.M("roster.id-stored-as-number")}}
		}
		// A legacy 15-digit number fits in Excel's 15 significant
		// digits: nothing is lost, so it is read (and converted) like
		// text, with a warning to store it as text.
		id, issues := parseID(digits, false)
		return id, append(issues, issue{SevWarning, "id-stored-as-number", i18n.M("roster.id-stored-as-number-15")})
	}
	id := cleanID(raw)
	if id == "" {
		return "", nil
	}
	for i, r := range id {
		if r >= '0' && r <= '9' || r == 'X' && i == len(id)-1 {
			continue
		}
		c := string(r)
		if !unicode.IsPrint(r) {
			c = fmt.Sprintf("U+%04X", r)
		}
		return "", []issue{{SevError, "id-length", i18n.M("roster.id-chars", c)}}
	}
	var issues []issue
	switch len(id) {
	case 18:
	case 15:
		if id[14] == 'X' {
			return "", []issue{{SevError, "id-length", i18n.M("roster.id-chars", "X")}}
		}
		id = id[:6] + "19" + id[6:]
		id += string(idCheckChar(id))
		issues = append(issues, issue{SevWarning, "id-legacy-15", i18n.M("roster.id-legacy-15", id)})
	default:
		return id, []issue{{SevError, "id-length", i18n.M("roster.id-length", utf8.RuneCountInString(id))}}
	}
	if !validIDBirth(id[6:14]) {
		issues = append(issues, issue{SevError, "id-birthdate", i18n.M("roster.id-birthdate", id[6:14])})
	}
	if idCheckChar(id) != id[17] {
		issues = append(issues, issue{SevError, "id-checksum", i18n.M("roster.id-checksum")})
	}
	return id, issues
}

// cleanID folds full-width forms, writes x as X and drops the spaces,
// hyphens and quotes clerks put into a number.
func cleanID(raw string) string {
	if plainID(raw) {
		return strings.ToUpper(raw)
	}
	var b strings.Builder
	for _, r := range foldForm(raw) {
		switch {
		case unicode.IsSpace(r), r == '-', r == '‐', r == '‑', r == '–', r == '—', r == '−',
			r == '\'', r == '‘', r == '’', r == '`', r == '"', r == '“', r == '”':
		case r == 'x', r == '×', r == '✕':
			b.WriteByte('X')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plainID reports whether raw is digits alone, but for a last X or x:
// the form most numbers are written in, with nothing to clean.
func plainID(raw string) bool {
	for i := 0; i < len(raw); i++ {
		if c := raw[i]; (c < '0' || c > '9') && (i != len(raw)-1 || c != 'X' && c != 'x') {
			return false
		}
	}
	return raw != ""
}

// validIDBirth reports whether ymd (8 digits) is a real calendar day from
// 1900 on.
func validIDBirth(ymd string) bool {
	y := atoiDigits(ymd[:4])
	m := atoiDigits(ymd[4:6])
	d := atoiDigits(ymd[6:8])
	return y >= 1900 && validYMD(y, m, d)
}

// looksScientific reports whether text is a number in the scientific
// notation Excel shows for long numbers (1.50824198209161E+17): the
// number was pasted from a number cell and its digits are already lost.
func looksScientific(raw string) bool {
	s := strings.TrimSpace(foldForm(raw))
	m, e, ok := strings.Cut(strings.ToUpper(s), "E+")
	if !ok || e == "" || m == "" {
		return false
	}
	for _, r := range e {
		if r < '0' || r > '9' {
			return false
		}
	}
	dot := false
	for i, r := range m {
		switch {
		case r >= '0' && r <= '9':
		case r == '.' && !dot && i > 0:
			dot = true
		default:
			return false
		}
	}
	return true
}

// numericDigits writes the value of a number cell as the integer Excel
// shows with the "0" format ("1.50824198209161E+17" → 150824198209161000),
// or "" when it is not a plausible whole number.
func numericDigits(raw string) string {
	raw = strings.TrimSpace(foldForm(raw))
	if len(raw) > 40 {
		return ""
	}
	if i := strings.IndexAny(raw, "eE"); i >= 0 {
		// Bound the exponent before big.Rat expands it. LibreOffice
		// writes three digits (1.50824196003169E+017).
		e := strings.TrimLeft(strings.TrimLeft(raw[i+1:], "+-"), "0")
		if len(e) > 2 {
			return ""
		}
	}
	r, ok := new(big.Rat).SetString(raw)
	if !ok || r.Sign() < 0 || !r.IsInt() {
		return ""
	}
	s := r.Num().String()
	if len(s) > 20 {
		return ""
	}
	return s
}

// idGender returns Male or Female from the sequence digit of a valid
// 18-character number ("" for anything else).
func idGender(id string) string {
	if len(id) != 18 || id[16] < '0' || id[16] > '9' {
		return ""
	}
	if (id[16]-'0')%2 == 1 {
		return Male
	}
	return Female
}
