package provenance

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relief/i18n"
	"relief/templates/layout/pdf"
)

func sample(t *testing.T) (*Provenance, string) {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "申报.xlsx")
	if err := os.WriteFile(in, []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := New("v1.0.0", strings.Repeat("ab", 32), filepath.Join(dir, "relief.yaml"), "2026-11-27")
	if err := p.AddFile(RoleWorkbook, in); err != nil {
		t.Fatal(err)
	}
	return p, dir
}

func TestRecord(t *testing.T) {
	p, _ := sample(t)
	const abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" // SHA-256("abc")
	if p.Inputs[0].SHA256 != abc || p.Inputs[0].File != "申报.xlsx" || p.Policy.File != "relief.yaml" {
		t.Fatalf("record %+v", p)
	}
	back, err := Parse(p.JSON())
	if err != nil || back.JSON() != p.JSON() {
		t.Fatalf("Parse(JSON()) = %+v, %v", back, err)
	}
	line := p.Line()
	for _, want := range []string{"relief v1.0.0", "sha256:" + abc, "申报.xlsx（申报工作簿", "relief.yaml", "2026-11-27"} {
		if !strings.Contains(line, want) {
			t.Errorf("Line() lacks %q: %s", want, line)
		}
	}
	if _, err := Parse(`{"program":"other"}`); err == nil {
		t.Error("a record of another program parsed")
	}
}

func TestHashFileErrors(t *testing.T) {
	dir := t.TempDir()
	var ie *i18n.Error
	if _, err := HashFile(filepath.Join(dir, "none.xlsx")); !errors.As(err, &ie) || ie.Msg.Key != "provenance.missing" {
		t.Errorf("missing file: %v", err)
	}
	if _, err := HashFile(dir); !errors.As(err, &ie) || ie.Msg.Key != "provenance.is-dir" {
		t.Errorf("folder: %v", err)
	}
}

func TestReadJSONAndNone(t *testing.T) {
	p, dir := sample(t)
	js := filepath.Join(dir, "check.json")
	if err := os.WriteFile(js, []byte("\ufeff{\"schema\":\"relief.check/v1\",\"provenance\":"+p.JSON()+"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Read(js, "")
	if err != nil || got.JSON() != p.JSON() {
		t.Fatalf("Read(json) = %+v, %v", got, err)
	}
	other := filepath.Join(dir, "other.txt")
	os.WriteFile(other, []byte("hello"), 0o644)
	var ie *i18n.Error
	if _, err := Read(other, ""); !errors.As(err, &ie) || ie.Msg.Key != "provenance.none" {
		t.Errorf("Read(text) = %v", err)
	}
}

func TestPDFString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`(plain)`, "plain"},
		{`(a\(b\)c)`, "a(b)c"},
		{`(nested (parens) ok) rest`, "nested (parens) ok"},
		{`(back\\slash\r\101)`, "back\\slash\rA"},
		{"(\xfe\xff\x00{\x00\"\\)\x00)", "{\"\u2900"},
	} {
		got, ok := pdfString([]byte(tc.in))
		if !ok || got != tc.want {
			t.Errorf("pdfString(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	if _, ok := pdfString([]byte("(unterminated")); ok {
		t.Error("unterminated string accepted")
	}
}

func FuzzPDFString(f *testing.F) {
	f.Add([]byte(`(a\(b\)c)`))
	f.Add([]byte("(\xfe\xff\x00a)"))
	f.Add([]byte(`(\777\`))
	f.Fuzz(func(t *testing.T, b []byte) {
		pdfString(b) // must not panic
	})
}

// The PDF writer's Keywords are what Read finds: the record of a PDF made
// by package templates/layout/pdf comes back whole, Chinese file names,
// parentheses, backslashes and characters beyond the BMP included.
func TestReadPDF(t *testing.T) {
	p, dir := sample(t)
	p.Inputs[0].File = `申报(2026)\王𠀀.xlsx`
	path := filepath.Join(dir, "letter.pdf")
	if err := os.WriteFile(path, keywordsPDF(t, p.JSON()), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Read(path, "")
	if err != nil || got.JSON() != p.JSON() {
		t.Fatalf("Read(pdf) = %+v, %v", got, err)
	}
}

// keywordsPDF makes a one-page PDF whose Keywords are kw.
func keywordsPDF(t testing.TB, kw string) []byte {
	t.Helper()
	d := pdf.New(pdf.Info{Title: "标题", Keywords: kw}, &pdf.Font{Name: "X", Program: []byte("not a font"), Widths: []int{1000}, Unicode: []rune{0}})
	var b bytes.Buffer
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Whatever text the writer puts in Keywords, the reader decodes it back.
func FuzzPDFKeywords(f *testing.F) {
	f.Add(`{"program":"relief"}`)
	f.Add("(\\)\r\n\u0a28\u0d0a王𠀀")
	f.Add("x /Keywords (y)")
	f.Fuzz(func(t *testing.T, kw string) {
		if kw == "" {
			return // no Keywords at all
		}
		b := keywordsPDF(t, kw)
		i := bytes.LastIndex(b, []byte("/Keywords "))
		got, ok := pdfString(b[i+len("/Keywords "):])
		if want := string([]rune(kw)); !ok || got != want {
			t.Fatalf("Keywords %q read back as %q, %v", want, got, ok)
		}
	})
}
