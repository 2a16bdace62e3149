package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"relief/templates/font"
)

// sample makes a two-page document of text in a subset of the embedded
// font, with a shaded rectangle, bold text and character spacing.
func sample(t *testing.T, info Info) *Doc {
	t.Helper()
	f, err := font.Load("")
	if err != nil {
		t.Fatal(err)
	}
	const text = "困难党员救助通知书 Relief 1,500.00元（大写）"
	sub, err := f.Subset([]rune(text))
	if err != nil {
		t.Fatal(err)
	}
	m := f.Metrics()
	d := New(info, &Font{Name: m.PostScriptName, Program: sub.TTF, Widths: sub.Widths, Unicode: sub.Runes,
		Ascent: m.Ascent, Descent: m.Descent, CapHeight: m.CapHeight, BBox: m.BBox, Weight: m.Weight})
	glyphs := func(s string) []Run {
		var g []uint16
		for _, r := range s {
			g = append(g, sub.Glyph(r))
		}
		return []Run{{0, g}}
	}
	p := d.Page()
	p.Text(Text{X: 100, Y: 700, Size: 22, Stroke: 0.7, Runs: glyphs("困难党员救助通知书")})
	p.Rect(80, 600, 400, 30, 0.5, &Color{235, 235, 235})
	p.Rect(80, 560, 400, 0, 0.5, nil)
	p.Text(Text{X: 100, Y: 610, Size: 12, Spacing: -0.2, Runs: glyphs("Relief 1,500.00元")})
	p.Text(Text{X: 100, Y: 500, Size: 16, Spacing: 0.3, Runs: glyphs("（大写）")})
	d.Page().Text(Text{X: 100, Y: 700, Size: 16, Runs: glyphs("救助")})
	return d
}

func write(t *testing.T, d *Doc) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

var meta = Info{Title: "困难党员救助通知书 张三", Subject: "通知书", Keywords: `{"program":"relief","a":"(x)\y"}`,
	Author: "中共乌拉特中旗委员会组织部", Creator: "relief", Lang: "zh-CN", Created: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)}

// The cross-reference table points at every object, the trailer at the
// table, and the streams are as long as they say and inflate.
func TestStructure(t *testing.T) {
	d := sample(t, meta)
	b := write(t, d)
	if !bytes.HasPrefix(b, []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")) || !bytes.HasSuffix(b, []byte("%%EOF\n")) {
		t.Fatalf("header or end wrong: %q … %q", b[:20], b[len(b)-20:])
	}
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(b)
	if m == nil {
		t.Fatal("no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if !bytes.HasPrefix(b[xref:], []byte("xref\n0 ")) {
		t.Fatalf("startxref %d does not point at the table", xref)
	}
	lines := strings.Split(string(b[xref:]), "\n")
	n, _ := strconv.Atoi(strings.Fields(lines[1])[1])
	if n != 2*2+9+1 { // 8 fixed objects, 2 a page, the information, and object 0
		t.Errorf("%d objects", n)
	}
	entries := b[xref+len(lines[0])+len(lines[1])+2:]
	for i := range n {
		e := string(entries[20*i : 20*i+20])
		if i == 0 {
			if e != "0000000000 65535 f\r\n" {
				t.Errorf("entry 0 is %q", e)
			}
			continue
		}
		off, err := strconv.Atoi(e[:10])
		if err != nil || !strings.HasSuffix(e, " 00000 n\r\n") {
			t.Fatalf("entry %d is %q", i, e)
		}
		if want := strconv.Itoa(i) + " 0 obj\n"; !bytes.HasPrefix(b[off:], []byte(want)) {
			t.Errorf("entry %d points at %q", i, b[off:off+12])
		}
	}
	if !bytes.Contains(b, []byte("/Info "+strconv.Itoa(n-1)+" 0 R /ID [<")) {
		t.Error("trailer lacks /Info or /ID")
	}
	streams := regexp.MustCompile(`(?s)<< /Length (\d+) /Filter /FlateDecode( /Length1 (\d+))? >>\nstream\n`)
	found := 0
	for _, loc := range streams.FindAllSubmatchIndex(b, -1) {
		found++
		length, _ := strconv.Atoi(string(b[loc[2]:loc[3]]))
		data := b[loc[1] : loc[1]+length]
		if !bytes.HasPrefix(b[loc[1]+length:], []byte("\nendstream\nendobj\n")) {
			t.Errorf("stream at %d: /Length %d does not end at endstream", loc[0], length)
		}
		z, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(z)
		if err != nil {
			t.Fatalf("stream at %d does not inflate: %v", loc[0], err)
		}
		if loc[6] >= 0 {
			if l1, _ := strconv.Atoi(string(b[loc[6]:loc[7]])); l1 != len(raw) {
				t.Errorf("font program: /Length1 %d, inflates to %d", l1, len(raw))
			}
		}
	}
	if found != 4 { // font program, ToUnicode, two pages
		t.Errorf("%d streams", found)
	}
	for _, want := range []string{
		"/Type /Catalog /Pages 2 0 R /Lang (zh-CN)",
		"/Subtype /Type0 /BaseFont /", "+WenQuanYiMicroHei /Encoding /Identity-H",
		"/Subtype /CIDFontType2", "/CIDToGIDMap /Identity", "/FontFile2 7 0 R",
		"/Ascent 937 /Descent -236", "/ToUnicode 8 0 R",
		"/CreationDate (D:20261130000000) /ModDate (D:20261130000000)",
		`/Keywords ({"program":"relief","a":"\(x\)\\y"})`, "/Creator (relief)",
	} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("PDF lacks %q", want)
		}
	}
}

