using Extraction.Extract;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Store;
using Extraction.Tests.Worker;
using Extraction.Worker;

namespace Extraction.Tests.Intake;

/// <summary>FIFOs, symbolic links and devices in the inbox are refused without being opened, each with its own Chinese
/// reason, by `ingest` and by the worker; nothing hangs. A DTD in Office XML is refused in Chinese too.</summary>
public sealed class SpecialFileTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-special-");
    public void Dispose() => work.Delete(recursive: true);
    string Inbox => Path.Combine(work.FullName, "inbox");
    static readonly TimeSpan NoHang = TimeSpan.FromSeconds(90);

    [Fact]
    public void EachEntryIsToldByItsOwnTypeWithoutFollowingLinks()
    {
        var fifo = Path.Combine(work.FullName, "pipe");
        var link = Path.Combine(work.FullName, "passwd");
        var plain = Path.Combine(work.FullName, "plain.txt");
        SpecialFiles.Fifo(fifo);
        SpecialFiles.LinkToPasswd(link);
        File.WriteAllText(plain, "正文");
        Assert.Equal(FileType.Fifo, FileTypes.Of(fifo));
        Assert.Equal(FileType.SymbolicLink, FileTypes.Of(link));
        Assert.Equal(FileType.Regular, FileTypes.Of(plain));
        Assert.Equal(FileType.CharacterDevice, FileTypes.Of("/dev/null"));
        Assert.Equal(FileType.Directory, FileTypes.Of(work.FullName));
        Assert.Equal(FileType.Missing, FileTypes.Of(Path.Combine(work.FullName, "nothing")));
        Assert.Null(FileTypes.Refusal(plain));
    }

    [Fact]
    public async Task IngestRefusesFifoLinkAndDeviceEachWithItsReasonAndReadsTheRest()
    {
        SpecialFiles.Fifo(Path.Combine(Inbox, "宜昌市", "管道.pdf"));
        SpecialFiles.LinkToPasswd(Path.Combine(Inbox, "宜昌市", "passwd.txt"));
        SpecialFiles.DocxWithDtd(Path.Combine(Inbox, "宜昌市", "带DTD.docx"));
        File.WriteAllText(Path.Combine(Inbox, "宜昌市", "工作信息.txt"), "宜昌市打击侵权假冒工作信息：开展农资打假检查。");
        var files = InboxScanner.Scan([Inbox], null).Append(new SourceFile("/dev/null", "null", "宜昌市")).ToList();
        using var store = EvidenceStore.Open(Path.Combine(work.FullName, "store", "extraction.db"));
        var outcomes = (await new Ingestor(store, new ExtractionOptions()).IngestAsync(files, "test", null, default).WaitAsync(NoHang))
            .ToDictionary(o => o.File);

        Assert.Equal(FileOutcome.Ok, outcomes["宜昌市/工作信息.txt"].Status);
        Assert.Contains("命名管道", outcomes["宜昌市/管道.pdf"].Error);
        Assert.Contains("符号链接", outcomes["宜昌市/passwd.txt"].Error);
        Assert.Contains("/etc/passwd", outcomes["宜昌市/passwd.txt"].Error);
        Assert.DoesNotContain("变化", outcomes["宜昌市/passwd.txt"].Error);
        Assert.Contains("设备文件", outcomes["null"].Error);
        Assert.Contains("DTD", outcomes["宜昌市/带DTD.docx"].Error);
        // Each reason is the refusal, never the exception's English text.
        foreach (var o in outcomes.Values.Where(o => o.Status == FileOutcome.Failed))
            Assert.DoesNotContain(o.Error!.Split('（', '）', '：', '，'), part => part.Count(char.IsAsciiLetter) > 12);
        // Refused without being opened: nothing of /etc/passwd was archived.
        Assert.Null(outcomes["宜昌市/passwd.txt"].Sha256);
        Assert.Equal(2, store.Count("documents"));
    }

    [Fact]
    public async Task TheWorkerMovesFifoAndLinkToFailedWithTheirReasonsAndGoesOnWithTheRest()
    {
        var region = Path.Combine(Inbox, "宜昌市");
        Directory.CreateDirectory(region);
        using var worker = new WorkerProcess(Inbox, Path.Combine(work.FullName, "extraction.db"));
        SpecialFiles.Fifo(Path.Combine(region, "管道.txt"));
        SpecialFiles.LinkToPasswd(Path.Combine(region, "passwd.txt"));
        await File.WriteAllTextAsync(Path.Combine(region, "工作信息.txt"), "宜昌市打击侵权假冒工作信息：开展春季农资打假检查。");

        var deadline = DateTime.UtcNow + NoHang;
        while (Directory.EnumerateFileSystemEntries(region).Any() && DateTime.UtcNow < deadline) await Task.Delay(500);
        await Task.Delay(500);
        await worker.StopAsync();

        Assert.Empty(Directory.EnumerateFileSystemEntries(region));
        using var store = EvidenceStore.Open(Path.Combine(work.FullName, "extraction.db"));
        var jobs = store.Jobs.All().ToDictionary(j => j.RelativePath);
        Assert.Equal(Job.Matched, jobs["宜昌市/工作信息.txt"].State);
        Assert.Equal(Job.Failed, jobs["宜昌市/管道.txt"].State);
        Assert.Contains("命名管道", jobs["宜昌市/管道.txt"].Error);
        Assert.Equal(Job.Failed, jobs["宜昌市/passwd.txt"].State);
        Assert.Contains("符号链接", jobs["宜昌市/passwd.txt"].Error);
        var failed = Path.Combine(work.FullName, "failed", "宜昌市");
        Assert.Contains("命名管道", File.ReadAllText(Path.Combine(failed, "管道.txt.error.txt")));
        Assert.Equal(FileType.SymbolicLink, FileTypes.Of(Path.Combine(failed, "passwd.txt")));
    }
}
