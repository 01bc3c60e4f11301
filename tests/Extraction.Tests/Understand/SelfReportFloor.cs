using Extraction.Matching;
using Extraction.Rulebooks;
using Xunit.Abstractions;

namespace Extraction.Tests.Understand;

/// <summary>What a batch of corpus/selfreports is held to, per region: at least <c>Right</c> indicators read right and at
/// most <c>Wrong</c> read wrong; the total and the type asserted unless the region is listed as missing them.</summary>
public sealed record SelfReportFloor(IReadOnlyDictionary<string, (int Right, int Wrong)> Floor)
{
    static readonly Rulebook Hubei = RulebookFile.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", RulebookFile.FileName));

    /// <summary>Regions whose total the product misreads (printed, not asserted).</summary>
    public IReadOnlySet<string> TotalMissed { get; init; } = new HashSet<string>();

    /// <summary>Regions whose report is not typed 自评报告 (printed, not asserted).</summary>
    public IReadOnlySet<string> TypeMissed { get; init; } = new HashSet<string>();

    /// <summary>Indicators read that the file does not show or state, per region: the most allowed.</summary>
    public IReadOnlyDictionary<string, int> ExtraAllowed { get; init; } = new Dictionary<string, int>();

    /// <summary>The batch's files, one theory case each.</summary>
    public static TheoryData<string> Files(int batch)
    {
        var data = new TheoryData<string>();
        foreach (var name in SelfReportTruth.Batch(batch).Keys) data.Add(name);
        return data;
    }

    /// <summary>Reads the file as the assessor does, prints what is unread or wrong, and holds it to its region's floor.</summary>
    public void Check(SelfReportFiles files, ITestOutputHelper output, int batch, string file)
    {
        Assert.True(files.Read.TryGetValue(file, out var read), $"{file} 未能读入");
        var (total, wanted) = SelfReportTruth.Batch(batch)[file];
        var (scores, own) = SelfEvaluation.Read(read.Text, Hubei.Indicators, areas: Hubei.Areas);
        var unread = wanted.Keys.Where(k => !scores.ContainsKey(k)).ToList();
        var wrong = wanted.Where(w => scores.TryGetValue(w.Key, out var s) && s != w.Value).Select(w => $"{w.Key}: 应为{w.Value} 读出{scores[w.Key]}").ToList();
        var extra = scores.Keys.Except(wanted.Keys).Select(k => $"{k}={scores[k]}").ToList();
        int right = wanted.Count - unread.Count - wrong.Count;
        output.WriteLine($"{file}: 类型 {read.Facts.Type}；OCR {read.Ocr}；总分 读出{own?.ToString() ?? "无"} 应为{total}；读对 {right}/{wanted.Count}；"
            + $"未读出 [{string.Join(",", unread)}]；读错 [{string.Join("；", wrong)}]；多读 [{string.Join("；", extra)}]；标记 [{string.Join(",", read.Facts.Flags)}]");
        var region = Floor.Keys.Single(file.StartsWith);
        if (!TypeMissed.Contains(region)) Assert.Equal("自评报告", read.Facts.Type);
        if (!TotalMissed.Contains(region)) Assert.Equal(total, own);
        var (floor, ceiling) = Floor[region];
        Assert.True(right >= floor && wrong.Count <= ceiling && extra.Count <= ExtraAllowed.GetValueOrDefault(region),
            $"{file}: 读对 {right}/{wanted.Count}（下限 {floor}），读错 {wrong.Count} 项（上限 {ceiling}）[{string.Join("；", wrong)}]，"
            + $"未读出 [{string.Join(",", unread)}]，多读 [{string.Join("；", extra)}]");
    }
}
