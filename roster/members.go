package roster

import (
	"iter"
	"slices"
	"sort"
	"time"
	"unicode/utf8"
	"unsafe"
)

// MemberList is the members roster as read. A province's roster holds a
// million rows, so the list is reached only through these methods and
// keeps each row in 40 bytes and its name (see README, "Province
// scale"): the identity number and the phone packed into integers, what
// rows share (township, branch, gender, ethnicity, member type) interned
// as one profile, the names in one byte slice. Every caller sees whole Member
// values. Texts are kept up to maxMemberText bytes (no name or place is
// that long; a longer cell is cut at a character boundary).
//
// A MemberList is not safe for concurrent use while it is appended to.
type MemberList struct {
	recs     []memberRec
	names    []byte // every row's name, one after the other
	texts    []byte // phones that are not digits alone (packPhone)
	profiles []memberProfile
	profN    map[memberProfile]uint32
	other    strPool // identity numbers that do not pack (see packID)

	index []uint32 // the rows with a number, sorted by it (built on first need)
}

// maxMemberText bounds the bytes of a member's name, township and branch
// kept in the list.
const maxMemberText = 255

type memberRec struct {
	id      uint64 // packID, otherID|n for other[n], or 0 when none
	nameOff uint32 // the name is names[nameOff:next row's nameOff]
	row     uint32 // the sheet row, and the flags below
	profile uint32 // profiles
	birth   int32  // packDay
	join    int32
	phone   uint64 // packPhone
}

// Flags kept in memberRec.row above the row number (rows need 21 bits).
const (
	recInvalid = 1 << 30
	recIDOK    = 1 << 29 // the number was read without an error (duplicates are checked among these)
	recRowMask = 1<<29 - 1
)

// memberProfile is what rows share: few distinct values each.
type memberProfile struct{ town, branch, gender, ethnicity, memberType string }

// strPool interns strings.
type strPool struct {
	strs []string
	ids  map[string]uint32
}

func (p *strPool) id(s string) uint32 {
	if n, ok := p.ids[s]; ok {
		return n
	}
	if p.ids == nil {
		p.ids = map[string]uint32{}
	}
	s = cutText(s)
	if n, ok := p.ids[s]; ok {
		return n
	}
	s = string([]byte(s)) // a copy, so that no larger text is kept alive
	n := uint32(len(p.strs))
	p.strs = append(p.strs, s)
	p.ids[s] = n
	return n
}

func clone(s string) string { return string([]byte(s)) }

