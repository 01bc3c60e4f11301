using Extraction.Chinese;
using Extraction.Extract;
using Extraction.Index;
using Extraction.Store;

namespace Extraction.Tests.Store;

/// <summary>What every engine of the store must do, run against SQLite and against a real PostgreSQL alike.</summary>
public abstract class StoreContractTests : IDisposable
{
    protected readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-contract-");
    readonly Lazy<EvidenceStore> store;
    protected EvidenceStore Store => store.Value;
    protected abstract string Db { get; }
    static readonly ChineseAnalyzer Analyzer = new(DomainLexicon.Build([]));

    protected StoreContractTests() => store = new(() => EvidenceStore.Open(StoreAddress.Parse(Db, Path.Combine(work.FullName, "archive"))));

    public void Dispose()
    {
        if (store.IsValueCreated) store.Value.Dispose();
        work.Delete(recursive: true);
    }

    static string Sha(int n) => n.ToString("x64");

    void Save(int n, string region, params string[] pages)
    {
        long run = Store.StartRun("test");
        Store.SaveDocument(new StoredDocument(Sha(n), 100 + n, "text", "ok", null, region, $"/archive/{n}", pages.Length),
            pages.Select((t, i) => new ExtractedPage(i + 1, i == 1 ? PageSource.Ocr : PageSource.Text, t + " 原文", i == 1 ? 0.8 : null) { Text = t }).ToList(), [], run);
        Store.RecordArrival(Sha(n), $"/inbox/{region}/{n}.txt", $"{region}/{n}.txt", region, "ok", null, run);
        Store.FinishRun(run, 1, 1, 0, 0);
    }

    [Fact]
    public void ADocumentIsFoundByItsBytesWithItsPagesAndASecondSaveReplacesThem()
    {
        Save(1, "襄阳市", "第一页：襄阳市开展铁拳行动", "第二页：扫描的签到表");
        var found = Store.FindDocument(Sha(1))!;
        Assert.Equal((101L, "text", "襄阳市", 2), (found.Size, found.Format, found.Region, found.PageCount));
        var pages = Store.Pages(Sha(1));
        Assert.Equal(["text", "ocr"], pages.Select(p => p.Source));
        Assert.Equal(0.8, pages[1].Confidence);
        Assert.Equal("第一页：襄阳市开展铁拳行动 原文", pages[0].RawText);
        Save(1, "襄阳市", "只剩一页");
        Assert.Equal("只剩一页", Assert.Single(Store.Pages(Sha(1))).Text);
        Assert.Null(Store.FindDocument(Sha(2)));
    }

    [Fact]
    public void ArrivalsTellAFirstIngestFromACopy()
    {
        Save(1, "襄阳市", "襄阳市工作信息");
        Store.RecordArrival(Sha(1), "/inbox/宜昌市/copy.txt", "宜昌市/copy.txt", "宜昌市", "duplicate", "与已收录的文件内容相同：襄阳市/1.txt", 1);
        Assert.Equal(["襄阳市/1.txt", "宜昌市/copy.txt"], Store.ArrivalPaths(Sha(1)));
        Assert.True(Store.IngestedElsewhere(Sha(1), "宜昌市/copy.txt"));
        Assert.False(Store.IngestedElsewhere(Sha(1), "襄阳市/1.txt"));
        Assert.True(Store.HasArrival(Sha(1), "宜昌市/copy.txt"));
        Assert.Equal(["ok", "duplicate"], Store.Arrivals().Select(a => a.Status));
        Assert.Equal("襄阳市/1.txt", Assert.Single(Store.Documents.Readable()).File);
    }

    [Fact]
    public void FactsRoundTripAndAreReplaced()
    {
        Save(1, "襄阳市", "通知");
        var facts = new StoredFacts(Sha(1), "通知", "襄阳市打假办", "襄打假办发〔2019〕3号", "关于开展铁拳行动的通知", null, "2019-03-01", null, "[]", "襄阳市", "[]", null, "v1");
        Store.Facts.Save([facts]);
        Store.Facts.Save([facts with { Type = "工作方案", FlagsJson = "[\"wrong_year\"]", UnderstoodWith = "v2" }]);
        var stored = Assert.Single(Store.Facts.All());
        Assert.Equal(("工作方案", "襄打假办发〔2019〕3号", "[\"wrong_year\"]", "v2"), (stored.Type, stored.DocNumber, stored.FlagsJson, stored.UnderstoodWith));
    }

