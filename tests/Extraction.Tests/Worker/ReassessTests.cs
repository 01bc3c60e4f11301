using Extraction.Store;

namespace Extraction.Tests.Worker;

/// <summary>A region's assessment is a job of its own: it runs once the region's files have stopped arriving, not after
/// each file.</summary>
public sealed class ReassessTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-reassess-");
    string Inbox => Path.Combine(work.FullName, "inbox");
    string Db => Path.Combine(work.FullName, "extraction.db");
    const double Delay = 4;

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task FilesDroppedForTwoRegionsGetEachRegionAssessedOnceItsDelayHasPassed()
    {
        var files = new Dictionary<string, int> { ["襄阳市"] = 6, ["宜昌市"] = 4 };
        foreach (var region in files.Keys) Directory.CreateDirectory(Path.Combine(Inbox, region));
        using var worker = new WorkerProcess(Inbox, Db, settings: new() { ["EXTRACTION_Worker__ReassessDelaySeconds"] = Delay.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        foreach (var (region, count) in files)
            for (int i = 1; i <= count; i++)
                await File.WriteAllTextAsync(Path.Combine(Inbox, region, $"第{i}期工作信息.txt"),
                    $"{region}打击侵权假冒工作信息第{i}期\n{region}市场监管局开展知识产权执法铁拳行动，出动执法人员{i * 37}人次，检查经营户{i * 53}家。\n");

        var deadline = DateTime.UtcNow.AddSeconds(90);
        bool Assessed()
        {
            if (!File.Exists(Db)) return false;
            using var store = EvidenceStore.Open(Db);
            return store.Jobs.All().Count == files.Values.Sum() && store.Jobs.AllOpen().Count == 0 && store.Jobs.OpenReassessments().Count == 0
                && files.Keys.All(store.Assessments.All().ContainsKey);
        }
        while (!Assessed() && DateTime.UtcNow < deadline) await Task.Delay(500);
        await worker.StopAsync();
        Assert.True(Assessed(), "not every region was assessed:\n" + worker.Log);

        using var store = EvidenceStore.Open(Db);
        var assessments = store.Assessments.All();
        foreach (var (region, count) in files)
        {
            var jobs = store.Jobs.All().Where(j => j.Region == region).ToList();
            Assert.Equal(Enumerable.Repeat(Job.Matched, count), jobs.Select(j => j.State));
            // Saved only after the delay that followed the region's last file, and with every file of the region in it.
            var lastFile = jobs.Max(j => DateTime.Parse(j.FinishedAt!).ToUniversalTime());
            var saved = DateTime.Parse(assessments[region].UpdatedAt).ToUniversalTime();
            Assert.True(saved >= lastFile.AddSeconds(Delay - 0.5), $"{region}: last file at {lastFile:O}, assessed at {saved:O}");
            Assert.NotEmpty(store.Assessments.Clauses(region)[region]);
            var runs = worker.Log.Split('\n').Where(l => l.Contains($"{region} —：已重新评分")).ToList();
            Assert.InRange(runs.Count, 1, count - 1);
            Assert.Contains($"（{count} 份文件）", runs[^1]);
        }
    }

    [Fact]
    public async Task StatusListsTheRegionsWaitingToBeAssessedInChinese()
    {
        using (var store = EvidenceStore.Open(Db))
        {
            store.Jobs.RequestReassessment("襄阳市", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));
            store.Jobs.RequestReassessment("宜昌市", TimeSpan.Zero, TimeSpan.Zero);
            store.Jobs.RequestReassessment("荆州市", TimeSpan.Zero, TimeSpan.Zero);
            var running = store.Jobs.ClaimReassessment("机器甲", TimeSpan.FromMinutes(5), DateTime.UtcNow)!;
            var failing = store.Jobs.ClaimReassessment("机器乙", TimeSpan.FromMinutes(5), DateTime.UtcNow)!;
            store.Jobs.PostponeReassessment(failing, "机器乙", "页面读取失败", TimeSpan.FromMinutes(1));
            Assert.NotEqual(running.Region, failing.Region);
        }
        var (code, text, _) = await Cli.ExtractionProcess.Run("status", "--db", Db, "--inbox", Inbox);
        Assert.Equal(0, code);
        var line = text.Split('\n').Single(l => l.StartsWith("待重新评分：3 个地区"));
        Assert.Matches(@"襄阳市 (599|600) 秒后", line);
        Assert.Matches(@"(宜昌市|荆州市) 评分中", line);
        Assert.Matches(@"(宜昌市|荆州市) (5[0-9]|60) 秒后重试，上次出错：页面读取失败", line);

        var (_, json, _) = await Cli.ExtractionProcess.Run("status", "--db", Db, "--inbox", Inbox, "--json");
        var pending = System.Text.Json.Nodes.JsonNode.Parse(json)!["pending_reassessments"]!.AsArray();
        Assert.Equal(["宜昌市", "荆州市", "襄阳市"], pending.Select(p => (string)p!["region"]!).Order());
        Assert.Single(pending, p => (bool)p!["running"]!);
    }
}
