using Extraction.Extract;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Store;

namespace Extraction.Tests.Tasks;

/// <summary>The 襄阳市 submissions of the tuning half (corpus/inbox/襄阳市) ingested once into a store, and a pipeline
/// folder holding the hubei-2019 pipeline and rulebook, for the task commands to run on.</summary>
public sealed class XiangyangStoreFixture : IAsyncLifetime
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-tasks-");
    public string Db => Path.Combine(work.FullName, "extraction.db");
    public string Pipeline => Path.Combine(work.FullName, "pipeline");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Pipeline);
        foreach (var name in new[] { "pipeline.json", "rulebook.json" })
            File.Copy(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", name), Path.Combine(Pipeline, name));
        using var store = EvidenceStore.Open(Db);
        var files = InboxScanner.Scan([Corpus.Path("inbox")], null).Where(f => f.Region == "襄阳市").ToList();
        await new Ingestor(store, new ExtractionOptions()).IngestAsync(files, "test", null, default);
    }

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
