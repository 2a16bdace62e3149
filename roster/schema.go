package roster

// Kind is how a column's cells are read.
type Kind int

// The kinds of column.
const (
	Text      Kind = iota // any text, trimmed
	IDNumber              // resident identity number (GB 11643)
	Choice                // one of Field.Values
	List                  // any of Field.Values, separated by 、，,；;/ or spaces; "无" is the empty list
	Date                  // a day
	MonthDate             // a day, or a month only (1975.03, 1975年3月): birth and join dates
	Whole                 // a whole number ≥ 0 (Field.Min may raise the floor)
	MoneyKind             // a sum of money (money.Amount)
	Name                  // a person's name: middle-dot look-alikes become U+00B7
	Account               // a bank or 一卡通 account number: text, never a number cell
)

// Field is one column of a sheet.
type Field struct {
	Key      string   // the English key, also accepted as a header
	Header   string   // the canonical Chinese header
	Aliases  []string // other headers clerks use (simplified; traditional forms are matched by normalisation)
	Kind     Kind
	Required bool
	Values   []string // Choice and List: the allowed values
	Default  string   // Choice: the value of an empty cell
	Other    string   // List: other text is read as a sentence (parseConduct), a plain breach being this value ("" = other text is an error)
	Min      int      // Whole: the smallest allowed value
	// Record marks a column that records what was done after the decision
	// (the payment): an error in it is reported, but does not make the row
	// invalid, since the decision does not rest on it.
	Record bool
}

// Sheet is one sheet of the workbook.
type Sheet struct {
	Key     string // members, member_counts, applicants, funds
	Name    string // canonical sheet name
	Aliases []string
	Fields  []Field
}

// Field returns the field with key, or nil.
func (s *Sheet) Field(key string) *Field {
	for i := range s.Fields {
		if s.Fields[i].Key == key {
			return &s.Fields[i]
		}
	}
	return nil
}

// The canonical values of the listed columns.
const (
	Male   = "男"
	Female = "女"

	Formal       = "正式党员"
	Probationary = "预备党员"

	CauseIllness      = "疾病"
	CauseUnemployment = "长期失业"
	CauseSchooling    = "子女上学"
	CauseDisaster     = "天灾人祸"
	CauseNoSelfCare   = "无自理能力"
	CauseChildrenLow  = "子女赡养能力低" // with CauseNoSelfCare, §4.3's two conditions

	LevelSevere   = "特别困难"
	LevelMarked   = "比较困难"
	LevelModerate = "一般困难"

	AidCivil    = "民政"
	AidPoverty  = "扶贫"
	AidFamily   = "计生"
	None        = "无" // the empty list, and "no objection"
	Yes         = "是"
	No          = "否"
	Gambling    = "赌博"
	Drugs       = "吸毒"
	FamilyPlan  = "违反计划生育"
	OtherBreach = "其他违纪违法"

	ExclLaziness = "本人懒惰"
	ExclChildren = "子女有赡养能力不赡养"
	ExclDues     = "不愿交纳党费"

	PayCash = "现金"
	PayBank = "银行卡"
	PayCard = "一卡通"

	ObjectionPending  = "有异议待复核"
	ObjectionUpheld   = "异议成立"
	ObjectionRejected = "异议不成立"
)

var idAliases = []string{"身份证号", "公民身份号码", "身份证", "公民身份证号码", "身份证件号码"}
var townshipAliases = []string{"苏木镇", "乡镇", "苏木镇（街道）", "所属党委", "苏木（镇）", "苏木乡镇"}
var branchAliases = []string{"党支部", "所在支部", "党组织名称", "党支部名称", "所在党组织"}

