using Extraction.Matching;
using Extraction.Rulebooks;
using Extraction.Understand;
using Xunit.Abstractions;

namespace Extraction.Tests.Understand;

/// <summary>The sixth batch of corpus/selfreports (build-selfreports6.sh), layouts the product had not seen when it was
/// written: a Word table grouped by 一级指标 with the area merged down and "6.5分" in the cells; a two-column table
/// 指标 | 自评情况 with the score inside the sentence; a letter-style 公文 with the score in brackets after each item's
/// title; a text PDF whose 扣分原因 cells are long and full of other figures, closed by 应得分 and 实得分 rows; an .xlsx
/// of two sheets, 说明 and 自评表. Read as the assessor reads them; what is unread or wrong is printed per file.</summary>
public sealed class SixthSelfReportTests(SelfReportFiles files, ITestOutputHelper output) : IClassFixture<SelfReportFiles>
{
    static readonly Rulebook Hubei = RulebookFile.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", RulebookFile.FileName));

    // Measured when the batch was written (4b2056d): 咸宁 0, 荆门 20, 鄂州 29, 潜江 28, 天门 29 of 29 read right, with 1, 0,
    // 0, 1, 0 read wrong; totals right but 潜江's (179.0 read, 88.5 written). The floors and ceilings are those numbers, so
    // the test passes with what the product reads today and catches a step back; raise them as the reading improves.
    //   咸宁 (一级指标|二级指标|分值|自评得分, the area merged down, "6.5分"): the 二级指标 header is not taken for the name
    //     column, so no row is tied to its indicator; the one score read, 20=2, is the 两法衔接 row's.
    //   荆门 (指标|自评情况): 打击侵权假冒犯罪（20分） is not tied to 20, and the rows after it (21–28) are lost with it.
    //   潜江 (text PDF, 应得分/实得分 rows): with the area row 六、防范系统性风险 above the lone deduction row, 29 takes the
    //     实得分 row's 88.5 and the total is summed (179.0) instead of the 实得分 stated.
    static readonly Dictionary<string, (int Right, int Wrong)> Floor = new()
    {
        ["咸宁市"] = (0, 1),
        ["荆门市"] = (20, 0),
        ["鄂州市"] = (29, 0),
        ["潜江市"] = (28, 1),
        ["天门市"] = (29, 0),
    };

    // Totals the product misreads today (printed, not asserted); drop a region from here once its total is read.
    static readonly HashSet<string> TotalMissed = ["潜江市"];

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var name in SelfReportTruth.Batch(6).Keys) data.Add(name);
        return data;
    }

    [Theory, MemberData(nameof(Files))]
    public void EachReportIsReadAsASelfEvaluationWithItsTotalAndAtLeastItsFloorOfScores(string file)
    {
        Assert.True(files.Read.TryGetValue(file, out var read), $"{file} 未能读入");
        var (total, wanted) = SelfReportTruth.Batch(6)[file];
        var (scores, own) = SelfEvaluation.Read(read.Text, Hubei.Indicators, areas: Hubei.Areas);
        var unread = wanted.Keys.Where(k => !scores.ContainsKey(k)).ToList();
        var wrong = wanted.Where(w => scores.TryGetValue(w.Key, out var s) && s != w.Value).Select(w => $"{w.Key}: 应为{w.Value} 读出{scores[w.Key]}").ToList();
        var extra = scores.Keys.Except(wanted.Keys).Select(k => $"{k}={scores[k]}").ToList();
        int right = wanted.Count - unread.Count - wrong.Count;
        output.WriteLine($"{file}: 类型 {read.Facts.Type}；总分 读出{own?.ToString() ?? "无"} 应为{total}；读对 {right}/{wanted.Count}；"
            + $"未读出 [{string.Join(",", unread)}]；读错 [{string.Join("；", wrong)}]；多读 [{string.Join("；", extra)}]；标记 [{string.Join(",", read.Facts.Flags)}]");
        var region = Floor.Keys.Single(file.StartsWith);
        Assert.Equal("自评报告", read.Facts.Type);
        if (!TotalMissed.Contains(region)) Assert.Equal(total, own);
        var (floor, ceiling) = Floor[region];
        Assert.True(right >= floor && wrong.Count <= ceiling && extra.Count == 0,
            $"{file}: 读对 {right}/{wanted.Count}（下限 {floor}），读错 {wrong.Count} 项（上限 {ceiling}）[{string.Join("；", wrong)}]，"
            + $"未读出 [{string.Join(",", unread)}]，多读 [{string.Join("；", extra)}]");
    }

    [Fact]
    public void TheSixthBatchIsFiveReportsOfFiveRegionsEachScoringAll29()
    {
        var sixth = SelfReportTruth.Batch(6);
        Assert.Equal(5, sixth.Count);
        Assert.All(sixth, r => Assert.True(File.Exists(Path.Combine(SelfReportFiles.Folder, r.Key)), $"{r.Key} 不在语料中"));
        Assert.All(sixth, r => Assert.Equal(29, r.Value.Scores.Count));
        Assert.All(sixth, r => Assert.Equal(r.Value.Total, r.Value.Scores.Values.Sum()));
        Assert.Equal(5, sixth.Keys.Select(k => Floor.Keys.Single(k.StartsWith)).Distinct().Count());
    }
}
