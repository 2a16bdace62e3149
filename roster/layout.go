package roster

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// probeRows is how many non-blank rows at the top of a sheet are searched
// for the header row.
const probeRows = 30

// textRow is a row of cell texts, for finding the header.
type textRow struct {
	num   int
	cells []string
}

// layout says where a sheet's header is and how its columns map to fields.
type layout struct {
	first, last int            // the header rows (equal for a one-row header); 0 when none was found
	cols        map[string]int // field key → 1-based column
	texts       map[int]string // column → the header text that named its field
	unknown     []string       // header texts that name no field
	seqCol      int            // the 序号 column, 0 if none
	hits        int            // how many fields the header names
	content     bool           // the sheet has any non-blank cell
}

// probe reads the first probeRows non-blank rows of a sheet.
func probe(src rowSource) ([]textRow, error) {
	var rows []textRow
	for len(rows) < probeRows && src.Next() {
		num, cells := src.Row()
		if len(cells) == 0 {
			continue
		}
		t := textRow{num: num, cells: make([]string, len(cells))}
		blank := true
		for i, c := range cells {
			t.cells[i] = c.Value
			if !isBlank(c.Value) {
				blank = false
			}
		}
		if !blank {
			rows = append(rows, t)
		}
	}
	return rows, src.Err()
}

// rowHits maps the columns of a row whose text names a field of s.
func rowHits(s *Sheet, row textRow) (hits map[int]string, keys map[string]bool, texts int) {
	hits, keys = map[int]string{}, map[string]bool{}
	for i, v := range row.cells {
		if isBlank(v) || isSeqHeader(v) {
			continue
		}
		texts++
		if k, ok := matchHeader(s, v); ok && !keys[k] {
			hits[i+1], keys[k] = k, true
		}
	}
	return hits, keys, texts
}

// findHeader finds the header of a sheet of kind s among its first rows:
// the row naming the most fields. A two-row header (a group cell such as
// 党员大会表决 merged over 应到人数, 实到人数 …, the other headers merged down
// over both rows) keeps its text only in the top-left cell of each merged
// range, so the row below (or above) the best row is merged in, column by
// column, when it names fields in columns the best row leaves unnamed and
// is mostly header text itself.
func findHeader(s *Sheet, rows []textRow) layout {
	l := layout{cols: map[string]int{}, texts: map[int]string{}, content: len(rows) > 0}
	best, bestHits := -1, 0
	hits := make([]map[int]string, len(rows))
	for i, row := range rows {
		h, _, _ := rowHits(s, row)
		hits[i] = h
		if len(h) > bestHits {
			best, bestHits = i, len(h)
		}
	}
	if best < 0 {
		return l
	}
	l.first, l.last = rows[best].num, rows[best].num
	for c, k := range hits[best] {
		l.cols[k], l.texts[c] = c, rows[best].cells[c-1]
	}
	used := []int{best}
	merge := func(j int) {
		if j < 0 || j >= len(rows) {
			return
		}
		_, _, texts := rowHits(s, rows[j])
		added := 0
		for c, k := range hits[j] {
			if _, taken := l.cols[k]; taken || hits[best][c] != "" {
				continue
			}
			added++
		}
		if added == 0 || 2*len(hits[j]) < texts {
			return
		}
		for c, k := range hits[j] {
			if _, taken := l.cols[k]; !taken && hits[best][c] == "" {
				l.cols[k], l.texts[c] = c, rows[j].cells[c-1]
			}
		}
		used = append(used, j)
		l.first, l.last = min(l.first, rows[j].num), max(l.last, rows[j].num)
	}
	if best+1 < len(rows) && rows[best+1].num == rows[best].num+1 {
		merge(best + 1)
	}
	if best > 0 && rows[best-1].num == rows[best].num-1 {
		merge(best - 1)
	}
	l.hits = len(l.cols)

	// The 序号 column and the headers that name no field.
	mapped := map[int]bool{}
	for _, c := range l.cols {
		mapped[c] = true
	}
	seen := map[string]bool{}
	for _, j := range used {
		for i, v := range rows[j].cells {
			c := i + 1
			switch {
			case isBlank(v) || mapped[c]:
			case isSeqHeader(v):
				if l.seqCol == 0 {
					l.seqCol = c
				}
			default:
				t := strings.Join(strings.Fields(v), " ")
				if !seen[t] {
					seen[t] = true
					l.unknown = append(l.unknown, t)
				}
			}
		}
	}
	return l
}

