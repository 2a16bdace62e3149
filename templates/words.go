package templates

// Where the words of the notice table's cells end, so that the table
// breaks a cell only there (layout.WordBreak) and never splits a name, a
// township or a word: 巴特尔·朝鲁 keeps its dot and may break only after
// it, a list of causes breaks after each 、, and the name of a branch
// breaks between its parts (the place, the village or community, 党支部).
// Chinese has no spaces between words; these are the places the notice's
// own texts have them.

import (
	"strings"

	"relief/templates/layout"
)

// nameWords marks a name: a name of up to wholeNameRunes characters is one
// word, 巴特尔·朝鲁 with its dot; a longer transcribed name may break
// after its middle dots, nowhere else.
func nameWords(s string) string {
	var b strings.Builder
	rs := []rune(s)
	if len(rs) <= wholeNameRunes {
		return s
	}
	for i, r := range rs {
		b.WriteRune(r)
		if isNameDot(r) && i+1 < len(rs) {
			b.WriteString(layout.WordBreak)
		}
	}
	return b.String()
}

// wholeNameRunes is the longest name the notice keeps on one line.
const wholeNameRunes = 8

func isNameDot(r rune) bool {
	switch r {
	case '·', '•', '・', '‧', '．', '.':
		return true
	}
	return false
}

// listWords marks a list of values joined by 、: each breaks after its 、.
func listWords(items []string) string {
	return strings.Join(items, "、"+layout.WordBreak)
}

// orgSuffixes end the name of a Party organisation; the name may break
// before them (苏木机关|党支部). Longer ones first.
var orgSuffixes = []string{"联合党支部", "党总支部", "党支部", "党总支", "党委", "支部"}

// placeWords end a place or unit inside an organisation's name; the name
// may break after them when more follows (海流图镇|第一社区|党支部).
var placeWords = []string{"苏木", "街道", "嘎查", "社区", "机关", "牧场", "农场", "小组", "镇", "乡", "村"}

// orgWords marks the name of a branch or a township: breaks before its
// closing word (党支部 …) and after each place word followed by at least
// two more characters, never within the first two characters.
func orgWords(s string) string {
	rs := []rune(s)
	cut := map[int]bool{} // break before rune i
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(s, suf) {
			if i := len(rs) - len([]rune(suf)); i >= 2 {
				cut[i] = true
			}
			break
		}
	}
	for i := 2; i < len(rs); i++ {
		for _, w := range placeWords {
			wr := []rune(w)
			end := i + len(wr)
			if end <= len(rs)-2 && string(rs[i:end]) == w {
				cut[end] = true
			}
		}
	}
	var b strings.Builder
	for i, r := range rs {
		if cut[i] && i > 0 {
			b.WriteString(layout.WordBreak)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// townWords marks a township: a long name may break before its closing
// 苏木 or 街道 (巴音乌兰|苏木); 海流图镇 and other short ones are one word.
func townWords(s string) string {
	rs := []rune(s)
	if len(rs) < 5 {
		return s
	}
	for _, suf := range []string{"苏木", "街道"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSuffix(s, suf) + layout.WordBreak + suf
		}
	}
	return s
}

// headerWords marks the notice table's headers: 所属|苏木镇, 救助金额|（元）.
func headerWords(h string) string {
	for _, w := range []string{"所属", "所在", "困难", "救助金额"} {
		if strings.HasPrefix(h, w) && len(h) > len(w) {
			return w + layout.WordBreak + h[len(w):]
		}
	}
	return h
}
