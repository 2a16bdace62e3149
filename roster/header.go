package roster

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Headers and sheet names are matched after normalisation: clerks write
// them with full-width forms, line breaks, notes in brackets, stars for
// required columns, traditional characters or the English key. Matching is
// exact on the normalised text, never by substring, so 所属苏木镇 and
// 苏木镇复核日期 stay apart.

// normalizeHeader reduces a header cell or sheet name to the form it is
// compared in: full/half width folded (NFKC), bracketed notes and units
// removed wherever they stand (（18位）, (元), 【必填】, [元]), marks * ※ and
// a trailing colon removed, every space and line break removed,
// traditional characters written as simplified ones, ASCII lower-cased with
// _ and - dropped (so ID_Number, "id number" and id-number are one key).
func normalizeHeader(s string) string {
	s = stripBracketNotes(foldForm(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == '*', r == '※', r == '★', r == '☆', r == '_', r == '-':
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		default:
			b.WriteRune(simplifyHan(r))
		}
	}
	// Removing characters can bring a combining mark next to a letter it
	// now composes with: normalise again so the result is stable.
	return strings.TrimRight(norm.NFKC.String(b.String()), ":")
}

// foldForm folds full-width and other compatibility forms to their plain
// form (NFKC: ＡＢ１２（）→ AB12()) and drops invisible format characters
// (zero-width spaces, byte-order marks) that copying from web pages and
// chat programs leaves behind. Invalid UTF-8 becomes U+FFFD.
func foldForm(s string) string {
	s = norm.NFKC.String(strings.ToValidUTF8(s, "\uFFFD"))
	if strings.IndexFunc(s, isInvisible) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
}

func isInvisible(r rune) bool { return unicode.Is(unicode.Cf, r) }

// bracketPairs are the brackets whose content is a note or a unit (after
// foldForm, full-width （）［］ have become ASCII).
var bracketPairs = map[rune]rune{'(': ')', '[': ']', '【': '】', '〔': '〕', '{': '}', '〈': '〉', '《': '》', '〖': '〗'}

