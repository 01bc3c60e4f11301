namespace Extraction.Tests.Rulebooks;

/// <summary>Three small scoring tables in layouts none of the corpus notices use, written for the tests in the styles real
/// 评分细则 take, each with the points, rule and indicator caps it is meant to give. They were written before the parser
/// was taught their layouts, to measure how it does on tables it was not tuned on.</summary>
public static class OtherLayoutTables
{
    public sealed record Expected(int Indicator, int Clause, decimal Points, string Rule);

    public sealed record Table(string Name, string[][] Rows, Expected[] Clauses, (int Indicator, string Kind, decimal Max)[] Indicators, decimal Total, decimal? Stated, string[] Areas);

    // Areas as full-width rows ("一、队伍建设（15分）"), criteria numbered 1、2、 in a column named 考核办法, 标准分 before it,
    // a 扣分项 section whose cap closes the last clause, a totals row.
    public static readonly Table AreaRows = new("area rows", [
        ["序号", "考核内容", "标准分", "考核办法", "责任单位"],
        ["一、队伍建设（15分）", "", "", "", ""],
        ["1", "机构队伍", "8", "1、设立专门执法机构的，得4分；2、执法人员持证上岗率达到100%的得4分，达到90%的得2分。", "市编办"],
        ["2", "制度建设", "7", "1、制定执法联络员制度的，得3分。2、建立案件线索通报制度并落实的，得2分；仅建立未落实的，得1分。3、建立举报奖励制度，得2分。", "市打假办"],
        ["二、执法成效（25分）", "", "", "", ""],
        ["3", "办案数量", "10", "1、办理案件数较上年增长10%以上的得6分；增长不足10%的得4分；持平的得2分。2、查办大要案的每起得1分，最多得4分。", "市市场监管局"],
        ["4", "协作配合", "5", "1、参与跨区域联合执法的，得3分。2、按时反馈协查函的，得2分，每延误一次扣0.5分。", "市公安局"],
        ["5", "社会评价", "10", "1、群众满意度测评排名前三的得10分，第四至第六名的得7分，其余得5分。", "市统计局"],
        ["三、扣分项", "", "", "", ""],
        ["6", "执法过错", "扣分", "1、执法行为被复议撤销或诉讼败诉的，每件扣1分；2、发生执法过错被追责的，每起扣2分；以上最多扣5分。", "市司法局"],
        ["合计", "", "40", "", ""],
    ],
    [
        new(1, 1, 4, "fixed"), new(1, 2, 4, "rate_bands"),
        new(2, 1, 3, "fixed"), new(2, 2, 2, "tiered"), new(2, 3, 2, "fixed"),
        new(3, 1, 6, "growth"), new(3, 2, 4, "per_item"),
        new(4, 1, 3, "fixed"), new(4, 2, 2, "deduction"),
        new(5, 1, 10, "ranking"),
        new(6, 1, 5, "deduction"), new(6, 2, 5, "deduction"),
    ],
    [(1, "base", 8), (2, "base", 7), (3, "base", 10), (4, "base", 5), (5, "base", 10), (6, "deduction", 5)], 40, 40, ["队伍建设", "执法成效", "扣分项"]);