// Members is the members roster (党员名册).
var Members = Sheet{
	Key: "members", Name: "党员名册", Aliases: []string{"党员花名册", "党员信息"},
	Fields: []Field{
		{Key: "name", Header: "姓名", Aliases: []string{"党员姓名"}, Kind: Name, Required: true},
		{Key: "id_number", Header: "身份证号码", Aliases: idAliases, Kind: IDNumber, Required: true},
		{Key: "gender", Header: "性别", Kind: Choice, Values: []string{Male, Female}},
		{Key: "ethnicity", Header: "民族", Kind: Text},
		{Key: "birth_date", Header: "出生日期", Aliases: []string{"出生年月", "出生年月日"}, Kind: MonthDate},
		{Key: "township", Header: "所属苏木镇", Aliases: townshipAliases, Kind: Text, Required: true},
		{Key: "branch", Header: "所在党支部", Aliases: branchAliases, Kind: Text, Required: true},
		{Key: "member_type", Header: "党员类别", Aliases: []string{"人员类别"}, Kind: Choice, Values: []string{Formal, Probationary}, Default: Formal},
		{Key: "join_date", Header: "入党时间", Aliases: []string{"入党日期"}, Kind: MonthDate},
		{Key: "phone", Header: "联系电话", Aliases: []string{"电话", "手机号码"}, Kind: Text},
	},
}

// MemberCounts is the sheet of member counts per township (党员人数), given
// instead of a full roster.
var MemberCounts = Sheet{
	Key: "member_counts", Name: "党员人数", Aliases: []string{"党员统计"},
	Fields: []Field{
		{Key: "township", Header: "所属苏木镇", Aliases: townshipAliases, Kind: Text, Required: true},
		{Key: "members", Header: "党员人数", Aliases: []string{"人数"}, Kind: Whole, Required: true},
	},
}

