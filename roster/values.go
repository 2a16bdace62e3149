package roster

// The value parsers: each reads one cell as a clerk typed it and returns
// the normalised value and what is wrong with it. Identity numbers are in
// idnumber.go, dates in dates.go, headers and sheet names in header.go.
// An empty cell is never an issue here: whether a value is required is
// the reader's business.

import (
	"errors"
	"math/big"
	"slices"
	"strings"
	"sync"
	"unicode"

	"relief/i18n"
	"relief/money"
)

// issue is what a value parser found wrong with one cell; the reader turns
// it into a Problem with the sheet, cell, row, field and raw value.
type issue struct {
	Sev  Severity
	Code string
	Msg  i18n.Msg
}

// maxWhole bounds whole numbers: no count in a roster comes near it.
const maxWhole = 1_000_000_000

// parseWhole reads a whole number ≥ min: "12", "12.0" (number cells),
// full-width digits, "1,200", "12人". A negative number, a fraction or a
// number below min is a bad-number issue. An empty cell is 0 and no issue.
func parseWhole(raw string, numeric bool, min int) (int, *issue) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return 0, nil
	}
	var r *big.Rat
	if numeric {
		r = cellNumber(s)
	}
	if r == nil {
		r = wholeText(s)
	}
	bad := func(key string, args ...any) (int, *issue) {
		return 0, &issue{SevError, "bad-number", i18n.M(key, args...)}
	}
	switch {
	case r == nil:
		return bad("roster.bad-number")
	case r.Sign() < 0:
		return bad("roster.bad-number-negative")
	case !r.IsInt():
		return bad("roster.bad-number-fraction")
	case r.Cmp(big.NewRat(maxWhole, 1)) > 0:
		return bad("roster.bad-number-large")
	}
	n := int(r.Num().Int64())
	if n < min {
		return bad("roster.bad-number-min", min)
	}
	return n, nil
}

// cellNumber reads the raw value of a number cell exactly ("12",
// "1.2E+1"), rounding away the binary noise of formulas (12.000000000000002).
func cellNumber(s string) *big.Rat {
	if len(s) > 40 || strings.ContainsAny(s, "eE") && !boundedExponent(s) {
		return nil
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil
	}
	if !r.IsInt() {
		// Nearest integer within 1e-9 is binary noise, not a fraction.
		q := new(big.Rat).Add(r, big.NewRat(1, 2))
		n := new(big.Int).Div(q.Num(), q.Denom()) // floor(r + ½)
		d := new(big.Rat).Sub(r, new(big.Rat).SetInt(n))
		if d.Abs(d).Cmp(big.NewRat(1, 1_000_000_000)) < 0 {
			return new(big.Rat).SetInt(n)
		}
	}
	return r
}

// boundedExponent reports whether the exponent of s has at most 3 digits,
// so that big.Rat does not expand 1E+999999999.
func boundedExponent(s string) bool {
	i := strings.IndexAny(s, "eE")
	e := strings.TrimLeft(s[i+1:], "+-")
	return len(e) > 0 && len(e) <= 3
}

// wholeUnits are the counting words clerks write after a number.
const wholeUnits = "人口票名个户位次"

// wholeText reads a number typed as text, or returns nil.
func wholeText(s string) *big.Rat {
	t := strings.TrimRight(strings.TrimSpace(foldForm(s)), wholeUnits)
	var b strings.Builder
	for _, c := range t {
		switch {
		case c >= '0' && c <= '9', c == '.', c == '-', c == '+':
			b.WriteRune(c)
		case c == '−':
			b.WriteByte('-')
		case c == ',', c == '_', c == '\'', unicode.IsSpace(c):
		default:
			return nil
		}
	}
	t = strings.TrimSuffix(b.String(), ".")
	if t == "" || t == "-" || t == "+" || strings.Count(t, ".") > 1 || strings.LastIndexAny(t, "+-") > 0 {
		return nil
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok {
		return nil
	}
	return r
}

// parseMoney reads a sum of money: text through money.Parse ("12,000",
// "12000元", "￥12000.50", full-width digits), a number cell exactly through
// money.FromCellNumber. A negative sum is a bad-number issue. An empty cell
// is 0 and no issue.
func parseMoney(raw string, numeric bool) (money.Amount, *issue) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return 0, nil
	}
	var a money.Amount
	var err error
	if numeric {
		if len(s) > 40 || strings.ContainsAny(s, "eE") && !boundedExponent(s) {
			err = money.ErrRange
		} else {
			a, err = money.FromCellNumber(s)
		}
		if errors.Is(err, money.ErrSyntax) {
			a, err = money.Parse(s)
		}
	} else {
		a, err = money.Parse(s)
	}
	key := ""
	switch {
	case errors.Is(err, money.ErrPrecision):
		key = "roster.bad-money-precision"
	case errors.Is(err, money.ErrRange):
		key = "roster.bad-money-large"
	case err != nil:
		key = "roster.bad-money"
	case a < 0:
		key = "roster.bad-money-negative"
	}
	if key != "" {
		return 0, &issue{SevError, "bad-number", i18n.M(key)}
	}
	return a, nil
}

