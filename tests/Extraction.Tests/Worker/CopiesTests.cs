using Extraction.Extract;
using Extraction.Store;
using Extraction.Worker;
using Microsoft.Extensions.Logging.Abstractions;

namespace Extraction.Tests.Worker;

/// <summary>Two files with the same bytes: the one written first is the original, whichever the worker reaches first.</summary>
public class CopiesTests : IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-copies-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task ACopyReachedBeforeItsOriginalWaitsAndIsThenCalledTheDuplicate()
    {
        var folders = WorkerFolders.Beside(Path.Combine(work.FullName, "inbox"));
        var bytes = System.Text.Encoding.UTF8.GetBytes("襄阳市打击侵权假冒工作信息第60期\n襄阳市市场监管局开展专项检查，出动执法人员120人次。\n");
        string Drop(string relative, DateTime written)
        {
            var path = folders.InInbox(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            File.SetLastWriteTimeUtc(path, written);
            return path;
        }
        var original = Drop("襄阳市/2019年/第60期工作信息.txt", new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc));
        var copy = Drop("宜昌市/副本-第60期工作信息.txt", new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc));
        using var store = EvidenceStore.Open(Path.Combine(work.FullName, "extraction.db"));
        var processor = new InboxProcessor(store, folders, Path.Combine(Corpus.Root, "pipelines", "hubei-2019"), new ExtractionOptions(), NullLogger.Instance);

        // A worker killed after it had archived the original: its job is open, its document not yet stored.
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var dead = WorkerLease.ForThisProcess(TimeSpan.FromMilliseconds(1));
        Assert.NotNull(processor.Jobs.CreateOrClaim(folders.Relative(original), "襄阳市", sha, bytes.Length, File.GetLastWriteTimeUtc(original), dead.Owner, dead.Duration));
        await Task.Delay(50);

        Assert.Null(await processor.ExtractAsync(copy, CancellationToken.None));
        Assert.True(File.Exists(copy), "the copy left the inbox before its original was read");
        var first = await processor.ExtractAsync(original, CancellationToken.None);
        Assert.NotNull(first);
        processor.Finish([first]);
        Assert.Null(await processor.ExtractAsync(copy, CancellationToken.None));

        var jobs = processor.Jobs.All();
        Assert.Equal(Job.Matched, jobs.Single(j => j.RelativePath == folders.Relative(original)).State);
        var duplicate = jobs.Single(j => j.RelativePath == folders.Relative(copy));
        Assert.Equal(Job.Duplicate, duplicate.State);
        Assert.Contains("襄阳市/2019年/第60期工作信息.txt", duplicate.Error);
    }
}