    [Fact]
    public void TheIndexFindsChineseByWordsByBigramsAndByPrefixWithFilters()
    {
        Save(1, "襄阳市", "襄阳市举办植物新品种保护培训班，培训人员名单附后。");
        Save(2, "宜昌市", "宜昌市开展知识产权执法铁拳行动，查处案件十二起。", "扫描页：培训人员名单");
        Save(3, "荆州市", "荆州市召开打击侵权假冒工作会议。");
        var result = new PageIndexer(Store, Analyzer).Update();
        Assert.Equal(4, result.Indexed);
        Assert.Equal(0, new PageIndexer(Store, Analyzer).Update().Indexed);
        var searcher = new Searcher(Store, Analyzer);

        Assert.Equal(Sha(1), searcher.Search("植物新品种", new SearchFilters(), 10).First().Sha256);
        Assert.Equal([Sha(2)], searcher.Search("铁拳行动", new SearchFilters(), 10).Select(h => h.Sha256));
        Assert.Equal([Sha(1)], searcher.Search("培训 名单", new SearchFilters(Region: "襄阳市"), 10).Select(h => h.Sha256));
        Assert.Equal([2], searcher.Search("培训 名单", new SearchFilters(Source: "ocr"), 10).Select(h => h.Page));
        Assert.DoesNotContain(searcher.Search("培训 -襄阳市", new SearchFilters(), 10), h => h.Sha256 == Sha(1));
        Assert.Equal([Sha(2), Sha(3)], searcher.Search("查处案件 OR 工作会议", new SearchFilters(), 10).Select(h => h.Sha256).Order());
        Assert.Contains(searcher.Search("荆", new SearchFilters(), 10), h => h.Sha256 == Sha(3));
        Assert.Empty(searcher.Search("不存在的词语组合甲乙丙", new SearchFilters(), 10));
        var hit = searcher.Search("铁拳行动", new SearchFilters(), 10)[0];
        Assert.Equal(("宜昌市/2.txt", "宜昌市", 1), (hit.File, hit.Region, hit.Page));
        Assert.Contains("铁拳", hit.Snippet);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void AJobIsClaimedByOneWorkerUntilItsLeaseRunsOut()
    {
        var queue = Store.Jobs;
        var a = queue.CreateOrClaim("襄阳市/x.pdf", "襄阳市", Sha(7), 10, DateTime.UtcNow, "a", TimeSpan.FromSeconds(1))!;
        Assert.Equal((Job.Discovered, "a"), (a.State, a.LeaseOwner));
        // The same path again: one open job per path, held by a.
        Assert.Null(queue.CreateOrClaim("襄阳市/x.pdf", "襄阳市", Sha(7), 10, DateTime.UtcNow, "b", TimeSpan.FromSeconds(30)));
        Assert.False(queue.Claim(a.Id, "b", TimeSpan.FromSeconds(30)));
        Assert.True(queue.Claim(a.Id, "a", TimeSpan.FromSeconds(1)));
        Thread.Sleep(1200);
        // a stopped renewing: b takes the job where a left it.
        Assert.True(queue.Claim(a.Id, "b", TimeSpan.FromSeconds(30)));
        Assert.False(queue.Claim(a.Id, "a", TimeSpan.FromSeconds(30)));
        Assert.Single(queue.AllOpen());
        queue.Finish(a.Id, "processed/襄阳市/x.pdf");
        Assert.Empty(queue.AllOpen());
        // Moved back into the inbox, the file gets a new job.
        Assert.NotNull(queue.CreateOrClaim("襄阳市/x.pdf", "襄阳市", Sha(7), 10, DateTime.UtcNow, "a", TimeSpan.FromSeconds(30)));
        Assert.Equal(2, queue.All().Count);
    }

    [Fact]
    public void TheSameBytesAreReadByOneWorkerAtATime()
    {
        var queue = Store.Jobs;
        var first = queue.CreateOrClaim("襄阳市/a.txt", "襄阳市", Sha(8), 10, DateTime.UtcNow, "a", TimeSpan.FromSeconds(30))!;
        var copy = queue.CreateOrClaim("宜昌市/b.txt", "宜昌市", Sha(8), 10, DateTime.UtcNow, "b", TimeSpan.FromSeconds(30))!;
        Assert.True(queue.StartExtracting(first, "a"));
        Assert.False(queue.StartExtracting(copy, "b"));
        queue.Advance(first.Id, Job.Understood);
        Assert.True(queue.StartExtracting(copy, "b"));
        Assert.Equal(Job.Extracting, queue.Open("宜昌市/b.txt")!.State);
    }

    [Fact]
    public void LeasesAreRenewedAndReleased()
    {
        var queue = Store.Jobs;
        var job = queue.CreateOrClaim("荆州市/c.txt", "荆州市", null, 0, DateTime.UtcNow, "a", TimeSpan.FromMilliseconds(500))!;
        queue.Renew("a", TimeSpan.FromSeconds(30));
        Thread.Sleep(700);
        Assert.False(queue.Claim(job.Id, "b", TimeSpan.FromSeconds(30)));
        queue.Release("a");
        Assert.True(queue.Claim(job.Id, "b", TimeSpan.FromSeconds(30)));
    }

    static DateTime Time(string iso) => DateTime.Parse(iso, null, System.Globalization.DateTimeStyles.RoundtripKind);

    [Fact]
    public void ARegionHasOneOpenReassessJobWhoseTimeEachRequestPushesBack()
    {
        var queue = Store.Jobs;
        queue.RequestReassessment("襄阳市", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));
        var first = Assert.Single(queue.OpenReassessments());
        Thread.Sleep(300);
        queue.RequestReassessment("襄阳市", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));
        queue.RequestReassessment("宜昌市", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));
        var open = queue.OpenReassessments().ToDictionary(r => r.Region);
        Assert.Equal(2, open.Count);
        var pushed = open["襄阳市"];
        Assert.Equal((first.Id, 2), (pushed.Id, pushed.Requests));
        Assert.True(Time(pushed.NotBefore) >= Time(first.NotBefore).AddMilliseconds(250), $"{first.NotBefore} → {pushed.NotBefore}");
        // Not due yet: no worker takes it before its files have stopped arriving.
        Assert.Null(queue.ClaimReassessment("a", TimeSpan.FromSeconds(30), DateTime.UtcNow));
        SpinUntil(Time(pushed.NotBefore));
        var claimed = queue.ClaimReassessment("a", TimeSpan.FromSeconds(30), DateTime.UtcNow)!;
        Assert.Equal(("a", 2), (claimed.LeaseOwner, claimed.Requests));
    }

    [Fact]
    public void AStreamOfRequestsNeverPutsARegionBackPastItsLongestWait()
    {
        var queue = Store.Jobs;
        var asked = DateTime.UtcNow;
        queue.RequestReassessment("荆州市", TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(1));
        for (int i = 0; i < 4; i++)
        {
            Thread.Sleep(300);
            queue.RequestReassessment("荆州市", TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(1));
        }
        var job = Assert.Single(queue.OpenReassessments());
        Assert.Equal(5, job.Requests);
        Assert.True(Time(job.NotBefore) <= asked.AddSeconds(1.2), $"asked {asked:O}, not before {job.NotBefore}");
        Assert.NotNull(queue.ClaimReassessment("a", TimeSpan.FromSeconds(30), DateTime.UtcNow.AddMilliseconds(100)));
        // A rulebook change asks for it at once, whatever the wait.
        queue.RequestReassessment("武汉市", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));
        queue.RequestReassessment("武汉市", TimeSpan.Zero, TimeSpan.Zero);
        Assert.Equal("武汉市", queue.ClaimReassessment("b", TimeSpan.FromSeconds(30), DateTime.UtcNow)!.Region);
    }

    [Fact]
    public void AReassessJobIsHeldByOneWorkerAndTakenByAnotherWhenItsLeaseRunsOut()
    {
        var queue = Store.Jobs;
        queue.RequestReassessment("襄阳市", TimeSpan.Zero, TimeSpan.Zero);
        var a = queue.ClaimReassessment("a", TimeSpan.FromSeconds(1), DateTime.UtcNow)!;
        Assert.Null(queue.ClaimReassessment("b", TimeSpan.FromSeconds(30), DateTime.UtcNow));
        // a renews while it assesses; the lease still holds past its first second.
        queue.Renew("a", TimeSpan.FromSeconds(2));
        Thread.Sleep(1200);
        Assert.Null(queue.ClaimReassessment("b", TimeSpan.FromSeconds(30), DateTime.UtcNow));
        // a died: after its lease b takes the region, and a's late finish does not close b's job.
        Thread.Sleep(1000);
        var b = queue.ClaimReassessment("b", TimeSpan.FromSeconds(30), DateTime.UtcNow)!;
        Assert.Equal((a.Id, "b"), (b.Id, b.LeaseOwner));
        Assert.False(queue.FinishReassessment(a, "a"));
        Assert.Equal("b", Assert.Single(queue.OpenReassessments()).LeaseOwner);
        Assert.True(queue.FinishReassessment(b, "b"));
        Assert.Empty(queue.OpenReassessments());
        // Asked again later, the region gets a job of its own.
        queue.RequestReassessment("襄阳市", TimeSpan.Zero, TimeSpan.Zero);
        Assert.NotEqual(a.Id, Assert.Single(queue.OpenReassessments()).Id);
    }

    [Fact]
    public void AReassessJobRequestedWhileItRunsStaysOpenAndAFailedOneWaitsToRetry()
    {
        var queue = Store.Jobs;
        queue.RequestReassessment("宜昌市", TimeSpan.Zero, TimeSpan.Zero);
        var running = queue.ClaimReassessment("a", TimeSpan.FromSeconds(30), DateTime.UtcNow)!;
        // A file of the region was indexed after this assessment read the region's documents.
        queue.RequestReassessment("宜昌市", TimeSpan.Zero, TimeSpan.Zero);
        Assert.False(queue.FinishReassessment(running, "a"));
        var again = queue.ClaimReassessment("b", TimeSpan.FromSeconds(30), DateTime.UtcNow)!;
        Assert.Equal((running.Id, 2), (again.Id, again.Requests));
        queue.PostponeReassessment(again, "b", "页面读取失败", TimeSpan.FromSeconds(30));
        var waiting = Assert.Single(queue.OpenReassessments());
        Assert.Equal(("页面读取失败", null), (waiting.Error, waiting.LeaseOwner));
        Assert.Null(queue.ClaimReassessment("a", TimeSpan.FromSeconds(30), DateTime.UtcNow));
        var retried = queue.ClaimReassessment("a", TimeSpan.FromSeconds(30), DateTime.UtcNow.AddSeconds(31))!;
        Assert.True(queue.FinishReassessment(retried, "a"));
        Assert.Empty(queue.OpenReassessments());
    }

    static void SpinUntil(DateTime moment)
    {
        while (DateTime.UtcNow <= moment) Thread.Sleep(20);
    }

    [Fact]
    public void AssessmentsAreKeptPerRegion()
    {
        Store.Assessments.Save("襄阳市", "{\"total\":1}");
        Store.Assessments.Save("襄阳市", "{\"total\":2}");
        Store.Assessments.Save("宜昌市", "{\"total\":3}");
        var all = Store.Assessments.All();
        Assert.Equal(2, all.Count);
        Assert.Equal("{\"total\":2}", all["襄阳市"].Json);
    }

    /// <summary>Runs SQL on a connection of the test's own, outside the store's interfaces.</summary>
    protected abstract void ExecuteDirectly(string sql);

    [Fact]
    public void AccountsAreKeptWithTheirRegionsAndSignInCounts()
    {
        Store.Reviews.AddAccount(new StoredAccount("张审核", "hash", "reviewer", ["襄阳市", "宜昌市"], 0, null));
        var until = new DateTime(2020, 1, 6, 8, 0, 0, DateTimeKind.Utc);
        Store.Reviews.RecordSignIn("张审核", 3, until);
        var account = Store.Reviews.Account("张审核")!;
        Assert.Equal(["襄阳市", "宜昌市"], account.Regions);
        Assert.Equal((3, until), (account.FailedSignIns, account.LockedUntil));
        Assert.Null(Store.Reviews.Account("无此人"));
    }

    [Fact]
    public void TheReviewLogKeepsEveryEntryInOrderAndTheEngineRefusesToChangeIt()
    {
        var at = new DateTime(2020, 1, 6, 9, 30, 0, DateTimeKind.Utc);
        var first = Store.Reviews.Append(new ReviewEntry(0, at, "张审核", "decision", "襄阳市", 10, 2, 0.2m, 0.2m, 0.15m, "名单缺页"));
        var second = Store.Reviews.Append(new ReviewEntry(0, at.AddMinutes(1), "李管理", "complete", "襄阳市", null, null, null, null, null, "复核完成"));
        Store.Reviews.Append(new ReviewEntry(0, at, "王审核", "decision", "宜昌市", 1, 1, 1m, 1m, 0m, "通知未盖章"));
        var log = Store.Reviews.Log("襄阳市");
        Assert.Equal([first, second], log.Select(e => e.Id));
        Assert.Equal(0.15m, log[0].After);
        Assert.Equal(at, log[0].At);
        Assert.Null(log[1].Indicator);
        Assert.Equal(3, Store.Reviews.Log().Count);
        foreach (var sql in new[] { "UPDATE review_log SET after = '1'", "DELETE FROM review_log" })
            Assert.ThrowsAny<System.Data.Common.DbException>(() => ExecuteDirectly(sql));
        Assert.Equal(3, Store.Reviews.Log().Count);
        Assert.Equal(0.15m, Store.Reviews.Log("襄阳市")[0].After);
    }

    [Fact]
    public void TheNearDuplicateIndexFindsARegionsOriginalsByShingleAndForgetsThem()
    {
        Save(1, "襄阳市", "一页");
        Save(2, "襄阳市", "一页");
        Save(3, "宜昌市", "一页");
        Store.NearDuplicates.AddAll([(Sha(1), "襄阳市", [10, 20, 30]), (Sha(2), "襄阳市", [20, 40]), (Sha(3), "宜昌市", [20, -7])]);
        Assert.Equal(new Dictionary<int, int> { [20] = 2, [40] = 1 }, Store.NearDuplicates.Frequencies("襄阳市", [20, 40, 99]));
        Assert.Equal([new ShingledDocument(Sha(1), 3)], Store.NearDuplicates.Holding("襄阳市", [10, 99]));
        Assert.Equal([Sha(1), Sha(2)], Store.NearDuplicates.Holding("襄阳市", [20]).Select(d => d.Sha256).Order());
        Assert.Equal([-7, 20], Store.NearDuplicates.ShinglesOf(Sha(3)).Order());

        Store.NearDuplicates.Forget([Sha(2), Sha(3)]);
        Assert.Equal(new Dictionary<int, int> { [20] = 1 }, Store.NearDuplicates.Frequencies("襄阳市", [20, 40]));
        Assert.Empty(Store.NearDuplicates.Frequencies("宜昌市", [20, -7]));
        Assert.Empty(Store.NearDuplicates.Holding("宜昌市", [20]));
        Assert.Empty(Store.NearDuplicates.ShinglesOf(Sha(2)));
    }

    [Fact]
    public void ANewCopyIsFlaggedAgainstTheOriginalAStoreOpenedEarlierIndexed()
    {
        var understanding = new Extraction.Understand.DocumentUnderstanding(null);
        const string notice = "襄阳市打击侵权假冒工作领导小组办公室关于开展农资打假专项检查的通知各县市区打假办为做好春季农资市场监管工作决定在全市开展农资打假专项检查";
        Save(1, "襄阳市", notice);
        Save(2, "襄阳市", "宜昌市市场监管局关于报送知识产权执法典型案例的函现将我市查处的典型案例报送如下请审阅");
        new Extraction.Understand.DocumentFactsStore(Store).Update(understanding, "v1");
        // A store opened again finds the original through the stored shingles, hashed alike in every process.
        Assert.Equal([628300015], Extraction.Understand.NearDuplicates.Shingles("一二三四五"));
        using var again = EvidenceStore.Open(StoreAddress.Parse(Db, Path.Combine(work.FullName, "archive")));
        long run = again.StartRun("test");
        again.SaveDocument(new StoredDocument(Sha(3), 1, "text", "ok", null, "襄阳市", "/archive/3", 1), [new ExtractedPage(1, PageSource.Ocr, notice + "请各地于月底前报送", 0.9)], [], run);
        again.RecordArrival(Sha(3), "/inbox/襄阳市/3.txt", "襄阳市/3.txt", "襄阳市", "ok", null, run);
        var entries = new Extraction.Understand.DocumentFactsStore(again).Update(understanding, "v1");
        Assert.Equal(["duplicate_of:襄阳市/1.txt"], entries.Single(e => e.Sha256 == Sha(3)).Facts.Flags.Where(f => f.StartsWith("duplicate_of")));
        Assert.DoesNotContain(entries.Single(e => e.Sha256 == Sha(2)).Facts.Flags, f => f.StartsWith("duplicate_of"));
        Assert.Equal(2, again.Count("shingle_documents"));
    }

    [Fact]
    public void OpeningAgainFindsTheSchemaCurrentAndTheDataKept()
    {
        Save(1, "襄阳市", "一页");
        Assert.Equal(Store.LatestSchemaVersion, Store.SchemaVersion);
        using var again = EvidenceStore.Open(StoreAddress.Parse(Db, Path.Combine(work.FullName, "archive")));
        Assert.Equal(again.LatestSchemaVersion, again.SchemaVersion);
        Assert.Equal(1, again.Count("documents"));
        Assert.Equal("ok", again.IntegrityCheck());
    }
}

public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override string Db => Path.Combine(work.FullName, "extraction.db");

    protected override void ExecuteDirectly(string sql)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
        c.Open();
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreContractTests(PostgresServer server) : StoreContractTests
{
    readonly Lazy<string> db = new(server.NewDatabase);
    protected override string Db => db.Value;

    protected override void ExecuteDirectly(string sql)
    {
        using var c = new Npgsql.NpgsqlConnection(Db);
        c.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, c);
        command.ExecuteNonQuery();
    }

    [Fact]
    public void TheServerStoreIsPostgreSQL() => Assert.Equal(StoreEngine.Postgres, Store.Engine);
}
