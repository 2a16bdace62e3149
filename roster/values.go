package roster

// STUB: the value parsers. Replaced wholesale by the values helper; the
// signatures are the contract the reader is written against.

import (
	"relief/i18n"
	"relief/money"
)

// issue is what a value parser found wrong with one cell; the reader turns
// it into a Problem with the sheet, cell, row, field and raw value.
type issue struct {
	Sev  Severity
	Code string
	Msg  i18n.Msg
}

// parseID normalises an identity number. numeric is true when the cell is
// a number cell rather than text. It returns the normalised 18-character
// number ("" when nothing usable can be made of it) and every issue found.
func parseID(raw string, numeric bool) (string, []issue) { return raw, nil }

// parseDay reads a date cell: a serial number (numeric, mind date1904) or
// text; monthOK accepts month-only forms (1975.03, 1975年3月).
func parseDay(raw string, numeric, date1904, monthOK bool) (Day, *issue) { return Day{}, nil }

// parseWhole reads a whole number ≥ min.
func parseWhole(raw string, numeric bool, min int) (int, *issue) { return 0, nil }

// parseMoney reads a sum of money.
func parseMoney(raw string, numeric bool) (money.Amount, *issue) { return 0, nil }

// parseChoice reads one of f.Values ("" → f.Default).
func parseChoice(raw string, f *Field) (string, *issue) { return raw, nil }

// parseList reads a list of f.Values ("无" or "" → empty).
func parseList(raw string, f *Field) ([]string, *issue) { return nil, nil }

// normalizeName trims a name and writes every middle-dot look-alike as U+00B7.
func normalizeName(raw string) string { return raw }

// normalizeText trims text and folds inner runs of white space.
func normalizeText(raw string) string { return raw }

// matchHeader returns the key of the field of s whose header, alias or key
// the cell text names, after normalisation.
func matchHeader(s *Sheet, text string) (string, bool) { return "", false }

// matchSheetName returns the sheet whose name or alias name is.
func matchSheetName(name string) *Sheet { return nil }

// idGender returns Male or Female from the sequence digit of a valid
// 18-character number.
func idGender(id string) string { return "" }