// The same document gives the same bytes, written twice or made twice,
// and the file identifier changes with the content.
func TestDeterministic(t *testing.T) {
	d := sample(t, meta)
	a := write(t, d)
	if !bytes.Equal(a, write(t, d)) {
		t.Error("writing twice differs")
	}
	d2 := sample(t, meta)
	if !bytes.Equal(a, write(t, d2)) {
		t.Error("the same document made twice differs")
	}
	other := meta
	other.Title = "另一份"
	d3 := sample(t, other)
	c := write(t, d3)
	id := regexp.MustCompile(`/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]`)
	if id.Find(a) == nil || bytes.Equal(id.Find(a), id.Find(c)) {
		t.Errorf("ID %s, other %s", id.Find(a), id.Find(c))
	}
}

func TestEmptyDocument(t *testing.T) {
	d := sample(t, Info{})
	d.pages = nil
	b := write(t, d)
	if !bytes.Contains(b, []byte("/Count 1 ")) || bytes.Contains(b, []byte("/Lang")) {
		t.Error("a document without pages is not one blank page")
	}
	checkWithPoppler(t, b, "")
}

// poppler and qpdf (when installed) read the document without a warning,
// see the embedded subset, and pdftotext gives the text back.
func TestReadBack(t *testing.T) {
	d := sample(t, meta)
	b := write(t, d)
	got := checkWithPoppler(t, b, "pdffonts")
	if !regexp.MustCompile(`[A-Z]{6}\+WenQuanYiMicroHei +CID TrueType +Identity-H +yes yes yes`).MatchString(got) {
		t.Errorf("pdffonts:\n%s", got)
	}
	txt := checkWithPoppler(t, b, "pdftotext")
	for _, want := range []string{"困难党员救助通知书", "Relief 1,500.00元", "（大写）", "救助"} {
		if !strings.Contains(txt, want) {
			t.Errorf("pdftotext lacks %q:\n%s", want, txt)
		}
	}
	info := checkWithPoppler(t, b, "pdfinfo")
	for _, want := range []string{"Title:           困难党员救助通知书 张三", "Author:          中共乌拉特中旗委员会组织部", "Pages:           2", "Page size:       595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		p := filepath.Join(t.TempDir(), "a.pdf")
		os.WriteFile(p, b, 0o644)
		if out, err := exec.Command("qpdf", "--check", p).CombinedOutput(); err != nil || !strings.Contains(string(out), "No syntax or stream encoding errors") {
			t.Errorf("qpdf --check: %v\n%s", err, out)
		}
	}
}

