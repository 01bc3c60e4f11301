namespace Extraction.Tests.Rulebooks;

/// <summary>A table in a tenth layout (corpus/build/tenth_rulebook.py, written by a helper from a brief, scored before the
/// parser was changed for it): 序号 | 评分要素 | 评分细则 | 标准分 | 评分依据 | 自评分 with no indicator column, each
/// indicator a heading across the table (一、组织领导（8分）, 十二、工作创新（加分项，最多加3分）) over its clause rows
/// numbered 1.1 1.2 or not at all, one cell counting 1. 2. then （3）（4） and an unmarked clause after a deduction's limit,
/// a deduction clause inside a base indicator, tiers by the bodies that promote (国务院 … 省委、省政府). Measured 6 of 45
/// clause points as .docx and PDF at first (33 indicators read for 14).</summary>
public class TenthLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string Stem = "西知保办〔2026〕7号 考核评分表（测试用）";

    // Measured 45/45 as .docx and PDF, points and rule, with 14 indicators and every indicator's most.
    [Theory, InlineData(".docx"), InlineData(".pdf")]
    public async Task HeadingsAreIndicatorsAndTheirRowsClauses(string form)
    {
        var rulebook = await fixture.Get(Stem + form);
        var expected = BuilderClauses.Read(Stem);
        var (right, wrong) = BuilderClauses.Score(expected, rulebook);
        Assert.True(right >= 45, $"{right}/{expected.Count} 条款正确；未读对：{string.Join("；", wrong)}");
        Assert.Equal(14, rulebook.Indicators.Count);
        var maxima = expected.GroupBy(e => int.Parse(e[0])).ToDictionary(g => g.Key, g => decimal.Parse(g.First()[5]));
        Assert.All(rulebook.Indicators, i => Assert.Equal(maxima[i.Number], i.MaxPoints));
        Assert.Equal((100m, 100m), (rulebook.TotalPoints, rulebook.StatedTotal));
        // The deduction clause inside 专项整治 counts at its own limit: the indicator's clauses stay decidable.
        Assert.DoesNotContain(rulebook.Indicators.Single(i => i.Number == 4).Clauses, c => c.ReviewReason?.Contains("不符") == true);
    }
}
