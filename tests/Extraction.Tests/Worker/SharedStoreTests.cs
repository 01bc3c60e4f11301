using Extraction.Store;
using Extraction.Tests.Store;
using Xunit.Abstractions;

namespace Extraction.Tests.Worker;

/// <summary>Two workers on one store and one inbox — a PostgreSQL server as two machines of an office would share it, or
/// one SQLite file on one machine — each killed at random moments and restarted: jobs are claimed, not owned, so every
/// file is handled exactly once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SharedStoreTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-shared-");
    string Inbox => Path.Combine(work.FullName, "inbox");

    public void Dispose() => work.Delete(recursive: true);

    [Theory]
    [InlineData("postgres")]
    [InlineData("sqlite")]
    public async Task TwoWorkersKilledAtRandomOnOneStoreHandleEveryFileExactlyOnce(string engine)
    {
        var db = engine == "postgres" ? server.NewDatabase() : Path.Combine(work.FullName, "extraction.db");
        // The archive every worker shares; leases short enough that a dead worker's jobs move on within the test.
        var settings = new Dictionary<string, string> { ["EXTRACTION_Worker__Archive"] = Path.Combine(work.FullName, "archive"), ["EXTRACTION_Worker__LeaseSeconds"] = "8" };
        var drops = WorkerTests.ThreeHundredFiles();
        var random = new Random(23);
        Directory.CreateDirectory(Inbox);
        var dropping = WorkerTests.DropInBatches(drops, Inbox, random);
        var started = DateTime.UtcNow;
        // Each of the two machines: its worker SIGKILLed twice at a random moment, restarted each time.
        async Task Machine(int seed)
        {
            var own = new Random(seed);
            for (int kill = 1; kill <= 2; kill++)
            {
                using var worker = new WorkerProcess(Inbox, db, settings: settings);
                await Task.Delay(own.Next(2500, 9000));
                worker.Kill();
                output.WriteLine($"machine {seed}: kill {kill} after {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
            }
        }
        await Task.WhenAll(Machine(1), Machine(2), dropping);

        using (var first = new WorkerProcess(Inbox, db, settings: settings))
        using (var second = new WorkerProcess(Inbox, db, settings: settings))
        {
            var deadline = DateTime.UtcNow.AddMinutes(10);
            while (DateTime.UtcNow < deadline && (Directory.EnumerateFiles(Inbox, "*", SearchOption.AllDirectories).Any() || OpenJobs(db) > 0))
                await Task.Delay(1000);
            output.WriteLine($"all handled after {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
            await Task.WhenAll(first.StopAsync(), second.StopAsync());
            Assert.True(!Directory.EnumerateFiles(Inbox, "*", SearchOption.AllDirectories).Any(), "files left in the inbox:\n" + first.Log[^Math.Min(3000, first.Log.Length)..]);
        }

        using var store = Open(db);
        if (engine == "sqlite") Assert.Equal("ok", store.IntegrityCheck());
        var jobs = store.Jobs.All();
        Assert.DoesNotContain(jobs, j => j.FinishedAt is null);
        WorkerTests.AssertEachDropEndedOnce(drops, jobs, work.FullName, failuresExplained: false);
        // Every region's assessment ran to its end, those a killed worker held included: none open, each region assessed.
        Assert.Empty(store.Jobs.OpenReassessments());
        var regions = drops.Where(d => d.Expected == Job.Matched).Select(d => d.Relative.Split('/')[0]).Distinct().ToList();
        Assert.Equal(regions.Order(), store.Assessments.All().Keys.Order());
        // One arrival per file, one document per content, and each content ingested once.
        var arrivals = store.Arrivals();
        foreach (var file in arrivals.GroupBy(a => a.File))
            Assert.True(file.Count() == 1, $"{file.Key}: {file.Count()} arrivals");
        foreach (var group in arrivals.Where(a => a.Status == "ok").GroupBy(a => a.Sha256))
            Assert.True(group.Count() == 1, $"{group.First().File} ingested {group.Count()} times");
        int distinct = drops.Where(d => d.Expected == Job.Matched).Select(d => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(d.Bytes))).Distinct().Count();
        Assert.Equal(distinct, arrivals.Count(a => a.Status == "ok"));
        Assert.Equal(distinct, store.Documents.Readable().Count);
    }

    EvidenceStore Open(string db) => EvidenceStore.Open(StoreAddress.Parse(db, Path.Combine(work.FullName, "archive")));

    int OpenJobs(string db)
    {
        try
        {
            using var store = Open(db);
            return store.Jobs.AllOpen().Count + store.Jobs.OpenReassessments().Count;
        }
        catch (StoreException) { return 1; }
    }
}
