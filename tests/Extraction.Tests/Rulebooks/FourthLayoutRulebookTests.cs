using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a fourth layout (corpus/build/fourth_rulebook.py): areas as rows spanning the table, the points
/// column before the criteria with its unit (4分), alternatives on who leads and on rates, per-item awards capped in
/// their sentence (每…件，得0.5分，最多得4分), a deduction capped in its last words, bonus items capped per indicator and
/// a deduction section whose caps stand in the 备注 column.</summary>
public class FourthLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Form = "江打假办〔2021〕3号 考核细则（测试用）.docx";

    static readonly IReadOnlyList<string[]> Expected = BuilderClauses.Read("江打假办〔2021〕3号 考核细则（测试用）");

    [Fact]
    public async Task EveryClauseHasItsPointsAndRule()
    {
        var rulebook = await fixture.Get(Form);
        BuilderClauses.AssertClauses(Expected, rulebook);
    }

    [Fact]
    public async Task KindsCapsAreasAndTotalsAreRead()
    {
        var rulebook = await fixture.Get(Form);
        BuilderClauses.AssertIndicators(Expected, rulebook);
        // The caps written in the 备注 cell bound the indicator's clauses together.
        Assert.Equal([new GroupCap(1, 2, 2m)], rulebook.Indicators.Single(i => i.Number == 9).GroupCaps);
        Assert.Equal([new GroupCap(1, 2, 5m)], rulebook.Indicators.Single(i => i.Number == 11).GroupCaps);
        Assert.Equal([("一", "组织保障"), ("二", "执法办案"), ("三", "宣传培训"), ("四", "加分项目"), ("五", "扣分项目")], rulebook.Areas.Select(a => (a.Number, a.Title)));
        Assert.Equal((30m, 30m), (rulebook.TotalPoints, rulebook.StatedTotal));
        Assert.Equal("江打假办〔2021〕3号", rulebook.Notice.DocNumber);
        Assert.Empty(rulebook.Problems);
    }

    [Fact]
    public async Task TiersOnWhoLeadsAreDecidedFromTheDocumentThatNamesTheLeader()
    {
        var clause = (await fixture.Get(Form)).Indicators[0].Clauses[0];
        Assert.Equal((RuleShape.Tiered, LeaderTiers.Basis, true), (clause.Rule, clause.DecidedBy, clause.Decidable));
        Assert.Equal([("tier", 2m, new[] { "本级政府主要负责同志" }), ("tier", 1m, new[] { "分管负责同志" })],
            clause.Awards.Select(a => (a.Kind, a.Amount, a.Roles!.ToArray())));
    }
}
