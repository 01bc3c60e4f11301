using System.Text.Json;
using Extraction.Extract;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Store;
using Extraction.Tests.Cli;

namespace Extraction.Tests.Reports;

/// <summary>The tuning half (corpus/inbox) ingested once into a store of its own, then every export made from it by the
/// `extraction` command as a user runs it: the scorecard, the audit list, 襄阳市's report as .docx and as .pdf, and
/// the assessment as the terminal prints it and as JSON.</summary>
public sealed class ExportedForms : IAsyncLifetime
{
    public const string Region = "襄阳市";
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-forms-");
    public string Scorecard => Path.Combine(work.FullName, "评分表.xlsx");
    public string Audit => Path.Combine(work.FullName, "抽查清单.xlsx");
    public string ReportDocx => Path.Combine(work.FullName, "襄阳市评审报告.docx");
    public string ReportPdf => Path.Combine(work.FullName, "襄阳市评审报告.pdf");
    public string Terminal { get; private set; } = "";
    public JsonElement Assessment { get; private set; }
    static string Pipeline => System.IO.Path.Combine(Corpus.Root, "pipelines", "hubei-2019");
    string Database => Path.Combine(work.FullName, "extraction.db");

    public async Task InitializeAsync()
    {
        using (var store = EvidenceStore.Open(Database))
            await new Ingestor(store, new ExtractionOptions()).IngestAsync(InboxScanner.Scan([Corpus.Path("inbox")], null).ToList(), "test", null, default);
        await Export("scorecard", "--out", Scorecard);
        await Export("audit", "--out", Audit);
        await Export("report", "--region", Region, "--out", ReportDocx);
        await Export("report", "--region", Region, "--format", "pdf", "--out", ReportPdf);
        Terminal = await Run("assess", "--region", Region);
        Assessment = JsonDocument.Parse(await Run("assess", "--region", Region, "--json")).RootElement.Clone();
    }

    Task Export(params string[] args) => Run(["export", .. args]);

    async Task<string> Run(params string[] args)
    {
        var (code, stdout, stderr) = await ExtractionProcess.Run([.. args, "--pipeline", Pipeline, "--db", Database]);
        Assert.True(code == 0, $"extraction {string.Join(" ", args)}: {stderr}");
        return stdout;
    }

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>The test classes that read the exports share one ingested store and one set of exports.</summary>
[CollectionDefinition(Name)]
public sealed class ExportedFormsCollection : ICollectionFixture<ExportedForms>
{
    public const string Name = "exported forms";
}
