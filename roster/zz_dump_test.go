package roster

import (
	"os"
	"testing"
)

func TestZZDump(t *testing.T) {
	f, _ := os.Create("/tmp/exp/tpl.xlsx")
	defer f.Close()
	if err := WriteTemplate(f, TemplateOptions{Year: 2026, Figures: []Figure{{"救助名额", "党员总数的 2.5%（全旗统一计算，四舍五入取整）", "§2"}}}); err != nil {
		t.Fatal(err)
	}
}
