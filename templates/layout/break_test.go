package layout

import (
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// testAdvance measures CJK characters as 1, spaces as 0.25, the
// zero-width space as 0 and everything else as 0.5.
func testAdvance(r rune) float64 {
	switch {
	case r == '\u200B':
		return 0
	case isSpace(r):
		return 0.25
	case isCJK(r) || r == '\u3000':
		return 1
	}
	return 0.5
}

func TestBreak(t *testing.T) {
	for _, c := range []struct {
		name  string
		text  string
		width float64
		want  []string
	}{
		{"empty", "", 5, nil},
		{"fits", "一二三", 3, []string{"一二三"}},
		{"between any CJK", "一二三四五六七", 3, []string{"一二三", "四五六", "七"}},
		{"newline kept on its line", "一二\n三", 5, []string{"一二\n", "三"}},
		{"trailing newline", "一二\n", 5, []string{"一二\n"}},
		{"blank lines", "\n\n一", 5, []string{"\n", "\n", "一"}},
		{"newline after a soft break", "一二三四\n五", 3, []string{"一二三", "四\n", "五"}},
		{"latin word whole", "中文abcd", 3, []string{"中文", "abcd"}},
		{"number whole", "金额1,500.00元整", 4, []string{"金额", "1,500.00", "元整"}},
		{"identity number whole", "身份证号码150824********107X", 10, []string{"身份证号码", "150824********107X"}},
		{"word longer than a line", "abcdefghij", 2, []string{"abcd", "efgh", "ij"}},
		{"spaces hang", "hello world", 2.5, []string{"hello ", "world"}},
		{"spaces not counted at a break", "ab   cd", 1, []string{"ab   ", "cd"}},
		{"leading spaces kept", "  ab", 5, []string{"  ab"}},
		{"zero width space breaks", "abcd\u200befgh", 2, []string{"abcd\u200b", "efgh"}},
		{"no-break space joins", "abc\u00a0def", 2, []string{"abc\u00a0", "def"}},
		{"ideographic space is a character", "一\u3000二三", 2, []string{"一\u3000", "二三"}},
		{"comma pushes a character", "一二三，四五", 3, []string{"一二", "三，四", "五"}},
		{"full stop at the end", "一二三。", 3, []string{"一二", "三。"}},
		{"closing bracket", "一二三）", 3, []string{"一二", "三）"}},
		{"opening bracket moves on", "一二（三四", 3, []string{"一二", "（三四"}},
		{"opening quote moves on", "他说：“你好”", 3, []string{"他说：", "“你", "好”"}},
		{"ellipsis pair stays", "一二三……", 4, []string{"一二", "三……"}},
		{"dash pair stays", "一二三——四", 4, []string{"一二", "三——四"}},
		{"middle dot in names", "巴特尔·吉日嘎拉", 3, []string{"巴特", "尔·吉", "日嘎拉"}},
		{"percent after number", "比例65%以上", 2, []string{"比例", "65%", "以上"}},
		{"fullwidth percent", "比例６５％", 2, []string{"比例", "６", "５％"}},
		{"closing after a space", "abc ）def", 3, []string{"abc ）", "def"}},
		{"no legal break: break where it overflows", "abc ）def", 2.5, []string{"abc ", "）def"}},
		{"currency sign stays with the number", "合计￥1500", 3, []string{"合计", "￥1500"}},
		{"punctuation run longer than a line", "，，，，，", 2, []string{"，，", "，，", "，"}},
		{"too narrow for one character", "一二", 0.5, []string{"一", "二"}},
		{"mixed", "请于2026年12月1日前到苏木镇党委领取。", 8, []string{"请于2026年12月1", "日前到苏木镇党委", "领取。"}},
		{"invalid UTF-8 kept", "一\xff二", 1, []string{"一", "\xff", "二"}},
	} {
		got := Break(c.text, c.width, testAdvance)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Break(%q, %g) = %q, want %q", c.name, c.text, c.width, got, c.want)
		}
		checkLines(t, c.text, c.width, got)
	}
}