// choiceSynonyms are the other ways clerks write a value, by normalised
// text (see normValue). A synonym counts only for a field whose values
// include its target.
var choiceSynonyms = map[string]string{
	"男性": Male, "女性": Female,
	"正式": Formal, "预备": Probationary,
	"y": Yes, "yes": Yes, "true": Yes, "1": Yes, "已脱贫": Yes,
	"n": No, "no": No, "false": No, "0": No, "未脱贫": No,
	"有异议": ObjectionPending, "异议待复核": ObjectionPending,
	// The evaluation form's 表现情况, as people answer it (好 较好 一般 差
	// on the form's list).
	"良好": ConductGood, "优秀": ConductGood, "很好": ConductGood, "比较好": ConductFair,
	"较差": ConductPoor, "不好": ConductPoor,
}

// noneWords say "none" in a list, or "no objection" where 无 is a value.
var noneWords = []string{None, "没有", "否", "无此情况", "无此情形", "无异议", "没有异议", "不存在"}

// listSynonyms are the other ways clerks write an item of a list, by
// normalised text: the policy document's own wording (子女赡养能力低下),
// and 脱贫户, a household still supported by the poverty-alleviation
// programme, which is 扶贫 aid (§4.4). Like choiceSynonyms, one counts
// only for a field whose values include its target.
var listSynonyms = map[string]string{
	"子女赡养能力低下": CauseChildrenLow, "子女无赡养能力": CauseChildrenLow, "子女赡养能力弱": CauseChildrenLow,
	"子女赡养能力差": CauseChildrenLow, "本人无自理能力": CauseNoSelfCare, "生活不能自理": CauseNoSelfCare,
	"丧失自理能力": CauseNoSelfCare, "脱贫户": AidPoverty, "建档立卡户": AidPoverty, "建档立卡贫困户": AidPoverty,
}

// normValue is the form values are compared in: width folded, notes in
// brackets, spaces and a closing full stop removed, traditional characters
// simplified, ASCII lower-cased.
func normValue(s string) string {
	s = stripBracketNotes(foldForm(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		default:
			b.WriteRune(simplifyHan(r))
		}
	}
	return strings.TrimRight(b.String(), ".。!")
}

// isBlankMark reports whether s is only the dashes or slashes clerks put
// in a cell to say "nothing here".
func isBlankMark(s string) bool {
	return s != "" && strings.Trim(s, "-—–/\\_~") == ""
}

// parseChoice reads one of f.Values: width, spaces, case and traditional
// characters are ignored, a few obvious synonyms (男性, 正式, yes, 已脱贫 …)
// are accepted, and an empty cell or a lone dash is f.Default. Anything
// else is a bad-value issue naming the allowed values.
func parseChoice(raw string, f *Field) (string, *issue) {
	n := normValue(raw)
	if n == "" || isBlankMark(n) {
		return f.Default, nil
	}
	if v, ok := valuesOf(f)[n]; ok {
		return v, nil
	}
	if t, ok := choiceSynonyms[n]; ok && slices.Contains(f.Values, t) {
		return t, nil
	}
	if slices.Contains(f.Values, None) && slices.Contains(noneWords, n) {
		return None, nil
	}
	return "", &issue{SevError, "bad-value", i18n.M("roster.bad-value", strings.Join(f.Values, "/"))}
}

// valueIndex is, per field, its values by normalised text. Built once per
// field on first use (the schema never changes while the program runs).
var valueIndex sync.Map // *Field → map[string]string

func valuesOf(f *Field) map[string]string {
	if m, ok := valueIndex.Load(f); ok {
		return m.(map[string]string)
	}
	m := map[string]string{}
	for _, v := range f.Values {
		m[normValue(v)] = v
	}
	valueIndex.Store(f, m)
	return m
}

// isListSep reports whether r separates the items of a list.
func isListSep(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("、,;/|", r)
}

// parseList reads a list of f.Values separated by any of 、，,；;/ or
// white space, in any width and in traditional characters; notes in
// brackets are ignored (疾病（尿毒症）) and a few synonyms are accepted
// (listSynonyms). 无, 没有, 否, a lone dash or slash, and an empty cell are
// the empty list (nil). An item that is not a value is a bad-value issue
// naming the allowed values. The result has no duplicates and follows the
// order of f.Values. (A field whose other text counts as a value, the
// conduct column, is read by parseConduct.)
func parseList(raw string, f *Field) ([]string, *issue) {
	s := stripBracketNotes(foldForm(raw))
	whole := normValue(s)
	if whole == "" || isBlankMark(whole) || slices.Contains(noneWords, whole) {
		return nil, nil
	}
	found := map[string]bool{}
	var unknown []string
	for _, item := range strings.FieldsFunc(s, isListSep) {
		n := normValue(item)
		if n == "" || isBlankMark(n) || slices.Contains(noneWords, n) {
			continue
		}
		v := valuesOf(f)[n]
		if t, ok := listSynonyms[n]; v == "" && ok && slices.Contains(f.Values, t) {
			v = t
		}
		if v == "" {
			unknown = append(unknown, strings.TrimSpace(item))
			continue
		}
		found[v] = true
	}
	var out []string
	for _, v := range f.Values {
		if found[v] {
			out = append(out, v)
		}
	}
	if len(unknown) > 0 {
		return out, &issue{SevError, "bad-value", i18n.M("roster.bad-value-list",
			strings.Join(unknown, "、"), strings.Join(f.Values, "/"))}
	}
	return out, nil
}

