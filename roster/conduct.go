package roster

// Reading the conduct column (违纪违法情况, §4.1). Clerks choose a value
// from the list, or write a sentence: 遵纪守法, 表现良好, 无违纪违法行为,
// 因赌博被拘留, 2019年曾受党内警告处分，已期满. A member's money depends on
// it, so the text is read only as far as it can be read with confidence:
// what says there is nothing to report is no breach, what plainly names a
// breach is one, and everything else (a breach spoken of in the past, a
// statement the reader does not know) is left for a person to decide.

import (
	"slices"
	"strings"
	"unicode"
)

// conductValues map the words that name a value of the list (and its
// synonyms) to the value.
var conductValues = map[string]string{
	Gambling: Gambling, Drugs: Drugs, FamilyPlan: FamilyPlan, OtherBreach: OtherBreach,
	"违反计划生育政策": FamilyPlan, "违反计生政策": FamilyPlan, "其他违纪违法行为": OtherBreach,
	"其它违纪违法": OtherBreach,
}

// conductNegations open a statement that there is nothing to report: 无违纪违法
// 行为, 未发现赌博、吸毒等行为, 从未受过处分.
var conductNegations = []string{
	"无", "没有", "没", "未", "未发现", "未见", "未有", "未曾", "不曾", "从无", "从未", "从来没有", "从没有",
	"从没", "从不", "不", "不存在", "并无", "均无", "也无", "确无", "绝无", "未发生", "无此",
}

// conductGood are the words of a statement of good conduct: 遵纪守法,
// 一贯表现良好, 能够遵守党纪国法.
var conductGood = []string{
	"遵纪守法", "遵章守纪", "遵纪", "守法", "遵守", "党纪国法", "党纪", "国法", "纪律", "法律", "法规", "法纪",
	"表现", "良好", "好", "较好", "很好", "优秀", "正常", "合格", "积极", "清白", "端正", "本分", "一贯", "一直",
	"历来", "平时", "始终", "能够", "能", "认真", "履行", "党员义务", "义务", "忠诚", "作风", "品行", "思想", "过硬",
}

// conductSubjects may open any statement: 本人, 该同志, 经核查.
var conductSubjects = []string{
	"本人", "该同志", "该党员", "同志", "其", "经查", "经核查", "经核实", "经调查", "经审查", "经了解", "经村委会核实",
}

// conductFillers join and round off the words of a statement: 、 等 行为
// 情况 … and the verbs a negation governs (未受过处分, 没有发生违法行为).
var conductFillers = []string{
	"、", "和", "及", "以及", "与", "或", "或者", "等", "等等", "之类", "任何", "一切", "的", "其他", "其它", "方面",
	"也", "均", "都", "并", "各类", "各种", "相关", "行为", "情况", "情形", "问题", "记录", "现象", "事项", "情节",
	"政策", "事实", "历史", "异常", "受过", "受到", "被", "发生", "发生过", "参与", "参与过", "存在", "有过", "过",
}

// conductBreachNouns are what a negation may deny besides the list's
// values: 无违纪违法行为, 未受过处分, 无不良记录.
var conductBreachNouns = []string{
	"违纪", "违法", "违纪违法", "违法违纪", "违法乱纪", "犯罪", "违规", "违反", "不良", "劣迹", "处分", "处罚",
	"刑事", "治安", "行政", "拘留", "判刑", "赌", "毒", "吸毒", "计划生育", "超生", "党纪处分", "政纪处分",
}

// conductAffirm says there is something: 有赌博行为. After a negation it
// ends the negation's reach (没有赌博，有吸毒 is read clause by clause).
var conductAffirm = []string{"有", "是"}

// The breach words, by the value they name: text that names one of them
// plainly (and not in the past) is that value.
var (
	gamblingWords = []string{"赌"}
	drugWords     = []string{"吸毒", "贩毒", "毒品", "涉毒", "制毒", "运毒", "藏毒", "毒驾", "冰毒", "海洛因", "吸食"}
	familyWords   = []string{"超生", "违反计划生育", "违反计生", "计划外生育", "政策外生育", "违法生育", "违规生育"}
	otherWords    = []string{
		"违纪", "违法", "犯罪", "违规", "拘留", "刑拘", "判刑", "判处", "服刑", "刑事", "缓刑", "逮捕", "处分", "警告",
		"留党察看", "开除", "劳教", "劳动教养", "罚款", "处罚", "酒驾", "醉驾", "酒后驾驶", "无证驾驶", "盗", "偷",
		"抢劫", "抢夺", "诈骗", "贪污", "受贿", "行贿", "挪用", "侵占", "打架", "斗殴", "伤人", "故意伤害", "嫖", "卖淫",
		"传销", "邪教", "涉黑", "涉恶", "黑恶", "非法", "立案", "诫勉", "通报批评", "问责", "违反",
	}
)

