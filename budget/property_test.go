package budget

import (
	"fmt"
	"math/big"
	"testing"

	"pgregory.net/rapid"

	"relief/eligibility"
	"relief/money"
	"relief/policy"
	"relief/roster"
)

// Apportionment adds up to the quota and each part is the floor or the
// ceiling of its exact share.
func TestApportionProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		quota := rapid.IntRange(0, 500).Draw(t, "quota")
		ms := rapid.SliceOfN(rapid.IntRange(0, 5000), 1, 20).Draw(t, "members")
		names := make([]string, len(ms))
		total := 0
		for i, m := range ms {
			names[i] = fmt.Sprintf("t%02d", i)
			total += m
		}
		parts := Apportion(quota, ms, names)
		sum := 0
		for i, p := range parts {
			sum += p
			if total == 0 {
				if p != 0 {
					t.Fatalf("part %d = %d with no members", i, p)
				}
				continue
			}
			exact := big.NewRat(int64(quota)*int64(ms[i]), int64(total))
			floor := new(big.Int).Quo(exact.Num(), exact.Denom()).Int64()
			ceil := floor
			if !exact.IsInt() {
				ceil++
			}
			if int64(p) != floor && int64(p) != ceil {
				t.Fatalf("part %d = %d, share %s", i, p, exact.FloatString(4))
			}
		}
		if total > 0 && sum != quota {
			t.Fatalf("parts add up to %d, quota %d", sum, quota)
		}
	})
}

// Fitting never exceeds the fund, treats equal levels equally, and the
// total and the leftover add up to the fund.
func TestFitProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := testPolicy()
		p.Amount.Levels = map[string]money.Amount{
			roster.LevelSevere:   money.Amount(rapid.Int64Range(0, 500_000).Draw(t, "severe")),
			roster.LevelMarked:   money.Amount(rapid.Int64Range(0, 500_000).Draw(t, "marked")),
			roster.LevelModerate: money.Amount(rapid.Int64Range(0, 500_000).Draw(t, "moderate")),
		}
		p.Amount.Unit = money.Amount(rapid.SampledFrom([]int64{1, 100, 1000, 5000}).Draw(t, "unit"))
		p.Amount.Fund = money.Amount(rapid.Int64Range(1, 20_000_000).Draw(t, "fund"))
		levels := rapid.SliceOfN(rapid.SampledFrom([]string{roster.LevelSevere, roster.LevelMarked, roster.LevelModerate, ""}), 0, 60).Draw(t, "levels")
		apps := make([]app, len(levels))
		for i, l := range levels {
			apps[i] = app{town: "甲镇", level: l, income: int64(i), size: 1, day: 1}
		}
		ds := decisions(apps...)
		wb := roster.Workbook{Members: roster.NewMemberList(members("甲镇", 40*len(ds)+40)...), HasRoster: true}
		plan, _ := Apply(ds, &wb, p)

		if plan.Selected != len(ds) {
			t.Fatalf("selected %d of %d", plan.Selected, len(ds))
		}
		byLevel := map[string]money.Amount{}
		var sum money.Amount
		for _, d := range ds {
			l := LevelOf(d.Applicant, p)
			if prev, ok := byLevel[l]; ok && prev != d.Amount {
				t.Fatalf("level %s: %v and %v", l, prev, d.Amount)
			}
			byLevel[l] = d.Amount
			if d.Amount > p.Amount.Levels[l] || d.Amount < 0 {
				t.Fatalf("level %s: %v above the standard %v", l, d.Amount, p.Amount.Levels[l])
			}
			if plan.Scaled && d.Amount%p.Amount.Unit != 0 {
				t.Fatalf("amount %v not a multiple of the unit %v", d.Amount, p.Amount.Unit)
			}
			sum += d.Amount
		}
		if sum != plan.Total {
			t.Fatalf("amounts add up to %v, total %v", sum, plan.Total)
		}
		if plan.Total > plan.Fund {
			t.Fatalf("total %v exceeds the fund %v", plan.Total, plan.Fund)
		}
		if plan.Total+plan.Leftover != plan.Fund {
			t.Fatalf("total %v + leftover %v ≠ fund %v", plan.Total, plan.Leftover, plan.Fund)
		}
		if plan.Scaled != (plan.Need > plan.Fund) {
			t.Fatalf("scaled %v with need %v fund %v", plan.Scaled, plan.Need, plan.Fund)
		}
	})
}

