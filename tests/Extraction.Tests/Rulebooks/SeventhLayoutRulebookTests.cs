using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a seventh layout (corpus/build/seventh_rulebook.py), as .docx and as a text PDF: a two-row header
/// (得分 over 自评 | 复核), areas without numerals in a merged cell, indicators numbered afresh in each area, awards against
/// the item's own points (得满分, 得该项分值的60%), an item scored down from 本项满分6分, clauses numbered 1) and 第一，.</summary>
public class SeventhLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Stem = "南打假办〔2024〕2号 考核细则（测试用）";

    /// <summary>What the builder says each clause gives: indicator, clause, points, rule, the indicator's kind and most.</summary>
    static readonly IReadOnlyList<string[]> Expected = File.ReadAllLines(Corpus.Notice(Stem + ".clauses.tsv"))
        .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();

    [Theory, InlineData(".docx"), InlineData(".pdf")]
    public async Task EveryClauseHasItsPointsAndRuleAndEveryIndicatorItsMost(string form)
    {
        var rulebook = await fixture.Get(Stem + form);
        var actual = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => $"{i.Number}\t{c.Number}\t{c.Points}\t{c.Rule}")).ToList();
        Assert.Equal(Expected.Select(e => string.Join('\t', e[..4])), actual);
        var indicators = Expected.Select(e => (int.Parse(e[0]), e[4], decimal.Parse(e[5]))).Distinct().ToList();
        Assert.Equal(indicators, rulebook.Indicators.Select(i => (i.Number, i.Kind.ToString().ToLowerInvariant(), i.MaxPoints)));
        Assert.Equal((50m, 50m), (rulebook.TotalPoints, rulebook.StatedTotal));
        // The header's second row is no content, numbers restarting per area are counted on, and nothing fails to add up.
        Assert.Empty(rulebook.Problems);
        Assert.Equal(["组织保障", "执法监管", "宣传引导", "加分项目", "扣分项目"], rulebook.Areas.Select(a => a.Title));
        Assert.Equal("日常监管", rulebook.Indicators.Single(i => i.Number == 4).Title);
    }
}
