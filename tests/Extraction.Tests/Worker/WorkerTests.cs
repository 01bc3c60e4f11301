using Extraction.Store;
using Extraction.Worker;
using Xunit.Abstractions;

namespace Extraction.Tests.Worker;

/// <summary>The worker as operators use it: files dropped into inbox/&lt;region&gt;/ while it runs, crashes included.</summary>
public class WorkerTests(ITestOutputHelper output) : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-worker-");
    string Inbox => Path.Combine(work.FullName, "inbox");
    string Db => Path.Combine(work.FullName, "extraction.db");
    static readonly string[] Regions = ["襄阳市", "宜昌市", "荆州市", "武汉市"];

    public void Dispose() => work.Delete(recursive: true);

    // The files of one drop: relative path in the inbox → source bytes, and what each should become.
    internal sealed record Drop(string Relative, byte[] Bytes, string Expected);

    /// <summary>Writes the drops into the inbox 25 at a time, a random 0.3–1.2 s apart, as a copier and operators do.</summary>
    internal static Task DropInBatches(IEnumerable<Drop> drops, string inbox, Random random) => Task.Run(async () =>
    {
        foreach (var batch in drops.Chunk(25))
        {
            foreach (var d in batch)
            {
                var path = Path.Combine(inbox, d.Relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, d.Bytes);
            }
            await Task.Delay(random.Next(300, 1200));
        }
    });

    /// <summary>Every dropped file has one job in its expected state and sits in processed/ or failed/, never both.</summary>
    internal static void AssertEachDropEndedOnce(IEnumerable<Drop> drops, List<Job> jobs, string workRoot, bool failuresExplained)
    {
        var processed = Path.Combine(workRoot, "processed");
        var failed = Path.Combine(workRoot, "failed");
        foreach (var d in drops)
        {
            var own = jobs.Where(j => j.RelativePath == d.Relative).ToList();
            Assert.True(own.Count == 1, $"{d.Relative}: {own.Count} jobs");
            Assert.True(own[0].State == d.Expected, $"{d.Relative}: {own[0].State} ({own[0].Error}), expected {d.Expected}");
            var root = d.Expected == Job.Failed ? failed : processed;
            Assert.True(File.Exists(Path.Combine(root, d.Relative)), $"{d.Relative} is not in {Path.GetFileName(root)}/");
            Assert.False(File.Exists(Path.Combine(d.Expected == Job.Failed ? processed : failed, d.Relative)), $"{d.Relative} is in both folders");
            if (failuresExplained && d.Expected == Job.Failed)
                Assert.Contains("原因：", File.ReadAllText(Path.Combine(failed, d.Relative) + ".error.txt"));
        }
    }

    internal static List<Drop> ThreeHundredFiles()
    {
        var drops = new List<Drop>();
        var random = new Random(7);
        // Bulletins, each with text of its own, some in nested folders, some with odd names.
        for (int i = 0; i < 246; i++)
        {
            var region = Regions[i % Regions.Length];
            var folder = i % 5 == 0 ? $"{region}/2019年/第{i % 4 + 1}季度" : region;
            var name = (i % 7) switch { 0 => $"工作信息 (第{i}期) #终稿 & '副本'.txt", 1 => $"-{i}- 📄 简报.txt", _ => $"第{i}期工作信息.txt" };
            var text = $"{region}打击侵权假冒工作信息第{i}期\n{region}市场监管局开展专项检查，出动执法人员{random.Next(10, 500)}人次，检查经营户{random.Next(10, 900)}家，编号{Guid.NewGuid():N}。\n";
            drops.Add(new($"{folder}/{name}", System.Text.Encoding.UTF8.GetBytes(text), Job.Matched));
        }
        // Real documents of every text format, and two scans that need OCR.
        string[] real = ["襄阳市/植物新品种保护培训通知.docx", "襄阳市/植物新品种保护培训人员名单.xlsx", "襄阳市/植物新品种保护培训总结.pdf",
            "襄阳市/襄阳市知识产权执法典型案例.doc", "宜昌市/宜打假办发〔2019〕5号 关于印发宜昌市2019年打击侵权假冒工作要点的通知.rtf",
            "宜昌市/宜昌市2019年打击侵权假冒工作总结.docx", "襄阳市/襄阳市2019年重点市场环境治理工作方案.docx", "荆州市/湖北日报 荆州铁拳行动报道.docx",
            "襄阳市/襄阳日报 铁拳行动报道.png", "荆州市/荆打假办发〔2019〕4号 关于开展知识产权执法铁拳行动的通知（扫描件）.pdf"];
        drops.AddRange(real.Select(r => new Drop(r, File.ReadAllBytes(Corpus.Path("inbox/" + r)), Job.Matched)));
        // The same bytes again: in another region, and under another name in the same region.
        for (int i = 0; i < 24; i++)
        {
            var original = drops[i * 3];
            var region = Regions[(i + 1) % Regions.Length];
            drops.Add(new($"{region}/副本{i}-{Path.GetFileName(original.Relative)}", original.Bytes, Job.Duplicate));
        }
        // Bad files: each must fail with its reason, none may stop the others. The mislabeled ones are read by their
        // content, and the GB18030 and oddly named texts are readable.
        string[] readable = [".txt", "really-a-jpeg.pdf", "really-a-pdf.jpg"];
        foreach (var bad in Directory.GetFiles(Corpus.Path("bad")).Order())
            drops.Add(new($"{Regions[drops.Count % 4]}/坏文件/{Path.GetFileName(bad)}", File.ReadAllBytes(bad),
                readable.Any(bad.EndsWith) ? Job.Matched : Job.Failed));
        // A file at the root of the inbox has no region.
        while (drops.Count < 300)
            drops.Add(new($"未分地区{drops.Count}.txt", System.Text.Encoding.UTF8.GetBytes($"没有地区的文件{drops.Count}"), Job.Failed));
        return drops;
    }

    [Fact]
    public async Task ThreeHundredFilesDroppedWhileTheWorkerIsKilledThreeTimesAreEachAccountedForExactlyOnce()
    {
        var drops = ThreeHundredFiles();
        Assert.Equal(300, drops.Count);
        var random = new Random(11);
        var dropping = DropInBatches(drops, Inbox, random);
        var started = DateTime.UtcNow;
        int kills = 0;
        Directory.CreateDirectory(Inbox);
        while (kills < 3)
        {
            using var worker = new WorkerProcess(Inbox, Db);
            await Task.Delay(random.Next(2500, 6000));
            worker.Kill();
            kills++;
            output.WriteLine($"kill {kills} after {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        }
        await dropping;
        using (var worker = new WorkerProcess(Inbox, Db))
        {
            var deadline = DateTime.UtcNow.AddMinutes(8);
            while (DateTime.UtcNow < deadline && (Directory.EnumerateFiles(Inbox, "*", SearchOption.AllDirectories).Any() || OpenJobs() > 0))
                await Task.Delay(1000);
            output.WriteLine($"all handled after {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
            var stop = await worker.StopAsync();
            output.WriteLine($"stopped in {stop.TotalSeconds:0.0} s");
            Assert.True(!Directory.EnumerateFiles(Inbox, "*", SearchOption.AllDirectories).Any(), "files left in the inbox:\n" + worker.Log[^Math.Min(4000, worker.Log.Length)..]);
        }

        using var store = EvidenceStore.Open(Db);
        Assert.Equal("ok", store.IntegrityCheck());
        var jobs = store.Jobs.All();
        Assert.DoesNotContain(jobs, j => j.FinishedAt is null);
        AssertEachDropEndedOnce(drops, jobs, work.FullName, failuresExplained: true);
        // Each distinct content was read once: one document, one ingested arrival.
        var arrivals = store.Arrivals();
        foreach (var group in arrivals.Where(a => a.Status == "ok").GroupBy(a => a.Sha256))
            Assert.True(group.Count() == 1, $"{group.First().File} ingested {group.Count()} times");
        int distinct = drops.Where(d => d.Expected == Job.Matched).Select(d => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(d.Bytes))).Distinct().Count();
        Assert.Equal(distinct, arrivals.Count(a => a.Status == "ok"));
    }

    int OpenJobs()
    {
        if (!File.Exists(Db)) return 1;
        using var store = EvidenceStore.Open(Db);
        return store.Jobs.AllOpen().Count;
    }

    [Fact]
    public async Task AFileWrittenSlowlyOverTenSecondsIsReadOnlyOnceComplete()
    {
        Directory.CreateDirectory(Path.Combine(Inbox, "襄阳市"));
        using var worker = new WorkerProcess(Inbox, Db, stableSeconds: 5);
        var path = Path.Combine(Inbox, "襄阳市", "扫描仪慢慢写入的纪要.txt");
        // The writer is a thread of its own: a pause of the busy test run's thread pool is not a scanner stopping.
        var writer = new Thread(() =>
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
            for (int part = 1; part <= 11; part++)
            {
                stream.Write(System.Text.Encoding.UTF8.GetBytes($"会议纪要第{part}段：各成员单位汇报了本季度打击侵权假冒工作进展。\n"));
                stream.Flush();
                if (part < 11) Thread.Sleep(1000);
            }
        });
        writer.Start();
        await Task.Run(writer.Join);
        Assert.True(File.Exists(path), "the worker took the file before the writer closed it:\n" + worker.Log);
        long size = new FileInfo(path).Length;
        var finished = DateTime.UtcNow;
        while (File.Exists(path) && DateTime.UtcNow - finished < TimeSpan.FromSeconds(60)) await Task.Delay(500);
        await Task.Delay(500);
        await worker.StopAsync();

        using var store = EvidenceStore.Open(Db);
        var job = Assert.Single(store.Jobs.All());
        Assert.Equal((Job.Matched, size), (job.State, job.Size));
        Assert.Contains("会议纪要第11段", string.Join("\n", store.Pages(job.Sha256!).Select(p => p.Text)));
    }

    [Fact]
    public async Task RenamedNestedOddlyNamedAndTwiceDroppedFilesAreHandledAsOperatorsExpect()
    {
        foreach (var r in Regions) Directory.CreateDirectory(Path.Combine(Inbox, r));
        using var worker = new WorkerProcess(Inbox, Db);
        var docx = File.ReadAllBytes(Corpus.Path("inbox/襄阳市/植物新品种保护培训通知.docx"));
        // A browser download: written as .part, renamed when complete.
        var partial = Path.Combine(Inbox, "襄阳市", "培训通知.docx.part");
        await File.WriteAllBytesAsync(partial, docx);
        await Task.Delay(2500);
        File.Move(partial, Path.Combine(Inbox, "襄阳市", "培训通知.docx"));
        // Moved in from elsewhere into nested folders, with an odd name.
        var outside = Path.Combine(work.FullName, "outside.txt");
        await File.WriteAllTextAsync(outside, "宜昌市打击侵权假冒工作信息：开展春季农资打假检查。");
        Directory.CreateDirectory(Path.Combine(Inbox, "宜昌市", "2019", "三季度"));
        File.Move(outside, Path.Combine(Inbox, "宜昌市", "2019", "三季度", "纪要 (终稿) #1 & 'x'.txt"));
        // The same file dropped into two regions.
        var roster = File.ReadAllBytes(Corpus.Path("inbox/襄阳市/植物新品种保护培训人员名单.xlsx"));
        await File.WriteAllBytesAsync(Path.Combine(Inbox, "荆州市", "名单.xlsx"), roster);
        await Task.Delay(1500);
        await File.WriteAllBytesAsync(Path.Combine(Inbox, "武汉市", "名单.xlsx"), roster);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Directory.EnumerateFiles(Inbox, "*", SearchOption.AllDirectories).Any() && DateTime.UtcNow < deadline) await Task.Delay(500);
        await Task.Delay(500);
        await worker.StopAsync();

        using var store = EvidenceStore.Open(Db);
        var jobs = store.Jobs.All().ToDictionary(j => j.RelativePath);
        Assert.DoesNotContain(jobs.Keys, k => k.EndsWith(".part"));
        Assert.Equal(Job.Matched, jobs["襄阳市/培训通知.docx"].State);
        Assert.Equal(Job.Matched, jobs["宜昌市/2019/三季度/纪要 (终稿) #1 & 'x'.txt"].State);
        Assert.True(File.Exists(Path.Combine(work.FullName, "processed", "宜昌市", "2019", "三季度", "纪要 (终稿) #1 & 'x'.txt")));
        Assert.Equal([Job.Matched, Job.Duplicate], new[] { jobs["荆州市/名单.xlsx"].State, jobs["武汉市/名单.xlsx"].State });
        Assert.Contains("荆州市/名单.xlsx", jobs["武汉市/名单.xlsx"].Error);
        Assert.Equal(4, jobs.Count);
    }
}
