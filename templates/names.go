package templates

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
)

// maxNameRunes bounds the name part of a file name: long enough for any
// real name, short enough that the whole file name stays far below every
// file system's limit (255 bytes; a CJK character is 3 bytes).
const maxNameRunes = 32

// FileName returns the name of one person's PDF under --split:
// "001-张三.pdf", with prefix before the number when given
// ("不予救助-003-李四.pdf"). The number is zero-padded to width digits, so
// two people with the same name still get different files, and the files
// sort in notice order. Nothing from the cell can leave the folder: path
// separators, "..", control characters, leading dots, characters Windows
// forbids and Windows' reserved device names are removed or defused.
func FileName(prefix string, seq, width int, name string) string {
	s := fmt.Sprintf("%0*d-%s.pdf", width, seq, SafeName(name))
	if prefix != "" {
		s = prefix + "-" + s
	}
	return s
}

// SafeName turns a cell's text into a string safe inside a file name on
// Linux, macOS and Windows; "" becomes "未具名".
func SafeName(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' || r == '\uFFFD':
			// dropped: invisible or unprintable
		case strings.ContainsRune(`/\:*?"<>|`, r):
			b.WriteRune('_')
		case unicode.IsSpace(r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	s := b.String()
	for strings.Contains(s, "..") {
		s = strings.ReplaceAll(s, "..", "_")
	}
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimLeft(s, ".")
	if r := []rune(s); len(r) > maxNameRunes {
		s = string(r[:maxNameRunes])
	}
	s = strings.TrimRight(s, ". ") // Windows drops trailing dots and spaces
	if s == "" {
		return "未具名"
	}
	if reserved(s) {
		s = "_" + s
	}
	return s
}

// reserved reports whether s (before any extension) is a device name
// Windows reserves: CON, PRN, AUX, NUL, COM1–9, LPT1–9.
func reserved(s string) bool {
	base := strings.ToUpper(strings.TrimSpace(strings.SplitN(s, ".", 2)[0]))
	switch base {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(base) == 4 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) {
		c := base[3]
		return c >= '0' && c <= '9'
	}
	// COM¹²³ / LPT¹²³ are reserved too.
	for _, p := range []string{"COM", "LPT"} {
		for _, d := range []string{"¹", "²", "³"} {
			if base == p+d {
				return true
			}
		}
	}
	return false
}

// local reports whether name is a plain file name that stays in its folder.
func local(name string) bool {
	return name != "" && filepath.IsLocal(name) && filepath.Base(name) == name && !strings.ContainsAny(name, `/\`)
}
