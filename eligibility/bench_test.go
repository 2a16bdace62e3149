package eligibility

import (
	"fmt"
	"testing"

	"relief/roster"
)

// Deciding 1,000 applicants against a roster of 100,000 members: the
// roster is indexed once (identity numbers, formal members per branch).
func BenchmarkDecide100k(b *testing.B) {
	ms := make([]roster.Member, 0, 100_000)
	for i := range 100_000 {
		ms = append(ms, roster.Member{Row: i + 2, Name: fmt.Sprint("党员", i), IDNumber: fmt.Sprintf("id%06d", i),
			Township: fmt.Sprintf("苏木%d镇", i%40), Branch: fmt.Sprintf("第%d党支部", i%25), MemberType: roster.Formal})
	}
	as := make([]roster.Applicant, 0, 1000)
	for i := range 1000 {
		a := good()
		m := ms[i*97]
		a.Row, a.Name, a.IDNumber, a.Township, a.Branch = i+5, m.Name, m.IDNumber, m.Township, m.Branch
		as = append(as, a)
	}
	wb := workbook(as...)
	wb.HasRoster, wb.Members = true, roster.NewMemberList(ms...)
	b.ResetTimer()
	for range b.N {
		ds, _ := Decide(wb, nil, asOf)
		if ds[0].Verdict != Eligible {
			b.Fatal(ds[0].Verdict, codes(ds[0].Reasons))
		}
	}
}
