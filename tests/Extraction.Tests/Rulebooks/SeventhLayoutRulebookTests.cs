using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a seventh layout (corpus/build/seventh_rulebook.py), as .docx and as a text PDF: a two-row header
/// (得分 over 自评 | 复核), areas without numerals in a merged cell, indicators numbered afresh in each area, awards against
/// the item's own points (得满分, 得该项分值的60%), an item scored down from 本项满分6分, clauses numbered 1) and 第一，.</summary>
public class SeventhLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Stem = "南打假办〔2024〕2号 考核细则（测试用）";

    static readonly IReadOnlyList<string[]> Expected = BuilderClauses.Read(Stem);

    [Theory, InlineData(".docx"), InlineData(".pdf")]
    public async Task EveryClauseHasItsPointsAndRuleAndEveryIndicatorItsMost(string form)
    {
        var rulebook = await fixture.Get(Stem + form);
        BuilderClauses.AssertClauses(Expected, rulebook);
        BuilderClauses.AssertIndicators(Expected, rulebook);
        Assert.Equal((50m, 50m), (rulebook.TotalPoints, rulebook.StatedTotal));
        // The header's second row is no content, numbers restarting per area are counted on, and nothing fails to add up.
        Assert.Empty(rulebook.Problems);
        Assert.Equal(["组织保障", "执法监管", "宣传引导", "加分项目", "扣分项目"], rulebook.Areas.Select(a => a.Title));
        Assert.Equal("日常监管", rulebook.Indicators.Single(i => i.Number == 4).Title);
    }
}
