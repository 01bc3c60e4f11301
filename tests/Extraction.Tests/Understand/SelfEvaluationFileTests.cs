using System.Text.Json;
using Extraction.Extract;
using Extraction.Ingest;
using Extraction.Intake;
using Extraction.Matching;
using Extraction.Pipelines;
using Extraction.Rulebooks;
using Extraction.Store;
using Extraction.Understand;

namespace Extraction.Tests.Understand;

/// <summary>The self-evaluation reports of corpus/selfreports (a prose report scanned, a Word table, a spreadsheet; built
/// by corpus/build-selfreports.sh), read as the assessor reads them: ingested (OCR included), typed, dated inside the
/// assessment window, and their scores checked against the truth.json written beside them.</summary>
public sealed class SelfReportFiles : IAsyncLifetime
{
    readonly DirectoryInfo work = Directory.CreateTempSubdirectory("extraction-selfreports-");
    public static readonly string Folder = Corpus.Path("selfreports");
    public Dictionary<string, (DocumentFacts Facts, string Text, bool Ocr)> Read { get; } = [];

    public async Task InitializeAsync()
    {
        var inbox = Path.Combine(work.FullName, "inbox", "自评");
        Directory.CreateDirectory(inbox);
        foreach (var file in Directory.GetFiles(Folder).Where(f => !f.EndsWith(".json")))
            File.Copy(file, Path.Combine(inbox, Path.GetFileName(file)));
        using var store = EvidenceStore.Open(Path.Combine(work.FullName, "extraction.db"));
        await new Ingestor(store, new ExtractionOptions()).IngestAsync(InboxScanner.Scan([Path.GetDirectoryName(inbox)!], null).ToList(), "test", null, default);
        var understanding = new DocumentUnderstanding(PipelineDefinition.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019")));
        foreach (var arrival in store.Arrivals().Where(a => a.Status == "ok"))
        {
            var stored = store.Pages(arrival.Sha256!);
            var pages = stored.Select(p => p.Text).ToList();
            Read[Path.GetFileName(arrival.File)] = (understanding.Understand(pages, null), string.Join("\n", pages), stored.Any(p => p.Source == "ocr"));
        }
    }

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class SelfEvaluationFileTests(SelfReportFiles files) : IClassFixture<SelfReportFiles>
{
    static readonly Rulebook Hubei = RulebookFile.Load(Path.Combine(Corpus.Root, "pipelines", "hubei-2019", RulebookFile.FileName));

    public static TheoryData<string, decimal, string> Reports()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SelfReportFiles.Folder, "truth.json")));
        var data = new TheoryData<string, decimal, string>();
        // The fourth and fifth batches have their own tests (FourthSelfReportTests, FifthSelfReportTests), which allow a
        // scan to lose a score to OCR.
        foreach (var report in json.RootElement.GetProperty("reports").EnumerateObject().Where(r => !r.Value.TryGetProperty("batch", out var b) || b.GetInt32() < 4))
            data.Add(report.Name, report.Value.GetProperty("total").GetDecimal(),
                string.Join(";", report.Value.GetProperty("indicators").EnumerateObject().Select(i => $"{i.Name}={i.Value.GetDecimal()}")));
        return data;
    }

    [Theory, MemberData(nameof(Reports))]
    public void EachReportIsTypedDatedInTheWindowAndReadWhole(string file, decimal total, string indicators)
    {
        Assert.True(files.Read.TryGetValue(file, out var read), $"{file} 未能读入");
        Assert.Equal("自评报告", read.Facts.Type);
        Assert.DoesNotContain("wrong_year", read.Facts.Flags);
        var (scores, own) = SelfEvaluation.Read(read.Text, Hubei.Indicators, areas: Hubei.Areas);
        var wanted = indicators.Split(';').Select(p => p.Split('=')).ToDictionary(p => int.Parse(p[0]), p => decimal.Parse(p[1]));
        var got = string.Join(";", scores.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"));
        var wrong = wanted.Where(w => !scores.TryGetValue(w.Key, out var s) || s != w.Value).Select(w => w.Key).ToList();
        var extra = scores.Keys.Except(wanted.Keys).ToList();
        // A scan's digit may be misread (7.5 as 71): the issue's floor, 95% of its indicators, holds for it; typed text is read whole.
        int allowed = read.Ocr ? (int)Math.Floor(wanted.Count * 0.05m) : 0;
        Assert.True(wrong.Count <= allowed && extra.Count == 0, $"{file}: 读错或漏读指标 {string.Join(",", wrong)}，多读 {string.Join(",", extra)}；读出 {got}");
        Assert.Equal(total, own);
    }
}