// Every punctuation rule of the issue, in every position.
func TestBreakPunctuationRules(t *testing.T) {
	for _, p := range "，。、；：？！）」』》”’…—％%·〉】" {
		text := strings.Repeat("一二三"+string(p), 5)
		for w := 1.0; w <= 6; w++ {
			lines := Break(text, w, testAdvance)
			checkLines(t, text, w, lines)
			for i, l := range lines[1:] {
				if r, _ := utf8.DecodeRuneInString(l); r == p && w > 1 {
					t.Errorf("width %g: line %d starts with %q: %q", w, i+2, p, lines)
				}
			}
		}
	}
	for _, p := range "（「『《“‘【〈" {
		text := strings.Repeat("一二"+string(p)+"三", 5)
		for w := 2.0; w <= 6; w++ {
			lines := Break(text, w, testAdvance)
			checkLines(t, text, w, lines)
			for i, l := range lines[:len(lines)-1] {
				if r, _ := utf8.DecodeLastRuneInString(l); r == p {
					t.Errorf("width %g: line %d ends with %q: %q", w, i+1, p, lines)
				}
			}
		}
	}
}

func TestBreakLinesIndent(t *testing.T) {
	got := breakLines("一二三四五六七八", 2, 4, testAdvance)
	if want := []string{"一二", "三四五六", "七八"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// checkLines checks the properties every Break result has.
func checkLines(t *testing.T, text string, w float64, lines []string) {
	t.Helper()
	if got := strings.Join(lines, ""); got != text {
		t.Fatalf("lines %q join to %q, not %q", lines, got, text)
	}
	for i, l := range lines {
		if l == "" {
			t.Fatalf("line %d of %q is empty", i, lines)
		}
		if j := strings.IndexByte(l, '\n'); j >= 0 && j != len(l)-1 {
			t.Fatalf("line %q has a newline inside", l)
		}
		body := strings.TrimRightFunc(l, isSpaceOrNL)
		if bw := width(body, testAdvance); bw > w+1e-9 && utf8.RuneCountInString(body) > 1 {
			t.Fatalf("line %q is %g wide, more than %g", l, bw, w)
		}
		if i+1 < len(lines) && !strings.HasSuffix(l, "\n") {
			// A soft break is legal, or the line was full.
			a, _ := utf8.DecodeLastRuneInString(l)
			b, _ := utf8.DecodeRuneInString(lines[i+1])
			if !canBreak(a, b) && width(l+string(b), testAdvance) <= w+1e-9 {
				t.Fatalf("illegal break between %q and %q in %q, though %q fits", a, b, lines, l+string(b))
			}
		}
	}
}

func FuzzBreak(f *testing.F) {
	for _, s := range []string{"", "一二三，四五", "hello world 中文 1,500.00元（大写：壹仟伍佰元整）", "a\n\nb\n", "……——》》", "巴特尔·吉日嘎拉", "\xff\xfe中"} {
		f.Add(s, 3.0)
	}
	f.Fuzz(func(t *testing.T, text string, width float64) {
		if math.IsNaN(width) || math.IsInf(width, 0) {
			width = 3
		}
		width = math.Mod(math.Abs(width), 40)
		checkLines(t, text, width, Break(text, width, testAdvance))
	})
}

// A title breaks at its word marks when the pieces fit: a township's name
// and the words after it stay whole (GB/T 9704: 词意完整); without marks,
// or when a piece is too wide, anywhere the CJK rules allow.
func TestTitleLines(t *testing.T) {
	adv := func(r rune) float64 {
		if r == '\u200b' {
			return 0
		}
		return 1
	}
	title := "关于2026年度" + WordBreak + "乌加河" + WordBreak + "困难党员救助对象的公示"
	lines := titleLines(title, 12, adv)
	if len(lines) != 2 || !strings.HasSuffix(strings.TrimRight(lines[0], WordBreak), "乌加河") || !strings.HasPrefix(strings.TrimLeft(lines[1], WordBreak), "困难") {
		t.Errorf("marked title: %q", lines)
	}
	if strings.Join(lines, "") != title {
		t.Errorf("lines lose text: %q", lines)
	}
	// Too narrow for the words: broken as any text.
	if lines := titleLines(title, 6, adv); strings.Join(lines, "") != title || len(lines) < 4 {
		t.Errorf("narrow: %q", lines)
	}
}