    // Areas without numerals, copied onto every row of a merged cell; the number inside the indicator cell (1．);
    // a blank points column, the points only inside the criteria (（2分）, 计N分); 以上合计不超过 as a cap on all clauses.
    public static readonly Table PointsInCriteria = new("points in criteria", [
        ["一级指标", "二级指标", "分值", "评分标准", "数据来源"],
        ["宣传引导（12分）", "1．宣传方案", "", "制定年度宣传工作方案并印发的（2分）；方案明确任务分工和时间安排的（1分）。", "查阅文件"],
        ["宣传引导（12分）", "2．媒体报道", "", "（1）中央级媒体报道每篇计1分；（2）省级媒体报道每篇计0.5分；（3）市级媒体报道每篇计0.2分。以上合计不超过6分。", "查阅报道"],
        ["宣传引导（12分）", "3．宣传活动", "", "（1）组织开展主题宣传活动的，计2分；（2）开展侵权假冒商品集中销毁活动的，计1分。", "查阅资料"],
        ["执法办案（18分）", "4．专项行动", "", "（1）开展专项行动有实施方案的（3分）；（2）有阶段性总结和年度总结的（3分）；（3）未按要求报送专项行动数据的，每次扣1分，最多扣3分。", "查阅资料"],
        ["执法办案（18分）", "5．案件质量", "", "案卷评查优秀的计6分，良好的计4分，合格的计2分，不合格的不计分。", "案卷评查"],
        ["执法办案（18分）", "6．信息报送", "", "按时报送案件信息的计6分；迟报一次扣1分，漏报一次扣2分，扣完为止。", "系统数据"],
        ["合计", "", "30分", "", ""],
    ],
    [
        new(1, 1, 3, "multi_award"),
        new(2, 1, 6, "per_item"), new(2, 2, 6, "per_item"), new(2, 3, 6, "per_item"),
        new(3, 1, 2, "fixed"), new(3, 2, 1, "fixed"),
        new(4, 1, 3, "fixed"), new(4, 2, 3, "fixed"), new(4, 3, 3, "deduction"),
        new(5, 1, 6, "tiered"),
        new(6, 1, 6, "deduction"),
    ],
    [(1, "base", 3), (2, "base", 6), (3, "base", 3), (4, "base", 6), (5, "base", 6), (6, "base", 6)], 30, 30, ["宣传引导", "执法办案"]);

    // Areas as numbered rows inside the table (一 | 基础工作 | 10), criteria numbered (一)(二) in a column named 评分要点,
    // points before the criteria, a 加分项目 area whose cap closes its last clause, a totals row.
    public static readonly Table NumberedAreaRows = new("numbered area rows", [
        ["序号", "考评内容", "分值", "评分要点"],
        ["一", "基础工作", "10", ""],
        ["1", "工作机制", "4", "(一)建立工作协调机制的，得2分。(二)明确专人负责日常工作的，得1分；指定兼职人员的，得0.5分。(三)建立工作台账的，得1分。"],
        ["2", "工作计划", "6", "(一)年初制定工作计划的，得3分；(二)计划任务完成率达到90%以上的，得3分，每低5个百分点扣0.5分。"],
        ["二", "重点任务", "12", ""],
        ["3", "专项整治", "8", "(一)开展农村假冒伪劣食品专项整治的，得4分；(二)开展寄递渠道专项整治的，得4分。"],
        ["4", "督查督办", "4", "(一)对下级开展督查的，每次得1分，最多得2分；(二)督办案件按时办结率100%的得2分。"],
        ["三", "加分项目", "", ""],
        ["5", "经验推广", "2", "(一)经验做法被省级以上部门推广的，每项加1分；(二)在全省会议上作典型发言的，加1分。本项最高加2分。"],
        ["合计", "", "22", ""],
    ],
    [
        new(1, 1, 2, "fixed"), new(1, 2, 1, "tiered"), new(1, 3, 1, "fixed"),
        new(2, 1, 3, "fixed"), new(2, 2, 3, "rate_bands"),
        new(3, 1, 4, "fixed"), new(3, 2, 4, "fixed"),
        new(4, 1, 2, "per_item"), new(4, 2, 2, "rate_bands"),
        new(5, 1, 2, "per_item"), new(5, 2, 1, "fixed"),
    ],
    [(1, "base", 4), (2, "base", 6), (3, "base", 8), (4, "base", 4), (5, "bonus", 2)], 22, 22, ["基础工作", "重点任务", "加分项目"]);

