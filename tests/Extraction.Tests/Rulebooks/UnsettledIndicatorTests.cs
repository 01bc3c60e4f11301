using Extraction.Extract;
using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>An indicator whose clauses do not add up to its points was misread somewhere: a reviewer settles each clause.</summary>
public class UnsettledIndicatorTests
{
    static Rulebook Parse(params string[][] rows) =>
        RulebookParser.Parse(["评分标准"], [new ExtractedTable(1, rows.Select(r => (IReadOnlyList<string>)r).ToList())]);

    static readonly string[] Header = ["考核重点", "考核内容", "评分标准", "分值"];

    [Fact]
    public void ClausesThatDoNotAddUpToTheirIndicatorGoToAReviewerWithTheReason()
    {
        // Clause (2) lost its number in the reading, so (1) seems to give 1.5 where the indicator gives 2 in all.
        var rulebook = Parse(Header,
            ["一、组织领导", "1.开展培训", "(1)举办执法培训班的，得1分；制定培训方案的，得0.5分。", "2"],
            ["一、组织领导", "2.部署行动", "(1)印发行动通知的，得1分。(2)召开部署会议的，得1分。", "2"]);
        var misread = rulebook.Indicators.Single(i => i.Number == 1);
        Assert.All(misread.Clauses, c => Assert.False(c.Decidable));
        Assert.All(misread.Clauses, c => Assert.Contains("合计与分值 2 分不符", c.ReviewReason));
        Assert.All(rulebook.Indicators.Single(i => i.Number == 2).Clauses, c => Assert.True(c.Decidable));
    }
}
