package budget

import (
	"math/big"
	"sort"
)

// Apportion divides quota among townships in proportion to members by the
// largest remainder method (see the package doc): the parts add up to
// quota (when some township has members), and each part is the floor or
// the ceiling of its exact share quota × members[i] / Σ members. Equal
// remainders go to more members first, then to the name first in Unicode
// order. names[i] is township i's name; names are distinct.
func Apportion(quota int, members []int, names []string) []int {
	parts := make([]int, len(members))
	total := new(big.Int)
	for _, m := range members {
		total.Add(total, big.NewInt(int64(max(m, 0))))
	}
	if total.Sign() == 0 || quota <= 0 {
		return parts
	}
	q := big.NewInt(int64(quota))
	rems := make([]*big.Int, len(members))
	given := 0
	for i, m := range members {
		num := new(big.Int).Mul(q, big.NewInt(int64(max(m, 0))))
		whole, rem := new(big.Int).QuoRem(num, total, new(big.Int))
		parts[i] = int(whole.Int64())
		rems[i] = rem
		given += parts[i]
	}
	idx := make([]int, len(members))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		i, j := idx[a], idx[b]
		if c := rems[i].Cmp(rems[j]); c != 0 {
			return c > 0
		}
		if members[i] != members[j] {
			return members[i] > members[j]
		}
		return names[i] < names[j]
	})
	// The seats left are fewer than the townships with a remainder, since
	// the remainders add up to them (in units of total).
	for k := 0; k < quota-given && k < len(idx); k++ {
		parts[idx[k]]++
	}
	return parts
}
