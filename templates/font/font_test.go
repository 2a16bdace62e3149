package font

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"relief/i18n"
	"relief/templates/layout/pdf"
)

// systemTTC is Debian's WenQuanYi Micro Hei collection, the source of the
// embedded font; tests that need it skip when it is not installed.
const systemTTC = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

func mustLoad(t testing.TB) *Font {
	t.Helper()
	f, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// small is a subset of the embedded font, a small valid TrueType font.
func small(t testing.TB, chars string) []byte {
	t.Helper()
	b, err := mustLoad(t).Subset([]rune(chars))
	if err != nil {
		t.Fatal(err)
	}
	return b.TTF
}

// collection builds a TrueType collection of fonts with header version v,
// each face preceded by a stray byte so that its tables are not 4-byte
// aligned, as in Debian's wqy-microhei.ttc.
func collection(v int, fonts ...[]byte) []byte {
	be := binary.BigEndian
	hdr := 12 + 4*len(fonts)
	if v == 2 {
		hdr += 12
	}
	out := make([]byte, hdr)
	copy(out, "ttcf")
	be.PutUint16(out[4:], uint16(v))
	be.PutUint32(out[8:], uint32(len(fonts)))
	for i, f := range fonts {
		out = append(out, 0xEE)
		off := len(out)
		be.PutUint32(out[12+4*i:], uint32(off))
		g := slices.Clone(f)
		for k := range u16(g, 4) {
			rec := 12 + 16*k
			be.PutUint32(g[rec+8:], u32(g, rec+8)+uint32(off))
		}
		out = append(out, g...)
	}
	return out
}

// checkSFNT checks the invariants of a standalone sfnt file: tables sorted
// and 4-byte aligned, table checksums right, and the whole file summing
// to 0xB1B0AFBA.
func checkSFNT(t *testing.T, b []byte) {
	t.Helper()
	if got := checksum(b); got != 0xB1B0AFBA {
		t.Errorf("file checksum %#x, want 0xB1B0AFBA", got)
	}
	_, tables, err := readDirectory(b, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := range tables {
		rec := 12 + 16*i
		off := u32(b, rec+8)
		if off%4 != 0 {
			t.Errorf("table %s at %d, not 4-byte aligned", tables[i].tag, off)
		}
		if i > 0 && tables[i-1].tag >= tables[i].tag {
			t.Errorf("tables not sorted: %s before %s", tables[i-1].tag, tables[i].tag)
		}
		data := slices.Clone(tables[i].data)
		if tables[i].tag == "head" {
			binary.BigEndian.PutUint32(data[8:], 0)
		}
		if got, want := u32(b, rec+4), checksum(data); got != want {
			t.Errorf("table %s checksum %#x, want %#x", tables[i].tag, got, want)
		}
	}
}

func TestExtractSynthetic(t *testing.T) {
	a, b := small(t, "中文ABC"), small(t, "救助123")
	for _, v := range []int{1, 2} {
		ttc := collection(v, a, b)
		for i, want := range [][]byte{a, b} {
			got, err := Extract(ttc, i)
			if err != nil {
				t.Fatalf("v%d face %d: %v", v, i, err)
			}
			checkSFNT(t, got)
			if !bytes.Equal(got, want) {
				t.Errorf("v%d face %d: extracted font differs from the original", v, i)
			}
		}
		for _, bad := range []int{-1, 2, 99} {
			var fe faceError
			if _, err := Extract(ttc, bad); !errors.As(err, &fe) || fe.faces != 2 {
				t.Errorf("v%d face %d: err %v, want faceError of 2 faces", v, bad, err)
			}
		}
	}
	// A plain font is a collection of one.
	if got, err := Extract(a, 0); err != nil || !bytes.Equal(got, a) {
		t.Errorf("plain font: %v", err)
	}
	for _, junk := range [][]byte{nil, []byte("ttcf"), []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x05"), []byte("hello, world, not a font")} {
		if _, err := Extract(junk, 0); err == nil {
			t.Errorf("Extract(%q) accepted", junk)
		}
	}
}

// The committed font is exactly what Extract makes of Debian's face 0, and
// x/image/font/sfnt, poppler (reading a PDF of a subset of each face) and
// the faces' own names agree with it.
func TestExtractWenQuanYi(t *testing.T) {
	ttc, err := os.ReadFile(systemTTC)
	if err != nil {
		t.Skip("fonts-wqy-microhei not installed:", err)
	}
	for face, name := range []string{"WenQuanYi Micro Hei", "WenQuanYi Micro Hei Mono"} {
		b, err := Extract(ttc, face)
		if err != nil {
			t.Fatal(err)
		}
		checkSFNT(t, b)
		f, err := parse(b)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name() != name {
			t.Errorf("face %d is %q, want %q", face, f.Name(), name)
		}
		if face == 0 {
			embedded, err := gunzip(embeddedGz)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, embedded) {
				t.Error("the embedded font is not Extract(wqy-microhei.ttc, 0): regenerate it with tools/ttc2ttf")
			}
		}
		checkWithSfnt(t, f)
		const text = "文泉驿微米黑 WenQuanYi"
		if txt := pdftotext(t, embed(t, f, text)); !strings.Contains(txt, text) {
			t.Errorf("face %d: pdftotext read %q", face, txt)
		}
	}
	if _, err := Extract(ttc, 2); err == nil {
		t.Error("face 2 of a two-face collection accepted")
	}
}

// checkWithSfnt compares the cmap and advances with golang.org/x/image's
// independent parser.
func checkWithSfnt(t *testing.T, f *Font) {
	t.Helper()
	sf, err := sfnt.Parse(f.data)
	if err != nil {
		t.Fatalf("x/image/font/sfnt rejects the font: %v", err)
	}
	if sf.NumGlyphs() != f.glyphs {
		t.Errorf("sfnt counts %d glyphs, we %d", sf.NumGlyphs(), f.glyphs)
	}
	var buf sfnt.Buffer
	for _, r := range "中国救助通知书，。（）“”—…·aZ09%\u3000㐀䶵" {
		g, err := sf.GlyphIndex(&buf, r)
		if err != nil {
			t.Fatal(err)
		}
		if int(g) != f.glyph(r) {
			t.Errorf("%q: sfnt glyph %d, ours %d", r, g, f.glyph(r))
		}
		if g == 0 {
			continue
		}
		adv, err := sf.GlyphAdvance(&buf, g, fixed.I(f.upem), 0)
		if err != nil {
			t.Fatal(err)
		}
		if adv.Round() != f.advance(int(g)) {
			t.Errorf("%q: sfnt advance %d, ours %d", r, adv.Round(), f.advance(int(g)))
		}
	}
}

func TestHasMissing(t *testing.T) {
	f := mustLoad(t)
	for _, r := range "中华人民共和国犇堃喆昇ABCxyz0123456789，。、；：？！（）《》“”‘’—…·%　" {
		if !f.Has(r) {
			t.Errorf("WenQuanYi Micro Hei lacks %q %U", r, r)
		}
	}
	// U+3400 is the first CJK Extension A character; WenQuanYi Micro Hei
	// has only a few of that block. U+20000 is beyond the BMP.
	for _, r := range []rune{0x3400, 0x20000, 0x1F600} {
		if f.Has(r) {
			t.Errorf("has %U", r)
		}
	}
	got := f.Missing("张\U00020000㐀张三㐀\U00020000李四 ok")
	if want := []rune{0x20000, 0x3400}; !slices.Equal(got, want) {
		t.Errorf("Missing = %U, want %U", got, want)
	}
	if m := f.Missing("中文 Latin 1,500.00元（大写：壹仟伍佰元整）"); m != nil {
		t.Errorf("Missing = %U, want none", m)
	}
}

// The widths a subset states for its glyphs (the PDF's /W) are exactly
// what Advance measures: the font's advance rounded to 1/1000 em.
func TestSubsetWidthsMatchAdvance(t *testing.T) {
	f := mustLoad(t)
	text := "关于2026年度困难党员救助对象的公示 Width-Test: 1,500.00元（大写：壹仟伍佰元整）“引号”……——·ABCabc"
	sub, err := f.Subset([]rune(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(sub.Widths) != len(sub.Runes) {
		t.Fatalf("%d widths for %d glyphs", len(sub.Widths), len(sub.Runes))
	}
	for _, r := range text {
		g := sub.Glyph(r)
		if g == 0 || sub.Runes[g] != r {
			t.Errorf("%q: glyph %d draws %q", r, g, sub.Runes[g])
			continue
		}
		want := math.Round(float64(f.advance(f.glyph(r))) * 1000 / float64(f.upem))
		if float64(sub.Widths[g]) != want {
			t.Errorf("%q: width %d, want %v", r, sub.Widths[g], want)
		}
		for _, size := range []float64{10.5, 12, 16, 22} {
			if got, w := f.Advance(r, size), float64(sub.Widths[g])*size/1000*25.4/72; got != w {
				t.Errorf("%q at %gpt: Advance %v mm, the PDF's width %v mm", r, size, got, w)
			}
		}
	}
	if sub.Glyph('李') != 0 || sub.Glyph(0x20000) != 0 {
		t.Error("Glyph finds a character not asked for")
	}
	if got, want := f.Advance('中', 16), 16*25.4/72; got-want > 1e-12 || want-got > 1e-12 {
		t.Errorf("Advance(中, 16) = %v, want one em, %v", got, want)
	}
}

func TestMetrics(t *testing.T) {
	m := mustLoad(t).Metrics()
	want := Metrics{PostScriptName: "WenQuanYiMicroHei", Ascent: 937, Descent: -236, CapHeight: 714, Weight: 400}
	if b := m.BBox; b[0] >= 0 || b[1] >= m.Descent || b[2] <= 1000 || b[3] <= m.Ascent {
		t.Errorf("BBox %v", b)
	}
	m.BBox = [4]int{}
	if m != want {
		t.Errorf("Metrics = %+v, want %+v", m, want)
	}
}

func TestSubset(t *testing.T) {
	f := mustLoad(t)
	// Find composite glyphs (accented Latin letters in this font) to check
	// that their components come along.
	var composite []rune
	for r := rune(0xC0); r < 0x250 && len(composite) < 3; r++ {
		if c, _ := f.components(f.glyph(r)); len(c) > 0 {
			composite = append(composite, r)
		}
	}
	if len(composite) == 0 {
		t.Fatal("no composite glyph found to test")
	}
	text := "关于困难党员救助对象的公示，张三同志：1,500.00元 — 1 —" + string(composite)
	sb, err := f.Subset([]rune(text + "\U00020000㐀")) // unknown characters are left out
	if err != nil {
		t.Fatal(err)
	}
	b := sb.TTF
	checkSFNT(t, b)
	s, err := parse(b)
	if err != nil {
		t.Fatal(err)
	}
	checkWithSfnt(t, s)
	if s.glyphs > 60 || len(b) > 40000 {
		t.Errorf("subset has %d glyphs, %d bytes", s.glyphs, len(b))
	}
	for _, r := range text {
		if !s.Has(r) {
			t.Errorf("subset lacks %q", r)
		} else if s.Advance(r, 16) != f.Advance(r, 16) {
			t.Errorf("%q: subset advance %v, font %v", r, s.Advance(r, 16), f.Advance(r, 16))
		}
	}
	for _, r := range composite {
		comps, err := s.components(s.glyph(r))
		if err != nil || len(comps) == 0 {
			t.Errorf("%q: components %v, %v", r, comps, err)
		}
		for _, c := range comps {
			if s.loca[c+1] == s.loca[c] {
				t.Errorf("%q: component %d is empty", r, c)
			}
		}
	}
	if s.Has('李') {
		t.Error("subset has a character not asked for")
	}

	// A PDF embeds the subset; poppler reads the text back.
	if got := pdftotext(t, embed(t, f, text)); !strings.Contains(got, text) {
		t.Errorf("pdftotext read %q, want %q", got, text)
	}
}

// embed makes a one-page PDF of text in a subset of f.
func embed(t *testing.T, f *Font, text string) []byte {
	t.Helper()
	sub, err := f.Subset([]rune(text))
	if err != nil {
		t.Fatal(err)
	}
	m := f.Metrics()
	doc := pdf.New(pdf.Info{}, &pdf.Font{Name: m.PostScriptName, Program: sub.TTF, Widths: sub.Widths, Unicode: sub.Runes,
		Ascent: m.Ascent, Descent: m.Descent, CapHeight: m.CapHeight, BBox: m.BBox})
	var glyphs []uint16
	for _, r := range text {
		glyphs = append(glyphs, sub.Glyph(r))
	}
	doc.Page().Text(pdf.Text{X: 50, Y: 700, Size: 16, Runs: []pdf.Run{{Glyphs: glyphs}}})
	var out bytes.Buffer
	if err := doc.Write(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestSubsetConcurrent(t *testing.T) {
	f := mustLoad(t)
	want, err := f.Subset([]rune("并发测试"))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				got, err := f.Subset([]rune("并发测试"))
				if err != nil || !bytes.Equal(got.TTF, want.TTF) {
					t.Error("concurrent subsets differ")
					return
				}
				_ = f.Advance('并', 16) + f.Advance('A', 12)
				_ = f.Missing("并发\U00020000")
			}
		})
	}
	wg.Wait()
}

func TestLoadEmbedded(t *testing.T) {
	a, b := mustLoad(t), mustLoad(t)
	if a != b {
		t.Error("the embedded font is parsed more than once")
	}
	if a.Name() != "WenQuanYi Micro Hei" {
		t.Errorf("name %q", a.Name())
	}
	if !strings.Contains(License, "Apache License") {
		t.Error("licence text missing")
	}
}

func TestLoadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a, b := small(t, "甲乙"), small(t, "丙丁")
	ttf := write("a.ttf", a)
	ttc := write("two.ttc", collection(1, a, b))
	for _, c := range []struct {
		spec string
		has  rune
	}{{ttf, '甲'}, {ttc, '甲'}, {ttc + ":0", '甲'}, {ttc + ":1", '丙'}, {write("named-like-ttc.ttc", a), '甲'}} {
		f, err := Load(c.spec)
		if err != nil {
			t.Errorf("Load(%s): %v", c.spec, err)
			continue
		}
		if !f.Has(c.has) {
			t.Errorf("Load(%s) lacks %q", c.spec, c.has)
		}
	}

	otto := []byte("OTTO\x00\x01\x00\x10\x00\x00\x00\x00CFF \x00\x00\x00\x00\x00\x00\x00\x1c\x00\x00\x00\x04\x01\x00\x04\x02")
	noEmbed := slices.Clone(a)
	_, tables, _ := readDirectory(noEmbed, 0)
	for _, tb := range tables {
		if tb.tag == "OS/2" {
			binary.BigEndian.PutUint16(tb.data[8:], 2) // restricted licence
		}
	}
	noCmap := slices.Clone(a)
	copy(noCmap[bytes.Index(noCmap, []byte("cmap")):], "xxxx")
	for _, c := range []struct{ spec, key string }{
		{filepath.Join(dir, "nope.ttf"), "font.missing"},
		{dir, "font.is-dir"},
		{write("text.ttf", []byte("this is not a font at all")), "font.not-font"},
		{write("woff.ttf", []byte("wOFF\x00\x01\x00\x00 and more bytes")), "font.not-font"},
		{write("noto.otf", otto), "font.cff"},
		{write("cff.ttc", collection(2, a, otto)) + ":1", "font.cff"},
		{ttc + ":2", "font.face"},
		{ttf + ":1", "font.face"},
		{write("short.ttf", a[:len(a)/2]), "font.damaged"},
		{write("noembed.ttf", noEmbed), "font.no-embed"},
		{write("nocmap.ttf", noCmap), "font.damaged"},
	} {
		_, err := Load(c.spec)
		var ie *i18n.Error
		if !errors.As(err, &ie) || ie.Msg.Key != c.key {
			t.Errorf("Load(%s): %v, want %s", c.spec, err, c.key)
			continue
		}
		if !i18n.Has(c.key) {
			t.Errorf("%s: no catalogue entry", c.key)
		}
	}
}

