using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>A table of another layout (number first, points before criteria, ①②③, merged area cells, 60 points)
/// read by the same code as seed 000.</summary>
public class SecondLayoutRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    [Fact]
    public async Task TheSecondTableParsesExactly()
    {
        var rulebook = await fixture.Get(Corpus.SecondTable);
        Assert.Empty(rulebook.Problems);
        Assert.Equal(60m, rulebook.TotalPoints);
        Assert.Equal([("一", "执法办案"), ("二", "宣传培训"), ("三", "机制建设")], rulebook.Areas.Select(a => (a.Number, a.Title)));
        Assert.Equal("荆打假办〔2020〕2号", rulebook.Notice.DocNumber);
        Assert.Equal(2020, rulebook.Notice.Year);
        Assert.Equal(new DateOnly(2021, 1, 15), rulebook.Notice.Deadline);
        Assert.Equal(new Dictionary<string, int> { ["自查"] = 30, ["市级考核"] = 70 }, rulebook.Notice.Weights);

        var clauses = rulebook.Indicators.SelectMany(i => i.Clauses.Select(c => (i.Number, c.Number, c.Points, c.Rule, string.Join("、", c.Materials)))).ToList();
        Assert.Equal(
        [
            (1, 1, 3m, "fixed", "方案"), (1, 2, 3m, "fixed", "总结"), (1, 3, 4m, "per_item", ""),
            (2, 1, 5m, "threshold", "典型案例"), (2, 2, 3m, "per_item", ""),
            (3, 1, 6m, "fixed", ""), (3, 2, 6m, "deduction", ""),
            (4, 1, 4m, "materials", "培训通知、培训总结、人员名单"), (4, 2, 3m, "tiered", "培训通知"), (4, 3, 2m, "fixed", ""),
            (5, 1, 4m, "per_item", "宣传报道"), (5, 2, 3m, "fixed", "方案"),
            (6, 1, 5m, "ranking", ""),
            (7, 1, 8m, "multi_award", "会议纪要"), (7, 2, 15m, "per_item", "工作信息"), (7, 3, 3m, "fixed", "总结"),
            (8, 1, 3m, "per_item", ""),
        ], clauses);
        Assert.Equal([new GroupCap(1, 3, 15m)], rulebook.Indicators[6].GroupCaps);
        Assert.Equal((IndicatorKind.Bonus, 3m), (rulebook.Indicators[7].Kind, rulebook.Indicators[7].MaxPoints));
        Assert.Equal(["市市场监管局", "市知识产权局"], rulebook.Indicators[1].Assessors);
    }
}