// ScaleDown is monotone in the amount: a larger standard never gets less.
func TestScaleDownMonotone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		need := money.Amount(rapid.Int64Range(1, 1_000_000_000).Draw(t, "need"))
		fund := money.Amount(rapid.Int64Range(0, int64(need)).Draw(t, "fund"))
		unit := money.Amount(rapid.Int64Range(1, 10_000).Draw(t, "unit"))
		a := money.Amount(rapid.Int64Range(0, int64(need)).Draw(t, "a"))
		b := money.Amount(rapid.Int64Range(int64(a), int64(need)).Draw(t, "b"))
		sa, sb := ScaleDown(a, fund, need, unit), ScaleDown(b, fund, need, unit)
		if sa > sb || sa%unit != 0 || new(big.Int).Mul(big.NewInt(int64(sa)), big.NewInt(int64(need))).Cmp(
			new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(fund)))) > 0 {
			t.Fatalf("ScaleDown(%d)=%d, ScaleDown(%d)=%d", a, sa, b, sb)
		}
	})
}

func drawKey(t *rapid.T, i int) rankKey {
	k := rankKey{
		level:   rapid.IntRange(0, 3).Draw(t, "level"),
		applied: roster.Day{Y: 2026, M: 9, D: rapid.IntRange(0, 3).Draw(t, "day")},
		row:     rapid.IntRange(2, 5).Draw(t, "row"),
		index:   i,
	}
	if k.applied.D == 0 {
		k.applied = roster.Day{}
	}
	if rapid.Bool().Draw(t, "has income") {
		inc := money.Amount(rapid.Int64Range(0, 4).Draw(t, "income") * 100)
		k.income, k.size = &inc, rapid.Int64Range(1, 3).Draw(t, "size")
	}
	return k
}

// The ranking is a strict total order.
func TestRankOrderProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b, c := drawKey(t, 0), drawKey(t, 1), drawKey(t, 2)
		if before(a, a) {
			t.Fatal("irreflexive")
		}
		if before(a, b) == before(b, a) {
			t.Fatal("not total or not asymmetric")
		}
		if before(a, b) && before(b, c) && !before(a, c) {
			t.Fatal("not transitive")
		}
	})
}

// The ranks do not depend on the order the decisions come in, and the
// selection is the same: the sort is deterministic.
func TestRankPermutationProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 30).Draw(t, "n")
		apps := make([]app, n)
		for i := range apps {
			apps[i] = app{
				town:   rapid.SampledFrom([]string{"甲镇", "乙镇", "丙镇"}).Draw(t, "town"),
				level:  rapid.SampledFrom([]string{roster.LevelSevere, roster.LevelMarked, roster.LevelModerate, ""}).Draw(t, "level"),
				income: rapid.Int64Range(-1, 3).Draw(t, "income") * 1000,
				size:   rapid.IntRange(0, 3).Draw(t, "size"),
				day:    rapid.IntRange(1, 3).Draw(t, "day"),
			}
		}
		p := testPolicy()
		p.Quota.Scope = rapid.SampledFrom(policy.Scopes).Draw(t, "scope")
		wb := roster.Workbook{Members: roster.NewMemberList(append(append(members("甲镇", 200), members("乙镇", 100)...), members("丙镇", 60)...)...), HasRoster: true}
		ds := decisions(apps...)
		Apply(ds, &wb, p)
		perm := rapid.Permutation(decisions(apps...)).Draw(t, "perm")
		Apply(perm, &wb, p)
		byRow := map[int]eligibility.Decision{}
		for _, d := range perm {
			byRow[d.Applicant.Row] = d
		}
		seen := map[int]bool{}
		for _, d := range ds {
			e := byRow[d.Applicant.Row]
			if d.Rank != e.Rank || d.Verdict != e.Verdict || d.Amount != e.Amount {
				t.Fatalf("row %d: %d %s %v vs %d %s %v", d.Applicant.Row, d.Rank, d.Verdict, d.Amount, e.Rank, e.Verdict, e.Amount)
			}
			if d.Rank < 1 || d.Rank > n || seen[d.Rank] {
				t.Fatalf("rank %d repeated or out of range", d.Rank)
			}
			seen[d.Rank] = true
		}
	})
}

