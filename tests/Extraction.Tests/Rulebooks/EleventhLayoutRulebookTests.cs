namespace Extraction.Tests.Rulebooks;

/// <summary>A table in an eleventh layout (corpus/build/eleventh_rulebook.py, written by a helper from a brief, scored before
/// the parser was changed for it): 考核类别 | 考核指标 | 分值 | 得分标准 | 扣分标准 | 考核单位, landscape over five pages with
/// its header repeated, the indicator cell holding its points (制度建设（5分）) merged down over rows of their own, the
/// deductions in a column apart ("/" where there are none), clauses marked ● ◆ — or (1)(2) restarting. Measured 7 of 55
/// clause points as .docx and 2 of 55 as PDF at first (得分标准 was no header the reader knew); 55 of 55 as both now.</summary>
public class EleventhLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Stem = "岚打假办〔2026〕8号 考核评分表（横版，测试用）";

    // Measured 55/55 as .docx and as PDF (an indicator cell a page break cut is one indicator, each clause row bounded by its 分值).
    [Theory, InlineData(".docx", 55), InlineData(".pdf", 55)]
    public async Task MostClausesHaveTheirPointsAndRule(string form, int atLeast)
    {
        var rulebook = await fixture.Get(Stem + form);
        var expected = BuilderClauses.Read(Stem);
        var read = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => (Key: (i.Number, c.Number), c.Points))).ToDictionary(c => c.Key, c => c.Points);
        var (_, wrong) = BuilderClauses.Score(expected, rulebook);
        int pointsRight = expected.Count(e => read.TryGetValue((int.Parse(e[0]), int.Parse(e[1])), out var p) && p == decimal.Parse(e[2]));
        Assert.True(pointsRight >= atLeast, $"分值读对 {pointsRight}/{expected.Count}；未读对：{string.Join("；", wrong)}");
    }
}
