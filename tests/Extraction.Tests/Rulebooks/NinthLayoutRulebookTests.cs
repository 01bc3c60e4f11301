namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a ninth layout (corpus/build/ninth_rulebook.py, written by a helper from a brief, scored before the
/// parser was changed for it): 一级指标 | 二级指标 | 分值 | 考核要求 | 评分标准 | 佐证材料, area cells merged down with their
/// points on a second line, numbered 佐证材料 cells as decoys, clauses marked （1） 一是 ①② 1、 （一） a、 ⑴ or not at all,
/// tiers beside a threshold across ；, 再得, 各得, count tiers in 期, a bonus area capped in its merged cell, a deduction
/// indicator capped in its last clause. Measured 36 of 41 clause points (34 with their rule) as .docx and PDF at first.</summary>
public class NinthLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Stem = "东知保办〔2026〕4号 考核评分细则（测试用）";

    // Measured 41/41 as .docx and PDF, points and rule; the PDF's bonus area cell, cut by a page break, is one area across
    // it, and 制度文件、运行台账 are materials the lexicon knows (a 台账 is profiled as a 统计报表).
    [Theory, InlineData(".docx", 41, 41), InlineData(".pdf", 41, 41)]
    public async Task NearlyEveryClauseHasItsPointsAndRule(string form, int pointsAtLeast, int rulesAtLeast)
    {
        var rulebook = await fixture.Get(Stem + form);
        var expected = BuilderClauses.Read(Stem);
        var read = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => (Key: (i.Number, c.Number), c.Points, c.Rule))).ToDictionary(c => c.Key);
        var pointsRight = expected.Where(e => read.TryGetValue((int.Parse(e[0]), int.Parse(e[1])), out var c) && c.Points == decimal.Parse(e[2])).ToList();
        var (right, wrong) = BuilderClauses.Score(expected, rulebook);
        Assert.True(pointsRight.Count >= pointsAtLeast, $"分值读对 {pointsRight.Count}/{expected.Count}；未读对：{string.Join("；", wrong)}");
        Assert.True(right >= rulesAtLeast, $"{right}/{expected.Count} 条款正确；未读对：{string.Join("；", wrong)}");
        Assert.Equal((100m, 100m), (rulebook.TotalPoints, rulebook.StatedTotal));
    }
}