// checkWithPoppler runs a poppler tool on the PDF (skipping the test when
// poppler is not installed) and fails on any message on stderr.
func checkWithPoppler(t *testing.T, pdf []byte, tool string) string {
	t.Helper()
	if tool == "" {
		tool = "pdfinfo"
	}
	if _, err := exec.LookPath(tool); err != nil {
		t.Skip(tool + " (poppler-utils) not installed")
	}
	p := filepath.Join(t.TempDir(), "a.pdf")
	if err := os.WriteFile(p, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{p}
	if tool == "pdftotext" {
		args = []string{"-enc", "UTF-8", p, "-"}
	}
	var stderr bytes.Buffer
	cmd := exec.Command(tool, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("%s: %v %s", tool, err, stderr.String())
	}
	return string(out)
}

func TestTextString(t *testing.T) {
	utf := func(s string) string {
		var b strings.Builder
		b.WriteString("(\xfe\xff")
		for _, u := range utf16.Encode([]rune(s)) {
			for _, c := range []byte{byte(u >> 8), byte(u)} {
				switch c {
				case '(', ')', '\\':
					b.WriteByte('\\')
					b.WriteByte(c)
				case '\r':
					b.WriteString(`\r`)
				case '/':
					b.WriteString(`\057`)
				case '\n':
					b.WriteString(`\n`)
				default:
					b.WriteByte(c)
				}
			}
		}
		return b.String() + ")"
	}
	for _, tc := range []struct{ in, want string }{
		{"relief", "(relief)"},
		{"", "()"},
		{`a(b)c\d` + "\r\n", `(a\(b\)c\\d\r\n)`},
		{"张三", "(\xfe\xff\x5f\x20\x4e\x09)"},
		{"王𠀀", utf("王𠀀")},
		{"\u0a28\u0d0a(", utf("\u0a28\u0d0a(")}, // bytes that look like \n and \r
		{"a/Keywords (b)", `(a\057Keywords \(b\))`},
		{"\u2f4b", utf("\u2f4b")}, // a byte that looks like /
	} {
		if got := string(textString(nil, tc.in)); got != tc.want {
			t.Errorf("textString(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNum(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		prec int
		want string
	}{
		{0, 2, "0"}, {-0.001, 2, "0"}, {1, 2, "1"}, {1.5, 2, "1.5"}, {79.3701, 2, "79.37"},
		{-0.2068, 3, "-0.207"}, {595.28, 2, "595.28"}, {100, 3, "100"}, {0.005, 2, "0.01"}, {12.0, 0, "12"},
	} {
		if got := string(num(nil, tc.v, tc.prec)); got != tc.want {
			t.Errorf("num(%v, %d) = %q, want %q", tc.v, tc.prec, got, tc.want)
		}
	}
}

func TestToUnicode(t *testing.T) {
	chars := make([]rune, 250)
	chars[1], chars[2], chars[249] = '中', 'A', 0x20000
	for i := 10; i < 240; i++ {
		chars[i] = rune(0x4E00 + i)
	}
	got := string(toUnicode(nil, chars))
	if c := strings.Count(got, "beginbfchar"); c != 3 { // 233 entries, 100 a block
		t.Errorf("%d blocks", c)
	}
	for _, want := range []string{"<0001> <4E2D>\n", "<0002> <0041>\n", "<00F9> <D840DC00>\n", "<000A> <4E0A>\n", "33 beginbfchar\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("ToUnicode lacks %q", want)
		}
	}
}

func BenchmarkLetter(b *testing.B) {
	f, err := font.Load("")
	if err != nil {
		b.Fatal(err)
	}
	text := []rune("困难党员救助通知书吕秀兰同志：你申请的2026年度困难党员救助，经苏木机关党支部入户调查核实、党员大会评议审查（实到有表决权党员22名，赞成19票），川井苏木党委复核，旗委组织部审定，符合旗委《党建党员互助工程的工作意见》规定的救助条件，并经公示（2026年11月10日至2026年11月16日）期满无异议，确定你为2026年度困难党员救助对象。你的救助金额为1,500.00元（大写：壹仟伍佰元整）。按照“一年一申报，半年一考评，年终发放”的规定，救助金于2026年年终发放。如有疑问，请向川井苏木党委或苏木机关党支部咨询。希望你正确面对困难，坚定信心，自强自立，继续发挥共产党员的先锋模范作用。中共乌拉特中旗委员会组织部—")
	sub, err := f.Subset(text)
	if err != nil {
		b.Fatal(err)
	}
	glyphs := make([]uint16, len(text))
	for i, r := range text {
		glyphs[i] = sub.Glyph(r)
	}
	for b.Loop() {
		d := New(meta, &Font{Name: "WenQuanYiMicroHei", Program: sub.TTF, Widths: sub.Widths, Unicode: sub.Runes})
		p := d.Page()
		for i := 0; i < len(glyphs); i += 28 {
			p.Text(Text{X: 79.37, Y: 700 - float64(i), Size: 16, Spacing: 0.29, Runs: []Run{{0, glyphs[i:min(i+28, len(glyphs))]}}})
		}
		if err := d.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// Two fonts in one line: a font shared by many documents and a document's
// own. The runs join up (pdftotext reads one word), the shared font's
// streams are compressed once, and documents sharing it are written
// concurrently, each the same as when written alone.
func TestSharedFont(t *testing.T) {
	f, err := font.Load("")
	if err != nil {
		t.Fatal(err)
	}
	cut := func(s string, shared bool) (*Font, *font.Subset) {
		sub, err := f.Subset([]rune(s))
		if err != nil {
			t.Fatal(err)
		}
		m := f.Metrics()
		return &Font{Name: m.PostScriptName, Program: sub.TTF, Widths: sub.Widths, Unicode: sub.Runes,
			Ascent: m.Ascent, Descent: m.Descent, CapHeight: m.CapHeight, BBox: m.BBox, Shared: shared}, sub
	}
	common, cs := cut("同志：你的救助金额为元", true)
	letter := func(name string) []byte {
		own, os := cut(name+"1,500", false)
		var runs []Run
		add := func(font int, sub *font.Subset, s string) {
			r := Run{Font: font}
			for _, c := range s {
				r.Glyphs = append(r.Glyphs, sub.Glyph(c))
			}
			runs = append(runs, r)
		}
		add(1, os, name)
		add(0, cs, "同志：你的救助金额为")
		add(1, os, "1,500")
		add(0, cs, "元")
		d := New(meta, common, own)
		d.Page().Text(Text{X: 80, Y: 700, Size: 16, Spacing: 0.3, Runs: runs})
		var b bytes.Buffer
		if err := d.Write(&b); err != nil {
			t.Error(err)
		}
		return b.Bytes()
	}
	names := []string{"张三", "李四", "王五", "赵六"}
	alone := map[string][]byte{}
	for _, n := range names {
		alone[n] = letter(n)
	}
	b := alone["张三"]
	if !bytes.Contains(b, []byte("/Font << /F1 4 0 R /F2 9 0 R >>")) || bytes.Count(b, []byte("/Subtype /Type0")) != 2 {
		t.Error("the two fonts are not both resources")
	}
	if txt := checkWithPoppler(t, b, "pdftotext"); !strings.Contains(txt, "张三同志：你的救助金额为1,500元") {
		t.Errorf("pdftotext: %q", txt)
	}
	if got := checkWithPoppler(t, b, "pdffonts"); strings.Count(got, "+WenQuanYiMicroHei") != 2 {
		t.Errorf("pdffonts:\n%s", got)
	}
	prog, _ := common.compressed()
	if !bytes.Contains(b, prog) {
		t.Error("the shared font program is not the one compressed once")
	}
	var wg sync.WaitGroup
	for range 4 {
		for _, n := range names {
			wg.Go(func() {
				if !bytes.Equal(letter(n), alone[n]) {
					t.Errorf("%s written concurrently differs", n)
				}
			})
		}
	}
	wg.Wait()
}
