namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a twelfth layout (corpus/build/twelfth_rulebook.py, written by a helper from a brief, scored before
/// the parser was changed for it), one notice in two forms and NO 分值 column in either: (A) portrait, 一级指标 | 二级指标 |
/// 评分细则 | 备注, the indicator's points in its 二级指标 cell without brackets (领导机制 6分, 案件查办 / 15分, 分值：5分,
/// 最高加3分, 最多扣10分), ①②③ clauses in one cell, 加分项 / 扣分项 opened by rows across the table; (B) landscape,
/// 考核项目 | 考核内容 | 评分标准 | 考核方式 | 备注, one row per clause under merged area and indicator cells that the page
/// breaks cut, the header repeated. Measured 2026-12-08 (compare-rulebook.py): A 39 of 50 clause points as .docx, 4 as PDF;
/// B 5 of 50 as .docx, 4 as PDF. Neither table is taken as a scoring table (the same rows with a 分值 column added read
/// 50 of 50): the rows are read as prose — in the .docx each row (A) or each clause row (B) becomes an indicator with the
/// area and indicator cells in its first clause, in the PDF each area becomes one indicator and later rows run into its
/// clauses; A's .docx also loses the bonus and deduction items to the last base clause (114 points). Floors at today's
/// reading, so the test fails only if the reading gets worse.</summary>
public class TwelfthLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Portrait = "沅打假办〔2026〕11号 考核评分细则（测试用）";
    const string Wide = "沅打假办〔2026〕11号 考核评分细则（横版，测试用）";

    // Measured 39/50 (A .docx), 4/50 (A .pdf), 5/50 (B .docx), 4/50 (B .pdf) on 2026-12-08.
    [Theory, InlineData(Portrait, ".docx", 39), InlineData(Portrait, ".pdf", 4), InlineData(Wide, ".docx", 5), InlineData(Wide, ".pdf", 4)]
    public async Task MostClausesHaveTheirPoints(string stem, string form, int atLeast)
    {
        var rulebook = await fixture.Get(stem + form);
        var expected = BuilderClauses.Read(stem);
        var read = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => (Key: (i.Number, c.Number), c.Points))).ToDictionary(c => c.Key, c => c.Points);
        var (_, wrong) = BuilderClauses.Score(expected, rulebook);
        int pointsRight = expected.Count(e => read.TryGetValue((int.Parse(e[0]), int.Parse(e[1])), out var p) && p == decimal.Parse(e[2]));
        Assert.True(pointsRight >= atLeast, $"分值读对 {pointsRight}/{expected.Count}；未读对：{string.Join("；", wrong)}");
    }
}
