package roster

import (
	"path/filepath"
	"testing"

	"relief/internal/bigroster"
)

// BenchmarkReadProvince100k reads a roster of 100,000 members and 10,000
// applicants written as Excel and WPS save one (shared strings, date
// serials): a tenth of the province workbook of scripts/bench, which CI
// can afford. Its figures scale with the rows.
func BenchmarkReadProvince100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "province.xlsx")
	if err := bigroster.Write(path, 100_000, 10_000); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		wb, err := Read(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if wb.Members.Len() != 100_000 || len(wb.Applicants) != 10_000 || len(wb.Problems) != 0 {
			b.Fatalf("%d members, %d applicants, %d problems", wb.Members.Len(), len(wb.Applicants), len(wb.Problems))
		}
	}
}
