using Extraction.Extract;
using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>How other offices word a clause's points inside one criteria cell, each read through the same table path as an
/// imported notice (序号 | 考核内容 | 分值 | 评分标准): the cell, the item's points and the points each clause must give.
/// Written from the shapes real 评分细则 use before the reader was taught the ones it missed (bare amounts, 得满N分为止,
/// 此项分值N分, a Word cell's clauses one paragraph each, 3次以上/1-2次 tiers, 按N分计, 第一项 marks, A. a) marks, 。（2分）2., 0.5分/篇).</summary>
public class ClausePhrasingTests
{
    [Theory]
    // Amounts written bare, with no 得 before them.
    [InlineData("（1）建立联络员制度的，2分；（2）开展联合执法的，2分。", 4, "2,2")]
    [InlineData("1.制定年度工作计划2分；2.召开专题会议研究部署2分。", 4, "2,2")]
    [InlineData("1.建立工作机制，1分；2.制定工作方案，1分；3.组织检查，2分。", 4, "1,1,2")]
    [InlineData("1.开展专项行动：有方案0.5分、有总结0.5分、有信息1分。2.建立机制2分。", 4, "2,2")]
    [InlineData("每季度报送一次工作信息，每次0.5分，共2分。", 2, "2")]
    // Caps and starting points as other tables state them.
    [InlineData("（1）查办案件每起得1分，得满4分为止；（2）移送案件每起得0.5分，计满2分为止。", 6, "4,2")]
    [InlineData("（1）有工作方案的得2分；（2）未按时报送的每次扣0.5分，此项分值2分。", 4, "2,2")]
    [InlineData("（1）查办案件每起得1分，本项最高4分；（2）移送案件每起得0.5分，以2分为限。", 6, "4,2")]
    // A Word cell's clauses, one paragraph each and no stop between them.
    [InlineData("1.有方案得1分\n2.有总结得1分\n3.有台账得2分", 4, "1,1,2")]
    [InlineData("（1）有方案得1分\n（2）有总结得1分\n（3）有台账得2分", 4, "1,1,2")]
    [InlineData("第一项有方案得1分\n第二项有总结得1分\n第三项有台账得2分", 4, "1,1,2")]
    // Counts as tiers: N次以上 against a range of counts.
    [InlineData("（1）有方案的得2分；（2）开展联合执法3次以上得4分，1-2次得2分。", 6, "2,4")]
    [InlineData("（1）有方案的得2分；（2）开展联合执法3次及以上的得4分，2次的得3分，1次的得1分。", 6, "2,4")]
    // 按N分计 as the amount given, and clauses marked 第一项 第二项.
    [InlineData("（1）有工作方案的，按2分计；（2）有工作总结的，按2分计。", 4, "2,2")]
    [InlineData("第一项有方案得1分；第二项有总结得1分；第三项有台账得2分。", 4, "1,1,2")]
    // Letters as clause marks, points in brackets after the stop ending a clause, amounts per unit written after them.
    [InlineData("A.制定工作方案的得2分；B.开展专项检查的得2分。", 4, "2,2")]
    [InlineData("a)制定工作方案的得2分；b)开展专项检查的得2分。", 4, "2,2")]
    [InlineData("1.制定工作方案。（2分）2.开展专项检查。（2分）", 4, "2,2")]
    [InlineData("1.报送信息0.5分/篇，最高2分；2.有总结的记2分。", 4, "2,2")]
    [InlineData("1.开展联合执法1分/次，最多2分；2.有总结的得2分。", 4, "2,2")]
    // 赋N分 as the verb, alternatives by the level that adopts the work, on time against late.
    [InlineData("（1）每设立1个赋2分，最高赋4分；（2）按期完成的赋2分，逾期完成的赋1分。", 6, "4,2")]
    [InlineData("（1）有方案的得2分；（2）被国家有关部门转发推广的加2分，被省级部门转发推广的加1分。", 4, "2,2")]
    // Falling amounts for two different acts are summed (one act said of two bodies is the best reached: ProseRulebookTests).
    [InlineData("（1）开展集中宣传活动的，得2分；在主流媒体刊发工作报道的，得1分。（2）有方案的得1分。", 4, "3,1")]
    // ① ② as OCR reads them in a scan: @, @@, @), the first now and then a character.
    [InlineData("包制定工作方案的，得2分；@@ 召开部署会议的，得1分。", 3, "2,1")]
    [InlineData("@ 制定工作方案的，得2分；@) 召开部署会议的，得1分；@@ 开展督导的，得1分。", 4, "2,1,1")]
    // Two unmarked rules in one sentence run: the first closed by its own limit, the next naming points of its own.
    [InlineData("按时报送季度统计报表的得2分，每迟报一次扣0.5分，扣完为止；工作信息被省双打办采用的，每条得0.5分，最高得1分。", 3, "2,1")]
    [InlineData("每查办一起案件得1分，最高得3分；有工作总结的得1分。", 4, "3,1")]
    [InlineData("每查办一起案件得1分，最高得3分；本项最多扣2分。", 3, "3")]
    // From the ninth table's misses: a threshold then tiers of another act across ；, 再得 on top of the first award, count
    // tiers in 期, 各得 for each act named.
    [InlineData("建立维权援助工作站不少于3个的，得3分；建成保护中心的得3分，已获批筹建的得1.5分。", 6, "3,3")]
    [InlineData("1.制定年度培训计划的得1分，按计划完成培训任务的再得1分。2.举办业务培训班2期以上的得2分，1期的得1分。", 4, "2,2")]
    [InlineData("组织开展宣传周、品牌日宣传活动的，各得1分。", 2, "2")]
    // Shapes the reader already read, kept so the changes above cannot break them.
    [InlineData("1.制定年度工作计划（2分）；2.召开专题会议研究部署（2分）。", 4, "2,2")]
    [InlineData("（1）按时完成得2分，逾期完成得1分；（2）工作成效好的得2分，较好的得1分。", 4, "2,2")]
    [InlineData("（1）有方案的得1分；（2）有总结的得1分；（3）工作被国家通报表扬的得2分，被省通报表扬的得1分。", 4, "1,1,2")]
    [InlineData("（1）上报典型案例的，每项得0.5分，4项共2分；（2）有工作总结的得2分。", 4, "2,2")]
    [InlineData("1.开展专项行动（3分）：制定方案得1分，组织实施得1分，总结上报得1分。2.有台账得1分。", 4, "3,1")]
    [InlineData("（1）有方案的得2分；（2）满分4分，发现一处问题扣0.5分。", 6, "2,4")]
    [InlineData("（1）有方案的得2分；（2）出现一次扣2分，扣完4分为止。", 6, "2,4")]
    [InlineData("（1）有方案的得2分；（2）建立协作机制、开展联合行动的，各得2分。", 6, "2,4")]
    [InlineData("（1）有方案的得2分；（2）考核结果为优秀的得4分，良好的得3分，合格的得2分。", 6, "2,4")]
    [InlineData("（1）有方案的得2分；（2）信息被国家双打办采用的每条得1分，被省双打办采用的每条得0.5分，最高4分。", 6, "2,4")]
    [InlineData("1.全面完成年度任务的得4分，基本完成的得2分，未完成的不得分。2.报送信息每篇得0.2分，最高1分。", 5, "4,1")]
    [InlineData("按时完成得4分，逾期完成得2分，未完成不得分。", 4, "4")]
    public void EachClauseGivesThePointsItsWordingStates(string criteria, decimal points, string expected)
    {
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            ["序号", "考核内容", "分值", "评分标准"],
            ["1", "开展专项工作情况", points.ToString(System.Globalization.CultureInfo.InvariantCulture), criteria],
            ["2", "建立工作机制情况", "3", "建立工作机制的得3分。"],
            ["合计", "", (points + 3).ToString(System.Globalization.CultureInfo.InvariantCulture), ""],
        ];
        var rulebook = RulebookParser.Parse([], [new ExtractedTable(1, rows)]);

        var item = Assert.Single(rulebook.Indicators, i => i.Number == 1);
        Assert.Equal(expected, string.Join(",", item.Clauses.Select(c => c.Points)));
        Assert.Equal(points, item.MaxPoints);
    }
}
