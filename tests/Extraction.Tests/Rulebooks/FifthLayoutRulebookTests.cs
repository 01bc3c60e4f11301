using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a fifth layout (corpus/build/fifth_rulebook.py), as .docx and as a text PDF: three merged levels
/// (一级指标 | 二级指标 | 考核要点), some indicators written one clause per row with each row's own 分值 or one 分值 merged
/// over their rows, points only in the title cell (8.宣传报道（5分）), 得满分, and caps after a comma in the last clause.</summary>
public class FifthLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Stem = "西打假办〔2022〕9号 绩效考核评分细则（测试用）";

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
        Assert.Equal((80m, 80m), (rulebook.TotalPoints, rulebook.StatedTotal));
        // The points a title states are its indicator's, and no longer part of its title.
        Assert.Equal("宣传报道", rulebook.Indicators.Single(i => i.Number == 8).Title);
    }
}
