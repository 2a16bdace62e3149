package assessment

import (
	"path/filepath"
	"testing"

	"relief/internal/bigroster"
)

// BenchmarkRun100k is relief check's work (the report aside) on 100,000
// members and 10,000 applicants saved as Excel saves them: reading,
// deciding, the quota and the budget.
func BenchmarkRun100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "province.xlsx")
	if err := bigroster.Write(path, 100_000, 10_000); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		r, err := Run(Options{Workbook: path, AsOf: asOf})
		if err != nil {
			b.Fatal(err)
		}
		if r.Budget.Quota != 2500 || r.Budget.Selected != 2500 {
			b.Fatalf("quota %d, selected %d", r.Budget.Quota, r.Budget.Selected)
		}
	}
}
