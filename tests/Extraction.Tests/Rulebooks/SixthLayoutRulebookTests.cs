using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a sixth layout (corpus/build/sixth_rulebook.py), as .docx and as a text PDF whose header row repeats
/// on each page: 序号 | 考核项目 | 分值 | 考核内容及评分标准 | 考核责任单位, areas as rows across the table headed 第一部分 …,
/// points in Chinese numerals and full-width digits, a formula (得分=…×4分), deductions inside a clause, an indicator whose
/// points stand in its own header row above its clauses, and unnumbered sentences that each award points.</summary>
public class SixthLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Stem = "东打假办〔2023〕6号 考核评分标准（测试用）";

    static readonly IReadOnlyList<string[]> Expected = BuilderClauses.Read(Stem);

    [Theory, InlineData(".docx"), InlineData(".pdf")]
    public async Task EveryClauseHasItsPointsAndRuleAndEveryIndicatorItsMost(string form)
    {
        var rulebook = await fixture.Get(Stem + form);
        BuilderClauses.AssertClauses(Expected, rulebook);
        BuilderClauses.AssertIndicators(Expected, rulebook);
        Assert.Equal((100m, 100m), (rulebook.TotalPoints, rulebook.StatedTotal));
    }

    [Theory, InlineData(".docx"), InlineData(".pdf")]
    public async Task AreasHeadedByPartAreReadWithTheirIndicators(string form)
    {
        var rulebook = await fixture.Get(Stem + form);
        Assert.Equal(["一 组织领导", "二 执法办案", "三 宣传培训", "四 制度建设", "五 加分和扣分项目"], rulebook.Areas.Select(a => $"{a.Number} {a.Title}"));
        Assert.Equal([3, 4, 3, 2, 4], rulebook.Areas.Select(a => rulebook.Indicators.Count(i => i.Area == a.Number)));
        // Nothing of the table is left unplaced, and the area rows do not run into the criteria above them.
        Assert.DoesNotContain(rulebook.Problems, p => p.Contains("无法归入"));
        Assert.DoesNotContain(rulebook.Indicators.SelectMany(i => i.Clauses), c => c.Text.Contains("部分"));
    }

    [Theory, InlineData(".docx"), InlineData(".pdf")]
    public async Task TheCombinedHeaderIsTheCriteriaAndTheTitleColumnTheIndicators(string form)
    {
        var rulebook = await fixture.Get(Stem + form);
        Assert.Equal("案件查办", rulebook.Indicators.Single(i => i.Number == 4).Title);
        Assert.Equal(["市公安局", "市检察院"], rulebook.Indicators.Single(i => i.Number == 5).Assessors);
        Assert.Empty(rulebook.Problems);
    }
}
