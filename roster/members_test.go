package roster

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"pgregory.net/rapid"
)

// Every member put into the list comes out whole: identity numbers valid
// or not (a test's 甲镇-000001, a 15-digit one, X), phones with a leading
// 0 or a dash, dates, every text; texts beyond maxMemberText are cut at
// a character.
func TestMemberListRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		text := rapid.OneOf(rapid.SampledFrom([]string{"", "乌加河镇", "海流图镇", "男", "女", "汉族", "蒙古族", "正式党员", "预备党员", "巴特尔·朝鲁"}), rapid.String())
		id := rapid.OneOf(rapid.SampledFrom([]string{"", rdMale1, rdFemale1, "15082419820916107X", "甲镇-000001", "150824820916107", "000000000000000000", "99999999999999999X"}),
			rapid.StringMatching(`[0-9]{17}[0-9X]`), rapid.String())
		phone := rapid.OneOf(rapid.StringMatching(`0?[0-9]{0,17}`), rapid.SampledFrom([]string{"0478-6212345", "+86 139 0478 1234"}), rapid.String())
		day := rapid.Custom(func(t *rapid.T) Day {
			if rapid.Bool().Draw(t, "zero") {
				return Day{}
			}
			return Day{rapid.IntRange(1, 9999).Draw(t, "y"), time_Month(rapid.IntRange(1, 12).Draw(t, "m")), rapid.IntRange(1, 31).Draw(t, "d")}
		})
		ms := rapid.SliceOfN(rapid.Custom(func(t *rapid.T) Member {
			return Member{
				Row: rapid.IntRange(1, maxRows).Draw(t, "row"), Name: text.Draw(t, "name"), IDNumber: id.Draw(t, "id"),
				Gender: text.Draw(t, "gender"), Ethnicity: text.Draw(t, "eth"), BirthDate: day.Draw(t, "birth"),
				Township: text.Draw(t, "town"), Branch: text.Draw(t, "branch"), MemberType: text.Draw(t, "type"),
				JoinDate: day.Draw(t, "join"), Phone: phone.Draw(t, "phone"), Invalid: rapid.Bool().Draw(t, "invalid"),
			}
		}), 0, 40).Draw(t, "members")
		l := NewMemberList(ms...)
		if l.Len() != len(ms) {
			t.Fatalf("%d members, want %d", l.Len(), len(ms))
		}
		for i, m := range ms {
			want := m
			want.Name, want.Gender, want.Ethnicity = cutText(m.Name), cutText(m.Gender), cutText(m.Ethnicity)
			want.Township, want.Branch, want.MemberType = cutText(m.Township), cutText(m.Branch), cutText(m.MemberType)
			want.IDNumber, want.Phone = cutText(m.IDNumber), cutText(m.Phone)
			if got := l.At(i); got != want {
				t.Fatalf("member %d:\n%+v\nwant\n%+v", i, got, want)
			}
			// Find gives the first row with the number.
			if m.IDNumber != "" {
				j, ok := l.Find(m.IDNumber)
				first := slices.IndexFunc(ms, func(o Member) bool { return cutText(o.IDNumber) == cutText(m.IDNumber) })
				if !ok || j != first {
					t.Fatalf("Find(%q) = %d %v, want %d", m.IDNumber, j, ok, first)
				}
			}
		}
		// Distinct: each number once (its first row), rows without one all.
		var got, want []int
		for i := range l.Distinct() {
			got = append(got, i)
		}
		seen := map[string]bool{}
		for i, m := range ms {
			if k := cutText(m.IDNumber); k == "" || !seen[k] {
				want = append(want, i)
				seen[k] = k != ""
			}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("Distinct %v, want %v", got, want)
		}
		if _, ok := l.Find("not on the roster"); ok {
			t.Fatal("found a number not on the roster")
		}
		// truncate forgets the last rows, names included.
		n := rapid.IntRange(0, len(ms)).Draw(t, "keep")
		l.truncate(n)
		l.Append(Member{Row: 9, Name: "新"})
		if l.Len() != n+1 || l.At(n).Name != "新" || n > 0 && l.At(n-1).Name != cutText(ms[n-1].Name) {
			t.Fatalf("after truncate(%d): %d rows", n, l.Len())
		}
	})
}

func time_Month(m int) time.Month { return time.Month(m) }

// A row of the list stays small: a province's roster is a million rows.
func TestMemberRecSize(t *testing.T) {
	if n := unsafe.Sizeof(memberRec{}); n > 40 {
		t.Errorf("a member takes %d bytes", n)
	}
}

// The rows with a readable number on more than one row are found by the
// index, in order.
func TestMemberListDuplicates(t *testing.T) {
	var l MemberList
	ids := []string{rdMale1, rdFemale1, rdMale1, "甲镇-1", "甲镇-1", rdMale1, ""}
	for i, id := range ids {
		l.add(Member{Row: i + 2, IDNumber: id}, id != "" && i != 4)
	}
	var groups []string
	l.duplicates(func(rows []int) { groups = append(groups, fmt.Sprint(rows)) })
	if got := strings.Join(groups, " "); got != "[0 2 5]" {
		t.Errorf("duplicates %s", got)
	}
}