// compact folds a cell's text for comparing with fixed words: full-width
// forms become half-width, white space goes, letters are lower case.
func compact(s string) string {
	s = width.Fold.String(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// isBlank reports whether a cell holds nothing but white space.
func isBlank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// isSeqHeader reports whether a header names a running-number column.
func isSeqHeader(s string) bool {
	switch compact(s) {
	case "序号", "序", "编号", "序號", "編號", "no", "no.", "#", "xh":
		return true
	}
	return false
}

// The first words of rows that end a table or sit below it: totals and
// footers (notes, signatures, dates). Compared after compact.
var (
	grandTotals = []string{"合计", "总计", "共计", "累计", "合計", "總計", "共計", "累計"}
	subTotals   = []string{"小计", "小計"}
	footers     = []string{
		"注:", "注1", "注①", "说明", "說明", "备注:", "備註:",
		"填表", "填报", "填報", "制表", "製表", "审核", "審核", "审批", "審批",
		"负责人", "負責人", "单位负责", "單位負責", "经办人", "經辦人", "联系人", "聯繫人",
		"统计人", "統計人", "主管领导", "主要领导", "领导签字", "領導簽字",
		"单位(盖章", "單位(蓋章", "(盖章)", "(蓋章)", "盖章", "蓋章",
		"以下空白", "以下无", "以下無", "(以下空白)", "(以下无)",
	}
)

// markStarts holds every rune a marked row can start with.
const markStarts = "合总共累總小注说說备備填制製审審负負单單经經联聯统統主领領盖蓋以(（一二三四五六七八九十"

// rowMark classifies the first text of a row below the header.
type rowMark int

const (
	markNone     rowMark = iota
	markSubTotal         // 小计: skipped
	markEnd              // 合计 or a footer: skipped, and the table has ended
	markSection          // 一、乌加河镇: a section title inside the data, skipped
)

// markOf looks at the first non-blank text of a row (the 序号 column left
// out) and says whether it is a total, a footer or a section title.
func markOf(s string) rowMark {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	if !strings.ContainsRune(markStarts, r) { // most rows: no folding needed
		return markNone
	}
	c := compact(s)
	for _, p := range grandTotals {
		if strings.HasPrefix(c, p) {
			return markEnd
		}
	}
	for _, p := range subTotals {
		if strings.HasPrefix(c, p) {
			return markSubTotal
		}
	}
	for _, p := range footers {
		if strings.HasPrefix(c, p) {
			return markEnd
		}
	}
	if isSectionTitle(c) {
		return markSection
	}
	return markNone
}

// isExample reports whether a cell marks a template's example row: 示例,
// 样例, 例 or 举例, alone or opening the text (示例·张三).
func isExample(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	if !strings.ContainsRune("示样例举", r) {
		return false
	}
	c := compact(s)
	for _, p := range []string{"示例", "样例", "举例", "例:"} {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	return c == "例"
}

// isSectionTitle reports whether compacted text opens with a Chinese
// enumerator: 一、 (一) 十二.
func isSectionTitle(c string) bool {
	c = strings.TrimPrefix(c, "(")
	n := 0
	for _, r := range c {
		if strings.ContainsRune("一二三四五六七八九十", r) {
			n++
			continue
		}
		return n > 0 && strings.ContainsRune("、).．", r)
	}
	return false
}