// cutText cuts s to maxMemberText bytes at a character boundary.
func cutText(s string) string {
	if len(s) <= maxMemberText {
		return s
	}
	n := maxMemberText
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// NewMemberList returns a list holding ms, in order (for tests and for
// rosters assembled by hand).
func NewMemberList(ms ...Member) MemberList {
	var l MemberList
	for _, m := range ms {
		l.Append(m)
	}
	return l
}

// Len returns the number of rows read.
func (l *MemberList) Len() int { return len(l.recs) }

// At returns the i-th row read (0-based, in sheet order).
func (l *MemberList) At(i int) Member {
	r := &l.recs[i]
	end := uint32(len(l.names))
	if i+1 < len(l.recs) {
		end = l.recs[i+1].nameOff
	}
	k := &l.profiles[r.profile]
	return Member{
		Row:        int(r.row & recRowMask),
		Name:       arenaString(l.names[r.nameOff:end]),
		IDNumber:   l.idText(r.id),
		Gender:     k.gender,
		Ethnicity:  k.ethnicity,
		BirthDate:  unpackDay(r.birth),
		Township:   k.town,
		Branch:     k.branch,
		MemberType: k.memberType,
		JoinDate:   unpackDay(r.join),
		Phone:      l.phoneText(r.phone),
		Invalid:    r.row&recInvalid != 0,
	}
}

// arenaString returns the text of b, which is never written again.
func arenaString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// All yields every row in sheet order with its index.
func (l *MemberList) All() iter.Seq2[int, Member] {
	return func(yield func(int, Member) bool) {
		for i := range l.recs {
			if !yield(i, l.At(i)) {
				return
			}
		}
	}
}

// eachTownship calls fn with the sheet row and the township, as read,
// of every row in order (without making the rows' other values).
func (l *MemberList) eachTownship(fn func(row int, town string)) {
	for i := range l.recs {
		r := &l.recs[i]
		fn(int(r.row&recRowMask), l.profiles[r.profile].town)
	}
}

// Append adds a row at the end.
func (l *MemberList) Append(m Member) { l.add(m, false) }

// add appends a row; idOK says its number was read without an error.
func (l *MemberList) add(m Member, idOK bool) {
	k := memberProfile{cutText(m.Township), cutText(m.Branch), cutText(m.Gender), cutText(m.Ethnicity), cutText(m.MemberType)}
	kn, ok := l.profN[k]
	if !ok {
		if l.profN == nil {
			l.profN = map[memberProfile]uint32{}
		}
		// Copies, so that no larger text is kept alive.
		k = memberProfile{clone(k.town), clone(k.branch), clone(k.gender), clone(k.ethnicity), clone(k.memberType)}
		kn = uint32(len(l.profiles))
		l.profiles = append(l.profiles, k)
		l.profN[k] = kn
	}
	r := memberRec{
		id:      l.packID(m.IDNumber),
		nameOff: uint32(len(l.names)),
		row:     uint32(min(max(m.Row, 0), recRowMask)),
		profile: kn,
		birth:   packDay(m.BirthDate),
		join:    packDay(m.JoinDate),
		phone:   l.packPhone(m.Phone),
	}
	if m.Invalid {
		r.row |= recInvalid
	}
	if idOK {
		r.row |= recIDOK
	}
	l.names = append(l.names, cutText(m.Name)...)
	l.recs = append(l.recs, r)
	l.index = nil
}

// grow makes room for n rows in all.
func (l *MemberList) grow(n int) {
	if n > len(l.recs) {
		l.recs = slices.Grow(l.recs, n-len(l.recs))
	}
}

// SetInvalid marks the i-th row as having an error.
func (l *MemberList) SetInvalid(i int) { l.recs[i].row |= recInvalid }

// truncate drops the rows from the n-th on (a sheet read again).
func (l *MemberList) truncate(n int) {
	if n >= len(l.recs) {
		return
	}
	l.names = l.names[:l.recs[n].nameOff]
	l.recs = l.recs[:n]
	l.index = nil
}

// Find returns the index of the first row with identity number id.
func (l *MemberList) Find(id string) (int, bool) {
	if id == "" {
		return 0, false
	}
	key, ok := l.lookupID(id)
	if !ok {
		return 0, false
	}
	perm := l.sorted()
	j := sort.Search(len(perm), func(j int) bool { return l.recs[perm[j]].id >= key })
	if j == len(perm) || l.recs[perm[j]].id != key {
		return 0, false
	}
	return int(perm[j]), true
}

// Distinct yields, in sheet order, the first row of each identity number
// and every row without one: each person on the roster once.
func (l *MemberList) Distinct() iter.Seq2[int, Member] {
	return func(yield func(int, Member) bool) {
		later := l.laterRows()
		for i := range l.recs {
			if later[i/64]&(1<<(i%64)) != 0 {
				continue
			}
			if !yield(i, l.At(i)) {
				return
			}
		}
	}
}

// laterRows is a bit set of the rows whose number an earlier row has.
func (l *MemberList) laterRows() []uint64 {
	set := make([]uint64, (len(l.recs)+63)/64)
	perm := l.sorted()
	for j := 1; j < len(perm); j++ {
		if l.recs[perm[j]].id == l.recs[perm[j-1]].id {
			i := perm[j]
			set[i/64] |= 1 << (i % 64)
		}
	}
	return set
}

// duplicates calls fn with the rows (in order) of each identity number
// read without an error on more than one row.
func (l *MemberList) duplicates(fn func(rows []int)) {
	perm := l.sorted()
	var group []int
	flush := func() {
		if len(group) > 1 {
			fn(group)
		}
		group = group[:0]
	}
	for j, i := range perm {
		if j > 0 && l.recs[i].id != l.recs[perm[j-1]].id {
			flush()
		}
		if l.recs[i].row&recIDOK != 0 {
			group = append(group, int(i))
		}
	}
	flush()
}

// sorted returns the rows with a number, ordered by number then row,
// building the index on first need.
func (l *MemberList) sorted() []uint32 {
	if l.index != nil || len(l.recs) == 0 {
		return l.index
	}
	type entry struct {
		id uint64
		i  uint32
	}
	es := make([]entry, 0, len(l.recs))
	for i, r := range l.recs {
		if r.id != 0 {
			es = append(es, entry{r.id, uint32(i)})
		}
	}
	slices.SortFunc(es, func(a, b entry) int {
		switch {
		case a.id < b.id:
			return -1
		case a.id > b.id:
			return 1
		case a.i < b.i:
			return -1
		case a.i > b.i:
			return 1
		}
		return 0
	})
	l.index = make([]uint32, len(es))
	for j, e := range es {
		l.index[j] = e.i
	}
	return l.index
}

// Identity numbers are packed into integers: the 17 digits and the check
// character (0-9, X as 10) of a normalised 18-character number as
// digits×11+check+1, below 2^61. Any other text (a 15-digit number, a
// made-up number in a test) is interned, marked by otherID.
const otherID = 1 << 62

func packID18(id string) (uint64, bool) {
	if len(id) != 18 {
		return 0, false
	}
	var n uint64
	for i := 0; i < 17; i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	switch c := id[17]; {
	case c >= '0' && c <= '9':
		n = n*11 + uint64(c-'0')
	case c == 'X':
		n = n*11 + 10
	default:
		return 0, false
	}
	return n + 1, true
}

func (l *MemberList) packID(id string) uint64 {
	if id == "" {
		return 0
	}
	if n, ok := packID18(id); ok {
		return n
	}
	return otherID | uint64(l.other.id(id))
}

// lookupID packs id without interning it.
func (l *MemberList) lookupID(id string) (uint64, bool) {
	if n, ok := packID18(id); ok {
		return n, true
	}
	n, ok := l.other.ids[cutText(id)]
	return otherID | uint64(n), ok
}

func (l *MemberList) idText(n uint64) string {
	switch {
	case n == 0:
		return ""
	case n&otherID != 0:
		return l.other.strs[n&^otherID]
	}
	n--
	var b [18]byte
	if c := n % 11; c == 10 {
		b[17] = 'X'
	} else {
		b[17] = byte('0' + c)
	}
	n /= 11
	for i := 16; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[:])
}

