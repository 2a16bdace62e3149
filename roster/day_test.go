package roster

import "testing"

// Day arithmetic holds over any span a workbook can hold: time.Duration
// would overflow after 292 years.
func TestDaysUntilLongSpans(t *testing.T) {
	for _, c := range []struct {
		a, b Day
		want int
	}{
		{Day{2026, 9, 1}, Day{2026, 10, 31}, 60},
		{Day{2026, 10, 31}, Day{2026, 9, 1}, -60},
		{Day{1900, 1, 1}, Day{9999, 12, 31}, 2_958_463},
		{Day{9999, 12, 31}, Day{1900, 1, 1}, -2_958_463},
	} {
		if got := c.a.DaysUntil(c.b); got != c.want {
			t.Errorf("%s → %s: %d, want %d", c.a, c.b, got, c.want)
		}
		if got := c.a.AddDays(c.want); got != c.b {
			t.Errorf("%s + %d = %s, want %s", c.a, c.want, got, c.b)
		}
	}
}