// conductPast are the words that speak of the past: a breach once
// committed, a sanction served or lifted. Whether it still excludes is a
// person's decision (未曾, 不曾 are negations, not the past).
var conductPast = []string{
	"曾", "以前", "之前", "从前", "过去", "早年", "原来", "原先", "当年", "历史", "年前", "去年", "前年", "已过",
	"过了", "解除", "撤销", "期满", "已满", "届满", "刑满", "释放", "改正", "整改", "已处理", "处理完", "结案",
	"已执行", "执行完毕", "到期", "恢复", "影响期", "已消除",
}

// Token classes of the conduct vocabulary.
const (
	tokNeg = 1 << iota
	tokGood
	tokSubject
	tokFiller
	tokBreach
	tokValue
	tokAffirm
)

// conductVocab is every word of the vocabulary with its classes, and the
// length in runes of its longest word.
var conductVocab, conductMaxLen = func() (map[string]int, int) {
	m := map[string]int{}
	add := func(cls int, ws ...string) {
		for _, w := range ws {
			m[w] |= cls
		}
	}
	add(tokNeg, conductNegations...)
	add(tokGood, conductGood...)
	add(tokSubject, conductSubjects...)
	add(tokFiller, conductFillers...)
	add(tokBreach, conductBreachNouns...)
	add(tokAffirm, conductAffirm...)
	for w := range conductValues {
		add(tokValue, w)
	}
	n := 0
	for w := range m {
		n = max(n, len([]rune(w)))
	}
	return m, n
}()

// clause kinds.
type clauseKind int

const (
	clauseNeutral clauseKind = iota // says nothing (本人, 经查)
	clauseClean                     // nothing to report
	clauseBreach                    // names a breach: its values
	clauseUnclear                   // cannot be read with confidence
)

// parseConduct reads the conduct cell. It returns the list's values the
// cell names, or unclear when a person must decide:
//   - an empty cell, a dash, 无, 没有, 否, and statements that there is
//     nothing to report (遵纪守法, 表现良好, 正常, 合格, 无违纪违法行为,
//     未发现赌博、吸毒等行为, 违纪违法情况：无) are no breach (nil);
//   - the list's values (赌博、吸毒) are those values, and text that plainly
//     names a breach is the value it names: 赌 gambling, 吸毒/毒品 drugs,
//     超生 family planning, and 拘留, 判刑, 处分, 违纪, 违法, 犯罪 … other
//     breaches (其他违纪违法);
//   - text that speaks of the past (曾, 已过, 已解除, 期满, 撤销, a year …),
//     even when it names a breach, and text that is neither of the above,
//     is unclear.
//
// Width, spaces, traditional characters and case are ignored; text in
// brackets is read as a clause of its own (赌博（已解除）is unclear).
func parseConduct(raw string) (values []string, unclear bool) {
	n := conductNorm(raw)
	if whole := strings.Trim(n, clausePunct); whole == "" || isBlankMark(whole) || slices.Contains(noneWords, whole) {
		return nil, false
	}
	found := map[string]bool{}
	clean, other := 0, 0
	for _, c := range strings.FieldsFunc(n, isClauseSep) {
		kind, vs := readClause(c)
		switch kind {
		case clauseClean:
			clean++
		case clauseNeutral:
		case clauseBreach:
			other++
			for _, v := range vs {
				found[v] = true
			}
		default:
			other++
		}
	}
	switch {
	case other == 0 && clean > 0:
		return nil, false
	case hasPast(n):
		return nil, true
	case len(found) == 0:
		return nil, true
	}
	for _, v := range Applicants.Field("misconduct").Values {
		if found[v] {
			values = append(values, v)
		}
	}
	return values, false
}

// clausePunct separates the clauses of a conduct cell (after foldForm:
// full-width ，；：！？ are ASCII).
const clausePunct = ",.;:!?。\n"

func isClauseSep(r rune) bool { return strings.ContainsRune(clausePunct, r) && r != ':' }

// conductNorm folds width, simplifies traditional characters, lower-cases
// ASCII, turns brackets and line breaks into clause breaks and drops the
// other white space.
func conductNorm(raw string) string {
	s := foldForm(raw)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r':
			b.WriteByte('\n')
		case unicode.IsSpace(r):
		case strings.ContainsRune("()[]【】〔〕{}〈〉《》〖〗", r):
			b.WriteByte(',')
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		default:
			b.WriteRune(simplifyHan(r))
		}
	}
	return b.String()
}

