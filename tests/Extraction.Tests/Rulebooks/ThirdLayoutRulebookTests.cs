using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>A table in yet another province's layout (corpus/build/third_rulebook.py): area column first with (一),
/// criteria headed 评价标准 before the points, 1. ① (1) 一是 (一) numbering, points as (N分), alternatives, a blank points
/// cell, a row split by a page break, 加分项 and 扣分项 sections capped in their last clause, a totals row.</summary>
public class ThirdLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Name = "云打假办发〔2020〕5号 评分标准（测试用）";
    public static TheoryData<string> ExactForms => [Name + ".docx", Name + ".pdf"];

    static readonly IReadOnlyList<string[]> Expected = BuilderClauses.Read(Name);

    [Theory, MemberData(nameof(ExactForms))]
    public async Task EveryClauseHasItsPointsAndRule(string form)
    {
        var rulebook = await fixture.Get(form);
        BuilderClauses.AssertClauses(Expected, rulebook);
    }

    [Theory, MemberData(nameof(ExactForms))]
    public async Task IndicatorKindsCapsAreasAndTotalsAreRead(string form)
    {
        var rulebook = await fixture.Get(form);
        BuilderClauses.AssertIndicators(Expected, rulebook);
        Assert.Equal([new GroupCap(1, 2, 3m)], rulebook.Indicators.Single(i => i.Number == 9).GroupCaps);
        Assert.Equal([new GroupCap(1, 3, 10m)], rulebook.Indicators.Single(i => i.Number == 11).GroupCaps);
        Assert.Equal([("一", "组织领导"), ("二", "执法监管"), ("三", "宣传教育"), ("四", "加分项"), ("五", "扣分项")], rulebook.Areas.Select(a => (a.Number, a.Title)));
        Assert.Equal((45m, 45m), (rulebook.TotalPoints, rulebook.StatedTotal));
        Assert.Equal("云打假办发〔2020〕5号", rulebook.Notice.DocNumber);
        Assert.Empty(rulebook.Problems);
    }

    [Fact]
    public async Task TheScanGetsNineInTenClausesExactAndNamesEveryIndicatorItMisread()
    {
        var rulebook = await fixture.Get(Name + "（扫描件）.pdf");
        var actual = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => ((i.Number, c.Number), c.Points))).ToDictionary(x => x.Item1, x => x.Points);
        var wrong = Expected.Where(e => actual.GetValueOrDefault((int.Parse(e[0]), int.Parse(e[1])), -1) != decimal.Parse(e[2])).ToList();
        Assert.True(wrong.Count <= Expected.Count / 10, $"{Expected.Count - wrong.Count} of {Expected.Count} exact");
        // A reviewer is told where to look: each misread indicator is named in the problems.
        Assert.All(wrong, e => Assert.Contains(rulebook.Problems, p => p.StartsWith($"指标 {e[0]} ")));
        Assert.Equal(45m, rulebook.StatedTotal);
    }

    [Theory, MemberData(nameof(ExactForms))]
    public async Task TiersOnWhoLeadsNameEachTiersRolesForTheMatcher(string form)
    {
        var clause = (await fixture.Get(form)).Indicators[0].Clauses[0];
        Assert.Equal((RuleShape.Tiered, LeaderTiers.Basis, true), (clause.Rule, clause.DecidedBy, clause.Decidable));
        Assert.Equal([("tier", 3m, new[] { "本级政府主要负责同志" }), ("tier", 2m, new[] { "政府分管负责同志" })],
            clause.Awards.Select(a => (a.Kind, a.Amount, a.Roles!.ToArray())));
        // Tiers on anything else (企业培训 vs 仅转发) name no roles and no basis.
        var other = (await fixture.Get(form)).Indicators[7].Clauses[1];
        Assert.Equal((RuleShape.Tiered, null), (other.Rule, other.DecidedBy));
        Assert.All(other.Awards, a => Assert.Null(a.Roles));
    }
}
