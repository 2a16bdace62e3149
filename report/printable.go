package report

import (
	"strings"
	"unicode"

	"github.com/mattn/go-runewidth"
)

// Printable returns s fit to print on a terminal: control characters (ESC,
// BEL, from a cell's _x001B_ escape, say, which would recolour or retitle
// the terminal) and the invisible marks that reorder text (bidirectional
// overrides) become U+FFFD, so they are seen and do nothing; a line
// break or tab becomes a space. Applied to every cell of the text
// reports and to every message relief prints.
func Printable(s string) string {
	if !needsCleaning(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f':
			b.WriteByte(' ')
		case hidden(r):
			b.WriteRune(unicode.ReplacementChar)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// csvText is Printable for a CSV field: line breaks and tabs stay (a
// quoted field holds them, and a spreadsheet shows them), the rest goes.
func csvText(s string) string {
	if !needsCleaning(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if hidden(r) && r != '\n' && r != '\r' && r != '\t' {
			r = unicode.ReplacementChar
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hidden reports a character that does something on a terminal instead of
// showing: C0 and C1 controls, DEL, and the bidirectional embeddings,
// overrides and isolates.
func hidden(r rune) bool {
	return unicode.IsControl(r) || (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

func needsCleaning(s string) bool {
	for _, r := range s {
		if hidden(r) {
			return true
		}
	}
	return false
}

// Widths of a text report's cells: a cell wider than this is cut, with an
// ellipsis. The last column of a table pads nothing after it, so it may be
// longer (the reasons, the messages), but not without end. The JSON
// report keeps every text whole.
const (
	maxCellWidth     = 40
	maxLastCellWidth = 400
)

// cut shortens s to at most w display cells, ending in "…" when cut.
func cut(s string, w int) string {
	if runewidth.StringWidth(s) <= w {
		return s
	}
	return runewidth.Truncate(s, w, "…")
}
