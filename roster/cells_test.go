package roster

import "testing"

// Cells show as Chinese Excel shows them.
func TestCellShow(t *testing.T) {
	cs := &cellStyles{formats: []numFormat{{}}}
	for _, code := range []string{"", "yyyy/m/d", `yyyy"年"m"月"d"日"`, "yyyy-mm-dd hh:mm:ss", "h:mm AM/PM", "#,##0.00", "0%", "0.00E+00",
		`[$-804]yyyy"年"m"月"`, "mm:ss", "@", `上午/下午h"时"mm"分"`, "0000" + string(make([]byte, 300)), "dddd", "yyyy.m.d;@"} {
		cs.formats = append(cs.formats, parseFormat(code))
	}
	num := func(v string, style int) rawCell { return rawCell{Value: v, Numeric: true, Style: style} }
	for _, tt := range []struct {
		c    rawCell
		want string
	}{
		{num("46270", 0), "46270"},
		{num("150824197503122020", 0), "1.50824197503122E+17"},
		{num("150824196003169000", 0), "150824196003169000"}, // digits past the 15th are zeros: whole
		{num("1.50824197503122E+017", 0), "1.50824197503122E+17"},
		{num("-46270.25", 0), "-46270.25"},
		{num("1.52824198001011E+17", 1), "1.52824198001011E+17"},
		{num("150824197503122020", 1), "1.50824197503122E+17"},
		{num("0.30000000000000004", 1), "0.3"},
		{num("46270", 2), "2026/9/5"},
		{num("46270", 3), "2026年9月5日"},
		{num("46270.5", 4), "2026-09-05 12:00:00"},
		{num("0.75", 5), "6:00 PM"},
		{num("12000", 6), "12,000.00"},
		{num("-1234567.891", 6), "-1,234,567.89"},
		{num("0.25", 7), "25%"},
		{num("12000", 8), "12000"},
		{num("46270", 9), "2026年9月"},
		{num("0.0006944444444444445", 10), "01:00"},
		{num("12", 11), "12"},
		{num("150824196003169000", 11), "150824196003169000"},
		{num("0.5625", 12), "下午1时30分"},
		{num("8000", 13), "8000"}, // a format too long to be Excel's: General
		{num("46270", 14), "星期六"},
		{num("46270", 15), "2026.9.5"},
		{num("46270", 100), "46270"},                         // a style the workbook does not have
		{num("-5", 2), "-5"},                                 // no date before 1900
		{rawCell{Value: "2026-09-05", Style: 2}, "2026/9/5"}, // t="d"
		{rawCell{Value: "张三", Style: 2}, "张三"},
		{rawCell{Value: "#N/A", Error: true, Style: 6}, "#N/A"},
	} {
		if got := cs.show(tt.c, false); got != tt.want {
			t.Errorf("show(%q, %d) = %q, want %q", tt.c.Value, tt.c.Style, got, tt.want)
		}
	}
	if got := cs.show(num("44808", 2), true); got != "2026/9/5" {
		t.Errorf("1904: %q", got)
	}
}

// FuzzCellShow: any format code and any number show without a panic.
func FuzzCellShow(f *testing.F) {
	f.Add(`yyyy"年"m"月"d"日"`, "46270.5")
	f.Add("[h]:mm:ss.00;@", "1.5")
	f.Add(`\"[`, "-1e308")
	f.Add("#,##0.00_);[Red](#,##0.00)", "1234.5")
	f.Fuzz(func(t *testing.T, code, v string) {
		cs := &cellStyles{formats: []numFormat{parseFormat(code)}}
		cs.show(rawCell{Value: v, Numeric: true}, false)
		cs.show(rawCell{Value: v}, true)
	})
}