// BenchmarkApply budgets a banner of 100,000 members in 20 townships with
// 5,000 eligible applicants.
func BenchmarkApply(b *testing.B) {
	var ms []roster.Member
	for t := range 20 {
		ms = append(ms, members(fmt.Sprintf("镇%02d", t), 5000)...)
	}
	wb := roster.Workbook{Members: roster.NewMemberList(ms...), HasRoster: true}
	apps := make([]app, 5000)
	levels := []string{roster.LevelSevere, roster.LevelMarked, roster.LevelModerate, ""}
	for i := range apps {
		apps[i] = app{town: fmt.Sprintf("镇%02d", i%20), level: levels[i%4], income: int64(i % 97 * 100), size: 1 + i%5, day: 1 + i%28}
	}
	p := testPolicy()
	p.Quota.Scope = "township"
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		ds := decisions(apps...)
		b.StartTimer()
		Apply(ds, &wb, p)
	}
}

// objecting marks ds[i] as waiting only on an objection under review.
func objecting(d *eligibility.Decision) {
	d.Verdict = eligibility.Pending
	d.Reasons = []eligibility.Reason{{Code: eligibility.CodeObjectionPending, Clause: "§6.3.5", Waits: true}}
}

// Held seats: seats (selected and held) never exceed the quota, or any
// township's quota plus the places other townships left; an applicant
// under objection keeps exactly the seat he or she would have without the
// objection, so a held seat is never given to the waitlist; and upholding
// the objection frees the seat for the next on the waitlist.
func TestHeldSeatProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 30).Draw(t, "n")
		apps := make([]app, n)
		objection := make([]bool, n)
		for i := range apps {
			apps[i] = app{
				town:   rapid.SampledFrom([]string{"甲镇", "乙镇", "丙镇"}).Draw(t, "town"),
				level:  rapid.SampledFrom([]string{roster.LevelSevere, roster.LevelMarked, roster.LevelModerate}).Draw(t, "level"),
				income: rapid.Int64Range(0, 5).Draw(t, "income") * 1000,
				size:   rapid.IntRange(1, 3).Draw(t, "size"),
				day:    rapid.IntRange(1, 3).Draw(t, "day"),
			}
			objection[i] = rapid.IntRange(0, 3).Draw(t, "objection") == 0
		}
		p := testPolicy()
		p.Quota.Scope = rapid.SampledFrom(policy.Scopes).Draw(t, "scope")
		count := rapid.IntRange(0, 600).Draw(t, "members")
		wb := roster.Workbook{Members: roster.NewMemberList(append(append(members("甲镇", count), members("乙镇", count/2)...), members("丙镇", count/3)...)...), HasRoster: true}

		held := decisions(apps...)
		for i := range held {
			if objection[i] {
				objecting(&held[i])
			}
		}
		plan, _ := Apply(held, &wb, p)
		seats := 0
		for _, d := range held {
			if d.Held && (d.Verdict != eligibility.Pending || d.Rank < 1 || d.Amount <= 0) {
				t.Fatalf("row %d held as %s rank %d amount %v", d.Applicant.Row, d.Verdict, d.Rank, d.Amount)
			}
			if d.Held || d.Verdict == eligibility.Eligible {
				seats++
			}
			if d.Verdict == eligibility.Pending && !d.Held && d.Rank != 0 {
				t.Fatalf("row %d: pending outside the quota ranked %d", d.Applicant.Row, d.Rank)
			}
		}
		if seats != min(plan.Quota, n) || seats != plan.Selected+plan.Held {
			t.Fatalf("%d seats (%d selected, %d held) for a quota of %d", seats, plan.Selected, plan.Held, plan.Quota)
		}

		// Without the objections (rejected): the same people have seats.
		clear := decisions(apps...)
		Apply(clear, &wb, p)
		for i := range held {
			hasSeat := held[i].Held || held[i].Verdict == eligibility.Eligible
			if hasSeat != (clear[i].Verdict == eligibility.Eligible) {
				t.Fatalf("row %d: seat %v under objection, %v without", held[i].Applicant.Row, hasSeat, clear[i].Verdict == eligibility.Eligible)
			}
		}

		// Upheld (the applicant excluded): the seat goes to the waitlist;
		// the seats are as many as without the objections, or the
		// candidates left.
		upheld := decisions(apps...)
		candidates := 0
		for i := range upheld {
			if objection[i] && held[i].Held {
				upheld[i].Verdict = eligibility.Ineligible
				continue
			}
			candidates++
		}
		up, _ := Apply(upheld, &wb, p)
		if up.Held != 0 || up.Selected != min(up.Quota, candidates) {
			t.Fatalf("upheld: %d selected, quota %d, %d candidates (were %d seats)", up.Selected, up.Quota, candidates, plan.Selected+plan.Held)
		}
	})
}
