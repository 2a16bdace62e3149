package roster

import "iter"

// MemberList is the members roster as read. A province's roster holds a
// million rows, so the list is reached only through these methods: how it
// is kept in memory is the reader's business (see README, "Province
// scale"), and every caller sees whole Member values.
type MemberList struct {
	ms []Member
}

// NewMemberList returns a list holding ms, in order (for tests and for
// rosters assembled by hand).
func NewMemberList(ms ...Member) MemberList { return MemberList{ms: append([]Member(nil), ms...)} }

// Len returns the number of rows read.
func (l *MemberList) Len() int { return len(l.ms) }

// At returns the i-th row read (0-based, in sheet order).
func (l *MemberList) At(i int) Member { return l.ms[i] }

// All yields every row in sheet order with its index.
func (l *MemberList) All() iter.Seq2[int, Member] {
	return func(yield func(int, Member) bool) {
		for i := range l.ms {
			if !yield(i, l.ms[i]) {
				return
			}
		}
	}
}

// Append adds a row at the end.
func (l *MemberList) Append(m Member) { l.ms = append(l.ms, m) }

// SetInvalid marks the i-th row as having an error.
func (l *MemberList) SetInvalid(i int) { l.ms[i].Invalid = true }
