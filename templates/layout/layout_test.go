package layout

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"relief/i18n"
	"relief/templates/font"
)

func newDoc(t testing.TB) *Doc {
	t.Helper()
	f, err := font.Load("")
	if err != nil {
		t.Fatal(err)
	}
	d, err := New(f, Meta{Title: "测试", Author: "旗委组织部", Creator: "relief", Created: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func write(t testing.TB, d *Doc) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// pages returns the text of each page of a PDF (pdftotext, in reading
// order, or with -layout), or skips the test without poppler.
func pages(t testing.TB, pdf []byte, layout bool) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	args := []string{"-enc", "UTF-8", "-", "-"}
	if layout {
		args = append([]string{"-layout"}, args...)
	}
	cmd := exec.Command("pdftotext", args...)
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	ps := strings.Split(string(out), "\f")
	return ps[:len(ps)-1] // pdftotext ends every page with a form feed
}

// body drops the page number from each page's text and joins them.
func body(ps []string) string {
	var sb strings.Builder
	for _, p := range ps {
		p = strings.TrimSpace(p)
		if i := strings.LastIndexByte(p, '\n'); i >= 0 && strings.HasPrefix(p[i+1:], "—") {
			p = p[:i]
		}
		sb.WriteString(p)
	}
	return sb.String()
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

const notice = "根据《乌拉特中旗困难党员互助救助工作实施意见》，经个人申请、党支部入户调查核实、党员大会评议审查、苏木镇党委复核，并报旗委组织部审定，现将2026年度拟救助对象予以公示。"

func sample(d *Doc) {
	d.Title("关于2026年度困难党员救助对象的公示")
	d.Paragraph(notice, true)
	d.Table([]Column{{"序号", 12, 'C', false}, {"姓名", 0, 'C', false}, {"救助金额（元）", 30, 'R', false}, {"身份证号码", 45, 'C', false}},
		[][]string{{"1", "张三", "1,500.00", "150824********107X"}, {"2", "巴特尔·吉日嘎拉", "1,000.00", "150824********2345"}})
	d.Paragraph("公示时间：2026年12月1日至2026年12月7日。", true)
	d.Closing("中共乌拉特中旗委员会组织部", "2026年11月30日")
}

// The same input gives the same bytes, whichever Doc writes it and
// however often.
func TestReproducible(t *testing.T) {
	a := newDoc(t)
	sample(a)
	b := newDoc(t)
	sample(b)
	first := write(t, a)
	if !bytes.Equal(first, write(t, a)) {
		t.Error("writing a Doc twice gives different bytes")
	}
	if !bytes.Equal(first, write(t, b)) {
		t.Error("two Docs of the same input give different bytes")
	}
	c := newDoc(t)
	c.meta.Created = c.meta.Created.AddDate(0, 0, 1)
	sample(c)
	if bytes.Equal(first, write(t, c)) {
		t.Error("the creation date is not in the PDF")
	}
	if !bytes.Contains(first, []byte("/CreationDate (D:20261130000000)")) {
		t.Error("creation date not taken from Meta.Created")
	}
}

func TestSampleReadsBack(t *testing.T) {
	d := newDoc(t)
	sample(d)
	ps := pages(t, write(t, d), false)
	if len(ps) != 1 || d.Pages() != 1 {
		t.Fatalf("%d pages (Pages() = %d), want 1", len(ps), d.Pages())
	}
	got := squeeze(ps[0])
	for _, want := range []string{"关于2026年度困难党员救助对象的公示", notice, "序号", "救助金额（元）", "身份证号码", "150824********107X", "巴特尔·吉日嘎拉", "1,500.00", "中共乌拉特中旗委员会组织部", "2026年11月30日", "—1—"} {
		if !strings.Contains(got, squeeze(want)) {
			t.Errorf("page lacks %q:\n%s", want, ps[0])
		}
	}
}

// Every character drawn can be read back: nothing is lost at line breaks
// or in the subset.
func TestEveryCharacterReadsBack(t *testing.T) {
	var sb strings.Builder
	for _, r := range "中华人民共和国党员救助困难通知书公示犇堃喆昇鑫淼焱垚巴特尔乌兰" {
		sb.WriteRune(r)
	}
	sb.WriteString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
	sb.WriteString("，。、；：？！（）《》〈〉「」『』【】“”‘’……——·％～@#￥&*+=/<>[]{}|")
	for r := rune(0x4E00); r < 0x4E00+2000; r += 3 {
		sb.WriteRune(r)
	}
	text := sb.String()
	d := newDoc(t)
	d.Paragraph(text, true)
	d.Line(text)
	d.Table([]Column{{"甲", 30, 'L', false}, {"乙", 0, 'R', false}}, [][]string{{text, text}})
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
	got := squeeze(body(pages(t, write(t, d), false)))
	want := squeeze(text)
	if n := strings.Count(got, want); n != 2 {
		// The table interleaves its two columns; check them apart.
		t.Errorf("the paragraph and the line read back %d times, want 2", n)
	}
	for _, r := range want {
		if !strings.ContainsRune(got, r) {
			t.Errorf("%q (%U) does not read back", r, r)
		}
	}
}

func TestPageNumbers(t *testing.T) {
	d := newDoc(t)
	long := strings.Repeat(notice, 16) // two pages and a bit
	for i := range 3 {
		d.NewSection()
		d.Title(fmt.Sprintf("第%d封信", i+1))
		if i == 1 {
			d.Paragraph(long, true)
		} else {
			d.Paragraph(notice, true)
		}
		d.Closing("旗委组织部", "2026年11月30日")
	}
	ps := pages(t, write(t, d), false)
	if len(ps) != d.Pages() {
		t.Errorf("pdftotext finds %d pages, Pages() says %d", len(ps), d.Pages())
	}
	want := []string{"—1—", "—1—", "—2—", "—3—", "—1—"}
	if len(ps) != len(want) {
		t.Fatalf("%d pages, want %d", len(ps), len(want))
	}
	for i, p := range ps {
		lines := strings.Split(strings.TrimSpace(p), "\n")
		if got := squeeze(lines[len(lines)-1]); got != want[i] {
			t.Errorf("page %d ends with %q, want %q", i+1, got, want[i])
		}
	}
	if got := squeeze(body(ps[1:4])); !strings.Contains(got, squeeze(long)) {
		t.Error("the long letter does not read back whole")
	}
}

// A table running over pages repeats its header on each; rows never
// split.
func TestTableHeaderRepeats(t *testing.T) {
	d := newDoc(t)
	d.Title("救助对象名单")
	var rows [][]string
	for i := 1; i <= 100; i++ {
		rows = append(rows, []string{fmt.Sprint(i), fmt.Sprintf("姓名%03d", i), "巴音乌兰嘎查党支部", fmt.Sprintf("150824********%04d", i)})
	}
	cols := []Column{{"序号", 15, 'C', false}, {"姓名", 30, 'L', false}, {"所在党支部", 0, 'L', false}, {"身份证号码", 45, 'C', false}}
	d.Table(cols, rows)
	ps := pages(t, write(t, d), true)
	if len(ps) < 3 || len(ps) != d.Pages() {
		t.Fatalf("%d pages (Pages() = %d), want at least 3", len(ps), d.Pages())
	}
	next := 1
	for i, p := range ps {
		lines := strings.Split(p, "\n")
		header := -1
		for k, l := range lines {
			if strings.Contains(l, "序号") && strings.Contains(l, "身份证号码") {
				header = k
				break
			}
		}
		if header < 0 {
			t.Errorf("page %d has no header row:\n%s", i+1, p)
			continue
		}
		for _, l := range lines[header+1:] {
			if f := strings.Fields(l); len(f) == 4 && strings.HasPrefix(f[1], "姓名") {
				if want := fmt.Sprint(next); f[0] != want || f[3] != fmt.Sprintf("150824********%04d", next) {
					t.Errorf("page %d: row %q, want row %s", i+1, l, want)
				}
				next++
			}
		}
	}
	if next != 101 {
		t.Errorf("read back %d rows, want 100", next-1)
	}
}

// A row taller than a page is split between lines, with the header again
// on the next page, and loses nothing.
func TestTableHugeRow(t *testing.T) {
	d := newDoc(t)
	cell := strings.Repeat("家庭收入很低", 150)
	d.Table([]Column{{"序号", 20, 'C', false}, {"困难原因", 40, 'L', false}}, [][]string{{"", cell}, {"2", "疾病"}})
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
	ps := pages(t, write(t, d), false)
	if len(ps) < 2 {
		t.Fatalf("%d pages, want the row to run over", len(ps))
	}
	for i, p := range ps {
		if !strings.Contains(p, "困难原因") || !strings.Contains(p, "序号") {
			t.Errorf("page %d lacks the header", i+1)
		}
		ps[i] = strings.NewReplacer("困难原因", "", "序号", "").Replace(p)
	}
	if !strings.Contains(squeeze(body(ps)), cell) {
		t.Error("the long cell does not read back whole")
	}
}

func TestTableErrors(t *testing.T) {
	d := newDoc(t)
	d.Table([]Column{{"甲", 0, 'L', false}}, [][]string{{"1", "2"}})
	var ie *i18n.Error
	if !errors.As(d.Err(), &ie) || ie.Msg.Key != "layout.pdf" {
		t.Errorf("row with too many cells: %v", d.Err())
	}
	// Nonsense widths and short rows are fine.
	d = newDoc(t)
	d.Table([]Column{{"甲", -5, 'X', false}, {"乙", 400, 'R', false}, {"丙", 0, 0, false}}, [][]string{{"1"}, {}, {"1", "2", "3"}})
	if err := d.Err(); err != nil {
		t.Error(err)
	}
	write(t, d)
}

func TestColumnWidths(t *testing.T) {
	ws := columnWidths([]Column{{Width: 20}, {}, {Width: 36}, {}})
	if ws[0] != 20 || ws[2] != 36 || ws[1] != 50 || ws[3] != 50 {
		t.Errorf("widths %v", ws)
	}
	ws = columnWidths([]Column{{Width: 200}, {Width: 100}})
	if sum(ws) > textW+eps || ws[0] != 2*ws[1] {
		t.Errorf("widths %v not scaled to the text block", ws)
	}
	// The identity number column takes what it needs from roomy ones.
	got, ok := fitColumns([]float64{50, 50, 30}, []float64{10, 10, 40}, []float64{20, 45, 40})
	if !ok || got[2] != 40 || sum(got) != 130 || got[1] < 45 {
		t.Errorf("fitColumns = %v, %v", got, ok)
	}
}

func TestMissingGlyph(t *testing.T) {
	for _, c := range []struct {
		r    rune
		key  string
		code string
	}{{0x20000, "layout.astral-glyph", "U+20000"}, {0x3400, "layout.missing-glyph", "U+3400"}} {
		for name, draw := range map[string]func(d *Doc, s string){
			"Title":     func(d *Doc, s string) { d.Title(s) },
			"Paragraph": func(d *Doc, s string) { d.Paragraph(s, true) },
			"Line":      func(d *Doc, s string) { d.Line(s) },
			"Closing":   func(d *Doc, s string) { d.Closing("组织部", s) },
			"Table":     func(d *Doc, s string) { d.Table([]Column{{"姓名", 0, 'L', false}}, [][]string{{"李四"}, {s}}) },
			"Header":    func(d *Doc, s string) { d.Table([]Column{{s, 0, 'L', false}}, nil) },
		} {
			d := newDoc(t)
			text := "张" + string(c.r) + "三"
			draw(d, text)
			d.Paragraph("之后的内容", true)
			var me *MissingGlyphError
			if !errors.As(d.Err(), &me) || me.Rune != c.r || me.Text != text {
				t.Errorf("%s %U: Err() = %v", name, c.r, d.Err())
				continue
			}
			var ie *i18n.Error
			if !errors.As(d.Err(), &ie) || ie.Msg.Key != c.key {
				t.Errorf("%s %U: no %s message", name, c.r, c.key)
			}
			for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
				msg := ie.Msg.In(l)
				if !strings.Contains(msg, c.code) || !strings.Contains(msg, string(c.r)) {
					t.Errorf("%s: message %q lacks the character or its code", name, msg)
				}
				if c.key == "layout.missing-glyph" && !strings.Contains(msg, "simfang.ttf") {
					t.Errorf("message %q suggests no font", msg)
				}
			}
			if err := d.Write(&bytes.Buffer{}); err != d.Err() {
				t.Errorf("Write returned %v, not the recorded error", err)
			}
		}
	}
}

func TestControlCharacters(t *testing.T) {
	if got := clean("a\tb\r\nc\rd\x07e\x00f\u0085g\n"); got != "a b\nc\nd"+"efg\n" {
		t.Errorf("clean = %q", got)
	}
	d := newDoc(t)
	d.Paragraph("控制\x07字符\t与\r\n换行", false)
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
	ps := pages(t, write(t, d), false)
	if got := squeeze(ps[0]); !strings.Contains(got, "控制字符与换行") {
		t.Errorf("read back %q", got)
	}
}

// The body is set 28 characters a line on a grid of 22 lines a page.
func TestGrid(t *testing.T) {
	d := newDoc(t)
	text := strings.Repeat("党", 28*22)
	d.Paragraph(text, false)
	if d.Pages() != 1 {
		t.Errorf("22 lines of 28 characters take %d pages", d.Pages())
	}
	for i, o := range d.pages[0].ops {
		if n := utf8.RuneCountInString(o.s); n != 28 {
			t.Errorf("line %d has %d characters", i+1, n)
		}
	}
	d.Paragraph("党", false)
	if d.Pages() != 2 {
		t.Errorf("the 23rd line is not on page 2")
	}
	d = newDoc(t)
	d.Paragraph(strings.Repeat("党", 30), true)
	if n := utf8.RuneCountInString(d.pages[0].ops[0].s); n != 26 {
		t.Errorf("indented first line has %d characters, want 26", n)
	}
	if x := d.pages[0].ops[0].x; x < left+2*d.cell-eps || x > left+2*d.cell+eps {
		t.Errorf("indent at %g mm", x-left)
	}
}

func TestTitleBalanced(t *testing.T) {
	d := newDoc(t)
	d.Title("中共乌拉特中旗委员会组织部关于印发困难党员互助救助工作实施意见的通知")
	ops := d.pages[0].ops
	if len(ops) != 2 {
		t.Fatalf("title in %d lines, want 2", len(ops))
	}
	a, b := utf8.RuneCountInString(ops[0].s), utf8.RuneCountInString(ops[1].s)
	if a-b > 2 || b-a > 2 {
		t.Errorf("unbalanced title lines %q and %q", ops[0].s, ops[1].s)
	}
	for _, o := range ops {
		if o.stroke != 0.25 || o.size != titlePt {
			t.Errorf("title line drawn %+v, want 22 pt with a 0.25 mm outline", o)
		}
	}
}

// A sign-off that does not fit takes the last body line to the next page.
func TestClosingKeepsTogether(t *testing.T) {
	d := newDoc(t)
	for range 21 {
		d.Line("正文")
	}
	d.Closing("中共乌拉特中旗委员会组织部", "2026年11月30日")
	if d.Pages() != 2 {
		t.Fatalf("%d pages, want 2", d.Pages())
	}
	p1, p2 := d.pages[0].ops, d.pages[1].ops
	if len(p1) != 20 || len(p2) != 3 || p2[0].s != "正文" || p2[1].s != "中共乌拉特中旗委员会组织部" {
		t.Errorf("page 1 has %d lines, page 2 %d: %+v", len(p1), len(p2), p2)
	}
	// The date ends four characters from the right edge; the issuer is
	// centred over it.
	date, issuer := p2[2], p2[1]
	dateEnd := date.x + width(date.s, d.bodyAdvance)
	if dateEnd < right-4*d.cell-0.01 || dateEnd > right-4*d.cell+0.01 {
		t.Errorf("date ends %g mm from the right edge", right-dateEnd)
	}
	mid := func(o op) float64 { return o.x + width(o.s, d.bodyAdvance)/2 }
	if m := mid(issuer) - mid(date); m > 0.01 || m < -0.01 {
		t.Errorf("issuer off centre by %g mm", m)
	}
	if gap := date.y - p2[0].y; gap < 3*pitch-eps {
		t.Errorf("no room for the seal: date %g mm below the text", gap)
	}
}

func TestEmptyDoc(t *testing.T) {
	d := newDoc(t)
	ps := pages(t, write(t, d), false)
	if len(ps) != 1 {
		t.Errorf("empty doc has %d pages", len(ps))
	}
}

func TestConcurrentWrite(t *testing.T) {
	f, err := font.Load("")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	out := make([][]byte, 8)
	for i := range out {
		wg.Go(func() {
			d, _ := New(f, benchMeta)
			letter(d, i%2)
			var b bytes.Buffer
			if err := d.Write(&b); err != nil {
				t.Error(err)
			}
			out[i] = b.Bytes()
		})
	}
	wg.Wait()
	for i := 2; i < len(out); i++ {
		if !bytes.Equal(out[i], out[i%2]) {
			t.Errorf("letter %d differs from letter %d", i, i%2)
		}
	}
}

func FuzzDoc(f *testing.F) {
	fnt, err := font.Load("")
	if err != nil {
		f.Fatal(err)
	}
	f.Add("关于公示", "张三同志：", notice, "1,500.00", "2026年11月30日")
	f.Add("", "", "\n\n\n", "", "")
	f.Add("a\tb", "（（（（", "，，，，，，，，，，，，，，，，，，，，，，，，，，，，，，，，，，，", "150824********107X", "\xff")
	f.Fuzz(func(t *testing.T, title, line, para, cell, date string) {
		d, _ := New(fnt, Meta{Title: title})
		d.Title(title)
		d.Line(line)
		d.Paragraph(para, true)
		d.Table([]Column{{"甲", 0, 'L', false}, {cell, 20, 'R', false}}, [][]string{{cell, para}, {line}})
		d.Closing(title, date)
		var b bytes.Buffer
		err := d.Write(&b)
		var me *MissingGlyphError
		if err != nil && !errors.As(err, &me) {
			t.Fatalf("Write: %v", err)
		}
		if err == nil && !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
			t.Fatal("not a PDF")
		}
	})
}

// A document made with a shared subset embeds it as a font of its own and
// a subset of the characters it lacks; it reads and looks the same (the
// same text, at the same places) and is as reproducible. A document drawn
// from the shared subset alone has no font of its own; a shared subset
// of another font is not used.
func TestShared(t *testing.T) {
	plain := newDoc(t)
	sample(plain)
	want := pages(t, write(t, plain), true)

	sh, err := NewShared(plain.font, notice+"关于年度困难党员救助对象的公示—0123456789 \U00020000")
	if err != nil {
		t.Fatal(err)
	}
	fonts := func(b []byte) int { return bytes.Count(b, []byte("/Subtype /Type0")) }
	withShared := func() *Doc {
		d := newDoc(t)
		d.meta.Shared = sh
		sample(d)
		return d
	}
	b := write(t, withShared())
	if n := fonts(b); n != 2 {
		t.Errorf("%d fonts, want the shared one and the document's", n)
	}
	if got := pages(t, b, true); strings.Join(got, "\f") != strings.Join(want, "\f") {
		t.Errorf("text differs with a shared subset:\n%s\nwant\n%s", got, want)
	}
	if !bytes.Equal(b, write(t, withShared())) {
		t.Error("not reproducible with a shared subset")
	}

	only := newDoc(t)
	only.meta.Shared = sh
	only.Paragraph("公示", false)
	ob := write(t, only)
	if n := fonts(ob); n != 1 || !strings.Contains(body(pages(t, ob, false)), "公示") {
		t.Errorf("drawn from the shared subset alone: %d fonts", n)
	}

	foreign := &Shared{font: &font.Font{}, sub: sh.sub, pdf: sh.pdf} // as if of another font
	d := newDoc(t)
	d.meta.Shared = foreign
	sample(d)
	if n := fonts(write(t, d)); n != 1 {
		t.Errorf("a shared subset of another font is used: %d fonts", n)
	}
}