// packDay keeps a Day in an int32 (0 for the zero Day).
func packDay(d Day) int32 {
	if d.IsZero() {
		return 0
	}
	return int32(d.Y)<<9 | int32(d.M)<<5 | int32(d.D)
}

func unpackDay(n int32) Day {
	if n == 0 {
		return Day{}
	}
	return Day{Y: int(n >> 9), M: time.Month(n >> 5 & 15), D: int(n & 31)}
}

// Phones are packed as their digits and their count (up to 17 digits:
// a leading 0 is kept), or, when they hold anything else (0478-6212345),
// as where their text is in texts.
const phoneText = 1 << 63

func (l *MemberList) packPhone(p string) uint64 {
	if p == "" {
		return 0
	}
	if len(p) <= 17 {
		var n uint64
		digits := true
		for i := 0; i < len(p) && digits; i++ {
			c := p[i]
			digits = c >= '0' && c <= '9'
			n = n*10 + uint64(c-'0')
		}
		if digits {
			return uint64(len(p))<<58 | n
		}
	}
	p = cutText(p)
	off := uint64(len(l.texts))
	l.texts = append(l.texts, p...)
	return phoneText | off<<8 | uint64(len(p))
}

func (l *MemberList) phoneText(n uint64) string {
	switch {
	case n == 0:
		return ""
	case n&phoneText != 0:
		off, size := (n&^phoneText)>>8, n&255
		return arenaString(l.texts[off : off+size])
	}
	size, v := int(n>>58), n&(1<<58-1)
	b := make([]byte, size)
	for i := size - 1; i >= 0; i-- {
		b[i] = byte('0' + v%10)
		v /= 10
	}
	return string(b)
}
