package layout

import (
	"fmt"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// wordsColumns are the notice's columns: sized from their content, cells
// broken only where their words end.
func wordsColumns() []Column {
	var cols []Column
	for _, h := range []string{"序号", "姓名", "性别", "所属" + WordBreak + "苏木镇", "所在" + WordBreak + "党支部", "困难" + WordBreak + "原因", "救助金额" + WordBreak + "（元）", "身份证号码"} {
		cols = append(cols, Column{Header: h, Align: 'C', Words: true})
	}
	return cols
}

// Realistic contents of the notice's cells, their words marked as
// templates marks them.
var (
	wordsNames     = []string{"张三", "王秀英", "巴特尔·朝鲁", "阿拉坦其其格", "额尔敦·毕力格", "斯琴高娃·乌日娜", "那仁·巴雅尔图", "欧阳建国"}
	wordsTownships = []string{"乌加河镇", "海流图镇", "德岭山镇", "川井苏木", "巴音乌兰" + WordBreak + "苏木", "新忽热" + WordBreak + "苏木"}
	wordsBranches  = []string{"乌加河村" + WordBreak + "党支部", "海流图社区" + WordBreak + "党支部", "巴音哈太嘎查" + WordBreak + "党支部",
		"苏木" + WordBreak + "机关" + WordBreak + "党支部", "海流图镇" + WordBreak + "第一社区" + WordBreak + "党支部", "一支部"}
	wordsCauses  = []string{"疾病", "长期失业", "子女上学", "天灾人祸", "无自理能力"}
	wordsAmounts = []string{"500.00", "1,000.00", "1,500.00", "12,500.00"}
)

func wordsRow(seq int, name, town, branch string, causes []string, amount string) []string {
	return []string{fmt.Sprint(seq), name, "男", town, branch, strings.Join(causes, "、"+WordBreak), amount, "150824********107X"}
}

// splitInWord reports a cell broken into lines anywhere but after a
// space, a WordBreak or a newline.
func splitInWord(lines []string) (string, bool) {
	for _, l := range lines[:max(len(lines)-1, 0)] {
		if !strings.HasSuffix(l, WordBreak) && !strings.HasSuffix(l, " ") && !strings.HasSuffix(l, "\n") {
			return l, true
		}
	}
	return "", false
}

// No cell of the notice's table, the header included, is split inside a
// word: not a name of up to eight characters (巴特尔·朝鲁 with its dot), a
// township, a part of a branch's name, a cause, an amount or the masked
// identity number; and the table still fits the text block.
func TestWordsNeverSplit(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		d := newDoc(t)
		d.NewPage()
		n := rapid.IntRange(1, 30).Draw(rt, "rows")
		var rows [][]string
		for i := range n {
			causes := rapid.SliceOfNDistinct(rapid.SampledFrom(wordsCauses), 1, 5, rapid.ID).Draw(rt, fmt.Sprint("causes", i))
			rows = append(rows, wordsRow(i+1,
				rapid.SampledFrom(wordsNames).Draw(rt, fmt.Sprint("name", i)),
				rapid.SampledFrom(wordsTownships).Draw(rt, fmt.Sprint("town", i)),
				rapid.SampledFrom(wordsBranches).Draw(rt, fmt.Sprint("branch", i)),
				causes,
				rapid.SampledFrom(wordsAmounts).Draw(rt, fmt.Sprint("amount", i))))
		}
		tb, header, body := d.planTable(wordsColumns(), rows)
		if tb == nil {
			rt.Fatal(d.Err())
		}
		for i, w := range tb.words {
			if !w {
				rt.Fatalf("column %d gave up keeping words whole at %.1f pt: widths %v", i, tb.size, tb.widths)
			}
		}
		if sum(tb.widths) > textW+eps {
			rt.Fatalf("table %.1f mm wide", sum(tb.widths))
		}
		for _, row := range append([][]string{header}, body...) {
			for i, lines := range tb.wrap(row) {
				if l, bad := splitInWord(lines); bad {
					rt.Fatalf("cell %q of column %d split after %q: %q", row[i], i, l, lines)
				}
			}
		}
	})
}

// The words decide the size: short cells stay at 12 pt; the notice's
// usual cells come down to 10.5 pt; the widest realistic ones to 9 pt;
// a word too wide even then is broken rather than lost, at the old
// widths.
func TestWordsSize(t *testing.T) {
	for _, tt := range []struct {
		row  []string
		size float64
	}{
		{[]string{"1", "张三", "男", "乌加河镇", "一支部", "疾病", "500.00", "1508"}, tablePt},
		{wordsRow(1, "巴特尔·朝鲁", "川井苏木", wordsBranches[1], []string{"疾病", "子女上学"}, "1,500.00"), tableSmallPt},
		{wordsRow(1, "斯琴高娃·乌日娜", wordsTownships[4], wordsBranches[2], []string{"无自理能力", "疾病"}, "12,500.00"), tableLeastPt},
	} {
		d := newDoc(t)
		d.NewPage()
		tb, _, _ := d.planTable(wordsColumns(), [][]string{tt.row})
		if tb.size != tt.size || !tb.words[1] {
			t.Errorf("%q: %.1f pt (words kept %v), want %.1f pt", tt.row, tb.size, tb.words[1], tt.size)
		}
	}
	d := newDoc(t)
	d.NewPage()
	huge := strings.Repeat("巴音杭盖", 12)
	d.Table(wordsColumns(), [][]string{wordsRow(1, huge, huge, huge, []string{huge}, "1.00")})
	if d.Err() != nil {
		t.Fatal(d.Err())
	}
	if got := strings.Join(texts(d), ""); strings.Count(got, "杭") != 48 {
		t.Errorf("a word wider than the page lost characters: %d of 48", strings.Count(got, "杭"))
	}
	for _, s := range texts(d) {
		if strings.Contains(s, WordBreak) {
			t.Errorf("a WordBreak is drawn: %q", s)
		}
	}
}
