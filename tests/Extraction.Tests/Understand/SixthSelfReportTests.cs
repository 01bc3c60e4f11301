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

    // Measured when the batch was written (4b2056d): 咸宁 0, 荆门 20, 鄂州 29, 潜江 28, 天门 29 of 29 read right, 潜江's
    // total summed to 179.0 for the 88.5 written. Fixed by class on 2026-12-07, now 29 of 29 each and every total right:
    //   咸宁 (一级指标|二级指标|分值|自评得分): 二级指标 heads the name column; a row short only of its trailing remark is not
    //     realigned onto its area cell (长效机制建设 named 20); a reworded name is tried on the indicator column's cell.
    //   荆门 (指标|自评情况): a name's bracketed points (打击侵权假冒犯罪（20分）) tie it to the next indicator with those
    //     points, and a row named past knowing no longer loses the rows after it (the item after the expected one is tried).
    //   潜江 (应得分/实得分 rows): 实得分 is the total row, 应得分 the most and no score, …考核实得分88.5分 the total.
    static readonly Dictionary<string, (int Right, int Wrong)> Floor = new()
    {
        ["咸宁市"] = (29, 0),
        ["荆门市"] = (29, 0),
        ["鄂州市"] = (29, 0),
        ["潜江市"] = (29, 0),
        ["天门市"] = (29, 0),
    };

    // Totals the product misreads (printed, not asserted): none since 2026-12-07.
    static readonly HashSet<string> TotalMissed = [];

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
