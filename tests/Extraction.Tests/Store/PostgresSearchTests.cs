using Extraction.Extract;
using Extraction.Index;
using Extraction.Store;
using Extraction.Tests.Index;
using Xunit.Abstractions;

namespace Extraction.Tests.Store;

/// <summary>Search on PostgreSQL with the same analyzer as on SQLite: the two regions' submissions, read once, copied into a
/// server store, and the thirty judged queries asked of both.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchTests(SearchFixture fixture, PostgresServer server, ITestOutputHelper output) : IClassFixture<SearchFixture>, IDisposable
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-pgsearch-");
    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void TheJudgedQueriesFindOnPostgreSQLWithinFiveHundredthsOfSQLitesRecall()
    {
        using var onServer = EvidenceStore.Open(StoreAddress.Parse(server.NewDatabase(), work.FullName));
        CopyDocuments(fixture.Store, onServer);
        var indexed = new PageIndexer(onServer, fixture.Analyzer).Update();
        Assert.True(indexed.Indexed > 50, $"{indexed}");

        var sqlite = Quality(fixture.Searcher);
        var postgres = Quality(new Searcher(onServer, fixture.Analyzer));
        output.WriteLine($"SQLite recall@10 {sqlite.Recall:0.00} MRR {sqlite.Mrr:0.00}; PostgreSQL recall@10 {postgres.Recall:0.00} MRR {postgres.Mrr:0.00}; missed on PostgreSQL: {string.Join("、", postgres.Missed)}");
        Assert.True(postgres.Recall >= sqlite.Recall - 0.05, $"PostgreSQL recall@10 {postgres.Recall:0.00} against SQLite's {sqlite.Recall:0.00}; missed: {string.Join("、", postgres.Missed)}");
        Assert.True(postgres.Mrr >= 0.7, $"PostgreSQL MRR {postgres.Mrr:0.00}");

        // Filters on the server as on the file.
        var roster = new Searcher(onServer, fixture.Analyzer).Search("培训 名单", new SearchFilters(Region: "襄阳市"), 5);
        Assert.NotEmpty(roster);
        Assert.All(roster, h => Assert.Equal("襄阳市", h.Region));
        Assert.All(new Searcher(onServer, fixture.Analyzer).Search("会议", new SearchFilters(Source: "ocr"), 10), h => Assert.NotNull(onServer.Pages(h.Sha256).Single(p => p.Number == h.Page).Confidence));
    }

    static (double Recall, double Mrr, List<string> Missed) Quality(Searcher searcher)
    {
        int found = 0;
        double reciprocal = 0;
        var missed = new List<string>();
        foreach (var (query, answers) in SearchTests.Judged)
        {
            var files = searcher.Search(query, new SearchFilters(), 10).Select(h => h.File).ToList();
            int rank = files.FindIndex(f => answers.Any(f.Contains)) + 1;
            if (rank > 0) { found++; reciprocal += 1.0 / rank; }
            else missed.Add(query);
        }
        return (found / (double)SearchTests.Judged.Length, reciprocal / SearchTests.Judged.Length, missed);
    }

    // What was read once is copied as stored: documents with their pages, then every arrival.
    static void CopyDocuments(EvidenceStore from, EvidenceStore to)
    {
        long run = to.StartRun("copy");
        var arrivals = from.Arrivals();
        var documents = arrivals.Select(a => a.Sha256).OfType<string>().Distinct().Select(from.FindDocument).OfType<StoredDocument>()
            .Select(d => (d, (IReadOnlyList<ExtractedPage>)from.Pages(d.Sha256).Select(p =>
                new ExtractedPage(p.Number, p.Source == "ocr" ? PageSource.Ocr : PageSource.Text, p.RawText, p.Confidence) { Text = p.Text }).ToList(),
                (IReadOnlyList<ExtractedTable>)[])).ToList();
        to.Documents.SaveAll(documents, run);
        foreach (var a in arrivals) to.RecordArrival(a.Sha256, a.File, a.File, a.Region, a.Status, a.Error, run);
    }
}
