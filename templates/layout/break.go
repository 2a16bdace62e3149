package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Break splits text into lines no wider than width, measuring each
// character with advance (in the same unit as width).
//
//   - A line may break between any two CJK characters (ideographs, kana,
//     hangul, CJK and fullwidth punctuation, the general punctuation
//     block with the Chinese quotes, dashes and ellipsis), between a CJK
//     character and a Latin one, and after a run of spaces.
//   - Latin words and numbers (runs of other non-space characters, like
//     "1,500.00", "150824********107X" or "GB/T") are kept whole; a word
//     longer than a line is broken after the last character that fits.
//   - An explicit "\n" always ends a line.
//   - Line-start and line-end rules (禁则): no line starts with closing
//     punctuation (，。、；：？！）」』》”’…—％% ·〉】 …) and no line ends
//     with opening punctuation or a currency sign (（「『《“‘【〈 $ ¥ …). A
//     break that would violate them moves characters to the next line
//     (push-out); the rules give way only when a line has no legal break
//     at all (a run of punctuation longer than a line).
//   - Spaces at a break stay at the end of the line they follow and are
//     not counted in its width (they hang in the margin); a line never
//     starts with a space that followed a soft break.
//
// Every byte of text is kept: each line is a substring of text, a line
// ending at an explicit newline keeps its "\n" as its last byte, and
// strings.Join(lines, "") == text, also for invalid UTF-8. Empty text has
// no lines; "a\n" is the single line "a\n". A line is wider than width
// only when it is a single character (besides hanging spaces).
func Break(text string, width float64, advance func(rune) float64) []string {
	return breakLines(text, width, width, advance)
}

// breakWords is Break for text whose words are marked: a line breaks only
// after a space or a WordBreak (and at "\n"); a word wider than width is
// broken as Break breaks one.
func breakWords(text string, width float64, advance func(rune) float64) []string {
	return breakWith(text, width, width, advance, func(a, b rune) bool { return isSpace(a) && !isSpace(b) })
}

// breakLines is Break with a different width for the first line (for a
// paragraph's first-line indent).
func breakLines(text string, first, rest float64, advance func(rune) float64) []string {
	return breakWith(text, first, rest, advance, canBreak)
}

// breakWith breaks text into lines where can allows it.
func breakWith(text string, first, rest float64, advance func(rune) float64, can func(a, b rune) bool) []string {
	var lines []string
	width := first
	for len(text) > 0 {
		end := strings.IndexByte(text, '\n')
		hard := text
		if end >= 0 {
			hard = text[:end]
		}
		for {
			b := fit(hard, width, advance, can)
			width = rest
			if b == len(hard) {
				if end >= 0 {
					lines = append(lines, text[:end+1])
					text = text[end+1:]
				} else {
					lines = append(lines, text)
					text = ""
				}
				break
			}
			lines = append(lines, hard[:b])
			hard, text = hard[b:], text[b:]
			if end >= 0 {
				end -= b
			}
		}
	}
	return lines
}

// fit returns the byte length of the first line of s (which has no
// newline): len(s) when all of s fits.
func fit(s string, width float64, advance func(rune) float64, can func(a, b rune) bool) int {
	const eps = 1e-9
	w := 0.0
	over := -1 // byte offset of the first character that does not fit
	for i, r := range s {
		a := advance(r)
		if !isSpace(r) && i > 0 && w+a > width+eps {
			over = i
			break
		}
		w += a
	}
	if over < 0 {
		return len(s)
	}
	// The last legal break at or before over.
	for b := over; b > 0; {
		prev, n := utf8.DecodeLastRuneInString(s[:b])
		next, _ := utf8.DecodeRuneInString(s[b:])
		if can(prev, next) {
			return b
		}
		b -= n
	}
	// No legal break: break after the last character that fits.
	return over
}

// canBreak reports whether a line may end after a and the next begin
// with b.
func canBreak(a, b rune) bool {
	switch {
	case isSpace(b):
		return false // spaces hang at the end of the line
	case isSpace(a):
		return !noStart(b)
	case noStart(b) || noEnd(a):
		return false
	}
	return isCJK(a) || isCJK(b)
}

// isSpace reports a breaking space: a space separator other than the
// no-break spaces and the ideographic space (a full-width character in
// Chinese text), or a zero-width space.
func isSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u2007', '\u202F', '\u3000':
		return false
	case ' ', '\u200B':
		return true
	}
	return r > 0x7F && unicode.Is(unicode.Zs, r)
}

// isCJK reports a character between which and its neighbours a line may
// break (subject to the punctuation rules).
func isCJK(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r <= 0x11FF, // Hangul Jamo
		0x2010 <= r && r <= 0x205E,   // general punctuation: “ ” ‘ ’ … — ※
		0x2E80 <= r && r <= 0x9FFF,   // radicals, CJK punctuation, kana, ideographs
		0xA000 <= r && r <= 0xA4CF,   // Yi
		0xAC00 <= r && r <= 0xD7AF,   // Hangul
		0xF900 <= r && r <= 0xFAFF,   // compatibility ideographs
		0xFE10 <= r && r <= 0xFE1F,   // vertical forms
		0xFE30 <= r && r <= 0xFE6F,   // compatibility and small forms
		0xFF00 <= r && r <= 0xFFEF,   // fullwidth and halfwidth forms
		0x1F200 <= r && r <= 0x1F2FF, // enclosed ideographic supplement
		0x20000 <= r && r <= 0x3FFFF: // ideographs beyond the BMP
		return true
	}
	return false
}

// Punctuation that may not begin a line (closing marks, pauses, dashes,
// ellipses, iteration marks) and that may not end one (opening marks,
// currency signs). The middle dots of transcribed names (巴特尔·吉日嘎拉)
// are in both: a name does not break at its dot.
const (
	noStartChars = "!%),.:;?]}>¢°·‧・‰′″℃℉、。〃々〆〉》」』】〕〗〙〛〞〟ゝゞーヽヾ﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞！％），．：；？］｝～｡､｣ｰ…‥—–‐”’›"
	noEndChars   = "([{<$£¥€·‧・‘“‹〈《「『【〔〖〘〚〝（［｛｢＄￡￥"
)

func noStart(r rune) bool { return strings.ContainsRune(noStartChars, r) }
func noEnd(r rune) bool   { return strings.ContainsRune(noEndChars, r) }