// nameDots are the characters clerks and input methods write for the
// middle dot of transcribed names (阿拉坦·其其格).
const nameDots = "\u00b7\u2022\u30fb\u2027\uff0e.\uff65\u2219\u22c5\u0387\u16eb\u2e31"

// normalizeName trims a name, removes the spaces between Chinese
// characters (张 三 → 张三) and around a middle dot while keeping single
// spaces between Latin words, and writes every middle-dot look-alike
// between two letters as U+00B7. An ASCII or full-width full stop counts
// as a dot only between Chinese characters, so Latin initials (J.K.) stay.
func normalizeName(raw string) string {
	if plainName(raw) {
		return raw
	}
	var rs []rune
	for _, r := range raw {
		if !isInvisible(r) {
			rs = append(rs, r)
		}
	}
	rs = []rune(strings.TrimSpace(string(rs)))
	// next returns the first non-space rune at or after i (or 0).
	next := func(i int) rune {
		for ; i < len(rs); i++ {
			if !unicode.IsSpace(rs[i]) {
				return rs[i]
			}
		}
		return 0
	}
	var out []rune
	prev := func() rune {
		for i := len(out) - 1; i >= 0; i-- {
			if out[i] != ' ' {
				return out[i]
			}
		}
		return 0
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !strings.ContainsRune(nameDots, r) {
			out = append(out, r)
			continue
		}
		p, q := prev(), next(i+1)
		han := unicode.Is(unicode.Han, p) && unicode.Is(unicode.Han, q)
		if (r == '.' || r == '．') && !han || !unicode.IsLetter(p) || !unicode.IsLetter(q) {
			out = append(out, r)
			continue
		}
		out = append(out, '·')
	}
	// Spaces: none next to a middle dot or between Chinese characters,
	// one elsewhere.
	var b strings.Builder
	for i := 0; i < len(out); i++ {
		r := out[i]
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
			continue
		}
		j := i
		for j < len(out) && unicode.IsSpace(out[j]) {
			j++
		}
		p, q := rune(0), rune(0)
		if i > 0 {
			p = out[i-1]
		}
		if j < len(out) {
			q = out[j]
		}
		tight := func(c rune) bool { return c == '·' || unicode.Is(unicode.Han, c) }
		if !(tight(p) && tight(q)) && p != '·' && q != '·' {
			b.WriteByte(' ')
		}
		i = j - 1
	}
	return b.String()
}

// plainName reports whether a name has nothing to normalise: no space,
// no dot and no invisible character (most names).
func plainName(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
			if r <= ' ' || r == '.' || r == 0x7F {
				return false
			}
		case r >= 0x3400 && r <= 0x9FFF: // CJK: neither space nor dot nor format character
		case unicode.IsSpace(r), isInvisible(r), strings.ContainsRune(nameDots, r), r == '\uFFFD':
			return false
		}
	}
	return true
}

// normalizeText trims text and folds every run of white space (line
// breaks, full-width and no-break spaces included) to one space;
// invisible format characters are dropped.
func normalizeText(raw string) string {
	if strings.IndexFunc(raw, isInvisible) >= 0 {
		raw = strings.Map(func(r rune) rune {
			if isInvisible(r) {
				return -1
			}
			return r
		}, raw)
	}
	return strings.Join(strings.Fields(raw), " ")
}

// Key is the form in which the reader compares what clerks write of the
// same thing on two sheets (a name, a township, a branch): width folded,
// notes in brackets, spaces and a closing full stop removed, traditional
// characters simplified, ASCII lower-cased.
func Key(s string) string { return normValue(s) }

// townshipSuffixes are the endings clerks write or leave out of a
// township's name: 乌加河 and 乌加河镇, 川井 and 川井苏木 are one township.
var townshipSuffixes = []string{"街道办事处", "街道", "苏木", "镇", "乡"}

// TownshipKey is Key without the township's ending (镇, 苏木, 街道, 乡):
// two names with the same TownshipKey name one township, however each
// is written.
func TownshipKey(s string) string {
	k := Key(s)
	for changed := true; changed; {
		changed = false
		for _, suf := range townshipSuffixes {
			if t := strings.TrimSuffix(k, suf); t != k && t != "" {
				k, changed = t, true
				break
			}
		}
	}
	return k
}