    // Written after the parser had learnt the three above, and measured before it was changed for them: short headers
    // (项目 | 指标 | 分数 | 评分细则 | 备注), unnumbered sentences, a cap per part of one clause (满分10分), 加满N分为止,
    // a deduction section whose cap stands in the 备注 column.
    public static readonly Table ShortHeaders = new("short headers", [
        ["项目", "指标", "分数", "评分细则", "备注"],
        ["基础建设（30分）", "1.机构设置", "10", "有专门机构得5分，有专职人员得5分。", ""],
        ["", "2.制度建设", "10", "建立案件移送制度得4分；建立信息共享制度得3分；建立考核制度得3分。", ""],
        ["", "3.经费保障", "10", "经费纳入预算得10分，未纳入但有专项拨款得6分，无经费保障不得分。", ""],
        ["执法工作（50分）", "4.案件办理", "30", "办案数达到上年数量的得20分，每超过1件加1分，加满10分为止。", ""],
        ["", "5.宣传", "20", "开展宣传活动每次得2分，满分10分；发布信息每条得1分，满分10分。", ""],
        ["扣分项", "6.违规", "", "1.发生重大执法过错的扣10分；2.被媒体曝光查实的每次扣5分。", "最多扣20分"],
        ["合计", "", "80", "", ""],
    ],
    [
        new(1, 1, 10, "multi_award"), new(2, 1, 10, "multi_award"), new(3, 1, 10, "tiered"),
        new(4, 1, 30, "per_item"), new(5, 1, 20, "per_item"),
        new(6, 1, 10, "deduction"), new(6, 2, 20, "deduction"),
    ],
    [(1, "base", 10), (2, "base", 10), (3, "base", 10), (4, "base", 30), (5, "base", 20), (6, "deduction", 20)], 80, 80, ["基础建设", "执法工作", "扣分项"]);

    // Hierarchical numbers (1 组织领导, 1.1 领导重视 …) with the points column last headed 分值（分）, a column named
    // 考核标准及评分办法, 同比增长 against 持平, caps written 最高5分 without 得.
    public static readonly Table HierarchicalNumbers = new("hierarchical numbers", [
        ["序号", "考核内容", "考核标准及评分办法", "分值（分）"],
        ["1", "组织领导", "", "20"],
        ["1.1", "领导重视", "政府主要领导专题听取打假工作汇报的得5分；分管领导听取汇报的得3分。", "5"],
        ["1.2", "部署推进", "（1）印发年度工作要点的，得5分；（2）召开推进会的，得5分；（3）开展督导检查的，每次得1分，最高5分。", "15"],
        ["2", "执法办案", "", "30"],
        ["2.1", "案件查办", "（1）立案数同比增长的得10分，持平的得6分，下降的得3分；（2）办理跨区域案件每件得2分，最高得10分。", "20"],
        ["2.2", "行刑衔接", "（1）移送涉嫌犯罪案件的，每件得2分，最高得10分；（2）应移送未移送的，发现一件扣2分，最多扣4分。", "10"],
        ["3", "加分项", "", "5"],
        ["3.1", "创新举措", "工作创新被省级以上肯定的，每项加2分，本项最高加5分。", "5"],
        ["合计", "", "", "50"],
    ],
    [
        new(1, 1, 5, "tiered"),
        new(2, 1, 5, "fixed"), new(2, 2, 5, "fixed"), new(2, 3, 5, "per_item"),
        new(3, 1, 10, "growth"), new(3, 2, 10, "per_item"),
        new(4, 1, 10, "per_item"), new(4, 2, 4, "deduction"),
        new(5, 1, 5, "per_item"),
    ],
    [(1, "base", 5), (2, "base", 15), (3, "base", 20), (4, "base", 10), (5, "bonus", 5)], 50, 50, ["组织领导", "执法办案", "加分项"]);

