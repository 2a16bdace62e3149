package layout

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// Page numbers as GB/T 9704 sets them: "— 1 —" at the right of odd pages
// and at the left of even ones, one character in from the text block.
func TestFolioSides(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	d := newDoc(t)
	d.NewPage()
	d.Paragraph("第一页", true)
	d.NewPage()
	d.Paragraph("第二页", true)
	d.NewPage()
	d.Paragraph("第三页", true)
	p := filepath.Join(t.TempDir(), "f.pdf")
	if err := os.WriteFile(p, write(t, d), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-bbox", p, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// <word xMin="…" yMin="…" xMax="…" yMax="…">2</word>, in page order.
	word := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(\d)</word>`)
	const mm = 72 / 25.4
	found := 0
	for _, m := range word.FindAllStringSubmatch(string(out), -1) {
		xMin, _ := strconv.ParseFloat(m[1], 64)
		xMax, _ := strconv.ParseFloat(m[2], 64)
		n, _ := strconv.Atoi(m[3])
		found++
		switch {
		case n%2 == 1 && (xMax < (right-20)*mm || xMax > right*mm):
			t.Errorf("page %d: its number ends at %.0f mm, want at the right, inside %.0f mm", n, xMax/mm, right)
		case n%2 == 0 && (xMin > (left+20)*mm || xMin < left*mm):
			t.Errorf("page %d: its number starts at %.0f mm, want at the left, inside %.0f mm", n, xMin/mm, left)
		}
	}
	if found != 3 {
		t.Errorf("found %d page numbers, want 3:\n%s", found, out)
	}
}
