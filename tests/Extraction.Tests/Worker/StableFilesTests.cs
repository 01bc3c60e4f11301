using Extraction.Worker;

namespace Extraction.Tests.Worker;

public sealed class StableFilesTests : IDisposable
{
    readonly DirectoryInfo inbox = Directory.CreateTempSubdirectory("extraction-stable-");
    public void Dispose() => inbox.Delete(recursive: true);

    sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void AnEmptyFileIsTakenOnlyAfterItsWriterHadTimeToWriteIt()
    {
        var clock = new Clock();
        var stable = new StableFiles(TimeSpan.FromSeconds(1), clock);
        string written = Path.Combine(inbox.FullName, "通知.txt"), empty = Path.Combine(inbox.FullName, "刚创建.txt");
        File.WriteAllText(written, "关于开展专项行动的通知");
        File.WriteAllBytes(empty, []);
        stable.Saw(written);
        stable.Saw(empty);
        Assert.Empty(stable.TakeReady());

        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Equal([written], stable.TakeReady());
        clock.Now += TimeSpan.FromSeconds(10);
        Assert.Equal([empty], stable.TakeReady());
    }
}
