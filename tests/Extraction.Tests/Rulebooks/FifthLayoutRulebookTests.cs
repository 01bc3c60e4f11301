using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a fifth layout (corpus/build/fifth_rulebook.py), as .docx and as a text PDF: three merged levels
/// (一级指标 | 二级指标 | 考核要点), some indicators written one clause per row with each row's own 分值 or one 分值 merged
/// over their rows, points only in the title cell (8.宣传报道（5分）), 得满分, and caps after a comma in the last clause.</summary>
public class FifthLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Stem = "西打假办〔2022〕9号 绩效考核评分细则（测试用）";

    static readonly IReadOnlyList<string[]> Expected = BuilderClauses.Read(Stem);

    [Theory, InlineData(".docx"), InlineData(".pdf")]
    public async Task EveryClauseHasItsPointsAndRuleAndEveryIndicatorItsMost(string form)
    {
        var rulebook = await fixture.Get(Stem + form);
        BuilderClauses.AssertClauses(Expected, rulebook);
        BuilderClauses.AssertIndicators(Expected, rulebook);
        Assert.Equal((80m, 80m), (rulebook.TotalPoints, rulebook.StatedTotal));
        // The points a title states are its indicator's, and no longer part of its title.
        Assert.Equal("宣传报道", rulebook.Indicators.Single(i => i.Number == 8).Title);
    }
}
