package policy

// Starter is the commented policy file `relief policy init` writes. It
// holds the defaults (a test checks that it loads back to exactly
// Default()), with a Chinese comment on each key saying what it does and
// which clause of the policy it implements.
const Starter = `# relief 救助政策文件
#
# 本文件规定党员互助救助的各项标准，默认值即《实施意见》中的规定。
# 使用方法：
#   - 把本文件命名为 relief.yaml，放在救助申报工作簿所在的文件夹，relief 会自动使用；
#     也可以在命令后加 --policy 文件名 指定。
#   - 只需保留要修改的键；删去或注释掉的键取默认值。
#   - 运行 relief policy show 工作簿.xlsx 可查看实际生效的政策及每个值的来源。
#   - 金额的单位都是元，可写整数或两位小数；比例可写小数（0.65）或百分数（65%）。
# 括号中的条款号（§2、§6.3.3 等）对应政策条款对照表。

# 救助名额（§2：救助人数为党员总数的 2.5%）
quota:
  # 名额比例：大于 0、不超过 1 的小数或百分数，如 0.025 或 2.5%
  rate: 0.025
  # 名额取整方式：half-up（四舍五入）、floor（只舍不入）、ceil（只入不舍）
  rounding: half-up
  # 名额计算范围：banner（全旗统一计算）、township（按苏木镇分别计算后汇总）
  scope: banner

# 救助金额（§2：每人每年 1000 元左右，视困难程度上下浮动），单位：元
amount:
  # 基准金额：资金总额未给出时，按“名额 × 基准金额”估算资金
  base: 1000
  # 各困难程度的救助金额；只写其中一档时，其余各档取默认值
  levels:
    特别困难: 1500
    比较困难: 1000
    一般困难: 500
  # 申报表未填写困难程度时，按此档发放（特别困难、比较困难、一般困难）
  default_level: 比较困难
  # 金额按比例压缩时，向下取整到此金额的整数倍（必须大于 0）
  unit: 1
  # 资金不足以按标准发放时：scale（各人金额按同一比例压缩）、none（不压缩）
  fit: scale
  # 救助资金总额；0 表示按“资金来源”表合计，没有该表时按“名额 × 基准金额”计算
  fund: 0

# 收入核查（§6.3.2：核实家庭收入）
income:
  # 家庭年人均收入线：家庭年收入 ÷ 家庭人口 高于此线的不予救助；0 表示不核查
  line: 0

# 党员大会评议表决（§5.3 评议审查，§6.3.3 赞成率达不到 65% 的不纳入救助范围）
vote:
  # 赞成率下限：恰好达到即为通过（20 人中 13 票赞成 = 65%，通过）
  threshold: 0.65
  # 赞成率的分母：present（实到人数）、voters（应到人数）、cast（赞成 + 反对 + 弃权）
  base: present
  # 是否检查到会人数：实到人数须超过应到人数的一半，否则会议无效（待定）。true 或 false
  quorum: true
  # 是否要求赞成票超过应到人数的一半（党支部工作条例第十一条）。true 或 false
  majority: true

# 办理时限（§5.6：自党员申报之日起 60 日内办结）
deadline:
  # 自申报日期起的天数：第 60 天审定为按期，第 61 天为超期
  days: 60
  # 到期前几天开始提醒；0 表示不提醒
  warn_days: 7

# 公示与书面通知（§5 第 6 步，§6.3.4 张榜公示）
notice:
  # 公示天数
  days: 7
  # 公示和通知书的落款单位
  issuer: 中共乌拉特中旗委员会组织部
  # 公示中受理异议的联系电话；留空则不印
  phone: ""
  # 公示和通知书所用字体（TrueType 字体文件，字体集写作 文件.ttc:序号）；留空使用内置字体
  font: ""
`