    // Written after all the above passed and measured before any change for it: one level only (考核项目 is the
    // indicator, no number column), a description column (考核要求) and a self-score column (自评得分), points as 10分,
    // clauses numbered 1) 2), caps written 最多3分, a 扣分项目 row capped by 上述扣分合计不超过, the total as 总分.
    public static readonly Table OneLevel = new("one level", [
        ["考核项目", "考核要求", "分值", "评分标准", "自评得分"],
        ["组织保障", "成立领导小组，明确责任分工", "10分", "1)成立领导小组的得4分；2)明确牵头科室和联络员的得3分；3)制定年度工作计划的得3分。", ""],
        ["执法检查", "开展日常检查和专项检查", "15分", "1)全年开展专项检查不少于4次的得8分，3次的得6分，2次及以下的得3分；2)检查发现问题整改到位的得7分，部分整改的得4分。", ""],
        ["投诉举报", "及时处理投诉举报", "10分", "按期办结率100%的得10分；每降低1个百分点扣0.5分，扣完为止。", ""],
        ["宣传培训", "开展宣传培训", "5分", "1)开展宣传活动的，每次得1分，最多3分；2)组织业务培训的得2分。", ""],
        ["扣分项目", "", "", "1)发生重大质量安全事故的扣5分；2)被上级通报批评的每次扣2分。上述扣分合计不超过10分。", ""],
        ["总分", "", "40分", "", ""],
    ],
    [
        new(1, 1, 4, "fixed"), new(1, 2, 3, "fixed"), new(1, 3, 3, "fixed"),
        new(2, 1, 8, "tiered"), new(2, 2, 7, "tiered"),
        new(3, 1, 10, "rate_bands"),
        new(4, 1, 3, "per_item"), new(4, 2, 2, "fixed"),
        new(5, 1, 5, "deduction"), new(5, 2, 10, "deduction"),
    ],
    [(1, "base", 10), (2, "base", 15), (3, "base", 10), (4, "base", 5), (5, "deduction", 10)], 40, 40, [""]);

    // Written last, after every table above passed, and measured as written: a 权重 column, an explanation column
    // (指标说明), criteria numbered ⑴⑵, a bonus written 另加, a deduction clause with 酌情, a 小计 row per area.
    public static readonly Table Weights = new("weights", [
        ["序号", "考核指标", "指标说明", "评分细则", "权重"],
        ["一", "源头治理", "", "", "20"],
        ["1", "生产企业监管", "对重点生产企业开展监督检查", "⑴建立重点企业监管名录的，得4分；⑵年度监督检查覆盖率达到100%的得6分，达到80%的得3分。", "10"],
        ["2", "流通环节整治", "开展市场专项整治", "⑴开展农村市场专项整治的，得5分；⑵开展网络市场专项整治的，得5分。", "10"],
        ["", "小计", "", "", "20"],
        ["二", "社会共治", "", "", "10"],
        ["3", "举报奖励", "落实举报奖励制度", "⑴制定举报奖励办法的，得3分；⑵兑现举报奖励的，每起得1分，最高得3分；⑶获得上级表扬的，另加1分。", "6"],
        ["4", "信用监管", "推进信用体系建设", "⑴将侵权假冒行政处罚信息纳入信用平台的，得4分；⑵未按时归集的，酌情扣1至2分。", "4"],
        ["", "小计", "", "", "10"],
        ["合计", "", "", "", "30"],
    ],
    [
        new(1, 1, 4, "fixed"), new(1, 2, 6, "rate_bands"),
        new(2, 1, 5, "fixed"), new(2, 2, 5, "fixed"),
        new(3, 1, 3, "fixed"), new(3, 2, 3, "per_item"), new(3, 3, 1, "fixed"),
        new(4, 1, 4, "fixed"), new(4, 2, 2, "deduction"),
    ],
    [(1, "base", 10), (2, "base", 10), (3, "base", 6), (4, "base", 4)], 30, 30, ["源头治理", "社会共治"]);