// Applicants is the applicants sheet (救助申报).
var Applicants = Sheet{
	Key: "applicants", Name: "救助申报", Aliases: []string{"申报表", "救助申报表", "困难党员申报"},
	Fields: []Field{
		{Key: "name", Header: "姓名", Aliases: []string{"申报人", "申报人姓名", "申请人", "申请人姓名"}, Kind: Name, Required: true},
		{Key: "id_number", Header: "身份证号码", Aliases: idAliases, Kind: IDNumber, Required: true},
		{Key: "gender", Header: "性别", Kind: Choice, Values: []string{Male, Female}},
		{Key: "township", Header: "所属苏木镇", Aliases: townshipAliases, Kind: Text, Required: true},
		{Key: "branch", Header: "所在党支部", Aliases: branchAliases, Kind: Text, Required: true},
		{Key: "phone", Header: "联系电话", Aliases: []string{"电话", "手机号码", "手机"}, Kind: Text},
		{Key: "address", Header: "家庭住址", Aliases: []string{"住址"}, Kind: Text},
		{Key: "applied_on", Header: "申报日期", Aliases: []string{"申请日期"}, Kind: Date, Required: true},
		{Key: "household_size", Header: "家庭人口", Aliases: []string{"家庭人口数"}, Kind: Whole, Min: 1},
		{Key: "household_income", Header: "家庭年收入（元）", Aliases: []string{"家庭年收入", "家庭总收入", "家庭年总收入"}, Kind: MoneyKind},
		{Key: "hardship_causes", Header: "困难原因", Aliases: []string{"致困原因", "困难类型"}, Kind: List,
			Values: []string{CauseIllness, CauseUnemployment, CauseSchooling, CauseDisaster, CauseNoSelfCare, CauseChildrenLow}},
		{Key: "hardship_level", Header: "困难程度", Kind: Choice, Values: []string{LevelSevere, LevelMarked, LevelModerate}},
		{Key: "other_aid", Header: "享受其他救助", Aliases: []string{"享受其他救助情况"}, Kind: List, Values: []string{AidCivil, AidPoverty, AidFamily}},
		{Key: "misconduct", Header: "违纪违法情况", Kind: List, Values: []string{Gambling, Drugs, FamilyPlan, OtherBreach}, Other: OtherBreach},
		{Key: "exclusion", Header: "不予救助情形", Kind: List, Values: []string{ExclLaziness, ExclChildren, ExclDues}},
		{Key: "out_of_poverty", Header: "是否脱贫", Aliases: []string{"是否已脱贫"}, Kind: Choice, Values: []string{Yes, No}, Default: No},
		{Key: "voters", Header: "应到人数", Aliases: []string{"应到会有表决权党员数"}, Kind: Whole},
		{Key: "present", Header: "实到人数", Aliases: []string{"实到会人数"}, Kind: Whole},
		{Key: "votes_for", Header: "赞成票", Aliases: []string{"赞成", "赞成人数"}, Kind: Whole},
		{Key: "votes_against", Header: "反对票", Aliases: []string{"反对"}, Kind: Whole},
		{Key: "abstentions", Header: "弃权票", Aliases: []string{"弃权"}, Kind: Whole},
		{Key: "meeting_on", Header: "党员大会日期", Aliases: []string{"评议日期", "党员大会召开日期"}, Kind: Date},
		{Key: "surveyed_on", Header: "入户调查日期", Kind: Date},
		{Key: "reviewed_on", Header: "复核日期", Aliases: []string{"苏木镇复核日期"}, Kind: Date},
		{Key: "approved_on", Header: "审定日期", Kind: Date},
		{Key: "noticed_on", Header: "公示日期", Aliases: []string{"公示开始日期", "张榜日期"}, Kind: Date},
		{Key: "objection", Header: "公示异议", Aliases: []string{"公示异议情况"}, Kind: Choice, Values: []string{None, ObjectionPending, ObjectionUpheld, ObjectionRejected}, Default: None},
		// The payment (§5 年终发放): what the clerk records when paying;
		// 领款人签字 is left blank for the signature on paper.
		{Key: "payment_method", Header: "发放方式", Aliases: []string{"发放形式", "领取方式"}, Kind: Choice, Values: []string{PayCash, PayBank, PayCard}, Record: true},
		{Key: "account", Header: "账号", Aliases: []string{"银行账号", "银行卡号", "卡号", "一卡通账号", "收款账号", "账户"}, Kind: Account, Record: true},
		{Key: "paid_on", Header: "发放日期", Aliases: []string{"领取日期", "领款日期"}, Kind: Date, Record: true},
		{Key: "paid_amount", Header: "实发金额（元）", Aliases: []string{"实发金额", "实发救助金额"}, Kind: MoneyKind, Record: true},
		{Key: "signature", Header: "领款人签字", Aliases: []string{"领款人签名", "签字", "签名"}, Kind: Text, Record: true},
		{Key: "notes", Header: "备注", Kind: Text},
	},
}

// Funds is the optional sheet of the fund's sources (资金来源).
var Funds = Sheet{
	Key: "funds", Name: "资金来源", Aliases: []string{"资金", "救助资金来源"},
	Fields: []Field{
		{Key: "source", Header: "来源", Aliases: []string{"资金来源"}, Kind: Text, Required: true},
		{Key: "amount", Header: "金额（元）", Aliases: []string{"金额"}, Kind: MoneyKind, Required: true},
	},
}

// notFields are headers that look like a field of a sheet but name
// something else: such a column is kept as an unknown column, and a
// column-ignored warning says what it is not (by normalised header, the
// catalogue key of the message). 脱贫户 is a household once registered as
// poor and still supported by the poverty-alleviation programme (§4.4:
// never excludes); 是否脱贫 asks whether the member's own hardship has
// ended (§6.4: 脱贫不补).
var notFields = map[string]map[string]string{
	Applicants.Key: {
		"是否脱贫户": "roster.read.column-poor-household", "脱贫户": "roster.read.column-poor-household",
		"是否为脱贫户": "roster.read.column-poor-household", "是否建档立卡户": "roster.read.column-poor-household",
		"建档立卡户": "roster.read.column-poor-household", "是否建档立卡贫困户": "roster.read.column-poor-household",
	},
}

// Sheets lists every sheet the workbook may hold, in the order they are read.
var Sheets = []*Sheet{&Members, &MemberCounts, &Applicants, &Funds}
