package roster

import (
	"strings"
	"unicode/utf8"

	"relief/i18n"
)

// Account numbers (账号): a bank card has 16 to 19 digits, more than the
// 15 significant digits Excel keeps in a number cell, so an account typed
// into a number cell has lost its last digits in the file itself.

// maxAccount bounds an account number's length.
const maxAccount = 40

// parseAccount reads a bank or 一卡通 account number. Text keeps its
// digits and letters; the spaces and dashes clerks put between groups
// (6228 4800 …, 6228-4800-…) and full-width forms are folded away. A
// number cell is account-stored-as-number: an error when it has more than
// 15 digits or is in scientific notation (digits are lost), a warning
// otherwise (nothing lost yet, but the next edit in Excel may). Any other
// character is a bad-value issue.
func parseAccount(raw string, numeric bool) (string, *issue) {
	s := strings.TrimSpace(foldForm(raw))
	if s == "" || isBlankMark(s) {
		return "", nil
	}
	if numeric || looksScientific(s) {
		digits := numericDigits(s)
		if len(digits) > 15 || strings.ContainsAny(s, "eE") || digits == "" {
			return "", &issue{SevError, "account-stored-as-number", i18n.M("roster.account-stored-as-number")}
		}
		return digits, &issue{SevWarning, "account-stored-as-number", i18n.M("roster.account-stored-as-number-short")}
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case r >= 'a' && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		case r == ' ', r == '-', r == '\u00a0', r == '\u3000', r == '\t':
		default:
			return "", &issue{SevError, "bad-value", i18n.M("roster.bad-account")}
		}
	}
	acc := b.String()
	if acc == "" || utf8.RuneCountInString(acc) > maxAccount {
		return "", &issue{SevError, "bad-value", i18n.M("roster.bad-account")}
	}
	return acc, nil
}
