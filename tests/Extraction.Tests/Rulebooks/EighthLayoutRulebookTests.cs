using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>A table in an eighth layout (corpus/build/eighth_rulebook.py), as .docx and as a text PDF: 考核项目 | 考核内容 |
/// 评分方法 | 分值 with no number column (and the same table with a 序号 column first), the header repeated over two pages,
/// clauses unnumbered on lines of their own or separated only by ；, marked A. B. / a) b) / ①② run together / (1)(2),
/// points in brackets after a clause or after its full stop (。（2分）2.), alternatives across ；, an empty 分值 cell, a bonus
/// capped in its 分值 cell (加分不超过2分) and one after its last clause (累计最高加3分), a deduction capped inside its last
/// clause. And a rulebook of the same office weighted in percentages (序号 | 指标 | 权重 | 评分细则, 20% is 20 of 100 points)
/// whose points are written 赋N分, 记N分, 计N分. And the office's rulebook written as text with no table: 一、组织领导（10分）
/// （一）领导机构（4分） 1.…（2分）, an indicator's criteria after its title on the same line, bonus and deduction parts.</summary>
public class EighthLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Stem = "北打假办〔2025〕1号 考核评分办法（测试用）";
    const string NumberedStem = "北打假办〔2025〕1号 考核评分办法（序号版，测试用）";
    const string WeightedStem = "北知保办〔2025〕3号 绩效考核评分标准（测试用）";
    const string ProseStem = "北打假办〔2025〕5号 考核细则（正文版，测试用）";

    static readonly string[] AreaTitles = ["组织领导", "执法办案", "宣传培训", "加分项目", "扣分项目"];

    // With the 序号 column, and without it (the indicators numbered by their order, the title of the 3rd still its own):
    // measured 32/32 in all four; 30, 30, 26, 27 before a rule closed by its own limit (扣完为止；) and followed by one
    // naming points was its own clause, and a PDF line ending on an amount at the cell's edge ended its paragraph when
    // the next line opens a rule of its own.
    [Theory]
    [InlineData(NumberedStem, ".docx", 32), InlineData(NumberedStem, ".pdf", 32)]
    [InlineData(Stem, ".docx", 32), InlineData(Stem, ".pdf", 32)]
    public async Task NearlyEveryClauseHasItsPointsAndRule(string stem, string form, int atLeast)
    {
        var rulebook = await fixture.Get(stem + form);
        var expected = BuilderClauses.Read(stem);
        var (right, wrong) = BuilderClauses.Score(expected, rulebook);
        Assert.True(right >= atLeast, $"{right}/{expected.Count} 条款正确；未读对：{string.Join("；", wrong)}");
        Assert.Equal((50m, 50m), (rulebook.TotalPoints, rulebook.StatedTotal));
        Assert.Equal(AreaTitles, rulebook.Areas.Select(a => a.Title));
        Assert.Equal("落实工作经费", rulebook.Indicators.Single(i => i.Number == 3).Title);
    }

    [Theory, InlineData(".docx"), InlineData(".pdf")]
    public async Task WeightsInPercentGiveTheIndicatorsTheirPoints(string form)
    {
        var rulebook = await fixture.Get(WeightedStem + form);
        var expected = BuilderClauses.Read(WeightedStem);
        BuilderClauses.AssertClauses(expected, rulebook);
        BuilderClauses.AssertIndicators(expected, rulebook);
        Assert.Equal((100m, 100m), (rulebook.TotalPoints, rulebook.StatedTotal));
        Assert.Empty(rulebook.Problems);
    }

    [Theory, InlineData(".docx"), InlineData(".pdf")]
    public async Task ARulebookInProseIsReadLikeATable(string form)
    {
        var rulebook = await fixture.Get(ProseStem + form);
        var expected = BuilderClauses.Read(ProseStem);
        BuilderClauses.AssertClauses(expected, rulebook);
        BuilderClauses.AssertIndicators(expected, rulebook);
        Assert.Equal(AreaTitles, rulebook.Areas.Select(a => a.Title));
        Assert.Equal(["领导机构", "工作部署", "案件查办", "专项行动", "宣传报道", "业务培训"], rulebook.Indicators.Take(6).Select(i => i.Title));
        Assert.Equal((40m, 40m), (rulebook.TotalPoints, rulebook.StatedTotal));
    }
}