// readClause reads one clause. A clause "label:answer" (违纪违法情况：无,
// 赌博：有) is read by its answer: nothing to report, an affirmation of
// the label, or else label and answer together.
func readClause(c string) (clauseKind, []string) {
	if i := strings.LastIndexByte(c, ':'); i >= 0 {
		label, answer := strings.ReplaceAll(c[:i], ":", ""), c[i+1:]
		switch k, vs := readClause(answer); {
		case answer == "":
			c = label
		case k == clauseClean:
			return k, vs
		case conductVocab[answer]&tokAffirm != 0:
			c = label
		default:
			c = label + answer
		}
	}
	if c == "" || isBlankMark(c) {
		return clauseNeutral, nil
	}
	if slices.Contains(noneWords, c) {
		return clauseClean, nil
	}
	if toks, ok := tokenize(c); ok {
		if k, vs := classify(toks); k != clauseUnclear {
			return k, vs
		}
	}
	if strings.Contains(c, "、") { // items of a list: 赌博、酒后驾驶
		var all []string
		for _, item := range strings.Split(c, "、") {
			if k, vs := readClause(item); k == clauseBreach {
				all = append(all, vs...)
			}
		}
		if len(all) > 0 {
			return clauseBreach, all
		}
	}
	if vs := breachValues(c); len(vs) > 0 {
		return clauseBreach, vs
	}
	return clauseUnclear, nil
}

// tokenize splits c into words of the vocabulary, longest first; ok is
// false when some of c is not in the vocabulary.
func tokenize(c string) ([]string, bool) {
	rs := []rune(c)
	var out []string
	for i := 0; i < len(rs); {
		j := min(len(rs), i+conductMaxLen)
		for ; j > i; j-- {
			if _, ok := conductVocab[string(rs[i:j])]; ok {
				break
			}
		}
		if j == i {
			return nil, false
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out, true
}

// classify reads a clause made of vocabulary words. A negation reaches the
// breach words, values and fillers after it, up to a word of good conduct
// or an affirmation; a breach word or value outside any negation's reach
// makes the clause a breach (values and fillers only: the values) or
// unclear, and so does a negation right before a word of good conduct
// (不遵守纪律).
func classify(toks []string) (clauseKind, []string) {
	negated, justNegated, saidSomething := false, false, false
	var values []string
	bare := true // only values, fillers and affirmations outside a negation
	for _, t := range toks {
		cls := conductVocab[t]
		after := justNegated
		justNegated = false
		switch {
		case cls&tokNeg != 0:
			negated, justNegated, saidSomething, bare = true, true, true, false
		case cls&tokGood != 0 && cls&(tokBreach|tokValue) == 0:
			if after { // 不遵守纪律, 表现不好: good conduct denied
				return clauseUnclear, nil
			}
			negated, saidSomething, bare = false, true, false
		case cls&tokAffirm != 0:
			negated = false
		case negated && cls&(tokBreach|tokValue|tokFiller) != 0:
		case cls&tokValue != 0:
			values = append(values, conductValues[t])
		case cls&(tokSubject|tokFiller) != 0 && cls&(tokBreach|tokValue) == 0:
		default: // a breach word outside a negation
			return clauseUnclear, nil
		}
	}
	switch {
	case len(values) > 0 && bare:
		return clauseBreach, values
	case len(values) > 0:
		return clauseUnclear, nil
	case saidSomething:
		return clauseClean, nil
	}
	return clauseNeutral, nil
}

// breachValues returns the values named by the breach words in c: the
// specific ones (gambling, drugs, family planning) when any, else
// 其他违纪违法 when another breach word is there.
func breachValues(c string) []string {
	var vs []string
	has := func(ws []string) bool {
		for _, w := range ws {
			if strings.Contains(c, w) {
				return true
			}
		}
		return false
	}
	if has(gamblingWords) {
		vs = append(vs, Gambling)
	}
	if has(drugWords) {
		vs = append(vs, Drugs)
	}
	if has(familyWords) {
		vs = append(vs, FamilyPlan)
	}
	if len(vs) == 0 && has(otherWords) {
		vs = append(vs, OtherBreach)
	}
	return vs
}

// hasPast reports whether the text speaks of the past: one of conductPast
// (曾 but not 未曾, 不曾, 何曾), or a year (2019年, 19年).
func hasPast(n string) bool {
	for _, neg := range []string{"未曾", "不曾", "何曾"} {
		n = strings.ReplaceAll(n, neg, "")
	}
	for _, w := range conductPast {
		if strings.Contains(n, w) {
			return true
		}
	}
	rs := []rune(n)
	for i := 1; i < len(rs); i++ {
		if rs[i] == '年' && rs[i-1] >= '0' && rs[i-1] <= '9' {
			return true
		}
	}
	return false
}
