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
	kinds       map[int]Kind   // column → the kind of its field
	unknown     []string       // header texts that name no field
	unknownAt   [][2]int       // the column and row of each of unknown
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
// the row naming the most fields. A header of two or three rows (group
// cells such as 党员大会表决 or 基本情况 merged over sub-headers, the other
// headers merged down over all the rows) keeps its text only in the
// top-left cell of each merged range, so the rows right above and below
// the best row are merged in, column by column, while they name fields in
// columns still unnamed and are mostly header text themselves; a row of
// group labels alone may sit between them. Right below the header, a row
// of units alone (（元）, （人）) or of column numbers (1, 2, 3 …, the 栏次
// of official forms) belongs to the header too.
func findHeader(s *Sheet, rows []textRow) layout {
	l := layout{cols: map[string]int{}, texts: map[int]string{}, kinds: map[int]Kind{}, content: len(rows) > 0}
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
	mapped := map[int]bool{}
	for c, k := range hits[best] {
		l.cols[k], l.texts[c] = c, rows[best].cells[c-1]
		mapped[c] = true
	}
	used := []int{best}
	// merge adds row j's fields when it names fields in columns still
	// unnamed and has no more other text than that: group labels over
	// named columns do not count against it, a title or a 填报单位 line
	// elsewhere does.
	merge := func(j int) bool {
		added, stray := 0, 0
		for i, v := range rows[j].cells {
			c := i + 1
			if isBlank(v) || isSeqHeader(v) {
				continue
			}
			k, ok := hits[j][c]
			_, taken := l.cols[k]
			switch {
			case ok && !taken && !mapped[c]:
				added++
			case mapped[c]:
			default:
				stray++
			}
		}
		if added == 0 || added < stray {
			return false
		}
		for c, k := range hits[j] {
			if _, taken := l.cols[k]; !taken && !mapped[c] {
				l.cols[k], l.texts[c] = c, rows[j].cells[c-1]
				mapped[c] = true
			}
		}
		return true
	}
	// Below: more header rows, possibly under a row of group labels over
	// columns still unnamed, then units or column numbers.
	const maxHeaderRows, maxAnnexRows = 3, 2
	annex, pending := 0, 0
	hdrLast := l.last
	for j := best + 1; j < len(rows) && rows[j].num == l.last+pending+1; j++ {
		if annex == 0 && rows[j].num-l.first < maxHeaderRows && merge(j) {
			used = append(used, j)
			hdrLast, l.last, pending = rows[j].num, rows[j].num, 0
			continue
		}
		if annex == 0 && pending == 0 && len(hits[j]) == 0 && isGroupRow(rows[j].cells, unmapped(mapped)) {
			pending = 1
			used = append(used, j)
			continue
		}
		if pending == 0 && annex < maxAnnexRows && isAnnexRow(rows[j].cells, len(l.cols)) {
			annex++
			l.last = rows[j].num
			continue
		}
		break
	}
	if pending > 0 { // a group row without sub-headers under it is no header
		used = used[:len(used)-1]
	}
	// Above: more header rows, possibly across a row of group labels.
	var groups []int
	for j := best - 1; j >= 0 && rows[j].num == rows[j+1].num-1 && hdrLast-rows[j].num < maxHeaderRows; j-- {
		if merge(j) {
			used = append(used, groups...)
			used = append(used, j)
			groups = nil
			l.first = rows[j].num
			continue
		}
		if !isGroupRow(rows[j].cells, func(c int) bool { return mapped[c] }) {
			break
		}
		groups = append(groups, j)
	}
	l.hits = len(l.cols)
	l.kinds = make(map[int]Kind, len(l.cols))
	for k, c := range l.cols {
		l.kinds[c] = s.Field(k).Kind
	}

	// The 序号 column and the headers that name no field.
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
					l.unknownAt = append(l.unknownAt, [2]int{c, rows[j].num})
				}
			}
		}
	}
	return l
}

// isGroupRow reports whether a row holds only group labels: text over
// the columns for which over is true, nothing elsewhere.
func isGroupRow(cells []string, over func(col int) bool) bool {
	n := 0
	for i, v := range cells {
		if isBlank(v) || isSeqHeader(v) {
			continue
		}
		if !over(i+1) || matchesAnySheetName(v) {
			return false
		}
		n++
	}
	return n > 0
}

// unmapped returns the complement of mapped, as a predicate over columns.
func unmapped(mapped map[int]bool) func(int) bool {
	return func(c int) bool { return !mapped[c] }
}

