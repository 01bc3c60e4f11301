using Extraction.Extract;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Store;

namespace Extraction.Tests.Ingest;

public sealed class IngestorTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-test-");
    public void Dispose() => work.Delete(recursive: true);

    string Inbox(string region, string name, string source)
    {
        var path = Path.Combine(work.FullName, "inbox", region, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(source, path);
        return path;
    }

    async Task<(EvidenceStore Store, IReadOnlyList<FileOutcome> Outcomes)> IngestInbox()
    {
        var store = EvidenceStore.Open(Path.Combine(work.FullName, "store", "extraction.db"));
        var files = InboxScanner.Scan([Path.Combine(work.FullName, "inbox")], null).ToList();
        return (store, await new Ingestor(store, new ExtractionOptions()).IngestAsync(files, "test", null, default));
    }

    [Fact]
    public async Task TheSameBytesInTwoRegionsAreOneDocumentWithTwoArrivals()
    {
        var summary = Corpus.Path("inbox/襄阳市/植物新品种保护培训总结.pdf");
        Inbox("襄阳市", "培训总结.pdf", summary);
        Inbox("宜昌市", "别的名字.pdf", summary);
        var (store, outcomes) = await IngestInbox();
        using (store)
        {
            Assert.Equal(["duplicate", "ok"], outcomes.Select(o => o.Status).Order());
            Assert.Equal(["宜昌市", "襄阳市"], outcomes.Select(o => o.Region!).Order());
            Assert.Equal(1, store.Count("documents"));
            Assert.Equal(2, store.ArrivalPaths(outcomes[0].Sha256!).Count);
            Assert.True(File.Exists(store.FindDocument(outcomes[0].Sha256!)!.ArchivePath));
        }
    }

    [Fact]
    public async Task IngestingAgainMakesDuplicatesAndKeepsThePages()
    {
        Inbox("襄阳市", "方案.docx", Corpus.Path("inbox/襄阳市/襄阳市2019年重点市场环境治理工作方案.docx"));
        var (store, first) = await IngestInbox();
        store.Dispose();
        var (again, second) = await IngestInbox();
        using (again)
        {
            Assert.Equal("ok", first.Single().Status);
            Assert.Equal("duplicate", second.Single().Status);
            Assert.Contains("市场环境治理", again.Pages(second.Single().Sha256!).Single().Text);
        }
    }

    [Fact]
    public async Task EveryBadInputIsRecordedWithAReasonAndTheOthersStillGoIn()
    {
        foreach (var bad in Directory.GetFiles(Corpus.Path("bad"))) Inbox("坏文件", Path.GetFileName(bad), bad);
        Inbox("襄阳市", "通知.docx", Corpus.Path("inbox/襄阳市/植物新品种保护培训通知.docx"));
        var (store, outcomes) = await IngestInbox();
        using (store)
        {
            string Reason(string name) => outcomes.Single(o => o.File.EndsWith(name)).Error ?? "";
            Assert.Contains("空", Reason("空文件.pdf"));
            Assert.Contains("损坏", Reason("truncated.pdf"));
            Assert.Contains("加密", Reason("encrypted.pdf"));
            Assert.Contains("不是 Office 文件", Reason("not-a-zip.docx"));
            Assert.Contains("压缩炸弹", Reason("zip-bomb.docx"));
            Assert.Contains("像素", Reason("huge-20000x20000.png"));
            Assert.Contains("没有任何页面", Reason("zero-pages.pdf"));
            Assert.Equal("pdf-text", outcomes.Single(o => o.File.EndsWith("really-a-pdf.jpg")).Format);
            Assert.Equal("image", outcomes.Single(o => o.File.EndsWith("really-a-jpeg.pdf")).Format);
            Assert.Equal("ok", outcomes.Single(o => o.File.EndsWith("#1 & 'x'.txt")).Status);
            Assert.Equal("ok", outcomes.Single(o => o.File == "襄阳市/通知.docx").Status);
            Assert.Equal(outcomes.Count, store.Count("arrivals"));
            Assert.Equal(outcomes.Count(o => o.Status == "failed"), outcomes.Count(o => o.Error is not null));
        }
    }

    [Fact]
    public async Task AFileThatVanishesBeforeItIsReadFailsWithThatReason()
    {
        using var store = EvidenceStore.Open(Path.Combine(work.FullName, "vanish.db"));
        var gone = new SourceFile(Path.Combine(work.FullName, "不存在.pdf"), "襄阳市/不存在.pdf", "襄阳市");
        var outcome = (await new Ingestor(store, new ExtractionOptions()).IngestAsync([gone], "test", null, default)).Single();
        Assert.Equal("failed", outcome.Status);
        Assert.Contains("消失", outcome.Error);
        Assert.Equal(1, store.Count("arrivals"));
    }

    [Fact]
    public async Task AFileStillBeingWrittenIsNotTakenHalfWritten()
    {
        var path = Path.Combine(work.FullName, "growing.txt");
        await using var writer = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        // Twenty megabytes already there make the read take long enough for the writer to be caught appending.
        await writer.WriteAsync(new byte[20 << 20].Select(_ => (byte)'x').ToArray());
        using var cts = new CancellationTokenSource();
        var grow = Task.Run(async () =>
        {
            var line = "正在写入的文件内容。\n"u8.ToArray();
            while (!cts.IsCancellationRequested) { await writer.WriteAsync(line); await writer.FlushAsync(); }
        });
        await Task.Delay(200);
        using var store = EvidenceStore.Open(Path.Combine(work.FullName, "growing.db"));
        var outcome = (await new Ingestor(store, new ExtractionOptions()).IngestAsync([new SourceFile(path, "growing.txt", null)], "test", null, default)).Single();
        cts.Cancel();
        await grow;
        Assert.True(outcome.Status == "failed", $"{outcome.Status} {outcome.Error} {new FileInfo(path).Length}");
        Assert.Contains("仍在写入", outcome.Error);
    }

    [Fact]
    public void AStoreOfTheFirstReleaseIsMigratedForwardAndKeepsItsDocuments()
    {
        var path = Path.Combine(work.FullName, "v1.db");
        using (var v1 = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            v1.Open();
            using var cmd = v1.CreateCommand();
            cmd.CommandText = SqliteSchema.Migrations[0] + ";PRAGMA user_version = 1;" +
                "INSERT INTO documents(sha256, size, format, status, archive_path, created_at, updated_at) VALUES ('abc', 1, 'text', 'ok', 'x', 't', 't');";
            cmd.ExecuteNonQuery();
        }
        using var store = EvidenceStore.Open(path);
        Assert.Equal(SqliteSchema.Migrations.Length, store.SchemaVersion);
        Assert.Equal(1, store.Count("documents"));
        Assert.Equal(0, store.Count("index_state"));
        Assert.Equal("ok", store.IntegrityCheck());
    }

    [Theory]
    [InlineData("襄阳市/~$通知.docx", true)]
    [InlineData("襄阳市/.~lock.通知.docx#", true)]
    [InlineData(".DS_Store", true)]
    [InlineData("襄阳市/扫描.pdf.part", true)]
    [InlineData("襄阳市/会议 纪要 (终稿) #1.pdf", false)]
    public void TemporaryAndHiddenFilesAreIgnored(string path, bool ignored) => Assert.Equal(ignored, InboxScanner.IsIgnored(path));
}
