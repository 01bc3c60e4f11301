using Extraction.Chinese;
using Extraction.Extract;
using Extraction.Index;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Rulebooks;
using Extraction.Store;

namespace Extraction.Tests.Index;

/// <summary>The two regions' sample submissions ingested and indexed once, with the hubei-2019 rulebook's lexicon.</summary>
public sealed class SearchFixture : IAsyncLifetime
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-search-");
    public EvidenceStore Store { get; private set; } = null!;
    public ChineseAnalyzer Analyzer { get; private set; } = null!;
    public Rulebook Rulebook { get; } = RulebookFile.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", RulebookFile.FileName));
    public Searcher Searcher => new(Store, Analyzer);

    public async Task InitializeAsync()
    {
        Store = EvidenceStore.Open(Path.Combine(work.FullName, "extraction.db"));
        var files = InboxScanner.Scan([Corpus.Path("inbox")], null).ToList();
        await new Ingestor(Store, new ExtractionOptions()).IngestAsync(files, "test", null, default);
        Analyzer = new ChineseAnalyzer(DomainLexicon.Build([Rulebook]));
        new PageIndexer(Store, Analyzer).Update();
    }

    public Task DisposeAsync()
    {
        Store.Dispose();
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
