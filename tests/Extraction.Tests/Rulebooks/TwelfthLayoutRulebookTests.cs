namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a twelfth layout (corpus/build/twelfth_rulebook.py, written by a helper from a brief, scored before
/// the parser was changed for it), one notice in two forms and NO 分值 column in either: (A) portrait, 一级指标 | 二级指标 |
/// 评分细则 | 备注, the indicator's points in its 二级指标 cell without brackets (领导机制 6分, 案件查办 / 15分, 分值：5分,
/// 最高加3分, 最多扣10分), ①②③ clauses in one cell, 加分项 / 扣分项 opened by rows across the table; (B) landscape,
/// 考核项目 | 考核内容 | 评分标准 | 考核方式 | 备注, one row per clause under merged area and indicator cells that the page
/// breaks cut, the header repeated. Measured 2026-12-08 (compare-rulebook.py) before any change: A 39 of 50 clause points
/// as .docx, 4 as PDF; B 5 of 50 as .docx, 4 as PDF — neither was taken as a scoring table, having no 分值 column. Now a
/// header with criteria and indicators whose indicator cells end on their points reads those points as its points column
/// (a cell's 最多扣10分 the item's cap), a merged area cell a page break cut down to its points (20分) stays one area, a
/// weight (权重不低于1%) is tiers not rate bands and 缺一项扣0.5分 is part of a materials award: 50 of 50 in all four.</summary>
public class TwelfthLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Portrait = "沅打假办〔2026〕11号 考核评分细则（测试用）";
    const string Wide = "沅打假办〔2026〕11号 考核评分细则（横版，测试用）";

    // Measured 39/50 (A .docx), 4/50 (A .pdf), 5/50 (B .docx), 4/50 (B .pdf) on 2026-12-08 at first; 50/50 each now.
    [Theory, InlineData(Portrait, ".docx", 50), InlineData(Portrait, ".pdf", 50), InlineData(Wide, ".docx", 50), InlineData(Wide, ".pdf", 50)]
    public async Task MostClausesHaveTheirPoints(string stem, string form, int atLeast)
    {
        var rulebook = await fixture.Get(stem + form);
        var expected = BuilderClauses.Read(stem);
        var read = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => (Key: (i.Number, c.Number), c.Points))).ToDictionary(c => c.Key, c => c.Points);
        var (_, wrong) = BuilderClauses.Score(expected, rulebook);
        int pointsRight = expected.Count(e => read.TryGetValue((int.Parse(e[0]), int.Parse(e[1])), out var p) && p == decimal.Parse(e[2]));
        Assert.True(pointsRight >= atLeast, $"分值读对 {pointsRight}/{expected.Count}；未读对：{string.Join("；", wrong)}");
    }

    // Measured 50/50 points and rule, every indicator's kind and most, in all four on 2026-12-08 after the fix.
    [Theory, InlineData(Portrait, ".docx"), InlineData(Portrait, ".pdf"), InlineData(Wide, ".docx"), InlineData(Wide, ".pdf")]
    public async Task EveryClauseHasItsRuleAndEveryIndicatorItsMost(string stem, string form)
    {
        var rulebook = await fixture.Get(stem + form);
        var expected = BuilderClauses.Read(stem);
        var (right, wrong) = BuilderClauses.Score(expected, rulebook);
        Assert.True(right == expected.Count, $"分值与规则读对 {right}/{expected.Count}；未读对：{string.Join("；", wrong)}");
        BuilderClauses.AssertIndicators(expected, rulebook);
    }
}
