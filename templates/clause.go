package templates

import (
	"strconv"
	"strings"
)

// ClauseText writes the clause ids of a reason ("§4.1", "§4.2, §4.3",
// "§6.3.3") as a letter cites the policy document, whose parts are
// numbered 一、二… and their items （一）（二）…: 第四部分第（一）项;
// 第四部分第（二）项、第（三）项; 第六部分第（三）项第三点. Text that is not
// a clause id gives "".
func ClauseText(ids string) string {
	var parts []string
	prev := ""
	for _, id := range strings.Split(ids, ",") {
		nums, ok := clauseNumbers(strings.TrimSpace(id))
		if !ok {
			return ""
		}
		part := "第" + ChineseNumber(nums[0]) + "部分"
		var b strings.Builder
		if part != prev {
			b.WriteString(part)
		}
		prev = part
		if len(nums) > 1 {
			b.WriteString("第（" + ChineseNumber(nums[1]) + "）项")
		}
		if len(nums) > 2 {
			b.WriteString("第" + ChineseNumber(nums[2]) + "点")
		}
		parts = append(parts, b.String())
	}
	return strings.Join(parts, "、")
}

// clauseNumbers reads "§6.3.3" as 6, 3, 3 (one to three numbers, 1–99).
func clauseNumbers(id string) ([]int, bool) {
	rest, ok := strings.CutPrefix(id, "§")
	if !ok || rest == "" {
		return nil, false
	}
	fields := strings.Split(rest, ".")
	if len(fields) > 3 {
		return nil, false
	}
	nums := make([]int, len(fields))
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > 99 {
			return nil, false
		}
		nums[i] = n
	}
	return nums, true
}