func TestSplitSpec(t *testing.T) {
	for spec, want := range map[string]struct {
		path string
		face int
	}{
		"simsun.ttc":                          {"simsun.ttc", 0},
		"simsun.ttc:1":                        {"simsun.ttc", 1},
		`C:\Windows\Fonts\simsun.ttc`:         {`C:\Windows\Fonts\simsun.ttc`, 0},
		`C:\Windows\Fonts\simsun.ttc:2`:       {`C:\Windows\Fonts\simsun.ttc`, 2},
		"font.ttc:":                           {"font.ttc:", 0},
		"font.ttc:-1":                         {"font.ttc:-1", 0},
		"font.ttc:x":                          {"font.ttc:x", 0},
		":3":                                  {":3", 0},
		"dir/with:colon/font.ttf":             {"dir/with:colon/font.ttf", 0},
		"99999999999999999999999999999:1":     {"99999999999999999999999999999", 1},
		"font.ttc:99999999999999999999999999": {"font.ttc:99999999999999999999999999", 0},
	} {
		p, n := splitSpec(spec)
		if p != want.path || n != want.face {
			t.Errorf("splitSpec(%q) = %q, %d; want %q, %d", spec, p, n, want.path, want.face)
		}
	}
}

func FuzzExtract(f *testing.F) {
	a, b := small(f, "中A"), small(f, "文1")
	f.Add(collection(1, a, b), 1)
	f.Add(collection(2, a, b), 0)
	f.Add(a, 0)
	f.Add([]byte("ttcf\x00\x02\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10"), 0)
	f.Fuzz(func(t *testing.T, data []byte, face int) {
		out, err := Extract(data, face)
		if err != nil {
			return
		}
		if got := checksum(out); got != 0xB1B0AFBA && bytes.Contains(out[:12+16*u16(out, 4)], []byte("head")) {
			t.Errorf("file checksum %#x", got)
		}
		if _, _, err := readDirectory(out, 0); err != nil {
			t.Errorf("Extract made an unreadable font: %v", err)
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add(small(f, "中文A1，"))
	f.Add([]byte("\x00\x01\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		font, err := parse(data)
		if err != nil {
			return
		}
		font.Has('中')
		font.Advance('中', 16)
		b, err := font.Subset([]rune("中文A1，"))
		if err != nil {
			return
		}
		if _, err := parse(b.TTF); err != nil {
			t.Errorf("the subset of a valid font does not parse: %v", err)
		}
	})
}

// pdftotext returns the text of a PDF, or skips the test without poppler.
func pdftotext(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}