// matchesAnySheetName reports whether text is a sheet's name (a title
// row such as 救助申报表 is not a group label).
func matchesAnySheetName(text string) bool { return matchSheetName(text) != nil }

// annexWords may stand in a row of column numbers: 甲, 乙 … over the
// columns that are not counted, and the row's own label.
var annexWords = map[string]bool{"甲": true, "乙": true, "丙": true, "丁": true, "戊": true, "己": true, "栏次": true, "栏号": true, "欄次": true}

// unitWords are the units a row under the header may give alone (元,
// 单位：元), and the notes 必填 and 选填.
var unitWords = map[string]bool{"必填": true, "选填": true, "非必填": true, "元": true, "人": true, "票": true, "户": true, "口": true, "个": true, "名": true, "岁": true, "次": true, "%": true, "年月日": true, "年.月.日": true}

// isAnnexRow reports whether a row right under the header is part of it:
// only units (（元）, 人, 单位：元), or column numbers 1, 2, 3 … rising by one
// from cell to cell (at least three, and at least half as many as the
// header names fields: nfields), with 甲, 乙, 栏次 allowed among them.
func isAnnexRow(cells []string, nfields int) bool {
	units, numbers, last := 0, 0, 0
	for _, v := range cells {
		if isBlank(v) {
			continue
		}
		t := strings.TrimSpace(foldForm(v))
		if n, ok := columnNumber(t); ok {
			if numbers > 0 && n != last+1 {
				return false
			}
			numbers, last = numbers+1, n
			continue
		}
		c := compact(simplifyText(t))
		if annexWords[c] {
			continue
		}
		if isUnitNote(c) {
			units++
			continue
		}
		return false
	}
	if numbers > 0 {
		return units == 0 && numbers >= max(3, nfields/2)
	}
	return units > 0
}

// columnNumber reads a column number: 1, (1), ①, 1.0.
func columnNumber(t string) (int, bool) {
	if r, size := utf8.DecodeRuneInString(t); size == len(t) && r >= '①' && r <= '⑳' {
		return int(r-'①') + 1, true
	}
	t = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSuffix(t, ".0"), "("), ")")
	if t == "" || len(t) > 3 || !allDigits(t) {
		return 0, false
	}
	return atoiDigits(t), true
}

// isUnitNote reports whether compacted text c is a unit or a note alone:
// 元, (元), (单位:元), 单位:人, 必填, or any text wholly in brackets
// ((18位), (格式:2026-09-05)), which no value is written as.
func isUnitNote(c string) bool {
	if strings.HasPrefix(c, "(") && strings.HasSuffix(c, ")") || strings.HasPrefix(c, "[") && strings.HasSuffix(c, "]") ||
		strings.HasPrefix(c, "【") && strings.HasSuffix(c, "】") {
		return true
	}
	c = strings.TrimPrefix(strings.TrimPrefix(c, "单位:"), "单位")
	return unitWords[c] || strings.HasSuffix(c, "元") && utf8.RuneCountInString(c) <= 2
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

// signWords mark a line for signatures or a seal below a table, wherever
// they stand in it: 乌加河镇党委（盖章）, 党委书记（签字）：.
var signWords = []string{"盖章", "签字", "签名", "签章", "蓋章", "簽字", "簽名", "簽章"}

// isFooterNote reports whether the first text of a row below the header
// is a line of the form's footer rather than a record: a line for
// signatures or a seal, and, unless the text stands in a column of
// identity numbers, dates or numbers (where it is a value to check),
// a label with a colon (经办：张三, 日期：…, 联系电话：…) or a date alone
// (2026年9月10日), neither of which is ever a name or a township.
func isFooterNote(s string, kind Kind, field bool) bool {
	for _, w := range signWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	if field && kind != Name && kind != Text && kind != Choice && kind != List ||
		!strings.ContainsAny(s, ":：0123456789０１２３４５６７８９") { // most rows: a name
		return false
	}
	t := strings.TrimSpace(foldForm(s))
	if i := strings.IndexByte(t, ':'); i > 0 {
		label := strings.TrimSpace(t[:i])
		if n := utf8.RuneCountInString(label); n <= 10 && !strings.ContainsAny(label, "0123456789") {
			return true
		}
	}
	if strings.ContainsAny(t, "年.-/") && strings.IndexAny(t, "0123456789") == 0 {
		if d, is := dayFromText(t, false); is == nil && !d.IsZero() {
			return true
		}
	}
	return false
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