// stripBracketNotes removes every bracketed part, brackets included;
// an unclosed bracket runs to the end of the text, a stray closing one is
// dropped. Nested brackets are removed whole.
func stripBracketNotes(s string) string {
	if !strings.ContainsAny(s, "()[]【】〔〕{}〈〉《》〖〗") {
		return s
	}
	var b strings.Builder
	var open []rune // expected closing brackets
	for _, r := range s {
		if c, ok := bracketPairs[r]; ok {
			open = append(open, c)
			continue
		}
		if len(open) > 0 {
			if r == open[len(open)-1] {
				open = open[:len(open)-1]
			}
			continue
		}
		if strings.ContainsRune(")]】〕}〉》〗", r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// simplifyHan writes a traditional character as its simplified form.
func simplifyHan(r rune) rune {
	if s, ok := tradToSimp[r]; ok {
		return s
	}
	return r
}

// simplifyText writes every traditional character of s as simplified.
func simplifyText(s string) string { return strings.Map(simplifyHan, s) }

// tradToSimp maps traditional characters to simplified ones. It is small
// on purpose: it covers every character of the schema's headers, aliases,
// sheet names and values, and of the synonyms accepted for values (a test
// checks that no character is missing), not Chinese at large.
var tradToSimp = map[rune]rune{
	'業': '业', '鄉': '乡', '會': '会', '黨': '党', '養': '养', '冊': '册',
	'決': '决', '況': '况', '劃': '划', '別': '别', '號': '号', '員': '员',
	'備': '备', '復': '复', '複': '复', '覆': '复', '學': '学', '實': '实',
	'審': '审', '對': '对', '屬': '属', '應': '应', '異': '异', '棄': '弃',
	'總': '总', '願': '愿', '懶': '懒', '戶': '户', '戸': '户', '報': '报',
	'數': '数', '無': '无', '時': '时', '機': '机', '權': '权', '來': '来',
	'註': '注', '災': '灾', '電': '电', '碼': '码', '禍': '祸', '稱': '称',
	'類': '类', '係': '系', '繫': '系', '紀': '纪', '納': '纳', '組': '组',
	'織': '织', '統': '统', '聯': '联', '脫': '脱', '蘇': '苏', '計': '计',
	'議': '议', '證': '证', '評': '评', '話': '话', '請': '请', '調': '调',
	'貧': '贫', '費': '费', '資': '资', '賭': '赌', '贊': '赞', '讚': '赞',
	'贍': '赡', '較': '较', '違': '违', '長': '长', '間': '间', '難': '难',
	'預': '预', '額': '额', '鎮': '镇', '鎭': '镇', '沒': '没', '從': '从', '萬': '万', '開': '开', '張': '张',
	'與': '与', '喪': '丧', '為': '为', '義': '义', '亂': '乱', '優': '优', '傳': '传', '傷': '伤', '製': '制',
	'關': '关', '務': '务', '動': '动', '勞': '劳', '賣': '卖', '佔': '占', '歷': '历', '曆': '历', '參': '参',
	'發': '发', '後': '后', '響': '响', '國': '国', '處': '处', '夠': '够', '奪': '夺', '屆': '届', '並': '并',
	'當': '当', '錄': '录', '惡': '恶', '執': '执', '搶': '抢', '鬥': '斗', '極': '极', '檔': '档', '毆': '殴',
	'畢': '毕', '滿': '满', '現': '现', '盜': '盗', '確': '确', '種': '种', '積': '积', '終': '终', '經': '经',
	'結': '结', '絕': '绝', '緩': '缓', '罰': '罚', '節': '节', '見': '见', '規': '规', '認': '认', '記': '记',
	'詐': '诈', '誠': '诚', '該': '该', '誡': '诫', '責': '责', '販': '贩', '貪': '贪', '貫': '贯', '賄': '贿',
	'過': '过', '運': '运', '跡': '迹', '釋': '释', '銷': '销', '問': '问', '項': '项', '題': '题', '風': '风',
	'駛': '驶', '駕': '驾', '騙': '骗',
	'單': '单', '簽': '签', '籤': '签', '續': '续', '補': '补',
	'論': '论', '賬': '账', '帳': '账', '銀': '银', '領': '领',
}

// headerIndex is, per sheet, every normalised header, alias and key → the
// field's key. Built once per sheet on first use (the schema never changes
// while the program runs).
var headerIndex sync.Map // *Sheet → map[string]string

func headersOf(s *Sheet) map[string]string {
	if m, ok := headerIndex.Load(s); ok {
		return m.(map[string]string)
	}
	m := map[string]string{}
	for _, f := range s.Fields {
		for _, h := range append([]string{f.Header, f.Key}, f.Aliases...) {
			if n := normalizeHeader(h); n != "" {
				m[n] = f.Key
			}
		}
	}
	headerIndex.Store(s, m)
	return m
}

// matchHeader returns the key of the field of s whose header, alias or key
// the cell text names, after normalisation, or failing that a variant of
// one of them (see matchVariant).
//
// A header whose unit is not the yuan (家庭年收入（万元）) matches nothing:
// reading its figures as yuan would be wrong by a factor of ten thousand.
func matchHeader(s *Sheet, text string) (string, bool) {
	n := normalizeHeader(text)
	if n == "" {
		return "", false
	}
	if t := simplifyText(foldForm(text)); strings.ContainsAny(t, "万千") && strings.Contains(t, "元") {
		return "", false
	}
	if k, ok := headersOf(s)[n]; ok {
		return k, true
	}
	return matchVariant(s, n)
}

// matchVariant matches the normalised header n by the variations clerks
// write on the schema's words: 所属/所在 before a township or branch, or
// not (所属乡镇, 所在苏木镇, 所属支部, 支部), 时间 for 日期 in a date column
// (申报时间, 党员大会时间) and 票数 for 票 (赞成票数).
func matchVariant(s *Sheet, n string) (string, bool) {
	idx := headersOf(s)
	if t := cutPlacePrefix(n); t != "" {
		for name, k := range idx {
			if placeField(s.Field(k)) && cutPlacePrefix(name) == t {
				return k, true
			}
		}
	}
	if t, ok := strings.CutSuffix(n, "时间"); ok && t != "" {
		if k, ok := idx[t+"日期"]; ok {
			if f := s.Field(k); f.Kind == Date || f.Kind == MonthDate {
				return k, true
			}
		}
	}
	if t, ok := strings.CutSuffix(n, "票数"); ok && t != "" {
		if k, ok := idx[t+"票"]; ok {
			return k, true
		}
	}
	return "", false
}

// placePrefixes may open the header of a township or branch column.
var placePrefixes = []string{"所属", "所在"}

// cutPlacePrefix removes one of placePrefixes from the start of n.
func cutPlacePrefix(n string) string {
	for _, p := range placePrefixes {
		if t, ok := strings.CutPrefix(n, p); ok {
			return t
		}
	}
	return n
}

// placeField reports whether f is a column whose canonical header opens
// with one of placePrefixes (所属苏木镇, 所在党支部).
func placeField(f *Field) bool {
	for _, p := range placePrefixes {
		if strings.HasPrefix(f.Header, p) {
			return true
		}
	}
	return false
}

// matchSheetName returns the sheet whose name, alias or key name is (case,
// spaces, width and traditional characters ignored), or nil.
func matchSheetName(name string) *Sheet {
	n := normalizeHeader(name)
	if n == "" {
		return nil
	}
	for _, s := range Sheets {
		for _, c := range append([]string{s.Name, s.Key}, s.Aliases...) {
			if normalizeHeader(c) == n {
				return s
			}
		}
	}
	return nil
}
