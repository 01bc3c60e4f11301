using Extraction.Chinese;
using Extraction.Rulebooks;

namespace Extraction.Tests.Rulebooks;

/// <summary>Rulebooks written as text with no table (corpus/build/prose_rulebooks.py), as .docx and as a text PDF, in three
/// offices' styles: headings 一、组织领导（10分） that are themselves the indicators, with clauses 1. 2. under them and the
/// caps of the bonus and deduction items in their last clause; three levels whose （一） restarts in each area, each
/// title ending in 。 or ： with its criteria run on and clauses （1） or ① inside; indicators 1.组织领导（10分） with ①
/// clauses on their own lines, the caps in the headings (加分项（最高加4分）) and a closing 注 stating the total; and each
/// as a copier's scan of its PDF.</summary>
public class ProseRulebookTests(RulebookFixture fixture) : IClassFixture<RulebookFixture>
{
    const string TwoLevels = "中打假办〔2024〕7号 考核办法（正文版，测试用）";
    const string RestartingSections = "青双打办〔2023〕4号 绩效考核细则（正文版，测试用）";
    const string NumberedItems = "临知保办〔2025〕2号 考核评分细则（正文版，测试用）";

    // Measured 16/17, 17/17, 17/17 as .docx, PDF and a copier's scan (gray 150 ppi JPEG; OCR reads （ as 〈 or 《, ① as @,
    // @@, 名, 钙). Left: 有案件移送书、受理回执等材料的 names materials the lexicon has no kind for, so the clause reads
    // fixed, not materials (its points are right).
    [Theory]
    [InlineData(TwoLevels, ".docx", 16, 50), InlineData(TwoLevels, ".pdf", 16, 50)]
    [InlineData(RestartingSections, ".docx", 17, 60), InlineData(RestartingSections, ".pdf", 17, 60)]
    [InlineData(NumberedItems, ".docx", 17, 50), InlineData(NumberedItems, ".pdf", 17, 50)]
    [InlineData(TwoLevels, "（扫描件）.pdf", 16, 50), InlineData(RestartingSections, "（扫描件）.pdf", 17, 60), InlineData(NumberedItems, "（扫描件）.pdf", 17, 50)]
    public async Task NearlyEveryClauseHasItsPointsAndRule(string stem, string form, int atLeast, int total)
    {
        var rulebook = await fixture.Get(stem + form);
        var expected = BuilderClauses.Read(stem);
        var (right, wrong) = BuilderClauses.Score(expected, rulebook);
        Assert.True(right >= atLeast, $"{right}/{expected.Count} 条款正确；未读对：{string.Join("；", wrong)}");
        BuilderClauses.AssertIndicators(expected, rulebook);
        Assert.Equal((total, total), ((int)rulebook.TotalPoints, (int?)rulebook.StatedTotal));
    }

    // Areas headed 第一部分, the indicators' （一） restarting in each, a page number between pages, a 注 ending the items.
    [Fact]
    public void AreasHeadedByPartsAndAPageBreakInsideAnIndicator()
    {
        string[] pages =
        [
            "某市打击侵权假冒工作考核细则\n第一部分 基础工作（6分）\n（一）组织领导（4分）\n1.成立领导小组的，得2分。\n2.召开专题会议的，得2分。\n- 1 -",
            "（二）工作部署（2分）印发年度工作要点的，得2分。\n第二部分 执法办案（5分）\n（一）案件查办（5分）\n1.查办案件数较上年增长的得5分，持平的得3分。\n注：本细则总分11分。\n附：联系人及电话",
        ];
        var rulebook = RulebookParser.Parse(pages.Select(p => TextNormalizer.Normalize(p, joinWrappedLines: false)).ToList(), []);
        Assert.Equal(["一", "二"], rulebook.Areas.Select(a => a.Number));
        Assert.Equal(["基础工作", "执法办案"], rulebook.Areas.Select(a => a.Title));
        Assert.Equal(["1:组织领导:4:2,2", "2:工作部署:2:2", "3:案件查办:5:5"],
            rulebook.Indicators.Select(i => $"{i.Number}:{i.Title}:{i.MaxPoints}:{string.Join(",", i.Clauses.Select(c => c.Points))}"));
        Assert.Equal((11m, 11m), (rulebook.TotalPoints, rulebook.StatedTotal));
    }

    [Fact]
    public void ANoticeWithNeitherTableNorScoredItemsSaysSo()
    {
        var rulebook = RulebookParser.Parse(["关于开展专项检查的通知", "一、检查范围", "（一）各县市区。", "二、工作要求", "请于12月底前报送总结。"], []);
        Assert.Empty(rulebook.Indicators);
        Assert.Contains(rulebook.Problems, p => p.StartsWith("未找到评分表", StringComparison.Ordinal));
    }
}