    // Written after issue 10 measured another province's table, before any change for it: tiers named by how well a task
    // was done (好的/较好的/一般的, 全部完成/基本完成), awards written 奖励 and 记 and 给予, caps written 封顶 and 上限 and
    // 为限, a bonus area capped per indicator, a deduction whose cap is its last clause (本项最多扣4分); and, added after
    // those were read, a bonus by the level of an honour (国家级 4, 省级 2, 市级 1), which gives the best level, not a sum.
    public static readonly Table PlainWords = new("plain words", [
        ["序号", "考核项目", "分值", "考核标准"],
        ["一", "组织推进", "12", ""],
        ["1", "工作部署", "4", "年度任务全部完成的得4分；基本完成的得2分；未完成的不得分。"],
        ["2", "督导检查", "4", "开展督导检查，工作开展好的得4分，较好的得3分，一般的得1分。"],
        ["3", "联络员制度", "4", "1.建立执法联络员制度的，记2分；2.按时报送联络员名单的，给予2分。"],
        ["二", "执法办案", "8", ""],
        ["4", "大要案查办", "4", "每查办一起大要案奖励1分，封顶4分。"],
        ["5", "案件移送", "4", "向公安机关移送涉嫌犯罪案件的，每件计1分，以4分为限。"],
        ["三", "加分项", "", ""],
        ["6", "创新经验", "3", "工作经验被省级以上推广的，每项加1分，上限3分。"],
        ["7", "表彰激励", "4", "获国家级表彰的得4分，获省级表彰的得2分，获市级表彰的得1分。"],
        ["四", "扣分项", "", ""],
        ["8", "信息报送", "扣分", "1.信息迟报的，每次扣1分；2.信息漏报的，每次扣2分。本项最多扣4分。"],
        ["合计", "", "20", ""],
    ],
    [
        new(1, 1, 4, "tiered"), new(2, 1, 4, "tiered"), new(3, 1, 2, "fixed"), new(3, 2, 2, "fixed"),
        new(4, 1, 4, "per_item"), new(5, 1, 4, "per_item"),
        new(6, 1, 3, "per_item"), new(7, 1, 4, "tiered"),
        new(8, 1, 4, "deduction"), new(8, 2, 4, "deduction"),
    ],
    [(1, "base", 4), (2, "base", 4), (3, "base", 4), (4, "base", 4), (5, "base", 4), (6, "bonus", 3), (7, "bonus", 4), (8, "deduction", 4)], 20, 20, ["组织推进", "执法办案", "加分项", "扣分项"]);

    // Written for the classes the eleventh table showed (not its text): awards and deductions in two columns, an indicator
    // merged over rows of their own whose second row's only clause is a deduction bounded by its row's 分值, an indicator
    // cell cut by a page break (执法办案（9 | 分）) with its criteria and deductions going on in the rest of the row, bullet
    // marks, and a bonus item capped in its own cell.
    public static readonly Table ClauseRowsAndDeductions = new("clause rows and deductions", [
        ["考核项目", "考核内容", "分值", "得分标准", "扣分标准", "考核部门"],
        ["一、基础工作", "机制建设（6分）", "4", "建立联席会议制度并定期召开会议的，得4分。", "/", "市打假办"],
        ["一、基础工作", "机制建设（6分）", "2", "/", "联络员变更未及时报备的，每次扣0.5分，扣完为止。", "市打假办"],
        ["一、基础工作", "执法办案（9", "9", "●办理侵权假冒案件较上年增长的得5分，持平的得3分。", "●案件信息未按时录入系统的，", "市市场监管局"],
        ["", "分）", "", "●移送公安机关案件2件以上的得4分，1件的得2分。", "每件扣1分，最多扣3分。", ""],
        ["二、加分项目", "创新举措（加分项，最高加2分）", "加分项", "●获上级部门推广的，每项加1分。", "/", "市打假办"],
        ["合计", "", "15分", "", "", ""],
    ],
    [
        new(1, 1, 4, "fixed"), new(1, 2, 2, "deduction"),
        new(2, 1, 5, "growth"), new(2, 2, 4, "tiered"), new(2, 3, 3, "deduction"),
        new(3, 1, 2, "per_item"),
    ],
    [(1, "base", 6), (2, "base", 9), (3, "bonus", 2)], 15, 15, ["基础工作", "加分项目"]);

    public static IEnumerable<Table> All => [AreaRows, PointsInCriteria, NumberedAreaRows, ShortHeaders, HierarchicalNumbers, OneLevel, Weights, PlainWords, ClauseRowsAndDeductions];
}
